// Figures typed or pasted into the editor are checked as the same words imported are (tryout3,
// finding 2: 由96.8%提高到97.6%，提高1.2个百分点 typed into the review said nothing in 检查).
import { expect, waitUntil } from '@open-wc/testing'
import { TextSelection } from 'prosemirror-state'
import type { JgChecks } from '../../src/app/components/jg-checks'
import type { JgEditor } from '../../src/app/components/jg-editor'
import { importText } from '../../src/core/import'
import { figuresFromRows } from '../../src/core/figures/model'
import { zh } from '../../src/i18n/zh'
import {
  checked,
  chord,
  clickOn,
  editorPage,
  imeType,
  mountApp,
  newDraftFrom,
  openDraftOf,
  showFigures,
  statusOf,
} from './helpers'
import SPEECH from '../fixtures/water-bureau-2027-slots.txt?raw'

async function open(env: Awaited<ReturnType<typeof mountApp>>) {
  return (await openDraftOf(env, importText(SPEECH).doc)).page
}

/** Puts the cursor at the end of the first textblock holding `words`. */
function cursorAfter(page: JgEditor, words: string) {
  const view = page.editor!.editorView!
  let end = -1
  view.state.doc.descendants((node, pos) => {
    if (end < 0 && node.isTextblock && node.textContent.includes(words)) end = pos + node.nodeSize - 1
  })
  view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, end)))
  view.focus()
  return view
}

/** The 检查 panel's findings, as their text. */
async function panelFindings(page: JgEditor) {
  const checks = page.shadowRoot!.querySelector<JgChecks>('jg-checks')!
  await checks.updateComplete
  return [...checks.shadowRoot!.querySelectorAll('li')].map((li) => li.textContent!.replace(/\s+/g, ''))
}

/** The words the editor marks for a rule. */
const marked = (page: JgEditor, rule: string) =>
  [...page.editor!.editorView!.dom.querySelectorAll(`.check[data-rule="${rule}"]`)].map((el) => el.textContent)

describe('figures typed into the editor', () => {
  let env: Awaited<ReturnType<typeof mountApp>>
  beforeEach(async () => {
    env = await mountApp()
  })
  afterEach(async () => {
    await env.dispose()
  })

  it('a change typed with the wrong difference is reported in 检查 and marked on the typed number, and still after a reload', async () => {
    const page = await open(env)
    const view = cursorAfter(page, '新建改造农村供水工程')
    await imeType(['quan'], '全县农村自来水普及率由上年的96.8%提高到97.6%，提高1.2个百分点。')
    await waitUntil(() => view.state.doc.textContent.includes('提高1.2个百分点'), 'not typed')
    await checked(page)
    const findings = await panelFindings(page)
    expect(
      findings.some((t) => t.includes('相差0.8个百分点') && t.includes('1.2个百分点')),
      JSON.stringify(findings),
    ).to.equal(true)
    // Words committed by an IME are marked at the pause after the composition (checks-plugin.ts, CatchUp).
    await waitUntil(() => marked(page, 'arithmetic').length > 0, 'the typed change is not marked')
    expect(marked(page, 'arithmetic')).to.deep.equal(['1.2个百分点'])

    await waitUntil(() => statusOf(page) === '已保存', 'not saved', { timeout: 4000 })
    const again = await editorPage((await env.reload()).app)
    expect((await panelFindings(again)).some((t) => t.includes('相差0.8个百分点'))).to.equal(true)
  })

  it('a figure pasted that differs from the same figure typed before is reported at the pasted words', async () => {
    const page = await open(env)
    const view = cursorAfter(page, '新建改造农村供水工程')
    view.pasteText('全县农村自来水普及率达到97.6%。')
    await checked(page)
    expect((await panelFindings(page)).some((t) => t.includes('前后不一致'))).to.equal(false)
    cursorAfter(page, '水利投资再创新高')
    view.pasteText('全县农村自来水普及率达到96.7%。')
    await checked(page)
    const findings = await panelFindings(page)
    expect(
      findings.some((t) => t.includes('前面写的是96.7%，这里是97.6%')),
      JSON.stringify(findings),
    ).to.equal(true)
    // The document rules' marks are drawn when typing pauses (checks-plugin.ts, CatchUp).
    await waitUntil(() => marked(page, 'inconsistent-figure').length > 0, 'the pasted figure is not marked')
    expect(marked(page, 'inconsistent-figure')).to.deep.equal(['97.6%'])
  })
})

// Tryout 6, finding 9: a speech begun from the template, its sentences typed over the template's,
// showed 0 rows in 数字 and gave the library none of her figures (next year: no 上年).
describe('figures typed into a speech made from a template', () => {
  let env: Awaited<ReturnType<typeof mountApp>>
  beforeEach(async () => {
    env = await mountApp()
  })
  afterEach(async () => {
    await env.dispose()
  })

  it('are named in 数字, and one click makes them slots kept in the library, the speech reading the same', async () => {
    const page = await newDraftFrom(env.app, 'generic-annual')
    const view = cursorAfter(page, '各项工作取得了新的成效')
    await imeType(['quan'], '全年完成房地产开发投资84.2亿元，筹集保障性租赁住房1620套。')
    await waitUntil(() => view.state.doc.textContent.includes('1620套'), 'not typed')
    const text = () =>
      view.state.doc.textBetween(0, view.state.doc.content.size, '\n', (n) => `${n.attrs.value}${n.attrs.unit}`)
    const before = text()
    const panel = await showFigures(page)
    await waitUntil(() => panel.shadowRoot!.querySelector('.typed'), 'the typed figures are not named')
    expect(panel.shadowRoot!.querySelector('.typed')!.textContent).to.contain('房地产开发投资 84.2亿元')

    panel.shadowRoot!.querySelector<HTMLButtonElement>('button.slot-typed')!.click()
    const review = view.state.doc.attrs.reviewYear
    const stored = async () =>
      (await env.app.store!.loadFigures()).values
        .filter((v) => v.year === review && v.kind === 'actual')
        .map((v) => `${v.value}${v.unit}`)
        .sort()
    await waitUntil(async () => (await stored()).length === 2, 'not stored')
    expect(await stored()).to.deep.equal(['1620套', '84.2亿元'])
    expect(text()).to.equal(before)
    await panel.updateComplete
    expect(panel.shadowRoot!.querySelector('.typed')).to.equal(null)
    const rows = [...panel.shadowRoot!.querySelectorAll('tbody tr td:first-child')].map((td) => td.textContent)
    expect(rows.some((r) => r!.includes('房地产开发投资'))).to.equal(true)
  })

  // Tryout 16, A2: 1至5月 figures were kept in the library as the year's actual.
  it('a figure of a stretch of the year (1至5月) becomes a slot, is not kept, and 数字 says so before and after', async () => {
    const page = await newDraftFrom(env.app, 'generic-annual')
    const view = cursorAfter(page, '各项工作取得了新的成效')
    await imeType(['quan'], '1至5月，全县共发生各类生产安全事故12起。全年完成房地产开发投资84.2亿元。')
    await waitUntil(() => view.state.doc.textContent.includes('84.2亿元'), 'not typed')
    const panel = await showFigures(page)
    await waitUntil(() => panel.shadowRoot!.querySelector('.typed'), 'the typed figures are not named')
    const preview = panel.shadowRoot!.querySelector('.typed-as')!.textContent!
    expect(preview).to.contain(`${zh.figures.typedPartOfYear} 1 个（各类生产安全事故 12起）`)

    panel.shadowRoot!.querySelector<HTMLButtonElement>('button.slot-typed')!.click()
    const stored = async () => (await env.app.store!.loadFigures()).values.map((v) => `${v.value}${v.unit}`).sort()
    await waitUntil(async () => (await stored()).length > 0, 'not stored')
    expect(await stored()).to.deep.equal(['84.2亿元'])
    expect(slotsOfDoc(view.state.doc)).to.deep.equal(['12起', '84.2亿元'])
    await panel.updateComplete
    expect(panel.shadowRoot!.querySelector('.message')!.textContent).to.contain(
      zh.figures.typedPartOfYearMade(['各类生产安全事故']),
    )
  })

  // Review 29a: the stretch's number beside the year's own under one name counted as two numbers, and the year's was not kept.
  it('a stretch and the whole year of one figure: the year’s is kept, and nothing calls them two numbers', async () => {
    const page = await newDraftFrom(env.app, 'generic-annual')
    const view = cursorAfter(page, '各项工作取得了新的成效')
    await imeType(['quan'], '1至11月，全县新增城镇就业3100人，预计全年新增城镇就业3400人。')
    await waitUntil(() => view.state.doc.textContent.includes('3400人'), 'not typed')
    const panel = await showFigures(page)
    await waitUntil(() => panel.shadowRoot!.querySelector('.typed'), 'the typed figures are not named')
    panel.shadowRoot!.querySelector<HTMLButtonElement>('button.slot-typed')!.click()
    const stored = async () => (await env.app.store!.loadFigures()).values.map((v) => `${v.value}${v.unit}`).sort()
    await waitUntil(async () => (await stored()).length > 0, 'not stored')
    expect(await stored()).to.deep.equal(['3400人'])
    await panel.updateComplete
    expect(panel.shadowRoot!.querySelector('.message')!.textContent).to.not.contain(
      zh.figures.typedTwo(['新增城镇就业']),
    )
  })
})

/** The document's metric slots made from typed words, as their number and unit. */
function slotsOfDoc(d: import('prosemirror-model').Node): string[] {
  const out: string[] = []
  d.descendants((n) => {
    if (n.type.name === 'slot' && n.attrs.role === 'metric' && ['12', '84.2'].includes(n.attrs.value))
      out.push(`${n.attrs.value}${n.attrs.unit}`)
  })
  return out
}

// Tryout 7: a secretary made her typed figures slots, then pressed Ctrl+Z: the slots went back to
// words, the numbers stayed in the library, and 数字 said both that they were stored and that the
// speech had typed numbers not in the library.
describe('undo of making typed figures slots', () => {
  let env: Awaited<ReturnType<typeof mountApp>>
  beforeEach(async () => {
    env = await mountApp()
  })
  afterEach(async () => {
    await env.dispose()
  })

  /** A speech from the template with two figures typed in its review, and its 数字 panel naming them. */
  async function typedSpeech() {
    const page = await newDraftFrom(env.app, 'generic-annual')
    const view = cursorAfter(page, '各项工作取得了新的成效')
    await imeType(['quan'], '全年完成房地产开发投资84.2亿元，筹集保障性租赁住房1620套。')
    await waitUntil(() => view.state.doc.textContent.includes('1620套'), 'not typed')
    const review: number = view.state.doc.attrs.reviewYear
    const panel = await showFigures(page)
    await waitUntil(() => panel.shadowRoot!.querySelector('.typed'), 'the typed figures are not named')
    return { page, view, panel, review }
  }

  /** The library's actuals of `year`, as label=number. */
  const stored = async (year: number) => {
    const { metrics, values } = await env.app.store!.loadFigures()
    const label = new Map(metrics.map((m) => [m.key, m.label]))
    return values
      .filter((v) => v.year === year && v.kind === 'actual')
      .map((v) => `${label.get(v.metric)}=${v.value}${v.unit}`)
      .sort()
  }

  /** Store `label`'s actual of `year` as another tab or a CSV would, and let the page read it. */
  async function storeElsewhere(page: JgEditor, year: number, label: string, value: string, unit: string) {
    const { metrics, values } = figuresFromRows([{ label, year, kind: 'actual', value, unit, source: 'csv' }])
    await env.app.store!.saveFigures(metrics, values)
    await page.figures.reload()
  }

  /** What 数字 says: its message and its notice of figures typed as words (null: none). */
  async function said(page: JgEditor) {
    const panel = await showFigures(page)
    await page.updateComplete
    await panel.updateComplete
    return {
      message: panel.shadowRoot!.querySelector('.message')?.textContent ?? '',
      typed: panel.shadowRoot!.querySelector('.typed')?.textContent ?? null,
    }
  }

  it('one Ctrl+Z takes back the slots and what they wrote in the library, and 数字 says so in agreement', async () => {
    const { page, view, panel, review } = await typedSpeech()
    // The library held a figure of its own for one of them (a CSV imported before) and none for the other.
    await storeElsewhere(page, review, '房地产开发投资', '80', '亿元')
    const before = view.state.doc

    await clickOn(panel.shadowRoot!.querySelector('button.slot-typed')!)
    await waitUntil(
      async () => (await stored(review)).length === 2 && !(await stored(review)).includes('房地产开发投资=80亿元'),
      'not stored',
    )
    expect(await stored(review)).to.deep.equal(['房地产开发投资=84.2亿元', '筹集保障性租赁住房=1620套'])

    await chord('Control', 'z')
    expect(view.state.doc.eq(before), 'the slots are words again').to.equal(true)
    await waitUntil(async () => (await stored(review)).length === 1, 'undo left the typed figures in the library')
    expect(await stored(review)).to.deep.equal(['房地产开发投资=80亿元'])
    await waitUntil(() => page.figures.message.includes('已撤销'), 'the undo said nothing')
    const { message, typed } = await said(page)
    expect(typed, 'the typed figures are named again').to.contain('房地产开发投资 84.2亿元')
    expect(typed).to.contain('没有存入数字库')
    expect(message).not.to.contain('已把')
    expect(message).to.contain('数字库里相应的 2 个数字也已改回')

    await chord('Control', 'y')
    await waitUntil(async () => (await stored(review)).includes('房地产开发投资=84.2亿元'), 'redo did not store again')
    expect(await stored(review)).to.deep.equal(['房地产开发投资=84.2亿元', '筹集保障性租赁住房=1620套'])
    const redone = await said(page)
    expect(redone.typed).to.equal(null)
    expect(redone.message).to.contain('又存入数字库')
  })

  it('a figure stored again since the click is left in the library on undo, and she is told; the other is taken back', async () => {
    const { page, view, panel, review } = await typedSpeech()
    const before = view.state.doc
    await clickOn(panel.shadowRoot!.querySelector('button.slot-typed')!)
    await waitUntil(async () => (await stored(review)).length === 2, 'not stored')
    await storeElsewhere(page, review, '筹集保障性租赁住房', '1700', '套')

    await chord('Control', 'z')
    expect(view.state.doc.eq(before)).to.equal(true)
    await waitUntil(() => page.figures.message.includes('已撤销'), 'the undo said nothing')
    expect(await stored(review)).to.deep.equal(['筹集保障性租赁住房=1700套'])
    const { message } = await said(page)
    expect(message).to.contain('数字库里相应的 1 个数字也已改回')
    expect(message).to.contain('“筹集保障性租赁住房”')
    expect(message).to.contain('已改为 1700套')
  })
})
