/**
 * Keeping a document in step with the record. A change of a value (a date, a name) refreshes
 * the field slots in place, leaving the user's prose as it is. A change of the lists (an
 * agenda item added or dropped) changes which lines the document has: staleEntries says so,
 * and the document is generated anew.
 */
import type { Node as PMNode } from 'prosemirror-model'
import { Transform } from 'prosemirror-transform'
import { slotAttrs } from '../schema'
import {
  ENTRY_GROUP_TITLES,
  ENTRY_GROUPS,
  entryCount,
  fieldValue,
  parseFieldLabel,
  REQUIRED_GROUPS,
  type EntryGroup,
} from './fields'
import { templateGroups } from './bundled'
import type { Meeting } from './model'
import { present } from '../guards'

/** A field slot whose value is not what the record says now. */
export interface StaleField {
  pos: number
  label: string
  shown: string | null
  value: string | null
}

/** Field slots whose text differs from the record (labels that name no field are left alone). */
export function staleFields(doc: PMNode, m: Meeting): StaleField[] {
  const out: StaleField[] = []
  doc.descendants((node, pos) => {
    if (node.type.name !== 'slot') return true
    const a = slotAttrs(node)
    if (a.role !== 'field') return false
    const value = fieldValue(m, a.label)
    if (value !== undefined && value !== a.value) out.push({ pos, label: a.label, shown: a.value, value })
    return false
  })
  return out
}

/**
 * Add to a transform (an editor transaction is one) the steps that refresh every field slot
 * from the record. Returns how many slots changed. Slots are atoms: no position moves.
 */
export function refreshFields(tr: Transform, m: Meeting): number {
  const stale = staleFields(tr.doc, m)
  for (const s of stale)
    tr.setNodeMarkup(s.pos, null, { ...present(tr.doc.nodeAt(s.pos), 'a stale slot').attrs, value: s.value })
  return stale.length
}

/** The document with its field slots refreshed. */
export function withFreshFields(doc: PMNode, m: Meeting): PMNode {
  const tr = new Transform(doc)
  refreshFields(tr, m)
  return tr.doc
}

export interface StaleEntries {
  group: EntryGroup
  /** Entries the document was made with (by its field slots). */
  shown: number
  /** Entries the record has now. */
  now: number
  message: string
}

/**
 * Lists whose length in the record differs from the document's: the document's repeated lines
 * are counted by the entry numbers of their field slots (议程1…, 议程2…).
 */
export function staleEntries(doc: PMNode, m: Meeting): StaleEntries[] {
  const seen = new Map<EntryGroup, Set<number>>()
  doc.descendants((node) => {
    if (node.type.name !== 'slot' || node.attrs.role !== 'field') return true
    const ref = parseFieldLabel(node.attrs.label)
    if (ref && ref.group !== '会议' && ref.entry !== null) {
      const set = seen.get(ref.group) ?? new Set<number>()
      set.add(ref.entry)
      seen.set(ref.group, set)
    }
    return false
  })
  const out: StaleEntries[] = []
  const repeated = templateGroups(doc.attrs.templateId)
  for (const group of ENTRY_GROUPS) {
    const set = seen.get(group)
    const now = entryCount(m, group)
    // A list the document has no line of: stale once the record has entries, if its template repeats it.
    const shown = set ? Math.max(...set) : 0
    if (!set && !(now > 0 && repeated?.has(group))) continue
    // The one line a required list keeps while it is empty (generate.ts) is in step with no entries.
    const waiting = now === 0 && shown === 1 && set?.size === 1 && REQUIRED_GROUPS.includes(group)
    if (!waiting && (shown !== now || (set?.size ?? 0) !== now))
      out.push({
        group,
        shown,
        now,
        message: `会议记录里的${ENTRY_GROUP_TITLES[group]}现在有${now}项，这份文件是按${shown}项写的。请重新生成，或手工增删相应的行。`,
      })
  }
  return out
}
