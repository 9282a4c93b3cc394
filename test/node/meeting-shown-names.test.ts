/**
 * What the meeting's documents and checks show names each field in Chinese: never the record's
 * keys (attendees, items) nor a field slot's dotted key (会议.参会人员, 议程2.小结), which are the
 * template's and the slot's own (tryout 8, C11).
 */
import { describe, expect, it } from 'vitest'
import type { Node as PMNode } from 'prosemirror-model'
import {
  addEntry,
  checkMeetingAll,
  emptyMeeting,
  fieldTitle,
  meetingProblems,
  setMeetingValue,
  type Meeting,
} from '../../src/core/meeting'
import { slotAttrs } from '../../src/core/schema'
import { printBlocks, slotReading } from '../../src/core/text'
import { zh } from '../../src/i18n/zh'
import { documents, exampleMeeting } from './meeting-helpers'

/** A record's key (attendees, organiser) or a dotted field key (会议.参会人员, 议程2.小结) in shown text. */
const INTERNAL = /[A-Za-z]{2,}|\p{Script=Han}\d*\.\p{Script=Han}/u

function fieldLabels(doc: PMNode): string[] {
  const out: string[] = []
  doc.descendants((node) => {
    if (node.type.name === 'slot' && slotAttrs(node).role === 'field') out.push(slotAttrs(node).label)
  })
  return out
}

/** Everything the documents and the checks can show of a record made from `m`, then changed to `now`. */
function shown(m: Meeting, now: Meeting): string[] {
  const docs = documents(m)
  const out: string[] = []
  for (const doc of Object.values(docs)) {
    for (const label of fieldLabels(doc)) {
      const emptyAttrs = { ...slotAttrs(doc.type.schema.nodes.slot.create({ role: 'field', label })) }
      // The editor's chip of an empty field, its hint and what a screen reader hears; the printed blank.
      out.push(fieldTitle(label), zh.meeting.fieldHint(fieldTitle(label)), zh.slot.spoken(fieldTitle(label), null))
      out.push(slotReading(emptyAttrs))
    }
    // What print, the preview and Word show (the plain-text export keeps its {{…}} markers, a machine format).
    for (const b of printBlocks(doc, { slots: 'blank' })) out.push(b.runs.map((r) => r.text).join(''))
  }
  for (const f of checkMeetingAll({ meeting: now, docs })) out.push(f.message, f.excerpt)
  for (const p of meetingProblems(now)) out.push(p.message)
  return out
}

describe('the meeting shows its fields by their Chinese names', () => {
  it('names fields as the record’s form does: 参会人员, 会议地点, 第二项议程讲话后的小结, 第三类参会人员', () => {
    expect(fieldTitle('会议.参会人员')).toBe('参会人员')
    expect(fieldTitle('会议.地点')).toBe('会议地点')
    expect(fieldTitle('议程2.小结')).toBe('第二项议程讲话后的小结')
    expect(fieldTitle('议程1.发言人')).toBe('第一项议程的发言人')
    expect(fieldTitle('参会3.名称')).toBe('第三类参会人员')
    expect(fieldTitle('截止1.日期')).toBe('第一个截止日期')
    expect(fieldTitle('联系人2.电话')).toBe('第二位联系人的电话')
    expect(fieldTitle('议程.发言人')).toBe('每项议程的发言人')
    // Not a field: left as written.
    expect(fieldTitle('城镇新增就业')).toBe('城镇新增就业')
  })

  it('an empty record with its documents: nothing shown has a record key or a dotted field key', () => {
    const m = addEntry(addEntry(emptyMeeting(), 'items'), 'items')
    const texts = shown(m, m)
    expect(texts.some((t) => t.includes('参会人员还没有填写'))).toBe(true)
    expect(texts.filter((t) => INTERNAL.test(t))).toEqual([])
  })

  it('a filled record changed after its documents were made (stale fields, one item more): likewise', () => {
    const m = exampleMeeting()
    const now = addEntry(setMeetingValue(setMeetingValue(m, 'place', '县政务服务中心'), 'attendees.1', ''), 'items')
    const texts = shown(m, now)
    expect(texts.some((t) => t.includes('会议地点'))).toBe(true)
    expect(texts.filter((t) => INTERNAL.test(t))).toEqual([])
  })
})
