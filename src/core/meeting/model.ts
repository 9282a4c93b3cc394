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

/** The item without its speakers: 宣读表彰决定. */
export function itemContent(item: AgendaItem): string {
  return actionOf(item.action)?.content(item.what, item.who.length > 0) ?? item.what
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
  })
  return out
}
