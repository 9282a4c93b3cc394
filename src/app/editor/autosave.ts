/**
 * Saving a draft shortly after the last change, and at once when the page is hidden.
 * Dispatch is never delayed: only this, the write, waits. A failed write keeps the
 * newest document pending so nothing typed is lost and a retry writes it.
 */
import type { Node as PMNode } from 'prosemirror-model'

export type SaveStatus =
  | { state: 'saved' }
  | { state: 'pending' }
  | { state: 'saving' }
  | { state: 'error'; message: string }

export class Autosaver {
  private pending: PMNode | null = null
  private timer: ReturnType<typeof setTimeout> | null = null
  private inFlight: Promise<void> | null = null

  constructor(
    private readonly write: (doc: PMNode) => Promise<void>,
    private readonly onStatus: (status: SaveStatus) => void,
    private readonly errorMessage: (e: unknown) => string,
    readonly delay = 500,
  ) {}

  get hasPending(): boolean {
    return this.pending !== null
  }

  /** A change happened; save it within `delay` ms unless another change comes first. */
  schedule(doc: PMNode) {
    this.pending = doc
    this.onStatus({ state: 'pending' })
    if (this.timer) clearTimeout(this.timer)
    this.timer = setTimeout(() => {
      void this.flush()
    }, this.delay)
  }

  /** Write what is pending now; resolves when it is stored or has failed. */
  async flush(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer)
      this.timer = null
    }
    while (this.inFlight) await this.inFlight
    const doc = this.pending
    if (!doc) return
    this.pending = null
    this.onStatus({ state: 'saving' })
    this.inFlight = this.write(doc)
      .then(
        () => {
          if (!this.pending) this.onStatus({ state: 'saved' })
        },
        (e: unknown) => {
          // Keep the unsaved document unless a newer one is already waiting.
          this.pending ??= doc
          this.onStatus({ state: 'error', message: this.errorMessage(e) })
        },
      )
      .finally(() => {
        this.inFlight = null
      })
    await this.inFlight
  }

  dispose() {
    if (this.timer) clearTimeout(this.timer)
  }
}
