/**
 * Chinese numbering as official documents write it: 一 … 十, 十一 … 十九, 二十 … 九十九, 一百 ….
 * Part numbers (一、), section numbers (（一）), items (1. and （1）) are derived from a
 * node's position, never stored, so inserting or moving a block renumbers the rest.
 */

const DIGITS = '零一二三四五六七八九'

const PLACES: [string, number][] = [
  ['千', 1000],
  ['百', 100],
  ['十', 10],
  ['', 1],
]

/** A group of up to four digits (1–9999); `leading` when nothing is written before it (十一, not 一十一). */
function group(n: number, leading: boolean): string {
  let out = ''
  let zero = false
  for (const [place, value] of PLACES) {
    const d = Math.floor(n / value) % 10
    if (!d) {
      if (out) zero = true
      continue
    }
    if (zero) out += '零'
    zero = false
    out += (d === 1 && place === '十' && leading && !out ? '' : DIGITS[d]) + place
  }
  return out
}

/**
 * 1 → 一, 10 → 十, 11 → 十一, 20 → 二十, 101 → 一百零一, 110 → 一百一十, 1000 → 一千,
 * 10010 → 一万零一十, 100000 → 十万: any positive whole number, so no count of parts can
 * run out of numerals.
 */
export function chineseNumeral(n: number): string {
  if (!Number.isSafeInteger(n) || n < 1) throw new RangeError(`No Chinese numeral for ${n} (whole numbers from 1)`)
  let out = ''
  let gap = false
  for (const [place, value] of [
    ['亿', 1e8],
    ['万', 1e4],
    ['', 1],
  ] as const) {
    const g = place === '亿' ? Math.floor(n / value) : Math.floor(n / value) % 10000
    if (!g) {
      if (out) gap = true
      continue
    }
    if (out && (gap || g < 1000)) out += '零'
    gap = false
    out += (g >= 10000 ? chineseNumeral(g) : group(g, !out)) + place
  }
  return out
}

const NUMERAL = /^(?:([一二三四五六七八九])百)?(?:(零)|([一二三四五六七八九])?(十))?([一二三四五六七八九])?$/

/** 一 → 1, 十一 → 11, 一百零一 → 101; null when the text is not a numeral as chineseNumeral writes it. */
export function parseChineseNumeral(text: string): number | null {
  const m = NUMERAL.exec(text)
  if (!m || text === '') return null
  const [, h, , t, ten, o] = m
  const n =
    (h ? DIGITS.indexOf(h) * 100 : 0) + (ten ? (t ? DIGITS.indexOf(t) : 1) * 10 : 0) + (o ? DIGITS.indexOf(o) : 0)
  if (n === 0) return null
  return chineseNumeral(n) === text ? n : null
}

export type Level = 1 | 2 | 3 | 4

/** The label of the n-th heading at a level: 一、 （一） 1. （1） */
export function levelLabel(level: Level, n: number): string {
  switch (level) {
    case 1:
      return `${chineseNumeral(n)}、`
    case 2:
      return `（${chineseNumeral(n)}）`
    case 3:
      return `${n}.`
    case 4:
      return `（${n}）`
  }
}
