// A figure filled in a draft keeps its number while the figures library moves on (a CSV imported
// later, the figure corrected in another draft): opened again, the draft says where it differs.
import { expect, waitUntil } from '@open-wc/testing'
import { sendKeys } from '@web/test-runner-commands'
import { NodeSelection } from 'prosemirror-state'
import type { JgChecks } from '../../src/app/components/jg-checks'
import type { JgEditor } from '../../src/app/components/jg-editor'
import { figuresFromRows } from '../../src/core/figures/model'
import { importText } from '../../src/core/import'
import { slotsOf } from '../../src/core/outline'
import { checked, mountApp, openDraftOf, SPEECH } from './helpers'

async function panelFindings(page: JgEditor) {
  const checks = page.shadowRoot!.querySelector<JgChecks>('jg-checks')!
  await checks.updateComplete
  return [...checks.shadowRoot!.querySelectorAll('li')].map((li) => li.textContent!.replace(/\s+/g, ''))
}

describe('a draft against the figures library', () => {
  let env: Awaited<ReturnType<typeof mountApp>>
  beforeEach(async () => {
    env = await mountApp()
  })
  afterEach(async () => {
    await env.dispose()
  })

  it('says where a filled figure differs from the library, and not once the figure typed is the library’s', async () => {
    const store = env.app.store!
    // The library was updated after the draft was filled (a CSV, another draft).
    const { metrics, values } = figuresFromRows([
      { label: '城镇新增就业', year: 2025, kind: 'actual', value: '3320', unit: '人' },
      { label: '城镇登记失业率', year: 2025, kind: 'actual', value: '2.8', unit: '%' },
    ])
    await store.saveFigures(metrics, values)
    const { page } = await openDraftOf(env, importText(SPEECH).doc)
    await checked(page)
    const differs = async () => (await panelFindings(page)).filter((t) => t.includes('数字库里'))
    await waitUntil(async () => (await differs()).length > 0, 'the difference is not reported')
    expect(await differs()).to.have.length(1)
    expect((await differs())[0]).to.contain('数字库里2025年实际数“城镇新增就业”是3320人，这里是3250人')

    // The secretary types the library's number: the warning goes, and none comes for the figure typed.
    const view = page.editor!.editorView!
    const jobs = slotsOf(view.state.doc).find((s) => s.attrs.label === '城镇新增就业' && s.attrs.kind === 'actual')!
    view.dispatch(view.state.tr.setSelection(NodeSelection.create(view.state.doc, jobs.pos)))
    view.focus()
    await sendKeys({ type: '3320' })
    await sendKeys({ press: 'Enter' })
    await waitUntil(async () => (await differs()).length === 0, 'the warning stays after the figure was typed')
    // And typing another number keeps the library in step with the speech: still nothing to report.
    view.dispatch(view.state.tr.setSelection(NodeSelection.create(view.state.doc, jobs.pos)))
    view.focus()
    await sendKeys({ type: '3330' })
    await sendKeys({ press: 'Enter' })
    await waitUntil(
      async () => (await store.loadFigures()).values.some((v) => v.metric === '城镇新增就业' && v.value === '3330'),
      'the typed figure is not in the library',
    )
    await checked(page)
    expect(await differs()).to.deep.equal([])
  })

  // Tryout 11 (A5): 乡镇卫生院 412人 and 15所 are two metrics (乡镇卫生院, 乡镇卫生院（所）); each is read against its own.
  it('reads a figure in a unit its label’s metric does not convert to against the metric named with its unit', async () => {
    const store = env.app.store!
    const { metrics, values } = figuresFromRows([
      { label: '乡镇卫生院', year: 2024, kind: 'actual', value: '412', unit: '人' },
      { label: '乡镇卫生院（所）', year: 2024, kind: 'actual', value: '16', unit: '所' },
    ])
    await store.saveFigures(metrics, values)
    const text = await (await fetch('/test/fixtures/tryout11/health-2024.txt')).text()
    const { page } = await openDraftOf(env, importText(text).doc)
    await checked(page)
    const differs = async () => (await panelFindings(page)).filter((t) => t.includes('数字库里'))
    await waitUntil(async () => (await differs()).length > 0, 'the difference is not reported')
    expect(await differs()).to.have.length(1)
    expect((await differs())[0]).to.contain('数字库里2024年实际数“乡镇卫生院”是16所，这里是15所')
  })
})
