/**
 * A page's attempts to open its record (a draft, a meeting). Opening takes a few reads of the
 * store; meanwhile the page may close, or be taken out and put back, which starts another attempt.
 * An attempt that finishes after its page closed, or after a newer one started, must let its
 * session go: the session's edit lock would otherwise leave the record read-only to the page that
 * opens it next, this one included.
 */
export class OpenAttempts {
  private latest = 0

  /** Start an attempt: the function tells whether it is still the page's latest. */
  start(): () => boolean {
    const attempt = ++this.latest
    return () => attempt === this.latest
  }
}
