// Tryout 16, A1: on the 通用 template she pressed Ctrl+A, typed the title, and Enter once; from
// then every line she typed piled into the greeting (同志们 line), and a two-paragraph paste there
// changed nothing and said nothing. Nothing she types or pastes may vanish.
import { expect, waitUntil } from '@open-wc/testing'
import { sendKeys } from '@web/test-runner-commands'
import { TextSelection } from 'prosemirror-state'
import type { JgEditor } from '../../src/app/components/jg-editor'
import { chord, clickOn, imeType, mountApp, newDraftFrom, pasteInto } from './helpers'

const paste = pasteInto

// A WPS copy of two paragraphs, the first with the writer's <br> line wraps (tryout 16, in/paste.html).
const WPS =
  '<html><body><!--StartFragment--><p class="MsoNormal" style="text-indent:2em"><span style="font-size:16pt">' +
  '在集中整治阶段，突出重点领域：<br>一是道路交通领域；<br>二是燃气领域。</span></p>' +
  '<p class="MsoNormal" style="text-indent:2em"><span style="font-size:16pt">对排查出的重大隐患，要严格落实“五定”要求。</span></p>' +
  '<!--EndFragment--></body></html>'

const blocks = (page: JgEditor) => {
  const out: string[] = []
  page.editor!.editorView!.state.doc.descendants((node) => {
    if (node.isTextblock) {
      out.push(`${node.type.name}:${node.textContent}`)
      return false
    }
    return true
  })
  return out
}

describe('a template cleared with Ctrl+A, then typed line by line', () => {
  let env: Awaited<ReturnType<typeof mountApp>>
  beforeEach(async () => {
    env = await mountApp()
  })
  afterEach(async () => {
    await env.dispose()
  })

  async function typeLines(lines: string[]) {
    for (const line of lines) {
      await imeType([line], line)
      await sendKeys({ press: 'Enter' })
    }
  }

  it('keeps each typed line its own paragraph, and a paste there goes in', async () => {
    const page = await newDraftFrom(env.app, 'generic-annual')
    page.editor!.editorView!.focus()
    await chord('Control', 'a')
    await typeLines(['标题讲话', '县应急管理局局长　周建华', '（2026年6月10日）', '同志们：', '今天召开会议。'])
    paste(page, '第一段话。\r\n第二段话。')
    const text = blocks(page).join('\n')
    for (const line of ['（2026年6月10日）', '同志们：', '今天召开会议。', '第一段话。', '第二段话。'])
      expect(text).to.contain(line)
    expect(blocks(page).some((b) => b.includes('同志们：今天'))).to.equal(false)
  })
  it('puts a two-paragraph paste into the greeting after it, plain text or WPS', async () => {
    const page = await newDraftFrom(env.app, 'generic-annual')
    page.editor!.editorView!.focus()
    await chord('Control', 'a')
    await typeLines(['标题讲话'])
    await imeType(['同志们：'], '同志们：')
    expect(blocks(page)[1]).to.equal('greeting:同志们：')
    paste(page, '', WPS)
    const view = page.editor!.editorView!
    view.dispatch(
      view.state.tr.setSelection(
        TextSelection.create(view.state.doc, view.state.doc.child(0).nodeSize + view.state.doc.child(1).nodeSize - 1),
      ),
    )
    expect(view.state.selection.$from.parent.type.name).to.equal('greeting')
    paste(page, '第一段话。\r\n第二段话。')
    expect(blocks(page).slice(0, 6)).to.deep.equal([
      'title:标题讲话',
      'greeting:同志们：',
      'paragraph:第一段话。',
      'paragraph:第二段话。',
      'paragraph:在集中整治阶段，突出重点领域：一是道路交通领域；二是燃气领域。',
      'paragraph:对排查出的重大隐患，要严格落实“五定”要求。',
    ])
  })

  // Tryout 16, C1: headings typed as lines stay paragraphs; the checks say what to do, and 新增部分 on one does it.
  it('says how to make typed headings parts, and 新增部分 on one makes them parts', async () => {
    const page = await newDraftFrom(env.app, 'generic-annual')
    const view = page.editor!.editorView!
    view.focus()
    await chord('Control', 'a')
    await typeLines(['标题讲话', '同志们：', '今天召开会议。下面，我讲两点意见：', '一、认清形势，今年以来成绩明显'])
    await typeLines(['（一）事故指标持续下降', '全县事故起数下降。', '二、突出重点，全力抓好百日攻坚'])
    await imeType(['要严。'], '要严。')
    await waitUntil(
      () => page.editor!.checks.findings.some((f) => f.message.includes('点“新增部分”')),
      'no hint on the typed headings',
    )
    let at = -1
    view.state.doc.descendants((node, pos) => {
      if (at < 0 && node.isTextblock && node.textContent.startsWith('一、')) at = pos + 3
    })
    view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, at)))
    await clickOn(page.shadowRoot!.querySelector('button.add-part')!)
    const parts: string[] = []
    view.state.doc.forEach((node) => {
      if (node.type.name === 'part') parts.push(node.textContent)
    })
    expect(parts).to.deep.equal([
      '认清形势，今年以来成绩明显（一）事故指标持续下降全县事故起数下降。',
      '突出重点，全力抓好百日攻坚要严。',
    ])
    await waitUntil(() => !page.editor!.checks.findings.some((f) => f.message.includes('手写编号')), 'the hint stays')
  })
})
