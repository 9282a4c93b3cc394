import { describe, expect, it } from 'vitest'
import { isCellLine, isTableRow, rowCellLabel, TABLE_ROW_EXAMPLES } from '../../src/core/table-rows'
import { slotsOf } from '../../src/core/outline'
import { rollover } from '../../src/core/rollover'
import { doc, fig, h2, opening, p, part, title } from './build'

describe('a line read as a table’s row (its numbers are no slots)', () => {
  it.each(TABLE_ROW_EXAMPLES.rows)('%s is a row', (line) => expect(isTableRow(line)).toBe(true))
  it.each(TABLE_ROW_EXAMPLES.notRows)('%s is not', (line) => expect(isTableRow(line)).toBe(false))
})

describe('the name of a slot made in a table’s row before rows kept their numbers as text', () => {
  it('is the row’s first cell', () => {
    expect(rowCellLabel('农机总动力（万千瓦） 68.4 70.5')).toBe('农机总动力（万千瓦）')
    expect(rowCellLabel('收综合机械化率（%） 86.3 87.5：1.2个百分点')).toBe('收综合机械化率（%）')
    for (const label of ['农机总动力', 'GDP 增速', '城镇新增就业']) expect(rowCellLabel(label)).toBe(label)
  })

  it('after the roll, an empty slot of such a row shows the first cell, not the row again (tryout 14 C1)', () => {
    const old = doc(
      { reviewYear: 2024, planYear: 2025 },
      title('讲话'),
      opening(p('同志们：')),
      part(
        { kind: 'review' },
        h2('2024年工作回顾'),
        p('农机总动力（万千瓦） 68.4 70.5 ', fig('农机总动力（万千瓦） 68.4 70.5', '3.1', '%')),
      ),
    )
    const [slot] = slotsOf(rollover(old).doc)
    expect([slot.attrs.label, slot.attrs.value]).toEqual(['农机总动力（万千瓦）', null])
  })
})

describe('isCellLine: a line laid out as cells, header or row, where the checks read no sentence', () => {
  it.each([
    '指标\u30002025年\u30002026年\u3000增长',
    '总诊疗人次（万人次）\u3000177.2\u3000186.4',
    '指标\t2024年\t2025年',
  ])('%s is laid out as cells', (line) => expect(isCellLine(line)).toBe(true))
  it.each(['\u3000\u3000全年新增就业3250人。', '一、2025年工作回顾', '2025年主要指标完成情况和2026年预期目标如下表'])(
    '%s is not',
    (line) => expect(isCellLine(line)).toBe(false),
  )
})
