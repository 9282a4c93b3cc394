/**
 * When to save: shortly after the last change (a pause in typing), but never later than
 * `maxWait` after the first change not yet saved, so steady typing is saved every couple of
 * seconds. Dispatch is never delayed; only the save waits.
 */
export class SaveSchedule {
  private timer: ReturnType<typeof setTimeout> | null = null
  /** When the oldest unsaved change happened, or null when nothing waits. */
  private firstChange: number | null = null

  constructor(
    private readonly save: () => void,
    readonly delay = 400,
    readonly maxWait = 1500,
    private readonly now: () => number = () => Date.now(),
  ) {}

  /** A change happened: save after `delay` quiet ms, or at the max wait, whichever comes first. */
  changed(urgent = false) {
    const now = this.now()
    this.firstChange ??= now
    const due = urgent ? 0 : Math.min(this.delay, this.firstChange + this.maxWait - now)
    if (this.timer !== null) clearTimeout(this.timer)
    this.timer = setTimeout(() => this.fire(), Math.max(0, due))
  }

  /** The save is starting now for another reason (a flush): nothing is waiting any more. */
  reset() {
    if (this.timer !== null) clearTimeout(this.timer)
    this.timer = null
    this.firstChange = null
  }

  private fire() {
    this.reset()
    this.save()
  }
}
