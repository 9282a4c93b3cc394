/**
 * Ordinary typing never breaks a slot, as in a spreadsheet: a key typed while a slot is selected
 * opens that slot's input, and the key lands in it. A key typed with the cursor beside a slot,
 * a digit too, is text beside it (tryout 15: a 2 typed over the words before 8000户 made the next
 * key, 0, open the figure, and 025年新增市场主体 went into it): only she opens a slot. Backspace or Delete beside a slot first selects it; only a second press (on
 * the selected slot) removes it. A paste onto a selected slot goes into its input, and so does
 * text that comes with no key press (voice input, handwriting, on-screen keyboards).
 *
 * A meeting field is not typed into (the meeting record writes it): what is typed or pasted while
 * one is selected goes just after it, and digits beside one are ordinary text.
 */
import { NodeSelection, Plugin, TextSelection, type EditorState } from 'prosemirror-state'
import type { EditorView } from 'prosemirror-view'
import { slotAttrs } from '../../core/schema'
import { EDIT_SLOT_EVENT, type EditSlotDetail } from './slot-view'
import { saysANumber } from '../../core/typed-number'

/** The slot just before (or after) an empty cursor: its position, or null. */
function slotBeside(state: EditorState, side: 'before' | 'after'): number | null {
  const sel = state.selection
  if (!(sel instanceof TextSelection) || !sel.empty) return null
  const $pos = sel.$from
  if (side === 'before' && $pos.nodeBefore?.type.name === 'slot') return $pos.pos - $pos.nodeBefore.nodeSize
  if (side === 'after' && $pos.nodeAfter?.type.name === 'slot') return $pos.pos
  return null
}

function selectedSlot(state: EditorState): number | null {
  const sel = state.selection
  return sel instanceof NodeSelection && sel.node.type.name === 'slot' ? sel.from : null
}

const isField = (state: EditorState, pos: number | null): pos is number =>
  pos !== null && state.doc.nodeAt(pos)?.attrs.role === 'field'

/** Put the cursor just after the slot at `pos`, so what comes next is text beside it. */
function cursorAfter(view: EditorView, pos: number) {
  view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, pos + 1)))
}

/** Select the slot at `pos` and open its input; what is typed next goes into the input. */
export function openSlot(view: EditorView, pos: number, detail: EditSlotDetail): boolean {
  if (selectedSlot(view.state) !== pos)
    view.dispatch(view.state.tr.setSelection(NodeSelection.create(view.state.doc, pos)))
  const dom = view.nodeDOM(pos)
  if (!dom) return false
  dom.dispatchEvent(new CustomEvent<EditSlotDetail>(EDIT_SLOT_EVENT, { detail }))
  return true
}

const printable = (e: KeyboardEvent) =>
  !e.ctrlKey && !e.metaKey && !e.altKey && (e.key.length === 1 || e.key === 'Process')

/**
 * A composition (IME) that began on a selected slot: where the slot is and where its text starts.
 * `restart`: where the IME began again when the browser cut its composition short (a redraw of the
 * text it composed into ends it, and the IME starts anew after what it had shown: 3 then 3260).
 */
interface Composing {
  slot: number
  start: number
  restart?: number
}

/**
 * The text an IME composed just after the slot: taken out of the paragraph and put in the slot's
 * input. Words that are not the figure's number (a sentence composed after a figure just filled:
 * 2026年是“十五五”规划实施的关键之年) stay where they were composed, as the text after the slot.
 */
function takeComposed(view: EditorView, c: Composing) {
  const { state } = view
  const head = state.selection.head
  if (head <= c.start || state.doc.resolve(head).parent !== state.doc.resolve(c.start).parent) return
  // What the composition cut short had shown is no word of the user's: the IME writes it again.
  const from = c.restart !== undefined && c.restart > c.start && c.restart <= head ? c.restart : c.start
  const text = state.doc.textBetween(from, head)
  const slot = state.doc.nodeAt(c.slot)
  if (slot?.type.name === 'slot' && slot.attrs.role === 'metric' && !saysANumber(text, slotAttrs(slot).unit)) {
    if (from > c.start) view.dispatch(state.tr.delete(c.start, from))
    return
  }
  view.dispatch(state.tr.delete(c.start, head))
  openSlot(view, c.slot, { start: 'text', text, composed: true })
}

/** How far past its start a composition cut short can have got: an IME shows a few characters. */
const RESTART_WITHIN = 16

export function slotTypingPlugin(): Plugin {
  let composing: Composing | null = null
  return new Plugin({
    props: {
      handleDOMEvents: {
        compositionstart(view) {
          const selected = selectedSlot(view.state)
          // A composition begun on a slot, cut short and begun again where it had got to.
          // (Only where it had got to: a few characters on, in the same paragraph.)
          const at = view.state.selection.from
          if (
            composing &&
            selected === null &&
            view.state.selection.empty &&
            at > composing.start &&
            at - composing.start <= RESTART_WITHIN
          ) {
            composing.restart = at
            return false
          }
          if (selected === null || !view.editable) return false
          if (isField(view.state, selected)) {
            cursorAfter(view, selected)
            return false
          }
          // Compose beside the slot rather than over it; what is composed then goes into the slot.
          composing = { slot: selected, start: selected + 1 }
          view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, selected + 1)))
          return false
        },
        compositionend(view) {
          const c = composing
          composing = null
          // ProseMirror reads the composed text after this event; take it once it is in the document.
          if (c) setTimeout(() => takeComposed(view, c))
          return false
        },
      },
      handleKeyDown(view, event) {
        if (!view.editable || event.isComposing) return false
        const selected = selectedSlot(view.state)
        if (event.key === 'Backspace' || event.key === 'Delete') {
          if (selected !== null || event.ctrlKey || event.altKey || event.metaKey) return false
          const beside = slotBeside(view.state, event.key === 'Backspace' ? 'before' : 'after')
          if (beside === null) return false
          view.dispatch(view.state.tr.setSelection(NodeSelection.create(view.state.doc, beside)))
          return true
        }
        if (!printable(event)) return false
        if (isField(view.state, selected)) {
          cursorAfter(view, selected)
          return false
        }
        if (selected === null) return false
        // The input takes the focus now, so this key (or the IME composition it starts) goes into it.
        openSlot(view, selected, { start: 'empty' })
        return false
      },
      handlePaste(view, event) {
        const selected = selectedSlot(view.state)
        if (selected === null) return false
        if (isField(view.state, selected)) {
          cursorAfter(view, selected)
          return false
        }
        const text = event.clipboardData?.getData('text/plain') ?? ''
        openSlot(view, selected, { start: 'text', text: text.trim() })
        return true
      },
      handleTextInput(view, from, to, text) {
        // Text that would still replace a selected slot, sent without a key the keys above saw: voice
        // input, a handwriting pad, an on-screen keyboard. It goes into the slot's input, as a paste
        // does, where a number slot says why words are not a number; never dropped.
        const selected = selectedSlot(view.state)
        if (selected === null || from > selected || to <= selected) return false
        // Beside a field it is text (as the keys above put it), never in place of the field.
        if (isField(view.state, selected)) view.dispatch(view.state.tr.insertText(text, selected + 1))
        else {
          // The browser has already written the text over the slot's chip, and ProseMirror redraws
          // that stretch once this returns: the input opens in the redrawn chip.
          const doc = view.state.doc
          queueMicrotask(() => {
            if (view.state.doc === doc && selectedSlot(view.state) === selected)
              openSlot(view, selected, { start: 'text', text })
          })
        }
        return true
      },
    },
  })
}
