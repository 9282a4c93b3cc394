/**
 * A weekday written beside a date must be that date's: "2027年2月12日（星期五）". Notices and
 * agendas copied from last year keep last year's weekday; the date is changed, the weekday
 * forgotten. A date without a year takes the year last written before it in the paragraph.
 */
import { chineseDate, isRealDate, parseWeekday, weekdayName, weekdayOf, type Ymd } from '../dates'
import { present } from '../guards'
import { YEAR } from '../lang/years'
import type { BlockContext, BlockFinding, BlockRule } from './types'

/** A date in the text: 2027年2月12日, 2月12日, 2月12号; the year is optional. */
const DATE = new RegExp(`(?:(${YEAR})\\s*年\\s*)?(?<!\\d)(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号]`, 'g')
/**
 * A weekday right after a date, bracketed or not, or after a comma inside the date line's
 * brackets: （星期五）, (周五), 星期五, （2026年1月9日，星期五）.
 */
const WEEKDAY_AFTER =
  /^\s*(?:[（(]\s*((?:星期|周|礼拜)[一二三四五六日天])\s*[）)]|[，,、]?\s*((?:星期|周|礼拜)[一二三四五六日天]))/

export interface DateInText {
  from: number
  to: number
  /** The year as written, or taken from the last full date before it; null when none. */
  date: Ymd | null
  yearWritten: boolean
  month: number
  day: number
  weekday: { from: number; to: number; text: string; value: number } | null
}

/**
 * Every date in a text, with the weekday written after it; a date without a year takes the last
 * written before it, else `yearFor` (the year of the place the text stands in, if known; given
 * as a function, by the date's month).
 */
export function datesInText(
  text: string,
  yearFor: number | null | ((month: number) => number | null) = null,
): DateInText[] {
  const out: DateInText[] = []
  let lastYear: number | null = null
  for (const m of text.matchAll(DATE)) {
    const from = m.index
    const to = from + m[0].length
    const month = Number(m[2])
    const year = m[1] ? Number(m[1]) : (lastYear ?? (typeof yearFor === 'function' ? yearFor(month) : yearFor))
    if (m[1]) lastYear = Number(m[1])
    const day = Number(m[3])
    const w = WEEKDAY_AFTER.exec(text.slice(to))
    const written = w ? (w[1] ?? w[2]) : null
    const at = w && written ? to + w.index + w[0].indexOf(written) : 0
    out.push({
      from,
      to,
      date: year === null ? null : { year, month, day },
      yearWritten: !!m[1],
      month,
      day,
      weekday: written
        ? {
            from: at,
            to: at + written.length,
            text: written,
            value: present(parseWeekday(written), 'a weekday WEEKDAY_AFTER matched'),
          }
        : null,
    })
  }
  return out
}

/**
 * The year a date without one falls in, where its paragraph names none: the plan's dates (in the
 * tasks and the requirements: 督导组定于3月18日进驻, 4月8日前报送) are in the year planned, the
 * review's in the year reviewed. A speech given in the year it reviews (a December meeting that
 * plans next year) also sets tasks for the rest of its own year: a date from the date line's
 * month on (12月25日前全部完工, 12月28日前报送总结) is of the date line's year. The opening and
 * the closing speak of the days around the meeting (4月15日起全县正式进入汛期): with a date line,
 * a date there falls within half a year of it (a January speech's 12月28日 is of the year
 * before). Elsewhere (a 形势 part) it is not known.
 */
function yearOfPlace(ctx: BlockContext, month: number): number | null {
  const on = ctx.givenOn
  if (ctx.partKind === 'tasks' || ctx.partKind === 'requirements') {
    const restOfYear = ctx.givenInReviewYear && on && on.month !== null && month >= on.month
    return restOfYear ? on.year : ctx.planYear
  }
  if (ctx.partKind === 'review') return ctx.reviewYear
  if ((ctx.container === 'opening' || ctx.container === 'closing') && on) {
    if (on.month === null) return on.year
    return on.year + (month - on.month > 6 ? -1 : on.month - month > 6 ? 1 : 0)
  }
  return null
}

export const weekdayRule: BlockRule = {
  id: 'weekday',
  name: '日期与星期',
  severity: 'error',
  group: '年份',
  scope: 'block',
  purpose:
    '写在日期旁的星期要与日期相符（2027年2月12日是星期五），日期本身要存在。没写年份的日期按同一段里前面写的年份算；段里没写时，任务、要求部分里的按部署之年算（年底开的会，从日期行那个月起的日期按当年算），回顾部分里的按回顾之年算，开头和结尾里的按日期行前后半年之内算。',
  fires: [
    '会议定于2027年2月12日（星期四）召开。',
    '报名截止到2月30日。',
    '（2026年1月9日，星期四）',
    // no year written: the tasks' and requirements' dates are the plan year's (督导, 农业, 教育)
    { text: '第一批督导组定于3月18日（星期四）进驻各乡镇。', in: 'tasks' },
    { text: '各乡镇要在4月8日（星期二）前报送春耕进度。', in: 'requirements' },
    { text: '全年组织教师培训，3月20日（星期五）举办首期培训班。', in: 'review' },
    // the opening of a dated speech speaks of the days around it (防汛, 春耕)
    {
      text: '标题\n（2026年4月14日）\n同志们：\n4月15日（星期四）起全县正式进入汛期。\n一、2025年工作回顾\n完成了任务。\n二、2026年工作任务\n确保完成。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    // a year-end speech's tasks for the rest of its own year (住建 收尾, 人社 报送); its later months are next year's
    {
      text: '标题\n（2026年12月10日）\n同志们：\n今天召开年终会议。\n一、2026年工作回顾\n完成了任务。\n二、2027年重点任务\n抓好收尾，在建项目12月31日（星期五）前全部完工验收。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    {
      text: '标题\n（2026年11月20日）\n同志们：\n今天召开年终会议。\n一、2026年工作回顾\n完成了任务。\n二、2027年重点任务\n各单位11月30日（星期二）前报送年度就业统计。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    {
      text: '标题\n（2026年12月10日）\n同志们：\n今天召开年终会议。\n一、2026年工作回顾\n完成了任务。\n二、2027年重点任务\n督导组定于3月18日（星期三）进驻各乡镇。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    {
      text: '标题\n（2026年1月8日）\n同志们：\n12月28日（星期一），市里召开了农村工作会议。\n一、2025年工作回顾\n完成了任务。\n二、2026年工作任务\n确保完成。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
  ],
  quiet: [
    '会议定于2027年2月12日（星期五）召开。',
    '2024年2月29日报送材料。',
    '（2026年1月9日，星期五）',
    { text: '第一批督导组定于3月18日（星期三）进驻各乡镇。', in: 'tasks' },
    { text: '各乡镇要在4月8日（星期三）前报送春耕进度。', in: 'requirements' },
    { text: '全年组织教师培训，3月20日（星期四）举办首期培训班。', in: 'review' },
    // no year known in the opening of an undated speech
    { text: '全年组织教师培训，3月20日（星期一）举办首期培训班。', in: 'opening' },
    {
      text: '标题\n（2026年4月14日）\n同志们：\n4月15日（星期三）起全县正式进入汛期。\n一、2025年工作回顾\n完成了任务。\n二、2026年工作任务\n确保完成。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    {
      text: '标题\n（2026年12月10日）\n同志们：\n今天召开年终会议。\n一、2026年工作回顾\n完成了任务。\n二、2027年重点任务\n抓好收尾，在建项目12月31日（星期四）前全部完工验收。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    {
      text: '标题\n（2026年11月20日）\n同志们：\n今天召开年终会议。\n一、2026年工作回顾\n完成了任务。\n二、2027年重点任务\n各单位11月30日（星期一）前报送年度就业统计。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    {
      text: '标题\n（2026年12月10日）\n同志们：\n今天召开年终会议。\n一、2026年工作回顾\n完成了任务。\n二、2027年重点任务\n督导组定于3月18日（星期四）进驻各乡镇。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    // a January speech's December is the year before's
    {
      text: '标题\n（2026年1月8日）\n同志们：\n12月28日（星期日），市里召开了农村工作会议。\n一、2025年工作回顾\n完成了任务。\n二、2026年工作任务\n确保完成。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
  ],
  check({ text }, ctx) {
    const out: BlockFinding[] = []
    for (const d of datesInText(text, (month) => yearOfPlace(ctx, month))) {
      // 2月29日 exists in some years: without a year only a day no year has is wrong.
      const possible = d.date ? isRealDate(d.date) : isRealDate({ year: 2024, month: d.month, day: d.day })
      if (!possible) {
        if (d.month >= 1 && d.month <= 12)
          out.push({
            rule: this.id,
            from: d.from,
            to: d.to,
            message: `${d.date && d.yearWritten ? `${d.date.year}年` : ''}${d.month}月没有${d.day}日，请核对日期。`,
          })
        continue
      }
      if (!d.weekday || !d.date) continue
      const actual = weekdayOf(d.date)
      if (actual === d.weekday.value) continue
      out.push({
        rule: this.id,
        from: d.weekday.from,
        to: d.weekday.to,
        message: d.yearWritten
          ? `${chineseDate(d.date)}是${weekdayName(actual)}，这里写的是“${d.weekday.text}”。`
          : `按${d.date.year}年算，${d.month}月${d.day}日是${weekdayName(actual)}，这里写的是“${d.weekday.text}”。`,
      })
    }
    return out
  },
}
