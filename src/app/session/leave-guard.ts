import type { ReactiveController, ReactiveControllerHost } from 'lit'

/** What the guard needs of a page's open record: whether it holds changes not yet stored, and a way to store them. */
export interface Unsaved {
  readonly unsaved: boolean
  flush(): Promise<void>
}

/**
 * The page being left while its record has changes not yet stored. Closing the tab then makes
 * the browser ask first (beforeunload) while the save starts; with `saveOnHide`, the changes are
 * also saved as soon as the page is hidden or closed (pagehide, visibilitychange), since a
 * hidden tab may be discarded without another event.
 */
export class LeaveGuard implements ReactiveController {
  constructor(
    host: ReactiveControllerHost,
    private readonly session: () => Unsaved | null,
    private readonly saveOnHide: boolean,
  ) {
    host.addController(this)
  }

  private readonly onHide = () => {
    void this.session()?.flush()
  }
  private readonly onVisibility = () => {
    if (document.visibilityState === 'hidden') void this.session()?.flush()
  }
  private readonly onBeforeUnload = (e: BeforeUnloadEvent) => {
    const session = this.session()
    if (session?.unsaved) {
      void session.flush()
      e.preventDefault()
      e.returnValue = ''
    }
  }

  hostConnected() {
    if (this.saveOnHide) {
      addEventListener('pagehide', this.onHide)
      document.addEventListener('visibilitychange', this.onVisibility)
    }
    addEventListener('beforeunload', this.onBeforeUnload)
  }

  hostDisconnected() {
    if (this.saveOnHide) {
      removeEventListener('pagehide', this.onHide)
      document.removeEventListener('visibilitychange', this.onVisibility)
    }
    removeEventListener('beforeunload', this.onBeforeUnload)
  }
}
