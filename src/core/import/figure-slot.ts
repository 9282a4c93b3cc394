import type { Node as PMNode } from 'prosemirror-model'
import { type FigureKind, schema } from '../schema'
import { splitWrittenUnit } from '../units'
import type { FoundFigure } from './figures'

/**
 * The slot the importer makes of a figure it found in a paragraph read under `ctx` (what a
 * figure there is, and of which year). The checks read a figure typed as plain text as this
 * slot too (checks/typed-figures.ts), so a typed sentence is checked as an imported one is.
 */
export function figureSlot(f: FoundFigure, ctx: { kind: FigureKind; year: number | null }): PMNode {
  if (f.role === 'person')
    return schema.nodes.slot.create({ role: 'person', label: f.label, value: f.value, kind: ctx.kind })
  return schema.nodes.slot.create({
    role: 'metric',
    label: f.label,
    ...splitWrittenUnit(f.unit),
    value: f.value,
    period: f.period,
    kind: ctx.kind,
    year: ctx.year,
    // A total over several years is dated by its last year; a figure of an earlier year
    // (the first end of 由上年的A增加到B) is that year's actual, and so is what stands now restated
    // as a base (在目前A的基础上), even in a plan of the year it stands in.
    ...(f.period ? { year: Number(f.period.slice(5)) } : {}),
    ...(f.year !== undefined
      ? {
          year: f.year,
          kind: f.target ? 'target' : f.standing || f.year < (ctx.year ?? f.year + 1) ? 'actual' : ctx.kind,
        }
      : {}),
  })
}
