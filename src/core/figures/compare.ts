/**
 * A figure read against others, the way a secretary does the arithmetic: last year's actual
 * beside this year's, the target beside the actual, and the change between two rates in 个百分点
 * (3.0% against 2.4% is +0.6个百分点, never +25%). One definition for the figures panel and
 * the slot hint.
 */
import type { FigureKind, SlotAttrs } from '../schema'
import { convert, formatNumber, parseUnit } from '../units'
import type { FigureIndex } from './model'
import { POINTS_OF } from '../lang/units'

export interface Change {
  /** The difference, written as a speech writes it, signed ("+0.6", "-120"). */
  diff: string
  /** The unit of the difference: the figure's own, or 个百分点 between two rates. */
  unit: string
  /** The relative change in percent, for amounts only; null for rates and when last year was 0. */
  rate: string | null
}

/** The change from `previous` to `current`, both written in `unit`. */
export function changeBetween(current: string, previous: string, unit: string): Change {
  const a = Number(current)
  const b = Number(previous)
  const decimals = Math.max(decimalsOf(current), decimalsOf(previous))
  const d = a - b
  const diff = `${d >= 0 ? '+' : '-'}${formatNumber(Math.abs(d), decimals)}`
  const points = POINTS_OF[parseUnit(unit).base]
  if (points) return { diff, unit: points, rate: null }
  const rate = b === 0 ? null : `${d >= 0 ? '+' : '-'}${formatNumber((Math.abs(d) / Math.abs(b)) * 100, 1)}`
  return { diff, unit, rate }
}

const decimalsOf = (v: string) => v.split('.')[1]?.length ?? 0

export interface Comparison {
  /** Last year's actual, in the slot's unit. */
  previous: string | null
  /** For a target: the target set for last year. */
  previousTarget: string | null
  /** For an actual: the target that was set for its year. */
  target: string | null
}

/**
 * What a slot is measured against. Values come from the figures store (converted to the slot's
 * unit); a slot's own `prev` (its value before the roll forward) fills in for the same kind:
 * an actual's prev is last year's actual, a target's prev is last year's target.
 *
 * A total over years (`period`, 2021—2025年累计) is measured only against a total over as many
 * years (spanBefore), never against one year's value or target (tryout 13: 6222.8 against 2024's
 * 1286.4 gave 完成457.6%); its target is a target set for the same span. Its `prev` is left out:
 * a roll forward may have changed its length (2021—2024 → 2021—2025).
 */
export function compareSlot(index: FigureIndex, a: SlotAttrs): Comparison {
  const year = a.year
  const inUnit = (v: { value: string; unit: string } | undefined) =>
    v ? convert(v.value, v.unit || a.unit, a.unit || v.unit) : null
  if (year === null) return { previous: null, previousTarget: null, target: null }
  if (a.period !== null) {
    const before = (kind: FigureKind) =>
      spanBefore(a.period ?? '')
        .map((s) => inUnit(index.value(a.label, s.year, kind, s.span, a.unit)))
        .find((v) => v !== null) ?? null
    return {
      previous: before('actual'),
      previousTarget: a.kind === 'target' ? before('target') : null,
      target: a.kind === 'target' ? null : inUnit(index.value(a.label, year, 'target', a.period, a.unit)),
    }
  }
  const previousActual = inUnit(index.value(a.label, year - 1, 'actual', '', a.unit))
  if (a.kind === 'target') {
    return {
      previous: previousActual,
      previousTarget: inUnit(index.value(a.label, year - 1, 'target', '', a.unit)) ?? a.prev,
      target: null,
    }
  }
  return {
    previous: previousActual ?? a.prev,
    previousTarget: null,
    target: inUnit(index.value(a.label, year, 'target', '', a.unit)),
  }
}

/**
 * The spans of as many years that come before a span ("2021-2025"), nearest first: the span one
 * year earlier (2020-2024), then the span just before it (2016-2020, the plan period before).
 * Empty for a span that is not "from-to".
 */
export function spanBefore(span: string): { span: string; year: number }[] {
  const m = /^(\d{4})-(\d{4})$/.exec(span)
  if (!m) return []
  const from = Number(m[1])
  const to = Number(m[2])
  const length = to - from + 1
  if (length < 2) return []
  return [1, length].map((back) => ({ span: `${from - back}-${to - back}`, year: to - back }))
}
