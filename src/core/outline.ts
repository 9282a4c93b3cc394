/**
 * The outline of a speech, derived from the document: parts and sections with their
 * generated numbers, and every slot with the part it sits in. Used by the sidebar, the
 * CLI (`jianggao outline`) and the checks.
 */
import type { Node as PMNode } from 'prosemirror-model'
import { enumerations, levelLabel } from './lang/numbering'
import { inlineText } from './text'
import { yearsIn } from './lang/years'
import { partKindOf, slotAttrs, type FigureKind, type PartKind, type SlotAttrs, type SlotRole, firstOf } from './schema'

export type OutlineKind = PartKind | 'opening' | 'closing'

export interface SectionEntry {
  number: string
  heading: string
  pos: number
}
/** An enumeration inside a part's own paragraphs: 一要…, 二是…, 第三，… with the sentence it starts. */
export interface EnumerationEntry {
  marker: string
  number: number
  text: string
}
export interface PartEntry {
  kind: OutlineKind
  /** "一、" for numbered parts, null for opening and closing. */
  number: string | null
  heading: string | null
  year: number | null
  /** Position of the part node in the document. */
  pos: number
  sections: SectionEntry[]
  enumerations: EnumerationEntry[]
}
export interface SlotEntry {
  attrs: SlotAttrs
  pos: number
  partKind: OutlineKind
}

export function partsOf(doc: PMNode): PartEntry[] {
  const parts: PartEntry[] = []
  let n = 0
  doc.forEach((node, pos) => {
    if (node.type.name === 'opening' || node.type.name === 'closing') {
      parts.push({ kind: node.type.name, number: null, heading: null, year: null, pos, sections: [], enumerations: [] })
    } else if (node.type.name === 'part') {
      n++
      const heading = inlineText(firstOf(node))
      const sections: SectionEntry[] = []
      const enums: EnumerationEntry[] = []
      let s = 0
      node.forEach((child, offset) => {
        if (child.type.name === 'section')
          sections.push({ number: levelLabel(2, ++s), heading: inlineText(firstOf(child)), pos: pos + 1 + offset })
        else if (child.type.name === 'paragraph') {
          const text = inlineText(child)
          for (const e of enumerations(text))
            enums.push({
              marker: e.marker,
              number: e.number,
              // Can match nothing, so it always matches.
              text: /^[^。；！？]*[。；！？]?/.exec(text.slice(e.index))?.[0] ?? '',
            })
        }
      })
      parts.push({
        kind: node.attrs.kind,
        number: levelLabel(1, n),
        heading,
        year: partYear(doc, node),
        pos,
        sections,
        enumerations: enums,
      })
    }
  })
  return parts
}

/** The year a part speaks of: the one its heading names, else the review or plan year by its kind. */
export function partYear(doc: PMNode, part: PMNode): number | null {
  const named = yearsIn(part.firstChild?.textContent ?? '')[0]
  if (named !== undefined) return named
  switch (partKindOf(part)) {
    case 'review':
      return doc.attrs.reviewYear
    case 'tasks':
    case 'requirements':
      return doc.attrs.planYear
    default:
      return null
  }
}

const topSlotCache = new WeakMap<PMNode, { offset: number; attrs: SlotAttrs }[]>()
const blockSlotCache = new WeakMap<PMNode, { offset: number; attrs: SlotAttrs }[]>()

/** The slots of one textblock, at offsets from its first character; cached by node. */
function blockSlots(block: PMNode): { offset: number; attrs: SlotAttrs }[] {
  let slots = blockSlotCache.get(block)
  if (!slots) {
    const found: { offset: number; attrs: SlotAttrs }[] = []
    block.forEach((node, offset) => {
      if (node.type.name === 'slot') found.push({ offset, attrs: slotAttrs(node) })
    })
    slots = found
    blockSlotCache.set(block, slots)
  }
  return slots
}

/**
 * The slots inside one top-level node, at offsets from its position. Cached by node, and by
 * textblock inside it: after a keystroke only the block typed in is read again.
 */
export function topSlots(top: PMNode): { offset: number; attrs: SlotAttrs }[] {
  let slots = topSlotCache.get(top)
  if (!slots) {
    const found: { offset: number; attrs: SlotAttrs }[] = []
    const add = (block: PMNode, start: number) => {
      for (const s of blockSlots(block)) found.push({ offset: start + s.offset, attrs: s.attrs })
    }
    if (top.isTextblock) add(top, 1)
    else
      top.descendants((node, pos) => {
        if (!node.isTextblock) return true
        add(node, pos + 2)
        return false
      })
    slots = found
    topSlotCache.set(top, slots)
  }
  return slots
}

/** Every slot of the speech with its position and the kind of part it is in. */
export function slotsOf(doc: PMNode): SlotEntry[] {
  const slots: SlotEntry[] = []
  doc.forEach((top, topPos) => {
    const partKind: OutlineKind =
      top.type.name === 'part' ? top.attrs.kind : top.type.name === 'closing' ? 'closing' : 'opening'
    for (const s of topSlots(top)) slots.push({ attrs: s.attrs, pos: topPos + s.offset, partKind })
  })
  return slots
}

export interface OutlineJSON {
  title: string
  subtitle: string | null
  greeting: string | null
  parts: {
    kind: OutlineKind
    number: string | null
    heading: string | null
    year: number | null
    sections: { number: string; heading: string }[]
  }[]
  slots: {
    label: string
    unit: string
    value: number | string | null
    role: SlotRole
    partKind: OutlineKind
    year: number | null
    kind: FigureKind
  }[]
}

/** The outline in the shape `jianggao outline --json` prints. */
export function outlineJSON(doc: PMNode): OutlineJSON {
  const child = (name: string) => {
    for (let i = 0; i < doc.childCount; i++) if (doc.child(i).type.name === name) return doc.child(i)
    return null
  }
  return {
    title: child('title')?.textContent ?? '',
    subtitle: child('subtitle')?.textContent ?? null,
    greeting: child('greeting')?.textContent ?? null,
    parts: partsOf(doc).map(({ kind, number, heading, year, sections }) => ({
      kind,
      number,
      heading,
      year,
      sections: sections.map(({ number, heading }) => ({ number, heading })),
    })),
    slots: slotsOf(doc).map(({ attrs, partKind }) => ({
      label: attrs.label,
      unit: attrs.unit,
      value: attrs.value === null ? null : attrs.role === 'metric' ? Number(attrs.value) : attrs.value,
      role: attrs.role,
      partKind,
      year: attrs.year,
      kind: attrs.kind,
    })),
  }
}
