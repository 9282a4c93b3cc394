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
import type { ResolvedPos } from 'prosemirror-model'
import { type Command, type EditorState, Selection, TextSelection, type Transaction } from 'prosemirror-state'

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
