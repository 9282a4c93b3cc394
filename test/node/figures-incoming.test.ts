import { describe, expect, it } from 'vitest'
import { Transform } from 'prosemirror-transform'
import { figureKey, setFigure, valueForSlot } from '../../src/core/figures/fill'
import { importText } from '../../src/core/import'
import { slotsOf } from '../../src/core/outline'
import { figureToKeep, planRows } from '../../src/core/figures/incoming'
import type { SlotAttrs } from '../../src/core/schema'
import { FigureIndex, type FigureValue, type Metric } from '../../src/core/figures/model'

const metric = (label: string, unit: string): Metric => ({ key: label, label, unit, aliases: [] })
const value = (m: string, year: number, v: string, unit: string): FigureValue => ({
  metric: m,
  year,
  kind: 'actual',
  span: '',
  value: v,
  unit,
  changedAt: 1,
})
/** The store after a user typed 85 人次 of 支付工伤保险待遇 and 640 人 of 创业培训. */
const typed = () =>
  new FigureIndex(
    [metric('支付工伤保险待遇', '人次'), metric('创业培训', '人'), metric('城镇新增就业', '人')],
    [
      value('支付工伤保险待遇', 2021, '85', '人次'),
      value('创业培训', 2021, '640', '人'),
      value('城镇新增就业', 2021, '3250', '人'),
    ],
  )
const edit = (label: string, v: string, unit: string) =>
  ({ label, year: 2021, kind: 'actual', value: v, unit, period: null }) as const

describe('a figure typed in a speech, into the store', () => {
  // Tryout 11 (A5): 乡镇卫生院 412人 and 15所 under one label; only the 人 series reached the library.
  it('in a unit that does not convert to its metric’s, is kept as another metric, the label with the unit: 120万元 never as 120人次', () => {
    const r = figureToKeep(typed(), edit('支付工伤保险待遇', '120', '万元'))
    expect(r && 'value' in r && [r.metric.label, r.metric.unit, r.value.metric, r.value.value, r.value.unit]).toEqual([
      '支付工伤保险待遇（万元）',
      '万元',
      '支付工伤保险待遇(万元)',
      '120',
      '万元',
    ])
    // emptied there, it leaves the 85人次 alone
    expect(figureToKeep(typed(), { ...edit('支付工伤保险待遇', '0', '万元'), value: null })).toBe(null)
    // 卫健 (人 and 所), 教育 (所 and 人), 交通 (公里 and 亿元): each kept, each filled back into its own slot.
    for (const [label, a, b] of [
      ['乡镇卫生院', ['412', '人'], ['15', '所']],
      ['幼儿园', ['46', '所'], ['1.2', '万人']],
      ['农村公路', ['126', '公里'], ['3.6', '亿元']],
    ] as const) {
      let index = new FigureIndex([], [])
      for (const [v, unit] of [a, b]) {
        const kept = figureToKeep(index, edit(label, v, unit))
        if (!kept || !('value' in kept)) throw new Error(`${label} ${v}${unit} not kept: ${JSON.stringify(kept)}`)
        index = new FigureIndex([...index.metrics, kept.metric], [...index.values(), kept.value])
      }
      expect(
        index.values().map((v) => `${index.metrics.find((m) => m.key === v.metric)?.label} ${v.value}${v.unit}`),
        label,
      ).toEqual([`${label} ${a[0]}${a[1]}`, `${label}（${b[1]}） ${b[0]}${b[1]}`])
      for (const [v, unit] of [a, b]) {
        const slot = { label, year: 2021, kind: 'actual', unit, period: null, role: 'metric' } as unknown as SlotAttrs
        expect(valueForSlot(index, slot), `${label} ${unit}`).toEqual({ value: v })
      }
    }
    // Must not: a unit that converts (万人 and 人) stays one metric.
    const same = figureToKeep(typed(), edit('城镇新增就业', '0.33', '万人'))
    expect(same && 'value' in same && same.metric.label).toBe('城镇新增就业')
  })

  it('emptied, keeps nothing: the speech no longer states it, the store keeps the department’s number', () => {
    expect(figureToKeep(typed(), { ...edit('支付工伤保险待遇', '0', '人次'), value: null })).toBe(null)
    expect(figureToKeep(typed(), { ...edit('城镇新增就业', '0', '人'), value: null })).toBe(null)
  })

  it('is kept in the metric’s unit when it converts, and as a new metric in its own unit when new', () => {
    const r = figureToKeep(typed(), edit('城镇新增就业', '0.33', '万人'))
    expect(r && 'value' in r && [r.metric.key, r.value?.value, r.value?.unit]).toEqual(['城镇新增就业', '3300', '人'])
    const n = figureToKeep(typed(), edit('支付工伤保险待遇金额', '120', '万元'))
    expect(n && 'value' in n && [n.metric.key, n.metric.unit, n.value?.value, n.value?.unit]).toEqual([
      '支付工伤保险待遇金额',
      '万元',
      '120',
      '万元',
    ])
  })
})

describe('CSV rows, before they are imported', () => {
  const rows = [
    { line: 2, label: '创业培训', year: 2021, value: '820', unit: '元', kind: 'actual' as const },
    { line: 3, label: '城镇新增就业', year: 2021, value: '3300', unit: '人', kind: 'actual' as const },
    { line: 4, label: '城镇新增就业', year: 2022, value: '3400', unit: '人', kind: 'actual' as const },
    { line: 5, label: '创业培训', year: 2022, value: '0.07', unit: '万人', kind: 'actual' as const },
  ]

  it('refuse a row whose unit does not convert to its metric’s, with the reason', () => {
    const plan = planRows(typed(), rows)
    expect(plan.refused).toEqual([{ line: 2, message: expect.stringMatching(/创业培训.*820元.*不能换算/) }])
    expect(plan.values.map((v) => `${v.metric} ${v.year} ${v.value}${v.unit}`)).toEqual([
      '城镇新增就业 2021 3300人',
      '城镇新增就业 2022 3400人',
      '创业培训 2022 0.07万人',
    ])
    expect(plan.index.value('创业培训', 2021, 'actual')?.value).toBe('640')
  })

  it('list the stored values they would change, old and new; the same number in another unit is no change', () => {
    const plan = planRows(typed(), [
      ...rows,
      { line: 6, label: '支付工伤保险待遇', year: 2021, value: '85', unit: '人次', kind: 'actual' as const },
      { line: 7, label: '城镇新增就业', year: 2021, value: '0.33', unit: '万人', kind: 'actual' as const },
      { line: 8, label: '创业培训', year: 2021, value: '0.064', unit: '万人', kind: 'actual' as const },
    ])
    expect(plan.changes.map((c) => [c.line, c.label, c.year, c.from, c.to])).toEqual([
      [3, '城镇新增就业', 2021, '3250人', '3300人'],
      [7, '城镇新增就业', 2021, '3250人', '0.33万人'],
    ])
  })

  it('a row in 次 for a metric in 场次 is refused (次 is not 场次 by definition), saying what to write either way', () => {
    const drills = new FigureIndex([metric('开展防汛演练', '场次')], [value('开展防汛演练', 2025, '23', '场次')])
    const plan = planRows(drills, [
      { line: 2, label: '开展防汛演练', year: 2026, value: '25', unit: '次', kind: 'actual' as const },
    ])
    expect(plan.refused).toEqual([
      {
        line: 2,
        message:
          '“开展防汛演练”在数字库里以“场次”计，25次不能换算成场次，不是同一个指标。如果这一行说的就是数字库里的这个数，请把单位改成“场次”（数值按场次写）后再导入；如果是另一个数，请给它另起一个指标名称，如“开展防汛演练（次）”。',
      },
    ])
    // written as the message says, either way, the row is taken
    const same = planRows(drills, [
      { line: 2, label: '开展防汛演练', year: 2026, value: '25', unit: '场次', kind: 'actual' as const },
    ])
    const other = planRows(drills, [
      { line: 2, label: '开展防汛演练（次）', year: 2026, value: '25', unit: '次', kind: 'actual' as const },
    ])
    expect([same.refused, same.values.map((v) => v.metric), other.refused, other.metrics.map((m) => m.unit)]).toEqual([
      [],
      ['开展防汛演练'],
      [],
      ['次'],
    ])
  })

  it('a new label’s later rows are held to its first row’s unit', () => {
    const plan = planRows(new FigureIndex([], []), [
      { line: 2, label: '发放创业担保贷款', year: 2021, value: '1.2', unit: '亿元', kind: 'actual' as const },
      { line: 3, label: '发放创业担保贷款', year: 2022, value: '35', unit: '笔', kind: 'actual' as const },
    ])
    expect(plan.metrics.map((m) => [m.key, m.unit])).toEqual([['发放创业担保贷款', '亿元']])
    expect(plan.refused.map((e) => e.line)).toEqual([3])
  })
})

describe('one label, two figures', () => {
  const attrs = (unit: string): SlotAttrs => ({
    label: '支付工伤保险待遇',
    unit,
    role: 'metric',
    value: null,
    kind: 'actual',
    year: 2021,
    prev: null,
    period: null,
    approx: '',
    approxPos: 'number',
  })
  it('slots of one label in units that do not convert are two figures; in 万元 and 亿元 one', () => {
    const index = typed()
    expect(figureKey(attrs('人次'), index)).not.toBe(figureKey(attrs('万元'), index))
    expect(figureKey(attrs('万元'), index)).toBe(figureKey(attrs('亿元'), index))
  })

  it('typing one sets the other slots of its unit, never the one in a unit that does not convert', () => {
    const doc = importText(
      '同志们：\n开场。\n一、2021年工作回顾\n为{{支付工伤保险待遇|人次}}支付待遇{{支付工伤保险待遇|万元}}，其中{{支付工伤保险待遇|人次}}为新增。\n',
    ).doc
    const tr = new Transform(doc)
    const [count, amount, again] = slotsOf(doc)
    // last year's values differ between the two units: they are two figures, not one ambiguous pair
    tr.setNodeAttribute(count.pos, 'prev', '80')
    tr.setNodeAttribute(amount.pos, 'prev', '100')
    tr.setNodeAttribute(again.pos, 'prev', '80')
    tr.setNodeAttribute(count.pos, 'value', '85')
    const r = setFigure(
      tr,
      { label: '支付工伤保险待遇', year: count.attrs.year, kind: 'actual', value: '85', unit: '人次' },
      (l) => l === '支付工伤保险待遇',
      count.pos,
    )
    expect(slotsOf(tr.doc).map((s) => s.attrs.value)).toEqual(['85', null, '85'])
    expect(r).toEqual({ changed: 1, clashes: 1, split: null })
  })
})

// Tryout 8 (B8): 近视率下降 -1.2 from a CSV was stored, filled and printed as 下降-1.2个百分点.
describe('a CSV row whose name says a fall, with a minus sign', () => {
  it('is refused with what to write instead; a rise with a minus and a level below zero are taken', () => {
    const plan = planRows(new FigureIndex([], []), [
      { line: 2, label: '近视率下降', year: 2026, value: '-1.2', unit: '个百分点', kind: 'actual' },
      { line: 3, label: '公务用车压减', year: 2026, value: '-12', unit: '辆', kind: 'actual' },
      { line: 4, label: '近视率下降', year: 2025, value: '1.5', unit: '个百分点', kind: 'actual' },
      { line: 5, label: '工业增加值增长', year: 2026, value: '-3.2', unit: '%', kind: 'actual' },
      { line: 6, label: '平均气温', year: 2026, value: '-3.5', unit: '℃', kind: 'actual' },
    ])
    expect(plan.refused).toEqual([
      {
        line: 2,
        message:
          '“近视率下降”的数值是 -1.2，名称里的“下降”已说了方向，数值不带负号，没有导入：确实下降了，就把数值写成 1.2；方向相反，这一行说的就不是“近视率下降”，请另起指标名称。',
      },
      { line: 3, message: expect.stringContaining('“压减”已说了方向') },
    ])
    expect(plan.values.map((v) => v.value)).toEqual(['1.5', '-3.2', '-3.5'])
  })
})

// Tryout 9 (A3): -5 typed for 新增限上商贸企业 (家), and -3 from a CSV, printed 新增限上商贸企业-5家.
describe('a count with a minus sign', () => {
  it('is never kept from a speech: a count is not below zero, the fall is said in words', () => {
    const r = figureToKeep(new FigureIndex([], []), edit('新增限上商贸企业', '-5', '家'))
    expect(r).toEqual({
      refused:
        '“新增限上商贸企业”没有存入数字库：以“家”计的是个数，不能是负数（-5）。数目减少了，请在讲稿里用文字写明，如“减少5家”，数值只写 5。',
    })
    // in the metric's unit when the figure gives none; 万人次 is a count too
    expect(figureToKeep(typed(), edit('创业培训', '-640', ''))).toEqual({ refused: expect.stringContaining('“人”') })
    expect(figureToKeep(new FigureIndex([], []), edit('接待游客', '-1.2', '万人次'))).toHaveProperty('refused')
  })

  it('is refused from a CSV row, where money, rates and points below zero are taken', () => {
    const plan = planRows(typed(), [
      { line: 2, label: '新增限上商贸企业', year: 2026, value: '-3', unit: '家', kind: 'actual' },
      { line: 3, label: '城镇新增就业', year: 2026, value: '-120', unit: '', kind: 'actual' },
      { line: 4, label: '组织促消费活动', year: 2026, value: '-2', unit: '场', kind: 'target' },
      { line: 5, label: '一般公共预算收入增长', year: 2026, value: '-3.2', unit: '%', kind: 'actual' },
      { line: 6, label: '城镇化率提高', year: 2026, value: '-0.4', unit: '个百分点', kind: 'actual' },
      { line: 7, label: '利润总额', year: 2026, value: '-260', unit: '万元', kind: 'actual' },
      { line: 8, label: '新增限上商贸企业', year: 2025, value: '25', unit: '家', kind: 'actual' },
    ])
    expect(plan.refused.map((r) => r.line)).toEqual([2, 3, 4])
    expect(plan.refused[0].message).toBe(
      '“新增限上商贸企业”没有导入：以“家”计的是个数，不能是负数（-3）。数目减少了，请在讲稿里用文字写明，如“减少3家”，数值只写 3。',
    )
    expect(plan.values.map((v) => v.value)).toEqual(['-3.2', '-0.4', '-260', '25'])
  })
})
