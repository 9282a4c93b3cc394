/**
 * How typing is grouped for undo, the way Word does it: one Ctrl+Z takes back what was typed
 * since the last pause, the last clause, or the last new paragraph, never a whole paragraph
 * typed at speed.
 *
 * prosemirror-history already starts a new group after a pause (PAUSE_MS without a change) or
 * when the cursor moved elsewhere. A pause alone is not enough: someone typing (or an IME
 * committing phrase after phrase) without stopping would undo a paragraph at once. So a group
 * also ends after a typed mark that ends a clause (，。；：！？、), and around a new paragraph;
 * and a step that stands alone (replace all) is never merged with typing before or after it.
 */
import type { Transaction } from 'prosemirror-state'
import { ReplaceStep } from 'prosemirror-transform'
import { closeHistory } from 'prosemirror-history'
import { TYPED_CLAUSE_END } from '../../core/lang/punctuation'

/** A pause in typing that starts a new undo group (prosemirror-history's newGroupDelay). */
export const PAUSE_MS = 500

/** Meta for a transaction that is one undo step of its own, never merged with typing. */
export const STANDALONE = 'jg-standalone-undo-step'

/**
 * Meta for the deletion of a selection typed over (selection-across.ts): it starts a group, and
 * the words typed after it are in that group even when the deletion rebuilt blocks (a heading
 * whose every word was selected went, its part's sections joined the part before): one Ctrl+Z
 * takes back the words and brings the part back, as after Backspace (tryout 15, A2).
 */
export const TYPED_OVER = 'jg-typed-over-selection'

function insertedText(tr: Transaction): string {
  let text = ''
  for (const step of tr.steps) {
    if (!(step instanceof ReplaceStep)) continue
    step.slice.content.forEach((n) => {
      if (n.isText) text += n.text
    })
  }
  return text
}

/** A new paragraph (Enter) or any change that inserts whole blocks. */
function insertsBlocks(tr: Transaction): boolean {
  return tr.steps.some(
    (step) =>
      step instanceof ReplaceStep &&
      step.slice.content.childCount > 0 &&
      step.slice.content.firstChild?.isInline === false,
  )
}

export class UndoGroups {
  /** The last change ended a group: the next one starts a new one. */
  private closeNext = false

  /** Call with each transaction before it is applied. */
  mark(tr: Transaction) {
    if (!tr.docChanged || tr.getMeta('addToHistory') === false) return
    const standalone = tr.getMeta(STANDALONE) === true
    const typedOver = tr.getMeta(TYPED_OVER) === true
    const blocks = !typedOver && insertsBlocks(tr)
    if (this.closeNext || standalone || blocks || typedOver) closeHistory(tr)
    // Typing the mark that ends a clause ends its undo group too.
    this.closeNext = standalone || blocks || TYPED_CLAUSE_END.test(insertedText(tr))
  }
}
