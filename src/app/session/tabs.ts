/**
 * Tabs of the app on one browser profile. A draft is edited in one tab at a time: the tab that
 * opens it first holds a Web Lock on it; a second tab opens it read-only and may ask for it,
 * and the holder then saves, turns read-only and lets go. Tabs also tell each other when the
 * data under them changed wholesale (a restore, a deleted draft), over a BroadcastChannel.
 */

export type TabMessage =
  /** A backup was restored: every draft changed, or (a merge) only those listed. */
  | { type: 'restored'; ids?: string[] }
  | { type: 'deleted'; id: string }
  /** A tab asks the holder of a draft to hand it over. */
  | { type: 'handover'; id: string }
  /** A meeting record was saved as revision `rev`: open documents refresh their fields from it. */
  | { type: 'meeting-changed'; id: string; rev: number }
  | { type: 'meeting-deleted'; id: string }
  /** A tab asks the holder of a meeting record to hand it over. */
  | { type: 'meeting-handover'; id: string }

type Listener = (message: TabMessage) => void

/** The app's channel to its other tabs; one per database name. */
export class TabChannel {
  private readonly channel: BroadcastChannel | null
  private readonly listeners = new Set<Listener>()

  constructor(dbName: string) {
    this.channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(`jianggao:${dbName}`) : null
    this.channel?.addEventListener('message', (e: MessageEvent<TabMessage>) => {
      for (const l of this.listeners) l(e.data)
    })
  }

  post(message: TabMessage) {
    this.channel?.postMessage(message)
  }

  listen(listener: Listener): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  close() {
    this.listeners.clear()
    this.channel?.close()
  }
}

/**
 * The right to edit one draft in this tab. `acquire` resolves true when this tab got it, false
 * when another tab holds it; `lost` is called if the lock ends while held (it was taken away).
 * Without Web Locks (an old browser) every tab may edit and the stored revision guards saves.
 */
export class EditLock {
  private release: (() => void) | null = null
  /** Settles when the latest request for the lock is over: the lock let go, or the wait given up. */
  private over: Promise<unknown> = Promise.resolve()

  constructor(
    private readonly name: string,
    private readonly lost: () => void,
  ) {}

  get held(): boolean {
    return this.release !== null
  }

  async acquire(): Promise<boolean> {
    const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined
    if (!locks) {
      this.release = () => undefined
      return true
    }
    return new Promise<boolean>((answer) => {
      this.over = locks
        .request(this.name, { ifAvailable: true }, (lock) => {
          if (!lock) {
            answer(false)
            return undefined
          }
          answer(true)
          return new Promise<void>((resolve) => {
            this.release = resolve
          })
        })
        .catch(() => {
          if (this.release) {
            this.release = null
            this.lost()
          } else answer(false)
        })
    })
  }

  /** Gives up the wait of the latest `take`. */
  private stop: AbortController | null = null

  /**
   * Wait until the holder lets go, then hold the draft here. A wait that `free` gave up never
   * resolves; a later `take` waits anew (a tab that handed the draft over waits to have it back).
   */
  async take(): Promise<void> {
    const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined
    if (!locks) {
      this.release = () => undefined
      return
    }
    const stop = new AbortController()
    this.stop = stop
    await new Promise<void>((taken) => {
      this.over = locks
        .request(this.name, { signal: stop.signal }, () => {
          taken()
          return new Promise<void>((resolve) => {
            this.release = resolve
          })
        })
        .catch(() => {
          // Given up (the page closed the draft while waiting): nothing is held.
        })
    })
  }

  /**
   * Let go of the draft (this tab closes it or hands it over), and stop waiting for it. Settles
   * when the browser has let go of the lock, which is a step after the release: another page
   * asking for the draft once this settles finds it free.
   */
  free(): Promise<void> {
    this.stop?.abort()
    this.stop = null
    const release = this.release
    this.release = null
    release?.()
    return this.over.then(() => undefined)
  }
}

/** The lock name for a draft. */
export function lockName(dbName: string, draftId: string): string {
  return `jianggao:edit:${dbName}:${draftId}`
}

/** The lock name for a meeting record. */
export function meetingLockName(dbName: string, meetingId: string): string {
  return `jianggao:meeting:${dbName}:${meetingId}`
}
