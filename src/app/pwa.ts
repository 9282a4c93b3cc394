/**
 * The served app as an installed one: its service worker (src/sw/sw.ts, built to sw.js) keeps
 * the built files, so the app opens offline after the first visit. A new build is fetched in the
 * background and waits; the library offers to switch to it (appUpdate), and otherwise it is used
 * once every tab of the app has been closed. Never in the single-file build: file:// pages have
 * no service workers, and that build needs none.
 */
import { errorMessage } from '../core/guards'

type Listener = (ready: boolean) => void

class AppUpdate {
  private waiting: ServiceWorker | null = null
  private readonly listeners = new Set<Listener>()
  /** Why the service worker could not be registered (the app then works online only), or ''. */
  failure = ''

  /** Be told (at once, and on every change) whether a new version waits. */
  listen(listener: Listener): () => void {
    this.listeners.add(listener)
    listener(this.waiting !== null)
    return () => this.listeners.delete(listener)
  }

  offer(worker: ServiceWorker) {
    this.waiting = worker
    for (const l of this.listeners) l(true)
  }

  /** Switch this tab to the waiting version: it takes over, and the page loads again from it. */
  apply() {
    const worker = this.waiting
    if (!worker) return
    navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true })
    worker.postMessage({ type: 'skip-waiting' })
  }
}

export const appUpdate = new AppUpdate()

export async function registerServiceWorker(url = './sw.js'): Promise<void> {
  if (!('serviceWorker' in navigator) || location.protocol === 'file:') return
  let registration: ServiceWorkerRegistration
  try {
    registration = await navigator.serviceWorker.register(url)
  } catch (e) {
    // The app itself is loaded and works; only opening it offline later will not.
    appUpdate.failure = errorMessage(e)
    return
  }
  const watch = (worker: ServiceWorker | null) => {
    if (!worker) return
    // Installed while a page is controlled: a new version, not the first one.
    const check = () => {
      if (worker.state === 'installed' && navigator.serviceWorker.controller) appUpdate.offer(worker)
    }
    check()
    worker.addEventListener('statechange', check)
  }
  watch(registration.waiting)
  registration.addEventListener('updatefound', () => watch(registration.installing))
}
