/**
 * Recognise the structure of a speech in plain text: title, subtitle, date and speaker
 * lines, greeting, opening, numbered parts and sections, items, closing; the kind of
 * every part and the years the speech reviews and plans. The result is plain data;
 * build.ts turns it into a document.
 */
import {
  FINISH_OWN_YEAR,
  NEXT_YEAR_WORDS,
  TURN_OF_YEAR_MONTHS,
  reviewedByMonth,
  saysYearEnds,
  SECOND_HALF_MONTH,
  YEAR_SO_FAR_MONTH,
} from '../lang/year-end'
import { PART_KIND_BY_NAME, type PartKind } from '../schema'
import { AUDIENCE_ADDRESSED } from '../lang/audience'
import { classifyLine, LINE_PATTERNS, type LineKind, splitRunIn } from './lines'
import { chineseNumeral, parseChineseNumeral } from '../lang/numerals'
import {
  ANNUAL_MEETING_YEAR,
  dateOf,
  MEETING_TERM,
  MEETING_YEAR,
  SENTENCE_OPENS_WITH_YEAR,
  PLAN_NAMED,
  PLANNED_YEAR,
  REVIEW_NAMED,
  REVIEWED_YEAR,
  COMMENDED_YEAR,
  STATED_YEAR,
  YEAR_GOAL_STATED,
  yearsIn,
  YEAR,
  STANDS_AT_YEAR_END,
  YEAR_COMING,
} from '../lang/years'
import { planStageStatements } from '../lang/plan-stages'
import { speechLines } from './normalize'
import { byOrder, headingKind, inferPartKind, LAST_YEAR_IN_HEADING, type PartView } from './kinds'
import type { NamedPattern } from './patterns'
import {
  FIRST_HALF_REVIEWED,
  FIRST_HALF_REVIEWED_ENTRY,
  LAST_YEAR_REVIEWED,
  LAST_YEAR_REVIEWED_ENTRY,
  LISTED_IN_YEAR,
  BASE_YEAR_LEVEL,
  BASE_YEAR_LEVEL_ENTRY,
  LEVEL_AT_YEAR_END,
  LEVEL_AT_YEAR_END_ENTRY,
  LISTED_IN_YEAR_ENTRY,
  NAMED_YEAR_END,
  NAMED_YEAR_END_ENTRY,
  TURN_OF_YEAR_DEADLINE,
  TURN_OF_YEAR_DEADLINE_ENTRY,
  SEASON_YEAR_REVIEWED,
  SEASON_YEAR_REVIEWED_ENTRY,
  AUTUMN_TERM_MEETING,
  AUTUMN_TERM_MEETING_ENTRY,
  LAST_TERM_REVIEWED,
  LAST_TERM_REVIEWED_ENTRY,
  SECOND_HALF_PLANNED,
  SECOND_HALF_PLANNED_ENTRY,
  LAST_QUARTER_PLANNED,
  LAST_QUARTER_PLANNED_ENTRY,
} from './mid-year'
import { SPEECH_AT_MEETING } from '../subtitle'
import { markdownNote, stripMarkdown } from './markdown'
import { droppedMarginsNote, dropPageMargins } from './page-margins'
import {
  type ArticleHeadings,
  isArticlePartHeading,
  isWebLeftover,
  joinBrokenLines,
  readArticleHeadings,
} from './article'

export interface TextBlock {
  type: 'paragraph' | 'item'
  text: string
  level: 3 | 4
  /** An item's number as the text wrote it ("3.", "（2）"). */
  mark?: string
  /** The number an item had in the text; its printed number follows from its position. */
  number?: number
}
export interface ParsedSection {
  type: 'section'
  heading: string
  runIn: boolean
  blocks: TextBlock[]
  /** The number as the text wrote it ("（四）", "(二)"). */
  mark?: string
}
export interface ParsedPart {
  /** The number as the text wrote it ("三、"). */
  mark?: string
  heading: string
  kind: PartKind
  year: number | null
  blocks: (TextBlock | ParsedSection)[]
}

export interface ParsedSpeech {
  title: string
  subtitle: string | null
  bylines: string[]
  greeting: string | null
  opening: string[]
  parts: ParsedPart[]
  closing: string[]
  reviewYear: number | null
  planYear: number | null
  /** What the recogniser noticed and the user should know (numbering it had to repair). */
  notes: string[]
  /** Lines of the web page around the speech (原创/来源, 图为…, 编辑/审核), left out of it (article.ts). */
  webLines: string[]
  /** Lines that broke inside a sentence, joined: the end of the line before and the start of the next. */
  joinedLines: [string, string][]
  /** Headings read in an article's styles (【…】, ▲, 第一部分, unnumbered), by style. */
  articleHeadings: ArticleHeadings[]
  /** The year the speech is given in, when a dated line says so and agrees with its years; else null. */
  givenIn?: number | null
}

export interface ParseOptions {
  /**
   * Read the text as it may come from a web page or an article (article.ts): its heading styles,
   * lines broken inside a sentence, the page's own lines. Off for our own templates.
   */
  article?: boolean
  /** Keep the web page's lines (原创/来源, 图为…) in the speech: the user asked to. */
  keepWebLines?: boolean
}

/** A part heading may name its kind explicitly with a trailing marker, as templates do: "一、重点任务 #任务". */
const KIND_MARKER = new RegExp(`\\s*#(${Object.keys(PART_KIND_BY_NAME).join('|')})$`)

const SPEAKER = LINE_PATTERNS.speaker.pattern
/** A title that names the speech by its meeting is whole: what follows it is no more title. */
const WHOLE_TITLE = new RegExp(`${SPEECH_AT_MEETING.source}$`)

const TITLE_MAX = 60
const BYLINE_MAX = 24
/** Paragraphs known by their words, each with examples (test/node/recognisers.test.ts). */
export const PARAGRAPH_PATTERNS = {
  closingStart: {
    id: 'closing-start',
    purpose:
      '结束语：转向听众的“同志们，……”一段（及其后各段）；理事会、执委会、代表大会上以称呼里的“各位执委、同志们，”“各位理事，”“各位代表，”转向听众，学校里是“老师们，”，单位内部会议是“各位职工，”“同事们，”。',
    pattern: AUDIENCE_ADDRESSED,
    matches: [
      '同志们，新的一年，任务艰巨，使命光荣。',
      '同志们、朋友们，让我们携起手来，共创美好未来！',
      '各位执委、同志们，民营经济大有可为，民营企业家大有作为。',
      '各位理事，新的一年，任务艰巨、使命光荣。',
      '各位委员，做好今年政协工作意义重大。',
      '各位代表，让我们紧密团结在党中央周围，奋力开创新局面！',
      '各位老同志！祝大家身体健康、阖家幸福！',
      '老师们，一年之计在于春。希望大家拿出更足的干劲！',
      '老师们、同学们，新学期新气象，让我们一起努力！',
      '各位职工代表、同志们，医院的发展离不开每一位职工。',
      '同事们，新的一年，让我们再接再厉！',
    ],
    rejects: [
      '同志们：',
      '各位执委、同志们：',
      '各位同志要认真落实。',
      '各位委员要带头履职尽责，多建睿智之言。',
      '各位理事单位要发挥示范作用。',
      '朋友们，让我们携起手来。',
      '希望同志们，再接再厉。',
      '老师们要把集体备课抓实。',
      '各位老师在市级优质课评比中获奖21人次。',
      '同学们的安全是头等大事，各班主任要盯紧。',
    ],
  },
  thanks: {
    id: 'thanks',
    purpose: '单独一段的“谢谢大家！”也是结束语。',
    pattern: /谢谢(大家)?[！!。]?$/,
    matches: ['谢谢大家！', '谢谢！'],
    rejects: ['感谢大家的辛勤付出。'],
  },
  rallyingClose: {
    id: 'rallying-close',
    purpose: '没有“同志们，”的结束语：最后一段以“新的一年”“让我们”等开头，或以“让我们……！”收尾。',
    pattern:
      /^(?:新的一年|新的征程|新征程|征程万里|使命在肩|做好(?:今年|明年|\d{4}年)[^。]{0,20}(?:意义重大|责任重大|任务艰巨)|让我们)|让我们[^。！]*[！!]$/,
    matches: [
      '新的一年，任务艰巨，使命光荣。让我们团结一心，奋力谱写新篇章！',
      '做好今年工作责任重大。让我们齐心协力，再创佳绩！',
    ],
    rejects: ['三要严格督查考核。县委农办要加强督查。', '加强组织领导，确保各项任务落到实处。'],
  },
  meetingYear: {
    id: 'meeting-year',
    purpose:
      '副标题（或标题）里会议名称带的年份：“在全县2026年春季……动员大会上的讲话”“在2026年全县……工作会议上的讲话”，会议在那一年开，部署的是那一年（日期行写明是那一年年底开的，回顾的是那一年）；“2025年度”“2021—2025年”不算。',
    pattern: MEETING_YEAR,
    matches: [
      '——在全县2026年春季重大动物疫病集中免疫动员大会上的讲话',
      '——在2026年全县宣传思想文化工作会议上的讲话',
      '——在县政协2026年工作会议上的讲话',
      '——在望江街道2026年工作会议上的讲话',
    ],
    rejects: [
      '——在全县2025年度先进集体表彰大会上的讲话',
      '——在全县财政工作会议上的讲话',
      '——在全市2021—2025年发展成就发布会上的讲话',
    ],
  },
  meetingTerm: {
    id: 'meeting-term',
    purpose:
      '副标题里会议以年份的学期、季度命名（“2026年春季学期教育教学工作会议”“2026年第一季度经济运行调度会”）：每学期、每季度都开，名称常从上一次的通知里照抄，它的年份只和日期行一样可信。',
    pattern: MEETING_TERM,
    matches: [
      '——在县第一中学2026年春季学期教育教学工作会议上的讲话',
      '——在县实验小学2026年秋季学期开学工作会议上的讲话',
      '——在全县2026年第一季度经济运行调度会上的讲话',
      '——在2026年一季度重点项目推进会上的讲话',
      '——在县职业中专2026年上学期教学工作会议上的讲话',
    ],
    rejects: [
      '——在全县2026年春季重大动物疫病集中免疫动员大会上的讲话',
      '——在2026年全县教育工作会议上的讲话',
      '——在县第一中学2026年度教育教学工作会议上的讲话',
    ],
  },
  annualMeetingYear: {
    id: 'annual-meeting-year',
    purpose:
      '标题或副标题里以“年度”命名的工作会议：“在县融媒体中心2026年度工作会议上的讲话”，年初开，部署的是那一年；“2025年度先进集体表彰大会”“2025年度述职评议会议”是上一年的表彰、考评，不算。',
    pattern: ANNUAL_MEETING_YEAR,
    matches: [
      '在县融媒体中心2026年度工作会议上的讲话',
      '——在市档案馆2026年度工作会议上的讲话',
      '——在全县供销合作社系统2026年度工作大会上的讲话',
      '——在区国资委2026年度党建工作会议上的讲话',
    ],
    rejects: [
      '——在全县2025年度先进集体表彰大会上的讲话',
      '——在2025年度工作总结表彰大会上的讲话',
      '——在县直机关2025年度述职评议工作会议上的讲话',
      '——在2026年全县科协工作会议上的讲话',
      '——在全市2021—2025年度工作会议上的讲话',
    ],
  },
  yearSoFar: {
    id: 'year-so-far',
    purpose:
      '开场或第一部分说今年到目前为止的情况：“今年以来”“今年入汛以来”“今年1—9月”“前三季度”“通报一下今年的考试规模”，或以“今年”开头的一句拿今年的实际数和上年比（“今年全县小麦种植面积35万亩，比上年增加0.6万亩”）。说今年要做到什么的（确保、力争、要、计划、预计）不算。',
    pattern:
      /今年以来|今年[^，。；！？\d]{1,8}以来|(?:通报|介绍|报告|说说|讲讲)(?:一下)?今年[^，。；！？\d]{0,10}?(?:规模|情况|态势|进展)|今年\s*1\s*[—–-]\s*\d{1,2}\s*月|前三季度|1\s*[—–-]\s*\d{1,2}\s*月份?[，,]|(?:^|[。！？；\n])今年(?:(?!确保|力争|争取|要|计划|目标|预计|将)[^。！？；]){0,30}?(?:比上年|较上年|比去年|较去年|同比)/,
    matches: [
      '今年以来，全县共受理欠薪案件186件。',
      '今年1—9月，全市完成固定资产投资126亿元。',
      // 农业农村, 水利, 林业: a season of this year so far
      '今年入汛以来，全县平均降雨量较常年同期偏多两成。',
      '今年全县小麦种植面积三十五万亩，比上年增加0.6万亩，其中优质专用小麦12.8万亩。',
      '今年春播以来，全县已完成造林1.2万亩。',
      '一年之计在于春。今年全县早稻种植面积18.6万亩，较上年增加0.8万亩。',
      '今年全县新增城镇就业2,150人，同比增长6.3%，完成年度目标的65%。',
      // 教育, 征兵, 旅游: this year's state announced, its figures after
      '先通报一下今年的考试规模。全县高考报名考生4,126人，比去年增加208人。',
      '首先通报一下今年征兵工作进展情况。全县已有1,860名适龄青年网上报名。',
      '我先介绍一下今年“五一”假期旅游市场情况。全县共接待游客42.6万人次。',
    ],
    rejects: [
      '今年是“十五五”开局之年。',
      '今年要确保粮食播种面积比上年增加0.5万亩。',
      '今年力争新增城镇就业比上年增长5%。',
      '去年全县小麦种植面积34.4万亩，比上年增加0.6万亩。',
      '做好今年工作，意义重大。全县完成投资比上年增长5%。',
      '2025年全县小麦种植面积34.4万亩，同比增加0.6万亩。',
      // last year's state, or this year's plan, announced
      '先通报一下去年的考试情况。',
      '下面介绍一下今年的工作安排。',
    ],
  },
  firstHalfReviewed: FIRST_HALF_REVIEWED_ENTRY,
  secondHalfPlanned: SECOND_HALF_PLANNED_ENTRY,
  lastQuarterPlanned: LAST_QUARTER_PLANNED_ENTRY,
  lastYearReviewed: LAST_YEAR_REVIEWED_ENTRY,
  namedYearEnd: NAMED_YEAR_END_ENTRY,
  turnOfYearDeadline: TURN_OF_YEAR_DEADLINE_ENTRY,
  seasonYearReviewed: SEASON_YEAR_REVIEWED_ENTRY,
  lastTermReviewed: LAST_TERM_REVIEWED_ENTRY,
  autumnTermMeeting: AUTUMN_TERM_MEETING_ENTRY,
  levelAtYearEnd: LEVEL_AT_YEAR_END_ENTRY,
  baseYearLevel: BASE_YEAR_LEVEL_ENTRY,
  listedInYear: LISTED_IN_YEAR_ENTRY,
  partSummary: {
    id: 'part-summary',
    purpose: '回顾部分最后一节之后谈全年的段落（不足、体会）属于整个部分，不属于最后一节。',
    pattern:
      /^(?:同时|但是|当然|总的来看|总之|总体来看|回顾过去|过去的一年|一年来|这些成绩|在(?:肯定|看到)成绩|成绩来之不易|我们也要清醒|我们也清醒)/,
    matches: ['同时，我们也清醒地看到……', '在看到成绩的同时，我们也要清醒认识到……', '一年来的实践，使我们深刻体会到……'],
    rejects: ['全年发放补助资金1260万元。'],
  },
} satisfies Record<string, NamedPattern>

export const CLOSING_START = PARAGRAPH_PATTERNS.closingStart.pattern
const THANKS = PARAGRAPH_PATTERNS.thanks.pattern
const PART_SUMMARY = PARAGRAPH_PATTERNS.partSummary.pattern

/**
 * A mid-year meeting (上半年工作推进会, 年中工作会议): its opening or headings say it reviews the first
 * half of the year and plans the second. It reviews the year it is held in, and plans the same
 * year: its 今年 is that year, and the figures of its review are that year's.
 */
function heldMidYear(speech: ParsedSpeech): boolean {
  const places = [...speech.opening, ...speech.parts.map((p) => p.heading)]
  return places.some((t) => FIRST_HALF_REVIEWED.test(t)) && places.some((t) => SECOND_HALF_PLANNED.test(t))
}

/**
 * A meeting whose opening or a heading says it reviews a working year that crosses the turn of the
 * calendar year (上学年, 上一防治年度, 上一采暖季: mid-year SEASON_YEAR_REVIEWED): held after that
 * year ends, it reviews and plans the calendar year it is held in, as a mid-year meeting does.
 */
function reviewsSeasonYear(speech: ParsedSpeech): boolean {
  return [...speech.opening, ...speech.parts.map((p) => p.heading)].some((t) => SEASON_YEAR_REVIEWED.test(t))
}

/**
 * A meeting of the autumn term whose opening or a heading says it reviews the term just past
 * (mid-year LAST_TERM_REVIEWED: 总结上学期工作): that term is the spring of the year it is held in,
 * which it reviews and plans, as a mid-year meeting does. Of the autumn term by its date (from the
 * year's second half) or, undated, by its meeting's name (AUTUMN_TERM_MEETING: 秋季开学工作会议).
 * At the spring term's opening 上学期 is last year's autumn: last year is reviewed, as usual.
 */
function reviewsSpringTerm(speech: ParsedSpeech, held: { month: number } | null): boolean {
  if (![...speech.opening, ...speech.parts.map((p) => p.heading)].some((t) => LAST_TERM_REVIEWED.test(t))) return false
  if (held) return held.month >= SECOND_HALF_MONTH
  return [speech.title, speech.subtitle ?? ''].some((t) => AUTUMN_TERM_MEETING.test(t))
}
const RALLYING_CLOSE = PARAGRAPH_PATTERNS.rallyingClose.pattern

/** What the year has done so far: 今年以来, 今年1—9月, 前三季度, this year's state set against last year's. */
const YEAR_SO_FAR = PARAGRAPH_PATTERNS.yearSoFar.pattern

/**
 * A meeting that reviews what the year has done so far (今年以来, 1—9月) and works to the year's
 * end, with no word of next year (a September campaign against unpaid wages, a June summer-safety
 * campaign): like a mid-year meeting, it reviews and plans the year it is held in. Before the
 * year's second half (from its second quarter) only when it reviews no part of last year as a
 * whole (一年来, 去年的工作, a paragraph opening with last year, figures stated at last year's end):
 * a spring meeting that reviews last year may say 今年以来 of the weeks since.
 */
function reviewsYearSoFar(speech: ParsedSpeech, held: { year: number; month: number }): boolean {
  const { month } = held
  if (month < YEAR_SO_FAR_MONTH || lookingToNextYear(speech, month)) return false
  const first = speech.parts[0]
  const told = [...speech.opening, ...(first ? partView(first, false).body : [])].join('\n')
  if (!YEAR_SO_FAR.test(told)) return false
  if (reviewedByMonth(month) === 'held') return finishesOwnYear(speech, held.year)
  if (month >= SECOND_HALF_MONTH) return true
  const words = [...speech.opening, ...speech.parts.flatMap((p) => [p.heading, ...partView(p, false).body])]
  return !words.some(
    (t) =>
      LAST_YEAR_REVIEWED.test(t) ||
      Number(SENTENCE_OPENS_WITH_YEAR.exec(t)?.[1]) === held.year - 1 ||
      // Figures stated at last year's end (截至2025年12月31日): last year was reviewed whole.
      [...t.matchAll(STANDS_AT_YEAR_END)].some((m) => Number(m[1]) === held.year - 1),
  )
}

/**
 * The year a meeting with no dated month is held in, when it counts the year so far (今年以来 in
 * its opening or first part) and works to the end of a named year ("到2026年12月底结束", "确保2026年
 * 底前完成"): a June gas-safety campaign, an October rectification push. Like a dated one it then
 * reviews and plans that year; null when its words review a past year as a whole (一年来, 去年，
 * opening a paragraph, a sentence opening with the year before), look to next year (明年, 新的一年),
 * or a heading names another year. A deadline at the turn of the year ("到2027年春节前", "到2027年2月5日
 * 结束": mid-year TURN_OF_YEAR_DEADLINE) ends the year before's campaign. The earliest such year is its own.
 */
function undatedYearSoFar(speech: ParsedSpeech): number | null {
  const first = speech.parts[0]
  const told = [...speech.opening, ...(first ? partView(first, false).body : [])].join('\n')
  if (!YEAR_SO_FAR.test(told)) return null
  const words = [...speech.opening, ...speech.parts.flatMap((p) => [p.heading, ...partView(p, false).body])]
  const all = [speech.title, speech.subtitle ?? '', ...words, ...speech.closing].join('\n')
  const ends = [...all.matchAll(NAMED_YEAR_END)].map((m) => Number(m[1] ?? m[2]))
  // A winter campaign that runs to next year's 春节 (到2027年春节前): the year before the deadline's.
  ends.push(...[...all.matchAll(TURN_OF_YEAR_DEADLINE)].map((m) => Number(m[1] ?? m[2]) - 1))
  if (NEXT_YEAR_WORDS.test(all)) return null
  const year = ends.length > 0 ? Math.min(...ends) : afterLevelsAtYearEnd(all)
  if (year === null) return null
  if (speech.parts.some((p) => yearsIn(p.heading).some((y) => y !== year))) return null
  const pastReviewed = (t: string) =>
    LAST_YEAR_REVIEWED.test(t) || Number(SENTENCE_OPENS_WITH_YEAR.exec(t)?.[1]) === year - 1
  return words.some(pastReviewed) ? null : year
}

/**
 * Without a deadline, the year after the latest level stated at a year's end (mid-year
 * LEVEL_AT_YEAR_END: "增加到2025年底的1,890个", "截至2025年底"), when no later year is named but as a
 * target reached to (力争到2027年): the year so far is the one after. Else null.
 */
function afterLevelsAtYearEnd(all: string): number | null {
  const levels = [...all.matchAll(LEVEL_AT_YEAR_END)].map((m) => Number(m[1] ?? m[2]))
  if (levels.length === 0) return null
  const year = Math.max(...levels) + 1
  const later = [...all.matchAll(NAMED_NOT_REACHED_TO)].some((m) => Number(m[1]) > year)
  return later ? null : year
}

/** A year named other than as a target reached to (到2027年, 至2030年) or a span's end. */
const NAMED_NOT_REACHED_TO = new RegExp(`(?<![到至\\d—\\-–~～])(${YEAR})\\s*年`, 'g')

/**
 * A November or December meeting that counts the year so far and works to finish it (a tax
 * bureau's 组织收入 sprint: 1—11月 figures, 确保全年任务圆满完成, 12月31日前; a winter campaign against
 * unpaid wages that ends before 春节): no part is a review by its heading, no word looks to next
 * year (明年, 新的一年, next year's number other than a date before 春节), and its words
 * say it finishes this year's task (lang/year-end FINISH_OWN_YEAR). A year-end meeting that
 * reviews the year and plans next fails one of these.
 */
function finishesOwnYear(speech: ParsedSpeech, year: number): boolean {
  if (speech.parts.some((p) => headingKind(p.heading) === 'review')) return false
  const words = [
    speech.title,
    speech.subtitle ?? '',
    ...speech.opening,
    ...speech.parts.flatMap((p) => [p.heading, ...partView(p, false).body]),
    ...speech.closing,
  ].join('\n')
  // Next year named only by the dates of a campaign's turn of the year does not look to it.
  const turnOfYear = new RegExp(`${year + 1}年\\s*0?[1-${TURN_OF_YEAR_MONTHS}]\\s*月`, 'g')
  if (NEXT_YEAR_WORDS.test(words) || words.replace(turnOfYear, '').includes(`${year + 1}年`)) return false
  return FINISH_OWN_YEAR.pattern.test(words)
}

/**
 * A meeting of the year's second half that works towards next year (an October 秋冬种 meeting:
 * "全力夯实明年夏粮丰收基础"): it names 明年 in its title or a heading, or twice in its words. Like a
 * December speech it reviews the year it is held in. A mid-year meeting plans its own year instead,
 * and so does one whose title or a heading sets its tasks for the last quarter (mid-year
 * LAST_QUARTER_PLANNED: 打好第四季度攻坚战), whatever 明年 a section readies.
 */
function lookingToNextYear(speech: ParsedSpeech, month: number): boolean {
  if (reviewedByMonth(month) !== 'words' || heldMidYear(speech)) return false
  const heads = [speech.title, speech.subtitle ?? '', ...speech.parts.map((p) => p.heading)]
  if (heads.some((t) => t.includes('明年'))) return true
  if (heads.some((t) => LAST_QUARTER_PLANNED.test(t))) return false
  const words = [...speech.opening, ...speech.parts.flatMap((p) => partView(p, false).body), ...speech.closing]
  return words.join('\n').split('明年').length > 2
}

const isSentence = (line: string) => /[。！？；]$/.test(line) || line.length > TITLE_MAX

export function parseSpeech(text: string, options: ParseOptions = {}): ParsedSpeech {
  const article = options.article !== false
  // A copy of printed pages (PDF, OCR): their page numbers and running header are no words of it.
  // First: a page number “- 2 -” would read as a Markdown list's mark and be left as “2 -”.
  const margins = article ? dropPageMargins(text) : null
  // A copy from a chat tool: its Markdown marks off before anything reads the lines.
  const markdown = article ? stripMarkdown(margins ? margins.text : text) : null
  const joined = markdown ? joinBrokenLines(markdown.text) : { text, joins: [] }
  const webLines: string[] = []
  const lines = speechLines(joined.text).filter((line) => {
    if (!article || options.keepWebLines || !isWebLeftover(line)) return true
    webLines.push(line)
    return false
  })
  const kinds = lines.map(classifyLine)
  partsHeadedYao(kinds)
  const raised = partsNumberedInParens(kinds)
  const articleHeadings = article ? readArticleHeadings(kinds, bodyStart(kinds)) : []
  const speech: ParsedSpeech = {
    title: '',
    subtitle: null,
    bylines: [],
    greeting: null,
    opening: [],
    parts: [],
    closing: [],
    reviewYear: null,
    planYear: null,
    notes: [],
    webLines,
    joinedLines: joined.joins,
    articleHeadings,
  }

  let firstPart = kinds.findIndex((k) => k.type === 'part')
  if (firstPart < 0) firstPart = kinds.length
  const greetingAt = kinds.slice(0, firstPart).findIndex((k) => k.type === 'greeting')

  const headLen = greetingAt >= 0 ? greetingAt : headEnd(kinds.slice(0, firstPart))
  readHead(kinds.slice(0, headLen), speech)
  if (greetingAt >= 0) speech.greeting = lineText(kinds[greetingAt])
  speech.opening.push(...kinds.slice(greetingAt >= 0 ? greetingAt + 1 : headLen, firstPart).map(lineText))

  readParts(kinds.slice(firstPart), speech)
  takeClosing(speech)
  takeClosingDate(speech)
  inferYearsAndKinds(speech)
  if (raised)
    speech.notes.unshift(
      `原文只有两级编号：用“（一）”作部分标题（${raised.parts} 处）${raised.sections ? `，用“1．”作节标题（${raised.sections} 处）` : ''}，已改按“一、”${raised.sections ? '“（一）”' : ''}编号。`,
    )
  // Several speeches pasted as one (a year's file copied whole): said first, as nothing else would.
  const markdownSaid = markdown && markdownNote(markdown.taken)
  const marginsSaid = margins && droppedMarginsNote(margins.dropped)
  if (marginsSaid) speech.notes.unshift(marginsSaid)
  if (markdownSaid) speech.notes.unshift(markdownSaid)
  const greetings = kinds.filter((k) => k.type === 'greeting').length
  if (greetings > 1)
    speech.notes.unshift(
      `这段文字里有 ${greetings} 处单独成行的称呼（如“同志们：”），像是几篇讲稿连在一起。只有第一篇的结构按讲稿识别，其余都当作它的正文；请一次只导入一篇。`,
    )
  return speech
}

/**
 * Where the speech's body starts, for article headings: after the greeting, else at the first line
 * of prose (a sentence, or a line longer than a title), so the title and bylines are never read
 * as headings.
 */
function bodyStart(kinds: LineKind[]): number {
  const firstPart = kinds.findIndex((k) => k.type === 'part')
  const head = firstPart < 0 ? kinds : kinds.slice(0, firstPart)
  const greeting = head.findIndex((k) => k.type === 'greeting')
  if (greeting >= 0) return greeting + 1
  const prose = head.findIndex((k) => k.type === 'paragraph' && isSentence(k.text))
  return prose >= 0 ? prose : head.length
}

const PART_HEADED_YAO = LINE_PATTERNS.partHeadedYao.pattern

/**
 * "三、要切实加强组织领导" alone on its line is a part heading when its number goes on from the
 * parts (and is not the next point of a 一、要…二、要… list, one point a line, inside a part);
 * numberMark alone cannot tell it from a point of such a list.
 */
function partsHeadedYao(kinds: LineKind[]) {
  let next = 1
  /** The last point of a list one point a line in the current part; null before the first part. */
  let point: number | null = null
  kinds.forEach((k, i) => {
    if (k.type === 'part') {
      next = k.number + 1
      point = 0
      return
    }
    if (k.type !== 'paragraph') return
    const m = PART_HEADED_YAO.exec(k.text)
    const number = m ? parseChineseNumeral(m[1]) : null
    if (!m || number === null) return
    if (number === next && (point === null || number !== point + 1)) {
      const text = m[2]
      kinds[i] = { type: 'part', number, mark: k.text.slice(0, k.text.length - text.length).trim(), text }
      next = number + 1
      point = 0
    } else if (point !== null) point = number
  })
}

/**
 * A speech numbered in two levels only, （一） for its parts and 1． for their sections, with no
 * 一、 line (as a 园区 or a 科室 may number a short report): its （一） lines after the greeting are
 * its parts and the 1． lines under them its sections. Only where no line is a part, numbered 一、
 * or in an article's style (【…】, 第一部分), and the （一） lines run once from one, two or more: a
 * single （一） in an opening, or sections numbered again from （一） under unnumbered headings, are
 * not parts. `kinds` is changed in place; returns how many lines were read so, for the notes.
 */
function partsNumberedInParens(kinds: LineKind[]): { parts: number; sections: number } | null {
  if (kinds.some((k) => k.type === 'part' || (k.type === 'paragraph' && isArticlePartHeading(k.text)))) return null
  const from = bodyStart(kinds)
  const heads = kinds.flatMap((k, i) => (i >= from && k.type === 'section' ? [i] : []))
  const numbers = heads.map((i) => (kinds[i].type === 'section' ? kinds[i].number : 0))
  if (heads.length < 2 || numbers[0] !== 1 || numbers.slice(1).includes(1)) return null
  let sections = 0
  for (let i = heads[0]; i < kinds.length; i++) {
    const k = kinds[i]
    if (k.type === 'section') kinds[i] = { type: 'part', number: k.number, mark: k.mark, text: k.heading + k.body }
    else if (k.type === 'item' && k.level === 3) {
      kinds[i] = { type: 'section', number: k.number, mark: k.mark, ...splitRunIn(k.text) }
      sections++
    }
  }
  return { parts: heads.length, sections }
}

function lineText(k: LineKind): string {
  switch (k.type) {
    case 'part':
      return `${chineseNumeral(k.number)}、${k.text}`
    case 'section':
      // Only a section before the first part is read as text: it keeps its number.
      return `（${chineseNumeral(k.number)}）${k.heading}${k.body}`
    case 'item':
      return itemText(k)
    default:
      return k.text
  }
}

function itemText(k: { level: 3 | 4; number: number; text: string }): string {
  return k.level === 3 ? `${k.number}.${k.text}` : `（${k.number}）${k.text}`
}

/** How many leading lines of a greeting-less head are title matter rather than opening. */
function headEnd(head: LineKind[]): number {
  const short = (k: LineKind | undefined, max: number) =>
    k?.type === 'paragraph' && k.text.length <= max && !isSentence(k.text)
  let i = short(head[0], TITLE_MAX) ? 1 : 0
  while (i < head.length && (head[i].type === 'subtitle' || head[i].type === 'dateline' || short(head[i], BYLINE_MAX)))
    i++
  return i
}

/** Title, subtitle, date and speaker lines: everything before the greeting (or the first paragraph of prose). */
function readHead(head: LineKind[], speech: ParsedSpeech) {
  const end = head.length
  const titleLines: string[] = []
  for (let i = 0; i < end; i++) {
    const k = head[i]
    const text = lineText(k)
    if (k.type === 'subtitle' && speech.subtitle === null) speech.subtitle = k.text
    else if (k.type === 'dateline') speech.bylines.push(k.text)
    // A web page's line kept at the user's word (原创…, 点击上方蓝字关注) is never part of the title,
    // nor does it end the title as a byline does.
    else if (isWebLeftover(text)) speech.bylines.push(text)
    else if (
      speech.subtitle === null &&
      !speech.bylines.some((b) => !isWebLeftover(b)) &&
      !isSentence(text) &&
      titleLines.join('').length + text.length <= TITLE_MAX * 1.5 &&
      // The speaker's line under the title, or any line under one that names its meeting, is a byline.
      !(titleLines.length && (SPEAKER.test(text) || WHOLE_TITLE.test(titleLines.join(''))))
    )
      titleLines.push(text)
    else if (text.length <= BYLINE_MAX && !isSentence(text)) speech.bylines.push(text)
    else speech.opening.push(text)
  }
  speech.title = titleLines.reduce((title, line) => (title ? title + titleJoint(title, line) + line : line), '')
}

/**
 * What joins two lines of a title: a space between phrases ("坚定信心 真抓实干" over "奋力开创……"),
 * nothing where the lines split one phrase, the "在……上的讲话" that names the meeting, which
 * neither line says whole ("在2026年全区住房和城乡建设" over "工作会议上的讲话": a title set on two
 * lines, or Word's text of a Shift+Enter).
 */
function titleJoint(before: string, line: string): string {
  const split =
    SPEECH_AT_MEETING.test(before + line) && !SPEECH_AT_MEETING.test(before) && !SPEECH_AT_MEETING.test(line)
  return split ? '' : ' '
}

function readParts(body: LineKind[], speech: ParsedSpeech) {
  let part: ParsedPart | null = null
  let section: ParsedSection | null = null
  let expected = 1
  let expectedSection = 1
  for (const k of body) {
    if (k.type === 'part') {
      if (k.number !== expected)
        speech.notes.push(
          `原文第${expected}部分编号写成了“${chineseNumeral(k.number)}、”，已按顺序重新编号为“${chineseNumeral(expected)}、”。`,
        )
      expected++
      expectedSection = 1
      // A part heading may run on into its body as a section's does ("三、压实责任，狠抓落实。各区属企业
      // 要……"): its first sentence is the heading, the rest the part's first paragraph. The part has no
      // run-in layout, so the body is printed on a line of its own and the preview says so.
      const { heading, body } = splitRunIn(k.text)
      part = {
        mark: k.mark,
        heading,
        kind: 'other',
        year: null,
        blocks: body ? [{ type: 'paragraph', text: body, level: 3 }] : [],
      }
      if (body)
        speech.notes.push(
          `“${chineseNumeral(expected - 1)}、${heading}”后面接着写的正文已另起一段，作为这一部分的第一段。`,
        )
      speech.parts.push(part)
      section = null
      continue
    }
    if (!part) continue
    if (k.type === 'section') {
      if (k.number !== expectedSection)
        speech.notes.push(
          `“${part.heading}”中第${expectedSection}节编号写成了“（${chineseNumeral(k.number)}）”，已按顺序重新编号。`,
        )
      expectedSection++
      section = {
        type: 'section',
        heading: k.heading,
        runIn: k.body !== '',
        blocks: k.body ? [{ type: 'paragraph', text: k.body, level: 3 }] : [],
        mark: k.mark,
      }
      part.blocks.push(section)
    } else {
      const block: TextBlock =
        k.type === 'item'
          ? { type: 'item', text: k.text, level: k.level, mark: k.mark, number: k.number }
          : { type: 'paragraph', text: lineText(k), level: 3 }
      ;(section ?? part).blocks.push(block)
    }
  }
}

/** The closing is the paragraph that turns to the audience ("同志们，…") with all after it, or a last "谢谢大家！". */
function takeClosing(speech: ParsedSpeech) {
  const last = speech.parts.at(-1)
  if (!last) {
    const at = speech.opening.findIndex((p, i) => i > 0 && CLOSING_START.test(p))
    if (at > 0) speech.closing = speech.opening.splice(at)
    return
  }
  const containers: { blocks: (TextBlock | ParsedSection)[] }[] = [last]
  const lastSection = last.blocks.at(-1)
  if (lastSection?.type === 'section') containers.push(lastSection)
  for (const c of containers.reverse()) {
    // A closing has no sections after it: "同志们，" opening a part that goes on with sections is not one.
    const afterSections = c.blocks.reduce((n, x, i) => (x.type === 'section' ? i + 1 : n), 0)
    const at = c.blocks.findIndex(
      (b, i) =>
        i >= afterSections &&
        b.type === 'paragraph' &&
        CLOSING_START.test(b.text) &&
        !(c === lastSection && i === 0 && lastSection.runIn),
    )
    if (at >= 0) {
      // `at` is past the container's last section (afterSections), so all it cuts off are paragraphs and items.
      // biome-ignore lint/nursery/noUnsafeTypeAssertion: the reason is the comment above
      speech.closing = (c.blocks.splice(at) as TextBlock[]).map(closingText)
      if (c !== last)
        speech.closing.push(
          // c !== last only when c is lastSection, a section; after it the last part holds only paragraphs and items.
          // biome-ignore lint/nursery/noUnsafeTypeAssertion: the reason is the comment above
          // biome-ignore lint/style/noNonNullAssertion: the reason is the comment above
          ...(last.blocks.splice(last.blocks.indexOf(lastSection!) + 1) as TextBlock[]).map(closingText),
        )
      return
    }
  }
  const tail = (lastSection?.type === 'section' ? lastSection : last).blocks
  const end = tail.at(-1)
  if (end?.type !== 'paragraph' || tail.length <= 1) return
  if ((THANKS.test(end.text) && end.text.length <= 40) || (RALLYING_CLOSE.test(end.text) && end.text.length <= 240)) {
    speech.closing = [end.text]
    tail.pop()
  }
}

const CLOSING_DATE = LINE_PATTERNS.closingDate.pattern

/**
 * A date written as the speech's last line, after its closing (落款, as a document is dated:
 * "……打赢打好。\n2026年3月16日"), is its date line when the head has none: it tells the day the
 * speech is given, as a date line under the title does, and stands with the title's lines.
 */
function takeClosingDate(speech: ParsedSpeech) {
  if (speech.bylines.some((b) => dateOf(b)?.month != null)) return
  const fromClosing = speech.closing.length > 1 && CLOSING_DATE.test(speech.closing.at(-1) ?? '')
  if (!fromClosing) return
  const line = speech.closing.pop() ?? ''
  speech.bylines.push(line)
  speech.notes.push(`最后一行“${line}”是讲话日期，已作为日期行放到标题下面。`)
}

/** The closing is plain paragraphs: an item in it keeps the number it was written with. */
function closingText(b: TextBlock): string {
  return b.type === 'item' && b.number !== undefined ? itemText({ ...b, number: b.number }) : b.text
}

/**
 * How much each place that names a year weighs in the vote on the years. A heading is the
 * strongest single place, but one heading kept from last year's file must not outvote the
 * opening together with the subtitle's meeting (3 against 4) or with the date line (a tie, and a
 * tie goes to the later year: a stale line carries last year's years). The date line is the line
 * most often kept from last year's file: it weighs no more than what a part's body says of its year.
 */
const VOTE = {
  /** A review or tasks heading that names its year: "一、2025年工作回顾", "二、2026年重点任务". */
  heading: 3,
  /** A tasks heading whose body says a later year as its subject: the body is right. */
  headingBelied: 1,
  /** The opening's "总结2025年……工作", "部署2026年……任务", "表彰2025年度……先进", each. */
  opening: 2,
  /** The meeting the subtitle names with its year. */
  meeting: 2,
  /** The meeting the subtitle names by a term of its year (2026年春季学期, 2026年第一季度). */
  term: 1,
  /** The date line. */
  date: 1,
  /** A part's body: "2026年是……", "2025年，全县……", "明年是“十五五”开局之年", each. */
  body: 1,
}

/**
 * The years the speech reviews and plans, by votes (weights in VOTE): headings that name a year
 * with their kind, the opening's "总结2025年……工作" and "部署2026年……任务", the meeting the
 * subtitle names, the date line (a speech given in November or December reviews that year), and
 * what parts' bodies say of their year. Then each part's kind.
 */
function inferYearsAndKinds(speech: ParsedSpeech) {
  const explicit = new Set<ParsedPart>()
  for (const part of speech.parts) {
    const marker = KIND_MARKER.exec(part.heading)
    if (marker) {
      speech.notes.push(`“${part.heading}”末尾的“#${marker[1]}”是部分类型标记，已去掉并把这部分设为“${marker[1]}”。`)
      part.heading = part.heading.slice(0, marker.index)
      part.kind = PART_KIND_BY_NAME[marker[1]]
      explicit.add(part)
    }
    part.year = yearsIn(part.heading)[0] ?? null
  }

  // A vote for a review year Y is one for plan year Y + 1; a mid-year meeting reviews the year it
  // plans, and so does an autumn meeting that reviews the year so far and works to its end.
  const dated = speech.bylines.map(dateOf).find((d) => d !== null)
  const held = dated && dated.month !== null ? { year: dated.year, month: dated.month } : null
  const ownYear = dated?.month == null ? undatedYearSoFar(speech) : null
  const reviewed =
    heldMidYear(speech) ||
    reviewsSeasonYear(speech) ||
    reviewsSpringTerm(speech, held) ||
    (held !== null && reviewsYearSoFar(speech, held)) ||
    ownYear !== null
      ? 0
      : 1
  /** Votes for the plan year. */
  const votes = new Map<number, number>()
  const vote = (plan: number, weight: number) => votes.set(plan, (votes.get(plan) ?? 0) + weight)
  for (const part of speech.parts) {
    if (part.year === null) continue
    const kind = explicit.has(part) ? part.kind : headingKind(part.heading)
    if (kind === 'review') vote(part.year + reviewed, VOTE.heading)
    else if (kind === 'tasks' || kind === 'requirements') {
      // "三、2025年工作打算" over "2026年是……": a body that says a later year is its subject
      // outweighs a heading kept from last year's file (never the other way: "2025年是极不平凡
      // 的一年" recalled in the tasks of 2026 says nothing against their heading).
      const year = part.year
      const said = [...partView(part, false).body.join('\n').matchAll(STATED_YEAR)].map((m) => Number(m[1]))
      vote(year, said.some((y) => y > year) ? VOTE.headingBelied : VOTE.heading)
    }
  }
  if (ownYear !== null) vote(ownYear, VOTE.date)
  const opening = speech.opening.join('')
  for (const m of opening.matchAll(REVIEWED_YEAR)) vote(Number(m[1]) + reviewed, VOTE.opening)
  // A meeting that reviews the year it is held in may commend a year already closed ("表彰了2025年度
  // 安全生产先进集体" at a June 2026 campaign): the year before the one it reviews and plans.
  const meetingYear = held?.year ?? ownYear
  // An older year commended there (表彰了2024年度…) says nothing sure of the meeting's: no vote (the
  // check says it is not the last year closed).
  for (const m of opening.matchAll(COMMENDED_YEAR)) {
    const year = Number(m[1])
    if (reviewed === 0 && meetingYear !== null && year < meetingYear) {
      if (year === meetingYear - 1) vote(meetingYear, VOTE.opening)
    } else vote(year + reviewed, VOTE.opening)
  }
  for (const m of opening.matchAll(PLANNED_YEAR)) vote(Number(m[1]), VOTE.opening)
  // An occasion of a named year said in the opening to be about to begin ("2026年普通高校招生全国统一
  // 考试就要开考了", "2026年伏季休渔就要开始了"): the year the meeting prepares for, the one it plans.
  for (const m of opening.matchAll(YEAR_COMING)) vote(Number(m[1] ?? m[2]), VOTE.body)
  // A part that says its year as a sentence's subject ("2026年是“十五五”规划开局之年", a speech whose
  // headings and opening name none): the tasks say the plan year, a review the year reviewed.
  // Its kind is judged before the years are known, from its heading and body.
  speech.parts.forEach((part, i) => {
    const view = partView(part, i === speech.parts.length - 1)
    const kind = explicit.has(part) ? part.kind : inferPartKind(view, { review: null, plan: null }).kind
    // A review's paragraph or its sentence opening with its year ("2025年，全市体育系统……") names the year reviewed;
    // so does the first part's under a themed heading (“园区安全形势保持总体平稳”), which opens a
    // speech as its review does.
    // A review headed by 去年 (一、去年“五一”假期全县旅游市场平稳有序, 一、去年防汛工作经受住了考验)
    // whose body names that year says the heading's year as a heading does.
    const reviewing = kind === 'review' || (i === 0 && kind === 'other')
    const lastYearHeading = reviewing && LAST_YEAR_IN_HEADING.test(part.heading)
    if (reviewing)
      for (const text of view.body) {
        const m = SENTENCE_OPENS_WITH_YEAR.exec(text)
        if (m) vote(Number(m[1]) + reviewed, lastYearHeading ? VOTE.heading : VOTE.body)
      }
    if (kind !== 'review' && kind !== 'tasks') return
    for (const m of view.body.join('\n').matchAll(STATED_YEAR)) {
      const year = Number(m[1]) + (kind === 'review' ? reviewed : 0)
      // A dated meeting that plans the year it is held in (the year so far reviewed, its rest planned)
      // may ready next year in a section of its tasks ("2027年是……关键之年，要提前谋划"): a look ahead,
      // not its plan.
      if (!(kind === 'tasks' && reviewed === 0 && held !== null && year > held.year)) vote(year, VOTE.body)
    }
    // The year whose goal the tasks state ("2026年全县……工作的总体目标是"): the year planned.
    if (kind === 'tasks') for (const m of view.body.join('\n').matchAll(YEAR_GOAL_STATED)) vote(Number(m[1]), VOTE.body)
    // A named year's level as the base of the tasks' targets (在2025年286.4亿元的基础上): the year reviewed.
    if (kind === 'tasks')
      for (const m of view.body.join('\n').matchAll(BASE_YEAR_LEVEL)) vote(Number(m[1]) + reviewed, VOTE.body)
    // Work listed among a year's promises (列入县政府2026年十件民生实事): that year's, as its part is.
    for (const m of view.body.join('\n').matchAll(LISTED_IN_YEAR))
      vote(Number(m[1]) + (kind === 'review' ? reviewed : 0), VOTE.body)
  })
  // The meeting the subtitle names, with its year ("在全县2026年春季……动员大会上的讲话", "在……2026
  // 年度工作会议上的讲话"): held in the year it plans (or, dated at that year's end, reviews), unless
  // it is named as a review and a plan ("2025年经济工作总结暨2026年工作部署会议"). A speech without
  // a subtitle may name its meeting in the title.
  const meeting = [speech.subtitle, speech.title].find((t) => t !== null && SPEECH_AT_MEETING.test(t)) ?? ''
  const named = [...meeting.matchAll(REVIEW_NAMED)].map((m) => Number(m[1]) + reviewed)
  named.push(...[...meeting.matchAll(PLAN_NAMED)].map((m) => Number(m[1])))
  const heldIn = named.length ? null : (MEETING_YEAR.exec(meeting) ?? ANNUAL_MEETING_YEAR.exec(meeting))
  for (const year of named) vote(year, VOTE.meeting)
  // A stale date line is outvoted (VOTE.date) and reported where it stands.
  const date = speech.bylines.map(dateOf).find((d) => d !== null)
  // Without a dated month, a meeting named by its year is held early in the year it plans.
  const givenInReviewYear =
    date && date.month !== null
      ? reviewed === 1 && (reviewedByMonth(date.month) === 'held' || lookingToNextYear(speech, date.month))
      : heldIn
        ? false
        : null
  if (heldIn) {
    // Given in the year it reviews (a December date line of the meeting's own year: "在青山街道2026年
    // 垃圾分类工作推进会上的讲话（2026年12月18日）"), the meeting is named by the year it reviews;
    // else by the year it plans. A meeting named by a term of its year ("2026年春季学期……工作会议")
    // weighs as a date line does.
    const year = Number(heldIn[1])
    const ofReview = givenInReviewYear === true && date?.year === year
    vote(ofReview ? year + 1 : year, MEETING_TERM.exec(meeting)?.[1] === heldIn[1] ? VOTE.term : VOTE.meeting)
  }
  if (date) vote(givenInReviewYear ? date.year + 1 : date.year, VOTE.date)
  // "明年是“十五五”开局之年": 今年 and 明年 count from the day of the speech, which its date's month
  // tells (a year slipped on the date line leaves its month right), or the meeting named by its
  // year: given in December, 明年 is the plan year; given early in the year, 今年 is.
  if (givenInReviewYear !== null) {
    const texts = [...speech.opening, ...speech.parts.flatMap((p) => partView(p, false).body), ...speech.closing]
    for (const s of planStageStatements(texts.join('\n'))) {
      if (typeof s.subject === 'number') continue
      const offset = (s.subject === '明年' ? 1 : 0) - (givenInReviewYear ? 1 : 0)
      vote(s.year - offset, VOTE.body)
    }
  }
  // On a tie the later year: a stale line carries last year's years, never next year's.
  const best = [...votes].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]
  // Without any vote, a heading's year still tells: the first named year is reviewed.
  const firstNamed = speech.parts.find((p) => p.year !== null)?.year ?? null
  const plan = best?.[0] ?? (firstNamed !== null ? firstNamed + reviewed : null)
  speech.planYear = plan
  speech.reviewYear = plan === null ? null : plan - reviewed
  // A date line with its month, of the year planned or reviewed, tells which of them 今年 is.
  // Without one, an opening that says the year is ending or plans 明年 (lang/year-end: 岁末将至,
  // 谋划明年重点) says the speech is given in the year it reviews.
  speech.givenIn =
    date && date.month !== null && plan !== null && (date.year === plan || date.year === plan - reviewed)
      ? date.year
      : !date && plan !== null && reviewed === 1 && saysYearEnds(speech.opening.join('\n'))
        ? plan - 1
        : null

  const years = { review: speech.reviewYear, plan: speech.planYear, now: speech.givenIn }
  const judged = speech.parts.map((part) => {
    const view = partView(part, part === speech.parts.at(-1))
    if (explicit.has(part)) return { kind: part.kind, decided: true, view }
    const { kind, rule } = inferPartKind(view, years)
    return { kind, decided: rule !== null, view }
  })
  const kinds = byOrder(judged)
  speech.parts.forEach((part, i) => {
    part.kind = kinds[i]
    if (part.year === null && part.kind !== 'other') part.year = part.kind === 'review' ? years.review : years.plan
    if (part.kind === 'review') liftSummary(part)
  })
}

function partView(part: ParsedPart, last: boolean): PartView {
  return {
    last,
    heading: part.heading,
    year: part.year,
    body: part.blocks.flatMap((b) => (b.type === 'section' ? [b.heading, ...b.blocks.map((x) => x.text)] : [b.text])),
    sections: part.blocks.filter((b) => b.type === 'section').length,
    items: part.blocks.filter((b) => b.type === 'item').length,
  }
}

/** Move the whole-year paragraphs that follow a review's last section out of it, to the part. */
function liftSummary(part: ParsedPart) {
  const last = part.blocks.at(-1)
  if (last?.type !== 'section') return
  const at = last.blocks.findIndex((b, i) => i > 0 && b.type === 'paragraph' && PART_SUMMARY.test(b.text))
  if (at > 0) part.blocks.push(...last.blocks.splice(at))
}
