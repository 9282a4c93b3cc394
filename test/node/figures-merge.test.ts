import { describe, expect, it } from 'vitest'
import { mergeFigures } from '../../src/core/figures/merge'
import type { FigureValue, Metric } from '../../src/core/figures/model'

const metric = (key: string, aliases: string[] = [], label = key): Metric => ({ key, label, unit: '人', aliases })
const value = (m: string, year: number, v: string, changedAt: number): FigureValue => ({
  metric: m,
  year,
  kind: 'actual',
  value: v,
  unit: '人',
  changedAt,
})

describe('merging two figure libraries', () => {
  it('adds what only the other side has', () => {
    const r = mergeFigures(
      { metrics: [], values: [] },
      { metrics: [metric('就业')], values: [value('就业', 2025, '1', 1)] },
    )
    expect(r).toEqual({ metrics: [metric('就业')], values: [value('就业', 2025, '1', 1)], added: 1, replaced: 0 })
  })

  it('of two values for one metric, year and kind keeps the later changed one; on a tie the one here', () => {
    const here = { metrics: [metric('就业')], values: [value('就业', 2025, '1', 10), value('就业', 2024, '2', 10)] }
    const r = mergeFigures(here, {
      metrics: [metric('就业')],
      values: [value('就业', 2025, '9', 20), value('就业', 2024, '8', 10)],
    })
    expect(r.values).toEqual([value('就业', 2025, '9', 20)])
    expect([r.added, r.replaced]).toEqual([0, 1])
    expect(r.metrics).toEqual([])
  })

  it('an older value is not written, and an equal one is not counted', () => {
    const here = { metrics: [metric('就业')], values: [value('就业', 2025, '1', 10)] }
    expect(mergeFigures(here, { metrics: [], values: [value('就业', 2025, '5', 5)] }).values).toEqual([])
    expect(mergeFigures(here, { metrics: [], values: [value('就业', 2025, '1', 50)] }).replaced).toBe(0)
  })

  it('a metric the other side names by an alias here is that metric: its values and names join it', () => {
    const here = { metrics: [metric('城镇新增就业', ['新增城镇就业'])], values: [] }
    const r = mergeFigures(here, {
      metrics: [metric('新增城镇就业', ['城镇就业新增'], '新增城镇就业')],
      values: [value('新增城镇就业', 2025, '3', 1)],
    })
    expect(r.values).toEqual([value('城镇新增就业', 2025, '3', 1)])
    expect(r.metrics).toEqual([metric('城镇新增就业', ['新增城镇就业', '城镇就业新增'])])
  })

  it("a new metric's alias that already names a metric here stays that metric's", () => {
    const here = { metrics: [metric('甲')], values: [] }
    const r = mergeFigures(here, { metrics: [metric('乙', ['甲', '丙'])], values: [] })
    expect(r.metrics).toEqual([metric('乙', ['丙'])])
  })
})
