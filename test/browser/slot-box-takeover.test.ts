/**
 * A draft taken over by a second tab (real Web Locks, BroadcastChannel and IndexedDB, two apps on
 * one database as two tabs are): what the first tab left in a slot's open input, and what it had
 * typed but could not store, go on in the second tab; what cannot be put back is said, not dropped.
 */
import { expect, waitUntil } from '@open-wc/testing'
import { sendKeys } from '@web/test-runner-commands'
import { TextSelection } from 'prosemirror-state'
import type { JgApp } from '../../src/app/components/jg-app'
import type { JgEditor } from '../../src/app/components/jg-editor'
import type { DraftRecord } from '../../src/app/store/db'
import { mountApp } from './helpers'
import {
  openWithEmptySlot,
  goneWithoutBlur,
  shownStatus,
  slotInput,
  slotValue,
  storedSlotValue,
  takeOverInSecondTab,
  typeIntoSlot,
} from './slot-box-helpers'

type Env = Awaited<ReturnType<typeof mountApp>>

const notice = (page: JgEditor) => page.shadowRoot!.querySelector('.notice')?.textContent ?? ''

describe('a draft taken over by another tab', () => {
  let env: Env
  let second: JgApp | null = null
  beforeEach(async () => {
    env = await mountApp()
  })
  afterEach(async () => {
    second?.remove()
    second?.store?.close()
    second = null
    await env.dispose()
  })

  const stored = async (id: string): Promise<DraftRecord> => (await env.app.store!.getDraft(id))!

  it('puts the figure left in a slot’s open input in the first tab into that slot in the second', async () => {
    const { page: first, id, slot } = await openWithEmptySlot(env)
    await typeIntoSlot(first, slot.pos, '10.2')
    const taken = await takeOverInSecondTab(env, first)
    second = taken.second
    const page = taken.page
    await waitUntil(
      () => slotValue(page, slot.pos) === '10.2',
      'the figure typed in the first tab is not in its slot here',
    )
    expect(notice(page)).to.contain(slot.attrs.label).and.to.contain('10.2')
    await page.flush()
    expect(await shownStatus(page)).to.equal('已保存')
    expect(await storedSlotValue(env.app.store!, id, slot.pos)).to.equal('10.2')
    expect((await stored(id)).slotBox).to.equal(undefined)
  })

  it('closes the open input in the tab that handed the draft over, and says in its notice where the text went', async () => {
    const { page: first, id, slot } = await openWithEmptySlot(env)
    await typeIntoSlot(first, slot.pos, '10.2')
    // Two tabs are two windows: the focus the second takes does not blur the first's input, as it
    // would with both apps in this one test page.
    const blurs = goneWithoutBlur()
    const taken = await takeOverInSecondTab(env, first).finally(blurs)
    second = taken.second
    await first.updateComplete
    expect(slotInput(first), 'the first tab’s input is still open').to.equal(null)
    expect(slotValue(first, slot.pos), 'nothing entered in the first tab').to.equal(null)
    const banner = first.shadowRoot!.querySelector('.save-error.readonly')!.textContent!
    expect(banner).to.contain('已转到另一个标签页编辑')
    expect(banner).to.contain(
      `空位“${slot.attrs.label}”里输入、还没有填入的“10.2”已一起转到那个标签页，这里的输入框已关闭`,
    )
    expect(first.session!.unsaved, 'leaving the first tab would ask about the text handed over').to.equal(false)
    await waitUntil(() => slotValue(taken.page, slot.pos) === '10.2', 'the text did not go to the second tab')
    await taken.page.flush()
    expect(await storedSlotValue(env.app.store!, id, slot.pos)).to.equal('10.2')
  })

  it('says in Chinese what the first tab’s open input held when its slot is no longer there, and stores the draft without it', async () => {
    const { page: first, id, slot } = await openWithEmptySlot(env)
    await first.flush()
    // The record names a slot input whose slot is gone from its text (a record an older version
    // wrote): the first tab has nothing unsaved, so it hands over the record as it is.
    const record = await stored(id)
    await env.app.store!.writeDraft(
      { ...record, slotBox: { pos: slot.pos, label: '不存在的指标', text: '66' } },
      record.rev!,
    )
    const taken = await takeOverInSecondTab(env, first)
    second = taken.second
    const page = taken.page
    expect(notice(page)).to.contain('不存在的指标').and.to.contain('66').and.to.contain('重新填写')
    await page.flush()
    expect((await stored(id)).slotBox).to.equal(undefined)
    expect(slotValue(page, slot.pos)).to.equal(null)
  })

  it('takes up what the first tab typed and could not store before it let go', async () => {
    const { page: first, id } = await openWithEmptySlot(env)
    await first.flush()
    // The first tab's saves fail (a full disk): its typing is only in its write-ahead copy.
    env.app.store!.writeDraft = () => Promise.reject(new DOMException('The disk is full.', 'QuotaExceededError'))
    const view = first.editor!.editorView!
    view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, 3)))
    view.focus()
    await sendKeys({ type: 'UNSAVED' })
    expect(first.editor!.state.doc.textContent.includes('UNSAVED'), 'typed in the first tab').to.equal(true)
    await first.flush()
    expect(JSON.stringify((await stored(id)).speech)).not.to.contain('UNSAVED')
    const taken = await takeOverInSecondTab(env, first)
    second = taken.second
    const page = taken.page
    expect(page.editor!.state.doc.textContent.includes('UNSAVED'), 'the first tab’s typing is here').to.equal(true)
    await page.flush()
    expect(await shownStatus(page)).to.equal('已保存')
    expect(JSON.stringify((await second.store!.getDraft(id))!.speech)).to.contain('UNSAVED')
  })
})
