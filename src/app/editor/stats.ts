/**
 * Character counts and speaking time. Counts are cached per node: a keystroke changes one
 * top-level part, and ProseMirror keeps the other parts' nodes, so only that part is recounted.
 */
import type { Node as PMNode } from 'prosemirror-model'
import { slotAttrs, slotText } from '../../core/schema'

const cache = new WeakMap<PMNode, number>()

/** Characters read aloud in a node: everything but white space; a slot counts as its text. */
export function charCount(node: PMNode): number {
  const hit = cache.get(node)
  if (hit !== undefined) return hit
  let n = 0
  if (node.isText) n = (node.text ?? '').replace(/\s/g, '').length
  else if (node.type.name === 'slot') {
    const a = slotAttrs(node)
    n = a.value === null ? 4 + a.unit.length : slotText(a).length
  } else
    node.forEach((child) => {
      n += charCount(child)
    })
  cache.set(node, n)
  return n
}

export interface PartStats {
  pos: number
  chars: number
}

/** Counts of every top-level block of the speech, by position. */
export function topLevelStats(doc: PMNode): PartStats[] {
  const out: PartStats[] = []
  doc.forEach((node, pos) => {
    out.push({ pos, chars: charCount(node) })
  })
  return out
}
