/**
 * Changes recovered from a write-ahead copy (on opening after a crash, or taken up from another
 * tab) stay on disk until a save that includes them has committed (real IndexedDB, localStorage,
 * Web Locks): when that save fails (a full disk) and the page then goes away, the next page to
 * open the draft still has them.
 */
import { expect, waitUntil } from '@open-wc/testing'
import { sendKeys } from '@web/test-runner-commands'
import { TextSelection } from 'prosemirror-state'
import type { JgApp } from '../../src/app/components/jg-app'
import type { JgEditor } from '../../src/app/components/jg-editor'
import { Store } from '../../src/app/store/db'
import { readWal, walKey } from '../../src/app/session/wal'
import { editorPage, mountApp } from './helpers'
import { goneWithoutBlur, openWithEmptySlot, takeOverInSecondTab } from './slot-box-helpers'

type Env = Awaited<ReturnType<typeof mountApp>>

const full = () => Promise.reject(new DOMException('The disk is full.', 'QuotaExceededError'))
const has = (page: JgEditor, words: string) => page.editor!.state.doc.textContent.includes(words)

/** Type `words` in the speech of a page whose saves fail: they are only in its write-ahead copy. */
async function typedUnsaved(env: Env, page: JgEditor, words: string) {
  env.app.store!.writeDraft = full
  const view = page.editor!.editorView!
  view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, 3)))
  view.focus()
  await sendKeys({ type: words })
  expect(has(page, words), 'typed').to.equal(true)
  await page.flush()
}

describe('changes recovered from a write-ahead copy whose save fails', () => {
  let env: Env
  let second: JgApp | null = null
  const realWrite = Store.prototype.writeDraft
  beforeEach(async () => {
    env = await mountApp()
  })
  afterEach(async () => {
    Store.prototype.writeDraft = realWrite
    second?.remove()
    second?.store?.close()
    second = null
    await env.dispose()
  })

  /** The page goes away as a killed browser's does (no blur), with what localStorage holds; the page opened again. */
  async function killed(): Promise<JgEditor> {
    const blurs = goneWithoutBlur()
    env = await env.reload()
    blurs()
    const page = await editorPage(env.app)
    await page.opened
    return page
  }

  it('on opening: kept in the write-ahead copy when the save after the replay fails, and there on the next open', async () => {
    const { page, id } = await openWithEmptySlot(env)
    await page.flush()
    await typedUnsaved(env, page, 'UNSAVED')
    // The next page's saves fail too: every store's, as the disk is full for all of them.
    Store.prototype.writeDraft = full
    const again = await killed()
    expect(has(again, 'UNSAVED'), 'recovered on opening').to.equal(true)
    await again.flush()
    expect(again.session!.status.state).to.equal('error')
    // One true word (tryout 9, finding 9): recovered, but not said to be saved while its save fails.
    await again.updateComplete
    expect(again.notice).to.contain('已恢复上次关闭前还没来得及保存的修改').and.not.to.contain('并已保存')
    const copy = readWal(localStorage, walKey(env.dbName, id))
    expect(copy?.entries.length ?? 0, 'the copy is gone before its save').to.equal('UNSAVED'.length)
    Store.prototype.writeDraft = realWrite
    const third = await killed()
    expect(has(third, 'UNSAVED'), 'the recovered words are lost').to.equal(true)
    await third.flush()
    expect(JSON.stringify((await env.app.store!.getDraft(id))!.speech)).to.contain('UNSAVED')
    await waitUntil(() => third.notice.includes('并已保存'), 'the recovered changes, saved, are not said to be')
  })

  it('on a take-over: kept in the write-ahead copy when the taking tab’s save fails, and there when it closes', async () => {
    const { page: first, id } = await openWithEmptySlot(env)
    await first.flush()
    await typedUnsaved(env, first, 'UNSAVED')
    Store.prototype.writeDraft = full
    const taken = await takeOverInSecondTab(env, first)
    second = taken.second
    expect(has(taken.page, 'UNSAVED'), 'taken up from the first tab').to.equal(true)
    await taken.page.flush()
    expect(taken.page.session!.status.state).to.equal('error')
    // Both tabs close: the first (read-only, waiting for the draft back) and then the second, unsaved.
    env.app.remove()
    second.remove()
    await taken.page.session!.close()
    Store.prototype.writeDraft = realWrite
    const again = await killed()
    await waitUntil(() => again.session?.editable, 'the draft did not open for editing')
    expect(has(again, 'UNSAVED'), 'the first tab’s words are lost').to.equal(true)
    await again.flush()
    expect(JSON.stringify((await env.app.store!.getDraft(id))!.speech)).to.contain('UNSAVED')
  })
})
