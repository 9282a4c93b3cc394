/**
 * Which task checks what (#17): a fill from the library shows its figures in its own task and
 * leaves the checks of the blocks it changed to right after the frame that shows them
 * (checks-plugin.ts `checkAfterFrame`; filling a thousand slots and checking them in one task took
 * twice as long as the fill alone); a speech just opened is checked a slice of blocks per task.
 */
import { expect } from '@open-wc/testing'
import type { ReactiveController, ReactiveControllerHost } from 'lit'
import { Transform } from 'prosemirror-transform'
import { EditorController } from '../../src/app/editor/controller'
import { checksOf } from '../../src/app/editor/checks-plugin'
import { CheckEngine } from '../../src/core/checks/engine'
import { importText } from '../../src/core/import'
import { FigureIndex, figuresFromRows } from '../../src/core/figures/model'
import { slotsOf } from '../../src/core/outline'

const host: ReactiveControllerHost = {
  addController(c: ReactiveController) {
    c.hostConnected?.()
  },
  removeController() {},
  requestUpdate() {},
  updateComplete: Promise.resolve(true),
}

/** A check engine that counts its runs and its slices. */
class Counted extends CheckEngine {
  runs = 0
  slices = 0
  override run(...args: Parameters<CheckEngine['run']>) {
    this.runs++
    return super.run(...args)
  }
  override warm(...args: Parameters<CheckEngine['warm']>) {
    this.slices++
    return super.warm(...args)
  }
}

/** One frame painted, then the message a callback of that frame posts (how afterFrame runs its work). */
const frameAndAfter = () =>
  new Promise<void>((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel()
      channel.port1.onmessage = () => setTimeout(resolve)
      channel.port2.postMessage(null)
    }),
  )

const SPEECH =
  '标题\n同志们：\n一、2025年工作回顾\n全年实现城镇新增就业3250人，农民工返乡创业1200人。\n二、2026年工作任务\n确保全年新增城镇就业3300人。\n'

describe('a fill from the library and the checks', () => {
  let editor: EditorController
  let engine: Counted
  let index: FigureIndex
  const mount = document.createElement('div')

  beforeEach(async () => {
    const imported = importText(SPEECH).doc
    // The review's figures emptied: they are what the library fills.
    const tr = new Transform(imported)
    const actuals = slotsOf(imported).filter((s) => s.attrs.role === 'metric' && s.attrs.kind === 'actual')
    for (const s of actuals) tr.setNodeAttribute(s.pos, 'value', null)
    const { metrics, values } = figuresFromRows(
      actuals.map((s, i) => ({
        label: s.attrs.label,
        year: s.attrs.year ?? 2025,
        value: String(4000 + i),
        unit: s.attrs.unit,
        kind: 'actual' as const,
      })),
    )
    index = new FigureIndex(metrics, values)
    engine = new Counted()
    editor = new EditorController(host, { doc: tr.doc, onDocChange() {}, checks: engine })
    document.body.append(mount)
    mount.replaceChildren(editor.dom)
    while (editor.checksPending) await new Promise((resolve) => setTimeout(resolve, 20))
  })
  afterEach(() => {
    editor.hostDisconnected()
    mount.remove()
  })

  it('shows the figures in its own task, checks nothing there, and has the marks right after the frame', async () => {
    const empties = () => checksOf(editor.state).run.findings.filter((f) => f.rule === 'empty-slot').length
    expect(empties()).to.equal(2)
    expect(mount.querySelectorAll('.check[data-rule="empty-slot"]').length).to.equal(2)
    const runs = engine.runs
    const result = editor.fillFromFigures(index)
    expect(result.filled).to.equal(2)
    // On screen at once…
    expect([...mount.querySelectorAll('.slot')].map((s) => s.textContent)).to.include.members(['4000人', '4001人'])
    // …and no check run in the fill's task.
    expect(engine.runs).to.equal(runs)
    expect(checksOf(editor.state).owed).to.equal('document')
    // Right after the frame that shows it, not at the typing pause (DOCUMENT_PAUSE_MS, 120 ms).
    await frameAndAfter()
    expect(checksOf(editor.state).owed).to.equal('nothing')
    expect(empties()).to.equal(0)
    expect(mount.querySelectorAll('.check[data-rule="empty-slot"]').length).to.equal(0)
  })
})

describe('a speech just opened', () => {
  it('is checked a slice of blocks per task, and the marks come out as one run would make them', async () => {
    // A long speech: the corpus's seed, three times.
    const text = (await (await fetch(new URL('../fixtures/seed-hrss-2022.txt', import.meta.url))).text()).repeat(3)
    const speech = importText(text).doc
    const engine = new Counted()
    const mount = document.createElement('div')
    document.body.append(mount)
    const editor = new EditorController(host, { doc: speech, onDocChange() {}, checks: engine })
    mount.replaceChildren(editor.dom)
    try {
      expect(engine.runs).to.equal(0)
      while (checksOf(editor.state).owed !== 'nothing') await new Promise((resolve) => setTimeout(resolve, 10))
      // More than one slice: no one task checked the whole speech's blocks.
      expect(engine.slices).to.be.greaterThan(1)
      const run = checksOf(editor.state).run
      expect(run.changed).to.deep.equal([])
      expect(run.findings).to.deep.equal(new CheckEngine().run(speech).findings)
      expect(mount.querySelectorAll('.check').length).to.be.greaterThan(0)
    } finally {
      editor.hostDisconnected()
      mount.remove()
    }
  })
})

describe('a block checked again with the marks it had', () => {
  it('keeps them as they were drawn: the catch-up changes nothing in the page', async () => {
    const speech = importText(
      '标题\n同志们：\n一、2025年工作回顾\n全年实现城镇新增就业3250人, 成效明显。\n二、2026年工作任务\n确保全年新增城镇就业3300人。\n',
    ).doc
    const mount = document.createElement('div')
    document.body.append(mount)
    const editor = new EditorController(host, { doc: speech, onDocChange() {}, checks: new CheckEngine() })
    mount.replaceChildren(editor.dom)
    const settled = async () => {
      while (checksOf(editor.state).owed !== 'nothing') await new Promise((resolve) => setTimeout(resolve, 10))
    }
    try {
      await settled()
      const mark = mount.querySelector('.check[data-rule="halfwidth-punct"]')
      expect(mark, 'the half-width comma is marked').to.not.equal(null)
      // A word typed at the end of the same paragraph: its block is checked again, its marks the same.
      const view = editor.editorView!
      const slot = slotsOf(editor.state.doc).find((s) => s.attrs.value === '3250')!
      const end = editor.state.doc.resolve(slot.pos).end()
      view.dispatch(view.state.tr.insertText('好', end))
      const carried = checksOf(editor.state).blockDecorations
      // What the catch-up changes in the page, from here on.
      const touched: Node[] = []
      const observer = new MutationObserver((records) => {
        for (const r of records) touched.push(r.target)
      })
      observer.observe(mount, { subtree: true, childList: true, characterData: true, attributes: true })
      await settled()
      await new Promise((resolve) => setTimeout(resolve))
      observer.disconnect()
      expect(checksOf(editor.state).run.findings.some((f) => f.rule === 'halfwidth-punct')).to.equal(true)
      expect(mount.querySelector('.check[data-rule="halfwidth-punct"]')).to.equal(mark)
      expect(touched, 'the catch-up redrew nothing').to.deep.equal([])
      // The same set of marks, so the view has nothing to compare or draw (a set made anew is a
      // new set to it: it walks the speech's nodes and puts the selection back in the DOM).
      expect(checksOf(editor.state).blockDecorations).to.equal(carried)
    } finally {
      editor.hostDisconnected()
      mount.remove()
    }
  })
})
