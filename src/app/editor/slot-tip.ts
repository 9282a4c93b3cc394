/**
 * A slot chosen with the keyboard shows its hint (label, unit, last year's value, the
 * change) above it, or under it at the top of the screen, while it is selected; a mouse
 * user gets the same text as the slot's tooltip. The tip sits in the editor's mount, outside the speech, so the paragraphs'
 * containment cannot clip it, and the slot points at it for screen readers.
 */
import { NodeSelection, Plugin } from 'prosemirror-state'
import type { EditorView } from 'prosemirror-view'
import { slotAttrs, type SlotAttrs } from '../../core/schema'
import { visibleBox } from './scroll'

let tips = 0

export function slotTipPlugin(hint: (attrs: SlotAttrs) => string): Plugin {
  return new Plugin({
    view(view) {
      const tip = document.createElement('div')
      tip.className = 'slot-tip'
      tip.id = `jg-slot-tip-${++tips}`
      tip.setAttribute('role', 'tooltip')
      tip.hidden = true
      view.dom.parentElement?.append(tip)
      let described: Element | null = null

      const update = (view: EditorView) => {
        const sel = view.state.selection
        const slot = sel instanceof NodeSelection && sel.node.type.name === 'slot' && view.hasFocus() ? sel : null
        const node = slot ? view.nodeDOM(slot.from) : null
        const dom = node instanceof HTMLElement ? node : null
        if (described && described !== dom) described.removeAttribute('aria-describedby')
        described = dom
        if (!slot || !dom || !tip.parentElement) {
          if (!tip.hidden) tip.hidden = true // only when it shows: a write is a change in the page
          return
        }
        const text = hint(slotAttrs(slot.node))
        if (tip.textContent !== text) tip.textContent = text
        if (dom.getAttribute('aria-describedby') !== tip.id) dom.setAttribute('aria-describedby', tip.id)
        if (tip.hidden) tip.hidden = false
        place()
      }
      /** Above the slot. Again when the speech's size changes: blocks above may just have been laid out. */
      const place = () => {
        if (tip.hidden || !described || !tip.parentElement) return
        const at = described.getBoundingClientRect()
        const box = tip.parentElement.getBoundingClientRect()
        tip.style.left = `${Math.round(at.left - box.left)}px`
        // Above, over the line already read: under it the tip would cover the next line's slots, the
        // ones the user fills next. Under it only when there is no room above on screen.
        const screen = visibleBox(view.dom)
        const above = at.top - 6 - tip.offsetHeight >= screen.top
        tip.style.top = `${Math.round(above ? at.top - box.top - 6 - tip.offsetHeight : at.bottom - box.top + 6)}px`
      }
      const resized = new ResizeObserver(place)
      resized.observe(view.dom)
      // Leaving the editor hides it; coming back shows it again.
      const onFocus = () =>
        setTimeout(() => {
          if (!view.isDestroyed) update(view)
        })
      view.dom.addEventListener('focusin', onFocus)
      view.dom.addEventListener('focusout', onFocus)
      update(view)
      return {
        update,
        destroy() {
          view.dom.removeEventListener('focusin', onFocus)
          view.dom.removeEventListener('focusout', onFocus)
          resized.disconnect()
          described?.removeAttribute('aria-describedby')
          tip.remove()
        },
      }
    },
  })
}
