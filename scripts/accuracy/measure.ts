/**
 * Measures recognition and checks against a labelled speech (test/fixtures/corpus/README.md):
 * part kinds, years, sections; figures found and false slots, with their labels, periods, kinds
 * and years; person slots; findings on the clean text; injected slips caught.
 */
import type { Node as PMNode } from 'prosemirror-model'
import { checkDocument } from '../../src/core/checks/engine'
import { RULES } from '../../src/core/checks/rules'
import type { Finding } from '../../src/core/checks/types'
import { importText } from '../../src/core/import'
import { outlineJSON, slotsOf } from '../../src/core/outline'
import { speechToText, textOffsets } from '../../src/core/text'
import { parseUnit } from '../../src/core/units'
import { alignment, carryRange } from './align'

export interface LabelFigure {
  text: string
  value: string | null
  unit: string
  approx?: '余' | '多'
  label: string
  partKind: string
  period?: string
  /**
   * The year of a figure of another year than its part's: an actual when earlier (the first end of a
   * change, last year's base), a target when a task sets it for a later year (力争到2027年…).
   */
  year?: number
  optional?: boolean
}
export interface Labels {
  about: string
  reviewYear: number
  planYear: number
  parts: { heading: string; kind: string; sections: number }[]
  figures: LabelFigure[]
  notFigures: string[]
  persons: { text: string; label: string }[]
  /** `known`: why the checks cannot read this slip yet; a miss is counted apart from the threshold. */
  slips: { find: string; replace: string; rule: string; known?: string }[]
}

export interface FigureMiss {
  figure: LabelFigure
}
export interface FalseSlot {
  label: string
  value: string | null
  unit: string
}
export interface SlotDetail {
  figure: LabelFigure
  slot: { label: string; unit: string; period: string | null; kind: string; year: number | null; partKind: string }
  labelOk: boolean
  periodOk: boolean
  kindYearOk: boolean
  partKindOk: boolean
}
export interface SlipResult {
  slip: Labels['slips'][number]
  status: 'caught' | 'missed' | 'pending' | 'known'
  /** The findings of the slip's rule on the slipped text, for the report. */
  seen: string[]
}

export interface SpeechResult {
  name: string
  parts: { total: number; right: number; got: string[]; want: string[] }
  sections: { total: number; right: number }
  years: { right: boolean; got: [number | null, number | null] }
  figures: { total: number; found: number; missed: FigureMiss[]; falseSlots: FalseSlot[] }
  details: SlotDetail[]
  persons: { total: number; found: number; falseSlots: FalseSlot[]; missed: Labels['persons'] }
  clean: { errors: Finding[]; warnings: Finding[]; infos: Finding[] }
  slips: SlipResult[]
}

/** Rules whose findings are about the speech as a whole: caught anywhere, if new against the clean text. */
const WHOLE_SPEECH_RULES = new Set(['required-parts', 'inconsistent-figure', 'arithmetic'])

const MASKED_NAME = /^某{1,3}$/

/** The unit written as a key: synonyms and magnitudes resolved (名 = 人, 万元 = 10000×元). */
function unitKey(unit: string): string {
  const u = parseUnit(unit)
  return `${u.factor}|${u.base}`
}

/** Whether a label contains the pieces of a label core in order ("一般公共预算收入…增长"). */
export function labelMatches(label: string, core: string): boolean {
  let at = 0
  for (const piece of core.split('…').filter(Boolean)) {
    const i = label.indexOf(piece, at)
    if (i < 0) return false
    at = i + piece.length
  }
  return true
}

/**
 * The longest alignment in order of two lists under a match predicate (dynamic programming):
 * pairs of indices.
 */
export function alignLists<A, B>(a: A[], b: B[], same: (x: A, y: B) => boolean): [number, number][] {
  const n = a.length
  const m = b.length
  const t = Array.from({ length: n + 1 }, () => new Int32Array(m + 1))
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      t[i][j] = same(a[i], b[j]) ? t[i + 1][j + 1] + 1 : Math.max(t[i + 1][j], t[i][j + 1])
  const pairs: [number, number][] = []
  for (let i = 0, j = 0; i < n && j < m; ) {
    if (same(a[i], b[j]) && t[i][j] === t[i + 1][j + 1] + 1) pairs.push([i++, j++])
    else if (t[i + 1][j] >= t[i][j + 1]) i++
    else j++
  }
  return pairs
}

/** A figure of a part that says what the planned year is to do (corpus README: a frequency set as a requirement is a figure of its part, as a target is). */
// Read from the labels' own definition, not from the code under measure.
const PLANNING_KINDS = new Set(['tasks', 'requirements'])
const planning = (f: LabelFigure) => PLANNING_KINDS.has(f.partKind)

function expectedYear(f: LabelFigure, labels: Labels): number {
  if (f.year !== undefined) return f.year
  if (f.period) return Number(f.period.slice(5))
  return planning(f) ? labels.planYear : labels.reviewYear
}

export function measure(name: string, text: string, labels: Labels): SpeechResult {
  const { doc } = importText(text)
  const outline = outlineJSON(doc)
  const numbered = outline.parts.filter((p) => p.number !== null)
  const got = numbered.map((p) => p.kind)
  const want = labels.parts.map((p) => p.kind)
  const parts = {
    total: want.length,
    right: want.filter((k, i) => got.length === want.length && got[i] === k).length,
    got,
    want,
  }
  const sections = {
    total: labels.parts.length,
    right: labels.parts.filter((p, i) => numbered[i]?.sections.length === p.sections).length,
  }
  const years = {
    right: doc.attrs.reviewYear === labels.reviewYear && doc.attrs.planYear === labels.planYear,
    got: [doc.attrs.reviewYear, doc.attrs.planYear] as [number | null, number | null],
  }

  const slots = slotsOf(doc)
  const metrics = slots.filter((s) => s.attrs.role === 'metric')
  const pairs = alignLists(
    labels.figures,
    metrics,
    (f, s) =>
      f.value !== null &&
      s.attrs.value !== null &&
      Number(f.value) === Number(s.attrs.value) &&
      unitKey(f.unit) === unitKey(s.attrs.unit) &&
      (f.approx ?? '') === s.attrs.approx,
  )
  const matchedFigure = new Set(pairs.map(([i]) => i))
  const matchedSlot = new Set(pairs.map(([, j]) => j))
  const required = labels.figures.filter((f) => !f.optional)
  const details: SlotDetail[] = pairs
    .filter(([i]) => !labels.figures[i].optional)
    .map(([i, j]) => {
      const f = labels.figures[i]
      const s = metrics[j]
      // A figure of an earlier year (由2020年的A…, 在上年A的基础上) is what was, even in the tasks.
      // A task set for a later year (力争到2027年…达到92%) is a target of that year.
      const wantKind = planning(f) && (f.year === undefined || f.year > labels.planYear) ? 'target' : 'actual'
      return {
        figure: f,
        slot: {
          label: s.attrs.label,
          unit: s.attrs.unit,
          period: s.attrs.period,
          kind: s.attrs.kind,
          year: s.attrs.year,
          partKind: s.partKind,
        },
        labelOk: labelMatches(s.attrs.label, f.label),
        periodOk: (f.period ?? null) === s.attrs.period,
        kindYearOk: s.attrs.kind === wantKind && s.attrs.year === expectedYear(f, labels),
        partKindOk: s.partKind === f.partKind,
      }
    })
  const figures = {
    total: required.length,
    found: details.length,
    missed: labels.figures.filter((f, i) => !f.optional && !matchedFigure.has(i)).map((figure) => ({ figure })),
    falseSlots: metrics
      .filter((_s, j) => !matchedSlot.has(j))
      .map((s) => ({ label: s.attrs.label, value: s.attrs.value, unit: s.attrs.unit })),
  }

  const people = slots.filter((s) => s.attrs.role === 'person')
  const unspaced = (name: string | null) => name?.replace(/[\s\u3000]+/g, '') ?? null
  const personPairs = alignLists(
    labels.persons,
    people,
    (p, s) =>
      (s.attrs.label.includes(p.label) || p.label.includes(s.attrs.label)) &&
      // A name padded with a space (陈　静) is the same name however the import spaced it.
      (unspaced(s.attrs.value) === unspaced(p.text) || (s.attrs.value === null && MASKED_NAME.test(p.text))),
  )
  const persons = {
    total: labels.persons.length,
    found: personPairs.length,
    missed: labels.persons.filter((_p, i) => !personPairs.some(([a]) => a === i)),
    falseSlots: people
      .filter((_s, j) => !personPairs.some(([, b]) => b === j))
      .map((s) => ({ label: s.attrs.label, value: s.attrs.value, unit: '' })),
  }

  const findings = checkDocument(doc)
  const clean = {
    errors: findings.filter((f) => f.severity === 'error'),
    warnings: findings.filter((f) => f.severity === 'warning'),
    infos: findings.filter((f) => f.severity === 'info'),
  }
  const known = new Set(RULES.map((r) => r.id))
  const slips = labels.slips.map((slip) => measureSlip(text, slip, findings, known))
  return { name, parts, sections, years, figures, details, persons, clean, slips }
}

function measureSlip(
  text: string,
  slip: Labels['slips'][number],
  cleanFindings: Finding[],
  known: Set<string>,
): SlipResult {
  if (!known.has(slip.rule)) return { slip, status: 'pending', seen: [] }
  const at = text.indexOf(slip.find)
  const slipped = text.slice(0, at) + slip.replace + text.slice(at + slip.find.length)
  const { doc } = importText(slipped)
  const mine = checkDocument(doc).filter((f) => f.rule === slip.rule)
  const seen = mine.map((f) => `${f.severity}: ${f.message}`)
  if (WHOLE_SPEECH_RULES.has(slip.rule)) {
    const before = new Set(cleanFindings.filter((f) => f.rule === slip.rule).map((f) => f.message))
    return { slip, status: mine.some((f) => !before.has(f.message)) ? 'caught' : slip.known ? 'known' : 'missed', seen }
  }
  const [from, to] = replacedRange(doc, slipped, at, at + slip.replace.length)
  const offset = textOffsets(doc)
  const printed = speechToText(doc)
  const hit = mine.some((f) => {
    const a = withPrintedNumber(printed, offset(f.from))
    const b = Math.max(offset(f.to), a + 1)
    return a < to && from < b
  })
  return { slip, status: hit ? 'caught' : slip.known ? 'known' : 'missed', seen }
}

/** A number the program prints before a block (三、 （二） 3.): no document position maps to it. */
const PRINTED_NUMBER = /^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[.．])$/

/**
 * A finding that starts where a block's text starts covers the number printed before it, so a
 * slipped number (第三部分 → 第四部分, printed 三、) is in or around the finding on its block.
 */
function withPrintedNumber(printed: string, at: number): number {
  const line = printed.lastIndexOf('\n', at - 1) + 1
  return PRINTED_NUMBER.test(printed.slice(line, at)) ? line : at
}

/** Where the replaced words of the source text are in the program's text of the document. */
function replacedRange(doc: PMNode, source: string, from: number, to: number): [number, number] {
  const printed = speechToText(doc)
  return carryRange(alignment(source, printed), from, to, printed.length)
}
