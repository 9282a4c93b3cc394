/**
 * A new speech from a template. Apart from template.ts because it reads the template's body with
 * the importer: the library lists the templates (template.ts) as it opens, and loads this, and the
 * importer with it, only when a speech is made from one.
 */
import type { Node as PMNode } from 'prosemirror-model'
import { buildDoc, type InlineContext } from './import/build'
import { parseSpeech } from './import/structure'
import { figuresToInline } from './import'
import type { Template } from './template'

/** A new speech from a template, for the year `planYear` (reviewing the year before). */
export function instantiate(template: Template, planYear: number): PMNode {
  const text = template.body.replace(/\{\{\s*(回顾年|计划年)\s*\}\}/g, (_, w: string) =>
    String(w === '回顾年' ? planYear - 1 : planYear),
  )
  const speech = parseSpeech(text)
  speech.reviewYear = planYear - 1
  speech.planYear = planYear
  return buildDoc(speech, (t: string, ctx: InlineContext) => markersInline(t, ctx), {
    required: template.required,
    templateId: template.id,
  })
}

/** Templates hold their figures as explicit markers only; a bare number in one is just text. */
function markersInline(text: string, ctx: InlineContext): PMNode[] {
  return figuresToInline(text, ctx)
}
