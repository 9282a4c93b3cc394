import { waitUntil } from '@open-wc/testing'
import type { JgApp } from '../../src/app/components/jg-app'
import type { JgMeeting } from '../../src/app/components/jg-meeting'
import type { JgMeetingForm } from '../../src/app/components/jg-meeting-form'
import type { JgEditor } from '../../src/app/components/jg-editor'
import { checked } from './helpers'
import { parseMeetingFile, type MeetingDocKind } from '../../src/core/meeting'
import { newId, Store, type MeetingRecord } from '../../src/app/store/db'
import { generateMeetingDocument } from '../../src/app/meetings'
import '../../src/app/components/jg-meeting'

/** The example meeting (test/fixtures/meeting-2027.json), stored; returns its record. */
export async function storeExample(store: Store, change: (m: MeetingRecord['meeting']) => void = () => undefined) {
  const text = await (await fetch('/test/fixtures/meeting-2027.json')).text()
  const meeting = parseMeetingFile(text)
  meeting.items[1].speech = null
  change(meeting)
  const record: MeetingRecord = { id: newId(), createdAt: Date.now(), updatedAt: Date.now(), meeting }
  await store.saveMeeting(record)
  return record
}

/** A document of a stored meeting, generated as the record page does; returns its draft id. */
export function generate(store: Store, record: MeetingRecord, kind: MeetingDocKind) {
  return generateMeetingDocument(store, record, kind)
}

/** Open a draft in the app's editor; resolves with the editor of that draft (not the page it replaces). */
export async function openDraft(app: JgApp, id: string): Promise<JgEditor> {
  location.hash = `#/draft/${id}`
  await waitUntil(
    () => {
      const page = app.shadowRoot!.querySelector('jg-editor')
      return page?.draftId === id && page.editor
    },
    'editor did not open',
    { timeout: 5000 },
  )
  const page = app.shadowRoot!.querySelector('jg-editor')!
  await page.updateComplete
  await checked(page)
  return page
}

/** The record page the app shows, once its record is open. */
export async function meetingPage(app: JgApp): Promise<JgMeeting> {
  await waitUntil(() => app.shadowRoot!.querySelector('jg-meeting')?.session, 'meeting page did not open', {
    timeout: 5000,
  })
  const page = app.shadowRoot!.querySelector('jg-meeting')!
  await page.updateComplete
  return page
}

/**
 * A record page of its own on the same database: another tab, as far as locks, messages and
 * storage go (the app's pages follow the one address this document has).
 */
export async function otherTab(dbName: string, meetingId: string) {
  const store = await Store.open(dbName)
  const page = document.createElement('jg-meeting')
  page.store = store
  page.meetingId = meetingId
  document.body.append(page)
  await waitUntil(() => page.session, 'other tab did not open the record')
  await page.updateComplete
  return {
    page,
    store,
    close() {
      page.remove()
      store.close()
    },
  }
}

export const formOf = (page: JgMeeting): JgMeetingForm => page.shadowRoot!.querySelector('jg-meeting-form')!

/** Type a value into the record form and leave the field, as a user does; resolves once stored. */
export async function setField(page: JgMeeting, path: string, text: string) {
  const form = formOf(page)
  await form.updateComplete
  const input = form.shadowRoot!.querySelector<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(
    `[data-path="${path}"]`,
  )
  if (!input) throw new Error(`no input for ${path}`)
  input.value = text
  input.dispatchEvent(new Event('change'))
  await page.updateComplete
  await page.flush()
  await page.updateComplete
  await form.updateComplete
}

/** Click a button of the record form. */
export async function clickForm(page: JgMeeting, selector: string) {
  const form = formOf(page)
  form.shadowRoot!.querySelector<HTMLButtonElement>(selector)!.click()
  await page.updateComplete
  await page.flush()
  await page.updateComplete
  await form.updateComplete
}

export const messageBeside = (page: JgMeeting, path: string) =>
  formOf(page).shadowRoot!.querySelector(`[data-path="${path}"]`)?.closest('.field, .row')?.querySelector('.msg')
    ?.textContent ?? ''

export const pageStatus = (page: JgMeeting) => page.shadowRoot!.querySelector('.status')!.textContent!.trim()

/** The chip of the first field slot with this label, in an open editor. */
export function chip(page: JgEditor, label: string): HTMLElement | null {
  return page.editor!.editorView!.dom.querySelector<HTMLElement>(`.slot.field[data-label="${label}"]`)
}
