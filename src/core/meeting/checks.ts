/**
 * Checks across the meeting's documents and its record: the slips of a secretary who writes
 * the notice, agenda and chair's script from last year's copies. Each rule reads the record
 * and the documents it is given (any may be missing) and reports where, in which document,
 * in Chinese. Rules within one document (the weekday beside a date among them) are the
 * ordinary checks (src/core/checks), run on each document as on a speech.
 */
import { checkDocument } from '../checks/engine'
import { findingKey, type CheckOptions } from '../checks/types'
import { scanBlocks } from './scan'
import type { Context, MeetingCheckInput, MeetingFinding, MeetingRule, Target } from './rules/kit'
import { deadlineWhat, meetingDates, recordComplete, speechDate } from './rules/record'
import { agendaOnePage, itemCount } from './rules/items'
import { chairOffice, speakerNames, summarySpeaker } from './rules/people'
import { lastYearLeft, meetingName } from './rules/names'
import { freshFields } from './rules/fields'
import { repeatedWords } from './rules/repeats'
import { slotPlaceholders } from './rules/placeholders'

export type { FindingDoc, MeetingCheckInput, MeetingDocs, MeetingFinding, MeetingRule } from './rules/kit'

export const MEETING_RULES: readonly MeetingRule[] = [
  recordComplete,
  meetingDates,
  deadlineWhat,
  speechDate,
  itemCount,
  speakerNames,
  summarySpeaker,
  chairOffice,
  meetingName,
  lastYearLeft,
  freshFields,
  slotPlaceholders,
  repeatedWords,
  agendaOnePage,
]

export interface MeetingCheckOptions {
  disabledRules: string[]
  ignored: string[]
}

/** The cross-document findings: record, counts, names, dates, leftovers. */
export function checkMeeting(input: MeetingCheckInput, options: Partial<MeetingCheckOptions> = {}): MeetingFinding[] {
  const targets: Target[] = []
  for (const kind of ['notice', 'agenda', 'script'] as const) {
    const node = input.docs[kind]
    if (node) targets.push({ doc: kind, node, blocks: scanBlocks(node) })
  }
  for (const [link, node] of Object.entries(input.speeches ?? {}))
    targets.push({ doc: 'speech', speech: link, node, blocks: scanBlocks(node) })
  const ctx: Context = { meeting: input.meeting, targets, target: (kind) => targets.find((t) => t.doc === kind) }
  const { disabledRules = [], ignored = [] } = options
  return MEETING_RULES.filter((r) => !disabledRules.includes(r.id))
    .flatMap((r) => r.check(ctx))
    .filter((f) => !ignored.includes(findingKey(f)))
}

/** Everything: each document's own checks (as for a speech) and the checks across them. */
export function checkMeetingAll(input: MeetingCheckInput, options: Partial<CheckOptions> = {}): MeetingFinding[] {
  const own: MeetingFinding[] = []
  for (const kind of ['notice', 'agenda', 'script'] as const) {
    const node = input.docs[kind]
    if (node) own.push(...checkDocument(node, options).map((f) => ({ ...f, doc: kind })))
  }
  return [...own, ...checkMeeting(input, options)]
}
