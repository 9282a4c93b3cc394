/**
 * The fields of the meeting record that documents show as slots ({{会议.时间}}), each with how
 * its text follows from the record. Entry fields belong to one entry of a list: in a template
 * they stand on a repeated line ({{#议程}}…{{议程.发言人}}); in a document they carry the entry's
 * number (议程2.发言人), so a refresh knows which entry they show.
 */
import { chineseDate, chineseDateWithWeekday, chineseTime, parseIsoDate, parseTimeInput } from '../dates'
import { FIELD_LABEL } from '../markers'
import { chineseNumeral, countNumeral } from '../numbering'
import { agendaPhrase, callPhrase, itemContent, mainSpeechIndex, speakers, type Meeting } from './model'
import { SAYS_ITS_YEAR } from '../lang/years'
import { levelOf } from '../lang/levels'
import { nameFirst } from './names'
import { summaryBody, summaryLead } from './summary'

export interface FieldInfo<A extends unknown[] = []> {
  name: string
  /**
   * What the user is shown for it, where it differs from `name`: a meeting field's whole name
   * (地点 → 会议地点); for an entry field, what follows the entry's name (小结 → 讲话后的小结,
   * so 议程2.小结 reads 第二项议程讲话后的小结; '' for the entry itself). See fieldTitle.
   */
  title?: string
  help: string
  /** Where in the record the user changes it ("chair.name"; # is the entry's index in its list). */
  path: string
  value(m: Meeting, ...args: A): string | null
}

const orNull = (s: string) => (s.trim() ? s : null)
const date = (iso: string, write: typeof chineseDate) => {
  const d = parseIsoDate(iso)
  return d ? write(d) : null
}
/**
 * A name with its year in front unless it says one anywhere (SAYS_ITS_YEAR): 2027年全县农业农村
 * 工作会议, but 东湖街道2026年度工作总结暨2027年工作部署会议 as it is.
 */
const fullName = (m: Meeting) => {
  const d = parseIsoDate(m.date)
  if (!m.name) return null
  return SAYS_ITS_YEAR.test(m.name) || !d ? m.name : `${d.year}年${m.name}`
}
const personText = (name: string, title: string) => orNull(title + name)

/**
 * The notice's 主送机关: as written in the record, or the usual one of the organiser's level;
 * without a colon typed at its end (驻街各单位：), as the template writes the colon itself.
 */
export function addresseesOf(m: Meeting): string | null {
  return orNull((m.addressees ?? '').replace(/[\s:：]+$/, '')) ?? levelOf(m.organiser)?.addressees ?? null
}

/**
 * Words a deadline's 事项 may open with that say what to do by then, so "请于……前" goes straight on:
 * 报送参会人员名单, 上报典型材料, 将名单报县农业农村局办公室, 报名. Any other 事项 names the thing to hand in
 * (参会人员名单报县农业农村局办公室, 报告材料报区委办, 交流材料发至邮箱) and is led in by 将; so a
 * verb of one character (报, 交, 送) is not listed, as it opens nouns too (报告, 交流, 送审稿).
 */
export const DEADLINE_VERBS: readonly string[] = [
  '将',
  '把',
  '报送',
  '报名',
  '报至',
  '报到',
  '上报',
  '填报',
  '提交',
  '提供',
  '上交',
  '递交',
  '发送',
  '传真',
  '反馈',
  '回复',
  '确认',
  '完成',
  '登记',
  '联系',
  '通过',
  '向',
  '由',
]

/**
 * A deadline's 事项 that says how the thing gets to the organiser: 报县农业农村局办公室, 发送至邮箱,
 * 报名, 反馈; not one that only names it (参会回执, 参会人员名单, 典型发言材料).
 */
export const SAYS_HOW_HANDED_IN = /报(?!告|表)|交(?!流|通)|送(?!审)|发(?!言|展)|传|反馈|回复|提供|确认|登记|联系/

/**
 * The clause after "请于……前" for a deadline's 事项, with no end punctuation (the template has it):
 * 报送参会人员名单 as it is, 参会人员名单报县农业农村局办公室 → 将参会人员名单报县农业农村局办公室.
 */
export function deadlineClause(what: string): string | null {
  const w = what.trim().replace(/[。；;，,、\s]+$/, '')
  if (!w) return null
  return DEADLINE_VERBS.some((v) => w.startsWith(v)) ? w : `将${w}`
}

/** Fields of the whole meeting: {{会议.名称}} … */
export const MEETING_FIELDS: readonly FieldInfo[] = [
  {
    name: '名称',
    title: '会议名称',
    path: 'name',
    help: '会议名称，如“全县农业农村工作会议”',
    value: (m) => orNull(m.name),
  },
  {
    name: '全称',
    title: '带年份的会议名称',
    path: 'name',
    help: '带年份的会议名称，如“2027年全县农业农村工作会议”（名称已带年份时不再加）',
    value: fullName,
  },
  {
    name: '年份',
    title: '会议年份',
    path: 'date',
    help: '会议的年份，如“2027”',
    value: (m) => (parseIsoDate(m.date) ? m.date.slice(0, 4) : null),
  },
  {
    name: '日期',
    title: '会议日期',
    path: 'date',
    help: '会议日期，如“2027年2月12日”',
    value: (m) => date(m.date, chineseDate),
  },
  {
    name: '日期星期',
    title: '会议日期和星期',
    path: 'date',
    help: '会议日期和星期，如“2027年2月12日（星期五）”',
    value: (m) => date(m.date, chineseDateWithWeekday),
  },
  {
    name: '开始',
    title: '开始时间',
    path: 'start',
    help: '开始时间，如“上午9:00”',
    value: (m) => (parseTimeInput(m.start) ? chineseTime(m.start) : null),
  },
  {
    name: '时间',
    title: '会议时间',
    path: 'date',
    help: '日期、星期和开始时间，如“2027年2月12日（星期五）上午9:00”',
    value: (m) => {
      const d = date(m.date, chineseDateWithWeekday)
      return d && parseTimeInput(m.start) ? d + chineseTime(m.start) : null
    },
  },
  { name: '地点', title: '会议地点', path: 'place', help: '会议地点', value: (m) => orNull(m.place) },
  {
    name: '主办',
    title: '发文机关',
    path: 'organiser',
    help: '发文机关，如“县农业农村局”（通知的落款）',
    value: (m) => orNull(m.organiser),
  },
  {
    name: '主送',
    title: '主送机关',
    path: 'addressees',
    help: '通知的主送机关：会议记录里写了的照写，没写的按发文机关的级别（县、区、市、旗），如区直部门是“各街道办事处、各镇人民政府，区直有关部门”',
    value: addresseesOf,
  },
  {
    name: '主持人',
    path: 'chair',
    help: '主持人职务和姓名，如“副县长王明”',
    value: (m) => personText(m.chair.name, m.chair.title),
  },
  { name: '主持人姓名', path: 'chair.name', help: '主持人姓名', value: (m) => orNull(m.chair.name) },
  { name: '主持人职务', path: 'chair.title', help: '主持人职务', value: (m) => orNull(m.chair.title) },
  {
    name: '成文日期',
    title: '通知成文日期',
    path: 'issued',
    help: '通知的成文日期，如“2027年2月1日”',
    value: (m) => date(m.issued, chineseDate),
  },
  {
    name: '议程数',
    title: '议程的项数',
    path: 'items',
    help: '议程的项数，如“两”“四”（会议有两项议程）',
    value: (m) => (m.items.length ? countNumeral(m.items.length) : null),
  },
  {
    name: '议程概要',
    path: 'items',
    help: '各项议程连成一句，如“一是县政府办主任李华宣读表彰决定；二是县长张强讲话”',
    value: (m) =>
      m.items.length ? m.items.map((item, i) => `${chineseNumeral(i + 1)}是${agendaPhrase(item)}`).join('；') : null,
  },
  {
    name: '参会人员',
    path: 'attendees',
    help: '各类参会人员，用“，”连成一句',
    value: (m) => orNull(m.attendees.join('，')),
  },
  {
    name: '主讲人',
    path: 'items',
    help: '主讲话的发言人，如“县长张强”',
    value: (m) => {
      const i = mainSpeechIndex(m)
      return i < 0 ? null : orNull(speakers(m.items[i]))
    },
  },
]

export type EntryGroup = '议程' | '参会' | '截止' | '联系人'
export const ENTRY_GROUPS: readonly EntryGroup[] = ['议程', '参会', '截止', '联系人']

/**
 * The lists a record must have (meetingProblems says so while they are empty): a document keeps
 * one line for such a list even while it is empty, its fields blank, so the first entry the record
 * gets is filled in there (tryout 12: attendees added after the notice never reached it).
 */
export const REQUIRED_GROUPS: readonly EntryGroup[] = ['议程', '参会']

/** How many entries a group has in a record. */
export function entryCount(m: Meeting, group: EntryGroup): number {
  switch (group) {
    case '议程':
      return m.items.length
    case '参会':
      return m.attendees.length
    case '截止':
      return m.deadlines.length
    case '联系人':
      return m.contacts.length
  }
}

/**
 * 序号 is written as text, not a slot: it is the entry's number itself and never changes
 * with the record.
 */
export const ORDINAL = '序号'

/** Fields of one entry, by group: {{议程.发言人}} … */
export const ENTRY_FIELDS: Record<EntryGroup, readonly FieldInfo<[number]>[]> = {
  议程: [
    {
      name: ORDINAL,
      title: '的序号',
      path: 'items.#',
      help: '这一项的序号，如“一”“二”（写成文字）',
      value: (_m, i) => chineseNumeral(i + 1),
    },
    {
      name: '事项',
      title: '的事项',
      path: 'items.#',
      help: '议程的写法，如“县政府办主任李华宣读表彰决定”',
      value: (m, i) => orNull(agendaPhrase(m.items[i])),
    },
    {
      name: '内容',
      title: '的内容',
      path: 'items.#.what',
      help: '不带发言人的事项，如“宣读表彰决定”',
      value: (m, i) => orNull(itemContent(m.items[i])),
    },
    {
      name: '发言人',
      title: '的发言人',
      path: 'items.#.who',
      help: '职务和姓名，如“县政府办主任李华”（几位时用“、”隔开）',
      value: (m, i) => orNull(speakers(m.items[i])),
    },
    {
      name: '姓名',
      title: '的发言人姓名',
      path: 'items.#.who',
      help: '发言人姓名',
      value: (m, i) => orNull(m.items[i].who.map((p) => p.name).join('、')),
    },
    {
      name: '职务',
      title: '的发言人职务',
      path: 'items.#.who',
      help: '发言人职务',
      value: (m, i) => orNull(m.items[i].who.map((p) => p.title).join('、')),
    },
    {
      name: '称谓',
      title: '的发言人称谓',
      path: 'items.#.who',
      help: '姓名在前的称呼，职务只留最后的职位，如“张强县长”“周建国局长”（县水利局局长）',
      value: (m, i) => orNull(m.items[i].who.map(nameFirst).join('、')),
    },
    {
      name: '请',
      title: '的请语',
      path: 'items.#',
      help: '主持人的请语，如“请县政府办主任李华同志宣读表彰决定”',
      value: (m, i) => orNull(callPhrase(m.items[i])),
    },
    {
      name: '小结开头',
      title: '讲话后小结的开头',
      path: 'items.#.summary',
      help: '小结开头点名发言人的一句：小结里自己写了的照写（“刚才，周建国局长作了讲话，”），没写的是“刚才，周建国局长作了重要讲话，”',
      value: (m, i) => summaryLead(m.items[i].summary, m.items[i].who.map(nameFirst).join('、')),
    },
    {
      name: '小结',
      title: '讲话后的小结',
      path: 'items.#.summary',
      help: '主讲话后主持人的小结（summary），不含开头的“刚才，……作了讲话，”和结尾的“大家要认真学习领会，抓好贯彻落实。”',
      // Written whole or as the middle alone: the frame's words are the template's. Only the frame
      // written is still a summary written (the script then reads the frame alone), not a missing one.
      value: (m, i) => (m.items[i].summary.trim() ? summaryBody(m.items[i].summary) : null),
    },
  ],
  参会: [
    { name: ORDINAL, title: '的序号', path: 'attendees.#', help: '序号', value: (_m, i) => chineseNumeral(i + 1) },
    {
      name: '名称',
      title: '',
      path: 'attendees.#',
      help: '一类参会人员，如“各乡镇分管农业工作的负责同志”',
      value: (m, i) => orNull(m.attendees[i]),
    },
  ],
  截止: [
    { name: ORDINAL, title: '的序号', path: 'deadlines.#', help: '序号', value: (_m, i) => chineseNumeral(i + 1) },
    {
      name: '日期',
      title: '',
      path: 'deadlines.#.date',
      help: '截止日期，如“2027年2月8日”',
      value: (m, i) => date(m.deadlines[i].date, chineseDate),
    },
    {
      name: '日期星期',
      title: '（带星期）',
      path: 'deadlines.#.date',
      help: '截止日期和星期，如“2027年2月8日（星期一）”',
      value: (m, i) => date(m.deadlines[i].date, chineseDateWithWeekday),
    },
    {
      name: '事项',
      title: '要办的事',
      path: 'deadlines.#.what',
      help: '截止前要办的事',
      value: (m, i) => orNull(m.deadlines[i].what),
    },
    {
      name: '要求',
      title: '要办的事（句中）',
      path: 'deadlines.#.what',
      help: '接在“请于……前”后的要办的事：写了怎么办的照写（报送参会人员名单），只写了东西的前面加“将”（将参会人员名单报县农业农村局办公室）',
      value: (m, i) => deadlineClause(m.deadlines[i].what),
    },
  ],
  联系人: [
    { name: ORDINAL, title: '的序号', path: 'contacts.#', help: '序号', value: (_m, i) => chineseNumeral(i + 1) },
    {
      name: '姓名',
      title: '的姓名',
      path: 'contacts.#.name',
      help: '联系人姓名',
      value: (m, i) => orNull(m.contacts[i].name),
    },
    {
      name: '电话',
      title: '的电话',
      path: 'contacts.#.phone',
      help: '联系电话',
      value: (m, i) => orNull(m.contacts[i].phone),
    },
  ],
}

export interface FieldRef {
  group: '会议' | EntryGroup
  /** 1-based entry number; null for a meeting field or an entry field not yet numbered (in a template). */
  entry: number | null
  name: string
}

/** 会议.时间 → { group: 会议 }, 议程2.发言人 → { group: 议程, entry: 2 }; null when not a field label. */
export function parseFieldLabel(label: string): FieldRef | null {
  const m = FIELD_LABEL.exec(label)
  if (!m) return null
  // FIELD_LABEL's first group is an alternation of exactly FieldRef's groups.
  // biome-ignore lint/nursery/noUnsafeTypeAssertion: the reason is the comment above
  const group = m[1] as FieldRef['group']
  if (group === '会议' && m[2]) return null
  return { group, entry: m[2] ? Number(m[2]) : null, name: m[3] }
}

/** The field a reference names, or undefined when there is no such field. */
export function fieldInfo(ref: FieldRef): FieldInfo | FieldInfo<[number]> | undefined {
  return ref.group === '会议'
    ? MEETING_FIELDS.find((f) => f.name === ref.name)
    : ENTRY_FIELDS[ref.group].find((f) => f.name === ref.name)
}

/**
 * A field's text from the record: null when the record does not say (or the entry is gone);
 * undefined when the label names no field.
 */
export function fieldValue(m: Meeting, label: string): string | null | undefined {
  const ref = parseFieldLabel(label)
  if (!ref) return undefined
  if (ref.group === '会议') return MEETING_FIELDS.find((f) => f.name === ref.name)?.value(m)
  const info = ENTRY_FIELDS[ref.group].find((f) => f.name === ref.name)
  if (!info || ref.entry === null) return undefined
  return ref.entry >= 1 && ref.entry <= entryCount(m, ref.group) ? info.value(m, ref.entry - 1) : null
}

/**
 * Where in the record the user changes what a field slot shows: 会议.时间 → "date",
 * 议程2.发言人 → "items.1.who"; null when the label names no field.
 */
export function fieldPath(label: string): string | null {
  const ref = parseFieldLabel(label)
  const info = ref && fieldInfo(ref)
  if (!ref || !info) return null
  if (!info.path.includes('#')) return info.path
  return ref.entry === null
    ? info.path.slice(0, info.path.indexOf('.#'))
    : info.path.replace('#', String(ref.entry - 1))
}

/** What an entry of each group is called, and the measure word that counts it: 第二项议程, 第一位联系人. */
const ENTRY_NAMES: Record<EntryGroup, { measure: string; noun: string }> = {
  议程: { measure: '项', noun: '议程' },
  参会: { measure: '类', noun: '参会人员' },
  截止: { measure: '个', noun: '截止日期' },
  联系人: { measure: '位', noun: '联系人' },
}

/**
 * What a field is called where the user reads it (an empty slot, a hint, a check): 会议.参会人员 →
 * 参会人员, 会议.地点 → 会议地点, 议程2.小结 → 第二项议程讲话后的小结, 参会3.名称 → 第三类参会人员;
 * in a template, with no entry number, 议程.发言人 → 每项议程的发言人. The dotted label is the
 * template's and the slot's own key, never shown. A label that names no field is returned as it is.
 */
export function fieldTitle(label: string): string {
  const ref = parseFieldLabel(label)
  if (!ref) return label
  const info = fieldInfo(ref)
  if (ref.group === '会议') return info?.title ?? ref.name
  const { measure, noun } = ENTRY_NAMES[ref.group]
  const entry = ref.entry === null ? `每${measure}${noun}` : `第${chineseNumeral(ref.entry)}${measure}${noun}`
  return entry + (info ? (info.title ?? `的${info.name}`) : `的${ref.name}`)
}

/** What a group's entries are called together, as the record's form heads them: 议程 → 会议议程. */
export const ENTRY_GROUP_TITLES: Record<EntryGroup, string> = {
  议程: '会议议程',
  参会: '参会人员',
  截止: '截止日期',
  联系人: '联系人',
}
