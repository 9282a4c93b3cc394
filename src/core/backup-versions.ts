/**
 * Which copy of a draft or a meeting record a merge may keep, told without clocks. Two computers'
 * clocks differ, and "the later changed copy wins" threw away a colleague's sentence or one's own
 * (tryout 11, finding A1; for meeting records, review 27). So each computer remembers, per draft
 * and per meeting record, the versions of its content that crossed between computers: what a
 * backup carried away, and what a restore or merge brought in (a fingerprint of each). A backup
 * carries that list along.
 *
 * Merging the backup's copy into this computer's:
 * - the same content: nothing to choose;
 * - this computer's content is a version the backup's side had already seen: only the backup's
 *   side changed since, so its copy is taken;
 * - the backup's content is a version this computer had already seen: only this side changed, so
 *   this copy stays;
 * - neither (both changed since they were last the same, or a backup made before this was kept
 *   cannot tell): both are kept, the later one in its place and the other as one of its own.
 *   The clock picks only which of the two keeps the place; no words depend on it.
 */
import { SpeechFormatError, speechFromJSON, speechText, speechToJSON, type SpeechJSON } from './serialize'
import { MEETING_FORMAT, MeetingFormatError, meetingToJSON, parseMeetingFile } from './meeting/file'
import type { Meeting } from './meeting/model'

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

/**
 * A meeting record as a backup reads it back (parseBackup rewrites each through the meeting file's
 * reader, which trims its texts): the record stored here and its copy from a backup are the same
 * record and must have the same fingerprint.
 */
function canonicalMeeting(meeting: Meeting): string {
  try {
    return JSON.stringify(
      meetingToJSON(parseMeetingFile({ ...meetingToJSON(meeting), format: MEETING_FORMAT }, { complete: false })),
    )
  } catch (e) {
    // A stored record the reader refuses is fingerprinted as it is: its words still count.
    if (e instanceof MeetingFormatError) return JSON.stringify(meeting)
    throw e
  }
}

/** A fingerprint of a draft's words (see fingerprint). */
export const versionOf = (speech: SpeechJSON): string => fingerprint(canonical(speech))

/** A fingerprint of a meeting record's content (see fingerprint). */
export const meetingVersionOf = (meeting: Meeting): string => fingerprint(canonicalMeeting(meeting))

/** 53-bit cyrb53 of a text, with its length. */
function fingerprint(text: string): string {
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

/** What a merge does with the two copies of one draft or meeting record. */
export type CopiesVerdict = 'same' | 'theirs' | 'here' | 'both'

/**
 * One copy of a draft or meeting record: its content's version (versionOf, meetingVersionOf),
 * when it was last changed, and the versions its side has seen.
 */
export interface Copy {
  version: string
  updatedAt: number
  crossed: readonly string[]
}

/** Which copy a merge keeps: see the module's comment. */
export function compareCopies(here: Copy, theirs: Copy): CopiesVerdict {
  const mine = here.version
  const their = theirs.version
  if (mine === their) return 'same'
  const theySawMine = theirs.crossed.includes(mine)
  const iSawTheirs = here.crossed.includes(their)
  // Each side saw the other's words (words changed back and forth): the later change stays.
  if (theySawMine && iSawTheirs) return theirs.updatedAt > here.updatedAt ? 'theirs' : 'here'
  if (theySawMine) return 'theirs'
  if (iSawTheirs) return 'here'
  return 'both'
}

/** A draft's (or meeting record's) list with more versions added: each once, the newest last, no more than CROSSED_KEPT. */
export function withCrossed(list: readonly string[] | undefined, ...more: (readonly string[] | string)[]): string[] {
  const out = [...(list ?? [])]
  for (const v of more.flat()) {
    const at = out.indexOf(v)
    if (at >= 0) out.splice(at, 1)
    out.push(v)
  }
  return out.slice(-CROSSED_KEPT)
}
