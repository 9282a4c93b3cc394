/**
 * An open draft: the one owner and the one writer of its stored record.
 *
 * The editor state owns the speech (its text, years and part kinds are the document and its
 * attributes). Everything else the page changes on the record (roll-over flags dealt with,
 * ignored findings, switched-off rules, the layout) is set here. Each change is applied to the
 * session's copy at once and logged to the write-ahead copy (wal.ts); saving writes the whole
 * current record in one IndexedDB transaction that checks the stored revision first, in a single
 * loop that always saves the newest state. So a save cannot carry an older copy of one field over
 * a newer one, and "已保存" means everything done before it is stored.
 *
 * A slot input left open holds a figure the document does not have yet: the session owns it,
 * logs it to the write-ahead copy as it is typed and saves it with the record on the same
 * schedule as typed text (a reload, a crash or a killed browser puts it back), and the status
 * says 未保存 until the input is closed.
 */
import type { Node as PMNode } from 'prosemirror-model'
import type { Transaction } from 'prosemirror-state'
import { speechFromJSON, speechToJSON } from '../../core/serialize'
import type { LayoutId } from '../../core/export/layout'
import { draftTitle, newDraft } from '../drafts'
import {
  DraftConflictError,
  DraftGoneError,
  storageMessage,
  type DraftChecks,
  type DraftRecord,
  type RolloverReport,
  type Store,
} from '../store/db'
import { SaveSchedule } from './save-schedule'
import {
  heldBox,
  laterWal,
  supersededWal,
  readWal,
  replayWal,
  storedFigure,
  walKey,
  WriteAheadLog,
  type FieldPatch,
  type LoggedFigure,
  type StoredFigure,
  type WalMark,
  type WalRecord,
} from './wal'
import { lockName, type TabMessage } from './tabs'
import { RecordSession } from './record-session'
import { zh } from '../../i18n/zh'
import type { ReadonlyReason } from './status'
import { boxFits, isSlotBox, type SlotBox } from '../editor/slot-box'
import { figureEditsOf } from '../editor/figures-plugin'
import { afterFrame } from '../editor/idle'
import type { FigureEdit } from '../../core/figures/fill'

/** The fields of a draft record the editor page changes, besides the speech. */
export interface DraftFields {
  checks: DraftChecks
  rollover: RolloverReport | undefined
  layout: LayoutId
}

export type { ReadonlyReason, SessionStatus } from './status'

/** A record as this session writes it: the write-ahead mark says which logged changes it includes. */
interface SessionRecord extends DraftRecord {
  walMark?: WalMark
}

export class DraftMissingError extends Error {}

const READONLY_MESSAGES: Record<ReadonlyReason, string> = {
  'other-tab': zh.session.otherTab,
  'handed-over': zh.session.handedOver,
  restored: zh.session.restored,
  deleted: zh.session.deleted,
  conflict: zh.session.conflict,
}

export interface SessionOptions {
  store: Store
  dbName: string
  draftId: string
  /** The write-ahead storage; localStorage in the app. */
  storage?: Storage | null
  /**
   * A read-only session (another tab had the draft) became the editing one, with the record as
   * that tab left it: the page must show this newer document before anything is typed.
   */
  onEditable?: () => void
  /**
   * What typing a figure on this page wrote to the figures library, and what the library held
   * for it then (null: nothing), as the page knew it; undefined: typing it wrote nothing. Logged
   * with the figure for a page that recovers it.
   */
  writeOf?: (edit: FigureEdit) => { prior: StoredFigure | null; wrote: StoredFigure } | undefined
}

/** Typing saves when it pauses this long, and at least this often while it goes on (SaveSchedule). */
const SAVE_PAUSE_MS = 400
const SAVE_AT_LEAST_MS = 1500

export class DraftSession extends RecordSession<SessionRecord> {
  /**
   * What the page should tell the user about the record it shows: changes recovered on opening,
   * or taken up from the tab that let the draft go (or why they could not be).
   */
  readonly notes: string[] = []
  private _doc: PMNode
  private _fields: DraftFields
  /**
   * The save the pause asks for, held while an IME composition is under way (its pinyin is not hers
   * yet) and made when it ends. A page hidden or closed saves at once all the same (leave-guard).
   */
  private readonly schedule = new SaveSchedule(
    () => {
      if (this.composing) this.saveAfterComposition = true
      else void this.flush()
    },
    SAVE_PAUSE_MS,
    SAVE_AT_LEAST_MS,
    Date.now,
    // The save steady typing asks for runs right after the frame of the key that asked.
    (save) => afterFrame(save),
  )
  private composing = false
  private saveAfterComposition = false
  private readonly wal: WriteAheadLog
  /** What an open slot input holds that its slot does not yet. */
  private box: SlotBox | null = null
  /** The box is one left open when the page went away, for the page to put back (`takeReopened`). */
  private reopening = false
  /** Figures typed in the changes recovered on opening, for the page to keep in the library (`takeRecoveredFigures`). */
  private recoveredFigures: LoggedFigure[] = []

  private constructor(
    private readonly options: SessionOptions,
    private base: SessionRecord,
    doc: PMNode,
  ) {
    super(
      {
        dbName: options.dbName,
        lockName: lockName(options.dbName, base.id),
        readonlyMessages: READONLY_MESSAGES,
        onEditable: options.onEditable,
      },
      base,
    )
    this._doc = doc
    this._fields = fieldsOf(base)
    const store = options.store
    const id = base.id
    this.wal = new WriteAheadLog(options.storage ?? null, walKey(options.dbName, id), crypto.randomUUID(), this.rev, {
      mirror: {
        put: (copy) => store.putWal(id, copy),
        delete: () => store.deleteWal(id),
        get: () => store.getWal(id),
      },
      // The change a copy missed is saved at once instead, as one localStorage refused.
      failed: () => {
        if (this.editable && this.dirty) this.schedule.changed(true)
      },
      // Not inside the task of the key that made the change: right after its frame.
      defer: (write) => afterFrame(write),
    })
  }

  /**
   * Open a draft: read it, replay what the write-ahead copy holds beyond it, and take the right to
   * edit it (read-only when another tab has it). Throws DraftMissingError for a draft not stored,
   * SpeechFormatError for a record that cannot be read.
   */
  static async open(options: SessionOptions): Promise<DraftSession> {
    // The drafts store holds records this session type writes; walMark is optional.
    // biome-ignore lint/nursery/noUnsafeTypeAssertion: the reason is the comment above
    const stored = (await options.store.getDraft(options.draftId)) as SessionRecord | undefined
    if (!stored) throw new DraftMissingError(zh.draftMissing)
    const session = new DraftSession(options, stored, speechFromJSON(stored.speech))
    if (await session.start()) {
      session.recover(ON_OPENING, await session.wal.readMirror())
      await session.flush()
    }
    return session
  }

  get doc(): PMNode {
    return this._doc
  }
  get fields(): DraftFields {
    return this._fields
  }
  get record(): DraftRecord {
    return this.base
  }

  /**
   * The editor applied transactions that changed the document; `composing`: an IME composition is
   * under way, and what it has put in the text (its pinyin, its candidates) is not hers yet.
   */
  docChanged(doc: PMNode, transactions: readonly Transaction[], composing = false) {
    if (!this.editable) return
    const before = this._doc
    this._doc = doc
    if (this.box) this.moveBox(transactions)
    this.unlogged.steps.push(...transactions.flatMap((tr) => tr.steps.map((s) => s.toJSON())))
    // A figure typed goes to the library by a write of its own, which a page that dies may lose:
    // logged with its steps, a reopened page keeps it in the library as the page typing it would have.
    this.unlogged.figures.push(...transactions.flatMap(figureEditsOf).map((e) => this.logged(e)))
    // A composition's steps are logged, and saved after a pause, when it ends: a page that dies
    // inside one comes back with the text as it was before it, not with half-typed pinyin, and each
    // of its keys is spared writing the whole log. An open slot input's position is logged against
    // every change. A page hidden or closed inside a composition saves the text as it was before it.
    const wasComposing = this.composing
    this.composing = composing && !this.box
    if (this.composing && !wasComposing) this.beforeComposition = before
    if (!this.composing) this.beforeComposition = null
    this.changed(this.composing ? true : this.logChanges())
  }

  /** The document as it was when the composition under way began: what a save stores meanwhile. */
  private beforeComposition: PMNode | null = null

  /** The IME composition ended (committed or cancelled): log its steps now, and make the save it held. */
  compositionEnded() {
    this.composing = false
    this.beforeComposition = null
    if (this.editable && this.unlogged.steps.length) this.changed(this.logChanges())
    if (this.saveAfterComposition) {
      this.saveAfterComposition = false
      this.schedule.changed(true)
    }
  }

  /** Changes to the document not yet in the write-ahead log (those of a composition under way). */
  private unlogged: { steps: unknown[]; figures: LoggedFigure[] } = { steps: [], figures: [] }

  /** Put the unlogged changes in the log; false when the browser would not keep them. */
  private logChanges(): boolean {
    const { steps, figures } = this.unlogged
    if (!steps.length) return true
    this.unlogged = { steps: [], figures: [] }
    return this.wal.append(figures.length ? { steps, figures } : { steps })
  }

  /** A figure typed, with what it wrote to the library and what it wrote over (SessionOptions.writeOf). */
  private logged(edit: FigureEdit): LoggedFigure {
    const write = this.options.writeOf?.(edit)
    return write === undefined
      ? edit
      : { ...edit, prior: write.prior && storedFigure(write.prior), wrote: storedFigure(write.wrote) }
  }

  /** What an open slot input holds beyond its slot (null: nothing, or the input closed). */
  slotBox(box: SlotBox | null) {
    if (!this.editable || sameBox(box, this.box)) return
    this.box = box
    // A closed input (its figure entered, or given up) leaves the stored record at once, so a box
    // given up never comes back.
    this.changed(this.wal.hold(box), box === null)
    this.heldChanged()
  }

  /** The document changed under an open slot input: its slot moved with the text, or is gone. */
  private moveBox(transactions: readonly Transaction[]) {
    const box = this.box
    if (!box) return
    let pos = box.pos
    for (const tr of transactions) {
      const mapped = tr.mapping.mapResult(pos)
      if (mapped.deletedAfter) pos = -1
      else pos = mapped.pos
      if (pos < 0) break
    }
    const moved = { ...box, pos }
    // The slot itself was removed (undone, replaced): the input is gone with it, and so is what it held.
    this.box = pos >= 0 && boxFits(this._doc, moved) ? moved : null
    this.wal.hold(this.box)
    if (!this.box) this.heldChanged()
  }

  /**
   * A slot input that was open with a text when the page went away, once, where its slot is now
   * (the document may have changed since it was opened): the page puts it back.
   */
  takeReopened(): SlotBox | null {
    const box = this.reopening ? this.box : null
    this.reopening = false
    return box
  }

  /** The figures typed in the changes recovered on opening (or taken up from another tab), once. */
  takeRecoveredFigures(): LoggedFigure[] {
    const figures = this.recoveredFigures
    this.recoveredFigures = []
    return figures
  }

  protected override held(): boolean {
    return this.box !== null
  }

  /** Change fields of the record besides the speech; saved at once. */
  update(patch: Partial<DraftFields>) {
    if (!this.editable) return
    this._fields = { ...this._fields, ...patch }
    this.host?.requestUpdate()
    // DraftFields is an interface (no index signature); the log stores its fields by name.
    // biome-ignore lint/nursery/noUnsafeTypeAssertion: the reason is the comment above
    this.changed(this.wal.append({ fields: patch as FieldPatch }), true)
  }

  private changed(logged: boolean, urgent = false) {
    this.dirty = true
    if (this.status.state !== 'saving' && this.status.state !== 'error') this.setStatus({ state: 'pending' })
    // A change the write-ahead copy could not keep (storage full) is saved at once instead.
    this.schedule.changed(urgent || !logged)
  }

  /** A save that starts now, or a session that stops writing, leaves no save waiting for the pause. */
  protected override settle() {
    this.wal.flush()
    this.schedule.reset()
  }

  protected async write() {
    // Inside a composition the record stores the text as it was before it (its pinyin is not hers
    // yet), and its mark leaves the composition's steps out: logged when it ends, they apply to it.
    // Otherwise the mark must cover every change in the document it stores, or a replay would apply
    // them twice.
    const doc = this.beforeComposition ?? this._doc
    if (!this.beforeComposition) this.logChanges()
    const seq = this.wal.lastSeq
    const { slotBox: _saved, ...base } = this.base
    const record: SessionRecord = {
      ...base,
      ...this._fields,
      ...(this.box ? { slotBox: this.box } : {}),
      title: draftTitle(doc),
      updatedAt: Date.now(),
      speech: speechToJSON(doc),
      walMark: { session: this.wal.session, seq, at: Date.now() },
    }
    this.rev = await this.options.store.writeDraft(record, this.rev)
    this.base = { ...record, rev: this.rev }
    this.wal.saved(this.rev, seq)
  }

  protected lostBy(e: unknown): ReadonlyReason | null {
    return e instanceof DraftConflictError ? 'conflict' : e instanceof DraftGoneError ? 'deleted' : null
  }

  /**
   * Changes the write-ahead copy holds that the stored record lacks: apply them, and say so. The
   * slot input left open is the later of the copy's and the record's, put back where it fits.
   */
  private recover(words: RecoveryWords, mirrored: WalRecord | null = null) {
    const storage = this.options.storage ?? null
    const found = laterWal(readWal(storage, walKey(this.options.dbName, this.base.id)), mirrored)
    // A copy older than another session's save of the record is gone over already: dropped, no word.
    const stale = found !== null && supersededWal(found, this.rev, this.base.walMark)
    if (stale) this.wal.clear()
    const wal = stale ? null : found
    const stored = isSlotBox(this.base.slotBox) ? this.base.slotBox : null
    const box = wal ? this.replay(wal, stored, words) : stored
    if (box && boxFits(this._doc, box)) {
      this.box = box
      this.reopening = true
      this.notes.push(words.slot(box.label, box.text))
      this.wal.hold(box)
    } else if (box) this.notes.push(words.slotLost(box.label, box.text))
    // The record is to hold what is held now: the log's later box, or none where it does not fit.
    if (!sameBox(this.box, stored)) this.dirty = true
  }

  /** Apply what the write-ahead copy holds beyond the record; returns the later slot input of the two. */
  private replay(wal: WalRecord, stored: SlotBox | null, words: RecoveryWords): SlotBox | null {
    let box = stored
    let carried = false
    try {
      const replayed = replayWal(wal, this._doc, this.rev, this.base.walMark)
      if (replayed) {
        // The changes stay on disk, as this session's own, until the save that includes them
        // commits: a save that fails (a full disk) and a page that closes then lose nothing.
        this.wal.carry(replayed.entries)
        carried = true
        this._doc = replayed.doc
        // The log's field entries were written by update() from Partial<DraftFields>.
        // biome-ignore lint/nursery/noUnsafeTypeAssertion: the reason is the comment above
        this._fields = { ...this._fields, ...(replayed.fields as Partial<DraftFields>) }
        this.recoveredFigures = replayed.figures
        this.dirty = true
        this.notes.push(words.changes)
      }
      // The log's box is in the document its changes end in: the one just replayed.
      box = heldBox(wal, this.rev, this.base.walMark, stored)
    } catch {
      this.notes.push(zh.session.notRecovered(new Date(wal.at)))
    }
    // The old copy is replaced by this session's: carrying its changes wrote that in its place;
    // else it holds nothing the record lacks (or nothing that still applies) and goes now.
    if (!carried) this.wal.clear()
    return box
  }

  /**
   * Ask the tab that edits this draft to hand it over. Resolves when this tab holds it, with the
   * record as that tab left it: the page then shows this newer document.
   */
  takeOver(): Promise<void> {
    this.channel.post({ type: 'handover', id: this.base.id })
    return this.waitForLock()
  }

  protected override readonly(reason: ReadonlyReason, more = '') {
    // An open slot input's text went with the draft handed over (saved with the record, or in the
    // write-ahead copy the other tab takes up): this page lets it go, and says where it went. The
    // copy is left as it is for that tab; nothing here is held any more.
    const box = reason === 'handed-over' ? this.box : null
    // Handed over (or another tab has it): that tab takes up the log, written first with all this
    // one logged. Deleted, restored or saved over: what waits to be written is dropped.
    this.wal.stop(reason === 'handed-over' || reason === 'other-tab')
    if (box) {
      this.box = null
      this.reopening = false
    }
    super.readonly(reason, (box ? zh.session.slotHandedOver(box.label, box.text) : '') + more)
  }

  protected async readStored() {
    // The drafts store holds records this session type writes; walMark is optional.
    // biome-ignore lint/nursery/noUnsafeTypeAssertion: the reason is the comment above
    return (await this.options.store.getDraft(this.base.id)) as SessionRecord | undefined
  }

  protected takeUp(stored: SessionRecord) {
    this.base = stored
    this._doc = speechFromJSON(stored.speech)
    this._fields = fieldsOf(stored)
    // What this tab logged or held applies to the document it no longer shows.
    this.box = null
    this.reopening = false
    this.recoveredFigures = []
    this.notes.length = 0
    this.wal.restart(stored.rev ?? 0)
    // What the tab that let go left is taken up as on opening: the slot input it left open (saved
    // with the record), and what it logged but could not store (its save failed, or it was killed).
    this.recover(FROM_OTHER_TAB)
  }

  /**
   * Another tab restored a backup (or merged one) over this draft. Saving stops; this session's
   * log goes (`WriteAheadLog.drop`); and what this page shows that no save stored (typing whose
   * save had not run, or failed) is kept as a draft of its own, and she is told where, or why not
   * (review 27: the words were in the editor only, and 重新打开 lost them without a word).
   */
  private async replacedUnder() {
    const editing = this.lock.held
    const doc = this._doc
    const words = editing && !doc.eq(speechFromJSON(this.base.speech))
    this.readonly('restored')
    if (editing) this.wal.drop()
    if (!words) return
    const name = zh.session.keptOnRestoreName(draftTitle(doc))
    const record: DraftRecord = {
      ...newDraft(doc, this.base.origin),
      ...this._fields,
      ...(this.base.trial ? { trial: true } : {}),
      name,
    }
    try {
      await this.options.store.saveDraft(record)
      this.readonly('restored', zh.session.restoredKept(name))
    } catch (e) {
      this.readonly('restored', zh.session.restoredNotKept(storageMessage(e, 'editor')))
    }
  }

  protected onMessage(m: TabMessage) {
    if (m.type === 'restored' && (!m.ids || m.ids.includes(this.base.id))) void this.replacedUnder()
    else if (m.type === 'deleted' && m.id === this.base.id) this.readonly('deleted')
    else if (m.type === 'handover' && m.id === this.base.id) this.handOver()
  }
}

/** What the notes say of what was recovered: on opening, or from the tab that let the draft go. */
interface RecoveryWords {
  changes: string
  slot: (label: string, text: string) => string
  slotLost: (label: string, text: string) => string
}
const ON_OPENING: RecoveryWords = {
  changes: zh.session.recovered,
  slot: zh.session.slotRecovered,
  slotLost: zh.session.slotNotRecovered,
}
const FROM_OTHER_TAB: RecoveryWords = {
  changes: zh.session.takenUp,
  slot: zh.session.slotTakenUp,
  slotLost: zh.session.slotNotTakenUp,
}

function sameBox(a: SlotBox | null, b: SlotBox | null): boolean {
  return a === b || (a !== null && b !== null && a.pos === b.pos && a.label === b.label && a.text === b.text)
}

function fieldsOf(record: DraftRecord): DraftFields {
  return {
    checks: record.checks ?? { disabledRules: [], ignored: [] },
    rollover: record.rollover,
    layout: record.layout ?? 'gongwen',
  }
}
