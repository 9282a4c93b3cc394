/**
 * Per top-level node summaries for the document rules: text, blocks, the announced count of
 * points; and the findings of the top rules (which depend on that node alone). Cached by node:
 * an unchanged part keeps its summary across keystrokes.
 */
import type { Node as PMNode } from 'prosemirror-model'
import { inlineText } from '../text'
import { excerptOf, viewOf } from './blocks'
import { TOP_RULES } from './rules'
import { announcedCount, paragraphPoints } from './structure-rules'
import type { Finding, TopSummary } from './types'
import { once } from '../once'

/** A summary without its place; its text and blocks are worked out when first read. */
type Cached = Omit<TopSummary, 'pos' | 'text' | 'blocks'> & { text: () => string; blocks: () => TopSummary['blocks'] }
const cache = new WeakMap<PMNode, Cached>()

/**
 * The summary of a top-level node at `pos`. A keystroke needs only its counts (whether most
 * figures are filled); its text and blocks, which the document rules read after a pause, are
 * not gathered until then, so a key in a long part does not join the part's whole text.
 */
export function summarise(node: PMNode, pos: number): TopSummary {
  let c = cache.get(node)
  if (!c) {
    c = compute(node)
    cache.set(node, c)
  }
  const { text, blocks, ...rest } = c
  return {
    ...rest,
    pos,
    get text() {
      return text()
    },
    get blocks() {
      return blocks()
    },
  }
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
  let announced: Cached['announced'] = null
  if (node.type.name === 'opening') {
    const texts: string[] = []
    let after = 0
    let offset = 0
    for (let i = 0; i < node.childCount; i++) {
      const p = node.child(i)
      const view = viewOf(p)
      texts.push(view.text)
      const a = announcedCount(view.text)
      if (a) {
        after = texts.length
        announced = {
          count: a.count,
          from: offset + 2 + a.index,
          to: offset + 2 + a.index + a.length,
          excerpt: excerptOf(view, a.index, a.index + a.length, 0),
          points: 0,
        }
      }
      offset += p.nodeSize
    }
    // The paragraphs after the (last) announcement that open with 第一，第二，……
    if (announced) announced.points = paragraphPoints(texts.slice(after))
  }
  let filled = 0
  let empty = 0
  const count = (b: PMNode) => {
    const c = slotCounts(b)
    filled += c.filled
    empty += c.empty
  }
  if (node.isTextblock) count(node)
  else
    node.descendants((b) => {
      if (!b.isTextblock) return true
      count(b)
      return false
    })
  return {
    type: node.type.name,
    kind: node.type.name === 'part' ? node.attrs.kind : null,
    size: node.nodeSize,
    text: once(() => (node.isTextblock ? inlineText(node) : node.firstChild?.isTextblock ? blocksText(node) : '')),
    blocks: once(() => {
      const blocks: TopSummary['blocks'] = []
      if (node.isTextblock) blocks.push({ offset: 1, view: viewOf(node) })
      else
        node.descendants((b, pos) => {
          if (!b.isTextblock) return true
          blocks.push({ offset: pos + 2, view: viewOf(b) })
          return false
        })
      return blocks
    }),
    filled,
    empty,
    announced,
    sourceNumber: node.type.name === 'part' ? node.attrs.sourceNumber : null,
  }
}

const counts = new WeakMap<PMNode, { filled: number; empty: number }>()

/** How many of a textblock's metric slots are filled, and how many empty. */
function slotCounts(block: PMNode): { filled: number; empty: number } {
  let c = counts.get(block)
  if (!c) {
    c = { filled: 0, empty: 0 }
    for (const s of viewOf(block).slots) if (s.attrs.role === 'metric') s.attrs.value === null ? c.empty++ : c.filled++
    counts.set(block, c)
  }
  return c
}

function blocksText(node: PMNode): string {
  const out: string[] = []
  node.forEach((b) => {
    if (b.isTextblock) out.push(inlineText(b))
  })
  return out.join('\n')
}
