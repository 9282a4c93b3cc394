import { expect, waitUntil } from '@open-wc/testing'
import { executeServerCommand, sendKeys } from '@web/test-runner-commands'
import type { JgEditor } from '../../src/app/components/jg-editor'
import type { JgGate } from '../../src/app/components/jg-gate'
import { editorPage, mountApp } from './helpers'
import { importText } from '../../src/core/import'
import { newDraft } from '../../src/app/drafts'
import { paginate } from '../../src/core/export/paginate'
import { LAYOUTS } from '../../src/core/export/layout'
import { partsOf } from '../../src/core/outline'
import { strFromU8, unzipSync } from 'fflate'

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

/** A part of a .docx, as text. */
const docxPart = (bytes: Uint8Array, name: string) =>
  strFromU8(unzipSync(bytes, { filter: (f) => f.name === name })[name])

async function open(env: Awaited<ReturnType<typeof mountApp>>, text: string, { checked = true } = {}) {
  const record = newDraft(importText(text).doc, 'test')
  await env.app.store!.saveDraft(record)
  location.hash = `#/draft/${record.id}`
  const page = await editorPage(env.app, { checked })
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
/** A saved file's text: the .txt export is its UTF-8 bytes. */
const fileText = (data: Uint8Array | string) => (typeof data === 'string' ? data : new TextDecoder().decode(data))
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

  it('stops a speech with errors at the gate also when it is exported before its first check', async () => {
    const { page, calls } = await open(env, BROKEN, { checked: false })
    // Just opened: the panel has not been filled yet (checks-plugin.ts checks at the first pause).
    expect(page.editor!.checksPending).to.equal(true)
    click(page, 'button.export-txt')
    await waitUntil(() => gateOpen(page), 'gate not shown')
    expect(gate(page).shadowRoot!.textContent).to.contain('讲稿还有 1 处错误')
    expect(calls.files).to.have.length(0)
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
    expect(gate(page).shadowRoot!.textContent).to.contain('正式打印之前请先改正')
    expect(gate(page).shadowRoot!.textContent).to.contain('作为草稿打印，每一页都会印上“草稿”。')
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
    // No subtitle to name the meeting: the plan year and the title.
    expect(docx.name).to.equal('2026年做好人社工作 推动高质量发展.docx')
    expect([...(docx.data as Uint8Array).slice(0, 2)]).to.deep.equal([0x50, 0x4b])
    click(clean.page, 'button.export-txt')
    await waitUntil(() => clean.calls.files.length === 2, 'no .txt')
    expect(fileText(clean.calls.files[1].data)).to.contain('一、2025年工作回顾\n全年实现城镇新增就业3250人')

    location.hash = '#/'
    const broken = await open(env, BROKEN)
    click(broken.page, 'button.export-txt')
    await waitUntil(() => gateOpen(broken.page), 'gate not shown')
    // A .txt has no pages: the gate says what it does get, a first line.
    const said = gate(broken.page).shadowRoot!.textContent!
    expect(said).to.contain('作为草稿导出文本，文件第一行会标明“草稿”。')
    expect(said).not.to.contain('每一页')
    gate(broken.page).shadowRoot!.querySelector<HTMLButtonElement>('button.draft')!.click()
    await waitUntil(() => broken.calls.files.length === 1, 'no draft .txt')
    expect(broken.calls.files[0].name).to.equal('2026年做好人社工作 推动高质量发展（草稿）.txt')
    expect(fileText(broken.calls.files[0].data).startsWith('【草稿】')).to.equal(true)
  })

  it('asks once about warnings before printing or exporting: 去看看 selects the first, 照常打印 prints unmarked, and is not asked again', async () => {
    // No error, one warning: a rate over 100 % (tryout 12 printed 101.6 % without a word).
    const { page, calls } = await open(
      env,
      CLEAN.replace('城镇登记失业率3.2%', '城镇登记失业率3.2%，基本养老保险参保率达到101.6%'),
    )
    click(page, 'button.print')
    await waitUntil(() => gateOpen(page), 'no question about the warning')
    const said = gate(page).shadowRoot!.textContent!
    expect(said).to.contain('讲稿还有 1 处警告')
    expect(said).to.contain('101.6%，超过了 100%')
    expect(said).not.to.contain('作为草稿')
    console.log(`screenshot: ${await executeServerCommand('screenshot', { name: 'gate-warnings' })}`)
    gate(page).shadowRoot!.querySelector<HTMLButtonElement>('button.fix')!.click()
    await page.updateComplete
    expect(calls.print).to.equal(0)
    const { from, to } = page.editor!.state.selection
    expect(page.editor!.state.doc.textBetween(from, to, '', (slot) => `${slot.attrs.value}%`)).to.contain('101.6%')

    click(page, 'button.print')
    await waitUntil(() => gateOpen(page), 'not asked again after looking')
    gate(page).shadowRoot!.querySelector<HTMLButtonElement>('button.go')!.click()
    await waitUntil(() => calls.print === 1, 'print not called')
    const pdf = await executeServerCommand<{ pageSize: string; pages: string[] }, undefined>('print-pdf')
    expect(pdf!.pages.join('')).not.to.contain('草稿')
    // Let through once: the .txt goes out at once, unmarked.
    click(page, 'button.export-txt')
    await waitUntil(() => calls.files.length === 1, 'no .txt')
    expect(gateOpen(page)).to.equal(false)
    expect(fileText(calls.files[0].data).startsWith('【草稿】')).to.equal(false)
  })

  it('names exports by the plan year and the meeting from the subtitle; empty slots print and export as blanks', async () => {
    const { page, calls } = await open(
      env,
      BROKEN.replace('\n同志们', '\n——在全县人力资源和社会保障工作会议上的讲话\n同志们'),
    )
    // The check's excerpt reads the empty slot as a blank too.
    const checks = page.shadowRoot!.querySelector('jg-checks')!
    await checks.updateComplete
    expect(checks.shadowRoot!.textContent).to.contain('城镇新增就业＿＿人')
    expect(checks.shadowRoot!.textContent).not.to.contain('{{')
    click(page, 'button.export-docx')
    await waitUntil(() => gateOpen(page), 'gate not shown')
    expect(gate(page).shadowRoot!.textContent).to.contain('正式导出 Word 之前请先改正')
    expect(gate(page).shadowRoot!.textContent).to.contain('每一页的页眉都会标明“草稿”')
    gate(page).shadowRoot!.querySelector<HTMLButtonElement>('button.draft')!.click()
    await waitUntil(() => calls.files.length === 1, 'no .docx')
    expect(calls.files[0].name).to.equal('2026年全县人力资源和社会保障工作会议讲话（草稿）.docx')
    const text = [
      ...docxPart(calls.files[0].data as Uint8Array, 'word/document.xml').matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g),
    ]
      .map((m) => m[1])
      .join('')
    expect(text).to.contain('全年实现城镇新增就业＿＿人')
    expect(text).not.to.contain('{{')
    click(page, 'button.print')
    await waitUntil(() => gateOpen(page), 'gate not shown')
    gate(page).shadowRoot!.querySelector<HTMLButtonElement>('button.draft')!.click()
    await waitUntil(() => calls.print === 1, 'print not called')
    const pdf = await executeServerCommand<{ pageSize: string; pages: string[] }, undefined>('print-pdf')
    const printed = pdf!.pages.join('').replace(/\s/g, '')
    expect(printed).to.contain('全年实现城镇新增就业＿＿人')
    expect(printed).not.to.contain('{{')
  })

  it('prints one part alone, or a range of pages with their own numbers, from the preview', async () => {
    const seed = await (await fetch('/test/fixtures/seed-hrss-2022.txt')).text()
    const { page, calls } = await open(env, seed)
    page.editor!.refreshChecks()
    click(page, 'button.tab-preview')
    await page.updateComplete
    const preview = page.shadowRoot!.querySelector('jg-preview')!
    await preview.updateComplete
    const bar = <T extends Element>(selector: string) => preview.shadowRoot!.querySelector<T>(selector)!
    const choose = async (selector: string, value: string) => {
      bar<HTMLSelectElement>(selector).value = value
      bar<HTMLSelectElement>(selector).dispatchEvent(new Event('change'))
      await preview.updateComplete
    }
    const printFromBar = async (n: number) => {
      bar<HTMLButtonElement>('button.print-range').click()
      await waitUntil(() => gateOpen(page) || calls.print === n, 'neither gate nor print')
      if (gateOpen(page)) gate(page).shadowRoot!.querySelector<HTMLButtonElement>('button.draft')!.click()
      await waitUntil(() => calls.print === n, 'print not called')
      return (await executeServerCommand<{ pageSize: string; pages: string[] }, undefined>('print-pdf'))!.pages
    }
    // The second part alone: its number kept, pages from 1, nothing of the other parts.
    await choose('select.range', 'part')
    const second = partsOf(page.editor!.state.doc).filter((p) => p.number)[1]
    await choose('select.part', String(second.pos))
    const part = await printFromBar(1)
    // Printed as a draft (the seed has errors): each page carries 草稿.
    const partText = part.join('').replace(/\s|草稿/g, '')
    expect(partText.startsWith(`二、${second.heading}`.replace(/\s/g, ''))).to.equal(true)
    expect(partText).not.to.contain('一、2021年工作回顾')
    expect(partText).not.to.contain('三、')
    expect(part[0].replace(/\s/g, '')).to.contain('—1—')
    // Pages 2 to 3 of the whole speech, numbered 2 and 3.
    await choose('select.range', 'pages')
    const from = bar<HTMLInputElement>('input.from')
    const to = bar<HTMLInputElement>('input.to')
    to.value = '99'
    to.dispatchEvent(new Event('input'))
    await preview.updateComplete
    expect(bar<HTMLButtonElement>('button.print-range').disabled).to.equal(true)
    expect(preview.shadowRoot!.textContent).to.contain('页码不对')
    from.value = '2'
    from.dispatchEvent(new Event('input'))
    to.value = '3'
    to.dispatchEvent(new Event('input'))
    await preview.updateComplete
    const pages = await printFromBar(2)
    expect(pages).to.have.length(2)
    expect(pages[0].replace(/\s/g, '')).to.contain('—2—')
    expect(pages[1].replace(/\s/g, '')).to.contain('—3—')
    const whole = paginate(page.editor!.state.doc, LAYOUTS.gongwen)
    const firstLine = whole[1].lines[0].runs
      .map((r) => r.text)
      .join('')
      .replace(/\s/g, '')
    expect(pages[0].replace(/\s/g, '')).to.contain(firstLine)
  })

  it('remembers the chosen layout per draft across a reload, and prints, previews and exports in it', async () => {
    const { page } = await open(env, CLEAN)
    const select = page.shadowRoot!.querySelector<HTMLSelectElement>('select.layout')!
    select.value = 'reading'
    select.dispatchEvent(new Event('change'))
    await page.flush()
    const reloaded = await env.reload()
    env = reloaded
    const again = await editorPage(reloaded.app)
    const calls = { print: 0, files: [] as { data: Uint8Array | string; name: string }[] }
    again.print = () => {
      calls.print++
    }
    again.saveFile = (data, name) => {
      calls.files.push({ data, name })
    }
    expect(again.shadowRoot!.querySelector<HTMLSelectElement>('select.layout')!.value).to.equal('reading')
    click(again, 'button.tab-preview')
    await again.updateComplete
    const preview = again.shadowRoot!.querySelector('jg-preview')!
    await preview.updateComplete
    expect(preview.shadowRoot!.querySelector('.count')!.textContent).to.contain('讲话稿（大字）')
    click(again, 'button.print')
    await waitUntil(() => calls.print === 1, 'print not called')
    const pdf = await executeServerCommand<{ pageSize: string; pages: string[] }, undefined>('print-pdf')
    expect(pdf!.pages).to.have.length(paginate(again.editor!.state.doc, LAYOUTS.reading).length)
    expect(pdf!.pages[0].replace(/\s/g, '')).to.contain('-1-')
    click(again, 'button.export-docx')
    await waitUntil(() => calls.files.length === 1, 'no .docx')
    const xml = docxPart(calls.files[0].data as Uint8Array, 'word/document.xml')
    // 讲话稿: 25 mm top margin (公文格式 has 37).
    expect(xml).to.match(/<w:pgMar w:top="1417"/)
  })

  it('breaks the 讲话稿 title between phrases in the preview, enlarged to the full width', async () => {
    const seed = await (await fetch('/test/fixtures/seed-hrss-2022.txt')).text()
    const { page } = await open(env, seed)
    const select = page.shadowRoot!.querySelector<HTMLSelectElement>('select.layout')!
    select.value = 'reading'
    select.dispatchEvent(new Event('change'))
    click(page, 'button.tab-preview')
    await page.updateComplete
    const preview = page.shadowRoot!.querySelector('jg-preview')!
    await preview.updateComplete
    preview.shadowRoot!.querySelector<HTMLButtonElement>('button.wide')!.click()
    await page.updateComplete
    await preview.updateComplete
    const title = [...preview.shadowRoot!.querySelectorAll('.page[data-page="1"] .line.title')].map(
      (l) => l.textContent,
    )
    expect(title).to.deep.equal(['聚力同心 真抓实干 推动人力资源和', '社会保障工作再上新台阶'])
    expect(preview.getBoundingClientRect().width).to.be.at.least(page.getBoundingClientRect().width - 2)
    console.log(`screenshot: ${await executeServerCommand('screenshot', { name: 'preview-reading-title' })}`)
    await sendKeys({ press: 'Escape' })
    await page.updateComplete
    expect(page.previewWide).to.equal(false)
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

  // Tryout 6, finding 7: printed from the browser's own menu (not the app's 打印, not Ctrl+P), the
  // PDF was the 主持词 printed before, or on a fresh load a picture of the app's screen.
  describe("the browser's own 打印", () => {
    const OTHER = CLEAN.replace('做好人社工作 推动高质量发展', '2027年全县人社工作会议主持词')
    const menuPrint = async () =>
      (await executeServerCommand<{ pages: string[] }, undefined>('print-pdf'))!.pages.join('').replace(/\s/g, '')

    it('prints the speech on screen, not the document printed before it', async () => {
      const first = await open(env, OTHER)
      click(first.page, 'button.print')
      await waitUntil(() => first.calls.print === 1, 'print not called')
      expect(printed()!.textContent).to.contain('主持词')
      const record = newDraft(importText(CLEAN).doc, 'test')
      await env.app.store!.saveDraft(record)
      location.hash = `#/draft/${record.id}`
      // The page of the first draft is still there until the second opens: wait for the second.
      await waitUntil(() => {
        const page = env.app.shadowRoot!.querySelector('jg-editor')
        return page?.draftId === record.id && page.editor
      }, 'the second draft did not open')
      const text = await menuPrint()
      expect(text).to.contain('做好人社工作推动高质量发展')
      expect(text).to.contain('全年实现城镇新增就业3250人')
      expect(text).not.to.contain('主持词')
      // Its print over, the copy is gone.
      expect(printed()).to.equal(null)
    })

    it('on a fresh load prints the open speech in its layout, not the screen', async () => {
      await open(env, CLEAN)
      expect(printed()).to.equal(null)
      const text = await menuPrint()
      expect(text).to.contain('做好人社工作推动高质量发展')
      expect(text).to.contain('—1—')
      expect(text).not.to.contain('返回列表')
      expect(text).not.to.contain('草稿')
    })

    it('prints the speech as changed since the last 打印, and a speech with errors marked 草稿', async () => {
      const { page, calls } = await open(env, BROKEN)
      page.editor!.run((state, dispatch) => {
        dispatch?.(state.tr.insertText('（修改稿）', 1))
        return true
      })
      expect(calls.print).to.equal(0)
      const text = await menuPrint()
      expect(text).to.contain('（修改稿）')
      expect(text).to.contain('草稿')
    })
  })
})
