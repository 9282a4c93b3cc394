/**
 * The figures module on speeches and tables built in one line, with exact expected values:
 * CSV records and rows, the cells written back, filling and typing a figure into its slots, and
 * an index taking new rows.
 */
import { describe, expect, it } from 'vitest'
import { Transform } from 'prosemirror-transform'
import { csvRecords, figuresToCsv, guardCell, parseFiguresCsv } from '../../src/core/figures/csv'
import { FigureIndex, figuresFromRows, normalizeLabel } from '../../src/core/figures/model'
import { planRows } from '../../src/core/figures/incoming'
import {
  ambiguousMessage,
  figureKey,
  fillSlots,
  setFigure,
  valueForSlot,
  type FigureEdit,
} from '../../src/core/figures/fill'
import { changeBetween, compareSlot } from '../../src/core/figures/compare'
import { mergeFigures } from '../../src/core/figures/merge'
import { slotsOf } from '../../src/core/outline'
import type { SlotAttrs } from '../../src/core/schema'
import { doc, fig, h2, opening, p, part, title } from './build'

const enc = (s: string) => new TextEncoder().encode(s)
const index = (rows: Parameters<typeof figuresFromRows>[0]) => {
  const f = figuresFromRows(rows, 1)
  return new FigureIndex(f.metrics, f.values)
}
const values = (d: ReturnType<typeof doc>) => slotsOf(d).map((s) => s.attrs.value)

describe('CSV records', () => {
  it('splits on the comma, the full-width comma and the tab; quotes hold separators, doubled quotes and line breaks', () => {
    expect(csvRecords('a,"b ""c"", d",e\r\n\r\n"x\ny",z\rlast，1\tq')).toEqual([
      { line: 1, fields: ['a', 'b "c", d', 'e'] },
      { line: 3, fields: ['x\ny', 'z'] },
      { line: 5, fields: ['last', '1', 'q'] },
    ])
  })
  it('keeps a quote inside a field, an empty last field, and a last line without a line break', () => {
    expect(csvRecords('a"b,c,\n, \nd')).toEqual([
      { line: 1, fields: ['a"b', 'c', ''] },
      { line: 3, fields: ['d'] },
    ])
  })
})

describe('CSV rows', () => {
  const parse = (text: string) => parseFiguresCsv(enc(text))
  it('reads years, spans, digits in any width, grouped values, kinds in either language and sources', () => {
    const r = parse(
      [
        'Label,YEAR,Value,单位,Kind,来源',
        '新增就业,２０２４年度,"3,250",人,Target,统计局',
        '新建农村公路,2021—2025,1020,公里,,',
        "'=危险,2024,-3.5,%,实际,",
        '  城镇新增就业  ,2023年, 3 100 ,人,actual,',
      ].join('\n'),
    )
    expect(r.errors).toEqual([])
    expect(r.rows).toEqual([
      { line: 2, label: '新增就业', year: 2024, value: '3250', unit: '人', kind: 'target', source: '统计局' },
      { line: 3, label: '新建农村公路', year: 2025, span: '2021-2025', value: '1020', unit: '公里', kind: 'actual' },
      { line: 4, label: '=危险', year: 2024, value: '-3.5', unit: '%', kind: 'actual' },
      { line: 5, label: '城镇新增就业', year: 2023, value: '3100', unit: '人', kind: 'actual' },
    ])
  })
  it('reads a header with spaces around its names, and rows without the optional columns', () => {
    expect(parse(' 指标 , Year ,数值 \n公路,2021 - 2025,1020\n桥梁,2024,3').rows).toEqual([
      { line: 2, label: '公路', year: 2025, span: '2021-2025', value: '1020', unit: '', kind: 'actual' },
      { line: 3, label: '桥梁', year: 2024, value: '3', unit: '', kind: 'actual' },
    ])
  })
  it('lists each broken row with its line and what is wrong, and reads the rest', () => {
    const r = parse(
      [
        '指标,年度,数值,单位,类型',
        ',2024,1,人,',
        '公路,2025-2021,1,公里,',
        '公路,2025-2025,1,公里,',
        '公路,24,1,公里,',
        '公路,1899,1,公里,',
        '公路,2024,三百,公里,',
        '公路,2024,1.,公里,',
        '公路,2024,x1,公里,',
        '公路,2024,1,公里,预计',
        '公路,2024,7,公里,',
      ].join('\n'),
    )
    expect(r.errors).toEqual([
      { line: 2, message: '缺少指标名称' },
      { line: 3, message: '“公路”的年度“2025-2021”起止颠倒' },
      { line: 4, message: '“公路”的年度“2025-2025”起止颠倒' },
      { line: 5, message: '“公路”的年度“24”不是四位年份（多年合计写成 2021-2025）' },
      { line: 6, message: '“公路”的年度“1899”不是四位年份（多年合计写成 2021-2025）' },
      { line: 7, message: '“公路”的数值“三百”不是数字' },
      { line: 8, message: '“公路”的数值“1.”不是数字' },
      { line: 9, message: '“公路”的数值“x1”不是数字' },
      { line: 10, message: '“公路”的类型“预计”应为“实际”或“目标”' },
    ])
    expect(r.rows.map((row) => [row.line, row.value])).toEqual([[11, '7']])
  })
  it('refuses a file that is not a table of figures, saying what to do', () => {
    expect(() => parseFiguresCsv(new Uint8Array())).toThrow('CSV 文件是空的。请选择保存了数字的 CSV 文件。')
    expect(() => parse('\n\n')).toThrow('CSV 文件里没有内容。请确认选择的是保存了数字的文件。')
    expect(() => parse('指标,年度,单位\n公路,2024,公里')).toThrow(
      'CSV 第 1 行（表头）缺少“数值”列。请把表头写成：指标,年度,数值,单位,类型',
    )
    expect(() => parse('指标,数值\n公路,1')).toThrow('缺少“年度”列')
    expect(() => parse('\uFEFF年度,数值\n2024,1')).toThrow('缺少“指标”列')
    expect(() => parseFiguresCsv(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0, 0, 0]))).toThrow(
      '这是 Word 或 Excel 文件，不是 CSV',
    )
    expect(() => parseFiguresCsv(new Uint8Array([0, 1, 2, 0, 0xff, 0, 0, 0]))).toThrow('这个文件不是 CSV 文本文件')
    // the limit itself is allowed: a file of exactly 5 MB gets past the size to the next question
    const big = new Uint8Array(5 * 1024 * 1024 + 1)
    expect(() => parseFiguresCsv(big)).toThrow('超过 5 MB 的上限')
    expect(() => parseFiguresCsv(big.subarray(1))).toThrow('这个文件不是 CSV 文本文件')
  })
})

describe('CSV cells written back', () => {
  it('marks a cell a spreadsheet would run as a formula, and leaves numbers and text alone', () => {
    expect(['=1+1', '+x', '-x', '@x', '\tx', '\rx', '-3.5', '3', '平常', "'平常", "'=x", 'a=b'].map(guardCell)).toEqual(
      ["'=1+1", "'+x", "'-x", "'@x", "'\tx", "'\rx", '-3.5', '3', '平常', "'平常", "''=x", 'a=b'],
    )
  })
  it('writes a header, a BOM, CRLF lines, spans, kinds in Chinese and quoted cells', () => {
    expect(
      figuresToCsv([
        { label: '新增就业', year: 2024, value: '3250', unit: '人', kind: 'target', source: '统计局' },
        { label: '公路，农村', year: 2025, span: '2021-2025', value: '1020', unit: '公里', kind: 'actual' },
        { label: '说"好"', year: 2024, value: '1', unit: '', kind: 'actual' },
      ]),
    ).toBe(
      '\uFEFF指标,年度,数值,单位,类型,来源,累计\r\n新增就业,2024,3250,人,目标,统计局,\r\n"公路，农村",2025,1020,公里,实际,,2021-2025\r\n"说""好""",2024,1,,实际,,\r\n',
    )
  })
})

describe('filling a speech built in one line', () => {
  const speech = (...slots: ReturnType<typeof fig>[]) =>
    doc(
      { reviewYear: 2024, planYear: 2025 },
      title('讲话'),
      opening(p('开场。')),
      part({ kind: 'review' }, h2('回顾'), p('数字', ...slots)),
    )
  const figures = index([
    { label: '新增就业', year: 2024, value: '3250', unit: '人', kind: 'actual' },
    { label: '新增就业', year: 2025, value: '3300', unit: '人', kind: 'target' },
    { label: '新增就业', year: 2023, value: '3100', unit: '人', kind: 'actual' },
    { label: '投资', year: 2024, value: '12500', unit: '万元', kind: 'actual' },
    { label: '公路', year: 2025, span: '2021-2025', value: '1020', unit: '公里', kind: 'actual' },
  ])

  it('fills by metric, year, kind and span, converting units; refuses a unit it cannot convert', () => {
    const d = speech(
      fig('新增就业', null, '人', { year: 2024 }),
      fig('新增就业', null, '万人', { year: 2024 }),
      fig('新增就业', null, '人', { year: 2025, kind: 'target' }),
      fig('新增就业', null, '人', { year: 2022 }),
      fig('投资', null, '亿元', { year: 2024 }),
      fig('投资', null, '人', { year: 2024 }),
      fig('公路', null, '公里', { year: 2025, period: '2021-2025' }),
      fig('公路', null, '公里', { year: 2025 }),
      fig('新增就业', '1', '人', { year: 2024 }),
      fig('部门', null, '', { role: 'text' }),
      fig('新增就业', null, '人', { year: 2024, role: 'person' }),
    )
    const r = fillSlots(d, figures)
    expect(values(r.doc)).toEqual(['3250', '0.325', '3300', null, '1.25', null, '1020', null, '1', null, null])
    expect(r.filled).toBe(5)
    expect(r.refused.map((x) => x.reason)).toEqual([
      '“投资”的数字是 12500万元，讲稿里的单位是“人”，两者不能换算，没有填入。',
    ])
    expect(r.empty.map((s) => s.attrs.label)).toEqual(['新增就业', '投资', '公路'])
    expect(r.ambiguous).toEqual([])
    // the filled document is the transform's, step by step
    expect(r.transform.doc.eq(r.doc)).toBe(true)
    expect(r.transform.steps).toHaveLength(5)
    const again = fillSlots(r.doc, figures, { overwrite: true })
    // 1人 beside two slots of 3250人 is another figure under the name: overwriting leaves all three
    expect(values(again.doc)[8]).toBe('1')
    expect([again.filled, again.refused.length, again.ambiguous.map((g) => g.length)]).toEqual([0, 1, [3]])
    // only the slot whose value changes is counted
    const fixed = fillSlots(speech(fig('新增就业', '1', '人', { year: 2024 })), figures, { overwrite: true })
    expect([values(fixed.doc), fixed.filled]).toEqual([['3250'], 1])
  })

  it('takes the years from the review year given: actuals of it, targets of the year after', () => {
    const d = speech(
      fig('新增就业', null, '人', { year: 2020 }),
      fig('新增就业', null, '人', { year: 2020, kind: 'target' }),
    )
    expect(values(fillSlots(d, figures, { reviewYear: 2024 }).doc)).toEqual(['3250', '3300'])
    expect(values(fillSlots(d, figures, { reviewYear: 2023 }).doc)).toEqual(['3100', null])
    expect(valueForSlot(figures, fig('新增就业', null, '人', { year: null }).attrs as SlotAttrs)).toBe(null)
  })

  it('writes many figures of one paragraph in one step, each in its own slot', () => {
    const rows = Array.from({ length: 40 }, (_, i) => ({
      label: `指标${i}`,
      year: 2024,
      value: String(i * 10),
      unit: '个',
      kind: 'actual' as const,
    }))
    const slots = rows.map((r) => fig(r.label, r.label === '指标7' ? '70' : null, '个', { year: 2024 }))
    const r = fillSlots(speech(...slots), index(rows))
    expect(values(r.doc)).toEqual(rows.map((row) => row.value))
    expect(r.filled).toBe(39)
    expect(r.transform.steps).toHaveLength(1)
    // up to 32 changed slots in a block, a step each
    expect(fillSlots(speech(...slots.slice(0, 33)), index(rows)).transform.steps).toHaveLength(32)
    expect(r.doc.textContent).toBe('讲话开场。回顾数字')
  })

  it('says why a group of slots with different values last year was left empty', () => {
    const d = speech(
      fig('参保率', null, '%', { year: 2024, prev: '97.1' }),
      fig('参保率', null, '%', { year: 2024, prev: '98.4' }),
      fig('参保率', null, '%', { year: 2024 }),
    )
    const rates = index([{ label: '参保率', year: 2024, value: '97.5', unit: '%', kind: 'actual' }])
    const r = fillSlots(d, rates)
    expect(values(r.doc)).toEqual([null, null, null])
    expect(r.ambiguous.map((g) => g.length)).toEqual([3])
    expect(ambiguousMessage(r.ambiguous[0])).toBe(
      '“参保率”在讲稿里有 3 处，去年分别是 97.1%、98.4%、（空）%，数字库只有一个数，不能确定该填哪一处，都没有填入，请逐个核对填写。',
    )
    // one value last year and one empty slot are one figure: both are filled
    const one = speech(fig('参保率', null, '%', { year: 2024, prev: '97.1' }), fig('参保率', null, '%', { year: 2024 }))
    expect(values(fillSlots(one, rates).doc)).toEqual(['97.5', '97.5'])
    // with no value to fill, there is nothing to be unsure about
    expect(fillSlots(d, index([])).ambiguous).toEqual([])
    expect(figureKey(slotsOf(d)[0].attrs, rates)).toBe('参保率|%|2024|actual|')
  })
})

describe('typing a figure into every slot of it', () => {
  const d = doc(
    { reviewYear: 2024, planYear: 2025 },
    title('讲话'),
    opening(
      p(
        fig('新增就业', null, '人', { year: 2024 }),
        fig('新增 就业', '1', '万人', { year: 2024 }),
        fig('新增就业', '9', '元', { year: 2024 }),
        fig('新增就业', null, '人', { year: 2025 }),
        fig('新增就业', null, '人', { year: 2024, kind: 'target' }),
        fig('新增就业', null, '人', { year: 2024, period: '2021-2025' }),
        fig('新增就业', null, '人', { year: 2024, role: 'person' }),
        fig('就业', null, '人', { year: 2024 }),
      ),
    ),
  )
  const edit: FigureEdit = { label: '新增就业', year: 2024, kind: 'actual', value: '3250', unit: '人' }
  const same = (l: string) => normalizeLabel(l) === '新增就业'
  const type = (e: FigureEdit, skip = -1) => {
    const tr = new Transform(d)
    return { ...setFigure(tr, e, same, skip), values: values(tr.doc) }
  }

  it('writes it converted into each slot of the same metric, year, kind and span; counts the slots it cannot', () => {
    expect(type(edit)).toEqual({
      changed: 2,
      clashes: 1,
      split: null,
      values: ['3250', '0.325', '9', null, null, null, null, null],
    })
  })
  it('skips the slot being typed in, and clears every slot when the figure is cleared', () => {
    const first = slotsOf(d)[0].pos
    // Typed into an empty slot: another slot's number (1万人) is another statement, left as it is.
    expect(type(edit, first).values.slice(0, 2)).toEqual([null, '1'])
    expect(type(edit, first).split).not.toBeNull()
    // Typed over the number the other slot holds too (10000人 = 1万人): it follows.
    const same10000 = new Transform(d).setNodeAttribute(first, 'value', '10000')
    const typedOver = new Transform(same10000.doc)
    expect(setFigure(typedOver, edit, same, first).split).toBeNull()
    expect(values(typedOver.doc).slice(0, 2)).toEqual(['10000', '0.325'])
    // the slot in 元 is another figure under the same name: clearing this one leaves it
    expect(type({ ...edit, value: null })).toEqual({
      changed: 1,
      clashes: 1,
      split: null,
      values: [null, null, '9', null, null, null, null, null],
    })
    expect(type({ ...edit, period: '2021-2025' }).values[5]).toBe('3250')
  })
  it('writes into slots of which only one held a value last year', () => {
    const tr = new Transform(d).setNodeAttribute(slotsOf(d)[0].pos, 'prev', '3000')
    expect(setFigure(tr, edit, same)).toEqual({ changed: 2, clashes: 1, split: null })
  })
  it('touches nothing when the slots held different values last year', () => {
    const tr = new Transform(d)
    for (const [i, prev] of [
      [0, '3000'],
      [1, '0.31'],
    ] as const)
      tr.setNodeAttribute(slotsOf(d)[i].pos, 'prev', prev)
    const after = new Transform(tr.doc)
    expect(setFigure(after, edit, same)).toMatchObject({ changed: 0, clashes: 1 })
    expect(setFigure(after, edit, same).split?.map((s) => s.attrs.prev)).toEqual(['3000', '0.31'])
    expect(after.steps).toHaveLength(0)
  })
})

describe('the figure index', () => {
  it('takes labels as one metric across widths, spaces and quotes', () => {
    expect(normalizeLabel(' ＧＤＰ　增速“全市” ')).toBe('gdp增速全市')
  })
  it('takes new rows: a known label (under an alias) joins its metric, a new one becomes a metric', () => {
    const before = new FigureIndex(
      [{ key: '新增就业', label: '新增就业', unit: '人', aliases: ['城镇新增就业'] }],
      [
        { metric: '新增就业', year: 2023, kind: 'actual', span: '', value: '3100', unit: '人', changedAt: 1 },
        // a value stored before spans existed has no span field
        { metric: '新增就业', year: 2022, kind: 'actual', value: '2900', unit: '人', changedAt: 1 },
      ],
    )
    expect(before.value('新增就业', 2022, 'actual')?.value).toBe('2900')
    const r = planRows(
      before,
      [
        { label: '城镇新增就业', year: 2024, value: '3250', unit: '人', kind: 'actual' },
        { label: '新增就业', year: 2023, value: '3120', unit: '人', kind: 'actual' },
        { label: '公路', year: 2025, span: '2021-2025', value: '1020', unit: '公里', kind: 'actual', source: '交通局' },
      ],
      7,
    )
    expect(r.metrics).toEqual([{ key: '公路', label: '公路', unit: '公里', aliases: [] }])
    expect(r.values.map((v) => [v.metric, v.year, v.span, v.value, v.source ?? ''])).toEqual([
      ['新增就业', 2024, '', '3250', ''],
      ['新增就业', 2023, '', '3120', ''],
      ['公路', 2025, '2021-2025', '1020', '交通局'],
    ])
    expect(r.index.value('城镇新增就业', 2023, 'actual')?.value).toBe('3120')
    expect(r.index.value('新增就业', 2024, 'actual')?.value).toBe('3250')
    expect(r.index.value('公路', 2025, 'actual', '2021-2025')?.changedAt).toBe(7)
    expect(r.index.value('公路', 2025, 'actual')).toBe(undefined)
    expect(r.index.value('公路', null, 'actual', '2021-2025')).toBe(undefined)
    expect(r.index.metricKey('城镇 新增就业')).toBe('新增就业')
    expect(r.index.metricKey('Ｘ指标')).toBe('x指标')
    expect(r.index.value('新增就业', 2022, 'actual')?.value).toBe('2900')
    expect(r.index.values()).toHaveLength(4)
  })
  it('gives a row without a unit its metric’s unit', () => {
    const f = figuresFromRows([
      { label: '公路', year: 2024, value: '1', unit: '公里', kind: 'actual' },
      { label: '公路', year: 2025, value: '2', unit: '', kind: 'actual' },
    ])
    expect(f.values.map((v) => v.unit)).toEqual(['公里', '公里'])
  })
})

describe('comparisons', () => {
  it('writes no change as plus zero, and a fall with its minus', () => {
    expect(changeBetween('3000', '3000', '人')).toEqual({ diff: '+0', unit: '人', rate: '+0' })
    expect(changeBetween('2900', '3000', '人')).toEqual({ diff: '-100', unit: '人', rate: '-3.3' })
  })
  it('measures a slot without a year against nothing, and a target against last year’s target', () => {
    const figures = index([
      { label: '新增就业', year: 2023, value: '3100', unit: '人', kind: 'actual' },
      { label: '新增就业', year: 2023, value: '3000', unit: '人', kind: 'target' },
      { label: '新增就业', year: 2024, value: '0.33', unit: '万人', kind: 'target' },
    ])
    const slot = (more: Partial<SlotAttrs>) => fig('新增就业', null, '人', more).attrs as SlotAttrs
    expect(compareSlot(figures, slot({ year: null, prev: '1' }))).toEqual({
      previous: null,
      previousTarget: null,
      target: null,
    })
    expect(compareSlot(figures, slot({ year: 2024, kind: 'target', prev: '2' }))).toEqual({
      previous: '3100',
      previousTarget: '3000',
      target: null,
    })
    expect(compareSlot(figures, slot({ year: 2025, kind: 'target', prev: '2' }))).toEqual({
      previous: null,
      previousTarget: '3300',
      target: null,
    })
    // without last year's target in the store, the slot's own value before the roll stands in
    expect(compareSlot(figures, slot({ year: 2026, kind: 'target', prev: '2' }))).toEqual({
      previous: null,
      previousTarget: '2',
      target: null,
    })
    expect(compareSlot(figures, slot({ year: 2024, prev: '2' }))).toEqual({
      previous: '3100',
      previousTarget: null,
      target: '3300',
    })
  })
})

describe('merging figure libraries, exactly', () => {
  it('adds the incoming names of a metric it has, but not a name another metric here owns', () => {
    const here = {
      metrics: [
        { key: '新增就业', label: '新增就业', unit: '人', aliases: ['城镇新增就业'] },
        { key: '投资', label: '投资', unit: '万元', aliases: [] },
      ],
      values: [],
    }
    const incoming = {
      metrics: [{ key: '新增就业', label: '新增 就业', unit: '人', aliases: ['城镇新增就业', '投资', '就业增量'] }],
      values: [
        { metric: '新增就业', year: 2024, kind: 'actual' as const, span: '', value: '1', unit: '人', changedAt: 2 },
      ],
    }
    const r = mergeFigures(here, incoming)
    expect(r.metrics).toEqual([
      { key: '新增就业', label: '新增就业', unit: '人', aliases: ['城镇新增就业', '就业增量'] },
    ])
    expect([r.added, r.replaced, r.values.length]).toEqual([1, 0, 1])
  })
  it('counts a figure replaced once however many newer values come for it, and a missing span as none', () => {
    const metrics = [{ key: '公路', label: '公路', unit: '公里', aliases: [] }]
    const old = { metric: '公路', year: 2024, kind: 'actual' as const, value: '1', unit: '公里', changedAt: 1 }
    const r = mergeFigures(
      { metrics, values: [old] },
      {
        metrics,
        values: [
          { ...old, span: '', value: '2', changedAt: 2 },
          { ...old, span: '', value: '3', changedAt: 3 },
        ],
      },
    )
    expect([r.added, r.replaced, r.values.map((v) => v.value)]).toEqual([0, 1, ['3']])
  })
})

// Tryout 8 (A4, C13): 建成县级劳动教育实践基地 2026 twice (6, then 7) imported 7 without a word;
// “1.02万” and “58.2%” were only called 不是数字.
describe('CSV rows that contradict each other, and numbers written with their unit', () => {
  const parse = (...lines: string[]) => parseFiguresCsv(enc(['指标,年度,数值,单位,类型', ...lines].join('\n')))

  it('leaves out both rows of one figure given two numbers, naming each with the other', () => {
    const r = parse(
      '建成县级劳动教育实践基地,2026,6,个,实际',
      '城镇新增就业,2026,3300,人,实际',
      '一般公共预算收入,2026,12.6,亿元,目标',
      '城镇新增就业,2026,0.33,万人,实际',
      '建成县级劳动教育实践基地,2026,7,个,实际',
      '一般公共预算收入,2026,126000,万元,目标',
      '一般公共预算收入,2026,13.1,亿元,目标',
      '建成县级劳动教育实践基地,2025,5,个,实际',
      '参与学生,2026,0.07,万人次,实际',
      '参与学生,2026,700,人次,实际',
    )
    expect(r.errors).toEqual([
      {
        line: 2,
        message:
          '“建成县级劳动教育实践基地”2026年实际数在 CSV 里有 2 个不同的数（第 2 行 6个，第 6 行 7个），不知道哪个对，这几行都没有导入：请在 CSV 里删去不对的行后再导入',
      },
      {
        line: 4,
        message:
          '“一般公共预算收入”2026年目标在 CSV 里有 3 个不同的数（第 4 行 12.6亿元，第 7 行 126000万元，第 8 行 13.1亿元），不知道哪个对，这几行都没有导入：请在 CSV 里删去不对的行后再导入',
      },
      {
        line: 6,
        message: '与第 2 行是同一个数字（“建成县级劳动教育实践基地”2026年实际数），数值不同，都没有导入，见第 2 行',
      },
      { line: 7, message: '与第 4 行是同一个数字（“一般公共预算收入”2026年目标），数值不同，都没有导入，见第 4 行' },
      { line: 8, message: '与第 4 行是同一个数字（“一般公共预算收入”2026年目标），数值不同，都没有导入，见第 4 行' },
    ])
    // one number in two units (3300人, 0.33万人; 0.07万人次, 700人次) is no contradiction; another year is another figure
    expect(r.rows.map((row) => [row.line, row.value])).toEqual([
      [3, '3300'],
      [5, '0.33'],
      [9, '5'],
      [10, '0.07'],
      [11, '700'],
    ])
  })

  it('reads a number with its unit where the unit column makes it certain', () => {
    const r = parse(
      '普惠性幼儿园覆盖率,2025,58.2%,%,实际',
      '参与学生,2025,1.02万,人次,实际',
      '新增学位,2025,1.35万个,个,实际',
      '教育投入,2025,12.6亿元,万元,实际',
    )
    expect(r.errors).toEqual([])
    expect(r.rows.map((row) => [row.value, row.unit])).toEqual([
      ['58.2', '%'],
      ['10200', '人次'],
      ['13500', '个'],
      ['126000', '万元'],
    ])
  })

  it('says what to write where the unit column leaves it in doubt', () => {
    const r = parse(
      '普惠性幼儿园覆盖率,2025,58.2%,,实际',
      '参与学生,2025,1.02万,,实际',
      '参与学生,2024,1.02万,万人次,实际',
      '教育投入,2025,3.5亿,万元,实际',
      '近视率下降,2025,1.5%,个百分点,实际',
      '在校学生,2025,很多,人,实际',
    )
    expect(r.errors.map((e) => e.message)).toEqual([
      '“普惠性幼儿园覆盖率”的数值“58.2%”带着“%”，数值列只写数字：写成 58.2，单位列写“%”',
      '“参与学生”的数值“1.02万”带着“万”，数值列只写数字：写成 10200，单位列写计量单位（如“人”“元”）；或写成 1.02，单位列写带“万”的单位（如“万人”“万元”）',
      '“参与学生”的数值“1.02万”带着“万”，数值列只写数字。单位列是“万人次”：如果说的是 1.02万人次，请写成 1.02',
      '“教育投入”的数值“3.5亿”带着“亿”，数值列只写数字。单位列是“万元”：如果说的是 3.5亿元，请写成 35000，或把单位列改成“亿元”、数值写 3.5',
      '“近视率下降”的数值“1.5%”带着“%”，数值列只写数字。单位列写的是“个百分点”，和“%”对不上：请按“个百分点”写数值，或把单位列改成“%”、数值写 1.5',
      '“在校学生”的数值“很多”不是数字',
    ])
    expect(r.rows).toEqual([])
  })
})
