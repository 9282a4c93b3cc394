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
