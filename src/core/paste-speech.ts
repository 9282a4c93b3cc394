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
import { Fragment, type Node as PMNode, type ResolvedPos } from 'prosemirror-model'
import { Selection, TextSelection, type EditorState, type Transaction } from 'prosemirror-state'
import { buildDoc, plainInline } from './import/build'
import { classifyLine } from './import/lines'
import { stripMarkdown } from './import/markdown'
import { parseSpeech } from './import/structure'
import { docKindOf, schema } from './schema'

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

/**
 * Where paragraphs go that the caret's block cannot hold (a greeting, a title, a heading: tryout 16,
 * A1): just after a heading in its part or section; after a block above the body, at the start of
 * the opening; after one below it, at the end of the body's last part or closing. Null when the
 * caret's block holds paragraphs itself, or no place is found.
 */
export function paragraphPlaceAfter(doc: PMNode, $pos: ResolvedPos): number | null {
  const block = $pos.parent
  if (!block.isTextblock || $pos.depth < 1) return null
  if (block.type === schema.nodes.paragraph || block.type === schema.nodes.item) return null
  const one = Fragment.from(schema.nodes.paragraph.create())
  const container = $pos.node($pos.depth - 1)
  const index = $pos.index($pos.depth - 1)
  if ($pos.depth > 1) return container.canReplace(index + 1, index + 1, one) ? $pos.after() : null
  // A block of the doc itself: the nearest part of the body below, else above.
  const fits = (node: PMNode, at: number) => node.canReplace(at, at, one)
  let pos = $pos.after()
  for (let i = index + 1; i < doc.childCount; pos += doc.child(i).nodeSize, i++) {
    const child = doc.child(i)
    const at = child.type === schema.nodes.part ? 1 : 0
    if (fits(child, at)) return pos + 1 + (at ? (child.firstChild?.nodeSize ?? 0) : 0)
  }
  pos = $pos.before()
  for (let i = index - 1; i >= 0; i--) {
    const child = doc.child(i)
    if (fits(child, child.childCount)) return pos - 1
    pos -= child.nodeSize
  }
  return null
}

/**
 * Pasted lines (two or more) where the caret's block cannot hold paragraphs: they go in as
 * paragraphs at paragraphPlaceAfter, the block keeps its own text, and the caret ends after the
 * last of them. ProseMirror's own paste would drop them without a word. Null elsewhere.
 */
export function pasteBesideBlock(state: EditorState, lines: readonly string[]): Transaction | null {
  const filled = lines.filter((l) => l.trim())
  if (filled.length < 2) return null
  const { $from, $to } = state.selection
  if (!$from.sameParent($to)) return null
  const tr = state.tr.deleteSelection()
  const at = paragraphPlaceAfter(tr.doc, tr.doc.resolve(tr.mapping.map($from.pos)))
  if (at === null) return null
  const paragraphs = filled.map((l) => schema.nodes.paragraph.create(null, schema.text(l)))
  tr.insert(at, paragraphs)
  const end = at + paragraphs.reduce((n, p) => n + p.nodeSize, 0)
  return tr.setSelection(TextSelection.near(tr.doc.resolve(end - 1), -1))
}
