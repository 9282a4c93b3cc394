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
import { Schema, type NodeSpec, type Node as PMNode } from 'prosemirror-model'
import { isOneOf } from './guards'
import { writtenUnit } from './lang/units'
import { isPeriod, isYear } from './lang/years'

export { isYear }

export { PERIOD } from './lang/years'

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
/** What each kind of part (and the opening and closing around them) is called in Chinese. */
export const PART_KIND_NAMES: Readonly<Record<PartKind | 'opening' | 'closing', string>> = {
  opening: '开头',
  closing: '结束语',
  review: '回顾',
  tasks: '任务',
  requirements: '要求',
  other: '其他',
}

/** A part kind by its Chinese name (回顾 → review), as templates mark parts (#回顾). */
export const PART_KIND_BY_NAME: Readonly<Record<string, PartKind>> = Object.fromEntries(
  PART_KINDS.map((k) => [PART_KIND_NAMES[k], k]),
)

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

/** Parts a speech must have, by id. Kept in the doc so each speech can differ. */
export type RequiredId = 'title' | 'greeting' | 'opening' | 'review' | 'tasks' | 'requirements' | 'closing'
/** The required parts by their Chinese names, as templates write them (必需：标题 称呼 …). */
export const REQUIRED_NAMES: Readonly<Record<string, RequiredId>> = {
  标题: 'title',
  称呼: 'greeting',
  开头: 'opening',
  回顾: 'review',
  任务: 'tasks',
  要求: 'requirements',
  结束语: 'closing',
}
// The inverse of REQUIRED_NAMES, whose values are exactly the RequiredIds.
// biome-ignore lint/nursery/noUnsafeTypeAssertion: the reason is the comment above
export const REQUIRED_LABELS = Object.fromEntries(Object.entries(REQUIRED_NAMES).map(([k, v]) => [v, k])) as Readonly<
  Record<RequiredId, string>
>

/** What a required part is called in a document of this kind: a notice's 称呼 is its 主送机关. */
export function requiredLabel(id: RequiredId, kind: DocKind = 'speech'): string {
  return kind === 'notice' && id === 'greeting' ? '主送机关' : REQUIRED_LABELS[id]
}

export const DEFAULT_REQUIRED: readonly RequiredId[] = [
  'title',
  'greeting',
  'review',
  'tasks',
  'requirements',
  'closing',
]

/**
 * Required parts many real speeches go without: no greeting when the speech opens straight on
 * the meeting's purpose, no part of requirements when it closes on its tasks, no review part when
 * the year is summed up in the opening (a short two-part speech: 一、抓内容 二、强队伍) or the
 * meeting looks only ahead (a mobilisation), no closing when the speech stops on its last point
 * (四要强化全民参与。……成为全县人民的自觉行动。), no title when only the body was pasted (同志们，
 * 今天我们召开……: the title sits on the cover or in another file). Missing from a speech made without a template
 * (an imported one), each is a warning; a template that lists it makes its absence an error.
 */
export const OFTEN_LEFT_OUT: readonly RequiredId[] = ['title', 'greeting', 'review', 'requirements', 'closing']

/**
 * Required parts an imported speech is not told it lacks: the requirements. An annual speech that
 * closes on its tasks with a call to work hard (同志们，……全县水利系统要以更加务实的作风……) is one
 * of the genre's usual forms (a quarter of the labelled corpus, 交通, 水利, 审计, 档案, 民政 …), not a
 * draft with a gap: the speech as given, and the next year's draft rolled over from it, lack
 * nothing last year's speech never had. A template that lists the requirements still asks for them.
 */
export const IMPORTED_MAY_LACK: readonly RequiredId[] = ['requirements']

/**
 * How much a missing required part matters: an error, a warning for one often left out of an
 * imported speech, or nothing for one an imported speech may lack (IMPORTED_MAY_LACK).
 */
export function missingSeverity(id: RequiredId, templateId: string | null): 'error' | 'warning' | null {
  if (templateId !== null || !OFTEN_LEFT_OUT.includes(id)) return 'error'
  return IMPORTED_MAY_LACK.includes(id) ? null : 'warning'
}

const ITEM_LEVELS: readonly number[] = [1, 2, 3, 4]

/**
 * The number an imported text wrote on a part, section or item ("（四）", "(二)", "3."), kept
 * only where it differs from the number the speech now prints (a skip, or half-width
 * brackets), so checks can say what the source had and what the export will print. Not
 * copied to the clipboard: it describes the source, not the speech.
 */
const SOURCE_NUMBER = { default: null, validate: 'string|null' }

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
    attrs: { kind: { default: 'other', validate: oneOf(PART_KINDS) }, sourceNumber: SOURCE_NUMBER },
    parseDOM: [
      {
        tag: 'section.part',
        getAttrs: (dom) => ({ kind: partKindOr(dom.getAttribute('data-kind')) }),
      },
    ],
    toDOM: (node) => ['section', { class: 'part', 'data-kind': node.attrs.kind }, 0],
  },
  part_heading: textBlock('h2', 'part-heading'),
  section: {
    content: 'section_heading (paragraph | item)*',
    attrs: { runIn: { default: false, validate: 'boolean' }, sourceNumber: SOURCE_NUMBER },
    parseDOM: [{ tag: 'section.section', getAttrs: (dom) => ({ runIn: dom.hasAttribute('data-run-in') }) }],
    toDOM: (node) => ['section', { class: 'section', ...(node.attrs.runIn ? { 'data-run-in': '' } : {}) }, 0],
  },
  section_heading: textBlock('h3', 'section-heading'),
  item: {
    content: 'inline*',
    // Level 3 and 4 (1. and （1）) in a speech; level 1 (一、) numbers an agenda's items.
    attrs: { level: { default: 3, validate: oneOf(ITEM_LEVELS) }, sourceNumber: SOURCE_NUMBER },
    parseDOM: [
      {
        tag: 'p.item',
        getAttrs: (dom) => {
          const level = Number(dom.getAttribute('data-level'))
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
        getAttrs: (el) => {
          const year = el.getAttribute('data-year')
          return {
            label: el.getAttribute('data-label') ?? '',
            unit: el.getAttribute('data-unit') ?? '',
            role: SLOT_ROLES.find((r) => r === el.getAttribute('data-role')) ?? 'metric',
            value: el.getAttribute('data-value'),
            kind: el.getAttribute('data-kind') === 'target' ? 'target' : 'actual',
            // A pasted slot with a year no speech has keeps its text and loses only the year, not the whole paste.
            year: isYear(Number(year)) ? Number(year) : null,
            prev: el.getAttribute('data-prev'),
            period: periodOr(el.getAttribute('data-period')),
            approx: approxOr(el.getAttribute('data-approx')),
            approxPos: el.getAttribute('data-approx-pos') === 'magnitude' ? 'magnitude' : 'number',
          }
        },
      },
    ],
    toDOM: (node) => {
      const a = slotAttrs(node)
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
  if (value !== null && !isYear(value)) {
    throw new RangeError(`Expected a year or null, got ${JSON.stringify(value)}`)
  }
}

const REQUIRED_IDS = Object.values(REQUIRED_NAMES)
function requiredList(value: unknown) {
  if (!Array.isArray(value) || value.some((v) => !REQUIRED_IDS.includes(v)))
    throw new RangeError(`Expected a list of part ids, got ${JSON.stringify(value)}`)
}

function periodOrNull(value: unknown) {
  if (value !== null && !isPeriod(value))
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
  return isOneOf(PART_KINDS, kind) ? kind : 'other'
}

export const schema = new Schema({ nodes })

/** A slot's attributes, typed: the slot spec above declares each one and its validator holds it to SlotAttrs. */
export function slotAttrs(node: PMNode): SlotAttrs {
  // biome-ignore lint/nursery/noUnsafeTypeAssertion: ProseMirror types attrs loosely; the spec's validators check them.
  return node.attrs as SlotAttrs
}

/** A part's kind: the part spec holds it to PART_KINDS. */
export function partKindOf(part: PMNode): PartKind {
  return partKindOr(part.attrs.kind)
}

/** The years a doc reviews and plans: the doc spec holds each to a year or null. */
export function docYears(doc: PMNode): { reviewYear: number | null; planYear: number | null } {
  const { reviewYear, planYear } = doc.attrs
  return { reviewYear: isYear(reviewYear) ? reviewYear : null, planYear: isYear(planYear) ? planYear : null }
}

/**
 * A node's first child where the schema requires one: a doc's title, a part's or a section's
 * heading. A node without it does not fit the schema, and the error says which node it was.
 */
export function firstOf(node: PMNode): PMNode {
  const first = node.firstChild
  if (!first) throw new RangeError(`A ${node.type.name} without its first child (title or heading).`)
  return first
}

/** Which document a doc is: the doc spec holds it to DOC_KINDS. */
export function docKindOf(doc: PMNode): DocKind {
  const kind: unknown = doc.attrs.docKind
  return isOneOf(DOC_KINDS, kind) ? kind : 'speech'
}

/** How a slot reads in plain text: its value with unit, or its marker when empty. */
export function slotText(a: SlotAttrs): string {
  if (a.role === 'person') return a.value ?? `{{@${a.label}}}`
  if (a.role === 'field') return a.value ?? `{{${a.label}}}`
  if (a.role === 'text') return a.value ?? `{{文字:${a.label}}}`
  const unit = writtenUnit(a.unit, a.approx, a.approxPos)
  return a.value === null ? `{{${a.label}|${unit}}}` : a.value + unit
}
