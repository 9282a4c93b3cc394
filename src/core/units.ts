/**
 * Units as speeches write them: a base unit (人, 元, 亩, 吨, %) with an optional multiplier
 * (万, 亿, 千万, 百万) and an approximation mark (余, 多): "万元", "亿元", "万余户".
 * Values convert between units of the same base; anything else is refused.
 */

export interface Unit {
  base: string
  factor: number
  approx: boolean
}

const MULTIPLIERS: [string, number][] = [
  ['千万', 1e7],
  ['百万', 1e6],
  ['万', 1e4],
  ['亿', 1e8],
]
/** Base units that are the same thing under two names. */
const SYNONYMS: Record<string, string> = { 名: '人', 公斤: '千克', 千米: '公里', 百分点: '个百分点' }

export function parseUnit(unit: string): Unit {
  const { unit: plain, approx } = splitWrittenUnit(unit)
  let rest = plain
  let factor = 1
  for (const [prefix, f] of MULTIPLIERS) {
    // "万" alone is a count of ten thousand; "万人" is ten thousand people.
    if (rest.startsWith(prefix)) {
      factor = f
      rest = rest.slice(prefix.length)
      break
    }
  }
  return { base: SYNONYMS[rest] ?? rest, factor, approx: approx !== '' }
}

/** The 万/亿 a unit starts with ("万元" → "万"), or ''. */
export function magnitudeOf(unit: string): string {
  return MULTIPLIERS.find(([prefix]) => unit.startsWith(prefix))?.[0] ?? ''
}

export type Approx = '' | '余' | '多'
export type ApproxPos = 'number' | 'magnitude'

/**
 * A unit as the text writes it, split into the unit itself and its approximation:
 * "余场" → 场, 余 after the number; "万余户" → 万户, 余 after 万; "余万元" → 万元, 余 after the number.
 */
export function splitWrittenUnit(written: string): { unit: string; approx: Approx; approxPos: ApproxPos } {
  const w = written.trim()
  const lead = /^[余多]/.exec(w)
  if (lead) return { unit: w.slice(1), approx: lead[0] as Approx, approxPos: 'number' }
  const mag = magnitudeOf(w)
  if (mag && /^[余多]/.test(w.slice(mag.length))) {
    return { unit: mag + w.slice(mag.length + 1), approx: w[mag.length] as Approx, approxPos: 'magnitude' }
  }
  return { unit: w, approx: '', approxPos: 'number' }
}

/** The unit as the text writes it, its approximation put back where it was. */
export function writtenUnit(unit: string, approx: Approx = '', pos: ApproxPos = 'number'): string {
  if (!approx) return unit
  const mag = pos === 'magnitude' ? magnitudeOf(unit) : ''
  return mag + approx + unit.slice(mag.length)
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
