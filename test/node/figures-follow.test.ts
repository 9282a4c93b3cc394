/**
 * A CSV that gives a stored figure another number, filled into a speech: slots that held the
 * library's old number follow it; a number the user wrote by hand is never overwritten, only listed.
 */
import { describe, expect, it } from 'vitest'
import { fillSlots } from '../../src/core/figures/fill'
import { planRows } from '../../src/core/figures/incoming'
import { FigureIndex, figuresFromRows } from '../../src/core/figures/model'
import { slotsOf } from '../../src/core/outline'
import { doc, fig, h2, opening, p, part, title } from './build'

const row = (label: string, value: string, unit: string) => ({
  label,
  year: 2026,
  value,
  unit,
  kind: 'actual' as const,
})
/** The library before the import: what the user typed (中央和省级资金 5.6亿元, 水利投资 12.5亿元). */
const stored = () => {
  const f = figuresFromRows([row('中央和省级资金', '5.6', '亿元'), row('水利投资', '12.5', '亿元')], 1)
  return new FigureIndex(f.metrics, f.values)
}
/** The library after a CSV with these rows, as the figures panel plans it. */
const imported = (...rows: ReturnType<typeof row>[]) => planRows(stored(), rows).index
const speech = (...slots: ReturnType<typeof fig>[]) =>
  doc(
    { reviewYear: 2026, planYear: 2027 },
    title('讲话'),
    opening(p('开场。')),
    part({ kind: 'review' }, h2('回顾'), p('其中', ...slots)),
  )
const values = (d: ReturnType<typeof doc>) => slotsOf(d).map((s) => s.attrs.value)
const funds = (value: string | null, unit = '亿元') => fig('中央和省级资金', value, unit, { year: 2026 })

describe('a fill after a CSV changed a figure (`before`: the library as it was)', () => {
  it('a slot holding the old number takes the new one, in its own unit, and is listed as updated', () => {
    const d = speech(funds('5.6'), funds('56000', '万元'), funds(null))
    const r = fillSlots(d, imported(row('中央和省级资金', '5.8', '亿元')), { before: stored() })
    expect(values(r.doc)).toEqual(['5.8', '58000', '5.8'])
    expect(r.updated.map((u) => [u.slot.attrs.value, u.value])).toEqual([
      ['5.6', '5.8'],
      ['56000', '58000'],
    ])
    expect([r.filled, r.kept]).toEqual([1, []])
  })

  it('a slot holding a number typed by hand (not the old one) is left as it is and listed with the new number', () => {
    const d = speech(funds('5.7'), funds('5.6'))
    const r = fillSlots(d, imported(row('中央和省级资金', '5.8', '亿元')), { before: stored() })
    // 5.7 and 5.6 in one figure's slots are two figures under one name: neither is touched
    expect(values(r.doc)).toEqual(['5.7', '5.6'])
    expect(r.ambiguous.map((g) => g.length)).toEqual([2])
    const alone = fillSlots(speech(funds('5.7')), imported(row('中央和省级资金', '5.8', '亿元')), { before: stored() })
    expect(values(alone.doc)).toEqual(['5.7'])
    expect(alone.kept.map((k) => [k.slot.attrs.value, k.value])).toEqual([['5.7', '5.8']])
    expect(alone.updated).toEqual([])
  })

  it('a figure the library did not have before is new: a number already in the speech that differs is kept and listed', () => {
    const d = speech(fig('新建改造农村供水工程', '30', '处', { year: 2026 }))
    const r = fillSlots(d, imported(row('新建改造农村供水工程', '31', '处')), { before: stored() })
    expect(values(r.doc)).toEqual(['30'])
    expect(r.kept.map((k) => k.value)).toEqual(['31'])
  })

  it('touches nothing the CSV did not change: the same number in another unit, or a figure it left alone', () => {
    const d = speech(funds('5.6'), fig('水利投资', '12', '亿元', { year: 2026 }))
    const r = fillSlots(d, imported(row('中央和省级资金', '56000', '万元')), { before: stored() })
    expect(values(r.doc)).toEqual(['5.6', '12'])
    expect([r.updated, r.kept, r.filled]).toEqual([[], [], 0])
  })

  it('without `before`, a filled slot is never rewritten (用数字库填写空位 fills only empty ones)', () => {
    const r = fillSlots(speech(funds('5.6')), imported(row('中央和省级资金', '5.8', '亿元')))
    expect(values(r.doc)).toEqual(['5.6'])
    expect([r.updated, r.kept]).toEqual([[], []])
  })
})
