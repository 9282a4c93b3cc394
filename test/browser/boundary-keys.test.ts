/**
 * Delete and Backspace where a part, a section or the closing begins, pressed as keys in the real
 * editor: one key takes one paragraph break (a blank line, or the join of two paragraphs) and
 * never selects a whole part or the closing for the next key to delete.
 */
import { expect } from '@open-wc/testing'
import { sendKeys } from '@web/test-runner-commands'
import { NodeSelection, TextSelection } from 'prosemirror-state'
import type { JgEditor } from '../../src/app/components/jg-editor'
import { importText } from '../../src/core/import'
import { mountApp, openDraftOf } from './helpers'

const SPEECH = `全县教育体育工作会议讲话
同志们：
今天召开会议，总结2025年工作，部署2026年任务。
一、2025年工作回顾
（一）学前普惠发展
新建幼儿园，扩大普惠学位。
（二）义务教育均衡
改善办学条件。
二、强化保障措施
各股室要对照年度目标任务，细化措施，明确责任，确保各项工作落地见效。
同志们，新的一年，任务艰巨，使命光荣。让我们团结一心，开拓进取，为建设教育强县作出新的更大贡献！谢谢大家！`

/** Put the cursor at the start or the end of the first occurrence of `words`. */
function cursorAt(page: JgEditor, words: string, side: 'start' | 'end') {
  const ed = page.editor!
  let at = -1
  ed.state.doc.descendants((node, pos) => {
    if (at < 0 && node.isText && node.text!.includes(words))
      at = pos + node.text!.indexOf(words) + (side === 'end' ? words.length : 0)
  })
  if (at < 0) throw new Error(`text not found: ${words}`)
  ed.run((state, dispatch) => {
    dispatch?.(state.tr.setSelection(TextSelection.create(state.doc, at)))
    return true
  })
}

const blockNames = (page: JgEditor) => {
  const names: string[] = []
  page.editor!.state.doc.forEach((n) => {
    names.push(n.type.name)
  })
  return names
}
const closing = (page: JgEditor) => page.shadowRoot!.querySelector('.ProseMirror .closing')
const press = (key: string) => sendKeys({ press: key })

describe('Delete and Backspace at a block boundary, in the real editor', () => {
  let env: Awaited<ReturnType<typeof mountApp>>
  let page: JgEditor
  beforeEach(async () => {
    env = await mountApp()
    page = (await openDraftOf(env, importText(SPEECH).doc)).page
    page.editor!.editorView!.focus()
  })
  afterEach(async () => {
    await env.dispose()
  })

  it('a blank line made before 同志们 goes with Delete from the end of the last part; the next Delete joins, no words lost', async () => {
    const words = page.editor!.state.doc.textContent
    cursorAt(page, '同志们，新的一年', 'start')
    await press('Enter')
    expect(closing(page)!.querySelectorAll('p')).to.have.length(2)
    cursorAt(page, '落地见效。', 'end')
    await press('Delete')
    expect(page.editor!.state.selection).not.to.be.instanceOf(NodeSelection)
    expect(page.shadowRoot!.querySelector('.ProseMirror .ProseMirror-selectednode')).to.equal(null)
    expect(closing(page)!.querySelectorAll('p')).to.have.length(1)
    expect(closing(page)!.textContent).to.contain('同志们，新的一年')
    await press('Delete')
    expect(page.editor!.state.doc.textContent).to.equal(words)
    expect(page.editor!.state.selection.$from.parent.textContent).to.contain('落地见效。同志们，新的一年')
  })

  it('Backspace at the start of the closing after a blank line takes the blank line, then joins', async () => {
    const words = page.editor!.state.doc.textContent
    cursorAt(page, '同志们，新的一年', 'start')
    await press('Enter')
    await press('Backspace')
    expect(closing(page)!.querySelectorAll('p')).to.have.length(1)
    expect(page.editor!.state.selection.$from.parent.textContent).to.match(/^同志们/)
    await press('Backspace')
    expect(page.editor!.state.selection).not.to.be.instanceOf(NodeSelection)
    expect(page.editor!.state.doc.textContent).to.equal(words)
  })

  it('at a part’s or a section’s heading, Delete before it and Backspace at its start change nothing', async () => {
    const before = page.editor!.state.doc
    for (const [words, side, key] of [
      ['扩大普惠学位。', 'end', 'Delete'],
      ['改善办学条件。', 'end', 'Delete'],
      ['义务教育均衡', 'start', 'Backspace'],
      ['强化保障措施', 'start', 'Backspace'],
    ] as const) {
      cursorAt(page, words, side)
      await press(key)
      await press(key)
      expect(page.editor!.state.selection, words).not.to.be.instanceOf(NodeSelection)
      expect(page.editor!.state.doc.eq(before), words).to.equal(true)
    }
    expect(blockNames(page)).to.deep.equal(['title', 'greeting', 'opening', 'part', 'part', 'closing'])
  })
})
