/** The accuracy harness itself (scripts/accuracy): it must count what it claims to count. */
import { describe, expect, it } from 'vitest'
import { alignment, carryRange } from '../../scripts/accuracy/align'
import { alignLists, type Labels, labelMatches, measure } from '../../scripts/accuracy/measure'

const text = [
  '标题',
  '同志们：',
  '今天召开全县工作会议，总结2025年工作，部署2026年任务。下面，我讲三点意见：',
  '一、2025年工作回顾',
  '全年实现城镇新增就业3250人，城镇登记失业率3.2%。',
  '二、2026年工作任务',
  '确保全年新增城镇就业3300人。',
  '三、工作要求',
  '一要加强领导。二要压实责任。',
  '同志们，让我们奋发有为！',
].join('\n')

const labels = (over: Partial<Labels> = {}): Labels => ({
  about: 'test',
  reviewYear: 2025,
  planYear: 2026,
  parts: [
    { heading: '2025年工作回顾', kind: 'review', sections: 0 },
    { heading: '2026年工作任务', kind: 'tasks', sections: 0 },
    { heading: '工作要求', kind: 'requirements', sections: 0 },
  ],
  figures: [
    { text: '3250人', value: '3250', unit: '人', label: '城镇新增就业', partKind: 'review' },
    { text: '3.2%', value: '3.2', unit: '%', label: '失业率', partKind: 'review' },
    { text: '3300人', value: '3300', unit: '人', label: '新增城镇就业', partKind: 'tasks' },
  ],
  notFigures: ['三点意见'],
  persons: [],
  slips: [],
  ...over,
})

describe('matching', () => {
  it('a label core matches pieces in order', () => {
    expect(labelMatches('一般公共预算收入同比增长', '一般公共预算收入…增长')).toBe(true)
    expect(labelMatches('增长一般公共预算收入', '一般公共预算收入…增长')).toBe(false)
  })
  it('aligns two lists in order, skipping what does not match', () => {
    expect(alignLists([1, 2, 3, 4], [2, 9, 4], (a, b) => a === b)).toEqual([
      [1, 0],
      [3, 2],
    ])
  })
  it('carries a range across a text whose numbers were rewritten', () => {
    const a = '一、回顾\n三、任务'
    const b = '一、回顾\n二、任务'
    const map = alignment(a, b)
    expect(carryRange(map, a.indexOf('三'), a.indexOf('三') + 4, b.length)).toEqual([b.indexOf('二'), b.length])
  })
})

describe('measure', () => {
  it('counts parts, figures and years right on a speech it reads right', () => {
    const r = measure('t', text, labels())
    expect([r.parts.right, r.parts.total, r.figures.found, r.figures.total, r.figures.falseSlots]).toEqual([
      3,
      3,
      3,
      3,
      [],
    ])
    expect(r.years.right).toBe(true)
    expect(r.details.every((d) => d.labelOk && d.kindYearOk && d.partKindOk && d.periodOk)).toBe(true)
  })
  it('counts a figure the labels have and the program does not, and a slot the labels do not have', () => {
    const r = measure(
      't',
      text,
      labels({
        figures: [
          { text: '3250人', value: '3250', unit: '人', label: '城镇新增就业', partKind: 'review' },
          { text: '99户', value: '99', unit: '户', label: '没有的数', partKind: 'review' },
          { text: '3300人', value: '3300', unit: '人', label: '新增城镇就业', partKind: 'tasks' },
        ],
      }),
    )
    expect(r.figures.found).toBe(2)
    expect(r.figures.missed.map((m) => m.figure.text)).toEqual(['99户'])
    expect(r.figures.falseSlots.map((f) => f.value)).toEqual(['3.2'])
  })
  it('catches a slip where the finding is, misses one the checks cannot see, and marks unknown rules pending', () => {
    const r = measure(
      't',
      text,
      labels({
        slips: [
          { find: '总结2025年工作', replace: '总结2024年工作', rule: 'wrong-year' },
          { find: '二要压实责任', replace: '三要压实责任', rule: 'numbering' },
          { find: '加强领导。', replace: '加强领导，，', rule: 'wrong-year' },
          { find: '压实责任', replace: '压实压实责任', rule: 'no-such-rule' },
        ],
      }),
    )
    expect(r.slips.map((s) => s.status)).toEqual(['caught', 'caught', 'missed', 'pending'])
  })
  it('catches a slipped part number where the program prints its own (第三部分 → 第四部分, printed 三、)', () => {
    const parts = text
      .replace('一、2025年', '第一部分 2025年')
      .replace('二、2026年', '第二部分 2026年')
      .replace('三、工作要求', '第三部分 工作要求')
    const r = measure('t', parts, labels({ slips: [{ find: '第三部分', replace: '第四部分', rule: 'numbering' }] }))
    expect(r.slips.map((s) => s.status)).toEqual(['caught'])
  })
  it('reads a figure of an earlier year (the first end of a change) as an actual of the year its label gives', () => {
    const changed = text.replace('城镇新增就业3250人', '城镇新增就业由上年的3100人增加到3250人')
    const figures = (year?: number) => [
      {
        text: '3100人',
        value: '3100',
        unit: '人',
        label: '城镇新增就业',
        partKind: 'review',
        ...(year ? { year } : {}),
      },
      { text: '3250人', value: '3250', unit: '人', label: '城镇新增就业', partKind: 'review' },
      { text: '3.2%', value: '3.2', unit: '%', label: '失业率', partKind: 'review' },
      { text: '3300人', value: '3300', unit: '人', label: '新增城镇就业', partKind: 'tasks' },
    ]
    const ok = (year?: number) =>
      measure('t', changed, labels({ figures: figures(year) })).details.map((d) => d.kindYearOk)
    expect(ok(2024)).toEqual([true, true, true, true])
    expect(ok()).toEqual([false, true, true, true])
  })
})
