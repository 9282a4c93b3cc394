/** The record itself: complete, its dates in the order a notice needs, and the speech dated as the meeting. */
import { datesInText } from '../../checks/weekday'
import { chineseDate, chineseDateWithWeekday, compareDates, parseIsoDate, weekdayName, weekdayOf } from '../../dates'
import { meetingProblems } from '../model'
import { deadlineClause, SAYS_HOW_HANDED_IN } from '../fields'
import { at, record, type MeetingFinding, type MeetingRule } from './kit'

/** The record is complete and its values usable. */
export const recordComplete: MeetingRule = {
  id: 'meeting-record',
  name: '会议记录未填全',
  severity: 'error',
  group: '会议',
  check: ({ meeting }) =>
    meetingProblems(meeting).map((p) => ({
      rule: 'meeting-record',
      severity: 'error',
      message: p.message,
      ...record(p.path, p.message),
    })),
}

/** The notice is issued before the meeting; what it asks for is due between the two. */
export const meetingDates: MeetingRule = {
  id: 'meeting-dates',
  name: '通知日期与截止日期',
  severity: 'error',
  group: '会议',
  check({ meeting }) {
    const out: MeetingFinding[] = []
    const date = parseIsoDate(meeting.date)
    const issued = parseIsoDate(meeting.issued)
    const push = (path: string, message: string) =>
      out.push({ rule: this.id, severity: 'error', message, ...record(path, message) })
    if (date && issued && compareDates(issued, date) >= 0)
      push(
        'issued',
        `通知的成文日期（${chineseDate(issued)}）不早于会议日期（${chineseDate(date)}）：通知要在会前发出，请核对。`,
      )
    meeting.deadlines.forEach((d, i) => {
      const due = parseIsoDate(d.date)
      if (!due) return
      if (issued && compareDates(due, issued) < 0)
        push(
          `deadlines.${i}.date`,
          `截止日期${chineseDate(due)}（${d.what}）早于通知的成文日期${chineseDate(issued)}，收到通知时已经过了。`,
        )
      else if (date && compareDates(due, date) >= 0)
        push(`deadlines.${i}.date`, `截止日期${chineseDate(due)}（${d.what}）不早于会议日期${chineseDate(date)}。`)
    })
    return out
  },
}

/**
 * A deadline's 事项 says what to do by then, not only the thing due: the notice reads
 * "请于……前将参会回执。" for 参会回执, a sentence without its verb.
 */
export const deadlineWhat: MeetingRule = {
  id: 'meeting-deadline-what',
  name: '截止事项没写怎么交',
  severity: 'warning',
  group: '会议',
  check({ meeting }) {
    const out: MeetingFinding[] = []
    meeting.deadlines.forEach((d, i) => {
      const clause = deadlineClause(d.what)
      if (!clause || SAYS_HOW_HANDED_IN.test(d.what)) return
      const to = meeting.organiser.trim() || '会议主办单位'
      const message = `第${i + 1}个截止日期要办的事“${d.what.trim()}”只写了要交的东西，通知里读作“请于……前${clause}。”：请写上交给谁、怎么交，如“${clause.replace(/^将/, '')}报${to}”。`
      out.push({ rule: this.id, severity: 'warning', message, ...record(`deadlines.${i}.what`, message) })
    })
    return out
  },
}

/**
 * A linked speech's date line, （2027年2月12日，星期五） under its title, names the meeting's day
 * and its weekday: the notice and the script follow the record by themselves, the speech's words
 * do not when the meeting is moved.
 */
export const speechDate: MeetingRule = {
  id: 'meeting-speech-date',
  name: '讲话稿日期',
  severity: 'error',
  group: '会议',
  check(ctx) {
    const out: MeetingFinding[] = []
    const date = parseIsoDate(ctx.meeting.date)
    if (!date) return out
    const weekday = weekdayOf(date)
    for (const t of ctx.targets) {
      if (t.doc !== 'speech') continue
      for (const b of t.blocks) {
        if (b.type !== 'byline') continue
        for (const d of datesInText(b.text)) {
          if (!d.date || !d.yearWritten) continue
          const push = (from: number, to: number, message: string) =>
            out.push({ rule: this.id, severity: 'error', message, ...at(t, b, from, to) })
          if (compareDates(d.date, date) !== 0)
            push(
              d.from,
              d.weekday?.to ?? d.to,
              `讲话稿的日期行写的是${chineseDate(d.date)}${d.weekday ? `（${d.weekday.text}）` : ''}，会议记录里的会议日期是${chineseDateWithWeekday(date)}：请改正讲话稿的日期行。`,
            )
          else if (d.weekday && d.weekday.value !== weekday)
            push(
              d.weekday.from,
              d.weekday.to,
              `${chineseDate(date)}是${weekdayName(weekday)}，讲话稿的日期行写的是“${d.weekday.text}”。`,
            )
        }
      }
    }
    return out
  },
}
