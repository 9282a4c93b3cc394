/**
 * A speech copied out of a PDF, an OCR or a printout pasted from Word carries its pages' margins
 * among the paragraphs: the page number the office prints in the footer ("— 2 —", "第2页 共5页")
 * and a running header repeated on every page ("全市外事工作会议材料之二"). They are no words of
 * the speech: they are left out, as a .docx's headers and footers are (docx-extras.ts), and the
 * preview says so in the same words.
 */
import type { NamedPattern } from './patterns'

export const PAGE_NUMBER: NamedPattern = {
  id: 'page-number',
  purpose:
    '页码行：单独一行的“— 2 —”“－3－”“- 12 -”（公文页码两边加横线）、“第2页 共5页”“第 3 页”、“2/5”。从 PDF、OCR 或带页码的 Word 复制来的文字夹在段落之间。',
  pattern:
    /^[—–\-－─]{1,2}\s*\d{1,3}\s*[—–\-－─]{1,2}$|^第\s*\d{1,3}\s*页(?:\s*[，,/／]?\s*共\s*\d{1,3}\s*页)?$|^\d{1,3}\s*[/／]\s*\d{1,3}$/,
  matches: ['— 2 —', '－3－', '- 12 -', '—2—', '第2页 共5页', '第 3 页', '2/5'],
  rejects: ['——在全县工作会议上的讲话', '— 2025 —', '第2页的表格已更新。', '1/3的村完成改造', '2', '- END -'],
}

/** The longest a running header runs; it never holds a sentence's end. */
const HEADER_MAX = 40
const SENTENCE_MARK = /[。！？；;!?]/

/** What the preview says of a page's margins left out, given their first words quoted (“— 2 —”); a .docx's the same (docx-extras.ts). */
export function marginsNote(quoted: string): string {
  return `页眉、页脚的文字（如${quoted}）不导入讲稿；打印和导出时按版式另加页码。`
}

/** The note for lines of a text's margins left out: the first page number and the first header, each once. */
export function droppedMarginsNote(dropped: readonly string[]): string | null {
  if (!dropped.length) return null
  const number = dropped.find((l) => PAGE_NUMBER.pattern.test(l))
  const header = dropped.find((l) => !PAGE_NUMBER.pattern.test(l))
  return marginsNote(
    [number, header]
      .filter((l) => l !== undefined)
      .map((l) => `“${l}”`)
      .join(''),
  )
}

/**
 * The text without its page numbers and, where a line stands next to a page number and is
 * written the same way at least twice, its running header. Returns the lines left out, in order.
 */
export function dropPageMargins(text: string): { text: string; dropped: string[] } {
  const lines = text.split(/\r\n|\r|\n/)
  const trimmed = lines.map((l) => l.trim())
  const isNumber = trimmed.map((l) => l !== '' && PAGE_NUMBER.pattern.test(l))
  if (!isNumber.some(Boolean)) return { text, dropped: [] }
  const times = new Map<string, number>()
  for (const l of trimmed) if (l) times.set(l, (times.get(l) ?? 0) + 1)
  /** The nearest line on a side that is not blank. */
  const near = (i: number, step: 1 | -1) => {
    for (let j = i + step; j >= 0 && j < lines.length; j += step) if (trimmed[j]) return j
    return -1
  }
  const isHeader = (i: number) => {
    const l = trimmed[i]
    if (!l || isNumber[i] || l.length > HEADER_MAX || SENTENCE_MARK.test(l) || (times.get(l) ?? 0) < 2) return false
    const before = near(i, -1)
    const after = near(i, 1)
    return (before >= 0 && isNumber[before]) || (after >= 0 && isNumber[after])
  }
  const drop = lines.map((_l, i) => isNumber[i] || isHeader(i))
  return {
    text: lines.filter((_l, i) => !drop[i]).join('\n'),
    dropped: trimmed.filter((_l, i) => drop[i]),
  }
}
