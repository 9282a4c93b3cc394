/**
 * A table's row read as a line (import/docx.ts tablesAsRows: its cells side by side, a wide space
 * between; or a table pasted from Word, a tab between): its numbers are not slots. The preview
 * says so of every table with figures ("表里的数字不是数字空位"), and it must be true: tryout 14
 * C1 made the 增长 column alone five slots, each labelled with its whole row, and after the roll
 * each empty slot showed the row a second time. A row's numbers have no sentence to name them;
 * the roll-over names them as numbers left as text (rollover.ts), the header's moved year too.
 */

/** Between cells of a row read as one line (import/docx.ts tablesAsRows): the wide space a table typed as text uses. */
export const CELL_GAP = '\u3000'

/** A cell that is a number, with a unit or a sign at most: 68.4, 3.1%, 1.2个百分点, -0.5, 2,140. */
const NUMBER_CELL = /^[-+－＋]?[0-9０-９][0-9０-９,.．]*\s*(?:%|‰|％|个百分点|[万亿]?[\u4e00-\u9fff]{0,2})$/
/** What a row never holds: a sentence's marks. */
const SENTENCE_MARK = /[。，；！？：,;!?]/

/**
 * Whether a line is a table's row: three cells or more, two of them numbers at least, no
 * sentence marks. Must: “农机总动力（万千瓦） 68.4 70.5 3.1%”, “总诊疗人次（万人次）　177.2　186.4”,
 * “主要农作物耕种收综合机械化率（%） 86.3 87.5 1.2个百分点”. Must not: “全年新增就业3250人。”,
 * “县农业机械化服务中心主任 王建平”, “指标 2024年 2025年 增长” (no numbers but years: the header,
 * which has no figures), “（2025年2月18日）”, “一、2025年工作回顾”.
 */
export function isTableRow(line: string): boolean {
  if (SENTENCE_MARK.test(line)) return false
  const cells = line.trim().split(/[\s\u3000]+/)
  return cells.length >= 3 && cells.filter((c) => NUMBER_CELL.test(c) && !/年$/.test(c)).length >= 2
}

/**
 * Whether a line is laid out as a table's cells, its header or a row: two cells or more parted by
 * the wide space the import puts between them (or a tab), no sentence marks. The checks read no
 * sentence in it: “指标　2025年　2026年　增长” lists the years its columns hold (tryout 14: warned as
 * a later year in the review). Must: that header, “总诊疗人次（万人次）　177.2　186.4”. Must not:
 * “　　全年新增就业3250人。” (an indented sentence), “一、2025年工作回顾”.
 */
export function isCellLine(line: string): boolean {
  if (SENTENCE_MARK.test(line)) return false
  return line.split(/[\u3000\t]+/).filter((c) => c.trim() !== '').length >= 2
}

/** A label that runs on past its row's first cell into the numbers: the first cell and the rest. */
const ROW_LABEL = /^(\S+?)[\s\u3000]+[-+－＋]?[0-9０-９]/

/**
 * The name a slot of a table's row goes by: the row's first cell. A slot made in a row before
 * rows kept their numbers as text was labelled with the row up to it (“农机总动力（万千瓦） 68.4
 * 70.5”), and shown empty it printed the row a second time (tryout 14 C1). Must: that label →
 * “农机总动力（万千瓦）”. Must not: “农机总动力”, “GDP 增速”, “城镇新增就业”.
 */
export function rowCellLabel(label: string): string {
  return ROW_LABEL.exec(label)?.[1] ?? label
}

/** Lines each must or must not read as a table's row (test/node/import-table-rows.test.ts). */
export const TABLE_ROW_EXAMPLES = {
  rows: [
    '农机总动力（万千瓦） 68.4 70.5 3.1%',
    '总诊疗人次（万人次）\u3000177.2\u3000186.4',
    '主要农作物耕种收综合机械化率（%） 86.3 87.5 1.2个百分点',
    '大中型拖拉机（台）\t2140\t2230\t4.2%',
    '一般公共预算收入（亿元） 12.6 13.5 7.1%',
  ],
  notRows: [
    '全年新增就业3250人。',
    '县农业机械化服务中心主任 王建平',
    '指标 2024年 2025年 增长',
    '（2025年2月18日）',
    '一、2025年工作回顾',
    '聚力同心 真抓实干 推动人社工作再上新台阶',
    '全县粮食播种面积 96.5万亩',
  ],
} as const
