/** Documents in step with the record. */
import { ENTRY_GROUP_TITLES, fieldTitle } from '../fields'
import { staleEntries, staleFields } from '../refresh'
import type { MeetingFinding, MeetingRule } from './kit'

/** Field slots show what the record says now, and the lists have as many lines as the record. */
export const freshFields: MeetingRule = {
  id: 'meeting-field',
  name: '会议信息未刷新',
  severity: 'warning',
  group: '会议',
  check(ctx) {
    const out: MeetingFinding[] = []
    for (const t of ctx.targets) {
      for (const s of staleFields(t.node, ctx.meeting))
        out.push({
          rule: this.id,
          severity: 'warning',
          message: `“${fieldTitle(s.label)}”这里是“${s.shown ?? '（空）'}”，会议记录里现在是“${s.value ?? '（空）'}”。请刷新会议信息。`,
          doc: t.doc,
          ...(t.speech ? { speech: t.speech } : {}),
          from: s.pos,
          to: s.pos + 1,
          excerpt: fieldTitle(s.label),
        })
      for (const e of staleEntries(t.node, ctx.meeting))
        out.push({
          rule: this.id,
          severity: 'warning',
          message: e.message,
          doc: t.doc,
          from: 0,
          to: 0,
          excerpt: ENTRY_GROUP_TITLES[e.group],
        })
    }
    return out
  },
}
