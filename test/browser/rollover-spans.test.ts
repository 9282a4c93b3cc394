// Tryout 4: a roll-over put a “十四五”期间累计 total into the figures library as that year's own figure,
// so the next year's panel compared 2 rounds with 9 and a fill wrote 9 into 全年开展统计执法检查.
import { expect } from '@open-wc/testing'
import { newDraft } from '../../src/app/drafts'
import { rollDraft } from '../../src/app/rollover'
import { importText } from '../../src/core/import'
import { mountApp } from './helpers'

describe('rolling a speech forward fills the figures library', () => {
  let env: Awaited<ReturnType<typeof mountApp>>
  beforeEach(async () => {
    env = await mountApp()
  })
  afterEach(async () => {
    await env.dispose()
  })

  it("keeps a year's figure and a total over years under one name apart, and leaves a value already stored", async () => {
    const store = env.app.store!
    const text = await (await fetch('/test/fixtures/stats-bureau-2026-spans.txt')).text()
    const record = newDraft(importText(text).doc, 'import')
    await store.saveDraft(record)
    await rollDraft(store, record, undefined)
    const of = async (metric: string) =>
      (await store.loadFigures()).values
        .filter((v) => v.metric === metric && v.kind === 'actual')
        .map((v) => [v.year, v.span, v.value])
        .sort()
    expect(await of('开展统计执法检查')).to.deep.equal([
      [2025, '', '2'],
      [2025, '2021-2025', '9'],
    ])
    expect(await of('查处统计违法案件')).to.deep.equal([
      [2025, '', '7'],
      [2025, '2021-2025', '38'],
    ])

    // A second roll-over of a speech saying otherwise does not overwrite what the library holds.
    const other = newDraft(importText(text.replace('统计执法检查2轮', '统计执法检查4轮')).doc, 'import')
    await store.saveDraft(other)
    await rollDraft(store, other, undefined)
    expect(await of('开展统计执法检查')).to.deep.equal([
      [2025, '', '2'],
      [2025, '2021-2025', '9'],
    ])
  })
  it('keeps neither of two numbers the old speech gave under two names of one metric', async () => {
    const store = env.app.store!
    // The library knows 新增城镇就业 as another name of 城镇新增就业 (Review: a carried figure was grouped by its own label only).
    await store.saveFigures([{ key: '城镇新增就业', label: '城镇新增就业', unit: '人', aliases: ['新增城镇就业'] }], [])
    const text = [
      '全县人社工作会议讲话',
      '同志们：',
      '今天召开会议，总结2025年工作，部署2026年任务。',
      '一、2025年工作回顾',
      '全年城镇新增就业3250人，新增城镇就业3300人。',
      '二、2026年工作任务',
      '确保完成。',
      '同志们，谢谢！',
    ].join('\n')
    const record = newDraft(importText(text).doc, 'import')
    await store.saveDraft(record)
    await rollDraft(store, record, undefined)
    const stored = (await store.loadFigures()).values.filter((v) => v.metric === '城镇新增就业' && v.year === 2025)
    expect(stored).to.deep.equal([])
  })

  // Tryout 11 (A5): 其中乡镇卫生院412人 and 全县15所乡镇卫生院 under one label; neither reached the library.
  it('keeps both figures of one label in units that do not convert, as two metrics', async () => {
    const store = env.app.store!
    const text = await (await fetch('/test/fixtures/tryout11/health-2024.txt')).text()
    const record = newDraft(importText(text).doc, 'import')
    await store.saveDraft(record)
    await rollDraft(store, record, undefined)
    const { metrics, values } = await store.loadFigures()
    const label = (key: string) => metrics.find((m) => m.key === key)?.label
    const clinics = values
      .filter((v) => ['乡镇卫生院', '乡镇卫生院（所）'].includes(label(v.metric) ?? ''))
      .map((v) => [label(v.metric), v.year, v.value + v.unit])
      .sort()
    expect(clinics).to.deep.equal([
      ['乡镇卫生院', 2024, '412人'],
      ['乡镇卫生院（所）', 2024, '15所'],
    ])
  })
})
