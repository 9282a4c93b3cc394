/**
 * Next year's meeting from this year's record, rolled forward with the speech: every date a
 * year on (the weekday follows from the date), the year and the ordinal in the name moved on,
 * last year's summary of the main speech dropped. Each change is flagged for the user to
 * confirm; the old name and date are kept so what is left of them in the documents is found.
 */
import { addYears, chineseDateWithWeekday, isoDate, parseIsoDate, weekdayOf } from '../dates'
import { chineseNumeral, parseChineseNumeral } from '../numbering'
import { meetingYears, type Meeting } from './model'
import { YEAR } from '../lang/years'
import { YEAR_WRITTEN, yearMoves } from '../rollover'

export interface MeetingFlag {
  path: string
  severity: 'warning' | 'info'
  message: string
}

export interface MeetingRollover {
  meeting: Meeting
  flags: MeetingFlag[]
}

export interface MeetingRolloverOptions {
  /** Years to move on; 1 by default. */
  years?: number
  /** The new year's speech for an item's old link (the draft rolled forward with it); null when there is none. */
  speechLink?: (old: string) => string | null
}

const ORDINAL = /第([一二三四五六七八九十百]+)(次|届)/

/**
 * An agenda item's words rolled on: a year that is the meeting's review or plan year moves by
 * `years`, as the speech's do (表彰2026年度先进集体 of a meeting that reviews 2026, 签订2027年度目标
 * 责任书 of one that plans 2027); each is flagged to confirm, and so is a year kept as written
 * (2035年远景目标, a range 2021—2025年, a title in 《》).
 */
function rollAgendaYears(
  what: string,
  own: readonly (number | null)[],
  years: number,
  flag: (f: Omit<MeetingFlag, 'path'>) => void,
): string {
  const kept: number[] = []
  const rolled = what.replace(YEAR_WRITTEN, (y: string, _year: string, at: number) => {
    const year = Number(y)
    if (!yearMoves(what, at, year, own)) {
      kept.push(year)
      return y
    }
    flag({ severity: 'info', message: `的“${year}年”已改为“${year + years}年”，请确认。` })
    return String(year + years)
  })
  if (kept.length)
    flag({
      severity: 'warning',
      message: `的${kept.map((y) => `“${y}年”`).join('')}没有顺延（不是会议回顾或部署的年份，或写在年份区间、书名号里），请确认今年是否仍是这样写。`,
    })
  return rolled
}

export function rollMeetingForward(old: Meeting, options: MeetingRolloverOptions = {}): MeetingRollover {
  const years = options.years ?? 1
  const flags: MeetingFlag[] = []
  const moveDate = (iso: string, path: string, what: string): string => {
    const d = parseIsoDate(iso)
    if (!d) return iso
    const next = addYears(d, years)
    const weekday = weekdayOf(next)
    const weekend = weekday === 0 || weekday === 6
    flags.push({
      path,
      severity: weekend ? 'warning' : 'info',
      message: `${what}顺延为${chineseDateWithWeekday(next)}${weekend ? '，是周末' : ''}，请按今年的安排核对。`,
    })
    return isoDate(next)
  }
  const date = moveDate(old.date, 'date', '会议日期')
  const issued = moveDate(old.issued, 'issued', '通知成文日期')
  const deadlines = old.deadlines.map((d, i) => ({
    ...d,
    date: moveDate(d.date, `deadlines.${i}.date`, `截止日期（${d.what}）`),
  }))
  let name = old.name.replace(new RegExp(`(${YEAR})(\\s*年)`, 'g'), (_, y: string, rest: string) => {
    flags.push({ path: 'name', severity: 'info', message: `会议名称里的年份已改为${Number(y) + years}年，请确认。` })
    return String(Number(y) + years) + rest
  })
  const ordinal = ORDINAL.exec(name)
  const n = ordinal && parseChineseNumeral(ordinal[1])
  if (ordinal && n !== null && n + years <= 999) {
    const next = `第${chineseNumeral(n + years)}${ordinal[2]}`
    name = name.replace(ordinal[0], next)
    flags.push({
      path: 'name',
      severity: 'warning',
      message: `会议名称里的届次由“${ordinal[0]}”改为“${next}”，请确认今年确是${next}。`,
    })
  }
  const { reviewYear, planYear } = meetingYears(old)
  const items = old.items.map((item, i) => {
    const what = rollAgendaYears(item.what, [reviewYear, planYear], years, (flag) =>
      flags.push({ ...flag, path: `items.${i}.what`, message: `第${chineseNumeral(i + 1)}项议程里${flag.message}` }),
    )
    let speech = item.speech
    if (speech) {
      const next = options.speechLink ? options.speechLink(speech) : speech
      if (next === speech)
        flags.push({
          path: `items.${i}.speech`,
          severity: 'warning',
          message: `第${chineseNumeral(i + 1)}项议程仍连着去年的讲话稿，请改连今年的讲话稿。`,
        })
      speech = next
    }
    if (item.summary)
      flags.push({
        path: `items.${i}.summary`,
        severity: 'info',
        message: `去年主讲话后的小结已清空，请按今年的讲话重写。`,
      })
    return { ...item, what, speech, summary: '' }
  })
  if (old.chair.name || old.items.some((i) => i.who.length))
    flags.push({ path: 'items', severity: 'info', message: '请核对主持人和各项议程的发言人今年是否有变动。' })
  const meeting: Meeting = {
    ...old,
    name,
    date,
    issued,
    deadlines,
    items,
    rolledFrom: { name: old.name, date: old.date },
  }
  return { meeting, flags }
}
