/**
 * The counters Word keeps while it numbers a document's paragraphs in order. One set of
 * counters per list (w:abstractNum): list instances (w:num) of one list count on from each
 * other, and an instance that overrides a level's start restarts that level where it is first
 * used. A level restarts when a level above it is used (or, with w:lvlRestart, only a level
 * above the one it names). %1 … %9 in a level's text are the current values of levels 1 … 9,
 * each written in its own level's format (all in decimals under w:isLgl).
 */
import { listOf, type ListDefinitions, type ListLevel } from './docx-list-definitions'
import { BULLET, NUMBER_FORMATS } from './docx-number-formats'

export type ListLabel =
  | { kind: 'number'; label: string; suffix: string }
  | { kind: 'bullet' }
  /** Word shows a number the importer cannot write; `format` says which, `value` which value. */
  | { kind: 'unwritable'; format: string; value: number }

const LEVELS = 9

export class ListCounters {
  private readonly values = new Map<string, (number | undefined)[]>()
  private readonly used = new Set<string>()

  constructor(private readonly defs: ListDefinitions) {}

  /**
   * Count the next paragraph of list instance `numId` at level `ilvl`; its label, or null
   * when Word shows it without a number (an instance or level the file does not define).
   */
  next(numId: string, ilvl: number): ListLabel | null {
    const num = this.defs.nums.get(numId)
    const abstractId = num ? listOf(this.defs, num.abstractId) : null
    const abstract = abstractId === null ? undefined : this.defs.abstracts.get(abstractId)
    if (!num || abstractId === null || !abstract) return null
    const level = (l: number): ListLevel | null => num.overrides.get(l)?.level ?? abstract.levels.get(l) ?? null
    const startOf = (l: number) => num.overrides.get(l)?.start ?? level(l)?.start ?? 0
    const def = level(ilvl)
    if (!def) return null

    let values = this.values.get(abstractId)
    if (!values) this.values.set(abstractId, (values = []))
    if (!this.used.has(numId)) {
      this.used.add(numId)
      for (const [l, o] of num.overrides) if (o.start !== null) values[l] = undefined
    }
    const current = values[ilvl]
    values[ilvl] = current === undefined ? startOf(ilvl) : current + 1
    for (let m = ilvl + 1; m < LEVELS; m++) if (ilvl < (level(m)?.restart ?? m)) values[m] = undefined

    if (def.format === BULLET) return { kind: 'bullet' }
    if (def.text === null) return null
    let unwritable: ListLabel | null = null
    const label = def.text.replace(/%([1-9])/g, (_, k: string) => {
      const l = Number(k) - 1
      const format = def.legal ? 'decimal' : (level(l)?.format ?? 'decimal')
      const value = values[l] ?? startOf(l)
      const written = NUMBER_FORMATS[format]?.write(value) ?? null
      if (written === null) unwritable ??= { kind: 'unwritable', format, value }
      return written ?? ''
    })
    return unwritable ?? { kind: 'number', label, suffix: def.suffix }
  }
}
