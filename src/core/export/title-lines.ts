/**
 * Centred lines (the title, the subtitle) broken the way GB/T 9704 asks of a title (7.3.3: 回行时，
 * 要做到词意完整，排列对称): between phrases at the spaces that separate them, else between
 * words, never inside one; of the ways with the fewest lines, the most even. Words come from the
 * platform's word segmenter (Intl.Segmenter, in Node and in the browser); a word longer than a
 * whole line is the only thing ever broken inside.
 */
import { cellWidth, type RunStyle } from '../text'

type Run = { text: string; style: RunStyle }

/** Where a break may go, and what it costs: a space between phrases is free, between words dearer. */
interface Piece {
  text: string
  style: RunStyle
  /** The cost of breaking the line before this piece; Infinity where a break may not go. */
  breakCost: number
  /** Spaces before this piece, dropped when the line breaks there. */
  space: string
}

const cells = (text: string) => [...text].reduce((n, ch) => n + cellWidth(ch), 0)
const CLOSING = /^[，。、；：？！”’）》」』〕】%‰]/
const OPENING = /[“‘（《「『〔【—]$/
const SPACES = /^[ \u3000]+/
/** Words a phrase ends with (a break may follow them) or starts with (a break may go before them). */
const ENDS_PHRASE = /^[的和与及暨并]$/
const STARTS_PHRASE = /^[在为以把对]$/

/** Text of more pieces, or needing more lines, is broken greedily rather than by trying every way. */
const MAX_PIECES = 48
const MAX_LINES = 4

const segmenter =
  typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter('zh-CN', { granularity: 'word' }) : null

function words(text: string): string[] {
  return segmenter ? [...segmenter.segment(text)].map((s) => s.segment) : [...text]
}

function pieces(runs: Run[]): Piece[] {
  const out: Piece[] = []
  let space = ''
  for (const run of runs) {
    for (const word of words(run.text)) {
      const lead = SPACES.exec(word)?.[0] ?? ''
      const text = word.slice(lead.length)
      space += lead
      if (!text) continue
      const prev = out.at(-1)
      let cost: number
      if (!prev) cost = Number.POSITIVE_INFINITY
      else if (space) cost = 0
      else if (CLOSING.test(text) || OPENING.test(prev.text) || (/^\w/.test(text) && /\w$/.test(prev.text)))
        cost = Number.POSITIVE_INFINITY
      else if (ENDS_PHRASE.test(prev.text) || STARTS_PHRASE.test(text)) cost = 5
      // Two words side by side may be one compound ("人力|资源"); a one-character piece may be
      // half of a word the segmenter did not know ("谱|写").
      else cost = [...text].length === 1 || [...prev.text].length === 1 ? 40 : 20
      out.push({ text, style: run.style, breakCost: cost, space })
      space = ''
    }
  }
  return out
}

/** The runs of pieces [from, to) as one line, without the spaces a break dropped. */
function lineOf(ps: Piece[], from: number, to: number): Run[] {
  const out: Run[] = []
  for (let i = from; i < to; i++) {
    const text = (i > from ? ps[i].space : '') + ps[i].text
    const last = out.at(-1)
    if (last && last.style === ps[i].style) last.text += text
    else out.push({ text, style: ps[i].style })
  }
  return out
}

const width = (ps: Piece[], from: number, to: number) =>
  ps.slice(from, to).reduce((n, p, i) => n + cells((i > 0 ? p.space : '') + p.text), 0)

/** Break centred text into lines of at most `capacity` cells, between phrases and words. */
export function centredLines(runs: Run[], capacity: number): Run[][] {
  const ps = pieces(runs)
  if (!ps.length) return [[]]
  if (width(ps, 0, ps.length) <= capacity) return [lineOf(ps, 0, ps.length)]
  // A word wider than a line is split into pieces of a line's width: the only break inside a word.
  if (ps.some((p) => cells(p.text) > capacity) || ps.length > MAX_PIECES) return greedy(ps, capacity)
  let best: { breaks: number[]; cost: number } | null = null
  for (let lines = 2; lines <= Math.min(ps.length, MAX_LINES) && !best; lines++) {
    for (const breaks of combinations(ps.length, lines - 1)) {
      const edges = [0, ...breaks, ps.length]
      const widths = edges.slice(1).map((to, i) => width(ps, edges[i], to))
      if (widths.some((w) => w > capacity)) continue
      const cost = breaks.reduce((n, b) => n + ps[b].breakCost, 0) + Math.max(...widths) - Math.min(...widths)
      if (cost < Number.POSITIVE_INFINITY && (!best || cost < best.cost)) best = { breaks, cost }
    }
  }
  if (!best) return greedy(ps, capacity)
  const edges = [0, ...best.breaks, ps.length]
  return edges.slice(1).map((to, i) => lineOf(ps, edges[i], to))
}

/** Every increasing choice of `k` break positions among 1 … n-1. */
function* combinations(n: number, k: number, start = 1): Generator<number[]> {
  if (k === 0) {
    yield []
    return
  }
  for (let i = start; i <= n - k; i++) for (const rest of combinations(n, k - 1, i + 1)) yield [i, ...rest]
}

/** Fill each line with as many pieces as fit, breaking where a break may go; a too-wide word by characters. */
function greedy(ps: Piece[], capacity: number): Run[][] {
  const lines: Run[][] = []
  let from = 0
  while (from < ps.length) {
    let to = from + 1
    while (to < ps.length && width(ps, from, to + 1) <= capacity) to++
    // Back off to a place a break may go.
    let at = to
    while (at < ps.length && at > from + 1 && ps[at].breakCost === Number.POSITIVE_INFINITY) at--
    if (at > from + 1 || at === ps.length) to = at
    if (cells(ps[from].text) > capacity && to === from + 1) {
      const chars = [...ps[from].text]
      let line = ''
      for (const ch of chars) {
        if (cells(line + ch) > capacity) {
          lines.push([{ text: line, style: ps[from].style }])
          line = ''
        }
        line += ch
      }
      ps[from] = { ...ps[from], text: line, space: '' }
      continue
    }
    lines.push(lineOf(ps, from, to))
    from = to
  }
  return lines
}
