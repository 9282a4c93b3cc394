/**
 * A long speech (twenty copies of the seed, about 140,000 characters): blocks off screen are
 * not laid out until they come near (content-visibility), and the cursor must still land
 * exactly where the user or the program puts it, far from what is on screen.
 */
import { expect, waitUntil } from '@open-wc/testing'
import { sendKeys } from '@web/test-runner-commands'
import { TextSelection } from 'prosemirror-state'
import type { JgEditor } from '../../src/app/components/jg-editor'
import { importText } from '../../src/core/import'
import { newDraft } from '../../src/app/drafts'
import { partsOf } from '../../src/core/outline'
import { editorPage, mountApp } from './helpers'
import seed from '../fixtures/seed-hrss-2022.txt?raw'

const LONG = Array.from({ length: 20 }, () => seed).join('\n')
const frames = (n = 2) =>
  new Promise<void>((resolve) => {
    const step = (left: number) => (left ? requestAnimationFrame(() => step(left - 1)) : resolve())
    step(n)
  })
const chord = async (mod: string, key: string) => {
  await sendKeys({ down: mod })
  await sendKeys({ press: key })
  await sendKeys({ up: mod })
}

async function open(env: Awaited<ReturnType<typeof mountApp>>): Promise<JgEditor> {
  const record = newDraft(importText(LONG).doc, 'test')
  await env.app.store!.saveDraft(record)
  location.hash = `#/draft/${record.id}`
  const page = await editorPage(env.app)
  await frames()
  return page
}

/** The textblock the state's selection head is in, and the text right before it. */
function around(page: JgEditor) {
  const $head = page.editor!.state.selection.$head
  return { block: $head.parent, before: $head.parent.textBetween(0, $head.parentOffset, '', '□') }
}

/** The DOM selection, read back into a document position by ProseMirror itself. */
function domHead(page: JgEditor): number {
  const view = page.editor!.editorView!
  const sel =
    (view.root as Document | (ShadowRoot & { getSelection?(): Selection | null })).getSelection?.() ??
    document.getSelection()!
  return view.posAtDOM(sel.focusNode!, sel.focusOffset)
}

/** Whether the position's line is inside the visible part of the editor's scroller. */
function onScreen(page: JgEditor, pos: number): boolean {
  const main = page.shadowRoot!.querySelector('main')!.getBoundingClientRect()
  const at = page.editor!.editorView!.coordsAtPos(pos)
  return at.top >= main.top - 1 && at.bottom <= main.bottom + 1
}

/** The editor focused, its scroller, the scroller's box, and the position at a height on screen. */
function screenOf(page: JgEditor) {
  const view = page.editor!.editorView!
  const main = page.shadowRoot!.querySelector('main')!
  view.focus()
  const box = main.getBoundingClientRect()
  const at = (y: number) => view.posAtCoords({ left: box.left + box.width / 2, top: y })!.pos
  return { view, main, box, at }
}

describe('a long speech', () => {
  let env: Awaited<ReturnType<typeof mountApp>>
  beforeEach(async () => {
    env = await mountApp()
  })
  afterEach(async () => {
    await env.dispose()
  })

  it('does not lay out blocks far off screen', async () => {
    const page = await open(env)
    const dom = page.shadowRoot!.querySelector('.ProseMirror')!
    const blocks = [...dom.querySelectorAll('p')]
    expect(blocks.length).to.be.greaterThan(400)
    // A block's own box stays (at its estimated height); what is inside it is skipped.
    const slots = [...dom.querySelectorAll('.slot')]
    expect(slots[0].checkVisibility({ contentVisibilityAuto: true })).to.equal(true)
    expect(slots[slots.length - 1].checkVisibility({ contentVisibilityAuto: true })).to.equal(false)
  })

  it('jumps to the last part from the outline, shows its heading at the top and types there', async () => {
    const page = await open(env)
    const ed = page.editor!
    const last = partsOf(ed.state.doc)
      .filter((p) => p.number !== null)
      .at(-1)!
    const outline = page.shadowRoot!.querySelector('jg-outline')!
    await outline.updateComplete
    const buttons = [...outline.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')]
    const button = buttons.find((b) => Number(b.dataset.pos) === last.pos)!
    // A jump to the middle, and at once another: the second one wins, the first does not pull back.
    buttons
      .find((b) => Number(b.dataset.pos) === partsOf(ed.state.doc).filter((p) => p.number !== null)[30].pos)!
      .click()
    button.click()
    await frames(6)
    expect(ed.state.selection.from).to.equal(last.pos + 2)
    expect(domHead(page)).to.equal(last.pos + 2)
    await sendKeys({ type: 'Q' })
    expect(ed.state.doc.nodeAt(last.pos)!.firstChild!.textContent).to.match(/^Q/)
    const heading = (ed.editorView!.nodeDOM(last.pos) as HTMLElement).querySelector('h2')!
    const main = page.shadowRoot!.querySelector('main')!
    const top = heading.getBoundingClientRect().top - main.getBoundingClientRect().top
    expect(top, 'the part heading is at the top').to.be.within(-3, 3)
  })

  it('selects a range far down (as a finding does) and typing replaces exactly that range', async () => {
    const page = await open(env)
    const ed = page.editor!
    // The last occurrence of a phrase, near the end of the speech.
    let at = -1
    ed.state.doc.descendants((node, pos) => {
      if (node.isText && node.text!.includes('同志们')) at = pos + node.text!.lastIndexOf('同志们')
    })
    expect(at).to.be.greaterThan(ed.state.doc.content.size * 0.9)
    ed.select(at, at + 3)
    await frames()
    expect(domHead(page)).to.equal(ed.state.selection.head)
    expect(onScreen(page, ed.state.selection.head), 'the range is scrolled into view').to.equal(true)
    await sendKeys({ type: 'X' })
    expect(ed.state.doc.textBetween(at - 2, at + 3)).to.not.contain('同志们')
    expect(ed.state.doc.textBetween(at, at + 1)).to.equal('X')
  })

  it('Ctrl+End and Ctrl+Home move the cursor to the ends of the speech', async () => {
    const page = await open(env)
    const ed = page.editor!
    ed.editorView!.focus()
    await chord('Control', 'End')
    await waitUntil(() => ed.state.selection.head > ed.state.doc.content.size - 5, 'cursor did not reach the end')
    await frames(3)
    expect(onScreen(page, ed.state.selection.head), 'the end is scrolled into view').to.equal(true)
    await sendKeys({ type: 'E' })
    expect(around(page).block.textContent.endsWith('E')).to.equal(true)
    expect(ed.state.doc.lastChild!.textContent.endsWith('E')).to.equal(true)
    await chord('Control', 'Home')
    await waitUntil(() => ed.state.selection.head < 5, 'cursor did not reach the start')
    await sendKeys({ type: 'H' })
    expect(ed.state.doc.firstChild!.textContent.startsWith('H')).to.equal(true)
    // Shift+Ctrl+End selects to the end across blocks not laid out; typing replaces all of it.
    await sendKeys({ press: 'ArrowRight' })
    await sendKeys({ down: 'Shift' })
    await chord('Control', 'End')
    await sendKeys({ up: 'Shift' })
    expect(ed.state.selection.to).to.equal(ed.state.doc.content.size - 2)
    await sendKeys({ type: 'Z' })
    expect(ed.state.doc.textContent.length).to.be.lessThan(100)
    expect(ed.state.doc.firstChild!.textContent).to.match(/^H.Z$/)
  })

  it('PageDown moves the cursor through the speech and typing lands where it shows', async () => {
    const page = await open(env)
    const ed = page.editor!
    ed.editorView!.focus()
    for (let i = 0; i < 6; i++) await sendKeys({ press: 'PageDown' })
    await frames(3)
    const head = ed.state.selection.head
    expect(head).to.be.greaterThan(500)
    expect(domHead(page)).to.equal(head)
    expect(onScreen(page, head), 'the cursor is on screen').to.equal(true)
    const before = around(page).before
    await sendKeys({ type: 'P' })
    expect(around(page).before).to.equal(before + 'P')
  })

  it('typing in the middle of the screen leaves it still; new lines at its bottom edge scroll to keep the cursor in view', async () => {
    const page = await open(env)
    const { view, main, box, at } = screenOf(page)
    view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, at(box.top + box.height / 2))))
    await frames()
    const still = main.scrollTop
    await sendKeys({ type: '中' })
    await frames()
    expect(main.scrollTop, 'no scroll while the cursor is well on screen').to.equal(still)
    view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, at(box.bottom - 8))))
    await frames()
    for (let i = 0; i < 4; i++) await sendKeys({ press: 'Enter' })
    await sendKeys({ type: '底' })
    await frames(3)
    expect(main.scrollTop, 'scrolled down').to.be.greaterThan(still)
    expect(onScreen(page, view.state.selection.head), 'the cursor is on screen').to.equal(true)
  })

  it('a key typed measures nothing in its own task: the cursor is measured after its frame', async () => {
    const page = await open(env)
    const { view, main, box, at } = screenOf(page)
    view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, at(box.bottom - 8))))
    await frames()
    // Measuring the cursor lays the page out: count it.
    const measure = view.coordsAtPos.bind(view)
    let measured = 0
    view.coordsAtPos = (pos, side) => {
      measured++
      return measure(pos, side)
    }
    try {
      const still = main.scrollTop
      // Typed as the view reads a key: a change it dispatches.
      view.dispatch(view.state.tr.insertText('一行字'.repeat(30)).scrollIntoView())
      expect(measured, 'nothing measured in the key’s task').to.equal(0)
      await frames(3)
      expect(measured, 'measured after its frame').to.be.greaterThan(0)
      expect(main.scrollTop, 'scrolled down to the cursor').to.be.greaterThan(still)
      expect(onScreen(page, view.state.selection.head), 'the cursor is on screen').to.equal(true)
    } finally {
      view.coordsAtPos = measure
    }
  })

  it('a cursor set far down and read back from the page stays where it was put', async () => {
    const page = await open(env)
    const ed = page.editor!
    ed.editorView!.focus()
    const blocks: number[] = []
    ed.state.doc.descendants((node, pos) => {
      if (node.isTextblock && node.textContent.length > 20) blocks.push(pos)
    })
    for (const pos of blocks.filter((_, i) => i % 97 === 0).reverse()) {
      const at = pos + 11
      ed.run((state, dispatch) => {
        dispatch?.(state.tr.setSelection(TextSelection.create(state.doc, at)))
        return true
      })
      await frames(1)
      expect(domHead(page), `cursor at ${at}`).to.equal(at)
      expect(ed.state.selection.head).to.equal(at)
    }
  })
})
