/**
 * The figures library through a backup and a restore: what the fill reads after a restore is
 * what it read before, totals over several years included, and a figure the fill would read
 * wrongly is refused with the place named.
 */
import { describe, expect, it } from 'vitest'
import { makeBackup, parseBackup } from '../../src/core/backup'
import { FigureIndex, figuresFromRows } from '../../src/core/figures/model'
import { fillSlots } from '../../src/core/figures/fill'
import { slotsOf } from '../../src/core/outline'
import { doc, fig, h2, opening, p, part, title } from './build'

const library = figuresFromRows(
  [
    { label: '新建农村公路', year: 2025, span: '2021-2025', value: '1020', unit: '公里', kind: 'actual' },
    { label: '新建农村公路', year: 2025, value: '212.50', unit: '公里', kind: 'actual', source: '交通局' },
    { label: '新增就业', year: 2026, value: '0.33', unit: '万人', kind: 'target' },
  ],
  1_760_000_000_000,
)
const restored = () =>
  parseBackup(JSON.stringify(makeBackup([], null, { metrics: library.metrics, figures: library.values }))).stores
const speech = doc(
  { reviewYear: 2025, planYear: 2026 },
  title('讲话'),
  opening(p('开场。')),
  part(
    { kind: 'review' },
    h2('回顾'),
    p(
      '五年新建',
      fig('新建农村公路', null, '公里', { year: 2025, period: '2021-2025' }),
      '，今年',
      fig('新建农村公路', null, '公里', { year: 2025 }),
      '，明年',
      fig('新增就业', null, '人', { year: 2026, kind: 'target' }),
    ),
  ),
)

describe('figures in a backup and a restore', () => {
  it('come back field for field: a total over years and the one year beside it, decimals as written', () => {
    const { metrics, figures } = restored()
    expect(metrics).toEqual(library.metrics)
    expect(figures).toEqual(library.values)
    expect(figures?.map((f) => [f.span, f.value, f.source ?? null])).toEqual([
      ['2021-2025', '1020', null],
      ['', '212.50', '交通局'],
      ['', '0.33', null],
    ])
  })
  it('fill a speech after the restore exactly as before it', () => {
    const { metrics = [], figures = [] } = restored()
    const before = fillSlots(speech, new FigureIndex(library.metrics, library.values))
    const after = fillSlots(speech, new FigureIndex(metrics, figures))
    expect(slotsOf(after.doc).map((s) => s.attrs.value)).toEqual(['1020', '212.50', '3300'])
    expect(after.doc.eq(before.doc)).toBe(true)
  })
  it('are refused when a span does not end in its year, or a total is given twice', () => {
    const broken = (change: (f: (typeof library.values)[number][]) => void) => {
      const figures = structuredClone(library.values)
      change(figures)
      const b = makeBackup([], null, { metrics: library.metrics })
      return () => parseBackup(JSON.stringify({ ...b, stores: { metrics: library.metrics, figures } }))
    }
    expect(
      broken((f) => {
        f[0].span = '2021-2024'
      }),
    ).toThrow('数字库第 1 个数字的年度区间应写成 2021-2025，且以它的年度结束')
    expect(
      broken((f) => {
        f[0].span = '2021至2025'
      }),
    ).toThrow('年度区间应写成 2021-2025')
    expect(broken((f) => f.push({ ...f[0], value: '1' }))).toThrow(
      '数字库第 4 个数字与前面的数字重复（同一指标、年度或区间和类型）',
    )
    expect(
      broken((f) => {
        delete f[1].span
      })().stores.figures?.[1],
    ).not.toHaveProperty('span')
  })
})
