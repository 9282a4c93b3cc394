/**
 * Figures by year: a metric (what is counted, in which unit, under which other names) and
 * its values per year and kind (actual or target). Plain data; storage is the app's.
 */
import type { FigureKind } from '../schema'

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
  year: number
  kind: FigureKind
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
  private values = new Map<string, FigureValue>()

  constructor(
    readonly metrics: Metric[],
    values: FigureValue[],
  ) {
    for (const m of metrics) {
      this.byLabel.set(m.key, m)
      for (const a of m.aliases) this.byLabel.set(normalizeLabel(a), m)
    }
    for (const v of values) this.values.set(valueKey(v.metric, v.year, v.kind), v)
  }

  metricFor(label: string): Metric | undefined {
    return this.byLabel.get(normalizeLabel(label))
  }

  value(label: string, year: number | null, kind: FigureKind): FigureValue | undefined {
    const m = this.metricFor(label)
    return m && year !== null ? this.values.get(valueKey(m.key, year, kind)) : undefined
  }
}

export function valueKey(metric: string, year: number, kind: FigureKind): string {
  return `${metric}|${year}|${kind}`
}

/** Change against last year: difference and growth rate (null when last year was 0). */
export function change(current: number, previous: number): { diff: number; rate: number | null } {
  return { diff: current - previous, rate: previous === 0 ? null : ((current - previous) / Math.abs(previous)) * 100 }
}

/** Metrics and values from rows (a CSV's): a metric per distinct label, its unit from its first row. */
export function figuresFromRows(
  rows: { label: string; year: number; value: string; unit: string; kind: FigureKind; source?: string }[],
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
      value: r.value,
      unit: r.unit || metrics.get(key)!.unit,
      ...(r.source ? { source: r.source } : {}),
      changedAt: now,
    })
  }
  return { metrics: [...metrics.values()], values }
}
