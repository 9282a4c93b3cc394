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
import { inLevel, LEVELS, type Level } from './lang/levels'

/**
 * A new speech from a template, for the year `planYear` (reviewing the year before), in the words
 * of the office's `level`: the templates are written for a county (全县, 县委县政府).
 */
export function instantiate(template: Template, planYear: number, level: Level = LEVELS[0]): PMNode {
  const text = inLevel(template.body, level).replace(/\{\{\s*(回顾年|计划年)\s*\}\}/g, (_, w: string) =>
    String(w === '回顾年' ? planYear - 1 : planYear),
  )
  const speech = parseSpeech(text, { article: false })
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
