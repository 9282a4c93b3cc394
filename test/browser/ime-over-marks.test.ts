// Tryout 4: typing with an IME over a selection that began where a check mark began, the new text
// starting with the old one's first character, doubled it (“2026年是” over a marked 2025 gave
// “22026年是”, “关键之年” over a marked 关键之年 gave “关关键之年”), silently. checks-plugin.ts, offSelection.
import { expect, waitUntil } from '@open-wc/testing'
import { TextSelection } from 'prosemirror-state'
import { importText } from '../../src/core/import'
import { checked, imeType, mountApp, openDraftOf } from './helpers'

const SPEECH = `全县工作会议讲话
同志们：
今天召开会议，总结2025年工作，部署2026年任务。
一、2025年工作回顾
全县上下要认真认真抓好落实，各项工作稳步推进。
二、2026年工作任务
2025年是“十五五”规划实施的关键之年，做好今年的统计工作意义重大。
三、工作要求
一要严。
同志们，谢谢！`

/** The paragraph to type in, the words selected in it, and what the IME writes over them. */
const CASES: [string, string, string][] = [
  ['十五五', '2025年是“十五五”', '2026年是“十五五”'],
  ['十五五', '关键之年，做好', '关键之年，做好'],
  ['十五五', '2025', '2026'],
  ['认真认真', '认真抓好', '仔细抓好'],
]

describe('typing with an IME over words a check marks', () => {
  let env: Awaited<ReturnType<typeof mountApp>>
  beforeEach(async () => {
    env = await mountApp()
  })
  afterEach(async () => {
    await env.dispose()
  })

  for (const [para, words, typed] of CASES)
    it(`“${words}” typed over as “${typed}” reads “${typed}”, once`, async () => {
      const { page } = await openDraftOf(env, importText(SPEECH).doc)
      await checked(page)
      const view = page.editor!.editorView!
      const marks = () => [...view.dom.querySelectorAll('.check')].map((e) => e.textContent)
      await waitUntil(() => marks().includes('2025') && marks().includes('关键之年'), 'the slips are not marked')
      const line = SPEECH.split('\n').find((l) => l.includes(para))!
      let from = -1
      view.state.doc.descendants((node, pos) => {
        if (from < 0 && node.isTextblock && node.textContent === line) from = pos + 1 + line.indexOf(words)
      })
      view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, from, from + words.length)))
      view.focus()
      // Selected, the words show no mark: the IME composes into plain text.
      expect(marks()).not.to.include(words.slice(0, 4))
      await imeType(
        [...typed].map((_, i) => typed.slice(0, i + 1)),
        typed,
      )
      const want = line.replace(words, typed)
      await waitUntil(() => view.state.doc.textContent.includes(want), `not typed as ${want}`)
      const paragraphs: string[] = []
      view.state.doc.descendants((node) => {
        if (node.isTextblock) paragraphs.push(node.textContent)
      })
      expect(paragraphs).to.include(want)
      expect(view.dom.textContent).to.equal(view.state.doc.textContent)
    })

  it('shows the marks again once nothing is selected', async () => {
    const { page } = await openDraftOf(env, importText(SPEECH).doc)
    await checked(page)
    const view = page.editor!.editorView!
    const marks = () => [...view.dom.querySelectorAll('.check')].map((e) => e.textContent)
    await waitUntil(() => marks().includes('关键之年'), 'not marked')
    const at = view.state.doc.textContent.indexOf('关键之年')
    let from = -1
    view.state.doc.descendants((node, pos) => {
      if (from < 0 && node.isTextblock && node.textContent.includes('关键之年'))
        from = pos + 1 + node.textContent.indexOf('关键之年')
    })
    expect(at).to.be.greaterThan(0)
    view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, from, from + 6)))
    expect(marks()).not.to.include('关键之年')
    view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, from)))
    expect(marks()).to.include('关键之年')
  })
})
