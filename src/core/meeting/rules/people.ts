/** The people of the record, written alike in every document. */
import { chineseNumeral } from '../../numbering'
import { peopleOf, speakers } from '../model'
import { nameAfterTitle, namesFirst, POST_END, sameTitle, titleAfter, titleBefore } from '../names'
import type { ScannedBlock } from '../scan'
import { at, record, type MeetingFinding, type MeetingRule, type Target } from './kit'

/** Every person of the record is written with the same name and title everywhere. */
export const speakerNames: MeetingRule = {
  id: 'meeting-speaker',
  name: '发言人称呼一致',
  severity: 'error',
  group: '会议',
  check(ctx) {
    const out: MeetingFinding[] = []
    const people = peopleOf(ctx.meeting)
      .map((p) => p.person)
      .filter((p) => p.name && p.title)
    if (!people.length) return out
    const titlesOf = (name: string) => people.filter((p) => p.name === name).map((p) => p.title)
    const namesOf = (title: string) => people.filter((p) => p.title === title).map((p) => p.name)
    const full = (name: string) =>
      titlesOf(name)
        .map((t) => t + name)
        .join('或')
    // One finding per place: a name read in the text and the name slot it sits in (a byline's
    // 副县长　张强) are one mistake.
    const push = (t: Target, b: ScannedBlock, from: number, to: number, message: string) => {
      const f: MeetingFinding = { rule: this.id, severity: 'error', message, ...at(t, b, from, to) }
      const overlaps = (g: MeetingFinding) =>
        g.doc === f.doc &&
        g.speech === f.speech &&
        g.from < Math.max(f.to, f.from + 1) &&
        f.from < Math.max(g.to, g.from + 1)
      if (!out.some(overlaps)) out.push(f)
    }
    for (const t of ctx.targets) {
      for (const b of t.blocks) {
        const text = b.text
        for (const name of new Set(people.map((p) => p.name))) {
          const titles = titlesOf(name)
          for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + name.length)) {
            const window = text.slice(Math.max(0, i - 24), i)
            const before = titleBefore(window)
            const after = titleAfter(text.slice(i + name.length))
            const written = before ?? after
            // The title may stand apart from the name by a space (县长　张强 under a title).
            const titleStart = i - (window.length - window.replace(/\s+$/, '').length) - (before?.length ?? 0)
            if (written && !titles.some((title) => sameTitle(written, title)))
              push(
                t,
                b,
                before ? titleStart : i,
                before ? i + name.length : i + name.length + written.length,
                `${name}在会议记录里是“${full(name)}”，这里写作“${before ? written + name : name + written}”。`,
              )
          }
        }
        // A recorded title followed by another name: 县长张刚 where the record has 县长张强.
        for (const title of new Set(people.map((p) => p.title))) {
          const names = namesOf(title)
          for (let i = text.indexOf(title); i >= 0; i = text.indexOf(title, i + title.length)) {
            const rest = text.slice(i + title.length)
            if (names.some((n) => rest.startsWith(n))) continue
            if (/(?:副|常务|代|执行|原|前|名誉)$/.test(text.slice(0, i))) continue
            const other = nameAfterTitle(rest)
            if (other)
              push(
                t,
                b,
                i,
                i + title.length + other.length,
                `会议记录里的${title}是${names.join('、')}，这里写作“${title}${other}”。`,
              )
          }
        }
        // A speech's name slots: the slot's label is the title, its value the name.
        for (const s of b.persons) {
          const { label, value } = s.attrs
          if (!value) continue
          const recordedNames = namesOf(label)
          const recordedTitles = titlesOf(value)
          if (recordedNames.length && !recordedNames.includes(value))
            push(
              t,
              b,
              s.from,
              s.to,
              `这里的${label}写作“${value}”，会议记录里的${label}是${recordedNames.join('、')}。`,
            )
          else if (recordedTitles.length && label !== '同志' && !recordedTitles.some((r) => sameTitle(label, r)))
            push(t, b, s.from, s.to, `${value}在会议记录里是“${full(value)}”，这里的人名空位标为“${label}”。`)
        }
      }
    }
    return out
  },
}

/** Posts one person holds at a time in a unit: not 副县长, 委员, 常委 (a county has several). */
const SINGLE_POST = /^(?:[县市区州镇乡局处科所站院校组部厅队庭行社馆厂台会]长|秘书长|主任|书记|主席)$/

/**
 * The offices a title names, each as its unit and post: 县卫生健康局党组书记、局长 →
 * 县卫生健康局党组/书记 and 县卫生健康局党组/局长 (a post after 、 is of the first one's unit).
 */
function officesOf(title: string): { unit: string; post: string }[] {
  let unit = ''
  return title.split(/[、，,\s]+/).flatMap((part, i) => {
    const post = POST_END.exec(part)?.[0]
    if (!post) return []
    const own = part.slice(0, -post.length)
    if (i === 0 || own) unit = own
    return [{ unit, post }]
  })
}

/** A unit's own name, without the party body inside it: 县卫生健康局党组 → 县卫生健康局. */
const unitOf = (unit: string) => unit.replace(/(?:党组|党委|党总支|党支部|机关党委)$/, '')

/**
 * Whether two offices are one post of one unit: the same single-holder post of the same named unit
 * (its party body aside). Not one unit the other's start (县委书记 and 县委政法委书记 are two posts),
 * nor a post with no unit named (局长 alone may be of any bureau).
 */
function sameOffice(a: { unit: string; post: string }, b: { unit: string; post: string }): boolean {
  if (a.post !== b.post || !SINGLE_POST.test(a.post)) return false
  return a.unit !== '' && b.unit !== '' && unitOf(a.unit) === unitOf(b.unit)
}

/**
 * The chair is recorded with a post another person of the record holds: 主持人 县卫生健康局党组书记、
 * 局长王建国 beside 讲话 县卫生健康局局长李志强 (tryout 11 B4: the speaker was corrected after
 * the roll, the chair kept last year's 局长, and the agenda printed both). One of the two is
 * last year's. Must: 局长王建国 chairing, 县卫生健康局局长李志强 speaking. Must not: 副县长 chairing
 * and 县长 speaking; two 副县长; 县财政局局长 beside 县卫生健康局局长; one person in two items.
 */
export const chairOffice: MeetingRule = {
  id: 'meeting-chair-office',
  name: '主持人与发言人职务重复',
  severity: 'error',
  group: '会议',
  check({ meeting }) {
    const chair = meeting.chair
    if (!chair.name || !chair.title) return []
    const mine = officesOf(chair.title)
    const other = peopleOf(meeting)
      .filter((p) => p.path !== 'chair' && p.person.name && p.person.name !== chair.name)
      .find((p) => officesOf(p.person.title).some((o) => mine.some((c) => sameOffice(c, o))))
    if (!other) return []
    const message = `主持人写的是“${chair.title}${chair.name}”，议程里的发言人是“${other.person.title}${other.person.name}”：同一个职务写了两个人，其中一个多半是去年的，请核对主持人。`
    return [{ rule: this.id, severity: 'error', message, ...record('chair', message) }]
  },
}

/**
 * The chair's summary after a speech names its speaker as the record has them: a person written
 * name first in it (王建国副县长的讲话) whom the record does not name is the speaker before a change
 * (tryout 12 B5: the speaker changed to 赵刚, the summary kept 王建国副县长, and the script read both).
 * Must: 王建国副县长的讲话… under 县委常委、常务副县长赵刚. Must not: the speaker's own name
 * (赵刚常务副县长, 周建国局长), another person of the record (张明局长宣读的决定), a summary naming nobody.
 */
export const summarySpeaker: MeetingRule = {
  id: 'meeting-summary-speaker',
  name: '小结里的发言人',
  severity: 'error',
  group: '会议',
  check({ meeting }) {
    const names = new Set(peopleOf(meeting).map((p) => p.person.name))
    const out: MeetingFinding[] = []
    meeting.items.forEach((item, i) => {
      const speaker = speakers(item)
      if (!item.summary || !item.who.some((p) => p.name)) return
      for (const n of namesFirst(item.summary)) {
        if (names.has(n.name)) continue
        const message = `第${chineseNumeral(i + 1)}项议程讲话后的小结里写的是“${n.name}${n.title}”，会议记录里这项的发言人是${speaker}，请核对小结。`
        out.push({ rule: this.id, severity: 'error', message, ...record(`items.${i}.summary`, message) })
      }
    })
    return out
  },
}
