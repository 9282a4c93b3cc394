/**
 * Calendar dates and how Chinese official writing spells them: 2027年2月12日（星期五）, 上午9:00.
 * GB/T 9704 writes dates in Arabic numerals, the year in full, month and day without leading
 * zeros. Records keep dates as ISO strings (2027-02-12) and times as 24-hour HH:MM.
 */
import { chineseNumeral, parseChineseNumeral } from './numbering'

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

/**
 * The parts of the day a time is written with, and the hours (24-hour, from–to, to excluded) each
 * covers: 上午9:00 is 09:00, 下午2:30 14:30, 晚上7:00 19:00, 中午12:30 12:30 and 中午1:00 13:00. What
 * chineseTime writes is read back to the same time.
 */
export const DAY_PARTS: readonly { words: readonly string[]; from: number; to: number }[] = [
  { words: ['上午', '早上', '早晨', '凌晨'], from: 0, to: 12 },
  { words: ['中午'], from: 11, to: 14 },
  { words: ['下午'], from: 12, to: 19 },
  { words: ['晚上', '傍晚', '夜间'], from: 17, to: 24 },
]

const DAY_PART = DAY_PARTS.flatMap((p) => p.words).join('|')
const NUMBER = '\\d{1,2}|[零〇一二两三四五六七八九十]{1,3}'
/** 9:00, 9：00, 9时, 9时30分, 9点半, 九时三十分, each optionally after a part of the day. */
const TIME_INPUT = new RegExp(
  `^(${DAY_PART})?\\s*(?:(\\d{1,2})[:：](\\d{2})|(${NUMBER})\\s*[时点](?:\\s*(半|整|${NUMBER})\\s*分?)?)$`,
)

/** 9 or 九 or 两 → 9, 2; 三十 → 30; 零五 → 5; null when not a number. */
function timeNumber(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text)
  if (text === '两') return 2
  const t = text.replace(/^[零〇]/, '')
  if (/^[零〇]+$/.test(text)) return 0
  return parseChineseNumeral(t)
}

/**
 * A time of day as people type it, and as the notice writes it: "9:00", "09:00", "9：00",
 * "上午9:00", "下午2:30", "14:30", "9时", "9时30分", "九时三十分", "9点半" → "09:00", "14:30"…;
 * full-width digits too. Null when it is not a time of day, or its hour is not in the part of the
 * day it names (上午15:00).
 */
export function parseTimeInput(text: string): string | null {
  const m = TIME_INPUT.exec(text.trim().replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10)))
  if (!m) return null
  const [, part, hDigits, mDigits, hWords, mWords] = m
  const hour = hDigits !== undefined ? Number(hDigits) : timeNumber(hWords)
  const minute =
    mDigits !== undefined
      ? Number(mDigits)
      : mWords === undefined || mWords === '整'
        ? 0
        : mWords === '半'
          ? 30
          : timeNumber(mWords)
  if (hour === null || minute === null || hour > 23 || minute > 59) return null
  let h = hour
  if (part) {
    const range = DAY_PARTS.find((p) => p.words.includes(part))
    if (!range) return null
    const inRange = (x: number) => x >= range.from && x < range.to
    if (!inRange(h)) {
      if (h < 12 && inRange(h + 12)) h += 12
      else return null
    }
  }
  return `${String(h).padStart(2, '0')}:${String(minute).padStart(2, '0')}`
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
