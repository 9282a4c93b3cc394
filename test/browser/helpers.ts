import { waitUntil } from '@open-wc/testing'
import { deleteDB } from 'idb'
import { executeServerCommand, sendKeys, sendMouse } from '@web/test-runner-commands'
import type { JgApp } from '../../src/app/components/jg-app'
import type { JgEditor } from '../../src/app/components/jg-editor'
import type { JgLibrary } from '../../src/app/components/jg-library'
import type { JgFigures } from '../../src/app/components/jg-figures'
import type { Node as PMNode } from 'prosemirror-model'
import { newDraft } from '../../src/app/drafts'
import { importText } from '../../src/core/import'
import '../../src/app/components/jg-app'

let counter = 0

/** A fresh app on its own database, as a user opening the page; `dispose` removes both. */
export async function mountApp(dbName = `jianggao-test-${Date.now()}-${counter++}`, hash = '#/') {
  // As index.html has it: the page fills the window, with no margin around it to scroll.
  document.body.style.margin = '0'
  location.hash = hash
  const app = document.createElement('jg-app') as JgApp
  app.setAttribute('db-name', dbName)
  document.body.append(app)
  await waitUntil(() => app.store !== null, 'storage did not open')
  await app.updateComplete
  return {
    app,
    dbName,
    /** Simulates a reload: a new app element on the same database and address. */
    async reload() {
      app.remove()
      return mountApp(dbName, location.hash)
    },
    async dispose() {
      app.remove()
      app.store?.close()
      location.hash = ''
      await deleteDB(dbName)
    },
  }
}

export async function library(app: JgApp): Promise<JgLibrary> {
  await waitUntil(() => app.shadowRoot!.querySelector('jg-library'), 'no library shown')
  const lib = app.shadowRoot!.querySelector('jg-library')!
  await waitUntil(() => lib.drafts !== null, 'drafts not listed')
  await lib.updateComplete
  return lib
}

/** The drafting page once its speech is open and (unless `checked: false`) checked. */
export async function editorPage(app: JgApp, { checked: wait = true } = {}): Promise<JgEditor> {
  // A ceiling, not a wait: the editor's code loads when a draft is first opened (a chunk of its own),
  // which on a loaded machine takes seconds for a file's first test; an editor that never opens still fails.
  await waitUntil(() => app.shadowRoot!.querySelector('jg-editor')?.editor, 'editor did not open', { timeout: 15000 })
  const page = app.shadowRoot!.querySelector('jg-editor')!
  await page.updateComplete
  if (wait) await checked(page)
  return page
}

/** A speech just opened is checked at the first pause (checks-plugin.ts): wait for that and the page's redraw. */
export async function checked(page: JgEditor) {
  // The editor may be between two (重新打开 after a restore in another tab puts a new one in): wait for one.
  await waitUntil(() => page.editor && !page.editor.checksPending, 'the speech was not checked', { timeout: 3000 })
  await page.editor!.pageRedrawn
  await page.updateComplete
}

export async function newDraftFrom(app: JgApp, templateId: string): Promise<JgEditor> {
  const lib = await library(app)
  lib.shadowRoot!.querySelector<HTMLButtonElement>(`li[data-template="${templateId}"] button.new`)!.click()
  return editorPage(app)
}

/**
 * An IME composing `compose` step by step, then committing (`commit` null: the composition is left
 * open); `noKey`: with no keydown of "Process" first, as some IMEs do.
 */
export function imeType(compose: string[], commit: string | null, noKey = false) {
  return executeServerCommand('ime-type', { compose, commit, noKey })
}

/** Text sent with no key press and no composition (voice input, handwriting, on-screen keyboards). */
export function keylessType(text: string) {
  return executeServerCommand('keyless-text', { text })
}

export const statusOf = (page: JgEditor) => page.shadowRoot!.querySelector('.status')!.textContent!.trim()

/**
 * A failed assertion's `actual` and `expected` travel to the test runner by structured clone; a
 * ProseMirror value (a selection, a node) cannot be cloned, and the runner would then wait for the
 * file forever instead of reporting the failure. Such values are sent as their text.
 */
afterEach(function () {
  const err = this.currentTest?.err as { actual?: unknown; expected?: unknown } | undefined
  if (!err) return
  for (const key of ['actual', 'expected'] as const) {
    try {
      structuredClone(err[key])
    } catch {
      err[key] = String(err[key])
    }
  }
})

/** The edit locks this browser holds on a draft or meeting record (its id ends the lock's name). */
export async function locksOn(id: string): Promise<number> {
  return ((await navigator.locks.query()).held ?? []).filter((l) => l.name?.endsWith(`:${id}`)).length
}

/**
 * Take a page out of the document and put it back while its record opens, as moving it would;
 * resolves when both of its attempts to open are over.
 */
export async function reattachWhileOpening(page: HTMLElement & { opened: Promise<void> }) {
  const first = page.opened
  const parent = page.parentNode
  if (!parent) throw new Error('the page is not in the document')
  page.remove()
  parent.append(page)
  await Promise.all([first, page.opened])
}

/** A draft of `doc`, stored and open in the editor. */
export async function openDraftOf(env: Awaited<ReturnType<typeof mountApp>>, doc: PMNode) {
  const record = newDraft(doc, 'test')
  await env.app.store!.saveDraft(record)
  location.hash = `#/draft/${record.id}`
  return { page: await editorPage(env.app), record }
}

/** A speech of test/fixtures (`path` below it), imported, stored and open in the editor with the focus in it. */
export async function openFixtureDraft(env: Awaited<ReturnType<typeof mountApp>>, path: string): Promise<JgEditor> {
  const text = await (await fetch(`/test/fixtures/${path}`)).text()
  const { page } = await openDraftOf(env, importText(text).doc)
  page.editor!.editorView!.focus()
  return page
}

/** A paste into the editor of `page`, as Ctrl+V gives it: plain text, and HTML when given. */
export function pasteInto(page: JgEditor, text: string, html = '') {
  const data = new DataTransfer()
  data.setData('text/plain', text)
  if (html) data.setData('text/html', html)
  page.editor!.editorView!.dom.dispatchEvent(
    new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
  )
}

/** The editor page's figures panel, shown. */
export async function showFigures(page: JgEditor) {
  page.shadowRoot!.querySelector<HTMLButtonElement>('button.tab-figures')!.click()
  await page.updateComplete
  const panel = page.shadowRoot!.querySelector<JgFigures>('jg-figures')!
  await panel.updateComplete
  return panel
}

/** A draft of `doc` open in the editor, with its figures panel showing. */
export async function openWithFigures(env: Awaited<ReturnType<typeof mountApp>>, doc: PMNode) {
  const { page } = await openDraftOf(env, doc)
  return { page, panel: await showFigures(page) }
}

/** Choose `file` in a file input, as the user's file dialog does. */
export function chooseFile(input: HTMLInputElement, file: File) {
  const dt = new DataTransfer()
  dt.items.add(file)
  input.files = dt.files
  input.dispatchEvent(new Event('change'))
}

/** Click the middle of `el` with the mouse, as the user does (the focus moves as a real click moves it). */
export async function clickOn(el: Element) {
  const box = el.getBoundingClientRect()
  await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] })
}

/** A key pressed with modifiers held: chord('Control', 'Shift', 'z'). */
export async function chord(...keys: string[]) {
  const held = keys.slice(0, -1)
  for (const k of held) await sendKeys({ down: k })
  await sendKeys({ press: keys[keys.length - 1] })
  for (const k of held.reverse()) await sendKeys({ up: k })
}

/** A short 人社 speech with two figures in its review, for the figures library tests. */
export const SPEECH = `全县人社工作会议讲话
同志们：
今天召开会议，总结2025年工作，部署2026年任务。
一、2025年工作回顾
全年城镇新增就业3250人，城镇登记失业率控制在2.8%。
二、2026年工作任务
确保全年城镇新增就业3300人。
三、工作要求
一要严。
同志们，谢谢！`
