/**
 * The write-ahead copy of an open draft's unsaved changes, kept synchronously in localStorage
 * on every change, so the last moments before a tab is closed or crashes are not lost: on the
 * next open, what the store lacks is replayed and carried into the new session's copy, which
 * drops it once a save that includes it has committed.
 *
 * Entries are the ProseMirror steps of each transaction and the draft's other fields when they
 * change, each numbered within the editing session. A saved record names the session and the
 * last number it includes (`walMark`), so replay never applies a change twice.
 *
 * Beside the changes, the log keeps what an open slot input holds that the slot does not yet
 * (`box`), until the input closes. Its position is in the document the log's changes end in.
 * Each state of the box is numbered as a change is (`boxSeq`): the stored record holds the box
 * too (it reaches disk with the next save, long before localStorage does when the whole browser
 * dies), and the numbers say which of the two holds the later one.
 *
 * localStorage is written synchronously, but the browser puts it on disk only seconds later: a
 * tab closed keeps it (the browser lives on), a browser killed loses what it had not put there
 * yet. So the log is written through to a second copy too (`WalMirror`, an IndexedDB record),
 * whose writes are on disk once they complete, a few milliseconds after they start. The copies are
 * written one after the other from the same log; on opening, the later of the two is taken.
 *
 * In the app both are written right after the frame that shows a change (`WalOptions.defer`), not
 * inside the task of the key that made it, and at once when the page is hidden or closed, a save
 * starts or another tab takes the draft (`flush`).
 */
import { Step } from 'prosemirror-transform'
import type { Node as PMNode } from 'prosemirror-model'
import { schema } from '../../core/schema'
import { isSlotBox, type SlotBox } from '../editor/slot-box'
import type { FigureEdit } from '../../core/figures/fill'

/** Fields of a draft record other than its speech, as the session changes them. */
export type FieldPatch = Record<string, unknown>

/**
 * A change to the speech: its steps, and the figures typed in it (which the figures library is to
 * keep: a page that dies before the library's write lands leaves them to the next open).
 */
export interface StepsEntry {
  steps: unknown[]
  figures?: LoggedFigure[]
}

/**
 * A figure typed, as logged: with what the library held for it then (as the typing page knew it;
 * null: nothing) and the figure its typing wrote there, so that a page recovering it writes it
 * only where the library still holds one of those two writes. Both missing from logs written
 * before, and for a figure whose typing wrote nothing.
 */
export interface LoggedFigure extends FigureEdit {
  prior?: StoredFigure | null
  wrote?: StoredFigure
}

/**
 * A figure of the library as the log names it: its number, unit and change time. The time tells
 * one write from another of the same number (a CSV imported again, another tab's typing): only
 * the very write logged is "what the library held". Missing from logs written before.
 */
export interface StoredFigure {
  value: string
  unit: string
  changedAt?: number
}

/** Only what the log keeps of a library figure (a FigureValue carries its metric, year, source…). */
export function storedFigure({ value, unit, changedAt }: StoredFigure): StoredFigure {
  return changedAt === undefined ? { value, unit } : { value, unit, changedAt }
}

export type WalEntry = ({ seq: number } & StepsEntry) | { seq: number; fields: FieldPatch }

export interface WalRecord {
  session: string
  /** The stored revision the entries apply to. */
  baseRev: number
  entries: WalEntry[]
  /** An open slot input's text, not yet in the document. */
  box?: SlotBox
  /**
   * The number of the box's last change (0: none in this session), as a change's seq. Missing
   * from logs written before records held the box.
   */
  boxSeq?: number
  at: number
}

/**
 * The durable copy of one draft's log: an IndexedDB record in the app. `put` copies the log before
 * it returns (the log goes on changing); each promise settles when its write is on disk or failed.
 */
export interface WalMirror {
  put(copy: WalRecord): Promise<void>
  delete(): Promise<void>
  /** The copy as stored (anything: it is checked as a log read from localStorage is). */
  get(): Promise<unknown>
}

/** How a log is kept besides its localStorage copy. */
export interface WalOptions {
  /** The durable copy (an IndexedDB record in the app). */
  mirror?: WalMirror | null
  /**
   * A copy of the log could not be written (a full disk): the change it carried is then kept by
   * the other copy alone, or by a save.
   */
  failed?: (e: unknown) => void
  /**
   * When to write the copies: `write` run later (the app: right after the frame that shows the
   * change, so the task of the key that made it does not carry the writes), the changes made until
   * then in the same writes; the returned function cancels it. Absent: at once. `flush()` writes
   * what waits at once (the page is hidden or closed, a save starts, another tab takes the draft).
   */
  defer?: (write: () => void) => () => void
}

/** What a saved record says about the write-ahead entries it includes. */
export interface WalMark {
  session: string
  seq: number
  /** When the save that wrote this mark began (missing from records saved before). */
  at?: number
}

export class WriteAheadLog {
  private record: WalRecord
  /**
   * The number of the last change logged in this session. It only grows: a save drops the entries
   * it includes, and a change after it must still number above the mark that save left.
   */
  private last = 0
  /** A write of the durable copy is under way: the next waits for it (`mirrorLater`). */
  private mirroring = false
  /** The log changed while the durable copy was being written: write it again when that ends. */
  private mirrorLater = false
  /** This session writes the log no more (another tab edits the draft): nothing more goes to the copy. */
  private stopped = false
  /** The copies are to be written (`WalOptions.defer`): cancels that. */
  private deferred: (() => void) | null = null
  /** Whether the last write of the localStorage copy was kept (deferred writes report later). */
  private kept = true
  private readonly mirror: WalMirror | null
  private readonly failed: (e: unknown) => void
  private readonly defer: WalOptions['defer']

  constructor(
    private readonly storage: Storage | null,
    private readonly key: string,
    readonly session: string,
    baseRev: number,
    options: WalOptions = {},
  ) {
    this.record = { session, baseRev, entries: [], boxSeq: 0, at: Date.now() }
    this.mirror = options.mirror ?? null
    this.failed = options.failed ?? (() => undefined)
    this.defer = options.defer
  }

  get lastSeq(): number {
    return this.last
  }

  /**
   * Add one change and write the log through. False when the browser would not keep it (full); a
   * deferred write says so later, through `failed`.
   */
  append(entry: StepsEntry | { fields: FieldPatch }): boolean {
    const seq = ++this.last
    // `entry` is one of WalEntry's two shapes without seq, which is added here.
    // biome-ignore lint/nursery/noUnsafeTypeAssertion: the reason is the comment above
    this.record.entries.push({ seq, ...entry } as WalEntry)
    return this.write()
  }

  /**
   * Changes another copy of the log held that the stored record lacks (recovered on opening, or
   * taken up from another tab), now this session's: logged as its own, in order, and written
   * through in place of that copy, so they stay on disk until a save that includes them commits.
   */
  carry(entries: readonly WalEntry[]): boolean {
    for (const { seq: _, ...entry } of entries) this.record.entries.push({ seq: ++this.last, ...entry })
    return this.write()
  }

  /** What an open slot input holds (null: nothing), written through. False when the browser would not keep it. */
  hold(box: SlotBox | null): boolean {
    if (box) this.record.box = box
    else delete this.record.box
    this.record.boxSeq = ++this.last
    return this.keep()
  }

  /** A save of everything up to `seq` committed as revision `rev`: drop what it included. */
  saved(rev: number, seq: number) {
    this.record = { ...this.record, baseRev: rev, entries: this.record.entries.filter((e) => e.seq > seq) }
    this.keep()
  }

  /**
   * The session now edits revision `rev` as another tab left it: nothing logged applies to it. The
   * stored copy is left as it is until this session logs a change.
   */
  restart(rev: number) {
    this.cancel()
    this.record = { session: this.session, baseRev: rev, entries: [], boxSeq: 0, at: Date.now() }
    this.stopped = false
  }

  /** Remove both copies of the log. */
  clear() {
    this.cancel()
    try {
      this.storage?.removeItem(this.key)
    } catch {
      // Storage refused (private mode): there is nothing to clear.
    }
    this.writeMirror()
  }

  /**
   * The draft was replaced under this session (a restore or a merge in another tab, which removed
   * the drafts' logs with them): remove both copies, and write no more. A copy this session wrote
   * in the moment between that removal and its hearing of it would apply to nothing stored, and
   * reopened over the restored draft it would be given up with a notice about text from before.
   * A write of the durable copy under way lands first (IndexedDB runs the two in order).
   */
  drop() {
    this.cancel()
    this.stopped = true
    this.mirrorLater = false
    try {
      this.storage?.removeItem(this.key)
    } catch {
      // Storage refused (switched off meanwhile): there is nothing it lets us remove.
    }
    this.mirror?.delete().catch((e: unknown) => this.failed(e))
  }

  /** Write at once what waits to be written (the page is hidden or closed, a save starts). */
  flush() {
    if (!this.deferred) return
    this.cancel()
    this.writeNow()
  }

  /**
   * This session writes the log no more. `handOver`: another tab edits the draft now and takes up
   * the log, so both copies are first written with all this session logged; otherwise (the draft
   * was deleted, restored, or saved over) what waits is dropped, so no copy comes back after that
   * writer. A write of the durable copy under way ends, and none follows it.
   */
  stop(handOver = true) {
    if (handOver) this.flush()
    else this.cancel()
    this.stopped = true
    this.mirrorLater = false
  }

  private cancel() {
    this.deferred?.()
    this.deferred = null
  }

  /** The durable copy as stored, or null (none, none readable, or no durable copy kept). */
  async readMirror(): Promise<WalRecord | null> {
    if (!this.mirror) return null
    try {
      return walRecordOf(await this.mirror.get())
    } catch (e) {
      // Unreadable (the database went away): the localStorage copy is all there is.
      this.failed(e)
      return null
    }
  }

  /** Write the log, or remove it when it holds nothing. */
  private keep(): boolean {
    if (this.record.entries.length || this.record.box) return this.write()
    this.clear()
    return true
  }

  private write(): boolean {
    // Strictly increasing, so of two copies this log wrote the later is the later write.
    this.record.at = Math.max(Date.now(), this.record.at + 1)
    if (!this.defer) return this.writeNow()
    this.deferred ??= this.defer(() => {
      this.deferred = null
      if (!this.writeNow() && this.storage) this.failed(new Error('localStorage refused the write-ahead log'))
    })
    return this.storage !== null && this.kept
  }

  /** Write both copies as the log is now; false when localStorage would not keep it. */
  private writeNow(): boolean {
    this.writeMirror()
    if (!this.storage) return false
    try {
      if (this.holds()) this.storage.setItem(this.key, JSON.stringify(this.record))
      else this.storage.removeItem(this.key)
      this.kept = true
    } catch {
      this.kept = false
    }
    return this.kept
  }

  private holds(): boolean {
    return this.record.entries.length > 0 || this.record.box !== undefined
  }

  /**
   * Write the log as it is now to the durable copy (or delete the copy when the log holds
   * nothing). At most one write is under way: changes made meanwhile go in the one after it, which
   * takes the log as it is then. Each write is a small put of what is not saved yet.
   */
  private writeMirror() {
    if (!this.mirror || this.stopped) return
    if (this.mirroring) {
      this.mirrorLater = true
      return
    }
    this.mirroring = true
    this.mirrorLater = false
    const write = this.holds() ? this.mirror.put(this.record) : this.mirror.delete()
    write.then(
      () => this.mirrored(),
      (e: unknown) => {
        this.failed(e)
        this.mirrored()
      },
    )
  }

  private mirrored() {
    this.mirroring = false
    if (this.mirrorLater) this.writeMirror()
  }
}

/**
 * Of the two copies of a draft's log, the one written later (null: none). Every write goes to
 * both, so the later holds everything the other does; which one the browser kept the later
 * depends on how it died.
 */
export function laterWal(a: WalRecord | null, b: WalRecord | null): WalRecord | null {
  if (!a || !b) return a ?? b
  // A copy without a time (written by hand) never counts as the later.
  return typeof b.at === 'number' && !(b.at <= a.at) ? b : a
}

/** Where the localStorage copy of a draft's log is kept: one key per database and draft. */
export function walKey(dbName: string, draftId: string): string {
  return `jianggao:wal:${dbName}:${draftId}`
}

/** The page's localStorage, or null when the browser has it switched off for the page. */
export function localStorageOrNull(): Storage | null {
  try {
    return window.localStorage
  } catch {
    // Storage switched off for this page: the session saves without a write-ahead copy.
    return null
  }
}

/**
 * Remove the localStorage copies of drafts' logs: of the drafts `ids`, or (none given) of every
 * draft of database `dbName`. A restore or a merge that replaces drafts drops their logs with them
 * (the store drops the durable copies in its transaction): they apply to the drafts replaced, and
 * replayed over the restored ones they would bring back text from before.
 */
export function dropWals(storage: Storage | null, dbName: string, ids?: readonly string[]) {
  if (!storage) return
  try {
    const prefix = walKey(dbName, '')
    const keys = ids
      ? ids.map((id) => walKey(dbName, id))
      : Array.from({ length: storage.length }, (_, i) => storage.key(i)).filter(
          // A draft's id has no colon: a key with one more is another database's ("db:x").
          (k): k is string => k?.startsWith(prefix) === true && !k.slice(prefix.length).includes(':'),
        )
    for (const key of keys) storage.removeItem(key)
  } catch {
    // Storage refused (switched off meanwhile): there is nothing it lets us remove.
  }
}

export function readWal(storage: Storage | null, key: string): WalRecord | null {
  try {
    const text = storage?.getItem(key)
    if (!text) return null
    return walRecordOf(JSON.parse(text))
  } catch {
    return null
  }
}

/** A log as stored (either copy), or null when it is not one this app wrote. */
function walRecordOf(stored: unknown): WalRecord | null {
  // Checked on the next line (session and entries); a log this app wrote has that shape.
  // biome-ignore lint/nursery/noUnsafeTypeAssertion: the reason is the comment above
  const value = stored as WalRecord | null | undefined
  if (typeof value?.session !== 'string' || !Array.isArray(value.entries)) return null
  const box: unknown = value.box
  return box === undefined || isSlotBox(box) ? value : { ...value, box: undefined }
}

export interface Replayed {
  doc: PMNode
  fields: FieldPatch
  /** The figures typed in the changes applied, in order. */
  figures: LoggedFigure[]
  /** The changes applied, in order. */
  entries: WalEntry[]
}

/**
 * The changes of a log the stored record lacks, applied to its document. Null when the log has
 * nothing new for it; throws when the log belongs to another version of the draft (it was saved
 * from elsewhere meanwhile), so the caller can say so instead of applying steps to the wrong text.
 */
export function replayWal(wal: WalRecord, doc: PMNode, rev: number, mark: WalMark | undefined): Replayed | null {
  const after = savedUpTo(wal, rev, mark)
  const entries = wal.entries.filter((e) => e.seq > after)
  if (!entries.length) return null
  let current = doc
  let fields: FieldPatch = {}
  const figures: LoggedFigure[] = []
  for (const e of entries) {
    if ('fields' in e) fields = { ...fields, ...e.fields }
    else {
      if (Array.isArray(e.figures)) figures.push(...e.figures.filter(isFigureEdit))
      for (const json of e.steps) {
        const result = Step.fromJSON(schema, json).apply(current)
        if (!result.doc) throw new RangeError(`A logged step no longer applies: ${result.failed}`)
        current = result.doc
      }
    }
  }
  current.check()
  return { doc: current, fields, figures, entries }
}

/** A figure edit as this app logs it (a log in storage is outside the program's types). */
function isFigureEdit(x: unknown): x is LoggedFigure {
  return (
    typeof x === 'object' &&
    x !== null &&
    'label' in x &&
    typeof x.label === 'string' &&
    'year' in x &&
    (typeof x.year === 'number' || x.year === null) &&
    'kind' in x &&
    (x.kind === 'actual' || x.kind === 'target') &&
    'value' in x &&
    (typeof x.value === 'string' || x.value === null) &&
    'unit' in x &&
    typeof x.unit === 'string' &&
    (!('period' in x) || typeof x.period === 'string' || x.period === null) &&
    (!('prior' in x) || x.prior === null || isStoredFigure(x.prior)) &&
    (!('wrote' in x) || isStoredFigure(x.wrote))
  )
}

function isStoredFigure(x: unknown): x is StoredFigure {
  return (
    typeof x === 'object' &&
    x !== null &&
    'value' in x &&
    typeof x.value === 'string' &&
    'unit' in x &&
    typeof x.unit === 'string' &&
    (!('changedAt' in x) || typeof x.changedAt === 'number')
  )
}

/**
 * The open slot input's text as the later of the log and the stored record has it (`stored`), in
 * the document the log's changes end in when it is the log's. Throws as replayWal for a log of
 * another version of the draft: the record's box is then the one.
 */
export function heldBox(
  wal: WalRecord,
  rev: number,
  mark: WalMark | undefined,
  stored: SlotBox | null,
): SlotBox | null {
  const after = savedUpTo(wal, rev, mark)
  // A log from before records held the box: the record cannot have a later one.
  if (wal.boxSeq === undefined) return wal.box ?? stored
  const last = Math.max(wal.boxSeq, ...wal.entries.map((e) => e.seq))
  // The log went on after the save the record is: its box (or none) is the later state, and its
  // position is in the document the replayed changes make.
  return last > after ? (wal.box ?? null) : stored
}

/**
 * Whether a log is older than the stored record's last save by another session (the mark's `at`:
 * when that save began; a rename or a merge that moves the record on leaves the mark as it was). It holds nothing to recover: the session that saved took the draft after
 * the log's session let it go, and a session taking a draft takes up (or gives up, saying so) the
 * log it finds. Such a copy comes back when a killed browser had not yet put localStorage's removal
 * of it on disk (tryout 10: 无法安全合并 shown with every word there).
 */
export function supersededWal(wal: WalRecord, rev: number, mark: WalMark | undefined): boolean {
  return mark?.at !== undefined && mark.session !== wal.session && wal.baseRev !== rev && wal.at < mark.at
}

/** The number of the last logged change the stored record includes; throws for a log of another revision. */
function savedUpTo(wal: WalRecord, rev: number, mark: WalMark | undefined): number {
  if (mark?.session === wal.session) return mark.seq
  if (wal.baseRev === rev) return 0
  throw new RangeError('The write-ahead log is for another revision of the draft')
}
