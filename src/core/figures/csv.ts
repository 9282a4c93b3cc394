/**
 * Figures as CSV, the way statistics offices keep them in Excel: columns 指标,年度,数值,单位,类型
 * (or label,year,value,unit,kind), UTF-8 with or without BOM, or GB18030 as Excel on Chinese
 * Windows saves it. Rows that do not parse are reported with their line numbers.
 */
import { decodeText, ImportError, sniffFile } from '../import/decode'
import { misgroupedNumber, saysANumber, typedText, typedValue } from '../typed-number'
import { convert, magnitudeOf, parseUnit } from '../units'
import { MAGNITUDES } from '../lang/units'
import { normalizeLabel, type FigureValue, type Metric } from './model'
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
export type CsvNote = { kind: 'oldExport' }
export interface ParsedCsv {
  rows: FigureRow[]
  errors: RowError[]
  notes: CsvNote[]
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
/** The header of the library's export: a total's span in 累计, its last year in 年度. */
const EXPORT_HEADER = '指标,年度,累计,数值,单位,类型,来源'

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

export function parseFiguresCsv(bytes: Uint8Array): ParsedCsv {
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
  const header = records[0].fields.map((h) => COLUMNS[h.trim().toLowerCase()] ?? COLUMNS[h.trim()])
  for (const need of ['label', 'year', 'value'] as const) {
    if (!header.includes(need)) {
      const name = { label: '指标', year: '年度', value: '数值' }[need]
      throw new ImportError(`CSV 第 1 行应是表头，缺少“${name}”列。请把第 1 行写成：指标,年度,数值,单位,类型`)
    }
  }
  const notes: CsvNote[] =
    records[0].fields.map((h) => h.trim()).join(',') === OLD_EXPORT_HEADER ? [{ kind: 'oldExport' }] : []
  const rows: FigureRow[] = []
  const errors: RowError[] = []
  for (const { line, fields } of records.slice(1)) {
    const get = (col: keyof Omit<FigureRow, 'line'>) => {
      const i = header.indexOf(col)
      return i >= 0 ? unguarded(fields[i] ?? '').trim() : ''
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
    // A number written with its unit (58.2%, 1.02万) is read where the unit column says what it is.
    const withUnit = valueText ? null : valueAndUnit(label, get('value'), get('unit'))
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
      unit: get('unit'),
      kind,
      ...(source ? { source } : {}),
    })
  }
  return { ...twoValues(rows, errors), notes, encoding }
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
function twoValues(rows: FigureRow[], errors: RowError[]): { rows: FigureRow[]; errors: RowError[] } {
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
      [r.label, String(r.year), r.span ?? '', r.value, r.unit, r.kind === 'target' ? '目标' : '实际', r.source ?? '']
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
