// 删除本节 with the caret in a part's heading took the whole part, without a word (tryout 9,
// finding 5). The button says which it deletes (本节 or 本部分) and how much; after it a notice
// says what went and that Ctrl+Z brings it back.
import { expect, waitUntil } from '@open-wc/testing'
import { TextSelection } from 'prosemirror-state'
import type { JgEditor } from '../../src/app/components/jg-editor'
import { importText } from '../../src/core/import'
import { chord, mountApp, openDraftOf } from './helpers'

const SPEECH = `全县商务工作会议讲话
同志们：
今天召开会议。
一、2026年商务工作回顾
一年来，各项工作取得了新的成效。
（一）消费市场稳步回升
全年实现社会消费品零售总额128.6亿元。
（二）电子商务加快发展
全年实现网络零售额18.7亿元。
二、2027年重点任务
新增限上商贸企业25家。
三、工作要求
一要加强组织领导。
同志们，让我们真抓实干！
`

/** Put the caret at the end of the textblock that begins with `text`. */
function caretIn(page: JgEditor, text: string) {
  const view = page.editor!.editorView!
  let at = -1
  view.state.doc.descendants((node, pos) => {
    if (at < 0 && node.isTextblock && node.textContent.startsWith(text)) at = pos + node.nodeSize - 1
  })
  view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, at)))
  view.focus()
}

const button = (page: JgEditor) => page.shadowRoot!.querySelector<HTMLButtonElement>('button.delete-block')!

describe('deleting a section or a part from the toolbar', () => {
  let env: Awaited<ReturnType<typeof mountApp>>
  beforeEach(async () => {
    env = await mountApp()
  })
  afterEach(async () => {
    await env.dispose()
  })

  it('in a part heading says 删除本部分, and after it says what went and that Ctrl+Z brings it back', async () => {
    const { page } = await openDraftOf(env, importText(SPEECH).doc)
    const view = page.editor!.editorView!
    const before = view.state.doc.textContent
    caretIn(page, '2026年商务工作回顾')
    await page.updateComplete
    expect(button(page).textContent).to.equal('删除本部分')
    expect(button(page).title).to.contain('“2026年商务工作回顾”')
    button(page).click()
    await page.updateComplete
    expect(view.state.doc.textContent).not.to.contain('2026年商务工作回顾')
    const notice = page.shadowRoot!.querySelector('.notice')!.textContent!
    expect(notice).to.contain('已删除这一部分“2026年商务工作回顾”').and.to.contain('Ctrl+Z')
    expect(notice).to.match(/约 \d+ 字/)
    await chord('Control', 'z')
    await waitUntil(() => view.state.doc.textContent === before, 'Ctrl+Z did not bring the part back')
  })

  it('in a section says 删除本节 and takes only the section', async () => {
    const { page } = await openDraftOf(env, importText(SPEECH).doc)
    const view = page.editor!.editorView!
    caretIn(page, '全年实现网络零售额')
    await page.updateComplete
    expect(button(page).textContent).to.equal('删除本节')
    button(page).click()
    await page.updateComplete
    expect(view.state.doc.textContent).not.to.contain('网络零售额')
    expect(view.state.doc.textContent).to.contain('2026年商务工作回顾')
    expect(page.shadowRoot!.querySelector('.notice')!.textContent).to.contain('已删除这一节“电子商务加快发展”')
  })
})
