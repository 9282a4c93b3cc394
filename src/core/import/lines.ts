/**
 * What a single line of a speech is, judged by its own text: a part heading (一、),
 * a section heading (（一）, own-line or run-in), an item (1. or （1）), a greeting,
 * a subtitle, a date line, or a plain paragraph.
 */
import { parseChineseNumeral } from '../numbering'

export type LineKind =
  | { type: 'part'; number: number; text: string }
  | { type: 'section'; number: number; heading: string; body: string }
  | { type: 'item'; level: 3 | 4; number: number; text: string }
  | { type: 'greeting'; text: string }
  | { type: 'subtitle'; text: string }
  | { type: 'dateline'; text: string }
  | { type: 'paragraph'; text: string }

const CN = '[一二三四五六七八九十百零]{1,5}'
const PART = new RegExp(`^(${CN})\\s*[、，,．.]\\s*(.+)$`)
const SECTION = new RegExp(`^[（(]\\s*(${CN})\\s*[）)]\\s*[、，,．.]?\\s*(.+)$`)
const ITEM3 = /^(\d{1,2})\s*[.．、](?!\d)\s*(.+)$/
const ITEM4 = /^[（(]\s*(\d{1,2})\s*[）)]\s*(.+)$/
const GREETING = /^(?:[^。！？]{0,24}(?:同志们|各位代表|各位领导|各位来宾|同志们、朋友们)[^。！？]{0,12})[：:]$/
const SUBTITLE = /^[—－\-─]{1,3}\s*\S.*$/
const DATELINE = /^[（(]\s*(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年[^）)]{1,12}[）)]$/

/** The longest a line may be and still count as an own-line heading. */
const HEADING_MAX = 48

export function classifyLine(line: string): LineKind {
  let m = SECTION.exec(line)
  if (m) {
    const number = parseChineseNumeral(m[1])
    if (number !== null) {
      const { heading, body } = splitRunIn(m[2])
      return { type: 'section', number, heading, body }
    }
  }
  m = PART.exec(line)
  if (m && !/^[是要]/.test(m[2])) {
    const number = parseChineseNumeral(m[1])
    if (number !== null) return { type: 'part', number, text: m[2] }
  }
  m = ITEM4.exec(line)
  if (m) return { type: 'item', level: 4, number: Number(m[1]), text: m[2] }
  m = ITEM3.exec(line)
  if (m && !/^\d/.test(m[2])) return { type: 'item', level: 3, number: Number(m[1]), text: m[2] }
  if (GREETING.test(line)) return { type: 'greeting', text: line.replace(/:$/, '：') }
  if (SUBTITLE.test(line) && line.length <= 60)
    return { type: 'subtitle', text: line.replace(/^[—－\-─]{1,3}\s*/, '——') }
  if (DATELINE.test(line)) return { type: 'dateline', text: line }
  return { type: 'paragraph', text: line }
}

/**
 * A section line either is its heading ("（一）过去的一年，我们全力以赴做好就业创业工作")
 * or starts with it and runs on ("（一）实施就业优先战略，千方百计稳定和扩大就业。坚持把…").
 * The heading of a run-in section is its first sentence, with its full stop.
 */
export function splitRunIn(text: string): { heading: string; body: string } {
  const end = /[。！？；;]/.exec(text)
  if (end && end.index + 1 < text.length) {
    return { heading: text.slice(0, end.index + 1), body: text.slice(end.index + 1).trim() }
  }
  if (text.length > HEADING_MAX && end) {
    // One long sentence: a numbered paragraph rather than a heading. Keep it whole as the body.
    return { heading: text.slice(0, end.index + 1), body: '' }
  }
  return { heading: text, body: '' }
}

/** Enumerations inside a paragraph: 一是…二是…, 一要…二要…, 第一，…第二，… */
export function enumerations(text: string): { marker: string; number: number; index: number }[] {
  const found: { marker: string; number: number; index: number }[] = []
  const re = /(?:^|[。；;！？：:，,])\s*(?:(第)?([一二三四五六七八九十]{1,3})(是|要|[，,、]))/g
  for (let m: RegExpExecArray | null; (m = re.exec(text)); ) {
    const [, di, numeral, suffix] = m
    if (!di && /[，,、]/.test(suffix)) continue
    const number = parseChineseNumeral(numeral)
    if (number === null) continue
    found.push({ marker: (di ?? '') + numeral + suffix, number, index: m.index + m[0].indexOf(numeral) - (di ? 1 : 0) })
  }
  return found
}
