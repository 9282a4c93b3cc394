/**
 * Last year's figures said again in the tasks: "去年排查的2.36万件矛盾纠纷中" in the tasks of 2026
 * is an actual of 2025, as far as its phrase reaches; the task that follows stays a target.
 */
import { describe, expect, it } from 'vitest'
import { findFigures, importText } from '../../src/core/import'
import { slotsOf } from '../../src/core/outline'
import { PAST_YEAR_PHRASES, YEAR_SO_FAR_HEADING, YEAR_SO_FAR_PHRASES } from '../../src/core/import/past-years'

/** Each figure of a paragraph of the 2026 tasks as [value, its own year or '']. */
const years = (text: string, part = 'tasks', given?: number) =>
  findFigures(text, { year: 2026, part, given })
    .filter((f) => f.role === 'metric')
    .map((f) => [f.value, f.year ?? ''])

describe.each(PAST_YEAR_PHRASES.map((p) => [p.id, p] as const))('an earlier year named: %s', (_id, entry) => {
  it('has a purpose and examples both ways', () => {
    expect(entry.purpose).toMatch(/[\u4e00-\u9fff]/)
    expect(entry.matches.length * entry.rejects.length).toBeGreaterThan(0)
  })
  it.each(entry.matches)('dates the figures after it in %s', (text) => {
    expect(new RegExp(entry.pattern.source).test(text)).toBe(true)
    // Given in 2025 (a December speech planning 2026): its 今年 is 2025 as its 去年 would be in January.
    for (const [, year] of years(text, 'tasks', 2025)) expect(year).toBe(2025)
  })
  it.each(entry.rejects)('not in %s', (text) => {
    expect(new RegExp(entry.pattern.source).test(text)).toBe(false)
  })
})

/** Each figure of a paragraph of a 形势 part reviewing 2025, in a speech given in 2026, as [value, its own year or '']. */
const soFarYears = (text: string) =>
  findFigures(text, { year: 2025, part: 'other', plan: 2026, review: 2025, given: 2026 })
    .filter((f) => f.role === 'metric')
    .map((f) => [f.value, f.year ?? ''])

describe.each(YEAR_SO_FAR_PHRASES.map((p) => [p.id, p] as const))('the year so far: %s', (_id, entry) => {
  it('has a purpose and examples both ways', () => {
    expect(entry.purpose).toMatch(/[\u4e00-\u9fff]/)
    expect(entry.matches.length * entry.rejects.length).toBeGreaterThan(0)
  })
  it.each(entry.matches)('dates the figures after it in %s, outside the tasks, to the year given', (text) => {
    expect(new RegExp(entry.pattern.source).test(text)).toBe(true)
    const found = soFarYears(text)
    expect(found.length).toBeGreaterThan(0)
    for (const [, year] of found) expect(year).toBe(2026)
  })
  it.each(entry.rejects)('not in %s', (text) => {
    expect(new RegExp(entry.pattern.source).test(text)).toBe(false)
  })
})

describe('a part headed by the year so far, outside the tasks', () => {
  const headed = (text: string, heading: string) =>
    findFigures(text, { year: 2025, part: 'other', heading, plan: 2026, review: 2025, given: 2026 })
      .filter((f) => f.role === 'metric')
      .map((f) => [f.value, f.year ?? ''])
  it('has a purpose and examples both ways', () => {
    expect(YEAR_SO_FAR_HEADING.purpose).toMatch(/[\u4e00-\u9fff]/)
    for (const h of YEAR_SO_FAR_HEADING.matches) expect(YEAR_SO_FAR_HEADING.pattern.test(h)).toBe(true)
    for (const h of YEAR_SO_FAR_HEADING.rejects) expect(YEAR_SO_FAR_HEADING.pattern.test(h)).toBe(false)
  })
  it('dates every sentence’s figures to the year given, up to an aim (水利, 征兵)', () => {
    const body =
      '一是责任体系基本落实。全县32座水库的责任人已全部明确，14个乡镇的防汛责任人全部落实，力争新建监测站3个。'
    expect(headed(body, YEAR_SO_FAR_HEADING.matches[0])).toEqual([
      ['32', 2026],
      ['14', 2026],
      ['3', ''],
    ])
    expect(headed('全县已有1,860名适龄青年网上报名。', YEAR_SO_FAR_HEADING.matches[1])).toEqual([['1860', 2026]])
  })
  // Review 29c: the kind rule made such a part 其他 while this reader, needing 以来, left its figures last year's.
  it('dates them under the headings without 以来 the part’s kind is read from too (水利, 应急)', () => {
    for (const heading of ['今年汛前准备工作进展', '今年一季度防汛准备情况', '今年入汛前准备工作进展情况'])
      expect(headed('召开专题会议2次，排查隐患点126处。', heading)).toEqual([
        ['2', 2026],
        ['126', 2026],
      ])
  })
  it('leaves a part under another heading to its own year', () => {
    expect(headed('全县32座水库的责任人已全部明确。', '今年防汛形势不容乐观')).toEqual([['32', '']])
  })
})

describe('今年 in the tasks, where the speech is given', () => {
  it('is the plan year’s (a target) in a speech given in the year it plans, or not known', () => {
    for (const given of [2026, undefined])
      expect(years('今年未完工的5个项目，要在明年4月底前全部完工。', 'tasks', given)).toEqual([['5', '']])
  })
  it('is the year reviewed in an undated December speech whose opening plans 明年 (水利 移民)', () => {
    const { doc } = importText(
      '标题\n同志们：\n岁末年初，我们召开会议，主要任务是盘点今年工作，谋划明年重点。\n一、2026年工作回顾\n全年实施项目46个。\n二、2027年工作安排\n明年实施项目42个。今年未完工的5个项目，要在明年4月底前全部完工。\n三、工作要求\n一要严。\n同志们，谢谢！',
    )
    const figures = slotsOf(doc)
      .filter((s) => s.attrs.role === 'metric')
      .map((s) => [s.attrs.value, s.attrs.kind, s.attrs.year])
    expect(figures).toEqual([
      ['46', 'actual', 2026],
      ['42', 'target', 2027],
      ['5', 'actual', 2026],
    ])
  })
})

describe('a change from 今年的 in the tasks, where the speech is given (应急, 卫健, 市场监管)', () => {
  it.each([
    [
      '重点企业执法检查覆盖率由今年的86.3%提高到100%。',
      [
        ['86.3', 2025],
        ['100', ''],
      ],
    ],
    [
      '家庭医生签约率从今年的68.5%提高到72%。',
      [
        ['68.5', 2025],
        ['72', ''],
      ],
    ],
    [
      '食品抽检合格率由今年底的97.2%提高到98%以上。',
      [
        ['97.2', 2025],
        ['98', ''],
      ],
    ],
  ])('is the year the date line gives in %s', (text, expected) => {
    expect(years(text, 'tasks', 2025)).toEqual(expected)
  })
  it('is left to the part without a date line', () => {
    expect(years('重点企业执法检查覆盖率由今年的86.3%提高到100%。', 'tasks')).toEqual([
      ['86.3', ''],
      ['100', ''],
    ])
  })
})

describe('the year so far, where the speech is given', () => {
  it('leaves a 形势 part’s figures to the review year without a date line (no year given)', () => {
    const text = '今年一季度，全市已查处违规捕捞案件9起。'
    expect(
      findFigures(text, { year: 2025, part: 'other', plan: 2026, review: 2025 })
        .filter((f) => f.role === 'metric')
        .map((f) => f.year ?? ''),
    ).toEqual([''])
  })
  it('a dated April campaign: its 形势 figures of the year so far are the plan year’s actuals', () => {
    const { doc } = importText(
      '标题\n（2026年4月28日）\n同志们：\n开场。\n一、去年休渔执法工作取得明显成效\n去年查处案件147起。\n二、清醒认识今年休渔执法面临的形势\n今年的任务更重。截至4月25日，全市纳入休渔管理的渔船共1,302艘，其中大中型渔船418艘。今年一季度，全市已查处违规捕捞案件9起。\n三、全力抓好今年休渔执法各项工作\n确保不发生违规出海。',
    )
    const figures = slotsOf(doc)
      .filter((s) => s.attrs.role === 'metric')
      .map((s) => [s.attrs.value, s.attrs.kind, s.attrs.year])
    expect(figures).toEqual([
      ['147', 'actual', 2025],
      ['1302', 'actual', 2026],
      ['418', 'actual', 2026],
      ['9', 'actual', 2026],
    ])
  })
})

describe('how far an earlier year reaches', () => {
  it.each([
    // a clause that turns to what is to be done ends its reach
    [
      '去年排查的2.36万件矛盾纠纷中，婚姻家庭和邻里纠纷占61.7%，要把排查重心放在村一级，每月至少开展1次集中排查，全年矛盾纠纷化解率达到98%以上。',
      [
        ['2.36', 2025],
        ['61.7', 2025],
        ['1', ''],
        ['98', ''],
      ],
    ],
    [
      '2025年全县排查矛盾纠纷2.36万件，今年要化解98%以上。',
      [
        ['2.36', 2025],
        ['98', ''],
      ],
    ],
    // 全年 and 年内 turn only to what is to be done; else they tell the whole of the year before
    // (生态环境, 应急, 市场监管)
    [
      '去年秋收期间，全镇被卫星遥感监测到火点2个，全年查处露天焚烧秸秆行为7起，罚款1.05万元。',
      [
        ['2', 2025],
        ['7', 2025],
        ['1.05', 2025],
      ],
    ],
    [
      '去年汛期全县转移群众3,842户，全年因灾直接经济损失1.2亿元。',
      [
        ['3842', 2025],
        ['1.2', 2025],
      ],
    ],
    [
      '去年全县抽检食品2,860批次，全年食品抽检合格率要达到98%以上。',
      [
        ['2860', 2025],
        ['98', ''],
      ],
    ],
    // and so does the sentence's end
    [
      '去年中心经营收入1,260万元，同比下降4.7%。经营收入力争达到1,400万元。',
      [
        ['1260', 2025],
        ['4.7', 2025],
        ['1400', ''],
      ],
    ],
    // a base of last year is last year's, the change on it is the plan's
    [
      '税收收入在上年8.6亿元的基础上增长6%',
      [
        ['8.6', 2025],
        ['6', ''],
      ],
    ],
    ['经营收入比去年增长10%', [['10', '']]],
    // an aim dated to an earlier year is a task misdated, not a restatement
    ['2025年，全平台阅读量力争突破4亿次', [['4', '']]],
    [
      '去年全县新增就业3200人，力争今年达到3500人',
      [
        ['3200', 2025],
        ['3500', ''],
      ],
    ],
  ] as const)('%s', (text, want) => {
    expect(years(text)).toEqual(want)
  })

  it('leaves a review alone', () => {
    expect(years('去年中心经营收入1,260万元，同比下降4.7%。', 'review')).toEqual([
      ['1260', ''],
      ['4.7', ''],
    ])
  })

  // A meeting that reviews the year it plans (今年以来, a June campaign, a September drive): its 去年 is
  // the year before in every part, not only the tasks (教育, 人社, 商务).
  it.each([
    ['去年暑期，全市共发生中小学生溺水事故4起、死亡5人。', 'other'],
    ['去年全县共受理欠薪案件210件，今年以来已受理186件。', 'review'],
    ['全县去年新增经营主体1.1万户。', 'opening'],
  ])('reads 去年 in a meeting that reviews its plan year: %s', (text, part) => {
    const found = findFigures(text, { year: 2026, part, plan: 2026 }).filter((f) => f.role === 'metric')
    expect(found[0].year).toBe(2025)
    // A review of 2025 in a speech planning 2026: its 去年 is not dated by the clause (it is unclear).
    expect(
      findFigures(text, { year: 2025, part, plan: 2026 }).filter((f) => f.role === 'metric')[0].year,
    ).toBeUndefined()
  })

  // What stands now (现有, 目前) stands at the end of the year reviewed: the year before at a year's
  // start, but the plan year itself in a meeting that reviews the year it plans (农业, 应急, 文旅).
  it.each([
    '全县现有粮食烘干机组86台（套），要提前检修调试、全部投入使用。',
    '目前全县还有12座病险水库，汛前要全部落实管护责任。',
    '全县现有A级旅游景区18家，暑期要全面开展安全检查。',
  ])('reads 现有 and 目前 by the year reviewed: %s', (text) => {
    const first = (review: number) =>
      findFigures(text, { year: 2026, part: 'tasks', plan: 2026, review }).filter((f) => f.role === 'metric')[0]
    expect(first(2025).year).toBe(2025)
    // reviewing the year it plans, the standing is no year before the plan: the part's own year
    expect(first(2026).year).toBeUndefined()
  })

  it("last year's figure said again in the tasks is the review's actual, named as there", () => {
    const { doc } = importText(
      '讲话\n同志们：\n今天召开会议，总结2025年工作，部署2026年任务。\n一、2025年工作回顾\n全市排查矛盾纠纷2.36万件，化解率97.9%。\n二、2026年工作任务\n去年排查的2.36万件矛盾纠纷中，邻里纠纷占61.7%，要把排查重心放在村一级，全年化解率达到98%以上。',
    )
    const slots = slotsOf(doc).filter((s) => s.attrs.role === 'metric')
    expect(slots.map((s) => [s.attrs.label, s.attrs.value, s.attrs.year, s.attrs.kind])).toEqual([
      ['排查矛盾纠纷', '2.36', 2025, 'actual'],
      ['排查矛盾纠纷化解率', '97.9', 2025, 'actual'],
      ['排查矛盾纠纷', '2.36', 2025, 'actual'],
      ['邻里纠纷占', '61.7', 2025, 'actual'],
      ['化解率', '98', 2026, 'target'],
    ])
  })
})

describe('a school term before, as a change’s first end (由上学期的A调整为B)', () => {
  /** Each figure of a paragraph of the tasks as [value, its own year or ''], the speech reviewing `review` and planning `plan`. */
  const termYears = (text: string, review: number, plan: number) =>
    findFigures(text, { year: plan, part: 'tasks', plan, review })
      .filter((f) => f.role === 'metric')
      .map((f) => [f.value, f.year ?? (f.standing ? 'now' : '')])
  it.each([
    // a spring term's meeting in February: the term before is the autumn of the year reviewed (幼儿园, 小学, 中学)
    [
      '本学期伙食标准由上学期的11元/天调整为12元/天。',
      2025,
      2026,
      [
        ['11', 2025],
        ['12', ''],
      ],
    ],
    [
      '课后服务参与率由上一学期的86.5%提高到90%以上。',
      2025,
      2026,
      [
        ['86.5', 2025],
        ['90', ''],
      ],
    ],
    // an autumn term's meeting in August reviews the spring of the year it plans (教体)
    [
      '营养餐补助标准由上个学期的5元/天提高到6元/天。',
      2026,
      2026,
      [
        ['5', 2026],
        ['6', ''],
      ],
    ],
  ])('%s', (text, review, plan, want) => {
    expect(termYears(text, review, plan)).toEqual(want)
  })
})
