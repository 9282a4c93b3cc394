/**
 * Figures coming into the store one by one: typed in a speech, or read from a CSV. A value is
 * kept under its metric in a unit the metric's converts to, or not at all: a number stored in
 * another figure's unit (120 万元 kept as 120 人次) is a wrong figure every later speech reads.
 */
import type { FigureKind } from '../schema'
import { convert, negativeCount } from '../units'
import { FALL_BEFORE, NEGATIVE_NUMBER } from '../lang/changes'
import type { FigureRow, RowError } from './csv'
import type { FigureEdit } from './fill'
import { FigureIndex, keptLabel, normalizeLabel, valueKey, type FigureValue, type Metric } from './model'

/** Why a value was not taken into the figures store: its unit is not one the metric's converts to. */
function unitClash(label: string, value: string, unit: string, metricUnit: string): string {
  return `“${label}”在数字库里以“${metricUnit}”计，${value}${unit}不能换算成${metricUnit}，不是同一个指标。`
}

/**
 * Where a figure set in a speech is kept: under its metric (the one the store knows the label
 * by, else a new one in the figure's unit), in the metric's unit. A figure whose unit cannot be
 * converted to the metric's (120万元 for a metric counted in 人次) is another metric's: refused,
 * never stored as a number of the wrong unit. An emptied figure keeps nothing (null): the speech
 * no longer states it, but the number the department typed or imported stays a fact of its year.
 */
export function figureToKeep(
  index: FigureIndex,
  edit: FigureEdit & { year: number },
  now = Date.now(),
): { metric: Metric; value: FigureValue } | { refused: string } | null {
  if (edit.value === null) return null
  // 15所 under 乡镇卫生院, a metric counted in 人, is 乡镇卫生院（所）'s (model.ts keptLabel).
  const label = index.labelFor(edit.label, edit.unit)
  const metric: Metric = index.metricFor(label) ?? {
    key: normalizeLabel(label),
    label,
    unit: edit.unit,
    aliases: [],
  }
  const unit = metric.unit || edit.unit
  const value = convert(edit.value, edit.unit || unit, unit)
  if (value === null) return { refused: `${unitClash(edit.label, edit.value, edit.unit, unit)}没有存入数字库。` }
  const negative = negativeCount(value, unit)
  if (negative) return { refused: `“${edit.label}”没有存入数字库：${negative}。` }
  return {
    metric,
    value: {
      metric: metric.key,
      year: edit.year,
      kind: edit.kind,
      span: edit.period ?? '',
      value,
      unit,
      changedAt: now,
    },
  }
}

/**
 * Figures read from a speech (a roll-over's carried figures) under the labels the library keeps
 * them by: a figure in a unit that does not convert to its label's metric's, or, for a label the
 * library does not know, to its first figure's here (乡镇卫生院 412人, then 15所), goes under the
 * label with its unit (keptLabel).
 */
export function keptRows<T extends { label: string; unit: string }>(index: FigureIndex, rows: readonly T[]): T[] {
  const first = new Map<string, string>()
  return rows.map((r) => {
    const key = normalizeLabel(r.label)
    const unit = index.metricFor(r.label)?.unit || first.get(key)
    if (unit === undefined) first.set(key, r.unit)
    return { ...r, label: keptLabel(r.label, r.unit, unit) }
  })
}

/** A CSV row that would replace a value already in the store. */
export interface StoredChange {
  line: number
  label: string
  year: number
  kind: FigureKind
  span: string
  /** The stored value and the CSV's, each with its unit. */
  from: string
  to: string
}

/** What importing CSV rows into the store would do: the values to write, and what they replace or cannot be. */
export interface RowsPlan {
  /** New metrics to write. */
  metrics: Metric[]
  /** The values to write. */
  values: FigureValue[]
  /** The store and the CSV together, as a fill would read them. */
  index: FigureIndex
  /** Stored values the CSV gives another number for. */
  changes: StoredChange[]
  /** Rows whose unit does not convert to their metric's: not imported. */
  refused: RowError[]
}

/**
 * A CSV row refused for a minus sign its name contradicts: 近视率下降 -1.2 would print 下降-1.2. A
 * rise (增长 -3.2) is how statistical bulletins write a fall, and is taken.
 */
function signedRow(label: string, value: string, verb: string): string {
  const size = value.replace(/^\s*[-－−]\s*/, '')
  return `“${label}”的数值是 ${value}，名称里的“${verb}”已说了方向，数值不带负号，没有导入：确实${verb}了，就把数值写成 ${size}；方向相反，这一行说的就不是“${label}”，请另起指标名称。`
}

/**
 * A CSV row refused for its unit, with what to write instead. Units only convert when one is the
 * other by definition (名 and 人, 万元 and 亿元: lang/units.ts SYNONYMS); 次 is no 场次, as
 * 次 counts occasions of whatever a table means (a drill in 场次, a visitor in 人次, a sample in
 * 批次), so whether a row's 25次 is the 场次 of the library only the user can say: the message
 * tells her how to say it either way.
 */
function rowUnitClash(label: string, value: string, unit: string, metricUnit: string): string {
  return `${unitClash(label, value, unit, metricUnit)}如果这一行说的就是数字库里的这个数，请把单位改成“${metricUnit}”（数值按${metricUnit}写）后再导入；如果是另一个数，请给它另起一个指标名称，如“${label}（${unit}）”。`
}

/**
 * CSV rows into the store's index: a label the store knows (under any of its names) is that
 * metric; other labels become new metrics in their first row's unit. A row whose unit cannot be
 * converted to its metric's is refused with the reason; a row that gives a stored value another
 * number is listed, for the user to see before anything is written.
 */
export function planRows(
  index: FigureIndex,
  rows: (Omit<FigureRow, 'line'> & { line?: number })[],
  now = Date.now(),
): RowsPlan {
  const fresh = new Map<string, Metric>()
  const values = new Map<string, FigureValue>()
  const changes: StoredChange[] = []
  const refused: RowError[] = []
  for (const r of rows) {
    const key = normalizeLabel(r.label)
    const metric = index.metricFor(r.label) ?? fresh.get(key) ?? { key, label: r.label, unit: r.unit, aliases: [] }
    const unit = r.unit || metric.unit
    if (metric.unit && unit && convert(r.value, unit, metric.unit) === null) {
      refused.push({ line: r.line ?? 0, message: rowUnitClash(r.label, r.value, unit, metric.unit) })
      continue
    }
    const fall = NEGATIVE_NUMBER.test(r.value) ? FALL_BEFORE.exec(r.label)?.[1] : undefined
    if (fall) {
      refused.push({ line: r.line ?? 0, message: signedRow(r.label, r.value, fall) })
      continue
    }
    const negative = negativeCount(r.value, unit)
    if (negative) {
      refused.push({ line: r.line ?? 0, message: `“${r.label}”没有导入：${negative}。` })
      continue
    }
    if (!index.metricFor(r.label)) fresh.set(key, metric)
    const span = r.span ?? ''
    const value: FigureValue = {
      metric: metric.key,
      year: r.year,
      kind: r.kind,
      span,
      value: r.value,
      unit,
      ...(r.source ? { source: r.source } : {}),
      changedAt: now,
    }
    const at = valueKey(metric.key, r.year, r.kind, span)
    const stored = index.value(metric.label, r.year, r.kind, span)
    // The same number in another unit (0.33万人 for 3300人) changes nothing.
    if (stored && Number(convert(r.value, unit, stored.unit || unit) ?? Number.NaN) !== Number(stored.value))
      changes.push({
        line: r.line ?? 0,
        label: r.label,
        year: r.year,
        kind: r.kind,
        span,
        from: stored.value + stored.unit,
        to: r.value + unit,
      })
    values.set(at, value)
  }
  const merged = new Map(index.values().map((v) => [valueKey(v.metric, v.year, v.kind, v.span ?? ''), v]))
  for (const [at, v] of values) merged.set(at, v)
  return {
    metrics: [...fresh.values()],
    values: [...values.values()],
    index: new FigureIndex([...index.metrics, ...fresh.values()], [...merged.values()]),
    changes,
    refused,
  }
}
