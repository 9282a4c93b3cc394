import { describe, expect, it } from 'vitest'
import { parseFiguresCsv, figuresToCsv, csvRecords } from '../../src/core/figures/csv'
import { FigureIndex, figuresFromRows, normalizeLabel, sameFigure, sameWrite } from '../../src/core/figures/model'
import { changeBetween, compareSlot } from '../../src/core/figures/compare'
import { Transform } from 'prosemirror-transform'
import type { SlotAttrs } from '../../src/core/schema'
import { ambiguousMessage, fillSlots, setFigure } from '../../src/core/figures/fill'
import { importText } from '../../src/core/import'
import { slotsOf } from '../../src/core/outline'
import { speechToText } from '../../src/core/text'
import { fixture, fixtureBytes } from './helpers'

const enc = (s: string) => new TextEncoder().encode(s)

describe('the same figure', () => {
  const fig = (value: string, unit: string) => ({ value, unit })
  it('is the same number as written in the same unit, or none on both sides', () => {
    expect(sameFigure(fig('3250', '人'), fig('3250', '人'))).toBe(true)
    expect(sameFigure(null, null)).toBe(true)
  })
  it('is not another number, another unit, the number written otherwise, or none on one side', () => {
    expect(sameFigure(fig('3250', '人'), fig('3330', '人'))).toBe(false)
    expect(sameFigure(fig('3250', '人'), fig('3250', '人次'))).toBe(false)
    expect(sameFigure(fig('3300', '人'), fig('0.33', '万人'))).toBe(false)
    expect(sameFigure(fig('3250', '人'), null)).toBe(false)
    expect(sameFigure(null, fig('3250', '人'))).toBe(false)
  })
  const write = (value: string, changedAt: number) => ({ value, unit: '人', changedAt })
  it('is the same write only with the same change time: the same number stored again is a newer write', () => {
    expect(sameWrite(write('3250', 1000), write('3250', 1000))).toBe(true)
    expect(sameWrite(null, null)).toBe(true)
    expect(sameWrite(write('3250', 1000), write('3250', 2000))).toBe(false)
    expect(sameWrite(write('3250', 1000), write('3330', 1000))).toBe(false)
    expect(sameWrite(write('3250', 1000), null)).toBe(false)
  })
})

describe('figures CSV', () => {
  it('reads GB18030 exactly like UTF-8, and lists broken rows with their line numbers', () => {
    const utf8 = parseFiguresCsv(fixtureBytes('figures-utf8.csv'))
    const gb = parseFiguresCsv(fixtureBytes('figures-gb18030.csv'))
    expect(gb.encoding).toBe('gb18030')
    expect(gb.rows).toEqual(utf8.rows)
    expect(utf8.rows.map((r) => [r.line, r.label, r.year, r.value, r.unit, r.kind])).toEqual([
      [2, '城镇新增就业', 2021, '3250', '人', 'actual'],
      [3, '城镇登记失业率', 2021, '3.2', '%', 'actual'],
      [4, '发放创业担保贷款', 2021, '12000', '万元', 'actual'],
      [5, '新增城镇就业', 2022, '3300', '人', 'target'],
      [6, '社会保险累计参保', 2021, '36200', '人次', 'actual'],
    ])
    expect(utf8.rows[0].source).toBe('统计年报')
    expect(utf8.errors).toEqual([
      { line: 7, message: '“坏的一行”的年度“二〇二一”不是四位年份（多年合计写成 2021-2025）' },
      { line: 8, message: '“就业困难人员就业”的数值“很多”不是数字' },
      { line: 9, message: '“失业保险参保”的类型“估计”应为“实际”或“目标”' },
      { line: 10, message: '缺少指标名称' },
    ])
  })

  it('accepts English headers, a BOM, and quoted fields with commas and line breaks', () => {
    const p = parseFiguresCsv(
      enc('\uFEFFlabel,year,value,unit,kind\n"就业,创业",2021,"1,200",人,actual\n"多行\n指标",2022,5,个,target\n'),
    )
    expect(p.rows.map((r) => [r.line, r.label, r.value, r.kind])).toEqual([
      [2, '就业,创业', '1200', 'actual'],
      [3, '多行\n指标', '5', 'target'],
    ])
    // Thousands separators every three digits, written any way; a comma elsewhere is a slip, told as such.
    const grouped = parseFiguresCsv(
      enc(
        'label,year,value,unit,kind\nA,2021,"1,260",人,actual\nB,2021,"1，260",人,actual\nC,2021,1 260,人,actual\nD,2021,"1,26",人,actual\n',
      ),
    )
    expect(grouped.rows.map((r) => [r.label, r.value])).toEqual([
      ['A', '1260'],
      ['B', '1260'],
      ['C', '1260'],
    ])
    expect(grouped.errors).toEqual([
      { line: 5, message: '“D”的数值“1,26”里的逗号位置不对（逗号只能每三位一个，如 1,260）' },
    ])
    expect(csvRecords('a,b\n\n"x""y",z\n')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 3, fields: ['x"y', 'z'] },
    ])
  })

  it('refuses a file without the needed columns, with a hint', () => {
    expect(() => parseFiguresCsv(enc('名称,数量\n就业,1\n'))).toThrow(/缺少“年度”列/)
    expect(() => parseFiguresCsv(new Uint8Array())).toThrow(/空/)
    expect(() => parseFiguresCsv(fixtureBytes('seed-hrss-2022.docx'))).toThrow(/不是 CSV.*另存为/)
    expect(() => parseFiguresCsv(new Uint8Array([0, 1, 2, 3]))).toThrow(/不是 CSV 文本文件/)
  })

  it('writes CSV that reads back to the same figures', () => {
    const rows = parseFiguresCsv(fixtureBytes('figures-utf8.csv')).rows.map(({ line: _line, ...r }) => r)
    const text = figuresToCsv(rows)
    expect(text.startsWith('\uFEFF指标,年度,数值,单位,类型,来源,累计')).toBe(true)
    expect(parseFiguresCsv(enc(text)).rows.map(({ line: _l, ...r }) => r)).toEqual(rows)
  })
})

describe('filling slots', () => {
  const { metrics, values } = figuresFromRows(parseFiguresCsv(fixtureBytes('figures-utf8.csv')).rows)
  const index = new FigureIndex(metrics, values)

  it('identifies a metric by its label across spaces and full-width characters', () => {
    expect(normalizeLabel(' 城镇 新增就业 ')).toBe(normalizeLabel('城镇新增就业'))
    expect(index.metricFor('城镇　新增就业')?.key).toBe('城镇新增就业')
  })

  it('fills actuals of the review year and targets of the plan year, converting units', () => {
    const { doc, filled, empty } = fillSlots(importText(fixture('seed-hrss-2022.txt')).doc, index)
    const text = speechToText(doc)
    expect(text).toContain('全年实现城镇新增就业3250人')
    expect(text).toContain('发放创业担保贷款1.2亿元')
    expect(text).toContain('社会保险累计参保3.62万人次')
    expect(text).toContain('确保全年新增城镇就业3300人')
    expect(text).toContain('城镇登记失业率控制在3.2%，')
    // the tasks part's 城镇登记失业率 target (2022) is not in the file
    expect(text).toContain('城镇登记失业率控制在{{城镇登记失业率|%}}以内')
    expect(filled).toBe(5)
    // 5 filled here, and 时效内结案率 was written in the speech
    expect(empty.length).toBe(slotsOf(doc).filter((s) => s.attrs.role === 'metric').length - 6)
  })

  it('keeps the same metric consistent in every slot that uses it', () => {
    const doc = importText(
      '同志们：\n开场。\n一、2021年工作回顾\n全年实现城镇新增就业****人。其中，城镇新增就业****人来自园区。\n二、2022年工作任务\n确保任务完成。\n',
    ).doc
    const filled = fillSlots(doc, index).doc
    expect(slotsOf(filled).map((s) => s.attrs.value)).toEqual(['3250', '3250'])
  })

  it('refuses a value whose unit cannot be converted, and says why', () => {
    const doc = importText('同志们：\n开场。\n一、2021年工作回顾\n全年实现城镇新增就业****万元。\n').doc
    const r = fillSlots(doc, index)
    expect(r.filled).toBe(0)
    expect(r.refused.map((x) => x.reason)).toEqual([
      '“城镇新增就业”的数字是 3250人，讲稿里的单位是“万元”，两者不能换算，没有填入。',
    ])
    expect(slotsOf(r.doc)[0].attrs.value).toBeNull()
  })

  it('takes the review year from --year when asked', () => {
    const doc = importText(
      '同志们：\n开场。\n一、工作回顾\n全年实现城镇新增就业****人。\n二、工作任务\n确保新增城镇就业****人。\n',
    ).doc
    expect(slotsOf(fillSlots(doc, index).doc).map((s) => s.attrs.value)).toEqual([null, null])
    expect(slotsOf(fillSlots(doc, index, { reviewYear: 2021 }).doc).map((s) => s.attrs.value)).toEqual(['3250', '3300'])
  })

  it('reads a total over several years from the CSV, and fills it only into the slot of that span', () => {
    const csv = parseFiguresCsv(
      enc(
        '指标,年度,数值,单位\n新建农村公路,2021—2025,1020,公里\n新建农村公路,2025,210,公里\n新建农村公路,2025-2021,5,公里\n',
      ),
    )
    expect(csv.rows.map((r) => [r.year, r.span])).toEqual([
      [2025, '2021-2025'],
      [2025, undefined],
    ])
    expect(csv.errors[0].message).toContain('起止颠倒')
    const figures = figuresFromRows(csv.rows)
    const spanIndex = new FigureIndex(figures.metrics, figures.values)
    const doc = importText(
      '同志们：\n开场。\n一、2025年工作回顾\n累计新建农村公路****公里，其中新建农村公路****公里。\n',
    ).doc
    const slots = slotsOf(doc)
    const tr = new Transform(doc).setNodeAttribute(slots[0].pos, 'period', '2021-2025')
    const filled = fillSlots(tr.doc, spanIndex)
    expect(slotsOf(filled.doc).map((s) => s.attrs.value)).toEqual(['1020', '210'])
    // and back out to CSV with its span
    expect(figuresToCsv(csv.rows)).toContain('新建农村公路,2025,1020,公里,实际,,2021-2025')
  })

  it('never writes one number into two slots that held different values last year: leaves both and says so', () => {
    const doc = importText(
      '同志们：\n开场。\n一、2025年工作回顾\n城乡居民医保、职工医保参保率分别达到****%、****%。\n',
    ).doc
    // as if a roll forward had left last year's values, and the importer had given both one label
    const [a, b] = slotsOf(doc)
    const tr = new Transform(doc)
    for (const [slot, prev] of [
      [a, '97.1'],
      [b, '98.4'],
    ] as const) {
      tr.setNodeAttribute(slot.pos, 'label', '参保率')
      tr.setNodeAttribute(slot.pos, 'prev', prev)
    }
    const rates = figuresFromRows([{ label: '参保率', year: 2025, value: '97.5', unit: '%', kind: 'actual' }])
    const r = fillSlots(tr.doc, new FigureIndex(rates.metrics, rates.values))
    expect(slotsOf(r.doc).map((s) => s.attrs.value)).toEqual([null, null])
    expect(r.filled).toBe(0)
    expect(r.ambiguous).toHaveLength(1)
    expect(ambiguousMessage(r.ambiguous[0])).toContain('97.1%、98.4%')
    // typing into one of them does not copy the number into the other
    const typed = new Transform(tr.doc).setNodeAttribute(a.pos, 'value', '97.5')
    setFigure(
      typed,
      { label: '参保率', year: 2025, kind: 'actual', value: '97.5', unit: '%' },
      (l) => l === '参保率',
      a.pos,
    )
    expect(slotsOf(typed.doc).map((s) => s.attrs.value)).toEqual(['97.5', null])
    // the same two slots with one value last year are one figure, and fill both
    const same = new Transform(tr.doc).setNodeAttribute(b.pos, 'prev', '97.1')
    expect(
      slotsOf(fillSlots(same.doc, new FigureIndex(rates.metrics, rates.values)).doc).map((s) => s.attrs.value),
    ).toEqual(['97.5', '97.5'])
  })

  it('fills across 亿美元 and 万美元, 万人次 and 人次; refuses 人次 into 万元', () => {
    const rows = figuresFromRows([
      { label: '实际利用外资', year: 2025, value: '12500', unit: '万美元', kind: 'actual' },
      { label: '接待游客', year: 2025, value: '3560000', unit: '人次', kind: 'actual' },
      { label: '旅游收入', year: 2025, value: '100', unit: '人次', kind: 'actual' },
    ])
    const doc = importText(
      '同志们：\n开场。\n一、2025年工作回顾\n实际利用外资{{实际利用外资|亿美元}}，接待游客{{接待游客|万人次}}，旅游收入{{旅游收入|万元}}。\n',
    ).doc
    const r = fillSlots(doc, new FigureIndex(rows.metrics, rows.values))
    expect(slotsOf(r.doc).map((s) => s.attrs.value)).toEqual(['1.25', '356', null])
    expect(r.refused.map((x) => x.reason)).toEqual([expect.stringContaining('不能换算')])
  })

  // Tryout 8 (B8): a CSV's -1.2 for 近视率下降 was filled after 下降 and printed 下降-1.2个百分点.
  it('refuses a number with a minus sign after a verb of a fall, and says which of the two to change', () => {
    const rows = figuresFromRows([
      { label: '近视率下降', year: 2025, value: '-1.2', unit: '个百分点', kind: 'actual' },
      { label: '生产安全事故减少', year: 2025, value: '-3', unit: '起', kind: 'actual' },
      { label: '工业增加值增长', year: 2025, value: '-3.2', unit: '%', kind: 'actual' },
      { label: '平均气温', year: 2025, value: '-3.5', unit: '℃', kind: 'actual' },
    ])
    const doc = importText(
      '同志们：\n开场。\n一、2025年工作回顾\n近视率下降{{近视率下降|个百分点}}，生产安全事故比上年减少{{生产安全事故减少|起}}，工业增加值增长{{工业增加值增长|%}}，平均气温{{平均气温|℃}}。\n',
    ).doc
    const r = fillSlots(doc, new FigureIndex(rows.metrics, rows.values))
    // a rise written -3.2 is how statistical bulletins write a fall, taken; a level may be below zero
    expect(slotsOf(r.doc).map((s) => s.attrs.value)).toEqual([null, null, '-3.2', '-3.5'])
    expect(r.refused.map((x) => x.reason)).toEqual([
      '“近视率下降”在数字库里是 -1.2，讲稿里前面写的是“下降”，填进去会成为“下降-1.2”，读起来方向是反的，没有填入：确实下降了，就把数字库里的数改成 1.2；方向相反，就先改讲稿里的“下降”，再填写。',
      expect.stringContaining('“减少-3”'),
    ])
  })

  // Tryout 9 (A3): a library's -5 for 新增限上商贸企业 would print 新增限上商贸企业-5家 (the CLI fill too).
  it('refuses a count below zero, and fills money and rates below zero', () => {
    const rows = figuresFromRows([
      { label: '新增限上商贸企业', year: 2025, value: '-5', unit: '家', kind: 'actual' },
      { label: '培训农村劳动力', year: 2025, value: '-0.2', unit: '万人次', kind: 'actual' },
      { label: '利润总额', year: 2025, value: '-260', unit: '万元', kind: 'actual' },
    ])
    const doc = importText(
      '同志们：\n开场。\n一、2025年工作回顾\n新增限上商贸企业{{新增限上商贸企业|家}}，培训农村劳动力{{培训农村劳动力|万人次}}，利润总额{{利润总额|万元}}。\n',
    ).doc
    const r = fillSlots(doc, new FigureIndex(rows.metrics, rows.values))
    expect(slotsOf(r.doc).map((s) => s.attrs.value)).toEqual([null, null, '-260'])
    expect(r.refused.map((x) => x.reason)).toEqual([
      '“新增限上商贸企业”在数字库里是 -5，没有填入：以“家”计的是个数，不能是负数（-5）。数目减少了，请在讲稿里用文字写明，如“减少5家”，数值只写 5。',
      expect.stringContaining('“万人次”'),
    ])
  })

  it('computes the change of an amount with its growth rate', () => {
    expect(changeBetween('3300', '3000', '人')).toEqual({ diff: '+300', unit: '人', rate: '+10' })
    expect(changeBetween('1.15', '1.2', '亿元')).toEqual({ diff: '-0.05', unit: '亿元', rate: '-4.2' })
    expect(changeBetween('5', '0', '家')).toEqual({ diff: '+5', unit: '家', rate: null })
  })

  it('gives the change between two rates in points, never as a relative percentage', () => {
    expect(changeBetween('3.0', '2.4', '%')).toEqual({ diff: '+0.6', unit: '个百分点', rate: null })
    expect(changeBetween('97.1', '98.4', '%')).toEqual({ diff: '-1.3', unit: '个百分点', rate: null })
    expect(changeBetween('8.5', '9', '‰')).toEqual({ diff: '-0.5', unit: '个千分点', rate: null })
    expect(changeBetween('0.6', '0.4', '个百分点').rate).toBe(null)
  })

  it("measures an actual against last year's actual and its target, a target against last year's target", () => {
    const { metrics, values } = figuresFromRows([
      { label: '城镇新增就业', year: 2025, value: '3250', unit: '人', kind: 'actual' },
      { label: '城镇新增就业', year: 2026, value: '3300', unit: '人', kind: 'target' },
      { label: '城镇新增就业', year: 2026, value: '0.34', unit: '万人', kind: 'actual' },
    ])
    const index = new FigureIndex(metrics, values)
    const slot = (over: Partial<SlotAttrs>): SlotAttrs => ({
      label: '城镇新增就业',
      unit: '人',
      role: 'metric',
      value: null,
      kind: 'actual',
      year: 2026,
      prev: null,
      period: null,
      approx: '',
      approxPos: 'number',
      ...over,
    })
    expect(compareSlot(index, slot({}))).toEqual({ previous: '3250', previousTarget: null, target: '3300' })
    // a target rolled forward: its prev is last year's target, shown as such, not as last year's actual
    expect(compareSlot(index, slot({ kind: 'target', year: 2027, prev: '3300' }))).toEqual({
      previous: '3400',
      previousTarget: '3300',
      target: null,
    })
    expect(compareSlot(new FigureIndex([], []), slot({ kind: 'target', year: 2027, prev: '3300' }))).toEqual({
      previous: null,
      previousTarget: '3300',
      target: null,
    })
  })

  // tryout 13 (A2): 社零 2021—2025年累计 6222.8 showed 上年 1286.4 (2024 alone), +383.7%, 完成457.6%.
  it('measures a total over years only against a total of as many years, never against one year', () => {
    const rows = (label: string, unit: string, one: [string, string], spans: [string, string, string][]) => [
      { label, year: 2024, value: one[0], unit, kind: 'actual' as const },
      { label, year: 2025, value: one[1], unit, kind: 'target' as const },
      ...spans.map(([span, value, kind]) => ({
        label,
        year: Number(span.slice(5)),
        span,
        value,
        unit,
        kind: kind as 'actual' | 'target',
      })),
    ]
    const { metrics, values } = figuresFromRows([
      // only single years and a total of four years: nothing to set the five-year total against
      ...rows('社会消费品零售总额', '亿元', ['1286.4', '1360'], [['2021-2024', '4860', 'actual']]),
      // the span one year before, and a target for the span itself
      ...rows(
        '外贸进出口总额',
        '亿元',
        ['486.3', '510'],
        [
          ['2020-2024', '2100', 'actual'],
          ['2021-2025', '2200', 'target'],
        ],
      ),
      // the plan period before (十三五), in another unit
      ...rows('实际使用外资', '万美元', ['38560', '40000'], [['2016-2020', '150000', 'actual']]),
    ])
    const index = new FigureIndex(metrics, values)
    const slot = (label: string, unit: string, value: string, over: Partial<SlotAttrs> = {}): SlotAttrs => ({
      label,
      unit,
      role: 'metric',
      value,
      kind: 'actual',
      year: 2025,
      prev: null,
      period: '2021-2025',
      approx: '',
      approxPos: 'number',
      ...over,
    })
    const none = { previous: null, previousTarget: null, target: null }
    expect(compareSlot(index, slot('社会消费品零售总额', '亿元', '6222.8'))).toEqual(none)
    // a rolled total keeps the four-year total as its prev: not a total of as many years either
    expect(compareSlot(index, slot('社会消费品零售总额', '亿元', '6222.8', { prev: '4860' }))).toEqual(none)
    expect(compareSlot(index, slot('外贸进出口总额', '亿元', '2237.6'))).toEqual({
      previous: '2100',
      previousTarget: null,
      target: '2200',
    })
    expect(compareSlot(index, slot('实际使用外资', '亿美元', '18.3'))).toEqual({
      previous: '15',
      previousTarget: null,
      target: null,
    })
    // a five-year target: last period's target only, never one year's
    expect(
      compareSlot(index, slot('外贸进出口总额', '亿元', '2500', { kind: 'target', year: 2030, period: '2026-2030' })),
    ).toEqual({
      previous: null,
      previousTarget: '2200',
      target: null,
    })
    // one year still against one year
    expect(compareSlot(index, slot('外贸进出口总额', '亿元', '500', { period: null }))).toEqual({
      previous: '486.3',
      previousTarget: null,
      target: '510',
    })
  })
})
