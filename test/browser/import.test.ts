import { expect, waitUntil } from '@open-wc/testing'
import type { JgImport } from '../../src/app/components/jg-import'
import { importText } from '../../src/core/import'
import { outlineJSON, slotsOf } from '../../src/core/outline'
import { clickOn, editorPage, library, mountApp } from './helpers'

async function fixtureFile(name: string, type = ''): Promise<File> {
  const res = await fetch(`/test/fixtures/${name}`)
  if (!res.ok) throw new Error(`fixture ${name}: ${res.status}`)
  return new File([await res.arrayBuffer()], name, { type })
}

async function openImport(app: HTMLElement & { shadowRoot: ShadowRoot | null }): Promise<JgImport> {
  const lib = await library(app as never)
  lib.shadowRoot!.querySelector<HTMLButtonElement>('button.import')!.click()
  const dialog = lib.shadowRoot!.querySelector('jg-import')!
  await waitUntil(() => dialog.shadowRoot?.querySelector('dialog')?.open, 'import dialog did not open', {
    timeout: 5000,
  })
  return dialog
}

/** Choose a file through the file input, as a user does. */
function choose(dialog: JgImport, file: File) {
  const input = dialog.shadowRoot!.querySelector<HTMLInputElement>('input.file')!
  const dt = new DataTransfer()
  dt.items.add(file)
  input.files = dt.files
  input.dispatchEvent(new Event('change'))
}

const previewText = (dialog: JgImport) => dialog.shadowRoot!.querySelector('.preview')?.textContent ?? ''
const errorText = (dialog: JgImport) => dialog.shadowRoot!.querySelector('.error')?.textContent ?? ''

describe("importing last year's speech", () => {
  let env: Awaited<ReturnType<typeof mountApp>>
  beforeEach(async () => {
    env = await mountApp()
  })
  afterEach(async () => {
    await env.dispose()
  })

  it('imports a real .docx: shows the outline and figure count first, then makes the draft', async () => {
    const dialog = await openImport(env.app)
    choose(dialog, await fixtureFile('seed-hrss-2022.docx'))
    await waitUntil(() => previewText(dialog), 'no preview', { timeout: 10000 })
    expect(previewText(dialog)).to.contain('识别到 3 个部分、数字 55 个（其中打码或空缺 54 个）、人名 7 个')
    expect(previewText(dialog)).to.contain('一、2021年工作回顾')
    expect(previewText(dialog)).to.contain('（一）实施就业优先战略，千方百计稳定和扩大就业。')
    dialog.shadowRoot!.querySelector<HTMLButtonElement>('button.create')!.click()
    const page = await editorPage(env.app)
    const text = await (await fetch('/test/fixtures/seed-hrss-2022.txt')).text()
    expect(outlineJSON(page.editor!.state.doc)).to.deep.equal(outlineJSON(importText(text).doc))
  })

  it('imports a .docx numbered by Word’s automatic numbering with its parts and sections, through the import worker', async () => {
    const dialog = await openImport(env.app)
    choose(dialog, await fixtureFile('seed-hrss-2022-autonum.docx'))
    await waitUntil(() => previewText(dialog), 'no preview', { timeout: 10000 })
    // The numbers live only in word/numbering.xml: read as plain paragraphs, no part would be found.
    expect(previewText(dialog)).to.contain('识别到 3 个部分、数字 55 个（其中打码或空缺 54 个）、人名 7 个')
    expect(previewText(dialog)).to.contain('一、2021年工作回顾')
    expect(previewText(dialog)).to.contain('（一）实施就业优先战略，千方百计稳定和扩大就业。')
    dialog.shadowRoot!.querySelector<HTMLButtonElement>('button.create')!.click()
    const page = await editorPage(env.app)
    const text = await (await fetch('/test/fixtures/seed-hrss-2022.txt')).text()
    expect(outlineJSON(page.editor!.state.doc)).to.deep.equal(outlineJSON(importText(text).doc))
  })

  it('says which automatic numbers of a .docx it could not write', async () => {
    const dialog = await openImport(env.app)
    choose(dialog, await fixtureFile('autonum-unknown-format.docx'))
    await waitUntil(() => previewText(dialog), 'no preview', { timeout: 10000 })
    expect(previewText(dialog)).to.contain('有 3 段的自动编号格式（ordinalText）程序不认识')
    expect(previewText(dialog)).to.contain('一、2025年工作回顾')
  })

  // Tryout 11 (A2): the leader's table became twelve loose lines and the preview never mentioned it.
  it('says a .docx table with figures was read as lines whose numbers are no slots', async () => {
    const dialog = await openImport(env.app)
    choose(dialog, await fixtureFile('tryout11/leader.docx'))
    await waitUntil(() => previewText(dialog), 'no preview', { timeout: 10000 })
    expect(previewText(dialog)).to.contain('第 1 张有数字的表格（指标、2023年、2024年）按行读成了 4 段文字')
  })

  it('offers the file picker as its own Chinese button, not the browser’s “Choose File”', async () => {
    const dialog = await openImport(env.app)
    const input = dialog.shadowRoot!.querySelector<HTMLInputElement>('input.file')!
    // The browser's control (its English button and “No file chosen”) takes no room on the page.
    expect(input.getBoundingClientRect().width).to.equal(0)
    const button = dialog.shadowRoot!.querySelector<HTMLButtonElement>('button.choose-file')!
    expect(button.textContent).to.equal('选择文件…')
    let picked = 0
    input.addEventListener('click', (e) => {
      picked++
      e.preventDefault() // no picker opens in a test
    })
    button.click()
    expect(picked).to.equal(1)
    // A file read leaves no name behind in the input.
    choose(dialog, await fixtureFile('agri-2023.txt'))
    expect(input.value).to.equal('')
    await waitUntil(() => previewText(dialog), 'no preview', { timeout: 10000 })
  })

  it('shows progress while a slow import runs, and hides it after', async () => {
    const dialog = await openImport(env.app)
    dialog.progressDelay = 0
    choose(dialog, await fixtureFile('seed-hrss-2022.docx'))
    await waitUntil(() => dialog.shadowRoot!.querySelector('.progress'), 'no progress shown')
    expect(dialog.shadowRoot!.querySelector('.progress')!.textContent).to.contain('正在识别“seed-hrss-2022.docx”')
    await waitUntil(() => previewText(dialog), 'no preview', { timeout: 10000 })
    expect(dialog.shadowRoot!.querySelector('.progress')).to.equal(null)
  })

  it('imports GB18030 text without garbling it', async () => {
    const dialog = await openImport(env.app)
    choose(dialog, await fixtureFile('edu-notitle.gb18030.txt', 'text/plain'))
    await waitUntil(() => previewText(dialog), 'no preview', { timeout: 10000 })
    expect(previewText(dialog)).to.contain('一、2023年教育工作回顾')
    expect(previewText(dialog)).to.contain('GB18030')
  })

  it('asks for .docx when given an old .doc file, and makes no draft', async () => {
    const dialog = await openImport(env.app)
    choose(
      dialog,
      new File([new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 1, 2, 3])], '去年讲话.doc'),
    )
    await waitUntil(() => errorText(dialog), 'no error shown', { timeout: 10000 })
    expect(errorText(dialog)).to.contain('另存为')
    expect(await env.app.store!.listDrafts()).to.have.length(0)
  })

  it('refuses a broken .docx with a message', async () => {
    const dialog = await openImport(env.app)
    choose(dialog, new File([new Uint8Array([0x50, 0x4b, 0x03, 0x04, 9, 9, 9, 9])], '坏文件.docx'))
    await waitUntil(() => errorText(dialog), 'no error shown', { timeout: 10000 })
    expect(errorText(dialog)).to.contain('损坏')
  })

  it('keeps the paragraphs of HTML pasted from Word', async () => {
    const dialog = await openImport(env.app)
    const area = dialog.shadowRoot!.querySelector('textarea')!
    const dt = new DataTransfer()
    dt.setData(
      'text/html',
      '<p class=MsoNormal><span lang=EN-US>同志们：</span></p><p class=MsoNormal>一、2025年工作回顾<o:p></o:p></p><p>全年实现城镇新增就业<b>3250</b>人。</p><p>二、2026年工作任务</p><p>（一）稳就业。确保新增就业3000人。</p>',
    )
    dt.setData('text/plain', '同志们： 一、2025年工作回顾 全年实现城镇新增就业3250人。')
    area.focus()
    area.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }))
    expect(area.value.split('\n')).to.deep.equal([
      '同志们：',
      '一、2025年工作回顾',
      '全年实现城镇新增就业3250人。',
      '二、2026年工作任务',
      '（一）稳就业。确保新增就业3000人。',
    ])
    dialog.shadowRoot!.querySelector<HTMLButtonElement>('button.recognise')!.click()
    await waitUntil(() => previewText(dialog), 'no preview', { timeout: 10000 })
    expect(previewText(dialog)).to.contain('数字 2 个')
  })

  /** Paste plain text into the dialog's box and press 识别. */
  async function recognisePasted(dialog: JgImport, text: string) {
    dialog.shadowRoot!.querySelector('textarea')!.value = text
    dialog.shadowRoot!.querySelector<HTMLButtonElement>('button.recognise')!.click()
    await waitUntil(() => previewText(dialog), 'no preview', { timeout: 10000 })
  }

  it('reads a WeChat article: 【】 parts, ◆ sections, the page’s lines listed as left out, one click keeps them', async () => {
    const dialog = await openImport(env.app)
    const text = await (await fetch('/test/fixtures/articles/scjg-city-market-wechat.txt')).text()
    await recognisePasted(dialog, text)
    const preview = previewText(dialog)
    expect(preview).to.contain('识别到 3 个部分')
    expect(preview).to.contain('一、2025年，全市市场监管工作稳中有进')
    expect(preview).to.contain('（一）经营主体活力持续增强')
    expect(preview).to.contain('原文用“【……】”作部分标题（3 处），用“▲”“■”“◆”等符号开头的行作节标题（4 处）')
    expect(preview).to.contain('已略去 6 行网页文字')
    const listed = () => [...dialog.shadowRoot!.querySelectorAll('.web-lines li')].map((li) => li.textContent ?? '')
    expect(listed()).to.deep.equal([
      '点击上方蓝字关注我们',
      '原创 平江市场监管 2026-03-05 08:00',
      '作者 | 办公室',
      '▲图为市场监管人员开展食品安全抽检',
      '往期推荐',
      '分享、点赞、在看，让更多人看到',
    ])
    expect(preview).to.contain('标题：守牢安全底线 优化营商环境')
    dialog.shadowRoot!.querySelector<HTMLButtonElement>('button.keep-web')!.click()
    await waitUntil(() => previewText(dialog).includes('已按你的选择保留'), 'not kept', { timeout: 10000 })
    expect(listed()).to.have.length(6)
    dialog.shadowRoot!.querySelector<HTMLButtonElement>('button.create')!.click()
    const page = await editorPage(env.app)
    expect(page.editor!.state.doc.textContent).to.contain('往期推荐')
  })

  it('keeps the part kinds she corrected when she then keeps the page’s lines', async () => {
    const dialog = await openImport(env.app)
    const text = await (await fetch('/test/fixtures/articles/scjg-city-market-wechat.txt')).text()
    await recognisePasted(dialog, text)
    const kinds = () => [...dialog.shadowRoot!.querySelectorAll<HTMLSelectElement>('.preview select.part-kind')]
    const last = kinds().at(-1)!
    const corrected = last.value === 'other' ? 'requirements' : 'other'
    last.value = corrected
    last.dispatchEvent(new Event('change'))
    dialog.shadowRoot!.querySelector<HTMLButtonElement>('button.keep-web')!.click()
    await waitUntil(() => previewText(dialog).includes('已按你的选择保留'), 'not kept', { timeout: 10000 })
    await dialog.updateComplete
    expect(kinds().at(-1)!.value).to.equal(corrected)
  })

  it('reads a web page’s bold-only headings as parts and sections when its HTML is pasted', async () => {
    const dialog = await openImport(env.app)
    const area = dialog.shadowRoot!.querySelector('textarea')!
    const dt = new DataTransfer()
    dt.setData('text/html', await (await fetch('/test/fixtures/articles/jyj-district-education-bold.html')).text())
    area.focus()
    area.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }))
    expect(area.value).to.contain('【2025年工作回顾】\n')
    expect(area.value).to.contain('■学前教育普惠发展\n')
    dialog.shadowRoot!.querySelector<HTMLButtonElement>('button.recognise')!.click()
    await waitUntil(() => previewText(dialog), 'no preview', { timeout: 10000 })
    expect(previewText(dialog)).to.contain('识别到 2 个部分')
    expect(previewText(dialog)).to.contain('（二）义务教育优质均衡')
  })

  it('says why no part was found and what to do, and 重新选择 keeps the pasted text to correct', async () => {
    const dialog = await openImport(env.app)
    const text = '同志们：\n今天召开会议，部署全年工作。\n各单位要抓好落实，确保完成任务。'
    await recognisePasted(dialog, text)
    expect(previewText(dialog)).to.contain('识别到 0 个部分')
    expect(previewText(dialog)).to.contain('部分标题要单独成行，以“一、二、三、”编号')
    // No part, no kind to check: the hint about parts' kinds would only confuse.
    expect(previewText(dialog)).not.to.contain('各部分的类型')
    dialog.shadowRoot!.querySelector<HTMLButtonElement>('button.back')!.click()
    await waitUntil(() => dialog.shadowRoot!.querySelector('textarea')?.value === text, 'text not kept', {
      timeout: 5000,
    })
  })

  it('取消 forgets the chosen file: reopened, the dialog is empty and 识别 says nothing was chosen', async () => {
    const dialog = await openImport(env.app)
    choose(
      dialog,
      new File([new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 1, 2, 3])], '去年讲话.doc'),
    )
    await waitUntil(() => errorText(dialog), 'no error shown', { timeout: 10000 })
    dialog.shadowRoot!.querySelector('textarea')!.value = '半截正文'
    await clickOn(dialog.shadowRoot!.querySelector('button.cancel')!)
    await waitUntil(() => !dialog.shadowRoot!.querySelector('dialog')!.open, 'the dialog did not close')
    const again = await openImport(env.app)
    await again.updateComplete
    expect(again.shadowRoot!.querySelector<HTMLInputElement>('input.file')!.files!.length, 'file kept').to.equal(0)
    expect(again.shadowRoot!.querySelector('textarea')!.value, 'text kept').to.equal('')
    expect(errorText(again)).to.equal('')
    await clickOn(again.shadowRoot!.querySelector('button.recognise')!)
    await waitUntil(() => errorText(again), 'no message')
    expect(errorText(again)).to.contain('没有选择文件，也没有粘贴正文')
    expect(await env.app.store!.listDrafts()).to.have.length(0)
  })

  it('refuses a huge paste with a message and keeps the library as it was', async () => {
    const dialog = await openImport(env.app)
    dialog.shadowRoot!.querySelector('textarea')!.value = '同志们：\n' + '这是很长的一段话。'.repeat(50000)
    dialog.shadowRoot!.querySelector<HTMLButtonElement>('button.recognise')!.click()
    await waitUntil(() => errorText(dialog), 'no error shown', { timeout: 10000 })
    expect(errorText(dialog)).to.contain('内容太长')
    expect(await env.app.store!.listDrafts()).to.have.length(0)
  })

  it('says in the dialog, not of an editor, that a full storage made no draft, and keeps the preview to try again', async () => {
    const dialog = await openImport(env.app)
    dialog.shadowRoot!.querySelector('textarea')!.value =
      '2025年工作会议讲话\n同志们：\n开场。\n一、2025年工作回顾\n全年实现城镇新增就业3250人。'
    dialog.shadowRoot!.querySelector<HTMLButtonElement>('button.recognise')!.click()
    await waitUntil(() => dialog.shadowRoot!.querySelector('button.create'), 'no preview')
    const store = env.app.store!
    const save = store.saveDraft.bind(store)
    store.saveDraft = () => Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))
    dialog.shadowRoot!.querySelector<HTMLButtonElement>('button.create')!.click()
    await waitUntil(() => errorText(dialog), 'no error shown')
    expect(errorText(dialog)).to.contain('存储空间已满，这一步没有做成')
    expect(errorText(dialog)).not.to.contain('编辑器')
    expect(await store.listDrafts()).to.have.length(0)
    // Space made, the same preview makes the draft.
    store.saveDraft = save
    dialog.shadowRoot!.querySelector<HTMLButtonElement>('button.create')!.click()
    await waitUntil(async () => (await store.listDrafts()).length === 1, 'no draft made on the second try')
  })

  describe('correcting part kinds in the preview', () => {
    const PASTED = `2025年工作会议讲话
同志们：
今天召开会议，总结2025年工作，部署2026年任务。
一、2025年工作回顾
全年实现城镇新增就业3250人。
二、下一步的几点考虑
新增城镇就业3300人，开展职业技能培训1200人次。
同志们，让我们再创佳绩！`

    const selects = (dialog: JgImport) => [
      ...dialog.shadowRoot!.querySelectorAll<HTMLSelectElement>('.preview select.part-kind'),
    ]
    type Doc = ReturnType<typeof importText>['doc']
    const docParts = (doc: Doc) => {
      const out: { node: Doc; pos: number }[] = []
      doc.forEach((node, pos) => {
        if (node.type.name === 'part') out.push({ node, pos })
      })
      return out
    }
    const partSlots = (doc: Doc, n: number) => {
      const { node, pos } = docParts(doc)[n]
      return slotsOf(doc)
        .filter((s) => s.attrs.role === 'metric' && s.pos > pos && s.pos < pos + node.nodeSize)
        .map((s) => [s.attrs.label, s.attrs.kind, s.attrs.year])
    }

    it('a part guessed wrong is corrected before the draft is made, and its figures follow its kind', async () => {
      const dialog = await openImport(env.app)
      dialog.shadowRoot!.querySelector<HTMLTextAreaElement>('textarea.paste')!.value = PASTED
      dialog.shadowRoot!.querySelector<HTMLButtonElement>('button.recognise')!.click()
      await waitUntil(() => selects(dialog).length === 2, 'no kinds to correct')
      const asText = () => [...dialog.shadowRoot!.querySelectorAll('.figures-as')].map((e) => e.textContent)
      // whatever was guessed, the user says 其他 and then 任务, and the figures follow each time
      selects(dialog)[1].value = 'other'
      selects(dialog)[1].dispatchEvent(new Event('change'))
      await dialog.updateComplete
      expect(asText()).to.deep.equal(['数字按2025年实际数', '数字按2025年实际数'])
      // the requirements plan the year as the tasks do (全年开展安全隐患排查2次以上)
      selects(dialog)[1].value = 'requirements'
      selects(dialog)[1].dispatchEvent(new Event('change'))
      await dialog.updateComplete
      expect(asText()).to.deep.equal(['数字按2025年实际数', '数字按2026年目标'])
      selects(dialog)[1].value = 'tasks'
      selects(dialog)[1].dispatchEvent(new Event('change'))
      await dialog.updateComplete
      expect(asText()).to.deep.equal(['数字按2025年实际数', '数字按2026年目标'])
      dialog.shadowRoot!.querySelector<HTMLButtonElement>('button.create')!.click()
      const page = await editorPage(env.app)
      const doc = page.editor!.state.doc
      expect(docParts(doc).map((p) => p.node.attrs.kind)).to.deep.equal(['review', 'tasks'])
      expect(partSlots(doc, 0)).to.deep.equal([['城镇新增就业', 'actual', 2025]])
      expect(partSlots(doc, 1)).to.deep.equal([
        ['新增城镇就业', 'target', 2026],
        ['开展职业技能培训', 'target', 2026],
      ])
    })

    it('a .docx is read again with the corrected kinds; a kind left as guessed changes nothing', async () => {
      const dialog = await openImport(env.app)
      choose(dialog, await fixtureFile('seed-hrss-2022.docx'))
      await waitUntil(() => selects(dialog).length === 3, 'no kinds to correct', { timeout: 10000 })
      expect(selects(dialog).map((s) => s.value)).to.deep.equal(['review', 'tasks', 'requirements'])
      selects(dialog)[1].value = 'other'
      selects(dialog)[1].dispatchEvent(new Event('change'))
      await dialog.updateComplete
      dialog.shadowRoot!.querySelector<HTMLButtonElement>('button.create')!.click()
      const page = await editorPage(env.app)
      const doc = page.editor!.state.doc
      const text = await (await fetch('/test/fixtures/seed-hrss-2022.txt')).text()
      const guessed = importText(text).doc
      expect(docParts(doc).map((p) => p.node.attrs.kind)).to.deep.equal(['review', 'other', 'requirements'])
      expect(partSlots(guessed, 1).every(([, kind, year]) => kind === 'target' && year === 2022)).to.equal(true)
      expect(partSlots(doc, 1)).to.deep.equal(partSlots(guessed, 1).map(([label]) => [label, 'actual', 2021]))
      expect(partSlots(doc, 0)).to.deep.equal(partSlots(guessed, 0))
    })
  })
})
