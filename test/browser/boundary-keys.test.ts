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

describe('a selection from the last part into the closing, in the real editor (tryout 11, finding C9)', () => {
  let env: Awaited<ReturnType<typeof mountApp>>
  let page: JgEditor
  const errors: string[] = []
  const onError = (e: ErrorEvent) => errors.push(String(e.error ?? e.message))
  beforeEach(async () => {
    errors.length = 0
    window.addEventListener('error', onError)
    env = await mountApp()
    page = (await openDraftOf(env, importText(SPEECH).doc)).page
    page.editor!.editorView!.focus()
  })
  afterEach(async () => {
    window.removeEventListener('error', onError)
    await env.dispose()
  })

  /** Select from the start of `from` to the start of the closing's first paragraph, as the trial dragged. */
  function selectIntoClosing() {
    const ed = page.editor!
    let a = -1
    let b = -1
    ed.state.doc.descendants((node, pos) => {
      if (a < 0 && node.isText && node.text!.includes('细化措施')) a = pos + node.text!.indexOf('细化措施')
      if (b < 0 && node.isText && node.text!.startsWith('同志们，新的一年')) b = pos
    })
    ed.run((state, dispatch) => {
      dispatch?.(state.tr.setSelection(TextSelection.create(state.doc, a, b)))
      return true
    })
  }
  const closingText = () => closing(page)!.textContent
  const CLOSING =
    '同志们，新的一年，任务艰巨，使命光荣。让我们团结一心，开拓进取，为建设教育强县作出新的更大贡献！谢谢大家！'

  for (const [what, act, typed] of [
    ['Backspace', () => press('Backspace'), ''],
    ['Delete', () => press('Delete'), ''],
    ['typing over it', () => sendKeys({ type: '好' }), '好'],
  ] as const)
    it(`${what}: no page error, the part keeps its first words, the closing stays the closing`, async () => {
      selectIntoClosing()
      await act()
      expect(errors).to.deep.equal([])
      expect(blockNames(page)).to.deep.equal(['title', 'greeting', 'opening', 'part', 'part', 'closing'])
      expect(closingText()).to.equal(CLOSING)
      const part = page.editor!.state.selection.$from.parent.textContent
      // What was typed over it is there (review 27: the old pattern let a lost character pass).
      expect(part).to.equal(`各股室要对照年度目标任务，${typed}`)
    })

  it('an input method starting a word over it: the selection goes first, the closing stays', async () => {
    selectIntoClosing()
    page.editor!.editorView!.dom.dispatchEvent(new CompositionEvent('compositionstart', { data: '', bubbles: true }))
    expect(errors).to.deep.equal([])
    expect(page.editor!.state.selection.empty).to.equal(true)
    expect(page.editor!.state.selection.$from.parent.textContent).to.equal('各股室要对照年度目标任务，')
    expect(closingText()).to.equal(CLOSING)
    page.editor!.editorView!.dom.dispatchEvent(new CompositionEvent('compositionend', { data: '', bubbles: true }))
  })

  it('pasting over it: the paste takes the selection’s place in the part, the closing stays', async () => {
    selectIntoClosing()
    const clipboardData = new DataTransfer()
    clipboardData.setData('text/plain', '粘贴的一句。')
    page.editor!.editorView!.dom.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }),
    )
    expect(errors).to.deep.equal([])
    expect(page.editor!.state.selection.$from.parent.textContent).to.equal('各股室要对照年度目标任务，粘贴的一句。')
    expect(closingText()).to.equal(CLOSING)
    expect(blockNames(page)).to.deep.equal(['title', 'greeting', 'opening', 'part', 'part', 'closing'])
  })

  it('cutting it: the selected words go to the clipboard, no page error, the closing stays', async () => {
    selectIntoClosing()
    const clipboardData = new DataTransfer()
    page.editor!.editorView!.dom.dispatchEvent(
      new ClipboardEvent('cut', { clipboardData, bubbles: true, cancelable: true }),
    )
    expect(errors).to.deep.equal([])
    expect(clipboardData.getData('text/plain')).to.contain('细化措施')
    expect(closingText()).to.equal(CLOSING)
    expect(blockNames(page)).to.deep.equal(['title', 'greeting', 'opening', 'part', 'part', 'closing'])
  })
})
