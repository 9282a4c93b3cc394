/**
 * Where other drafts show a figure: the library is one per department, so a figure typed in one
 * draft changes the number every other draft is checked against. Before the change goes unnoticed
 * (a copy made to try things out wrote over the original's figures, tryout 10), the drafts that
 * still show the old number are named. Read from the stored speech JSON, without building a document.
 */
import { convert } from '../units'
import type { FigureNumber } from './model'

/** The figure asked about: which metric (by the index's own test), year, kind, span, and the number looked for. */
export interface ShownFigure {
  /** Whether a slot's label names the metric (FigureIndex.metricKey of both, the one definition). */
  names: (label: string) => boolean
  year: number
  kind: 'actual' | 'target'
  span: string
  number: FigureNumber
}

interface SlotJSON {
  type?: unknown
  attrs?: Record<string, unknown>
  content?: unknown
}

/** A node of stored JSON: an object, read by its fields. */
function isNode(x: unknown): x is SlotJSON {
  return typeof x === 'object' && x !== null
}

/** Whether the speech (a stored speech's `doc` JSON) shows `f`'s number in a filled slot of its metric. */
export function showsFigure(doc: unknown, f: ShownFigure): boolean {
  const wanted = Number(f.number.value)
  const stack: unknown[] = [doc]
  while (stack.length) {
    const node = stack.pop()
    if (!isNode(node)) continue
    if (Array.isArray(node.content)) stack.push(...node.content)
    const a = node.attrs
    if (node.type !== 'slot' || !a || a.role !== 'metric' || typeof a.value !== 'string') continue
    if (typeof a.label !== 'string' || a.year !== f.year || a.kind !== f.kind || (a.period ?? '') !== f.span) continue
    if (!f.names(a.label)) continue
    const unit = typeof a.unit === 'string' ? a.unit : ''
    const inLibraryUnit = convert(a.value, unit || f.number.unit, f.number.unit || unit)
    if (inLibraryUnit !== null && Math.abs(Number(inLibraryUnit) - wanted) < 1e-9 * Math.max(1, Math.abs(wanted)))
      return true
  }
  return false
}
