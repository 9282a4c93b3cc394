/**
 * Undo of a figure typed on a page whose copy of the figures library is behind the library
 * (real IndexedDB, two tabs): another tab wrote the figure after this page read the library, or
 * this tab took over a draft another tab typed in. Undo puts back what the library really held
 * when the typed figure was written, never the older number this page had read.
 */
import { expect, waitUntil } from '@open-wc/testing'
import { sendKeys } from '@web/test-runner-commands'
import { NodeSelection } from 'prosemirror-state'
import type { JgApp } from '../../src/app/components/jg-app'
import type { JgEditor } from '../../src/app/components/jg-editor'
import type { Store } from '../../src/app/store/db'
import { figuresFromRows } from '../../src/core/figures/model'
import { importText } from '../../src/core/import'
import { slotsOf } from '../../src/core/outline'
import { editorPage, mountApp, openDraftOf, statusOf, SPEECH } from './helpers'

const figures = (value: string) =>
  figuresFromRows([{ label: '城镇新增就业', year: 2025, kind: 'actual', value, unit: '人', source: 'csv' }])

/** The library's 2025 actual 城镇新增就业 (undefined: none). */
async function stored(store: Store): Promise<string | undefined> {
  const { metrics, values } = await store.loadFigures()
  const key = metrics.find((m) => m.label === '城镇新增就业')?.key
  return values.find((v) => v.metric === key && v.year === 2025 && v.kind === 'actual')?.value
}

const slotOf = (page: JgEditor) =>
  slotsOf(page.editor!.state.doc).find((s) => s.attrs.label === '城镇新增就业' && s.attrs.kind === 'actual')!

const indexed = (page: JgEditor) => page.figures.index.value('城镇新增就业', 2025, 'actual')?.value

/** Type `figure` over the review's slot and enter it; resolves once the library holds it. */
async function typeFigure(page: JgEditor, store: Store, figure: string) {
  const view = page.editor!.editorView!
  view.dispatch(view.state.tr.setSelection(NodeSelection.create(view.state.doc, slotOf(page).pos)))
  view.focus()
  await sendKeys({ type: figure })
  await sendKeys({ press: 'Enter' })
  expect(slotOf(page).attrs.value).to.equal(figure)
  await waitUntil(async () => (await stored(store)) === figure, `${figure} was not stored`)
}

describe('undo of a figure typed where the page read the library before another tab wrote it', () => {
  let env: Awaited<ReturnType<typeof mountApp>>
  let second: JgApp | null = null
  beforeEach(async () => {
    env = await mountApp()
    const { metrics, values } = figures('3250')
    await env.app.store!.saveFigures(metrics, values)
  })
  afterEach(async () => {
    second?.remove()
    second?.store?.close()
    second = null
    await env.dispose()
  })

  it('puts back what the library held when the figure was written, not what this page had read', async () => {
    const store = env.app.store!
    const { page } = await openDraftOf(env, importText(SPEECH).doc)
    // Another tab (another speech, a CSV) stores 3330; this page has not read the library since.
    const other = figures('3330')
    await store.saveFigures(other.metrics, other.values)
    expect(indexed(page)).to.equal('3250')
    await typeFigure(page, store, '3400')
    page.editor!.undo()
    expect(slotOf(page).attrs.value).to.equal('3250')
    await waitUntil(async () => (await stored(store)) !== '3400', 'undo took nothing back')
    expect(await stored(store)).to.equal('3330')
    await waitUntil(() => indexed(page) === '3330', 'the page does not show what the library holds')
  })

  it('in a tab that took the draft over: the figure the other tab typed, which the library holds', async () => {
    const store = env.app.store!
    const { page: first } = await openDraftOf(env, importText(SPEECH).doc)
    second = document.createElement('jg-app') as JgApp
    second.setAttribute('db-name', env.dbName)
    document.body.append(second)
    const page = await editorPage(second)
    await waitUntil(() => statusOf(page) === '只读', 'the second tab did not open read-only')
    await typeFigure(first, store, '3330')
    page.shadowRoot!.querySelector<HTMLButtonElement>('button.take-over')!.click()
    await waitUntil(() => page.session?.editable, 'not taken over')
    expect(slotOf(page).attrs.value).to.equal('3330')
    // The tab that took over reads the library again: its checks and hints see the other tab's figure.
    await waitUntil(() => indexed(page) === '3330', 'the tab that took over still has the library it read on opening')
    await typeFigure(page, store, '3400')
    page.editor!.undo()
    expect(slotOf(page).attrs.value).to.equal('3330')
    await waitUntil(async () => (await stored(store)) !== '3400', 'undo took nothing back')
    expect(await stored(store), 'the speech shows 3330, and so does the library').to.equal('3330')
  })
})
