import { describe, expect, it } from 'vitest'
import { figuresToCsv, libraryRows, parseFiguresCsv, totalsAsYears } from '../../src/core/figures/csv'
import { planRows } from '../../src/core/figures/incoming'
import { FigureIndex, normalizeLabel, type FigureValue, type Metric } from '../../src/core/figures/model'
import { fixtureBytes } from './helpers'
import { importText } from '../../src/core/import'
import { rowsForSlots } from '../../src/core/figures/fill'

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
    expect(text).toContain('新增学位,2025,1.26,万个,实际,,2021-2025')
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
    expect(old.oldHeader).toBe(true)
    expect(old.notes).toEqual([{ kind: 'oldExport', lines: [74, 75] }])
    expect(old.rows.length).toBe(109)
    // The two 新增学位 2025 rows (its year and its 十四五 total) are two numbers for one figure: neither is taken.
    expect(old.errors.map((e) => e.line)).toEqual([74, 75])
    // 投入教育经费 38.6亿元 is one row of 2025: against a library holding it as the 2021—2025 total, named.
    expect(totalsAsYears(new FigureIndex(metrics, values), old.rows)).toEqual([63])
    // A sheet of her own in the same columns, with no clash and no stored total, gets no such word.
    const own = parseFiguresCsv(fixtureBytes('figures-title-gbk.csv'))
    expect([own.oldHeader, own.notes.some((n) => n.kind === 'oldExport')]).toEqual([true, false])
    expect(totalsAsYears(new FigureIndex(metrics, values), own.rows)).toEqual([])
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

describe('the sheets offices keep (tryout 12, C1)', () => {
  const rowsOf = (p: ReturnType<typeof parseFiguresCsv>) =>
    p.rows.map((r) => [r.line, r.label, r.year, r.kind, r.value, r.unit])

  it('skips a title row above the header, and says so', () => {
    const p = parseFiguresCsv(fixtureBytes('figures-title-gbk.csv'))
    expect(p.encoding).toBe('gb18030')
    expect(p.notes).toEqual([{ kind: 'title', rows: [{ line: 1, text: '2026年全县教育事业统计主要指标' }] }])
    expect(rowsOf(p)).toEqual([[3, '初中生', 2026, 'actual', '10560', '人']])
  })

  it('reads a statistics sheet with one column per year as one row per year, in GB18030', () => {
    // 指标名称,计量单位,2025年,2026年,同比增减（%） under a title, for the speech reviewing 2026 and planning 2027.
    const p = parseFiguresCsv(fixtureBytes('figures-stats-sheet-gbk.csv'), { reviewYear: 2026, planYear: 2027 })
    expect(p.errors).toEqual([])
    expect(p.notes).toEqual([
      { kind: 'title', rows: [{ line: 1, text: '2026年全县教育事业统计主要指标' }] },
      {
        kind: 'byYear',
        columns: [
          { name: '2025年', year: 2025, kind: 'actual' },
          { name: '2026年', year: 2026, kind: 'actual' },
        ],
      },
      { kind: 'ignored', columns: ['同比增减（%）'] },
    ])
    expect(rowsOf(p).slice(0, 4)).toEqual([
      [4, '各级各类学校', 2025, 'actual', '126', '所'],
      [4, '各级各类学校', 2026, 'actual', '128', '所'],
      [5, '幼儿园', 2025, 'actual', '58', '所'],
      [5, '幼儿园', 2026, 'actual', '60', '所'],
    ])
    // The same sheet for the speech planning 2026: its 2026 column is the plan.
    const plan = parseFiguresCsv(fixtureBytes('figures-stats-sheet-gbk.csv'), { reviewYear: 2025, planYear: 2026 })
    expect(plan.rows.find((r) => r.year === 2026)?.kind).toBe('target')
  })

  it('names a column 2026年目标 or 2026年计划 a target; one cell it cannot read is named by row and column', () => {
    const p = parseFiguresCsv(
      enc('指标,单位,2025年,2026年目标,2026年计划\n在校生,人,"48,650",50000,\n近视率,%,47.1,很多,46\n'),
    )
    expect(rowsOf(p)).toEqual([
      [2, '在校生', 2025, 'actual', '48650', '人'],
      [2, '在校生', 2026, 'target', '50000', '人'],
      [3, '近视率', 2025, 'actual', '47.1', '%'],
      [3, '近视率', 2026, 'target', '46', '%'],
    ])
    expect(p.errors).toEqual([{ line: 3, message: '“2026年目标”列：“近视率”的数值“很多”不是数字' }])
  })

  it('reads the panel’s own columns as of the review year: 数值 its actual, 上年 the year before, 目标 its target', () => {
    const p = parseFiguresCsv(fixtureBytes('figures-panel-columns-gbk.csv'), { reviewYear: 2026, planYear: 2027 })
    expect(p.errors).toEqual([])
    expect(p.notes).toContainEqual({ kind: 'ignored', columns: ['增减'] })
    const of = (label: string) => rowsOf(p).filter((r) => r[1] === label)
    expect(of('学前三年毛入园率')).toEqual([
      [8, '学前三年毛入园率', 2026, 'actual', '94.6', '%'],
      [8, '学前三年毛入园率', 2025, 'actual', '93.5', '%'],
      [8, '学前三年毛入园率', 2026, 'target', '95', '%'],
    ])
    expect(of('专任教师')).toEqual([
      [6, '专任教师', 2026, 'actual', '3925', ''],
      [6, '专任教师', 2025, 'actual', '3862', ''],
    ])
    expect(of('教育经费总投入')[0]).toEqual([7, '教育经费总投入', 2026, 'actual', '9.12', '亿元'])
    // Without the speech's review year, the 数值 is of no known year: refused, saying what to add.
    expect(() => parseFiguresCsv(fixtureBytes('figures-panel-columns-gbk.csv'))).toThrow(
      /不知道“数值”是哪一年的.*加一列“年度”/,
    )
  })

  it('refuses only what it cannot read, naming the row', () => {
    expect(() => parseFiguresCsv(enc('今年的数\n,\n随便写写\n'))).toThrow(/找不到表头.*第 1 行是“今年的数”/)
    expect(() => parseFiguresCsv(enc('指标,单位,同比\n在校生,人,2.3\n'))).toThrow(/第 1 行（表头）缺少“年度”列/)
  })
})

describe('how many rows a speech uses (tryout 12, C4)', () => {
  it('counts the rows naming a metric of the speech’s slots, under any of its names, of 20,000', () => {
    const doc = importText(
      '同志们：\n开场。\n一、2025年工作回顾\n全年实现城镇新增就业****人，发放创业担保贷款***亿元。\n二、2026年工作任务\n确保全年城镇新增就业****人。\n',
    ).doc
    const rows = Array.from({ length: 20000 }, (_, i) => ({ label: `指标${i}`, unit: '个' }))
    rows.push(
      { label: '城镇新增就业', unit: '人' },
      { label: '新增城镇就业', unit: '人' },
      { label: '城镇新增就业', unit: '万元' },
    )
    const index = new FigureIndex(
      [{ key: '城镇新增就业', label: '城镇新增就业', unit: '人', aliases: ['新增城镇就业'] }],
      [],
    )
    // 城镇新增就业 in 万元 is another metric (城镇新增就业（万元）): not the slot's.
    expect(rowsForSlots(doc, index, rows)).toBe(2)
    expect(rowsForSlots(doc, new FigureIndex([], []), rows.slice(0, 100))).toBe(0)
  })
})
