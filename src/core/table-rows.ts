/**
 * A table's row read as a line (import/docx.ts tablesAsRows: its cells side by side, a wide space
 * between; or a table pasted from Word, a tab between): its numbers are not slots. The preview
 * says so of every table with figures ("表里的数字不是数字空位"), and it must be true: tryout 14
 * C1 made the 增长 column alone five slots, each labelled with its whole row, and after the roll
 * each empty slot showed the row a second time. A row's numbers have no sentence to name them;
 * the roll-over names them as numbers left as text (rollover.ts), the header's moved year too.
 */

import { asciiDigits } from './import/normalize'
import { WRITTEN_UNIT } from './lang/units'

/** Between cells of a row read as one line (import/docx.ts tablesAsRows): the wide space a table typed as text uses. */
export const CELL_GAP = '\u3000'

/** A gap a sentence never holds: the wide space or a tab between two cells. */
const WIDE_GAP = /[\u3000\t]/

/**
 * A number as a table's cell writes it: a sign, digits (full-width too), commas between groups of
 * three (2,140; as typedValue reads them, typed-number.ts), a decimal point.
 */
const CELL_DIGITS = '[-+－＋]?(?:[0-9０-９]{1,3}(?:,[0-9０-９]{3})+|[0-9０-９]+)(?:[.．][0-9０-９]+)?'
/**
 * A cell that is a number, with a unit the figure reader knows at most (lang/units.ts WRITTEN_UNIT):
 * 68.4, 3.1%, 1.2个百分点, -0.5, 2,140, 12.6亿千瓦时, 15万平方米. Group 1 the number, group 2 the unit.
 * Not a year (2025年: 年 is no unit of a figure).
 */
const NUMBER_CELL = new RegExp(`^(${CELL_DIGITS})\\s*(${WRITTEN_UNIT}|％)?$`)

/** A cell's number, ASCII without commas, and the unit written after it ('' if none); null if the cell is no number (NUMBER_CELL). */
export function cellNumber(cell: string): { number: string; unit: string } | null {
  const m = NUMBER_CELL.exec(cell.trim())
  if (!m) return null
  const number = asciiDigits(m[1]).replace(/,/g, '').replace(/^－/, '-').replace(/^＋/, '+')
  return { number, unit: asciiDigits(m[2] ?? '') }
}

/** Commas between groups of three digits of a number (2,140; 1,234,567.8): no sentence's mark. */
const THOUSANDS = /(?<![0-9０-９.．,])[0-9０-９]{1,3}(?:,[0-9０-９]{3})+(?![0-9０-９,])/g
/** A row's label that names a part of the row before it: 其中：农村（人）. Its colon is no sentence's. */
const PART_LABEL = /^\s*其中[：:]/
/** What a row never holds: a sentence's marks (a comma of a number's thousands and 其中： aside). */
const SENTENCE_MARK = /[。，；！？：,;!?]/

/** Whether a line holds a sentence's mark, not counting a number's commas or a leading 其中：. */
function hasSentenceMark(line: string): boolean {
  return SENTENCE_MARK.test(line.replace(PART_LABEL, '').replace(THOUSANDS, '0'))
}

/**
 * The cells of a line read as a table's row or header: parted by the wide space or the tab where
 * the line has one (a cell may then hold a space: “GDP 增速（%）”), else by single spaces, as the
 * import writes a Word table's row once its text is cleaned (import/normalize.ts keeps one space
 * between cells) and a row pasted from a plain text is typed. One split for rows and headers alike.
 */
export function cellsOf(line: string): string[] {
  const trimmed = line.trim()
  return trimmed
    .split(WIDE_GAP.test(trimmed) ? /[\u3000\t]+/ : /\s+/)
    .map((c) => c.trim())
    .filter((c) => c !== '')
}

/**
 * Whether a line is a table's row: three cells or more, two of them numbers at least, no
 * sentence marks. Must: “农机总动力（万千瓦） 68.4 70.5 3.1%”, “总诊疗人次（万人次）　177.2　186.4”,
 * “主要农作物耕种收综合机械化率（%） 86.3 87.5 1.2个百分点”. Must not: “全年新增就业3250人。”,
 * “县农业机械化服务中心主任 王建平”, “指标 2024年 2025年 增长” (no numbers but years: the header,
 * which has no figures), “（2025年2月18日）”, “一、2025年工作回顾”.
 */
export function isTableRow(line: string): boolean {
  if (hasSentenceMark(line)) return false
  const cells = cellsOf(line)
  return cells.length >= 3 && cells.filter((c) => cellNumber(c) !== null).length >= 2
}

/**
 * Whether a line is laid out as a table's cells, its header or a row (cellsOf), no sentence
 * marks: two cells or more parted by the wide space or a tab, which a sentence never holds; three
 * or more parted by single spaces, as two words of a line may be (县农业机械化服务中心主任 王建平).
 * The checks read no sentence in it: “指标 2025年 2026年 增长” lists the years its columns hold
 * (tryout 14 B2: its header, imported from Word with single spaces, was warned as a later year in
 * the review). Examples: CELL_LINE_EXAMPLES.
 */
export function isCellLine(line: string): boolean {
  if (hasSentenceMark(line)) return false
  const cells = cellsOf(line)
  if (WIDE_GAP.test(line.trim())) return cells.length >= 2
  // Parted by single spaces, as words of a slogan or a name may be (聚力同心 真抓实干 …, 县委书记 张 三):
  // a header or a row only where two cells at least are a year or a number.
  return cells.length >= 3 && cells.filter((c) => YEAR_CELL.test(c) || cellNumber(c) !== null).length >= 2
}

/** A header's cell naming a year, and no more than what of it: 2025年, 2026年目标, 2025年预计, 2025. */
const YEAR_CELL = /^(?:19|20)\d{2}年?(?:目标|预期|预计|计划|实际|完成|增长)?$/

/** A label that runs on past its row's first cell into the numbers: the first cell and the rest. */
const ROW_LABEL = /^(\S+?)[\s\u3000]+[-+－＋]?[0-9０-９]/

/**
 * The name a slot of a table's row goes by: the row's first cell. A slot made in a row before
 * rows kept their numbers as text was labelled with the row up to it (“农机总动力（万千瓦） 68.4
 * 70.5”), and shown empty it printed the row a second time (tryout 14 C1). Must: that label →
 * “农机总动力（万千瓦）”. Must not: “农机总动力”, “GDP 增速”, “城镇新增就业”.
 */
export function rowCellLabel(label: string): string {
  const m = ROW_LABEL.exec(label)
  // The row's next cell is a number as a table's cell holds one (68.4, 3,250, 12.6亿千瓦时), not the
  // start of words (“新增就业 2025年以来”: review 28b, a label cut short where it was no row).
  const next = m ? cellsOf(label)[1] : undefined
  return m && next !== undefined && cellNumber(next.replace(/[：:].*$/, '')) !== null ? m[1] : label
}

/** Lines each must or must not read as a table's row (test/node/import-table-rows.test.ts). */
export const TABLE_ROW_EXAMPLES = {
  rows: [
    '农机总动力（万千瓦） 68.4 70.5 3.1%',
    '总诊疗人次（万人次）\u3000177.2\u3000186.4',
    '主要农作物耕种收综合机械化率（%） 86.3 87.5 1.2个百分点',
    '大中型拖拉机（台）\t2140\t2230\t4.2%',
    '一般公共预算收入（亿元） 12.6 13.5 7.1%',
    'GDP 增速（%）\t6.5\t7.0\t0.5个百分点',
    // Thousands parted by commas, a 其中： label, units of three characters or more (lang/units.ts).
    '大中型拖拉机（台）\u30002,140\u30002,230\u30004.2%',
    '新增就业（人）\u30003,250\u30003,300\u30001.5%',
    '固定资产投资（万元） 1,234,567.8 1,300,000 5.3%',
    '其中：农村（人）\u30001250\u30001300\u30004%',
    '棚户区改造\u300012.6万平方米\u300015万平方米\u300019%',
    '全社会用电量\u300012.6亿千瓦时\u300013.5亿千瓦时\u30007.1%',
    '森林覆盖率（%）\u3000３６．５\u3000３７\u30000.5个百分点',
    '地区生产总值（亿元）\u3000286.4\u3000305\u3000—',
  ],
  notRows: [
    '全年新增就业3250人。',
    '县农业机械化服务中心主任 王建平',
    '指标 2024年 2025年 增长',
    '（2025年2月18日）',
    '一、2025年工作回顾',
    '聚力同心 真抓实干 推动人社工作再上新台阶',
    '全县粮食播种面积 96.5万亩',
    '2026年 全县新增就业3300人',
    // A comma between two figures is a sentence's, typed with spaces or not; 其中： before a sentence too.
    '全县新增就业 3250 人,培训农民工 8600 人次',
    '招商引资到位 12.6 亿元,增长 7.1%',
    '全县新增就业 3,250 人,增长 1.5%',
    '其中：农村 1250 人，城镇 2000 人',
    // A cell whose unit the figure reader does not know is no number: 年 of a year.
    '指标 2025年度 2026年度 增长',
  ],
} as const

/** Lines each must or must not read as laid out in cells, a header or a row (test/node/import-table-rows.test.ts). */
export const CELL_LINE_EXAMPLES = {
  cells: [
    '指标 2025年 2026年 增长',
    '指标\u30002025年\u30002026年\u3000增长',
    '指标\t2024年\t2025年',
    '总诊疗人次（万人次）\u3000177.2\u3000186.4',
    '农机总动力（万千瓦） 68.4 70.5 3.1%',
    'GDP 增速（%）\t6.5\t7.0',
  ],
  notCells: [
    '\u3000\u3000全年新增就业3250人。',
    '一、2025年工作回顾',
    '2025年主要指标完成情况和2026年预期目标如下表',
    '2026年 全县新增就业3300人',
    '县农业机械化服务中心主任 王建平',
    '全县粮食播种面积 96.5万亩',
    '指标 2025年 2026年 增长情况如下：',
    '全县新增就业 3250 人,培训农民工 8600 人次',
    // review 29c: words parted by single spaces, not cells
    '聚力同心 真抓实干 推动人社工作再上新台阶',
    '坚定信心 实干争先 奋力谱写2027年发展新篇章',
    '县委书记 张 三',
    '2023年以来成效明显 2026年粮食产量 创历史新高',
  ],
} as const
