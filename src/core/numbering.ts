/**
 * Chinese numbering as official documents write it: 一 … 十, 十一 … 十九, 二十 … 九十九.
 * Part numbers (一、), section numbers (（一）), items (1. and （1）) are derived from a
 * node's position, never stored, so inserting or moving a block renumbers the rest.
 */

const DIGITS = '零一二三四五六七八九'

/** 1 → 一, 10 → 十, 11 → 十一, 20 → 二十, 99 → 九十九. */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) throw new RangeError(`No Chinese numeral for ${n} (1–99 supported)`)
  if (n < 10) return DIGITS[n]
  const tens = Math.floor(n / 10)
  const ones = n % 10
  return (tens === 1 ? '' : DIGITS[tens]) + '十' + (ones ? DIGITS[ones] : '')
}

/** 一 → 1, 十一 → 11, 二十 → 20; null when the text is not a numeral from 1 to 99. */
export function parseChineseNumeral(text: string): number | null {
  const m = /^([二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(text)
  if (!m || text === '') return null
  const [, tens, ten, ones] = m
  if (tens && !ten) return ones ? null : DIGITS.indexOf(tens)
  if (!ten) return ones ? DIGITS.indexOf(ones) : null
  return (tens ? DIGITS.indexOf(tens) : 1) * 10 + (ones ? DIGITS.indexOf(ones) : 0)
}

export type Level = 1 | 2 | 3 | 4

/** The label of the n-th heading at a level: 一、 （一） 1. （1） */
export function levelLabel(level: Level, n: number): string {
  switch (level) {
    case 1: return `${chineseNumeral(n)}、`
    case 2: return `（${chineseNumeral(n)}）`
    case 3: return `${n}.`
    case 4: return `（${n}）`
  }
}
