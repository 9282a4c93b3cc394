/**
 * Filling a speech's slots from figures: every slot whose metric has a value for its year
 * and kind gets it, converted to the unit the speech writes (万元 into 亿元). A value whose
 * unit cannot be converted is refused, never put in silently.
 */
import { Fragment, type Node as PMNode } from 'prosemirror-model'
import { Transform } from 'prosemirror-transform'
import { slotAttrs, type FigureKind, type SlotAttrs } from '../schema'
import { slotsOf, type SlotEntry } from '../outline'
import { compatible, convert, inBase, negativeCount, parseUnit } from '../units'
import type { FigureIndex } from './model'
import { present } from '../guards'
import { FALL_BEFORE, NEGATIVE_NUMBER } from '../lang/changes'

export interface Refusal {
  slot: SlotEntry
  reason: string
}

export interface FillResult {
  doc: PMNode
  /** The steps that filled it, to replay in an editor transaction. */
  transform: Transform
  filled: number
  /** Metric slots still empty afterwards. */
  empty: SlotEntry[]
  refused: Refusal[]
  /**
   * Slots that share a metric, year (or span) and kind but held different values last year: one
   * number cannot be right for all of them, so none is filled. Each list is one such group.
   */
  ambiguous: SlotEntry[][]
  /** With `before`: filled slots that held the figure's old value and now hold its new one. */
  updated: SlotChange[]
  /** With `before`: filled slots whose figure changed that hold another number: left as they are. */
  kept: SlotChange[]
}

/** A filled slot and the figures' value for it (in the slot's unit), which is not the number it held. */
export interface SlotChange {
  slot: SlotEntry
  value: string
}

/** The year, span and kind a slot asks for; `reviewYear` overrides the speech's own years. */
function wanted(attrs: SlotAttrs, reviewYear: number | null): { year: number | null; kind: FigureKind; span: string } {
  const span = attrs.period ?? ''
  if (reviewYear === null || span) return { year: attrs.year, kind: attrs.kind, span }
  return { year: attrs.kind === 'target' ? reviewYear + 1 : reviewYear, kind: attrs.kind, span }
}

/**
 * What makes two slots the same figure: metric, year (or span) and kind, in units that convert
 * (85人次 and 120万元 under one name are two figures, never one).
 */
export function figureKey(attrs: SlotAttrs, index: FigureIndex): string {
  return `${index.metricKey(attrs.label)}|${parseUnit(attrs.unit).base}|${attrs.year}|${attrs.kind}|${attrs.period ?? ''}`
}

/** How many different numbers (compared in base units, 万 = 10000) the slots hold, empty ones aside. */
function distinct(slots: readonly { attrs: SlotAttrs }[], pick: (a: SlotAttrs) => string | null): number {
  return new Set(
    slots.flatMap((s) => {
      const v = pick(s.attrs)
      return v === null ? [] : [inBase(v, s.attrs.unit)]
    }),
  ).size
}

/**
 * Slots of one figure key that are two figures wearing one label: they hold different numbers now
 * (46280元 and 23950元 read under one name from a 分别 list), or held different ones last year
 * (their `prev`). One number written into all of them would silently destroy the other.
 */
export function twoFigures(slots: readonly { attrs: SlotAttrs }[]): boolean {
  return distinct(slots, (a) => a.prev) > 1 || distinct(slots, (a) => a.value) > 1
}

/**
 * Whether writing a number typed into the slot at `typedAt` into the other slots of its figure
 * would destroy one: they are two figures (`twoFigures`), or another slot holds a number the typed
 * slot did not (it was empty, or held another): “力争到2028年达到95%” when 94 is typed into the
 * plan year's empty slot of the same target. Slots that held what the typed slot held follow it.
 */
export function typedOverOther(slots: readonly { pos: number; attrs: SlotAttrs }[], typedAt: number): boolean {
  if (twoFigures(slots)) return true
  const typed = slots.find((s) => s.pos === typedAt)
  if (!typed) return false
  const held = typed.attrs.value === null ? null : inBase(typed.attrs.value, typed.attrs.unit)
  return slots.some((s) => s.pos !== typedAt && s.attrs.value !== null && inBase(s.attrs.value, s.attrs.unit) !== held)
}

/** Groups of slots that are one figure by their key but are two figures (`twoFigures`). */
export function ambiguousGroups(slots: SlotEntry[], index: FigureIndex): SlotEntry[][] {
  const groups = new Map<string, SlotEntry[]>()
  for (const s of slots) {
    if (s.attrs.role !== 'metric') continue
    const key = figureKey(s.attrs, index)
    const group = groups.get(key)
    if (group) group.push(s)
    else groups.set(key, [s])
  }
  return [...groups.values()].filter((group) => twoFigures(group))
}

/** The value for a slot written in its unit, or why not. */
export function valueForSlot(
  index: FigureIndex,
  attrs: SlotAttrs,
  reviewYear: number | null = null,
): { value: string } | { reason: string } | null {
  const { year, kind, span } = wanted(attrs, reviewYear)
  // A figure in a unit its label's metric does not convert to is another metric's (model.ts
  // keptLabel); with none there, the label's own in another unit is refused below, with the reason.
  const v = index.value(attrs.label, year, kind, span, attrs.unit) ?? index.value(attrs.label, year, kind, span)
  if (!v) return null
  const value = convert(v.value, v.unit || attrs.unit, attrs.unit || v.unit)
  if (value === null) {
    return {
      reason: `“${attrs.label}”的数字是 ${v.value}${v.unit}，讲稿里的单位是“${attrs.unit}”，两者不能换算，没有填入。`,
    }
  }
  return { value }
}

/** Whether two stored values are one number (in base units: 5.6亿元 is 56000万元); absent ones alike. */
function sameStored(a: { value: string; unit: string } | undefined, b: { value: string; unit: string } | undefined) {
  if (!a || !b) return a === b
  return compatible(a.unit, b.unit) && inBase(a.value, a.unit) === inBase(b.value, b.unit)
}

/**
 * Fill a document; pass an editor's transaction as `into` to add the steps to it directly.
 *
 * `before` is the figures as they were before a change (a CSV import): a filled slot of a figure
 * the change gave another number follows it when it held the old number (it was the library's);
 * one that holds any other number was written by hand, is left as it is and listed in `kept`.
 * Without it, filled slots are left alone (or all rewritten with `overwrite`).
 */
export function fillSlots(
  doc: PMNode,
  index: FigureIndex,
  {
    reviewYear = null,
    overwrite = false,
    into = null,
    before = null,
  }: { reviewYear?: number | null; overwrite?: boolean; into?: Transform | null; before?: FigureIndex | null } = {},
): FillResult {
  const tr = into ?? new Transform(doc)
  const refused: Refusal[] = []
  const values = new Map<number, string>()
  const updated: SlotChange[] = []
  const kept: SlotChange[] = []
  const slots = slotsOf(doc)
  const ambiguous = ambiguousGroups(slots, index).filter((g) => g.some((s) => valueForSlot(index, s.attrs, reviewYear)))
  const unsure = new Set(ambiguous.flat().map((s) => s.pos))
  for (const slot of slots) {
    const a = slot.attrs
    if (a.role !== 'metric' || unsure.has(slot.pos)) continue
    const follows = a.value !== null && !overwrite
    if (follows && (!before || !changedFor(before, index, a, reviewYear))) continue
    const found = valueForSlot(index, a, reviewYear)
    if (!found) continue
    if ('reason' in found) {
      refused.push({ slot, reason: found.reason })
      continue
    }
    if (found.value === a.value) continue
    const against = againstItsVerb(doc, slot, found.value)
    if (against) {
      refused.push({ slot, reason: against })
      continue
    }
    // A count cannot fall below zero: a library value -5 for 新增限上商贸企业 would print 新增限上商贸企业-5家.
    const negative = negativeCount(found.value, a.unit)
    if (negative) {
      refused.push({ slot, reason: `“${a.label}”在数字库里是 ${found.value}，没有填入：${negative}。` })
      continue
    }
    if (!follows || !before) {
      values.set(slot.pos, found.value)
      continue
    }
    if (Number(found.value) === Number(a.value)) continue
    const old = valueForSlot(before, a, reviewYear)
    if (old && 'value' in old && Number(old.value) === Number(a.value)) {
      updated.push({ slot, value: found.value })
      values.set(slot.pos, found.value)
    } else kept.push({ slot, value: found.value })
  }
  if (values.size) writeValues(tr, doc, values)
  const empty = emptyFigureSlots(tr.doc)
  return { doc: tr.doc, transform: tr, filled: values.size - updated.length, empty, refused, ambiguous, updated, kept }
}

/** The figure slots of `doc` still without a number: what a fill leaves for the user to type. */
export function emptyFigureSlots(doc: PMNode): SlotEntry[] {
  return slotsOf(doc).filter((s) => s.attrs.role === 'metric' && s.attrs.value === null)
}

/**
 * Why a number with a minus sign is not written after a verb of a fall (近视率下降 with -1.2 in
 * the library would print 下降-1.2, a rise): the library or the words are wrong, and only the
 * user knows which. Null where it may go in.
 */
function againstItsVerb(doc: PMNode, slot: SlotEntry, value: string): string | null {
  if (!NEGATIVE_NUMBER.test(value)) return null
  const $pos = doc.resolve(slot.pos)
  const before = $pos.parent.textBetween(Math.max(0, $pos.parentOffset - 12), $pos.parentOffset, undefined, '\uFFFC')
  const verb = FALL_BEFORE.exec(before)?.[1]
  if (!verb) return null
  const size = value.replace(/^\s*[-－−]\s*/, '')
  return `“${slot.attrs.label}”在数字库里是 ${value}，讲稿里前面写的是“${verb}”，填进去会成为“${verb}${value}”，读起来方向是反的，没有填入：确实${verb}了，就把数字库里的数改成 ${size}；方向相反，就先改讲稿里的“${verb}”，再填写。`
}

/** Whether the figure a slot asks for has another stored number in `after` than in `before`. */
function changedFor(before: FigureIndex, after: FigureIndex, attrs: SlotAttrs, reviewYear: number | null): boolean {
  const { year, kind, span } = wanted(attrs, reviewYear)
  return !sameStored(before.value(attrs.label, year, kind, span), after.value(attrs.label, year, kind, span))
}

/** Why a group of slots was left alone, in the user's words. */
export function ambiguousMessage(group: SlotEntry[]): string {
  const a = group[0].attrs
  const list = (pick: (x: SlotAttrs) => string | null) =>
    group.map((s) => `${pick(s.attrs) ?? '（空）'}${s.attrs.unit}`).join('、')
  if (distinct(group, (x) => x.value) > 1)
    return `“${a.label}”在讲稿里有 ${group.length} 处，现在分别是 ${list((x) => x.value)}，是同名的不同数字，数字库只有一个数，都没有改动，请在正文里逐个核对。`
  return `“${a.label}”在讲稿里有 ${group.length} 处，去年分别是 ${list((x) => x.prev)}，数字库只有一个数，不能确定该填哪一处，都没有填入，请逐个核对填写。`
}

/** Above this many changed slots in one block, the block's changed stretch is replaced in one step. */
const STEPS_PER_BLOCK = 32

/**
 * Write new slot values (by position in `doc`, which `tr` starts from). A step per slot keeps
 * every position exact but walks the slot's block each time, which grows with the square of a
 * block's slots (8,000 in one paragraph: 14 s); a block with many gets one step over the
 * stretch from its first changed slot to its last instead. Values change no sizes, so
 * positions stay valid throughout.
 */
function writeValues(tr: Transform, doc: PMNode, values: Map<number, string>) {
  doc.descendants((block, pos) => {
    if (!block.isTextblock) return true
    const changed: { index: number; at: number }[] = []
    block.forEach((_child, offset, index) => {
      if (values.has(pos + 1 + offset)) changed.push({ index, at: pos + 1 + offset })
    })
    if (changed.length <= STEPS_PER_BLOCK) {
      for (const { at } of changed)
        tr.setNodeAttribute(at, 'value', present(values.get(at), 'the value for a changed slot'))
      return false
    }
    const start = changed[0].at
    const children: PMNode[] = []
    let at = start
    for (let i = changed[0].index; i <= changed[changed.length - 1].index; i++) {
      const child = block.child(i)
      const value = values.get(at)
      children.push(value === undefined ? child : child.type.create({ ...child.attrs, value }, null, child.marks))
      at += child.nodeSize
    }
    tr.replaceWith(start, at, Fragment.fromArray(children))
    return false
  })
}

export interface FigureEdit {
  label: string
  year: number | null
  kind: FigureKind
  value: string | null
  unit: string
  /** The span of a total over several years, or null. */
  period?: string | null
}

/**
 * The slots of one figure in `doc`: its metric (by `matches`), year (or span) and kind, in units
 * that convert to the edit's; `clashes` counts those of the label in a unit that does not (万元
 * beside 人次: another figure of the same name).
 */
export function figureSlots(
  doc: PMNode,
  edit: FigureEdit,
  matches: (label: string) => boolean,
): { slots: { pos: number; attrs: SlotAttrs }[]; clashes: number } {
  const same: { pos: number; attrs: SlotAttrs }[] = []
  doc.descendants((node, pos) => {
    if (node.type.name !== 'slot') return node.isTextblock ? undefined : true
    const a = slotAttrs(node)
    if (
      a.role === 'metric' &&
      a.kind === edit.kind &&
      a.year === edit.year &&
      (a.period ?? null) === (edit.period ?? null) &&
      matches(a.label)
    )
      same.push({ pos, attrs: a })
    return false
  })
  const slots = same.filter((s) => compatible(edit.unit || s.attrs.unit, s.attrs.unit || edit.unit))
  return { slots, clashes: same.length - slots.length }
}

/**
 * Write one figure into every slot of its metric, year (or span) and kind (converted to each
 * slot's unit), except the slot at `skip` (already set by the edit). Slots whose unit cannot hold
 * it are another figure of the same name: left alone and counted. When the slots were two figures
 * in `before` (the document before the edit: `twoFigures`, different numbers then or last year),
 * or another held a number the typed slot did not (`typedOverOther`), nothing is written and
 * `split` lists them.
 */
export function setFigure(
  tr: Transform,
  edit: FigureEdit,
  matches: (label: string) => boolean,
  skip = -1,
  before: PMNode = tr.doc,
): { changed: number; clashes: number; split: { pos: number; attrs: SlotAttrs }[] | null } {
  let changed = 0
  const { slots, clashes: unitClashes } = figureSlots(tr.doc, edit, matches)
  let clashes = unitClashes
  const was = before === tr.doc ? slots : figureSlots(before, edit, matches).slots
  if (typedOverOther(was, skip)) return { changed, clashes, split: was }
  for (const { pos, attrs: a } of slots) {
    if (pos === skip) continue
    const value = edit.value === null ? null : convert(edit.value, edit.unit || a.unit, a.unit || edit.unit)
    if (edit.value !== null && value === null) {
      clashes++
      continue
    }
    if (value !== a.value) {
      tr.setNodeAttribute(pos, 'value', value)
      changed++
    }
  }
  return { changed, clashes, split: null }
}

/**
 * Where a slot stands, for a message that sends the user to it: the words before it in its
 * paragraph (other slots read as their numbers) and the number it holds, as “…分别达到46280元”.
 */
export function slotPlace(doc: PMNode, pos: number, chars = 12): string {
  const $pos = doc.resolve(pos)
  const before = $pos.parent.textBetween(0, $pos.parentOffset, '', (leaf) =>
    leaf.type.name === 'slot' ? `${slotAttrs(leaf).value ?? ''}${slotAttrs(leaf).unit}` : '',
  )
  const a = slotAttrs(present(doc.nodeAt(pos), 'the slot at a place'))
  return `${before.length > chars ? '…' : ''}${before.slice(-chars)}${a.value ?? '（空）'}${a.unit}`
}

/**
 * How many of `rows` (a CSV's) name a metric one of `doc`'s figure slots uses, under any of its
 * names in `index`: of 20,000 rows, the few this speech reads (tryout 12, C4).
 */
export function rowsForSlots(
  doc: PMNode,
  index: FigureIndex,
  rows: readonly { label: string; unit: string }[],
): number {
  const used = new Set(
    slotsOf(doc)
      .filter((s) => s.attrs.role === 'metric')
      .map((s) => index.metricKey(index.labelFor(s.attrs.label, s.attrs.unit))),
  )
  return rows.filter((r) => used.has(index.metricKey(index.labelFor(r.label, r.unit)))).length
}
