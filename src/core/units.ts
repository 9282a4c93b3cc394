/**
 * Converting figures between units of the same base: 万元 and 亿元, 人 and 万人, 亩 and 万亩.
 * What a unit is (magnitudes, bases, 余/多) is written Chinese and lives in lang/units.ts.
 */
import { COUNTING_UNIT, MAGNITUDES, SYNONYMS, splitWrittenUnit, writtenBase } from './lang/units'

export { magnitudeOf, splitWrittenUnit, writtenUnit, type Approx, type ApproxPos } from './lang/units'

export interface Unit {
  readonly base: string
  readonly factor: number
  readonly approx: boolean
}

/**
 * Units read so far: a speech writes a few dozen, and the checks read each figure's unit several
 * times a sentence (a profile of the corpus's checks had parsing them at a quarter of the
 * arithmetic's time). Emptied when it grows past what any speech writes (a paste of nonsense).
 */
const parsed = new Map<string, Unit>()
const PARSED_MAX = 5_000

export function parseUnit(unit: string): Unit {
  let u = parsed.get(unit)
  if (!u) {
    if (parsed.size >= PARSED_MAX) parsed.clear()
    u = Object.freeze(readUnit(unit))
    parsed.set(unit, u)
  }
  return u
}

function readUnit(unit: string): Unit {
  const { unit: plain, approx } = splitWrittenUnit(unit)
  // "万" alone is a count of ten thousand; "万人" is ten thousand people.
  const factor = MAGNITUDES.find(([prefix]) => plain.startsWith(prefix))?.[1] ?? 1
  // Each word of a compound is read alike: 名/万人 is 人/万人, 千克标煤/人 is 千克标准煤/人.
  const base = writtenBase(plain)
    .split('/')
    .map((word) => SYNONYMS[word] ?? word)
    .join('/')
  return { base, factor, approx: approx !== '' }
}

/** Whether values in unit `a` can be written in unit `b`. */
export function compatible(a: string, b: string): boolean {
  return parseUnit(a).base === parseUnit(b).base
}

/** Decimal digits to keep for a converted value: enough to show the source's precision. */
function decimalsFor(value: string, ratio: number): number {
  const given = value.split('.')[1]?.length ?? 0
  return Math.max(0, Math.min(4, given + Math.round(Math.log10(ratio))))
}

/**
 * Convert a written value between units: ("36200", "人", "万人") → "3.62".
 * Returns null when the units have different bases (人 into 元).
 */
export function convert(value: string, from: string, to: string): string | null {
  const a = parseUnit(from)
  const b = parseUnit(to)
  if (a.base !== b.base) return null
  if (a.factor === b.factor) return value
  const ratio = a.factor / b.factor
  const n = Number(value) * ratio
  // A value too long for a number (hundreds of digits) cannot be converted, like a unit that does not fit.
  if (!Number.isFinite(n)) return null
  return formatNumber(n, decimalsFor(value, 1 / ratio))
}

/** A number the way a speech writes it: no thousands separators, no trailing zeros. */
export function formatNumber(n: number, maxDecimals = 2): string {
  if (!Number.isFinite(n)) throw new RangeError(`Not a finite number: ${n}`)
  // toFixed writes 1e+21 and above in exponent form, which is not a number a speech can show.
  if (Math.abs(n) >= 1e21) return BigInt(Math.round(n)).toString()
  const fixed = n.toFixed(maxDecimals)
  return fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed
}

/** The value in base units, for comparing figures written in different units. */
export function inBase(value: string, unit: string): number {
  return Number(value) * parseUnit(unit).factor
}

/**
 * How far a written figure may be from the true value, in base units: half a unit of its last
 * written digit (12.6亿元 stands for 12.55–12.65亿元). A count of whole things written to its last
 * unit (由31人下降到26人) is exact; a round count (3250人) may be rounded to tens.
 */
export function slackOf(written: string, unit: string): number {
  const decimals = written.split('.')[1]?.length ?? 0
  const u = parseUnit(unit)
  if (!decimals && u.factor === 1 && COUNTING_UNIT.test(u.base) && !written.endsWith('0')) return 0
  return 0.5 * 10 ** -decimals * u.factor
}

/**
 * Whether a figure in `unit` counts whole things (家, 人, 万人次, 场; lang/units.ts COUNTING_UNITS):
 * a count, which is never below zero. Not a rate, 个百分点 or money, which may fall below zero.
 */
export function isCountUnit(unit: string): boolean {
  return COUNTING_UNIT.test(writtenBase(unit))
}

/** A value with a minus sign (-5, －5, −5), as typed or read from a spreadsheet. */
const MINUS = /^\s*[-－−]\s*(?=\d)/

/**
 * Why `value` cannot be a figure counted in `unit`, in the user's words: a count with a minus
 * sign (新增限上商贸企业 -5 家 would print 新增限上商贸企业-5家). The fall is said in words (减少5家)
 * and the figure holds its size. Null where the value may stand. Every path that writes a figure
 * asks this: the figure's input and the figures panel, the figures store, a CSV row, a fill.
 */
export function negativeCount(value: string, unit: string): string | null {
  if (!MINUS.test(value) || !isCountUnit(unit) || Number(value.replace(MINUS, '')) === 0) return null
  const size = value.replace(MINUS, '')
  return `以“${unit}”计的是个数，不能是负数（${value.trim()}）。数目减少了，请在讲稿里用文字写明，如“减少${size}${unit}”，数值只写 ${size}`
}
