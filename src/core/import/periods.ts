/**
 * Figures that cover several years: "“十四五”期间，全市累计投入……28.6亿元" is a total over
 * 2021–2025, not a one-year figure, and "年均增长6.2%" a rate averaged over them. A phrase naming
 * a span governs the rest of its sentence, until a clause names one year ("其中2024年……"), and a
 * 累计 in a later sentence of its paragraph that names no year of its own; a figure stating a
 * level ("达到9家") or a change since a year ("比2020年增加1.25张") is not a total and keeps no span.
 */
import { anyOf, CHANGE_VERBS, FALL_BY_VERBS, LEVEL_WORDS, RISE_BY_VERBS } from '../lang/changes'
import { insideBookTitle } from '../lang/punctuation'
import { FIVE_YEAR_PLAN, fiveYearPlanYears, periodOf, RANGE_JOIN, YEAR } from '../lang/years'

export interface PeriodPhrase {
  id: string
  purpose: string
  pattern: RegExp
  /** The span the phrase names, given the year the part speaks of (for "以来": up to it). */
  span(m: RegExpExecArray, year: number): { from: number; to: number } | null
  matches: string[]
  rejects: string[]
}

const NUMBER_OF_YEARS: Record<string, number> = { 三: 3, 五: 5, 十: 10, '3': 3, '5': 5, '10': 10 }

export const PERIOD_PHRASES: readonly PeriodPhrase[] = [
  {
    id: 'five-year-plan',
    purpose:
      '“十四五”期间、“十四五”以来、回顾“十四五”：五年规划的年份（以来到所讲之年为止）；还没开始的规划（“十五五”期间累计下降6%）是它整整五年的目标。',
    pattern: new RegExp(
      `(?:${FIVE_YEAR_PLAN.source}(?:规划)?(?:期间|以来|时期)|(?:回顾|回望|纵观|总结)(?:整个)?${FIVE_YEAR_PLAN.source.replace('(', '(?<plan>')}(?![”"’]?[规时期以开收]))`,
    ),
    span(m, year) {
      const plan = fiveYearPlanYears(m[1] ?? m.groups?.plan ?? '')
      if (!plan) return null
      // A plan not begun yet is its whole five years, of targets; since it began, up to the year spoken of.
      if (plan.from >= year) return m[0].endsWith('以来') ? null : plan
      return { from: plan.from, to: m[0].endsWith('以来') ? year : Math.min(plan.to, year) }
    },
    matches: [
      '“十四五”期间，全市累计投入',
      '“十四五”以来，全县累计新建',
      '回顾“十四五”，全县累计实现城镇新增就业',
      '“十五五”期间公共机构人均综合能耗累计下降6%',
    ],
    rejects: ['“十五五”开局之年', '编制“十四五”规划', '回顾“十四五”规划编制以来', '“十五五”以来'],
  },
  {
    id: 'since-year',
    purpose: '“2021年以来”：从那一年到所讲之年。',
    pattern: new RegExp(`(${YEAR})\\s*年以来`),
    span(m, year) {
      const from = Number(m[1])
      return from < year ? { from, to: year } : null
    },
    matches: ['2021年以来，累计培训'],
    rejects: ['2025年，全县培训'],
  },
  {
    id: 'year-span',
    purpose: '“2021—2025年”：写明起止的年份。',
    pattern: new RegExp(`(${YEAR})\\s*年?\\s*${RANGE_JOIN}\\s*(${YEAR})\\s*年(?!是)`),
    span(m) {
      const from = Number(m[1])
      const to = Number(m[2])
      return from < to ? { from, to } : null
    },
    matches: ['2021—2025年，累计新建'],
    rejects: ['2025年新建'],
  },
  {
    id: 'recent-years',
    purpose: '“五年来”“近三年”“五年累计”：到所讲之年为止的几年。',
    // Not the last digit of a year: 2025年累计 is one year's total.
    pattern: /(?<!\d)(?<!连续)(?:近|过去)?([三五十]|3|5|10)年(?:来|间|以来|累计|共计|新增|新建)/,
    span(m, year) {
      const n = NUMBER_OF_YEARS[m[1]]
      return n ? { from: year - n + 1, to: year } : null
    },
    matches: ['五年来，全市累计', '近三年来', '三年累计投入资金', '五年新增、更新防空警报器48台'],
    rejects: ['三年行动计划', '编制五年规划', '2025年累计培训', '连续五年新增就业超过3000人'],
  },
]

/** Words that name one year without its number: the year spoken of, the one before it. */
const RELATIVE_YEAR = '今年|当年|去年|本年|上年'
/**
 * A clause that names one year ends the span's reach: "其中2024年……", "2025年，……", "其中今年完成
 * 4,850户", and one that singles the year out of the span: "仅2025年就兑现……", "单是2024年", "光2025年一年".
 */
const ONE_YEAR_CLAUSE = new RegExp(
  `(?:^|[，；：])\\s*(?:其中|特别是|尤其是|仅|仅仅|单|单是|光|光是)?\\s*(?:${YEAR}\\s*年(?!${RANGE_JOIN}|以来)|${RELATIVE_YEAR})`,
  'g',
)
/**
 * A total said again after the sentence of the span ("五年来，……。累计排查化解矛盾纠纷142起"):
 * the span's, unless its sentence names a year of its own, before the 累计 or at all.
 */
const SAID_AGAIN = /累计/
const ANY_YEAR = new RegExp(`${YEAR}\\s*年|${RELATIVE_YEAR}`)
/** A sentence of one year inside the span: "其中，2025年新建……" is a part of its total, not the end of its reach. */
const PART_OF_SPAN = new RegExp(`^\\s*其中[，,]?\\s*${YEAR}\\s*年`)
/** A paragraph that opens with one year: 2025年，……; 今年，……; not 2021年以来, 2021—2025年. */
const OPENS_ONE_YEAR = new RegExp(`^\\s*(?:${YEAR}\\s*年(?!${RANGE_JOIN}|以来|来)|${RELATIVE_YEAR})[，,]`)
/** Words that make a 累计 one year's: 全年累计, 年内累计. */
const ONE_YEAR = new RegExp(`${YEAR}\\s*年|${RELATIVE_YEAR}|全年|年内`)
/**
 * A clause that states a level rather than a total: "全市三级医院达到9家" (lang/changes), or a rate
 * named by its noun, with no verb: "化解率100%", "占比", "比重" (where a share stands is a level too;
 * only the reach of a span asks, the other readers of a level want a verb before the value).
 */
const LEVEL = new RegExp(`(?:${anyOf(LEVEL_WORDS)}|率|占比|比重)\\s*$`)
const TOTAL = /累计|新增|新建|共|总计|合计|投入|完成|建成/

const GLOBAL_PHRASES = PERIOD_PHRASES.map((p) => [p, new RegExp(p.pattern.source, 'g')] as const)

export interface PeriodScope {
  from: number
  to: number
  period: { from: number; to: number }
}

/**
 * The stretches of a paragraph governed by a phrase naming a span of years; with the heading of
 * its part, a span the heading names (“十四五”以来全区人防事业稳步发展) also reaches each 累计 of
 * the paragraph its own sentence does not give one year (累计培训人防骨干4,800余人次).
 */
export function periodScopes(text: string, year: number | null, heading = ''): PeriodScope[] {
  if (year === null) return []
  const scopes: PeriodScope[] = []
  // A paragraph that opens with one year of its own (2025年，全市平均降水量……) under a heading of
  // that year and the span (2025年和“十四五”时期工作回顾) speaks of that year: its 累计 are the year's.
  const ofHeading = OPENS_ONE_YEAR.test(text) ? null : headingSpan(heading, year)
  if (ofHeading)
    for (let at = 0; at < text.length; ) {
      const end = sentenceEnd(text, at)
      const sentence = text.slice(at, end)
      const again = SAID_AGAIN.exec(sentence)
      if (again && !ONE_YEAR.test(sentence.slice(0, again.index))) {
        const more = reach(text, at + again.index)
        scopes.push({ from: at + again.index, to: more.to, period: ofHeading })
      }
      at = end + 1
    }
  for (const [phrase, re] of GLOBAL_PHRASES) {
    for (const m of text.matchAll(re)) {
      // 《……规划（2023—2027年）》 names a document, not the years of the figures after it.
      if (insideBookTitle(text, m.index)) continue
      const period = phrase.span(m, year)
      if (!period) continue
      const from = m.index + m[0].length
      const scope = reach(text, from)
      scopes.push({ from, to: scope.to, period })
      if (scope.cut) continue
      for (let at = scope.to + 1; at < text.length; ) {
        const end = sentenceEnd(text, at)
        const sentence = text.slice(at, end)
        const again = SAID_AGAIN.exec(sentence)
        if (!again && PART_OF_SPAN.test(sentence)) {
          at = end + 1
          continue
        }
        if (ANY_YEAR.test(again ? sentence.slice(0, again.index) : sentence)) break
        if (again) {
          const more = reach(text, at + again.index)
          scopes.push({ from: at + again.index, to: more.to, period })
          if (more.cut) break
        }
        at = end + 1
      }
    }
  }
  return scopes
}

/** The span a part's heading names, if any: “十四五”以来……, 五年来…… */
export function headingSpan(heading: string, year: number): { from: number; to: number } | null {
  for (const [phrase, re] of GLOBAL_PHRASES)
    for (const m of heading.matchAll(re)) {
      const span = phrase.span(m, year)
      if (span) return span
    }
  return null
}

function sentenceEnd(text: string, from: number): number {
  const end = text.slice(from).search(/[。！？]/)
  return end < 0 ? text.length : from + end
}

/** How far a span said at `from` reaches: to its sentence's end, or `cut` short by a clause naming one year. */
function reach(text: string, from: number): { to: number; cut: boolean } {
  const to = sentenceEnd(text, from)
  for (const y of text.slice(from, to).matchAll(ONE_YEAR_CLAUSE)) return { to: from + y.index, cut: true }
  return { to, cut: false }
}

/**
 * The words of a breakdown, from its 其中 to one of its parts: "其中党政人才", "其中党政人才0.42万人、
 * 企业经营管理人才". Its parts are of the years of the whole it breaks down: of a level said before it
 * ("增加到2025年底的5.86万人，其中党政人才0.42万人"), levels too, not totals over the span, unless the
 * part is said with a verb of a total ("三级医院达到9家，其中新建4家": built over the span).
 */
export function breakdownOfLevel(words: string): boolean {
  return /^其中/.test(words) && !TOTAL.test(words)
}

/** Every verb of a change (lang/changes): to a level or by an amount, either is a difference. */
const CHANGE = [...CHANGE_VERBS, ...RISE_BY_VERBS, ...FALL_BY_VERBS].join('|')
/**
 * A change since a year ("比2020年增加1.25张", "比2020年提高5.2个百分点"): the difference between
 * two levels, a figure of the year it is said of, not a total over the years between.
 */
const CHANGE_SINCE = new RegExp(`(?:比|较)\\s*${YEAR}\\s*年(?:底|末)?(?:${CHANGE})了?\\s*$`)

/**
 * The size of one thing, said before it ("建成建筑面积1.2万平方米的县图书馆新馆", "新建全长12公里的
 * 滨河绿道"): what the thing measures, not a total over the span. Not after 累计, 共, 总 (累计建成
 * 面积1.2万平方米的保障房: many built, their sizes added).
 */
export const SIZE_OF_ONE = {
  before: /(?:建筑面积|占地面积|面积|全长|长度|总长|库容|容量|装机容量)\s*$/,
  after: /^\s*的[\u4e00-\u9fff“]/,
  added: /累计|共|总计|合计|总面积/,
}

/**
 * The span a figure at [at, …) covers, or null. `clause` is the text of its clause before it:
 * a level ("达到9家") and a change since a year ("比2020年增长18.5%") are not totals over the span;
 * nor is the size of one thing (SIZE_OF_ONE, which `rest`, the text after the figure, shows).
 */
export function periodAt(scopes: PeriodScope[], at: number, clause: string, rest = ''): string | null {
  const scope = scopes.find((s) => s.from <= at && at < s.to)
  if (!scope) return null
  if ((LEVEL.test(clause) && !TOTAL.test(clause)) || CHANGE_SINCE.test(clause)) return null
  if (SIZE_OF_ONE.before.test(clause) && SIZE_OF_ONE.after.test(rest) && !SIZE_OF_ONE.added.test(clause)) return null
  return periodOf(scope.period.from, scope.period.to)
}
