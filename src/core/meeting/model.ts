/**
 * The meeting record: one work conference (工作会议) and the facts its notice, agenda and
 * chair's script share. Plain data, immutable by convention; every string is '' until known,
 * so a record made from a speech draft can be incomplete, and meetingProblems says what is
 * missing. Dates are ISO (2027-02-12), the start a 24-hour time (09:00).
 */
import { reviewedByMonth } from '../lang/year-end'
import { RANGE_JOIN, YEAR } from '../lang/years'
import { parseIsoDate, parseTimeInput } from '../dates'
import { chineseNumeral } from '../numbering'
import { PLACEHOLDER } from '../checks/text-rules'

export interface Person {
  name: string
  /** The title as it is written before the name: 县长, 县政府办主任. */
  title: string
}

/** One agenda item: what happens (the action), on what, by whom. */
export interface AgendaItem {
  action: ActionId
  /** What is read, conveyed, commended …: 表彰决定, 省农业农村工作会议精神. */
  what: string
  who: Person[]
  /** The speech given under this item: a draft's id in the app, a file in the CLI. */
  speech: string | null
  /** After the main speech, the chair's summary of it (主持词: 刚才，…作了讲话，…). */
  summary: string
}

export interface Deadline {
  date: string
  /** What is due: 参会人员名单报县农业农村局办公室. */
  what: string
}

export interface Contact {
  name: string
  phone: string
}

export interface Meeting {
  /** 全县农业农村工作会议 (with its year only if the office writes it so). */
  name: string
  /** 发文机关: who calls the meeting and signs the notice. */
  organiser: string
  /**
   * 主送机关 of the notice, as the user wrote it; empty (or absent in a record made before it
   * existed): the usual one of the organiser's level (lang/levels.ts).
   */
  addressees?: string
  date: string
  start: string
  place: string
  /** 成文日期 of the notice. */
  issued: string
  chair: Person
  /** 参会范围, one group a line. */
  attendees: string[]
  deadlines: Deadline[]
  contacts: Contact[]
  items: AgendaItem[]
  /** Set by a roll forward: last year's name and date, so what is left of them can be found. */
  rolledFrom: { name: string; date: string } | null
}

export type ActionId = '传达' | '宣读' | '表彰' | '签订' | '交流发言' | '报告' | '讲话' | '总结讲话' | '其他'

export interface Action {
  id: ActionId
  needsWho: boolean
  needsWhat: boolean
  /** The item without its speakers: 宣读表彰决定, 作交流发言. */
  content(what: string, hasWho: boolean): string
  /** An agenda line it makes, for the README and tests. */
  example: string
}

/** A rule on an item's content, with contents it must and must not match (from several offices' agendas). */
export interface ContentRule {
  pattern: RegExp
  must: readonly string[]
  mustNot: readonly string[]
}

/**
 * A content that says the item's action itself, so the agenda writes it as it is after the
 * speakers (县农业机械化服务中心副主任李强宣读2025年度……表彰决定), never inside the action's own
 * words (……为宣读……表彰决定颁奖, tryout 14 C2; 宣读宣读表彰决定; 作作工作报告). A topic of a
 * 交流发言 that opens with an ordinary verb (推进……, 做好……) is not an action of the agenda.
 */
export const SAYS_ACTION: ContentRule = {
  pattern:
    /^(?:宣读|传达|通报|宣布|签订|签署|颁发|颁奖|授牌|观看|听取|审议|表彰(?!决定|名单|通报|文件|大会)|为.{1,60}?(?:颁奖|颁发|授牌)|(?:作|做)(?!风|为|好|出).{0,40}?(?:发言|报告|讲话|说明)$|就.{1,60}?(?:作|做).{0,10}?(?:发言|报告|讲话)$|交流发言|讲话(?!精神|稿|材料)|发言(?!材料|稿))/,
  must: [
    '宣读2025年度全县农机化工作先进集体和先进个人表彰决定',
    '传达省委农村工作会议精神',
    '表彰2025年度全县人社工作先进单位',
    '为受表彰的先进集体和先进个人颁奖',
    '颁发2025年度安全生产先进单位奖牌',
    '签订2026年度安全生产目标责任书',
    '作交流发言',
    '就河长制工作作交流发言',
    '作2025年度教育工作报告',
    '观看警示教育片',
    '通报2025年度综合考评结果',
    '讲话',
  ],
  mustNot: [
    '2025年度全县农机化工作先进集体和先进个人表彰决定',
    '表彰决定',
    '表彰名单',
    '省委农村工作会议精神',
    '2026年度安全生产目标责任书',
    '2025年度先进集体和先进个人',
    '作风建设情况',
    '做好春耕生产工作',
    '推进高标准农田建设',
    '讲话精神',
    '发言材料',
    '工作报告',
  ],
}

/**
 * A content that names a paper (决定, 通报, 文件) where the action wants who is honoured: 表彰
 * writes it 为……颁奖 or 表彰……, and neither can be said of a paper (为表彰决定颁奖).
 */
export const NAMES_PAPER: ContentRule = {
  pattern: /(?:决定|通报|文件|名单|通知|精神|意见|办法)$/,
  must: ['2025年度全县农机化工作表彰决定', '表彰决定', '县政府关于表彰2025年度教育工作先进单位的通报', '表彰名单'],
  mustNot: ['2025年度先进集体和先进个人', '全县人社工作先进单位', '受表彰的先进集体', '优秀共产党员'],
}

/**
 * A content 报告 can put after 作: a report, a statement, a speech (工作报告, 述职报告, 起草说明);
 * another (2025年度工作情况) makes 作2025年度工作情况, which says nothing.
 */
export const NAMES_REPORT: ContentRule = {
  pattern: /(?:报告|说明|汇报|发言|讲话)$/,
  must: ['工作报告', '2025年度农机化工作报告', '党风廉政建设工作报告', '《实施意见》起草说明', '述职发言'],
  mustNot: ['2025年度工作情况', '全县安全生产形势', '农机购置补贴政策', '报告会'],
}

/** The item's content says its action itself (SAYS_ACTION). */
export const saysAction = (what: string) => SAYS_ACTION.pattern.test(what.trim())

/** What can happen at a work conference, and how an agenda and a script say it. */
export const ACTIONS: readonly Action[] = [
  {
    id: '传达',
    needsWho: true,
    needsWhat: true,
    content: (w) => `传达${w}`,
    example: '县委办主任李华传达省委农村工作会议精神',
  },
  { id: '宣读', needsWho: true, needsWhat: true, content: (w) => `宣读${w}`, example: '县政府办主任李华宣读表彰决定' },
  {
    id: '表彰',
    needsWho: false,
    needsWhat: true,
    content: (w, who) => (who ? `为${w}颁奖` : `表彰${w}`),
    example: '表彰2026年度农业农村工作先进集体和先进个人',
  },
  { id: '签订', needsWho: false, needsWhat: true, content: (w) => `签订${w}`, example: '签订2027年度目标责任书' },
  {
    id: '交流发言',
    needsWho: true,
    needsWhat: false,
    content: (w) => (w ? `就${w}作交流发言` : '作交流发言'),
    example: '石门镇党委书记赵六作交流发言',
  },
  {
    id: '报告',
    needsWho: true,
    needsWhat: false,
    content: (w) => `作${w || '工作报告'}`,
    example: '县农业农村局局长陈七作工作报告',
  },
  { id: '讲话', needsWho: true, needsWhat: false, content: () => '讲话', example: '县长张强讲话' },
  { id: '总结讲话', needsWho: true, needsWhat: false, content: () => '作总结讲话', example: '县委书记刘八作总结讲话' },
  { id: '其他', needsWho: false, needsWhat: true, content: (w) => w, example: '观看警示教育片' },
]

export const ACTION_IDS = ACTIONS.map((a) => a.id)

export function actionOf(id: string): Action | undefined {
  return ACTIONS.find((a) => a.id === id)
}

export function emptyMeeting(): Meeting {
  return {
    name: '',
    organiser: '',
    addressees: '',
    date: '',
    start: '',
    place: '',
    issued: '',
    chair: { name: '', title: '' },
    attendees: [],
    deadlines: [],
    contacts: [],
    items: [],
    rolledFrom: null,
  }
}

export function emptyItem(action: ActionId = '讲话'): AgendaItem {
  return { action, what: '', who: [], speech: null, summary: '' }
}

/** 县长张强, several joined by 、; '' when nobody is named. */
export function speakers(item: AgendaItem): string {
  return item.who
    .map((p) => p.title + p.name)
    .filter(Boolean)
    .join('、')
}

/**
 * The item without its speakers: 宣读表彰决定; a content that says its action itself as it is
 * (宣读……表彰决定 under 表彰), for an action whose words use the content.
 */
export function itemContent(item: AgendaItem): string {
  const action = actionOf(item.action)
  if (!action) return item.what
  const own = action.content(item.what, item.who.length > 0)
  return own !== action.content('', item.who.length > 0) && saysAction(item.what) ? item.what.trim() : own
}

/**
 * Why an item's content cannot be made into the agenda's sentence, or null: a 表彰 of a paper
 * (为……表彰决定颁奖), a 报告 of no report (作2025年度工作情况). The record's check says so, as the documents would read wrong.
 */
export function contentProblem(item: AgendaItem, i: number): string | null {
  const what = item.what.trim()
  if (!what || saysAction(what)) return null
  if (item.action === '表彰' && NAMES_PAPER.pattern.test(what))
    return `${itemName(i, item)}的内容“${what}”是一份文件，写不成“${itemContent(item)}”：如是宣读这份文件，请把类型改为“宣读”或在内容前写上“宣读”；如是颁奖，内容请写受表彰的单位和个人。`
  if (item.action === '报告' && !NAMES_REPORT.pattern.test(what))
    return `${itemName(i, item)}的内容“${what}”不是一份报告，写不成“${itemContent(item)}”：请写成“……工作报告”这样，或在内容前写上动作（如“通报${what}”）。`
  return null
}

/** The item as the agenda writes it: 县政府办主任李华宣读表彰决定. */
export function agendaPhrase(item: AgendaItem): string {
  return speakers(item) + itemContent(item)
}

/**
 * How the chair calls it: 请县政府办主任李华同志宣读表彰决定, each of several called 同志
 * (请城关镇党委副书记张伟同志、石桥乡乡长李娜同志作交流发言); an item nobody performs is just named.
 */
export function callPhrase(item: AgendaItem): string {
  const who = item.who
    .map((p) => p.title + p.name)
    .filter(Boolean)
    .map((p) => `${p}同志`)
    .join('、')
  return who ? `请${who}${itemContent(item)}` : itemContent(item)
}

/**
 * The main speech, after which the chair sums up: the first item linked to a speech draft,
 * else the last 讲话. -1 when there is none.
 */
export function mainSpeechIndex(m: Meeting): number {
  const linked = m.items.findIndex((i) => i.speech)
  if (linked >= 0) return linked
  return m.items.map((i) => i.action).lastIndexOf('讲话')
}

/** Everyone the record names, with where: the chair and each item's speakers. */
export function peopleOf(m: Meeting): { person: Person; path: string }[] {
  const out: { person: Person; path: string }[] = []
  if (m.chair.name || m.chair.title) out.push({ person: m.chair, path: 'chair' })
  m.items.forEach((item, i) => {
    item.who.forEach((p, j) => {
      out.push({ person: p, path: `items.${i}.who.${j}` })
    })
  })
  return out
}

/** Years a meeting's name says, not as one end of a span (2027—2028年). Group 1 is the year. */
const NAMED_YEAR = new RegExp(`(?<![\\d—\\-–~～至到])(${YEAR})\\s*年(?!${RANGE_JOIN})`, 'g')

/**
 * The record's words say the meeting works towards the year after `year`: its name says 明年, as
 * a speech's title does (import/structure.ts), or names that year (2028年度工作务虚会 in October 2027).
 */
function towardsNextYear(m: Meeting, year: number): boolean {
  return m.name.includes('明年') || [...m.name.matchAll(NAMED_YEAR)].some((y) => Number(y[1]) === year + 1)
}

/**
 * The years the meeting's speech reviews and plans, read from its month as a speech's date is
 * (lang/year-end): from November it reviews its own year (a December meeting), in the first half
 * of the year the year before. From July to October either: a meeting whose record says it works
 * towards next year reviews its own year, another plans its own year (a mid-year or campaign meeting).
 */
export function meetingYears(m: Meeting): { reviewYear: number | null; planYear: number | null } {
  const d = parseIsoDate(m.date)
  if (!d) return { reviewYear: null, planYear: null }
  const reviewed = reviewedByMonth(d.month)
  return reviewed === 'held' || (reviewed === 'words' && towardsNextYear(m, d.year))
    ? { reviewYear: d.year, planYear: d.year + 1 }
    : { reviewYear: d.year - 1, planYear: d.year }
}

export interface Problem {
  /** Where in the record: "items.1.who.0.name". */
  path: string
  message: string
}

/** How a problem says a field is still empty; the record's form shows these as a short 未填 beside the field. */
export const NOT_FILLED = '还没有填写。'
export const saysNotFilled = (message: string): boolean => message.endsWith(NOT_FILLED)

const itemName = (i: number, item: AgendaItem) => `第${chineseNumeral(i + 1)}项议程（${item.action}）`

/** What is missing or unusable in a record, each with its place and what to do. */
export function meetingProblems(m: Meeting): Problem[] {
  const out: Problem[] = []
  const need = (path: string, value: string, what: string) => {
    const left = value.match(PLACEHOLDER)
    if (!value.trim()) out.push({ path, message: what + NOT_FILLED })
    else if (left) out.push({ path, message: `${what}是占位符“${left[0]}”，不是实际内容，请填写。` })
  }
  const date = (path: string, value: string, what: string) => {
    if (!value) out.push({ path, message: what + NOT_FILLED })
    else if (!parseIsoDate(value))
      out.push({ path, message: `${what}“${value}”不是有效的日期，请写成 2027-02-12 这样。` })
  }
  need('name', m.name, '会议名称')
  need('organiser', m.organiser, '发文机关')
  date('date', m.date, '会议日期')
  if (!m.start) out.push({ path: 'start', message: `会议开始时间${NOT_FILLED}` })
  else if (parseTimeInput(m.start) !== m.start)
    out.push({ path: 'start', message: `会议开始时间“${m.start}”不对，请写成 09:00 这样（24 小时制）。` })
  need('place', m.place, '会议地点')
  date('issued', m.issued, '通知的成文日期')
  need('chair.name', m.chair.name, '主持人姓名')
  need('chair.title', m.chair.title, '主持人职务')
  if (!m.attendees.length) out.push({ path: 'attendees', message: `参会人员${NOT_FILLED}` })
  m.attendees.forEach((a, i) => {
    need(`attendees.${i}`, a, `第${i + 1}类参会人员`)
  })
  m.deadlines.forEach((d, i) => {
    date(`deadlines.${i}.date`, d.date, `第${i + 1}个截止日期`)
    need(`deadlines.${i}.what`, d.what, `第${i + 1}个截止日期要交的事项`)
  })
  m.contacts.forEach((c, i) => {
    need(`contacts.${i}.name`, c.name, `第${i + 1}位联系人的姓名`)
    need(`contacts.${i}.phone`, c.phone, `第${i + 1}位联系人的电话`)
  })
  if (!m.items.length) out.push({ path: 'items', message: `会议议程${NOT_FILLED}` })
  m.items.forEach((item, i) => {
    const action = actionOf(item.action)
    if (!action) {
      out.push({
        path: `items.${i}.action`,
        message: `第${chineseNumeral(i + 1)}项议程的类型“${item.action}”不对；可用：${ACTION_IDS.join('、')}。`,
      })
      return
    }
    if (action.needsWho && !item.who.length)
      out.push({ path: `items.${i}.who`, message: `${itemName(i, item)}还没有写由谁来做。` })
    item.who.forEach((p, j) => {
      need(`items.${i}.who.${j}.name`, p.name, `${itemName(i, item)}第${j + 1}位发言人的姓名`)
      need(`items.${i}.who.${j}.title`, p.title, `${itemName(i, item)}第${j + 1}位发言人的职务`)
    })
    if (action.needsWhat && !item.what.trim())
      out.push({ path: `items.${i}.what`, message: `${itemName(i, item)}还没有写${item.action}什么（内容）。` })
    const wording = contentProblem(item, i)
    if (wording) out.push({ path: `items.${i}.what`, message: wording })
  })
  return out
}
