import { describe, expect, it } from 'vitest'
import {
  addYears,
  chineseDateWithWeekday,
  chineseTime,
  parseDateInput,
  parseIsoDate,
  parseTimeInput,
  parseWeekday,
  weekdayOf,
} from '../../src/core/dates'
import { checkDocument } from '../../src/core/checks/engine'
import { importText } from '../../src/core/import'
import { datesInText, weekdayRule } from '../../src/core/checks/weekday'
import { DEFAULT_CHECK_OPTIONS } from '../../src/core/checks/types'
import { viewOf } from '../../src/core/checks/blocks'
import { schema } from '../../src/core/schema'

describe('dates as Chinese documents write them', () => {
  it('knows the weekday of a date', () => {
    expect(weekdayOf(parseIsoDate('2027-02-12')!)).toBe(5)
    expect(chineseDateWithWeekday(parseIsoDate('2027-02-12')!)).toBe('2027年2月12日（星期五）')
    expect(chineseDateWithWeekday(parseIsoDate('2026-02-15')!)).toBe('2026年2月15日（星期日）')
  })
  it('refuses dates that do not exist and reads what people type', () => {
    expect(parseIsoDate('2027-02-29')).toBeNull()
    expect(parseIsoDate('2028-02-29')).not.toBeNull()
    expect(parseIsoDate('2027-2-12')).toBeNull()
    expect(parseDateInput('2027年2月12日')).toBe('2027-02-12')
    expect(parseDateInput('2027/2/12')).toBe('2027-02-12')
    expect(parseDateInput('2027年2月30日')).toBeNull()
    expect(parseTimeInput('9:00')).toBe('09:00')
    expect(parseTimeInput('9：30')).toBe('09:30')
    expect(parseTimeInput('25:00')).toBeNull()
  })
  it('writes times of day with 上午/下午', () => {
    expect(chineseTime('09:00')).toBe('上午9:00')
    expect(chineseTime('14:30')).toBe('下午2:30')
    expect(chineseTime('12:00')).toBe('中午12:00')
  })
  it('reads a time as the notice writes it and as people type it (tryout 10 #8)', () => {
    const reads: [typed: string, time: string][] = [
      ['上午9:00', '09:00'],
      ['上午 9:30', '09:30'],
      ['下午2:30', '14:30'],
      ['下午14:30', '14:30'],
      ['中午12:30', '12:30'],
      ['中午1:00', '13:00'],
      ['晚上7:00', '19:00'],
      ['早上8:30', '08:30'],
      ['9：00', '09:00'],
      ['１４：３０', '14:30'],
      ['9时', '09:00'],
      ['9时30分', '09:30'],
      ['15点', '15:00'],
      ['9点半', '09:30'],
      ['九时', '09:00'],
      ['九时三十分', '09:30'],
      ['下午两点', '14:00'],
      ['十四时整', '14:00'],
    ]
    for (const [typed, time] of reads) expect([typed, parseTimeInput(typed)]).toEqual([typed, time])
    // Not a time, or a part of the day its hour is not in.
    for (const typed of ['上午15:00', '晚上9:00上午', '下午8:00', '9:60', '24:00', '九点钟以后', '上午', '3月9日'])
      expect([typed, parseTimeInput(typed)]).toEqual([typed, null])
  })
  it('reads back every time it writes', () => {
    for (let h = 0; h < 24; h++)
      for (const min of ['00', '05', '30', '59']) {
        const time = `${String(h).padStart(2, '0')}:${min}`
        expect([chineseTime(time), parseTimeInput(chineseTime(time))]).toEqual([chineseTime(time), time])
      }
  })
  it('moves a date a year on, 29 February to the 28th', () => {
    expect(addYears({ year: 2028, month: 2, day: 29 }, 1)).toEqual({ year: 2029, month: 2, day: 28 })
  })
  it('reads weekday names', () => {
    expect(parseWeekday('星期五')).toBe(5)
    expect(parseWeekday('周日')).toBe(0)
    expect(parseWeekday('礼拜天')).toBe(0)
    expect(parseWeekday('星期八')).toBeNull()
  })
})

const para = (text: string) => viewOf(schema.nodes.paragraph.create(null, schema.text(text)))
const ctx = {
  container: 'opening',
  partKind: null,
  blockType: 'paragraph',
  reviewYear: null,
  planYear: null,
  options: DEFAULT_CHECK_OPTIONS,
} as const
const weekday = (text: string) => weekdayRule.check(para(text), ctx)

describe('the weekday beside a date', () => {
  it('fires when the weekday is not the date’s', () => {
    const f = weekday('定于2027年2月12日（星期四）上午9:00召开。')
    expect(f).toHaveLength(1)
    expect(f[0].message).toBe('2027年2月12日是星期五，这里写的是“星期四”。')
    expect('定于2027年2月12日（星期四）上午9:00召开。'.slice(f[0].from, f[0].to)).toBe('星期四')
  })
  it('is quiet for the right weekday, in any of the usual spellings', () => {
    expect(weekday('定于2027年2月12日（星期五）上午9:00召开。')).toEqual([])
    expect(weekday('2027年2月12日(周五)')).toEqual([])
    expect(weekday('2027年2月14日 星期日')).toEqual([])
    expect(weekday('2027年2月12日召开，请各单位于星期四前报名。')).toEqual([])
  })
  it('takes the year of a date without one from the last full date before it', () => {
    const text = '会期两天，2027年2月12日报到，2月13日（星期五）开会。'
    expect(weekday(text).map((f) => f.message)).toEqual(['按2027年算，2月13日是星期六，这里写的是“星期五”。'])
    expect(weekday('会议定于2月13日（星期五）召开。')).toEqual([])
  })
  it('flags a day the month does not have', () => {
    expect(weekday('2027年2月29日（星期一）').map((f) => f.message)).toEqual(['2027年2月没有29日，请核对日期。'])
    expect(weekday('4月31日报到').map((f) => f.message)).toEqual(['4月没有31日，请核对日期。'])
    expect(weekday('2028年2月29日（星期二）')).toEqual([])
  })
  it('names the year in that message only when it is written with the date', () => {
    expect(weekday('2027年1月5日报到，2月30日开会。').map((f) => f.message)).toEqual(['2月没有30日，请核对日期。'])
    expect(weekday('1月32日报到，12月32日开会。').map((f) => f.message)).toEqual([
      '1月没有32日，请核对日期。',
      '12月没有32日，请核对日期。',
    ])
  })
  it('leaves a month no year has alone: it is no date', () => {
    expect(weekday('第0月3日')).toEqual([])
    expect(weekday('2027年13月5日')).toEqual([])
  })
  it('keeps the last written year across dates that have none', () => {
    expect(weekday('2027年2月12日报到，2月13日开会，2月14日（星期日）返程。')).toEqual([])
    expect(weekday('2027年2月12日报到，2月13日开会，2月14日（星期六）返程。').map((f) => f.message)).toEqual([
      '按2027年算，2月14日是星期日，这里写的是“星期六”。',
    ])
  })
  it('finds dates and their weekdays', () => {
    expect(datesInText('2027年2月12日（星期五）').map((d) => d.weekday?.value)).toEqual([5])
  })
  it('runs on any speech in the checks', () => {
    const text = '标题\n同志们：\n今天是2027年2月12日（星期四）。\n一、工作回顾\n正文。\n'
    expect(checkDocument(importText(text).doc).filter((f) => f.rule === 'weekday')).toHaveLength(1)
  })
})
