/**
 * A document of the meeting from its template and the record: lines repeated per entry, each
 * field a slot holding the record's text (so a later change to the record can refresh it).
 */
import type { Node as PMNode } from 'prosemirror-model'
import { schema } from '../schema'
import { splitWrittenUnit } from '../units'
import { entryCount, fieldValue, ORDINAL, parseFieldLabel, REQUIRED_GROUPS } from './fields'
import { mainSpeechIndex, meetingYears, type Meeting } from './model'
import type { MeetingTemplate, Piece, TemplateLine } from './template'
import { present } from '../guards'

const { nodes } = schema

/** One template line made concrete: for one entry of its group (0-based), or for none. */
interface Emitted {
  line: TemplateLine
  entry: number | null
  last: boolean
}

/** The template's lines in order, repeated lines once per entry (a group's lines together per entry). */
function emitLines(t: MeetingTemplate, m: Meeting): Emitted[] {
  const out: Emitted[] = []
  const main = mainSpeechIndex(m)
  for (let i = 0; i < t.lines.length; ) {
    const group = t.lines[i].group
    if (!group) {
      out.push({ line: t.lines[i++], entry: null, last: false })
      continue
    }
    let j = i
    while (j < t.lines.length && t.lines[j].group === group) j++
    const block = t.lines.slice(i, j)
    // A list the record must have keeps one line while it is empty, waiting for its first entry.
    const n = Math.max(entryCount(m, group), REQUIRED_GROUPS.includes(group) ? 1 : 0)
    for (let e = 0; e < n; e++)
      for (const line of block) if (!line.mainOnly || e === main) out.push({ line, entry: e, last: e === n - 1 })
    i = j
  }
  return out
}

function inline(pieces: Piece[], m: Meeting, entry: number | null, last: boolean): PMNode[] {
  const years = meetingYears(m)
  const out: PMNode[] = []
  const text = (s: string) => {
    if (s) out.push(schema.text(s))
  }
  pieces.forEach((p, i) => {
    if ('text' in p) {
      // A list's lines end with ； and its last with 。
      text(last && i === pieces.length - 1 ? p.text.replace(/；$/, '。') : p.text)
    } else if ('year' in p) {
      const y = p.year === 'review' ? years.reviewYear : years.planYear
      text(y === null ? `{{${p.year === 'review' ? '回顾年' : '计划年'}}}` : String(y))
    } else if ('field' in p) {
      const ref = present(parseFieldLabel(p.field), 'a field label the template parser accepted')
      const label =
        ref.group !== '会议' && ref.entry === null && entry !== null ? `${ref.group}${entry + 1}.${ref.name}` : p.field
      const value = fieldValue(m, label) ?? null
      if (ref.name === ORDINAL && ref.group !== '会议') text(value ?? '')
      else out.push(nodes.slot.create({ role: 'field', label, value }))
    } else if (p.marker.type === 'person' || p.marker.type === 'text') {
      out.push(nodes.slot.create({ role: p.marker.type, label: p.marker.label, value: p.marker.value }))
    } else if (p.marker.type === 'metric') {
      out.push(
        nodes.slot.create({
          role: 'metric',
          label: p.marker.label,
          ...splitWrittenUnit(p.marker.unit),
          value: p.marker.value,
        }),
      )
    }
  })
  return out
}

/** The document a template makes from a record: a doc of the speech schema with its docKind. */
export function generateDocument(t: MeetingTemplate, m: Meeting): PMNode {
  const head: PMNode[] = []
  let greeting: PMNode | null = null
  const opening: PMNode[] = []
  const parts: { heading: PMNode; blocks: PMNode[] }[] = []
  let section: { heading: PMNode; blocks: PMNode[]; runIn: boolean } | null = null
  const closing: PMNode[] = []
  const signoff: PMNode[] = []
  let inClosing = false

  const flushSection = () => {
    if (section)
      present(parts.at(-1), 'the part a section belongs to').blocks.push(
        nodes.section.create({ runIn: section.runIn }, [section.heading, ...section.blocks]),
      )
    section = null
  }
  const container = (): PMNode[] =>
    inClosing ? closing : section ? section.blocks : parts.length ? parts[parts.length - 1].blocks : opening

  for (const { line, entry, last } of emitLines(t, m)) {
    const content = inline(line.pieces, m, entry, last)
    if (line.closing) {
      flushSection()
      inClosing = true
    }
    switch (line.role) {
      case 'title':
      case 'subtitle':
      case 'byline':
        head.push(nodes[line.role].create(null, content))
        break
      case 'greeting':
        greeting = nodes.greeting.create(null, content)
        break
      case 'part':
        flushSection()
        parts.push({ heading: nodes.part_heading.create(null, content), blocks: [] })
        break
      case 'section': {
        flushSection()
        const runIn = line.pieces.length > 0
        section = {
          heading: nodes.section_heading.create(null, inline(line.heading ?? [], m, entry, false)),
          blocks: runIn ? [nodes.paragraph.create(null, content)] : [],
          runIn,
        }
        break
      }
      case 'item':
        container().push(nodes.item.create({ level: line.level }, content))
        break
      case 'paragraph':
        container().push(nodes.paragraph.create(null, content))
        break
      case 'signer':
      case 'issue_date':
        flushSection()
        signoff.push(nodes[line.role].create(null, content))
        break
    }
  }
  flushSection()
  const years = meetingYears(m)
  // The schema's order (title, subtitle, bylines) whatever order the template wrote them in.
  const order = ['title', 'subtitle', 'byline']
  head.sort((a, b) => order.indexOf(a.type.name) - order.indexOf(b.type.name))
  return nodes.doc.createChecked(
    { docKind: t.kind, required: t.required, templateId: t.id, reviewYear: years.reviewYear, planYear: years.planYear },
    [
      ...head,
      ...(greeting ? [greeting] : []),
      nodes.opening.create(null, opening.length ? opening : [nodes.paragraph.create()]),
      ...parts.map((p) => nodes.part.createChecked({ kind: 'other' }, [p.heading, ...p.blocks])),
      ...(closing.length ? [nodes.closing.create(null, closing)] : []),
      ...signoff,
    ],
  )
}
