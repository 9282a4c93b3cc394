/**
 * What a roll-over asks the user to rewrite or confirm, apart from the roll-over itself: the
 * editor's 换年提示 shows these and finds them again after edits, without loading the roll-over
 * (which reads figures with the importer's reader).
 */
import type { Node as PMNode } from 'prosemirror-model'

export type FlagKind = 'year-sentence' | 'relative-time' | 'time-bound' | 'historical-year' | 'date' | 'typed-figure'

export interface RolloverFlag {
  kind: FlagKind
  message: string
  excerpt: string
  /** The flagged words themselves, to find them again after edits. */
  words: string
  /** Positions in the new draft. */
  from: number
  to: number
}

export const FLAG_NAMES: Record<FlagKind, string> = {
  'year-sentence': '描述年份的句子',
  'relative-time': '相对时间词',
  'time-bound': '时效性提法',
  'historical-year': '其他年份（请确认）',
  date: '日期',
  'typed-figure': '写成文字的数字',
}

/**
 * The words that show a flag is still open. A date flag is about the whole date, not its year
 * alone: a draft whose date line was corrected from 1月16日 to 1月22日 still has the year, and the
 * hint about 1月16日 is dealt with. Flags stored before a date flag's words were the whole date
 * (words "2027") read the date from their excerpt ("2027年1月16日）").
 */
export function flagWords(flag: RolloverFlag): string {
  if (flag.kind !== 'date' || !/^\d{4}$/.test(flag.words) || !flag.excerpt.startsWith(flag.words)) return flag.words
  const date = /^\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?/.exec(flag.excerpt)
  return date ? date[0] : flag.words
}

/**
 * Where a flag's words are now, after the user's edits: the occurrence whose surroundings
 * best match the flag's excerpt, nearest the original place. Null when the words are gone.
 */
export function locateFlag(doc: PMNode, flag: RolloverFlag): { from: number; to: number } | null {
  const context = flag.excerpt.replace(/…/g, '')
  const words = flagWords(flag)
  let best: { from: number; to: number; score: number } | null = null
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true
    const text = node.textContent
    for (let i = text.indexOf(words); i >= 0; i = text.indexOf(words, i + 1)) {
      const around = text.slice(Math.max(0, i - 12), i + words.length + 12)
      let score = 0
      for (let k = 0; k < context.length - 1; k++) if (around.includes(context.slice(k, k + 2))) score++
      // Map the text offset to a position (slots take a position but no text).
      let offset = 0
      let from = -1
      node.forEach((child, o) => {
        if (from >= 0) return
        const len = child.isText ? child.textContent.length : 0
        if (child.isText && i < offset + len) from = pos + 1 + o + (i - offset)
        offset += len
      })
      if (from < 0) continue
      const distance = Math.abs(from - flag.from)
      const rank = score * 10000 - distance
      if (!best || rank > best.score) best = { from, to: from + words.length, score: rank }
    }
    return false
  })
  // `best` is set inside the descendants callback, which TypeScript's narrowing (to null) does not see.
  // biome-ignore lint/nursery/noUnsafeTypeAssertion: the reason is the comment above
  return best ? { from: (best as { from: number }).from, to: (best as { to: number }).to } : null
}

/**
 * The flags whose words are no longer in the speech where they stood: the user rewrote them
 * (开局之年 → 关键之年, 到2025年 → 到2030年), so what they asked is dealt with by editing. One
 * walk over the speech for all the flags.
 */
export function rewrittenFlags(doc: PMNode, flags: readonly RolloverFlag[]): Set<number> {
  const texts: string[] = []
  doc.descendants((node) => {
    if (!node.isTextblock) return true
    texts.push(node.textContent)
    return false
  })
  const out = new Set<number>()
  flags.forEach((flag, i) => {
    if (!texts.some((t) => standsIn(t, flag))) out.add(i)
  })
  return out
}

/**
 * What an excerpt shows of a slot (its value, or ＿＿ when empty) and the speech's text does not
 * hold: a pair of characters with one of these is not compared.
 */
const SLOT_READING = /[0-9０-９.．%％＿]/
/** The pairs of characters of `text`, each once, none of a slot's reading: what two stretches of words are compared by. */
const pairs = (text: string) =>
  new Set(
    [...text]
      .slice(0, -1)
      .map((c, k) => c + text[k + 1])
      .filter((p) => !SLOT_READING.test(p)),
  )

const DIGIT = /[0-9０-９]/

/** Where `words` stand in `text`; a number's words not inside a longer number (the 6 of 2026 is not a 6). */
function* occurrences(text: string, words: string): Generator<number> {
  const number = DIGIT.test(words[0]) || DIGIT.test(words[words.length - 1])
  for (let i = text.indexOf(words); i >= 0; i = text.indexOf(words, i + 1))
    if (!number || !(DIGIT.test(text[i - 1] ?? '') || DIGIT.test(text[i + words.length] ?? ''))) yield i
}

/**
 * Whether a flag's words still stand in `text` where it found them: an occurrence among words
 * like those its excerpt quotes before and after them (half their pairs of characters at least,
 * each side read on its side). The words alone are not enough: a year hint's 2025 is in many
 * sentences, and “提出到2025年全省” rewritten to 2030 no longer holds the year the hint is about
 * (tryout 14 C4). An excerpt that quotes nothing around the words (or not the words: a flag
 * stored otherwise) asks the words alone.
 */
function standsIn(text: string, flag: RolloverFlag): boolean {
  const words = flagWords(flag)
  const context = flag.excerpt.replace(/…/g, '')
  const at = occurrences(context, words).next().value ?? -1
  const left = at < 0 ? new Set<string>() : pairs(context.slice(0, at))
  const right = at < 0 ? new Set<string>() : pairs(context.slice(at + words.length))
  const total = left.size + right.size
  for (const i of occurrences(text, words)) {
    if (!total) return true
    // Wider than the excerpt: a slot shown in it (its value or ＿＿, its unit) is no text here.
    const before = pairs(text.slice(Math.max(0, i - at - 8), i))
    const after = pairs(text.slice(i + words.length, i + words.length + (context.length - at - words.length) + 8))
    const same = [...left].filter((p) => before.has(p)).length + [...right].filter((p) => after.has(p)).length
    if (same * 2 >= total) return true
  }
  return false
}

/** How many flags still ask for something: neither marked 已处理 nor rewritten away. */
export function openFlagCount(
  doc: PMNode,
  report: { flags: readonly RolloverFlag[]; done: readonly number[] },
): number {
  const rewritten = rewrittenFlags(doc, report.flags)
  return report.flags.filter((_f, i) => !report.done.includes(i) && !rewritten.has(i)).length
}
