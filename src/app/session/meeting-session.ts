/**
 * An open meeting record: its one owner and writer, as DraftSession is a draft's (the saving,
 * locking and taking over they share are RecordSession's). The record page changes it a value at
 * a time (a field committed, an entry added); each change is applied here at once and saved at
 * once. After each save the other tabs are told, so documents open there refresh their meeting
 * fields.
 */
import type { Meeting } from '../../core/meeting'
import { MeetingConflictError, MeetingGoneError, type MeetingRecord, type Store } from '../store/db'
import { meetingLockName, type TabMessage } from './tabs'
import type { ReadonlyReason } from './status'
import { RecordSession } from './record-session'
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

export class MeetingSession extends RecordSession<MeetingRecord> {
  private constructor(
    private readonly options: MeetingSessionOptions,
    private _record: MeetingRecord,
  ) {
    super(
      {
        dbName: options.dbName,
        lockName: meetingLockName(options.dbName, _record.id),
        readonlyMessages: zh.meeting.readonly,
        onEditable: options.onEditable,
      },
      _record,
    )
  }

  /** Open a record and take the right to edit it (read-only when another tab has it). */
  static async open(options: MeetingSessionOptions): Promise<MeetingSession> {
    const stored = await options.store.getMeeting(options.meetingId)
    if (!stored) throw new MeetingMissingError(zh.meeting.missing)
    const session = new MeetingSession(options, stored)
    await session.start()
    return session
  }

  get record(): MeetingRecord {
    return this._record
  }
  get meeting(): Meeting {
    return this._record.meeting
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

  protected async write() {
    const record: MeetingRecord = { ...this._record, updatedAt: Date.now() }
    this.rev = await this.options.store.writeMeeting(record, this.rev)
    this._record = { ...this._record, rev: this.rev, updatedAt: record.updatedAt }
    this.channel.post({ type: 'meeting-changed', id: record.id, rev: this.rev })
  }

  protected lostBy(e: unknown): ReadonlyReason | null {
    return e instanceof MeetingConflictError ? 'conflict' : e instanceof MeetingGoneError ? 'deleted' : null
  }

  protected readStored() {
    return this.options.store.getMeeting(this._record.id)
  }

  protected takeUp(stored: MeetingRecord) {
    this._record = stored
  }

  /** Ask the tab that edits this record to hand it over; resolves when this tab holds it. */
  takeOver(): Promise<void> {
    this.channel.post({ type: 'meeting-handover', id: this._record.id })
    return this.waitForLock()
  }

  protected onMessage(m: TabMessage) {
    if (m.type === 'restored') this.readonly('restored')
    else if (m.type === 'meeting-deleted' && m.id === this._record.id) this.readonly('deleted')
    else if (m.type === 'meeting-handover' && m.id === this._record.id) this.handOver()
    else if (m.type === 'meeting-changed' && m.id === this._record.id && !this.lock.held) {
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
}
