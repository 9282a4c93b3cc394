/**
 * Tryout 15 (A2, D2): a selection from the end of 四（八）'s last paragraph into the heading of
 * 五, typed over, took part 五 away without a word: its sections became 四（九）–（十二）. Typed
 * over, such a selection keeps the heading (with its words the selection did not take), and the
 * new words go where the selection began. Real keys on her speech.
 */
import { expect } from '@open-wc/testing'
import { sendKeys } from '@web/test-runner-commands'
import { TextSelection } from 'prosemirror-state'
import type { JgEditor } from '../../src/app/components/jg-editor'
import '../../src/app/components/jg-editor'
import { chord, imeType, mountApp, openFixtureDraft } from './helpers'

type Env = Awaited<ReturnType<typeof mountApp>>

const openSpeech = (env: Env) => openFixtureDraft(env, 'tryout15/county-economy-2025.txt')

/** Each part's heading with its number of sections: 坚持系统观念…防范/4. */
function outline(page: JgEditor): string[] {
  const out: string[] = []
  page.editor!.state.doc.forEach((node) => {
    if (node.type.name !== 'part') return
    let sections = 0
    node.forEach((child) => {
      if (child.type.name === 'section') sections++
    })
    out.push(`${node.firstChild!.textContent}/${sections}`)
  })
  return out
}

/** The cursor just after the words `words` (their first time in the speech). */
function cursorAfter(page: JgEditor, words: string) {
  const ed = page.editor!
  let at = -1
  ed.state.doc.descendants((node, pos) => {
    if (at >= 0) return false
    if (node.isText && node.text!.includes(words)) at = pos + node.text!.indexOf(words) + words.length
    return !node.isText
  })
  if (at < 0) throw new Error(`“${words}” is not in the speech`)
  ed.run((state, dispatch) => {
    dispatch?.(state.tr.setSelection(TextSelection.create(state.doc, at)).scrollIntoView())
    return true
  })
}

const END_OF_EIGHT = '推动更多清河产品走向全国市场。'
const FIVE = '坚持系统观念，统筹抓好重点领域改革和风险防范'
const typed = '着力打造消费新场景。'

describe('typing over a selection from the words into the next heading keeps the heading', () => {
  let env: Env
  beforeEach(async () => {
    env = await mountApp()
  })
  afterEach(async () => {
    await env.dispose()
  })

  it('Shift+→ from the end of 四（八） into 五’s heading, typed over: 五 stays, the words end 四（八）', async () => {
    const page = await openSpeech(env)
    const before = outline(page)
    expect(before[4]).to.equal(`${FIVE}/4`)
    cursorAfter(page, END_OF_EIGHT)
    await chord('Shift', 'ArrowRight')
    const sel = page.editor!.state.selection
    expect(sel.$to.parent.type.name, 'the selection ends in 五’s heading').to.equal('part_heading')
    // At her speed, within one undo group (keys apart by more than PAUSE_MS would start another).
    await sendKeys({ type: typed })
    expect(outline(page)).to.deep.equal(before)
    const text = page.editor!.state.doc.textBetween(0, page.editor!.state.doc.content.size, '\n')
    expect(text).to.contain(`${END_OF_EIGHT}${typed}\n${FIVE}\n`)
    // One Ctrl+Z and the speech is as it was (the outline too).
    await chord('Control', 'z')
    expect(outline(page)).to.deep.equal(before)
    expect(page.editor!.state.doc.textContent).not.to.contain(typed)
  })

  it('her selection (10 characters back, Shift+→ ×40) typed over with the IME: 五 keeps the heading’s words not selected', async () => {
    const page = await openSpeech(env)
    const before = outline(page)
    cursorAfter(page, END_OF_EIGHT)
    for (let i = 0; i < END_OF_EIGHT.length + 10; i++) await sendKeys({ press: 'ArrowLeft' })
    for (let i = 0; i < 40; i++) await chord('Shift', 'ArrowRight')
    const sel = page.editor!.state.selection
    expect(sel.$to.parent.type.name, 'the selection ends in 五’s heading').to.equal('part_heading')
    const rest = sel.$to.parent.textBetween(sel.$to.parentOffset, sel.$to.parent.content.size)
    expect(rest.length, 'some of the heading is not selected').to.be.greaterThan(0)
    await imeType(
      [...typed].map((_, i) => typed.slice(0, i + 1)),
      typed,
    )
    const after = outline(page)
    expect(after.length, 'the parts').to.equal(before.length)
    expect(after[3], '四 keeps its 8 sections').to.equal(before[3])
    expect(after[4], '五 keeps the words of its heading not selected and its 4 sections').to.equal(`${rest}/4`)
    expect(page.editor!.state.doc.textContent).to.contain(typed)
  })

  it('a selection that takes every word of 五’s heading, typed over: 五 goes, as Backspace takes it, and one Ctrl+Z brings it back', async () => {
    const page = await openSpeech(env)
    const before = outline(page)
    cursorAfter(page, END_OF_EIGHT)
    for (let i = 0; i < FIVE.length + 1; i++) await chord('Shift', 'ArrowRight')
    const sel = page.editor!.state.selection
    expect(sel.$to.parentOffset, 'the whole heading is selected').to.equal(FIVE.length)
    // At her speed, within one undo group (keys apart by more than PAUSE_MS would start another).
    await sendKeys({ type: typed })
    const after = outline(page)
    expect(after.length).to.equal(before.length - 1)
    expect(after[3].endsWith('/12'), `四 took 五's sections: ${after[3]}`).to.equal(true)
    await chord('Control', 'z')
    expect(outline(page)).to.deep.equal(before)
    expect(page.editor!.state.doc.textContent).to.contain(FIVE)
  })
})
