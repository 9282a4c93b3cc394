// The figures library is one per department: a figure typed in one draft changes the number every
// other draft is checked against and filled from. Tryout 10 (finding 1): figures typed in a copy
// made to try things out overwrote the original's, and next year's draft took them, without a word.
// Now 复制 asks whether the copy is a trial (its figures stay out of the library), and a figure
// typed over a number another draft shows says so at once, with 撤销.
import { expect, waitUntil } from '@open-wc/testing'
import { sendKeys } from '@web/test-runner-commands'
import { NodeSelection } from 'prosemirror-state'
import type { JgEditor } from '../../src/app/components/jg-editor'
import { newDraft } from '../../src/app/drafts'
import { figuresFromRows } from '../../src/core/figures/model'
import { importText } from '../../src/core/import'
import { slotsOf } from '../../src/core/outline'
import { chooseFile, editorPage, library, mountApp, openWithFigures, showFigures, SPEECH } from './helpers'

type Env = Awaited<ReturnType<typeof mountApp>>

/** The original draft, filled, with the library holding its 3250人; listed in the library. */
async function original(env: Env) {
  const store = env.app.store!
  const { metrics, values } = figuresFromRows([
    { label: '城镇新增就业', year: 2025, kind: 'actual', value: '3250', unit: '人' },
  ])
  await store.saveFigures(metrics, values)
  const record = { ...newDraft(importText(SPEECH).doc, 'test'), name: '2026年讲话定稿' }
  await store.saveDraft(record)
  return record
}

/** 复制 in the library, answered as `kind`; the copy, opened in the editor. */
async function copyAndOpen(env: Env, id: string, kind: 'trial' | 'shared'): Promise<JgEditor> {
  const lib = await library(env.app)
  await lib.refresh()
  await lib.updateComplete
  lib.shadowRoot!.querySelector<HTMLButtonElement>(`li[data-id="${id}"] button.duplicate`)!.click()
  const question = () => lib.shadowRoot!.querySelector('jg-copy-question')!.shadowRoot!.querySelector('dialog')
  await waitUntil(() => question()?.open, '复制 asked nothing')
  question()!.querySelector<HTMLButtonElement>(`button.${kind}`)!.click()
  await waitUntil(() => lib.drafts!.length === 2, 'no copy listed')
  const copy = lib.drafts!.find((d) => d.id !== id)!
  expect(copy.trial === true).to.equal(kind === 'trial')
  location.hash = `#/draft/${copy.id}`
  return editorPage(env.app)
}

/** Type `value` into the review's 城镇新增就业 as the user does: select the figure, type, Enter. */
async function typeJobs(page: JgEditor, value: string) {
  const view = page.editor!.editorView!
  const jobs = slotsOf(view.state.doc).find((s) => s.attrs.label === '城镇新增就业' && s.attrs.kind === 'actual')!
  view.dispatch(view.state.tr.setSelection(NodeSelection.create(view.state.doc, jobs.pos)))
  view.focus()
  await sendKeys({ type: value })
  await sendKeys({ press: 'Enter' })
}

const libraryJobs = async (env: Env) =>
  (await env.app.store!.loadFigures()).values.find((v) => v.metric === '城镇新增就业' && v.year === 2025)?.value

describe('a copy and the shared figures library', () => {
  let env: Env
  beforeEach(async () => {
    env = await mountApp()
  })
  afterEach(async () => {
    await env.dispose()
  })

  it('a shared copy says at once which draft still shows the number it changed, and 撤销 puts the library back', async () => {
    const orig = await original(env)
    const page = await copyAndOpen(env, orig.id, 'shared')
    await typeJobs(page, '3330')
    await waitUntil(async () => (await libraryJobs(env)) === '3330', 'the typed figure is not in the library')
    const notice = () => page.shadowRoot!.querySelector('.shown-elsewhere')
    await waitUntil(() => notice(), 'nothing said of the original, which shows 3250人')
    expect(notice()!.textContent).to.contain(
      '数字库里“城镇新增就业”2025年实际数由3250人改为3330人；草稿《2026年讲话定稿》里写的是3250人。',
    )
    notice()!.querySelector<HTMLButtonElement>('button.undo-shown')!.click()
    await waitUntil(async () => (await libraryJobs(env)) === '3250', '撤销 did not put the library back')
    await page.updateComplete
    expect(notice()).to.equal(null)
    // The copy keeps the number typed: only the library went back.
    const slot = slotsOf(page.editor!.editorView!.state.doc).find((s) => s.attrs.label === '城镇新增就业')!
    expect(slot.attrs.value).to.equal('3330')
  })

  it('a trial copy keeps the figures typed in it out of the library, and says so', async () => {
    const orig = await original(env)
    const page = await copyAndOpen(env, orig.id, 'trial')
    const banners = () => [...page.shadowRoot!.querySelectorAll('.notice')].map((n) => n.textContent ?? '').join(' ')
    expect(banners()).to.contain('试改稿：在这份里改的数字不进数字库')
    await typeJobs(page, '3330')
    const view = page.editor!.editorView!
    await waitUntil(
      () => slotsOf(view.state.doc).some((s) => s.attrs.label === '城镇新增就业' && s.attrs.value === '3330'),
      'the figure was not typed',
    )
    // A write of the library begun with the typing is ordered before this read (one IndexedDB
    // store, readwrite before a later read): the library, and so the original and next year's
    // draft, keep 3250人.
    await page.updateComplete
    expect(await libraryJobs(env)).to.equal('3250')
    expect(page.shadowRoot!.querySelector('.shown-elsewhere')).to.equal(null)
  })

  it('a trial copy refuses 导入 CSV and 合并, which would write the library, and says where to do them', async () => {
    const orig = await original(env)
    const store = env.app.store!
    // Another metric with a value for the speech's years: 合并到 offers it on 城镇新增就业's line.
    const other = figuresFromRows([{ label: '新增就业人数', year: 2025, kind: 'actual', value: '3300', unit: '人' }])
    await store.saveFigures(other.metrics, other.values)
    const before = await store.loadFigures()
    const page = await copyAndOpen(env, orig.id, 'trial')
    const panel = await showFigures(page)
    const message = () => panel.shadowRoot!.querySelector('.message.error')?.textContent ?? ''
    // 导入 CSV: refused at the button, before a file is asked for.
    panel.shadowRoot!.querySelector<HTMLButtonElement>('button.choose-csv')!.click()
    await waitUntil(() => message().includes('不能在这里导入 CSV'), 'the import was not refused')
    expect(message()).to.contain('请回到草稿列表，打开原稿（或正式副本）再操作')
    // A file that reaches the page all the same (the hidden input) is refused there too: no preview.
    const csv = ['指标,年度,数值,单位,类型', '城镇新增就业,2025,3330,人,实际'].join('\n')
    chooseFile(panel.shadowRoot!.querySelector<HTMLInputElement>('input.csv-file')!, new File([csv], '人社统计.csv'))
    await page.updateComplete
    await panel.updateComplete
    expect(page.figures.csvPreview).to.equal(null)
    expect(panel.shadowRoot!.querySelector('.csv')).to.equal(null)
    // 合并到: refused before the confirmation.
    const select = panel.shadowRoot!.querySelector<HTMLSelectElement>('tr[data-key] select.merge')!
    select.focus()
    select.value = '新增就业人数'
    select.dispatchEvent(new Event('change'))
    await waitUntil(() => message().includes('不能在这里合并指标'), 'the merge was not refused')
    expect(panel.shadowRoot!.querySelector('jg-confirm')!.shadowRoot!.querySelector('dialog')?.open ?? false).to.equal(
      false,
    )
    await page.figures.merge('城镇新增就业', '新增就业人数', '城镇新增就业', '新增就业人数')
    expect(await store.loadFigures()).to.deep.equal(before)
  })

  it('a CSV that changes a stored number names the other drafts that show it, in its preview', async () => {
    await original(env)
    const { panel } = await openWithFigures(env, importText(SPEECH).doc)
    const csv = ['指标,年度,数值,单位,类型', '城镇新增就业,2025,3330,人,实际'].join('\n')
    chooseFile(panel.shadowRoot!.querySelector<HTMLInputElement>('input.csv-file')!, new File([csv], '人社统计.csv'))
    await waitUntil(() => panel.shadowRoot!.querySelector('.csv ul.changes li'), 'no change listed')
    await panel.updateComplete
    expect(panel.shadowRoot!.querySelector('.csv ul.changes li')!.textContent).to.contain(
      '数字库里是 3250人，CSV 是 3330人；草稿《2026年讲话定稿》里写的是3250人',
    )
  })
})
