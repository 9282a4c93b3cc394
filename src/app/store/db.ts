/**
 * The one storage module. Everything the app keeps lives in IndexedDB in this browser,
 * behind the domain functions below; components never touch IndexedDB.
 *
 * Upgrades are a ladder: each version adds what it needs and never drops user data.
 */
import { shownName } from '../draft-name'
import { openDB, type DBSchema, type IDBPDatabase } from 'idb'
import { type SpeechJSON, speechFromText, speechText, storedDocKind } from '../../core/serialize'
import type { Backup, BackupDraft } from '../../core/backup'
import { sameFigure, sameWrite, type FigureValue, type FigureWrite, type Metric } from '../../core/figures/model'
import { mergeFigures } from '../../core/figures/merge'
import { compareCopies, meetingVersionOf, versionOf, withCrossed } from '../../core/backup-versions'
import type { UnitWords } from '../../core/backup-unit'
import type { RolloverFlag } from '../../core/rollover-flags'
import type { DocKind } from '../../core/schema'
import { checkSettings, DEFAULT_SETTINGS, type CheckedSettings, type Settings } from '../../core/settings'
import type { LayoutId } from '../../core/export/layout'
import type { Meeting, MeetingDocKind, MeetingFlag } from '../../core/meeting'
import { DEPARTMENT_SLOT } from '../../core/markers'
import { zh } from '../../i18n/zh'
import { speaksChinese } from '../problem'
import { shownSlots, type ShownSlot } from '../../core/figures/shown'
import { type Census, lostSince, pageStorage, readCensus, writeCensus } from './census'

/** A draft as stored. `origin` says where it came from: a template id, "import", or "rollover". */
export interface DraftRecord extends BackupDraft {
  /**
   * How many times the record has been written. A save names the revision it was based on and
   * is refused when the stored one has moved on (another tab, a restore): no silent overwrite.
   */
  rev?: number
  /** Checks this speech has switched off or ignored. */
  checks?: DraftChecks
  /** For a draft rolled from last year's speech: that speech, to compare with. */
  reference?: { title: string; speech: SpeechJSON }
  /** What the roll-over flagged, and which flags the user has dealt with. */
  rollover?: RolloverReport
  /** The print layout chosen for this speech. */
  layout?: LayoutId
  /** For one of a meeting's documents (notice, agenda, script): which meeting, and which document. */
  meeting?: { id: string; kind: MeetingDocKind }
  /**
   * A name the user gave the draft in the library ("给局长的第二稿"), shown instead of its title.
   * Only a label: the speech's title, which prints, stays as written.
   */
  name?: string
}

/**
 * A draft as IndexedDB holds it: its speeches as JSON text. Saving clones the record, and
 * cloning one text is cheap where a tree of a thousand paragraphs is a long task on every
 * autosave. Drafts written before this hold their speeches as objects; both are read, and
 * only through `fromStored`.
 */
type StoredDraft = Omit<DraftRecord, 'speech' | 'reference'> & {
  speech: SpeechJSON | string
  reference?: { title: string; speech: SpeechJSON | string }
}

function toStored(draft: DraftRecord): StoredDraft {
  const { speech, reference, ...rest } = draft
  return {
    ...rest,
    speech: speechText(speech),
    ...(reference ? { reference: { ...reference, speech: speechText(reference.speech) } } : {}),
  }
}

function fromStored(stored: StoredDraft): DraftRecord {
  const { speech, reference, ...rest } = stored
  const read = (s: SpeechJSON | string) => (typeof s === 'string' ? speechFromText(s) : s)
  return {
    ...rest,
    speech: read(speech),
    ...(reference ? { reference: { ...reference, speech: read(reference.speech) } } : {}),
  }
}

/**
 * A meeting as stored: the record (core/meeting) and what the app keeps beside it. Written by
 * one MeetingSession at a time, each write checked against `rev` as a draft's is.
 */
export interface MeetingRecord {
  id: string
  rev?: number
  createdAt: number
  updatedAt: number
  meeting: Meeting
  /** What was read from the speech the record was begun from, until the user has seen it. */
  notes?: string[]
  /** What rolling last year's record forward flagged, and which flags the user has dealt with. */
  rollover?: { flags: MeetingFlag[]; done: number[] }
  /** Last year's meeting this one was rolled forward from: its documents can be rewritten for this year. */
  rolledFromId?: string
}

export interface RolloverReport {
  from: { reviewYear: number | null; planYear: number | null }
  to: { reviewYear: number | null; planYear: number | null }
  noYears: boolean
  flags: RolloverFlag[]
  /** Indexes into `flags` the user marked as dealt with. */
  done: number[]
  /**
   * What filling the new draft from the library did, in the roll-over's own step (rollover.ts):
   * slots filled, slots left empty, and what the fill said (as 用数字库填写空位 says it). `slots`:
   * for each of `said` after the first (a refusal, two places of one figure), the slots it is
   * about (`fillSlotKey`: label, year and kind), so the report shows it only while one of those is empty (missing from
   * reports written before: then each shows while any slot is empty).
   */
  fill?: { filled: number; empty: number; said: string[]; slots?: string[][] }
}

export interface DraftChecks {
  disabledRules: string[]
  ignored: string[]
}

/** What the library lists of a draft, kept beside it so listing never reads a whole speech. */
export interface DraftSummary {
  id: string
  title: string
  /** The name the user gave it in the library, or null. */
  name: string | null
  /** The department the speech names (its filled 部门 text slot), or null. */
  department: string | null
  subtitle: string | null
  origin: string
  templateId: string | null
  reviewYear: number | null
  planYear: number | null
  createdAt: number
  updatedAt: number
  /** Characters of text in the speech. */
  chars: number
  rev: number
  /** Which document it is (summaries written before meetings existed lack it: a speech). */
  docKind?: DocKind
  /** For a meeting's document: the meeting's id. */
  meetingId?: string | null
  /** A trial copy: its figures stay out of the library (DraftRecord.trial). */
  trial?: boolean
  /**
   * The figures its filled metric slots show, each once: what "which other drafts show this
   * number" reads (figures-controller), without reading a speech. Summaries before version 8 are
   * made anew with it.
   */
  figures: ShownSlot[]
}

/** What a merge of a backup did: drafts added and replaced (by id), how many were kept as they were here. */
export interface MergeResult {
  added: string[]
  replaced: string[]
  kept: number
  /** Drafts changed on both sides: the draft's name, and the name of the copy kept beside it. */
  bothKept: { title: string; copy: string }[]
  /**
   * What the merge did not write because a draft here holds the same words (a two-way exchange
   * brings each side's copy of the other's words back): what it was, and the draft that has them.
   */
  alreadyHere: { title: string; here: string }[]
  /** Meeting records the backup added, and those it replaced with its copy. */
  meetingsAdded: number
  meetingsReplaced: number
  /** Meeting records changed on both sides: the record's name, and the name of the copy kept beside it. */
  meetingsBothKept: { title: string; copy: string }[]
  /** Meeting records not written because one here has the same content (as alreadyHere). */
  meetingsAlreadyHere: { title: string; here: string }[]
  figuresAdded: number
  figuresReplaced: number
}

export type { Settings }
export { DEFAULT_SETTINGS }

interface JiangGaoDB extends DBSchema {
  drafts: { key: string; value: StoredDraft; indexes: { updatedAt: number; meetingDoc: [string, string] } }
  /** `speeches`: the drafts the record's items link to (a multi-entry index: a speech finds its meeting). */
  meetings: { key: string; value: StoredMeeting; indexes: { updatedAt: number; speeches: string } }
  summaries: { key: string; value: DraftSummary; indexes: { updatedAt: number } }
  settings: { key: string; value: { key: string; value: unknown } }
  metrics: { key: string; value: Metric }
  /** Before version 4: values keyed by metric, year and kind (no spans). Moved to `values`. */
  figures: { key: [string, number, string]; value: FigureValue; indexes: { metric: string } }
  /** Values keyed by metric, year, kind and span ('' for one year, "2021-2025" for a total over years). */
  values: { key: [string, number, string, string]; value: StoredValue; indexes: { metric: string } }
  /**
   * The durable copy of an open draft's write-ahead log (session/wal.ts), by draft id: what its
   * page changed and has not saved yet. The store keeps it as given; the session reads it.
   */
  wal: { key: string; value: unknown }
}

export const DB_NAME = 'jianggao'
export const DB_VERSION = 8
/** The stores a backup carries besides drafts and settings (a backup calls the values `figures`). */
const DATA_STORES = ['metrics', 'values', 'meetings'] as const

/** A value as stored: its span always written, so it can be part of the key. */
type StoredValue = FigureValue & { span: string }
const storedValue = (v: FigureValue): StoredValue => ({ ...v, span: v.span ?? '' })
/** A value's key in the `values` store. */
const valueKeyOf = (v: FigureValue): [string, number, string, string] => [v.metric, v.year, v.kind, v.span ?? '']

/**
 * The settings store's record of the versions of drafts and meeting records that crossed between
 * computers (backup-versions.ts), by id: ids are random, never a draft's and a record's alike.
 */
const CROSSED_KEY = 'crossed'
/** The record as stored: pairs, so no draft id is ever a property name. */
const crossedRecord = (crossed: Map<string, string[]>) => ({ key: CROSSED_KEY, value: [...crossed] })
function crossedOf(row: { value: unknown } | undefined): Map<string, string[]> {
  const pairs = Array.isArray(row?.value) ? row.value : []
  const out = new Map<string, string[]>()
  for (const pair of pairs)
    if (Array.isArray(pair) && typeof pair[0] === 'string' && Array.isArray(pair[1]))
      out.set(
        pair[0],
        pair[1].filter((v: unknown): v is string => typeof v === 'string'),
      )
  return out
}

/** The name a draft is listed under. */

/**
 * One of two changed copies of a draft, kept beside the other by a merge: a draft of its own,
 * named for where it came from. It leaves the meeting (the meeting keeps the draft itself) and
 * the original's editing marks behind.
 */
function mergedCopy(from: DraftRecord, side: 'here' | 'backup', now: number): DraftRecord {
  const { rev: _rev, walMark: _mark, slotBox: _box, meeting: _meeting, ...rest } = from
  return { ...rest, id: newId(), name: zh.backup.copyName(shownName(from), side), createdAt: now, rev: 1 }
}

/** A draft's words as a merge compares them: its speech, and whether it is a trial copy or a meeting's document. */
const wordsKey = (d: DraftRecord) =>
  `${versionOf(d.speech)}|${d.trial ? 'trial' : ''}|${d.meeting ? `${d.meeting.id}/${d.meeting.kind}` : ''}`

/**
 * The drafts here while a merge goes, findable by their words: a draft or a copy whose words one
 * here already has is not written again. The index is made when first asked (a merge that adds
 * nothing fingerprints no speech but those it compares) and kept up to date after.
 */
class DraftsByWords {
  private index: Map<string, Map<string, DraftRecord>> | null = null
  constructor(private readonly byId: Map<string, DraftRecord>) {}

  get(id: string): DraftRecord | undefined {
    return this.byId.get(id)
  }

  /** The merge wrote `record`: it is here now, in place of the draft of its id. */
  set(record: DraftRecord) {
    const before = this.byId.get(record.id)
    this.byId.set(record.id, record)
    if (!this.index) return
    if (before) this.index.get(wordsKey(before))?.delete(record.id)
    this.holders(wordsKey(record)).set(record.id, record)
  }

  /** A draft here, other than the one of id `except`, with the words of `record`. */
  holding(record: DraftRecord, except: string): DraftRecord | undefined {
    if (!this.index) {
      this.index = new Map()
      for (const d of this.byId.values()) this.holders(wordsKey(d)).set(d.id, d)
    }
    for (const [id, d] of this.index.get(wordsKey(record)) ?? []) if (id !== except) return d
    return undefined
  }

  private holders(key: string): Map<string, DraftRecord> {
    // Only called once the index is made (set checks, holding makes it).
    // biome-ignore lint/style/noNonNullAssertion: the reason is the comment above
    const index = this.index!
    let out = index.get(key)
    if (!out) index.set(key, (out = new Map()))
    return out
  }
}

/**
 * One of two changed copies of a meeting record, kept beside the other by a merge: a record of its
 * own, named for where it came from. Its agenda leaves the links to speech drafts behind (the
 * record in its place keeps them), so a speech still finds one meeting.
 */
function mergedMeetingCopy(from: MeetingRecord, side: 'here' | 'backup', now: number): MeetingRecord {
  const { rev: _rev, ...rest } = from
  const meeting = {
    ...from.meeting,
    name: zh.backup.meetingCopyName(from.meeting.name || zh.meeting.untitled, side),
    items: from.meeting.items.map((i) => ({ ...i, speech: null })),
  }
  return { ...rest, id: newId(), createdAt: now, rev: 1, meeting }
}

/** The endings mergedMeetingCopy gives a copy's name: （本机修改，合并前）, （备份中的修改，合并时另存）. */
const MEETING_COPY_ENDINGS = (['here', 'backup'] as const).map((side) => zh.backup.meetingCopyName('', side))

/**
 * A meeting record's content as a merge compares copies: its fingerprint with the name a copy was
 * given put back (the two sides name their copies of one record differently).
 */
function meetingWordsKey(record: MeetingRecord): string {
  let name = record.meeting.name
  for (let cut = true; cut; ) {
    const ending = MEETING_COPY_ENDINGS.find((e) => name.endsWith(e))
    cut = ending !== undefined
    if (ending) name = name.slice(0, -ending.length)
  }
  return meetingVersionOf({ ...record.meeting, name })
}

/**
 * What a merge of a backup decides, before anything is written: the drafts and meeting records it
 * puts, what it tells (MergeResult, figures apart), and the crossed versions it keeps. One
 * definition for the merge and for the question asked before it (tryout 13: the question said
 * “两份都保留” for a copy the merge then found already here).
 * `here`: the drafts and meeting records here, the crossed versions, and the drafts with a log.
 */
function planMerge(
  backup: Backup,
  here: { drafts: DraftRecord[]; meetings: MeetingRecord[]; crossed: Map<string, string[]>; logged: Set<string> },
  now: number,
) {
  const { crossed, logged } = here
  const result: MergeResult = {
    added: [],
    replaced: [],
    kept: 0,
    bothKept: [],
    alreadyHere: [],
    meetingsAdded: 0,
    meetingsReplaced: 0,
    meetingsBothKept: [],
    meetingsAlreadyHere: [],
    figuresAdded: 0,
    figuresReplaced: 0,
  }
  const draftPuts: DraftRecord[] = []
  const meetingPuts: MeetingRecord[] = []
  // A draft written here takes the place of the one of its id: its words are found there after.
  const put = (record: DraftRecord) => {
    draftPuts.push(record)
    draftsHere.set(record)
  }
  const draftsHere = new DraftsByWords(new Map(here.drafts.map((d) => [d.id, d])))
  /**
   * Drafts the merge adds (new here, or a copy kept beside a draft changed on both sides), written
   * after every draft here was decided: whether their words are here already is told by the
   * drafts as the merge leaves them (a draft the backup replaces no longer holds its old words).
   */
  const adding: { record: DraftRecord; crossed: string[]; bothKept?: { title: string; copy: string } }[] = []
  for (const d of backup.drafts) {
    const here = draftsHere.get(d.id)
    const theirs = versionOf(d.speech)
    const seen = withCrossed(crossed.get(d.id), backup.crossed?.[d.id] ?? [], theirs)
    const given = typeof d.rev === 'number' ? d.rev : 0
    const rev = Math.max(here?.rev ?? 0, given) + 1
    if (!here) {
      adding.push({ record: { ...d, rev }, crossed: seen })
      continue
    }
    const verdict = compareCopies(
      { version: versionOf(here.speech), updatedAt: here.updatedAt, crossed: crossed.get(d.id) ?? [] },
      { version: theirs, updatedAt: d.updatedAt, crossed: backup.crossed?.[d.id] ?? [] },
    )
    // A draft with a log here holds words typed here that may not be saved (a crash, a full
    // disk): it is changed here, whatever its stored words say, and keeps its place and its log,
    // which is replayed when it is opened (review 27: the merge deleted the log with the draft).
    const typedHere = logged.has(d.id)
    if (verdict === 'both' || (typedHere && verdict === 'theirs')) {
      // Both changed since they were last the same: neither loses its words. The later one keeps
      // the draft's place; the other becomes a draft of its own, named for where it came from.
      const theirsLater = !typedHere && d.updatedAt > here.updatedAt
      const [other, from] = theirsLater ? [here, 'here' as const] : [d, 'backup' as const]
      const copy = mergedCopy(other, from, now)
      crossed.set(d.id, withCrossed(seen, versionOf(here.speech)))
      const title = shownName(theirsLater ? d : here)
      adding.push({ record: copy, crossed: [versionOf(other.speech)], bothKept: { title, copy: shownName(copy) } })
      if (theirsLater) {
        put({ ...d, rev })
        result.replaced.push(d.id)
      } else result.kept++
      continue
    }
    crossed.set(d.id, seen)
    // Only the backup's side changed it, or the same words with the backup's other fields newer.
    if (!typedHere && (verdict === 'theirs' || (verdict === 'same' && d.updatedAt > here.updatedAt))) {
      result.replaced.push(d.id)
      put({ ...d, rev })
    } else result.kept++
  }
  for (const { record, crossed: seen, bothKept } of adding) {
    // Words a draft here holds already (the other side's copy of this side's words, or of a copy
    // an earlier merge kept): the same draft, not written twice.
    const holder = draftsHere.holding(record, record.id)
    if (holder) {
      result.alreadyHere.push({ title: shownName(record), here: shownName(holder) })
      continue
    }
    crossed.set(record.id, seen)
    put(record)
    if (bothKept) result.bothKept.push(bothKept)
    else result.added.push(record.id)
  }
  // Meeting records by the same rule as drafts (they have no log), what they add written last.
  const meetingById = new Map(here.meetings.map((m) => [m.id, m]))
  const addingMeetings: { record: MeetingRecord; crossed: string[]; bothKept?: { title: string; copy: string } }[] = []
  const meetingKeys = new WeakMap<MeetingRecord, string>()
  const keyOfMeeting = (record: MeetingRecord) => {
    let key = meetingKeys.get(record)
    if (key === undefined) meetingKeys.set(record, (key = meetingWordsKey(record)))
    return key
  }
  const putMeeting = (record: MeetingRecord) => {
    meetingPuts.push(record)
    meetingById.set(record.id, record)
  }
  for (const m of backup.stores.meetings ?? []) {
    const here = meetingById.get(m.id)
    const theirs = meetingVersionOf(m.meeting)
    const seen = withCrossed(crossed.get(m.id), backup.crossed?.[m.id] ?? [], theirs)
    const record = { ...m, rev: Math.max(here?.rev ?? 0, m.rev ?? 0) + 1 }
    if (!here) {
      addingMeetings.push({ record, crossed: seen })
      continue
    }
    const mine = meetingVersionOf(here.meeting)
    const verdict = compareCopies(
      { version: mine, updatedAt: here.updatedAt, crossed: crossed.get(m.id) ?? [] },
      { version: theirs, updatedAt: m.updatedAt, crossed: backup.crossed?.[m.id] ?? [] },
    )
    if (verdict === 'both') {
      const theirsLater = m.updatedAt > here.updatedAt
      const copy = theirsLater ? mergedMeetingCopy(here, 'here', now) : mergedMeetingCopy(m, 'backup', now)
      crossed.set(m.id, withCrossed(seen, mine))
      const title = (theirsLater ? m : here).meeting.name || zh.meeting.untitled
      addingMeetings.push({
        record: copy,
        crossed: [meetingVersionOf(copy.meeting)],
        bothKept: { title, copy: copy.meeting.name },
      })
      if (theirsLater) {
        putMeeting(record)
        result.meetingsReplaced++
      }
      continue
    }
    crossed.set(m.id, seen)
    if (verdict === 'theirs' || (verdict === 'same' && m.updatedAt > here.updatedAt)) {
      result.meetingsReplaced++
      putMeeting(record)
    }
  }
  for (const { record, crossed: seen, bothKept } of addingMeetings) {
    // The other side's copy of a record whose copy is here already (crossing merges): not twice.
    const key = meetingWordsKey(record)
    const holder = [...meetingById.values()].find((h) => h.id !== record.id && keyOfMeeting(h) === key)
    if (holder) {
      result.meetingsAlreadyHere.push({
        title: record.meeting.name || zh.meeting.untitled,
        here: holder.meeting.name || zh.meeting.untitled,
      })
      continue
    }
    crossed.set(record.id, seen)
    putMeeting(record)
    if (bothKept) result.meetingsBothKept.push(bothKept)
    else result.meetingsAdded++
  }
  return { result, draftPuts, meetingPuts, crossed }
}

/** A meeting record with the index key derived from it. */
type StoredMeeting = MeetingRecord & { speeches: string[] }

export class StorageError extends Error {
  constructor(
    message: string,
    override readonly cause?: unknown,
  ) {
    super(message)
  }
}

/** A save based on a revision that is no longer the stored one: another tab or a restore wrote since. */
export class DraftConflictError extends StorageError {
  constructor(readonly storedRev: number) {
    super(zh.storage.draftConflict)
  }
}

/** A save of a meeting record based on a revision that is no longer the stored one. */
export class MeetingConflictError extends StorageError {
  constructor(readonly storedRev: number) {
    super(zh.storage.meetingConflict)
  }
}

/** A save of a meeting record that is no longer stored. */
export class MeetingGoneError extends StorageError {
  constructor() {
    super(zh.storage.meetingGone)
  }
}

/**
 * A replace asked about one set of drafts found another when it came to write: a draft was saved,
 * made or deleted while the question was open (another tab's typing). Nothing was changed.
 */
export class RestoreOutdatedError extends StorageError {
  constructor() {
    super(zh.storage.restoreOutdated)
  }
}

/** A save of a draft that is no longer stored (deleted, or replaced by a restore). */
export class DraftGoneError extends StorageError {
  constructor() {
    super(zh.storage.draftGone)
  }
}

/**
 * A Chinese message for a failed write that says what happened and what to do: `editor` when the
 * write was of what is open in the editor (it is still there, to copy or save again), else of a
 * step taken elsewhere (creating a draft, a backup, the figures), which simply did not happen.
 */
export function storageMessage(e: unknown, where: 'editor' | 'elsewhere' = 'elsewhere'): string {
  if (e instanceof StorageError) return e.message
  const said = where === 'editor' ? zh.storage : zh.storage.elsewhere
  // Reads only name, which a non-DOMException lacks (undefined), and e may be anything thrown.
  // biome-ignore lint/nursery/noUnsafeTypeAssertion: the reason is the comment above
  const name = (e as DOMException)?.name
  if (name === 'QuotaExceededError') return said.full
  if (name === 'InvalidStateError' || name === 'TransactionInactiveError') return said.disconnected
  if (name === 'UnknownError' || name === 'DataError' || name === 'AbortError') return said.notWritten
  if (name === 'VersionError') return zh.storage.newerVersion
  const own = e instanceof Error && speaksChinese(e.message) ? e.message : ''
  return said.failed(own)
}

export class Store {
  private constructor(
    private readonly db: IDBPDatabase<JiangGaoDB>,
    private readonly storage: Storage | null,
    lost: Census | null,
  ) {
    this.lost = lost
  }

  /**
   * What the census (census.ts) said this database held when it was last listed, when it now holds
   * no draft and no meeting record: the browser dropped it (a full disk), or it was emptied
   * behind the app's back. Null when nothing is known to be missing, or once the user has said
   * it was her doing (acceptLoss) or the library lists drafts again (a restore).
   */
  lost: Census | null

  static async open(name = DB_NAME, storage: Storage | null = pageStorage()): Promise<Store> {
    try {
      const db = await openDB<JiangGaoDB>(name, DB_VERSION, {
        upgrade(db, oldVersion, _newVersion, tx) {
          if (oldVersion < 1) {
            const drafts = db.createObjectStore('drafts', { keyPath: 'id' })
            drafts.createIndex('updatedAt', 'updatedAt')
            db.createObjectStore('settings', { keyPath: 'key' })
          }
          if (oldVersion < 2) {
            db.createObjectStore('metrics', { keyPath: 'key' })
            const figures = db.createObjectStore('figures', { keyPath: ['metric', 'year', 'kind'] })
            figures.createIndex('metric', 'metric')
          }
          if (oldVersion < 3) {
            // The library lists from small summaries.
            const summaries = db.createObjectStore('summaries', { keyPath: 'id' })
            summaries.createIndex('updatedAt', 'updatedAt')
          }
          if (oldVersion < 4) {
            // Values get a span in their key, so a five-year total and one year's value of a metric are two values.
            const values = db.createObjectStore('values', { keyPath: ['metric', 'year', 'kind', 'span'] })
            values.createIndex('metric', 'metric')
            const old = tx.objectStore('figures')
            void old.getAll().then((all) => {
              for (const v of all) void values.put(storedValue(v))
              db.deleteObjectStore('figures')
            })
          }
          if (oldVersion < 5) {
            // A meeting's documents are drafts that name their meeting: found by [meeting id, kind].
            tx.objectStore('drafts').createIndex('meetingDoc', ['meeting.id', 'meeting.kind'])
            const meetings = db.createObjectStore('meetings', { keyPath: 'id' })
            meetings.createIndex('updatedAt', 'updatedAt')
            meetings.createIndex('speeches', 'speeches', { multiEntry: true })
          }
          if (oldVersion < 8) {
            // Summaries (new in 3, with the name and department since 6, the figures shown since 8)
            // are made anew from every draft.
            const summaries = tx.objectStore('summaries')
            void tx
              .objectStore('drafts')
              .openCursor()
              .then(function add(cursor): Promise<void> | undefined {
                if (!cursor) return
                void summaries.put(summaryOf(fromStored(cursor.value)))
                return cursor.continue().then(add)
              })
          }
          if (oldVersion < 7) {
            // Open drafts' write-ahead logs, beside the copy in localStorage (out-of-line keys: draft ids).
            db.createObjectStore('wal')
          }
        },
        blocking() {
          // A newer version of the app wants to upgrade in another tab: let it.
          db.close()
        },
      })
      // The census is a warning, never a reason not to open: a count that fails tells nothing.
      const counts = await Promise.all([db.count('summaries'), db.count('meetings')]).catch(() => null)
      return new Store(db, storage, counts && lostSince(readCensus(storage, name), ...counts))
    } catch (e) {
      throw new StorageError(zh.storage.cannotOpen(storageMessage(e)), e)
    }
  }

  /** The database's name: other tabs on the same one share drafts (and locks and messages). */
  get name(): string {
    return this.db.name
  }

  close() {
    this.db.close()
  }

  /** Drafts by their summaries, newest first: listing reads no speech. */
  async listDrafts(): Promise<DraftSummary[]> {
    const all = await this.db.getAllFromIndex('summaries', 'updatedAt')
    return all.reverse()
  }

  /**
   * Count the drafts and meeting records and keep the count (census.ts): the app does so at each
   * start, whatever page it opens, and the library when it lists them (other readers of the list,
   * such as the figures panel naming drafts, do not: they read the summaries once and no more). While a loss is told and nothing is back, the census
   * that tells it is kept: an empty list does not make it forgotten.
   */
  async takeCensus(deliberate = false): Promise<void> {
    // What called it has done its work: a census that cannot be counted now is taken next time.
    const counted = await Promise.all([this.db.count('summaries'), this.db.count('meetings')]).catch(() => null)
    if (!counted) return
    const [drafts, meetings] = counted
    if (this.lost && drafts + meetings === 0 && !deliberate) return
    this.lost = null
    writeCensus(this.storage, this.name, { drafts, meetings, at: Date.now() })
  }

  /** The user said the empty library is her doing: the loss is no longer told. */
  async acceptLoss(): Promise<void> {
    await this.takeCensus(true)
  }

  async getDraft(id: string): Promise<DraftRecord | undefined> {
    const stored = await this.db.get('drafts', id)
    return stored && fromStored(stored)
  }

  /**
   * Writes a new draft (or replaces one whole, as import and roll-over do with new ids) with its
   * summary; resolves only once the transaction has committed.
   */
  async saveDraft(draft: DraftRecord): Promise<void> {
    const tx = this.db.transaction(['drafts', 'summaries'], 'readwrite')
    const record = { ...draft, rev: draft.rev ?? 1 }
    await Promise.all([
      tx.objectStore('drafts').put(toStored(record)),
      tx.objectStore('summaries').put(summaryOf(record)),
      tx.done,
    ])
  }

  /**
   * The one way an open draft is saved: in one transaction, read the stored revision, refuse when
   * it is not the one this save is based on (DraftConflictError) or the draft is gone
   * (DraftGoneError), else write the record and its summary as revision + 1. Returns that revision.
   */
  async writeDraft(draft: DraftRecord, basedOn: number): Promise<number> {
    const tx = this.db.transaction(['drafts', 'summaries'], 'readwrite')
    const drafts = tx.objectStore('drafts')
    // The revision is read from the summary, written with the draft in every transaction that
    // writes either: reading the draft itself to learn one number copied its whole speech out
    // of IndexedDB at every autosave (a million characters at fifty seeds). A draft without a
    // summary (written by hand, or by a version before summaries held revisions) is read whole.
    const summary = await tx.objectStore('summaries').get(draft.id)
    const stored = typeof summary?.rev === 'number' ? summary : await drafts.get(draft.id)
    if (!stored) {
      tx.abort()
      await tx.done.catch(() => undefined)
      throw new DraftGoneError()
    }
    const storedRev = stored.rev ?? 0
    if (storedRev !== basedOn) {
      tx.abort()
      await tx.done.catch(() => undefined)
      throw new DraftConflictError(storedRev)
    }
    const record = { ...draft, rev: basedOn + 1 }
    await Promise.all([drafts.put(toStored(record)), tx.objectStore('summaries').put(summaryOf(record)), tx.done])
    return record.rev
  }

  async deleteDraft(id: string): Promise<void> {
    const tx = this.db.transaction(['drafts', 'summaries', 'wal'], 'readwrite')
    await Promise.all([
      tx.objectStore('drafts').delete(id),
      tx.objectStore('summaries').delete(id),
      tx.objectStore('wal').delete(id),
      tx.done,
    ])
    // A deliberate delete, of the last draft too: the census follows, and never alarms.
    await this.takeCensus(true)
  }

  /**
   * Write the durable copy of a draft's write-ahead log. The copy is taken before this returns
   * (the caller goes on changing its log); resolves once the write has committed, which a killed
   * browser keeps.
   */
  async putWal(draftId: string, copy: unknown): Promise<void> {
    // The put runs before the first await, so the copy is taken now; a closed database rejects.
    const tx = this.db.transaction('wal', 'readwrite')
    await Promise.all([tx.store.put(copy, draftId), tx.done])
  }

  /** Remove the durable copy of a draft's write-ahead log (its changes are all saved). */
  async deleteWal(draftId: string): Promise<void> {
    const tx = this.db.transaction('wal', 'readwrite')
    await Promise.all([tx.store.delete(draftId), tx.done])
  }

  /** The durable copy of a draft's write-ahead log as stored, or undefined. */
  getWal(draftId: string): Promise<unknown> {
    return this.db.get('wal', draftId)
  }

  /** Everything, read in one transaction, as a backup. */
  async backup(): Promise<Backup> {
    // Loaded before the transaction opens (awaiting anything else inside it would end it).
    const { makeBackup } = await import('../../core/backup')
    const tx = this.db.transaction(['drafts', 'settings', ...DATA_STORES], 'readonly')
    const [drafts, settings, metrics, figures, meetings] = await Promise.all([
      tx.objectStore('drafts').getAll(),
      tx.objectStore('settings').get('app'),
      tx.objectStore('metrics').getAll(),
      tx.objectStore('values').getAll(),
      tx.objectStore('meetings').getAll(),
      tx.done,
    ])
    const records = drafts.map(fromStored)
    // The settings record holds what saveSettings wrote, an object of named fields.
    // biome-ignore lint/nursery/noUnsafeTypeAssertion: the reason is the comment above
    const backup = makeBackup(records, (settings?.value as Record<string, unknown>) ?? null, {
      metrics,
      figures,
      meetings: meetings.map(({ speeches: _, ...record }) => record),
    })
    const versions: [string, string][] = [
      ...records.map((d): [string, string] => [d.id, versionOf(d.speech)]),
      ...meetings.map((m): [string, string] => [m.id, meetingVersionOf(m.meeting)]),
    ]
    const crossed = await this.markCrossed(versions)
    return { ...backup, crossed: Object.fromEntries(versions.map(([id]) => [id, crossed.get(id) ?? []])) }
  }

  /**
   * Remember that these versions of these drafts and meeting records left in a backup (backup-versions.ts), and return
   * every draft's list. Its own transaction, after the backup's read: a browser whose storage is
   * full can still back up. Should the write fail, the lists are returned all the same and only
   * this computer forgets them: a later merge that cannot tell which side changed a draft keeps
   * both copies, so no words are lost by it.
   */
  private async markCrossed(versions: [string, string][]): Promise<Map<string, string[]>> {
    const tx = this.db.transaction('settings', 'readwrite')
    const store = tx.objectStore('settings')
    const crossed = crossedOf(await store.get(CROSSED_KEY))
    for (const [id, version] of versions) crossed.set(id, withCrossed(crossed.get(id), version))
    try {
      await Promise.all([store.put(crossedRecord(crossed)), tx.done])
    } catch (e) {
      if (!(e instanceof DOMException)) throw e
    }
    return crossed
  }

  /**
   * Replace everything with a (validated) backup, in one transaction: all of it or nothing. Every
   * restored draft (and meeting) gets a revision above any it had here, so a tab still holding the
   * old one cannot save over the restored one. `asked`: the drafts as the user was asked about them
   * (listDrafts); if any was saved, made or deleted since, nothing is written and
   * RestoreOutdatedError says so, in the same transaction that would have written, so no save can
   * fall between the look and the write.
   */
  async restore(backup: Backup, asked?: readonly { id: string; updatedAt: number }[]): Promise<void> {
    const tx = this.db.transaction(['drafts', 'summaries', 'settings', 'wal', ...DATA_STORES], 'readwrite')
    const drafts = tx.objectStore('drafts')
    const summaries = tx.objectStore('summaries')
    const settings = tx.objectStore('settings')
    const metrics = tx.objectStore('metrics')
    const figures = tx.objectStore('values')
    const meetings = tx.objectStore('meetings')
    const here = await drafts.getAll()
    if (asked && !sameDrafts(here, asked)) {
      tx.abort()
      await tx.done.catch(() => undefined)
      throw new RestoreOutdatedError()
    }
    const revs = new Map(here.map((d) => [d.id, d.rev ?? 0]))
    const meetingRevs = new Map((await meetings.getAll()).map((m) => [m.id, m.rev ?? 0]))
    await Promise.all([
      meetings.clear(),
      ...(backup.stores.meetings ?? []).map((m) =>
        meetings.put(stored({ ...m, rev: Math.max(meetingRevs.get(m.id) ?? 0, m.rev ?? 0) + 1 })),
      ),
      drafts.clear(),
      summaries.clear(),
      // The logs of the drafts replaced apply to them, not to the restored ones.
      tx.objectStore('wal').clear(),
      settings.clear(),
      metrics.clear(),
      figures.clear(),
      ...backup.drafts.flatMap((d) => {
        const given = d.rev
        const record: DraftRecord = {
          ...d,
          rev: Math.max(revs.get(d.id) ?? 0, typeof given === 'number' ? given : 0) + 1,
        }
        return [drafts.put(toStored(record)), summaries.put(summaryOf(record))]
      }),
      ...(backup.settings ? [settings.put({ key: 'app', value: backup.settings })] : []),
      // The restored words have crossed: a later merge of a backup made elsewhere can tell who changed what.
      settings.put(
        crossedRecord(
          new Map([
            ...backup.drafts.map((d): [string, string[]] => [
              d.id,
              withCrossed(backup.crossed?.[d.id], versionOf(d.speech)),
            ]),
            ...(backup.stores.meetings ?? []).map((m): [string, string[]] => [
              m.id,
              withCrossed(backup.crossed?.[m.id], meetingVersionOf(m.meeting)),
            ]),
          ]),
        ),
      ),
      ...(backup.stores.metrics ?? []).map((m) => metrics.put(m)),
      ...(backup.stores.figures ?? []).map((f) => figures.put(storedValue(f))),
      tx.done,
    ])
  }

  /**
   * Merge a (validated) backup into what is here, in one transaction: a draft or meeting record
   * not here is added; of two copies of one (same id) the one changed is kept, both when both
   * were (backup-versions.ts). What it adds (new, or a copy kept beside) is written only when
   * nothing here, as the merge leaves it, has the same words already (a two-way exchange brings
   * each side's copy of the other's back). Figures by metric, year and kind (their changedAt); metrics are joined
   * (a label that is another's alias here counts as that metric, its names added). Settings stay.
   * A draft replaced gets a revision above the one here, so a tab still holding it cannot save over
   * it. The durable copy of the write-ahead log of every draft written goes: it applies to the
   * draft replaced (or to one deleted here before, for a draft added).
   */
  async mergeBackup(backup: Backup, now = Date.now()): Promise<MergeResult> {
    const tx = this.db.transaction(['drafts', 'summaries', 'settings', 'wal', ...DATA_STORES], 'readwrite')
    const drafts = tx.objectStore('drafts')
    const summaries = tx.objectStore('summaries')
    const settings = tx.objectStore('settings')
    const metrics = tx.objectStore('metrics')
    const figures = tx.objectStore('values')
    const meetings = tx.objectStore('meetings')
    const [hereDrafts, hereMetrics, hereFigures, hereMeetings, crossedRow, loggedKeys] = await Promise.all([
      drafts.getAll(),
      metrics.getAll(),
      figures.getAll(),
      meetings.getAll(),
      settings.get(CROSSED_KEY),
      tx.objectStore('wal').getAllKeys(),
    ])
    const { result, draftPuts, meetingPuts, crossed } = planMerge(
      backup,
      {
        drafts: hereDrafts.map(fromStored),
        meetings: hereMeetings.map(unstored),
        crossed: crossedOf(crossedRow),
        logged: new Set(loggedKeys),
      },
      now,
    )
    // A draft written here takes the place of the one its log (wal) was for: the log goes with it.
    // A copy kept beside (both changed) is a new id, with no log.
    const writes: Promise<unknown>[] = [
      ...draftPuts.flatMap((record) => [
        drafts.put(toStored(record)),
        summaries.put(summaryOf(record)),
        tx.objectStore('wal').delete(record.id),
      ]),
      ...meetingPuts.map((record) => meetings.put(stored(record))),
    ]
    const merged = mergeFigures(
      { metrics: hereMetrics, values: hereFigures },
      {
        metrics: backup.stores.metrics ?? [],
        values: backup.stores.figures ?? [],
      },
    )
    result.figuresAdded = merged.added
    result.figuresReplaced = merged.replaced
    writes.push(...merged.metrics.map((m) => metrics.put(m)), ...merged.values.map((v) => figures.put(storedValue(v))))
    writes.push(settings.put(crossedRecord(crossed)))
    await Promise.all([...writes, tx.done])
    return result
  }

  /**
   * The drafts and meeting records a merge of this backup would keep twice, changed on both sides:
   * named as the merge names them (planMerge decides for both), so the question before the merge
   * says what the merge then does.
   */
  async changedOnBothSides(backup: Backup): Promise<{ drafts: string[]; meetings: string[] }> {
    const tx = this.db.transaction(['drafts', 'meetings', 'settings', 'wal'], 'readonly')
    const [hereDrafts, hereMeetings, crossedRow, loggedKeys] = await Promise.all([
      tx.objectStore('drafts').getAll(),
      tx.objectStore('meetings').getAll(),
      tx.objectStore('settings').get(CROSSED_KEY),
      tx.objectStore('wal').getAllKeys(),
      tx.done,
    ])
    const { result } = planMerge(
      backup,
      {
        drafts: hereDrafts.map(fromStored),
        meetings: hereMeetings.map(unstored),
        crossed: crossedOf(crossedRow),
        logged: new Set(loggedKeys),
      },
      Date.now(),
    )
    return { drafts: result.bothKept.map((b) => b.title), meetings: result.meetingsBothKept.map((b) => b.title) }
  }

  /** All metrics and figures. */
  async loadFigures(): Promise<{ metrics: Metric[]; values: FigureValue[] }> {
    const tx = this.db.transaction(['metrics', 'values'], 'readonly')
    const [metrics, values] = await Promise.all([
      tx.objectStore('metrics').getAll(),
      tx.objectStore('values').getAll(),
      tx.done,
    ])
    return { metrics, values }
  }

  /**
   * Store values (creating their metrics when new), all in one transaction. Resolves with what
   * each value replaced (null: nothing), read in that transaction: what the library really held,
   * which a page's copy of it may not know (another tab wrote the figure after the page read it).
   */
  async saveFigures(metrics: Metric[], values: FigureValue[]): Promise<(FigureValue | null)[]> {
    const tx = this.db.transaction(['metrics', 'values'], 'readwrite')
    const ms = tx.objectStore('metrics')
    const vs = tx.objectStore('values')
    const [existing, replaced] = await Promise.all([
      ms.getAllKeys(),
      Promise.all(values.map(async (v) => (await vs.get(valueKeyOf(v))) ?? null)),
    ])
    const known = new Set(existing)
    await Promise.all([
      ...metrics.filter((m) => !known.has(m.key)).map((m) => ms.put(m)),
      ...values.map((v) => vs.put(storedValue(v))),
      tx.done,
    ])
    return replaced
  }

  /**
   * Put back what a figure held before it was typed (`prior()`; none: delete it), in one
   * transaction and only if the store still holds the very write of what was typed (`wrote`, told
   * by its change time): another tab, or a CSV import there, may have written the figure since,
   * even with the number typed, and that is not undone. `prior` is asked inside the
   * transaction: a write of `wrote` still on its way when this was called has landed by then (the
   * two run in order), and said what it replaced. Returns what the store holds when it was left
   * (null: nothing), else `taken`.
   */
  async takeBackFigure(
    wrote: FigureValue,
    prior: () => FigureValue | null,
  ): Promise<{ taken: true } | { taken: false; now: FigureValue | null }> {
    const tx = this.db.transaction('values', 'readwrite')
    const key = valueKeyOf(wrote)
    const now = await tx.store.get(key)
    if (!now || !sameWrite(now, wrote)) {
      await tx.done
      return { taken: false, now: now ?? null }
    }
    const before = prior()
    await Promise.all([before ? tx.store.put(storedValue(before)) : tx.store.delete(key), tx.done])
    return { taken: true }
  }

  /**
   * Keep a figure typed on a page that went away before its write landed (recovered from the
   * write-ahead log), in one transaction and only if the library still holds the very write it
   * held when the figure was typed: one of `expected` (null: nothing), told by its change time,
   * or the figure itself. A CSV import or another tab that wrote the figure since, even with the
   * same number, is never overwritten. Returns what the library holds now when the figure was
   * left out (null: nothing), else `kept`.
   */
  async keepRecoveredFigure(
    metric: Metric,
    value: FigureValue,
    expected: (FigureWrite | null)[],
  ): Promise<{ kept: true } | { kept: false; now: FigureValue | null }> {
    const tx = this.db.transaction(['metrics', 'values'], 'readwrite')
    const values = tx.objectStore('values')
    const now = (await values.get(valueKeyOf(value))) ?? null
    if (sameFigure(now, value)) {
      await tx.done
      return { kept: true }
    }
    if (!expected.some((e) => sameWrite(now, e))) {
      await tx.done
      return { kept: false, now }
    }
    const metrics = tx.objectStore('metrics')
    await Promise.all([
      ...((await metrics.getKey(metric.key)) === undefined ? [metrics.put(metric)] : []),
      values.put(storedValue(value)),
      tx.done,
    ])
    return { kept: true }
  }

  async deleteFigure(metric: string, year: number, kind: string, span = ''): Promise<void> {
    const tx = this.db.transaction('values', 'readwrite')
    await Promise.all([tx.store.delete([metric, year, kind, span]), tx.done])
  }

  /**
   * Two metrics that mean the same thing become one: `drop`'s label becomes an alias of
   * `keep`, and its values move over (keep's own values win where both have one).
   */
  async mergeMetrics(keep: string, drop: string): Promise<void> {
    if (keep === drop) return
    const tx = this.db.transaction(['metrics', 'values'], 'readwrite')
    const ms = tx.objectStore('metrics')
    const fs = tx.objectStore('values')
    const [kept, dropped] = await Promise.all([ms.get(keep), ms.get(drop)])
    if (!kept || !dropped) throw new StorageError(zh.storage.mergeGone)
    const moving = await fs.index('metric').getAll(drop)
    for (const v of moving) {
      if (!(await fs.get([keep, v.year, v.kind, v.span]))) await fs.put({ ...v, metric: keep })
      await fs.delete([drop, v.year, v.kind, v.span])
    }
    await ms.put({ ...kept, aliases: [...new Set([...kept.aliases, dropped.label, ...dropped.aliases])] })
    await ms.delete(drop)
    await tx.done
  }

  /** What this library says about whose it is (core/backup-unit.ts): read from summaries, never speeches. */
  async unitWords(): Promise<UnitWords> {
    const [summaries, meetings] = await Promise.all([this.listDrafts(), this.listMeetings()])
    return unitWordsOf(summaries, meetings)
  }

  /** Meeting records, newest first. */
  async listMeetings(): Promise<MeetingRecord[]> {
    const all = await this.db.getAllFromIndex('meetings', 'updatedAt')
    return all.reverse().map(unstored)
  }

  async getMeeting(id: string): Promise<MeetingRecord | undefined> {
    const m = await this.db.get('meetings', id)
    return m && unstored(m)
  }

  /** The meetings whose agenda links this speech draft. */
  async meetingsOfSpeech(draftId: string): Promise<MeetingRecord[]> {
    return (await this.db.getAllFromIndex('meetings', 'speeches', draftId)).map(unstored)
  }

  /** Writes a new meeting record (revision 1); resolves once committed. */
  async saveMeeting(record: MeetingRecord): Promise<void> {
    const tx = this.db.transaction('meetings', 'readwrite')
    await Promise.all([tx.store.put(stored({ ...record, rev: record.rev ?? 1 })), tx.done])
  }

  /**
   * The one way an open meeting record is saved, as writeDraft: refused when the stored revision
   * is not the one this save is based on (MeetingConflictError) or the record is gone
   * (MeetingGoneError); else written as revision + 1, which is returned.
   */
  async writeMeeting(record: MeetingRecord, basedOn: number): Promise<number> {
    const tx = this.db.transaction('meetings', 'readwrite')
    const current = await tx.store.get(record.id)
    if (!current || (current.rev ?? 0) !== basedOn) {
      tx.abort()
      await tx.done.catch(() => undefined)
      throw current ? new MeetingConflictError(current.rev ?? 0) : new MeetingGoneError()
    }
    const next = { ...record, rev: basedOn + 1 }
    await Promise.all([tx.store.put(stored(next)), tx.done])
    return next.rev
  }

  /**
   * A meeting and its documents (drafts), with their write-ahead logs' durable copies, in one
   * transaction. Linked speeches stay. Returns the documents' ids.
   */
  async deleteMeeting(id: string): Promise<string[]> {
    const tx = this.db.transaction(['meetings', 'drafts', 'summaries', 'wal'], 'readwrite')
    const docs = await documentKeys(tx.objectStore('drafts').index('meetingDoc'), id)
    await Promise.all([
      tx.objectStore('meetings').delete(id),
      ...docs.flatMap((d) => [
        tx.objectStore('drafts').delete(d),
        tx.objectStore('summaries').delete(d),
        tx.objectStore('wal').delete(d),
      ]),
      tx.done,
    ])
    await this.takeCensus(true)
    return docs
  }

  /** The meeting's documents (notice, agenda, script) as drafts. */
  async meetingDocuments(meetingId: string): Promise<DraftRecord[]> {
    const range = IDBKeyRange.bound([meetingId, ''], [meetingId, '\uffff'])
    return (await this.db.getAllFromIndex('drafts', 'meetingDoc', range)).map(fromStored)
  }

  /**
   * Store a new document of a meeting unless the meeting has one of that kind already (another
   * tab made it meanwhile): checked and written in one transaction. Returns the id of the
   * document the meeting now has.
   */
  async addMeetingDocument(draft: DraftRecord & { meeting: { id: string; kind: MeetingDocKind } }): Promise<string> {
    const tx = this.db.transaction(['drafts', 'summaries'], 'readwrite')
    const existing = await tx.objectStore('drafts').index('meetingDoc').getKey([draft.meeting.id, draft.meeting.kind])
    if (existing !== undefined) {
      await tx.done
      return existing
    }
    const record = { ...draft, rev: draft.rev ?? 1 }
    await Promise.all([
      tx.objectStore('drafts').put(toStored(record)),
      tx.objectStore('summaries').put(summaryOf(record)),
      tx.done,
    ])
    return record.id
  }

  async getSettings(): Promise<Settings> {
    return (await this.getCheckedSettings()).settings
  }

  /** Settings as stored, with any bad field reset to its default and named (so the app still opens). */
  async getCheckedSettings(): Promise<CheckedSettings> {
    const row = await this.db.get('settings', 'app')
    return checkSettings(row?.value)
  }

  async saveSettings(settings: Settings): Promise<void> {
    const tx = this.db.transaction('settings', 'readwrite')
    await Promise.all([tx.store.put({ key: 'app', value: settings }), tx.done])
  }
}

/** A meeting record with the speeches its items link, for the index. */
function stored(record: MeetingRecord): StoredMeeting {
  const speeches = [...new Set(record.meeting.items.map((i) => i.speech).filter((s): s is string => !!s))]
  return { ...record, speeches }
}

function unstored({ speeches: _, ...record }: StoredMeeting): MeetingRecord {
  return record
}

async function documentKeys(
  index: { getAllKeys(range: IDBKeyRange): Promise<string[]> },
  meetingId: string,
): Promise<string[]> {
  return index.getAllKeys(IDBKeyRange.bound([meetingId, ''], [meetingId, '\uffff']))
}

/** The summary the library lists for a draft, derived from its record. */
/** Whose drafts and meeting records are: the units and the meetings they name. */
function unitWordsOf(
  summaries: readonly Pick<DraftSummary, 'title' | 'subtitle' | 'department'>[],
  meetings: readonly { meeting: Meeting }[],
): UnitWords {
  return {
    units: [
      ...summaries.flatMap((d) => (d.department ? [d.department] : [])),
      ...meetings.flatMap((m) => (m.meeting.organiser ? [m.meeting.organiser] : [])),
    ],
    meetings: [
      ...summaries.flatMap((d) => [d.title, ...(d.subtitle ? [d.subtitle] : [])]),
      ...meetings.map((m) => m.meeting.name),
    ],
  }
}

/** What a backup says about whose it is, as `Store.unitWords` reads this library. */
export function backupUnitWords(backup: Backup): UnitWords {
  return unitWordsOf(backup.drafts.map(summaryOf), backup.stores.meetings ?? [])
}

export function summaryOf(record: DraftRecord): DraftSummary {
  // A stored draft's doc is a ProseMirror doc's toJSON; the summary reads its top fields defensively.
  // biome-ignore lint/nursery/noUnsafeTypeAssertion: the reason is the comment above
  const doc = record.speech.doc as SpeechDocJSON
  const attrs = doc.attrs ?? {}
  const subtitle = doc.content?.find((n) => n.type === 'subtitle')
  return {
    id: record.id,
    title: record.title,
    name: record.name?.trim() || null,
    department: textSlotValue(doc, DEPARTMENT_SLOT),
    subtitle: subtitle ? textOfJSON(subtitle) : null,
    origin: record.origin,
    templateId: typeof attrs.templateId === 'string' ? attrs.templateId : null,
    reviewYear: typeof attrs.reviewYear === 'number' ? attrs.reviewYear : null,
    planYear: typeof attrs.planYear === 'number' ? attrs.planYear : null,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    chars: charsOfJSON(doc),
    rev: record.rev ?? 0,
    docKind: storedDocKind(doc),
    meetingId: record.meeting?.id ?? null,
    ...(record.trial ? { trial: true } : {}),
    figures: shownSlots(doc),
  }
}

interface SpeechDocJSON {
  type: string
  text?: string
  attrs?: Record<string, unknown>
  content?: SpeechDocJSON[]
}

/** The first filled text slot of that label ({{文字:部门}}), or null. */
function textSlotValue(node: SpeechDocJSON, label: string): string | null {
  if (node.type === 'slot') {
    const a = node.attrs ?? {}
    return a.role === 'text' && a.label === label && typeof a.value === 'string' && a.value.trim() ? a.value : null
  }
  for (const child of node.content ?? []) {
    const found = textSlotValue(child, label)
    if (found !== null) return found
  }
  return null
}

function textOfJSON(node: SpeechDocJSON): string {
  if (node.type === 'text') return node.text ?? ''
  if (node.type === 'slot') return typeof node.attrs?.value === 'string' ? node.attrs.value : ''
  return (node.content ?? []).map(textOfJSON).join('')
}

const jsonChars = new WeakMap<SpeechDocJSON, number>()

/**
 * The length of a node's text (a filled slot counts its value). Cached by JSON node: the JSON of
 * unchanged blocks is shared between saves (serialize.ts), so a save after a key counts only
 * the nodes it rewrote. Counts, not texts: keeping the texts would hold the speech's text again.
 */
function charsOfJSON(node: SpeechDocJSON): number {
  if (node.type === 'text' || node.type === 'slot') return textOfJSON(node).length
  let chars = jsonChars.get(node)
  if (chars === undefined) {
    chars = 0
    for (const child of node.content ?? []) chars += charsOfJSON(child)
    jsonChars.set(node, chars)
  }
  return chars
}

export function newId(): string {
  return crypto.randomUUID()
}

/** Whether the drafts stored are the ones listed: the same ids, each last changed when the list says. */
function sameDrafts(
  stored: readonly { id: string; updatedAt: number }[],
  listed: readonly { id: string; updatedAt: number }[],
): boolean {
  const at = new Map(listed.map((d) => [d.id, d.updatedAt]))
  return stored.length === at.size && stored.every((d) => at.get(d.id) === d.updatedAt)
}
