/**
 * What a slot's open input holds is saved with the draft's record (real IndexedDB), on the
 * schedule typed text is: so it survives a browser killed before localStorage reached the disk.
 * It leaves the record once the input closes, goes with the record into a backup and back, and is
 * put in its slot once, and only where that slot still is.
 */
import { expect, waitUntil } from '@open-wc/testing'
import { sendKeys } from '@web/test-runner-commands'
import type { JgEditor } from '../../src/app/components/jg-editor'
import type { DraftRecord } from '../../src/app/store/db'
import { duplicateDraft } from '../../src/app/drafts'
import { walKey } from '../../src/app/session/wal'
import { parseBackup } from '../../src/core/backup'
import type { SlotAttrs } from '../../src/core/schema'
import { slotsOf } from '../../src/core/outline'
import { editorPage, mountApp, statusOf } from './helpers'
import {
  goneWithoutBlur,
  openWithEmptySlot,
  slotInput,
  slotValue,
  storedSlotValue,
  typeIntoSlot,
} from './slot-box-helpers'

type Env = Awaited<ReturnType<typeof mountApp>>

const notice = (page: JgEditor) => page.shadowRoot!.querySelector('.notice')?.textContent ?? ''

describe('an open slot input in the stored record', () => {
  /** The app as last mounted on the test's database (a reload mounts a new one). */
  let env: Env
  beforeEach(async () => {
    env = await mountApp()
  })
  afterEach(async () => {
    await env.dispose()
  })

  const stored = async (id: string): Promise<DraftRecord> => (await env.app.store!.getDraft(id))!

  /**
   * The page goes away as when the whole browser is killed: no blur, no pagehide, and on disk the
   * write-ahead copy `copy` (an earlier one than the page had), or none. Returns the page opened
   * again on the same database.
   */
  async function killed(id: string, copy: string | null = null): Promise<JgEditor> {
    const blurs = goneWithoutBlur()
    if (copy === null) localStorage.removeItem(walKey(env.dbName, id))
    else localStorage.setItem(walKey(env.dbName, id), copy)
    env = await env.reload()
    blurs()
    const again = await editorPage(env.app)
    await again.opened
    return again
  }

  /** Every save from now on is cut short, as the browser's death would cut it. */
  function savesFail() {
    env.app.store!.writeDraft = () => Promise.reject(new DOMException('The transaction was aborted.', 'AbortError'))
  }

  it('is saved with the record, and read back, while the input stays open and 未保存', async () => {
    const { page, id, slot } = await openWithEmptySlot(env)
    await typeIntoSlot(page, slot.pos, '10.2')
    await page.flush()
    expect((await stored(id)).slotBox).to.deep.equal({ pos: slot.pos, label: slot.attrs.label, text: '10.2' })
    expect(await storedSlotValue(env.app.store!, id, slot.pos)).to.equal(null)
    expect(statusOf(page)).to.equal('有未保存的修改')
  })

  it('is not copied with the draft: the copy opens without the original’s open input', async () => {
    const { page, id, slot } = await openWithEmptySlot(env)
    await typeIntoSlot(page, slot.pos, '10.2')
    await page.flush()
    expect((await stored(id)).slotBox?.text).to.equal('10.2')
    const copy = await duplicateDraft(env.app.store!, id)
    expect((await stored(copy.id)).slotBox).to.equal(undefined)
    expect((await stored(id)).slotBox?.text).to.equal('10.2')
  })

  it('comes back from the record alone when the write-ahead copy never reached the disk, once', async () => {
    const { page, id, slot } = await openWithEmptySlot(env)
    await typeIntoSlot(page, slot.pos, '10.2')
    await page.flush()
    const again = await killed(id)
    expect(slotValue(again, slot.pos)).to.equal('10.2')
    expect(notice(again)).to.contain('10.2')
    await again.flush()
    expect(statusOf(again)).to.equal('已保存')
    expect(await storedSlotValue(env.app.store!, id, slot.pos)).to.equal('10.2')
    expect((await stored(id)).slotBox, 'put in, it leaves the record').to.equal(undefined)
  })

  /** The figures library's value of the slot's figure (undefined: none). */
  async function inLibrary({ label, year, kind }: SlotAttrs) {
    const { metrics, values } = await env.app.store!.loadFigures()
    const key = metrics.find((m) => m.label === label)?.key
    return values.find((v) => v.metric === key && v.year === year && v.kind === kind)?.value
  }

  it('put back in its slot, goes into the figures library as a figure typed and entered does', async () => {
    const { page, id, slot } = await openWithEmptySlot(env)
    await typeIntoSlot(page, slot.pos, '10.2')
    await page.flush()
    const again = await killed(id)
    expect(slotValue(again, slot.pos)).to.equal('10.2')
    await waitUntil(
      async () => (await inLibrary(slot.attrs)) === '10.2',
      'the recovered figure never reached the library',
    )
    expect(again.figures.index.value(slot.attrs.label, slot.attrs.year, slot.attrs.kind)?.value).to.equal('10.2')
  })

  it('entered as the page went away, its library write lost with the page: recovered into the library too', async () => {
    const { page, id, slot } = await openWithEmptySlot(env)
    await typeIntoSlot(page, slot.pos, '10.2')
    // The page is dying: neither the draft's save nor the library's write lands.
    savesFail()
    env.app.store!.saveFigures = () => new Promise(() => {})
    slotInput(page)!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }))
    expect(slotValue(page, slot.pos)).to.equal('10.2')
    const copy = localStorage.getItem(walKey(env.dbName, id))!
    const again = await killed(id, copy)
    expect(slotValue(again, slot.pos)).to.equal('10.2')
    expect(notice(again)).to.contain('已恢复')
    await waitUntil(
      async () => (await inLibrary(slot.attrs)) === '10.2',
      'the recovered figure never reached the library',
    )
  })

  it('entered and undone before the page went away: the recovered speech shows no figure, the library gets none', async () => {
    const { page, id, slot } = await openWithEmptySlot(env)
    savesFail()
    const saveFigures = env.app.store!.saveFigures.bind(env.app.store)
    env.app.store!.saveFigures = () => new Promise(() => {})
    await typeIntoSlot(page, slot.pos, '10.2')
    slotInput(page)!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }))
    page.editor!.undo()
    expect(slotValue(page, slot.pos)).to.equal(null)
    const copy = localStorage.getItem(walKey(env.dbName, id))!
    env.app.store!.saveFigures = saveFigures
    const again = await killed(id, copy)
    expect(slotValue(again, slot.pos)).to.equal(null)
    // A figure entered now is written after anything the reopened page wrote before it.
    const other = slotsOf(again.editor!.state.doc).find(
      (s) => s.attrs.role === 'metric' && s.attrs.value === null && s.attrs.label !== slot.attrs.label,
    )!
    await typeIntoSlot(again, other.pos, '7')
    slotInput(again)!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }))
    await waitUntil(async () => (await inLibrary(other.attrs)) === '7', 'the barrier figure was not stored')
    expect(await inLibrary(slot.attrs)).to.equal(undefined)
  })

  it('is the later of the two: a copy on disk older than the save does not win', async () => {
    const { page, id, slot } = await openWithEmptySlot(env)
    await typeIntoSlot(page, slot.pos, '3')
    // The copy is written right after the frame that shows the key (wal.ts), not in its task.
    await waitUntil(
      () => localStorage.getItem(walKey(env.dbName, id))?.includes('"text":"3"'),
      'the open input never reached the copy',
    )
    const older = localStorage.getItem(walKey(env.dbName, id))!
    await sendKeys({ type: '250' })
    await page.flush()
    expect((await stored(id)).slotBox?.text).to.equal('3250')
    const again = await killed(id, older)
    expect(slotValue(again, slot.pos)).to.equal('3250')
  })

  it('is the later of the two: the copy wins when it went on after the last save', async () => {
    const { page, id, slot } = await openWithEmptySlot(env)
    await typeIntoSlot(page, slot.pos, '3')
    await page.flush()
    savesFail()
    await sendKeys({ type: '250' })
    await waitUntil(
      () => localStorage.getItem(walKey(env.dbName, id))?.includes('"text":"3250"'),
      'the open input never reached the copy',
    )
    const later = localStorage.getItem(walKey(env.dbName, id))!
    expect((await stored(id)).slotBox?.text).to.equal('3')
    const again = await killed(id, later)
    expect(slotValue(again, slot.pos)).to.equal('3250')
  })

  it('leaves the record once its figure is entered, and is not put in again', async () => {
    const { page, id, slot } = await openWithEmptySlot(env)
    await typeIntoSlot(page, slot.pos, '8')
    await page.flush()
    expect((await stored(id)).slotBox?.text).to.equal('8')
    slotInput(page)!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }))
    await page.flush()
    expect((await stored(id)).slotBox).to.equal(undefined)
    expect(await storedSlotValue(env.app.store!, id, slot.pos)).to.equal('8')
    const again = await killed(id)
    expect(slotValue(again, slot.pos)).to.equal('8')
    expect(slotInput(again)).to.equal(null)
    expect(notice(again)).not.to.contain('空位')
  })

  it('leaves the record once the input is given up, and does not come back', async () => {
    const { page, id, slot } = await openWithEmptySlot(env)
    await typeIntoSlot(page, slot.pos, '8')
    await page.flush()
    slotInput(page)!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }))
    await page.flush()
    expect((await stored(id)).slotBox).to.equal(undefined)
    expect(statusOf(page)).to.equal('已保存')
    const again = await killed(id)
    expect(slotValue(again, slot.pos)).to.equal(null)
    expect(slotInput(again)).to.equal(null)
  })

  it('is not put in a slot that is not the one it was typed in, and leaves the record', async () => {
    const { page, id, slot } = await openWithEmptySlot(env)
    await page.flush()
    const record = await stored(id)
    // A record whose input names another slot than the one at its place (as a tampered backup could).
    await env.app.store!.writeDraft(
      { ...record, slotBox: { pos: slot.pos, label: '别的指标', text: '9' } },
      record.rev!,
    )
    const again = await killed(id)
    expect(slotValue(again, slot.pos)).to.equal(null)
    expect(slotInput(again)).to.equal(null)
    expect(notice(again)).to.contain('别的指标')
    await again.flush()
    expect((await stored(id)).slotBox).to.equal(undefined)
  })

  it('goes into a backup and comes back from it; a backup without it restores as before', async () => {
    const { page, id, slot } = await openWithEmptySlot(env)
    await typeIntoSlot(page, slot.pos, '10.2')
    await page.flush()
    const text = JSON.stringify(await env.app.store!.backup())
    const backup = parseBackup(text)
    expect(backup.drafts.find((d) => d.id === id)?.slotBox?.text).to.equal('10.2')
    // A backup made before records held the input: the same, without the field.
    const older = parseBackup(text)
    for (const d of older.drafts) delete d.slotBox

    await env.app.store!.restore(older)
    const afterOld = await killed(id)
    expect(slotValue(afterOld, slot.pos)).to.equal(null)
    expect(slotInput(afterOld)).to.equal(null)
    expect(notice(afterOld)).not.to.contain('10.2')

    await env.app.store!.restore(backup)
    const afterNew = await killed(id)
    expect(slotValue(afterNew, slot.pos)).to.equal('10.2')
    await afterNew.flush()
    expect(await storedSlotValue(env.app.store!, id, slot.pos)).to.equal('10.2')
  })
})
