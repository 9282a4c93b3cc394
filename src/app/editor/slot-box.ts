/**
 * What an open slot input holds that its slot does not yet: the slot view reports it as it is
 * typed, the open draft keeps it in its write-ahead copy and in its stored record (so it is as
 * safe as typed text), and a page opened after a reload or a crash puts it back in the slot.
 */
import type { Node as PMNode } from 'prosemirror-model'

export interface SlotBox {
  /** Where the slot is, in the document the box was last reported or mapped in. */
  pos: number
  /** The slot's label, so the box is never put in another slot that came to stand at `pos`. */
  label: string
  text: string
}

/** Whether `doc` still has the box's slot where the box says it is. */
export function boxFits(doc: PMNode, box: SlotBox): boolean {
  const node = box.pos >= 0 && box.pos < doc.content.size ? doc.nodeAt(box.pos) : null
  return node?.type.name === 'slot' && node.attrs.label === box.label
}

/** Whether a value read back from storage has a box's shape. */
export function isSlotBox(value: unknown): value is SlotBox {
  if (typeof value !== 'object' || value === null) return false
  return (
    'pos' in value &&
    Number.isInteger(value.pos) &&
    'label' in value &&
    typeof value.label === 'string' &&
    'text' in value &&
    typeof value.text === 'string'
  )
}
