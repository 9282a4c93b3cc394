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
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit'
import type { Node as PMNode } from 'prosemirror-model'
import type { Transaction } from 'prosemirror-state'
import { speechFromJSON, speechToJSON } from '../../core/serialize'
import type { LayoutId } from '../../core/export/layout'
import { draftTitle } from '../drafts'
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
import { readWal, replayWal, walKey, WriteAheadLog, type FieldPatch, type WalMark } from './wal'
import { EditLock, lockName, TabChannel, type TabMessage } from './tabs'
import { zh } from '../../i18n/zh'
import { StatusLine, type ReadonlyReason, type SessionStatus, type StatusSource } from './status'

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
}

export class DraftSession implements ReactiveController, StatusSource {
  /** What the page should tell the user about opening (changes recovered, or not). */
  readonly notes: string[] = []
  private readonly line = new StatusLine(() => this.host?.requestUpdate())
  private _doc: PMNode
  private _fields: DraftFields
  private rev: number
  /** Something changed that is not stored yet. */
  private dirty = false
  private running: Promise<void> | null = null
  private readonly schedule = new SaveSchedule(() => void this.flush())
  private readonly wal: WriteAheadLog
  private readonly lock: EditLock
  private readonly channel: TabChannel
  private readonly stopListening: () => void
  private host: ReactiveControllerHost | null = null

  private constructor(
    private readonly options: SessionOptions,
    private base: SessionRecord,
    doc: PMNode,
  ) {
    this._doc = doc
    this._fields = fieldsOf(base)
    this.rev = base.rev ?? 0
    this.wal = new WriteAheadLog(
      options.storage ?? null,
      walKey(options.dbName, base.id),
      crypto.randomUUID(),
      this.rev,
    )
    this.lock = new EditLock(lockName(options.dbName, base.id), () => this.readonly('handed-over'))
    this.channel = new TabChannel(options.dbName)
    this.stopListening = this.channel.listen((m) => this.onMessage(m))
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
    if (await session.lock.acquire()) {
      session.recover()
      await session.flush()
    } else {
      session.readonly('other-tab')
      // When the other tab lets go (closed, or handed over), this one edits, with what it saved.
      void session.waitForLock()
    }
    return session
  }

  get status(): SessionStatus {
    return this.line.status
  }
  onStatus(listener: () => void): () => void {
    return this.line.listen(listener)
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
  get editable(): boolean {
    return this.status.state !== 'readonly'
  }
  /** Changes not yet stored (or a save that failed). */
  get unsaved(): boolean {
    return this.dirty || this.running !== null
  }

  hostConnected() {}

  hostDisconnected() {
    void this.close()
  }

  /** Let a Lit host re-render when the status or the fields change. */
  attach(host: ReactiveControllerHost) {
    this.host = host
    host.addController(this)
  }

  /** The editor applied transactions that changed the document. */
  docChanged(doc: PMNode, transactions: readonly Transaction[]) {
    if (!this.editable) return
    this._doc = doc
    const steps = transactions.flatMap((tr) => tr.steps.map((s) => s.toJSON()))
    this.changed(steps.length ? this.wal.append({ steps }) : true)
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

  /** Save everything changed so far; resolves when it is stored, or has failed (see status). */
  flush(): Promise<void> {
    this.schedule.reset()
    this.running ??= this.saveLoop().finally(() => {
      this.running = null
    })
    return this.running
  }

  private async saveLoop() {
    while (this.dirty && this.editable) {
      const seq = this.wal.lastSeq
      const record: SessionRecord = {
        ...this.base,
        ...this._fields,
        title: draftTitle(this._doc),
        updatedAt: Date.now(),
        speech: speechToJSON(this._doc),
        walMark: { session: this.wal.session, seq },
      }
      this.dirty = false
      this.setStatus({ state: 'saving' })
      try {
        this.rev = await this.options.store.writeDraft(record, this.rev)
        this.base = { ...record, rev: this.rev }
        this.wal.saved(this.rev, seq)
      } catch (e) {
        this.dirty = true
        if (e instanceof DraftConflictError) this.readonly('conflict')
        else if (e instanceof DraftGoneError) this.readonly('deleted')
        else this.setStatus({ state: 'error', message: storageMessage(e) })
        return
      }
    }
    if (this.editable) this.setStatus(this.dirty ? { state: 'pending' } : { state: 'saved' })
  }

  /** Changes the write-ahead copy holds that the stored record lacks: apply them, and say so. */
  private recover() {
    const storage = this.options.storage ?? null
    const wal = readWal(storage, walKey(this.options.dbName, this.base.id))
    if (!wal) return
    try {
      const replayed = replayWal(wal, this._doc, this.rev, this.base.walMark)
      if (replayed) {
        this._doc = replayed.doc
        // The log's field entries were written by update() from Partial<DraftFields>.
        // biome-ignore lint/nursery/noUnsafeTypeAssertion: the reason is the comment above
        this._fields = { ...this._fields, ...(replayed.fields as Partial<DraftFields>) }
        this.dirty = true
        this.notes.push(zh.session.recovered)
      }
    } catch {
      this.notes.push(zh.session.notRecovered(new Date(wal.at)))
    }
    // The old copy is replaced by this session's (after the save below, empty).
    storage?.removeItem(walKey(this.options.dbName, this.base.id))
  }

  /**
   * Ask the tab that edits this draft to hand it over. Resolves when this tab holds it, with the
   * record as that tab left it: the page then shows this newer document.
   */
  takeOver(): Promise<void> {
    this.channel.post({ type: 'handover', id: this.base.id })
    return this.waitForLock()
  }

  private waiting: Promise<void> | null = null

  /** Wait for the right to edit, then take up the record as the last holder left it. */
  private waitForLock(): Promise<void> {
    this.waiting ??= this.lock.take().then(() => this.reload())
    return this.waiting
  }

  private async reload() {
    this.waiting = null
    // The drafts store holds records this session type writes; walMark is optional.
    // biome-ignore lint/nursery/noUnsafeTypeAssertion: the reason is the comment above
    const stored = (await this.options.store.getDraft(this.base.id)) as SessionRecord | undefined
    if (!stored) {
      this.lock.free()
      this.readonly('deleted')
      return
    }
    this.base = stored
    this._doc = speechFromJSON(stored.speech)
    this._fields = fieldsOf(stored)
    this.rev = stored.rev ?? 0
    this.dirty = false
    this.setStatus({ state: 'saved' })
    this.options.onEditable?.()
  }

  private onMessage(m: TabMessage) {
    if (m.type === 'restored' && (!m.ids || m.ids.includes(this.base.id))) this.readonly('restored')
    else if (m.type === 'deleted' && m.id === this.base.id) this.readonly('deleted')
    else if (m.type === 'handover' && m.id === this.base.id && this.lock.held) {
      void this.flush().then(() => {
        this.readonly('handed-over')
        this.lock.free()
      })
    }
  }

  private readonly readonly = (reason: ReadonlyReason) => {
    this.schedule.reset()
    this.setStatus({ state: 'readonly', reason, message: READONLY_MESSAGES[reason] })
  }

  private setStatus(status: SessionStatus) {
    this.line.set(status)
  }

  /** Save what is left and let go of the draft. */
  async close() {
    await this.flush()
    this.lock.free()
    this.stopListening()
    this.channel.close()
  }
}

function fieldsOf(record: DraftRecord): DraftFields {
  return {
    checks: record.checks ?? { disabledRules: [], ignored: [] },
    rollover: record.rollover,
    layout: record.layout ?? 'gongwen',
  }
}
