import { expect, waitUntil } from '@open-wc/testing'
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands'
import { NodeSelection, TextSelection } from 'prosemirror-state'
import type { JgEditor } from '../../src/app/components/jg-editor'
// The editor's code, loaded with this file: the app loads it on the first draft opened, and on a
// loaded machine that load alone outlasted the first test's wait for the editor (4 runs in 35).
import '../../src/app/components/jg-editor'
import { slotsOf, type SlotEntry } from '../../src/core/outline'
import { clickOn, editorPage, imeType, keylessType, mountApp } from './helpers'
import { checksOf, DOCUMENT_PAUSE_MS } from '../../src/app/editor/checks-plugin'
import { openSlot } from '../../src/app/editor/slot-typing'
import { importText } from '../../src/core/import'
import { newDraft } from '../../src/app/drafts'

type Env = Awaited<ReturnType<typeof mountApp>>

/** The seed speech with its figures masked: every figure an empty slot, names empty person slots. */
async function openSeed(env: Env): Promise<JgEditor> {
  const text = await (await fetch('/test/fixtures/seed-hrss-2022.txt')).text()
  const record = newDraft(importText(text).doc, 'import')
  await env.app.store!.saveDraft(record)
  location.hash = `#/draft/${record.id}`
  const page = await editorPage(env.app)
  page.editor!.editorView!.focus()
  return page
}

const slot = (page: JgEditor, label: string, role = 'metric', nth = 0): SlotEntry =>
  slotsOf(page.editor!.state.doc).filter((s) => s.attrs.label === label && s.attrs.role === role)[nth]
const slotAt = (page: JgEditor, pos: number) => slotsOf(page.editor!.state.doc).find((s) => s.pos === pos)

function setSelection(page: JgEditor, make: (doc: JgEditor['editor']) => TextSelection | NodeSelection) {
  const ed = page.editor!
  ed.run((state, dispatch) => {
    dispatch?.(state.tr.setSelection(make(ed)))
    return true
  })
}

/** Where in the text `word` starts (the first time), as a document position. */
function posOf(page: JgEditor, word: string): number {
  let found = -1
  page.editor!.state.doc.descendants((node, pos) => {
    if (found >= 0) return false
    if (node.isText && node.text!.includes(word)) found = pos + node.text!.indexOf(word)
    return !node.isText
  })
  if (found < 0) throw new Error(`“${word}” is not in the speech`)
  return found
}

/**
 * Click into the text just after the character at `pos`, as a user puts the cursor there;
 * returns the position the editor reads at that point (where typing must go).
 */
async function clickIntoText(page: JgEditor, pos: number): Promise<number> {
  const view = page.editor!.editorView!
  const { node } = view.domAtPos(pos)
  ;(node instanceof Element ? node : node.parentElement)!.scrollIntoView({ block: 'center' })
  await new Promise((r) => requestAnimationFrame(r))
  const a = view.coordsAtPos(pos)
  const b = view.coordsAtPos(pos + 1)
  const point = { left: Math.round(b.left - 1), top: Math.round((a.top + a.bottom) / 2) }
  const at = view.posAtCoords(point)!.pos
  await sendMouse({ type: 'click', position: [point.left, point.top] })
  return at
}

const input = (page: JgEditor) => page.shadowRoot!.querySelector<HTMLInputElement>('.slot-input')

describe('typing never breaks a slot', () => {
  let env: Env
  beforeEach(async () => {
    // an office laptop's window: the speech's column is wide enough to click into
    await setViewport({ width: 1366, height: 768 })
    env = await mountApp()
  })
  afterEach(async () => {
    await env.dispose()
  })

  it('clicking an empty slot and typing 520 fills it (unit kept, stored, no longer counted as empty)', async () => {
    const page = await openSeed(env)
    const target = slot(page, '发放创业担保贷款')
    expect(target.attrs.value).to.equal(null)
    const emptyBefore = page.editor!.checks.findings.filter((f) => f.rule === 'empty-slot').length
    // the cursor goes near the slot first, so the editor's own scrolling keeps it on screen
    page.editor!.select(target.pos - 2, target.pos - 2)
    const dom = page.editor!.editorView!.nodeDOM(target.pos) as HTMLElement
    for (let i = 0; i < 4; i++) await new Promise((r) => requestAnimationFrame(r))
    await clickOn(dom)
    await waitUntil(() => page.editor!.state.selection instanceof NodeSelection, 'the click did not select the slot')
    await sendKeys({ type: '520' })
    expect(input(page)!.value).to.equal('520')
    await sendKeys({ press: 'Enter' })
    const after = slotAt(page, target.pos)!
    expect(after.attrs.value).to.equal('520')
    expect(after.attrs.unit).to.equal(target.attrs.unit)
    expect(page.editor!.state.doc.textContent).not.to.contain('发放创业担保贷款520')
    expect(page.editor!.checks.findings.filter((f) => f.rule === 'empty-slot').length).to.equal(emptyBefore - 1)
    await waitUntil(
      async () => (await env.app.store!.loadFigures()).values.some((v) => v.value === '520'),
      'not kept in the figures store',
    )
  })

  it('a digit typed beside a slot is text beside it, on either side; a selected slot takes it, 。 from a Chinese IME the decimal point', async () => {
    // Tryout 15: a digit typed beside a figure opened it, and the words typed next went into it.
    const page = await openSeed(env)
    const target = slot(page, '城镇新增就业')
    const doc = () => page.editor!.state.doc
    setSelection(page, (ed) => TextSelection.create(ed!.state.doc, target.pos + 1))
    await sendKeys({ type: '3' })
    expect(input(page)).to.equal(null)
    expect(doc().textBetween(target.pos, target.pos + 2, '', '[slot]')).to.equal('[slot]3')
    setSelection(page, (ed) => TextSelection.create(ed!.state.doc, target.pos))
    await sendKeys({ type: '4' })
    expect(input(page)).to.equal(null)
    expect(doc().textBetween(target.pos, target.pos + 3, '', '[slot]')).to.equal('4[slot]3')
    expect(slotAt(page, target.pos + 1)!.attrs.value).to.equal(null)
    setSelection(page, (ed) => NodeSelection.create(ed!.state.doc, target.pos + 1))
    await sendKeys({ type: '3' })
    expect(input(page)?.value).to.equal('3')
    await sendKeys({ type: '25。5' })
    await sendKeys({ press: 'Enter' })
    expect(slotAt(page, target.pos + 1)!.attrs.value).to.equal('325.5')
  })

  it('Escape or leaving an input opened by typing keeps what the slot held', async () => {
    const page = await openSeed(env)
    const target = slot(page, '城镇新增就业')
    setSelection(page, (ed) => NodeSelection.create(ed!.state.doc, target.pos))
    await sendKeys({ type: '7' })
    await sendKeys({ press: 'Enter' })
    setSelection(page, (ed) => NodeSelection.create(ed!.state.doc, target.pos))
    await sendKeys({ type: '9' })
    await sendKeys({ press: 'Escape' })
    expect(slotAt(page, target.pos)!.attrs.value).to.equal('7')
    // opened by a key, then left by clicking elsewhere with nothing typed: unchanged
    setSelection(page, (ed) => NodeSelection.create(ed!.state.doc, target.pos))
    await sendKeys({ type: '5' })
    input(page)!.value = ''
    page.editor!.editorView!.focus()
    expect(slotAt(page, target.pos)!.attrs.value).to.equal('7')
  })

  it('Backspace and Delete beside a slot select it first; only the second press removes it', async () => {
    const page = await openSeed(env)
    const target = slot(page, '城镇新增就业')
    const count = slotsOf(page.editor!.state.doc).length
    setSelection(page, (ed) => TextSelection.create(ed!.state.doc, target.pos + 1))
    await sendKeys({ press: 'Backspace' })
    expect(page.editor!.state.selection instanceof NodeSelection, 'slot selected').to.equal(true)
    expect(slotsOf(page.editor!.state.doc).length).to.equal(count)
    await sendKeys({ press: 'Backspace' })
    expect(slotsOf(page.editor!.state.doc).length).to.equal(count - 1)
    const next = slotsOf(page.editor!.state.doc)[0]
    setSelection(page, (ed) => TextSelection.create(ed!.state.doc, next.pos))
    await sendKeys({ press: 'Delete' })
    expect(page.editor!.state.selection instanceof NodeSelection, 'slot selected').to.equal(true)
    expect(slotsOf(page.editor!.state.doc).length).to.equal(count - 1)
    await sendKeys({ press: 'Delete' })
    expect(slotsOf(page.editor!.state.doc).length).to.equal(count - 2)
  })

  it('a person slot takes a typed name, by keys and by the IME', async () => {
    const page = await openSeed(env)
    const person = slotsOf(page.editor!.state.doc).find((s) => s.attrs.role === 'person')!
    setSelection(page, (ed) => NodeSelection.create(ed!.state.doc, person.pos))
    await sendKeys({ type: 'Li' })
    expect(input(page)?.value).to.equal('Li')
    await sendKeys({ press: 'Escape' })
    setSelection(page, (ed) => NodeSelection.create(ed!.state.doc, person.pos))
    await imeType(['zh', 'zhang', 'zhangsan'], '张三')
    await waitUntil(
      () => input(page)?.value === '张三' || slotAt(page, person.pos)?.attrs.value === '张三',
      `name lost: ${page.editor!.state.doc.textBetween(person.pos - 5, person.pos + 10, '', '[slot]')}`,
    ).catch(() => {
      throw new Error(
        `name lost: ${page.editor!.state.doc.textBetween(person.pos - 5, person.pos + 10, '', '[slot]')} input=${input(page)?.value}`,
      )
    })
    if (input(page)) await sendKeys({ press: 'Enter' })
    expect(slotAt(page, person.pos)!.attrs.value).to.equal('张三')
    expect(slotAt(page, person.pos)!.attrs.role).to.equal('person')
  })

  it('a number composed by the IME on a selected figure goes into its input; a sentence composed there stays text after it', async () => {
    // Tryout 4: after filling a figure, a sentence composed with the IME (2026年是……) went whole into the figure's input.
    const page = await openSeed(env)
    const target = slot(page, '城镇新增就业')
    setSelection(page, (ed) => NodeSelection.create(ed!.state.doc, target.pos))
    await imeType(['３', '３２', '３２６０'], '３２６０')
    await waitUntil(() => input(page)?.value === '３２６０', 'the number is not in the input')
    await sendKeys({ press: 'Enter' })
    expect(slotAt(page, target.pos)!.attrs.value).to.equal('3260')

    setSelection(page, (ed) => NodeSelection.create(ed!.state.doc, target.pos))
    const sentence = '2026年是关键之年'
    await imeType(
      [...sentence].map((_, i) => sentence.slice(0, i + 1)),
      sentence,
    )
    const doc = () => page.editor!.state.doc
    await waitUntil(
      () => doc().textBetween(target.pos, target.pos + 1 + sentence.length, '', '[slot]') === `[slot]${sentence}`,
      'the sentence is not the text after the figure',
    ).catch(() => {
      throw new Error(
        `after the figure: ${doc().textBetween(target.pos, target.pos + 20, '', '[slot]')}; input: ${input(page)?.value}`,
      )
    })
    expect(input(page)).to.equal(null)
    expect(slotAt(page, target.pos)!.attrs.value).to.equal('3260')

    // The same from an IME that sends no key first: the composition starts beside the figure (slot-typing.ts).
    const other = slot(page, '城镇登记失业率')
    setSelection(page, (ed) => NodeSelection.create(ed!.state.doc, other.pos))
    const words = '全年稳定'
    await imeType(
      [...words].map((_, i) => words.slice(0, i + 1)),
      words,
      true,
    )
    await waitUntil(
      () => doc().textBetween(other.pos, other.pos + 1 + words.length, '', '[slot]') === `[slot]${words}`,
      `not after the figure: ${doc().textBetween(other.pos, other.pos + 12, '', '[slot]')}; input: ${input(page)?.value}`,
    )
    expect(input(page)).to.equal(null)

    // A number, in words or with another unit, still goes into the input (which says what is wrong), by either
    // path; and so does one with the 。 an IME types for a decimal point, which the figure takes as 12.5.
    for (const [number, noKey] of [
      ['三千', true],
      // Again without a key, on the input just closed by Escape: its first character was typed twice (33260).
      ['3260', true],
      ['3260人次', false],
      ['12。5', false],
    ] as const) {
      setSelection(page, (ed) => NodeSelection.create(ed!.state.doc, other.pos))
      await imeType(
        [...number].map((_, i) => number.slice(0, i + 1)),
        number,
        noKey,
      )
      await waitUntil(() => input(page)?.value === number, `${number} is not in the input: ${input(page)?.value}`)
      await sendKeys({ press: 'Escape' })
      // Closed, and the editor holds the focus again, before the next number is composed on the figure:
      // a composition sent while the input still closes went nowhere (seen under load, 2 runs in 4).
      await waitUntil(
        () => input(page) === null && page.editor!.editorView!.hasFocus(),
        `${number}: the input did not close`,
      )
    }
  })

  // The flake of the test above (about 1 run in 3 under load): the checks' catch-up came while the
  // input was open, redrew the paragraph, ProseMirror drew the slot anew (the marks before it were
  // cut otherwise), and the input left the page under the IME: the number went into the speech elsewhere.
  it('the checks wait while a slot input is open: the input stays under her typing, and the marks come once it closes', async () => {
    const page = await openSeed(env)
    const view = page.editor!.editorView!
    const other = slot(page, '城镇登记失业率')
    const owed = () => checksOf(page.editor!.state).owed
    // A change the checks owe marks for, then the input opened before they catch up.
    view.dispatch(view.state.tr.insertText('全年稳定', other.pos + 1))
    openSlot(view, other.pos, { start: 'empty' })
    const box = input(page)
    expect(box, 'the input did not open').to.not.equal(null)
    expect(owed()).to.not.equal('nothing')
    // Past several of the catch-up's pauses: nothing was redrawn under the open input.
    await new Promise((r) => setTimeout(r, DOCUMENT_PAUSE_MS * 5))
    expect(owed(), 'the checks caught up with the input open').to.not.equal('nothing')
    expect(input(page)).to.equal(box)
    expect(box!.isConnected).to.equal(true)
    // Closed with nothing typed (no change to the speech): the marks come all the same.
    await sendKeys({ press: 'Escape' })
    await waitUntil(() => owed() === 'nothing', 'the checks did not catch up once the input closed')
  })

  it('an IME composition on a slot cut short and begun again (its end, then a new start) gives the number once, in the input', async () => {
    const page = await openSeed(env)
    const target = slot(page, '城镇新增就业')
    const textAfter = () => page.editor!.state.doc.textBetween(target.pos + 1, target.pos + 8)
    const after = textAfter()
    setSelection(page, (ed) => NodeSelection.create(ed!.state.doc, target.pos))
    // An IME that sends no key first composes 3 beside the slot; the composition ends there with 3
    // shown (a redraw of the text it composed into cut it short), and the IME begins again with
    // the whole number, as Chrome was seen to do in the other order (33260).
    await imeType(['3'], '3', true)
    await imeType(['3', '32', '326', '3260'], '3260', true)
    await waitUntil(() => input(page)?.value === '3260', `3260 is not in the input: ${input(page)?.value}`)
    expect(textAfter(), 'the text after the slot').to.equal(after)
    await sendKeys({ press: 'Enter' })
    expect(slotAt(page, target.pos)!.attrs.value).to.equal('3260')
    expect(textAfter(), 'the text after the slot').to.equal(after)

    // Composed in two parts of her own (3, then 260), nothing is written again: nothing is dropped.
    const other = slot(page, '城镇登记失业率')
    setSelection(page, (ed) => NodeSelection.create(ed!.state.doc, other.pos))
    await imeType(['3'], '3', true)
    await imeType(['2', '2.', '2.8'], '2.8', true)
    await waitUntil(() => input(page)?.value === '32.8', `32.8 is not in the input: ${input(page)?.value}`)
    await sendKeys({ press: 'Escape' })
  })

  it('a paste onto a selected slot goes into its input', async () => {
    const page = await openSeed(env)
    const target = slot(page, '城镇新增就业')
    setSelection(page, (ed) => NodeSelection.create(ed!.state.doc, target.pos))
    const data = new DataTransfer()
    data.setData('text/plain', '3,260')
    page.editor!.editorView!.dom.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }))
    expect(input(page)?.value).to.equal('3,260')
    await sendKeys({ press: 'Enter' })
    expect(slotAt(page, target.pos)!.attrs.value).to.equal('3260')
  })

  it('with a name input open, a click elsewhere closes it and the keys typed next go where clicked', async () => {
    const page = await openSeed(env)
    const person = slotsOf(page.editor!.state.doc).find((s) => s.attrs.role === 'person')!
    setSelection(page, (ed) => NodeSelection.create(ed!.state.doc, person.pos))
    await sendKeys({ press: 'Enter' })
    expect(input(page), 'the input opened').not.to.equal(null)
    const at = await clickIntoText(page, posOf(page, '是极不平凡'))
    expect(input(page), 'the input closed').to.equal(null)
    await sendKeys({ type: 'xyz' })
    expect(slotsOf(page.editor!.state.doc).find((s) => s.attrs.role === 'person')!.attrs.value).to.equal(null)
    expect(page.editor!.state.doc.textBetween(at, at + 3)).to.equal('xyz')
    // and so does text that comes without key presses (voice input)
    await keylessType('子丑')
    await waitUntil(
      () => page.editor!.state.doc.textBetween(at, at + 5) === 'xyz子丑',
      'the voice input went elsewhere',
    )
  })

  it('a figure typed into an open input is kept when the user clicks elsewhere, and typing goes there', async () => {
    const page = await openSeed(env)
    const target = slot(page, '城镇新增就业')
    setSelection(page, (ed) => NodeSelection.create(ed!.state.doc, target.pos))
    await sendKeys({ press: 'Enter' })
    await sendKeys({ type: '3250' })
    const at = await clickIntoText(page, posOf(page, '是极不平凡'))
    expect(input(page), 'the input closed').to.equal(null)
    expect(slot(page, '城镇新增就业').attrs.value).to.equal('3250')
    await sendKeys({ type: 'abc' })
    expect(slot(page, '城镇新增就业').attrs.value).to.equal('3250')
    expect(page.editor!.state.doc.textBetween(at, at + 3)).to.equal('abc')
  })

  it('text sent without key presses onto a selected slot opens its input with that text', async () => {
    const page = await openSeed(env)
    const person = slotsOf(page.editor!.state.doc).find((s) => s.attrs.role === 'person')!
    setSelection(page, (ed) => NodeSelection.create(ed!.state.doc, person.pos))
    await keylessType('曾伟')
    await waitUntil(() => input(page), 'the text vanished: no input opened')
    expect(input(page)!.value).to.equal('曾伟')
    await sendKeys({ press: 'Enter' })
    expect(slotAt(page, person.pos)!.attrs.value).to.equal('曾伟')
    // a number slot takes the number; words it cannot read are shown with the reason, not dropped
    const target = slot(page, '城镇新增就业')
    setSelection(page, (ed) => NodeSelection.create(ed!.state.doc, target.pos))
    await keylessType('3250')
    await waitUntil(() => input(page), 'the number vanished: no input opened')
    await sendKeys({ press: 'Enter' })
    expect(slotAt(page, target.pos)!.attrs.value).to.equal('3250')
    setSelection(page, (ed) => NodeSelection.create(ed!.state.doc, target.pos))
    await keylessType('三点二')
    await waitUntil(() => input(page), 'the words vanished: no input opened')
    expect(input(page)!.value).to.equal('三点二')
    await sendKeys({ press: 'Enter' })
    expect(input(page)!.validationMessage).to.contain('不是数字')
    expect(slotAt(page, target.pos)!.attrs.value).to.equal('3250')
  })
})
