/**
 * Years and periods as speeches write them: "2025年", "2021—2025年", "“十四五”时期".
 * A year is a whole number in [YEAR_MIN, YEAR_MAX]; in prose it is four digits, 19xx or 20xx.
 */
import { OUR_PLACE, WHOLE_PLACE } from './scopes'
import { COMING_AFTER, COMING_BEFORE } from './year-end'

export const YEAR_MIN = 1900
export const YEAR_MAX = 2200

/** Whether a number is a year a speech can review or plan. */
export function isYear(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= YEAR_MIN && value <= YEAR_MAX
}

/** A year as prose writes it, for building patterns: four digits, 19xx or 20xx. */
export const YEAR = '(?:19|20)\\d{2}'

/** A written year on its own ("2026", as in a CSV column or a command-line option). */
export const YEAR_TEXT = new RegExp(`^${YEAR}$`)

/** Dashes and words that join two years into a range: 2021—2025年, 2021至2025年. */
export const RANGE_JOIN = '[—\\-–~～至到]'

/** The four-digit years a text names ("2021年"; "2021—2025年" is a range, not a year). */
export function yearsIn(text: string): number[] {
  const years: number[] = []
  const re = new RegExp(`(?<![\\d—\\-–~～至到])(${YEAR})\\s*(?=年)(?!年${RANGE_JOIN})`, 'g')
  for (let m: RegExpExecArray | null; (m = re.exec(text)); ) years.push(Number(m[1]))
  return years
}

/** Words that make a change one on the year before, as a change said without them is: 同比增长 = 增长. */
export const ON_LAST_YEAR = '同比|比上年|较上年|比去年|较去年|与上年相比|比上年同期|较上年同期'

/**
 * Words that make a rate one averaged over years (年均增长7.8%): compound growth over a span,
 * not the change on last year.
 */
export const ANNUAL_AVERAGE = /年均|年平均|平均每年/

/** A period as slots store it: two years joined by a hyphen, the first before the second. */
export const PERIOD = new RegExp(`^(${YEAR})-(${YEAR})$`)

export function isPeriod(value: unknown): value is string {
  const m = typeof value === 'string' ? PERIOD.exec(value) : null
  return !!m && Number(m[1]) < Number(m[2])
}

export function periodOf(from: number, to: number): string {
  return `${from}-${to}`
}

const FIVE_YEAR_ORDINAL: Record<string, number> = {
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
  十一: 11,
  十二: 12,
  十三: 13,
  十四: 14,
  十五: 15,
  十六: 16,
  十七: 17,
}

/** “十四五” and its kin: the Nth five-year plan, with or without quotes. */
export const FIVE_YEAR_PLAN = /[“"‘]?(十[一二三四五六七]?|[三四五六七八九])五[”"’]?/

/**
 * The years of the Nth five-year plan ("十四五" → 2021–2025). From the third plan on they run
 * in unbroken fives from 1966.
 */
export function fiveYearPlanYears(ordinal: string): { from: number; to: number } | null {
  const n = FIVE_YEAR_ORDINAL[ordinal]
  if (n === undefined) return null
  const from = 1966 + 5 * (n - 3)
  return { from, to: from + 4 }
}

/**
 * A five-year plan's first or last year named by what is done in it, not as 之年: "为“十五五”
 * 开好局、起好步", "确保“十四五”圆满收官". Group 1 is the plan's ordinal, group 2 the word.
 */
export const PLAN_MILESTONE = new RegExp(
  `${FIVE_YEAR_PLAN.source}(?:规划)?(?:的)?(?:目标任务)?(?:圆满|胜利|顺利|完美|高质量)?(收官|收好官|收好尾|开局|开好局|起好步|起步)(?!之年)`,
  'g',
)

/** The milestones of five-year plans a text names, each with the year it falls in. */
export function planMilestonesIn(text: string): { from: number; to: number; text: string; year: number }[] {
  const out: { from: number; to: number; text: string; year: number }[] = []
  for (const m of text.matchAll(PLAN_MILESTONE)) {
    const plan = fiveYearPlanYears(m[1])
    if (!plan) continue
    const year = /收/.test(m[2]) ? plan.to : plan.from
    out.push({ from: m.index, to: m.index + m[0].length, text: m[0], year })
  }
  return out
}

/** Words that turn from reviewing to planning or back: a year after one belongs to the other verb. */
const TURN = '暨|部署|安排|谋划|总结|回顾'
/** Words between a verb and its year that do not cross into the other half ("总结……暨2026年工作部署"). */
const GAP = (max: number) => `(?:(?!${TURN})[^，。；：！？\\d]){0,${max}}?`

/**
 * How a speech names the year it reviews: "总结2025年全县财政工作", "回顾总结2025年……工作",
 * "回顾“十四五”以来特别是2025年……工作", a work report's "向大会报告2025年工作" (not its
 * "2026年工作安排"). Not a date, a year with its month and day ("专项行动总结于2027年2月10日前
 * 报送", "工作总结报告2026年12月25日前报县政府办"): the deadline of a report. Group 1 is the year.
 */
export const REVIEWED_YEAR = new RegExp(
  `(?:总结|回顾|盘点|报告)(?:了|总结|回顾)?${GAP(12)}(${YEAR})\\s*年(?!\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日)(?:度)?[^，。；：！？]{0,20}?(?:工作|成绩|情况|成效)(?!安排|计划|打算|思路|要点|任务)`,
  'g',
)

/**
 * The year whose best the meeting commends, as its opening says: "表彰2025年度科技创新先进集体和先进
 * 个人", "表彰2025年度安全生产先进单位" — the year it reviews (a February meeting commends last
 * year's, a December one its own year's). Not a span (2021—2025年度) nor a since (2021年以来).
 * Group 1 is the year.
 */
export const COMMENDED_YEAR = new RegExp(
  `表彰(?:了)?${GAP(4)}(?<![\\d—\\-–~～至到])(${YEAR})\\s*年(?:度)?(?!${RANGE_JOIN}|以来)[^，。；：！？\\d]{0,20}?(?:先进|优秀|模范|标兵|突出贡献|获奖)`,
  'g',
)

/**
 * How a speech names the year it plans: "部署2026年重点任务", "安排部署2026年教育重点工作". Group 1
 * is the year. (Not "做好2025年……工作": a December speech says it of the year it reviews.)
 */
export const PLANNED_YEAR = new RegExp(
  `(?:部署|安排|谋划)(?:部署)?${GAP(6)}(${YEAR})\\s*年(?:度)?[^，。；：！？]{0,20}?(?:工作|任务)`,
  'g',
)

/**
 * A year a sentence is about, as its subject: "2026年是“十五五”规划开局之年", "2025年是极不平凡
 * 的一年". Group 1 is the year. Only at a clause's start: not "到2035年是" nor a span's end
 * ("2021—2025年是").
 */
export const STATED_YEAR = new RegExp(`(?<![^。！？；，：\\s])(${YEAR})\\s*年(?:是|将是)`, 'g')

/**
 * A year whose goal a sentence states, as its subject: "2026年全县道路交通安全工作的总体目标是",
 * "2026年全市经济社会发展的主要预期目标是", "2026年工作的总体要求是", "2026年全县教育工作的总体思路
 * 为". In the tasks, the year planned (a speech that names its year nowhere else). Only at a
 * clause's start and not a span, a since or a year reached to ("到2027年的目标是"). Group 1 is the year.
 */
export const YEAR_GOAL_STATED = new RegExp(
  `(?<![^。！？；，：\\s])(${YEAR})\\s*年(?:度)?(?!${RANGE_JOIN}|以来)[^，。；：！？\\d]{0,20}?(?:总体|主要|预期|奋斗)*(?:目标|思路|要求)(?:任务)?(?:是|为)`,
  'g',
)

/**
 * A paragraph that opens with a year and a comma, or with the year and the place its figures are of
 * (lang/scopes): "2025年，全县……", "2025年全县完成交通固定资产投资18.6亿元", "2025年我市……" (in a
 * review, the year reviewed). Not 2025年底, 2025年以来, 2025年度, 2025年的: no year of the review's work.
 */
export const OPENS_WITH_YEAR = new RegExp(`^\\s*(${YEAR})\\s*年\\s*(?:[，,]|(?=${WHOLE_PLACE}|${OUR_PLACE}))`)

/**
 * The season or occasion of a year a review tells, after the year: 汛期, “五一”假期, 春运期间, 暑期,
 * 国庆假期, 秋收期间 (a meeting held for that occasion this year reviews last year's).
 */
const OCCASION_OF_YEAR =
  '(?:全年|主?汛期|(?:[“"][^”"，。]{1,6}[”"]|春节|国庆|元旦|清明|端午|中秋|春运|暑期|寒假|暑假|秋收|夏收|三夏|三秋)(?:假期|期间|黄金周)?)'

/**
 * A sentence that opens with a year and a comma, the paragraph's first such: "网络空间是……家园。2025年，
 * 全区……" (a paragraph that sets the scene before it reviews the year); or with the whole of it or
 * its season of work, "2025年全年，", "2025年汛期，" (a flood-season meeting's review), "2025年“五一”
 * 假期，" (a holiday meeting's).
 */
export const SENTENCE_OPENS_WITH_YEAR = new RegExp(`(?:^|[。！？])\\s*(${YEAR})\\s*年\\s*(?:${OCCASION_OF_YEAR})?[，,]`)

/**
 * A name that already says its year, anywhere in it: "2027年全县农业农村工作会议", "东湖街道2026年度
 * 工作总结暨2027年工作部署会议", "2026—2027学年度……" — not "全县农业农村工作会议" nor "关于“2027”的讲话"
 * (a number without 年). A name that says one gets no year put in front (a meeting's 全称, a file name).
 */
export const SAYS_ITS_YEAR = new RegExp(`${YEAR}\\s*(?:年|学年)`)

/** A year as a name's first word, not the end of a span ("2021—2025年") nor a start ("2021年以来"). */
const NAMED_YEAR = `(?<![\\d—\\-–~～至到])(${YEAR})\\s*年(?:度)?(?!${RANGE_JOIN}|以来)`

/**
 * The year a review is named by, as a noun: a meeting "2025年经济工作总结暨……会议", a part
 * heading "2025年全县城市管理工作总结". Group 1 is the year.
 */
export const REVIEW_NAMED = new RegExp(`${NAMED_YEAR}${GAP(16)}工作(?:总结|回顾)`, 'g')

/** The year a plan is named by, as a noun: "……暨2026年工作部署会议". Group 1 is the year. */
export const PLAN_NAMED = new RegExp(`${NAMED_YEAR}${GAP(16)}工作部署`, 'g')

/**
 * The year a meeting is named by, where the speech says at which meeting it was given: "在2026年
 * 全县……工作会议上的讲话", "在全县2026年春季……动员大会上的讲话". The meeting is held in that year
 * and plans it. Not a span (2021—2025年) nor a 年度 (ANNUAL_MEETING_YEAR). Group 1 is the year.
 */
export const MEETING_YEAR = new RegExp(
  `在[^的]*?(?<![\\d—\\-–~～至到])(${YEAR})\\s*年(?!度|${RANGE_JOIN})[^的]*?(?:会议|大会|会)上?的(?:讲话|发言|报告)`,
)

/**
 * A meeting named by a term of its year, not the year itself: "在县第一中学2026年春季学期教育教学
 * 工作会议上的讲话", "在2026年第一季度经济运行调度会上的讲话". Such a meeting is held every term, its
 * notice copied from the last term's, so its year says no more than a date line does. Group 1 is
 * the year.
 */
export const MEETING_TERM = new RegExp(
  `(${YEAR})\\s*年(?:春季|秋季|春|秋|上半年|下半年|第?[一二三四1-4]季度|(?:第[一二]|上|下)学期)?(?:学期|季度)?(?<=学期|季度)`,
)

/** What makes a 年度 meeting one of the year just past: its honours, reviews and appraisals. */
const YEAR_PAST_MEETING = '总结|表彰|述职|评议|考核|考评|民主生活|先进'

/**
 * A meeting named by the 年度 of its work: "在县融媒体中心2026年度工作会议上的讲话". A year's
 * 工作会议 is held early in that year and plans it, as one named "2026年" is; a 年度 of honours,
 * reviews or appraisals ("2025年度先进集体表彰大会", "2025年度述职评议会议") is of the year
 * reviewed and names no plan. Group 1 is the year.
 */
export const ANNUAL_MEETING_YEAR = new RegExp(
  `在[^的]*?(?<![\\d—\\-–~～至到])(${YEAR})\\s*年度(?:(?!${YEAR_PAST_MEETING})[^的])*?工作(?:会议|大会|会)上?的(?:讲话|发言|报告)`,
)

/** A year's own targets, said as a whole: 各项目标任务, 全年任务, 主要目标, 年度重点任务. */
const YEAR_TARGETS = '的?(?:各项|全年|全部|年度)?(?:主要|重点|既定)?(?:目标任务|工作任务|任务目标|目标|任务)'
/** How a year's targets are met: 圆满完成了, 全面完成, 超额完成, 高质量完成. */
const MET = '(?:全面|圆满|超额|高质量|顺利|胜利|提前)?(?:完成|实现)'

/**
 * A year's targets said to be met, as a whole ("圆满完成了2025年各项目标任务", "2025年重点任务
 * 高质量完成"): the year whose work is done. Not a named programme's target of some year
 * ("提前完成2021年的职业技能提升行动目标任务": one of the plan's years), nor a span, nor an aim
 * (为实现2026年的主要目标任务打下基础).
 * `past` when the words say it is done (完成了), not what is to be done.
 */
export function targetsMetIn(text: string): { year: number; from: number; to: number; past: boolean }[] {
  const out: { year: number; from: number; to: number; past: boolean }[] = []
  // Not an aim the work serves: 为实现2026年的主要目标任务打下基础 (为, 为了).
  const verbFirst = new RegExp(`(?<!为了?)${MET}(了)?${NAMED_YEAR}${YEAR_TARGETS}`, 'g')
  const yearFirst = new RegExp(`${NAMED_YEAR}${YEAR_TARGETS}${MET}(了)?`, 'g')
  for (const m of text.matchAll(verbFirst)) {
    const at = m.index + m[0].indexOf(m[2])
    out.push({ year: Number(m[2]), from: at, to: at + 4, past: m[1] !== undefined })
  }
  for (const m of text.matchAll(yearFirst)) {
    const at = m.index + m[0].indexOf(m[1])
    out.push({ year: Number(m[1]), from: at, to: at + 4, past: m[2] !== undefined })
  }
  return out.sort((a, b) => a.from - b.from)
}

const CN_DIGITS = '〇零一二三四五六七八九'
const cnDigit = (c: string) => Math.max(0, CN_DIGITS.indexOf(c) - 1)

/**
 * The year and month of a date line: "（2025年12月26日）", "（二〇二五年十二月二十六日）", and where
 * its year is written (`at`, four characters in either writing).
 */
export function dateOf(text: string): { year: number; month: number | null; at: number } | null {
  const m = new RegExp(
    `(${YEAR}|[${CN_DIGITS}]{4})\\s*年\\s*(?:(\\d{1,2}|十[一二]?|[一二三四五六七八九])\\s*月)?`,
  ).exec(text)
  if (!m) return null
  const year = /\d/.test(m[1]) ? Number(m[1]) : Number([...m[1]].map(cnDigit).join(''))
  const mt = m[2]
  let month: number | null = null
  if (mt)
    month = /\d/.test(mt) ? Number(mt) : mt.startsWith('十') ? 10 + (mt.length > 1 ? cnDigit(mt[1]) : 0) : cnDigit(mt)
  return isYear(year) ? { year, month, at: m.index } : null
}

/**
 * Words that give a level as it stands when the speech is given (中心现有干部职工104人, 目前全县还有3个
 * 村): the year reviewed, at its end. 现有 not as 现 + 有关 (兑现有关政策).
 */
export const STANDING_WORDS: readonly string[] = ['截至目前', '目前', '现有']
export const STANDING = '(?:截至目前|目前|现有(?!关))'

/**
 * A figure stated at the end of a year (截至2025年12月31日, 截至2025年底, 截至2025年末): the year it
 * names was reviewed whole. Read by the wrong-year check (a review stating the end of the year before
 * the one it reviews) and by the importer (an April meeting that says 今年以来 but states its figures
 * at the end of last year reviews last year).
 */
export const STANDS_AT_YEAR_END = new RegExp(`截至\\s*(${YEAR})\\s*年\\s*(?:12月31日|12月底|12月末|底|末)`, 'g')

/**
 * A school's term after 本/上/下: 学期, 一学期, 个学期 (上学期, 上一学期, 上个学期). One spelling for the
 * labels (import/labels.ts) and the years (import/mid-year.ts: a meeting reviewing its 上学期).
 */
export const TERM_AFTER = '一?个?学期'

/**
 * A stretch of the year short of its whole, said before a figure in its sentence: the months so far
 * (1—11月, 前10个月), a day within the year (截至10月底, 截至2025年9月30日; not 12月底, the year's
 * end), a half or quarters (上半年, 前三季度, 一季度), the year so far (今年以来, 截至目前). Such a
 * figure is no level of a year's column. 全年 said after it turns the sentence back to the whole
 * year (1—11月完成11.8亿元，预计全年完成12.6亿元): PART_OF_YEAR's group 1.
 */
export const PART_OF_YEAR = new RegExp(
  [
    `(?<![\\d年])[1一]\\s*${RANGE_JOIN}\\s*(?!12\\s*月|十二月)(?:\\d{1,2}|[二三四五六七八九十]|十一)\\s*月份?`,
    '前[一二三四五六七八九十两\\d]{1,3}个?月',
    `截至\\s*(?:${YEAR}\\s*年\\s*)?(?!12\\s*月\\s*(?:底|末|31))\\d{1,2}\\s*月`,
    '截至目前|今年以来|年初以来',
    '[上下]半年|前[两三]季度|第?[一二三四1-4]季度',
    '(全年)',
  ].join('|'),
  'g',
)

/**
 * Whether 今年以来, 截至目前 or 年初以来 before a figure of `year` is the whole of that year: in a
 * speech that reviews a year and plans the next (a year-end meeting, its review's figures; the
 * seed's 今年以来…时效内结案率100%), not in one that reviews the year it is held in (an April
 * campaign's 今年以来 is a quarter). One answer for the roll-over, the typed figures and the table check.
 */
export function soFarIsTheYear(year: number | null, reviewYear: number | null, planYear: number | null): boolean {
  return reviewYear !== null && planYear !== null && reviewYear < planYear && year === reviewYear
}

/**
 * The stretches of the year (PART_OF_YEAR) a block's text names, read once for the block (a
 * paragraph of 16,000 figures asks for each). `at(offset)` says whether the sentence of a figure at
 * `offset`, before it, names one short of the whole year, not turned back to the whole by 全年 after
 * it. A sentence that opens with 其中 breaks down the one before it (1至5月……事故12起。其中，道路交通
 * 事故9起) and is read with it. `soFarIsYear`: 今年以来 and the like are the whole year here (soFarIsTheYear).
 */
export class YearStretches {
  private marks: { at: number; end: number; stretch: boolean; soFar: boolean }[] | null = null
  private ends: number[] | null = null
  constructor(private readonly text: string) {}

  at(offset: number, { soFarIsYear = false } = {}): boolean {
    this.ends ??= [...this.text.matchAll(/[。！？；]/g)].map((m) => m.index)
    this.marks ??= [...this.text.matchAll(PART_OF_YEAR)].map((m) => ({
      at: m.index,
      end: m.index + m[0].length,
      stretch: m[1] === undefined,
      soFar: SO_FAR.test(m[0]),
    }))
    let from = this.sentenceStart(offset)
    if (from > 0 && this.text.startsWith('其中', from)) from = this.sentenceStart(from - 1)
    const mark = this.marks[lastIndexBelow(this.marks, (m) => m.end <= offset)]
    return mark !== undefined && mark.at >= from && mark.stretch && !(soFarIsYear && mark.soFar)
  }

  /** After the last 。！？； before `offset`. */
  private sentenceStart(offset: number): number {
    const ends = this.ends ?? []
    const i = lastIndexBelow(ends, (e) => e < offset)
    return i < 0 ? 0 : ends[i] + 1
  }
}

/** The last index of a sorted list whose item is `below` (the items before it all are), or -1. */
function lastIndexBelow<T>(list: readonly T[], below: (item: T) => boolean): number {
  let lo = 0
  let hi = list.length - 1
  let found = -1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    if (below(list[mid])) {
      found = mid
      lo = mid + 1
    } else hi = mid - 1
  }
  return found
}

/**
 * The stretches of PART_OF_YEAR that reach up to the day of speaking (今年以来, 截至目前, 年初以来):
 * in a year-end meeting's review they are the whole year (the seed's 今年以来…时效内结案率100%), in
 * an April meeting a quarter (soFarIsTheYear).
 */
const SO_FAR = /^(?:截至目前|今年以来|年初以来)$/

/**
 * After 年, what makes a year named the year itself, the year a thing is done in: not a 年度 (the
 * year a review, an appraisal or a tax return is of, held in the year after: 2025年度目标绩效考核),
 * a year's end (2025年底), 2025年以来, nor the start of a span (2024年至2026年).
 */
export const YEAR_ITSELF = `(?![度底末以]|${RANGE_JOIN})`

/**
 * A year's occasion said to be about to begin: 2026年伏季休渔就要开始了, 2026年高考即将来临, 即将到来的
 * 2026年汛期, 2026年普通高校招生全国统一考试就要开考了. Group 1 or 2 is the year. The occasion's name
 * between (at most sixteen characters, no 的: not 2025年启动的项目就要开始验收) and the coming word
 * ending its clause. The year itself (YEAR_ITSELF): a 2025年度 appraisal begins in 2026. It falls in
 * the year the meeting prepares for (structure.ts votes it the plan year; time-rules checks it).
 */
export const YEAR_COMING = new RegExp(
  `(${YEAR})\\s*年${YEAR_ITSELF}[^，。；！？,的\\d]{0,16}?(?=${COMING_AFTER})|(?<=${COMING_BEFORE})(${YEAR})\\s*年${YEAR_ITSELF}`,
  'g',
)
