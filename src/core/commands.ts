/**
 * Structural editing commands. They work on EditorState alone (no view, no DOM), so the
 * editor binds them to keys and buttons and Node tests run them directly. Numbers follow
 * from positions, so every move renumbers the rest by itself.
 */
import { type Command, type EditorState, Selection, TextSelection, type Transaction } from 'prosemirror-state'
import type { Node as PMNode, ResolvedPos } from 'prosemirror-model'
import { schema, PART_KINDS, type PartKind, firstOf } from './schema'
import { isYear } from './lang/years'
import { figureTypeFor } from './figures/context'
import { present } from './guards'
import { numberMark } from './lang/numbering'
import { classifyLine, splitRunIn } from './import/lines'
import { headingKind } from './import/kinds'
import { paragraphPlaceAfter } from './paste-speech'

/** Depth of the block the selection should move: a section or part by its heading, else the paragraph or item. */
function movableDepth($pos: ResolvedPos): number | null {
  for (let d = $pos.depth; d > 0; d--) {
    const node = $pos.node(d)
    const name = node.type.name
    if (name === 'section_heading' || name === 'part_heading') return d - 1
    if ((name === 'paragraph' || name === 'item') && ['part', 'section'].includes($pos.node(d - 1).type.name)) return d
    if (name === 'section' || name === 'part') return d
  }
  return null
}

/** Swap the block at the selection with its neighbour above (-1) or below (1). */
export function moveBlock(dir: -1 | 1): Command {
  return (state, dispatch) => {
    const { $from } = state.selection
    const depth = movableDepth($from)
    if (depth === null) return false
    const node = $from.node(depth)
    const parent = $from.node(depth - 1)
    const index = $from.index(depth - 1)
    const otherIndex = index + dir
    if (otherIndex < 0 || otherIndex >= parent.childCount) return false
    const other = parent.child(otherIndex)
    // Headings stay first; parts move among parts only (not past the opening or closing).
    if (otherIndex === 0 && /_heading$/.test(firstOf(parent).type.name)) return false
    if (node.type.name === 'part' && other.type.name !== 'part') return false
    if (dispatch) {
      const start = $from.before(depth)
      const from = dir < 0 ? start - other.nodeSize : start
      const to = dir < 0 ? start + node.nodeSize : start + node.nodeSize + other.nodeSize
      const tr = state.tr.replaceWith(from, to, dir < 0 ? [node, other] : [other, node])
      const shift = dir < 0 ? -other.nodeSize : other.nodeSize
      tr.setSelection(TextSelection.create(tr.doc, state.selection.from + shift, state.selection.to + shift))
      dispatch(tr.scrollIntoView())
    }
    return true
  }
}

function enclosing($pos: ResolvedPos, name: string): number | null {
  for (let d = $pos.depth; d > 0; d--) if ($pos.node(d).type.name === name) return d
  return null
}

/**
 * A paragraph that starts with a section's number typed by hand (“（四）推动建筑业转型升级。全区……”,
 * as pasted from Word) made the section it reads as: its first sentence the heading (run in when
 * words follow it, as the importer reads such a line), the number dropped (the program numbers
 * sections), the paragraphs after it in its section or part going with it. Null when the cursor's
 * paragraph does not start with one.
 */
function sectionFromTypedNumber(state: EditorState): Transaction | null {
  const { $from } = state.selection
  const para = $from.parent
  const container = $from.depth - 1
  if (para.type !== schema.nodes.paragraph || container < 1) return null
  const holder = $from.node(container)
  const inSection = holder.type === schema.nodes.section
  if (!inSection && holder.type !== schema.nodes.part) return null
  const start = para.textBetween(0, Math.min(para.content.size, 12), undefined, '\ufffc')
  const mark = numberMark(start)
  if (!mark || mark.level !== 2) return null
  const words = para.content.cut(mark.length)
  const { heading } = splitRunIn(words.textBetween(0, words.size, undefined, '\ufffc'))
  const headingEnd = Math.min(heading.length, words.size)
  const body = words.cut(headingEnd)
  const runIn = body.size > 0
  const index = $from.index(container)
  // What goes with it: the rest of its section, or in a part the paragraphs up to the next section.
  let last = holder.childCount
  if (!inSection)
    for (let i = index + 1; i < holder.childCount; i++)
      if (holder.child(i).type === schema.nodes.section) {
        last = i
        break
      }
  const after: PMNode[] = []
  for (let i = index + 1; i < last; i++) after.push(holder.child(i))
  const section = schema.nodes.section.create({ runIn }, [
    schema.nodes.section_heading.create(null, words.cut(0, headingEnd)),
    schema.nodes.paragraph.create(null, body),
    ...after,
  ])
  const from = $from.before($from.depth)
  const to = inSection ? $from.end(container) : from + after.reduce((n, b) => n + b.nodeSize, para.nodeSize)
  const tr = state.tr
  if (inSection) {
    const at = $from.after(container)
    tr.insert(at, section).delete(from, to)
  } else tr.replaceWith(from, to, section)
  // The cursor at the heading's end: a section's place in the outline is its heading.
  const headingAt = inSection ? $from.after(container) - (to - from) : from
  tr.setSelection(TextSelection.create(tr.doc, headingAt + 2 + headingEnd))
  return tr.scrollIntoView()
}

/**
 * A new, empty section after the current one (or at the end of the current part), cursor in its
 * heading; in a paragraph that starts with a hand-typed section number, that paragraph made one.
 */
export const insertSection: Command = (state, dispatch) => {
  const typed = sectionFromTypedNumber(state)
  if (typed) {
    dispatch?.(typed)
    return true
  }
  const { $from } = state.selection
  const sectionDepth = enclosing($from, 'section')
  const partDepth = enclosing($from, 'part')
  if (partDepth === null) return false
  const at = sectionDepth !== null ? $from.after(sectionDepth) : $from.end(partDepth)
  if (dispatch) {
    const section = schema.nodes.section.create(null, [
      schema.nodes.section_heading.create(),
      schema.nodes.paragraph.create(),
    ])
    const tr = state.tr.insert(at, section)
    tr.setSelection(TextSelection.create(tr.doc, at + 2))
    dispatch(tr.scrollIntoView())
  }
  return true
}

/**
 * A paragraph of the opening or of a part (not of a section) that reads as a part heading typed by
 * hand (“一、认清形势……”, as the import reads such a line) made the part it reads as: the line its
 * heading (its number dropped: the program numbers parts), of the kind its words say, with what
 * follows it. Each later such line in the same block starts a part of its own, so the order she
 * wrote stays (tryout 16, C1: headings typed in the template's opening stayed paragraphs). Null
 * when the cursor's paragraph is no such line.
 */
function partFromTypedNumber(state: EditorState, kind: PartKind): Transaction | null {
  const { $from } = state.selection
  if ($from.parent.type !== schema.nodes.paragraph || $from.depth !== 2) return null
  const holder = $from.node(1)
  if (holder.type !== schema.nodes.opening && holder.type !== schema.nodes.part) return null
  const typed = (node: PMNode) => {
    // A slot in the line would not survive as heading text: such a line is left as it is.
    if (node.type !== schema.nodes.paragraph || !node.content.content.every((c) => c.isText)) return null
    const line = classifyLine(node.textContent.trim())
    return line.type === 'part' ? line : null
  }
  const first = typed($from.parent)
  if (!first) return null
  const index = $from.index(1)
  const parts: PMNode[] = []
  let heading = first
  let body: PMNode[] = []
  const close = () => {
    parts.push(
      schema.nodes.part.create({ kind: headingKind(heading.text) ?? kind }, [
        schema.nodes.part_heading.create(null, heading.text ? schema.text(heading.text) : null),
        ...(body.length ? body : [schema.nodes.paragraph.create()]),
      ]),
    )
  }
  for (let i = index + 1; i < holder.childCount; i++) {
    const child = holder.child(i)
    const next = typed(child)
    if (!next) {
      body.push(child)
      continue
    }
    close()
    heading = next
    body = []
  }
  close()
  const from = $from.before(2)
  const at = $from.after(1)
  const tr = state.tr.insert(at, parts)
  // The opening keeps a paragraph: the schema wants one.
  if (index === 0 && holder.type === schema.nodes.opening)
    tr.replaceWith(from, $from.end(1), schema.nodes.paragraph.create())
  else tr.delete(from, $from.end(1))
  const headingEnd = tr.mapping.map(at, -1) + 2 + first.text.length
  return tr.setSelection(TextSelection.create(tr.doc, headingEnd)).scrollIntoView()
}

/**
 * A new part after the current one, of the given kind, cursor in its heading; in a paragraph that
 * reads as a part heading typed by hand, that paragraph made one (partFromTypedNumber).
 */
export function insertPart(kind: PMNode['attrs']['kind'] = 'other'): Command {
  return (state, dispatch) => {
    const typed = partFromTypedNumber(state, kind)
    if (typed) {
      dispatch?.(typed)
      return true
    }
    const { $from } = state.selection
    const partDepth = enclosing($from, 'part')
    let at: number
    if (partDepth !== null) at = $from.after(partDepth)
    else {
      // Outside any part: after the last part, or after the opening.
      at = -1
      state.doc.forEach((node, pos) => {
        if (node.type.name === 'part' || node.type.name === 'opening') at = pos + node.nodeSize
      })
      if (at < 0) return false
    }
    if (dispatch) {
      const part = schema.nodes.part.create({ kind }, [
        schema.nodes.part_heading.create(),
        schema.nodes.paragraph.create(),
      ])
      const tr = state.tr.insert(at, part)
      tr.setSelection(TextSelection.create(tr.doc, at + 2))
      dispatch(tr.scrollIntoView())
    }
    return true
  }
}

/** Remove the section (or, in a part heading, the part) at the selection. */
export const deleteBlock: Command = (state, dispatch) => {
  const { $from } = state.selection
  const depth = enclosing($from, 'section') ?? enclosing($from, 'part')
  if (depth === null) return false
  if (dispatch) {
    const tr = state.tr.delete($from.before(depth), $from.after(depth))
    dispatch(tr.scrollIntoView())
  }
  return true
}

/** Toggle whether a section's heading runs into its first paragraph in print. */
export const toggleRunIn: Command = (state, dispatch) => {
  const depth = enclosing(state.selection.$from, 'section')
  if (depth === null) return false
  if (dispatch) {
    const pos = state.selection.$from.before(depth)
    dispatch(
      state.tr.setNodeAttribute(
        pos,
        'runIn',
        !present(state.doc.nodeAt(pos), 'the block at the selection').attrs.runIn,
      ),
    )
  }
  return true
}

/**
 * Ctrl+Home / Ctrl+End (with Shift: select to there). Done here rather than by the browser,
 * which cannot move the caret into blocks it has not laid out (a long speech lays out only
 * what is near the screen) and stops short.
 */
export function cursorToEdge(edge: 'start' | 'end', extend = false): Command {
  return (state, dispatch) => {
    const target = edge === 'start' ? Selection.atStart(state.doc) : Selection.atEnd(state.doc)
    const sel = extend ? TextSelection.between(state.doc.resolve(state.selection.anchor), target.$head) : target
    dispatch?.(state.tr.setSelection(sel).scrollIntoView())
    return true
  }
}

export function selectionIn(state: EditorState, name: string): PMNode | null {
  const d = enclosing(state.selection.$from, name)
  return d === null ? null : state.selection.$from.node(d)
}

/** Say what kind a part is (the importer guesses from words; the user knows). */
/**
 * Set a part's kind. Its figures follow in the same step (so one undo takes both back): in a
 * tasks part they are targets for the plan year, elsewhere actuals of the review year. A figure
 * over several years (its `period` set) keeps its years and changes only its kind.
 */
export function setPartKind(pos: number, kind: PartKind): Command {
  return (state, dispatch) => {
    const node = state.doc.nodeAt(pos)
    if (!node || node.type.name !== 'part' || !PART_KINDS.includes(kind)) return false
    if (dispatch) {
      const tr = state.tr.setNodeAttribute(pos, 'kind', kind)
      const type = figureTypeFor(kind, state.doc.attrs.reviewYear, state.doc.attrs.planYear)
      node.descendants((child, offset) => {
        if (child.type.name !== 'slot' || child.attrs.role !== 'metric') return !child.isLeaf
        const at = pos + 1 + offset
        if (child.attrs.kind !== type.kind) tr.setNodeAttribute(at, 'kind', type.kind)
        if (child.attrs.period === null && child.attrs.year !== type.year) tr.setNodeAttribute(at, 'year', type.year)
        return false
      })
      dispatch(tr)
    }
    return true
  }
}

/**
 * Set the years the speech reviews and plans. Slots follow: an actual that was for the old
 * review year (or for no year) is now for the new one; a target likewise for the plan year.
 */
export function setSpeechYears(reviewYear: number, planYear: number): Command {
  return (state, dispatch) => {
    if (!isYear(reviewYear) || !isYear(planYear)) return false
    if (dispatch) {
      const { reviewYear: oldReview, planYear: oldPlan } = state.doc.attrs
      const tr = state.tr.setDocAttribute('reviewYear', reviewYear).setDocAttribute('planYear', planYear)
      state.doc.descendants((node, pos) => {
        if (node.type.name !== 'slot' || node.attrs.role !== 'metric') return
        const target = node.attrs.kind === 'target'
        const old = target ? oldPlan : oldReview
        if (node.attrs.year === null || node.attrs.year === old)
          tr.setNodeAttribute(pos, 'year', target ? planYear : reviewYear)
      })
      dispatch(tr)
    }
    return true
  }
}

/**
 * Enter in an agenda's item (level 1: 一、二、): at its end another item follows, as in a list;
 * in an empty one the list ends and it becomes a paragraph. Elsewhere Enter splits as usual.
 */
export const continueItem: Command = (state, dispatch) => {
  const { $from, empty } = state.selection
  const node = $from.parent
  if (!empty || node.type !== schema.nodes.item || node.attrs.level !== 1) return false
  if (node.content.size === 0) {
    dispatch?.(state.tr.setBlockType($from.pos, $from.pos, schema.nodes.paragraph).scrollIntoView())
    return true
  }
  if ($from.parentOffset !== node.content.size) return false
  dispatch?.(state.tr.split($from.pos, 1, [{ type: node.type, attrs: node.attrs }]).scrollIntoView())
  return true
}

/**
 * Enter where the block cannot be split (the greeting: the speech has one, tryout 16, A1): a new
 * paragraph starts where paragraphs go after it (the opening's first), with the words after the
 * caret, and the caret in it. Without it, every line typed after 同志们 piled into that one line.
 */
export const enterBesideBlock: Command = (state, dispatch) => {
  const { $from, $to } = state.selection
  if (!$from.sameParent($to) || $from.depth !== 1) return false
  const at = paragraphPlaceAfter(state.doc, $from)
  if (at === null) return false
  if (dispatch) {
    const rest = $from.parent.content.cut($to.parentOffset)
    const tr = state.tr.insert(at, schema.nodes.paragraph.create(null, rest)).delete($from.pos, $from.end())
    dispatch(tr.setSelection(TextSelection.create(tr.doc, tr.mapping.map(at, -1) + 1)).scrollIntoView())
  }
  return true
}
