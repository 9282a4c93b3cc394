/**
 * A slot in the editor: a chip showing its value (or its label when empty) that the cursor
 * treats as one character. Enter or a double click on a selected chip opens a small input
 * in place; Enter or leaving the input commits, Escape cancels. Enter and Escape give the
 * selected chip back to the editor; a click elsewhere leaves the cursor where it was clicked.
 * Leaving it with words that are not a number closes it all the same: the words go into the text
 * just after the slot, which keeps its value (only Enter keeps it open to say why).
 * A meeting field (role "field") is written by the meeting record, not here: the same keys
 * open the record at that field.
 *
 * What the open input holds is told to `onBox` as it changes (and null once the input closes),
 * so the open draft can keep it as safely as typed text until it is committed (draft-session.ts).
 */
import type { Node as PMNode } from 'prosemirror-model'
import type { EditorView, NodeView } from 'prosemirror-view'
import { NodeSelection, TextSelection } from 'prosemirror-state'
import { slotAttrs, slotText, type SlotAttrs } from '../../core/schema'
import { fieldTitle } from '../../core/meeting/fields'
import { textCells } from '../../core/text'
import {
  misgroupedNumber,
  saysANumber,
  type TypedApprox,
  typedApprox,
  typedText,
  typedValue,
} from '../../core/typed-number'
import { writtenUnit } from '../../core/lang/units'
import { negativeCount } from '../../core/units'
import { zh } from '../../i18n/zh'
import { markFigureEdit } from './figures-plugin'
import type { SlotBox } from './slot-box'

export const EDIT_SLOT_EVENT = 'jg-edit-slot'
/** Sent to an open slot input to close it without entering what it holds (the page let the draft go). */
export const CLOSE_SLOT_EVENT = 'jg-close-slot'

/**
 * Whether a slot's input is open in the view. A redraw of its paragraph may draw the slot anew
 * (ProseMirror does when the marks before it are cut differently), which takes the input out of
 * the page under her typing: what she was composing then went into the speech elsewhere.
 */
export function slotInputOpen(view: EditorView): boolean {
  return view.dom.querySelector('.slot-input') !== null
}

/**
 * How the slot's input starts: with its value (Enter, double click), empty (a key typed over it),
 * or a text (paste). `reopened`: the input was left open with `text` when the page went away; it
 * is committed as leaving the input commits it, and stays open (saying why) when it cannot be.
 */
export type EditSlotDetail =
  | { start: 'value' }
  | { start: 'empty' }
  /** `composed`: what an IME composed beside the slot (slot-typing.ts), its composition ended. */
  | { start: 'text'; text: string; composed?: boolean }
  | { start: 'reopened'; text: string }

/**
 * The value typed for a slot, or an error message. Empty input empties the slot. A figure's 余/多
 * typed with it (1323余, 1323余次, 860万余元) is read apart (`approx`; absent: none typed).
 */
export function parseSlotInput(
  attrs: SlotAttrs,
  raw: string,
): { value: string | null; approx?: TypedApprox } | { error: string } {
  const typed = typedText(raw)
  if (!typed) return { value: null }
  if (attrs.role === 'person' || attrs.role === 'text') return { value: typed }
  const approx = typedApprox(typed)
  const text = approx?.text ?? typed
  const value = typedValue(text, attrs.unit)
  // A count cannot fall below zero (新增限上商贸企业-5家): the fall is said in words.
  const negative = value === null ? null : negativeCount(value, attrs.unit)
  if (negative) return { error: zh.slot.negativeCount(negative) }
  if (value !== null) return approx ? { value, approx: approx.mark } : { value }
  return { error: misgroupedNumber(text) ? zh.slot.misgrouped(raw) : zh.slot.notNumber(raw, attrs.unit) }
}

/**
 * The 余/多 a figure keeps after its input is committed. Typed with the number, it is what was
 * typed. Not typed: an input opened on the figure as written (Enter, double click: 1323余次) had
 * it in view, so one she deleted is gone; a number typed over the slot (or into an empty one,
 * whose 余 shows after its label) keeps the slot's, as a fill from the library does: 1260余次 typed over with 1323 is 1323余次.
 */
export function approxAfter(
  a: SlotAttrs,
  detail: EditSlotDetail,
  parsed: { value: string | null; approx?: TypedApprox },
): Pick<SlotAttrs, 'approx' | 'approxPos'> {
  const held = { approx: a.approx, approxPos: a.approxPos }
  if (a.role !== 'metric' || parsed.value === null) return held
  if (parsed.approx) return parsed.approx
  // Only an input that opened showing the 余 (a filled figure's) takes its absence as deleted.
  const shown = detail.start === 'value' && a.value !== null && a.approx !== ''
  return shown ? { approx: '', approxPos: 'number' } : held
}

/** Words that are not a figure's number: a sentence, not a number with a unit (saysANumber, as slot-typing.ts reads it too). */
function isProse(text: string, attrs: SlotAttrs): boolean {
  return !saysANumber(text, attrs.unit)
}

/** What a slot is called on screen: a field by its Chinese name (议程2.小结 → 第二项议程讲话后的小结), not its key. */
const shownLabel = (a: SlotAttrs) => (a.role === 'field' ? fieldTitle(a.label) : a.label)

export class SlotView implements NodeView {
  dom: HTMLElement
  private input: HTMLInputElement | null = null

  constructor(
    private node: PMNode,
    private readonly view: EditorView,
    private readonly getPos: () => number | undefined,
    private readonly hint: (attrs: SlotAttrs) => string,
    /** Opens the meeting record at the field a field slot shows. */
    private readonly openField: (label: string) => void = () => undefined,
    /** What the open input holds that the slot does not, as it changes; null once nothing is held. */
    private readonly onBox: (box: SlotBox | null) => void = () => undefined,
  ) {
    this.dom = document.createElement('span')
    this.dom.className = 'slot'
    this.dom.contentEditable = 'false'
    this.dom.addEventListener(EDIT_SLOT_EVENT, (e) =>
      // Only editSlot dispatches this event, always with an EditSlotDetail or null.
      // biome-ignore lint/nursery/noUnsafeTypeAssertion: the reason is the comment above
      this.edit((e as CustomEvent<EditSlotDetail | null>).detail ?? { start: 'value' }),
    )
    // Last year's value and the change are looked up when the user points at the slot, not on every render.
    const showHint = () => {
      this.dom.title =
        this.attrs.role === 'field' ? zh.meeting.fieldHint(shownLabel(this.attrs)) : this.hint(this.attrs)
    }
    this.dom.addEventListener('mouseenter', showHint)
    this.dom.addEventListener('focusin', showHint)
    this.render()
  }

  private get attrs(): SlotAttrs {
    return slotAttrs(this.node)
  }

  /**
   * What the chip shows, its number and unit in one text node: a chip is two DOM nodes, since the
   * browser walks the speech's nodes up to the cursor for every character an IME composes (#17).
   */
  private readonly text = document.createTextNode('')

  /** Show the slot's value (or what it waits for). Reuses its text node: a fill redraws a thousand of these. */
  private render() {
    const a = this.attrs
    this.dom.classList.toggle('empty', a.value === null)
    this.dom.classList.toggle('person', a.role === 'person')
    this.dom.classList.toggle('field', a.role === 'field')
    this.dom.dataset.label = a.label
    // The full hint (last year, change) is worked out when pointed at; this is what a screen reader hears.
    this.dom.setAttribute('aria-label', zh.slot.spoken(shownLabel(a), a.value === null ? null : slotText(a)))
    // An empty name shows 姓名: its label is usually the title written right after it ("**同志").
    // Its 余/多 with it (1323余次), as print and export write it (tryout 13: the editor showed 1323次).
    const unit = a.role === 'metric' ? writtenUnit(a.unit, a.approx, a.approxPos) : ''
    // An empty figure's label is in the small UI font, its unit as the text around it (CSS, from data-unit).
    if (a.value === null) {
      this.text.data = a.role === 'person' ? zh.slot.person : shownLabel(a)
      this.dom.dataset.unit = unit
    } else {
      this.text.data = slotText(a)
      delete this.dom.dataset.unit
    }
    if (this.dom.firstChild !== this.text || this.dom.childNodes.length !== 1) this.dom.replaceChildren(this.text)
  }

  update(node: PMNode): boolean {
    if (node.type !== this.node.type) return false
    // ProseMirror updates every slot of a changed paragraph; only a slot whose attributes changed is redrawn.
    const same = node.sameMarkup(this.node)
    this.node = node
    if (!same && !this.input) this.render()
    return true
  }

  selectNode() {
    this.dom.classList.add('selected')
  }
  deselectNode() {
    this.dom.classList.remove('selected')
  }

  /**
   * An input opened with what an IME composed beside the slot, `shown`. When a redraw cut that
   * composition short (its end came first), the IME begins again at once, here, and writes what
   * it had shown again: 3, then 3260, is 3260, not 33260 (slot-typing.ts has Chrome's other order,
   * a new start with no end). Only a composition that begins on the input as it opened, and
   * writes `shown` again, is one: 3 and then 260 composed is 3260.
   */
  private rewrittenOnRestart(input: HTMLInputElement, shown: string, changed: () => void) {
    const ended = () => {
      // The input's value has the composed text once the browser is done with the end.
      setTimeout(() => {
        if (this.input !== input || !input.value.startsWith(shown + shown)) return
        input.value = input.value.slice(shown.length)
        changed()
      })
    }
    input.addEventListener(
      'compositionstart',
      () => {
        if (input.value === shown) input.addEventListener('compositionend', ended, { once: true })
      },
      { once: true },
    )
  }

  /** Events inside the input belong to the input, not to ProseMirror. */
  stopEvent(event: Event): boolean {
    return this.input !== null && event.target === this.input
  }
  ignoreMutation(): boolean {
    return true
  }

  edit(detail: EditSlotDetail = { start: 'value' }) {
    if (this.input) return
    const a = this.attrs
    if (a.role === 'field') {
      // Typing never opens a field; Enter and a double click open the record where it is changed.
      if (detail.start === 'value') this.openField(a.label)
      return
    }
    const input = document.createElement('input')
    input.className = 'slot-input'
    // A figure written with 余/多 opens as written (1323余次): she sees the 余 and can delete it.
    const held = a.value === null ? '' : a.approx ? slotText(a) : a.value
    const initial = detail.start === 'value' ? held : ''
    input.value = detail.start === 'text' || detail.start === 'reopened' ? detail.text : initial
    // Typed over: what it held shows faintly until the first key, and Escape brings it back.
    input.placeholder = detail.start === 'value' || a.value === null ? a.label : held
    input.setAttribute('aria-label', zh.slotHint(a.label, a.unit))
    // Sized in em by print cells (a CJK character one, a digit half), not by `size`, which counts a
    // character of 城镇登记失业率 as one narrow column; it grows with what is typed.
    const fitWidth = () => {
      input.style.width = `${Math.max(4, textCells(input.value), textCells(input.placeholder)) + 1}em`
    }
    fitWidth()
    input.addEventListener('input', fitWidth)
    /** Tell the draft what the input holds beyond the slot's value (null: nothing). */
    const report = () => {
      const pos = this.getPos()
      if (this.input === input && pos !== undefined && input.value !== initial)
        this.onBox({ pos, label: a.label, text: input.value })
      else this.onBox(null)
    }
    input.addEventListener('input', report)
    this.input = input
    this.dom.replaceChildren(input)
    /**
     * Close the input and put what it holds in the text just after the slot, which keeps what it
     * held: words that are not its number are hers all the same. `cursor`: the cursor goes after
     * them (not when she clicked elsewhere: the click puts it).
     */
    const putBack = (cursor: boolean) => {
      const text = input.value
      const pos = this.getPos()
      if (this.input !== input || pos === undefined) return
      this.input = null
      report()
      this.render()
      const tr = this.view.state.tr.insertText(text, pos + 1)
      if (cursor) tr.setSelection(TextSelection.create(tr.doc, pos + 1 + text.length))
      this.view.dispatch(tr)
      if (cursor) this.view.focus()
    }
    /**
     * `back`: the keys closed the input and the slot takes the editor's focus again (not a click
     * elsewhere). `left`: she left the input (a click elsewhere, Tab): it never keeps the focus
     * then; what is not a number goes back into the text (tryout 15: the input took the focus back
     * to say why, and every key and Enter she then pressed elsewhere went into it).
     */
    const finish = (commit: boolean, back: boolean, left = false) => {
      if (this.input !== input) return
      // Opened by typing over the slot and left empty: nothing was typed, keep what it held.
      if (detail.start !== 'value' && !input.value.trim()) commit = false
      if (commit) {
        const parsed = parseSlotInput(a, input.value)
        if ('error' in parsed) {
          input.setCustomValidity(parsed.error)
          // The window lost the focus (another program): the input waits for her as it is. Taken
          // out of the page (the editor closed): its words stay in the draft's record (slot-box.ts).
          if (left && (!document.hasFocus() || !input.isConnected || this.view.isDestroyed)) return
          if (left) putBack(false)
          else input.reportValidity()
          return
        }
        const pos = this.getPos()
        this.input = null
        const mark = approxAfter(a, detail, parsed)
        const markChanged = mark.approx !== a.approx || mark.approxPos !== a.approxPos
        if (pos !== undefined && (parsed.value !== a.value || markChanged)) {
          const tr = this.view.state.tr
          if (markChanged)
            tr.setNodeAttribute(pos, 'approx', mark.approx).setNodeAttribute(pos, 'approxPos', mark.approxPos)
          if (parsed.value !== a.value) tr.setNodeAttribute(pos, 'value', parsed.value)
          if (back) tr.setSelection(NodeSelection.create(tr.doc, pos))
          // A figure typed here is the figure: the other slots of its metric follow, and it is kept.
          // Only its 余 changed: the number is the same, and the library has nothing to learn.
          this.view.dispatch(
            a.role === 'metric' && parsed.value !== a.value
              ? markFigureEdit(
                  tr,
                  { label: a.label, year: a.year, kind: a.kind, value: parsed.value, unit: a.unit, period: a.period },
                  pos,
                )
              : tr,
          )
        }
      }
      this.input = null
      // After the dispatch: what was typed is in the document (and kept with it) before the input lets go of it.
      report()
      this.render()
      // Focus taken by a click keeps the cursor the click put: refocusing would select the slot again.
      if (back) this.view.focus()
    }
    input.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' && !e.isComposing) {
        e.preventDefault()
        finish(true, true)
      } else if (e.key === 'Escape') {
        e.preventDefault()
        finish(false, true)
      }
    })
    /**
     * A sentence composed by the IME into a figure's input opened by typing over it (2026年是……,
     * after a figure just filled) is not the figure: it goes into the text just after the slot,
     * the cursor after it. A number written in words (三千) stays, and is told it is not a number.
     */
    const moveOut = () => {
      if (isProse(input.value, a)) putBack(true)
    }
    if (detail.start === 'empty' && a.role === 'metric')
      input.addEventListener('compositionend', () => setTimeout(moveOut))
    if (detail.start === 'text' && detail.composed)
      this.rewrittenOnRestart(input, detail.text, () => {
        fitWidth()
        report()
      })
    input.addEventListener('input', () => input.setCustomValidity(''))
    input.addEventListener(CLOSE_SLOT_EVENT, () => finish(false, false))
    input.addEventListener('blur', () => finish(true, false, true))
    input.focus()
    if (detail.start === 'value') input.select()
    report()
    if (detail.start === 'reopened') finish(true, false)
  }
}
