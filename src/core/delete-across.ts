/**
 * Delete at the end of a paragraph, or Backspace at its start, where the next (or previous)
 * paragraph is in another block of the speech: the last paragraph of a part before the closing,
 * of a section before the next section's heading, of the opening before part 一.
 *
 * ProseMirror's own commands (joinForward, then selectNodeForward) cannot join across such a
 * boundary when the block beyond has more than one paragraph, and fall back to selecting the
 * whole block beyond: a closing after a blank line, a whole part; the next key then deletes it.
 * Here a key never takes more than one paragraph's boundary:
 *
 * - an empty paragraph on either side goes (the blank line a secretary made before 同志们);
 * - two paragraphs of text join, as they do inside a block (the words beyond move over; a block
 *   left with no paragraph goes with its last one, its words kept);
 * - a heading, title or greeting beyond is not joined: the key does nothing.
 *
 * Inside one block ProseMirror's commands do the work (their join is the same).
 */
import { Fragment, type Node as PMNode, type ResolvedPos } from 'prosemirror-model'
import { type Command, type EditorState, Selection, TextSelection, type Transaction } from 'prosemirror-state'
import { canJoin } from 'prosemirror-transform'

/** Blocks whose text can join another's: paragraphs and items (1. and （1）). */
const BODY = new Set(['paragraph', 'item'])

/** Delete (1) at a paragraph's end or Backspace (-1) at its start, across a block's boundary. */
export function deleteAcross(dir: 1 | -1): Command {
  return (state, dispatch) => {
    const { $cursor } = state.selection instanceof TextSelection ? state.selection : { $cursor: null }
    if (!$cursor?.parent.isTextblock) return false
    if ($cursor.parentOffset !== (dir > 0 ? $cursor.parent.content.size : 0)) return false
    const $other = besideBlock(state, $cursor, dir)
    // The start or end of the speech, or a neighbour in the same block: ProseMirror's own commands.
    if ($other === null || ($other.depth === $cursor.depth && $cursor.sharedDepth($other.pos) >= $cursor.depth - 1))
      return false
    const tr = removeOrJoin(state, $cursor, $other, dir)
    if (tr && dispatch) dispatch(tr.scrollIntoView())
    // A boundary that neither goes nor joins holds the key, so no whole block is selected.
    return true
  }
}

/** The text position at the near edge of the textblock before (-1) or after (1) the cursor's. */
function besideBlock(state: EditorState, $cursor: ResolvedPos, dir: 1 | -1): ResolvedPos | null {
  const edge = state.doc.resolve(dir > 0 ? $cursor.after() : $cursor.before())
  const found = Selection.findFrom(edge, dir, true)
  return found ? found.$head : null
}

/** Whether a textblock can go from its block (the block keeps what its schema requires). */
function removable($pos: ResolvedPos): boolean {
  const index = $pos.index(-1)
  return $pos.node(-1).canReplace(index, index + 1)
}

function removeOrJoin(state: EditorState, $cursor: ResolvedPos, $other: ResolvedPos, dir: 1 | -1): Transaction | null {
  const here = $cursor.parent
  const other = $other.parent
  if (other.content.size === 0 && removable($other)) return state.tr.delete($other.before(), $other.after())
  if (here.content.size === 0 && removable($cursor)) {
    const tr = state.tr.delete($cursor.before(), $cursor.after())
    return tr.setSelection(TextSelection.create(tr.doc, tr.mapping.map($other.pos)))
  }
  if (!BODY.has(here.type.name) || !BODY.has(other.type.name)) return null
  // The later paragraph's words move to the end of the earlier one; the cursor stays at the seam.
  // A block the later one leaves empty (a closing of one paragraph) goes with it: its words are kept.
  const [$first, $second] = dir > 0 ? [$cursor, $other] : [$other, $cursor]
  let depth = $second.depth
  while (depth > 1 && $second.node(depth - 1).childCount === 1) depth--
  const index = $second.index(depth - 1)
  if (!$second.node(depth - 1).canReplace(index, index + 1)) return null
  const seam = $first.end()
  const tr = state.tr.delete($second.before(depth), $second.after(depth)).insert(seam, $second.parent.content)
  return tr.setSelection(TextSelection.create(tr.doc, seam))
}

/**
 * Backspace or Delete over a selection that runs from one block of the speech into another of a
 * different kind (a part into the closing, the opening into a part, a section into the next
 * part): the selected text goes, and each block stays what it was. ProseMirror's own deletion
 * would join the two ends, and a closing cannot join a part: it threw "Cannot join closing onto
 * part" as a page error and moved the closing's first paragraph into the part (tryout 11,
 * finding C9). Two blocks of one kind (part into part), or two ends inside one part, it joins as
 * a word processor does; should that ever fail, the selection is deleted as here. Whole parts and
 * sections selected go whole, and a heading whose every word went goes too (`selectionRemoved`).
 */
export const deleteSelectionAcross: Command = (state, dispatch) => {
  const tr = selectionRemoved(state)
  if (!tr) return false
  if (dispatch) dispatch(tr.scrollIntoView())
  return true
}

/**
 * The deletion of a text selection that crosses textblocks, as typing, pasting or composing over it
 * starts; null for any other selection. A heading it took every word of goes, but the one the caret
 * is in: the new words go there (`withoutEmptiedHeadings`). Backspace, Delete and Cut build on the
 * same deletion (`selectionRemoved`).
 */
export function selectionDeleted(state: EditorState): Transaction | null {
  const tr = deletedAcross(state)
  return tr && withoutEmptiedHeadings(state, tr, true)
}

/** The deletion of `selectionDeleted`, before the headings it emptied go. */
function deletedAcross(state: EditorState): Transaction | null {
  const { selection } = state
  if (!(selection instanceof TextSelection) || selection.empty) return null
  const { $from, $to } = selection
  if ($from.sameParent($to)) return null
  const depth = $from.sharedDepth($to.pos)
  // Two blocks of one kind (part into part), or both ends inside one part or section (a
  // paragraph into a section's words): the ends join as a word processor joins paragraphs.
  const sameKind = depth >= 1 || $from.node(depth + 1).type === $to.node(depth + 1).type
  // But a selection from the words into a heading never joins the heading to them: the words it
  // did not take stay the heading of their part or section (tryout 15: a selection from the end of
  // 四（八） into 五's heading, typed over, made 五's sections 四（九）–（十二）). A heading whose
  // every word was selected goes as the deletion's other emptied headings do.
  // Nor a heading to the words after it (review 28: from the start of 二's heading into its
  // paragraph made the paragraph's rest the part's heading): each end keeps its kind.
  const intoHeading = BODY.has($from.parent.type.name) && HEADINGS.has($to.parent.type.name)
  const outOfHeading = HEADINGS.has($from.parent.type.name) && BODY.has($to.parent.type.name)
  const joined = sameKind && !intoHeading && !outOfHeading ? attempt(() => state.tr.deleteSelection()) : null
  return joined ?? deleteKeepingBlocks(state, $from, $to)
}

/**
 * What Backspace, Delete and Cut do to a selection that crosses textblocks: blocks it covers whole
 * go whole (`wholeBlocksDeleted`), anything else as `selectionDeleted`. Typing, pasting or
 * composing over the selection starts from `selectionDeleted`, which keeps a block the new words
 * can go into. Null for a selection inside one textblock (ProseMirror's own commands).
 */
export function selectionRemoved(state: EditorState): Transaction | null {
  const { selection } = state
  if (!(selection instanceof TextSelection) || selection.empty) return null
  const { $from, $to } = selection
  if ($from.sameParent($to)) return null
  const whole = wholeBlocksDeleted(state, $from, $to)
  if (whole) return whole
  const tr = deletedAcross(state)
  return tr && withoutEmptiedHeadings(state, tr)
}

/** The headings a part or section is numbered by. */
const HEADINGS = new Set(['part_heading', 'section_heading'])

/** The positions of the part and section headings of `doc` that have no words. */
function emptyHeadings(doc: PMNode): number[] {
  const out: number[] = []
  doc.descendants((node, pos) => {
    if (HEADINGS.has(node.type.name) && node.content.size === 0) out.push(pos)
    return !node.isTextblock
  })
  return out
}

/**
 * After a deletion that took every word of a heading but not its whole block (from inside a
 * paragraph over "（一）……" into the section's words): the heading goes too, as Word drops a
 * paragraph whose words and mark were deleted. A section's words stay where they are, in its
 * part; a part's join the block before it. No "（一）（无标题）" is left. A heading that was empty
 * before (a part just added) stays, and so does the heading the caret is in when words are typed
 * over the selection (`caretHeading`): the new words go there.
 *
 * Part 一 has only the opening before it, which holds no sections (a selection from inside the
 * opening into part 一's first section, tryout 13): its words before its first section join the
 * opening, and each section left becomes a part of the part's kind, its heading the part's.
 * Where the selection ended in the first of the words that move, they join the paragraph the
 * selection began in, as Word joins the two ends.
 */
function withoutEmptiedHeadings(state: EditorState, tr: Transaction, caretHeading = false): Transaction {
  const before = new Set(emptyHeadings(state.doc).map((pos) => tr.mapping.map(pos)))
  // The caret as the deletion left it: where the selection began.
  let caret = tr.selection.head
  const $caret = tr.doc.resolve(caret)
  const kept = caretHeading && HEADINGS.has($caret.parent.type.name) ? $caret.before() : -1
  const emptied = emptyHeadings(tr.doc).filter((pos) => !before.has(pos) && pos !== kept)
  const endBlock = tr.doc.resolve(tr.mapping.map(state.selection.to)).parent
  // The last first, so the positions of the earlier ones still hold.
  for (const pos of emptied.reverse()) {
    const steps = tr.steps.length
    const moved = withoutHeading(tr, pos, caret, endBlock)
    caret = moved ?? tr.mapping.slice(steps).map(caret)
  }
  const $at = tr.doc.resolve(caret)
  return $at.parent.isTextblock ? tr.setSelection(TextSelection.create(tr.doc, caret)) : tr
}

/**
 * Take away the emptied heading at `pos` (`withoutEmptiedHeadings`); the caret's new position
 * when its part was rebuilt around it (a replaced range maps whatever was inside it to its edge),
 * else null.
 */
function withoutHeading(tr: Transaction, pos: number, caret: number, endBlock: PMNode): number | null {
  const $heading = tr.doc.resolve(pos)
  const block = $heading.parent
  const start = $heading.before()
  const after = $heading.after()
  const headingSize = block.firstChild?.nodeSize ?? 0
  const rest = block.content.cut(headingSize)
  if (block.type.name === 'section') {
    if (rest.size === 0) tr.delete(start, after)
    else if ($heading.node(-1).canReplace($heading.index(-1), $heading.index(-1) + 1, rest)) {
      tr.replaceWith(start, after, rest)
      // A caret in the section's words stays in them: its opening token and heading went.
      if (caret > start + 1 + headingSize && caret < after) return caret - 1 - headingSize
    }
    return null
  }
  const index = $heading.index(-1)
  const previous = index > 0 ? $heading.node(-1).child(index - 1) : null
  if (rest.size === 0) {
    if ($heading.node(-1).canReplace(index, index + 1)) tr.delete(start, after)
    return null
  }
  if (!previous) return null
  // All its words join the block before when they can (a part before it, or only paragraphs);
  // else its words before its first section do, and its sections become parts.
  let words = rest
  let parts = Fragment.empty
  if (!previous.type.validContent(previous.content.append(rest))) {
    let lead = 0
    while (lead < rest.childCount && rest.child(lead).type.name !== 'section') lead++
    words = rest.cut(0, offsetOf(rest, lead))
    parts = sectionsAsParts(block, rest, lead)
    if (!previous.type.validContent(previous.content.append(words))) return null
    if (!$heading.node(-1).canReplace(index, index + 1, parts)) return null
  }
  // Did the selection end in the first of the words that move (the same node, moved whole), and
  // begin in the last paragraph of the block before (or leave it empty)?
  const endsInWords = words.firstChild === endBlock && BODY.has(endBlock.type.name)
  const last = previous.lastChild
  const seamAtLast = last != null && BODY.has(last.type.name) && (last.content.size === 0 || caret === start - 2)
  tr.replaceWith(start, after, parts).insert(start - 1, words)
  // The two ends join, as Word joins them: the block's last paragraph and the first moved.
  const joined = endsInWords && seamAtLast && canJoin(tr.doc, start - 1)
  if (joined) tr.join(start - 1)
  // A caret in the part's words or sections; one before, after or in the heading maps as any position.
  const offset = caret - start - 1 - headingSize
  return offset > 0 && caret < after ? caretInRebuilt(offset, words, rest, joined) + start : null
}

/**
 * Where a caret at `offset` in a part's `rest` (after its heading) is once `words` went to the end
 * of the block before (joined to its last paragraph or not) and the sections became parts,
 * relative to the part's old start.
 */
function caretInRebuilt(offset: number, words: Fragment, rest: Fragment, joined: boolean): number {
  const join = joined ? 2 : 0
  // In the words: they now end the block before, whose closing token was at the part's start - 1.
  if (offset < words.size) return offset - 1 - join
  // In the sections made parts: the part's opening token and heading went. A paragraph after a
  // section is now inside the part made of it, before that part's closing token.
  let at = 0
  let i = 0
  while (i < rest.childCount - 1 && at + rest.child(i).nodeSize <= offset) at += rest.child(i++).nodeSize
  return offset - (rest.child(i).type.name === 'section' ? 0 : 1) - join
}

/** The offset in `fragment` of its child `index`. */
function offsetOf(fragment: Fragment, index: number): number {
  let offset = 0
  for (let i = 0; i < index; i++) offset += fragment.child(i).nodeSize
  return offset
}

/**
 * The sections of `rest` from `from` on, each a part of `part`'s kind headed by the section's
 * heading; a paragraph after a section stays with it.
 */
function sectionsAsParts(part: PMNode, rest: Fragment, from: number): Fragment {
  const out: PMNode[] = []
  let body: PMNode[] = []
  let heading: PMNode | null = null
  const flush = () => {
    if (heading) out.push(part.type.create({ kind: part.attrs.kind }, [heading, ...body]))
    body = []
  }
  for (let i = from; i < rest.childCount; i++) {
    const node = rest.child(i)
    if (node.type.name !== 'section') {
      body.push(node)
      continue
    }
    flush()
    const sectionHeading = node.firstChild
    heading = part.type.schema.nodes.part_heading.create(null, sectionHeading?.content)
    node.forEach((child, _, index) => {
      if (index > 0) body.push(child)
    })
  }
  flush()
  return Fragment.from(out)
}

/**
 * A selection from the first character of a block (a part from its heading, a section, a
 * paragraph) to the last character of a block, or to the first character of the block after it:
 * the blocks it covers go whole, as 删除本部分 removes a part, and the parts after move up. Kept
 * in pieces, the part was left as an empty shell, "二、（无标题）" with no words under it (tryout 13,
 * finding C3). Null when the selection starts or ends inside a block's words, or when removing
 * whole blocks would leave one without what it needs (a part that loses its heading but keeps
 * paragraphs): the deletion is then made as before.
 */
function wholeBlocksDeleted(state: EditorState, $from: ResolvedPos, $to: ResolvedPos): Transaction | null {
  if ($from.parentOffset !== 0) return null
  const atEnd = $to.parentOffset === $to.parent.content.size
  if (!atEnd && $to.parentOffset !== 0) return null
  const before = (k: number) => $from.before(k)
  const after = (k: number) => (atEnd ? $to.after(k) : $to.before(k))
  // The outermost block each edge of the selection is the edge of, tried outermost first.
  const froms = depthsAtEdge($from, 'start').map(before)
  const tos = depthsAtEdge($to, atEnd ? 'end' : 'start').map(after)
  const textblocks = countTextblocks(state.doc)
  for (const from of froms)
    for (const to of tos) {
      if (to <= from) continue
      const tr = attempt(() => state.tr.delete(from, to))
      // A deletion ProseMirror had to patch with an empty heading or paragraph is not a whole one.
      if (!tr || countTextblocks(tr.doc) !== textblocks - countTextblocksBetween(state.doc, from, to)) continue
      const $at = tr.doc.resolve(tr.mapping.map(from))
      const near = Selection.findFrom($at, 1, true) ?? Selection.findFrom($at, -1, true)
      return near ? tr.setSelection(near) : tr
    }
  return null
}

/** The depths (outermost first, not the doc) of the nodes that `$pos` is at the start or end of. */
function depthsAtEdge($pos: ResolvedPos, edge: 'start' | 'end'): number[] {
  const out: number[] = []
  for (let k = 1; k <= $pos.depth; k++) {
    const edgePos = edge === 'start' ? $pos.start(k) + ($pos.depth - k) : $pos.end(k) - ($pos.depth - k)
    if (edgePos === $pos.pos) out.push(k)
  }
  return out
}

function countTextblocks(node: PMNode): number {
  return countTextblocksBetween(node, 0, node.content.size)
}

function countTextblocksBetween(node: PMNode, from: number, to: number): number {
  let n = 0
  node.nodesBetween(from, to, (child, pos) => {
    if (child.isTextblock && pos >= from && pos + child.nodeSize <= to) n++
    return !child.isTextblock
  })
  return n
}

/** The transaction `make` builds, or null when ProseMirror cannot build it (a join it refuses). */
function attempt(make: () => Transaction): Transaction | null {
  try {
    return make()
  } catch (e) {
    // Only a step that does not fit is expected here; anything else is a fault to see.
    if (e instanceof Error && e.name === 'TransformError') return null
    if (e instanceof Error && /^Cannot (join|replace)|^Invalid content/.test(e.message)) return null
    throw e
  }
}

/**
 * Delete the text from `$from` to `$to` without joining the blocks they are in: the end of the
 * first textblock, the start of the last, and every node between. A node between that its parent
 * requires (the opening, a part's heading) stays, emptied; a paragraph between goes, so none is
 * left empty where the part's heading must stay for the moment (`withoutEmptiedHeadings` then
 * decides).
 */
function deleteKeepingBlocks(state: EditorState, $from: ResolvedPos, $to: ResolvedPos): Transaction {
  const depth = $from.sharedDepth($to.pos)
  /** Ranges of the old document, each either deleted or (for required nodes) emptied. */
  const cuts: { from: number; to: number; keep?: Fragment }[] = []
  const siblings = (parent: PMNode, start: number, from: number, to: number) => {
    if (from >= to) return
    let pos = start
    for (let i = 0; i < from; i++) pos += parent.child(i).nodeSize
    if (parent.canReplace(from, to)) {
      let end = pos
      for (let i = from; i < to; i++) end += parent.child(i).nodeSize
      cuts.push({ from: pos, to: end })
      return
    }
    // Only the nodes its parent requires stay, emptied (a part's heading); paragraphs go.
    const required: PMNode[] = []
    let end = pos
    for (let i = from; i < to; i++) {
      const child = parent.child(i)
      const emptied = BODY.has(child.type.name) ? null : child.type.createAndFill()
      if (emptied) required.push(emptied)
      end += child.nodeSize
    }
    if (parent.canReplace(from, to, Fragment.from(required))) {
      cuts.push({ from: pos, to: end, keep: Fragment.from(required) })
      return
    }
    for (let i = from; i < to; i++) {
      const child = parent.child(i)
      const keep = child.type.createAndFill()
      cuts.push({ from: pos, to: pos + child.nodeSize, ...(keep ? { keep: Fragment.from(keep) } : {}) })
      pos += child.nodeSize
    }
  }
  cuts.push({ from: $from.pos, to: $from.end() })
  for (let k = $from.depth - 1; k > depth; k--)
    siblings($from.node(k), $from.start(k), $from.index(k) + 1, $from.node(k).childCount)
  siblings($from.node(depth), $from.start(depth), $from.index(depth) + 1, $to.index(depth))
  for (let k = depth + 1; k < $to.depth; k++) siblings($to.node(k), $to.start(k), 0, $to.index(k))
  cuts.push({ from: $to.start(), to: $to.pos })
  const tr = state.tr
  for (const cut of cuts.sort((a, b) => b.from - a.from)) {
    if (cut.keep) tr.replaceWith(cut.from, cut.to, cut.keep)
    else if (cut.to > cut.from) tr.delete(cut.from, cut.to)
  }
  return tr.setSelection(TextSelection.create(tr.doc, tr.mapping.map($from.pos)))
}
