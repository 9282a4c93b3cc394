/**
 * Next year's draft from last year's speech. The new draft reviews the year the old one
 * planned and plans the year after (or a chosen year). Years that are the speech's own
 * review or plan year move forward; other years (ranges, founding years, 2035年 goals, past
 * events) stay and are listed to confirm. Every figure of the speech's own years and every name
 * is emptied, its old value kept as last year's reference; a figure whose year the text fixes
 * ("由2020年的221.5亿元", a “十四五” total over 2021-2025) keeps its year, span and value, as the
 * year written beside it does; text slots (the department, the field of work) are kept. What
 * goes stale is flagged, never silently rewritten: numbers typed as plain text in the review
 * and the tasks, which no slot empties, among them.
 */
import { Fragment, type Node as PMNode } from 'prosemirror-model'
import { docYears, isYear, schema, slotAttrs, type FigureKind, type PartKind } from './schema'
import { DEFAULT_CHECK_OPTIONS, DEFAULT_TIME_BOUND_PHRASES, type Container } from './checks/types'
import { relativeTime, timeBoundPhrase } from './checks/time-rules'
import { excerptOf, viewOf } from './checks/blocks'
import type { BlockView } from './checks/types'
import { insideBookTitle } from './lang/punctuation'
import {
  FIVE_YEAR_PLAN,
  fiveYearPlanYears,
  periodOf,
  RANGE_JOIN,
  YEAR,
  YEAR_MIN,
  YEAR_MAX,
  soFarIsTheYear,
  YearStretches,
} from './lang/years'
import { typedFigures, typedPlace } from './checks/typed-figures'
import { ranksIn } from './lang/ranks'
import { plainNumbers } from './plain-numbers'
import { rowCellLabel } from './table-rows'
import type { FlagKind, RolloverFlag } from './rollover-flags'
import { oneEach } from './figures/model'
import { parseUnit } from './units'
import { isRealDate, weekdayName, weekdayOf } from './dates'

export { FLAG_NAMES, locateFlag, type FlagKind, type RolloverFlag } from './rollover-flags'

/** What follows a date line's year up to its day: "年2月6日", " 年 12 月 8 日", "年12月". */
const DATE_REST = /^\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?/

/**
 * What a rolled date line asks: the month and day are last year's, and the weekday they fall on
 * next year says whether they can be the meeting's (2027年2月6日 is a Saturday).
 */
function dateMessage(year: number, after: string): string {
  const md = /^\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/.exec(after)
  const date = md ? { year, month: Number(md[1]), day: Number(md[2]) } : null
  if (!date || !isRealDate(date)) return `讲话日期已改为${year}年，请核对月、日。`
  const weekday = weekdayOf(date)
  const weekend = weekday === 0 || weekday === 6 ? '，是周末' : ''
  return `讲话日期已改为${year}年${date.month}月${date.day}日，这一天是${weekdayName(weekday)}${weekend}，请核对月、日。`
}

/**
 * Why a year written in the old speech stays as written, said of the new draft (its `years`): a
 * year the new draft reviews or plans ("到2027年" in the draft that now plans 2027) is that year,
 * not another one; one inside a range or a document's name stays with it.
 */
function keptYearMessage(
  year: number,
  text: string,
  at: number,
  years: { review: number | null; plan: number | null },
): string {
  const role = year === years.plan ? '计划年' : year === years.review ? '回顾年' : null
  if (role === null) return `“${year}年”不是这篇讲话的回顾年或计划年，没有改动，请确认。`
  if (betweenYears(text, at)) return `“${year}年”写在年份区间里，不随讲稿顺延，没有改动，请确认。`
  if (insideBookTitle(text, at)) return `“${year}年”写在书名号里，不随讲稿顺延，没有改动，请确认。`
  return `“${year}年”是这篇讲话的${role}，原文写的就是这一年，没有改动，请确认说的是这一年的事。`
}

/** A figure the old speech stated, kept for the new year's comparisons. */
export interface CarriedFigure {
  label: string
  unit: string
  year: number
  kind: FigureKind
  /** The span a total is over (2021-2025 for a “十四五”期间累计), '' for the year's own figure. */
  span: string
  value: string
}

export interface RolloverResult {
  doc: PMNode
  from: { reviewYear: number | null; planYear: number | null }
  to: { reviewYear: number | null; planYear: number | null }
  /** Years moved forward. */
  shifted: number
  /** Slots emptied (their old values kept as references); a figure of a year the text fixes is not. */
  emptied: number
  flags: RolloverFlag[]
  /** The old speech's figures: its targets become what the new review is measured against. */
  carried: CarriedFigure[]
  /** True when the speech names no years at all: nothing could be moved. */
  noYears: boolean
}

/** A roll-over that cannot be made (a plan year out of range), with a message for the user. */
export class RolloverError extends Error {}

export interface RolloverOptions {
  /** The year the new draft plans; default the old plan year + 1. */
  toPlanYear?: number
  timeBoundPhrases?: string[]
}

/** A year: four digits before 年, or opening a range ("2021—2025年"). */
export const YEAR_WRITTEN = new RegExp(`(?<![\\d])(${YEAR})(?=\\s*(?:年|[—\\-–~～至到]\\s*${YEAR}))`, 'g')
/** After a year: the rest of a range ("—2025", "年至2025"). */
const RANGE_AFTER = new RegExp(`^\\s*年?\\s*[—\\-–~～至到]\\s*${YEAR}`)
/** Before a year: the start of a range ("2021—", "2021年至"). */
const RANGE_BEFORE = new RegExp(`${YEAR}\\s*年?\\s*[—\\-–~～至到]\\s*$`)
/** A year with another on the other side of a dash or 至 (2025—2027年), not one a bound alone leads to (到2027年). */
function betweenYears(text: string, at: number): boolean {
  return RANGE_BEFORE.test(text.slice(Math.max(0, at - 12), at)) || RANGE_AFTER.test(text.slice(at + 4, at + 16))
}
/**
 * A year inside a range ("2021—2025年", "2021年至2025年", "2021 — 2025年") is fixed. The windows
 * leave room for spaces around the dash and for the whole other year.
 */
function inRange(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 6), at)
  const after = text.slice(at + 4, at + 16)
  return /[—\-–~～至到]\s*$/.test(before) || RANGE_AFTER.test(after)
}

/**
 * Whether the year written at `at` of `text` (a YEAR_WRITTEN match) moves when its speech or
 * meeting is rolled on: one of `own` (its review and plan years), not in a range or a document's
 * title. The one rule for the speech's text and the meeting record's agenda.
 */
export function yearMoves(text: string, at: number, year: number, own: readonly (number | null)[]): boolean {
  return own.includes(year) && !inRange(text, at) && !insideBookTitle(text, at)
}

/**
 * One walk over the old speech that builds the new one: every text node and slot is visited
 * once and only changed nodes (and their ancestors) are copied, so the work grows with the
 * speech, not with the square of its figures. Year replacements keep their length (four
 * digits for four), so a position in the old speech is the same position in the new one.
 */
export function rollover(old: PMNode, options: RolloverOptions = {}): RolloverResult {
  const { reviewYear: R, planYear: P } = docYears(old)
  const phrases = options.timeBoundPhrases ?? DEFAULT_TIME_BOUND_PHRASES
  const newPlan = options.toPlanYear ?? (P !== null ? P + 1 : null)
  if (newPlan !== null && !(isYear(newPlan) && isYear(newPlan - 1)))
    throw new RolloverError(
      `新草稿部署的年度“${newPlan}”不对，应是 ${YEAR_MIN + 1} 到 ${YEAR_MAX} 之间的四位年份，例如 2027。请改正后重试。`,
    )
  const shift = P !== null && newPlan !== null ? newPlan - P : 0
  /** Whether the year written at `at` moves with the speech: the review or plan year, not in a range or a document's title. */
  const moves = (text: string, at: number, year: number) => yearMoves(text, at, year, [R, P])
  /** The new draft's review and plan years: what a year kept as written is said against. */
  // A mid-year meeting reviews the year it plans (上半年 … 下半年): next year's is one too.
  const midYear = R !== null && R === P
  const newYears =
    newPlan !== null ? { review: midYear ? newPlan : newPlan - 1, plan: newPlan } : { review: R, plan: P }
  const flags: RolloverFlag[] = []
  const carried: CarriedFigure[] = []
  let shifted = 0
  let emptied = 0
  let anyYear = false

  const rollText = (node: PMNode, pos: number, parent: PMNode): PMNode => {
    const text = node.textContent
    let out = ''
    let from = 0
    for (const m of text.matchAll(YEAR_WRITTEN)) {
      anyYear = true
      const year = Number(m[1])
      const at = pos + m.index
      const dated = /^年\s*\d{1,2}\s*月/.test(text.slice(m.index + 4).trimStart()) && parent.type.name === 'byline'
      if (shift && moves(text, m.index, year)) {
        out += text.slice(from, m.index) + String(year + shift)
        from = m.index + 4
        shifted++
        if (dated) {
          // The flag's words are the whole date, so correcting its month or day resolves it
          // (rollover-flags datedWords reads flags stored with the year alone the same way).
          const rest = DATE_REST.exec(text.slice(m.index + 4))?.[0] ?? ''
          flags.push({
            kind: 'date',
            message: dateMessage(year + shift, text.slice(m.index + 4)),
            excerpt: String(year + shift) + text.slice(m.index + 4, m.index + 12),
            words: String(year + shift) + rest,
            from: at,
            to: at + 4 + rest.length,
          })
        }
      } else if (!moves(text, m.index, year)) {
        flags.push({
          kind: 'historical-year',
          message: keptYearMessage(year, text, m.index, newYears),
          excerpt: excerpt(text, m.index, m.index + 5),
          words: m[1],
          from: at,
          to: at + 4,
        })
      }
    }
    return from ? schema.text(out + text.slice(from), node.marks) : node
  }

  /** A label's years move as the text's do (万元GDP用水量比2025年下降 → 比2026年), so it names what the text says. */
  const rollLabel = (label: string): string =>
    shift
      ? label.replace(YEAR_WRITTEN, (y, _g, at: number) =>
          moves(label, at, Number(y)) ? String(Number(y) + shift) : y,
        )
      : label

  const rollSlot = (node: PMNode, before: string, spans: ParagraphSpans): PMNode => {
    const a = slotAttrs(node)
    // The department and the field of work are the same next year.
    if (a.role === 'text') return node
    // A figure of a stretch of its year (1—11月, 今年一季度, 截至10月底) is no level of the year: the
    // library would hold it as the year's, and next year's review slot would be filled with it.
    // 今年以来 is the year in a year-end review (carried), a stretch in a meeting that reviews its own year.
    if (
      a.value !== null &&
      a.year !== null &&
      a.role === 'metric' &&
      !spans.partOfYearAt(before.length, soFarIsTheYear(a.year, R, P))
    )
      carried.push({ label: a.label, unit: a.unit, year: a.year, kind: a.kind, span: a.period ?? '', value: a.value })
    // A slot of a table's row (made before rows kept their numbers as text) goes by its first cell.
    const label = rollLabel(rowCellLabel(a.label))
    // A figure of a year the text fixes is still that year's figure next year, as the year
    // written beside it stays: its year, span and value are kept.
    if (
      a.role === 'metric' &&
      (R !== null || P !== null) &&
      yearFixed(a.year, a.period, before, R, P, newYears.review, spans)
    )
      return label === a.label ? node : node.type.create({ ...a, label }, null, node.marks)
    emptied++
    // A figure's year moves with the speech's, unless that would leave the years a speech can have;
    // a span said in words that move (五年来) moves with it, so fill never takes last year's total.
    const year = a.year !== null && shift && isYear(a.year + shift) ? a.year + shift : a.year
    const period = a.period === null ? null : rolledSpan(a.period, shift, before.length, spans, newYears.review)
    // Last year's figure is what this speech says, or none: a metric left empty here hands on no
    // `prev` of its own, which would be two years old and shown as 上年. A name left empty keeps
    // the last one known, a reference for the text and not a figure.
    const prev = a.role === 'metric' ? a.value : (a.value ?? a.prev)
    return node.type.create({ ...a, label, value: null, prev, year, period }, null, node.marks)
  }

  /** The new content of `parent`, whose content starts at `start`; the same fragment when nothing changed. */
  const rollContent = (parent: PMNode, start: number): Fragment => {
    let changed = false
    const children: PMNode[] = []
    // The old text of a textblock up to the child, for a slot's sentence.
    let before = ''
    const spans = new ParagraphSpans(parent)
    parent.forEach((child, offset) => {
      const pos = start + offset
      const next = child.isText
        ? rollText(child, pos, parent)
        : child.type.name === 'slot'
          ? rollSlot(child, before, spans)
          : child.isLeaf
            ? child
            : rollNode(child, pos + 1)
      before += child.isText ? child.textContent : '\uFFFC'
      if (next !== child) changed = true
      children.push(next)
    })
    return changed ? Fragment.fromArray(children) : parent.content
  }
  const rollNode = (node: PMNode, start: number): PMNode => {
    const content = rollContent(node, start)
    return content === node.content ? node : node.copy(content)
  }

  const content = rollContent(old, 0)
  const attrs = newPlan !== null ? { ...old.attrs, planYear: newPlan, reviewYear: newYears.review } : old.attrs
  const doc = old.type.create(attrs, content, old.marks)
  flags.push(...staleFlags(doc, phrases))
  flags.sort((a, b) => a.from - b.from)
  return {
    doc,
    from: { reviewYear: R, planYear: P },
    to: { reviewYear: doc.attrs.reviewYear, planYear: doc.attrs.planYear },
    shifted,
    emptied,
    flags,
    // 412人 and 15所 under one label are two figures (figures/model.ts keptLabel), not one with two numbers.
    carried: oneEach(carried, (c) => `${c.label}|${parseUnit(c.unit).base}|${c.year}|${c.kind}|${c.span}`),
    noYears: !anyYear && R === null && P === null,
  }
}

/** The years a sentence reaches back to from the year it speaks of: they move with it. */
const RELATIVE_YEAR = /(?<!以)上一?年|去年|前一年/
const YEAR_OR_RELATIVE = new RegExp(`(${YEAR})\\s*年|${RELATIVE_YEAR.source}`, 'g')
/**
 * What names the first year of a span in words that do not move: “十四五”, 2021年以来, 2021—2025年.
 * Group 2 or 4 (以来) marks a span that runs on to whichever year is reviewed (“十四五”以来, 2021年以来).
 */
/**
 * The words between a plan's name and 以来 (“十四五”规划实施以来, “十四五”时期以来, “十四五”开局以来):
 * with 以来 after them the span runs to the year reviewed (review 27: only (规划)以来 was read so).
 */
const PLAN_WORDS = '(?:规划)?(?:时期)?(?:实施|开局)?'

const SPAN_START = new RegExp(
  `${FIVE_YEAR_PLAN.source}${PLAN_WORDS}(以来)?|(${YEAR})\\s*年(?:(以来)|\\s*${RANGE_JOIN})|(${YEAR})\\s*${RANGE_JOIN}\\s*${YEAR}\\s*年`,
  'g',
)

/**
 * What names a span that is over once its last year is: “十四五”期间 (2021–2025), 2021—2025年.
 * Not “十四五”以来, which runs up to whichever year is reviewed.
 */
const CLOSED_SPAN = new RegExp(
  `${FIVE_YEAR_PLAN.source}(?:规划)?(?:期间|时期)|(${YEAR})\\s*年?\\s*${RANGE_JOIN}\\s*(${YEAR})\\s*年`,
  'g',
)

/**
 * Whether a figure's year is fixed by its text rather than the speech's own years, so it stays:
 * a span (a “十四五” total, 2021-2025); a year its sentence writes ("由2020年的221.5亿元"); the
 * year before a span its paragraph names in fixed words ("“十四五”以来，由221.5亿元增加到"); the
 * last year of a span that is over before the year the new draft reviews (`newReview`), where the
 * figure's sentence names that span ("“十四五”期间……达标率100%") or runs from the year before it
 * ("“十四五”期间……。毛入园率由2020年的83.2%提高到92.6%"): 2025's level, the span's result. A
 * year the text leaves to the reader ("由上年的3000人", "由27人下降到22人": last year, whichever
 * year the speech reviews) moves with the speech.
 */
function yearFixed(
  year: number | null,
  period: string | null,
  before: string,
  R: number | null,
  P: number | null,
  newReview: number | null,
  spans: ParagraphSpans,
) {
  // A span stays only where it is closed and its first year named in words that do not move
  // (“十四五”期间, 2021—2025年), or runs on (“十四五”以来) and has reached its plan's last year: the
  // plan's total. 五年来 and 近三年 mean the five or three years up to whichever year is reviewed,
  // and “十四五”以来 before its plan's end, 2021年以来 run on to it (rolledSpan).
  if (period !== null) {
    const [from, to] = period.split('-').map(Number)
    const start = spans.spanStarting(before.length, from)
    return !!start && (!start.open || (start.planEnd !== undefined && to >= start.planEnd))
  }
  if (year === null) return false
  const sentenceFrom = spans.sentenceStart(before.length)
  const last = spans.lastYearSaid(sentenceFrom, before.length)
  // 上年 moves; a year written beside the figure says which year it is, and moves if it is the speech's.
  if (last && (!last.year || Number(last.year) === year)) return !!last.year && year !== R && year !== P
  if (year !== R && year !== P && spans.startsBefore(before.length).includes(year + 1)) return true
  if (newReview === null) return false
  const from = last ? Number(last.year) + 1 : null
  return spans
    .closedBefore(before.length)
    .some(
      (s) =>
        s.to === year &&
        s.to < newReview &&
        (s.from === from || spans.closedBefore(before.length).some((t) => t.to === s.to && t.at >= sentenceFrom)),
    )
}

/**
 * The spans a textblock's old text names, each with where it stands, read once for the block: a
 * slot asks for those before it, not for a read of all the text before it (16,000 figures in one
 * paragraph made that a read per figure).
 */
class ParagraphSpans {
  private closed: { from: number; to: number; at: number; end: number }[] | null = null
  private starts: { year: number | undefined; open: boolean; planEnd: number | undefined; end: number }[] | null = null
  private textOf: string | null = null
  constructor(private readonly block: PMNode) {}

  /** The block's old text as rollContent reads it: a slot is one character. */
  private get text(): string {
    if (this.textOf === null) {
      let text = ''
      this.block.forEach((child) => {
        text += child.isText ? child.textContent : '\uFFFC'
      })
      this.textOf = text
    }
    return this.textOf
  }

  private marks: number[] | null = null
  private said: { year: string | undefined; at: number; end: number }[] | null = null

  private stretches: YearStretches | null = null

  /**
   * Whether the sentence standing at `length`, before it, names a stretch of the year short of its
   * whole (lang/years.ts YearStretches, read once for the block).
   */
  partOfYearAt(length: number, soFarIsYear: boolean): boolean {
    this.stretches ??= new YearStretches(this.text)
    return this.stretches.at(length, { soFarIsYear })
  }

  /** Where the sentence standing at `length` starts: after the last 。；！？ before it. */
  sentenceStart(length: number): number {
    this.marks ??= [...this.text.matchAll(/[。；！？]/g)].map((m) => m.index)
    const i = lastBelow(this.marks, (at) => at < length)
    return i < 0 ? 0 : this.marks[i] + 1
  }

  /** The last year, or 上年/去年, said from `from` up to `length` (its year undefined for a relative one). */
  lastYearSaid(from: number, length: number): { year: string | undefined } | undefined {
    this.said ??= [...this.text.matchAll(YEAR_OR_RELATIVE)].map((m) => ({
      year: m[1],
      at: m.index,
      end: m.index + m[0].length,
    }))
    const i = lastBelow(this.said, (m) => m.end <= length)
    return i >= 0 && this.said[i].at >= from ? this.said[i] : undefined
  }

  /** The spans that end at a year written or known (“十四五”期间, 2021—2025年) within the first `length` characters. */
  closedBefore(length: number): { from: number; to: number; at: number }[] {
    this.closed ??= [...this.text.matchAll(CLOSED_SPAN)].flatMap((m) => {
      const span = m[1] ? fiveYearPlanYears(m[1]) : { from: Number(m[2]), to: Number(m[3]) }
      return span ? [{ ...span, at: m.index, end: m.index + m[0].length }] : []
    })
    return this.closed.filter((s) => s.end <= length)
  }

  /** The first years of the spans named in words that do not move, within the first `length` characters. */
  startsBefore(length: number): (number | undefined)[] {
    return this.startsOf(length).map((s) => s.year)
  }

  /**
   * The last span named before `length` in words that do not move whose first year is `from`, and
   * whether it runs on to the year reviewed (“十四五”以来, 2021年以来) or is closed (“十四五”期间).
   */
  spanStarting(length: number, from: number): { open: boolean; planEnd: number | undefined } | undefined {
    return this.startsOf(length)
      .filter((s) => s.year === from)
      .at(-1)
  }

  private startsOf(
    length: number,
  ): { year: number | undefined; open: boolean; planEnd: number | undefined; end: number }[] {
    this.starts ??= [...this.text.matchAll(SPAN_START)].map((m) => ({
      year: m[1] ? fiveYearPlanYears(m[1])?.from : Number(m[3] ?? m[5]),
      planEnd: m[1] ? fiveYearPlanYears(m[1])?.to : undefined,
      open: !!(m[2] ?? m[4]),
      end: m.index + m[0].length,
    }))
    return this.starts.filter((s) => s.end <= length)
  }
}

/** The last index of a sorted list whose item passes `below` (which holds for a prefix of the list), or -1. */
function lastBelow<T>(list: readonly T[], below: (item: T) => boolean): number {
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
 * A total's span in the new draft: one that runs on from a year named in fixed words (“十四五”以来,
 * 2021年以来: tryout 11 A3) keeps its first year and ends at the year the new draft reviews, so the
 * total typed there is filed as 2021-2025, not under last year's 2021-2024; one said in words that
 * move (五年来, 近三年) moves whole.
 */
function rolledSpan(
  span: string,
  shift: number,
  length: number,
  spans: ParagraphSpans,
  newReview: number | null,
): string {
  const from = Number(span.split('-')[0])
  if (shift && newReview !== null && newReview > from && spans.spanStarting(length, from)?.open)
    return periodOf(from, newReview)
  return shiftedSpan(span, shift)
}

/** A span ("2021-2025") `shift` years later. */
function shiftedSpan(span: string, shift: number): string {
  const [from, to] = span.split('-').map(Number)
  return shift && isYear(from + shift) && isYear(to + shift) ? `${from + shift}-${to + shift}` : span
}

function excerpt(text: string, from: number, to: number): string {
  return (from > 8 ? '…' : '') + text.slice(Math.max(0, from - 8), to + 8) + (to + 8 < text.length ? '…' : '')
}

/**
 * “十四五”以来 said in a draft that reviews a year after the plan's last (tryout 11 A3: 2026's
 * draft still totalled “‘十四五’以来” up to 2026): the plan is over, its total is “十四五”期间's.
 * Must: “十四五”以来 and “十四五”规划以来 in a draft reviewing 2026. Must not: “十四五”以来 reviewing
 * 2025 (the plan's last year), “十四五”期间, “十五五”以来 reviewing 2026, 五年来.
 */
const PLAN_SINCE = new RegExp(`${FIVE_YEAR_PLAN.source}${PLAN_WORDS}以来`, 'g')

/** The span “十四五”以来 at `m` names, when the plan ended before `reviewYear`; null otherwise. */
function planOverSince(m: RegExpExecArray, reviewYear: number | null): { from: number; to: number } | null {
  const plan = fiveYearPlanYears(m[1])
  return plan && reviewYear !== null && plan.to < reviewYear ? plan : null
}

/** A year as a table's column head: 2025年, 2025. */
const YEAR_CELL = new RegExp(`^(${YEAR})\\s*年?$`)
/** A table's other head cell: a word without figures or sentence marks (指标, 项目, 单位). */
const WORD_CELL = /^[^\d，。；！？：,.;!?:]{1,12}$/

/**
 * The years a line names as a table's header row (a .docx table read as lines, import/docx.ts:
 * 指标　2023年　2024年; or its year cell alone, 2024年): each cell a year or a short word, one
 * at least a year. Must: “指标　2023年　2025年”, “2025年”. Must not: “一、2025年工作回顾”,
 * “（2026年1月16日）”, “2025年，全县……”, “总诊疗人次（万人次）　177.2　186.4”.
 */
function headerYears(text: string): number[] | null {
  const cells = text.trim().split(/[\s\u3000]+/)
  const years = cells.map((c) => YEAR_CELL.exec(c)).filter((m) => m !== null)
  return years.length && cells.every((c) => YEAR_CELL.test(c) || WORD_CELL.test(c))
    ? years.map((m) => Number(m[1]))
    : null
}

/** A sentence of a block, up to and with its closing mark. */
const SENTENCE = /[^。；！？!?;]+[。；！？!?;]?/g

/** Sentences that characterise a year: right for one year only. */
const YEAR_SENTENCE = new RegExp(`(${YEAR})\\s*年(?:是|为)[^。；！]*?(?:之年|一年|关键年|起步年)`, 'g')

/**
 * What reads wrong after the roll: sentences characterising a year, what the checks call
 * relative time words in a review and time-bound phrases (the same rules, so the same words),
 * and figures typed as plain text in the review and the tasks, read as the checks read them
 * (what the importer would have made a slot): last year's numbers, which no slot empties.
 */
function staleFlags(doc: PMNode, phrases: string[]): RolloverFlag[] {
  const out: RolloverFlag[] = []
  const options = { ...DEFAULT_CHECK_OPTIONS, timeBoundPhrases: phrases }
  const { reviewYear, planYear } = doc.attrs
  const years = docYears(doc)
  const visit = (block: PMNode, pos: number, container: Container, partKind: PartKind | null) => {
    const view = viewOf(block)
    const first = out.length
    const flag = (kind: FlagKind, from: number, to: number, message: string) =>
      out.push({
        kind,
        message,
        excerpt: excerptOf(view, from, to, 8),
        words: view.text.slice(from, to),
        from: pos + 1 + from,
        to: pos + 1 + to,
      })
    // A table's header moved with the speech, its numbers below did not (tryout 11 A2).
    const heads = headerYears(view.text)
    const moved = heads?.find((y) => y === reviewYear || y === planYear)
    if (moved !== undefined)
      flag(
        'typed-figure',
        0,
        view.text.length,
        `“${view.text.trim()}”像是表格的表头：其中的年份已改为${moved}年，表里的数字却还是去年讲稿的（不是数字空位，换年时没有清空）。请把表中数字改成对应年份的，或删去这张表。`,
      )
    for (const m of view.text.matchAll(YEAR_SENTENCE)) {
      flag(
        'year-sentence',
        m.index,
        m.index + m[0].length,
        `“${m[0]}”描述的是某一年的特点，换年后多半已不适用，请改写。`,
      )
    }
    for (const m of view.text.matchAll(PLAN_SINCE)) {
      const plan = planOverSince(m, reviewYear)
      const name = `“${m[1]}五”`
      if (plan)
        flag(
          'time-bound',
          m.index,
          m.index + m[0].length,
          `${name}以来：${name}已在${plan.to}年结束，这篇讲话回顾的是${reviewYear}年。请改为${name}期间（累计数用${plan.from}—${plan.to}年的），或改写，并核对后面的累计数。`,
        )
    }
    const ctx = { container, partKind, blockType: block.type.name, reviewYear, planYear, options }
    for (const [kind, rule] of [
      ['relative-time', relativeTime],
      ['time-bound', timeBoundPhrase],
    ] as const) {
      for (const f of rule.check(view, ctx)) flag(kind, f.from, f.to, f.message)
    }
    // A sentence characterising a year that holds a time-bound phrase (2026年是“十四五”规划收官之年)
    // is said once, by the phrase's flag, which says more: tryout 13 got each such sentence twice.
    const bound = out.slice(first).filter((f) => f.kind === 'time-bound')
    for (let i = out.length - 1; i >= first; i--) {
      const f = out[i]
      if (f.kind === 'year-sentence' && bound.some((b) => b.from >= f.from && b.to <= f.to)) out.splice(i, 1)
    }
    // A place in a ranking is a fact of the year it was written for, and no slot holds it.
    if (partKind === 'review' || partKind === 'tasks' || container === 'opening')
      for (const r of ranksIn(view.text))
        flag('typed-figure', r.from, r.to, `“${r.text}”是去年讲稿里的名次，换年时不会改：请改成今年的名次，或删去。`)
    periodFigures(view, flag)
    // What the checks read as figures in the words (checks/typed-figures.ts).
    if (partKind === 'review' || partKind === 'tasks')
      for (const f of typedFigures(view, typedPlace(partKind, years.reviewYear, years.planYear))) {
        flag(
          'typed-figure',
          f.from,
          f.to,
          `“${view.text.slice(f.from, f.to)}”是直接写在文字里的去年数字（不是数字空位），换年时不会清空：请改成今年的数字，或改成数字空位。`,
        )
      }
    unnamed(view, pos, first)
  }
  /**
   * Figures of a span that ended before the year the draft now reviews (a “十四五” total or 年均增长
   * in a draft reviewing 2026): the roll-over keeps them, true of their span, but they are the old
   * speech's account of it (tryout 15 A4: 1286亿元, 418个, 3.1万人, 5.6%和7.3% printed unseen in
   * 2027's draft). Named a sentence at a time, by the words before the first of them.
   */
  const periodFigures = (
    view: BlockView,
    flag: (kind: FlagKind, from: number, to: number, message: string) => void,
  ) => {
    if (reviewYear === null) return
    const stale = view.slots.filter(
      ({ attrs: a }) =>
        a.role === 'metric' && a.value !== null && a.period !== null && Number(a.period.split('-')[1]) < reviewYear,
    )
    for (const sentence of view.text.matchAll(SENTENCE)) {
      const end = sentence.index + sentence[0].length
      const inside = stale.filter((s) => s.offset >= sentence.index && s.offset < end)
      if (!inside.length) continue
      // The words before the first figure, back to a mark or another slot: found again after edits.
      const lead = /[^，。；：！？,;:!?\uFFFC]{1,20}$/.exec(view.text.slice(sentence.index, inside[0].offset))
      if (!lead) continue
      const from = inside[0].offset - lead[0].length
      const said = inside.map((s) => `“${excerptOf(view, s.offset, s.offset + 1, 0)}”`).join('')
      const [first, last] = (inside[0].attrs.period ?? '').split('-')
      flag(
        'time-bound',
        from,
        inside[0].offset,
        `${said}是${first}—${last}年的数，这篇讲话回顾的是${reviewYear}年，换年时原样保留了：请确认还要这样讲，或改写、删去。`,
      )
    }
  }
  /**
   * The safety net: every number still written as plain text that no flag above names (a unit
   * the reader does not know, a count in the opening, a table's cells), each named with the others
   * of its sentence, so nothing of last year's goes to print unseen (tryout 14 A1).
   */
  const unnamed = (view: BlockView, pos: number, from: number) => {
    const named = out.slice(from).map((f) => [f.from - pos - 1, f.to - pos - 1])
    const loose = plainNumbers(view.text).filter((n) => !named.some(([a, b]) => n.from < b && n.to > a))
    for (const sentence of view.text.matchAll(SENTENCE)) {
      const end = sentence.index + sentence[0].length
      const inside = loose.filter((n) => n.from >= sentence.index && n.to <= end)
      if (!inside.length) continue
      const said = inside.map((n) => `“${view.text.slice(n.from, n.to)}”`).join('')
      // Each number its own flag, so rewriting one shows that one dealt with; they share the message.
      for (const n of inside)
        out.push({
          kind: 'typed-figure',
          message: `这些数字没有变成空位，请逐一核对：${said}是去年讲稿里直接写的数，换年时不会清空。请改成今年的数，或确认不用改。`,
          excerpt: excerptOf(view, n.from, n.to, 12),
          words: view.text.slice(n.from, n.to),
          from: pos + 1 + n.from,
          to: pos + 1 + n.to,
        })
    }
  }
  doc.forEach((top, topPos) => {
    const container: Container =
      top.type.name === 'part'
        ? 'part'
        : top.type.name === 'opening' || top.type.name === 'closing'
          ? top.type.name
          : 'head'
    const kind: PartKind | null = top.type.name === 'part' ? top.attrs.kind : null
    if (top.isTextblock) {
      visit(top, topPos, container, null)
      return
    }
    top.descendants((node, pos) => {
      if (node.isTextblock) {
        visit(node, topPos + 1 + pos, container, kind)
        return false
      }
      return true
    })
  })
  return out
}
