/**
 * Import of last year's speech from text: structure recognised, every figure a slot.
 * File decoding (encodings, .docx) lives in decode.ts and docx.ts; this module is text in,
 * document out, and runs anywhere.
 */
import type { Node as PMNode } from 'prosemirror-model'
import { schema, type PartKind, type SlotAttrs } from '../schema'
import { MarkerError, splitMarkers, type Segment } from '../markers'
import { buildDoc, type InlineContext } from './build'
import { FigureReader } from './figures'
import { figureSlot } from './figure-slot'
import { ownPlace } from './own-place'
import { isTableRow } from '../table-rows'
import { splitWrittenUnit } from '../units'
import { parseSpeech, type ParseOptions, type ParsedSpeech, type TextBlock, type ParsedSection } from './structure'
import { itemNumber } from '../text'
import { levelLabel } from '../numbering'

export { parseSpeech, type ParseOptions, type ParsedSpeech } from './structure'
export { FigureReader, findFigures, type FoundFigure } from './figures'
export { figureSlot } from './figure-slot'

export interface ImportResult {
  doc: PMNode
  speech: ParsedSpeech
}

/**
 * One paragraph's inline content: {{…}} markers become slots, and, when a reader is given (an
 * imported speech, not a template), so does every figure it finds in the plain text between
 * them. A malformed marker in imported text is left as text; checks will point at it.
 */
export function figuresToInline(text: string, ctx: InlineContext, reader: FigureReader | null = null): PMNode[] {
  let segments: Segment[]
  try {
    segments = splitMarkers(text)
  } catch (e) {
    if (!(e instanceof MarkerError)) throw e
    segments = [{ text }]
  }
  const out: PMNode[] = []
  // A table's row keeps its numbers as text, as the preview says of tables (table-rows.ts).
  const read = isTableRow(text) ? null : reader
  const slot = (attrs: Partial<SlotAttrs>) =>
    out.push(
      schema.nodes.slot.create({
        kind: ctx.kind,
        year: attrs.role === 'person' || attrs.role === 'text' ? null : ctx.year,
        ...attrs,
      }),
    )
  for (const seg of segments) {
    if ('marker' in seg) {
      const m = seg.marker
      if (m.type === 'metric') slot({ role: 'metric', label: m.label, ...splitWrittenUnit(m.unit), value: m.value })
      else if (m.type === 'person') slot({ role: 'person', label: m.label, value: m.value })
      else if (m.type === 'text') slot({ role: 'text', label: m.label, value: m.value })
      else if (m.type === 'field') slot({ role: 'field', label: m.label, year: null })
      else out.push(schema.text(seg.raw))
      continue
    }
    const { text: plain } = seg
    let at = 0
    for (const f of read
      ? read.read(plain, {
          year: ctx.year,
          part: ctx.partKind,
          heading: ctx.heading,
          plan: ctx.planYear,
          review: ctx.reviewYear,
          given: ctx.givenIn,
        })
      : []) {
      if (f.from > at) out.push(schema.text(plain.slice(at, f.from)))
      out.push(figureSlot(f, ctx))
      at = f.to
    }
    if (at < plain.length) out.push(schema.text(plain.slice(at)))
  }
  return out
}

/**
 * `kinds`, when given, are the numbered parts' kinds as the user corrected them (in order); the
 * recogniser's guesses are replaced before the document is built, so every figure in a part is
 * typed by its kind as buildDoc types it (a target of the plan year in tasks, else an actual).
 */
export function importText(text: string, kinds?: readonly PartKind[], options: ParseOptions = {}): ImportResult {
  const speech = parseSpeech(text, options)
  // Kinds the user corrected in the import preview take the place of the recognised ones.
  kinds?.forEach((kind, i) => {
    if (speech.parts[i]) speech.parts[i].kind = kind
  })
  const reader = new FigureReader(ownPlace([speech.subtitle, ...speech.bylines, speech.title]))
  const doc = buildDoc(speech, (t, ctx) => figuresToInline(t, ctx, reader))
  speech.notes.push(...renumberedItems(speech, doc))
  return { doc, speech }
}

/**
 * Items are numbered by their place, as printed; where the text numbered one otherwise
 * (1. 2. 5.), the preview says so rather than letting the written number vanish.
 */
function renumberedItems(speech: ParsedSpeech, doc: PMNode): string[] {
  const notes: string[] = []
  let partIndex = 0
  doc.forEach((node) => {
    if (node.type.name !== 'part') return
    const part = speech.parts[partIndex++]
    let count = 0
    let example = ''
    const compare = (blocks: (TextBlock | ParsedSection)[], container: PMNode) =>
      blocks.forEach((b, i) => {
        if (b.type === 'section') compare(b.blocks, container.child(i + 1))
        else if (b.type === 'item' && b.number !== undefined) {
          const printed = itemNumber(container, i + 1)
          if (printed === b.number) return
          count++
          example ||= `原文“${levelLabel(b.level, b.number)}”改为“${levelLabel(b.level, printed)}”`
        }
      })
    compare(part.blocks, node)
    if (count) notes.push(`“${part.heading}”中有 ${count} 个条目的编号与顺序不符，已按顺序重新编号（如${example}）。`)
  })
  return notes
}
