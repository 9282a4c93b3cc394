/**
 * How official Chinese writing numbers things: four levels of headings (一、 → （一） → 1. → （1））
 * and enumerations inside a paragraph (一是…二是…, 一要…二要…, 第一，…第二，…). The model derives
 * heading numbers from position (levelLabel); the importer and the checks read typed ones here.
 */
import { chineseNumeral, NUMERAL_CHARS, parseChineseNumeral } from './numerals'

export type Level = 1 | 2 | 3 | 4

/** What a heading's number is written between at each level: 一、 （一） 1. （1）. Levels 1 and 2 count in Chinese numerals. */
export const LEVEL_MARKS: Readonly<Record<Level, readonly [open: string, close: string]>> = {
  1: ['', '、'],
  2: ['（', '）'],
  3: ['', '.'],
  4: ['（', '）'],
}

/** The label of the n-th heading at a level: 一、 （一） 1. （1） */
export function levelLabel(level: Level, n: number): string {
  const [open, close] = LEVEL_MARKS[level]
  return open + (level <= 2 ? chineseNumeral(n) : String(n)) + close
}

/** A number typed at the start of a line or paragraph: its level, value, style (as number one) and length. */
export interface NumberMark {
  level: Level
  number: number
  /** The mark written as number one in the same style, e.g. "（一）", "1．", "一，". */
  style: string
  /** Characters the mark takes, spaces after it included. */
  length: number
}

const CN = `[${NUMERAL_CHARS}]{1,5}`

/**
 * The typed numbers of the four levels. Level 2 comes before level 1 and level 4 before 3:
 * a bracket decides. "一是"/"一要" after a level-1 mark make an enumeration, not a heading
 * ("三、要求" is one: 要求 is a noun).
 */
const MARKS: { level: Level; re: RegExp; style: (m: RegExpExecArray) => string }[] = [
  { level: 2, re: new RegExp(`^([（(])\\s*(${CN})\\s*([）)])\\s*[、，,．.]?\\s*`), style: (m) => `${m[1]}一${m[3]}` },
  { level: 1, re: new RegExp(`^(${CN})\\s*([、，,．.])(?!\\s*(?:是|要(?!求)))\\s*`), style: (m) => `一${m[2]}` },
  { level: 4, re: /^([（(])\s*(\d{1,2})\s*([）)])\s*/, style: (m) => `${m[1]}1${m[3]}` },
  // A digit right after the mark is the number going on (1.5万, 1、2月: January and February),
  // unless it opens a year (1、2025年……).
  { level: 3, re: /^(\d{1,2})\s*([.．、)）])(?!\d(?!\d{3}年))\s*/, style: (m) => `1${m[2]}` },
]

/** The typed number a line starts with, or null. */
export function numberMark(text: string): NumberMark | null {
  for (const { level, re, style } of MARKS) {
    const m = re.exec(text)
    if (!m) continue
    const digits = level === 1 || level === 3 ? m[1] : m[2]
    const number = level <= 2 ? parseChineseNumeral(digits) : Number(digits)
    if (number === null || number === 0) continue
    return { level, number, style: style(m), length: m[0].length }
  }
  return null
}

/**
 * A part numbered as Word writers and web pages number one on a line of its own: 第一部分, 第二部分.
 * Not a mark numberMark reads (第一部分资金已拨付到位 is a sentence): the importer reads such a
 * line as a part only where the speech numbers none 一、 (import/article.ts ordinalPart).
 */
export const ORDINAL_PART = new RegExp(`^第(${CN})部分`)

/** The number a written mark gives: 一、（二）3.（4）, or 第四部分; null for none. */
export function writtenNumber(mark: string): number | null {
  const typed = numberMark(mark)
  if (typed) return typed.number
  const ordinal = ORDINAL_PART.exec(mark)
  return ordinal ? parseChineseNumeral(ordinal[1]) : null
}

/** An enumeration inside a paragraph: its marker ("二是", "第三，"), number and offset. */
export interface Enumeration {
  marker: string
  number: number
  index: number
}

const ENUMERATION = /(?:^|[。；;！？：:，,])\s*(?:(第)?([一二三四五六七八九十]{1,3})(是|要|[，,、]))/g

/** Enumerations inside a paragraph: 一是…二是…, 一要…二要…, 第一，…第二，… */
export function enumerations(text: string): Enumeration[] {
  const found: Enumeration[] = []
  for (const m of text.matchAll(ENUMERATION)) {
    const [, di, numeral, suffix] = m
    if (!di && /[，,、]/.test(suffix)) continue
    const number = parseChineseNumeral(numeral)
    if (number === null) continue
    found.push({
      marker: (di ?? '') + numeral + suffix,
      number,
      index: m.index + m[0].indexOf(numeral) - (di ? 1 : 0),
    })
  }
  return found
}

/** A number of level 4 written inside a paragraph, after its start or a mark: "（1）实施……；（2）推动……". */
const INLINE_MARK = /(?:^|[。；;！？：:，,])\s*[（(]\s*(\d{1,2})\s*[）)]/g

/** The numbers of level 4 a paragraph lists inside itself, in order: "重点抓好三项工作：（1）…；（2）…；（3）…". */
export function inlineNumbers(text: string): number[] {
  return [...text.matchAll(INLINE_MARK)].map((m) => Number(m[1]))
}
