/**
 * Scrolling in a long speech. Blocks far off screen are not laid out (content-visibility)
 * and stand at an estimated height until they come near, so a scroll far away lands by
 * those estimates; once the blocks around the target are laid out it may be off. These
 * helpers look again on the next frames and scroll again when it is.
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

/** Bring an element to the top of its scroller, and keep it there while the blocks around it are laid out. */
export function scrollToTop(el: Element, frames = 4) {
  el.scrollIntoView({ block: 'start' })
  const check = (left: number) => requestAnimationFrame(() => {
    if (!el.isConnected || left <= 0) return
    if (Math.abs(el.getBoundingClientRect().top - visibleBox(el).top) > 2) el.scrollIntoView({ block: 'start' })
    check(left - 1)
  })
  check(frames)
}
