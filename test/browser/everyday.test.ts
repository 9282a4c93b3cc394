/**
 * Everyday editing with real key presses: find and replace (Ctrl+F, Ctrl+H), undo that takes
 * back typing a burst or a clause at a time, and the hint for a number typed by hand.
 */
import { expect, waitUntil } from '@open-wc/testing'
import { executeServerCommand, sendKeys } from '@web/test-runner-commands'
import { NodeSelection, TextSelection } from 'prosemirror-state'
import type { JgEditor } from '../../src/app/components/jg-editor'
import type { JgFind } from '../../src/app/components/jg-find'
import { chord, clickOn, editorPage, mountApp } from './helpers'
import { importText } from '../../src/core/import'
import { newDraft } from '../../src/app/drafts'
import { slotsOf } from '../../src/core/outline'
import { speechToText } from '../../src/core/text'

const SPEECH = `做好人社工作 推动高质量发展
同志们：
今天召开会议，总结2025年工作，部署2026年任务。下面，我讲三点意见：
一、2025年工作回顾
（一）稳就业
全年实现城镇新增就业****人，就业形势总体稳定。高校毕业生就业率保持较高水平。
二、2026年工作任务
确保全年城镇新增就业****人，稳住就业基本盘。
三、工作要求
一要加强领导。二要压实责任。
同志们，让我们再创佳绩！
`

type Env = Awaited<ReturnType<typeof mountApp>>

async function open(env: Env, text = SPEECH): Promise<JgEditor> {
  const record = newDraft(importText(text).doc, 'test')
  await env.app.store!.saveDraft(record)
  location.hash = `#/draft/${record.id}`
  const page = await editorPage(env.app)
  page.editor!.editorView!.focus()
  return page
}

const bar = (page: JgEditor) => page.shadowRoot!.querySelector<JgFind>('jg-find')
const inBar = <T extends Element>(page: JgEditor, selector: string) =>
  bar(page)!.shadowRoot!.querySelector<T>(selector)!
const count = (page: JgEditor) => inBar(page, '.count').textContent!.trim()
const textOf = (page: JgEditor) => speechToText(page.editor!.state.doc)
const occurrences = (text: string, word: string) => text.split(word).length - 1

/** Put the cursor right after the first occurrence of `text` (or at the start of the block holding it). */
function cursorAt(page: JgEditor, text: string, { start = false } = {}) {
  const ed = page.editor!
  let at = -1
  ed.state.doc.descendants((node, pos) => {
    if (at < 0 && node.isText && node.text!.includes(text))
      at = start ? ed.state.doc.resolve(pos).start() : pos + node.text!.indexOf(text) + text.length
  })
  ed.run((state, dispatch) => {
    dispatch?.(state.tr.setSelection(TextSelection.create(state.doc, at)))
    return true
  })
}

describe('find and replace', () => {
  let env: Env
  beforeEach(async () => {
    env = await mountApp()
  })
  afterEach(async () => {
    await env.dispose()
  })

  it('Ctrl+F opens the bar (not the browser’s), counts matches, Enter and Shift+Enter go round them, Esc closes', async () => {
    const page = await open(env)
    let browserSaw: boolean | null = null
    const watch = (e: KeyboardEvent) => {
      if (e.key === 'f') browserSaw = !e.defaultPrevented
    }
    addEventListener('keydown', watch)
    await chord('Control', 'f')
    removeEventListener('keydown', watch)
    expect(browserSaw, 'the browser’s own find was let through').to.equal(false)
    await waitUntil(() => bar(page), 'no find bar')
    await bar(page)!.updateComplete
    expect(bar(page)!.shadowRoot!.activeElement).to.equal(inBar(page, 'input.find-text'))
    await sendKeys({ type: '就业' })
    await page.updateComplete
    // In the text, not in the slots' markers: 城镇新增就业 (twice), 稳就业, 就业形势, 就业率, 稳住就业.
    const total = occurrences(textOf(page).replace(/\{\{[^}]*\}\}/g, ''), '就业')
    expect(total).to.equal(6)
    expect(page.shadowRoot!.querySelectorAll('.ProseMirror .find-match')).to.have.length(total)
    // Typing selects the first match: the bar names it.
    const { from, to } = page.editor!.state.selection
    expect(page.editor!.state.doc.textBetween(from, to)).to.equal('就业')
    expect(count(page)).to.equal(`第 1 处，共 ${total} 处`)
    await sendKeys({ press: 'Enter' })
    await page.updateComplete
    expect(count(page)).to.equal(`第 2 处，共 ${total} 处`)
    expect(page.shadowRoot!.querySelectorAll('.ProseMirror .find-current')).to.have.length(1)
    console.log(`screenshot: ${await executeServerCommand('screenshot', { name: 'find' })}`)
    await sendKeys({ down: 'Shift' })
    await sendKeys({ press: 'Enter' })
    await sendKeys({ up: 'Shift' })
    await page.updateComplete
    expect(count(page)).to.equal(`第 1 处，共 ${total} 处`)
    await sendKeys({ press: 'Enter' })
    await sendKeys({ press: 'Escape' })
    await page.updateComplete
    expect(bar(page)).to.equal(null)
    expect(page.shadowRoot!.querySelectorAll('.ProseMirror .find-match')).to.have.length(0)
    expect(page.editor!.editorView!.hasFocus()).to.equal(true)
    // The cursor is left after the match: a key typed after Esc adds, it does not replace the found words.
    expect(page.editor!.state.selection.empty).to.equal(true)
    const before = occurrences(textOf(page).replace(/\{\{[^}]*\}\}/g, ''), '就业')
    await sendKeys({ type: '甲' })
    await page.updateComplete
    expect(occurrences(textOf(page).replace(/\{\{[^}]*\}\}/g, ''), '就业')).to.equal(before)
    expect(textOf(page)).to.contain('就业甲')
  })

  it('finds slots by their label as an option, selecting them, and never replaces them', async () => {
    const page = await open(env)
    await chord('Control', 'f')
    await waitUntil(() => bar(page), 'no find bar')
    await sendKeys({ type: '城镇新增就业' })
    await page.updateComplete
    expect(count(page)).to.equal('第 1 处，共 2 处')
    inBar<HTMLInputElement>(page, 'input.in-slots').click()
    await page.updateComplete
    expect(count(page)).to.equal('第 1 处，共 4 处（其中空位 2 处）')
    const slotMatches = slotsOf(page.editor!.state.doc).filter((s) => s.attrs.label === '城镇新增就业')
    cursorAt(page, '全年实现城镇新增就业')
    inBar<HTMLButtonElement>(page, 'button.find-next').click()
    await page.updateComplete
    const sel = page.editor!.state.selection
    expect(sel instanceof NodeSelection, 'a slot selected').to.equal(true)
    expect(sel.from).to.equal(slotMatches[0].pos)
    expect(count(page)).to.equal('第 2 处，共 4 处（其中空位 2 处）')
    // Replace all: the text, not the slots; one undo takes it all back.
    await chord('Control', 'h')
    await page.updateComplete
    inBar<HTMLInputElement>(page, 'input.replace-text').focus()
    await sendKeys({ type: '新增就业' })
    const before = page.editor!.state.doc
    inBar<HTMLButtonElement>(page, 'button.replace-all').click()
    await page.updateComplete
    expect(inBar(page, '.message').textContent).to.equal('已替换 2 处，按 Ctrl+Z 可一次撤销。')
    expect(occurrences(textOf(page), '城镇新增就业')).to.equal(2) // the two slots' markers
    expect(slotsOf(page.editor!.state.doc).filter((s) => s.attrs.label === '城镇新增就业')).to.have.length(2)
    expect(count(page)).to.equal('第 1 处，共 2 处（其中空位 2 处）')
    page.editor!.editorView!.focus()
    await chord('Control', 'z')
    expect(page.editor!.state.doc.eq(before)).to.equal(true)
  })

  it('Ctrl+H replaces one match at a time, each its own undo step', async () => {
    const page = await open(env)
    cursorAt(page, '同志们', { start: true })
    await chord('Control', 'h')
    await waitUntil(() => bar(page), 'no find bar')
    await bar(page)!.updateComplete
    expect(inBar(page, 'input.replace-text')).to.exist
    await sendKeys({ type: '就业' })
    inBar<HTMLInputElement>(page, 'input.replace-text').focus()
    await sendKeys({ type: '就业创业' })
    // Each click replaces the current match and makes the next one current.
    inBar<HTMLButtonElement>(page, 'button.replace-one').click()
    inBar<HTMLButtonElement>(page, 'button.replace-one').click()
    await page.updateComplete
    expect(occurrences(textOf(page), '就业创业')).to.equal(2)
    page.editor!.undo()
    expect(occurrences(textOf(page), '就业创业')).to.equal(1)
  })

  it('one real click on 替换 replaces the match the bar names as current, and the next becomes current', async () => {
    const page = await open(env)
    cursorAt(page, '同志们', { start: true })
    await chord('Control', 'h')
    await waitUntil(() => bar(page), 'no find bar')
    await bar(page)!.updateComplete
    await sendKeys({ type: '工作' })
    await page.updateComplete
    // The title's 工作 is above the cursor: the current match is the next one down, 总结2025年工作.
    expect(occurrences(textOf(page), '工作')).to.equal(5)
    expect(count(page)).to.equal('第 2 处，共 5 处')
    await clickOn(inBar(page, 'input.replace-text'))
    await sendKeys({ type: '事业' })
    await page.updateComplete
    expect(count(page), 'typing the replacement moved the current match').to.equal('第 2 处，共 5 处')
    await clickOn(inBar(page, 'button.replace-one'))
    await page.updateComplete
    expect(textOf(page)).to.contain('总结2025年事业')
    expect(textOf(page)).to.contain('做好人社工作')
    expect(occurrences(textOf(page), '工作')).to.equal(4)
    await bar(page)!.updateComplete
    expect(count(page)).to.equal('第 2 处，共 4 处')
    const { from, to } = page.editor!.state.selection
    expect(page.editor!.state.doc.textBetween(from, to)).to.equal('工作')
    expect(page.editor!.state.doc.resolve(from).parent.textContent).to.contain('2025年工作回顾')
    await clickOn(inBar(page, 'button.replace-one'))
    expect(textOf(page)).to.contain('2025年事业回顾')
    expect(occurrences(textOf(page), '工作')).to.equal(3)
  })
})

describe('undo takes back typing a piece at a time, as Word does', () => {
  let env: Env
  beforeEach(async () => {
    env = await mountApp()
  })
  afterEach(async () => {
    await env.dispose()
  })

  it('after a pause in typing, one Ctrl+Z removes only what came after the pause', async () => {
    const page = await open(env)
    cursorAt(page, '稳住就业基本盘。')
    await sendKeys({ type: '要抓好重点群体就业' })
    // The pause is the behaviour under test: no key for longer than the undo group's delay.
    await new Promise((resolve) => setTimeout(resolve, 700))
    await sendKeys({ type: '落实各项政策' })
    await chord('Control', 'z')
    expect(textOf(page)).to.contain('稳住就业基本盘。要抓好重点群体就业\n')
    await chord('Control', 'z')
    expect(textOf(page)).to.contain('稳住就业基本盘。\n')
  })

  it('a paragraph typed without stopping comes back a clause at a time, not all at once', async () => {
    const page = await open(env)
    cursorAt(page, '稳住就业基本盘。')
    await sendKeys({ type: '要抓好重点群体，落实各项政策。确保大局稳定' })
    await chord('Control', 'z')
    expect(textOf(page)).to.contain('稳住就业基本盘。要抓好重点群体，落实各项政策。\n')
    await chord('Control', 'z')
    expect(textOf(page)).to.contain('稳住就业基本盘。要抓好重点群体，\n')
    await chord('Control', 'z')
    expect(textOf(page)).to.contain('稳住就业基本盘。\n')
  })
})

describe('a number typed by hand', () => {
  let env: Env
  beforeEach(async () => {
    env = await mountApp()
  })
  afterEach(async () => {
    await env.dispose()
  })

  const hint = (page: JgEditor) => page.shadowRoot!.querySelector<HTMLElement>('.number-hint')!

  it('（五） at the start of a paragraph: says it is a section number and how to add a section; Esc hides it', async () => {
    const page = await open(env)
    cursorAt(page, '全年实现', { start: true })
    await sendKeys({ type: '（五）' })
    await page.updateComplete
    expect(hint(page).hidden).to.equal(false)
    expect(hint(page).getAttribute('role')).to.equal('status')
    expect(hint(page).textContent).to.contain('“（五）”是节的编号')
    expect(hint(page).textContent).to.contain('按 Ctrl+Enter 或点“新增一节”')
    console.log(`screenshot: ${await executeServerCommand('screenshot', { name: 'number-hint' })}`)
    await sendKeys({ press: 'Escape' })
    expect(hint(page).hidden).to.equal(true)
  })

  it('a number in the wrong style says the right one; in a heading, that it would print twice', async () => {
    const page = await open(env)
    cursorAt(page, '全年实现', { start: true })
    await sendKeys({ type: '(五)' })
    expect(hint(page).textContent).to.contain('这一层应写作“（五）”')
    cursorAt(page, '要加强领导', { start: true })
    await sendKeys({ type: '1、' })
    expect(hint(page).textContent).to.contain('“1、”是第三层的编号')
    expect(hint(page).textContent).to.contain('这一层应写作“1.”')
    cursorAt(page, '稳就业', { start: true })
    await sendKeys({ type: '（一）' })
    expect(hint(page).textContent).to.contain('印出来会重复')
    // Moving away hides it; an old number met again does not bring it back.
    cursorAt(page, '今天召开')
    expect(hint(page).hidden).to.equal(true)
    cursorAt(page, '全年实现')
    await sendKeys({ type: '年' })
    expect(hint(page).hidden).to.equal(true)
  })
})
