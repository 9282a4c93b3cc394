/**
 * A whole speech pasted over a whole draft (tryout 9, finding 2: Ctrl+A in a template's draft,
 * then Ctrl+V of a speech numbered 一、（一）): read as an import reads the same text, so its
 * parts and sections are parts and sections, each with its kind, and every figure typed in
 * them is later read with its part's year and kind (a 2027 task a target, not a 2026 actual).
 * Left to the editor's own paste, the whole text would be paragraphs of the opening.
 *
 * Only a paste that replaces everything and holds a part heading is read so: a paste into one
 * paragraph, or of paragraphs without a part heading, is the editor's ordinary paste.
 */
import type { Node as PMNode } from 'prosemirror-model'
import { Selection, type EditorState, type Transaction } from 'prosemirror-state'
import { buildDoc, plainInline } from './import/build'
import { classifyLine } from './import/lines'
import { stripMarkdown } from './import/markdown'
import { parseSpeech } from './import/structure'
import { docKindOf } from './schema'

/** Whether the selection takes every character of the document (Ctrl+A, or a drag from the first to the last). */
export function selectsWholeDoc(state: EditorState): boolean {
  const { from, to } = state.selection
  return from <= Selection.atStart(state.doc).from && to >= Selection.atEnd(state.doc).to
}

/**
 * The step that puts a pasted speech (its paragraphs, one a line) in place of the whole draft,
 * read as an import reads it; null when the paste is not a whole speech over a whole draft. The
 * draft keeps its template and required parts; its years become those the text names, where it
 * names them. A text without a title keeps the draft's title.
 */
export function pasteWholeSpeech(state: EditorState, lines: readonly string[]): Transaction | null {
  const doc = state.doc
  if (docKindOf(doc) !== 'speech' || !selectsWholeDoc(state)) return null
  if (lines.filter((l) => l.trim()).length < 2) return null
  const speech = parseSpeech(lines.join('\n'), { keepWebLines: true })
  if (!speech.parts.length) return null
  const reviewYear = speech.reviewYear ?? doc.attrs.reviewYear
  const planYear = speech.planYear ?? doc.attrs.planYear
  const built = buildDoc(speech, plainInline, { ...doc.attrs, reviewYear, planYear })
  const content: PMNode[] = []
  built.forEach((node) => {
    content.push(node)
  })
  const title = doc.firstChild
  if (!speech.title && title) content[0] = title
  const tr = state.tr.replaceWith(0, doc.content.size, content)
  for (const [name, value] of Object.entries({ reviewYear, planYear }))
    if (doc.attrs[name] !== value) tr.setDocAttribute(name, value)
  return tr.setSelection(Selection.atStart(tr.doc))
}

/**
 * Whether pasted lines hold a part heading ("一、……" alone on its line) among other lines: pasted
 * into one place they are paragraphs there, and the page says how to have them as parts.
 */
export function holdsPartHeadings(lines: readonly string[]): boolean {
  // A copy from a chat tool ("## 一、……") holds them under its Markdown, as its import reads it.
  const filled = stripMarkdown(lines.join('\n'))
    .text.split('\n')
    .filter((l) => l.trim())
  return filled.length >= 2 && filled.some((l) => classifyLine(l.trim()).type === 'part')
}
