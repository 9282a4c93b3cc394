import { describe, expect, it } from 'vitest'
import { importText } from '../../src/core/import'
import { checkDocument } from '../../src/core/checks/engine'
import { AGAINST, ROLE_PATTERNS } from '../../src/core/checks/arithmetic'
import type { FigureLookup } from '../../src/core/checks/types'
import { lookupFrom, speechWith } from './check-speech'

const speech = (body: string) => `标题\n同志们：\n今天召开会议，总结2025年工作。\n一、2025年工作回顾\n${body}\n`

function arithmetic(body: string, figures?: FigureLookup) {
  return checkDocument(importText(speech(body)).doc, { figures, figuresVersion: 1 }).filter(
    (f) => f.rule === 'arithmetic',
  )
}

describe('the arithmetic rule reads the words before a figure by a table of patterns', () => {
  for (const p of ROLE_PATTERNS) {
    it(`${p.name}: ${p.purpose}`, () => {
      for (const words of p.examples.match) expect(p.before.test(words), words).toBe(true)
      for (const words of p.examples.noMatch) expect(p.before.test(words), words).toBe(false)
    })
  }
})

describe('what a change is measured against', () => {
  const named = (words: string) => AGAINST.exec(words)?.[1] ?? null
  it('names the base the words compare with, and none for a share or a degree', () => {
    expect(['，比底价增值', '比预算增加', '较计划减少', '比2020年增长', '比上年同期增长'].map(named)).toEqual([
      '底价',
      '预算',
      '计划',
      '2020年',
      '上年',
    ])
    expect(['同比增长', '占比提高', '比重提高', '保持较快增长', '增值率'].map(named)).toEqual([
      null,
      null,
      null,
      null,
      null,
    ])
  })
})

describe('arithmetic the text states must add up', () => {
  it('a value, its increase and its growth rate (the issue’s example), and the near miss within rounding', () => {
    const wrong = arithmetic('农村居民人均可支配收入达到5,120元，同比增长9.6%，比上年增加210元。')
    // the rate comes before the increase here: the two still pair
    expect(wrong).toHaveLength(1)
    expect(wrong[0].message).toContain('4.3%')
    expect(wrong[0].message).toContain('9.6%')
    expect(arithmetic('农村居民人均可支配收入达到5,120元，比上年增加210元，增长4.3%。')).toEqual([])
    // 4.28% written as 4.2 is within one unit of its last digit; 4.4 is not
    expect(arithmetic('收入达到5120元，比上年增加210元，增长4.2%。')).toEqual([])
    expect(arithmetic('收入达到5120元，比上年增加210元，增长4.4%。')).toHaveLength(1)
  })

  it('reads 增收, 分别 lists of falls, and 由…增加到…', () => {
    expect(arithmetic('全县一般公共预算收入完成12.6亿元，同比增长8.2%，增收0.95亿元。')).toEqual([])
    expect(arithmetic('全县一般公共预算收入完成12.6亿元，同比增长9.2%，增收0.95亿元。')).toHaveLength(1)
    // 净增 is an increase; a part after 其中 has its own increase and rate
    const net = '在库“四上”企业达到526家，比上年净增38家，增长7.8%。'
    expect(arithmetic(net)).toEqual([])
    expect(arithmetic(net.replace('7.8%', '9.8%'))).toHaveLength(1)
    const part = '累计组织税费收入186.3亿元。其中，2025年组织税费收入41.7亿元，同比增长4.3%，增收1.72亿元。'
    expect(arithmetic(part)).toEqual([])
    expect(arithmetic(part.replace('1.72亿元', '2.72亿元'))).toHaveLength(1)
    const falls = '全县共发生生产安全事故12起、死亡9人，同比分别减少4起、2人，分别下降25%、18.2%。'
    expect(arithmetic(falls)).toEqual([])
    expect(arithmetic(falls.replace('18.2%', '28.2%'))).toHaveLength(1)
    const grew = '规上工业总产值由2024年的386.5亿元增加到2025年的425.6亿元，增长10.1%。'
    expect(arithmetic(grew)).toEqual([])
    expect(arithmetic(grew.replace('10.1%', '12.1%'))).toHaveLength(1)
    expect(arithmetic(grew.replace('增长10.1%', '下降10.1%'))[0].message).toContain('增加')
    // 年均: compound growth over the years between, (52.8 / 36.2)^(1/5) − 1 = 7.8%
    const average = '林业总产值由2020年的36.2亿元增加到2025年的52.8亿元，年均增长7.8%。'
    expect(arithmetic(average)).toEqual([])
    expect(arithmetic(average.replace('7.8%', '9.8%'))).toHaveLength(1)
  })

  it('the change in points between two rates is their difference, each end allowed its rounding', () => {
    const points = '城市生活垃圾分类覆盖率由上年的86%提高到92%，提高6个百分点。'
    expect(arithmetic(points)).toEqual([])
    // 85.5 to 92.49 is within the rounding of 86 and 92: 7 points may be right, 8 cannot
    expect(arithmetic(points.replace('6个百分点', '7个百分点'))).toEqual([])
    // a change of another rate after the second end is not theirs
    expect(arithmetic('城镇化率由上年的60.1%提高到62.5%，森林覆盖率提高0.5个百分点。')).toEqual([])
    const wrong = arithmetic(points.replace('6个百分点', '8个百分点'))
    expect(wrong.map((f) => f.message)).toEqual([expect.stringContaining('相差6个百分点，文中写的是8个百分点')])
    expect(arithmetic('优良天数比例由2024年的82.3%下降到80.1%，下降2.2个百分点。')).toEqual([])
    expect(arithmetic('优良天数比例由2024年的82.3%下降到80.1%，下降2.4个百分点。')).toHaveLength(1)
    expect(arithmetic(points.replace('提高到', '下降到').replace('提高6', '下降6'))[0].message).toContain('是提高')
    // 2.2 points is a fall of 2.7%, not 2.2%: a difference of two rates said in % is pointed at
    const fell = '优良天数比例由2024年的82.3%下降到80.1%，下降2.2%。'
    expect(arithmetic(fell)[0].message).toContain('“2.2个百分点”')
    expect(arithmetic(fell.replace('2.2%', '2.7%'))).toEqual([])
  })

  it('a sentence that sorts the one before by kind (从产业看) lists parts of its whole', () => {
    // 招商, 工信, 文旅: the parts add to the whole; a slip makes them more
    for (const text of [
      '全年新签约项目42个，协议总投资186.5亿元，其中亿元以上项目28个。从产业看，先进制造业项目23个、现代服务业项目11个、农业产业化项目8个。',
      '全县规上工业企业126家。从行业分布看，装备制造企业48家、食品加工企业41家、新材料企业37家。',
      '全年新增A级旅游景区9家。从类别看，自然景观类4家、人文景观类3家、乡村旅游类2家。',
    ]) {
      expect(arithmetic(text)).toEqual([])
      const slipped = text.replace(/(、[^、。]*?)(\d+)([个家])。$/, (_m, a, n, u) => `${a}${Number(n) + 3}${u}。`)
      expect(arithmetic(slipped).map((f) => f.message)).toEqual([expect.stringContaining('超过了总数')])
    }
    // one part alone, of the half year rather than the month before (公安): no whole to hold it to
    expect(
      arithmetic(
        '6月份发案38起，环比上升18.8%。从案件类型看，刷单返利、虚假投资理财三类案件120起，占发案总数的64.5%。',
      ),
    ).toEqual([])
    // a wider place, not a kind: no parts
    expect(arithmetic('全县接待游客126万人次。从全省看，接待游客8600万人次、增长6.2%。')).toEqual([])
  })

  it('a change against a named base (比底价, 比预算) has that base, not last year', () => {
    const premium = '土地出让成交额102.4亿元，比底价增值18.6亿元，增值率22.2%。'
    // 18.6 / (102.4 − 18.6) = 22.2%; over the price paid it would be 18.2%
    expect(arithmetic(premium)).toEqual([])
    const wrong = arithmetic(premium.replace('22.2%', '24.2%'))
    expect(wrong.map((f) => f.message)).toEqual([expect.stringContaining('比底价增加18.6亿元，算下来增长约22.2%')])
    expect(arithmetic('国有产权交易成交额12.8亿元，比挂牌价溢价1.6亿元，溢价率14.3%。')).toEqual([])
    // a price set for the sale, then the rise on it: the rate is over the price set (公共资源交易, 自然资源, 国资)
    for (const priced of [
      '土地和矿业权出让底价合计18.9亿元，成交后增值2.7亿元，溢价率14.3%。',
      '全年出让国有建设用地挂牌底价32.5亿元，成交后溢价4.6亿元，溢价率14.2%。',
      '企业国有产权转让评估值8.4亿元，通过公开竞价增值1.26亿元，增值率15%。',
    ]) {
      expect(arithmetic(priced)).toEqual([])
      expect(arithmetic(priced.replace(/率1[45](?:\.\d)?%/, '率19.6%')).map((f) => f.message)).toEqual([
        expect.stringMatching(/^比.*算下来增长约/),
      ])
    }
    // a ratio of equity at the year's end to its start is not the rate of a change
    expect(arithmetic('国有资产总额52.6亿元，比上年增加4.2亿元，国有资产保值增值率105.3%。')).toEqual([])
    const store: FigureLookup = (label, year, kind) =>
      label.includes('一般公共预算支出') && year === 2024 && kind === 'actual' ? '36.8' : undefined
    // against the budget, not against last year's actual in the store
    expect(arithmetic('一般公共预算支出38.5亿元，比预算增长2.1%。', store)).toEqual([])
    expect(arithmetic('一般公共预算支出38.5亿元，同比增长14.6%。', store)).toHaveLength(1)
  })

  it('parts listed after a sentence that opens with 其中, an item between ；, add to no more than the whole', () => {
    const trading =
      '全年完成交易项目2846宗，交易额486.3亿元。其中，工程建设项目1236宗、交易额312.5亿元；政府采购项目1168宗、交易额58.6亿元，节约财政资金4.72亿元；土地出让208宗、成交额102.4亿元；国有产权交易234宗、成交额12.8亿元。'
    // 4.72亿元 is a detail of its item, not another part of 486.3亿元
    expect(arithmetic(trading)).toEqual([])
    const over = arithmetic(trading.replace('1236宗', '1836宗'))
    expect(over.map((f) => f.message)).toEqual([expect.stringContaining('3446宗，超过了总数2846宗')])
    // the finding covers the list, so it covers whichever part is wrong
    expect(over[0].excerpt).toContain('1836宗')
    expect(arithmetic(trading.replace('312.5亿元', '352.5亿元'))).toHaveLength(1)
    const colon = '全年完成交易项目2846宗，其中：工程建设项目1836宗；政府采购项目1168宗；其他项目442宗。'
    expect(arithmetic(colon)).toHaveLength(1)
    // which figure of the sentence before is the whole is not said: not the last, when the parts exceed it
    const cases = '全年受理案件520件，审结498件，结案率95.8%。其中，民事案件320件、刑事案件190件。'
    expect(arithmetic(cases)).toEqual([])
    expect(arithmetic(cases.replace('320件', '340件'))).toHaveLength(1)
    // 其中 within a clause lists its parts to the clause's end; what follows ； is another matter
    expect(arithmetic('全年审计项目86个，其中市本级32个、县（区）54个；新建项目14个，完成整改问题46个。')).toEqual([])
  })

  it('says so when an increase goes with a fall', () => {
    const r = arithmetic('城乡居民医保人均财政补助标准达到700元，比上年增加30元，下降4.5%。')
    expect(r).toHaveLength(1)
    expect(r[0].message).toContain('方向不一致')
  })

  it('parts of a whole that add to more than the whole; a partial list is not a slip', () => {
    const trade = '外贸进出口总额86.7亿美元，同比增长9.6%，其中出口62.3亿美元、进口24.4亿美元。'
    expect(arithmetic(trade)).toEqual([])
    const over = arithmetic(trade.replace('62.3亿美元', '63.3亿美元'))
    expect(over).toHaveLength(1)
    expect(over[0].message).toContain('超过了总数86.7亿')
    expect(arithmetic('新增就业3250人，其中高校毕业生1200人、就业困难人员300人。')).toEqual([])
    // 其中 opening a clause after ；: the whole is in the clause before it
    const afforest = '全区造林面积3.6万亩，同比增加0.4万亩；其中人工造林2.4万亩、封山育林1.2万亩。'
    expect(arithmetic(afforest)).toEqual([])
    expect(arithmetic(afforest.replace('人工造林2.4万亩', '人工造林2.8万亩'))[0]?.message).toContain(
      '超过了总数3.6万亩',
    )
    // a threshold crossed after the parts (总量突破5万人) is approximate, no part (人社, 文旅, 商务)
    expect(arithmetic('新增技能人才4,260人，其中高技能人才1,120人，全县技能人才总量突破5万人。')).toEqual([])
    expect(arithmetic('接待游客286万人次，其中过夜游客96万人次，全年旅游人次突破300万人次。')).toEqual([])
    expect(arithmetic('新增市场主体3,120户，其中企业860户，全县市场主体突破4万户。')).toEqual([])
    // a list that falls a sliver short of its whole is pointed at, as an info
    const short = arithmetic('办理法律援助案件3,218件，其中民事案件2,106件、刑事案件968件、行政案件126件。')
    expect(short).toHaveLength(1)
    expect(short[0].severity).toBe('info')
    expect(arithmetic('办理法律援助案件3,218件，其中民事案件2,106件、刑事案件986件、行政案件126件。')).toEqual([])
  })

  it('a count of whole things written to its last unit is exact; a round one may be rounded', () => {
    const deaths = '全县道路交通事故死亡人数由31人下降到26人，下降16.1%。'
    expect(arithmetic(deaths)).toEqual([])
    // 19.1% lies within the bounds were 31 and 26 rounded to the unit, not of the counts as they are
    expect(arithmetic(deaths.replace('16.1%', '19.1%'))).toHaveLength(1)
    expect(arithmetic('新增就业由3100人增加到3250人，增长4.9%。')).toEqual([])
  })

  it('a rate named by a part is the part over the whole counted before it', () => {
    const sampled = '全年抽检农产品1,520批次，其中合格1,498批次、不合格22批次，合格率98.6%，不合格率1.4%。'
    expect(arithmetic(sampled)).toEqual([])
    const wrong = arithmetic(sampled.replace('不合格率1.4%', '不合格率2.4%'))
    expect(wrong.map((f) => f.message)).toEqual([expect.stringContaining('不合格22批次，算下来不合格率约1.4%')])
    expect(arithmetic('全年受理行政复议案件260件，审结248件，审结率97.4%。')).toHaveLength(1)
    // a whole of the rate's own name is counted over another base (参保人数 and 参保率: the population)
    expect(arithmetic('全县参保人数达到48.6万人，其中城乡居民参保36.2万人，参保率96.8%。')).toEqual([])
    // an increase said against another base (比底价) is over that base, not a part of the sale
    expect(arithmetic('土地出让成交额102.4亿元，比底价增值18.6亿元，增值率22.2%。')).toEqual([])
  })

  it('an amount per head is not a whole of the counts after 其中', () => {
    const sampled = '全年抽检农产品1,520批次，每千人3.6批次，其中合格1,498批次、不合格22批次。'
    expect(arithmetic(sampled)).toEqual([])
    expect(arithmetic(sampled.replace('1,498批次', '1,598批次'))).toHaveLength(1)
  })

  const beds = '全区养老床位总数达到4,032张，每千名老年人拥有养老床位32张，其中护理型床位2,460张。'
  it.each([
    [beds],
    ['全县执业（助理）医师1,860人，每万人拥有执业医师28.6人，其中全科医生326人。'],
    ['全市汽车保有量68.5万辆，每百户拥有家用汽车42辆，其中新能源汽车8.6万辆。'],
    ['全县公共图书馆藏书126万册，人均藏书1.2册，其中电子图书38万册。'],
    ['全市常住人口312万人，每平方公里286人，其中城镇人口198万人。'],
  ])('a ratio per so many people or households is never the whole a 其中 breaks down: %s', (text) => {
    expect(arithmetic(text)).toEqual([])
  })
  it('the whole before a ratio is still checked; 每年 is no ratio', () => {
    const wrong = arithmetic(beds.replace('2,460张', '4,460张'))
    expect(wrong.map((f) => f.message)).toEqual([expect.stringContaining('超过了总数4032张')])
    expect(arithmetic('每年培训基层干部1,200人次，其中线上培训1,500人次。')).toHaveLength(1)
    // a ratio in an earlier clause leaves the count after it a whole
    expect(arithmetic('每万人拥有医师数持续增加，全县执业医师1,860人，其中全科医生2,326人。')).toHaveLength(1)
  })

  it('a balance is income less spending; an accumulated one is a stock', () => {
    expect(arithmetic('医保基金总收入12.6亿元，总支出11.8亿元，当期结余0.8亿元。')).toEqual([])
    expect(arithmetic('医保基金总收入12.6亿元，总支出11.8亿元，当期结余1.2亿元。')).toHaveLength(1)
    expect(arithmetic('医保基金总收入12.6亿元，总支出11.8亿元，累计结余9.3亿元。')).toEqual([])
  })

  it('approximate figures (近, 余, 超过) are not checked', () => {
    expect(arithmetic('收入近5120元，比上年增加210元，增长9.6%。')).toEqual([])
    expect(arithmetic('市场主体8.6万户，其中企业超过3万户、个体工商户6.25万户。')).toEqual([])
  })

  it('a completion rate against the target in the figures store; a growth rate against last year’s actual there', () => {
    const store: FigureLookup = (label, year, kind) => {
      if (label.includes('城镇新增就业') && year === 2025 && kind === 'target') return '3300'
      if (label.includes('城镇新增就业') && year === 2024 && kind === 'actual') return '3100'
      return undefined
    }
    expect(arithmetic('全年实现城镇新增就业3250人，完成年度目标的98.5%。', store)).toEqual([])
    const wrong = arithmetic('全年实现城镇新增就业3250人，完成年度目标的96.5%。', store)
    expect(wrong).toHaveLength(1)
    expect(wrong[0].message).toContain('目标3300人')
    // without the store the sentence alone says nothing to check
    expect(arithmetic('全年实现城镇新增就业3250人，完成年度目标的96.5%。')).toEqual([])
    expect(arithmetic('全年实现城镇新增就业3250人，同比增长4.8%。', store)).toEqual([])
    expect(arithmetic('全年实现城镇新增就业3250人，同比增长6.8%。', store)).toHaveLength(1)
    expect(arithmetic('全年实现城镇新增就业3250人，同比下降4.8%。', store)[0].message).toContain('增加')
    // a change on another year than the last is not read against last year's figure
    expect(arithmetic('全年实现城镇新增就业3250人，比2020年增长30%。', store)).toEqual([])
    // nor a rate averaged over the years (compound), which only its two ends can check
    expect(arithmetic('全年实现城镇新增就业3250人，年均增长2.1%。', store)).toEqual([])
  })
})

describe('what the arithmetic rule says, exactly', () => {
  const messages = (body: string, figures?: FigureLookup) =>
    arithmetic(body, figures).map((f) => [f.severity, f.message])
  it('a list right after a whole split 分别为 cannot add to more than the whole (教育, 卫健, 人社)', () => {
    const teachers = '今年通过特岗计划、公费师范生、公开招聘三种渠道新招教师236名，分别为80名、42名、114名。'
    const checks = '全年开展公共场所卫生监督检查1,860户次，分别是620户次、540户次、700户次。'
    const training = '全年开展职业技能培训3,200人次，分别为1,200人次、1,100人次和900人次。'
    for (const body of [teachers, checks, training]) expect(messages(body)).toEqual([])
    expect(messages(teachers.replace('114名', '124名'))).toEqual([
      ['warning', '分别列出的各项加起来是246名，超过了总数236名，请核对。'],
    ])
    expect(messages(checks.replace('540户次', '740户次'))).toHaveLength(1)
    expect(messages(training.replace('900人次', '1,900人次'))).toHaveLength(1)
    // a list of another unit, or 分别 naming the kinds itself, is not this split
    expect(messages('新招教师236名，分别为城区学校120所、乡镇学校136所。')).toEqual([])
  })
  it('shares of one whole listed 分别占……的 cannot add to more than all of it (机关事务, 统计, 财政)', () => {
    const energy =
      '县直机关、教育系统、卫生健康系统和乡镇能耗分别占全县公共机构能源消费总量的16.7%、33.3%、28.5%和21.5%。'
    const gdp = '第一、二、三产业增加值分别占地区生产总值的12.4%、38.6%和49.0%。'
    for (const body of [energy, gdp]) expect(messages(body)).toEqual([])
    expect(messages(energy.replace('28.5%', '38.5%'))).toEqual([
      ['warning', '分别占同一总量的各项加起来是110%，超过了100%，请核对。'],
    ])
    expect(messages(gdp.replace('49.0%', '59.0%'))).toHaveLength(1)
    // shares of each one's own target (林业), or growth rates, are not this
    expect(
      messages('完成人工造林3,200亩、森林抚育1.5万亩、退化林修复2,800亩，分别占县下达任务的106.7%、100%和112%。'),
    ).toEqual([])
    expect(messages('两家企业产值分别增长56.2%和61.3%。')).toEqual([])
  })
  it('an average per each right after a count and its amount is the amount over the count (乡村振兴, 农业农村, 民政)', () => {
    const loans = '新增发放脱贫人口小额信贷386笔1,742万元，户均4.51万元，贷款余额2.38亿元。'
    const villages = '对126个帮扶村投入资金3,260万元，村均25.9万元。'
    const aid = '向1,250户困难家庭发放临时救助金375万元，户均3000元。'
    for (const body of [loans, villages, aid]) expect(messages(body)).toEqual([])
    expect(messages(loans.replace('4.51万元', '5.41万元'))).toEqual([
      ['warning', '1742万元分到386笔，算下来每笔约4.51万元，文中写的是5.41万元，请核对。'],
    ])
    expect(messages(villages.replace('25.9万元', '52.9万元'))).toHaveLength(1)
    expect(messages(aid.replace('3000元', '2000元'))).toHaveLength(1)
    // the amount in another clause than its count is not said to be theirs
    expect(messages('全县帮扶村126个，今年投入资金3,260万元，村均15.9万元。')).toEqual([])
  })
  it('reads 新增 right after a change’s second end as the rise between the ends, the ends at a year’s end too', () => {
    // 卫健 托育, 市场监管, 民政: clean
    const care = '全县托位由2020年底的440个增加到2025年底的1,890个，累计新增1,450个；今年以来又新增托位270个。'
    const firms = '全县规上企业由128家增加到146家，净增18家。'
    const beds = '养老床位由2020年末的3,260张增加到2025年末的4,180张，累计新增920张。'
    for (const body of [care, firms, beds]) expect(messages(body)).toEqual([])
    expect(messages(care.replace('1,450个', '1,540个'))).toEqual([
      ['warning', '从440个到1890个相差1450个，文中写的是1540个，请核对。'],
    ])
    expect(messages(firms.replace('净增18家', '净增16家'))).toHaveLength(1)
    expect(messages(beds.replace('920张', '290张'))).toHaveLength(1)
    // 新增 of a thing of its own name is a flow, not the change
    expect(messages('养老床位由3,260张增加到4,180张，新增护理型床位620张。')).toEqual([])
  })
  it('reads a share right after some of a count (180个行政村中已有168个……，覆盖率93.3%) as those over the count', () => {
    // 邮政, 机关事务, 教育, 农业农村: clean
    const posts = '全县180个行政村中已有168个建成村级寄递物流综合服务站，覆盖率93.3%。'
    const offices = '全县62个县级党政机关中已有58个通过节约型机关创建验收，达标率93.5%。'
    const schools = '全县58所小学当中有52所建成标准化食堂，建成率89.7%。'
    for (const body of [posts, offices, schools]) expect(messages(body)).toEqual([])
    expect(messages(posts.replace('93.3%', '96.3%'))).toEqual([
      [
        'warning',
        '180个中建成村级寄递物流综合服务站168个，算下来建成村级寄递物流综合服务站覆盖率约93.3%，文中写的是96.3%，请核对。',
      ],
    ])
    expect(messages(offices.replace('93.5%', '95.3%'))).toHaveLength(1)
    expect(messages(schools.replace('89.7%', '98.7%'))).toHaveLength(1)
    // a share not right after the part (another clause between) is not read so
    expect(messages('全县58所小学中有52所建成标准化食堂，另有6所正在改造，食堂达标率95%。')).toEqual([])
  })
  it('reads a share of a whole named again after 占 (占住院手术的13.6%) over the count of that name', () => {
    // 卫健, 法院, 人社: clean
    const surgery = '住院手术1.58万台次，其中四级手术2,146台次，占住院手术的13.6%，比上年提高2.8个百分点。'
    const cases = '全年受理案件520件，其中民事案件320件，占受理案件的61.5%。'
    const jobs = '城镇新增就业3,250人，其中高校毕业生1,200人，占新增就业的36.9%。'
    for (const body of [surgery, cases, jobs]) expect(messages(body)).toEqual([])
    expect(messages(surgery.replace('13.6%', '16.3%'))).toEqual([
      ['warning', '1.58万台次中四级手术2146台次，算下来约占13.6%，文中写的是16.3%，请核对。'],
    ])
    expect(messages(cases.replace('61.5%', '65.1%'))).toHaveLength(1)
    expect(messages(jobs.replace('36.9%', '39.6%'))).toHaveLength(1)
    // a whole of another name, or none counted before, says nothing
    expect(messages('城镇新增就业3,250人，其中高校毕业生1,200人，占全市的16.3%。')).toEqual([])
    expect(messages('代理金融收入9,850万元，占营业收入的35.0%。')).toEqual([])
  })
  it('reads a rate after two changes (由A到B，由C到D，下降r%) against the second, the nearer one', () => {
    // 林业, 教育, 卫健: the first change has no rate of its own
    expect(messages('疫点乡镇由上年的9个减少到6个，发生面积由上年的3.86万亩下降到2.14万亩，下降44.6%。')).toEqual([])
    expect(messages('薄弱学校由12所减少到8所，大班额由186个下降到42个，下降77.4%。')).toEqual([])
    expect(messages('村卫生室由320个减少到298个，乡村医生由460人减少到412人，减少10.4%。')).toEqual([])
    // the second change's own slip is still caught
    expect(messages('疫点乡镇由上年的9个减少到6个，发生面积由上年的3.86万亩下降到2.14万亩，下降34.6%。')).toEqual([
      ['warning', '从3.86万亩到2.14万亩，算下来变化约44.6%，文中写的是34.6%，请核对。'],
    ])
  })
  it('names both figures, the computed value and the written one', () => {
    expect(messages('全县道路交通事故死亡人数由31人下降到26人，下降19.1%。')).toEqual([
      ['warning', '从31人到26人，算下来变化约16.1%，文中写的是19.1%，请核对。'],
    ])
    expect(messages('新增就业由3100人增加到3250人，增长8.9%。')).toEqual([
      ['warning', '从3100人到3250人，算下来变化约4.8%，文中写的是8.9%，请核对。'],
    ])
    expect(messages('全年抽检农产品1,520批次，其中合格1,498批次、不合格22批次，合格率98.6%，不合格率2.4%。')).toEqual([
      ['warning', '1520批次中不合格22批次，算下来不合格率约1.4%，文中写的是2.4%，请核对。'],
    ])
    expect(messages('市场主体8.6万户，其中企业3万户、个体工商户6.25万户。')).toEqual([
      ['warning', '其中各项加起来是9.25万户，超过了总数8.6万户，请核对。'],
    ])
    expect(messages('医保基金总收入12.6亿元，总支出11.8亿元，当期结余1.2亿元。')).toEqual([
      ['warning', '收入12.6亿元减去支出11.8亿元是0.8亿元，文中写的医保基金当期结余是1.2亿元，请核对。'],
    ])
    // (4.1 / 3.2) ^ (1 / 5) − 1 = 5.1%
    expect(messages('城镇居民收入由2020年的3.2万元增加到2025年的4.1万元，年均增长7.1%。')).toEqual([
      ['warning', '从2020年的3.2万元到2025年的4.1万元，5年间年均变化约5.1%，文中写的是7.1%，请核对。'],
    ])
  })
  it('against the figures store: the target and last year’s actual', () => {
    const store: FigureLookup = (label, year, kind) => {
      if (label.includes('城镇新增就业') && year === 2025 && kind === 'target') return '3300'
      if (label.includes('城镇新增就业') && year === 2024 && kind === 'actual') return '3100'
      return undefined
    }
    expect(messages('全年实现城镇新增就业3250人，完成年度目标的96.5%。', store)).toEqual([
      ['warning', '3250人对目标3300人，完成率约98.5%，文中写的是96.5%，请核对。'],
    ])
    expect(messages('全年实现城镇新增就业3250人，同比增长6.8%。', store)).toEqual([
      ['warning', '上年是3100人，今年3250人，算下来变化约4.8%，文中写的是6.8%，请核对。'],
    ])
    expect(messages('全年实现城镇新增就业3250人，同比下降4.8%。', store)).toEqual([
      ['warning', '上年是3100人，今年3250人，是增加，文中却说下降，请核对。'],
    ])
  })
  it('against the figures store: a rate against the library’s two years, one warning of all the rules', () => {
    const tax = (year: number, value: string) =>
      ({ label: '税收收入', year, kind: 'actual', value, unit: '亿元' }) as const
    const both = lookupFrom([tax(2025, '4.05'), tax(2024, '3.86')])
    const said = (rate: string) =>
      `数字库里“税收收入”2024年实际是3.86亿元，2025年实际是4.05亿元，算下来${rate}；这里写的是增长6.2%。请核对：数字库对的，请改这里；这里对的，请在数字库里改。`
    // Was two warnings: this rule's and rate-against-store's, of one slip.
    const all = checkDocument(importText(speechWith('全年完成税收收入4.05亿元，同比增长6.2%。')).doc, {
      figures: both,
      figuresVersion: 1,
    })
    expect(all.map((f) => [f.rule, f.message])).toEqual([['arithmetic', said('增长约4.9%')]])
    // This year's stale in the text (3.86, as the year before): the rate read from the library's two years.
    expect(messages('全年完成税收收入3.86亿元，同比增长6.2%；完成固定资产投资12.4亿元。', both)).toEqual([
      ['warning', said('增长约4.9%')],
    ])
    // The library holding another number for the rate itself: differs-from-store says it, once.
    const ownRate = lookupFrom([
      tax(2025, '4.05'),
      tax(2024, '3.86'),
      { label: '税收收入同比增长', year: 2025, kind: 'actual', value: '4.9', unit: '%' },
    ])
    expect(messages('全年完成税收收入4.05亿元，同比增长6.2%。', ownRate)).toEqual([])
    // Last year missing from the library: nothing to read the rate against.
    expect(messages('全年完成税收收入4.05亿元，同比增长6.2%。', lookupFrom([tax(2025, '4.05')]))).toEqual([])
  })
  it('against the figures store: growth at comparable prices is not read against two nominal totals', () => {
    const store: FigureLookup = (label, year, kind) => {
      if (label.includes('地区生产总值') && year === 2024 && kind === 'actual') return '286.1'
      if (label.includes('社会消费品零售总额') && year === 2024 && kind === 'actual') return '122.4'
      return undefined
    }
    expect(messages('全县地区生产总值306.8亿元，增长5.2%。', store)).toEqual([])
    expect(messages('社会消费品零售总额128.6亿元，扣除价格因素实际增长3.1%。', store)).toEqual([])
  })
})

describe('a count, its set and 中 (当中, 之中), then its parts', () => {
  const messages = (body: string) => arithmetic(body).map((f) => f.message)
  const labels = (body: string) => {
    const out: string[] = []
    importText(speech(body)).doc.descendants((n) => {
      if (n.type.name === 'slot') out.push(`${n.attrs.label}${n.attrs.value}${n.attrs.unit}`)
    })
    return out
  }
  it.each([
    // 工信, 国资, 人社, 消防: the parts are more than the set.
    ['全县52家规上工业企业当中，盈利企业41家、亏损企业19家。', '其中各项加起来是60家，超过了总数52家，请核对。'],
    ['9户市属企业之中，7户实现盈利、3户亏损。', '其中各项加起来是10户，超过了总数9户，请核对。'],
    ['全年共培训学员120名，120名学员中女性45名、男性80名。', '其中各项加起来是125名，超过了总数120名，请核对。'],
    ['全年发生火灾86起，86起火灾当中居民住宅火灾92起。', '其中居民住宅火灾92起，超过了总数86起，请核对。'],
  ])('%s', (body, message) => {
    expect(messages(body)).toEqual([message])
  })
  it.each([
    '全县52家规上工业企业当中，盈利企业41家、亏损企业11家。',
    '全年共培训学员120名，120名学员中女性45名、男性75名。',
    // A ranking field, a 中 inside a word, a part named by what it is yet to do: no parts.
    '全县地区生产总值增长6.2%，在全市11个县中排名第2位。',
    '全县建成3个项目，3个项目中央预算内投资1.2亿元。',
    '对上半年签约的47个项目中尚未开工的19个项目，实行领导包联。',
  ])('quiet: %s', (body) => {
    expect(messages(body)).toEqual([])
  })
  it('names the set without its 当中 or 之中, and the kind after it without the set', () => {
    expect(labels('全年4860万人次游客当中，省外游客2300万人次。')).toEqual(['游客4860万人次', '省外游客2300万人次'])
    expect(labels('全年发生火灾86起，86起火灾当中居民住宅火灾52起。')).toEqual([
      '发生火灾86起',
      '发生火灾86起',
      '居民住宅火灾52起',
    ])
    expect(labels('全年共培训学员120名，120名学员中女性45名。')).toEqual(['培训学员120名', '培训学员120名', '女性45名'])
  })
})
