/**
 * A number typed by hand at the start of a paragraph ("（五）") gets a hint under the cursor: what
 * level of numbering it is, how that level is written, and that the program numbers parts and
 * sections itself (Ctrl+Enter or 新增一节 adds a section). It shows once the number is typed, stays
 * while the cursor is in that paragraph, and goes with Esc or when the cursor leaves. The hint is
 * a live region, so a screen reader says it too.
 */
import { Plugin, PluginKey, type EditorState, type Transaction } from 'prosemirror-state'
import type { EditorView } from 'prosemirror-view'
import { numberMark, type NumberMark } from '../../core/lang/numbering'
import { levelLabel } from '../../core/numbering'
import { inlineText } from '../../core/text'
import { zh } from '../../i18n/zh'
import { present } from '../../core/guards'

interface Hint {
  /** Start of the paragraph's content. */
  start: number
  /** The number as typed. */
  typed: string
  text: string
}

const key = new PluginKey<Hint | null>('jg-number-hint')
const HIDE = 'jg-hide-number-hint'

/** Blocks whose number the program writes: a number typed there is printed twice. */
const NUMBERED = new Set(['part_heading', 'section_heading', 'item'])

/** What to say about a hand-typed number in a block of this kind. */
export function numberHint(blockType: string, typed: string, hand: NumberMark): string {
  const right = levelLabel(hand.level, hand.number)
  const style = typed === right ? '' : zh.numberHint.write(right)
  if (NUMBERED.has(blockType)) return zh.numberHint.generated(typed) + style
  return zh.numberHint.level[hand.level](typed) + style
}

function hintAt(state: EditorState): Hint | null {
  const { $from, empty } = state.selection
  if (!empty || !$from.parent.isTextblock) return null
  const text = inlineText($from.parent)
  const hand = numberMark(text)
  // Once the number is typed: the cursor after it.
  if (!hand || $from.parentOffset < hand.length) return null
  const typed = text.slice(0, hand.length).trim()
  return { start: $from.start(), typed, text: numberHint($from.parent.type.name, typed, hand) }
}

/** The number the cursor's paragraph started with before this change. */
function numberBefore(state: EditorState): string | null {
  const parent = state.selection.$from.parent
  if (!parent.isTextblock) return null
  const text = inlineText(parent)
  const hand = numberMark(text)
  return hand ? text.slice(0, hand.length) : null
}

function next(tr: Transaction, prev: Hint | null, old: EditorState, state: EditorState): Hint | null {
  if (tr.getMeta(HIDE)) return null
  const hint = hintAt(state)
  if (!hint) return null
  // Stays while the cursor is in the same paragraph and its number is still there.
  if (prev && hint.start === tr.mapping.map(prev.start)) return hint
  // Shows when the change just made the number (not for one the paragraph already had).
  return tr.docChanged && numberBefore(old) !== hint.typed ? hint : null
}

export function numberHintPlugin(): Plugin<Hint | null> {
  return new Plugin<Hint | null>({
    key,
    state: {
      init: () => null,
      apply: (tr, prev, old, state) => next(tr, prev, old, state),
    },
    props: {
      handleKeyDown(view, event) {
        if (event.key !== 'Escape' || !key.getState(view.state)) return false
        view.dispatch(view.state.tr.setMeta(HIDE, true))
        return true
      },
    },
    view(view) {
      const tip = document.createElement('div')
      tip.className = 'number-hint'
      tip.setAttribute('role', 'status')
      tip.setAttribute('aria-live', 'polite')
      tip.hidden = true
      view.dom.parentElement?.append(tip)
      const update = (view: EditorView) => {
        const hint = key.getState(view.state)
        if (!hint) {
          if (!tip.hidden) tip.hidden = true
          return
        }
        if (tip.textContent !== hint.text) tip.textContent = hint.text
        tip.hidden = false
        const at = view.coordsAtPos(view.state.selection.head)
        const box = present(tip.parentElement, "the tip's container").getBoundingClientRect()
        tip.style.left = `${Math.round(Math.max(0, at.left - box.left - 40))}px`
        tip.style.top = `${Math.round(at.bottom - box.top + 6)}px`
      }
      update(view)
      return { update, destroy: () => tip.remove() }
    },
  })
}
