/**
 * What a figure states, by where it stands: in a tasks part it is a target for the year the
 * speech plans; anywhere else an actual of the year it reviews. The importer, templates and the
 * outline's part-kind switch all type slots by this one rule.
 */
import type { FigureKind, PartKind } from '../schema'

export type FigurePlace = PartKind | 'opening' | 'closing' | 'head'

export function figureTypeFor(
  place: FigurePlace,
  reviewYear: number | null,
  planYear: number | null,
): { kind: FigureKind; year: number | null } {
  return place === 'tasks' ? { kind: 'target', year: planYear } : { kind: 'actual', year: reviewYear }
}

/**
 * Blocks whose words stay words: a number in the greeting or a part's heading (“一、2025年工作回顾”)
 * is never a figure. The importer makes no slot there, and the checks read no typed figure there.
 */
export const WORDS_ONLY: ReadonlySet<string> = new Set(['greeting', 'part_heading'])
