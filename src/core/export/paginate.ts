/**
 * Lines and pages of a speech on a layout's grid. Pure: the same pages feed the preview,
 * the print view and the HTML export.
 *
 * Line breaking follows Chinese rules: a full-width character is one cell, a half-width
 * one (digits, Latin letters) half a cell; runs of digits and Latin letters do not break;
 * closing punctuation never starts a line (it hangs at the end of the previous one) and
 * opening punctuation never ends one. Headings are kept with the line after them.
 */
import type { Node as PMNode } from 'prosemirror-model'
import type { Layout } from './layout'
import { cellWidth, printBlocks, type RunStyle } from '../text'

export { cellWidth }

/** How a line (or a run in it) is typeset. */
export type LineStyle = RunStyle

export interface Line {
  style: LineStyle
  /** Pieces of text with their own style, e.g. a run-in heading followed by its body. */
  runs: { text: string; style: LineStyle }[]
  /** Cells of indent before the text. */
  indent: number
  align: 'left' | 'center' | 'right'
  /** Cells left empty at the right of a right-aligned line. */
  rightIndent: number
  /** A full line is spread to the whole width; the last line of a paragraph is not. */
  justify: boolean
}

export interface Page {
  number: number
  lines: Line[]
}

/** The most characters a line break carries to the next line to keep punctuation right. */
const CARRY_MAX = 3
const CLOSING = '，。、；：？！”’）》」』〕】%‰'
const OPENING = '“‘（《「『〔【'

/** Split text into unbreakable tokens: one CJK character, or a run of half-width characters. */
function tokens(text: string): string[] {
  return text.match(/[\x21-\x7e\u00a0-\u02ff]+|\s+|[\s\S]/gu) ?? []
}

/** A token wider than a line (a long URL, a run of digits) is cut into pieces that fit, or it would run off the page. */
function pieces(token: string, width: number): string[] {
  const out: string[] = []
  let piece = ''
  let used = 0
  for (const ch of token) {
    const w = cellWidth(ch)
    if (piece && used + w > width) {
      out.push(piece)
      piece = ''
      used = 0
    }
    piece += ch
    used += w
  }
  if (piece) out.push(piece)
  return out
}

/**
 * Break runs of text into lines of `capacity` cells; the first line is shortened by `indent`.
 * Returns, per line, its runs.
 */
export function breakLines(
  runs: { text: string; style: LineStyle }[],
  capacity: number,
  indent: number,
): { text: string; style: LineStyle }[][] {
  type Run = { text: string; style: LineStyle }
  const lines: Run[][] = []
  let line: Run[] = []
  let used = indent
  const push = (text: string, style: LineStyle) => {
    const last = line.at(-1)
    if (last && last.style === style) last.text += text
    else line.push({ text, style })
    used += [...text].reduce((n, ch) => n + cellWidth(ch), 0)
  }
  /** Take the last character off the line. */
  const pop = (): Run | null => {
    const last = line.at(-1)
    if (!last) return null
    const ch = [...last.text].at(-1)!
    last.text = last.text.slice(0, -ch.length)
    if (!last.text) line.pop()
    used -= cellWidth(ch)
    return { text: ch, style: last.style }
  }
  // An empty line has no last character: '' would be "in" every set and the loops below would never end.
  const lastIs = (set: string) => line.length > 0 && set.includes(line.at(-1)?.text.at(-1) ?? '')
  const all: Run[] = []
  // Pieces fit every line, the indented first one too.
  const width = Math.max(1, capacity - indent)
  for (const r of runs)
    for (const t of tokens(r.text))
      for (const p of [...t].length > width ? pieces(t, width) : [t]) all.push({ text: p, style: r.style })
  for (const { text: token, style } of all) {
    const w = [...token].reduce((n, ch) => n + cellWidth(ch), 0)
    const closing = CLOSING.includes(token[0])
    const fits = used + w <= capacity + 1e-9
    // Closing punctuation may hang one cell past the end rather than start a line.
    const hangs = closing && !lastIs(CLOSING) && used + w <= capacity + 1 && line.length > 0
    if (!fits && !hangs && line.length) {
      let carry: Run[] = []
      // Closing punctuation takes the character before it along; opening punctuation never ends a line.
      // A few at most: a line of nothing but punctuation is broken where it is, not carried whole.
      if (closing) {
        while (carry.length < CARRY_MAX && lastIs(CLOSING)) carry.unshift(pop()!)
        const word = lastIs(CLOSING) ? null : pop()
        if (word) carry.unshift(word)
      } else {
        while (carry.length < CARRY_MAX && lastIs(OPENING)) carry.unshift(pop()!)
      }
      if (!line.length || lastIs(closing ? CLOSING : OPENING)) {
        for (const c of carry) push(c.text, c.style)
        carry = []
      }
      if (line.length) lines.push(line)
      line = []
      used = 0
      for (const c of carry) push(c.text, c.style)
      if (/^\s+$/.test(token)) continue
    }
    push(token, style)
  }
  if (line.length || !lines.length) lines.push(line)
  return lines
}

/** The speech as pages of lines on the layout's grid. */
export function paginate(doc: PMNode, layout: Layout): Page[] {
  const blocks = printBlocks(doc).map((p) => {
    // A title is set larger, so fewer characters fit on its line.
    const capacity =
      p.style === 'title' ? Math.floor((layout.charsPerLine * layout.bodyPt) / layout.titlePt) : layout.charsPerLine
    const indent = p.indent ? 2 : 0
    const right = p.rightIndent ?? 0
    const broken = p.runs.every((r) => r.text === '') ? [[]] : breakLines(p.runs, capacity - right, indent)
    const align = p.center ? 'center' : p.rightIndent !== undefined ? 'right' : 'left'
    const lines: Line[] = broken.map((runs, i) => ({
      style: p.style,
      runs,
      indent: i === 0 ? indent : 0,
      align,
      rightIndent: right,
      justify: align === 'left' && i < broken.length - 1,
    }))
    return { lines, keepWithNext: p.keepWithNext }
  })
  const pages: Page[] = []
  let page: Line[] = []
  const flush = () => {
    pages.push({ number: pages.length + 1, lines: page })
    page = []
  }
  for (let b = 0; b < blocks.length; b++) {
    const { lines } = blocks[b]
    // A heading (or a run of them) goes with the first line after it: never alone at a page foot.
    if (blocks[b].keepWithNext && page.length) {
      let needed = 0
      let k = b
      while (k < blocks.length && blocks[k].keepWithNext) needed += blocks[k++].lines.length
      if (k < blocks.length) needed += 1
      if (needed <= layout.linesPerPage && page.length + needed > layout.linesPerPage) flush()
    }
    for (const line of lines) {
      if (page.length === layout.linesPerPage) flush()
      // A blank line is not carried to the top of a page.
      if (line.style === 'blank' && page.length === 0) continue
      page.push(line)
    }
  }
  if (page.length || !pages.length) flush()
  return pages
}
