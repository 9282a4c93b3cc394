/**
 * The width of a host element, kept up to date while it is connected (a ResizeObserver), so it
 * can lay itself out to fit. A Lit ReactiveController; the host updates when the width changes.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit'

export class WidthController implements ReactiveController {
  width = 0
  private readonly observer = new ResizeObserver((entries) => {
    // A resize callback always has at least one entry; the last is the newest size.
    const width = Math.round(entries[entries.length - 1].contentRect.width)
    if (width === this.width) return
    this.width = width
    this.host.requestUpdate()
  })

  constructor(private readonly host: ReactiveControllerHost & Element) {
    host.addController(this)
  }

  hostConnected() {
    this.observer.observe(this.host)
  }

  hostDisconnected() {
    this.observer.disconnect()
  }
}
