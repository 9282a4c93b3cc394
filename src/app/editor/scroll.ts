/**
 * Scrolling in a long speech. Blocks far off screen are not laid out (content-visibility)
 * and stand at an estimated height until they come near, so a scroll far away lands by
 * those estimates; once the blocks around the target are laid out it may be off. A
 * `ScrollWatch` looks again on the next frames and scrolls again when it is.
 */

/** The nearest ancestor that scrolls, crossing shadow roots. */
export function scrollerOf(el: Element): Element | null {
  for (let at: Node | null = el.parentNode; at; at = at instanceof ShadowRoot ? at.host : at.parentNode) {
    if (at instanceof Element && /auto|scroll/.test(getComputedStyle(at).overflowY)) return at
  }
  return null
}

/** The part of the window the element's scroller shows. */
export function visibleBox(el: Element): { top: number; bottom: number } {
  const box = scrollerOf(el)?.getBoundingClientRect()
  return { top: Math.max(box?.top ?? 0, 0), bottom: Math.min(box?.bottom ?? innerHeight, innerHeight) }
}

/**
 * One watch at a time: a new target replaces the one before, so two quick jumps never pull
 * against each other, and keys typed faster than frames start no second watch.
 */
export class ScrollWatch {
  private framesLeft = 0
  private target: { landed: () => boolean; scroll: () => void } | null = null

  /** Scroll now, then for a few frames scroll again whenever `landed` says it is off. */
  follow(landed: () => boolean, scroll: () => void, frames = 4) {
    scroll()
    this.watch(landed, scroll, frames)
  }

  /** Only look again (the first scroll is already done). */
  watch(landed: () => boolean, scroll: () => void, frames = 4) {
    const running = this.framesLeft > 0
    this.target = { landed, scroll }
    this.framesLeft = frames
    if (!running) requestAnimationFrame(this.look)
  }

  stop() {
    this.framesLeft = 0
    this.target = null
  }

  private readonly look = () => {
    if (this.framesLeft <= 0 || !this.target) return
    if (!this.target.landed()) this.target.scroll()
    if (--this.framesLeft > 0) requestAnimationFrame(this.look)
    else this.target = null
  }
}
