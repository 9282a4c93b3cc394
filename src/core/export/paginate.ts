/**
 * Lines and pages of a speech on a layout's grid. Pure: the same pages feed the preview,
 * the print view and the HTML export.
 *
 * Line breaking follows Chinese rules: a full-width character is one cell, a half-width
 * one (digits, Latin letters) half a cell; runs of digits and Latin letters do not break, nor a
 * figure and its unit;
 * closing punctuation never starts a line (it hangs at the end of the previous one) and
 * opening punctuation never ends one. Headings are kept with the lines after them, and a page
 * break never leaves one line of a paragraph alone at a page's foot or head.
 */
import type { Node as PMNode } from 'prosemirror-model'
import type { Layout } from './layout'
import { cellWidth, printBlocks, type PrintBlock, type RunStyle } from '../text'
import { centredLines } from './title-lines'
import { present } from '../guards'
import { WRITTEN_UNIT } from '../lang/units'

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

/** The most tokens a line break carries to the next line to keep punctuation right. */
const CARRY_MAX = 3
const CLOSING = '，。、；：？！”’）》」』〕】%‰'
/**
 * Closing marks that may hang past the end of a full line: the ones Word (允许标点溢出边界) and
 * LibreOffice (hanging punctuation) both let hang, so the .docx breaks its lines here too.
 * Other closing marks take the character before them to the next line.
 */
const HANGING = '，。、；：？！'
const OPENING = '“‘（《「『〔【'

/**
 * A figure with its unit, which no line break may split: 4.3亿元, 4万余户, 160家 (a line break
 * between the number and its unit reads as two words aloud, tryout 10 #10).
 */
const FIGURE = `[\\x21-\\x7e\\u00a0-\\u02ff]*\\d ?${WRITTEN_UNIT}`

/** Unbreakable tokens: a figure with its unit, a run of half-width characters, a run of spaces, or one character. */
const TOKEN = new RegExp(`${FIGURE}|[\\x21-\\x7e\\u00a0-\\u02ff]+|\\s+|[\\s\\S]`, 'gu')

/** Split text into unbreakable tokens (TOKEN). */
function tokens(text: string): string[] {
  return text.match(TOKEN) ?? []
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
  /** The tokens on the current line, each whole, so a number or a word goes down in one piece. */
  let line: Run[] = []
  let used = indent
  const cells = (text: string) => [...text].reduce((n, ch) => n + cellWidth(ch), 0)
  const push = (token: Run) => {
    line.push(token)
    used += cells(token.text)
  }
  const pop = (): Run => {
    const token = present(line.pop(), 'a run on the line')
    used -= cells(token.text)
    return token
  }
  const lastChar = () => line.at(-1)?.text.at(-1) ?? ''
  /** Merge the tokens of a line into runs of one style. */
  const merged = (tokens: Run[]) =>
    tokens.reduce<Run[]>((out, t) => {
      const last = out.at(-1)
      if (last && last.style === t.style) last.text += t.text
      else out.push({ ...t })
      return out
    }, [])
  const all: Run[] = []
  // Pieces fit every line, the indented first one too: a token wider than that would run off the page.
  const width = Math.max(1, capacity - indent)
  for (const r of runs)
    for (const t of tokens(r.text))
      for (const p of cells(t) > width ? pieces(t, width) : [t]) all.push({ text: p, style: r.style })
  for (const token of all) {
    const w = cells(token.text)
    const closing = CLOSING.includes(token.text[0])
    const fits = used + w <= capacity + 1e-9
    // Some closing punctuation may hang one cell past the end of a full line, after a Chinese character or mark.
    const hangs = HANGING.includes(token.text[0]) && used + w <= capacity + 1 && cellWidth(lastChar() || 'a') === 1
    if (!fits && !hangs) {
      const carry: Run[] = []
      // Closing punctuation takes the character (or number) before it along; opening punctuation never ends a line.
      if (closing) {
        // A few at most: a line of nothing but punctuation is broken where it is, not carried whole.
        while (carry.length < CARRY_MAX && line.length > 1 && CLOSING.includes(line[line.length - 1].text))
          carry.unshift(pop())
        if (line.length > 1) carry.unshift(pop())
      } else {
        while (carry.length < CARRY_MAX && line.length > 1 && OPENING.includes(line[line.length - 1].text))
          carry.unshift(pop())
      }
      if (line.length) lines.push(merged(line))
      line = []
      used = 0
      for (const c of carry) push(c)
      if (/^\s+$/.test(token.text)) continue
    }
    push(token)
  }
  if (line.length || !lines.length) lines.push(merged(line))
  return lines
}

/** The lines of one printed paragraph on the layout's grid. */
export function blockLines(p: PrintBlock, layout: Layout): Line[] {
  // A title is set larger, so fewer characters fit on its line.
  const capacity =
    p.style === 'title' ? Math.floor((layout.charsPerLine * layout.bodyPt) / layout.titlePt) : layout.charsPerLine
  const indent = p.indent ? 2 : 0
  const right = p.rightIndent ?? 0
  const broken = p.runs.every((r) => r.text === '')
    ? [[]]
    : p.center
      ? centredLines(p.runs, capacity)
      : breakLines(p.runs, capacity - right, indent)
  const align = p.center ? 'center' : p.rightIndent !== undefined ? 'right' : 'left'
  return broken.map((runs, i) => ({
    style: p.style,
    runs,
    indent: i === 0 ? indent : 0,
    align,
    rightIndent: right,
    justify: align === 'left' && i < broken.length - 1,
  }))
}

/**
 * The fewest lines of a paragraph a page break leaves on either side: the host reading the 主持词
 * aloud does not turn the page for “话。” alone (tryout 6), and Word's and LibreOffice's widow
 * control (on in the .docx) break the same way.
 */
const KEEP_LINES = 2

/** The fewest lines of a paragraph of `n` lines that can stand at a page's foot: all of it up to 3 lines. */
const firstLines = (n: number) => (n <= KEEP_LINES + 1 ? n : KEEP_LINES)

export interface PaginateOptions {
  /** Only the paragraphs whose text lies in this range of the document (one part of it). */
  within?: { from: number; to: number }
}

/** The speech as pages of lines on the layout's grid; empty slots print as blanks. */
export function paginate(doc: PMNode, layout: Layout, { within }: PaginateOptions = {}): Page[] {
  const inside = (p: PrintBlock) =>
    !within || p.runs.some((r) => r.source && r.source.contentStart > within.from && r.source.contentStart < within.to)
  const blocks = printBlocks(doc, { slots: 'blank' })
    .filter(inside)
    .map((p) => ({ lines: blockLines(p, layout), keepWithNext: p.keepWithNext }))
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
      if (k < blocks.length) needed += firstLines(blocks[k].lines.length)
      if (needed <= layout.linesPerPage && page.length + needed > layout.linesPerPage) flush()
    }
    let i = 0
    while (i < lines.length) {
      if (page.length === layout.linesPerPage) flush()
      const room = layout.linesPerPage - page.length
      const left = lines.length - i
      let take = Math.min(room, left)
      if (left > room) {
        // Split so that at least two lines stay on each side (widow and orphan control).
        take = Math.min(room, left - KEEP_LINES)
        if (take < KEEP_LINES) {
          if (page.length) {
            flush()
            continue
          }
          take = room
        }
      }
      for (const line of lines.slice(i, i + take)) {
        // A blank line is not carried to the top of a page.
        if (line.style === 'blank' && page.length === 0) continue
        page.push(line)
      }
      i += take
    }
  }
  if (page.length || !pages.length) flush()
  return pages
}
