/**
 * A five-year plan's years named by their stage: "“十五五”开局之年" is 2026, "“十四五”规划收官之年"
 * 2025, "“十五五”规划实施的第二年" 2027. Said of 今年 or 明年 ("明年是“十五五”开局之年"), the
 * sentence fixes the year the speech speaks in, whatever its date line says.
 */
import { parseChineseNumeral } from './numerals'
import { FIVE_YEAR_PLAN, fiveYearPlanYears, YEAR } from './years'

/** The first year of a five-year plan, as a phrase. */
export const PLAN_FIRST = /开局之年|起步之年|开篇之年/
/** The last year of a five-year plan, as a phrase. */
export const PLAN_LAST = /收官之年|决胜之年|收尾之年/

export interface PlanStage {
  id: string
  purpose: string
  /** Matched right after the plan's name; group 1, where there is one, is the year's ordinal. */
  pattern: RegExp
  /** The year of the stage in a plan of these years; null for an ordinal the plan does not have. */
  year(plan: { from: number; to: number }, m: RegExpExecArray): number | null
  matches: { text: string; year: number }[]
  rejects: string[]
}

export const PLAN_STAGES: readonly PlanStage[] = [
  {
    id: 'first',
    purpose: '开局之年、起步之年、开篇之年：规划的第一年。',
    pattern: new RegExp(`^(?:${PLAN_FIRST.source})`),
    year: (plan) => plan.from,
    matches: [
      { text: '明年是“十五五”开局之年', year: 2026 },
      { text: '今年是“十五五”规划开局之年', year: 2026 },
      { text: '2021年是“十四五”起步之年', year: 2021 },
    ],
    rejects: ['明年是开局之年', '“十五五”开局之年交出提气鼓劲的成绩单', '明年是深入实施“十五五”规划的重要一年'],
  },
  {
    id: 'last',
    purpose: '收官之年、决胜之年、收尾之年：规划的最后一年。',
    pattern: new RegExp(`^(?:${PLAN_LAST.source})`),
    year: (plan) => plan.to,
    matches: [
      { text: '今年是“十四五”规划收官之年', year: 2025 },
      { text: '2020年是“十三五”决胜之年', year: 2020 },
    ],
    rejects: ['确保“十四五”圆满收官'],
  },
  {
    id: 'ordinal',
    purpose: '规划实施的第N年：规划的第一年加N减一（五年规划只有第一到第五年）。',
    pattern: /^第([一二三四五六七八九十])个?年(?:头)?/,
    year: (plan, m) => {
      const n = parseChineseNumeral(m[1])
      return n !== null && n >= 1 && n <= plan.to - plan.from + 1 ? plan.from + n - 1 : null
    },
    matches: [
      { text: '明年是“十五五”规划实施的第二年', year: 2027 },
      { text: '今年是“十四五”的第三个年头', year: 2023 },
      { text: '2028年是“十五五”规划实施的第三年', year: 2028 },
    ],
    rejects: ['明年是“十五五”规划实施的第六年', '这是我到任的第二年'],
  },
]

/**
 * "今年是“十五五”开局之年": the subject (a year, 今年 or 明年), the plan's name with what may stand
 * between it and the stage (规划, 实施, 的), then the stage.
 */
const STATEMENT = new RegExp(
  `(?:(${YEAR})\\s*年|(今|明)年)(?:也|又|将|就)?(?:是|为)${FIVE_YEAR_PLAN.source}(?:规划)?(?:实施)?(?:的)?`,
  'g',
)

export interface PlanStageStatement {
  from: number
  to: number
  /** What the sentence says it of: a year it names, or 今年 / 明年 as said on the day of the speech. */
  subject: number | '今年' | '明年'
  /** The year the stage is in. */
  year: number
}

/** Each sentence of a text that says a year is a stage of a five-year plan. */
export function planStageStatements(text: string): PlanStageStatement[] {
  const out: PlanStageStatement[] = []
  for (const m of text.matchAll(STATEMENT)) {
    const plan = fiveYearPlanYears(m[3])
    if (!plan) continue
    const rest = text.slice(m.index + m[0].length)
    for (const stage of PLAN_STAGES) {
      const s = stage.pattern.exec(rest)
      const year = s ? stage.year(plan, s) : null
      if (!s || year === null) continue
      const subject = m[1] ? Number(m[1]) : m[2] === '今' ? '今年' : '明年'
      out.push({ from: m.index, to: m.index + m[0].length + s[0].length, subject, year })
      break
    }
  }
  return out
}
