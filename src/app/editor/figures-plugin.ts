/**
 * One figure, one value: when a slot is filled in (typed into, or set from the figures
 * panel), every other slot of the same metric, year and kind follows, in a transaction
 * appended to the edit, so one undo takes all of it back. Slots that held different numbers
 * before the edit are two figures under one name (core `twoFigures`), and a slot holding a number
 * the typed one did not is another statement of it (core `typedOverOther`): none of them follows.
 */
import type { Node as PMNode } from 'prosemirror-model'
import { Plugin, PluginKey, type Transaction } from 'prosemirror-state'
import { AttrStep } from 'prosemirror-transform'
import { figureSlots, setFigure, typedOverOther, type FigureEdit } from '../../core/figures/fill'
import type { FigureIndex } from '../../core/figures/model'
import { slotAttrs } from '../../core/schema'
import { STANDALONE } from './undo-groups'

const figureEditKey = new PluginKey('figure-edit')

/**
 * Mark a transaction as setting a figure (the slot at `pos` is already set by it). It is an undo
 * step of its own: one undo takes back one figure, and what it wrote in the library (figure-journal.ts).
 */
export function markFigureEdit(tr: Transaction, edit: FigureEdit, pos = -1): Transaction {
  return tr.setMeta(figureEditKey, { edit, pos }).setMeta(STANDALONE, true)
}

const figuresTypedKey = new PluginKey('figures-typed')

/**
 * Mark the step that makes figures typed as words slots (core/typed-slots.ts) as typing `edits`
 * into them: each is kept in the library as a number typed into a slot is, and one undo takes the
 * step back with all it wrote there. Its slots are all set by the step itself: none follows.
 */
export function markFiguresTyped(tr: Transaction, edits: FigureEdit[]): Transaction {
  return tr.setMeta(figuresTypedKey, edits).setMeta(STANDALONE, true)
}

/** One figure of the speech, whichever of its slots and names: metric, year, kind and span. */
export function figureId(index: FigureIndex, f: Pick<FigureEdit, 'label' | 'year' | 'kind' | 'period'>): string {
  return [index.metricKey(f.label), f.year ?? '', f.kind, f.period ?? ''].join('\u0000')
}

/**
 * A figureId made with an older index, as `index` makes it: a metric merged into another since
 * (its key now one of the kept metric's names) is the kept one.
 */
export function figureIdNow(index: FigureIndex, id: string): string {
  const [metric = '', ...rest] = id.split('\u0000')
  return [index.metricKey(metric), ...rest].join('\u0000')
}

/** The figures whose slots `transactions` gave another number (or emptied), by figureId. */
export function figuresChanged(transactions: readonly Transaction[], index: FigureIndex): Set<string> {
  const ids = new Set<string>()
  for (const t of transactions)
    t.steps.forEach((step, i) => {
      if (!(step instanceof AttrStep) || step.attr !== 'value') return
      const node = t.docs[i]?.nodeAt(step.pos)
      if (node?.type.name !== 'slot') return
      const a = slotAttrs(node)
      if (a.role === 'metric' && a.value !== step.value) ids.add(figureId(index, a))
    })
  return ids
}

interface FigureMark {
  edit: FigureEdit
  pos: number
}

function markOf(tr: Transaction): FigureMark | undefined {
  // biome-ignore lint/nursery/noUnsafeTypeAssertion: only markFigureEdit sets this key, always with a FigureMark
  return tr.getMeta(figureEditKey) as FigureMark | undefined
}

export function figureEditOf(tr: Transaction): FigureEdit | null {
  return markOf(tr)?.edit ?? null
}

/** The figures a transaction types: the one typed into a slot, or those made slots at once (`markFiguresTyped`). */
export function figureEditsOf(tr: Transaction): FigureEdit[] {
  const one = figureEditOf(tr)
  // biome-ignore lint/nursery/noUnsafeTypeAssertion: only markFiguresTyped sets this key, always with FigureEdits
  return one ? [one] : ((tr.getMeta(figuresTypedKey) as FigureEdit[] | undefined) ?? [])
}

/** Labels mean the same metric when they normalise alike or the figure index says so. */
export function sameMetric(index: () => FigureIndex, label: string): (other: string) => boolean {
  const key = index().metricKey(label)
  return (other) => index().metricKey(other) === key
}

/**
 * The slots an edit of this figure would write, when they are two figures under one name in
 * `doc` (the document before the edit); null when the edit may write them all.
 */
export function splitFigure(doc: PMNode, edit: FigureEdit, index: () => FigureIndex, typedAt = -1) {
  const { slots } = figureSlots(doc, edit, sameMetric(index, edit.label))
  return typedOverOther(slots, typedAt) ? slots : null
}

/** Where the figure a transaction sets was typed (-1: set from the panel, into every slot). */
export function figureEditPos(tr: Transaction): number {
  return markOf(tr)?.pos ?? -1
}

export function figuresPlugin(index: () => FigureIndex): Plugin {
  return new Plugin({
    appendTransaction(trs, old, state) {
      const marked = trs.map(markOf).filter((m) => m !== undefined)
      if (!marked.length) return null
      const tr = state.tr
      for (const m of marked) setFigure(tr, m.edit, sameMetric(index, m.edit.label), m.pos, old.doc)
      return tr.docChanged ? tr : null
    },
  })
}
