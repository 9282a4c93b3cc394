/**
 * Chinese numbering of the speech's headings (一、 （一） 1. （1）). The facts live in lang/;
 * this is the model's entry to them.
 */
import { chineseNumeral, parseChineseNumeral } from './lang/numerals'

export { chineseNumeral, parseChineseNumeral }
export { levelLabel, type Level } from './lang/numbering'

/** How many, as a count is said: 两 for 2 ("会议有两项议程"), otherwise the numeral. */
export function countNumeral(n: number): string {
  return n === 2 ? '两' : chineseNumeral(n)
}

/** 两 → 2, 三 → 3; null when not a count. */
export function parseCountNumeral(text: string): number | null {
  return text === '两' ? 2 : parseChineseNumeral(text)
}
