/**
 * What a session shows of its saving (已保存, 未保存, 正在保存…, an error, read-only), and who is
 * told when it changes. The line beside the toolbar listens on its own (jg-save-status.ts); the
 * page around the speech redraws only when more than that line changes: a failed save or a
 * read-only draft shows a banner and stops editing. Typing moves the status between saved,
 * pending and saving every save, and a redraw of the whole page at each of those would land in
 * the frames of the keys.
 */
export type ReadonlyReason = 'other-tab' | 'handed-over' | 'restored' | 'deleted' | 'conflict'

export type SessionStatus =
  | { state: 'saved' }
  | { state: 'pending' }
  | { state: 'saving' }
  | { state: 'error'; message: string }
  | { state: 'readonly'; reason: ReadonlyReason; message: string }

/** The states that change nothing on the page but the status line. */
const LINE_ONLY = new Set<SessionStatus['state']>(['saved', 'pending', 'saving'])

function same(a: SessionStatus, b: SessionStatus): boolean {
  if (a.state !== b.state) return false
  if (a.state === 'error' && b.state === 'error') return a.message === b.message
  if (a.state === 'readonly' && b.state === 'readonly') return a.reason === b.reason && a.message === b.message
  return true
}

/** Something that shows a status line: the sessions. */
export interface StatusSource {
  readonly status: SessionStatus
  /** Call `listener` whenever the status changes; returns a function that stops it. */
  onStatus(listener: () => void): () => void
}

export class StatusLine {
  private current: SessionStatus = { state: 'saved' }
  private readonly listeners = new Set<() => void>()

  /** `redrawPage`: ask the page around the speech to redraw (a failed save, read-only). */
  constructor(private readonly redrawPage: () => void) {}

  get status(): SessionStatus {
    return this.current
  }

  set(status: SessionStatus) {
    const before = this.current
    this.current = status
    if (same(before, status)) return
    for (const listener of this.listeners) listener()
    if (!LINE_ONLY.has(before.state) || !LINE_ONLY.has(status.state)) this.redrawPage()
  }

  listen(listener: () => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }
}
