import { describe, expect, it } from 'vitest'
import { figuresToCsv, libraryRows, parseFiguresCsv } from '../../src/core/figures/csv'
import { planRows } from '../../src/core/figures/incoming'
import { FigureIndex, normalizeLabel, type FigureValue, type Metric } from '../../src/core/figures/model'
import { fixtureBytes } from './helpers'

const enc = (s: string) => new TextEncoder().encode(s)
const metric = (label: string, unit: string): Metric => ({ key: normalizeLabel(label), label, unit, aliases: [] })
const value = (label: string, year: number, v: string, unit: string, more: Partial<FigureValue> = {}): FigureValue => ({
  metric: normalizeLabel(label),
  year,
  kind: 'actual',
  span: '',
  value: v,
  unit,
  changedAt: 1,
  ...more,
})

describe('the library through its own CSV (tryout 12, A5)', () => {
  // Spans, targets, two units under one name (乡镇卫生院 in 人 and in 所), a 十四五 total beside its last year's figure.
  const metrics = [
    metric('在校生', '人'),
    metric('乡镇卫生院', '人'),
    metric('乡镇卫生院（所）', '所'),
    metric('新增学位', '个'),
    metric('投入教育经费', '亿元'),
  ]
  const values = [
    value('在校生', 2025, '48650', '人'),
    value('在校生', 2026, '50000', '人', { kind: 'target' }),
    value('乡镇卫生院', 2025, '412', '人'),
    value('乡镇卫生院（所）', 2025, '15', '所'),
    value('新增学位', 2025, '1.26', '万个', { span: '2021-2025' }),
    value('新增学位', 2025, '3240', '个'),
    value('新增学位', 2026, '3600', '个', { kind: 'target' }),
    value('投入教育经费', 2025, '38.6', '亿元', { span: '2021-2025', source: '统计' }),
  ]

  it('export then import gives back exactly the library: spans, kinds, units', () => {
    const text = figuresToCsv(libraryRows(metrics, values))
    expect(text).toContain('新增学位,2025,2021-2025,1.26,万个,实际,')
    const read = parseFiguresCsv(enc(text))
    expect(read.errors).toEqual([])
    expect(read.notes).toEqual([])
    const plan = planRows(new FigureIndex([], []), read.rows, 1)
    expect(plan.refused).toEqual([])
    const byKey = (v: FigureValue) => `${v.metric}|${v.year}|${v.kind}|${v.span}`
    expect(plan.values.sort((a, b) => byKey(a).localeCompare(byKey(b)))).toEqual(
      [...values].sort((a, b) => byKey(a).localeCompare(byKey(b))),
    )
    expect(plan.metrics.sort((a, b) => a.key.localeCompare(b.key))).toEqual(
      [...metrics].sort((a, b) => a.key.localeCompare(b.key)),
    )
  })

  it('an export from before the 累计 column still imports, and says its totals came out as plain years', () => {
    const old = parseFiguresCsv(fixtureBytes('figures-old-export.csv'))
    expect(old.notes).toEqual([{ kind: 'oldExport' }])
    expect(old.rows.length).toBe(109)
    // The two 新增学位 2025 rows (its year and its 十四五 total) are two numbers for one figure: neither is taken.
    expect(old.errors.map((e) => e.line)).toEqual([74, 75])
  })

  it('reads a total from the 累计 column, and refuses one whose last year is not the row’s 年度', () => {
    const p = parseFiguresCsv(
      enc(
        '指标,年度,累计,数值,单位\n新增学位,2025,2021—2025,1.26,万个\n新增学位,2024,2021-2025,1,万个\n新增学位,2025,十四五,1,万个\n',
      ),
    )
    expect(p.rows.map((r) => [r.line, r.year, r.span])).toEqual([[2, 2025, '2021-2025']])
    expect(p.errors.map((e) => e.line)).toEqual([3, 4])
  })
})
