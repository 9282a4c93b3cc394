/**
 * A figure a table restates against the text that says it (tryout 14 A2): the table of main
 * indicators (指标/2025年/2026年/增长) kept 72.5 for 农机总动力 in 2026 while the tasks were
 * changed to 73.5万千瓦, and nothing said so. A table's rows are kept as text (table-rows.ts), so
 * their numbers are no slots; here each cell of a year's column is read as the figure its row and
 * column name, and held to the figure the text says under the same key as one figure, one value
 * holds two figures of the text to each other (figure-rules.ts figureKey): the row's label less
 * its unit, the kind and year the column names, the unit. Where that is in doubt nothing is said:
 * a column that names no year of the speech (增长, 2026年增长), a row whose unit neither its label
 * nor its cell gives, a header that does not line up with the row.
 */
import { parseUnit, inBase } from '../units'
import { APPROXIMATE, APPROXIMATE_AFTER } from '../lang/words'
import { soFarIsTheYear, YearStretches } from '../lang/years'
import type { FigureKind, SlotAttrs } from '../schema'
import { slotReading } from '../text'
import { scopeIn } from '../import/own-place'
import { cellNumber, cellsOf, isCellLine, isTableRow } from '../table-rows'
import { figureKey, namesAMetric, type StatedFigure, statedFigures } from './figure-rules'
import { figureBlocks } from './typed-figures'
import type { BlockView, DocumentFinding, DocumentRule, TopSummary } from './types'

/**
 * A column of one year's figures, as its header cell names it: 2025年, 2026年目标, 2025年预计.
 * Group 1 the year, group 2 what the column holds. A column of change (增长, 2026年增长, 同比) is
 * none: its numbers are no level of the year.
 */
const YEAR_COLUMN = /^(\d{4})年(?:度)?(目标值?|预期目标|预期|计划|预计|实际|完成值?|完成情况|实绩)?$/
/** What a column holds when its header says: a target, or what was done (预计: the year's estimate, told as done). */
const TARGET_WORDS = /^(?:目标值?|预期目标|预期|计划)$/
/** A row's unit in brackets at the end of its label: 农机总动力（万千瓦）, 总诊疗人次（万人次）, 机械化率（%）. */
const LABEL_UNIT = /[（(](?:单位[：:])?([^（）()]{1,6})[）)]$/

/** A column of a table's header: the year and kind of the figures under it, or null for a column of no one year. */
interface Column {
  header: string
  year: number
  kind: FigureKind
}

/** The columns a header names, each read against the years of the speech; null where a column names no year. */
function columnsOf(header: readonly string[], reviewYear: number | null, planYear: number | null): (Column | null)[] {
  return header.map((cell) => {
    const m = YEAR_COLUMN.exec(cell)
    if (!m) return null
    const year = Number(m[1])
    const said = m[2] ?? ''
    // The column says what it holds, or its year does: the year reviewed holds what was done, the
    // year planned its targets; a speech that reviews and plans one year (at midyear) leaves it open.
    const kind: FigureKind | null = TARGET_WORDS.test(said)
      ? 'target'
      : said
        ? 'actual'
        : year === reviewYear && year !== planYear
          ? 'actual'
          : year === planYear && year !== reviewYear
            ? 'target'
            : null
    if (kind === null || (year !== reviewYear && year !== planYear)) return null
    return { header: cell, year, kind }
  })
}

/** A cell of a table read as a figure: its row, its column, its number and the key the text's figures go by. */
interface TableFigure {
  row: string
  column: string
  shown: string
  value: number
  key: string
}

/** The figures of a row under its header's columns: those whose unit the label or the cell gives. */
function rowFigures(cells: readonly string[], columns: readonly (Column | null)[]): TableFigure[] {
  if (cells.length !== columns.length) return []
  const row = cells[0]
  const labelUnit = LABEL_UNIT.exec(row)
  const label = labelUnit ? row.slice(0, labelUnit.index) : row
  if (!namesAMetric(label)) return []
  const out: TableFigure[] = []
  cells.forEach((cell, i) => {
    const column = columns[i]
    // The number as the row reads it (table-rows.ts): 70.5, 3,250人, ３２５０, 12.6亿千瓦时.
    const m = cellNumber(cell)
    if (!column || i === 0 || !m) return
    const unit = m.unit || labelUnit?.[1] || ''
    if (!unit || (m.unit && labelUnit && parseUnit(m.unit).base !== parseUnit(labelUnit[1]).base)) return
    const { number } = m
    const attrs: SlotAttrs = {
      label,
      unit,
      role: 'metric',
      value: number,
      kind: column.kind,
      year: column.year,
      prev: null,
      period: null,
      approx: '',
      approxPos: 'number',
    }
    out.push({ row, column: column.header, shown: cell, value: inBase(number, unit), key: figureKey(attrs) })
  })
  return out
}

/**
 * The figures of the speech's tables: each row under the header line before it in its part, a
 * table ending at the first line that is not laid out in cells (table-rows.ts).
 */
function tableFigures(tops: readonly TopSummary[], reviewYear: number | null, planYear: number | null): TableFigure[] {
  const out: TableFigure[] = []
  for (const top of tops) {
    /** The columns of the table being read, or null between tables. */
    let columns: (Column | null)[] | null = null
    for (const { view } of top.blocks) {
      const line = view.node.textContent
      if (!isCellLine(line)) columns = null
      else if (!isTableRow(line)) columns = columnsOf(cellsOf(line), reviewYear, planYear)
      else if (columns) out.push(...rowFigures(cellsOf(line), columns))
    }
  }
  return out
}

/** Where a clause ends: what the message quotes of the text is the clause a figure stands in. */
const CLAUSE_END = /[。！？；，：]/

/** Where the clause of `at` begins in a block's text. */
function clauseStart(view: BlockView, at: number): number {
  let from = at
  while (from > 0 && !CLAUSE_END.test(view.text[from - 1])) from--
  return from
}

/** The clause a figure of the text stands in, as it reads (slots as their words): what the message quotes. */
function clauseOf(view: BlockView, at: number): string {
  const from = clauseStart(view, at)
  let to = at
  while (to < view.text.length && !CLAUSE_END.test(view.text[to])) to++
  const slots = new Map(view.slots.map((s) => [s.offset, s.attrs]))
  let out = ''
  for (let i = from; i < to; i++) {
    const a = slots.get(i)
    out += a ? slotReading(a) : view.text[i]
  }
  return out.trim()
}

const stretches = new WeakMap<BlockView, YearStretches>()

/**
 * Whether the sentence of a figure, before it, says a stretch of the year short of its whole
 * (lang/years.ts YearStretches, read once per block); `soFarIsYear`: 今年以来 is the year reviewed here.
 */
function partOfYear(view: BlockView, at: number, soFarIsYear: boolean): boolean {
  let found = stretches.get(view)
  if (!found) stretches.set(view, (found = new YearStretches(view.text)))
  return found.at(at, { soFarIsYear })
}

/**
 * Whether the text says a figure only roughly: 3500余人 (the slot's 余/多), 约71万千瓦, 突破70万千瓦
 * (lang/words.ts APPROXIMATE), 71万千瓦左右, 3500人以上 (APPROXIMATE_AFTER). Not the table's number to the digit.
 */
function roughly(view: BlockView, at: number): boolean {
  const a = view.slots.find((s) => s.offset === at)?.attrs
  return (
    Boolean(a?.approx) ||
    APPROXIMATE.test(view.text.slice(Math.max(0, at - 4), at)) ||
    APPROXIMATE_AFTER.test(view.text.slice(at + 1, at + 4))
  )
}

const same = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a))

export const tableFigure: DocumentRule = {
  id: 'table-figure',
  name: '表格与正文不一',
  severity: 'warning',
  group: '数字',
  scope: 'document',
  purpose:
    '讲稿里的表格（如主要指标表）某一行某一年的数，和正文里同一指标同一年的数要一致；表头说明各栏是哪一年，增长一栏不比；指标名称或单位对不上时不比；正文说的是约数（约、近、突破、超过、左右、以上、余、多）或不足一年的数（1—11月、截至10月底、上半年、前三季度）时也不比。',
  fires: [
    // 农机 (tryout 14 A2): the tasks' target changed, the table's 2026年 column kept.
    {
      text: '标题\n县人民政府副县长 张明\n同志们：\n今天召开会议，总结2025年工作，部署2026年任务。\n一、2025年工作回顾\n全县农机总动力达到70.8万千瓦。主要指标如下表：\n指标 2025年 2026年 增长\n农机总动力（万千瓦） 70.8 72.5 2.4%\n二、2026年工作任务\n全县农机总动力达到73.5万千瓦。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    // 人社: no unit in the label, the unit in each cell; the review's figure against the 2025年 column.
    {
      text: '标题\n县人民政府副县长 张明\n同志们：\n今天召开会议，总结2025年工作，部署2026年任务。\n一、2025年工作回顾\n全年城镇新增就业3520人，培训农民工8600人次。\n指标 2025年 2026年目标 增长\n城镇新增就业 3250人 3300人 1.5%\n二、2026年工作任务\n确保城镇新增就业3300人。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    // 人社, a December meeting (review 29): 今年以来 in a year-end review is the year, held to its column.
    {
      text: '标题\n县人民政府副县长 张明\n（2025年12月20日）\n同志们：\n今天召开会议，总结2025年工作，部署2026年任务。\n一、2025年工作回顾\n今年以来，全县城镇新增就业3520人。\n指标 2025年 2026年目标 增长\n城镇新增就业（人） 3250 3300 1.5%\n二、2026年工作任务\n确保城镇新增就业3300人。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    // 卫健: a column named 2026年目标.
    {
      text: '标题\n县人民政府副县长 张明\n同志们：\n今天召开会议，总结2025年工作，部署2026年任务。\n一、2025年工作回顾\n全县总诊疗人次达到177.2万人次。\n指标 2025年 2026年目标 增长\n总诊疗人次（万人次） 177.2 186.4 5.2%\n二、2026年工作任务\n全县总诊疗人次达到168.4万人次。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    // 财政: a table pasted with tabs, a column named 2026年预期.
    {
      text: '标题\n县人民政府副县长 张明\n同志们：\n今天召开会议，总结2025年工作，部署2026年任务。\n一、2025年工作回顾\n全县一般公共预算收入12.6亿元，增长7.1%。\n表1 主要财政指标\n指标\t2025年\t2026年预期\t增长\n一般公共预算收入（亿元）\t12.6\t13.5\t7.1%\n二、2026年工作任务\n一般公共预算收入达到13.8亿元。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    // 人社, 发改: thousands parted by commas, a unit of four characters (a row as table-rows.ts reads it).
    {
      text: '标题\n县人民政府副县长 张明\n同志们：\n今天召开会议，总结2025年工作，部署2026年任务。\n一、2025年工作回顾\n全年城镇新增就业3520人。\n指标 2025年 2026年目标 增长\n城镇新增就业（人） 3,250 3,300 1.5%\n二、2026年工作任务\n确保城镇新增就业3300人。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    {
      text: '标题\n县人民政府副县长 张明\n同志们：\n今天召开会议，总结2025年工作，部署2026年任务。\n一、2025年工作回顾\n全社会用电量达到12.8亿千瓦时。\n指标 2025年 2026年 增长\n全社会用电量 12.6亿千瓦时 13.5亿千瓦时 7.1%\n二、2026年工作任务\n做好各项工作。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    // A stretch of the year, then 全年: the sentence is back at the whole year (财政, 人社).
    {
      text: '标题\n县人民政府副县长 张明\n同志们：\n今天召开会议，总结2025年工作，部署2026年任务。\n一、2025年工作回顾\n1—11月，全县一般公共预算收入完成11.8亿元，预计全年完成12.8亿元。\n指标 2025年预计 2026年目标 增长\n一般公共预算收入（亿元） 12.6 13.5 7.1%\n二、2026年工作任务\n一般公共预算收入达到13.5亿元。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    {
      text: '标题\n县人民政府副县长 张明\n同志们：\n今天召开会议，总结2025年工作，部署2026年任务。\n一、2025年工作回顾\n截至10月底，全县城镇新增就业2860人，全年城镇新增就业3520人。\n指标 2025年 2026年目标 增长\n城镇新增就业（人） 3250 3300 1.5%\n二、2026年工作任务\n确保城镇新增就业3300人。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    // A figure said exactly beside one said roughly (农机): the exact one is held to the table.
    {
      text: '标题\n县人民政府副县长 张明\n同志们：\n今天召开会议，总结2025年工作，部署2026年任务。\n一、2025年工作回顾\n全县农机总动力突破70万千瓦，达到71.8万千瓦。\n指标 2025年 2026年 增长\n农机总动力（万千瓦） 70.8 72.5 2.4%\n二、2026年工作任务\n做好各项工作。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
  ],
  quiet: [
    // The table and the text agree (农机, 卫健).
    {
      text: '标题\n县人民政府副县长 张明\n同志们：\n今天召开会议，总结2025年工作，部署2026年任务。\n一、2025年工作回顾\n全县农机总动力达到70.8万千瓦。主要指标如下表：\n指标 2025年 2026年 增长\n农机总动力（万千瓦） 70.8 72.5 2.4%\n主要农作物耕种收综合机械化率（%） 87.5 88.5 1个百分点\n二、2026年工作任务\n全县农机总动力达到72.5万千瓦，主要农作物耕种收综合机械化率达到88.5%。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    {
      text: '标题\n县人民政府副县长 张明\n同志们：\n今天召开会议，总结2025年工作，部署2026年任务。\n一、2025年工作回顾\n全县总诊疗人次达到177.2万人次。\n指标 2025年 2026年目标 增长\n总诊疗人次（万人次） 177.2 186.4 5.2%\n二、2026年工作任务\n全县总诊疗人次达到186.4万人次。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    // The same with thousands parted by commas and a unit of four characters (人社, 发改).
    {
      text: '标题\n县人民政府副县长 张明\n同志们：\n今天召开会议，总结2025年工作，部署2026年任务。\n一、2025年工作回顾\n全年城镇新增就业3250人，全社会用电量达到12.6亿千瓦时。\n指标 2025年 2026年目标 增长\n城镇新增就业（人） 3,250 3,300 1.5%\n全社会用电量 12.6亿千瓦时 13.5亿千瓦时 7.1%\n二、2026年工作任务\n确保城镇新增就业3300人。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    // A column of growth is never a level, whatever year it names (农机, 人社).
    {
      text: '标题\n县人民政府副县长 张明\n同志们：\n今天召开会议，总结2025年工作，部署2026年任务。\n一、2025年工作回顾\n全县农机总动力达到70.8万千瓦。\n指标 2025年 2026年 2026年增长\n农机总动力（万千瓦） 70.8 72.5 2.4\n二、2026年工作任务\n全县农机总动力达到72.5万千瓦。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    {
      text: '标题\n县人民政府副县长 张明\n同志们：\n今天召开会议，总结2025年工作，部署2026年任务。\n一、2025年工作回顾\n全年城镇新增就业3250人。\n指标 2025年 比上年增长 2026年目标\n城镇新增就业（人） 3250 1.5% 3300\n二、2026年工作任务\n确保城镇新增就业3300人。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    // No unit in the label nor the cell: what the number counts is in doubt.
    {
      text: '标题\n县人民政府副县长 张明\n同志们：\n今天召开会议，总结2025年工作，部署2026年任务。\n一、2025年工作回顾\n全县农机总动力达到70.8万千瓦。\n指标 2025年 2026年 增长\n农机总动力 70.8 72.5 2.4%\n二、2026年工作任务\n全县农机总动力达到73.5万千瓦。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    // The names differ: maybe another thing (拥有…, 丘陵山区…), so nothing is said.
    {
      text: '标题\n县人民政府副县长 张明\n同志们：\n今天召开会议，总结2025年工作，部署2026年任务。\n一、2025年工作回顾\n全县拥有大中型拖拉机2410台。\n指标 2025年 2026年 增长\n大中型拖拉机（台） 2140 2230 4.2%\n二、2026年工作任务\n丘陵山区农机总动力达到12.5万千瓦。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    // Another place's figure, or a part of the year's: named otherwise by the import (全市…, 上半年…),
    // the speech's own place known from its byline (import/own-place.ts).
    {
      text: '标题\n县农业机械化服务中心主任 王建平\n同志们：\n今天召开全县农机化工作会议，总结2025年工作，部署2026年任务。\n一、2025年工作回顾\n全市农机总动力达到320万千瓦，上半年全县农机总动力达到69.1万千瓦。\n指标 2025年 2026年 增长\n农机总动力（万千瓦） 70.8 72.5 2.4%\n二、2026年工作任务\n做好各项工作。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    // The speech's own place unknown (no byline): 全市… may be another place's, whatever its label.
    {
      text: '标题\n同志们：\n今天召开会议，总结2025年工作，部署2026年任务。\n一、2025年工作回顾\n全市农机总动力达到320万千瓦。\n指标 2025年 2026年 增长\n农机总动力（万千瓦） 70.8 72.5 2.4%\n二、2026年工作任务\n做好各项工作。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    // Columns of years the speech neither reviews nor plans (财政).
    {
      text: '标题\n县人民政府副县长 张明\n同志们：\n今天召开会议，总结2025年工作，部署2026年任务。\n一、2025年工作回顾\n全县一般公共预算收入13.5亿元。\n指标 2023年 2024年 增长\n一般公共预算收入（亿元） 11.8 12.6 6.8%\n二、2026年工作任务\n一般公共预算收入增长7%。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    // The same figure in another magnitude (财政): 126000万元 is 12.6亿元.
    {
      text: '标题\n县人民政府副县长 张明\n同志们：\n今天召开会议，总结2025年工作，部署2026年任务。\n一、2025年工作回顾\n全县一般公共预算收入12.6亿元。\n指标 2025年 2026年预期 增长\n一般公共预算收入（万元） 126000 135000 7.1%\n二、2026年工作任务\n一般公共预算收入达到13.5亿元。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    // Said roughly: 突破, 约, 左右, 超过, 余, 以上, 近 (农机, 人社, 卫健, 财政).
    {
      text: '标题\n县人民政府副县长 张明\n同志们：\n今天召开会议，总结2025年工作，部署2026年任务。\n一、2025年工作回顾\n全县农机总动力突破70万千瓦，城镇新增就业3500余人，总诊疗人次近180万人次。\n指标 2025年 2026年 增长\n农机总动力（万千瓦） 70.8 72.5 2.4%\n城镇新增就业（人） 3520 3600 2.3%\n总诊疗人次（万人次） 177.2 186.4 5.2%\n二、2026年工作任务\n做好各项工作。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    {
      text: '标题\n县人民政府副县长 张明\n同志们：\n今天召开会议，总结2025年工作，部署2026年任务。\n一、2025年工作回顾\n全县农机总动力约71万千瓦，城镇新增就业超过3500人。\n指标 2025年 2026年 增长\n农机总动力（万千瓦） 70.8 72.5 2.4%\n城镇新增就业（人） 3520 3600 2.3%\n二、2026年工作任务\n全县农机总动力达到73万千瓦左右，城镇新增就业3500人以上，一般公共预算收入13亿元以上。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    // A stretch of the year against a year's column: the months so far, a day, a half, quarters (财政, 人社, 农机, 卫健).
    {
      text: '标题\n县人民政府副县长 张明\n同志们：\n今天召开会议，总结2025年工作，部署2026年任务。\n一、2025年工作回顾\n1—11月，全县一般公共预算收入完成11.8亿元，增长6.9%。\n指标 2025年预计 2026年目标 增长\n一般公共预算收入（亿元） 12.6 13.5 7.1%\n二、2026年工作任务\n一般公共预算收入达到13.5亿元。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    {
      text: '标题\n县人民政府副县长 张明\n同志们：\n今天召开会议，总结2025年工作，部署2026年任务。\n一、2025年工作回顾\n截至10月底，全县城镇新增就业2860人。前三季度，全县总诊疗人次达到132.6万人次。\n指标 2025年 2026年 增长\n城镇新增就业（人） 3250 3300 1.5%\n总诊疗人次（万人次） 177.2 186.4 5.2%\n二、2026年工作任务\n确保城镇新增就业3300人。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    {
      text: '标题\n县人民政府副县长 张明\n同志们：\n今天召开会议，总结2025年工作，部署2026年任务。\n一、2025年工作回顾\n全县农机总动力达到70.8万千瓦。\n指标 2025年 2026年 增长\n农机总动力（万千瓦） 70.8 72.5 2.4%\n二、2026年工作任务\n上半年，全县农机总动力达到71.6万千瓦，全年达到72.5万千瓦。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
  ],
  check(tops, ctx) {
    const tables = tableFigures(tops, ctx.reviewYear, ctx.planYear)
    if (!tables.length) return []
    const keys = new Set(tables.map((t) => t.key))
    // 今年以来 in a year-end review is the year reviewed, whose column it may be held to.
    const soFarIsYear = soFarIsTheYear(ctx.reviewYear, ctx.reviewYear, ctx.planYear)
    /** The text's figures of the table's keys, each with where it stands. */
    const said = new Map<string, { figure: StatedFigure; view: BlockView; pos: (offset: number) => number }[]>()
    /**
     * With the speech's own place unknown the import drops every scope from a label (全市农机总动力
     * is 农机总动力): a figure whose clause names a place may be another place's than the table's.
     */
    const otherPlaceMaybe = (view: BlockView, at: number) =>
      !ctx.own && scopeIn(view.text.slice(clauseStart(view, at), at)) !== null
    for (const { figures, pos } of figureBlocks(tops, ctx)) {
      if (isCellLine(figures.view.node.textContent)) continue
      for (const figure of statedFigures(figures.view))
        if (
          !figure.part &&
          keys.has(figure.key) &&
          !otherPlaceMaybe(figures.view, figure.offset) &&
          // Said roughly, or of a stretch of the year: no figure of a year's column to the digit.
          !roughly(figures.view, figure.offset) &&
          !partOfYear(figures.view, figure.offset, soFarIsYear)
        )
          said.set(figure.key, [...(said.get(figure.key) ?? []), { figure, view: figures.view, pos }])
    }
    const out: DocumentFinding[] = []
    for (const cell of tables) {
      const text = said.get(cell.key)
      // Said in the text with the table's number too: the text disagrees with itself, figure-rules' to say.
      if (!text || text.some((t) => same(t.figure.value, cell.value))) continue
      const { figure, view, pos } = text[0]
      out.push({
        rule: this.id,
        message: `表格“${cell.row}”一行“${cell.column}”一栏是${cell.shown}，正文“${clauseOf(view, figure.offset)}”一句是${figure.shown}：两处不一致，请核对后改正其中一处。`,
        from: pos(figure.offset),
        to: pos(figure.offset + 1),
        excerpt: `${figure.label}${figure.shown}`,
      })
    }
    return out
  },
}
