/**
 * Turn a recognised speech (structure.ts) into a document of the speech schema. How a line
 * of text becomes inline content is the caller's: the importer finds figures, templates
 * read their {{…}} markers.
 */
import type { Node as PMNode } from 'prosemirror-model'
import { schema, type FigureKind, type PartKind } from '../schema'
import type { ParsedSpeech, TextBlock } from './structure'
import { figureTypeFor } from '../figures/context'

export interface InlineContext {
  partKind: PartKind | 'opening' | 'closing' | 'head'
  /** What a figure here is: a target in a tasks part, an actual elsewhere. */
  kind: FigureKind
  year: number | null
}

export type InlineReader = (text: string, ctx: InlineContext) => PMNode[]

export function plainInline(text: string): PMNode[] {
  return text ? [schema.text(text)] : []
}

export function buildDoc(speech: ParsedSpeech, inline: InlineReader, attrs: Record<string, unknown> = {}): PMNode {
  const { nodes } = schema
  const ctxFor = (partKind: InlineContext['partKind']): InlineContext => ({
    partKind,
    ...figureTypeFor(partKind, speech.reviewYear, speech.planYear),
  })
  const head = ctxFor('head')
  const para = (text: string, ctx: InlineContext) => nodes.paragraph.create(null, inline(text, ctx))
  const block = (b: TextBlock, ctx: InlineContext) =>
    b.type === 'item' ? nodes.item.create({ level: b.level }, inline(b.text, ctx)) : para(b.text, ctx)

  const content: PMNode[] = [nodes.title.create(null, inline(speech.title, head))]
  if (speech.subtitle !== null) content.push(nodes.subtitle.create(null, inline(speech.subtitle, head)))
  for (const line of speech.bylines) content.push(nodes.byline.create(null, inline(line, head)))
  if (speech.greeting !== null) content.push(nodes.greeting.create(null, plainInline(speech.greeting)))
  const opening = ctxFor('opening')
  content.push(
    nodes.opening.create(
      null,
      (speech.opening.length ? speech.opening : ['']).map((t) => para(t, opening)),
    ),
  )
  for (const part of speech.parts) {
    const ctx = ctxFor(part.kind)
    const children: PMNode[] = [nodes.part_heading.create(null, plainInline(part.heading))]
    for (const b of part.blocks) {
      if (b.type === 'section') {
        children.push(
          nodes.section.createChecked({ runIn: b.runIn }, [
            nodes.section_heading.create(null, inline(b.heading, ctx)),
            ...b.blocks.map((x) => block(x, ctx)),
          ]),
        )
      } else children.push(block(b, ctx))
    }
    content.push(nodes.part.createChecked({ kind: part.kind }, children))
  }
  if (speech.closing.length) {
    const closing = ctxFor('closing')
    content.push(
      nodes.closing.create(
        null,
        speech.closing.map((t) => para(t, closing)),
      ),
    )
  }
  // Attributes were validated as each node was made; createChecked checks each container's content once.
  return nodes.doc.createChecked({ reviewYear: speech.reviewYear, planYear: speech.planYear, ...attrs }, content)
}
