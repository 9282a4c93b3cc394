/**
 * Per top-level node summaries for the document rules: text, blocks, the announced count of
 * points; and the findings of the top rules (which depend on that node alone). Cached by node:
 * an unchanged part keeps its summary across keystrokes.
 */
import type { Node as PMNode } from 'prosemirror-model'
import { inlineText } from '../text'
import { excerptOf, viewOf } from './blocks'
import { TOP_RULES } from './rules'
import { announcedCount } from './structure-rules'
import type { Finding, TopSummary } from './types'

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

const found = new WeakMap<PMNode, Finding[]>()

/**
 * Findings of the top rules (which read one top-level node alone), with positions relative to
 * it. Cached by node, and apart from the summary: a keystroke needs the summary at once, the
 * top rules only when the document rules run.
 */
export function topFindings(node: PMNode): Finding[] {
  let local = found.get(node)
  if (!local) {
    local = TOP_RULES.flatMap((rule) => rule.check(node).map((f) => ({ ...f, severity: f.severity ?? rule.severity })))
    found.set(node, local)
  }
  return local
}

function compute(node: PMNode): Cached {
  const text = node.isTextblock ? inlineText(node) : node.firstChild?.isTextblock ? blocksText(node) : ''
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
  const blocks: TopSummary['blocks'] = []
  let filled = 0
  let empty = 0
  const add = (b: PMNode, offset: number) => {
    const view = viewOf(b)
    blocks.push({ offset, view })
    for (const s of view.slots) if (s.attrs.role === 'metric') s.attrs.value === null ? empty++ : filled++
  }
  if (node.isTextblock) add(node, 1)
  else
    node.descendants((b, pos) => {
      if (!b.isTextblock) return true
      add(b, pos + 2)
      return false
    })
  return {
    type: node.type.name,
    kind: node.type.name === 'part' ? node.attrs.kind : null,
    size: node.nodeSize,
    text,
    blocks,
    filled,
    empty,
    announced,
    sourceNumber: node.type.name === 'part' ? node.attrs.sourceNumber : null,
  }
}

function blocksText(node: PMNode): string {
  const out: string[] = []
  node.forEach((b) => {
    if (b.isTextblock) out.push(inlineText(b))
  })
  return out.join('\n')
}
