/**
 * Years and periods as speeches write them: "2025年", "2021—2025年", "“十四五”时期".
 * A year is a whole number in [YEAR_MIN, YEAR_MAX]; in prose it is four digits, 19xx or 20xx.
 */

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

/** Words that turn from reviewing to planning or back: a year after one belongs to the other verb. */
const TURN = '暨|部署|安排|谋划|总结|回顾'
/** Words between a verb and its year that do not cross into the other half ("总结……暨2026年工作部署"). */
const GAP = (max: number) => `(?:(?!${TURN})[^，。；：！？\\d]){0,${max}}?`

/**
 * How a speech names the year it reviews: "总结2025年全县财政工作", "回顾总结2025年……工作",
 * "回顾“十四五”以来特别是2025年……工作". Group 1 is the year.
 */
export const REVIEWED_YEAR = new RegExp(
  `(?:总结|回顾|盘点)(?:了|总结|回顾)?${GAP(12)}(${YEAR})\\s*年(?:度)?[^，。；：！？]{0,20}?(?:工作|成绩|情况|成效)`,
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

/** A year as a name's first word, not the end of a span ("2021—2025年") nor a start ("2021年以来"). */
const NAMED_YEAR = `(?<![\\d—\\-–~～至到])(${YEAR})\\s*年(?:度)?(?!${RANGE_JOIN}|以来)`

/**
 * The year a review is named by, as a noun: a meeting "2025年经济工作总结暨……会议", a part
 * heading "2025年全县城市管理工作总结". Group 1 is the year.
 */
export const REVIEW_NAMED = new RegExp(`${NAMED_YEAR}${GAP(16)}工作(?:总结|回顾)`, 'g')

/** The year a plan is named by, as a noun: "……暨2026年工作部署会议". Group 1 is the year. */
export const PLAN_NAMED = new RegExp(`${NAMED_YEAR}${GAP(16)}工作部署`, 'g')

const CN_DIGITS = '〇零一二三四五六七八九'
const cnDigit = (c: string) => Math.max(0, CN_DIGITS.indexOf(c) - 1)

/** The year and month of a date line: "（2025年12月26日）", "（二〇二五年十二月二十六日）". */
export function dateOf(text: string): { year: number; month: number | null } | null {
  const m = new RegExp(
    `(${YEAR}|[${CN_DIGITS}]{4})\\s*年\\s*(?:(\\d{1,2}|十[一二]?|[一二三四五六七八九])\\s*月)?`,
  ).exec(text)
  if (!m) return null
  const year = /\d/.test(m[1]) ? Number(m[1]) : Number([...m[1]].map(cnDigit).join(''))
  const mt = m[2]
  let month: number | null = null
  if (mt)
    month = /\d/.test(mt) ? Number(mt) : mt.startsWith('十') ? 10 + (mt.length > 1 ? cnDigit(mt[1]) : 0) : cnDigit(mt)
  return isYear(year) ? { year, month } : null
}
