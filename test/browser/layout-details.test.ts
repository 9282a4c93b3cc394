/**
 * Details of the drafting page a secretary's tryout at 1366 × 768 found out of place, measured at
 * 1093 × 614 (that laptop at 125 %), 1280 × 720 and 1920 × 1080: the save status on the toolbar's
 * first row, a find bar that covers no line, the 段首标题 badge on one line, a slot's input as wide
 * as its placeholder, the slot hint clear of the next line, and meeting titles with no character
 * alone on a line. Screenshots go to a temporary folder (the path is logged) to look at.
 */
import { expect, waitUntil } from '@open-wc/testing'
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands'
import { TextSelection } from 'prosemirror-state'
import type { JgEditor } from '../../src/app/components/jg-editor'
import type { JgFind } from '../../src/app/components/jg-find'
import { editorPage, mountApp } from './helpers'
import { generate, openDraft, storeExample } from './meeting-helpers'
import { importText } from '../../src/core/import'
import { newDraft } from '../../src/app/drafts'
import { speechToJSON } from '../../src/core/serialize'
import { slotsOf } from '../../src/core/outline'
import type { MeetingDocKind } from '../../src/core/meeting'

const SIZES = [
  { width: 1093, height: 614 },
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
]

type Env = Awaited<ReturnType<typeof mountApp>>

const shot = (name: string) => executeServerCommand<string, { name: string }>('screenshot', { name })
const $ = <T extends Element = HTMLElement>(page: JgEditor, selector: string) =>
  page.shadowRoot!.querySelector<T>(selector)!

/** The seed speech as a rolled draft: last year's speech kept as its reference, so 对照去年 shows. */
async function openRolled(env: Env): Promise<JgEditor> {
  const doc = importText(await (await fetch('/test/fixtures/seed-hrss-2022.txt')).text()).doc
  const record = { ...newDraft(doc, 'test'), reference: { title: '去年的讲稿', speech: speechToJSON(doc) } }
  await env.app.store!.saveDraft(record)
  location.hash = `#/draft/${record.id}`
  return editorPage(env.app)
}

/** The tops of the lines an element's text takes. */
function lineTops(el: Element): number[] {
  const range = document.createRange()
  range.selectNodeContents(el)
  return [...new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)))]
}

/** Characters of an element's text by the line they stand on (top to bottom), read one by one. */
function charsByLine(el: Element): string[] {
  const lines = new Map<number, string>()
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent!
    for (let i = 0; i < text.length; i++) {
      const range = document.createRange()
      range.setStart(node, i)
      range.setEnd(node, i + 1)
      const r = [...range.getClientRects()].find((b) => b.width > 0)
      if (!r) continue
      const top = [...lines.keys()].find((t) => Math.abs(t - r.top) < r.height / 2) ?? r.top
      lines.set(top, (lines.get(top) ?? '') + text[i])
    }
  }
  return [...lines.entries()].sort((a, b) => a[0] - b[0]).map(([, s]) => s)
}

const overlaps = (a: DOMRect, b: DOMRect) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom

describe('details of the drafting page on office screens', () => {
  let env: Env
  beforeEach(async () => {
    env = await mountApp()
  })
  afterEach(async () => {
    await env.dispose()
    await setViewport({ width: 800, height: 600 })
  })

  for (const size of SIZES) {
    const name = `${size.width}x${size.height}`
    it(`${name}: a rolled draft's save status stays on the toolbar's first row, on one line`, async () => {
      await setViewport(size)
      const page = await openRolled(env)
      expect($(page, 'button.compare')).to.not.equal(null)
      const first = $(page, 'a.back').getBoundingClientRect()
      const status = $(page, '.status')
      const box = status.getBoundingClientRect()
      expect(
        Math.abs(box.top + box.height / 2 - (first.top + first.height / 2)),
        'status off the first row',
      ).to.be.below(2)
      expect(lineTops(status)).to.have.length(1)
      expect(box.right).to.be.at.most(innerWidth)
      // Its box fits its longest text, so a change of state never moves the toolbar.
      const measure = document.createElement('canvas').getContext('2d')!
      measure.font = getComputedStyle(status).font
      expect(measure.measureText('有未保存的修改').width).to.be.at.most(status.clientWidth)
      console.log(`screenshot: ${await shot(`toolbar-rolled-${name}`)}`)
    })

    it(`${name}: the find and replace bar covers no line of the page, scrolled or not`, async () => {
      await setViewport(size)
      const page = await openRolled(env)
      page.editor!.editorView!.focus()
      await sendKeys({ down: 'Control' })
      await sendKeys({ press: 'h' })
      await sendKeys({ up: 'Control' })
      await waitUntil(() => page.shadowRoot!.querySelector('jg-find'), 'no find bar')
      const bar = $<JgFind>(page, 'jg-find')
      await bar.updateComplete
      const main = $(page, 'main')
      const barBox = bar.getBoundingClientRect()
      expect(barBox.height).to.be.greaterThan(40) // two rows with 替换为
      // The page scrolls in a box below the bar, not under it: no line, scrolled or not, is behind it.
      expect(main.contains(bar)).to.equal(false)
      expect(main.getBoundingClientRect().top).to.be.at.least(barBox.bottom)
      // A match found far down lands in view, under the bar.
      bar.shadowRoot!.querySelector<HTMLInputElement>('input.find-text')!.focus()
      await sendKeys({ type: '有关要求' })
      await waitUntil(() => page.editor!.findInfo.matches.length > 0, 'nothing found')
      await sendKeys({ press: 'Enter' })
      await waitUntil(() => page.shadowRoot!.querySelector('.find-current'), 'no current match')
      const inView = () => {
        const match = $(page, '.find-current').getBoundingClientRect()
        return match.top >= barBox.bottom && match.bottom <= main.getBoundingClientRect().bottom
      }
      await waitUntil(inView, `match not scrolled into view: ${$(page, '.find-current').getBoundingClientRect().top}`)
      console.log(`screenshot: ${await shot(`find-bar-${name}`)}`)
    })
  }

  it('1093x614: the 段首标题 badge is one box that never splits across lines', async () => {
    await setViewport({ width: 1093, height: 614 })
    const page = await openRolled(env)
    const heading = page.shadowRoot!.querySelector('section.section[data-run-in] > h3.section-heading')!
    const badge = getComputedStyle(heading, '::after')
    expect(badge.content).to.equal('"段首标题"')
    // An inline block with no wrapping inside is laid out whole on one line.
    expect([badge.display, badge.whiteSpace]).to.deep.equal(['inline-block', 'nowrap'])
    const view = page.editor!.editorView!
    page.editor!.jumpTo(view.posAtDOM(heading, 0) - 1)
    const main = $(page, 'main')
    await waitUntil(() => {
      const r = heading.getBoundingClientRect()
      return r.top >= main.getBoundingClientRect().top - 2 && r.bottom <= innerHeight
    }, 'heading not scrolled to')
    console.log(`screenshot: ${await shot('run-in-badge-1093x614')}`)
  })

  it('1093x614: a slot’s input shows its whole placeholder, and grows with what is typed', async () => {
    await setViewport({ width: 1093, height: 614 })
    const page = await openRolled(env)
    const ed = page.editor!
    const slot = slotsOf(ed.state.doc).find((s) => s.attrs.label === '城镇登记失业率')!
    ed.run((state, dispatch) => {
      dispatch?.(state.tr.setSelection(TextSelection.create(state.doc, slot.pos + 1)))
      return true
    })
    ed.editorView!.focus()
    await sendKeys({ press: 'ArrowLeft' })
    await sendKeys({ press: 'Enter' })
    await waitUntil(() => page.shadowRoot!.querySelector('input.slot-input'), 'no input')
    const input = $<HTMLInputElement>(page, 'input.slot-input')
    expect(input.placeholder).to.equal('城镇登记失业率')
    const style = getComputedStyle(input)
    const measure = document.createElement('canvas').getContext('2d')!
    measure.font = `${style.fontSize} ${style.fontFamily}`
    const room = input.clientWidth - Number.parseFloat(style.paddingLeft) - Number.parseFloat(style.paddingRight)
    expect(measure.measureText(input.placeholder).width, 'placeholder cut off').to.be.at.most(room)
    input.scrollIntoView({ block: 'center' })
    console.log(`screenshot: ${await shot('slot-input-1093x614')}`)
    await sendKeys({ type: '3.2（比上年下降0.3个百分点）' })
    expect(input.scrollWidth, 'typed text cut off').to.be.at.most(input.clientWidth)
    await sendKeys({ press: 'Escape' })
  })

  it('1093x614: a selected slot’s hint stands above it, clear of the slots on the next line', async () => {
    await setViewport({ width: 1093, height: 614 })
    const page = await openRolled(env)
    const ed = page.editor!
    const slots = slotsOf(ed.state.doc).filter((s) => s.attrs.role === 'metric')
    // A slot with slots on the line under it.
    const dom = (pos: number) => ed.editorView!.nodeDOM(pos) as HTMLElement
    const target = slots.find((s, i) => {
      const next = slots[i + 1]
      if (!next) return false
      dom(s.pos).scrollIntoView({ block: 'center' })
      const a = dom(s.pos).getBoundingClientRect()
      const b = dom(next.pos).getBoundingClientRect()
      return b.top > a.bottom && b.top - a.bottom < a.height
    })!
    dom(target.pos).scrollIntoView({ block: 'center' })
    ed.run((state, dispatch) => {
      dispatch?.(state.tr.setSelection(TextSelection.create(state.doc, target.pos + 1)))
      return true
    })
    ed.editorView!.focus()
    await sendKeys({ press: 'ArrowLeft' })
    const tip = page.shadowRoot!.querySelector<HTMLElement>('.slot-tip')!
    await waitUntil(() => !tip.hidden, 'no hint')
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))
    const t = tip.getBoundingClientRect()
    const s = dom(target.pos).getBoundingClientRect()
    expect(t.bottom, 'not above the slot').to.be.at.most(s.top)
    const below = [...page.shadowRoot!.querySelectorAll('.ProseMirror .slot')]
      .map((el) => el.getBoundingClientRect())
      .filter((r) => r.top >= s.bottom)
    expect(below.length).to.be.greaterThan(0)
    expect(below.filter((r) => overlaps(r, t))).to.have.length(0)
    console.log(`screenshot: ${await shot('slot-tip-1093x614')}`)
  })

  for (const size of SIZES)
    it(`${size.width}x${size.height}: the meeting's documents leave no character alone on a title line`, async () => {
      await setViewport(size)
      const store = env.app.store!
      const record = await storeExample(store, (m) => {
        m.name = '2023年全县人力资源和社会保障工作会议'
      })
      for (const kind of ['notice', 'agenda', 'script'] as MeetingDocKind[]) {
        const page = await openDraft(env.app, await generate(store, record, kind))
        const title = page.shadowRoot!.querySelector('.ProseMirror h1.title')!
        const lines = charsByLine(title)
        for (const line of lines) expect([...line].length, `${kind}: ${lines.join(' | ')}`).to.be.at.least(2)
        console.log(`screenshot: ${await shot(`meeting-title-${kind}-${size.width}x${size.height}`)}`)
        location.hash = '#/'
      }
    })
})
