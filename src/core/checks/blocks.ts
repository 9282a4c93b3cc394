import type { Node as PMNode } from 'prosemirror-model'
import { slotAttrs } from '../schema'
import { slotReading } from '../text'
import type { BlockView } from './types'

const views = new WeakMap<PMNode, BlockView>()

/**
 * A textblock as rules read it: each slot one U+FFFC, so an offset plus the block's start is a position.
 * Cached by node (a view never changes): after a keystroke only the block typed in is read again.
 */
export function viewOf(node: PMNode): BlockView {
  let view = views.get(node)
  if (!view) {
    view = readView(node)
    views.set(node, view)
  }
  return view
}

function readView(node: PMNode): BlockView {
  let text = ''
  const slots: BlockView['slots'] = []
  node.forEach((child) => {
    if (child.isText) text += child.text
    else {
      if (child.type.name === 'slot') slots.push({ offset: text.length, attrs: slotAttrs(child) })
      text += '\uFFFC'
    }
  })
  return { node, text, slots }
}

/**
 * The index of the first slot of a view at or after `offset` (slots.length: none). Its slots are in
 * text order, so it is found by halving (a paragraph of 20,000 slots and as many findings looked
 * each one up by walking them all).
 */
export function firstSlotFrom(view: BlockView, offset: number): number {
  const { slots } = view
  let lo = 0
  let hi = slots.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (slots[mid].offset < offset) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** The slot at `offset` of a view. */
function slotAt(view: BlockView, offset: number): BlockView['slots'][number] | undefined {
  const slot = view.slots[firstSlotFrom(view, offset)]
  return slot?.offset === offset ? slot : undefined
}

/** What a stretch of a block reads as, slots as a person reads them (an empty one as a blank), with a little context either side. */
export function excerptOf(view: BlockView, from: number, to: number, context = 6): string {
  const show = (a: number, b: number) => {
    let out = ''
    for (let i = Math.max(0, a); i < Math.min(b, view.text.length); i++) {
      const ch = view.text[i]
      if (ch === '\uFFFC') {
        const slot = slotAt(view, i)
        out += slot ? slotReading(slot.attrs) : ''
      } else out += ch
    }
    return out
  }
  if (context === 0) return show(from, to)
  // A long stretch (a whole sentence) is shown by its beginning.
  if (to - from > 40) return (from > 0 ? '…' : '') + show(from, from + 30) + '…'
  const a = Math.max(0, from - context)
  const b = Math.min(view.text.length, to + context)
  return (a > 0 ? '…' : '') + show(a, b) + (b < view.text.length ? '…' : '')
}
