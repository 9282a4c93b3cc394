/**
 * Per top-level node summaries for the document rules: text, slots, and the findings that
 * depend on that node alone (empty parts, hand numbering, enumerations). Cached by node:
 * an unchanged part keeps its summary across keystrokes.
 */
import type { Node as PMNode } from 'prosemirror-model'
import type { PartKind, SlotAttrs } from '../schema'
import { topSlots } from '../outline'
import { enumerations } from '../import/lines'
import { inlineText } from '../text'
import type { Finding } from './types'
import { announcedCount, handNumber, sequenceFindings } from './structure-rules'
import { excerptOf, viewOf } from './blocks'

export interface TopSummary {
  type: string
  kind: PartKind | null
  pos: number
  size: number
  text: string
  slots: { offset: number; attrs: SlotAttrs }[]
  /** Findings local to this node, with positions relative to it. */
  local: Finding[]
  /** "我讲三点意见" in the opening, positions relative to the node. */
  announced: { count: number; from: number; to: number; excerpt: string } | null
}

type Cached = Omit<TopSummary, 'pos'>
const cache = new WeakMap<PMNode, Cached>()

export function summarise(node: PMNode, pos: number): TopSummary {
  let c = cache.get(node)
  if (!c) {
    c = compute(node)
    cache.set(node, c)
  }
  return { ...c, pos }
}

function compute(node: PMNode): Cached {
  const slots = topSlots(node)
  const text = node.isTextblock ? inlineText(node) : node.firstChild?.isTextblock ? blocksText(node) : ''
  const local: Finding[] = []
  if (node.type.name === 'part') partFindings(node, local)
  let announced: Cached['announced'] = null
  if (node.type.name === 'opening') {
    node.forEach((p, offset) => {
      const view = viewOf(p)
      const a = announcedCount(view.text)
      if (a)
        announced = {
          count: a.count,
          from: offset + 2 + a.index,
          to: offset + 2 + a.index + a.length,
          excerpt: excerptOf(view, a.index, a.index + a.length, 0),
        }
    })
  }
  return {
    type: node.type.name,
    kind: node.type.name === 'part' ? node.attrs.kind : null,
    size: node.nodeSize,
    text,
    slots,
    local,
    announced,
  }
}

function blocksText(node: PMNode): string {
  const out: string[] = []
  node.forEach((b) => {
    if (b.isTextblock) out.push(inlineText(b))
  })
  return out.join('\n')
}

const offsetOf = (container: PMNode, index: number) => {
  let off = 1
  for (let i = 0; i < index; i++) off += container.child(i).nodeSize
  return off
}

function partFindings(part: PMNode, out: Finding[]) {
  const heading = part.firstChild!
  const headingText = inlineText(heading)
  let body = false
  part.forEach((c, _o, i) => {
    if (i > 0 && (c.textContent.trim() || c.childCount)) body = true
  })
  if (!headingText.trim())
    out.push({
      rule: 'empty-part',
      severity: 'error',
      message: '这个部分没有标题。',
      from: 0,
      to: heading.nodeSize + 1,
      excerpt: '（无标题部分）',
    })
  if (!body)
    out.push({
      rule: 'empty-part',
      severity: 'error',
      message: `“${headingText || '这个部分'}”下面还没有内容。`,
      from: 0,
      to: heading.nodeSize + 1,
      excerpt: headingText,
    })
  containerFindings(part, 0, out)
  part.forEach((c, offset) => {
    if (c.type.name !== 'section') return
    const base = offset + 1
    const h = inlineText(c.firstChild!)
    let sectionBody = false
    c.forEach((b, _o, i) => {
      if (i > 0 && (b.textContent.trim() || b.childCount)) sectionBody = true
    })
    if (!h.trim())
      out.push({
        rule: 'empty-part',
        severity: 'warning',
        message: '这一节没有标题。',
        from: base,
        to: base + c.firstChild!.nodeSize + 1,
        excerpt: '（无标题节）',
      })
    else if (!sectionBody && !c.attrs.runIn)
      out.push({
        rule: 'empty-part',
        severity: 'warning',
        message: `“${h}”这一节下面还没有内容。`,
        from: base,
        to: base + c.firstChild!.nodeSize + 1,
        excerpt: h,
      })
    containerFindings(c, base, out)
  })
}

/** Hand-typed numbers and enumerations among the blocks of one part or section. */
function containerFindings(container: PMNode, base: number, out: Finding[]) {
  const levels = new Map<number, { number: number; style: string; from: number; to: number; excerpt: string }[]>()
  const enums: { number: number; style: string; from: number; to: number; excerpt: string }[] = []
  container.forEach((block, _offset, index) => {
    if (block.type.name !== 'paragraph') return
    const start = base + offsetOf(container, index) + 1
    // Offsets become positions: a slot is one character here (U+FFFC), as it is one position in the document.
    const view = viewOf(block)
    const text = view.text
    const hand = handNumber(text)
    if (hand) {
      const list = levels.get(hand.level) ?? []
      list.push({
        number: hand.number,
        style: hand.style,
        from: start,
        to: start + hand.length,
        excerpt: excerptOf(view, 0, 12, 0),
      })
      levels.set(hand.level, list)
    }
    for (const e of enumerations(text)) {
      const suffix = e.marker.replace(/^第?[一二三四五六七八九十]+/, '')
      enums.push({
        number: e.number,
        style: (e.marker.startsWith('第') ? '第一' : '一') + suffix,
        from: start + e.index,
        to: start + e.index + e.marker.length,
        excerpt: excerptOf(view, e.index, e.index + 12, 0),
      })
    }
  })
  for (const [, list] of levels) out.push(...sequenceFindings(list, (x) => x, '手写'))
  out.push(...sequenceFindings(enums, (x) => x, '“一要、二要”这类'))
}
