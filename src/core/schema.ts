/**
 * The speech model. A speech is a tree:
 *
 *   doc ─ title, subtitle?, byline*, greeting?, opening, part*, closing?, signer?, issue_date?
 *   part ─ part_heading, (paragraph | item | section)*          numbered 一、二、…
 *   section ─ section_heading, (paragraph | item)*              numbered （一）（二）…
 *
 * The same schema holds the meeting's documents (the doc's `docKind`): a notice (会议通知) uses
 * the greeting for its 主送机关 and ends with the signer (发文机关署名) and issue date (成文日期);
 * an agenda lists its items as level-1 items (一、二、) in the opening; a chair's script is an
 * opening and a closing. A speech never has a signer or an issue date.
 *
 * Numbers are never stored: they follow from a node's position (see numbering.ts and
 * outline.ts). A section's `runIn` attribute says that its heading sentence and its first
 * paragraph are one paragraph in print ("（一）实施就业优先战略，千方百计稳定和扩大就业。坚持…").
 *
 * `slot` is an inline atom for a figure (role "metric": label, unit, value) or a name
 * (role "person"). Its value is kept as the written decimal string, so "3.50" stays "3.50".
 *
 * The toDOM/parseDOM specs below are plain data; nothing here touches a DOM.
 */
import { Schema, type NodeSpec } from 'prosemirror-model'
import { writtenUnit } from './units'

export type PartKind = 'review' | 'tasks' | 'requirements' | 'other'
export const PART_KINDS: readonly PartKind[] = ['review', 'tasks', 'requirements', 'other']

/** Which document a doc is: the speech, or one of the meeting's documents. */
export type DocKind = 'speech' | 'notice' | 'agenda' | 'script'
export const DOC_KINDS: readonly DocKind[] = ['speech', 'notice', 'agenda', 'script']
export const DOC_KIND_NAMES: Record<DocKind, string> = {
  speech: '讲话稿',
  notice: '会议通知',
  agenda: '会议议程',
  script: '主持词',
}

/**
 * metric: a figure; person: a name; field: a value of the meeting record ("会议.时间"), written
 * by the record and refreshed when it changes (src/core/meeting/fields.ts names them); text: a
 * word or phrase of the speech the user fills once (the department, the field of work), kept
 * when the speech is rolled to the next year.
 */
export type SlotRole = 'metric' | 'person' | 'field' | 'text'
export const SLOT_ROLES: readonly SlotRole[] = ['metric', 'person', 'field', 'text']
export type FigureKind = 'actual' | 'target'

export interface SlotAttrs {
  label: string
  unit: string
  role: SlotRole
  /** The figure as written ("3250", "1.2"), a name for a person slot, or null when empty. */
  value: string | null
  kind: FigureKind
  year: number | null
  /** Last year's value for this slot, kept when a speech is rolled forward. */
  prev: string | null
  /**
   * The span a figure covers when it is not one year: "2021-2025" for a total over the
   * 十四五 years (its `year` is then the span's last year). Null for a one-year figure.
   */
  period: string | null
  /** An approximation the text writes with the figure: 余 or 多 ("200余场", "4万余户"); '' for none. */
  approx: '' | '余' | '多'
  /** Where the approximation sits: after the number ("860余万元") or after 万/亿 ("860万余元"). */
  approxPos: 'number' | 'magnitude'
}

/** A period as slots store it: two years joined by a hyphen, the first before the second. */
export const PERIOD = /^((?:19|20)\d{2})-((?:19|20)\d{2})$/

/** Parts a speech must have, by id. Kept in the doc so each speech can differ. */
export type RequiredId = 'title' | 'greeting' | 'opening' | 'review' | 'tasks' | 'requirements' | 'closing'
export const DEFAULT_REQUIRED: readonly RequiredId[] = [
  'title',
  'greeting',
  'review',
  'tasks',
  'requirements',
  'closing',
]

const ITEM_LEVELS: readonly number[] = [1, 2, 3, 4]

// A class-specific rule outranks the plain <p> of a paragraph, wherever the node is declared.
const textBlock = (tag: string, cls: string): NodeSpec => ({
  content: 'inline*',
  defining: true,
  parseDOM: [{ tag: `${tag}.${cls}`, priority: 60 }],
  toDOM: () => [tag, { class: cls }, 0],
})

const nodes: Record<string, NodeSpec> = {
  doc: {
    content: 'title subtitle? byline* greeting? opening part* closing? signer? issue_date?',
    attrs: {
      docKind: { default: 'speech', validate: oneOf(DOC_KINDS) },
      reviewYear: { default: null, validate: yearOrNull },
      planYear: { default: null, validate: yearOrNull },
      required: { default: DEFAULT_REQUIRED, validate: requiredList },
      templateId: { default: null, validate: 'string|null' },
    },
  },
  title: textBlock('h1', 'title'),
  subtitle: textBlock('p', 'subtitle'),
  byline: textBlock('p', 'byline'),
  greeting: textBlock('p', 'greeting'),
  opening: {
    content: '(paragraph | item)+',
    parseDOM: [{ tag: 'div.opening' }],
    toDOM: () => ['div', { class: 'opening' }, 0],
  },
  part: {
    content: 'part_heading (paragraph | item | section)*',
    attrs: { kind: { default: 'other', validate: oneOf(PART_KINDS) } },
    parseDOM: [
      {
        tag: 'section.part',
        getAttrs: (dom) => ({ kind: partKindOr((dom as HTMLElement).getAttribute('data-kind')) }),
      },
    ],
    toDOM: (node) => ['section', { class: 'part', 'data-kind': node.attrs.kind }, 0],
  },
  part_heading: textBlock('h2', 'part-heading'),
  section: {
    content: 'section_heading (paragraph | item)*',
    attrs: { runIn: { default: false, validate: 'boolean' } },
    parseDOM: [
      { tag: 'section.section', getAttrs: (dom) => ({ runIn: (dom as HTMLElement).hasAttribute('data-run-in') }) },
    ],
    toDOM: (node) => ['section', { class: 'section', ...(node.attrs.runIn ? { 'data-run-in': '' } : {}) }, 0],
  },
  section_heading: textBlock('h3', 'section-heading'),
  item: {
    content: 'inline*',
    // Level 3 and 4 (1. and （1）) in a speech; level 1 (一、) numbers an agenda's items.
    attrs: { level: { default: 3, validate: oneOf(ITEM_LEVELS) } },
    parseDOM: [
      {
        tag: 'p.item',
        getAttrs: (dom) => {
          const level = Number((dom as HTMLElement).getAttribute('data-level'))
          return { level: ITEM_LEVELS.includes(level) ? level : 3 }
        },
      },
    ],
    toDOM: (node) => ['p', { class: 'item', 'data-level': String(node.attrs.level) }, 0],
  },
  paragraph: {
    content: 'inline*',
    parseDOM: [{ tag: 'p' }],
    toDOM: () => ['p', 0],
  },
  closing: {
    content: '(paragraph | item)+',
    parseDOM: [{ tag: 'div.closing' }],
    toDOM: () => ['div', { class: 'closing' }, 0],
  },
  /** 发文机关署名 (GB/T 9704 7.3.5): printed at the lower right, centred over the issue date. */
  signer: textBlock('p', 'signer'),
  /** 成文日期 in Arabic numerals, printed 右空四字. */
  issue_date: textBlock('p', 'issue-date'),
  text: { group: 'inline' },
  slot: {
    group: 'inline',
    inline: true,
    atom: true,
    selectable: true,
    draggable: true,
    attrs: {
      label: { default: '', validate: 'string' },
      unit: { default: '', validate: 'string' },
      role: { default: 'metric', validate: oneOf(SLOT_ROLES) },
      value: { default: null, validate: 'string|null' },
      kind: { default: 'actual', validate: oneOf(['actual', 'target']) },
      year: { default: null, validate: yearOrNull },
      prev: { default: null, validate: 'string|null' },
      period: { default: null, validate: periodOrNull },
      approx: { default: '', validate: oneOf(['', '余', '多']) },
      approxPos: { default: 'number', validate: oneOf(['number', 'magnitude']) },
    },
    parseDOM: [
      {
        tag: 'span[data-slot]',
        getAttrs: (dom) => {
          const el = dom as HTMLElement
          const year = el.getAttribute('data-year')
          return {
            label: el.getAttribute('data-label') ?? '',
            unit: el.getAttribute('data-unit') ?? '',
            role: SLOT_ROLES.find((r) => r === el.getAttribute('data-role')) ?? 'metric',
            value: el.getAttribute('data-value'),
            kind: el.getAttribute('data-kind') === 'target' ? 'target' : 'actual',
            year: year ? Number(year) : null,
            prev: el.getAttribute('data-prev'),
            period: periodOr(el.getAttribute('data-period')),
            approx: approxOr(el.getAttribute('data-approx')),
            approxPos: el.getAttribute('data-approx-pos') === 'magnitude' ? 'magnitude' : 'number',
          }
        },
      },
    ],
    toDOM: (node) => {
      const a = node.attrs as SlotAttrs
      const data: Record<string, string> = {
        'data-slot': '',
        'data-label': a.label,
        'data-unit': a.unit,
        'data-role': a.role,
        'data-kind': a.kind,
      }
      if (a.value !== null) data['data-value'] = a.value
      if (a.year !== null) data['data-year'] = String(a.year)
      if (a.prev !== null) data['data-prev'] = a.prev
      if (a.period !== null) data['data-period'] = a.period
      if (a.approx) {
        data['data-approx'] = a.approx
        data['data-approx-pos'] = a.approxPos
      }
      return ['span', { class: 'slot', ...data }, slotText(a)]
    },
  },
}

function oneOf(values: readonly unknown[]) {
  return (value: unknown) => {
    if (!values.includes(value))
      throw new RangeError(`Expected one of ${values.join(', ')}, got ${JSON.stringify(value)}`)
  }
}

function yearOrNull(value: unknown) {
  if (value !== null && !(Number.isInteger(value) && (value as number) >= 1900 && (value as number) <= 2200)) {
    throw new RangeError(`Expected a year or null, got ${JSON.stringify(value)}`)
  }
}

const REQUIRED_IDS: readonly RequiredId[] = [
  'title',
  'greeting',
  'opening',
  'review',
  'tasks',
  'requirements',
  'closing',
]
function requiredList(value: unknown) {
  if (!Array.isArray(value) || value.some((v) => !REQUIRED_IDS.includes(v)))
    throw new RangeError(`Expected a list of part ids, got ${JSON.stringify(value)}`)
}

function periodOrNull(value: unknown) {
  if (value === null) return
  const m = typeof value === 'string' ? PERIOD.exec(value) : null
  if (!m || Number(m[1]) >= Number(m[2]))
    throw new RangeError(`Expected a period like 2021-2025 or null, got ${JSON.stringify(value)}`)
}

function periodOr(value: string | null): string | null {
  try {
    periodOrNull(value)
    return value
  } catch {
    return null
  }
}

function approxOr(value: string | null): SlotAttrs['approx'] {
  return value === '余' || value === '多' ? value : ''
}

function partKindOr(kind: string | null): PartKind {
  return PART_KINDS.includes(kind as PartKind) ? (kind as PartKind) : 'other'
}

export const schema = new Schema({ nodes })

/** How a slot reads in plain text: its value with unit, or its marker when empty. */
export function slotText(a: SlotAttrs): string {
  if (a.role === 'person') return a.value ?? `{{@${a.label}}}`
  if (a.role === 'field') return a.value ?? `{{${a.label}}}`
  if (a.role === 'text') return a.value ?? `{{文字:${a.label}}}`
  const unit = writtenUnit(a.unit, a.approx, a.approxPos)
  return a.value === null ? `{{${a.label}|${unit}}}` : a.value + unit
}
