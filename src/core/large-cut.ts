/**
 * A change that took away most of a speech at once (Ctrl+A then a key, a paste over everything):
 * the editor says so while Ctrl+Z can still bring it back, since the autosave keeps what is left
 * and the undo history ends with the page. A speech this short, or a cut this small, is typing.
 */
import type { Node as PMNode } from 'prosemirror-model'

/** Speeches shorter than this (a title and a greeting) are not worth a word when cut. */
export const LARGE_CUT_MIN_BEFORE = 300
/** The share of the speech's characters a single change must take away. */
export const LARGE_CUT_SHARE = 0.5

/** The characters a change took away when it took away most of a speech; null otherwise. */
export function largeCut(before: PMNode, after: PMNode): number | null {
  // A cut of fewer positions than the smallest large cut takes fewer characters still: a key typed
  // or deleted costs no walk over the whole speech (content.size is kept by the node).
  if (before.content.size - after.content.size < LARGE_CUT_MIN_BEFORE * LARGE_CUT_SHARE) return null
  const was = before.textContent.length
  const is = after.textContent.length
  if (was < LARGE_CUT_MIN_BEFORE || is > was * (1 - LARGE_CUT_SHARE)) return null
  return was - is
}

/**
 * A paste this long makes a speech far longer than any speech (a year's file, a whole book pasted
 * by mistake): the page keeps it, but checking and printing it are slow (tryout 9, finding 10:
 * 300,000 characters pasted without a word).
 */
export const LARGE_PASTE_MIN = 20000

/** The characters a paste added when it added a speech's worth many times over; null otherwise. */
export function largePaste(before: PMNode, after: PMNode): number | null {
  // Fewer positions added than the smallest large paste: fewer characters still, no walk over the text.
  if (after.content.size - before.content.size < LARGE_PASTE_MIN) return null
  const added = after.textContent.length - before.textContent.length
  return added >= LARGE_PASTE_MIN ? added : null
}
