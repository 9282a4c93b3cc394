/**
 * Chinese numbering as official documents write it: 一 … 十, 十一 … 十九, 二十 … 九十九.
 * Part numbers (一、), section numbers (（一）), items (1. and （1）) are derived from a
 * node's position, never stored, so inserting or moving a block renumbers the rest.
 */

const DIGITS = '零一二三四五六七八九'

/** 1 → 一, 10 → 十, 11 → 十一, 20 → 二十, 101 → 一百零一, 110 → 一百一十, up to 999. */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 999) throw new RangeError(`No Chinese numeral for ${n} (1–999 supported)`)
  const hundreds = Math.floor(n / 100)
  const tens = Math.floor(n / 10) % 10
  const ones = n % 10
  if (!hundreds) return n < 10 ? DIGITS[n] : (tens === 1 ? '' : DIGITS[tens]) + '十' + (ones ? DIGITS[ones] : '')
  let out = DIGITS[hundreds] + '百'
  if (tens) out += DIGITS[tens] + '十'
  else if (ones) out += '零'
  return out + (ones ? DIGITS[ones] : '')
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

/** How many, as a count is said: 两 for 2 ("会议有两项议程"), otherwise the numeral. */
export function countNumeral(n: number): string {
  return n === 2 ? '两' : chineseNumeral(n)
}

/** 两 → 2, 三 → 3; null when not a count. */
export function parseCountNumeral(text: string): number | null {
  return text === '两' ? 2 : parseChineseNumeral(text)
}
