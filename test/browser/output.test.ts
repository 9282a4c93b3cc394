import { expect, waitUntil } from '@open-wc/testing'
import { executeServerCommand, sendKeys } from '@web/test-runner-commands'
import type { JgEditor } from '../../src/app/components/jg-editor'
import type { JgGate } from '../../src/app/components/jg-gate'
import { editorPage, mountApp } from './helpers'
import { importText } from '../../src/core/import'
import { newDraft } from '../../src/app/drafts'
import { paginate } from '../../src/core/export/paginate'
import { LAYOUTS } from '../../src/core/export/layout'

const CLEAN = `做好人社工作 推动高质量发展
同志们：
今天召开会议，总结2025年工作，部署2026年任务。下面，我讲三点意见：
一、2025年工作回顾
全年实现城镇新增就业3250人，城镇登记失业率3.2%。
二、2026年工作任务
确保全年新增城镇就业3300人。
三、工作要求
一要加强领导。二要压实责任。三要改进作风。
同志们，让我们再创佳绩！
`
const BROKEN = CLEAN.replace('3250人', '****人')

async function open(env: Awaited<ReturnType<typeof mountApp>>, text: string) {
  const record = newDraft(importText(text).doc, 'test')
  await env.app.store!.saveDraft(record)
  location.hash = `#/draft/${record.id}`
  const page = await editorPage(env.app)
  const calls = { print: 0, files: [] as { data: Uint8Array | string; name: string; type: string }[] }
  page.print = () => {
    calls.print++
  }
  page.saveFile = (data, name, type) => {
    calls.files.push({ data, name, type })
  }
  return { page, calls }
}

const gate = (page: JgEditor) => page.shadowRoot!.querySelector<JgGate>('jg-gate')!
const gateOpen = (page: JgEditor) => gate(page).shadowRoot!.querySelector('dialog')!.open
const click = (page: JgEditor, selector: string) => page.shadowRoot!.querySelector<HTMLButtonElement>(selector)!.click()
const printed = () => document.getElementById('jg-print')

describe('printing and exporting', () => {
  let env: Awaited<ReturnType<typeof mountApp>>
  beforeEach(async () => {
    env = await mountApp()
  })
  afterEach(async () => {
    printed()?.remove()
    await env.dispose()
  })

  it('prints a clean speech at once: A4 pages with text and page numbers, read back from a PDF', async () => {
    const { page, calls } = await open(env, CLEAN)
    click(page, 'button.print')
    await waitUntil(() => calls.print === 1, 'print not called')
    expect(gateOpen(page)).to.equal(false)
    expect(printed()!.querySelectorAll('.page')).to.have.length(
      paginate(page.editor!.state.doc, LAYOUTS.gongwen).length,
    )
    const pdf = await executeServerCommand<{ pageSize: string; pages: string[] }, undefined>('print-pdf')
    expect(pdf!.pageSize).to.match(/\(A4\)/)
    expect(pdf!.pages).to.have.length(1)
    const text = pdf!.pages[0].replace(/\s/g, '')
    expect(text).to.contain('做好人社工作推动高质量发展')
    expect(text).to.contain('全年实现城镇新增就业3250人')
    expect(text).to.contain('—1—')
    expect(text).not.to.contain('草稿')
    expect(text).not.to.contain('返回列表')
  })

  it('stops a speech with errors at the gate; 去改正 selects the first error and prints nothing', async () => {
    const { page, calls } = await open(env, BROKEN)
    click(page, 'button.print')
    await waitUntil(() => gateOpen(page), 'gate not shown')
    expect(gate(page).shadowRoot!.textContent).to.contain('讲稿还有 1 处错误')
    // One figure left empty among filled ones is a leftover placeholder.
    expect(gate(page).shadowRoot!.textContent).to.contain('“城镇新增就业”这里还是占位符')
    gate(page).shadowRoot!.querySelector<HTMLButtonElement>('button.fix')!.click()
    await page.updateComplete
    expect(calls.print).to.equal(0)
    const sel = page.editor!.state.selection
    expect(page.editor!.state.doc.nodeAt(sel.from)!.attrs.label).to.equal('城镇新增就业')
  })

  it('prints a speech with errors as a draft: every page says 草稿 (Ctrl+P too, in the reading layout)', async () => {
    const { page, calls } = await open(env, BROKEN)
    const select = page.shadowRoot!.querySelector<HTMLSelectElement>('select.layout')!
    select.value = 'reading'
    select.dispatchEvent(new Event('change'))
    await sendKeys({ down: 'Control' })
    await sendKeys({ press: 'p' })
    await sendKeys({ up: 'Control' })
    await waitUntil(() => gateOpen(page), 'gate not shown')
    gate(page).shadowRoot!.querySelector<HTMLButtonElement>('button.draft')!.click()
    await waitUntil(() => calls.print === 1, 'print not called')
    const pdf = await executeServerCommand<{ pageSize: string; pages: string[] }, undefined>('print-pdf')
    expect(pdf!.pages.length).to.equal(paginate(page.editor!.state.doc, LAYOUTS.reading).length)
    pdf!.pages.forEach((p, i) => {
      expect(p).to.contain('草稿')
      expect(p.replace(/\s/g, '')).to.contain(`-${i + 1}-`)
    })
  })

  it('exports .docx and .txt; a speech with errors goes out only as a marked draft', async () => {
    const clean = await open(env, CLEAN)
    click(clean.page, 'button.export-docx')
    await waitUntil(() => clean.calls.files.length === 1, 'no .docx')
    const docx = clean.calls.files[0]
    expect(docx.name).to.equal('做好人社工作 推动高质量发展.docx')
    expect([...(docx.data as Uint8Array).slice(0, 2)]).to.deep.equal([0x50, 0x4b])
    click(clean.page, 'button.export-txt')
    await waitUntil(() => clean.calls.files.length === 2, 'no .txt')
    expect(clean.calls.files[1].data).to.contain('一、2025年工作回顾\n全年实现城镇新增就业3250人')

    location.hash = '#/'
    const broken = await open(env, BROKEN)
    click(broken.page, 'button.export-txt')
    await waitUntil(() => gateOpen(broken.page), 'gate not shown')
    gate(broken.page).shadowRoot!.querySelector<HTMLButtonElement>('button.draft')!.click()
    await waitUntil(() => broken.calls.files.length === 1, 'no draft .txt')
    expect(broken.calls.files[0].name).to.equal('做好人社工作 推动高质量发展（草稿）.txt')
    expect((broken.calls.files[0].data as string).startsWith('【草稿】')).to.equal(true)
  })

  it('shows a live preview that follows the text', async () => {
    const { page } = await open(env, CLEAN)
    click(page, 'button.tab-preview')
    await page.updateComplete
    const preview = page.shadowRoot!.querySelector('jg-preview')!
    await preview.updateComplete
    expect(preview.shadowRoot!.querySelectorAll('.page')).to.have.length(1)
    expect(preview.shadowRoot!.textContent).to.contain('全年实现城镇新增就业3250人')
    const ed = page.editor!
    ed.run((state, dispatch) => {
      dispatch!(state.tr.insertText('新增的一句话。'.repeat(60), state.doc.content.size - 3))
      return true
    })
    await waitUntil(() => preview.shadowRoot!.querySelectorAll('.page').length === 2, 'preview did not follow', {
      timeout: 3000,
    })
  })
})
