/**
 * One figure, one value: when a slot is filled in (typed into, or set from the figures
 * panel), every other slot of the same metric, year and kind follows, in a transaction
 * appended to the edit, so one undo takes all of it back. Slots that held different numbers
 * before the edit are two figures under one name (core `twoFigures`): none of them follows.
 */
import type { Node as PMNode } from 'prosemirror-model'
import { Plugin, PluginKey, type Transaction } from 'prosemirror-state'
import { figureSlots, setFigure, twoFigures, type FigureEdit } from '../../core/figures/fill'
import type { FigureIndex } from '../../core/figures/model'

const figureEditKey = new PluginKey('figure-edit')

/** Mark a transaction as setting a figure (the slot at `pos` is already set by it). */
export function markFigureEdit(tr: Transaction, edit: FigureEdit, pos = -1): Transaction {
  return tr.setMeta(figureEditKey, { edit, pos })
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

/** Labels mean the same metric when they normalise alike or the figure index says so. */
export function sameMetric(index: () => FigureIndex, label: string): (other: string) => boolean {
  const key = index().metricKey(label)
  return (other) => index().metricKey(other) === key
}

/**
 * The slots an edit of this figure would write, when they are two figures under one name in
 * `doc` (the document before the edit); null when the edit may write them all.
 */
export function splitFigure(doc: PMNode, edit: FigureEdit, index: () => FigureIndex) {
  const { slots } = figureSlots(doc, edit, sameMetric(index, edit.label))
  return twoFigures(slots) ? slots : null
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
