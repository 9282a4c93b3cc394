/**
 * When to save: shortly after the last change (a pause in typing), and during steady typing at the
 * first change made `maxWait` or more after the oldest one not yet saved, so steady typing is saved
 * every couple of seconds. That save runs `soon` after the change (the app: right after the frame
 * that shows it), in the pause before the next key, never at a moment that may fall inside a key's
 * task. Dispatch is never delayed; only the save waits.
 */
export class SaveSchedule {
  private cancel: (() => void) | null = null
  /** When the oldest unsaved change happened, or null when nothing waits. */
  private firstChange: number | null = null

  constructor(
    private readonly save: () => void,
    readonly delay = 400,
    readonly maxWait = 1500,
    private readonly now: () => number = () => Date.now(),
    private readonly soon: (run: () => void) => () => void = atOnce,
  ) {}

  /** A change happened: save after `delay` quiet ms, or soon once the max wait has passed. */
  changed(urgent = false) {
    const now = this.now()
    this.firstChange ??= now
    this.cancel?.()
    const fire = () => this.fire()
    if (urgent) this.cancel = atOnce(fire)
    else if (now - this.firstChange >= this.maxWait) this.cancel = this.soon(fire)
    else {
      const timer = setTimeout(fire, this.delay)
      this.cancel = () => clearTimeout(timer)
    }
  }

  /** The save is starting now for another reason (a flush): nothing is waiting any more. */
  reset() {
    this.cancel?.()
    this.cancel = null
    this.firstChange = null
  }

  private fire() {
    this.reset()
    this.save()
  }
}

/** In a task of its own, as soon as the tasks before it have run. */
function atOnce(run: () => void): () => void {
  const timer = setTimeout(run, 0)
  return () => clearTimeout(timer)
}
