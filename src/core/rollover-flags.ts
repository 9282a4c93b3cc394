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
 * Where a flag's words are now, after the user's edits: the occurrence whose surroundings
 * best match the flag's excerpt, nearest the original place. Null when the words are gone.
 */
export function locateFlag(doc: PMNode, flag: RolloverFlag): { from: number; to: number } | null {
  const context = flag.excerpt.replace(/…/g, '')
  let best: { from: number; to: number; score: number } | null = null
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true
    const text = node.textContent
    for (let i = text.indexOf(flag.words); i >= 0; i = text.indexOf(flag.words, i + 1)) {
      const around = text.slice(Math.max(0, i - 12), i + flag.words.length + 12)
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
      if (!best || rank > best.score) best = { from, to: from + flag.words.length, score: rank }
    }
    return false
  })
  // `best` is set inside the descendants callback, which TypeScript's narrowing (to null) does not see.
  // biome-ignore lint/nursery/noUnsafeTypeAssertion: the reason is the comment above
  return best ? { from: (best as { from: number }).from, to: (best as { to: number }).to } : null
}

/**
 * The flags whose words are no longer in the speech: the user rewrote them (开局之年 → 关键之年),
 * so what they asked is dealt with by editing. One walk over the speech for all the flags.
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
    if (!texts.some((t) => t.includes(flag.words))) out.add(i)
  })
  return out
}

/** How many flags still ask for something: neither marked 已处理 nor rewritten away. */
export function openFlagCount(
  doc: PMNode,
  report: { flags: readonly RolloverFlag[]; done: readonly number[] },
): number {
  const rewritten = rewrittenFlags(doc, report.flags)
  return report.flags.filter((_f, i) => !report.done.includes(i) && !rewritten.has(i)).length
}
