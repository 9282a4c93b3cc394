/**
 * Documents read as the cross-document checks need them: each textblock's words with every
 * slot written out as it prints (a field's value, a name, an empty one as a blank), and a way back from an offset in
 * those words to a document position, so a finding can select what it is about.
 */
import type { Node as PMNode } from 'prosemirror-model'
import { slotAttrs, type SlotAttrs } from '../schema'
import { slotReading } from '../text'

export interface ScannedBlock {
  node: PMNode
  /** The block's type, and the top-level node it sits in (title, opening, part …). */
  type: string
  top: string
  text: string
  /** Person slots in the block, with their offsets in `text`. */
  persons: { from: number; to: number; attrs: SlotAttrs }[]
  /** Document position of an offset in `text` (inside a slot: the slot's start, or its end for the end). */
  pos(offset: number, end?: boolean): number
}

export function scanBlocks(doc: PMNode): ScannedBlock[] {
  const out: ScannedBlock[] = []
  doc.forEach((top, topPos) => {
    const visit = (node: PMNode, pos: number) => {
      let text = ''
      const pieces: { from: number; to: number; pos: number; atom: boolean }[] = []
      const persons: ScannedBlock['persons'] = []
      node.forEach((child, offset) => {
        const at = pos + 1 + offset
        const written = child.isText
          ? child.textContent
          : child.type.name === 'slot'
            ? slotReading(slotAttrs(child))
            : ''
        pieces.push({ from: text.length, to: text.length + written.length, pos: at, atom: !child.isText })
        if (child.type.name === 'slot' && child.attrs.role === 'person')
          persons.push({ from: text.length, to: text.length + written.length, attrs: slotAttrs(child) })
        text += written
      })
      out.push({
        node,
        type: node.type.name,
        top: top.type.name,
        text,
        persons,
        pos(offset, end = false) {
          for (const p of pieces) {
            if (offset < p.to || (offset === p.to && end)) {
              if (p.atom) return end && offset > p.from ? p.pos + 1 : p.pos
              return p.pos + (offset - p.from)
            }
          }
          return pos + node.nodeSize - 1
        },
      })
    }
    if (top.isTextblock) visit(top, topPos)
    else
      top.descendants((node, pos) => {
        if (!node.isTextblock) return true
        visit(node, topPos + 1 + pos)
        return false
      })
  })
  return out
}

/** Words around a stretch of a block, for a finding's excerpt. */
export function excerptAt(text: string, from: number, to: number, context = 8): string {
  const a = Math.max(0, from - context)
  const b = Math.min(text.length, to + context)
  return (a > 0 ? '…' : '') + text.slice(a, b) + (b < text.length ? '…' : '')
}
