/**
 * Every recogniser of the importer is run on its own examples: what is not a figure, names,
 * spans of years. Each entry must match what it lists as matching and leave the rest alone.
 */
import { describe, expect, it } from 'vitest'
import { candidates } from '../../src/core/import/candidates'
import { FigureReader, findFigures, importText } from '../../src/core/import'
import { slotsOf } from '../../src/core/outline'
import { rollover } from '../../src/core/rollover'
import { LABEL_RULES, ownAgainstAverage } from '../../src/core/import/labels'
import { NOT_FIGURES } from '../../src/core/import/not-figures'
import { PERIOD_PHRASES } from '../../src/core/import/periods'
import { PERSON_PATTERNS } from '../../src/core/import/persons'
import { LINE_PATTERNS } from '../../src/core/import/lines'
import { ARTICLE_HEADINGS, UNNUMBERED_HEADING, WEB_LEFTOVERS } from '../../src/core/import/article'
import { CHAT_EPILOGUE, CHAT_PREAMBLE, MARKDOWN_MARKS } from '../../src/core/import/markdown'
import { PARAGRAPH_PATTERNS } from '../../src/core/import/structure'
import { KIND_RULES, type PartView } from '../../src/core/import/kinds'
import { yearsIn } from '../../src/core/lang/years'
import { partsByOrder, REVIEW_PART, TASKS_PART } from './helpers'

/** The candidate an example is about: the last with a unit, else the last. */
const last = (text: string) => {
  const all = candidates(text)
  return all.filter((c) => c.unit).at(-1) ?? all.at(-1)!
}

describe.each(NOT_FIGURES.map((n) => [n.id, n] as const))('not a figure: %s', (_id, entry) => {
  it('has a purpose and examples both ways', () => {
    expect(entry.purpose).toMatch(/[\u4e00-\u9fff]/)
    expect(entry.matches.length * entry.rejects.length).toBeGreaterThan(0)
  })
  it.each(entry.matches)('rules out the number in %s', (text) => {
    const c = last(text)
    expect(entry.applies(c)).toBe(true)
    expect(findFigures(text).some((f) => f.role === 'metric' && f.from === c.from)).toBe(false)
  })
  it.each(entry.rejects)('leaves alone the number in %s', (text) => {
    expect(entry.applies(last(text))).toBe(false)
  })
})

describe.each(PERSON_PATTERNS.map((p) => [p.id, p] as const))('name: %s', (_id, entry) => {
  it.each(entry.matches)('finds one name in %s', (text) => {
    expect(findFigures(text).filter((f) => f.role === 'person')).toHaveLength(1)
  })
})

describe('names after their titles, listed', () => {
  it('reads each name of a list of speakers, each after its title, and only the names', () => {
    const text = '刚才，县公证处主任刘晓燕、城关司法所所长张卫东作了交流发言。'
    const persons = findFigures(text).filter((f) => f.role === 'person')
    expect(persons.map((p) => [p.value, p.label])).toEqual([
      ['刘晓燕', '主任'],
      ['张卫东', '所长'],
    ])
  }) // a chief of the 林长制 or 河湖长制 as a second title (林业, 水利), and two posts (乡镇)
  it.each([
    ['刚才，县长、县总林长孙晓东同志通报了考核结果。', '孙晓东', '县长、县总林长'],
    ['副县长、县总河长王立新同志对河湖清四乱作了部署。', '王立新', '副县长、县总河长'],
    ['县委副书记、县长李国栋同志作了讲话。', '李国栋', '县委副书记、县长'],
    // the first chief, the party secretary's second title (水利, 林业)
    ['刚才，县委书记、县第一总河长周明远同志签发了总河长令。', '周明远', '县委书记、县第一总河长'],
    ['市委书记、市第一总林长李国强同志作了讲话。', '李国强', '市委书记、市第一总林长'],
  ])('reads both titles joined by 、 before a name: %s', (text, name, title) => {
    expect(
      findFigures(text)
        .filter((f) => f.role === 'person')
        .map((p) => [p.value, p.label]),
    ).toEqual([[name, title]])
  })
})

it('reads a village’s 第一书记 as one title (组织)', () => {
  expect(
    findFigures('驻村第一书记王志刚同志介绍了帮扶经验。')
      .filter((f) => f.role === 'person')
      .map((p) => [p.value, p.label]),
  ).toEqual([['王志刚', '第一书记']])
})

describe.each(
  [
    ...PERSON_PATTERNS,
    ...Object.values(LINE_PATTERNS),
    ...Object.values(PARAGRAPH_PATTERNS),
    ...Object.values(ARTICLE_HEADINGS),
    ...Object.values(WEB_LEFTOVERS),
    ...Object.values(MARKDOWN_MARKS),
    CHAT_PREAMBLE,
    CHAT_EPILOGUE,
    UNNUMBERED_HEADING,
  ].map((p) => [p.id, p] as const),
)('pattern: %s', (_id, entry) => {
  const fresh = () => new RegExp(entry.pattern.source, entry.pattern.flags)
  it('has a purpose and examples both ways', () => {
    expect(entry.purpose).toMatch(/[\u4e00-\u9fff]/)
    expect(entry.matches.length * entry.rejects.length).toBeGreaterThan(0)
  })
  it.each(entry.matches)('matches %s', (text) => {
    expect(fresh().test(text)).toBe(true)
  })
  it.each(entry.rejects)('does not match %s', (text) => {
    expect(fresh().test(text)).toBe(false)
  })
})

describe.each(PERIOD_PHRASES.map((p) => [p.id, p] as const))('span of years: %s', (_id, entry) => {
  it.each(entry.matches)('%s', (text) => {
    const m = entry.pattern.exec(text)
    expect(m && entry.span(m, 2025)).toBeTruthy()
  })
  it.each(entry.rejects)('not in %s', (text) => {
    const m = entry.pattern.exec(text)
    expect(m && entry.span(m, 2025)).toBeFalsy()
  })
})

/** A part written as its heading, then its body lines after a newline. */
function partOf(text: string): PartView {
  const [heading, ...body] = text.split('\n')
  return {
    heading,
    year: yearsIn(heading)[0] ?? null,
    body,
    sections: body.filter((l) => /^（[一二三四五六七八九十]+）/.test(l)).length,
    items: body.filter((l) => /^\d+[.．]/.test(l)).length,
    last: false,
  }
}

describe.each(KIND_RULES.map((r) => [`${r.id} → ${r.kind}`, r] as const))('part kind: %s', (_id, rule) => {
  // Given early in the year it plans, as most speeches are: 今年 is the plan year.
  const years = { review: 2025, plan: 2026, now: 2026 }
  it.each(rule.matches)('decides %s', (text) => {
    expect(rule.applies(partOf(text), years)).toBe(true)
  })
  it.each(rule.rejects)('does not decide %s', (text) => {
    expect(rule.applies(partOf(text), years)).toBe(false)
  })
})

describe('part kind by order', () => {
  const order = partsByOrder
  const review = REVIEW_PART
  const tasks = TASKS_PART

  it('a last themed part without figures after the tasks is the requirements', () => {
    expect(
      order(review, tasks, ['心往一处想，劲往一处使', 'other', false, '（一）坚持党建引领。夯实基层基础。']),
    ).toEqual(['review', 'tasks', 'requirements'])
  })
  it('sections that carry figures right after the tasks are a second part of tasks, last or not', () => {
    // 教育 (校园安全), 应急 (防汛), 农业农村 (秋冬种)
    const school = '（一）抓牢校车安全。全县现有运营校车64辆，确保随车照管员配备率100%。'
    const flood = '（一）抓好水库安全度汛。全县42座小型水库要逐库落实“三个责任人”，新建雨水情测报设施18处。'
    const sowing = '（一）稳定小麦面积。全县小麦播种面积稳定在34万亩以上，推广良种覆盖率达到98%。'
    for (const body of [school, flood, sowing]) {
      expect(order(review, tasks, ['织密织牢防护网', 'other', false, body])).toEqual(['review', 'tasks', 'tasks'])
      expect(order(review, tasks, ['织密织牢防护网', 'other', false, body], review)).toEqual([
        'review',
        'tasks',
        'tasks',
        'review',
      ])
    }
    // without figures, or not right after the tasks, it is not
    expect(order(review, tasks, ['同心协力', 'other', false, '（一）坚持党建引领。夯实基层基础。'])).toEqual([
      'review',
      'tasks',
      'requirements',
    ])
    expect(
      order(review, tasks, ['工作要求', 'requirements', true, '一要严。'], ['织密织牢防护网', 'other', false, school]),
    ).toEqual(['review', 'tasks', 'requirements', 'other'])
  })
  it('so is one in numbered items (a company closing on its 党建), not one whose items carry figures', () => {
    const items =
      '1.把牢政治方向。坚持“第一议题”制度。\n2.锤炼过硬作风。驰而不息纠治“四风”。\n3.关心关爱职工。办好职工代表提案。'
    expect(order(review, tasks, ['加强党的建设，凝聚干事创业强大合力', 'other', false, items])).toEqual([
      'review',
      'tasks',
      'requirements',
    ])
    const targets = '1.新建变电站2座。\n2.改造线路186公里。'
    expect(order(review, tasks, ['夯实电网基础', 'other', false, targets])).toEqual(['review', 'tasks', 'other'])
    expect(order(review, tasks, ['几点想法', 'other', false, '1.领导带头。'])).toEqual(['review', 'tasks', 'other'])
  })
  it('a last part of points most of which carry no figure is the requirements, one of targets is not', () => {
    const closing = '一是狠抓落实。重点任务清单化管理。二是依法行政。每年至少专题学法4次。三是勤俭节约。四是清正廉洁。'
    expect(order(review, tasks, ['刀刃向内，建设人民满意的法治政府', 'other', false, closing])).toEqual([
      'review',
      'tasks',
      'requirements',
    ])
    const targets = '一是新建学校3所。二是改造校舍5万平方米。三是招聘教师120名。'
    expect(order(review, tasks, ['办好人民满意的教育', 'other', false, targets])).toEqual(['review', 'tasks', 'other'])
  })
  it('a last part whose every sentence asks, its figures only standards to keep, is the requirements', () => {
    // 红十字会, 审计局, 统计局: 要……。要……。 or 各单位要……。, standards such as 保持100%, 至少1次
    const charity =
      '要坚持公开透明，捐赠信息公开率保持100%，管理费用占比控制在5%以内。要规范财务管理，每年至少开展1次专项审计。要加强志愿者队伍建设。'
    const audit =
      '各被审计单位要如实提供资料，不得拒绝或拖延。审计组要加强与纪检监察机关的沟通协作。审计组组长要每周至少报告1次工作进展。'
    const statistics = '各乡镇要配齐统计人员。统计人员务必依法统计，严禁弄虚作假。'
    // a sentence linked to the one before (同时，此外，另外) still asks (深改委, 应急, 医保)
    const reform = '各级党委主要负责同志要当好改革促进派。改革办要建立改革任务台账。同时，要加强改革宣传和经验总结。'
    const emergency = '各乡镇要落实24小时值班。此外，各部门要加强会商研判，不得迟报漏报。'
    const insurance = '各定点医药机构要规范诊疗行为。另外，医保经办机构务必做好结算服务。'
    for (const body of [charity, audit, statistics, reform, emergency, insurance])
      expect(order(review, tasks, ['加强协作配合', 'other', false, body])).toEqual(['review', 'tasks', 'requirements'])
    // a linked sentence that asks nothing leaves the body loose
    expect(order(review, tasks, ['几点想法', 'other', false, '各单位要抓好落实。同时，形势依然严峻。'])).toEqual([
      'review',
      'tasks',
      'other',
    ])
    // targets to reach in each sentence, a single sentence, or loose sentences that ask nothing
    const targets = '要引进高层次人才86名。要培训技术骨干1,200人次。'
    expect(order(review, tasks, ['加强人才队伍建设', 'other', false, targets])).toEqual(['review', 'tasks', 'other'])
    expect(order(review, tasks, ['几点想法', 'other', false, '各单位要抓好落实。'])).toEqual([
      'review',
      'tasks',
      'other',
    ])
    expect(order(review, tasks, ['几点想法', 'other', false, '领导带头。压实责任。'])).toEqual([
      'review',
      'tasks',
      'other',
    ])
    // not before the tasks or the end
    expect(order(review, ['加强协作配合', 'other', false, statistics], tasks)).toEqual(['review', 'other', 'tasks'])
  })
  it('a last part in sections whose figures are all standards to keep is the requirements, not one of targets', () => {
    const standards = '（一）转变作风。班子成员每季度下基层不少于2次。\n（二）守牢底线。全年开展安全检查不少于200次。'
    expect(order(review, tasks, ['守底线，转作风', 'other', false, standards])).toEqual([
      'review',
      'tasks',
      'requirements',
    ])
    const targets = '（一）建设项目。新建污水管网12公里。\n（二）守牢底线。全年开展安全检查不少于200次。'
    // one of targets is a second part of tasks
    expect(order(review, tasks, ['守底线，建项目', 'other', false, targets])).toEqual(['review', 'tasks', 'tasks'])
  })
  it('a part between the tasks and the last, in points on what to do, goes on with the tasks', () => {
    const points = '突出抓好三件事。一是抓好森林防火，巡查不少于500人次。二是抓好松材线虫病防治。三是抓好林长制落实。'
    expect(
      order(review, tasks, ['紧盯重点环节', 'other', false, points], ['工作要求', 'requirements', true, '一要严。']),
    ).toEqual(['review', 'tasks', 'tasks', 'requirements'])
    // not after a part that is no tasks, nor one in sections only
    expect(order(review, ['紧盯重点环节', 'other', false, points], tasks)).toEqual(['review', 'other', 'tasks'])
  })
  it('not one with figures, one without sections, one before the end, or one the heading decided', () => {
    expect(order(review, tasks, ['几点想法', 'other', false, '领导带头。压实责任。'])).toEqual([
      'review',
      'tasks',
      'other',
    ])
    // (sections with figures right after the tasks are more tasks)
    expect(order(review, tasks, ['心往一处想，劲往一处使', 'other', false, '（一）再建成站点12个。'])).toEqual([
      'review',
      'tasks',
      'tasks',
    ])
    expect(
      order(
        review,
        tasks,
        ['心往一处想，劲往一处使', 'other', false, '（一）坚持党建引领。'],
        ['工作要求', 'requirements', true, '一要严。'],
      ),
    ).toEqual(['review', 'tasks', 'other', 'requirements'])
    expect(order(review, tasks, ['清醒认识面临的形势', 'other', true, '形势严峻。'])).toEqual([
      'review',
      'tasks',
      'other',
    ])
  })
})

/** The metric labels a text gets, its lines read as paragraphs of one review part. */
function labelsOf(text: string): string[] {
  const reader = new FigureReader()
  return text
    .split('\n')
    .flatMap((line) => reader.read(line, { year: 2025, part: 'review' }))
    .filter((f) => f.role === 'metric')
    .map((f) => f.label)
}

describe.each(LABEL_RULES.map((r) => [r.id, r] as const))('label: %s', (_id, rule) => {
  it.each(rule.matches.map((m) => [m.text, m.labels] as const))('%s', (text, labels) => {
    expect(labelsOf(text)).toEqual(labels)
  })
  it.each(rule.rejects.map((m) => [m.text, m.labels] as const))('not in %s', (text, labels) => {
    expect(labelsOf(text)).toEqual(labels)
  })
})

describe('the own figure after a wider average', () => {
  // A speech of known own place keeps the wider place in the average's name (own-place.ts): the own
  // figure's name drops it.
  it('drops the wider place the average is named with', () => {
    expect(ownAgainstAverage('全省三级综合医院四级手术占比平均', '我院只有')).toBe('我院三级综合医院四级手术占比')
    expect(ownAgainstAverage('全市小学生近视率平均', '我县为')).toBe('我县小学生近视率')
  })
})

describe('a label is words, never a mark', () => {
  it.each(LABEL_RULES.flatMap((r) => [...r.matches, ...r.rejects].map((m) => m.text)))('%s', (text) => {
    for (const label of labelsOf(text)) expect(label).not.toMatch(/^[、，；：,;:]|[、，；：,;:]$/)
  })
})

describe('figures read in context', () => {
  const read = (text: string, year: number | null = 2025) =>
    findFigures(text, { year })
      .filter((f) => f.role === 'metric')
      .map((f) => [f.label, f.value, f.unit, f.period])

  it('keeps qualifiers as text and 余/多 with the unit', () => {
    expect(read('争取新增地方政府债券资金近5亿元，惠及群众超过3.4万户，安排860余万元奖补资金扶持村级集体经济')).toEqual(
      [
        ['新增地方政府债券资金', '5', '亿元', null],
        ['惠及群众', '3.4', '万户', null],
        ['奖补资金', '860', '余万元', null],
      ],
    )
    expect(read('开展义诊巡诊200余场，服务群众4万多人。')).toEqual([
      ['开展义诊巡诊', '200', '余场', null],
      ['服务群众', '4', '万多人', null],
    ])
  })

  it('gives each figure of a 分别 list its own label, and their changes too', () => {
    expect(read('城乡居民医保、职工医保参保率分别达到97.1%、98.4%。')).toEqual([
      ['城乡居民医保参保率', '97.1', '%', null],
      ['职工医保参保率', '98.4', '%', null],
    ])
    expect(
      read('全县共发生生产安全事故12起、死亡9人，同比分别减少4起、2人，分别下降25%、18.2%。').map((f) => f[0]),
    ).toEqual(['生产安全事故', '死亡', '生产安全事故同比减少', '死亡同比减少', '生产安全事故下降', '死亡下降'])
    // A 分别 pair whose subject names two kinds (城乡居民), after a clause of another metric: one figure of
    // each kind, and their changes each theirs.
    expect(
      read('城镇调查失业率控制在5.5%以内；城乡居民人均可支配收入分别达到46,280元和23,950元，分别增长4.6%和6.8%。').map(
        (f) => f[0],
      ),
    ).toEqual([
      '城镇调查失业率',
      '城镇居民人均可支配收入',
      '农村居民人均可支配收入',
      '城镇居民人均可支配收入增长',
      '农村居民人均可支配收入增长',
    ])
  })

  it('leaves as text the bars several things pass, the classes they define and the time limits of a service', () => {
    const values = (text: string) => read(text).map((f) => `${f[1]}${f[2]}`)
    // A bar all the items pass: the items are counted, the bar is not.
    expect(values('12个村、3个社区集体经济收入全部超过10万元。')).toEqual(['12个', '3个'])
    expect(values('全县126个行政村集体经济收入均超过5万元，村均达到18.6万元。')).toEqual(['126个', '18.6万元'])
    expect(values('3起突发公共卫生事件均在24小时内完成流行病学调查。')).toEqual(['3起'])
    // A class of things defined by a bar: the things are counted, the bar is not.
    expect(values('力争集体经济收入超过30万元的村达到8个。')).toEqual(['8个'])
    expect(values('对年销售额超过2000万元的企业实行“一企一策”。')).toEqual([])
    expect(values('欠薪金额低于5万元的案件全部实行快办。')).toEqual([])
    expect(values('全年新增城镇就业超过3000人的乡镇有5个。')).toEqual(['5个'])
    // How fast a service must arrive or answer.
    expect(values('确保接警后城区15分钟、农村30分钟内到达现场。')).toEqual([])
    expect(values('群众诉求实行2小时内响应、3个工作日内办结。')).toEqual([])
    expect(values('接到报告后医疗救援人员30分钟内赶到现场。')).toEqual([])
    // Measured times, times shortened, a share of several, and amounts above a figure's bound, stay figures.
    expect(values('专职消防队平均到场时间6.5分钟，处置完成率100%。')).toEqual(['6.5分钟', '100%'])
    expect(values('平均出警时间缩短至12分钟以内。')).toEqual(['12分钟'])
    expect(values('高血压、糖尿病患者规范管理率均达到80%。')).toEqual(['80%'])
    expect(values('村级集体经济收入总额超过428万元，全年实现超过10亿元的交易额。')).toEqual(['428万元', '10亿元'])
  })

  it('names those counted after a verb by the age bound that defines them too', () => {
    const labels = (text: string) => read(text).map((f) => f[0])
    expect(labels('对1.2万名70周岁以上驾驶人逐一开展提醒教育。')).toEqual(['70周岁以上驾驶人'])
    expect(labels('为3.6万名65岁以上老年人免费体检。')).toEqual(['65岁以上老年人'])
    expect(labels('对860名60周岁及以上困难老人发放补贴。')).toEqual(['60周岁及以上困难老人'])
    // Not the drivers counted just before, in another unit of the same people.
    expect(labels('重点驾驶人6,920名全部纳入动态监管，对1.2万名70周岁以上驾驶人逐一开展提醒教育。')).toEqual([
      '重点驾驶人',
      '70周岁以上驾驶人',
    ])
    // A bound on the count itself stays out of the noun.
    expect(labels('全年培训500名以上退役军人。')).toEqual(['退役军人'])
  })

  it('reads doses, cases and rates per 100,000 people with their units', () => {
    expect(read('完成免疫规划疫苗接种12.8万剂次，开展查漏补种2,136剂次。')).toEqual([
      ['免疫规划疫苗接种', '12.8', '万剂次', null],
      ['开展查漏补种', '2136', '剂次', null],
    ])
    expect(read('全年接种流感疫苗3.6万剂，报告疑似预防接种异常反应126例次。').map((f) => [f[1], f[2]])).toEqual([
      ['3.6', '万剂'],
      ['126', '例次'],
    ])
    expect(read('全区报告法定传染病4,126例，报告发病率612.35/10万，同比下降4.2%。')).toEqual([
      ['报告法定传染病', '4126', '例', null],
      ['报告发病率', '612.35', '/10万', null],
      ['报告发病率同比下降', '4.2', '%', null],
    ])
    expect(read('孕产妇死亡率降至8.56/10万人，肺结核发病率控制在35/10万以下。').map((f) => [f[0], f[1], f[2]])).toEqual(
      [
        ['孕产妇死亡率', '8.56', '/10万人'],
        ['肺结核发病率', '35', '/10万'],
      ],
    )
    expect(read('每万人口全科医生数达到3.8/万人。').map((f) => [f[1], f[2]])).toEqual([['3.8', '/万人']])
    // A date or a fraction written with a slash is no rate.
    expect(read('2025/10/12召开会议，完成1/3的任务。')).toEqual([])
  })

  it('pairs the n-th figure after 分别 with the n-th figure said before it in the sentence', () => {
    const labels = (text: string) => read(text).map((f) => f[0])
    // Figures said one a clause, then their changes in one 分别 clause, with 同比 before 分别 or 比上年(末) after.
    expect(
      labels('全县共发生火灾事故86起，死亡3人，受伤5人，直接财产损失126.4万元，同比分别下降12.2%、25%、16.7%和8.6%。'),
    ).toEqual([
      '火灾事故',
      '死亡',
      '受伤',
      '直接财产损失',
      '火灾事故同比下降',
      '死亡同比下降',
      '受伤同比下降',
      '直接财产损失同比下降',
    ])
    expect(labels('全市机动车保有量达到186.4万辆，机动车驾驶人236.8万人，分别比上年末增长6.2%和5.1%。')).toEqual([
      '机动车保有量',
      '机动车驾驶人',
      '机动车保有量比上年末增长',
      '机动车驾驶人比上年末增长',
    ])
    expect(
      labels('全县养老保险参保人数达到32.6万人，医疗保险参保人数58.1万人，分别比上年增加1.2万人和0.8万人。'),
    ).toEqual(['养老保险参保人数', '医疗保险参保人数', '养老保险参保人数比上年增加', '医疗保险参保人数比上年增加'])
    // Two 分别 clauses in a row refer back to the same figures.
    expect(labels('全年受理案件1,260件，办结1,198件，同比分别增加86件和75件，分别增长7.3%和6.7%。')).toEqual([
      '受理案件',
      '办结',
      '受理案件同比增加',
      '办结同比增加',
      '受理案件增长',
      '办结增长',
    ])
  })

  it('names each change of a listed subject by its item and the change', () => {
    const labels = (text: string) => read(text).map((f) => f[0])
    expect(labels('事故起数、死亡人数、受伤人数和直接财产损失同比分别下降8.4%、6.9%、7.6%和12.3%。')).toEqual([
      '事故起数同比下降',
      '死亡人数同比下降',
      '受伤人数同比下降',
      '直接财产损失同比下降',
    ])
    expect(labels('税收收入及非税收入分别比上年增长6.2%和3.8%。')).toEqual(['税收收入比上年增长', '非税收入比上年增长'])
    // A level, not a change: the items alone, as before.
    expect(labels('全年受理刑事、民事、行政案件分别为126件、1850件和42件。')).toEqual([
      '受理刑事案件',
      '民事案件',
      '行政案件',
    ])
  })

  it('gives a measure named once after a list of groups to each group, and one figure of two groups to both', () => {
    const labels = (text: string) => read(text).map((f) => f[0])
    expect(labels('登记管理高血压患者3.42万人、糖尿病患者1.16万人，规范管理率分别为78.4%和76.9%。')).toEqual([
      '登记管理高血压患者',
      '糖尿病患者',
      '登记管理高血压患者规范管理率',
      '糖尿病患者规范管理率',
    ])
    expect(labels('全区在册严重精神障碍患者2,860人、肺结核患者412人，规范管理率分别达到92.5%和95.1%。')).toEqual([
      '在册严重精神障碍患者',
      '肺结核患者',
      '在册严重精神障碍患者规范管理率',
      '肺结核患者规范管理率',
    ])
    expect(labels('高血压、糖尿病患者规范管理率均达到80%。')).toEqual(['高血压、糖尿病患者规范管理率'])
    expect(labels('义务教育阶段学校巩固率均保持在99%以上。')).toEqual(['义务教育阶段学校巩固率'])
    expect(labels('城乡学校生均公用经费均达到800元。')).toEqual(['城乡学校生均公用经费'])
    // An amount per village or per head is named by its 均.
    expect(labels('全镇各村集体经济收入稳步增加，村均达到18.6万元。')).toEqual(['村均'])
    // A metric named in full is its own, whatever was counted before it in the sentence.
    expect(labels('全年接待游客860万人次、旅游收入68亿元，城乡居民医保参保率分别达到97.1%和97.6%。')).toEqual([
      '接待游客',
      '旅游收入',
      '城乡居民医保参保率',
      '城乡居民医保参保率',
    ])
    expect(labels('全县人均可支配收入2.8万元，城乡居民人均可支配收入分别达到46,280元和23,950元。')).toEqual([
      '人均可支配收入',
      '城镇居民人均可支配收入',
      '农村居民人均可支配收入',
    ])
  })

  it('keeps a label whose first word opens with a joining character or ends like a verb', () => {
    expect(read('推动网上信访占比提高到70%，及时受理率保持在99%以上。').map((f) => f[0])).toEqual([
      '推动网上信访占比',
      '及时受理率',
    ])
    expect(read('新培养国家一级运动员64名、二级运动员312名。').map((f) => f[0])).toEqual([
      '新培养国家一级运动员',
      '二级运动员',
    ])
  })

  it('labels a growth rate as growth of its metric and an amount as the amount', () => {
    expect(read('一般公共预算收入完成12.6亿元，同比增长8.2%，增收0.95亿元，完成年度预算的101.6%。')).toEqual([
      ['一般公共预算收入', '12.6', '亿元', null],
      ['一般公共预算收入同比增长', '8.2', '%', null],
      ['一般公共预算收入增收', '0.95', '亿元', null],
      ['一般公共预算收入完成年度预算', '101.6', '%', null],
    ])
    // every verb of a change by an amount (lang/changes), 减支 and 净减 as 增收 and 净增
    expect(read('一般公共预算支出完成25.3亿元，同比减支1.2亿元。').map((f) => f[0])).toEqual([
      '一般公共预算支出',
      '一般公共预算支出同比减支',
    ])
    expect(read('全县贫困边缘户386户，比上年净减42户。').map((f) => f[0])).toEqual([
      '贫困边缘户',
      '贫困边缘户比上年净减',
    ])
  })

  it('gives a 累计 the span its part heading names, past a 其中 sentence of one year, and a difference of two levels none', () => {
    const heading = '“十四五”以来全区人防事业稳步发展'
    const inPart = (text: string) =>
      findFigures(text, { year: 2025, heading })
        .filter((f) => f.role === 'metric')
        .map((f) => [f.value, f.period])
    expect(inPart('中小学人防教育普及率达到100%，累计培训人防骨干4,800余人次。')).toEqual([
      ['100', null],
      ['4800', '2021-2025'],
    ])
    expect(inPart('全年累计培训人防骨干960人次。')).toEqual([['960', null]])
    expect(
      read(
        '“十四五”以来，全区累计新建人防工程42.6万平方米，人均面积由2020年底的0.96平方米提高到1.32平方米，提高0.36平方米。其中，2025年新建人防工程9.8万平方米。累计收缴易地建设费1.86亿元。',
      ).map((f) => [f[1], f[3]]),
    ).toEqual([
      ['42.6', '2021-2025'],
      ['0.96', null],
      ['1.32', null],
      ['0.36', null],
      ['9.8', null],
      ['1.86', '2021-2025'],
    ])
    expect(read('五年新增、更新防空警报器48台，总数达到126台。').map((f) => [f[1], f[3]])).toEqual([
      ['48', '2021-2025'],
      ['126', null],
    ])
  })

  it('gives a total over the 十四五 years its period, and not the year inside it or a level', () => {
    expect(read('“十四五”以来，全县累计新建改造农村公路1020公里，其中2024年新建改造210公里。', 2024)).toEqual([
      ['新建改造农村公路', '1020', '公里', '2021-2024'],
      ['新建改造农村公路', '210', '公里', null],
    ])
    expect(read('“十四五”期间，全市累计投入资金28.6亿元，新增三级医院3家，全市三级医院达到9家。')).toEqual([
      ['投入资金', '28.6', '亿元', '2021-2025'],
      ['新增三级医院', '3', '家', '2021-2025'],
      ['三级医院', '9', '家', null],
    ])
    // A rate is a level, not a total; a growth averaged over the span is the span's.
    expect(read('五年来，累计化解矛盾纠纷186起，化解率98.9%，引进资金年均增长11.6%。').map((f) => f[3])).toEqual([
      '2021-2025',
      null,
      '2021-2025',
    ])
  })

  it('reads currencies and compound units', () => {
    expect(
      read('外贸进出口总额86.7亿美元，新增商业面积21.6万平方米，床位数6.85张/千人，出生率8.5‰。').map((f) => f[2]),
    ).toEqual(['亿美元', '万平方米', '张/千人', '‰'])
  })

  it('names a figure referred to again as before, and a rate by what was just counted', () => {
    const reader = new FigureReader()
    const ctx = { year: 2025, part: 'review' }
    reader.read('全年接待国内外游客4860万人次，同比增长12.3%。', ctx)
    expect(reader.read('全年4860万人次游客中，过夜游客占38.5%。', ctx)[0].label).toBe('接待国内外游客')
    expect(read('高考本科上线1862人，上线率68.5%，比上年提高2.3个百分点。').map((f) => f[0])).toEqual([
      '高考本科上线',
      '高考本科上线率',
      '高考本科上线率比上年提高',
    ])
  })

  it('a change since a year is a figure of its year, not a total over the years after it', () => {
    expect(read('床位数达到6.85张，比2020年增加1.25张；比上年增加0.2张。').map((f) => f[3])).toEqual([null, null, null])
    expect(read('“十四五”期间，全市累计投入资金28.6亿元，床位数比2020年增加1.25张。').map((f) => f[3])).toEqual([
      '2021-2025',
      null,
    ])
    expect(read('单位产值能耗由2020年的0.62吨标准煤下降到0.51吨标准煤，比2020年下降17.7%。').map((f) => f[3])).toEqual([
      null,
      null,
      null,
    ])
  })

  it('a rate averaged over the years of a change between two ends covers those years', () => {
    expect(read('经营主体由2020年底的31.2万户增加到48.6万户，年均增长9.3%。').map((f) => f[3])).toEqual([
      null,
      null,
      '2021-2025',
    ])
    expect(read('林业总产值由2022年的36.2亿元增加到2024年的41.8亿元，年均增长7.5%。').map((f) => f[3])).toEqual([
      null,
      null,
      '2023-2024',
    ])
    // not a rate that is not averaged, nor one after a change on last year
    expect(read('经营主体由2020年底的31.2万户增加到48.6万户，增长55.8%。').map((f) => f[3])).toEqual([null, null, null])
    expect(read('经营主体由上年的45.1万户增加到48.6万户，年均增长7.8%。').map((f) => f[3])).toEqual([null, null, null])
  })

  it('a 累计 in a later sentence of a span’s paragraph is a total over the span, unless it names its year', () => {
    expect(read('五年来，全县新建农村公路1020公里。累计改造危桥36座，其中2025年12座。').map((f) => f[3])).toEqual([
      '2021-2025',
      '2021-2025',
      null,
    ])
    expect(read('五年来，全县新建农村公路1020公里。2025年累计改造危桥12座。').map((f) => f[3])).toEqual([
      '2021-2025',
      null,
    ])
    expect(read('2025年，全县新建农村公路210公里。累计改造危桥12座。').map((f) => f[3])).toEqual([null, null])
    expect(read('五年来累计新建农村公路1020公里，其中2025年210公里。累计改造危桥12座。').map((f) => f[3])).toEqual([
      '2021-2025',
      null,
      null,
    ])
  })

  it('a 、 between words is part of the label; after a figure it starts the next', () => {
    expect(read('新建、改扩建学校8所，新增学位4200个。')[0][0]).toBe('新建、改扩建学校')
    expect(read('全县共发生生产安全事故12起、死亡9人。').map((f) => f[0])).toEqual(['生产安全事故', '死亡'])
  })

  it('the first end of a change is the metric in the earlier year, the second the metric itself', () => {
    const ends = (text: string) =>
      findFigures(text, { year: 2025 })
        .filter((f) => f.role === 'metric')
        .map((f) => [f.label, f.year, f.period])
    expect(ends('群众办事平均等待时间由上年的25分钟缩短至18分钟。')).toEqual([
      ['群众办事平均等待时间', 2024, null],
      ['群众办事平均等待时间', undefined, null],
    ])
    expect(ends('粮食总产量由2020年的31.2万吨增加到2025年的33.6万吨。')).toEqual([
      ['粮食总产量', 2020, null],
      ['粮食总产量', undefined, null],
    ])
    // Verbs of cutting down, and a start said as 过去/原来 (the year before, as with no year named).
    expect(ends('高风险机构由5家压降至2家。')).toEqual([
      ['高风险机构', 2024, null],
      ['高风险机构', undefined, null],
    ])
    expect(ends('平均查档时间由过去的20分钟缩短到5分钟。')).toEqual([
      ['平均查档时间', 2024, null],
      ['平均查档时间', undefined, null],
    ])
    expect(ends('市级审批事项由原来的326项精简至198项。').map(([, year]) => year)).toEqual([2024, undefined])
    // A cut an office sets (编办, 财政, 生态环境): the verb is whole, not 减 after a word of its own.
    expect(ends('事业编制由10,293名核减到9,865名，核减428名。')).toEqual([
      ['事业编制', 2024, null],
      ['事业编制', undefined, null],
      ['事业编制核减', undefined, null],
    ])
    expect(ends('部门公用经费由1.26亿元调减至1.08亿元。').map(([label, year]) => [label, year])).toEqual([
      ['部门公用经费', 2024],
      ['部门公用经费', undefined],
    ])
    expect(ends('化学需氧量排放总量由上年的3.62万吨削减到3.41万吨。').map(([label, year]) => [label, year])).toEqual([
      ['化学需氧量排放总量', 2024],
      ['化学需氧量排放总量', undefined],
    ])
    expect(ends('“十四五”以来，全县床位数从3.2张增加到3.5张。')).toEqual([
      ['床位数', 2020, null],
      ['床位数', undefined, null],
    ])
    // A change after one that named its start, in the same sentence, runs from that start; not in the next.
    const two = '参保人数由2020年底的86.2万人增加到2025年底的90.4万人，参保率由93.1%提高到96.5%。'
    expect(ends(two).map(([, year]) => year)).toEqual([2020, undefined, 2020, undefined])
    expect(ends(two.replace('，参保率', '。参保率')).map(([, year]) => year)).toEqual([
      2020,
      undefined,
      2024,
      undefined,
    ])
  })

  it('in a tasks part the first end is last year’s actual, the second the target', () => {
    const { doc } = importText(
      '标题\n同志们：\n开场。\n一、2025年工作回顾\n完成了任务。\n二、2026年工作任务\n力争将平均等待时间由上年的18分钟缩短至15分钟。\n三、工作要求\n一要严。\n同志们，谢谢！',
    )
    expect(
      slotsOf(doc)
        .filter((s) => s.attrs.role === 'metric')
        .map((s) => [s.attrs.value, s.attrs.year, s.attrs.kind]),
    ).toEqual([
      ['18', 2025, 'actual'],
      ['15', 2026, 'target'],
    ])
  })

  it('a measure with no unit of its own (系数, 指数, 性别比) is a figure, emptied by the roll-over like any other', () => {
    const read3 = (t: string) => findFigures(t, { year: 2025 }).map((f) => [f.label, f.value, f.unit, f.role])
    expect(read3('农田灌溉水有效利用系数达到0.582，空气质量综合指数为3.86，出生人口性别比降至106.2。')).toEqual([
      ['农田灌溉水有效利用系数', '0.582', '', 'metric'],
      ['空气质量综合指数', '3.86', '', 'metric'],
      ['出生人口性别比', '106.2', '', 'metric'],
    ])
    expect(read3('拨打12345热线，邮编730000。')).toEqual([])
    const { doc } = importText(
      '标题\n同志们：\n开场。\n一、2025年工作回顾\n农田灌溉水有效利用系数达到0.582。\n二、2026年工作任务\n农田灌溉水有效利用系数力争提高到0.586。\n三、工作要求\n一要严。\n同志们，谢谢！',
    )
    const rolled = slotsOf(rollover(doc).doc).map((s) => [s.attrs.value, s.attrs.year])
    expect(rolled).toEqual([
      [null, 2026],
      [null, 2027],
    ])
  })

  it('a change on the year before the figure’s is named 比上年, one name from year to year; on an earlier year it keeps the year', () => {
    const labels = findFigures('万元GDP用水量比2025年下降3.2%。万元GDP能耗较2020年下降14.1%。', { year: 2026 }).map(
      (f) => f.label,
    )
    expect(labels).toEqual(['万元GDP用水量比上年下降', '万元GDP能耗较2020年下降'])
  })

  it('two counts of one group side by side are two figures', () => {
    expect(read('纳入动态监测对象86户241人，已消除风险52户。').map((f) => [f[1], f[2]])).toEqual([
      ['86', '户'],
      ['241', '人'],
      ['52', '户'],
    ])
    expect(read('开展1对1帮扶。')).toEqual([])
  })

  it('after a verb of granting or placing, with a ceiling or floor between, the count is of the noun that follows', () => {
    expect(read('对企业新增研发投入给予最高200万元奖补。')[0][0]).toBe('奖补')
    expect(read('每个产业至少布局1家市级以上重点实验室。')[0][0]).toContain('重点实验室')
    expect(read('全年选派32名科技特派员驻村服务。')[0][0]).toContain('科技特派员')
    expect(read('对首次认定的企业给予最多50万元补助。')[0][0]).toBe('补助')
  })

  it('a count after a preposition counts the noun that follows', () => {
    expect(read('汛前对全县68座水库开展安全检查。')[0][0]).toBe('水库')
  })
})
