/**
 * Merging two figure libraries (this browser's and a backup's) without losing a value: a value
 * only one side has is kept; of two values for one metric, year and kind the later changed one
 * wins, and on a tie the one here. A metric the other side knows under a name that is an alias
 * here is that same metric.
 */
import { normalizeLabel, sameFigure, valueKey, type FigureValue, type Metric } from './model'
import { present } from '../guards'

export interface FiguresMerge {
  /** Metrics to write: new ones, and ones here that gained names. */
  metrics: Metric[]
  /** Values to write: new ones, and newer ones replacing those here. */
  values: FigureValue[]
  added: number
  replaced: number
}

export function mergeFigures(
  here: { metrics: Metric[]; values: FigureValue[] },
  incoming: { metrics: Metric[]; values: FigureValue[] },
): FiguresMerge {
  const metrics = new Map(here.metrics.map((m) => [m.key, { ...m, aliases: [...m.aliases] }]))
  const owner = new Map<string, string>()
  for (const m of here.metrics) for (const a of m.aliases) owner.set(normalizeLabel(a), m.key)
  const changedMetrics = new Set<string>()
  /** Incoming metric key → the key it has here. */
  const keyHere = new Map<string, string>()
  for (const m of incoming.metrics) {
    const target = metrics.has(m.key) ? m.key : owner.get(m.key)
    if (target === undefined) {
      // New here; names that already belong to a metric here stay that metric's.
      const aliases = m.aliases.filter((a) => !metrics.has(normalizeLabel(a)) && !owner.has(normalizeLabel(a)))
      metrics.set(m.key, { ...m, aliases })
      for (const a of aliases) owner.set(normalizeLabel(a), m.key)
      changedMetrics.add(m.key)
      keyHere.set(m.key, m.key)
      continue
    }
    keyHere.set(m.key, target)
    const kept = present(metrics.get(target), 'the metric a key maps to')
    for (const name of [m.label, ...m.aliases]) {
      const norm = normalizeLabel(name)
      if (norm === target || kept.aliases.some((a) => normalizeLabel(a) === norm)) continue
      if (metrics.has(norm) || owner.has(norm)) continue
      kept.aliases.push(name)
      owner.set(norm, target)
      changedMetrics.add(target)
    }
  }
  const values = new Map(here.values.map((v) => [valueKey(v.metric, v.year, v.kind, v.span ?? ''), v]))
  const written = new Map<string, FigureValue>()
  let added = 0
  let replaced = 0
  for (const v of incoming.values) {
    const value = { ...v, metric: keyHere.get(v.metric) ?? v.metric }
    const key = valueKey(value.metric, value.year, value.kind, value.span ?? '')
    const current = values.get(key)
    if (current && current.changedAt >= value.changedAt) continue
    if (current && sameFigure(current, value)) continue
    if (current && !written.has(key)) replaced++
    else if (!current) added++
    values.set(key, value)
    written.set(key, value)
  }
  return {
    metrics: [...changedMetrics].map((k) => present(metrics.get(k), 'a changed metric')),
    values: [...written.values()],
    added,
    replaced,
  }
}
