/** The record itself: complete, and its dates in the order a notice needs. */
import { chineseDate, compareDates, parseIsoDate } from '../../dates'
import { meetingProblems } from '../model'
import { record, type MeetingFinding, type MeetingRule } from './kit'

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
