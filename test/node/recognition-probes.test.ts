/**
 * Probe speeches (test/fixtures/probes): short speeches of other departments, the first five written
 * after the held-out corpus (21–30) was read, in other words than it, to exercise the
 * patterns fixed for it: headings on the department's own ranks, a part announcing its points,
 * meetings and headings named by their years, events that date a year, the two ends of a
 * change, totals of new things, shares, counts with bounds, counts of those caused to act,
 * measures after 、, spans such as 五年累计, and names after their organ. Two more (F, G), written
 * after the third corpus (41–50), exercise its patterns: years said only in a part, compound
 * units, bases in the tasks, rates of a part, balances, exact counts, counts announced in an
 * item, and a December speech's 今年, years and milestones in its tasks. They guard against
 * rules fitted to the corpus's sentences: each asserts part kinds, figures and persons, a clean
 * reading, and a slip of each kind caught.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { checkDocument } from '../../src/core/checks/engine'
import { importText } from '../../src/core/import'
import { outlineJSON, slotsOf } from '../../src/core/outline'

const probe = (name: string) => readFileSync(new URL(`../fixtures/probes/${name}.txt`, import.meta.url), 'utf8')

function read(text: string) {
  const { doc } = importText(text)
  const parts = outlineJSON(doc)
    .parts.filter((p) => p.number !== null)
    .map((p) => [p.kind, p.sections.length])
  const slots = slotsOf(doc)
  const metrics = slots
    .filter((s) => s.attrs.role === 'metric')
    .map((s) => ({ text: `${s.attrs.value}${s.attrs.unit}`, ...s.attrs }))
  const persons = slots.filter((s) => s.attrs.role === 'person').map((s) => [s.attrs.value, s.attrs.label])
  return { doc, parts, metrics, persons, years: [doc.attrs.reviewYear, doc.attrs.planYear] }
}

/** The rule's findings on the text with `find` replaced, which the clean text does not have. */
function slip(text: string, find: string, replace: string, rule: string): string[] {
  expect(text.split(find)).toHaveLength(2)
  const clean = checkDocument(importText(text).doc).filter((f) => f.rule === rule)
  expect(clean).toEqual([])
  return checkDocument(importText(text.replace(find, replace)).doc)
    .filter((f) => f.rule === rule)
    .map((f) => f.message)
}

const labels = (metrics: { text: string; label: string }[]) => metrics.map((m) => [m.text, m.label])
const find = (metrics: ReturnType<typeof read>['metrics'], text: string, nth = 0) =>
  metrics.filter((m) => m.text === text)[nth]

describe('probe A: a county statistics bureau, its meeting named 2025年……总结暨2026年工作部署', () => {
  const text = probe('a-tjj-county-statistics')

  it('reads the years, and the last part on its own ranks as the requirements', () => {
    const r = read(text)
    expect(r.years).toEqual([2025, 2026])
    expect(r.parts).toEqual([
      ['review', 4],
      ['tasks', 3],
      ['requirements', 3],
    ])
  })

  it('labels totals, shares, the two ends of a change, counts of those helped and measures after 、', () => {
    const r = read(text)
    expect(labels(r.metrics)).toEqual([
      ['2.36万份', '各类统计报表'],
      ['99.6%', '联网直报率'],
      ['14家', '规上工业企业新增'],
      ['168家', '规上工业企业总数'],
      ['9家', '限上商贸企业新增'],
      ['203家', '限上商贸企业总量'],
      ['56次', '开展统计执法检查'],
      ['7起', '查处统计违法案件'],
      ['3.5天', '企业数据审核平均用时'],
      ['2.1天', '企业数据审核平均用时'],
      ['0.8个百分点', '数据差错率下降'],
      ['84篇', '编印统计资料和分析报告'],
      ['31篇', '被县领导批示采用'],
      ['36.9%', '被县领导批示采用占'],
      ['26家', '企业建立统计台账'],
      ['120名', '企业统计人员取得从业培训合格证'],
      ['18个', '乡镇统计站'],
      ['46个', '新建村级统计服务点'],
      ['1380平方米', '新建村级统计服务点面积'],
      ['92台', '配备电脑'],
      ['415人', '统计人员'],
      ['99%', '联网直报率'],
      ['10家', '新增规上工业企业'],
      ['60次', '开展统计执法检查'],
      ['150名', '企业统计人员取得合格证'],
      ['80篇', '编印分析报告'],
    ])
    expect([find(r.metrics, '3.5天').year, find(r.metrics, '3.5天').kind]).toEqual([2024, 'actual'])
    expect(find(r.metrics, '2.1天').year).toBe(2025)
  })

  it('finds the name after its office and the one asked to lead', () => {
    const r = read(text)
    expect(r.persons).toEqual([
      ['张丽', '主任'],
      ['某某', '副局长'],
    ])
  })

  it('raises nothing on the clean text', () => {
    const r = read(text)
    expect(checkDocument(r.doc)).toEqual([])
  })

  it('catches a wrong year in the meeting’s name and in the review’s heading, and a part’s count of points', () => {
    expect(slip(text, '全县2025年统计工作总结暨', '全县2024年统计工作总结暨', 'wrong-year')).toHaveLength(1)
    expect(slip(text, '一、2025年全县统计工作总结', '一、2024年全县统计工作总结', 'wrong-year')).toHaveLength(1)
    expect(slip(text, '重点做好以下三个方面工作', '重点做好以下四个方面工作', 'announced-count')).toHaveLength(1)
  })
})

describe('probe B: a district water bureau, five years reviewed', () => {
  const text = probe('b-swj-district-water')

  it('reads a themed last part without figures after the tasks as the requirements', () => {
    const r = read(text)
    expect(r.years).toEqual([2025, 2026])
    expect(r.parts).toEqual([
      ['review', 2],
      ['tasks', 3],
      ['requirements', 3],
    ])
  })

  it('gives 五年累计 its span, each end of a change its year, and reads 眼, 口 and 86户241人 (two measures, two names)', () => {
    const r = read(text)
    expect(labels(r.metrics)).toEqual([
      ['18.4亿元', '水利投资'],
      ['36眼', '新打机井'],
      ['48口', '整治山塘'],
      ['92.1%', '城乡供水普及率'],
      ['97.3%', '城乡供水普及率'],
      ['5.2个百分点', '城乡供水普及率提高'],
      ['17.6%', '万元地区生产总值用水量比2020年下降'],
      ['1.82亿立方米', '农业灌溉用水量'],
      ['1.65亿立方米', '农业灌溉用水量'],
      ['1.9%', '农业灌溉用水量年均下降'],
      ['4.2亿元', '水利投资'],
      ['6.8%', '水利投资同比增长'],
      ['126公里', '新建和改造农村供水管网'],
      ['8600万元', '新建和改造农村供水管网投资'],
      ['86户', '纳入农村饮水动态监测对象'],
      ['241人', '纳入农村饮水动态监测对象人数'],
      ['9个', '街道'],
      ['2个', '省、市级节水型小区'],
      ['35家', '工业企业开展水平衡测试'],
      ['98%', '城乡供水普及率'],
      ['80公里', '新建改造农村供水管网'],
      ['50家', '企业开展水平衡测试'],
      ['3%', '万元地区生产总值用水量下降'],
      ['1.2万吨', '清理河道垃圾'],
    ])
    expect(['18.4亿元', '36眼', '48口', '1.9%', '17.6%'].map((t) => find(r.metrics, t).period)).toEqual([
      '2021-2025',
      '2021-2025',
      '2021-2025',
      '2021-2025',
      null,
    ])
    expect(['92.1%', '97.3%', '1.82亿立方米'].map((t) => [find(r.metrics, t).year, find(r.metrics, t).period])).toEqual(
      [
        [2020, null],
        [2025, null],
        [2020, null],
      ],
    )
  })

  it('finds the name after its office', () => {
    const r = read(text)
    expect(r.persons).toEqual([['刘洋', '副主任']])
  })

  it('raises nothing on the clean text, and catches a part’s count of points', () => {
    const r = read(text)
    expect(checkDocument(r.doc)).toEqual([])
    expect(slip(text, '着力抓好三个方面工作', '着力抓好两个方面工作', 'announced-count')).toHaveLength(1)
  })

  it('compounds 年均 over the years of its two ends', () => {
    expect(slip(text, '年均下降1.9%', '年均下降3.9%', 'arithmetic')).toHaveLength(1)
  })
})

describe('probe C: a county health commission in December, reviewing the year it speaks in', () => {
  const text = probe('c-wjw-county-health-december')

  it('reads a review headed 今年以来, the tasks and an enumerated last part', () => {
    const r = read(text)
    expect(r.years).toEqual([2025, 2026])
    expect(r.parts).toEqual([
      ['review', 3],
      ['tasks', 3],
      ['requirements', 0],
    ])
  })

  it('labels a total, a measure after 、, 虽然, a bare 占, and counts with their outcome or bound', () => {
    const r = read(text)
    const m = Object.fromEntries(labels(r.metrics))
    expect(m).toMatchObject({
      '2860张': '床位总数',
      '12.4万人': '组建家庭医生签约团队服务人数',
      '68.4万人次': '县人民医院门急诊量',
      '75%': '中心村占',
      '23家': '民营医院开展院感自查',
      '356名': '城乡居民签约高血压长处方服务',
      '500名': '慢病患者签约家庭医生',
    })
    expect(r.metrics.filter((x) => x.text === '1260户' || x.text === '3150人')).toHaveLength(2)
    expect([find(r.metrics, '2.9人').year, find(r.metrics, '3.1人').year]).toEqual([2024, 2025])
    expect(r.metrics).toHaveLength(20)
  })

  it('finds both names', () => {
    const r = read(text)
    expect(r.persons).toEqual([
      ['王晓梅', '副局长'],
      ['某某', '副县长'],
    ])
  })

  it('raises nothing on the clean text: 今年 is right in December, 抗战胜利八十周年 is 2025', () => {
    const r = read(text)
    expect(checkDocument(r.doc)).toEqual([])
  })

  it('catches an anniversary that is not of the year', () => {
    expect(slip(text, '庆祝抗战胜利八十周年', '庆祝抗战胜利七十九周年', 'time-bound')).toHaveLength(1)
  })
})

describe('probe D: a county transport bureau', () => {
  const text = probe('d-jtj-county-transport')

  it('reads the parts', () => {
    const r = read(text)
    expect(r.years).toEqual([2025, 2026])
    expect(r.parts).toEqual([
      ['review', 3],
      ['tasks', 4],
      ['requirements', 0],
    ])
  })

  it('reads 盏, a place before what is counted, 虽然, the two ends of a change and 和N个', () => {
    const r = read(text)
    const m = Object.fromEntries(labels(r.metrics))
    expect(m).toMatchObject({
      '2400盏': '新增太阳能路灯',
      '1500盏': '新增路灯',
      '4.3亿元': '新建改造农村公路投资',
      '3860公里': '公路总里程',
      '2.6万名': '群众就近乘车出行',
      '12个': '乡镇客运站',
      '3万名': '群众实现就近出行',
    })
    expect([find(r.metrics, '45分钟').label, find(r.metrics, '45分钟').year]).toEqual([
      '农村客运班车平均发车间隔',
      2024,
    ])
  })

  it('finds the name after its office and the one asked to lead', () => {
    const r = read(text)
    expect(r.persons).toEqual([
      ['赵磊', '主任'],
      ['某某', '副县长'],
    ])
  })

  it('raises nothing on the clean text: 上一年度 counts from the reviewed year', () => {
    const r = read(text)
    expect(checkDocument(r.doc)).toEqual([])
  })

  it('catches a growth said twice two ways, an anniversary of another year, and a part’s count', () => {
    expect(
      slip(text, '交通固定资产投资同比增长8.4%', '交通固定资产投资同比增长4.8%', 'inconsistent-figure'),
    ).toHaveLength(1)
    expect(slip(text, '也是新中国成立77周年', '也是新中国成立76周年', 'time-bound')).toHaveLength(1)
    expect(slip(text, '重点抓好四项重点任务', '重点抓好五项重点任务', 'announced-count')).toHaveLength(1)
  })
})

describe('probe E: a city market regulator, reviewing 2026 and planning 2027', () => {
  const text = probe('e-scjgj-city-market-2027')

  it('reads the years, a part on the situation, and one on party building as the requirements', () => {
    const r = read(text)
    expect(r.years).toEqual([2026, 2027])
    expect(r.parts).toEqual([
      ['review', 3],
      ['other', 0],
      ['tasks', 3],
      ['requirements', 3],
    ])
  })

  it('labels shares, those caused to act and 和N个县（区）', () => {
    const r = read(text)
    const m = Object.fromEntries(labels(r.metrics))
    expect(m).toMatchObject({
      '27.6%': '企业占',
      '86家': '食品生产企业建立食品安全追溯体系',
      '100家': '企业建立追溯体系',
      '8个': '县（区）',
      '12.5%': '罚没款同比增长',
    })
  })

  it('finds the name after the seat its bearer holds', () => {
    const r = read(text)
    expect(r.persons).toEqual([['孙伟', '副局长']])
  })

  it('raises nothing on the clean text: 2027 is the year of the twenty-first congress', () => {
    const r = read(text)
    expect(checkDocument(r.doc)).toEqual([])
  })

  it('catches a congress said of another year, and one looked forward to after it met', () => {
    expect(slip(text, '2027年是党的二十一大召开之年', '2027年是党的二十大召开之年', 'time-bound')).toHaveLength(1)
    expect(slip(text, '迎接党的二十一大胜利召开', '迎接党的二十大胜利召开', 'time-bound').length).toBeGreaterThan(0)
  })
})

describe('probe F: a county development and reform bureau, its years said only in the review', () => {
  const text = probe('f-fgj-county-development')

  it('reads the years from 2026年是 in the review, the parts and the name asked before the meeting', () => {
    const r = read(text)
    expect(r.years).toEqual([2026, 2027])
    expect(r.parts).toEqual([
      ['review', 3],
      ['tasks', 2],
      ['requirements', 0],
    ])
    expect(r.persons).toEqual([['某', '常务']])
  })

  it('reads compound units whole and leaves one it does not know as text', () => {
    const r = read(text)
    expect(find(r.metrics, '0.41吨标准煤').label).toBe('万元地区生产总值能耗')
    expect(find(r.metrics, '12万立方米/日').label).toBe('县城供水能力')
    expect(r.metrics.filter((m) => m.value === '0.86')).toEqual([])
  })

  it('labels counts after 等 and 全部, ranks sharing a noun, and last year’s base in the tasks', () => {
    const r = read(text)
    const m = Object.fromEntries(labels(r.metrics))
    expect(m).toMatchObject({
      '9个': '项目建成投运',
      '1个': '新创建国家级示范园区',
      '14个': '乡镇',
      '8%': '固定资产投资增长',
      '93.3亿元': '固定资产投资',
    })
    const base = find(r.metrics, '86.4亿元', 1)
    expect([base.label, base.kind, base.year]).toEqual(['固定资产投资', 'actual', 2026])
    expect([find(r.metrics, '3%').label, find(r.metrics, '0.41吨标准煤', 1).year]).toEqual([
      '万元地区生产总值能耗下降',
      2026,
    ])
  })

  it('raises nothing on the clean text', () => {
    const r = read(text)
    expect(checkDocument(r.doc)).toEqual([])
  })

  it('catches a base unlike the review, a part’s rate, a count announced in an item, and a share over 100%', () => {
    expect(slip(text, '在上年86.4亿元的基础上', '在上年84.6亿元的基础上', 'inconsistent-figure')).toHaveLength(1)
    expect(slip(text, '在0.41吨标准煤的基础上', '在0.43吨标准煤的基础上', 'inconsistent-figure')).toHaveLength(1)
    expect(slip(text, '按时办结1,238件', '按时办结1,208件', 'arithmetic')).toHaveLength(1)
    expect(slip(text, '重点做好三项工作', '重点做好四项工作', 'announced-count')).toHaveLength(1)
    expect(slip(text, '占重点项目投资的61.2%', '占重点项目投资的161.2%', 'rate-over-100')).toHaveLength(1)
  })
})

describe('probe G: a city medical insurance bureau in December, reviewing 2026 and planning 2027', () => {
  const text = probe('g-ybj-city-insurance-december')

  it('reads the years from the date line and the parts', () => {
    const r = read(text)
    expect(r.years).toEqual([2026, 2027])
    expect(r.parts).toEqual([
      ['review', 3],
      ['tasks', 3],
      ['requirements', 0],
    ])
    expect(r.persons).toEqual([['孙伟', '副市长']])
  })

  it('labels a balance, a share, a rate after 不合格, the ends of changes and a target after 力争', () => {
    const r = read(text)
    const m = Object.fromEntries(labels(r.metrics))
    expect(m).toMatchObject({
      '3.6亿元': '医保基金当期结余',
      '72.9%': '统筹基金支出占基金总支出',
      '95.9%': '合格率',
      '126家': '定点医院',
      '36个': '服务点',
      '49亿元': '医保基金总收入',
    })
    expect(['670元', '700元', '46起', '31起'].map((t) => find(r.metrics, t).year)).toEqual([2025, 2026, 2025, 2026])
  })

  it('raises nothing on the clean text, the change per head included', () => {
    const r = read(text)
    expect(checkDocument(r.doc)).toEqual([])
  })

  it('catches a balance, a part’s rate and an exact count that do not add up, and a share over 100%', () => {
    expect(slip(text, '当期结余3.6亿元', '当期结余5.6亿元', 'arithmetic')).toHaveLength(1)
    expect(slip(text, '合格率95.9%', '合格率93.9%', 'arithmetic')).toHaveLength(1)
    expect(slip(text, '下降32.6%', '下降30.6%', 'arithmetic')).toHaveLength(1)
    expect(slip(text, '占基金总支出的72.9%', '占基金总支出的102.9%', 'rate-over-100')).toHaveLength(1)
  })

  it('catches this year set as a task, last year’s year in the tasks and a milestone already passed', () => {
    expect(slip(text, '明年全市医保基金总收入', '今年全市医保基金总收入', 'relative-time')).toHaveLength(1)
    expect(slip(text, '2027年全面推行', '2026年全面推行', 'wrong-year')).toHaveLength(1)
    expect(slip(text, '为推动“十五五”规划目标任务落实', '为“十五五”开好局、起好步', 'time-bound')).toHaveLength(1)
  })
})
