/**
 * What the sessions of a draft and of a meeting record share: each is the one writer of its
 * stored record. Changes are saved by a single loop that always writes the newest state, each
 * write checked against the stored revision. One tab edits a record at a time (a Web Lock);
 * another opens it read-only, waits for the lock (or asks for it) and then takes up the record as
 * the last holder left it. The status line says which of these the session is in.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit'
import { storageMessage } from '../store/db'
import { StatusLine, type ReadonlyReason, type SessionStatus, type StatusSource } from './status'
import { EditLock, TabChannel, type TabMessage } from './tabs'

export interface RecordSessionSetup {
  dbName: string
  /** The Web Lock that gives the right to edit this record. */
  lockName: string
  /** What the status line says for each reason the record is read-only. */
  readonlyMessages: Record<ReadonlyReason, string>
  /** A read-only session took the record up, as the last holder left it: the page shows it anew. */
  onEditable?: () => void
}

export abstract class RecordSession<R extends { rev?: number }> implements ReactiveController, StatusSource {
  private readonly line = new StatusLine(() => this.host?.requestUpdate())
  /** The stored revision this session's next write must find. */
  protected rev: number
  /** Something changed that is not stored yet. */
  protected dirty = false
  private running: Promise<void> | null = null
  private waiting: Promise<void> | null = null
  /** The page let go of the record (close): it never waits for it again. */
  private closed = false
  protected readonly lock: EditLock
  protected readonly channel: TabChannel
  private readonly stopListening: () => void
  protected host: ReactiveControllerHost | null = null

  protected constructor(
    private readonly setup: RecordSessionSetup,
    stored: R,
  ) {
    this.rev = stored.rev ?? 0
    this.lock = new EditLock(setup.lockName, () => this.readonly('handed-over'))
    this.channel = new TabChannel(setup.dbName)
    this.stopListening = this.channel.listen((m) => this.onMessage(m))
  }

  /** Write the current state once (throws when the store refuses it); keeps the new revision. */
  protected abstract write(): Promise<void>
  /** The reason a refused write makes the record read-only, or null for a failure worth retrying. */
  protected abstract lostBy(e: unknown): ReadonlyReason | null
  /** The record as stored now (undefined when it was deleted). */
  protected abstract readStored(): Promise<R | undefined>
  /**
   * Show and edit the stored record from now on, dropping this session's copy; sets `dirty` when
   * the record lacks something taken up with it (another tab's unsaved changes), to be saved.
   */
  protected abstract takeUp(stored: R): void
  /** What another tab says. */
  protected abstract onMessage(m: TabMessage): void
  /** Called when a save starts now or the session stops writing (read-only): a save waiting for a pause is dropped. */
  protected settle() {}
  /**
   * The page holds something no save can store yet (an open slot input's text, kept in the
   * write-ahead copy until it is committed): the status says 未保存 and leaving asks first.
   */
  protected held(): boolean {
    return false
  }

  /**
   * Take the right to edit the record. Without it (another tab has it) the session is read-only
   * and, when the other tab lets go (closed, or handed over), edits with what that tab saved.
   */
  protected async start(): Promise<boolean> {
    if (await this.lock.acquire()) return true
    this.readonly('other-tab')
    void this.waitForLock()
    return false
  }

  get status(): SessionStatus {
    return this.line.status
  }
  onStatus(listener: () => void): () => void {
    return this.line.listen(listener)
  }
  get editable(): boolean {
    return this.status.state !== 'readonly'
  }
  /** Changes not yet stored (or a save that failed). */
  get unsaved(): boolean {
    return this.dirty || this.running !== null || this.held()
  }

  hostConnected() {}
  hostDisconnected() {
    void this.close()
  }

  /** Let a Lit host re-render when the status or the record change. */
  attach(host: ReactiveControllerHost) {
    this.host = host
    host.addController(this)
  }

  /** Save everything changed so far; resolves when it is stored, or has failed (see status). */
  flush(): Promise<void> {
    this.settle()
    this.running ??= this.saveLoop().finally(() => {
      this.running = null
    })
    return this.running
  }

  private async saveLoop() {
    while (this.dirty && this.editable) {
      this.dirty = false
      this.setStatus({ state: 'saving' })
      try {
        // What `write` stores is taken before its first wait: a change made while it waits marks the loop dirty again.
        await this.write()
      } catch (e) {
        this.dirty = true
        const reason = this.lostBy(e)
        if (reason) this.readonly(reason)
        else this.setStatus({ state: 'error', message: storageMessage(e, 'editor') })
        return
      }
    }
    if (this.editable) this.setStatus(this.dirty || this.held() ? { state: 'pending' } : { state: 'saved' })
  }

  /** What `held` says changed: the status line follows, unless a save (which ends saying it) or a failure shows. */
  protected heldChanged() {
    const { state } = this.status
    if (state === 'saved' || state === 'pending')
      this.setStatus(this.dirty || this.held() ? { state: 'pending' } : { state: 'saved' })
  }

  /**
   * Ask the tab that edits this record to hand it over. Resolves when this tab holds it, with the
   * record as that tab left it.
   */
  protected waitForLock(): Promise<void> {
    this.waiting ??= this.lock.take().then(() => this.reload())
    return this.waiting
  }

  private async reload() {
    this.waiting = null
    const stored = await this.readStored()
    if (!stored) {
      void this.lock.free()
      this.readonly('deleted')
      return
    }
    this.rev = stored.rev ?? 0
    this.dirty = false
    // Taking the record up may find what it lacks (`dirty`) or hold what no save stores yet (`held`).
    this.takeUp(stored)
    this.setStatus(this.dirty || this.held() ? { state: 'pending' } : { state: 'saved' })
    this.setup.onEditable?.()
    if (this.dirty) void this.flush()
  }

  /**
   * Another tab asked for the record: save what is left, then let go of it, and wait to have it
   * back (when that tab closes, or hands it back) with what that tab saved.
   */
  protected handOver() {
    if (!this.lock.held) return
    void this.flush().then(() => {
      this.readonly('handed-over')
      void this.lock.free()
      if (!this.closed) void this.waitForLock()
    })
  }

  /** `more`: what the status line says besides the reason's message. */
  protected readonly(reason: ReadonlyReason, more = '') {
    this.settle()
    this.setStatus({ state: 'readonly', reason, message: this.setup.readonlyMessages[reason] + more })
  }

  protected setStatus(status: SessionStatus) {
    this.line.set(status)
  }

  /** Save what is left and let go of the record. */
  async close() {
    this.closed = true
    await this.flush()
    await this.lock.free()
    this.stopListening()
    this.channel.close()
  }
}
