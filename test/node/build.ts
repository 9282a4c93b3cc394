/**
 * A document builder for tests, after prosemirror-test-builder: a speech in one line, built
 * straight on the schema rather than through the importer, so a test of a check, a roll-over or
 * the pagination does not also depend on how the importer reads a text.
 *
 *   doc({ reviewYear: 2023 }, title('讲话'), opening(p('同志们：')),
 *     part({ kind: 'review' }, h2('2023年工作回顾'), p('新增就业', fig('新增就业', '3250', '人'), '。')))
 *
 * Attributes come first when the node has any; strings become text; the result is checked
 * against the schema, so a test cannot build a speech the editor could not hold.
 */
import type { Attrs, Node as PMNode } from 'prosemirror-model'
import { Transform } from 'prosemirror-transform'
import { schema, type SlotAttrs } from '../../src/core/schema'

type Child = PMNode | string
type Builder = (attrsOrChild?: Attrs | Child, ...children: Child[]) => PMNode

const isNode = (x: unknown): x is PMNode => typeof x === 'object' && x !== null && 'nodeSize' in x

function builder(name: string): Builder {
  const type = schema.nodes[name]
  if (!type) throw new RangeError(`No node type ${name} in the schema`)
  return (first, ...rest) => {
    const hasAttrs = first !== undefined && typeof first !== 'string' && !isNode(first)
    const children: Child[] = hasAttrs || first === undefined ? rest : [first as Child, ...rest]
    const attrs = hasAttrs ? (first as Attrs) : null
    const content = children.filter((c) => c !== '').map((c) => (typeof c === 'string' ? schema.text(c) : c))
    const node = type.create(attrs, content)
    node.check()
    return node
  }
}

export const doc = builder('doc')
export const title = builder('title')
export const subtitle = builder('subtitle')
export const byline = builder('byline')
export const greeting = builder('greeting')
export const opening = builder('opening')
export const part = builder('part')
export const h2 = builder('part_heading')
export const section = builder('section')
export const h3 = builder('section_heading')
export const p = builder('paragraph')
export const item = builder('item')
export const closing = builder('closing')
export const signer = builder('signer')
export const issueDate = builder('issue_date')

/** A metric slot: a figure with its label, written value and unit; the rest from `more`. */
export const fig = (label: string, value: string | null, unit: string, more: Partial<SlotAttrs> = {}): PMNode =>
  schema.nodes.slot.create({ label, value, unit, role: 'metric', ...more })

/** A person slot: a name the speech fills (a leader, a department head). */
export const person = (label: string, value: string | null): PMNode =>
  schema.nodes.slot.create({ label, value, role: 'person' })

/**
 * A short speech of 2025 planning 2026 around the parts given: title 讲话, the greeting, a
 * one-line opening and closing (同志们，谢谢！).
 */
export const speechOf = (...parts: PMNode[]): PMNode =>
  doc(
    { reviewYear: 2025, planYear: 2026 },
    title('讲话'),
    greeting('同志们：'),
    opening(p('今天召开会议。')),
    ...parts,
    closing(p('同志们，谢谢！')),
  )

/** The document with the first slot that `which` picks given `value` (null: emptied). */
export function withSlotValue(d: PMNode, which: (slot: PMNode) => boolean, value: string | null): PMNode {
  let at = -1
  d.descendants((n, pos) => {
    if (at < 0 && n.type.name === 'slot' && which(n)) at = pos
  })
  if (at < 0) throw new RangeError('no such slot')
  return new Transform(d).setNodeMarkup(at, undefined, { ...d.nodeAt(at)?.attrs, value }).doc
}
