import { readFileSync } from 'node:fs'
import { relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { escapeRegExp } from '../../src/core/lang/regexp'
import { sourceFiles } from './source-scan'
import { parseChineseCount, onlyANumber } from '../../src/core/lang/numerals'
import { enumerations, inlineNumbers, numberMark } from '../../src/core/lang/numbering'
import {
  fiveYearPlanYears,
  isPeriod,
  isYear,
  PLAN_NAMED,
  PLANNED_YEAR,
  planMilestonesIn,
  REVIEW_NAMED,
  REVIEWED_YEAR,
  COMMENDED_YEAR,
  STATED_YEAR,
  YEAR_GOAL_STATED,
  targetsMetIn,
  yearsIn,
} from '../../src/core/lang/years'
import { BASE_UNITS, COMPOUND_UNITS, MAGNITUDES, splitWrittenUnit } from '../../src/core/lang/units'
import { DATED_EVENTS, eventsIn } from '../../src/core/lang/events'
import { PLAN_STAGES, planStageStatements } from '../../src/core/lang/plan-stages'
import { RANK_RULES, ranksIn } from '../../src/core/lang/ranks'
import { LOWER_BETTER_RULES, lowerIsBetter } from '../../src/core/lang/lower-better'
import { findFigures } from '../../src/core/import'
import { withoutTotal } from '../../src/core/lang/words'

describe('numerals of statistics', () => {
  it.each([
    ['两千', 2000],
    ['三百五十', 350],
    ['十二', 12],
    ['一千零五', 1005],
    ['两千五', 2500],
    ['八百', 800],
  ])('%s is %i', (text, n) => {
    expect(parseChineseCount(text)).toBe(n)
  })
  it.each(['', '一二三', '千千', '万', '十十'])('%s is not a count', (text) => {
    expect(parseChineseCount(text)).toBeNull()
  })
})

describe('typed numbers', () => {
  it.each([
    ['一、总体要求', 1, 1, '一、'],
    ['（三）抓好落实', 2, 3, '（一）'],
    ['(二) 抓好', 2, 2, '(一)'],
    ['4. 做好', 3, 4, '1.'],
    ['2）做好', 3, 2, '1）'],
    ['（12）细项', 4, 12, '（1）'],
    // an item opening with a year: 1、2025年 is no number 1、2025
    ['1、2025年', 3, 1, '1、'],
    ['2、 12个乡镇', 3, 2, '1、'],
    // 要求 is a noun: a heading, not the 要 of an enumeration.
    ['三、要求', 1, 3, '一、'],
    ['二、 要求和措施', 1, 2, '一、'],
  ])('%s', (text, level, number, style) => {
    expect(numberMark(text)).toMatchObject({ level, number, style })
  })
  it.each([
    '一是加强领导',
    '一要压实责任',
    '一、要压实责任',
    '二、是抓好落实',
    '2025年工作',
    '3.5%的增长',
    '1、2月份',
    '十全十美',
  ])('not a number mark: %s', (text) => {
    expect(numberMark(text)).toBeNull()
  })
  it('finds enumerations and not numerals inside words', () => {
    expect(enumerations('一是抓就业；二是抓社保。第三，抓人才。').map((e) => e.marker)).toEqual([
      '一是',
      '二是',
      '第三，',
    ])
    expect(enumerations('建成一个省级基地，推进一村一品。')).toEqual([])
  })
  it('finds numbers of level 4 listed inside a paragraph, not a bracketed aside', () => {
    expect(inlineNumbers('重点做好三项工作：（1）排查隐患；（2）强化执法；(3)完善预案。')).toEqual([1, 2, 3])
    expect(inlineNumbers('建成服务站12个（2个在建），覆盖8个县（区）。')).toEqual([])
  })
})

describe('years and periods', () => {
  it('a year is a whole number from 1900 to 2200', () => {
    expect([1900, 2026, 2200].every(isYear)).toBe(true)
    expect([1899, 2201, 2026.5, '2026', null].some(isYear)).toBe(false)
  })
  it('names the years a text states, not ranges', () => {
    expect(yearsIn('2025年工作回顾，2021—2025年规划，2026年任务')).toEqual([2025, 2026])
  })
  it('knows the years of each five-year plan', () => {
    expect(fiveYearPlanYears('十四')).toEqual({ from: 2021, to: 2025 })
    expect(fiveYearPlanYears('十五')).toEqual({ from: 2026, to: 2030 })
    expect(fiveYearPlanYears('十三')).toEqual({ from: 2016, to: 2020 })
  })
  const yearsBy = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => Number(m[1]))
  it('reads the years a speech says it reviews and plans, each with its own verb', () => {
    const meeting = '召开2025年全镇经济工作总结暨2026年工作部署会议，回顾总结过去一年工作并安排部署2026年任务'
    expect(yearsBy(REVIEW_NAMED, meeting)).toEqual([2025])
    expect(yearsBy(PLAN_NAMED, meeting)).toEqual([2026])
    expect(yearsBy(REVIEWED_YEAR, meeting)).toEqual([])
    expect(yearsBy(PLANNED_YEAR, meeting)).toEqual([2026])
    expect(yearsBy(REVIEWED_YEAR, '总结回顾2024年全县水利工作')).toEqual([2024])
    expect(yearsBy(REVIEW_NAMED, '一、2024年全县水利工作回顾')).toEqual([2024])
    // 人社, 发改, 应急: a report's deadline, a date, names no year reviewed
    expect(yearsBy(REVIEWED_YEAR, '专项行动总结于2027年2月10日（星期三）前报送县根治欠薪工作领导小组办公室')).toEqual(
      [],
    )
    expect(yearsBy(REVIEWED_YEAR, '规划编制工作总结报告2026年12月25日前报县发展改革局，工作情况每月通报')).toEqual([])
    expect(yearsBy(REVIEWED_YEAR, '回顾2025年1—11月全县应急管理工作')).toEqual([2025])
  })
  it('reads the year whose best a meeting commends (科技, 应急, 教育), not a span or a since', () => {
    expect(yearsBy(COMMENDED_YEAR, '表彰2025年度科技创新先进集体和先进个人，部署今年科技创新工作')).toEqual([2025])
    expect(yearsBy(COMMENDED_YEAR, '今天召开全县安全生产工作会议，表彰2025年度安全生产先进单位')).toEqual([2025])
    expect(yearsBy(COMMENDED_YEAR, '会议的任务是总结工作、表彰2026年度全县优秀教师')).toEqual([2026])
    expect(yearsBy(COMMENDED_YEAR, '表彰了2021年以来涌现的先进典型')).toEqual([])
    expect(yearsBy(COMMENDED_YEAR, '表彰2021—2025年度先进集体')).toEqual([])
    expect(yearsBy(COMMENDED_YEAR, '部署2026年度先进评选工作')).toEqual([])
  })
  it('reads a year said as a sentence’s subject, not one reached or ending a span', () => {
    expect(yearsBy(STATED_YEAR, '新的一年，2027年是水网建设的关键之年。2026年将是收官之年')).toEqual([2027, 2026])
    expect(yearsBy(STATED_YEAR, '到2035年是远景目标年，2021—2025年是“十四五”时期，2026年全市')).toEqual([])
  })
  it('reads the year whose goal a sentence states (公安 交通, 发改, 教育, 卫健), not a span, a since or a year reached to', () => {
    expect(yearsBy(YEAR_GOAL_STATED, '2026年全县道路交通安全工作的总体目标是：事故起数下降5%以上')).toEqual([2026])
    expect(
      yearsBy(YEAR_GOAL_STATED, '全县上下要凝心聚力。2026年全县经济社会发展的主要预期目标是：地区生产总值增长6%'),
    ).toEqual([2026])
    expect(yearsBy(YEAR_GOAL_STATED, '2026年全县教育工作的总体思路为：稳中求进')).toEqual([2026])
    expect(yearsBy(YEAR_GOAL_STATED, '2026年卫生健康工作的总体要求是')).toEqual([2026])
    expect(yearsBy(YEAR_GOAL_STATED, '力争到2027年的目标是全覆盖；2021—2025年的目标是基本建成')).toEqual([])
    expect(yearsBy(YEAR_GOAL_STATED, '2021年以来的目标是稳中求进；2025年，全县目标任务全面完成')).toEqual([])
  })
  it('dates a five-year plan’s milestone named by what is done in it', () => {
    const said = '确保“十四五”规划目标任务圆满收官，为“十五五”开好局、起好步奠定基础'
    expect(planMilestonesIn(said).map((m) => [m.text, m.year])).toEqual([
      ['“十四五”规划目标任务圆满收官', 2025],
      ['“十五五”开好局', 2026],
    ])
    expect(planMilestonesIn('“十五五”开局之年，编制“十五五”规划，“十四五”以来')).toEqual([])
  })
  it('reads a year’s targets met as a whole, either way round, and whether said done', () => {
    const met = (text: string) => targetsMetIn(text).map((t) => [t.year, t.past])
    expect(met('圆满完成了2025年各项目标任务，2024年度重点任务高质量完成')).toEqual([
      [2025, true],
      [2024, false],
    ])
    expect(met('确保完成2026年目标任务')).toEqual([[2026, false]])
    // a programme's target of one of the plan's years, a span, a start
    expect(met('提前超额完成2021年的职业技能提升行动目标任务，2021—2025年各项目标任务全面完成')).toEqual([])
    expect(met('2021年以来各项任务完成')).toEqual([])
  })
  it('a span or a start of years names no reviewed year', () => {
    expect(yearsBy(REVIEW_NAMED, '2021—2025年工作回顾，2021年以来工作总结')).toEqual([])
  })
  it('periods run forwards', () => {
    expect(isPeriod('2021-2025')).toBe(true)
    expect(isPeriod('2025-2021')).toBe(false)
    expect(isPeriod('2021—2025')).toBe(false)
  })
})

describe.each(DATED_EVENTS.map((e) => [e.id, e] as const))('dated event: %s', (_id, entry) => {
  it('has a purpose and examples both ways', () => {
    expect(entry.purpose).toMatch(/[\u4e00-\u9fff]/)
    expect(entry.matches.length * entry.rejects.length).toBeGreaterThan(0)
  })
  it.each(entry.matches.map((m) => [m.text, m.year] as const))('%s is in %i', (text, year) => {
    expect(eventsIn(text).map((e) => [e.id, e.year])).toEqual([[entry.id, year]])
  })
  it.each(entry.rejects)('%s names no such event', (text) => {
    expect(eventsIn(text).filter((e) => e.id === entry.id)).toEqual([])
  })
})

describe.each(PLAN_STAGES.map((e) => [e.id, e] as const))('stage of a five-year plan: %s', (_id, entry) => {
  it('has a purpose and examples both ways', () => {
    expect(entry.purpose).toMatch(/[\u4e00-\u9fff]/)
    expect(entry.matches.length * entry.rejects.length).toBeGreaterThan(0)
  })
  it.each(entry.matches.map((m) => [m.text, m.year] as const))('%s is %i', (text, year) => {
    expect(planStageStatements(`${text}，做好今年工作意义重大。`).map((s) => [s.from, s.year])).toEqual([[0, year]])
  })
  it.each(entry.rejects)('%s says no year is a stage', (text) => {
    expect(planStageStatements(text)).toEqual([])
  })
})

describe.each(RANK_RULES.map((r) => [r.id, r] as const))('a place in a ranking: %s', (_id, rule) => {
  it.each(rule.matches)('finds the place in %s', (text) => {
    expect(text.match(new RegExp(rule.pattern.source))).not.toBe(null)
    expect(ranksIn(text)).toHaveLength(1)
  })
  it.each(rule.rejects)('finds no place in %s', (text) => expect(ranksIn(text)).toEqual([]))
})

describe.each(LOWER_BETTER_RULES.map((r) => [r.id, r] as const))('less is better: %s', (_id, rule) => {
  it.each(rule.matches)('%s', (label) => expect(lowerIsBetter(label)).toBe(true))
  it.each(rule.rejects)('not %s', (label) => expect(lowerIsBetter(label)).toBe(false))
})

describe('a sentence that says a year is a stage of a five-year plan', () => {
  it('tells what it says it of: a year, 今年 or 明年', () => {
    expect(
      planStageStatements('今年是“十四五”规划收官之年，明年是“十五五”规划开局之年。2026年也是“十五五”开局之年。').map(
        (s) => [s.subject, s.year],
      ),
    ).toEqual([
      ['今年', 2025],
      ['明年', 2026],
      [2026, 2026],
    ])
  })
})

describe('totals', () => {
  it('a name less the total word after it is the same thing; a bare total word stays', () => {
    expect(['经营主体总量', '交易总额', '企业数量', '总数', '经营主体'].map(withoutTotal)).toEqual([
      '经营主体',
      '交易',
      '企业',
      '总数',
      '经营主体',
    ])
  })
})

describe('units', () => {
  it('splits 余 and 多 from the unit, after the number or after 万/亿', () => {
    expect(splitWrittenUnit('余场')).toEqual({ unit: '场', approx: '余', approxPos: 'number' })
    expect(splitWrittenUnit('万余户')).toEqual({ unit: '万户', approx: '余', approxPos: 'magnitude' })
    expect(splitWrittenUnit('亿美元')).toEqual({ unit: '亿美元', approx: '', approxPos: 'number' })
  })
  it.each(BASE_UNITS.map((u) => [u]))('a figure in %s is read with its unit', (unit) => {
    const [f] = findFigures(`全年累计完成12${unit}，`)
    expect([f?.value, f?.unit]).toEqual(['12', unit])
  })
  it.each(MAGNITUDES.map(([m]) => [m]))('a figure in %s元 keeps its magnitude', (magnitude) => {
    const [f] = findFigures(`全年累计完成1.52${magnitude}元，`)
    expect([f?.value, f?.unit]).toEqual(['1.52', `${magnitude}元`])
  })
  it.each([
    // a 市's GDP and five-year investment, a province's deposits, a port's trade
    ['“十四五”期间累计完成固定资产投资1.52万亿元；', '1.52', '万亿元'],
    ['全市地区生产总值突破1万亿元，', '1', '万亿元'],
    ['口岸进出口总额0.86万亿美元，', '0.86', '万亿美元'],
    ['金融机构贷款余额1.2万亿，', '1.2', '万亿'],
    // look-alikes: 万 and 亿 each alone, and 千万 stay what they were
    ['完成投资268.4亿元，', '268.4', '亿元'],
    ['发放补贴3.62万元，', '3.62', '万元'],
    ['撬动社会资本1.2千万元，', '1.2', '千万元'],
    // edible fungi counted by the stick or bag (农业园区, 林下经济, 乡村振兴): the magnitude and the count whole
    ['食用菌年生产规模达到1.8亿棒。', '1.8', '亿棒'],
    ['全镇发展香菇3,000万棒，', '3000', '万棒'],
    ['林下种植黑木耳5000万袋，', '5000', '万袋'],
    // counts of rounds, vehicles and articles: 次 belongs to the unit, not to the words after
    ['县安委会开展安全生产督导检查46轮次。', '46', '轮次'],
    ['开展专项督查3轮次，', '3', '轮次'],
    ['检查过境车辆3.2万辆次，', '3.2', '万辆次'],
    ['在省级以上媒体刊发稿件86篇次。', '86', '篇次'],
    // a library's loans, total and per head (图书馆, 农家书屋)
    ['全年外借图书42.6万册次，', '42.6', '万册次'],
    ['人均外借图书1.12册次，', '1.12', '册次'],
    // varieties counted after their class (医保 集采, 种业, 商务)
    ['执行国家和省级集采药品586个品种、医用耗材32类，', '586', '个品种'],
    ['全县基层医疗机构配备基本药物320个品种，', '320', '个品种'],
    // look-alike: 12个 before the noun it counts stays 个
    ['引进新品种12个，', '12', '个'],
    // archives looked up (档案), land served more than once a year (农业社会化服务, 农机): 次 too
    ['调阅档案9,120卷次，', '9120', '卷次'],
    ['托管服务面积达到60万亩次以上。', '60', '万亩次'],
    ['完成机耕机播作业120万亩次，', '120', '万亩次'],
    // look-alikes: a round or a vehicle counted once is still 轮 or 辆; books held are 册, archives 卷, land 亩
    ['接收档案4,350卷，', '4350', '卷'],
    ['新建高标准农田3.5万亩，', '3.5', '万亩'],
    ['馆藏图书新增3.2万册，', '3.2', '万册'],
    ['开展安全生产大检查3轮，', '3', '轮'],
    ['更新新能源公交车120辆，', '120', '辆'],
    // equipment counted per set (公路, 农机, 市场监管): 台套 is one unit; look-alikes 台 and 套 alone
    ['新购置多功能养护车、综合巡查车等设备10台套，', '10', '台套'],
    ['推广先进适用农机具1,200台套，', '1200', '台套'],
    ['更新计量检测设备36台套。', '36', '台套'],
    ['新增大型农机具86台，', '86', '台'],
    ['配备执法记录仪120套，', '120', '套'],
    // power supply: capacity of transformers and plants, energy sold, each with 万/亿 before it
    ['新增配变容量4.8万千伏安，', '4.8', '万千伏安'],
    ['新建110千伏变电站1座，主变容量100兆伏安，', '1', '座'],
    ['新增光伏装机容量12.6万千瓦，', '12.6', '万千瓦'],
    ['全年售电量完成18.62亿千瓦时，', '18.62', '亿千瓦时'],
    ['分布式光伏发电量3,260万千瓦时，', '3260', '万千瓦时'],
    ['建成用户侧储能50兆瓦时，', '50', '兆瓦时'],
    // runs of a bus, train or boat (交通, 人社, 文旅, 教育) are counted in 趟 and 班
    ['开通农民工返岗直通车32趟，', '32', '趟'],
    ['开行“点对点”返岗专列6趟，', '6', '趟'],
    ['全年开行旅游专列12趟，', '12', '趟'],
    ['日均安排客运班次1,050班，', '1050', '班'],
    ['每天开行校车线路班车86班，', '86', '班'],
    // look-alike: a run counted per trip is still 班次, 万 before it
    ['累计发送客运班次3.86万班次，', '3.86', '万班次'],
    // voyages of a ship or patrol boat (渔政, 海事, 海警) are counted in 航次
    ['休渔期间共出动执法船艇612航次、执法人员4,380人次，', '612', '航次'],
    ['全年开展海上巡航1,260航次，', '1260', '航次'],
    ['计划出动执法船艇不少于650航次，', '650', '航次'],
    // forecasts and tests per station (水文, 气象, 环境监测) are counted in 站次
    ['发布洪水预报126站次，', '126', '站次'],
    ['全年发布短临预报3,260站次，', '3260', '站次'],
    ['开展地表水水质监测1,860站次，', '1860', '站次'],
    // look-alike: the stations themselves are 个 or 处
    ['新建自动气象站12个，', '12', '个'],
    // look-alike: the boats themselves are 艘
    ['新增执法船艇12艘，', '12', '艘'],
  ])('%s is read as %s %s', (text, value, unit) => {
    const [f] = findFigures(text)
    expect([f?.value, f?.unit]).toEqual([value, unit])
  })
  it('a voltage class (110千伏) is no figure, the capacity after it is', () => {
    expect(findFigures('110千伏城东输变电工程建成投运，主变容量100兆伏安。').map((f) => [f.value, f.unit])).toEqual([
      ['100', '兆伏安'],
    ])
  })
  it('万亿 is no figure without a number before it', () => {
    expect(findFigures('打造两个万亿级产业集群，惠及亿万农民。').map((f) => f.unit)).not.toContain('万亿')
  })
  it.each([
    ['全县人口自然增长率为-1.2‰。', '-1.2', '‰'],
    ['规模以上工业增加值增长−0.5%。', '-0.5', '%'],
  ])('a negative rate in %s keeps its sign', (text, value, unit) => {
    const f = findFigures(text).find((x) => x.role === 'metric')
    expect([f?.value, f?.unit]).toEqual([value, unit])
  })
  it.each([['1-11月，完成投资12亿元。'], ['2021－2025年累计完成投资12亿元。']])(
    'the dash of a range in %s is no sign',
    (text) => {
      expect(findFigures(text).some((f) => f.value?.startsWith('-'))).toBe(false)
    },
  )
})

describe.each(COMPOUND_UNITS.map((u) => [u.id, u] as const))('compound unit: %s', (_id, entry) => {
  it('has a purpose and examples both ways', () => {
    expect(entry.purpose).toMatch(/[\u4e00-\u9fff]/)
    expect(entry.matches.length * entry.rejects.length).toBeGreaterThan(0)
  })
  it.each(entry.matches)('reads a figure in %s whole, with a magnitude too', (unit) => {
    const [f] = findFigures(`全年累计完成12${unit}，`)
    expect([f?.value, f?.unit]).toEqual(['12', unit])
    const [g] = findFigures(`全年累计完成1.2万${unit}，`)
    expect(g?.unit).toBe(`万${unit}`)
  })
  it.each(entry.rejects)('does not take %s whole', (unit) => {
    expect(findFigures(`全年累计完成12${unit}，`).map((f) => f.unit)).not.toContain(unit)
  })
})

describe('words that say only a number (what a figure’s input keeps)', () => {
  it('are digits, separators, a count in words and 万/亿 with the unit; a sentence is not', () => {
    for (const t of ['3,260', '１２．５', '12.5%', '三千', '1.2万', '-3', '3260人'])
      expect(onlyANumber(t, t.endsWith('人') ? '人' : ''), t).toBe(true)
    for (const t of ['2026年是关键之年', '全年稳定', '约3000', 'abc']) expect(onlyANumber(t), t).toBe(false)
  })
})

describe('words that look to next year', () => {
  it('are not the 来年 inside 近年来年均 or 多年来年年', async () => {
    const { NEXT_YEAR_WORDS } = await import('../../src/core/lang/year-end')
    expect(NEXT_YEAR_WORDS.test('来年再接再厉')).toBe(true)
    expect(NEXT_YEAR_WORDS.test('为明年开好局')).toBe(true)
    expect(NEXT_YEAR_WORDS.test('近年来年均增长8%')).toBe(false)
    expect(NEXT_YEAR_WORDS.test('多年来年年获评先进')).toBe(false)
  })
})

describe('words put into a pattern as themselves (lang/regexp)', () => {
  const words = ['元/吨', '%', '‰', '人/平方公里', '(万元)', '[试行]', 'a.b*c+d?e^f$g{2}h|i\\j', '年度-季度']
  it.each(words)('%s matches itself only, with and without the u flag', (w) => {
    for (const flags of ['', 'u']) {
      const whole = new RegExp(`^${escapeRegExp(w)}$`, flags)
      expect(whole.test(w)).toBe(true)
      expect(whole.test(`${w}x`)).toBe(false)
    }
  })
  it('has one definition in the source', () => {
    // A character class of a pattern's special characters followed by `\\$&` is the escaping written again.
    const copies = sourceFiles(resolve(__dirname, '../../src'))
      .filter((f) => /\.replace\(\/\[\.\*\+\?\^\$\{\}\(\)\|/.test(readFileSync(f, 'utf8')))
      .map((f) => relative(resolve(__dirname, '../../src'), f))
    expect(copies).toEqual(['core/lang/regexp.ts'])
  })
})
