/**
 * One figure, one value: when a slot is filled in (typed into, or set from the figures
 * panel), every other slot of the same metric, year and kind follows, in a transaction
 * appended to the edit, so one undo takes all of it back.
 */
import { Plugin, PluginKey, type Transaction } from 'prosemirror-state'
import { setFigure, type FigureEdit } from '../../core/figures/fill'
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

export function figuresPlugin(index: () => FigureIndex): Plugin {
  return new Plugin({
    appendTransaction(trs, _old, state) {
      const marked = trs.map(markOf).filter((m) => m !== undefined)
      if (!marked.length) return null
      const tr = state.tr
      for (const m of marked) setFigure(tr, m.edit, sameMetric(index, m.edit.label), m.pos)
      return tr.docChanged ? tr : null
    },
  })
}
