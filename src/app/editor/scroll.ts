/**
 * Scrolling in a long speech. Blocks far off screen are not laid out (content-visibility)
 * and stand at an estimated height until they come near, so a scroll far away lands by
 * those estimates; once the blocks around the target are laid out it may be off. A
 * `ScrollWatch` looks again on the next frames and scrolls again when it is.
 */

/**
 * The nearest ancestor that scrolls, crossing shadow roots. Asked on every key (is the cursor on
 * screen?), so it is looked up once per element while that ancestor stays in the page: the app's
 * styles never change which ancestor scrolls.
 */
export function scrollerOf(el: Element): Element | null {
  const known = scrollers.get(el)
  if (known && ancestors(el).includes(known)) return known
  const found = ancestors(el).find((at) => /auto|scroll/.test(getComputedStyle(at).overflowY)) ?? null
  if (found) scrollers.set(el, found)
  return found
}
const scrollers = new WeakMap<Element, Element>()

/** The elements above `el`, nearest first, crossing shadow roots. */
function ancestors(el: Element): Element[] {
  const out: Element[] = []
  for (let at: Node | null = el.parentNode; at; at = at instanceof ShadowRoot ? at.host : at.parentNode)
    if (at instanceof Element) out.push(at)
  return out
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
