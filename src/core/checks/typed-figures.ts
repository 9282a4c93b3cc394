/**
 * Figures typed or pasted as plain text ("由上年的96.8%提高到97.6%，提高1.2个百分点" typed into a
 * paragraph) are read as the importer would have read them, and the rules on figures read them
 * as they read slots: a sentence typed is checked as the same sentence imported is. The speech
 * is not changed (no slot appears under the user); only the view those rules read is.
 *
 * One recogniser: the importer's (findFigures, figureSlot), given the place the block stands in
 * as the importer gives it. A figure already a slot is the slot; only the words between are read.
 */
import { figureTypeFor, type FigurePlace, WORDS_ONLY } from '../figures/context'
import { candidates } from '../import/candidates'
import { figureSlot } from '../import/figure-slot'
import { findFigures } from '../import/figures'
import type { PlaceLevel } from '../import/own-place'
import { asciiDigits } from '../import/normalize'
import { headingSpan } from '../import/periods'
import { type FigureKind, type SlotAttrs, slotAttrs } from '../schema'
import { slotReading } from '../text'
import { isTableRow } from '../table-rows'
import type { BlockView, DocumentContext, TopSummary } from './types'

/** Where a block stands, as the importer reads a figure there: its part, what a figure there is and of which year. */
export interface TypedPlace {
  part: FigurePlace
  kind: FigureKind
  year: number | null
  /** The year the speech plans: where a part speaks of it, a clause's 去年 is the year before. */
  plan: number | null
  /** The year the speech reviews: what stands now (截至目前, 现有) in the tasks stands at its end, as the importer reads it. */
  review: number | null
  /** The heading of its part: a span it names (“十四五”以来……) reaches a 累计 in its paragraphs. */
  heading: string
  /** The level of the speech's own place: a figure of another place keeps its scope (import/own-place.ts). */
  own: PlaceLevel | null
  /** All the above as far as reading figures goes, compared to know when a reading still holds. */
  key: string
}

export function typedPlace(
  part: FigurePlace,
  reviewYear: number | null,
  planYear: number | null,
  heading = '',
  own: PlaceLevel | null = null,
): TypedPlace {
  const { kind, year } = figureTypeFor(part, reviewYear, planYear)
  // Only the span a heading names is read from it: a heading typed in keeps its blocks' readings.
  const span = heading && year !== null ? headingSpan(heading, year) : null
  return {
    part,
    kind,
    year,
    plan: planYear,
    review: reviewYear,
    heading,
    own,
    key: `${part}|${kind}|${year}|${planYear}|${reviewYear}|${span ? `${span.from}-${span.to}` : ''}|${own ?? ''}`,
  }
}

/** Where the blocks of a top-level node stand, as the engine places them (a textblock at the top is in the head). */
export function topPlace(
  top: TopSummary,
  reviewYear: number | null,
  planYear: number | null,
  own: PlaceLevel | null = null,
): TypedPlace {
  if (top.type === 'part') return typedPlace(top.kind ?? 'other', reviewYear, planYear, top.blocks[0]?.view.text, own)
  return typedPlace(top.type === 'opening' || top.type === 'closing' ? top.type : 'head', reviewYear, planYear, '', own)
}

/** A block as the figure rules read it: each typed figure one U+FFFC with its slot, as a real slot is. */
export interface FigureView {
  view: BlockView
  /** An offset into `view.text` as the offset into the block's own text (a typed figure's end is the end of its words). */
  toBlock(offset: number): number
}

const same = (offset: number) => offset
const DIGIT = /[0-9０-９]/

/**
 * Whether the block's own words may hold a figure: the reader's first step (a number with a unit
 * after it) finds one. Most blocks of an imported speech hold only years, dates and numbers in
 * their words (their figures are slots), and are read no further.
 */
function mayHoldFigures(text: string): boolean {
  if (!DIGIT.test(text)) return false
  return candidates(asciiDigits(text)).some((c) => c.unit !== '' && !c.masked)
}

const read = new WeakMap<BlockView, { key: string; figures: FigureView }>()

/**
 * The view the figure rules read for a block standing at `place`. Cached by the block's view
 * and the place: after a keystroke only the block typed in is read again.
 */
export function figureView(view: BlockView, place: TypedPlace): FigureView {
  const hit = read.get(view)
  if (hit?.key === place.key) return hit.figures
  const figures = readTyped(view, place)
  read.set(view, { key: place.key, figures })
  return figures
}

/** A block as the document rules on figures read it, and where its words stand in the document. */
export interface FigureBlock {
  /** The top-level node it is in: a rule that keeps something per part sees it change. */
  top: TopSummary
  figures: FigureView
  /** The document position of an offset into `figures.view.text`. */
  pos(offset: number): number
}

/**
 * Every block of the speech in order, read as the figure rules read it (typed figures included,
 * each block placed as its top-level node stands): the one walk of the document rules that hold a
 * figure against the figures said before it (figure-rules, restatements, restated-counts, shares-across).
 */
export function* figureBlocks(
  tops: readonly TopSummary[],
  ctx: Pick<DocumentContext, 'reviewYear' | 'planYear' | 'own'>,
): Generator<FigureBlock> {
  for (const top of tops) {
    const place = topPlace(top, ctx.reviewYear, ctx.planYear, ctx.own)
    for (const b of top.blocks) {
      const figures = figureView(b.view, place)
      yield { top, figures, pos: (offset) => top.pos + b.offset + figures.toBlock(offset) }
    }
  }
}

/** A figure of the speech with its number: a metric, filled. */
export const filled = (a: SlotAttrs): a is SlotAttrs & { value: string } => a.role === 'metric' && a.value !== null

/** A figure typed as words: where its words are in the block's text, and the slot the importer would have made of it. */
export interface TypedFigure {
  from: number
  to: number
  attrs: SlotAttrs
}

/**
 * The figures in a block's own words, as the importer would have read them there: each with a
 * value (a mask such as ××人 is a placeholder, other rules' business), never one a slot already is.
 */
export function typedFigures(view: BlockView, place: TypedPlace): TypedFigure[] {
  if (WORDS_ONLY.has(view.node.type.name) || !mayHoldFigures(view.text)) return []
  // The block as its words read, each slot as its figure: the importer read the sentence whole,
  // and a typed figure is read in the context of the slots around it (由{slot}提高到97.6%).
  let reading = ''
  /** Each slot's stretch of the reading, and how much longer the reading is than the block's text before it. */
  const stretches: { from: number; to: number }[] = []
  let at = 0
  for (const s of view.slots) {
    reading += view.text.slice(at, s.offset)
    const from = reading.length
    reading += slotReading(s.attrs)
    stretches.push({ from, to: reading.length })
    at = s.offset + 1
  }
  reading += view.text.slice(at)
  /** A reading offset outside every slot's stretch, as the block's. */
  const toView = (r: number) => {
    let shift = 0
    for (const s of stretches) if (s.to <= r) shift += s.to - s.from - 1
    return r - shift
  }
  const typed: TypedFigure[] = []
  for (const f of findFigures(
    asciiDigits(reading),
    { year: place.year, part: place.part, heading: place.heading, plan: place.plan, review: place.review },
    place.own,
  )) {
    if (f.role !== 'metric' || f.value === null) continue
    if (stretches.some((s) => s.from < f.to && f.from < s.to)) continue
    typed.push({ from: toView(f.from), to: toView(f.to - 1) + 1, attrs: slotAttrs(figureSlot(f, place)) })
  }
  return typed
}

function readTyped(view: BlockView, place: TypedPlace): FigureView {
  // A table's row keeps its numbers as text, as the import does (table-rows.ts): the rules on
  // figures read no sentence in it; table-figures.ts reads its cells under its header.
  const typed = isTableRow(view.text) ? [] : typedFigures(view, place)
  if (!typed.length) return { view, toBlock: same }

  // Each typed figure becomes one U+FFFC, as a slot reads; the real slots move with the text.
  let text = ''
  const slots: BlockView['slots'] = []
  /** Each typed figure's offset in the new text, and its length in the block's. */
  const placed: { offset: number; length: number }[] = []
  let real = 0
  let at = 0
  for (const t of typed) {
    while (real < view.slots.length && view.slots[real].offset < t.from) {
      const s = view.slots[real++]
      slots.push({ offset: text.length + s.offset - at, attrs: s.attrs })
    }
    text += view.text.slice(at, t.from)
    placed.push({ offset: text.length, length: t.to - t.from })
    slots.push({ offset: text.length, attrs: t.attrs })
    text += '\uFFFC'
    at = t.to
  }
  for (const s of view.slots.slice(real)) slots.push({ offset: text.length + s.offset - at, attrs: s.attrs })
  text += view.text.slice(at)
  return {
    view: { node: view.node, text, slots },
    toBlock(offset) {
      let shift = 0
      for (const p of placed) if (p.offset < offset) shift += p.length - 1
      return offset + shift
    },
  }
}

/** Sentences of the kinds a secretary types: a change, points, a count with 其中, a target. */
const WARM_UP = [
  '全县农村自来水普及率由上年的96.8%提高到97.6%，提高1.2个百分点，新建改造农村供水工程45处，受益人口3.2万人，其中脱贫人口1,260人。',
  '2026年力争完成固定资产投资120亿元，同比增长8%以上，一般公共预算收入达到15.6亿元。',
]

/**
 * Reads a few sentences as typed figures are read, so that the reader's patterns are compiled
 * before the first figure is typed and not inside that key's task (in Node the first reading
 * takes about 12 ms, the next 0.3–0.6 ms). Returns how many figures it read.
 */
export function warmTypedReading(): number {
  const place = typedPlace('review', 2025, 2026)
  let n = 0
  for (const text of WARM_UP) {
    mayHoldFigures(text)
    for (const f of findFigures(asciiDigits(text), { year: place.year, part: place.part, heading: '' }))
      if (f.role === 'metric' && f.value !== null) {
        slotAttrs(figureSlot(f, place))
        n++
      }
  }
  return n
}
