/**
 * Names that change with each meeting, exactly: for every example of the name patterns, which
 * words are the name, the title the slot is labelled by, and the value kept (null for a mask).
 */
import { describe, expect, it } from 'vitest'
import { FigureReader } from '../../src/core/import'
import { findPersons, PERSON_PATTERNS } from '../../src/core/import/persons'

/** Each person found: the words of the name, the label, the value. */
const persons = (text: string, known: string[] = []) =>
  findPersons(text, known).map((f) => [text.slice(f.from, f.to), f.label, f.value])

/** What each example of the table (src/core/import/persons.ts) reads as. */
const READS: Record<string, [string, string, string | null][]> = {
  '刚才，王海燕同志宣读了表彰决定': [['王海燕', '同志', '王海燕']],
  某某副县长对全年工作提出了具体要求: [['某某', '副县长', '某某']],
  '等一会儿，刘晓燕副区长还将作重要讲话': [['刘晓燕', '副区长', '刘晓燕']],
  龚常务还要作重要讲话: [['龚', '常务', '龚']],
  '刚才，**同志宣读了决定': [['**', '同志', null]],
  '县委常委、常务副县长张伟同志还将作重要讲话': [['张伟', '常务副县长', '张伟']],
  某某县委书记还将作重要讲话: [['某某', '县委书记', '某某']],
  '刚才，王局长就全年工作作了部署': [['王', '局长', '王']],
  '刚才，区委办公室李明主任宣读了表彰决定': [['李明', '主任', '李明']],
  区卫健委党组成员何静副主任通报了考核结果: [['何静', '副主任', '何静']],
  '会后请某某副县长牵头，抓好任务分解': [['某某', '副县长', '某某']],
  '会前，某常务专门听取了县应急管理局的工作汇报': [['某', '常务', '某']],
  孙伟副市长专门作出批示: [['孙伟', '副市长', '孙伟']],
  '区委常委、常务副区长王海涛同志专门出席会议': [['王海涛', '常务副区长', '王海涛']],
  市政府副秘书长李建华同志亲临会议指导: [['李建华', '副秘书长', '李建华']],
  某某副县长专门到会指导: [['某某', '副县长', '某某']],
  '刚才，市住房公积金管理中心周丽华主任通报了今年的工作情况': [['周丽华', '主任', '周丽华']],
  城关派出所李强所长作了交流发言: [['李强', '所长', '李强']],
  李某某书记在多次工作调度会上反复强调: [['李某某', '书记', '李某某']],
  王海涛副区长在调研时明确指出: [['王海涛', '副区长', '王海涛']],
  孙局长多次要求各科室压实责任: [['孙', '局长', '孙']],
  '上周，刘建华副市长在专题会上提到': [['刘建华', '副市长', '刘建华']],
  '刚才，人民银行临江市分行何晓东行长通报了全市金融运行情况': [['何晓东', '行长', '何晓东']],
  农业发展银行县支行王建军行长作了表态发言: [['王建军', '行长', '王建军']],
  县图书馆刘晓梅馆长介绍了全民阅读推广情况: [['刘晓梅', '馆长', '刘晓梅']],
  省财政厅周明副厅长亲临会议指导: [['周明', '副厅长', '周明']],
  '刚才，李文斌局长把全年工作讲得很全面': [['李文斌', '局长', '李文斌']],
  镇党委刘建华书记也专门赶来参加会议: [['刘建华', '书记', '刘建华']],
  街道党工委李强书记参加了今天的会议: [['李强', '书记', '李强']],
  '县残疾人联合会王丽理事长专程赶来，给大家鼓劲': [['王丽', '理事长', '王丽']],
  县教育局周明副局长到场指导: [['周明', '副局长', '周明']],
  王建国主任把问题说得很透: [['王建国', '主任', '王建国']],
  '刚才，某某副县长讲得很好，我完全同意': [['某某', '副县长', '某某']],
  '请何晓东行长按季度向市委、市政府报告全市金融运行情况': [['何晓东', '行长', '何晓东']],
  请王局长会后把方案报县政府: [['王', '局长', '王']],
  会后请李某某书记再把把关: [['李某某', '书记', '李某某']],
  请刘晓燕副区长抓好督促落实: [['刘晓燕', '副区长', '刘晓燕']],
  请陈主任带领有关科室逐项核实: [['陈', '主任', '陈']],
  城关司法所所长张卫东作了交流发言: [['张卫东', '所长', '张卫东']],
  '会上，县妇联主席陈红致辞': [['陈红', '主席', '陈红']],
  '随后，县农业农村局局长王立新宣读了表彰决定': [['王立新', '局长', '王立新']],
  县供销合作社理事长陈国庆作了表态发言: [['陈国庆', '理事长', '陈国庆']],
  '会上，县个体劳动者协会会长刘建军致辞': [['刘建军', '会长', '刘建军']],
  县人民检察院副检察长李明通报了典型案例: [['李明', '副检察长', '李明']],
  县人民法院民事审判庭庭长王丽介绍了诉源治理经验: [['王丽', '庭长', '王丽']],
  县融媒体中心社长陈晓东作了交流发言: [['陈晓东', '社长', '陈晓东']],
  '刚才，团县委书记张婷同志把全年工作讲得很实在': [['张婷', '书记', '张婷']],
  '刚才，市水务局局长赵立新同志把情况讲得很全面': [['赵立新', '局长', '赵立新']],
  县人民医院院长孙文华同志带头下沉坐诊: [['孙文华', '院长', '孙文华']],
  感谢区民政局副局长某某同志的精心组织: [['某某', '副局长', '某某']],
  镇党委书记李国栋同志多次深入村组调研: [['李国栋', '书记', '李国栋']],
  '县作家协会主席王秀兰创作的长篇小说《清河两岸》由省作家出版社出版': [['王秀兰', '主席', '王秀兰']],
  '县文化馆馆长张明编排的小品《邻里》获省群星奖': [['张明', '馆长', '张明']],
  县摄影家协会主席赵刚拍摄的组照入选全国影展: [['赵刚', '主席', '赵刚']],
  '县人民医院院长孙文华主编的《基层急救手册》正式出版': [['孙文华', '院长', '孙文华']],
  // two titles joined by 、 before the name, both kept (林业, 水利, 乡镇)
  '刚才，县长、县总林长孙晓东同志通报了考核结果': [['孙晓东', '县长、县总林长', '孙晓东']],
  '副县长、县总河长王立新同志对河湖清四乱作了部署': [['王立新', '副县长、县总河长', '王立新']],
  '镇党委副书记、镇长张国强同志作了工作报告': [['张国强', '副书记、镇长', '张国强']],
  '市住房和城乡建设局党组书记、局长 周海涛': [['周海涛', '市住房和城乡建设局党组书记、局长', '周海涛']],
  '县人民政府副县长\u3000李明': [['李明', '县人民政府副县长', '李明']],
  '县委书记 某某某': [['某某某', '县委书记', '某某某']],
  '县档案馆馆长\u3000周文斌': [['周文斌', '县档案馆馆长', '周文斌']],
  '县委常委、县纪委书记、县监委主任\u3000刘志刚': [['刘志刚', '县委常委、县纪委书记、县监委主任', '刘志刚']],
  '县人民政府副县长、县残疾人工作委员会主任 某某': [['某某', '县人民政府副县长、县残疾人工作委员会主任', '某某']],
  '市卫生健康委员会党委书记、主任 李晓梅': [['李晓梅', '市卫生健康委员会党委书记、主任', '李晓梅']],
  '镇党委副书记、镇长\u3000张某某': [['张某某', '镇党委副书记、镇长', '张某某']],
  '县委常委、组织部部长，县委编委副主任 孙国强': [['孙国强', '县委常委、组织部部长，县委编委副主任', '孙国强']],
  '副县长，县安委会副主任\u3000王立军': [['王立军', '副县长，县安委会副主任', '王立军']],
  '副县长、县防汛抗旱指挥部指挥长\u3000王立新': [['王立新', '副县长、县防汛抗旱指挥部指挥长', '王立新']],
  '县长、县防汛抗旱指挥部总指挥 李国栋': [['李国栋', '县长、县防汛抗旱指挥部总指挥', '李国栋']],
  '县应急管理局局长、县森林防火指挥部副指挥长 赵强': [['赵强', '县应急管理局局长、县森林防火指挥部副指挥长', '赵强']],
}

describe.each(PERSON_PATTERNS.map((p) => [p.id, p] as const))('name: %s', (_id, entry) => {
  it('every example has its reading listed', () => {
    expect(entry.matches.filter((t) => !(t in READS))).toEqual([])
  })
  it.each(entry.matches)('%s', (text) => {
    expect(persons(text)).toEqual(READS[text])
  })
  it.each(entry.rejects)('no name in %s', (text) => {
    expect(findPersons(text)).toEqual([])
  })
})

describe('names in a paragraph', () => {
  it('each name once, in the order written, whichever pattern found it', () => {
    expect(persons('会上，县妇联主席陈红致辞，XX副县长讲话')).toEqual([
      ['陈红', '主席', '陈红'],
      ['XX', '副县长', null],
    ])
    expect(persons('刚才，王海燕同志宣读了表彰决定，县委常委、常务副县长张伟同志还将作重要讲话')).toEqual([
      ['王海燕', '同志', '王海燕'],
      ['张伟', '常务副县长', '张伟'],
    ])
    expect(persons('刚才，县公证处主任刘晓燕、城关司法所所长张卫东作了交流发言。')).toEqual([
      ['刘晓燕', '主任', '刘晓燕'],
      ['张卫东', '所长', '张卫东'],
    ])
  })

  it('masks of every kind are names to fill', () => {
    expect(persons('请××同志、＊＊副县长讲话')).toEqual([
      ['××', '同志', null],
      ['＊＊', '副县长', null],
    ])
  })

  it('a speaker line is labelled by its whole run of titles: the principal office need not be the last', () => {
    expect(persons('县委常委、县纪委书记、县监委主任\u3000刘志刚')).toEqual([
      ['刘志刚', '县委常委、县纪委书记、县监委主任', '刘志刚'],
    ])
    expect(persons('县人民政府副县长、县残疾人工作委员会主任 某某')).toEqual([
      ['某某', '县人民政府副县长、县残疾人工作委员会主任', '某某'],
    ])
  })

  it('none in a paragraph without a title', () => {
    expect(findPersons('全县新增就业3250人，王海燕宣读了决定')).toEqual([])
  })
})

describe('a person named again', () => {
  it.each([
    // 工会, 融媒体中心, 司法局, 住建局: the second mention gives only 同志 or a short title
    ['王立新同志和县总工会班子成员要带头深入企业', '王立新', '同志'],
    ['李红梅部长一直讲，县级融媒体中心是联系群众的“最后一公里”', '李红梅', '部长'],
    ['张卫东所长和各司法所要把矛盾纠纷化解在基层', '张卫东', '所长'],
    ['正如周海涛同志所说，城市更新不是大拆大建', '周海涛', '同志'],
  ])('%s, after %s was named with a title', (text, name, title) => {
    expect(persons(text, [name])).toEqual([[name, title, name]])
    // unknown, the same words name no one: nothing says they are a person at the meeting
    expect(persons(text)).toEqual([])
  })

  it('within the paragraph that first names the person', () => {
    expect(persons('刚才，宣传部部长李红梅同志作了讲话。李红梅部长一直讲，要讲好身边事。')).toEqual([
      ['李红梅', '部长', '李红梅'],
      ['李红梅', '部长', '李红梅'],
    ])
  })

  it('only by a full name: a surname or a placeholder names no one in particular', () => {
    expect(persons('王局长和各科室要带头', ['王'])).toEqual([])
    expect(persons('某某同志和班子成员要带头', ['某某'])).toEqual([])
    expect(persons('王立新同志们要带头', ['王立新'])).toEqual([])
  })

  it('a reader remembers the names of the speech’s earlier paragraphs', () => {
    const reader = new FigureReader()
    reader.read('刚才，县总工会常务副主席王立新同志作了工作报告。')
    const found = reader.read('三要转变作风。王立新同志和县总工会班子成员要带头。').filter((f) => f.role === 'person')
    expect(found.map((f) => [f.value, f.label])).toEqual([['王立新', '同志']])
  })

  it('first praised for how they spoke, then given a task (a year-end speech by the leader in charge)', () => {
    const reader = new FigureReader()
    const first = reader.read('刚才，李文斌局长把全年工作讲得很全面，明年的打算我也原则同意。')
    const again = reader.read('李文斌局长要带好队伍，区机关事务局要敢于较真碰硬。')
    expect([...first, ...again].filter((f) => f.role === 'person').map((f) => [f.value, f.label])).toEqual([
      ['李文斌', '局长'],
      ['李文斌', '局长'],
    ])
  })
})
