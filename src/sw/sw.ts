/// <reference lib="webworker" />
/**
 * The service worker of the served app (built to sw.js by vite.config.ts, which fills in the
 * build's files and a version made from their contents). It keeps every built file in a cache of
 * that version, so the app opens with no network after the first visit. A new build has another
 * version, so the browser installs it beside the old one; it waits until the page asks for it
 * (the library's 更新) or no tab of the old one is left, then takes over and drops older caches.
 */
declare const __JIANGGAO_ASSETS__: string[]
declare const __JIANGGAO_VERSION__: string

// This file runs only as the service worker, whose global scope the DOM lib cannot type.
// biome-ignore lint/nursery/noUnsafeTypeAssertion: the reason is the comment above
const sw = self as unknown as ServiceWorkerGlobalScope
const CACHE = `jianggao-${__JIANGGAO_VERSION__}`
/** The page itself; every address of the app (#/draft/…) is this one file. */
const PAGE = './'

sw.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll([PAGE, ...__JIANGGAO_ASSETS__])))
})

sw.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys())
        if (name.startsWith('jianggao-') && name !== CACHE) await caches.delete(name)
      await sw.clients.claim()
    })(),
  )
})

sw.addEventListener('message', (event) => {
  const data: unknown = event.data
  if (typeof data === 'object' && data !== null && 'type' in data && data.type === 'skip-waiting') void sw.skipWaiting()
})

sw.addEventListener('fetch', (event) => {
  const request = event.request
  if (request.method !== 'GET' || new URL(request.url).origin !== sw.location.origin) return
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE)
      // A module script is asked for with an Origin header; servers that answer "Vary: Origin"
      // would make it miss the copy kept at install, fetched without one.
      const cached = await cache.match(request.mode === 'navigate' ? PAGE : request, {
        ignoreSearch: true,
        ignoreVary: true,
      })
      return cached ?? fetch(request)
    })(),
  )
})
