/**
 * Most of a speech taken away at once (Ctrl+A then Backspace) is said at once, while Ctrl+Z can
 * still bring it back: the autosave keeps what is left, and the undo history ends with the page.
 * Ordinary deletions, undo and redo say nothing.
 */
import { expect, waitUntil } from '@open-wc/testing'
import { sendKeys } from '@web/test-runner-commands'
import { Selection, TextSelection } from 'prosemirror-state'
import type { JgEditor } from '../../src/app/components/jg-editor'
import { importText } from '../../src/core/import'
import { chord, mountApp, openDraftOf } from './helpers'

const notice = (page: JgEditor) => page.shadowRoot!.querySelector('.notice')?.textContent ?? ''

describe('a large cut', () => {
  let env: Awaited<ReturnType<typeof mountApp>>
  beforeEach(async () => {
    env = await mountApp()
  })
  afterEach(async () => {
    await env.dispose()
  })

  it('says how much went and that Ctrl+Z brings it back; a small deletion, the undo and a redo say nothing', async () => {
    const { page } = await openDraftOf(env, importText(await (await fetch('/test/fixtures/agri-2023.txt')).text()).doc)
    const whole = page.editor!.state.doc.textContent
    page.editor!.editorView!.focus()
    // A word deleted: typing, no notice.
    page.editor!.run((state, dispatch) => {
      dispatch?.(state.tr.setSelection(TextSelection.create(state.doc, 10)))
      return true
    })
    await sendKeys({ press: 'Backspace' })
    await page.updateComplete
    expect(notice(page)).not.to.contain('删去')
    // Everything selected and deleted.
    await chord('Control', 'a')
    await sendKeys({ press: 'Backspace' })
    await waitUntil(() => notice(page).includes('Ctrl+Z'), 'nothing said of the speech cut')
    expect(notice(page)).to.match(/一下删去了约 \d+ 字/)
    // Undone: the speech is back, and the undo adds no word of its own.
    page.shadowRoot!.querySelector<HTMLButtonElement>('.notice .dismiss')!.click()
    await chord('Control', 'z')
    await waitUntil(() => page.editor!.state.doc.textContent.length > whole.length - 5, 'the speech did not come back')
    await page.updateComplete
    expect(notice(page)).to.equal('')
    // Redone on purpose (Ctrl+Y): the key says what it does; no notice either.
    await chord('Control', 'y')
    await waitUntil(() => page.editor!.state.doc.textContent.length < whole.length / 2, 'the cut was not redone')
    await page.updateComplete
    expect(notice(page)).to.equal('')
  })

  it('a paste of a speech’s worth many times over says how long the speech now is, once; a speech-long paste says nothing', async () => {
    const { page } = await openDraftOf(env, importText(await (await fetch('/test/fixtures/agri-2023.txt')).text()).doc)
    const view = page.editor!.editorView!
    const paste = (text: string) => {
      const data = new DataTransfer()
      data.setData('text/plain', text)
      view.dom.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }))
    }
    view.dispatch(view.state.tr.setSelection(Selection.atEnd(view.state.doc)))
    view.focus()
    const before = view.state.doc.textContent.length
    paste('全年完成各项任务。'.repeat(500))
    await page.updateComplete
    expect(view.state.doc.textContent.length).to.equal(before + 4500)
    expect(notice(page)).to.equal('')
    paste(`${'全年完成各项任务。'.repeat(4000)}\n`.repeat(10))
    await page.updateComplete
    expect(notice(page)).to.match(/刚才粘贴了约 36\d{4} 字，讲稿现在共 \d+ 字/)
    expect(notice(page)).to.contain('Ctrl+Z')
  })
})
