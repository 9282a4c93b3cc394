/**
 * An open meeting record: its one owner and writer, as DraftSession is a draft's. The record
 * page changes it a value at a time (a field committed, an entry added); each change is applied
 * here at once and saved at once, in one transaction checked against the stored revision, by a
 * single loop that always writes the newest record. One tab edits a record at a time (a Web
 * Lock); another opens it read-only and may take it over. After each save the other tabs are
 * told, so documents open there refresh their meeting fields.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit'
import type { Meeting } from '../../core/meeting'
import { MeetingConflictError, MeetingGoneError, storageMessage, type MeetingRecord, type Store } from '../store/db'
import { EditLock, meetingLockName, TabChannel, type TabMessage } from './tabs'
import { StatusLine, type ReadonlyReason, type SessionStatus, type StatusSource } from './status'
import { zh } from '../../i18n/zh'

/** What the record page changes besides the meeting itself. */
export type MeetingPatch = Partial<Pick<MeetingRecord, 'meeting' | 'notes' | 'rollover'>>

export class MeetingMissingError extends Error {}

export interface MeetingSessionOptions {
  store: Store
  dbName: string
  meetingId: string
  /** A read-only session (another tab had the record) took it up, with the record as that tab left it. */
  onEditable?: () => void
}

export class MeetingSession implements ReactiveController, StatusSource {
  private readonly line = new StatusLine(() => this.host?.requestUpdate())
  private rev: number
  private dirty = false
  private running: Promise<void> | null = null
  private readonly lock: EditLock
  private readonly channel: TabChannel
  private readonly stopListening: () => void
  private host: ReactiveControllerHost | null = null
  private waiting: Promise<void> | null = null

  private constructor(
    private readonly options: MeetingSessionOptions,
    private _record: MeetingRecord,
  ) {
    this.rev = _record.rev ?? 0
    this.lock = new EditLock(meetingLockName(options.dbName, _record.id), () => this.readonly('handed-over'))
    this.channel = new TabChannel(options.dbName)
    this.stopListening = this.channel.listen((m) => this.onMessage(m))
  }

  /** Open a record and take the right to edit it (read-only when another tab has it). */
  static async open(options: MeetingSessionOptions): Promise<MeetingSession> {
    const stored = await options.store.getMeeting(options.meetingId)
    if (!stored) throw new MeetingMissingError(zh.meeting.missing)
    const session = new MeetingSession(options, stored)
    if (!(await session.lock.acquire())) {
      session.readonly('other-tab')
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
  get record(): MeetingRecord {
    return this._record
  }
  get meeting(): Meeting {
    return this._record.meeting
  }
  get editable(): boolean {
    return this.status.state !== 'readonly'
  }
  get unsaved(): boolean {
    return this.dirty || this.running !== null
  }

  hostConnected() {}
  hostDisconnected() {
    void this.close()
  }

  attach(host: ReactiveControllerHost) {
    this.host = host
    host.addController(this)
  }

  /** Change the record; saved at once. Ignored while read-only. */
  update(patch: MeetingPatch) {
    if (!this.editable) return
    this._record = { ...this._record, ...patch }
    this.dirty = true
    this.host?.requestUpdate()
    this.setStatus({ state: 'pending' })
    void this.flush()
  }

  /** Save everything changed so far; resolves when stored, or failed (see status). */
  flush(): Promise<void> {
    this.running ??= this.saveLoop().finally(() => {
      this.running = null
    })
    return this.running
  }

  private async saveLoop() {
    while (this.dirty && this.editable) {
      const record: MeetingRecord = { ...this._record, updatedAt: Date.now() }
      this.dirty = false
      this.setStatus({ state: 'saving' })
      try {
        this.rev = await this.options.store.writeMeeting(record, this.rev)
        this._record = { ...this._record, rev: this.rev, updatedAt: record.updatedAt }
        this.channel.post({ type: 'meeting-changed', id: record.id, rev: this.rev })
      } catch (e) {
        this.dirty = true
        if (e instanceof MeetingConflictError) this.readonly('conflict')
        else if (e instanceof MeetingGoneError) this.readonly('deleted')
        else this.setStatus({ state: 'error', message: storageMessage(e) })
        return
      }
    }
    if (this.editable) this.setStatus(this.dirty ? { state: 'pending' } : { state: 'saved' })
  }

  /** Ask the tab that edits this record to hand it over; resolves when this tab holds it. */
  takeOver(): Promise<void> {
    this.channel.post({ type: 'meeting-handover', id: this._record.id })
    return this.waitForLock()
  }

  private waitForLock(): Promise<void> {
    this.waiting ??= this.lock.take().then(() => this.reload())
    return this.waiting
  }

  private async reload() {
    this.waiting = null
    const stored = await this.options.store.getMeeting(this._record.id)
    if (!stored) {
      this.lock.free()
      this.readonly('deleted')
      return
    }
    this._record = stored
    this.rev = stored.rev ?? 0
    this.dirty = false
    this.setStatus({ state: 'saved' })
    this.options.onEditable?.()
  }

  private onMessage(m: TabMessage) {
    if (m.type === 'restored') this.readonly('restored')
    else if (m.type === 'meeting-deleted' && m.id === this._record.id) this.readonly('deleted')
    else if (m.type === 'meeting-handover' && m.id === this._record.id && this.lock.held) {
      void this.flush().then(() => {
        this.readonly('handed-over')
        this.lock.free()
      })
    } else if (m.type === 'meeting-changed' && m.id === this._record.id && !this.lock.held) {
      // Read-only here: show what the editing tab saved.
      void this.options.store.getMeeting(m.id).then((stored) => {
        if (stored && !this.lock.held) {
          this._record = stored
          this.rev = stored.rev ?? 0
          this.host?.requestUpdate()
        }
      })
    }
  }

  private readonly readonly = (reason: ReadonlyReason) => {
    this.setStatus({ state: 'readonly', reason, message: zh.meeting.readonly[reason] })
  }

  private setStatus(status: SessionStatus) {
    this.line.set(status)
  }

  /** Save what is left and let go of the record. */
  async close() {
    await this.flush()
    this.lock.free()
    this.stopListening()
    this.channel.close()
  }
}
