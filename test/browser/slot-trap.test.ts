/**
 * Tryout 15 (A1, D1): a digit typed right beside a figure opened the figure's input, every later
 * key went into it, clicks elsewhere did not close it, and an Enter pressed in another figure
 * put that figure's number into the first one. Her key sequence, with real keys and clicks.
 */
import { expect, waitUntil } from '@open-wc/testing'
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands'
import { NodeSelection, TextSelection } from 'prosemirror-state'
import type { JgEditor } from '../../src/app/components/jg-editor'
import '../../src/app/components/jg-editor'
import { slotsOf } from '../../src/core/outline'
import { chord, clickOn, mountApp, openFixtureDraft } from './helpers'

type Env = Awaited<ReturnType<typeof mountApp>>

const openSpeech = (env: Env) => openFixtureDraft(env, 'tryout15/county-economy-2025.txt')

/** The paragraph text with each slot written as [value], as she reads it. */
function shown(page: JgEditor, from: number, to: number): string {
  let out = ''
  page.editor!.state.doc.nodesBetween(from, to, (node, pos) => {
    if (node.isText) out += node.text!.slice(Math.max(0, from - pos), to - pos)
    else if (node.type.name === 'slot') out += `[${node.attrs.value}${node.attrs.unit}]`
    return true
  })
  return out
}

/** The first figure whose text just before it ends with `before`. */
function figureAfter(page: JgEditor, before: string) {
  const doc = page.editor!.state.doc
  const found = slotsOf(doc).find((s) => {
    const $pos = doc.resolve(s.pos)
    return doc.textBetween($pos.start(), s.pos, '', '\u0000').endsWith(before)
  })
  if (!found) throw new Error(`no figure after “${before}”`)
  return found
}

/**
 * A real click on the figure at `pos`, once the editor's own scrolling to the cursor after typing
 * (a few frames, scroll.ts) is over, so the figure stays where the click lands.
 */
async function clickFigure(page: JgEditor, pos: number) {
  await new Promise((r) => setTimeout(r, 300))
  const dom = page.editor!.editorView!.nodeDOM(pos) as HTMLElement
  dom.scrollIntoView({ block: 'center' })
  for (let i = 0; i < 4; i++) await new Promise((r) => requestAnimationFrame(r))
  await clickOn(dom)
  await waitUntil(
    () => page.editor!.state.selection instanceof NodeSelection && page.editor!.state.selection.from === pos,
    `the click did not select the figure at ${pos}: ${JSON.stringify(page.editor!.state.selection.toJSON())}`,
  )
}

const input = (page: JgEditor) => page.shadowRoot!.querySelector<HTMLInputElement>('.slot-input')

/** Enter on the selected 5.0% figure opens it; Ctrl+A, `value`, Enter puts `value` in and closes it. */
async function retype(page: JgEditor, value: string) {
  await sendKeys({ press: 'Enter' })
  await waitUntil(() => input(page), 'Enter did not open the 5.0% figure')
  await chord('Control', 'a')
  await sendKeys({ type: value })
  await sendKeys({ press: 'Enter' })
  await waitUntil(() => input(page) === null, 'the input did not close')
}

/** Select `word` (its first time in the speech), as a drag over it does. */
function selectWord(page: JgEditor, word: string) {
  const ed = page.editor!
  let at = -1
  ed.state.doc.descendants((node, pos) => {
    if (at >= 0) return false
    if (node.isText && node.text!.includes(word)) at = pos + node.text!.indexOf(word)
    return !node.isText
  })
  if (at < 0) throw new Error(`“${word}” is not in the speech`)
  ed.run((state, dispatch) => {
    dispatch?.(state.tr.setSelection(TextSelection.create(state.doc, at, at + word.length)).scrollIntoView())
    return true
  })
  return at
}

describe('a figure input is opened only by her, and never keeps the keys once she leaves it', () => {
  let env: Env
  beforeEach(async () => {
    await setViewport({ width: 1366, height: 768 })
    env = await mountApp()
  })
  afterEach(async () => {
    await env.dispose()
  })

  it('typing 2025年新增市场主体 over the words before 8000户, then 6.0 into the 5.0% figure: each goes where she put it', async () => {
    const page = await openSpeech(env)
    const households = figureAfter(page, '全年新增市场主体')
    expect(households.attrs.value).to.equal('8000')
    const growth = figureAfter(page, '增加到\u0000，增长')
    expect(growth.attrs.value).to.equal('5.0')
    const start = selectWord(page, '全年新增市场主体')
    const typed = '2025年新增市场主体'
    // Key by key, as she typed.
    for (const ch of typed) await sendKeys({ type: ch })
    expect(input(page), 'an input opened beside the figure').to.equal(null)
    const wanted = `${typed}[8000户]以上`
    expect(shown(page, start, start + typed.length + 3)).to.equal(wanted)

    // She clicks the 5.0% figure, opens it with Enter, selects what it holds and types 6.0.
    await clickFigure(page, figureAfter(page, '增加到\u0000，增长').pos)
    await retype(page, '6.0')

    expect(figureAfter(page, '增加到\u0000，增长').attrs.value, 'the figure she opened').to.equal('6.0')
    expect(figureAfter(page, typed).attrs.value, 'the figure beside her words').to.equal('8000')
    expect(shown(page, start, start + typed.length + 3)).to.equal(wanted)
  })

  it('words typed into a figure she opened are put back as text when she clicks elsewhere; the keys go where she clicked', async () => {
    const page = await openSpeech(env)
    const households = () => figureAfter(page, '全年新增市场主体')
    const growthAt = () => figureAfter(page, '增加到\u0000，增长').pos
    // She selects 8000户 and types words over it: the input opens and says they are not a number.
    // (The cursor goes near it first, so the editor's scrolling to the cursor keeps it on screen.)
    page.editor!.select(households().pos - 2, households().pos - 2)
    await clickFigure(page, households().pos)
    const words = '025年新增市场主体'
    for (const ch of words) await sendKeys({ type: ch })
    expect(input(page)?.value).to.equal(words)

    // A click on another figure closes the input: its words go back as text after 8000户.
    await clickFigure(page, growthAt())
    expect(input(page), 'the first input is still open').to.equal(null)
    const after = households().pos
    expect(households().attrs.value).to.equal('8000')
    expect(shown(page, after, after + 1 + words.length + 2)).to.equal(`[8000户]${words}以上`)
    // Enter there opens the figure she clicked, and 6.0 goes into it only.
    await retype(page, '6.0')
    expect(figureAfter(page, '增加到\u0000，增长').attrs.value).to.equal('6.0')
    expect(households().attrs.value).to.equal('8000')

    // Words typed into a figure, then a click into plain text: the keys typed next go there.
    await clickFigure(page, households().pos)
    await sendKeys({ type: '9x' })
    expect(input(page)?.value).to.equal('9x')
    // A click between 增 and 长, just before the 6.0% figure.
    const view = page.editor!.editorView!
    ;(view.nodeDOM(growthAt()) as HTMLElement).scrollIntoView({ block: 'center' })
    for (let i = 0; i < 4; i++) await new Promise((r) => requestAnimationFrame(r))
    const between = view.coordsAtPos(growthAt() - 1)
    await sendMouse({
      type: 'click',
      position: [Math.round(between.left), Math.round((between.top + between.bottom) / 2)],
    })
    await waitUntil(() => input(page) === null, 'a click into the text did not close the input')
    await sendKeys({ type: 'zz' })
    expect(input(page)).to.equal(null)
    const doc = page.editor!.state.doc
    const text = doc.textBetween(0, doc.content.size, '\n', '#')
    expect(text).to.contain('新增市场主体#9x025年新增市场主体以上')
    expect(text).to.contain('增加到#，增zz长#')
    expect(figureAfter(page, 'zz长').attrs.value).to.equal('6.0')
    expect(households().attrs.value).to.equal('8000')
  })
})
