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

export function figureEditOf(tr: Transaction): FigureEdit | null {
  return (tr.getMeta(figureEditKey) as { edit: FigureEdit } | undefined)?.edit ?? null
}

/** Labels mean the same metric when they normalise alike or the figure index says so. */
export function sameMetric(index: () => FigureIndex, label: string): (other: string) => boolean {
  const key = index().metricKey(label)
  return (other) => index().metricKey(other) === key
}

export function figuresPlugin(index: () => FigureIndex): Plugin {
  return new Plugin({
    appendTransaction(trs, _old, state) {
      const marked = trs
        .map((tr) => tr.getMeta(figureEditKey) as { edit: FigureEdit; pos: number } | undefined)
        .filter(Boolean)
      if (!marked.length) return null
      const tr = state.tr
      for (const m of marked) setFigure(tr, m!.edit, sameMetric(index, m!.edit.label), m!.pos)
      return tr.docChanged ? tr : null
    },
  })
}
