/**
 * Reading a block's figures with the sentence and clause each stands in: one walk over the text,
 * however many figures, for the document rules that hold a figure against others of its sentence
 * (rate-gap, place-gap, level-gap). The walk over a document's blocks that the rules holding a figure
 * against those said before share is typed-figures' figureBlocks.
 */
import type { SlotAttrs } from '../schema'
import type { BlockView } from './types'

/** Marks that end a sentence, and those that end a clause. */
export const SENTENCE_ENDS = '。！？；'
export const CLAUSE_ENDS = '，。；！？'

export interface PlacedSlot {
  /** Its index among the block's slots. */
  index: number
  offset: number
  attrs: SlotAttrs
  /** Where its sentence and its clause start, in the block's text. */
  sentence: number
  clause: number
}

/** The block's slots in order, each with where its sentence and its clause start (`clauseEnds`: the marks that end a clause). */
export function* slotsInSentences(view: BlockView, clauseEnds = CLAUSE_ENDS): Generator<PlacedSlot> {
  const { text, slots } = view
  let sentence = 0
  let clause = 0
  let seen = 0
  for (const [index, { offset, attrs }] of slots.entries()) {
    for (; seen < offset; seen++) {
      if (SENTENCE_ENDS.includes(text[seen])) sentence = seen + 1
      if (clauseEnds.includes(text[seen])) clause = seen + 1
    }
    yield { index, offset, attrs, sentence, clause }
  }
}

/** Two figures of one time: the same kind, year and span. */
export const sameTime = (a: SlotAttrs, b: SlotAttrs) => a.kind === b.kind && a.year === b.year && a.period === b.period
/** How many decimals a number is written with. */
export const decimals = (written: string) => written.split('.')[1]?.length ?? 0
