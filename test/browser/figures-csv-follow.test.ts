// A CSV that changes a figure already in the speech (tryout of 2026-11-26: the speech kept 5.6亿元
// while the library took 5.8 without a word). After 导入并填写 the speech and the library agree,
// except where the speech holds a number of its own, which is never overwritten and is named.
import { expect, waitUntil } from '@open-wc/testing'
import type { JgEditor } from '../../src/app/components/jg-editor'
import type { JgFigures } from '../../src/app/components/jg-figures'
import { figuresFromRows } from '../../src/core/figures/model'
import { importText } from '../../src/core/import'
import { slotsOf } from '../../src/core/outline'
import { chooseFile, mountApp, openWithFigures } from './helpers'
import SPEECH from '../fixtures/water-bureau-2027-slots.txt?raw'

/** The finance bureau's table: 中央和省级资金 is 5.8亿元, not the 5.6 the speech has. */
const CSV = [
  '指标,年度,数值,单位,类型',
  '中央和省级资金,2026,5.8,亿元,实际',
  '新建改造农村供水工程,2026,31,处,实际',
].join('\n')

const open = (env: Awaited<ReturnType<typeof mountApp>>, text = SPEECH) => openWithFigures(env, importText(text).doc)

const funds = (page: JgEditor) =>
  slotsOf(page.editor!.state.doc)
    .filter((s) => s.attrs.label === '中央和省级资金')
    .map((s) => s.attrs.value)
const storedFunds = async (env: Awaited<ReturnType<typeof mountApp>>) =>
  (await env.app.store!.loadFigures()).values.find((v) => v.metric === '中央和省级资金' && v.year === 2026)?.value

/** Choose the CSV in the panel and wait for its preview. */
async function preview(panel: JgFigures) {
  chooseFile(panel.shadowRoot!.querySelector<HTMLInputElement>('input.csv-file')!, new File([CSV], '2026水利统计.csv'))
  await waitUntil(() => panel.shadowRoot!.querySelector('.csv'), 'no preview')
  await panel.updateComplete
  return panel.shadowRoot!.querySelector('.csv')!
}

describe('a CSV that changes a figure the speech already has', () => {
  let env: Awaited<ReturnType<typeof mountApp>>
  beforeEach(async () => {
    env = await mountApp()
  })
  afterEach(async () => {
    await env.dispose()
  })

  it('导入并填写: a slot holding the library’s old number takes the new one, the message says where, one undo takes it back', async () => {
    const { page, panel } = await open(env)
    const row = [...panel.shadowRoot!.querySelectorAll('tbody tr')].find((tr) =>
      tr.textContent!.includes('中央和省级资金'),
    )!
    const input = row.querySelector<HTMLInputElement>('input.value')!
    input.value = '5.6'
    input.dispatchEvent(new Event('change'))
    await waitUntil(async () => (await storedFunds(env)) === '5.6', 'not stored')

    const csv = await preview(panel)
    expect(csv.querySelector('ul.changes')!.textContent).to.contain('5.6亿元，CSV 是 5.8亿元')
    expect(csv.querySelector('.fill-offer')!.textContent).to.contain('讲稿里 1 处原是数字库里的旧数，随之改为 CSV 的数')
    expect(csv.querySelector('ul.kept')).to.equal(null)
    const button = csv.querySelector<HTMLButtonElement>('button.confirm-csv-fill')!
    expect(button.textContent).to.equal('导入并填写 1 个空位、更新 1 处')
    button.click()
    await waitUntil(() => page.figures.message.includes('已导入'), 'not imported')

    expect(await storedFunds(env)).to.equal('5.8')
    expect(funds(page)).to.deep.equal(['5.8'])
    expect(page.figures.message).to.contain('讲稿里随数字库改了 1 处：“…亿元，其中中央和省级资金5.6亿元”改为 5.8亿元。')
    await panel.updateComplete
    expect(panel.shadowRoot!.querySelector('.message')!.textContent).to.contain('改为 5.8亿元')
    // the speech and the library agree: a fill from the library has nothing left to do
    page.shadowRoot!.querySelector('jg-figures')!.shadowRoot!.querySelector<HTMLButtonElement>('button.fill')!.click()
    await waitUntil(() => page.figures.message.startsWith('已从数字库填写'), 'no fill')
    expect(funds(page)).to.deep.equal(['5.8'])
    // the import's changes to the speech are one step
    page.editor!.undo()
    expect(funds(page)).to.deep.equal(['5.6'])
  })

  it('导入并填写: a number of the speech’s own (not the library’s old one) is kept and named, in the preview and after', async () => {
    // The library has 5.6 (typed last week); this speech says 5.7, written in it before it came here.
    const typed = figuresFromRows([{ label: '中央和省级资金', year: 2026, value: '5.6', unit: '亿元', kind: 'actual' }])
    await env.app.store!.saveFigures(typed.metrics, typed.values)
    const { page, panel } = await open(env, SPEECH.replace('{{中央和省级资金|亿元}}', '{{中央和省级资金|亿元|5.7}}'))
    expect(funds(page)).to.deep.equal(['5.7'])

    const csv = await preview(panel)
    expect(csv.querySelector('ul.kept')!.textContent).to.contain('其中中央和省级资金5.7亿元”，CSV 是 5.8亿元')
    csv.querySelector<HTMLButtonElement>('button.confirm-csv-fill')!.click()
    await waitUntil(() => page.figures.message.includes('已导入'), 'not imported')

    expect(await storedFunds(env)).to.equal('5.8')
    expect(funds(page)).to.deep.equal(['5.7'])
    expect(page.figures.message).to.contain('讲稿里有 1 处填的不是数字库原来的数，没有改动，和数字库不同，请核对：')
    expect(page.figures.message).to.contain('其中中央和省级资金5.7亿元”（数字库是 5.8亿元）')
  })

  it('只导入: the speech is left as it is, and the message names the slot that now differs from the library', async () => {
    const typed = figuresFromRows([{ label: '中央和省级资金', year: 2026, value: '5.6', unit: '亿元', kind: 'actual' }])
    await env.app.store!.saveFigures(typed.metrics, typed.values)
    const { page, panel } = await open(env, SPEECH.replace('{{中央和省级资金|亿元}}', '{{中央和省级资金|亿元|5.6}}'))
    const csv = await preview(panel)
    csv.querySelector<HTMLButtonElement>('button.confirm-csv')!.click()
    await waitUntil(() => page.figures.message.includes('已导入'), 'not imported')
    expect(await storedFunds(env)).to.equal('5.8')
    expect(funds(page)).to.deep.equal(['5.6'])
    expect(page.figures.message).to.contain('讲稿没有改动，其中 1 处和数字库不同：')
    expect(page.figures.message).to.contain('其中中央和省级资金5.6亿元”（数字库是 5.8亿元）')
  })
})
