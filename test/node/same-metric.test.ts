import { readFileSync } from 'node:fs'
import { describe, expect, it, vi } from 'vitest'
import {
  FigureIndex,
  type FigureValue,
  type Metric,
  figuresFromRows,
  normalizeLabel,
} from '../../src/core/figures/model'
import { importText } from '../../src/core/import'
import { slotsOf } from '../../src/core/outline'
import { rollover } from '../../src/core/rollover'
import { likelySameMetric, namesAlike, SAME_METRIC_EXAMPLES } from '../../src/core/figures/same-metric'

describe('names alike enough to offer as one metric', () => {
  it.each(SAME_METRIC_EXAMPLES.alike)('%s ~ %s', (a, b) => {
    expect(namesAlike(a, b)).toBe(true)
    expect(namesAlike(b, a)).toBe(true)
  })
  it.each(SAME_METRIC_EXAMPLES.unlike)('%s ≁ %s', (a, b) => {
    expect(namesAlike(a, b)).toBe(false)
  })
})

/** A library of metrics, each with the values given as [year, kind, value]. */
function library(entries: [label: string, unit: string, values: [number, 'actual' | 'target', string][]][]) {
  const metrics: Metric[] = entries.map(([label, unit]) => ({ key: normalizeLabel(label), label, unit, aliases: [] }))
  const values: FigureValue[] = entries.flatMap(([label, unit, vs]) =>
    vs.map(([year, kind, value]) => ({ metric: normalizeLabel(label), year, kind, value, unit, changedAt: 1 })),
  )
  return new FigureIndex(metrics, values)
}

describe('the metric offered to join a figure of the speech', () => {
  // 教体局: last year's speech set 招聘教师 200人 for 2026; this year's reports 公开招聘教师 215人.
  const edu = library([
    ['公开招聘教师', '人', [[2026, 'actual', '215']]],
    ['招聘教师', '人', [[2026, 'target', '200']]],
    ['培训教师', '人次', [[2026, 'target', '3000']]],
  ])
  it('offers last year’s target stored under a shorter name to this year’s actual', () => {
    expect(likelySameMetric(edu, { label: '公开招聘教师', unit: '人', year: 2026, kind: 'actual' })?.label).toBe(
      '招聘教师',
    )
  })
  it('offers last year’s actual to next year’s target under the other name', () => {
    const hrss = library([
      ['城镇新增就业', '万人', [[2025, 'actual', '1.2']]],
      ['新增城镇就业', '人', [[2026, 'target', '12500']]],
    ])
    expect(likelySameMetric(hrss, { label: '新增城镇就业', unit: '人', year: 2026, kind: 'target' })?.label).toBe(
      '城镇新增就业',
    )
  })
  it('offers nothing when the figure already has what the other would bring', () => {
    const both = library([
      [
        '公开招聘教师',
        '人',
        [
          [2026, 'actual', '215'],
          [2026, 'target', '210'],
        ],
      ],
      ['招聘教师', '人', [[2026, 'target', '200']]],
    ])
    expect(likelySameMetric(both, { label: '公开招聘教师', unit: '人', year: 2026, kind: 'actual' })).toBeNull()
  })
  it('offers nothing when the other holds a figure of the same year and kind (two things, both reported)', () => {
    const two = library([
      ['公开招聘教师', '人', [[2026, 'actual', '215']]],
      [
        '招聘教师',
        '人',
        [
          [2026, 'target', '200'],
          [2026, 'actual', '230'],
        ],
      ],
    ])
    expect(likelySameMetric(two, { label: '公开招聘教师', unit: '人', year: 2026, kind: 'actual' })).toBeNull()
  })
  it('offers nothing in a unit of another kind, or for names that are not alike', () => {
    const other = library([
      ['培训教师', '人', [[2026, 'actual', '800']]],
      ['教师培训经费', '万元', [[2026, 'target', '120']]],
      ['一般公共预算收入', '亿元', [[2026, 'actual', '12.6']]],
      ['税收收入', '亿元', [[2026, 'target', '9']]],
    ])
    expect(likelySameMetric(other, { label: '培训教师', unit: '人', year: 2026, kind: 'actual' })).toBeNull()
    expect(likelySameMetric(other, { label: '一般公共预算收入', unit: '亿元', year: 2026, kind: 'actual' })).toBeNull()
  })
  // Tryout 12 (C2, A4, A2): 在校生 empty though 在校学生 held its number; 专任教师 and 新建幼儿园 offered wrongly.
  it('offers the metric that holds this figure’s own number under a near name, not a change or another body', () => {
    const school = library([
      ['在校生', '人', [[2025, 'actual', '48650']]],
      ['在校学生', '人', [[2026, 'actual', '49320']]],
      ['专任教师', '名', [[2026, 'actual', '3925']]],
      ['专职心理健康教师', '名', [[2027, 'target', '1']]],
      ['幼儿园', '所', [[2025, 'actual', '58']]],
      ['新建幼儿园', '所', [[2026, 'actual', '3']]],
    ])
    expect(likelySameMetric(school, { label: '在校生', unit: '人', year: 2026, kind: 'actual' })?.label).toBe(
      '在校学生',
    )
    expect(likelySameMetric(school, { label: '专职心理健康教师', unit: '名', year: 2027, kind: 'target' })).toBeNull()
    expect(likelySameMetric(school, { label: '幼儿园', unit: '所', year: 2026, kind: 'actual' })).toBeNull()
    // Both hold 2025 with different numbers: two things, not one under two names.
    const two = library([
      ['在校生', '人', [[2025, 'actual', '48650']]],
      [
        '在校学生',
        '人',
        [
          [2025, 'actual', '47000'],
          [2026, 'actual', '49320'],
        ],
      ],
    ])
    expect(likelySameMetric(two, { label: '在校生', unit: '人', year: 2026, kind: 'actual' })).toBeNull()
  })
  it('offers nothing when two metrics would do: the secretary chooses', () => {
    const twoAlike = library([
      ['公开招聘教师', '人', [[2026, 'actual', '215']]],
      ['招聘教师', '人', [[2026, 'target', '200']]],
      ['公开招聘中小学教师', '人', [[2026, 'target', '150']]],
    ])
    expect(likelySameMetric(twoAlike, { label: '公开招聘教师', unit: '人', year: 2026, kind: 'actual' })).toBeNull()
  })
  it('offers nothing for a figure the library does not hold yet, or without a year', () => {
    expect(likelySameMetric(edu, { label: '招聘特岗教师', unit: '人', year: 2026, kind: 'actual' })).toBeNull()
    expect(likelySameMetric(edu, { label: '公开招聘教师', unit: '人', year: null, kind: 'actual' })).toBeNull()
  })
})

describe('the metric offered for every line of a long speech', () => {
  // Tryout 15 (C1): the figures panel asks this of each of its 230 lines; each asking copied and
  // grouped the whole library and looked up every metric by its label again.
  it('reads the library once, not once per line, and looks a metric up by its key', () => {
    const last = importText(readFileSync('test/fixtures/tryout15/county-economy-2025.txt', 'utf8')).doc
    const rows = slotsOf(last).flatMap(({ attrs: a }) =>
      a.role === 'metric' && a.value !== null && a.year !== null
        ? [{ label: a.label, year: a.year, kind: a.kind, span: a.period ?? '', value: a.value, unit: a.unit }]
        : [],
    )
    const { metrics, values } = figuresFromRows(rows)
    // Each metric counts the times its unit is read: once per metric a line is held against.
    let held = 0
    const counted = metrics.map(
      (m) =>
        new Proxy(m, {
          get: (target, key: keyof Metric) => {
            if (key === 'unit') held++
            return target[key]
          },
        }),
    )
    const index = new FigureIndex(counted, values)
    const figures = slotsOf(rollover(last).doc).filter((s) => s.attrs.role === 'metric')
    expect(figures.length).toBeGreaterThan(200)
    const copies = vi.spyOn(index, 'values')
    const lookups = vi.spyOn(index, 'value')
    const offered = figures.map(({ attrs }) => likelySameMetric(index, attrs)?.label ?? null)
    // Was one copy of the library per line (236) and 15,782 lookups by label.
    expect(copies.mock.calls.length).toBeLessThanOrEqual(1)
    expect(lookups.mock.calls.length).toBeLessThan(figures.length * 4)
    // Held against the metrics that hold a figure the line lacks (10,382), not all 201 of them (47,200).
    expect(held).toBeLessThan(figures.length * 100)
    // What is offered is what it was when each line read the library on its own.
    expect(offered.filter(Boolean)).toEqual([
      '新能源装备产业产值',
      '食品加工产业产值',
      '高新技术企业总数',
      '新签约招商项目',
      '稳定粮食播种面积',
      '储备项目总投资',
      '储备项目总投资',
      '储备项目总投资',
      '储备项目总投资',
      '新创建省级和美乡村示范村',
      '推动信访总量再下降',
      '地区生产总值增长',
      '亿元以上项目',
      '城镇新增就业',
      '城镇居民人均可支配收入增长',
      '农村居民人均可支配收入增长',
      '地区生产总值增长',
      '税收收入占一般公共预算收入的比重',
    ])
  })
})
