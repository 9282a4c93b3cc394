/**
 * Import of last year's speech from text: structure recognised, every figure a slot.
 * File decoding (encodings, .docx) lives in decode.ts and docx.ts; this module is text in,
 * document out, and runs anywhere.
 */
import type { Node as PMNode } from 'prosemirror-model'
import { schema, type PartKind, type SlotAttrs } from '../schema'
import { MarkerError, splitMarkers, type Segment } from '../markers'
import { buildDoc, type InlineContext } from './build'
import { findFigures } from './figures'
import { splitWrittenUnit } from '../units'
import { parseSpeech, type ParsedSpeech } from './structure'

export { parseSpeech, type ParsedSpeech } from './structure'
export { findFigures, type FoundFigure } from './figures'

export interface ImportResult {
  doc: PMNode
  speech: ParsedSpeech
}

/**
 * One paragraph's inline content: {{…}} markers become slots, and (unless turned off, as for
 * templates) so does every figure found in the plain text between them. A malformed marker
 * in imported text is left as text; checks will point at it.
 */
export function figuresToInline(text: string, ctx: InlineContext, { findFigures: find = true } = {}): PMNode[] {
  let segments: Segment[]
  try {
    segments = splitMarkers(text)
  } catch (e) {
    if (!(e instanceof MarkerError)) throw e
    segments = [{ text }]
  }
  const out: PMNode[] = []
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
    for (const f of find ? findFigures(plain) : []) {
      if (f.from > at) out.push(schema.text(plain.slice(at, f.from)))
      slot({ label: f.label, ...splitWrittenUnit(f.unit), role: f.role, value: f.value })
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
export function importText(text: string, kinds?: readonly PartKind[]): ImportResult {
  const speech = parseSpeech(text)
  kinds?.forEach((kind, i) => {
    if (speech.parts[i]) speech.parts[i].kind = kind
  })
  return { doc: buildDoc(speech, figuresToInline), speech }
}
