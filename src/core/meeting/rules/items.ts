/** The agenda's items: as many announced, listed and called as the record has; the agenda on one page. */
import { enumerations } from '../../lang/numbering'
import { chineseNumeral, countNumeral, parseChineseNumeral, parseCountNumeral } from '../../numbering'
import { paginate } from '../../export/paginate'
import { LAYOUTS } from '../../export/layout'
import { staleEntries } from '../refresh'
import type { ScannedBlock } from '../scan'
import { DEFAULT_LAYOUT } from '../template'
import { at, type MeetingFinding, type MeetingRule, type Target } from './kit'

/** "会议有四项议程" (and 一是…二是…), each "第N项议程", and the agenda's items: as many as the record's. */
export const itemCount: MeetingRule = {
  id: 'meeting-count',
  name: '议程项数',
  severity: 'error',
  group: '会议',
  check(ctx) {
    const out: MeetingFinding[] = []
    const n = ctx.meeting.items.length
    if (!n) return out
    const push = (t: Target, b: ScannedBlock, from: number, to: number, message: string) =>
      out.push({ rule: this.id, severity: 'error', message, ...at(t, b, from, to) })
    for (const t of ctx.targets) {
      if (t.doc === 'speech') continue
      const calls: { number: number; b: ScannedBlock; from: number; to: number }[] = []
      for (const b of t.blocks) {
        for (const m of b.text.matchAll(ANNOUNCED_ITEMS)) {
          const count = parseCountNumeral(m[1])
          const from = m.index + m[0].indexOf(m[1])
          if (count !== null && count !== n)
            push(t, b, from, from + m[1].length, `这里说会议有${m[1]}项议程，会议记录里有${countNumeral(n)}项。`)
          const listed = enumerations(b.text.slice(m.index + m[0].length))
          const last = listed.at(-1)
          if (last && listed.length !== n) {
            const end = m.index + m[0].length + last.index
            push(t, b, end, end + last.marker.length, `这里逐项列了${listed.length}项议程，会议记录里有${n}项。`)
          }
        }
        for (const m of b.text.matchAll(ITEM_CALL)) {
          const number = parseChineseNumeral(m[1])
          if (number !== null) calls.push({ number, b, from: m.index, to: m.index + m[0].length })
        }
      }
      calls.forEach((c, i) => {
        const expected = i + 1
        if (c.number > n)
          push(t, c.b, c.from, c.to, `这里是第${chineseNumeral(c.number)}项议程，但会议只有${countNumeral(n)}项。`)
        else if (c.number !== expected)
          push(
            t,
            c.b,
            c.from,
            c.to,
            `议程顺序不对：这里应是第${chineseNumeral(expected)}项议程，写的是第${chineseNumeral(c.number)}项。`,
          )
      })
      const lastCall = calls.at(-1)
      if (lastCall && calls.length < n && lastCall.number <= n)
        push(
          t,
          lastCall.b,
          lastCall.from,
          lastCall.to,
          `主持词只进行到第${chineseNumeral(calls.length)}项议程，会议有${countNumeral(n)}项，后面的议程没有主持。`,
        )
      // The list of items itself: the agenda's 一、二、, the notice's 会议议程 part.
      if (staleEntries(t.node, ctx.meeting).some((s) => s.group === '议程')) continue
      const list = agendaList(t)
      if (list && list.items.length !== n)
        push(t, list.items[0] ?? list.at, 0, 0, `这里列了${list.items.length}项议程，会议记录里有${n}项。`)
    }
    return out
  },
}

const ANNOUNCED_ITEMS = /(?:共|一共)?有([一二三四五六七八九十两]{1,3})项(?:会议)?(?:议程|议题)[：:，,。]?/g
const ITEM_CALL = /第([一二三四五六七八九十]{1,3})项(?:会议)?(?:议程|议题)/g

/** Where a document lists the agenda: an agenda's level-1 items; a notice's items under a heading naming 议程. */
function agendaList(t: Target): { items: ScannedBlock[]; at: ScannedBlock } | null {
  if (t.doc === 'agenda') {
    const items = t.blocks.filter((b) => b.type === 'item' && b.node.attrs.level === 1)
    return { items, at: t.blocks[0] }
  }
  if (t.doc === 'notice') {
    const heading = t.blocks.findIndex((b) => b.type === 'part_heading' && /议程/.test(b.text))
    if (heading < 0) return null
    const items: ScannedBlock[] = []
    for (let i = heading + 1; i < t.blocks.length && t.blocks[i].type !== 'part_heading'; i++)
      if (t.blocks[i].type === 'item') items.push(t.blocks[i])
    return items.length ? { items, at: t.blocks[heading] } : null
  }
  return null
}

/** The agenda fits on one page. */
export const agendaOnePage: MeetingRule = {
  id: 'meeting-agenda-page',
  name: '议程一页',
  severity: 'warning',
  group: '会议',
  check(ctx) {
    const t = ctx.target('agenda')
    if (!t) return []
    const pages = paginate(t.node, LAYOUTS[DEFAULT_LAYOUT.agenda]).length
    return pages > 1
      ? [
          {
            rule: this.id,
            severity: 'warning',
            message: `议程排出来有${pages}页，应在一页之内：请精简文字。`,
            doc: 'agenda',
            from: 0,
            to: 0,
            excerpt: '议程',
          },
        ]
      : []
  },
}
