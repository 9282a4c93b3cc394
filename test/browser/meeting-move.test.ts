/**
 * The record form after an agenda item is moved: every row's select shows its own item's action
 * (tryout 14 C3: after 上移 twice the main speech's select showed 表彰 while its line said 讲话).
 * An option whose selectedness a script (or the user) set ignores later changes of its
 * `selected` attribute, so a row that shows another item after a move kept the old choice; the
 * form must set the select's value itself.
 */
import { expect } from '@open-wc/testing'
import type { JgMeeting } from '../../src/app/components/jg-meeting'
import { mountApp } from './helpers'
import { clickForm, formOf, meetingPage, storeExample } from './meeting-helpers'

type Env = Awaited<ReturnType<typeof mountApp>>

/** Each row's select value and its grey line, as the user sees them. */
function rows(page: JgMeeting): { select: string; phrase: string }[] {
  return [...formOf(page).shadowRoot!.querySelectorAll('.item')].map((row) => ({
    select: row.querySelector('select')!.value,
    phrase: row.querySelector('.phrase')!.textContent ?? '',
  }))
}

/** Choose an action in a row's select as puppeteer's ElementHandle.select does (the tryout's): every option unselected, the chosen one selected, then input and change. */
async function choose(page: JgMeeting, path: string, action: string) {
  const select = formOf(page).shadowRoot!.querySelector<HTMLSelectElement>(`select[data-path="${path}"]`)!
  for (const option of select.options) option.selected = false
  for (const option of select.options)
    if (option.value === action) {
      option.selected = true
      break
    }
  select.dispatchEvent(new Event('input', { bubbles: true }))
  select.dispatchEvent(new Event('change', { bubbles: true }))
  await page.updateComplete
  await page.flush()
  await page.updateComplete
  await formOf(page).updateComplete
  // Let the browser render the choice, as it does between a user's choice and the next click.
  await new Promise((resolve) => setTimeout(resolve, 300))
}

describe('moving agenda items', () => {
  let env: Env
  beforeEach(async () => {
    env = await mountApp()
  })
  afterEach(async () => {
    await env.dispose()
  })

  it('each select shows its own item’s action after an item is moved up twice', async () => {
    const record = await storeExample(env.app.store!)
    location.hash = `#/meeting/${record.id}`
    const page = await meetingPage(env.app)
    await clickForm(page, 'button.add-item')
    await choose(page, 'items.2.action', '表彰')
    await clickForm(page, '.item[data-index="2"] button.up')
    await clickForm(page, '.item[data-index="1"] button.up')
    const actions = page.session!.meeting.items.map((i) => i.action)
    expect(actions).to.deep.equal(['表彰', '宣读', '讲话'])
    expect(rows(page).map((r) => r.select)).to.deep.equal(actions)
    // The grey line says the same as the select.
    expect(rows(page)[2].phrase).to.contain('讲话')
  })

  it('a select whose shown value drifted from the record is set back on the next render', async () => {
    // The tryout's browser showed a row's select out of step with its item (its options'
    // attributes unchanged, so nothing told the select); this test puts a select out of step by
    // script, as the row the tryout saw was, and asks the form to follow the record.
    const record = await storeExample(env.app.store!)
    location.hash = `#/meeting/${record.id}`
    const page = await meetingPage(env.app)
    await clickForm(page, 'button.add-item')
    await choose(page, 'items.2.action', '表彰')
    const first = formOf(page).shadowRoot!.querySelector<HTMLSelectElement>('select[data-path="items.0.action"]')!
    first.value = '其他'
    await clickForm(page, '.item[data-index="2"] button.up')
    expect(rows(page).map((r) => r.select)).to.deep.equal(page.session!.meeting.items.map((i) => i.action))
  })
})
