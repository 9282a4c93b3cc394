import { describe, expect, it } from 'vitest'
import {
  CELL_LINE_EXAMPLES,
  cellsOf,
  isCellLine,
  isTableRow,
  rowCellLabel,
  TABLE_ROW_EXAMPLES,
} from '../../src/core/table-rows'
import { importText } from '../../src/core/import'
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
    for (const label of ['农机总动力', 'GDP 增速', '城镇新增就业', '新增就业 2025年以来累计', '村集体经济 2026年底前'])
      expect(rowCellLabel(label)).toBe(label)
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
  it.each(CELL_LINE_EXAMPLES.cells)('%s is laid out as cells', (line) => expect(isCellLine(line)).toBe(true))
  it.each(CELL_LINE_EXAMPLES.notCells)('%s is not', (line) => expect(isCellLine(line)).toBe(false))
  it.each(TABLE_ROW_EXAMPLES.rows)('the row %s is laid out as cells too', (line) => expect(isCellLine(line)).toBe(true))
})

describe('cellsOf: one split of a line into cells, for rows and headers alike', () => {
  it.each([
    ['指标 2025年 2026年 增长', ['指标', '2025年', '2026年', '增长']],
    ['指标\u30002025年\u30002026年\u3000增长', ['指标', '2025年', '2026年', '增长']],
    ['农机总动力（万千瓦） 68.4 70.5 3.1%', ['农机总动力（万千瓦）', '68.4', '70.5', '3.1%']],
    // A wide space or a tab parts the cells: a space within a cell stays.
    ['GDP 增速（%）\t6.5\t7.0', ['GDP 增速（%）', '6.5', '7.0']],
    ['\u3000\u3000全年新增就业3250人。', ['全年新增就业3250人。']],
  ])('%s', (line, cells) => expect(cellsOf(line)).toEqual(cells))
})

describe('importing a table’s row keeps its numbers as text', () => {
  const speech = (rows: string) =>
    `标题\n县人民政府副县长 张明\n同志们：\n今天召开会议，总结2025年工作，部署2026年任务。\n一、2025年工作回顾\n全县各项工作取得新成效。\n指标\u30002025年\u30002026年\u3000增长\n${rows}\n二、2026年工作任务\n做好各项工作。\n三、工作要求\n一要严。\n同志们，谢谢！`
  it.each([
    // 农机, 人社: thousands parted by commas made a slot of the 增长 column, labelled with the row's tail.
    '大中型拖拉机（台）\u30002,140\u30002,230\u30004.2%',
    '新增就业（人）\u30003,250\u30003,300\u30001.5%',
    '其中：农村（人）\u30001250\u30001300\u30004%',
    // 住建, 发改: units of three characters.
    '棚户区改造\u300012.6万平方米\u300015万平方米\u300019%',
    '全社会用电量\u300012.6亿千瓦时\u300013.5亿千瓦时\u30007.1%',
  ])('%s makes no figure’s slot', (row) => {
    const metrics = slotsOf(importText(speech(row)).doc).filter((s) => s.attrs.role === 'metric')
    expect(metrics.map((s) => s.attrs.label)).toEqual([])
  })
})
