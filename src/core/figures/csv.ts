/**
 * Figures as CSV, the way statistics offices keep them in Excel: columns 指标,年度,数值,单位,类型
 * (or label,year,value,unit,kind), UTF-8 with or without BOM, or GB18030 as Excel on Chinese
 * Windows saves it. Rows that do not parse are reported with their line numbers.
 */
import { decodeText, ImportError, sniffFile } from '../import/decode'
import { misgroupedNumber, saysANumber, typedText, typedValue } from '../typed-number'
import { convert, magnitudeOf, parseUnit } from '../units'
import { MAGNITUDES } from '../lang/units'
import { normalizeLabel, sameFigure, type FigureIndex, type FigureValue, type Metric } from './model'
import { asciiDigits } from '../import/normalize'
import { RANGE_JOIN, YEAR, YEAR_TEXT } from '../lang/years'
import { IMPORT_LIMITS, mb } from '../import/limits'
import { isYear, type FigureKind } from '../schema'
import { xmlSafe } from '../xml-chars'

/** A total over several years in the 年度 column: "2021-2025", "2021—2025", "2021至2025". */
const SPAN_TEXT = new RegExp(`^(${YEAR})年?${RANGE_JOIN}(${YEAR})$`)

export interface FigureRow {
  /** For a total over several years: "2021-2025" (then `year` is its last year). */
  span?: string
  line: number
  label: string
  year: number
  value: string
  unit: string
  kind: FigureKind
  source?: string
}
export interface RowError {
  line: number
  message: string
}
/**
 * What the reader did with a file beyond reading rows, for the preview to say before anything is
 * stored (the words are the app's): an export written before the 累计 column, whose totals over
 * several years came out as plain rows of their last year.
 */
export type CsvNote =
  /**
   * An export from before the 累计 column (its header): its totals came out as rows of their last
   * year, seen at `lines` (two numbers for one year, or the number of a stored total).
   */
  | { kind: 'oldExport'; lines: number[] }
  /** Rows above the header, skipped: a sheet's title. */
  | { kind: 'title'; rows: { line: number; text: string }[] }
  /** A sheet without a 年度 column: each column read as one year's actuals or targets. */
  | { kind: 'byYear'; columns: { name: string; year: number; kind: FigureKind }[] }
  /** Columns of such a sheet not read (同比增减: the panel does its own arithmetic). */
  | { kind: 'ignored'; columns: string[] }
export interface ParsedCsv {
  rows: FigureRow[]
  errors: RowError[]
  notes: CsvNote[]
  /** The header is that of an export from before the 累计 column (or a sheet written like one). */
  oldHeader: boolean
  encoding: string
}

const COLUMNS: Record<string, keyof Omit<FigureRow, 'line'>> = {
  指标: 'label',
  指标名称: 'label',
  名称: 'label',
  label: 'label',
  年度: 'year',
  年份: 'year',
  year: 'year',
  累计: 'span',
  累计年度: 'span',
  span: 'span',
  数值: 'value',
  值: 'value',
  value: 'value',
  单位: 'unit',
  计量单位: 'unit',
  unit: 'unit',
  类型: 'kind',
  kind: 'kind',
  来源: 'source',
  备注: 'source',
  source: 'source',
}
const KINDS: Record<string, FigureKind> = {
  实际: 'actual',
  实际数: 'actual',
  完成: 'actual',
  完成数: 'actual',
  actual: 'actual',
  目标: 'target',
  目标数: 'target',
  计划: 'target',
  target: 'target',
}

/** The header of the library's export before it had the 累计 column (tryout 12, A5). */
const OLD_EXPORT_HEADER = '指标,年度,数值,单位,类型,来源'
/**
 * The header of the library's export: a total's span in 累计, its last year in 年度. 累计 comes
 * last, so the columns of an older export keep their places for whatever reads them by position.
 */
const EXPORT_HEADER = '指标,年度,数值,单位,类型,来源,累计'

type Column = keyof Omit<FigureRow, 'line'>
const columnOf = (h: string): Column | undefined => COLUMNS[h.trim().toLowerCase()] ?? COLUMNS[h.trim()]

/** The open speech's years, which decide what a sheet without a 年度 column means. */
export interface SheetYears {
  reviewYear?: number | null
  planYear?: number | null
}

/** How many rows above the header a title may take (“2025年全县教育事业统计”, a date, a blank). */
const TITLE_ROWS = 5

/**
 * The header row: the first with a 指标 column, within the first rows; those above it are a
 * sheet's title (kept for the preview to name). A file without one is refused, naming its first row.
 */
function headerAt(records: { line: number; fields: string[] }[]): {
  at: number
  titles: { line: number; text: string }[]
} {
  const at = records.slice(0, TITLE_ROWS + 1).findIndex((r) => r.fields.some((f) => columnOf(f) === 'label'))
  if (at < 0) {
    const first = records[0].fields.filter((f) => f.trim()).join(',')
    throw new ImportError(
      `CSV 前 ${Math.min(records.length, TITLE_ROWS + 1)} 行里找不到表头，缺少“指标”列（或“指标名称”列）：第 ${records[0].line} 行是“${first.slice(0, 40)}”。请把表头写成：指标,年度,数值,单位,类型；或每年一列：指标,单位,2025年,2026年`,
    )
  }
  const titles = records.slice(0, at).map((r) => ({ line: r.line, text: r.fields.filter((f) => f.trim()).join(' ') }))
  return { at, titles }
}

/** A column of one year's numbers in a sheet laid out one column per year: 2025年, 2026, 2026年目标. */
const YEAR_COLUMN = new RegExp(`^(${YEAR})年?度?(目标|计划)?数?$`)

/** A column of a sheet without a 年度 column, read as the figures of one year and kind. */
interface YearColumn {
  index: number
  name: string
  year: number
  kind: FigureKind
}

/**
 * What a sheet without a 年度 column gives per column, or null if it is read row by row: one column
 * per year (2025年 实际; 2026年目标, 2026年计划 or the plan year's column 目标), or the figures panel's
 * own columns as of the review year (数值 that year's actual, 上年 the year before, 目标 its target;
 * 增减 is the panel's arithmetic). A sheet that is neither is refused, saying what to add.
 */
function yearColumns(head: { line: number; fields: string[] }, header: (Column | undefined)[], years: SheetYears) {
  const out: YearColumn[] = []
  head.fields.forEach((h, index) => {
    const m = YEAR_COLUMN.exec(asciiDigits(h).replace(/\s/g, ''))
    if (!m || !isYear(Number(m[1]))) return
    const year = Number(m[1])
    const kind: FigureKind = m[2] || year === years.planYear ? 'target' : 'actual'
    out.push({ index, name: h.trim(), year, kind })
  })
  if (out.length) return out
  const value = header.indexOf('value')
  const review = years.reviewYear
  if (value < 0)
    throw new ImportError(
      `CSV 第 ${head.line} 行（表头）缺少“年度”列，也没有按年分列（如“2025年”“2026年”）。请加一列“年度”写四位年份，表头写成：指标,年度,数值,单位,类型；或每年一列：指标,单位,2025年,2026年`,
    )
  if (!review)
    throw new ImportError(
      `CSV 第 ${head.line} 行（表头）缺少“年度”列，不知道“数值”是哪一年的：本讲稿还没有定回顾年。请加一列“年度”写四位年份，或把“数值”列名改成年份（如“2025年”）`,
    )
  const panel: [names: string[], year: number, kind: FigureKind][] = [
    [['上年'], review - 1, 'actual'],
    [['目标', '计划'], review, 'target'],
  ]
  out.push({ index: value, name: head.fields[value].trim(), year: review, kind: 'actual' })
  head.fields.forEach((h, index) => {
    const hit = panel.find(([names]) => names.includes(h.trim()))
    if (hit) out.push({ index, name: h.trim(), year: hit[1], kind: hit[2] })
  })
  return out
}

/**
 * A number with its unit in a sheet that has no 单位 column (9.12亿元, 94.6%, 425人): the cell's
 * unit is the only one. A bare magnitude (1.02万) says no unit, and is left to valueAndUnit's message.
 */
function unitInCell(cell: string): { value: string; unit: string } | null {
  const m = /^(-?[\d,]+(?:\.\d+)?)([^\d,.，．\s]+)$/.exec(
    typedText(cell).replace(/[\s，]/g, (c) => (c === '，' ? ',' : '')),
  )
  const value = m ? typedValue(m[1], '') : null
  if (!m || value === null || MAGNITUDES.some(([prefix]) => prefix === m[2])) return null
  return { value, unit: m[2] }
}

/** Split CSV text into records of fields, honouring quotes; each record keeps its first line number. */
export function csvRecords(text: string): { line: number; fields: string[] }[] {
  const out: { line: number; fields: string[] }[] = []
  let fields: string[] = []
  let field = ''
  let quoted = false
  let line = 1
  let start = 1
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"'
        i++
      } else if (c === '"') quoted = false
      else {
        if (c === '\n') line++
        field += c
      }
    } else if (c === '"' && field === '') quoted = true
    else if (c === ',' || c === '，' || c === '\t') {
      fields.push(field)
      field = ''
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++
      fields.push(field)
      out.push({ line: start, fields })
      fields = []
      field = ''
      line++
      start = line
    } else field += c
  }
  if (field !== '' || fields.length) {
    fields.push(field)
    out.push({ line: start, fields })
  }
  return out.filter((r) => r.fields.some((f) => f.trim() !== ''))
}

/**
 * Figures from a CSV file's bytes. `years` are the open speech's: a sheet in the panel's columns
 * (指标,数值,上年,增减,目标) is read as of its review year, and a column of its plan year is a target.
 */
export function parseFiguresCsv(bytes: Uint8Array, years: SheetYears = {}): ParsedCsv {
  if (!bytes.length) throw new ImportError('CSV 文件是空的。请选择保存了数字的 CSV 文件。')
  if (bytes.length > IMPORT_LIMITS.csvBytes)
    throw new ImportError(
      `CSV 文件有 ${mb(bytes.length)}，超过 ${mb(IMPORT_LIMITS.csvBytes)} 的上限，不像是讲稿用的数字表。请只保留需要的指标后另存再导入。`,
    )
  const kind = sniffFile(bytes)
  if (kind !== 'text') {
    throw new ImportError(
      kind === 'docx' || kind === 'doc'
        ? '这是 Word 或 Excel 文件，不是 CSV。请在 Excel 里“另存为”→“CSV（逗号分隔）”，再导入保存的 .csv 文件。'
        : '这个文件不是 CSV 文本文件。请在 Excel 里“另存为”→“CSV（逗号分隔）”，再导入保存的 .csv 文件。',
    )
  }
  const { text, encoding } = decodeText(bytes)
  const records = csvRecords(text.replace(/^\uFEFF/, ''))
  if (!records.length) throw new ImportError('CSV 文件里没有内容。请确认选择的是保存了数字的文件。')
  const { at, titles } = headerAt(records)
  const head = records[at]
  const header = head.fields.map(columnOf)
  const notes: CsvNote[] = []
  if (titles.length) notes.push({ kind: 'title', rows: titles })
  const oldHeader = head.fields.map((h) => h.trim()).join(',') === OLD_EXPORT_HEADER
  const byYear = header.includes('year') ? null : yearColumns(head, header, years)
  if (byYear) {
    notes.push({ kind: 'byYear', columns: byYear.map(({ name, year, kind }) => ({ name, year, kind })) })
    const ignored = head.fields.filter((h, i) => h.trim() && !header[i] && !byYear.some((c) => c.index === i))
    if (ignored.length) notes.push({ kind: 'ignored', columns: ignored.map((h) => h.trim()) })
  }
  if (header.includes('year') && !header.includes('value'))
    throw new ImportError(`CSV 第 ${head.line} 行（表头）缺少“数值”列。请把表头写成：指标,年度,数值,单位,类型`)
  const noUnitColumn = !header.includes('unit')
  const rows: FigureRow[] = []
  const errorList: RowError[] = []
  // One reading per figure: a row of a sheet with a 年度 column, or each filled year column of a row.
  const readings = records.slice(at + 1).flatMap(({ line, fields }) => {
    const cellAt = (i: number) => (i >= 0 ? unguarded(fields[i] ?? '').trim() : '')
    const get = (col: Column) => cellAt(header.indexOf(col))
    if (!byYear) return [{ line, get, where: '' }]
    return byYear
      .filter((c) => cellAt(c.index) !== '')
      .map((c) => ({
        line,
        where: `“${c.name}”列：`,
        get: (col: Column) =>
          col === 'value'
            ? cellAt(c.index)
            : col === 'year'
              ? String(c.year)
              : col === 'kind'
                ? c.kind === 'target'
                  ? '目标'
                  : '实际'
                : col === 'span'
                  ? ''
                  : get(col),
      }))
  })
  for (const { line, get, where } of readings) {
    const errors = {
      push: (e: RowError) => errorList.push(e.message === '缺少指标名称' ? e : { ...e, message: where + e.message }),
    }
    const label = get('label')
    const yearText = asciiDigits(get('year'))
      .replace(/年度?$/, '')
      .replace(/\s/g, '')
    // A total over several years: "2021-2025", "2021—2025", "2021至2025", in 年度 or in 累计.
    const spanText = asciiDigits(get('span'))
      .replace(/年度?$/, '')
      .replace(/\s/g, '')
    const span = SPAN_TEXT.exec(spanText || yearText)
    // Read as a number typed into a figure is (core/typed-number): a comma only every three digits.
    const valueText = typedValue(get('value').replace(/，/g, ',').replace(/\s/g, ''), '') ?? ''
    const kindText = get('kind')
    if (!label) {
      errors.push({ line, message: '缺少指标名称' })
      continue
    }
    if (spanText && !span) {
      errors.push({ line, message: `“${label}”的累计“${get('span')}”不是起止年份（写成 2021-2025）` })
      continue
    }
    if (span && Number(span[1]) >= Number(span[2])) {
      errors.push({
        line,
        message: `“${label}”的${spanText ? '累计' : '年度'}“${get(spanText ? 'span' : 'year')}”起止颠倒`,
      })
      continue
    }
    if (spanText && span && yearText && yearText !== span[2]) {
      errors.push({
        line,
        message: `“${label}”的累计“${get('span')}”止于 ${span[2]} 年，年度却是“${get('year')}”：年度写累计的最后一年`,
      })
      continue
    }
    if (!span && (!YEAR_TEXT.test(yearText) || !isYear(Number(yearText)))) {
      errors.push({ line, message: `“${label}”的年度“${get('year')}”不是四位年份（多年合计写成 2021-2025）` })
      continue
    }
    // A number written with its unit (58.2%, 1.02万) is read where the unit column says what it is,
    // or, in a sheet without one, where the cell's unit is the only one (9.12亿元, 94.6%).
    const withUnit: { value?: string; unit?: string; message?: string } | null = valueText
      ? null
      : ((noUnitColumn ? unitInCell(get('value')) : null) ?? valueAndUnit(label, get('value'), get('unit')))
    if (!valueText && !withUnit?.value) {
      errors.push({
        line,
        message:
          withUnit?.message ??
          (misgroupedNumber(get('value'))
            ? `“${label}”的数值“${get('value')}”里的逗号位置不对（逗号只能每三位一个，如 1,260）`
            : `“${label}”的数值“${get('value')}”不是数字`),
      })
      continue
    }
    const kind = kindText ? (KINDS[kindText.toLowerCase()] ?? KINDS[kindText]) : 'actual'
    if (!kind) {
      errors.push({ line, message: `“${label}”的类型“${kindText}”应为“实际”或“目标”` })
      continue
    }
    const source = get('source')
    rows.push({
      line,
      label,
      year: Number(span ? span[2] : yearText),
      ...(span ? { span: `${span[1]}-${span[2]}` } : {}),
      value: valueText || (withUnit?.value ?? ''),
      unit: withUnit?.unit ?? get('unit'),
      kind,
      ...(source ? { source } : {}),
    })
  }
  const read = twoValues(rows, errorList)
  // Two numbers for one figure of one year in an old export are a total beside its last year's figure.
  if (oldHeader && read.clashes.length) notes.push({ kind: 'oldExport', lines: read.clashes })
  return { rows: read.rows, errors: read.errors, notes, oldHeader, encoding }
}

/**
 * A value cell that writes a unit after its number: read when the unit column makes it certain
 * (58.2% in a column of %, 1.02万 or 1.02万人 in one of 人 → 10200), else what to write instead.
 * Null when the cell is no number with a unit at all.
 */
function valueAndUnit(label: string, cell: string, unit: string): { value?: string; message?: string } | null {
  const m = /^(-?\d+(?:\.\d+)?)([^\d,.，．]\S*)$/.exec(typedText(cell).replace(/\s/g, ''))
  if (!m || misgroupedNumber(cell)) return null
  const [, n, tail] = m
  const magnitude = MAGNITUDES.find(([prefix]) => prefix === tail)
  // 1.02万 in a column of 人 is 1.02万人; in one of 万人 it is no more certain than 1.02万万人.
  const written = magnitude ? (unit && !magnitudeOf(unit) ? tail + unit : null) : saysANumber(cell) ? tail : null
  if (written === null && !magnitude) return null
  const value =
    written !== null && unit && parseUnit(written).base === parseUnit(unit).base ? convert(n, written, unit) : null
  if (value !== null) return { value }
  const head = `“${label}”的数值“${cell.trim()}”带着“${tail}”，数值列只写数字`
  if (magnitude && !unit)
    return {
      message: `${head}：写成 ${convert(n, `${tail}人`, '人')}，单位列写计量单位（如“人”“元”）；或写成 ${n}，单位列写带“${tail}”的单位（如“${tail}人”“${tail}元”）`,
    }
  if (magnitude) {
    const meant = tail + parseUnit(unit).base
    const other = tail === magnitudeOf(unit) ? '' : `，或把单位列改成“${meant}”、数值写 ${n}`
    return { message: `${head}。单位列是“${unit}”：如果说的是 ${n}${meant}，请写成 ${convert(n, meant, unit)}${other}` }
  }
  return {
    message: unit
      ? `${head}。单位列写的是“${unit}”，和“${tail}”对不上：请按“${unit}”写数值，或把单位列改成“${tail}”、数值写 ${n}`
      : `${head}：写成 ${n}，单位列写“${tail}”`,
  }
}

/**
 * Rows that give one figure (its name, year, kind and span) two different numbers: the last one
 * must not win unseen. Both are left out, each named with the other, for the user to choose.
 */
function twoValues(
  rows: FigureRow[],
  errors: RowError[],
): { rows: FigureRow[]; errors: RowError[]; clashes: number[] } {
  const groups = new Map<string, FigureRow[]>()
  for (const r of rows) {
    const key = `${normalizeLabel(r.label)}|${r.year}|${r.kind}|${r.span ?? ''}`
    groups.set(key, [...(groups.get(key) ?? []), r])
  }
  const out = new Set<FigureRow>()
  const more: RowError[] = []
  for (const group of groups.values()) {
    const first = group[0]
    const unitOf = (r: FigureRow) => r.unit || group.find((g) => g.unit)?.unit || ''
    // In the first row's unit (0.07万人 and 700人 are one number); units that do not convert are
    // two metrics under one name, which the store refuses by unit (incoming.ts).
    const numbers = group.map((r) => convert(r.value, unitOf(r), unitOf(first)))
    if (numbers.includes(null) || new Set(numbers.map(Number)).size < 2) continue
    const what = `“${first.label}”${first.span ? `${first.span.replace('-', '—')}年累计` : `${first.year}年`}${first.kind === 'target' ? '目标' : '实际数'}`
    const list = group.map((r) => `第 ${r.line} 行 ${r.value}${r.unit}`).join('，')
    for (const r of group) {
      out.add(r)
      more.push({
        line: r.line,
        message:
          r === first
            ? `${what}在 CSV 里有 ${group.length} 个不同的数（${list}），不知道哪个对，这几行都没有导入：请在 CSV 里删去不对的行后再导入`
            : `与第 ${first.line} 行是同一个数字（${what}），数值不同，都没有导入，见第 ${first.line} 行`,
      })
    }
  }
  return {
    rows: rows.filter((r) => !out.has(r)),
    clashes: [...out].map((r) => r.line).sort((a, b) => a - b),
    errors: [...errors, ...more].sort((a, b) => a.line - b.line),
  }
}

/**
 * A cell a spreadsheet would run as a formula (OWASP's CSV injection: = + - @ tab CR first)
 * gets a leading apostrophe, which spreadsheets show as text; a plain number ("-3.5") is left
 * alone. Reading a CSV takes the apostrophe off again, so labels survive a round trip.
 */
const FORMULA_START = /^[=+\-@\t\r]/
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/
export function guardCell(s: string): string {
  // A cell that already starts with the apostrophe the reader takes off gets one more, to keep its own.
  return (FORMULA_START.test(s) && !PLAIN_NUMBER.test(s)) || unguarded(s) !== s ? `'${s}` : s
}
function unguarded(s: string): string {
  return s.startsWith("'") && FORMULA_START.test(s.slice(1)) ? s.slice(1) : s
}

const cell = (raw: string) => {
  const s = guardCell(xmlSafe(raw))
  // Quoted whenever it holds a character the reader splits on (it takes ， and tab as well as the comma).
  return /[",，\t\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}

/**
 * Figures as CSV text, with a BOM so that Excel on Chinese Windows opens it as UTF-8. Values
 * go out as stored, the decimal text the user wrote ("0.00001", "3.50"), never through a
 * floating-point number that would round or turn them into "1e+26".
 */
export function figuresToCsv(rows: Omit<FigureRow, 'line'>[]): string {
  const lines = [EXPORT_HEADER]
  for (const r of rows)
    lines.push(
      [r.label, String(r.year), r.value, r.unit, r.kind === 'target' ? '目标' : '实际', r.source ?? '', r.span ?? '']
        .map(cell)
        .join(','),
    )
  return '\uFEFF' + lines.join('\r\n') + '\r\n'
}

/**
 * The library as CSV rows: every value under its metric's label, with its span, kind, unit and
 * source, so that reading the export back gives the same library. A metric's rows in its own unit
 * come first, as a metric read from rows takes its first row's unit (figuresFromRows, planRows).
 */
export function libraryRows(metrics: readonly Metric[], values: readonly FigureValue[]): Omit<FigureRow, 'line'>[] {
  const byKey = new Map(metrics.map((m) => [m.key, m]))
  const own = (v: FigureValue) => (v.unit === byKey.get(v.metric)?.unit ? 0 : 1)
  return [...values]
    .sort((a, b) => own(a) - own(b))
    .map((v) => ({
      label: byKey.get(v.metric)?.label ?? v.metric,
      year: v.year,
      ...(v.span ? { span: v.span } : {}),
      value: v.value,
      unit: v.unit,
      kind: v.kind,
      ...(v.source ? { source: v.source } : {}),
    }))
}

/**
 * Rows of an old export (ParsedCsv.oldHeader) that are a stored total written as its last year:
 * the same metric, last year, kind, number and unit as a 累计 in the library. Their lines.
 */
export function totalsAsYears(index: FigureIndex, rows: readonly FigureRow[]): number[] {
  const totals = index.values().filter((v) => v.span)
  return rows
    .filter((r) => {
      const key = index.metricKey(r.label)
      return (
        !r.span &&
        totals.some(
          (v) =>
            v.metric === key &&
            v.year === r.year &&
            v.kind === r.kind &&
            sameFigure(v, { value: r.value, unit: r.unit || v.unit }),
        )
      )
    })
    .map((r) => r.line)
}
