/**
 * Figures typed as plain text, made slots on the user's word (tryout 6, finding 9: a speech
 * begun from a template, its sentences typed over the template's, had 0 figures in 数字 and
 * none in the library). The checks read typed figures already (checks/typed-figures.ts); a
 * number the user types is a fact of her department as much as one she fills into a slot, so
 * it is offered to the library the same way: as a slot, which the panel lists, the library
 * keeps, and the roll-over empties with last year's number beside it.
 *
 * Not done under her cursor while she types (the speech does not change by itself; README): the
 * 数字 panel names the typed figures and one undoable step makes them slots.
 */
import type { Command, Transaction } from 'prosemirror-state'
import type { Node as PMNode } from 'prosemirror-model'
import { summarise } from './checks/summaries'
import { topPlace, type TypedFigure, typedFigures, type TypedPlace } from './checks/typed-figures'
import type { BlockView } from './checks/types'
import { soFarIsTheYear, YearStretches } from './lang/years'
import { docKindOf, docYears, schema, type SlotAttrs } from './schema'

/** A figure typed as words: the stretch of the document its words take, and the slot it would be. */
export interface TypedFigureAt {
  from: number
  to: number
  attrs: SlotAttrs
  /**
   * A figure of a stretch of its year (1至5月, 上半年, 截至10月底; 今年以来, 截至目前 but in a
   * year-end review, where they are the year): made a slot, never kept in the library as the
   * year's figure (tryout 16, A2), as the roll-over keeps none (lang/years.ts YearStretches).
   */
  partOfYear: boolean
}

const read = new WeakMap<BlockView, { key: string; figures: TypedFigure[] }>()

/** A block's typed figures, cached by its view and place: the 数字 panel reads them after every change. */
function typedIn(view: BlockView, place: TypedPlace): TypedFigure[] {
  const hit = read.get(view)
  if (hit?.key === place.key) return hit.figures
  const figures = typedFigures(view, place)
  read.set(view, { key: place.key, figures })
  return figures
}

const stretches = new WeakMap<BlockView, YearStretches>()

/** A block's stretches of the year, read once for its view (the 数字 panel asks after every change). */
function stretchesOf(view: BlockView): YearStretches {
  let found = stretches.get(view)
  if (!found) stretches.set(view, (found = new YearStretches(view.text)))
  return found
}

/** Every figure typed as words in `doc`, read as the importer reads the same sentence in the same part. */
export function typedFiguresOf(doc: PMNode): TypedFigureAt[] {
  // A meeting's notice, agenda and script state the meeting's own times (提前10分钟), not the department's figures.
  if (docKindOf(doc) !== 'speech') return []
  const { reviewYear, planYear } = docYears(doc)
  const found: TypedFigureAt[] = []
  doc.forEach((node, pos) => {
    const top = summarise(node, pos)
    const place = topPlace(top, reviewYear, planYear)
    for (const block of top.blocks)
      for (const t of typedIn(block.view, place)) {
        const partOfYear = stretchesOf(block.view).at(t.from, {
          soFarIsYear: soFarIsTheYear(t.attrs.year, reviewYear, planYear),
        })
        found.push({ from: pos + block.offset + t.from, to: pos + block.offset + t.to, attrs: t.attrs, partOfYear })
      }
  })
  return found
}

/**
 * Replace every figure typed as words with its slot, in one step (one undo). The slot holds the
 * number and unit as typed, so the printed speech reads the same. `made` receives the slots made
 * and the step, before it is dispatched (the page marks the figures it keeps in the library).
 *
 * Each slot is put in empty and then given its number, in the same step: the step sets figures as
 * a number typed into a slot does (an attribute step on the slot's value), so what follows the
 * speech's figures (the app's account of what each step wrote in the library) sees this one, and
 * its undo, the same way.
 */
export function slotTypedFigures(
  made: (slots: SlotAttrs[], tr: Transaction, partOfYear: boolean[]) => void = () => {},
): Command {
  return (state, dispatch) => {
    const typed = typedFiguresOf(state.doc)
    if (!typed.length) return false
    if (dispatch) {
      const tr = state.tr
      // From the end, so that the positions before each replacement still hold.
      for (const t of [...typed].reverse())
        tr.replaceWith(t.from, t.to, schema.nodes.slot.create({ ...t.attrs, value: null }))
      // Each slot stands where its words began, moved by the replacements before it (made after it).
      const done = tr.steps.length
      for (const [i, t] of typed.entries())
        tr.setNodeAttribute(tr.mapping.slice(done - i).map(t.from), 'value', t.attrs.value)
      made(
        typed.map((t) => t.attrs),
        tr,
        typed.map((t) => t.partOfYear),
      )
      dispatch(tr)
    }
    return true
  }
}
