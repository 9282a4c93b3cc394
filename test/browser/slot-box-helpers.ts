/** A slot's input in the editor page, as the tests of keeping what it holds use it. */
import { expect, waitUntil } from '@open-wc/testing'
import { sendKeys } from '@web/test-runner-commands'
import { NodeSelection } from 'prosemirror-state'
import type { JgApp } from '../../src/app/components/jg-app'
import type { JgEditor } from '../../src/app/components/jg-editor'
import type { JgSaveStatus } from '../../src/app/components/jg-save-status'
import type { Store } from '../../src/app/store/db'
import { newDraft } from '../../src/app/drafts'
import { importText } from '../../src/core/import'
import { slotsOf, type SlotEntry } from '../../src/core/outline'
import { speechFromJSON } from '../../src/core/serialize'
import { editorPage, type mountApp, statusOf } from './helpers'

type Env = Awaited<ReturnType<typeof mountApp>>

/** A speech whose figures are empty slots, opened in the editor, and its first empty number slot. */
export async function openWithEmptySlot(env: Env): Promise<{ page: JgEditor; id: string; slot: SlotEntry }> {
  const text = await (await fetch('/test/fixtures/seed-hrss-2022.txt')).text()
  const record = newDraft(importText(text).doc, 'import')
  await env.app.store!.saveDraft(record)
  location.hash = `#/draft/${record.id}`
  const page = await editorPage(env.app)
  const slot = slotsOf(page.editor!.state.doc).find((s) => s.attrs.role === 'metric' && s.attrs.value === null)!
  return { page, id: record.id, slot }
}

/** Select the slot at `pos` and type into it, as a user does: its input opens and holds what is typed. */
export async function typeIntoSlot(page: JgEditor, pos: number, typed: string) {
  page.editor!.run((state, dispatch) => {
    dispatch?.(state.tr.setSelection(NodeSelection.create(state.doc, pos)))
    return true
  })
  await sendKeys({ type: typed })
  expect(slotInput(page)?.value).to.equal(typed)
}

/** The status line as drawn once it has caught up with the session. */
export async function shownStatus(page: JgEditor): Promise<string> {
  await page.shadowRoot!.querySelector<JgSaveStatus>('jg-save-status')!.updateComplete
  return statusOf(page)
}

export const slotInput = (page: JgEditor) => page.shadowRoot!.querySelector<HTMLInputElement>('.slot-input')
export const slotValue = (page: JgEditor, pos: number) =>
  slotsOf(page.editor!.state.doc).find((s) => s.pos === pos)?.attrs.value
export const storedSlotValue = async (store: Store, id: string, pos: number) =>
  slotsOf(speechFromJSON((await store.getDraft(id))!.speech)).find((s) => s.pos === pos)?.attrs.value

/**
 * A reload or a crash takes the page away without blurring the input that has the focus (which
 * would commit a slot's input); taking the app out of this test page would blur it. Returns the
 * function that lets blurs through again.
 */
export function goneWithoutBlur(): () => void {
  const stop = (e: Event) => e.stopImmediatePropagation()
  addEventListener('blur', stop, true)
  return () => removeEventListener('blur', stop, true)
}

/** A second tab on the draft the first shows: it opens read-only, then asks for the draft and gets it. */
export async function takeOverInSecondTab(env: Env, first: JgEditor): Promise<{ second: JgApp; page: JgEditor }> {
  const second = document.createElement('jg-app') as JgApp
  second.setAttribute('db-name', env.dbName)
  document.body.append(second)
  const page = await editorPage(second)
  await waitUntil(() => statusOf(page) === '只读', 'the second tab did not open read-only')
  page.shadowRoot!.querySelector<HTMLButtonElement>('button.take-over')!.click()
  await waitUntil(() => page.session?.editable, 'the second tab did not get the draft')
  await waitUntil(() => statusOf(first) === '只读', 'the first tab did not hand the draft over')
  await page.updateComplete
  return { second, page }
}
