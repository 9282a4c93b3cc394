/**
 * A weekday written beside a date must be that date's: "2027年2月12日（星期五）". Notices and
 * agendas copied from last year keep last year's weekday; the date is changed, the weekday
 * forgotten. A date without a year takes the year last written before it in the paragraph, within
 * the year ahead of the speech.
 */
import { chineseDate, isRealDate, parseWeekday, weekdayName, weekdayOf, type Ymd } from '../dates'
import { present } from '../guards'
import { SECOND_HALF_MONTH } from '../lang/year-end'
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
 * Months from the month a speech was given to a later date's; a speech's deadlines lie within
 * the twelve months ahead of it (0 to 11), and a secretary writes the year of one beyond.
 */
const AHEAD_MONTHS = 12

/**
 * Every date in a text, with the weekday written after it; a date without a year takes the last
 * written before it, else `yearFor` (the year of the place the text stands in, if known; given
 * as a function, by the date's month). With `givenOn` (the month the speech was given), a year
 * carried from an earlier date does not put a date a year or more after the speech: a timetable
 * that names its end first ("到2027年2月5日结束……11月30日前为动员排查阶段", in a speech of
 * 2026年11月) goes back to the stages from the meeting on, whose year is the place's.
 */
export function datesInText(
  text: string,
  yearFor: number | null | ((month: number) => number | null) = null,
  givenOn: { year: number; month: number | null } | null = null,
): DateInText[] {
  const out: DateInText[] = []
  let lastYear: number | null = null
  const carries = (year: number, month: number) =>
    !givenOn || givenOn.month === null || (year - givenOn.year) * 12 + month - givenOn.month < AHEAD_MONTHS
  for (const m of text.matchAll(DATE)) {
    const from = m.index
    const to = from + m[0].length
    const month = Number(m[2])
    const carried = lastYear !== null && carries(lastYear, month) ? lastYear : null
    const year = m[1] ? Number(m[1]) : (carried ?? (typeof yearFor === 'function' ? yearFor(month) : yearFor))
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
    // Given in the year it reviews but with no month to go by (no date line; its words say it
    // plans 明年): a date of the year's second half may be a deadline of its own year's end
    // (12月15日前报送初稿) or of next year's; either year's weekday holds.
    if (ctx.givenInReviewYear && (!on || on.month === null) && month >= SECOND_HALF_MONTH) return null
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

/**
 * The year the words around a date give it, in a speech given in the year it reviews with no month
 * known: 明年 right before it is the year planned; a later step of its sentence dated 明年 (12月15日前
 * 报送初稿，明年1月提交审议) or 今年 right before it puts it in the year the speech is given.
 */
function yearByNeighbours(text: string, d: DateInText, ctx: BlockContext): number | null {
  if (!ctx.givenInReviewYear || ctx.reviewYear === null) return null
  const before = text.slice(Math.max(0, d.from - 4), d.from)
  if (/明年\s*$/.test(before)) return ctx.planYear
  if (/今年\s*$/.test(before) || /^[^。！？；]*?明年/.test(text.slice(d.to))) return ctx.reviewYear
  return null
}

/**
 * A date whose year its place does not give (the opening of an undated speech: 今年“五一”假期从
 * 5月1日（星期五）开始): the days a speech speaks of lie in the year it reviews or the year it
 * plans, so a weekday that fits neither is wrong, whichever was meant.
 */
function unplacedWeekday(d: DateInText, ctx: BlockContext): { from: number; to: number; message: string } | null {
  const weekday = d.weekday
  const years = [...new Set([ctx.reviewYear, ctx.planYear].filter((y): y is number => y !== null))]
  if (!weekday || years.length === 0) return null
  const actual = years.map((year) => weekdayOf({ year, month: d.month, day: d.day }))
  if (actual.includes(weekday.value)) return null
  const readings = years.map((year, i) => `${year}年是${weekdayName(actual[i])}`).join('，')
  return {
    from: weekday.from,
    to: weekday.to,
    message: `${d.month}月${d.day}日按${readings}，这里写的是“${weekday.text}”。`,
  }
}

export const weekdayRule: BlockRule = {
  id: 'weekday',
  name: '日期与星期',
  severity: 'error',
  group: '年份',
  scope: 'block',
  purpose:
    '写在日期旁的星期要与日期相符（2027年2月12日是星期五），日期本身要存在。没写年份的日期按同一段里前面写的年份算（但不算到讲话日期一年以后去：先写“到2027年2月5日结束”再写“11月30日前为动员排查阶段”，后者按讲话所在的年份算）；段里没写时，任务、要求部分里的按部署之年算（年底开的会，从日期行那个月起的日期按当年算），回顾部分里的按回顾之年算，开头和结尾里的按日期行前后半年之内算；没有日期行、年底开的会（开头说部署明年工作），下半年的日期两年都可能，只有同一句后面写了“明年”的下一步（12月15日前报送初稿，明年1月提交审议）或前面写了“今年”时按当年算，前面写“明年”的按明年算。',
  fires: [
    '会议定于2027年2月12日（星期四）召开。',
    '报名截止到2月30日。',
    '（2026年1月9日，星期四）',
    // the opening of an undated speech: a weekday neither of the year reviewed nor of the year planned
    { text: '今年“五一”假期从5月1日（星期五）开始，到5月5日（星期三）结束。', in: 'opening' },
    { text: '全年组织教师培训，3月20日（星期一）举办首期培训班。', in: 'opening' },
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
    // a timetable that names its end first, then the stages from the meeting on (住建, 人社, 教育)
    {
      text: '标题\n（2026年12月5日）\n同志们：\n今天召开冬季整治动员会。\n一、2026年工作回顾\n完成了任务。\n二、冬季整治任务\n整治行动到2027年3月31日（星期三）结束，12月20日（星期一）前完成摸底。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    {
      text: '标题\n（2026年11月16日）\n同志们：\n今天召开专项行动动员会。\n一、2026年工作回顾\n完成了任务。\n二、专项行动任务\n确保完成。\n三、工作要求\n专项行动到2027年2月5日（星期五）结束，11月30日（星期二）前完成隐患排查。\n同志们，谢谢！',
      in: 'speech',
    },
    {
      text: '标题\n（2026年8月20日）\n同志们：\n今天召开开学工作会议。\n一、2026年上半年工作回顾\n完成了任务。\n二、2026年下半年工作任务\n本学期到2027年1月15日（星期五）结束，9月1日（星期三）正式开学。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    // no date line, given in the year it reviews (its opening plans 明年): a second-half date fits
    // neither year, a first-half date is the plan year's (发改, 财政, 人社)
    {
      text: '标题\n同志们：\n今天召开会议，总结今年工作，对明年全县发展改革工作作出安排。\n一、2025年工作回顾\n完成了任务。\n二、2026年工作任务\n确保完成。\n三、工作要求\n各专项规划初稿于12月15日（星期三）前报送。\n同志们，谢谢！',
      in: 'speech',
    },
    {
      text: '标题\n同志们：\n今天召开会议，总结今年工作，对明年全县财政工作作出安排。\n一、2025年工作回顾\n完成了任务。\n二、2026年工作任务\n确保完成。\n三、工作要求\n督导组定于3月18日（星期二）进驻各乡镇。\n同志们，谢谢！',
      in: 'speech',
    },
    // a later step dated 明年 puts the deadline in the year the speech is given (发改, 教育)
    {
      text: '标题\n同志们：\n今天召开会议，总结今年工作，对明年全县发展改革工作作出安排。\n一、2025年工作回顾\n完成了任务。\n二、2026年工作任务\n确保完成。\n三、工作要求\n各专项规划初稿于12月15日（星期二）前报县发改局衔接，规划纲要草案于明年1月提交县人代会审议。\n同志们，谢谢！',
      in: 'speech',
    },
    {
      text: '标题\n同志们：\n今天召开会议，总结今年工作，对明年全县教育工作作出安排。\n一、2025年工作回顾\n完成了任务。\n二、2026年工作任务\n确保完成。\n三、工作要求\n各校于今年12月20日（星期日）前报送总结。\n同志们，谢谢！',
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
    // the opening of an undated speech: a weekday of the year reviewed or of the year planned (旅游, 交通)
    { text: '今年“五一”假期从5月1日（星期五）开始，到5月5日（星期二）结束。', in: 'opening' },
    { text: '去年3月20日（星期四），全市召开了现场会。', in: 'opening' },
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
    {
      text: '标题\n（2026年12月5日）\n同志们：\n今天召开冬季整治动员会。\n一、2026年工作回顾\n完成了任务。\n二、冬季整治任务\n整治行动到2027年3月31日（星期三）结束，12月20日（星期日）前完成摸底。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    {
      text: '标题\n（2026年8月20日）\n同志们：\n今天召开开学工作会议。\n一、2026年上半年工作回顾\n完成了任务。\n二、2026年下半年工作任务\n本学期到2027年1月15日（星期五）结束，9月1日（星期二）正式开学。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    // a year carried within the year ahead still holds: 1月21日 after 2027年1月20日 (人社)
    {
      text: '标题\n（2026年11月16日）\n同志们：\n今天召开专项行动动员会。\n一、2026年工作回顾\n完成了任务。\n二、专项行动任务\n确保完成。\n三、工作要求\n12月1日至2027年1月20日为集中攻坚阶段，1月21日（星期四）起为巩固提升阶段。\n同志们，谢谢！',
      in: 'speech',
    },
    // no date line, given in the year it reviews: its year-end deadline is of its own year (发改)
    // or of next year (财政); its first-half dates are next year's (人社)
    {
      text: '标题\n同志们：\n今天召开会议，总结今年工作，对明年全县发展改革工作作出安排。\n一、2025年工作回顾\n完成了任务。\n二、2026年工作任务\n确保完成。\n三、工作要求\n各专项规划初稿于12月15日（星期一）前报送。\n同志们，谢谢！',
      in: 'speech',
    },
    {
      text: '标题\n同志们：\n今天召开会议，总结今年工作，对明年全县财政工作作出安排。\n一、2025年工作回顾\n完成了任务。\n二、2026年工作任务\n确保完成。\n三、工作要求\n预算执行到12月20日（星期日）前全部清理。\n同志们，谢谢！',
      in: 'speech',
    },
    {
      text: '标题\n同志们：\n今天召开会议，总结今年工作，对明年全县就业工作作出安排。\n一、2025年工作回顾\n完成了任务。\n二、2026年工作任务\n确保完成。\n三、工作要求\n督导组定于3月18日（星期三）进驻各乡镇。\n同志们，谢谢！',
      in: 'speech',
    },
    {
      text: '标题\n同志们：\n今天召开会议，总结今年工作，对明年全县发展改革工作作出安排。\n一、2025年工作回顾\n完成了任务。\n二、2026年工作任务\n确保完成。\n三、工作要求\n各专项规划初稿于12月15日（星期一）前报县发改局衔接，规划纲要草案于明年1月提交县人代会审议。\n同志们，谢谢！',
      in: 'speech',
    },
  ],
  check({ text }, ctx) {
    const out: BlockFinding[] = []
    for (const d of datesInText(text, (month) => yearOfPlace(ctx, month), ctx.givenOn ?? null)) {
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
      if (!d.weekday) continue
      if (!d.date) {
        const year = yearByNeighbours(text, d, ctx)
        if (year !== null) {
          const actual = weekdayOf({ year, month: d.month, day: d.day })
          if (d.weekday.value !== actual)
            out.push({
              rule: this.id,
              from: d.weekday.from,
              to: d.weekday.to,
              message: `按${year}年算，${d.month}月${d.day}日是${weekdayName(actual)}，这里写的是“${d.weekday.text}”。`,
            })
          continue
        }
        const finding = unplacedWeekday(d, ctx)
        if (finding) out.push({ rule: this.id, ...finding })
        continue
      }
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
