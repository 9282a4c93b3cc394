/**
 * The figures library (real IndexedDB) and the speech after emptying a slot, undo and redo. A
 * figure the department imported or typed is a fact of its year: emptying it in one speech says
 * the speech no longer states it, and the library keeps it. Undo of a figure typed puts back what
 * the library held before it, redo writes it again; undo of an emptying or a fill leaves the library.
 */
import { expect, waitUntil } from '@open-wc/testing'
import { sendKeys } from '@web/test-runner-commands'
import { NodeSelection } from 'prosemirror-state'
import type { JgEditor } from '../../src/app/components/jg-editor'
import type { Store } from '../../src/app/store/db'
import { figuresFromRows } from '../../src/core/figures/model'
import { importText } from '../../src/core/import'
import { slotsOf } from '../../src/core/outline'
import { chord, mountApp, openDraftOf, showFigures } from './helpers'

const SPEECH = `全县人社工作会议讲话
同志们：
今天召开会议，总结2025年工作，部署2026年任务。
一、2025年工作回顾
全年城镇新增就业3250人，城镇登记失业率控制在2.8%，创业培训640人。
二、2026年工作任务
确保全年城镇新增就业3300人。
三、工作要求
一要严。
同志们，谢谢！`

/** The department's CSV, imported before: the speech's 3250 jobs and 2.8%; no 创业培训. */
const LIBRARY = figuresFromRows([
  { label: '城镇新增就业', year: 2025, kind: 'actual', value: '3250', unit: '人', source: 'csv' },
  { label: '城镇登记失业率', year: 2025, kind: 'actual', value: '2.8', unit: '%', source: 'csv' },
])

/** The library's 2025 actual of `label` (undefined: none). */
async function stored(store: Store, label: string): Promise<string | undefined> {
  const { metrics, values } = await store.loadFigures()
  const key = metrics.find((m) => m.label === label)?.key
  return values.find((v) => v.metric === key && v.year === 2025 && v.kind === 'actual')?.value
}

const slotOf = (page: JgEditor, label: string) =>
  slotsOf(page.editor!.state.doc).find((s) => s.attrs.label === label && s.attrs.kind === 'actual')!

/** Select the review's slot of `label`, as the cursor does. */
function select(page: JgEditor, label: string) {
  const view = page.editor!.editorView!
  view.dispatch(view.state.tr.setSelection(NodeSelection.create(view.state.doc, slotOf(page, label).pos)))
  view.focus()
}

/** Type `figure` over the slot of `label` and enter it. */
async function typeFigure(page: JgEditor, label: string, figure: string) {
  select(page, label)
  await sendKeys({ type: figure })
  await sendKeys({ press: 'Enter' })
  expect(slotOf(page, label).attrs.value).to.equal(figure)
}

/** Open the slot of `label` (Enter), delete its number and enter the empty input. */
async function emptyFigure(page: JgEditor, label: string) {
  select(page, label)
  await sendKeys({ press: 'Enter' })
  await sendKeys({ press: 'Backspace' })
  await sendKeys({ press: 'Enter' })
  expect(slotOf(page, label).attrs.value).to.equal(null)
}

/** The figures panel's message once it says `words`, as shown. */
async function shownMessage(page: JgEditor, words: string): Promise<string> {
  const panel = await showFigures(page)
  await waitUntil(() => page.figures.message.includes(words), `the figures panel never said ${words}`)
  await page.updateComplete
  await panel.updateComplete
  return panel.shadowRoot!.querySelector('.message')?.textContent ?? ''
}

describe('the figures library after emptying, undo and redo', () => {
  let env: Awaited<ReturnType<typeof mountApp>>
  beforeEach(async () => {
    env = await mountApp()
    await env.app.store!.saveFigures(LIBRARY.metrics, LIBRARY.values)
  })
  afterEach(async () => {
    await env.dispose()
  })

  /**
   * Everything the page wrote to the library before this has landed: a figure typed now is
   * written after it (IndexedDB runs read-write transactions on one store in order).
   */
  async function settled(page: JgEditor) {
    const n = String(700 + Math.floor(Math.random() * 99))
    await typeFigure(page, '创业培训', n)
    await waitUntil(async () => (await stored(env.app.store!, '创业培训')) === n, 'the barrier figure was not stored')
  }

  it('emptying a filled slot keeps the library’s figure; undo shows it again; 用数字库填写 puts it back', async () => {
    const store = env.app.store!
    const { page } = await openDraftOf(env, importText(SPEECH).doc)
    await emptyFigure(page, '城镇新增就业')
    await settled(page)
    expect(await stored(store, '城镇新增就业'), 'emptied in the speech, kept in the library').to.equal('3250')

    await chord('Control', 'z') // the barrier figure
    await chord('Control', 'z') // the emptying
    expect(slotOf(page, '城镇新增就业').attrs.value).to.equal('3250')
    await settled(page)
    expect(await stored(store, '城镇新增就业')).to.equal('3250')

    await emptyFigure(page, '城镇新增就业')
    const panel = await showFigures(page)
    panel.shadowRoot!.querySelector<HTMLButtonElement>('button.fill')!.click()
    expect(slotOf(page, '城镇新增就业').attrs.value, 'filled from the library').to.equal('3250')
    // Undo of the fill empties the slot again and leaves the library as it is.
    page.editor!.undo()
    expect(slotOf(page, '城镇新增就业').attrs.value).to.equal(null)
    await settled(page)
    expect(await stored(store, '城镇新增就业')).to.equal('3250')
  })

  it('a figure typed and undone: the library holds what it held before; redo writes the figure again', async () => {
    const store = env.app.store!
    const { page } = await openDraftOf(env, importText(SPEECH).doc)
    await typeFigure(page, '城镇新增就业', '3330')
    await waitUntil(async () => (await stored(store, '城镇新增就业')) === '3330', 'the typed figure was not stored')

    await chord('Control', 'z')
    expect(slotOf(page, '城镇新增就业').attrs.value).to.equal('3250')
    await waitUntil(
      async () => (await stored(store, '城镇新增就业')) === '3250',
      'undo did not put back the library’s figure',
    )
    expect(page.figures.index.value('城镇新增就业', 2025, 'actual')?.value).to.equal('3250')

    await chord('Control', 'y')
    expect(slotOf(page, '城镇新增就业').attrs.value).to.equal('3330')
    await waitUntil(async () => (await stored(store, '城镇新增就业')) === '3330', 'redo did not write the figure')
  })

  it('a figure new to the library, typed and undone, leaves it as it was: without that figure', async () => {
    const store = env.app.store!
    const { page } = await openDraftOf(env, importText(SPEECH).doc)
    await emptyFigure(page, '创业培训')
    await typeFigure(page, '创业培训', '650')
    await waitUntil(async () => (await stored(store, '创业培训')) === '650', 'the typed figure was not stored')
    await chord('Control', 'z')
    expect(slotOf(page, '创业培训').attrs.value).to.equal(null)
    await waitUntil(async () => (await stored(store, '创业培训')) === undefined, 'undo left the typed figure in')
    await chord('Control', 'Shift', 'z')
    expect(slotOf(page, '创业培训').attrs.value).to.equal('650')
    await waitUntil(async () => (await stored(store, '创业培训')) === '650', 'redo did not write the figure')
  })

  it('undo does not take back a figure the library got from elsewhere since (a CSV, another speech)', async () => {
    const store = env.app.store!
    const { page } = await openDraftOf(env, importText(SPEECH).doc)
    await typeFigure(page, '城镇新增就业', '3330')
    await waitUntil(async () => (await stored(store, '城镇新增就业')) === '3330', 'the typed figure was not stored')
    const csv = figuresFromRows([{ label: '城镇新增就业', year: 2025, kind: 'actual', value: '3340', unit: '人' }])
    await store.saveFigures(csv.metrics, csv.values)
    await page.figures.load()
    await chord('Control', 'z')
    expect(slotOf(page, '城镇新增就业').attrs.value).to.equal('3250')
    expect(await shownMessage(page, '没有改回')).to.equal(
      '讲稿里已撤销，数字库里“城镇新增就业”2025年实际数没有改回 3250人：您输入之后，数字库里的这个数已改为 3340人（导入或另一个标签页改的），没有动它。',
    )
    await settled(page)
    expect(await stored(store, '城镇新增就业')).to.equal('3340')
  })

  it('undo does not take back a figure another tab wrote since, though this tab has not read it yet', async () => {
    const store = env.app.store!
    const { page } = await openDraftOf(env, importText(SPEECH).doc)
    await typeFigure(page, '城镇新增就业', '3330')
    await waitUntil(async () => (await stored(store, '城镇新增就业')) === '3330', 'the typed figure was not stored')
    // Written by another tab: this page's index still holds 3330.
    const other = figuresFromRows([{ label: '城镇新增就业', year: 2025, kind: 'actual', value: '3340', unit: '人' }])
    await store.saveFigures(other.metrics, other.values)
    await chord('Control', 'z')
    expect(slotOf(page, '城镇新增就业').attrs.value).to.equal('3250')
    // The store, not this page's index, knew of 3340: the message names it all the same.
    expect(await shownMessage(page, '没有改回'))
      .to.contain('已改为 3340人')
      .and.to.contain('没有动它')
    await settled(page)
    expect(await stored(store, '城镇新增就业')).to.equal('3340')
  })

  it('undo does not take back the number typed when a CSV stored the same number since', async () => {
    const store = env.app.store!
    const { page } = await openDraftOf(env, importText(SPEECH).doc)
    await typeFigure(page, '城镇新增就业', '3330')
    await waitUntil(async () => (await stored(store, '城镇新增就业')) === '3330', 'the typed figure was not stored')
    // Another tab then imports the department's CSV, which says 3330 too: a newer write of the figure.
    const typedAt = Math.max(...(await store.loadFigures()).values.map((v) => v.changedAt))
    const csv = figuresFromRows(
      [{ label: '城镇新增就业', year: 2025, kind: 'actual', value: '3330', unit: '人' }],
      Math.max(Date.now(), typedAt + 1),
    )
    await store.saveFigures(csv.metrics, csv.values)
    await chord('Control', 'z')
    expect(slotOf(page, '城镇新增就业').attrs.value).to.equal('3250')
    expect(await shownMessage(page, '没有改回')).to.equal(
      '讲稿里已撤销，数字库里“城镇新增就业”2025年实际数没有改回 3250人：您输入之后，数字库里的这个数又存过一次（仍是 3330人，导入或另一个标签页存的），没有动它。',
    )
    await settled(page)
    expect(await stored(store, '城镇新增就业')).to.equal('3330')
  })

  it('an undo whose library write fails says the library still holds the figure typed, not 数字没有存入数字库', async () => {
    const store = env.app.store!
    const { page } = await openDraftOf(env, importText(SPEECH).doc)
    await typeFigure(page, '城镇新增就业', '3330')
    await waitUntil(async () => (await stored(store, '城镇新增就业')) === '3330', 'the typed figure was not stored')
    store.takeBackFigure = () => Promise.reject(new DOMException('The disk is full.', 'QuotaExceededError'))
    await chord('Control', 'z')
    expect(slotOf(page, '城镇新增就业').attrs.value).to.equal('3250')
    const said = await shownMessage(page, '没有跟着改回')
    expect(said).to.contain('讲稿里已撤销，但数字库没有跟着改回：')
    expect(said).to.contain('数字库里“城镇新增就业”2025年实际数仍是您输入的 3330人。')
    expect(said).not.to.contain('数字没有存入数字库')
    expect(page.figures.failed).to.equal(true)
    expect(await stored(store, '城镇新增就业')).to.equal('3330')
  })

  it('an undo stored whose read-back fails says what the library now holds, not 数字没有存入数字库', async () => {
    const store = env.app.store!
    const { page } = await openDraftOf(env, importText(SPEECH).doc)
    await typeFigure(page, '城镇新增就业', '3330')
    await waitUntil(async () => (await stored(store, '城镇新增就业')) === '3330', 'the typed figure was not stored')
    const load = store.loadFigures.bind(store)
    store.loadFigures = () => Promise.reject(new DOMException('The connection is closing.', 'InvalidStateError'))
    await chord('Control', 'z')
    const said = await shownMessage(page, '重新读取数字库失败')
    expect(said).to.contain('撤销已把数字库里“城镇新增就业”2025年实际数改回 3250人，但重新读取数字库失败：')
    expect(said).not.to.contain('数字没有存入数字库')
    store.loadFigures = load
    expect(await stored(store, '城镇新增就业')).to.equal('3250')
  })

  it('a figure typed whose read-back fails says it is stored, not 数字没有存入数字库', async () => {
    const store = env.app.store!
    const { page } = await openDraftOf(env, importText(SPEECH).doc)
    const load = store.loadFigures.bind(store)
    store.loadFigures = () => Promise.reject(new DOMException('The connection is closing.', 'InvalidStateError'))
    await typeFigure(page, '城镇新增就业', '3330')
    const said = await shownMessage(page, '重新读取数字库失败')
    expect(said).to.contain('数字已存入数字库，但重新读取数字库失败：')
    expect(said).not.to.contain('数字没有存入数字库')
    store.loadFigures = load
    expect(await stored(store, '城镇新增就业')).to.equal('3330')
  })
})

describe('undo of a figure typed, after its metric was merged into another', () => {
  let env: Awaited<ReturnType<typeof mountApp>>
  beforeEach(async () => {
    env = await mountApp()
    await env.app.store!.saveFigures(
      [...LIBRARY.metrics, { key: '新增就业人数', label: '新增就业人数', unit: '人', aliases: [] }],
      [
        ...LIBRARY.values,
        // last year's speech named it so
        { metric: '新增就业人数', year: 2024, kind: 'actual', value: '3000', unit: '人', changedAt: 0 },
      ],
    )
  })
  afterEach(async () => {
    await env.dispose()
  })

  /** In the figures panel, fold the speech's 城镇新增就业 into 新增就业人数 (合并到), confirmed. */
  async function mergeIntoLastYears(page: JgEditor) {
    const panel = await showFigures(page)
    const row = [...panel.shadowRoot!.querySelectorAll('tbody tr')].find(
      (tr) => tr.textContent!.includes('城镇新增就业') && tr.textContent!.includes('实际'),
    )!
    const select = row.querySelector<HTMLSelectElement>('select.merge')!
    select.focus()
    select.value = '新增就业人数'
    select.dispatchEvent(new Event('change'))
    const dialog = panel.shadowRoot!.querySelector('jg-confirm')!.shadowRoot!.querySelector('dialog')!
    await waitUntil(() => dialog.open, 'merge not asked')
    dialog.querySelector<HTMLButtonElement>('button.confirm')!.click()
    await waitUntil(() => panel.message.includes('已把“城镇新增就业”并入“新增就业人数”'), 'not merged')
  }

  it('takes back the figure under the metric it went into, and redo writes it there again', async () => {
    const store = env.app.store!
    const { page } = await openDraftOf(env, importText(SPEECH).doc)
    await typeFigure(page, '城镇新增就业', '3330')
    await waitUntil(async () => (await stored(store, '城镇新增就业')) === '3330', 'the typed figure was not stored')
    await mergeIntoLastYears(page)
    expect(await stored(store, '新增就业人数')).to.equal('3330')

    page.editor!.undo()
    expect(slotOf(page, '城镇新增就业').attrs.value).to.equal('3250')
    await waitUntil(
      async () => (await stored(store, '新增就业人数')) === '3250',
      'undo left the typed figure in the merged metric',
    )
    expect(page.figures.index.value('城镇新增就业', 2025, 'actual')?.value).to.equal('3250')

    page.editor!.redo()
    expect(slotOf(page, '城镇新增就业').attrs.value).to.equal('3330')
    await waitUntil(async () => (await stored(store, '新增就业人数')) === '3330', 'redo did not write the figure')
  })
})
