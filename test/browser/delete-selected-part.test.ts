/**
 * A whole part or section selected with the mouse (or Shift+arrows) and deleted with Backspace or
 * Delete goes whole, as 删除本部分 takes it: the parts after move up a number, no "二、（无标题）"
 * shell is left, and one Ctrl+Z brings it all back (tryout 13, finding C3). A selection from inside
 * the opening into part 一's sections joins its two ends in the opening; the sections left become
 * parts, so no "一、（无标题）" stays (tryout 13's leftover).
 */
import { expect, waitUntil } from '@open-wc/testing'
import { sendKeys } from '@web/test-runner-commands'
import type { JgEditor } from '../../src/app/components/jg-editor'
import { importText } from '../../src/core/import'
import { chord, mountApp, openDraftOf } from './helpers'

const SPEECH = `全县商务工作会议讲话
同志们：
今天召开会议。
一、2026年商务工作回顾
一年来，各项工作取得了新的成效。
（一）消费市场稳步回升
全年实现社会消费品零售总额128.6亿元。
（二）电子商务加快发展
全年实现网络零售额18.7亿元。
二、准确把握当前商务工作面临的形势
当前，外部环境复杂多变。
我们要坚定信心，乘势而上。
三、2027年重点任务
新增限上商贸企业25家。
四、工作要求
一要加强组织领导。
同志们，让我们真抓实干！
`

/** Select in the page, as a mouse drag does, from the start of one block's words to the end of another's. */
function dragOver(page: JgEditor, first: string, last: string) {
  const blocks = [...page.shadowRoot!.querySelectorAll('.ProseMirror h2, .ProseMirror h3, .ProseMirror p')]
  const a = blocks.find((b) => b.textContent!.startsWith(first))!
  const b = blocks.find((e) => e.textContent!.startsWith(last))!
  const start = document.createRange()
  start.selectNodeContents(a)
  const end = document.createRange()
  end.selectNodeContents(b)
  page.editor!.editorView!.focus()
  document.getSelection()!.setBaseAndExtent(start.startContainer, start.startOffset, end.endContainer, end.endOffset)
}

/** Select in the page, as a mouse drag does, from the start of the words `from` to the start of the words `to`. */
function dragBetween(page: JgEditor, from: string, to: string) {
  const root = page.shadowRoot!.querySelector('.ProseMirror')!
  const at = (words: string): [Text, number] => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const i = n.textContent!.indexOf(words)
      // A text node is what a tree walker over SHOW_TEXT yields.
      if (i >= 0) return [n as Text, i]
    }
    throw new Error(`no ${words}`)
  }
  const [a, ai] = at(from)
  const [b, bi] = at(to)
  page.editor!.editorView!.focus()
  document.getSelection()!.setBaseAndExtent(a, ai, b, bi)
}

/** The outline's part and section headings, numbered as they print. */
async function outlineHeadings(page: JgEditor): Promise<string[]> {
  await page.updateComplete
  const outline = page.shadowRoot!.querySelector('jg-outline')!
  await outline.updateComplete
  return [...outline.shadowRoot!.querySelectorAll('.heading')].map((e) => e.textContent!.trim())
}

describe('Backspace or Delete over a selected whole part or section', () => {
  let env: Awaited<ReturnType<typeof mountApp>>
  beforeEach(async () => {
    env = await mountApp()
  })
  afterEach(async () => {
    await env.dispose()
  })

  for (const key of ['Backspace', 'Delete'])
    it(`${key} over part 二 takes it whole, 三 becomes 二, and one Ctrl+Z brings it back`, async () => {
      const { page } = await openDraftOf(env, importText(SPEECH).doc)
      const view = page.editor!.editorView!
      const before = view.state.doc
      const outlineBefore = await outlineHeadings(page)
      dragOver(page, '准确把握当前商务工作面临的形势', '我们要坚定信心')
      await waitUntil(() => !view.state.selection.empty, 'the drag did not reach the editor')
      await sendKeys({ press: key })
      await waitUntil(() => !view.state.doc.textContent.includes('准确把握'), 'the part is still there')
      const headings = await outlineHeadings(page)
      expect(headings.join('|')).to.contain('二、2027年重点任务').and.to.contain('三、工作要求')
      expect(headings.join('|')).not.to.contain('无标题')
      let empty = 0
      view.state.doc.descendants((n) => {
        if (n.isTextblock && n.content.size === 0) empty++
      })
      expect(empty).to.equal(0)
      await chord('Control', 'z')
      await waitUntil(() => view.state.doc.eq(before), 'one Ctrl+Z did not bring the part back whole')
      expect(await outlineHeadings(page)).to.deep.equal(outlineBefore)
    })

  it('Backspace from inside part 二 to inside part 三 joins the two paragraphs; 四 becomes 三; one Ctrl+Z undoes it', async () => {
    const { page } = await openDraftOf(env, importText(SPEECH).doc)
    const view = page.editor!.editorView!
    const before = view.state.doc
    dragBetween(page, '外部环境', '限上商贸')
    await waitUntil(() => !view.state.selection.empty, 'the drag did not reach the editor')
    await sendKeys({ press: 'Backspace' })
    await waitUntil(() => !view.state.doc.textContent.includes('外部环境'), 'the words are still there')
    expect(view.state.selection.$from.parent.textContent).to.match(/^当前，限上商贸企业/)
    const headings = await outlineHeadings(page)
    expect(headings.join('|')).to.contain('三、工作要求').and.not.to.contain('无标题')
    await chord('Control', 'z')
    await waitUntil(() => view.state.doc.eq(before), 'one Ctrl+Z did not bring the words back')
  })

  it('Delete from a paragraph over "（一）消费市场稳步回升" into its words leaves no "（一）（无标题）"', async () => {
    const { page } = await openDraftOf(env, importText(SPEECH).doc)
    const view = page.editor!.editorView!
    dragBetween(page, '各项工作', '社会消费品')
    await waitUntil(() => !view.state.selection.empty, 'the drag did not reach the editor')
    await sendKeys({ press: 'Delete' })
    await waitUntil(() => !view.state.doc.textContent.includes('消费市场'), 'the words are still there')
    expect(view.state.selection.$from.parent.textContent).to.match(/^一年来，社会消费品零售总额/)
    const headings = await outlineHeadings(page)
    expect(headings.join('|')).to.contain('一、2026年商务工作回顾|（一）电子商务加快发展').and.not.to.contain('无标题')
  })

  for (const [what, keys] of [
    ['Backspace', { press: 'Backspace' }],
    ['typing 的', { type: '的' }],
  ] as const)
    it(`${what} from inside the opening into section （一）'s words: the ends join, （二） becomes part 一, no empty heading; one Ctrl+Z undoes it`, async () => {
      const { page } = await openDraftOf(env, importText(SPEECH).doc)
      const view = page.editor!.editorView!
      const before = view.state.doc
      dragBetween(page, '召开会议', '社会消费品')
      await waitUntil(() => !view.state.selection.empty, 'the drag did not reach the editor')
      await sendKeys(keys)
      await waitUntil(() => !view.state.doc.textContent.includes('召开会议'), 'the words are still there')
      const typed = 'type' in keys ? keys.type : ''
      expect(view.state.selection.$from.parent.textContent).to.match(new RegExp(`^今天${typed}社会消费品零售总额`))
      expect(view.state.selection.$from.node(1).type.name).to.equal('opening')
      const headings = await outlineHeadings(page)
      expect(headings.join('|')).to.contain('开头|一、电子商务加快发展|二、准确把握').and.not.to.contain('无标题')
      let emptyHeadings = 0
      view.state.doc.descendants((n) => {
        if (n.type.name.endsWith('_heading') && n.content.size === 0) emptyHeadings++
      })
      expect(emptyHeadings).to.equal(0)
      await chord('Control', 'z')
      await waitUntil(() => view.state.doc.eq(before), 'one Ctrl+Z did not bring the words back')
    })

  it('Backspace over section （一） takes it whole, （二） becomes （一）', async () => {
    const { page } = await openDraftOf(env, importText(SPEECH).doc)
    const view = page.editor!.editorView!
    dragOver(page, '消费市场稳步回升', '全年实现社会消费品零售总额')
    await waitUntil(() => !view.state.selection.empty, 'the drag did not reach the editor')
    await sendKeys({ press: 'Backspace' })
    await waitUntil(() => !view.state.doc.textContent.includes('消费市场'), 'the section is still there')
    const headings = await outlineHeadings(page)
    expect(headings.join('|')).to.contain('（一）电子商务加快发展').and.not.to.contain('无标题')
  })
})
