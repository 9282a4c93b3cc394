/**
 * Ctrl+Z / Ctrl+Y (Ctrl+Shift+Z) undo and redo the speech right after a click on 全部替换 or on
 * 用数字库填写空位, where the focus is left on the page or the panel's button, not in the text;
 * a text field of its own (the find field) keeps its own undo.
 */
import { expect } from '@open-wc/testing'
import { sendKeys } from '@web/test-runner-commands'
import type { JgEditor } from '../../src/app/components/jg-editor'
import { figuresFromRows } from '../../src/core/figures/model'
import { importText } from '../../src/core/import'
import { slotsOf } from '../../src/core/outline'
import { chord, clickOn, mountApp, openDraftOf, showFigures } from './helpers'

const SPEECH = `全县人社工作会议讲话
同志们：
今天召开会议，总结2025年工作，部署2026年任务。
一、2025年工作回顾
人社系统全年城镇新增就业3250人。人社系统干部作风明显转变。
二、2026年工作任务
确保全年城镇新增就业3300人。
三、工作要求
一要严。
同志们，谢谢！`

const text = (page: JgEditor) => page.editor!.state.doc.textContent

describe('undo and redo keys after a command outside the text', () => {
  let env: Awaited<ReturnType<typeof mountApp>>
  beforeEach(async () => {
    env = await mountApp()
  })
  afterEach(async () => {
    await env.dispose()
  })

  it('after 全部替换: Ctrl+Z takes the whole replacement back, Ctrl+Y and Ctrl+Shift+Z do it again', async () => {
    const { page } = await openDraftOf(env, importText(SPEECH).doc)
    page.find.show(true)
    await page.updateComplete
    const bar = page.shadowRoot!.querySelector('jg-find')!
    await bar.updateComplete
    const find = bar.shadowRoot!.querySelector<HTMLInputElement>('.find-text')!
    await clickOn(find)
    await sendKeys({ type: '人社系统' })
    await clickOn(bar.shadowRoot!.querySelector('.replace-text')!)
    await sendKeys({ type: '人力资源社会保障系统' })
    await page.updateComplete
    await clickOn(bar.shadowRoot!.querySelector('.replace-all')!)
    expect(text(page)).to.contain('人力资源社会保障系统全年').and.not.contain('人社系统')
    expect(page.editor!.editorView!.hasFocus(), 'the focus is not in the speech').to.equal(false)

    await chord('Control', 'z')
    expect(text(page)).to.contain('人社系统全年').and.contain('人社系统干部').and.not.contain('人力资源')
    await chord('Control', 'y')
    expect(text(page)).to.not.contain('人社系统')
    await chord('Control', 'z')
    await chord('Control', 'Shift', 'z')
    expect(text(page)).to.not.contain('人社系统')
  })

  it('after 用数字库填写空位: Ctrl+Z empties the slots it filled, with the focus on the panel’s button', async () => {
    const doc = importText(SPEECH).doc
    // The review's figure emptied, as after a roll-over; the library has it.
    const slot = slotsOf(doc).find((s) => s.attrs.kind === 'actual')!
    const { label, unit } = slot.attrs
    const library = figuresFromRows([{ label, year: 2025, kind: 'actual', value: '3250', unit }])
    await env.app.store!.saveFigures(library.metrics, library.values)
    const { page } = await openDraftOf(env, doc)
    page.editor!.change((tr) => tr.setNodeAttribute(slot.pos, 'value', null).docChanged)
    const panel = await showFigures(page)
    await clickOn(panel.shadowRoot!.querySelector('button.fill')!)
    const value = () => slotsOf(page.editor!.state.doc).find((s) => s.pos === slot.pos)!.attrs.value
    expect(value()).to.equal('3250')
    expect(page.editor!.editorView!.hasFocus()).to.equal(false)
    await chord('Control', 'z')
    expect(value()).to.equal(null)
    await chord('Control', 'y')
    expect(value()).to.equal('3250')
  })

  it('in the find field Ctrl+Z is the field’s own: the speech is not undone', async () => {
    const { page } = await openDraftOf(env, importText(SPEECH).doc)
    page.editor!.change((tr) => tr.insertText('新加的话', 1).docChanged)
    page.find.show(false)
    await page.updateComplete
    const bar = page.shadowRoot!.querySelector('jg-find')!
    await bar.updateComplete
    await clickOn(bar.shadowRoot!.querySelector('.find-text')!)
    await sendKeys({ type: '人社' })
    await chord('Control', 'z')
    expect(text(page)).to.contain('新加的话')
  })
})
