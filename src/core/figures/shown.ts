/**
 * Where other drafts show a figure: the library is one per department, so a figure typed in one
 * draft changes the number every other draft is checked against. Before the change goes unnoticed
 * (a copy made to try things out wrote over the original's figures, tryout 10), the drafts that
 * still show the old number are named. Read from a draft's shown slots (`shownSlot`, kept in its
 * stored summary), without building a document or reading the speech.
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

/** A filled metric slot of a speech, as much of it as says which figure it shows and with what number. */
export interface ShownSlot {
  label: string
  year: number
  kind: string
  /** The slot's period ('' for one year). */
  span: string
  value: string
  unit: string
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

/** A stored speech node (its JSON) that is a filled metric slot of a year: what it shows; else null. */
export function shownSlot(node: unknown): ShownSlot | null {
  if (!isNode(node) || node.type !== 'slot') return null
  const a = node.attrs
  if (a?.role !== 'metric' || typeof a.value !== 'string' || typeof a.label !== 'string') return null
  if (typeof a.year !== 'number' || typeof a.kind !== 'string') return null
  const span = typeof a.period === 'string' ? a.period : ''
  return {
    label: a.label,
    year: a.year,
    kind: a.kind,
    span,
    value: a.value,
    unit: typeof a.unit === 'string' ? a.unit : '',
  }
}

/** The filled metric slots of a stored speech's `doc` JSON, each figure once, in document order. */
export function shownSlots(doc: unknown): ShownSlot[] {
  return distinctSlots(slotsUnder(doc))
}

/**
 * The slots under a node, kept by node: a speech saved again shares the JSON of its unchanged
 * parts, so an autosave reads only the parts that changed (the store's summaries, every save).
 */
const under = new WeakMap<object, ShownSlot[]>()
function slotsUnder(node: unknown): ShownSlot[] {
  const slot = shownSlot(node)
  if (slot) return [slot]
  if (!isNode(node) || !Array.isArray(node.content)) return []
  let slots = under.get(node)
  if (!slots) {
    slots = node.content.flatMap(slotsUnder)
    under.set(node, slots)
  }
  return slots
}

/** `slots` with each figure (label, year, kind, span, value, unit) once, the first kept. */
export function distinctSlots(slots: readonly ShownSlot[]): ShownSlot[] {
  const seen = new Set<string>()
  return slots.filter((s) => {
    const key = `${s.label}\u0000${s.year}\u0000${s.kind}\u0000${s.span}\u0000${s.value}\u0000${s.unit}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/** Whether one of a speech's shown slots (`shownSlots`) shows `f`'s number, in the library's unit. */
export function showsFigure(slots: readonly ShownSlot[], f: ShownFigure): boolean {
  const wanted = Number(f.number.value)
  return slots.some((s) => {
    if (s.year !== f.year || s.kind !== f.kind || s.span !== f.span || !f.names(s.label)) return false
    const inLibraryUnit = convert(s.value, s.unit || f.number.unit, f.number.unit || s.unit)
    return inLibraryUnit !== null && Math.abs(Number(inLibraryUnit) - wanted) < 1e-9 * Math.max(1, Math.abs(wanted))
  })
}
