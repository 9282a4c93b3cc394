/**
 * What a secretary feels over a stretch of work rather than one key, in the built app in headless
 * Chromium, against the bare ProseMirror view in the same browser:
 * - long-tasks-1x: the longest task (PerformanceObserver "longtask", over 50 ms) while opening a
 *   draft of the seed's size, typing 200 inputs into it and letting the autosave finish. The
 *   median and the highest of the rounds' longest; goal: none over 50 ms (on an idle machine —
 *   a loaded one stretches every task, the bare view's longest shows how much).
 *   BENCH_FRESH=1 starts a fresh browser each round, so each opening is a first one; BENCH_TRACE=dir
 *   and BENCH_PROFILE=dir write a trace and a CPU profile of each opening.
 * - heap-50x-1000keys: the JavaScript heap after 1,000 keystrokes into a draft 50 times the seed
 *   (and the saves they cause) against the heap just after opening it, both after a full garbage
 *   collection; goal: within 10 %. The note has the bare view's growth over the same typing, and
 *   the app's over 1,000 keys more (what still grows once compiled code and caches are warm).
 */
import type { CDPSession, Page } from 'puppeteer-core'
import { importText } from '../../src/core/import'
import { emit, type Entry } from '../results'
import {
  appCursorAtEnd,
  bareBlocks,
  bareCursorAtEnd,
  draftRecord,
  idle,
  launch,
  median,
  middleParagraphs,
  newPage,
  openAppWith,
  openBare,
  openDraft,
  typeInputs,
  typing,
} from './lib'
import { distinctCopies, seed } from './texts'

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 6)
const GAP_MS = 40
/** Longer than the autosave's longest wait (save-schedule.ts: 1.5 s), so every save of the typing is in. */
const SAVED_MS = 2500
const only = process.env.BENCH_ONLY?.split(',')
const wanted = (name: string) => !only || only.includes(name)

const entries: Entry[] = []
const longestOf = (page: Page, since: number) =>
  page.evaluate(
    (since) => Math.max(0, ...window.__probe.longTasks.filter((t) => t.start >= since).map((t) => t.duration)),
    since,
  )
const now = (page: Page) => page.evaluate(() => performance.now())
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms))

if (wanted('long-tasks-1x')) {
  const doc = importText(seed).doc
  const where = middleParagraphs(doc, ROUNDS)
  const app: number[] = []
  const opening: number[] = []
  const bare: number[] = []
  // BENCH_FRESH=1: a fresh browser each round, so every round's opening is a first one.
  const fresh = process.env.BENCH_FRESH === '1'
  let browser = await launch()
  try {
    for (let r = 0; r < ROUNDS; r++) {
      if (fresh && r > 0) {
        await browser.close()
        browser = await launch()
      }
      // The app: a fresh page each round, so opening the draft is measured too.
      const page = await newPage(browser)
      await openAppWith(page, [draftRecord(doc, `bench-steady-${r}`)])
      const cdp = await page.createCDPSession()
      // BENCH_TRACE=dir / BENCH_PROFILE=dir: a trace / a CPU profile of each round's opening.
      const trace = process.env.BENCH_TRACE ? `${process.env.BENCH_TRACE}/open-${r}.json` : ''
      const profile = process.env.BENCH_PROFILE
      if (trace)
        await page.tracing.start({
          path: trace,
          categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'blink'],
        })
      if (profile) {
        await cdp.send('Profiler.enable')
        await cdp.send('Profiler.setSamplingInterval', { interval: 200 })
        await cdp.send('Profiler.start')
      }
      const t0 = await now(page)
      await openDraft(page, `bench-steady-${r}`)
      const t1 = await now(page)
      if (trace) await page.tracing.stop()
      if (profile) {
        const { profile: p } = await cdp.send('Profiler.stop')
        const { writeFileSync } = await import('node:fs')
        writeFileSync(`${profile}/open-${r}.cpuprofile`, JSON.stringify(p))
      }
      await appCursorAtEnd(page, where[r])
      await typeInputs(page, cdp, typing(200, r), GAP_MS)
      await wait(SAVED_MS)
      await idle(page)
      app.push(await longestOf(page, t0))
      opening.push(
        await page.evaluate(
          (t1) => Math.max(0, ...window.__probe.longTasks.filter((t) => t.start < t1).map((t) => t.duration)),
          t1,
        ),
      )
      await page.close()
      // The bare view: opening the same text and the same typing.
      const b = await openBare(browser, bareBlocks(doc))
      const b0 = 0
      const bcdp = await b.createCDPSession()
      await bareCursorAtEnd(b, where[r])
      await typeInputs(b, bcdp, typing(200, r), GAP_MS)
      await wait(SAVED_MS)
      bare.push(await longestOf(b, b0))
      await b.close()
    }
  } finally {
    await browser.close()
  }
  const worst = Math.max(...app)
  entries.push({
    name: 'long-tasks-1x',
    medianMs: median(app),
    p95Ms: worst,
    baselineMs: median(bare),
    ratio: median(bare) ? median(app) / median(bare) : undefined,
    goal: 'no long task > 50 ms opening, typing, autosaving (seed size, idle machine)',
    met: worst <= 50,
    runs: app.length,
    spread: [Math.min(...app), worst],
    note: `longest task per round, app: ${app.map((t) => t.toFixed(0)).join(' ')} ms (opening the draft: ${opening.map((t) => t.toFixed(0)).join(' ')}); bare: ${bare.map((t) => t.toFixed(0)).join(' ')} ms (0: none over 50 ms)`,
  })
}

/**
 * The JavaScript heap in MB after a full garbage collection, and how much of it is compiled code
 * (bytecode, optimised code, feedback: what the engine builds for the paths typing runs, once),
 * read from a heap snapshot. BENCH_HEAP_SNAPSHOT=dir also writes the snapshot there as
 * `<name>.heapsnapshot`, to read what the growth is made of.
 */
async function heapAfterGC(cdp: CDPSession, name = ''): Promise<{ used: number; code: number }> {
  await cdp.send('HeapProfiler.collectGarbage')
  await cdp.send('HeapProfiler.collectGarbage')
  const { usedSize } = await cdp.send('Runtime.getHeapUsage')
  const chunks: string[] = []
  const write = (e: { chunk: string }) => chunks.push(e.chunk)
  cdp.on('HeapProfiler.addHeapSnapshotChunk', write)
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false })
  cdp.off('HeapProfiler.addHeapSnapshotChunk', write)
  const text = chunks.join('')
  const dir = process.env.BENCH_HEAP_SNAPSHOT
  if (dir && name) {
    const { writeFileSync } = await import('node:fs')
    writeFileSync(`${dir}/${name}.heapsnapshot`, text)
  }
  return { used: usedSize / 2 ** 20, code: codeBytes(JSON.parse(text)) / 2 ** 20 }
}

interface HeapSnapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[]] } }
  nodes: number[]
}

/** The self sizes of a heap snapshot's nodes of type "code". */
function codeBytes(s: HeapSnapshot): number {
  const fields = s.snapshot.meta.node_fields
  const width = fields.length
  const typeAt = fields.indexOf('type')
  const sizeAt = fields.indexOf('self_size')
  const code = s.snapshot.meta.node_types[0].indexOf('code')
  let bytes = 0
  for (let i = 0; i < s.nodes.length; i += width) if (s.nodes[i + typeAt] === code) bytes += s.nodes[i + sizeAt]
  return bytes
}

if (wanted('heap-50x-1000keys')) {
  const doc = importText(distinctCopies(50)).doc
  const rounds = Math.max(1, Math.floor(ROUNDS / 2))
  const KEYS = 1000
  const where = middleParagraphs(doc, KEYS / 200)
  const growth: number[] = []
  const bareGrowth: number[] = []
  const further: number[] = []
  const typingLongest: number[] = []
  /** Growth of what is not compiled code (the speech, its caches, the page's objects). */
  const dataGrowth: number[] = []
  let opened = { used: 0, code: 0 }
  let after = { used: 0, code: 0 }
  for (let r = 0; r < rounds; r++) {
    const browser = await launch()
    try {
      const page = await newPage(browser)
      await openAppWith(page, [draftRecord(doc, 'bench-heap')])
      await openDraft(page, 'bench-heap')
      const cdp = await page.createCDPSession()
      await wait(SAVED_MS)
      opened = await heapAfterGC(cdp, `app-opened-${r}`)
      const typedFrom = await now(page)
      for (let k = 0; k < KEYS / 200; k++) {
        await appCursorAtEnd(page, where[k])
        await typeInputs(page, cdp, typing(200, r * 10 + k), GAP_MS)
      }
      await wait(SAVED_MS)
      await idle(page)
      // The longest task while typing and saving at this size (goal 6: autosave without a long task).
      typingLongest.push(await longestOf(page, typedFrom))
      after = await heapAfterGC(cdp, `app-typed-${r}`)
      growth.push(after.used / opened.used - 1)
      dataGrowth.push((after.used - after.code) / (opened.used - opened.code) - 1)
      // A thousand keys more: what is only warming up (compiled code, caches filled by the first
      // saves) does not grow again; a leak does.
      for (let k = 0; k < KEYS / 200; k++) {
        await appCursorAtEnd(page, where[k])
        await typeInputs(page, cdp, typing(200, r * 10 + k + 5), GAP_MS)
      }
      await wait(SAVED_MS)
      await idle(page)
      further.push((await heapAfterGC(cdp, `app-typed-more-${r}`)).used / after.used - 1)
      const b = await openBare(browser, bareBlocks(doc))
      const bcdp = await b.createCDPSession()
      const bOpened = await heapAfterGC(bcdp, `bare-opened-${r}`)
      for (let k = 0; k < KEYS / 200; k++) {
        await bareCursorAtEnd(b, where[k])
        await typeInputs(b, bcdp, typing(200, r * 10 + k), GAP_MS)
      }
      bareGrowth.push((await heapAfterGC(bcdp, `bare-typed-${r}`)).used / bOpened.used - 1)
    } finally {
      await browser.close()
    }
  }
  const pct = (x: number) => `${(x * 100).toFixed(1)} %`
  entries.push({
    name: 'heap-50x-1000keys',
    unit: '%',
    medianMs: median(growth) * 100,
    p95Ms: Math.max(...growth) * 100,
    goal: 'heap after 1,000 keys within 10 % of the heap after opening (50× seed)',
    met: Math.max(...growth) <= 0.1,
    runs: growth.length,
    spread: [Math.min(...growth) * 100, Math.max(...growth) * 100],
    note: `app heap growth per round: ${growth.map(pct).join(' ')} (last: ${opened.used.toFixed(1)} → ${after.used.toFixed(1)} MB, of which compiled code ${opened.code.toFixed(1)} → ${after.code.toFixed(1)} MB); without compiled code: ${dataGrowth.map(pct).join(' ')}; bare view: ${bareGrowth.map(pct).join(' ')}; app, the next 1,000 keys: ${further.map(pct).join(' ')}; longest task while typing and saving (over 50 ms, else 0): ${typingLongest.map((t) => t.toFixed(0)).join(' ')} ms`,
  })
}

await emit(entries)
