/**
 * Centred lines (the title, the subtitle) broken the way GB/T 9704 asks of a title (7.3.3: 回行时，
 * 要做到词意完整，排列对称): between phrases at the spaces that separate them, else between
 * words, never inside one; of the ways with the fewest lines, the most even. Words come from the
 * platform's word segmenter (Intl.Segmenter, in Node and in the browser); a word longer than a
 * whole line is the only thing ever broken inside.
 */
import { cellWidth, type RunStyle } from '../text'
import { WHOLE_SCOPE } from '../lang/scopes'

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

/** A rule that finds where a title's phrases meet, with titles where it must and must not ('|' marks the place). */
export interface TitleBreakRule {
  /** Global; each match's index is a place between two phrases (the patterns match nothing else). */
  pattern: RegExp
  must: readonly string[]
  mustNot: readonly string[]
}

/**
 * Where a title's phrases meet, so a line may break there with its words whole (GB/T 9704 7.3.3:
 * 回行时词意完整): after 关于 and its verb, after the year, after the scope (全县), before the
 * meeting's kind (工作会议), before or after 的 of the document's kind (的通知). A title broken
 * anywhere else between words may split a compound the segmenter reads as two (全县农业 / 机械化,
 * tryout 14).
 */
export const TITLE_BREAKS: readonly TitleBreakRule[] = [
  {
    pattern: /(?<=^关于(?:召开|举办|举行|印发|转发|开展|做好|组织|公布|表彰))(?=.)/g,
    must: ['关于召开|2026年全县农业机械化工作会议的通知', '关于印发|2026年全市教育工作要点的通知'],
    mustNot: ['关于|召开2026年全县农业机械化工作会议的通知', '关于召|开全县交通运输工作会议的通知'],
  },
  {
    pattern: /(?<=(?:19|20)\d{2}年度?)(?=[^\d度的月—\-－至])/g,
    must: [
      '关于召开2026年|全县农业机械化工作会议的通知',
      '关于召开2026年度|全区住房和城乡建设工作会议的通知',
      '在2024年|全县教育工作会议上的讲话',
    ],
    mustNot: ['关于召开2026年|度全区住房和城乡建设工作会议的通知', '关于2026年|1月份工作安排的通知', '2025年|—2026年'],
  },
  {
    pattern: new RegExp(`(?<=(?:^|年度?|召开|在)${WHOLE_SCOPE})(?=.)`, 'g'),
    must: [
      '关于召开2026年全县|农业机械化工作会议的通知',
      '关于召开全市|交通运输工作会议的通知',
      '全区|住房和城乡建设工作会议',
    ],
    mustNot: [
      '关于召开2026年全|县农业机械化工作会议的通知',
      '关于召开2026年安全|生产工作会议的通知',
      '关于健全|制度的意见',
    ],
  },
  {
    pattern: /(?<!工作|^)(?=(?:工作)?(?:会议|大会|推进会|座谈会|现场会|部署会|调度会)的)/g,
    must: ['关于召开2026年全县农业机械化|工作会议的通知', '关于召开全县乡村振兴|推进会的通知'],
    mustNot: ['关于召开2026年全县农业机械化工作|会议的通知', '关于召开2026年全县农业|机械化工作会议的通知'],
  },
  {
    pattern:
      /(?<=.)(?=的(?:通知|通报|意见|决定|报告|请示|批复|函|方案|办法|规定|纪要)$)|(?<=的)(?=(?:通知|通报|意见|决定|报告|请示|批复|函|方案|办法|规定|纪要)$)/g,
    must: ['关于召开2026年全县农业机械化工作会议|的通知', '关于召开2026年全县农业机械化工作会议的|通知'],
    mustNot: ['关于召开2026年全县农业机械化工作会议的通|知', '关于召开全县农业|农村工作会议的通知'],
  },
]

/** Where a title's phrases meet (TITLE_BREAKS), as offsets into the text. */
export function titleBreaks(text: string): Set<number> {
  const out = new Set<number>()
  for (const rule of TITLE_BREAKS) for (const m of text.matchAll(rule.pattern)) out.add(m.index)
  return out
}

/** The cost of a break where two of a title's phrases meet: less than after 的 or 和, which may be inside one. */
const PHRASE_COST = 2

/** What a line more than two costs: less than a break between two words of one phrase (20). */
const LINE_COST = 15
/** The dearest break that is still between phrases: after 的 or 和 (5). */
const BETWEEN_PHRASES = 5

/** Text of more pieces, or needing more lines, is broken greedily rather than by trying every way. */
const MAX_PIECES = 48
const MAX_LINES = 4

const segmenter =
  typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter('zh-CN', { granularity: 'word' }) : null

function words(text: string): string[] {
  return segmenter ? [...segmenter.segment(text)].map((s) => s.segment) : [...text]
}

/** The run's words, split again where a title's phrases meet inside one; `at` is the run's offset in the whole text. */
function wordsAt(text: string, at: number, breaks: Set<number>): string[] {
  const out: string[] = []
  let offset = at
  for (const word of words(text)) {
    let from = 0
    for (let i = 1; i < word.length; i++)
      if (breaks.has(offset + i)) {
        out.push(word.slice(from, i))
        from = i
      }
    out.push(word.slice(from))
    offset += word.length
  }
  return out
}

function pieces(runs: Run[]): Piece[] {
  const out: Piece[] = []
  const breaks = titleBreaks(runs.map((r) => r.text).join(''))
  let space = ''
  let offset = 0
  for (const run of runs) {
    for (const word of wordsAt(run.text, offset, breaks)) {
      const start = offset
      offset += word.length
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
      else if (ENDS_PHRASE.test(prev.text) || STARTS_PHRASE.test(text)) cost = BETWEEN_PHRASES
      // Two words side by side may be one compound ("人力|资源"); a one-character piece may be
      // half of a word the segmenter did not know ("谱|写").
      else cost = [...text].length === 1 || [...prev.text].length === 1 ? 40 : 20
      if (breaks.has(start + lead.length) && cost < Number.POSITIVE_INFINITY) cost = Math.min(cost, PHRASE_COST)
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
  let best: { breaks: number[]; cost: number; lines: number } | null = null
  // Fewest lines first; a line more only where then every break falls between phrases (a space,
  // 和/的, TITLE_BREAKS), and the breaks of fewer lines did not (全市教育 / 系统).
  for (
    let lines = 2;
    lines <= Math.min(ps.length, MAX_LINES) && (!best || best.cost > (lines - 2) * LINE_COST);
    lines++
  ) {
    for (const breaks of combinations(ps.length, lines - 1)) {
      if (best && best.lines < lines && breaks.some((b) => ps[b].breakCost > BETWEEN_PHRASES)) continue
      const edges = [0, ...breaks, ps.length]
      const widths = edges.slice(1).map((to, i) => width(ps, edges[i], to))
      if (widths.some((w) => w > capacity)) continue
      const cost =
        breaks.reduce((n, b) => n + ps[b].breakCost, 0) +
        Math.max(...widths) -
        Math.min(...widths) +
        (lines - 2) * LINE_COST
      if (cost < Number.POSITIVE_INFINITY && (!best || cost < best.cost)) best = { breaks, cost, lines }
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
