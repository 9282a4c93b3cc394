/**
 * What a single line of a speech is, judged by its own text: a part heading (一、),
 * a section heading (（一）, own-line or run-in), an item (1. or （1）), a greeting,
 * a subtitle, a date line, or a plain paragraph.
 */
import { numberMark } from '../lang/numbering'

export type LineKind =
  | { type: 'part'; number: number; mark: string; text: string }
  | { type: 'section'; number: number; mark: string; heading: string; body: string }
  | { type: 'item'; level: 3 | 4; number: number; mark: string; text: string }
  | { type: 'greeting'; text: string }
  | { type: 'subtitle'; text: string }
  | { type: 'dateline'; text: string }
  | { type: 'paragraph'; text: string }

const GREETING = /^(?:[^。！？]{0,24}(?:同志们|各位代表|各位领导|各位来宾|同志们、朋友们)[^。！？]{0,12})[：:]$/
const SUBTITLE = /^[—－\-─]{1,3}\s*\S.*$/
const DATELINE = /^[（(]\s*(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年[^）)]{1,12}[）)]$/

/** The longest a line may be and still count as an own-line heading. */
const HEADING_MAX = 48

export function classifyLine(line: string): LineKind {
  const mark = numberMark(line)
  const rest = mark ? line.slice(mark.length) : ''
  if (mark && rest) {
    const written = { number: mark.number, mark: line.slice(0, mark.length).trim() }
    switch (mark.level) {
      case 1:
        return { type: 'part', ...written, text: rest }
      case 2:
        return { type: 'section', ...written, ...splitRunIn(rest) }
      case 3:
        if (!/^\d/.test(rest)) return { type: 'item', level: 3, ...written, text: rest }
        break
      case 4:
        return { type: 'item', level: 4, ...written, text: rest }
    }
  }
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
