/**
 * A restore (替换) or a merge made in one tab while another tab edits a draft with typing not yet
 * saved (review 27). The restore removes the old drafts and their write-ahead logs in its
 * transaction and then tells the other tabs; in the moment between, the editing tab can still
 * write its log. Its words must not be lost without a word, and no log of the old draft may be
 * left in the restored library.
 */
import { expect, waitUntil } from '@open-wc/testing'
import { sendKeys } from '@web/test-runner-commands'
import { TextSelection } from 'prosemirror-state'
import type { JgEditor } from '../../src/app/components/jg-editor'
import { dropWals, readWal, walKey } from '../../src/app/session/wal'
import { TabChannel } from '../../src/app/session/tabs'
import { newDraft } from '../../src/app/drafts'
import { Store } from '../../src/app/store/db'
import { importText } from '../../src/core/import'
import { editorPage, mountApp } from './helpers'

type Env = Awaited<ReturnType<typeof mountApp>>

const banner = (page: JgEditor) => page.shadowRoot!.querySelector('.save-error.readonly')?.textContent ?? ''

describe('a restore made in another tab while this one has typing not saved', () => {
  let env: Env
  let library: Store | null = null
  let channel: TabChannel | null = null
  beforeEach(async () => {
    env = await mountApp()
  })
  afterEach(async () => {
    channel?.close()
    channel = null
    library?.close()
    library = null
    localStorage.clear()
    await env.dispose()
  })

  /** A draft open in this tab's editor, typed into at its start while every save fails. */
  async function typingNotSaved(): Promise<{ page: JgEditor; id: string }> {
    const record = newDraft(importText('全县卫生健康工作会议讲话\n同志们：\n开场。\n一、回顾\n正文。').doc, 'import')
    await env.app.store!.saveDraft(record)
    location.hash = `#/draft/${record.id}`
    const page = await editorPage(env.app)
    await page.opened
    env.app.store!.writeDraft = () => Promise.reject(new DOMException('The disk is full.', 'QuotaExceededError'))
    const view = page.editor!.editorView!
    view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, 3)))
    view.focus()
    await sendKeys({ type: '甲' })
    return { page, id: record.id }
  }

  /**
   * The library tab's 替换 (jg-backup's restore) of a backup made before the typing, with `between`
   * done after its transaction committed and before it tells the other tabs.
   */
  async function replaceFromLibraryTab(between: () => Promise<void>) {
    library = await Store.open(env.dbName)
    const backup = await library.backup()
    await library.restore(backup)
    await between()
    channel = new TabChannel(env.dbName)
    channel.post({ type: 'restored' })
    dropWals(localStorage, env.dbName)
  }

  it('typing logged in the moment between: the words are kept as a draft of their own, she is told, and no log is left', async () => {
    const { page, id } = await typingNotSaved()
    await replaceFromLibraryTab(async () => {
      // This tab types again: its log is written, both copies, after the restore removed the logs.
      await sendKeys({ type: '乙' })
      await waitUntil(async () => (await library!.getWal(id)) !== undefined, 'the log was not written')
    })
    await waitUntil(() => banner(page).includes('恢复'), 'not told of the restore')
    // Her words, in a draft of their own.
    let kept: string[] = []
    await waitUntil(
      async () => {
        const drafts = await Promise.all((await library!.listDrafts()).map((d) => library!.getDraft(d.id)))
        kept = drafts.filter((d) => d!.id !== id && JSON.stringify(d!.speech).includes('甲乙')).map((d) => d!.name!)
        return kept.length > 0
      },
      'her words were not kept',
      { timeout: 4000 },
    )
    expect(kept).to.have.length(1)
    await waitUntil(() => banner(page).includes(`还没保存的修改已另存为“${kept[0]}”`), banner(page))
    // No log of the old draft in the restored library: opening it shows it as restored, no notice.
    await waitUntil(async () => (await library!.getWal(id)) === undefined, 'a log was left in the restored library')
    expect(readWal(localStorage, walKey(env.dbName, id))).to.equal(null)
    // 重新打开 shows the restored draft, with no notice of changes given up.
    page.shadowRoot!.querySelector<HTMLButtonElement>('button.reopen')!.click()
    const again = await editorPage(env.app)
    await waitUntil(() => again.editor && !again.editor.state.doc.textContent.includes('甲'), 'not reopened')
    await again.opened
    expect(again.shadowRoot!.querySelector('.notice')?.textContent ?? '').not.to.contain('放弃')
  })

  it('nothing typed: no draft is added, and the tab is told only of the restore', async () => {
    const record = newDraft(importText('讲话\n同志们：\n开场。\n一、回顾\n正文。').doc, 'import')
    await env.app.store!.saveDraft(record)
    location.hash = `#/draft/${record.id}`
    const page = await editorPage(env.app)
    await page.opened
    await replaceFromLibraryTab(async () => undefined)
    await waitUntil(() => banner(page).includes('恢复'), 'not told of the restore')
    // A draft kept would be written by a transaction begun when the tab heard of the restore,
    // before it showed it: one begun now on the drafts runs after that one.
    const probe = newDraft(importText('探针\n同志们：\n开场。').doc, 'import')
    await library!.saveDraft(probe)
    expect((await library!.listDrafts()).map((d) => d.id).sort()).to.deep.equal([record.id, probe.id].sort())
    expect(banner(page)).not.to.contain('另存')
  })
})
