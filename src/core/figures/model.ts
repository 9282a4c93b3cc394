/**
 * Figures by year: a metric (what is counted, in which unit, under which other names) and
 * its values per year and kind (actual or target). Plain data; storage is the app's.
 */
import type { FigureKind } from '../schema'
import { present } from '../guards'
import { compatible, inBase } from '../units'

export interface Metric {
  /** Identity: the normalised label. */
  key: string
  label: string
  unit: string
  /** Other labels speeches use for the same thing ("新增城镇就业" for "城镇新增就业"). */
  aliases: string[]
}

export interface FigureValue {
  metric: string
  /** The year, or the last year of the span. */
  year: number
  kind: FigureKind
  /**
   * The span of a total over several years ("2021-2025", its `year` the span's last year);
   * '' (or missing, in stores and backups written before spans) for one year.
   */
  span?: string
  /** As written: "3250", "1.2". */
  value: string
  unit: string
  source?: string
  changedAt: number
}

/** Labels are the same metric when they differ only in spaces or full/half width. */
export function normalizeLabel(label: string): string {
  return label
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u3000]+/g, '')
    .replace(/[“”"'‘’]/g, '')
    .toLowerCase()
}

/** An index over metrics and values for lookups by any label. */
export class FigureIndex {
  private byLabel = new Map<string, Metric>()
  private byKey = new Map<string, FigureValue>()

  constructor(
    readonly metrics: Metric[],
    values: FigureValue[],
  ) {
    for (const m of metrics) {
      this.byLabel.set(m.key, m)
      for (const a of m.aliases) this.byLabel.set(normalizeLabel(a), m)
    }
    for (const v of values) this.byKey.set(valueKey(v.metric, v.year, v.kind, v.span ?? ''), v)
  }

  /** Every value in the index. */
  values(): FigureValue[] {
    return [...this.byKey.values()]
  }

  /** The values by metric key, made when first asked for (the index never changes). */
  private byMetric: Map<string, FigureValue[]> | null = null

  /** Every value of the metric of key `metric` (Metric.key), of any year, kind and span. */
  valuesOf(metric: string): readonly FigureValue[] {
    if (!this.byMetric) {
      this.byMetric = new Map()
      for (const v of this.byKey.values()) {
        const list = this.byMetric.get(v.metric)
        if (list) list.push(v)
        else this.byMetric.set(v.metric, [v])
      }
    }
    return this.byMetric.get(metric) ?? []
  }

  /** The metrics holding a value of one year (not a span) by year and kind, made when first asked for. */
  private holding: Map<string, Metric[]> | null = null

  /** The metrics that hold a value of `year` (not a span) and `kind`. */
  metricsHolding(year: number, kind: FigureKind): readonly Metric[] {
    if (!this.holding) {
      const holding = new Map<string, Metric[]>()
      const byKey = new Map(this.metrics.map((m) => [m.key, m]))
      for (const v of this.byKey.values()) {
        const m = byKey.get(v.metric)
        if (!m || v.span) continue
        const list = holding.get(`${v.year}|${v.kind}`)
        if (list) list.push(m)
        else holding.set(`${v.year}|${v.kind}`, [m])
      }
      this.holding = holding
    }
    return this.holding.get(`${year}|${kind}`) ?? []
  }

  /** The value of the metric of key `metric` (Metric.key) for a year (or a span) and kind: no label to read. */
  valueByKey(metric: string, year: number, kind: FigureKind, span = ''): FigureValue | undefined {
    return this.byKey.get(valueKey(metric, year, kind, span))
  }

  /**
   * Which metric a label names: the one the index knows it by (under any of its names), else the
   * label itself, normalised. The one definition of "the same metric" for the panel, fill and typing.
   */
  metricKey(label: string): string {
    return this.metricFor(label)?.key ?? normalizeLabel(label)
  }

  metricFor(label: string): Metric | undefined {
    return this.byLabel.get(normalizeLabel(label))
  }

  /**
   * The label a figure of `label` in `unit` is kept under (keptLabel): the label, unless the
   * metric it names counts in a unit `unit` does not convert to.
   */
  labelFor(label: string, unit: string): string {
    return keptLabel(label, unit, this.metricFor(label)?.unit)
  }

  /**
   * The value of a metric for a year (or, given a span, for that span) and kind; given the unit
   * the figure is written in, of the metric that unit's figures are kept under (labelFor).
   */
  value(label: string, year: number | null, kind: FigureKind, span = '', unit?: string): FigureValue | undefined {
    const m = this.metricFor(unit === undefined ? label : this.labelFor(label, unit))
    return m && year !== null ? this.byKey.get(valueKey(m.key, year, kind, span)) : undefined
  }
}

/** A figure's number as written and its unit: what "the library holds that figure" compares. */
export type FigureNumber = Pick<FigureValue, 'value' | 'unit'>

/**
 * The same figure: the same number as written in the same unit, or both none (null). As written,
 * not as converted: the library keeps what was typed or imported, and 0.33万人 stored where 3300人
 * was typed is another write. The one definition for "the library still holds this figure".
 */
export function sameFigure(a: FigureNumber | null, b: FigureNumber | null): boolean {
  return a === null || b === null ? a === b : a.value === b.value && a.unit === b.unit
}

/** One write of a figure to the library: its number, unit and change time. */
export type FigureWrite = FigureNumber & Pick<FigureValue, 'changedAt'>

/**
 * The same write: the same figure with the same change time. A figure written again, even with
 * the same number (a CSV imported again), is another write, and a newer one.
 */
export function sameWrite(a: FigureWrite | null, b: FigureWrite | null): boolean {
  return a === null || b === null ? a === b : sameFigure(a, b) && a.changedAt === b.changedAt
}

/**
 * The label a figure is kept under in the library: its own, or, where a metric of that label
 * counts in a unit the figure's does not convert to (乡镇卫生院: 412人 and 15所, tryout 11 A5),
 * the label with the unit, 乡镇卫生院（所）: two figures under one name are two metrics, never one
 * left out. The same name the CSV import asks for such a row (incoming.ts rowUnitClash).
 */
export function keptLabel(label: string, unit: string, metricUnit: string | undefined): string {
  return unit && metricUnit && !compatible(unit, metricUnit) ? `${label}（${unit}）` : label
}

export function valueKey(metric: string, year: number, kind: FigureKind, span = ''): string {
  return `${metric}|${year}|${kind}|${span}`
}

/** Metrics and values from rows (a CSV's): a metric per distinct label, its unit from its first row. */
export function figuresFromRows(
  rows: {
    label: string
    year: number
    span?: string
    value: string
    unit: string
    kind: FigureKind
    source?: string
  }[],
  now = Date.now(),
): { metrics: Metric[]; values: FigureValue[] } {
  const metrics = new Map<string, Metric>()
  const values: FigureValue[] = []
  for (const r of rows) {
    const key = normalizeLabel(r.label)
    if (!metrics.has(key)) metrics.set(key, { key, label: r.label, unit: r.unit, aliases: [] })
    values.push({
      metric: key,
      year: r.year,
      kind: r.kind,
      span: r.span ?? '',
      value: r.value,
      unit: r.unit || present(metrics.get(key), 'the metric of a row').unit,
      ...(r.source ? { source: r.source } : {}),
      changedAt: now,
    })
  }
  return { metrics: [...metrics.values()], values }
}

/**
 * One figure per key: two of one key with different numbers (a 分别 list under one name, two
 * names the library knows as one metric) are two figures wearing one name, and neither is kept,
 * since storing one would give the other's number to whatever reads the key.
 */
export function oneEach<T extends { value: string; unit: string }>(figures: readonly T[], key: (f: T) => string): T[] {
  const byKey = new Map<string, T[]>()
  for (const f of figures) {
    const same = byKey.get(key(f))
    if (same) same.push(f)
    else byKey.set(key(f), [f])
  }
  return [...byKey.values()].flatMap((same) =>
    new Set(same.map((f) => inBase(f.value, f.unit))).size === 1 ? [same[0]] : [],
  )
}
