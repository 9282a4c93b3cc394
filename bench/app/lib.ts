/**
 * What the app benchmarks share: the built app and the bare ProseMirror page served by
 * scripts/bench.mjs (BENCH_APP_URL), headless Chromium, drafts put into the app's IndexedDB,
 * and keys sent through the DevTools protocol and timed in the page from the input event to
 * the frame after paint.
 */
import puppeteer, { type Browser, type CDPSession, type Page } from 'puppeteer-core'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Node as PMNode } from 'prosemirror-model'
// @ts-expect-error plain ESM helper without types
import { chromePath, CHROME_FLAGS } from '../../scripts/chrome-path.mjs'
import { summaryOf, type DraftRecord } from '../../src/app/store/db'
import { draftTitle } from '../../src/app/drafts'
import { speechToJSON } from '../../src/core/serialize'
import { slotText, type SlotAttrs } from '../../src/core/schema'
import type { BareBlock } from './bare'

export const APP_URL = process.env.BENCH_APP_URL ?? ''
if (!APP_URL) throw new Error('BENCH_APP_URL is not set: run the app benchmarks with `npm run bench`')

/** The screen the benchmarks use: the three columns of the editor page show from 1400 px. */
export const VIEWPORT = { width: 1440, height: 900 }

export async function launch(): Promise<Browser> {
  return puppeteer.launch({
    executablePath: chromePath() ?? undefined,
    headless: true,
    args: [...CHROME_FLAGS, `--window-size=${VIEWPORT.width},${VIEWPORT.height}`, '--enable-precise-memory-info'],
    userDataDir: mkdtempSync(join(tmpdir(), 'jianggao-bench-chrome-')),
    defaultViewport: VIEWPORT,
    protocolTimeout: 600_000,
  })
}

/**
 * Put into every page before its scripts: `__probe.arm()` then an input makes `__probe.done()`
 * resolve with the time from the first input event (its timeStamp: when the browser received it,
 * so time waiting behind other work counts) to the frame after the one it caused is painted (a
 * message posted from requestAnimationFrame arrives after that frame). Long tasks are recorded.
 */
function probe() {
  type Armed = { t0: number | null; t1: number; resolve: () => void; done: Promise<void> }
  let armed: Armed | null = null
  const start = (e: Event) => {
    const a = armed
    if (!a || a.t0 !== null) return
    a.t0 = e.timeStamp
    requestAnimationFrame(() => {
      const channel = new MessageChannel()
      channel.port1.onmessage = () => {
        a.t1 = performance.now()
        a.resolve()
      }
      channel.port2.postMessage(null)
    })
  }
  for (const type of [
    'keydown',
    'keypress',
    'beforeinput',
    'input',
    'textInput',
    'compositionstart',
    'compositionupdate',
    'compositionend',
    'mousedown',
    'click',
  ])
    addEventListener(type, start, { capture: true })
  const longTasks: { start: number; duration: number }[] = []
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) longTasks.push({ start: e.startTime, duration: e.duration })
  }).observe({ type: 'longtask', buffered: true })
  ;(window as unknown as { __probe: unknown }).__probe = {
    arm() {
      let resolve = () => {}
      const done = new Promise<void>((r) => {
        resolve = r
      })
      armed = { t0: null, t1: 0, resolve, done }
    },
    async done(gap: number) {
      const a = armed!
      await a.done
      armed = null
      // The pause before the next key, as a quick typist leaves: idle work of the page runs in it.
      if (gap) await new Promise((r) => setTimeout(r, gap))
      return a.t1 - a.t0!
    },
    longTasks,
    /** Resolves after two frames and a task: what the page started has been drawn. */
    settled: () => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r)))),
  }
}

declare global {
  interface Window {
    __probe: {
      arm(): void
      done(gap: number): Promise<number>
      longTasks: { start: number; duration: number }[]
      settled(): Promise<void>
    }
  }
}

export async function newPage(browser: Browser): Promise<Page> {
  const page = await browser.newPage()
  await page.setBypassServiceWorker(true)
  await page.evaluateOnNewDocument(probe)
  page.on('pageerror', (e) => console.error('  [page error]', String(e)))
  if (process.env.BENCH_LOG) page.on('console', (m) => console.log('  [page]', m.text()))
  return page
}

/** The app's draft record for a document, with its summary, as the app stores them. */
export function draftRecord(doc: PMNode, id: string, now = Date.now()): DraftRecord {
  return {
    id,
    title: draftTitle(doc),
    createdAt: now,
    updatedAt: now,
    origin: 'bench',
    speech: speechToJSON(doc),
    rev: 1,
  }
}

/** Open the app's library (which creates its database), then store the drafts in it as they are. */
export async function openAppWith(page: Page, drafts: DraftRecord[]) {
  await page.goto(`${APP_URL}#/`)
  await page.waitForFunction(() => document.querySelector('jg-app')?.shadowRoot?.querySelector('jg-library'))
  await page.evaluate(
    async (records) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('jianggao')
        open.onsuccess = () => resolve(open.result)
        open.onerror = () => reject(open.error)
      })
      const tx = db.transaction(['drafts', 'summaries'], 'readwrite')
      for (const [record, summary] of records) {
        tx.objectStore('drafts').put(record)
        tx.objectStore('summaries').put(summary)
      }
      await new Promise((resolve, reject) => {
        tx.oncomplete = resolve
        tx.onerror = () => reject(tx.error)
      })
      db.close()
    },
    drafts.map((d) => [d, summaryOf(d)]),
  )
}

/** Open a stored draft in the editor and wait until it is drawn and its first work is done. */
export async function openDraft(page: Page, id: string) {
  await page.evaluate((id) => {
    location.hash = `#/draft/${id}`
  }, id)
  await page.waitForFunction(
    () =>
      (document.querySelector('jg-app')?.shadowRoot?.querySelector('jg-editor') as unknown as AppEditor | null)?.editor
        ?.editorView,
    { timeout: 120_000 },
  )
  await idle(page)
}

/** What the benchmarks reach of the app's editor page (names as in src/app/components/jg-editor.ts). */
export interface AppEditor extends HTMLElement {
  editor: {
    state: { doc: PMNode }
    editorView: { dom: HTMLElement; focus(): void }
    select(from: number, to: number): void
  } | null
}

/** Wait until the page has drawn and has had a quiet moment. */
export async function idle(page: Page) {
  await page.evaluate(() => window.__probe.settled())
  await page.evaluate(() => new Promise((r) => requestIdleCallback(r, { timeout: 2000 })))
  await page.evaluate(() => window.__probe.settled())
}

/** In the app: the cursor at the end of the `index`-th textblock, on screen. */
export async function appCursorAtEnd(page: Page, index: number) {
  await page.evaluate((index) => {
    const ed = (document.querySelector('jg-app')!.shadowRoot!.querySelector('jg-editor') as unknown as AppEditor)
      .editor!
    let end = -1
    let seen = 0
    ed.state.doc.descendants((node, pos) => {
      if (end >= 0) return false
      if (!node.isTextblock) return true
      if (seen++ === index) end = pos + 1 + node.content.size
      return false
    })
    if (end < 0) throw new RangeError(`No block ${index}`)
    ed.select(end, end)
  }, index)
  await idle(page)
}

/** The text of a draft as the bare page holds it: every textblock in order, headings by level. */
export function bareBlocks(doc: PMNode): BareBlock[] {
  const out: BareBlock[] = []
  const level: Record<string, number> = { title: 1, part_heading: 2, section_heading: 3 }
  doc.descendants((node) => {
    if (!node.isTextblock) return true
    let text = ''
    node.forEach((child) => {
      if (child.isText) text += child.text
      else if (child.type.name === 'slot') {
        const a = child.attrs as SlotAttrs
        text += a.value === null ? a.label : slotText(a)
      }
    })
    out.push([level[node.type.name] ?? 0, text])
    return false
  })
  return out
}

/** The `index`-th textblocks of a draft that are body paragraphs, spread about its middle. */
export function middleParagraphs(doc: PMNode, count: number): number[] {
  const paragraphs: number[] = []
  let index = 0
  doc.descendants((node) => {
    if (!node.isTextblock) return true
    if (node.type.name === 'paragraph' && node.textContent.length > 40) paragraphs.push(index)
    index++
    return false
  })
  // Every third about the middle; closer together (or again, round the list) in a short speech.
  const step = Math.max(1, Math.min(3, Math.floor(paragraphs.length / count)))
  const start = Math.max(0, Math.floor(paragraphs.length / 2) - Math.floor((count * step) / 2))
  return Array.from({ length: count }, (_, i) => paragraphs[(start + i * step) % paragraphs.length])
}

export async function openBare(browser: Browser, blocks: BareBlock[]): Promise<Page> {
  const page = await newPage(browser)
  await page.goto(`${APP_URL}bare.html`)
  await page.evaluate((blocks) => (window as unknown as { bare: { open(b: unknown): void } }).bare.open(blocks), blocks)
  await idle(page)
  return page
}

export async function bareCursorAtEnd(page: Page, index: number) {
  await page.evaluate(
    (index) => (window as unknown as { bare: { cursorAtEnd(i: number): void } }).bare.cursorAtEnd(index),
    index,
  )
  await idle(page)
}

/** One input as a user gives it: text committed (a Chinese character), a key pressed, or an IME composition. */
export type Input = { text: string } | { key: 'Backspace' | string } | { compose: string[]; commit: string }

/**
 * A round of typing: each input sent, then timed to the frame after paint; `gap` ms of quiet
 * after each. A composition counts each of its steps and its commit as one input each.
 */
export async function typeInputs(page: Page, cdp: CDPSession, inputs: Input[], gap: number): Promise<number[]> {
  const times: number[] = []
  const timed = async (send: () => Promise<unknown>) => {
    await page.evaluate(() => window.__probe.arm())
    await send()
    times.push(await page.evaluate((gap) => window.__probe.done(gap), gap))
  }
  for (const input of inputs) {
    if ('text' in input) await timed(() => cdp.send('Input.insertText', { text: input.text }))
    else if ('key' in input) await timed(() => page.keyboard.press(input.key as 'Backspace'))
    else {
      // A real IME announces itself with a keydown of key "Process" (keyCode 229) before composing.
      const processKey = { key: 'Process', code: '', windowsVirtualKeyCode: 229, nativeVirtualKeyCode: 229 }
      await cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...processKey })
      await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...processKey })
      for (const text of input.compose)
        await timed(() =>
          cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length }),
        )
      await timed(() => cdp.send('Input.insertText', { text: input.commit }))
    }
  }
  return times
}

const PHRASE = '推进就业创业工作取得新成效全年城镇新增就业人数完成目标任务'

/**
 * `n` inputs as a secretary types a sentence: mostly Chinese characters committed one by one,
 * digits pressed as keys, and a Backspace now and then.
 */
export function typing(n: number, seed = 0): Input[] {
  const out: Input[] = []
  for (let i = 0; out.length < n; i++) {
    const k = (i + seed) % 10
    if (k === 3 || k === 4) out.push({ key: String((i + seed) % 10) })
    else if (k === 8) out.push({ key: 'Backspace' })
    else out.push({ text: PHRASE[(i + seed) % PHRASE.length] })
  }
  return out
}

/** A four-character word typed through a pinyin IME: one step per letter, then the commit. */
export function imeWords(n: number): Input[] {
  const words: [string, string][] = [
    ['jiuyegongzuo', '就业工作'],
    ['shehuibaozhang', '社会保障'],
    ['renshikaoshi', '人事考试'],
    ['gaozhiliang', '高质发展'],
  ]
  return Array.from({ length: n }, (_, i) => {
    const [pinyin, commit] = words[i % words.length]
    return { compose: Array.from({ length: pinyin.length }, (_, k) => pinyin.slice(0, k + 1)), commit }
  })
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
}

export function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))]
}
