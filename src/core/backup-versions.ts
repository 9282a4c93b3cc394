/**
 * Which copy of a draft a merge may keep, told without clocks. Two computers' clocks differ, and
 * "the later changed copy wins" threw away a colleague's sentence or one's own (tryout 11,
 * finding A1). So each computer remembers, per draft, the versions of its words that crossed
 * between computers: the words a backup carried away, and the words a restore or merge brought in
 * (a fingerprint of each). A backup carries that list along.
 *
 * Merging the backup's copy of a draft into this computer's:
 * - the same words: nothing to choose;
 * - this computer's words are a version the backup's side had already seen: only the backup's side
 *   changed since, so its copy is taken;
 * - the backup's words are a version this computer had already seen: only this side changed, so
 *   this copy stays;
 * - neither (both changed since they were last the same, or a backup made before this was kept
 *   cannot tell): both are kept, the later one as the draft and the other as a draft of its own.
 *   The clock picks only which of the two keeps the draft's place; no words depend on it.
 */
import { SpeechFormatError, speechFromJSON, speechText, speechToJSON, type SpeechJSON } from './serialize'

/** How many fingerprints a draft remembers: the newest, far more than computers trade it between. */
export const CROSSED_KEPT = 30

/**
 * A speech as the schema writes it today: a draft stored by an older version (an attribute it did
 * not write yet, fields in another order) and its copy read back from a backup, which parseBackup
 * rewrites so, are the same words and must have the same fingerprint.
 */
function canonical(speech: SpeechJSON): string {
  try {
    return JSON.stringify(speechToJSON(speechFromJSON(speech)))
  } catch (e) {
    // A stored speech the schema cannot read is fingerprinted as it is: its words still count.
    if (e instanceof SpeechFormatError) return speechText(speech)
    throw e
  }
}

/** A fingerprint of a draft's words (53-bit cyrb53 of its speech as the schema writes it, with its length). */
export function versionOf(speech: SpeechJSON): string {
  const text = canonical(speech)
  let h1 = 0xdeadbeef
  let h2 = 0x41c6ce57
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    h1 = Math.imul(h1 ^ c, 2654435761)
    h2 = Math.imul(h2 ^ c, 1597334677)
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  const hash = 4294967296 * (2097151 & h2) + (h1 >>> 0)
  return `${hash.toString(36)}.${text.length.toString(36)}`
}

/** What a merge does with the two copies of one draft. */
export type CopiesVerdict = 'same' | 'theirs' | 'here' | 'both'

/** One copy of a draft: its words, when it was last changed, and the versions its side has seen. */
export interface DraftCopy {
  speech: SpeechJSON
  updatedAt: number
  crossed: readonly string[]
}

/** Which copy a merge keeps: see the module's comment. */
export function compareCopies(here: DraftCopy, theirs: DraftCopy): CopiesVerdict {
  const mine = versionOf(here.speech)
  const their = versionOf(theirs.speech)
  if (mine === their) return 'same'
  const theySawMine = theirs.crossed.includes(mine)
  const iSawTheirs = here.crossed.includes(their)
  // Each side saw the other's words (words changed back and forth): the later change stays.
  if (theySawMine && iSawTheirs) return theirs.updatedAt > here.updatedAt ? 'theirs' : 'here'
  if (theySawMine) return 'theirs'
  if (iSawTheirs) return 'here'
  return 'both'
}

/** A draft's list with more versions added: each once, the newest last, no more than CROSSED_KEPT. */
export function withCrossed(list: readonly string[] | undefined, ...more: (readonly string[] | string)[]): string[] {
  const out = [...(list ?? [])]
  for (const v of more.flat()) {
    const at = out.indexOf(v)
    if (at >= 0) out.splice(at, 1)
    out.push(v)
  }
  return out.slice(-CROSSED_KEPT)
}
