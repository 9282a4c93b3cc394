/**
 * Opening the built app at its library, in headless Chromium, as a fresh page each time:
 * - initial-js-gzip-kb: every script the page fetches before any action (from loading
 *   index.html until the library is drawn and the page is quiet), gzipped here; against the
 *   bare ProseMirror page's script. The service worker's own script is not counted: the page
 *   does not run it.
 * - cold-start: from the start of navigation to the library drawn (one draft stored), in turns
 *   with the bare ProseMirror page opening a seed-sized text; goal < 500 ms on an idle machine.
 * - library-10000: the same with 10,000 drafts stored, to the list counting all 10,000 and
 *   drawing its first page (the newest 200; more on request); goal < 1 s.
 *   The drafts are one-paragraph speeches: the library reads only the summaries store, and the
 *   time must not depend on what the drafts hold (a draft-sized record each would be 0.6 GB).
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import type { Browser, Page } from 'puppeteer-core'
import { importText } from '../../src/core/import'
import { emit, type Entry } from '../results'
import { APP_URL, bareBlocks, draftRecord, launch, median, newPage, openAppWith, quantile } from './lib'
import { seed } from './texts'

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 6)
const APP_DIR = process.env.BENCH_APP_DIR ?? ''

/** A fresh tab at the library; resolves with the ms from navigation start to `count` drafts counted and the first drawn. */
async function openLibrary(browser: Browser, count: number): Promise<{ ms: number; scripts: string[] }> {
  const page = await newPage(browser)
  const scripts: string[] = []
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname)
  })
  await page.goto(`${APP_URL}#/`)
  const handle = await page.waitForFunction(
    (count) => {
      const lib = document.querySelector('jg-app')?.shadowRoot?.querySelector('jg-library')?.shadowRoot
      const listed = lib?.querySelectorAll('ul.drafts > li').length ?? 0
      const counted = lib?.querySelector('.find .count')?.textContent?.includes(`共 ${count} 篇`)
      return counted && listed > 0 ? performance.now() : 0
    },
    { polling: 'raf', timeout: 120_000 },
    count,
  )
  const ms = (await handle.jsonValue()) as number
  await page.evaluate(() => window.__probe.settled())
  await page.close()
  return { ms, scripts }
}

async function openBarePage(browser: Browser, blocks: ReturnType<typeof bareBlocks>): Promise<number> {
  const page = await newPage(browser)
  await page.goto(`${APP_URL}bare.html`)
  const ms = await page.evaluate((blocks) => {
    ;(window as unknown as { bare: { open(b: unknown): void } }).bare.open(blocks)
    return new Promise<number>((r) => requestAnimationFrame(() => setTimeout(() => r(performance.now()))))
  }, blocks)
  await page.close()
  return ms
}

const gz = (bytes: Buffer | string) => gzipSync(bytes, { level: 9 }).length / 1024

async function stored(browser: Browser, count: number) {
  const page: Page = await newPage(browser)
  const small = importText('关于就业工作的讲话\n同志们：\n今年就业工作稳中有进。').doc
  const now = Date.now()
  await openAppWith(
    page,
    Array.from({ length: count }, (_, i) => draftRecord(small, `bench-${i}`, now - i * 1000)),
  )
  await page.close()
}

const entries: Entry[] = []
const blocks = bareBlocks(importText(seed).doc)
const only = process.env.BENCH_ONLY?.split(',')
const want = (name: string) => !only || only.includes(name)

// One browser per store size: each has its own profile, so its own IndexedDB.
{
  const browser = await launch()
  try {
    await stored(browser, 1)
    const app: number[] = []
    const bare: number[] = []
    let scripts: string[] = []
    await openLibrary(browser, 1) // warm the HTTP cache and the browser's compiled code alike
    await openBarePage(browser, blocks)
    for (let r = 0; r < ROUNDS; r++) {
      const order = r % 2 ? ['bare', 'app'] : ['app', 'bare']
      for (const side of order) {
        if (side === 'app') {
          const o = await openLibrary(browser, 1)
          app.push(o.ms)
          scripts = o.scripts
        } else bare.push(await openBarePage(browser, blocks))
      }
    }
    if (want('initial-js-gzip-kb')) {
      const files = [...new Set(scripts)].filter((p) => p !== '/sw.js')
      const kb = files.reduce((sum, p) => sum + gz(readFileSync(join(APP_DIR, p))), 0)
      const bareKb = gz(await fetch(`${APP_URL}bare.js`).then((r) => r.text()))
      entries.push({
        name: 'initial-js-gzip-kb',
        medianMs: kb,
        p95Ms: kb,
        baselineMs: bareKb,
        ratio: kb / bareKb,
        goal: '≤ 110 KB gzip',
        met: kb <= 110,
        runs: 1,
        spread: [kb, kb],
        unit: 'KB',
        note: `${files.length} scripts: ${files.map((p) => `${p.split('/').pop()} ${gz(readFileSync(join(APP_DIR, p))).toFixed(1)}`).join(', ')}; baseline: the bare ProseMirror page's script`,
      })
    }
    if (want('cold-start'))
      entries.push({
        name: 'cold-start',
        medianMs: median(app),
        p95Ms: quantile(app, 0.95),
        baselineMs: median(bare),
        ratio: median(app) / median(bare),
        goal: '< 500 ms to the library (idle machine)',
        met: median(app) < 500,
        runs: app.length,
        spread: [Math.min(...app), Math.max(...app)],
        note: 'navigation start to the library drawn, one draft stored; baseline: the bare page showing the seed',
      })
  } finally {
    await browser.close()
  }
}

if (want('library-10000')) {
  const browser = await launch()
  try {
    const N = 10_000
    await stored(browser, N)
    const few: number[] = []
    const many: number[] = []
    await openLibrary(browser, N)
    // Against the same library with one draft, in a second profile, in turns.
    const one = await launch()
    try {
      await stored(one, 1)
      await openLibrary(one, 1)
      for (let r = 0; r < Math.max(3, Math.ceil(ROUNDS / 2)); r++) {
        many.push((await openLibrary(browser, N)).ms)
        few.push((await openLibrary(one, 1)).ms)
      }
    } finally {
      await one.close()
    }
    entries.push({
      name: 'library-10000',
      medianMs: median(many),
      p95Ms: quantile(many, 0.95),
      baselineMs: median(few),
      ratio: median(many) / median(few),
      goal: '10,000 drafts listed < 1 s',
      met: median(many) < 1000,
      runs: many.length,
      spread: [Math.min(...many), Math.max(...many)],
      note: 'navigation start to 共 10000 篇 and the first page drawn; baseline: the library with one draft',
    })
  } finally {
    await browser.close()
  }
}
await emit(entries)
