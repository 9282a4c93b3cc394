/**
 * The write-ahead log's durable copy in IndexedDB (real IndexedDB and localStorage): a killed
 * browser keeps what IndexedDB committed but not what localStorage had not put on disk yet, so
 * a page opened again takes the later of the two copies.
 */
import { expect, waitUntil } from '@open-wc/testing'
import { sendKeys } from '@web/test-runner-commands'
import { TextSelection } from 'prosemirror-state'
import type { JgEditor } from '../../src/app/components/jg-editor'
import { readWal, walKey, type WalRecord } from '../../src/app/session/wal'
import { editorPage, mountApp } from './helpers'
import { goneWithoutBlur, openWithEmptySlot } from './slot-box-helpers'

type Env = Awaited<ReturnType<typeof mountApp>>

const has = (page: JgEditor, words: string) => page.editor!.state.doc.textContent.includes(words)
const notice = (page: JgEditor) => page.shadowRoot!.querySelector('.notice')?.textContent ?? ''

describe('the durable copy of the write-ahead log', () => {
  let env: Env
  beforeEach(async () => {
    env = await mountApp()
  })
  afterEach(async () => {
    await env.dispose()
  })

  /** Type `words` in the speech while its saves fail: they are only in the two copies of the log. */
  async function typedUnsaved(page: JgEditor, words: string) {
    env.app.store!.writeDraft = () => Promise.reject(new DOMException('The disk is full.', 'QuotaExceededError'))
    const view = page.editor!.editorView!
    view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, 3)))
    view.focus()
    await sendKeys({ type: words })
    expect(has(page, words), 'typed').to.equal(true)
  }

  /**
   * The durable copy once both copies are written (right after the frame of the change) and its
   * writes have caught up with the log in localStorage.
   */
  async function mirrored(id: string): Promise<WalRecord> {
    let copy: WalRecord | undefined
    await waitUntil(async () => {
      const local = readWal(localStorage, walKey(env.dbName, id))
      // The store keeps the copy as the session wrote it: a log.
      copy = (await env.app.store!.getWal(id)) as WalRecord | undefined
      return local !== null && copy?.at === local.at
    }, 'the durable copy did not catch up')
    return copy!
  }

  /** The browser killed: localStorage holds `local` (null: nothing), IndexedDB what it committed. */
  async function killed(id: string, local: string | null): Promise<JgEditor> {
    const blurs = goneWithoutBlur()
    if (local === null) localStorage.removeItem(walKey(env.dbName, id))
    else localStorage.setItem(walKey(env.dbName, id), local)
    env = await env.reload()
    blurs()
    const page = await editorPage(env.app)
    await page.opened
    return page
  }

  it('brings back what localStorage lost, and says so', async () => {
    const { page, id } = await openWithEmptySlot(env)
    await typedUnsaved(page, '杀前一刻')
    await mirrored(id)
    const again = await killed(id, null)
    expect(has(again, '杀前一刻')).to.equal(true)
    expect(notice(again)).to.contain('已恢复')
  })

  it('gives way to a later copy in localStorage', async () => {
    const { page, id } = await openWithEmptySlot(env)
    await typedUnsaved(page, '先打')
    const older = await mirrored(id)
    await sendKeys({ type: '后打' })
    await mirrored(id)
    const later = localStorage.getItem(walKey(env.dbName, id))!
    await env.app.store!.putWal(id, older)
    const again = await killed(id, later)
    expect(has(again, '先打后打')).to.equal(true)
  })

  it('wins over an earlier copy in localStorage', async () => {
    const { page, id } = await openWithEmptySlot(env)
    await typedUnsaved(page, '先打')
    await mirrored(id)
    const earlier = localStorage.getItem(walKey(env.dbName, id))!
    await sendKeys({ type: '后打' })
    await mirrored(id)
    const again = await killed(id, earlier)
    expect(has(again, '先打后打')).to.equal(true)
  })

  it('is gone once a save includes everything, and goes with its draft', async () => {
    const { page, id } = await openWithEmptySlot(env)
    const view = page.editor!.editorView!
    view.dispatch(view.state.tr.insertText('存了', 3))
    await page.flush()
    await waitUntil(async () => (await env.app.store!.getWal(id)) === undefined, 'the durable copy stayed')
    await env.app.store!.putWal(id, { session: 'x', baseRev: 1, entries: [], at: 1 })
    await env.app.store!.deleteDraft(id)
    expect(await env.app.store!.getWal(id)).to.equal(undefined)
  })

  it('drops without a word a copy older than another session’s save, as a killed browser can bring back', async () => {
    const { page, id } = await openWithEmptySlot(env)
    const view = page.editor!.editorView!
    view.dispatch(view.state.tr.insertText('存好', 3))
    await page.flush()
    const saved = (await env.app.store!.getDraft(id))!
    // A log of an earlier session, of the revision before, last written before this save.
    const old = {
      session: 'earlier',
      baseRev: (saved.rev ?? 1) - 1,
      entries: [{ seq: 1, steps: [] }],
      at: saved.updatedAt - 1000,
    }
    const again = await killed(id, JSON.stringify(old))
    expect(has(again, '存好')).to.equal(true)
    expect(notice(again)).not.to.contain('无法安全合并')
    expect(localStorage.getItem(walKey(env.dbName, id))).to.equal(null)
  })
})
