/**
 * The meeting file: `{ "format": "jianggao-meeting", "name": …, "items": [ … ] }` (README,
 * “会议文件”). Reading checks every field and reports all that is wrong at once, in Chinese,
 * each with the field's name; a file with any of it is refused whole.
 */
import { meetingProblems, type AgendaItem, type Contact, type Deadline, type Meeting, type Person } from './model'
import { errorMessage } from '../guards'

export const MEETING_FORMAT = 'jianggao-meeting'
export const MEETING_VERSION = 1

export class MeetingFormatError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'))
  }
}

const TOP_KEYS = [
  'format',
  'version',
  'name',
  'organiser',
  'addressees',
  'date',
  'start',
  'place',
  'issued',
  'chair',
  'attendees',
  'deadline',
  'deadlines',
  'contact',
  'contacts',
  'items',
  'rolledFrom',
]

type Json = Record<string, unknown>
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v)

/** A reader that collects what is wrong rather than stopping at the first. */
class Reader {
  problems: string[] = []

  keys(value: Json, allowed: string[], where: string) {
    for (const k of Object.keys(value))
      if (!allowed.includes(k)) this.problems.push(`${where}有不认识的字段“${k}”；可用：${allowed.join('、')}。`)
  }

  string(value: Json, key: string, where: string, optional = false): string {
    const v = value[key]
    if (v === undefined && optional) return ''
    if (typeof v !== 'string') {
      this.problems.push(
        v === undefined
          ? `${where}缺少“${key}”。`
          : `${where}的“${key}”应为文字（用双引号括起来），现在是 ${JSON.stringify(v)}。`,
      )
      return ''
    }
    return v.trim()
  }

  person(v: unknown, where: string): Person {
    if (!isObject(v)) {
      this.problems.push(`${where}应写成 { "name": "姓名", "title": "职务" }。`)
      return { name: '', title: '' }
    }
    this.keys(v, ['name', 'title'], where)
    return { name: this.string(v, 'name', where), title: this.string(v, 'title', where) }
  }

  /** A list, or none (and the problem said) when the field is not one. */
  array(value: Json, key: string, problem: string): unknown[] {
    if (Array.isArray(value[key])) return value[key]
    this.problems.push(problem)
    return []
  }

  /** A field that may hold one object or a list of them ("deadline" or "deadlines"). */
  list<T>(value: Json, one: string, many: string, read: (v: unknown, where: string) => T, what: string): T[] {
    if (value[one] !== undefined && value[many] !== undefined) {
      this.problems.push(`“${one}”和“${many}”只能写一个。`)
      return []
    }
    const v = value[many] ?? (value[one] === undefined ? [] : [value[one]])
    if (!Array.isArray(v)) {
      this.problems.push(`“${many}”应为列表（[ … ]）。`)
      return []
    }
    return v.map((x, i) => read(x, `${what}第${i + 1}项`))
  }
}

export interface ParseMeetingOptions {
  /**
   * Refuse a record with values missing or malformed (meetingProblems), as the CLI does; the
   * app keeps records being filled in, so it checks only their shape. True by default.
   */
  complete?: boolean
}

/** Parse and check a meeting file from its text or an already-parsed value. */
export function parseMeetingFile(input: unknown, options: ParseMeetingOptions = {}): Meeting {
  let value = input
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input.replace(/^\uFEFF/, ''))
    } catch (e) {
      throw new MeetingFormatError([`会议文件不是有效的 JSON：${errorMessage(e)}。请检查引号、逗号和括号。`])
    }
  }
  if (!isObject(value) || value.format !== MEETING_FORMAT)
    throw new MeetingFormatError([`这不是会议文件（缺少 "format": "${MEETING_FORMAT}"）。`])
  if (value.version !== undefined && value.version !== MEETING_VERSION)
    throw new MeetingFormatError([
      `会议文件版本为 ${String(value.version)}，本程序只能读取版本 ${MEETING_VERSION}。请升级讲稿助手。`,
    ])
  const r = new Reader()
  r.keys(value, TOP_KEYS, '会议文件')
  const top = '会议文件'
  const attendees = r
    .array(value, 'attendees', '参会人员（attendees）应为列表，如 ["各乡镇分管负责同志", "县直有关部门负责同志"]。')
    .map((a, i) => {
      if (typeof a === 'string') return a.trim()
      r.problems.push(`参会人员（attendees）第${i + 1}项应为文字。`)
      return ''
    })
  const deadlines = r.list<Deadline>(
    value,
    'deadline',
    'deadlines',
    (v, where) => {
      if (!isObject(v)) {
        r.problems.push(`${where}应写成 { "date": "2027-02-08", "what": "…" }。`)
        return { date: '', what: '' }
      }
      r.keys(v, ['date', 'what'], where)
      return { date: r.string(v, 'date', where), what: r.string(v, 'what', where) }
    },
    '截止日期（deadline）',
  )
  const contacts = r.list<Contact>(
    value,
    'contact',
    'contacts',
    (v, where) => {
      if (!isObject(v)) {
        r.problems.push(`${where}应写成 { "name": "姓名", "phone": "电话" }。`)
        return { name: '', phone: '' }
      }
      r.keys(v, ['name', 'phone'], where)
      return { name: r.string(v, 'name', where), phone: r.string(v, 'phone', where) }
    },
    '联系人（contact）',
  )
  const items: AgendaItem[] = r
    .array(value, 'items', '会议议程（items）应为列表。')
    .map((v, i) => readItem(r, v, `议程（items）第${i + 1}项`))
  let rolledFrom: Meeting['rolledFrom'] = null
  if (value.rolledFrom !== undefined && value.rolledFrom !== null) {
    if (isObject(value.rolledFrom)) {
      r.keys(value.rolledFrom, ['name', 'date'], '去年的会议（rolledFrom）')
      rolledFrom = {
        name: r.string(value.rolledFrom, 'name', '去年的会议（rolledFrom）'),
        date: r.string(value.rolledFrom, 'date', '去年的会议（rolledFrom）'),
      }
    } else r.problems.push('去年的会议（rolledFrom）应写成 { "name": "…", "date": "2026-02-10" }。')
  }
  const meeting: Meeting = {
    name: r.string(value, 'name', top),
    organiser: r.string(value, 'organiser', top),
    addressees: r.string(value, 'addressees', top, true),
    date: r.string(value, 'date', top),
    start: r.string(value, 'start', top),
    place: r.string(value, 'place', top),
    issued: r.string(value, 'issued', top),
    chair: r.person(value.chair, '主持人（chair）'),
    attendees,
    deadlines,
    contacts,
    items,
    rolledFrom,
  }
  // Type errors first; what is missing or malformed in the values only when the shape is right.
  const problems =
    r.problems.length || options.complete === false
      ? r.problems
      : meetingProblems(meeting).map((p) => `${p.message}（${p.path}）`)
  if (problems.length) throw new MeetingFormatError(problems)
  return meeting
}

function readItem(r: Reader, v: unknown, where: string): AgendaItem {
  if (!isObject(v)) {
    r.problems.push(`${where}应写成 { "action": "讲话", "who": { "name": "…", "title": "…" } }。`)
    return { action: '其他', what: '', who: [], speech: null, summary: '' }
  }
  r.keys(v, ['action', 'what', 'who', 'speech', 'summary'], where)
  // Whether the action is one we know is meetingProblems' to say, as for a record made in the app.
  const action = r.string(v, 'action', where)
  const who =
    v.who === undefined || v.who === null
      ? []
      : Array.isArray(v.who)
        ? v.who.map((p, j) => r.person(p, `${where}第${j + 1}位发言人`))
        : [r.person(v.who, `${where}的发言人（who）`)]
  let speech: string | null = null
  if (v.speech !== undefined && v.speech !== null) {
    if (typeof v.speech === 'string') speech = v.speech.trim() || null
    else r.problems.push(`${where}的讲话稿（speech）应为文件名或草稿编号。`)
  }
  return {
    // `action` was checked against ACTION_IDS above; a bad one is a problem reported, and the record is not used.
    // biome-ignore lint/nursery/noUnsafeTypeAssertion: the reason is the comment above
    action: action as AgendaItem['action'],
    what: r.string(v, 'what', where, true),
    who,
    speech,
    summary: r.string(v, 'summary', where, true),
  }
}

/** The record as a meeting file (lists always written as lists). */
export function meetingToJSON(m: Meeting): Json {
  return {
    format: MEETING_FORMAT,
    version: MEETING_VERSION,
    name: m.name,
    organiser: m.organiser,
    // Written only when set: a file without it reads as before (the organiser's level decides).
    ...(m.addressees ? { addressees: m.addressees } : {}),
    date: m.date,
    start: m.start,
    place: m.place,
    issued: m.issued,
    chair: m.chair,
    attendees: m.attendees,
    deadlines: m.deadlines,
    contacts: m.contacts,
    items: m.items.map((i) => ({
      action: i.action,
      ...(i.what ? { what: i.what } : {}),
      who: i.who,
      ...(i.speech ? { speech: i.speech } : {}),
      ...(i.summary ? { summary: i.summary } : {}),
    })),
    ...(m.rolledFrom ? { rolledFrom: m.rolledFrom } : {}),
  }
}

/** Whether bytes are a meeting file (by content, whatever the file's name): JSON whose format says so. */
export function isMeetingJSON(bytes: Uint8Array): boolean {
  const text = new TextDecoder().decode(bytes).replace(/^\uFEFF/, '')
  if (!text.trimStart().startsWith('{') || !text.includes(MEETING_FORMAT)) return false
  try {
    const value = JSON.parse(text)
    return isObject(value) && value.format === MEETING_FORMAT
  } catch {
    // Broken JSON that names the format is still meant as a meeting file: parseMeetingFile will say what is wrong.
    return /"format"\s*:\s*"jianggao-meeting"/.test(text)
  }
}
