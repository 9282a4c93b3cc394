/** Placeholders left in what the documents print: a field or name holding a marker instead of its value. */
import { PLACEHOLDER, placeholderMessage } from '../../checks/text-rules'
import { fieldPath, fieldTitle } from '../fields'
import type { MeetingFinding, MeetingRule } from './kit'

/**
 * A slot of the notice, agenda or script whose value is or holds a placeholder ({{@县委常委、副县长}},
 * ＿＿, ××): printed as it is, so an error as the speech's placeholder check makes one of the same
 * words in its text (checks/text-rules.ts, one definition of a placeholder).
 */
export const slotPlaceholders: MeetingRule = {
  id: 'meeting-placeholder',
  name: '会议信息里的占位符',
  severity: 'error',
  group: '会议',
  check(ctx) {
    const out: MeetingFinding[] = []
    for (const t of ctx.targets) {
      if (t.doc === 'speech') continue
      t.node.descendants((node, pos) => {
        if (node.type.name !== 'slot' || typeof node.attrs.value !== 'string') return true
        const label = String(node.attrs.label)
        for (const m of node.attrs.value.matchAll(PLACEHOLDER)) {
          const where = fieldPath(label) ? `（来自会议记录的“${fieldTitle(label)}”，请在会议记录里改）` : ''
          out.push({
            rule: this.id,
            severity: 'error',
            message: placeholderMessage(m[0]).replace(/。$/, `${where}。`),
            doc: t.doc,
            from: pos,
            to: pos + node.nodeSize,
            excerpt: node.attrs.value,
          })
        }
        return false
      })
    }
    return out
  },
}
