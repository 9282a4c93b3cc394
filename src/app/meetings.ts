/**
 * Making meeting records and their documents in the store: the one place that knows how a record
 * begun from a speech, a generated document, last year's document rewritten for this year, and a
 * record rolled forward with its speech are stamped. Components call these; only an open
 * MeetingSession changes a record afterwards.
 */
import {
  emptyMeeting,
  generateDocument,
  meetingFromSpeech,
  meetingYears,
  rollMeetingForward,
  withFreshFields,
  DEFAULT_LAYOUT,
  type Meeting,
  type MeetingDocKind,
} from '../core/meeting'
import { bundledMeetingTemplate } from '../core/meeting/bundled'
import { rollover } from '../core/rollover'
import { speechFromJSON, storedYears } from '../core/serialize'
import { newDraft } from './drafts'
import { newId, type DraftRecord, type MeetingRecord, type Store } from './store/db'
import { zh } from '../i18n/zh'

function newMeetingRecord(meeting: Meeting, extra: Partial<MeetingRecord> = {}, now = Date.now()): MeetingRecord {
  return { id: newId(), createdAt: now, updatedAt: now, meeting, ...extra }
}

/** A new, empty record. Returns its id. */
export async function createMeeting(store: Store): Promise<string> {
  const record = newMeetingRecord(emptyMeeting())
  await store.saveMeeting(record)
  return record.id
}

/**
 * The meeting of a speech draft: the one whose agenda links it, or a new record read from the
 * speech (name, date, items of its opening, the speech last and linked). Returns its id.
 */
export async function meetingOfSpeech(store: Store, draftId: string): Promise<string> {
  const [linked] = await store.meetingsOfSpeech(draftId)
  if (linked) return linked.id
  const draft = await store.getDraft(draftId)
  if (!draft) throw new Error(zh.meeting.speechMissing)
  const { meeting, notes } = meetingFromSpeech(speechFromJSON(draft.speech), draftId)
  const record = newMeetingRecord(meeting, { notes })
  await store.saveMeeting(record)
  return record.id
}

/** A document generated from the record by the bundled template, printed in its kind's layout. */
export async function generateMeetingDocument(
  store: Store,
  record: MeetingRecord,
  kind: MeetingDocKind,
): Promise<string> {
  const doc = generateDocument(bundledMeetingTemplate(kind), record.meeting)
  return store.addMeetingDocument({
    ...newDraft(doc, `meeting-${kind}`),
    meeting: { id: record.id, kind },
    layout: DEFAULT_LAYOUT[kind],
  })
}

/**
 * Last year's document made this year's: its years rolled on as a speech's are (the flags go to
 * the 换年提示 panel), its meeting fields filled from this year's record, last year's copy kept
 * to compare with. The words the office rewrote last year stay.
 */
export async function rewriteLastYearsDocument(
  store: Store,
  record: MeetingRecord,
  kind: MeetingDocKind,
  old: DraftRecord,
): Promise<string> {
  const { planYear } = meetingYears(record.meeting)
  const r = rollover(speechFromJSON(old.speech), { toPlanYear: planYear ?? undefined })
  const doc = withFreshFields(r.doc, record.meeting)
  return store.addMeetingDocument({
    ...newDraft(doc, `meeting-${kind}`),
    meeting: { id: record.id, kind },
    layout: old.layout ?? DEFAULT_LAYOUT[kind],
    reference: { title: old.title, speech: old.speech },
    rollover: { from: r.from, to: r.to, noYears: r.noYears, flags: r.flags, done: [] },
  })
}

/**
 * After a speech was rolled forward: each meeting that links it rolled forward too, by as many
 * years, linking the new speech in its place. Returns the new records.
 */
export async function rollMeetingsWith(
  store: Store,
  oldSpeech: DraftRecord,
  newSpeech: DraftRecord,
): Promise<MeetingRecord[]> {
  const plan = (r: DraftRecord) => storedYears(r.speech.doc).planYear
  const from = plan(oldSpeech)
  const to = plan(newSpeech)
  const years = typeof from === 'number' && typeof to === 'number' && to > from ? to - from : 1
  const out: MeetingRecord[] = []
  for (const old of await store.meetingsOfSpeech(oldSpeech.id)) {
    const { meeting, flags } = rollMeetingForward(old.meeting, {
      years,
      speechLink: (link) => (link === oldSpeech.id ? newSpeech.id : link),
    })
    const record = newMeetingRecord(meeting, { rollover: { flags, done: [] }, rolledFromId: old.id })
    await store.saveMeeting(record)
    out.push(record)
  }
  return out
}
