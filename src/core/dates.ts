/**
 * Calendar dates and how Chinese official writing spells them: 2027年2月12日（星期五）, 上午9:00.
 * GB/T 9704 writes dates in Arabic numerals, the year in full, month and day without leading
 * zeros. Records keep dates as ISO strings (2027-02-12) and times as 24-hour HH:MM.
 */
import { chineseNumeral } from './numbering'

export interface Ymd {
  year: number
  month: number
  day: number
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/
const TIME = /^([01]?\d|2[0-3])[:：]([0-5]\d)$/

/** Days in a month of a year (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

export function isRealDate({ year, month, day }: Ymd): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
}

/** "2027-02-12" → the date; null when it is not a real date in that form. */
export function parseIsoDate(text: string): Ymd | null {
  const m = ISO_DATE.exec(text)
  if (!m) return null
  const ymd = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }
  return isRealDate(ymd) ? ymd : null
}

export function isoDate({ year, month, day }: Ymd): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/**
 * A date as people type it: 2027-02-12, 2027/2/12, 2027.2.12 or 2027年2月12日 → ISO; null when
 * it is none of these or not a real date.
 */
export function parseDateInput(text: string): string | null {
  const m = /^\s*(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})\s*日?\s*$/.exec(text)
  if (!m) return null
  const ymd = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }
  return isRealDate(ymd) ? isoDate(ymd) : null
}

/** "9:00", "09:00", "9：00" → "09:00"; null when not a time of day. */
export function parseTimeInput(text: string): string | null {
  const m = TIME.exec(text.trim())
  return m ? `${m[1].padStart(2, '0')}:${m[2]}` : null
}

/** 0 for Sunday … 6 for Saturday. */
export function weekdayOf({ year, month, day }: Ymd): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay()
}

/** 星期日 … 星期六. */
export function weekdayName(weekday: number): string {
  return `星期${weekday === 0 ? '日' : chineseNumeral(weekday)}`
}

/**
 * The weekday a written name means: 星期五, 周五, 礼拜五 → 5; 星期日/星期天/周日 → 0; null otherwise.
 */
export function parseWeekday(text: string): number | null {
  const m = /^(?:星期|周|礼拜)([一二三四五六日天])$/.exec(text)
  if (!m) return null
  return m[1] === '日' || m[1] === '天' ? 0 : '一二三四五六'.indexOf(m[1]) + 1
}

/** 2027年2月12日 */
export function chineseDate({ year, month, day }: Ymd): string {
  return `${year}年${month}月${day}日`
}

/** 2027年2月12日（星期五） */
export function chineseDateWithWeekday(ymd: Ymd): string {
  return `${chineseDate(ymd)}（${weekdayName(weekdayOf(ymd))}）`
}

/** "09:00" → 上午9:00, "14:30" → 下午2:30; 中午 from 12 to 13, 晚上 from 18. */
export function chineseTime(time: string): string {
  const m = TIME.exec(time)
  if (!m) throw new RangeError(`Not a time of day: ${JSON.stringify(time)}`)
  const h = Number(m[1])
  const part = h < 12 ? '上午' : h < 13 ? '中午' : h < 18 ? '下午' : '晚上'
  return `${part}${h > 12 ? h - 12 : h}:${m[2]}`
}

/** The same day n years later; 29 February becomes the 28th in a year without it. */
export function addYears({ year, month, day }: Ymd, n: number): Ymd {
  const y = year + n
  return { year: y, month, day: Math.min(day, daysInMonth(y, month)) }
}

/** Negative when a is before b, 0 on the same day. */
export function compareDates(a: Ymd, b: Ymd): number {
  return a.year - b.year || a.month - b.month || a.day - b.day
}
