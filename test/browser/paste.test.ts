// Word paragraphs pasted into the editor itself (tryout 6, finding 10): a Shift+Enter <br> is read
// as the import reads it (no stray space), Word's &nbsp; indent is dropped, and a pasted “（四）……”
// in section （三） is told to be a section, which Ctrl+Enter makes it.
import { expect } from '@open-wc/testing'
import { TextSelection } from 'prosemirror-state'
import type { EditorView } from 'prosemirror-view'
import type { JgChecks } from '../../src/app/components/jg-checks'
import type { JgEditor } from '../../src/app/components/jg-editor'
import { importText } from '../../src/core/import'
import { partsOf, slotsOf } from '../../src/core/outline'
import { checked, chord, mountApp, openDraftOf, pasteInto } from './helpers'
import SNIPPET from '../fixtures/word-snippet-section.html?raw'
import WPS_SOFT_BREAK from '../fixtures/wps-soft-break.html?raw'

const SPEECH = `在全区住房和城乡建设工作会议上的讲话
同志们：
今天召开会议。
一、2026年重点工作任务
（一）促进房地产市场平稳健康发展。稳妥处置逾期交付项目。
（二）持续加强住房保障。开工改造城镇老旧小区。
（三）扎实推进城市更新。全年组织业务培训14期。
二、工作要求
一要加强领导。
同志们，让我们真抓实干！
`

/** The paragraphs of the first part's section （三）, as text. */
const thirdSection = (page: JgEditor) =>
  partsOf(page.editor!.state.doc)
    .filter((p) => p.number)[0]
    .sections.map((s) => s.number + s.heading)

async function panelFindings(page: JgEditor) {
  const checks = page.shadowRoot!.querySelector<JgChecks>('jg-checks')!
  await checks.updateComplete
  return [...checks.shadowRoot!.querySelectorAll('li')].map((li) => li.textContent!.replace(/\s+/g, ''))
}

/** The text of each textblock of the speech. */
const blocks = (page: JgEditor) => {
  const out: string[] = []
  page.editor!.state.doc.descendants((node) => {
    if (node.isTextblock) out.push(node.textContent)
    return !node.isTextblock
  })
  return out
}

/** A new empty paragraph after the first textblock whose text passes `which`, the cursor in it, the view focused. */
function emptyParagraphAfter(view: EditorView, which: (text: string) => boolean) {
  let end = -1
  view.state.doc.descendants((node, pos) => {
    if (end < 0 && node.isTextblock && which(node.textContent)) end = pos + node.nodeSize - 1
  })
  const split = view.state.tr.split(end)
  view.dispatch(split.setSelection(TextSelection.create(split.doc, end + 2)))
  view.focus()
}

describe('pasting Word paragraphs into the editor', () => {
  let env: Awaited<ReturnType<typeof mountApp>>
  beforeEach(async () => {
    env = await mountApp()
  })
  afterEach(async () => {
    await env.dispose()
  })

  it('reads line breaks as the import does, drops the indent, and makes a pasted （四） a section with Ctrl+Enter', async () => {
    const { page } = await openDraftOf(env, importText(SPEECH).doc)
    const view = page.editor!.editorView!
    // Enter after 全年组织业务培训14期。 : an empty paragraph in section （三）
    emptyParagraphAfter(view, (text) => text.includes('全年组织业务培训'))
    pasteInto(
      page,
      '（四）推动建筑业转型升级。全区建筑业总产值达到229.6亿元，增长6.6%；\r\n新增资质等级建筑企业31家，累计达到387家。',
      SNIPPET,
    )
    const pasted = blocks(page)
    expect(pasted, JSON.stringify(pasted)).to.include(
      '（四）推动建筑业转型升级。全区建筑业总产值达到229.6亿元，增长6.6%；新增资质等级建筑企业31家，累计达到387家。',
    )
    expect(pasted).to.include('“十四五”期间，全区累计完成房地产开发投资498.7亿元，累计筹集各类保障性住房8620套。')

    await checked(page)
    const findings = await panelFindings(page)
    expect(
      findings.some((t) => t.includes('“（四）”接着上面的（三），像是新的一节')),
      JSON.stringify(findings),
    ).to.equal(true)
    expect(
      findings.some((t) => t.includes('这里手写了编号')),
      JSON.stringify(findings),
    ).to.equal(false)

    let at = -1
    view.state.doc.descendants((node, pos) => {
      if (at < 0 && node.type.name === 'paragraph' && node.textContent.startsWith('（四）')) at = pos + 5
    })
    view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, at)))
    view.focus()
    await chord('Control', 'Enter')
    expect(thirdSection(page)).to.deep.equal([
      '（一）促进房地产市场平稳健康发展。',
      '（二）持续加强住房保障。',
      '（三）扎实推进城市更新。',
      '（四）推动建筑业转型升级。',
    ])
    await checked(page)
    expect((await panelFindings(page)).some((t) => t.includes('（四）'))).to.equal(false)
  })
  it('joins the lines of a WPS paragraph with a soft break (<br>) after a full stop (tryout 13, finding C4)', async () => {
    const { page } = await openDraftOf(env, importText(SPEECH).doc)
    const view = page.editor!.editorView!
    // Enter after 一要加强领导。 : an empty paragraph in part 二, where the two paragraphs go
    emptyParagraphAfter(view, (text) => text === '一要加强领导。')
    pasteInto(
      page,
      '　　五要强化宣传引导。\v加强政策解读，全年发布商务政策解读稿件不少于60篇，营造全社会关心支持商务发展的良好氛围。\r\n　　六要严守纪律规矩。2026年各单位要严格执行中央八项规定精神。',
      WPS_SOFT_BREAK,
    )
    const pasted = blocks(page)
    const at = pasted.indexOf('一要加强领导。')
    expect(pasted.slice(at, at + 3), JSON.stringify(pasted)).to.deep.equal([
      '一要加强领导。',
      '五要强化宣传引导。加强政策解读，全年发布商务政策解读稿件不少于60篇，营造全社会关心支持商务发展的良好氛围。',
      '六要严守纪律规矩。2026年各单位要严格执行中央八项规定精神。',
    ])
  })

  it('keeps a list typed one item a line with soft breaks in WPS as one paragraph an item (review 28b)', async () => {
    const { page } = await openDraftOf(env, importText(SPEECH).doc)
    const view = page.editor!.editorView!
    emptyParagraphAfter(view, (text) => text === '一要加强领导。')
    pasteInto(
      page,
      '一是加强组织领导\v二是压实工作责任\v三是强化督查考核',
      '<html><head><meta name=Generator content="WPS Office"></head><body><!--StartFragment--><p class=MsoNormal><span style="font-family:仿宋_GB2312">一是加强组织领导<br>二是压实工作责任<br>三是强化督查考核</span></p><!--EndFragment--></body></html>',
    )
    const pasted = blocks(page)
    const at = pasted.indexOf('一要加强领导。')
    expect(pasted.slice(at, at + 4), JSON.stringify(pasted)).to.deep.equal([
      '一要加强领导。',
      '一是加强组织领导',
      '二是压实工作责任',
      '三是强化督查考核',
    ])
  })

  it('reads Word’s line break in plain text (\\v, as Ctrl+Shift+V pastes it) as the same line wrap', async () => {
    const { page } = await openDraftOf(env, importText(SPEECH).doc)
    const view = page.editor!.editorView!
    emptyParagraphAfter(view, (text) => text === '一要加强领导。')
    pasteInto(
      page,
      '　　五要强化宣传引导。\v加强政策解读，营造良好氛围。\r\n　　六要严守纪律规矩。\v　　七要狠抓工作落实。',
    )
    const pasted = blocks(page)
    const at = pasted.indexOf('一要加强领导。')
    expect(pasted.slice(at, at + 4), JSON.stringify(pasted)).to.deep.equal([
      '一要加强领导。',
      '五要强化宣传引导。加强政策解读，营造良好氛围。',
      '六要严守纪律规矩。',
      '七要狠抓工作落实。',
    ])
  })

  it('keeps the numbers of a web page’s ordered list (tryout 10, item 2)', async () => {
    const { page } = await openDraftOf(env, importText(SPEECH).doc)
    const view = page.editor!.editorView!
    emptyParagraphAfter(view, (text) => text.includes('一要加强领导'))
    pasteInto(
      page,
      '提高政治站位。各级党组织要扛起责任。\n强化责任落实。各科室要把任务分解到月。',
      '<ol style="list-style-type: decimal;"><li><p><span>提高政治站位。各级党组织要扛起责任。</span></p></li><li><p><span>强化责任落实。各科室要把任务分解到月。</span></p></li></ol>',
    )
    const pasted = blocks(page)
    expect(pasted, JSON.stringify(pasted)).to.include.members([
      '1.提高政治站位。各级党组织要扛起责任。',
      '2.强化责任落实。各科室要把任务分解到月。',
    ])
  })
  it('leaves a copy from the editor itself as it is: its slots paste back as slots', async () => {
    const { page } = await openDraftOf(env, importText(SPEECH.replace('14期', '14期，培训干部职工800人次')).doc)
    const view = page.editor!.editorView!
    const before = slotsOf(view.state.doc).length
    let para = -1
    view.state.doc.descendants((node, pos) => {
      if (para < 0 && node.type.name === 'paragraph' && node.textContent.includes('全年组织业务培训')) para = pos
    })
    const node = view.state.doc.nodeAt(para)!
    // as a selection in the paragraph copies it (Selection.content: the slice with its parents)
    const { dom } = view.serializeForClipboard(view.state.doc.slice(para + 1, para + node.nodeSize - 1, true))
    view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, para + node.nodeSize - 1)))
    view.focus()
    pasteInto(page, node.textContent, dom.innerHTML)
    expect(slotsOf(view.state.doc).length).to.equal(before + 2)
  })
})
