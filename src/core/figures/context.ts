/**
 * What a figure states, by where it stands: in a part that says what the planned year is to do
 * (the tasks, and the requirements: 全年开展安全隐患排查2次以上, 每年至少专题研究2次) it is a
 * target for the year the speech plans; anywhere else an actual of the year it reviews. The
 * importer, templates and the outline's part-kind switch all type slots by this one rule.
 */
import type { FigureKind, PartKind } from '../schema'

export type FigurePlace = PartKind | 'opening' | 'closing' | 'head'

/** The parts whose figures are the planned year's targets: what is to be done, and how. */
export const PLANNING_PARTS: ReadonlySet<string> = new Set<FigurePlace>(['tasks', 'requirements'])

export function figureTypeFor(
  place: FigurePlace,
  reviewYear: number | null,
  planYear: number | null,
): { kind: FigureKind; year: number | null } {
  return PLANNING_PARTS.has(place) ? { kind: 'target', year: planYear } : { kind: 'actual', year: reviewYear }
}

/**
 * Blocks whose words stay words: a number in the greeting or a part's heading (“一、2025年工作回顾”)
 * is never a figure. The importer makes no slot there, and the checks read no typed figure there.
 */
export const WORDS_ONLY: ReadonlySet<string> = new Set(['greeting', 'part_heading'])
