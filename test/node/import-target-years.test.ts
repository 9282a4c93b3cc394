/**
 * Targets set for a named year later than the one the tasks plan: "力争到2027年……达到92%" in the
 * tasks of 2026 is a target of 2027, as far as its phrase reaches; figures of their own year, of
 * the planned year, and of years before it are left as they were.
 */
import { describe, expect, it } from 'vitest'
import { findFigures, importText } from '../../src/core/import'
import { slotsOf } from '../../src/core/outline'
import { NEXT_YEAR_TARGET, TARGET_YEAR_PHRASES, YEAR_TARGETS } from '../../src/core/import/target-years'

/** Each figure of a paragraph of the 2026 tasks as [value, its own year or '']. */
const years = (text: string) =>
  findFigures(text, { year: 2026, part: 'tasks' })
    .filter((f) => f.role === 'metric')
    .map((f) => [f.value, f.year ?? ''])

describe.each(TARGET_YEAR_PHRASES.map((p) => [p.id, p] as const))('a later year named: %s', (_id, entry) => {
  it('has a purpose and examples both ways', () => {
    expect(entry.purpose).toMatch(/[\u4e00-\u9fff]/)
    expect(entry.matches.length * entry.rejects.length).toBeGreaterThan(0)
  })
  it.each(entry.matches)('dates the figure after it in %s', (text) => {
    expect(new RegExp(entry.pattern.source).test(text)).toBe(true)
    const found = years(text)
    expect(found.at(-1)?.[1]).toBeGreaterThan(2026)
  })
  it.each(entry.rejects)('not in %s', (text) => {
    expect(new RegExp(entry.pattern.source).test(text)).toBe(false)
  })
})

describe('明年 as a later year: counted from the year the speech is given in', () => {
  /** Each figure of a paragraph of the 2026 tasks, the speech given in `given`, as [value, its own year or '']. */
  const givenIn = (text: string, given: number | null) =>
    findFigures(text, { year: 2026, part: 'tasks', given })
      .filter((f) => f.role === 'metric')
      .map((f) => [f.value, f.year ?? ''])
  it('has a purpose and examples both ways', () => {
    expect(NEXT_YEAR_TARGET.purpose).toMatch(/[\u4e00-\u9fff]/)
    for (const text of NEXT_YEAR_TARGET.matches) expect(NEXT_YEAR_TARGET.pattern.test(text)).toBe(true)
    for (const text of NEXT_YEAR_TARGET.rejects) expect(NEXT_YEAR_TARGET.pattern.test(text)).toBe(false)
  })
  it.each([
    // 县政府 前三季度 (corpus 249), 林业, 通信: a meeting given in the year it plans readies the next
    [
      '确保明年县级重点项目不少于120个、总投资300亿元以上',
      [
        ['120', 2027],
        ['300', 2027],
      ],
    ],
    ['力争明年全县森林覆盖率达到65%', [['65', 2027]]],
    [
      '到明年底，全市建成5G基站3000个。全年新建基站800个。',
      [
        ['3000', 2027],
        ['800', ''],
      ],
    ],
  ] as const)('given in 2026, %s', (text, want) => {
    expect(givenIn(text, 2026)).toEqual(want)
  })
  it('given at the year-end before (明年 is the year planned), or with no date, 明年 changes nothing', () => {
    expect(givenIn('确保明年县级重点项目不少于120个', 2025)).toEqual([['120', '']])
    expect(givenIn('确保明年县级重点项目不少于120个', null)).toEqual([['120', '']])
    // not a target: 明年 as a sentence's subject
    expect(givenIn('明年是关键之年，全年新建基站800个', 2026)).toEqual([['800', '']])
  })
})

describe('how far a later year reaches', () => {
  it.each([
    ['力争到2027年，全县森林覆盖率达到92%', [['92', 2027]]],
    [
      '到2027年底，全市建成5G基站3000个，新增就业3300人。',
      [
        ['3000', 2027],
        ['3300', 2027],
      ],
    ],
    ['2027年底前，全部完成老旧小区改造120个', [['120', 2027]]],
    ['确保2028年前建成区域医疗中心2个', [['2', 2028]]],
    [
      '全县森林覆盖率达到65%，力争到2027年达到68%',
      [
        ['65', ''],
        ['68', 2027],
      ],
    ],
    // a clause naming another year, or the sentence's end, ends its reach
    [
      '到2027年，森林覆盖率达到68%；2026年，新造林1.2万亩',
      [
        ['68', 2027],
        ['1.2', ''],
      ],
    ],
    [
      '力争到2027年，森林覆盖率达到68%。全年新造林1.2万亩',
      [
        ['68', 2027],
        ['1.2', ''],
      ],
    ],
    // a figure of its own year keeps it
    [
      '力争到2027年，森林覆盖率由2025年的62%提高到68%',
      [
        ['62', 2025],
        ['68', 2027],
      ],
    ],
    // 人社 欠薪, 信访, 应急 消防: a date in next year's first months ends a campaign over the turn of the year
    ['到2027年1月15日（星期五）前，全县在建项目专用账户开户率要达到100%', [['100', '']]],
    ['信访积案化解行动至2027年2月底结束，化解率达到95%以上', [['95', '']]],
    ['冬春火灾防控到2027年1月20日前完成，整改率达到100%', [['100', '']]],
    ['到2027年6月底，全县在建项目专用账户开户率要达到100%', [['100', 2027]]],
    ['到2028年1月，全县建成区域医疗中心2个', [['2', 2028]]],
    // a year inside a document's title names the document
    ['印发《到2028年全面建成示范区的实施意见》，全年建成示范点12个', [['12', '']]],
    ['按照《行动方案（2026—2028年）》，力争到2028年，研发投入强度达到2.8%', [['2.8', 2028]]],
    // the planned year, a year before it, a span of years: as before
    ['2026年底前，完成老旧小区改造120个', [['120', '']]],
    [
      '到2025年底，全县已建成服务站36个，今年再建12个',
      [
        ['36', ''],
        ['12', ''],
      ],
    ],
  ] as const)('%s', (text, want) => {
    expect(years(text)).toEqual(want)
  })

  it('a target of a later year becomes a slot of that year, still a target', () => {
    const { doc } = importText(
      '讲话\n同志们：\n今天召开会议，总结2025年工作，部署2026年任务。\n一、2025年工作回顾\n全年新造林1.1万亩。\n二、2026年工作任务\n新造林1.2万亩，力争到2027年，全县森林覆盖率达到92%。',
    )
    const slots = slotsOf(doc).filter((s) => s.attrs.role === 'metric')
    expect(slots.map((s) => [s.attrs.value, s.attrs.year, s.attrs.kind])).toEqual([
      ['1.1', 2025, 'actual'],
      ['1.2', 2026, 'target'],
      ['92', 2027, 'target'],
    ])
  })
})

describe('how far a restated year reaches', () => {
  it.each([
    // 政法委: up to the clause that turns to what is to be done
    [
      '去年排查的2.36万件矛盾纠纷中，婚姻家庭和邻里纠纷占61.7%，要把排查重心放在村一级，全年矛盾纠纷化解率达到98%以上。',
      [
        ['2.36', 2025],
        ['61.7', 2025],
        ['98', ''],
      ],
    ],
    // 融媒体中心: a list of last year's figures runs on past ；, and 由上年 is the year before it
    [
      '说实话，去年的数据有喜有忧：全平台阅读量达到3.26亿次，同比增长18.6%；可公众号阅读量只有3,850万次，客户端日活跃用户由上年的2.1万人降到1.8万人。今年，全平台阅读量力争突破4亿次。',
      [
        ['3.26', 2025],
        ['18.6', 2025],
        ['3850', 2025],
        ['2.1', 2024],
        ['1.8', 2025],
        ['4', ''],
      ],
    ],
    // 招商: the subject before 去年, and 今年 turning to the plan
    [
      '全县去年新签约项目42个，今年要确保新签约项目50个以上。',
      [
        ['42', 2025],
        ['50', ''],
      ],
    ],
    [
      '中心现有干部职工104人，其中在编人员46人。今年计划公开招聘专业技术人员6名。',
      [
        ['104', 2025],
        ['46', 2025],
        ['6', ''],
      ],
    ],
  ] as const)('%s', (text, want) => {
    expect(years(text)).toEqual(want)
  })

  it('only in the tasks: a review speaks of last year anyway', () => {
    const found = findFigures('去年排查的2.36万件矛盾纠纷中，婚姻家庭和邻里纠纷占61.7%。', {
      year: 2025,
      part: 'review',
    })
    expect(found.filter((f) => f.role === 'metric').map((f) => f.year)).toEqual([undefined, undefined])
  })
})

describe('a later year’s targets announced outside the tasks', () => {
  /** Each figure of a paragraph of a speech reviewing 2025, read where `part` says, as [value, year or '', target]. */
  const outside = (text: string, part = 'opening') =>
    findFigures(text, { year: 2025, part })
      .filter((f) => f.role === 'metric')
      .map((f) => [f.value, f.year ?? '', f.target ?? false])

  it('has a purpose and examples both ways', () => {
    expect(YEAR_TARGETS.purpose).toMatch(/[\u4e00-\u9fff]/)
    for (const text of YEAR_TARGETS.matches) expect(YEAR_TARGETS.pattern.test(text)).toBe(true)
    for (const text of YEAR_TARGETS.rejects) expect(YEAR_TARGETS.pattern.test(text)).toBe(false)
  })
  it.each([
    // 医保局: a list of targets runs on past ；, the base restated in it is the year before
    [
      '2026年，全局工作的总体目标是：城乡居民医保参保率稳定在95%以上，基金支出增幅控制在8%以内；在上年异地就医直接结算1.1万人次的基础上，直接结算力争达到1.2万人次。围绕这些目标，新建医保服务站8个。',
      [
        ['95', 2026, true],
        ['8', 2026, true],
        ['1.1', '', false],
        ['1.2', 2026, true],
        ['8', '', false],
      ],
    ],
    // 人社, 学校: any part but the tasks
    [
      '2026年全县就业工作的主要目标是：城镇新增就业3300人，城镇调查失业率控制在5.5%以内。',
      [
        ['3300', 2026, true],
        ['5.5', 2026, true],
      ],
    ],
    // what was done, and the year reviewed, are not this
    ['2025年，全县完成了省下达的目标任务，新增就业3250人。', [['3250', '', false]]],
    [
      '2025年，学校的奋斗目标是本科上线率达到80%，实际达到82%。',
      [
        ['80', '', false],
        ['82', '', false],
      ],
    ],
  ] as const)('%s', (text, want) => {
    expect(outside(text)).toEqual(want)
  })

  it('become target slots of that year in the opening of a speech whose points are paragraphs', () => {
    const { doc } = importText(
      '讲话\n同志们：\n今天召开全校工作会议，总结2025年工作，部署2026年任务。下面，我讲两点意见。\n第一，肯定成绩。2025年，全校本科上线826人，上线率为71.3%。\n第二，扎实抓好2026年各项工作。2026年，学校的奋斗目标是：本科上线率达到75%以上；在上年本科上线826人的基础上，本科上线力争达到880人。\n老师们，谢谢！',
    )
    const slots = slotsOf(doc).filter((s) => s.attrs.role === 'metric')
    expect(slots.map((s) => [s.attrs.value, s.attrs.year, s.attrs.kind])).toEqual([
      ['826', 2025, 'actual'],
      ['71.3', 2025, 'actual'],
      ['75', 2026, 'target'],
      ['826', 2025, 'actual'],
      ['880', 2026, 'target'],
    ])
  })
})

// Tryout 8 (A2): “二要强化安全管理，全年开展安全隐患排查2次以上” in a 要求 part went into the
// library as 2025's actual: every part but the tasks typed its figures as the review year's.
describe('the requirements plan the year as the tasks do', () => {
  /** The figures of the last part (要求) of a speech reviewing 2025, as [value, year, kind]. */
  const required = (dept: string, sentence: string) => {
    const { doc } = importText(
      `${dept}工作会议上的讲话\n同志们：\n今天召开全县${dept}工作会议，总结2025年工作，部署2026年任务。\n一、2025年工作回顾\n2025年，全县${dept}工作取得新成效，完成投资3.2亿元。\n二、2026年重点工作\n2026年，要新建项目12个。\n三、工作要求\n${sentence}\n同志们，谢谢！`,
    )
    let last = -1
    doc.forEach((node, pos) => {
      if (node.type.name === 'part') last = pos
    })
    expect(doc.lastChild?.type.name).toBe('closing')
    const metrics = slotsOf(doc).filter((s) => s.attrs.role === 'metric')
    expect(metrics.filter((s) => s.pos < last).map((s) => [s.attrs.value, s.attrs.year, s.attrs.kind])).toEqual([
      ['3.2', 2025, 'actual'],
      ['12', 2026, 'target'],
    ])
    return metrics.filter((s) => s.pos > last).map((s) => [s.attrs.value, s.attrs.year, s.attrs.kind])
  }

  it.each([
    ['教育', '一要加强党的领导。二要强化安全管理，全年开展安全隐患排查2次以上。', [['2', 2026, 'target']]],
    ['应急管理', '要强化应急准备，每年至少组织开展2次综合应急演练。', [['2', 2026, 'target']]],
    ['政协', '二要强化委员队伍建设，每位委员每年至少提交1件提案。', [['1', 2026, 'target']]],
    ['疾控', '要强化经费保障，区财政安排疾控专项经费2,680万元。', [['2680', 2026, 'target']]],
  ] as const)('%s: a frequency or budget set as a requirement is the planned year’s target', (dept, sentence, want) => {
    expect(required(dept, sentence)).toEqual(want)
  })

  it('last year’s figure said again in the requirements stays last year’s actual', () => {
    expect(required('信访', '要压实责任。去年全县受理信访事项1260件，要把矛盾化解在基层。')).toEqual([
      ['1260', 2025, 'actual'],
    ])
  })
})
