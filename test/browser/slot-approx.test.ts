// What the editor shows of a figure is what prints (tryout 13, A3): slots read from “1260余次”,
// “860余名” showed 1323次 and 920名 in the editor while the PDFs and Word printed 1323余次 and
// 920余名, so she could not see the 余 to strike it. The chip shows the 余; the input opened on a
// filled figure shows it too, and what she leaves there is what the slot keeps; a number typed
// over the slot keeps its 余, as a fill does. Read back from the printed PDF, as output.test does.
import { expect, waitUntil } from '@open-wc/testing'
import { executeServerCommand, sendKeys } from '@web/test-runner-commands'
import { NodeSelection } from 'prosemirror-state'
import type { JgEditor } from '../../src/app/components/jg-editor'
import type { JgGate } from '../../src/app/components/jg-gate'
import { importText } from '../../src/core/import'
import { slotsOf } from '../../src/core/outline'
import { mountApp, openDraftOf, openWithFigures } from './helpers'
import type { JgFigures } from '../../src/app/components/jg-figures'

const SPEECH = `做好人社工作 推动高质量发展
同志们：
今天召开会议，总结2025年工作，部署2026年任务。下面，我讲三点意见：
一、2025年工作回顾
全年组织招聘活动1260余次，帮扶860余名困难人员实现就业，城镇新增就业3250人。
二、2026年工作任务
确保全年新增城镇就业3300人。
三、工作要求
一要加强领导。二要压实责任。三要改进作风。
同志们，让我们再创佳绩！
`

const slotOf = (page: JgEditor, label: string) =>
  slotsOf(page.editor!.state.doc).find((s) => s.attrs.label.includes(label))!
const chip = (page: JgEditor, label: string) => page.editor!.editorView!.nodeDOM(slotOf(page, label).pos) as HTMLElement
const input = (page: JgEditor) => page.shadowRoot!.querySelector<HTMLInputElement>('.slot-input')

/** Select the slot whose label holds `label`, as a click on its chip does. */
function select(page: JgEditor, label: string) {
  const view = page.editor!.editorView!
  view.focus()
  const { pos } = slotOf(page, label)
  view.dispatch(view.state.tr.setSelection(NodeSelection.create(view.state.doc, pos)))
}

/** The review paragraph as the editor shows it on screen. */
const shownParagraph = (page: JgEditor) =>
  [...page.editor!.editorView!.dom.querySelectorAll('p')]
    .map((p) => p.textContent ?? '')
    .find((t) => t.startsWith('全年组织招聘活动'))!

describe('余 in the editor and on paper', () => {
  let env: Awaited<ReturnType<typeof mountApp>>
  beforeEach(async () => {
    env = await mountApp()
  })
  afterEach(async () => {
    document.getElementById('jg-print')?.remove()
    await env.dispose()
  })

  it('shows the 余 it prints; a number typed over keeps it, and one deleted in the input is gone on paper too', async () => {
    const { page } = await openDraftOf(env, importText(SPEECH).doc)
    expect(slotOf(page, '招聘活动').attrs.approx).to.equal('余')
    expect(chip(page, '招聘活动').textContent).to.equal('1260余次')
    expect(chip(page, '困难人员').textContent).to.equal('860余名')
    expect(chip(page, '招聘活动').getAttribute('aria-label')).to.contain('1260余次')

    // typed over the selected chip: the number changes, its 余 stays
    select(page, '招聘活动')
    await sendKeys({ type: '1323' })
    await waitUntil(() => input(page), 'typing did not open the input')
    await sendKeys({ press: 'Enter' })
    expect(slotOf(page, '招聘活动').attrs).to.include({ value: '1323', approx: '余' })
    expect(chip(page, '招聘活动').textContent).to.equal('1323余次')

    // opened with Enter: the input shows 860余名; she deletes the 余 and types the new number
    select(page, '困难人员')
    await sendKeys({ press: 'Enter' })
    await waitUntil(() => input(page), 'Enter did not open the input')
    expect(input(page)!.value).to.equal('860余名')
    await sendKeys({ type: '920名' })
    await sendKeys({ press: 'Enter' })
    expect(slotOf(page, '困难人员').attrs).to.include({ value: '920', approx: '' })
    expect(chip(page, '困难人员').textContent).to.equal('920名')

    // and typed back with the number, it is there again
    select(page, '招聘活动')
    await sendKeys({ press: 'Enter' })
    await waitUntil(() => input(page), 'Enter did not open the input')
    expect(input(page)!.value).to.equal('1323余次')
    await sendKeys({ press: 'Escape' })

    const screen = shownParagraph(page)
    expect(screen).to.equal('全年组织招聘活动1323余次，帮扶920名困难人员实现就业，城镇新增就业3250人。')

    let printed = 0
    page.print = () => {
      printed++
    }
    page.shadowRoot!.querySelector<HTMLButtonElement>('button.print')!.click()
    await waitUntil(async () => {
      await page.updateComplete
      // A warning asked about before printing (gate) is let through: the paper is what is read here.
      const gate = page.shadowRoot!.querySelector<JgGate>('jg-gate')
      gate?.shadowRoot?.querySelector<HTMLButtonElement>('dialog[open] button.go')?.click()
      return printed === 1
    }, 'print not called')
    const pdf = await executeServerCommand<{ pages: string[] }, undefined>('print-pdf')
    const paper = pdf!.pages.join('').replace(/\s/g, '')
    expect(paper).to.contain(screen)
  })

  // The figures panel shows what prints (fix14b): its value column read 1260次 beside the chip's 1260余次.
  it('the figures panel shows the value as it prints, with its 余', async () => {
    const { page, panel } = await openWithFigures(env, importText(SPEECH).doc)
    expect(panelValue(panel, '招聘活动')).to.equal('1260余次')
    expect(panelValue(panel, '困难人员')).to.equal('860余名')
    expect(panelValue(panel, '城镇新增就业')).to.equal('3250人')

    // a number typed over the chip keeps its 余, in the panel too
    select(page, '招聘活动')
    await sendKeys({ type: '1323' })
    await waitUntil(() => input(page), 'typing did not open the input')
    await sendKeys({ press: 'Enter' })
    await waitUntil(
      async () => {
        await panel.updateComplete
        return panelValue(panel, '招聘活动') === '1323余次'
      },
      `the panel shows ${panelValue(panel, '招聘活动')}`,
    )
  })
})

/** The value cell of the panel's line for `label` as she reads it: the number in its box, then the unit after it. */
function panelValue(panel: JgFigures, label: string) {
  const tr = [...panel.shadowRoot!.querySelectorAll('tbody tr')].find((r) => r.textContent!.includes(label))!
  const cell = tr.querySelector('input.value')!.closest('td')!
  return (cell.querySelector<HTMLInputElement>('input.value')!.value + cell.textContent!).replace(/\s/g, '')
}
