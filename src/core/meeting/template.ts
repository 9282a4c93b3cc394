/**
 * Templates of the meeting's documents (templates/meeting-*.txt): the speech template format
 * (README “模板格式”) with a 文种 line, meeting fields ({{会议.时间}}), and lines repeated per
 * entry of the record:
 *
 *   文种：通知                         通知, 议程 or 主持词
 *   版式：公文                         公文 or 讲话稿 (optional; 通知 and 议程 公文, 主持词 讲话稿)
 *   ---
 *   关于召开{{会议.全称}}的通知         the first line is the title
 *   各乡镇人民政府，县直有关部门： #主送  主送机关 (or a greeting, 同志们：)
 *   {{#议程}}{{议程.序号}}是{{议程.事项}}；   one line per agenda item ({{#参会}} {{#截止}} {{#联系人}} alike);
 *                                     on the last entry a closing ； becomes 。
 *   {{#主讲话}}刚才，…               only for the main speech, within the 议程 lines around it
 *   {{会议.主办}} #署名                 the signer; {{会议.成文日期}} #成文日期: the issue date
 *
 * Lines are read like a speech's (一、 parts, （一） sections, 1. items; a line starting
 * 同志们， or marked #结束语 begins the closing), except that in an agenda 一、 numbers items.
 * Every mistake is a TemplateError with its line number.
 */
import type { LayoutId } from '../export/layout'
import { classifyLine } from '../import/lines'
import { CLOSING_START } from '../import/structure'
import { MarkerError, splitMarkers, type Marker } from '../markers'
import type { DocKind, RequiredId } from '../schema'
import { readRequired, readTemplateHead, TemplateError } from '../template'
import { ENTRY_FIELDS, ENTRY_GROUPS, fieldInfo, MEETING_FIELDS, parseFieldLabel, type EntryGroup } from './fields'

export type MeetingDocKind = Exclude<DocKind, 'speech'>
export const MEETING_DOC_KINDS: readonly MeetingDocKind[] = ['notice', 'agenda', 'script']

const KIND_WORDS: Record<string, MeetingDocKind> = { 通知: 'notice', 议程: 'agenda', 主持词: 'script' }
const LAYOUT_WORDS: Record<string, LayoutId> = { 公文: 'gongwen', 讲话稿: 'reading' }

/** The notice is a 公文; the agenda is printed on one page of it; the chair reads the script aloud. */
export const DEFAULT_LAYOUT: Record<MeetingDocKind, LayoutId> = {
  notice: 'gongwen',
  agenda: 'gongwen',
  script: 'reading',
}
export const DEFAULT_REQUIRED: Record<MeetingDocKind, RequiredId[]> = {
  notice: ['title', 'greeting', 'opening'],
  agenda: ['title', 'opening'],
  script: ['title', 'greeting', 'opening', 'closing'],
}

/** A piece of a line: text, a meeting field, a year, or a slot marker as speech templates have. */
export type Piece = { text: string } | { field: string } | { year: 'review' | 'plan' } | { marker: Marker }

export type LineRole =
  | 'title'
  | 'subtitle'
  | 'byline'
  | 'greeting'
  | 'part'
  | 'section'
  | 'paragraph'
  | 'item'
  | 'signer'
  | 'issue_date'

export interface TemplateLine {
  /** Line number in the file. */
  line: number
  role: LineRole
  /** Items: 1 (一、 in an agenda), 3 (1.) or 4 （1）. */
  level: 1 | 3 | 4
  /** A run-in section: its heading, and `pieces` is the paragraph after it. */
  heading: Piece[] | null
  pieces: Piece[]
  /** This line starts the closing. */
  closing: boolean
  /** Repeated once per entry of this group. */
  group: EntryGroup | null
  /** Only for the main speech (a 议程 line). */
  mainOnly: boolean
}

export interface MeetingTemplate {
  id: string
  name: string
  description: string
  kind: MeetingDocKind
  layout: LayoutId
  required: RequiredId[]
  lines: TemplateLine[]
}

const ROLE_MARKS: Record<string, LineRole | 'closing'> = {
  主送: 'greeting',
  称呼: 'greeting',
  题注: 'byline',
  署名: 'signer',
  成文日期: 'issue_date',
  结束语: 'closing',
}
const ROLE_MARK = /\s*#([\u4e00-\u9fff]+)\s*$/
const REPEAT = /^\{\{\s*#\s*([^{}\s]*)\s*\}\}/
const REPEATS = [...ENTRY_GROUPS, '主讲话']

export function parseMeetingTemplate(source: string, id: string, file = ''): MeetingTemplate {
  const fail = (line: number, detail: string): never => {
    throw new TemplateError(line, detail, file)
  }
  const { lines, sep, entries } = readTemplateHead(source, file)
  let kind: MeetingDocKind | null = null
  let layout: LayoutId | null = null
  let required: RequiredId[] | null = null
  let name = ''
  let description = ''
  for (const e of entries) {
    switch (e.key) {
      case '名称':
        name = e.value
        break
      case '说明':
        description = e.value
        break
      case '必需':
        required = readRequired(e.value, e.line, file)
        break
      case '文种':
        kind =
          KIND_WORDS[e.value] ?? fail(e.line, `文种“${e.value}”不对；可用：${Object.keys(KIND_WORDS).join('、')}。`)
        break
      case '版式':
        layout =
          LAYOUT_WORDS[e.value] ?? fail(e.line, `版式“${e.value}”不对；可用：${Object.keys(LAYOUT_WORDS).join('、')}。`)
        break
      default:
        fail(e.line, `不认识的信息项“${e.key}”；可用：名称、说明、文种、版式、必需。`)
    }
  }
  if (!name) fail(1, '缺少“名称：…”一行。')
  if (!kind) return fail(1, `缺少“文种：…”一行（${Object.keys(KIND_WORDS).join('、')}）。`)

  const out: TemplateLine[] = []
  type State = 'start' | 'head' | 'body' | 'closing' | 'signoff'
  let state: State = 'start'
  let bodyLines = 0
  let inPart = false
  let signoff: 'signer' | 'issue_date' | null = null
  for (let i = sep + 1; i < lines.length; i++) {
    const lineNo = i + 1
    let text = lines[i].trim()
    if (!text || text.startsWith('//')) continue
    let mark: LineRole | 'closing' | null = null
    const m = ROLE_MARK.exec(text)
    if (m) {
      mark =
        ROLE_MARKS[m[1]] ??
        fail(
          lineNo,
          `不认识的行标记“#${m[1]}”；可用：${Object.keys(ROLE_MARKS)
            .map((k) => `#${k}`)
            .join(' ')}。`,
        )
      text = text.slice(0, m.index)
    }
    let group: EntryGroup | null = null
    let mainOnly = false
    const r = REPEAT.exec(text)
    if (r) {
      if (!REPEATS.includes(r[1]))
        fail(lineNo, `不认识的重复标记“{{#${r[1]}}}”；可用：${REPEATS.map((g) => `{{#${g}}}`).join(' ')}。`)
      mainOnly = r[1] === '主讲话'
      // biome-ignore lint/nursery/noUnsafeTypeAssertion: r[1] was just checked against REPEATS, the entry groups' names
      group = mainOnly ? '议程' : (r[1] as EntryGroup)
      text = text.slice(r[0].length).trim()
    }
    const pieces = (t: string) => readPieces(t, lineNo, group, fail)
    const line = (role: LineRole, p: Piece[], extra: Partial<TemplateLine> = {}): TemplateLine => ({
      line: lineNo,
      role,
      level: 3,
      heading: null,
      pieces: p,
      closing: false,
      group,
      mainOnly,
      ...extra,
    })
    if (state === 'signoff' && mark !== 'issue_date') fail(lineNo, '落款（#署名、#成文日期）之后不能再有内容。')
    if (mark === 'signer' || mark === 'issue_date') {
      if (state === 'start') fail(lineNo, '第一行应为标题。')
      if (signoff === mark || signoff === 'issue_date')
        fail(lineNo, mark === 'signer' ? '署名只能有一行，且在成文日期之前。' : '成文日期只能有一行。')
      if (group) fail(lineNo, '落款不能重复。')
      signoff = mark
      state = 'signoff'
      out.push(line(mark, pieces(text)))
      continue
    }
    if (state === 'start') {
      if (mark || group) fail(lineNo, '第一行是标题，不能带 # 标记或重复标记。')
      out.push(line('title', pieces(text)))
      state = 'head'
      continue
    }
    const k = classifyLine(text)
    if (state === 'head' && (mark === 'byline' || k.type === 'subtitle' || k.type === 'dateline')) {
      if (group) fail(lineNo, '标题下的行不能重复。')
      out.push(
        mark !== 'byline' && k.type === 'subtitle' ? line('subtitle', pieces(k.text)) : line('byline', pieces(text)),
      )
      continue
    }
    if (mark === 'byline') fail(lineNo, '#题注 只能写在标题之下、正文之前。')
    if (mark === 'greeting' || (k.type === 'greeting' && bodyLines === 0)) {
      if (bodyLines > 0 || state !== 'head') fail(lineNo, '主送机关（称呼）要写在标题之后、正文第一行。')
      if (group) fail(lineNo, '主送机关（称呼）不能重复。')
      out.push(line('greeting', pieces(k.type === 'greeting' ? k.text : text)))
      state = 'body'
      continue
    }
    state = state === 'head' ? 'body' : state
    const startsClosing =
      state === 'body' && (mark === 'closing' || (bodyLines > 0 && k.type === 'paragraph' && CLOSING_START.test(text)))
    if (startsClosing) state = 'closing'
    else if (mark === 'closing') fail(lineNo, '结束语已经开始，#结束语 只用在结束语的第一行。')
    bodyLines++
    if (k.type === 'part' && kind !== 'agenda') {
      if (state === 'closing') fail(lineNo, `结束语之后不能再有“${text.slice(0, 2)}”这样的部分。`)
      inPart = true
      out.push(line('part', pieces(k.text)))
    } else if (k.type === 'part') {
      out.push(line('item', pieces(k.text), { level: 1, closing: startsClosing }))
    } else if (k.type === 'section') {
      if (!inPart || state === 'closing') fail(lineNo, '“（一）”这样的节要写在“一、”部分里。')
      out.push(line('section', pieces(k.body), { heading: pieces(k.heading) }))
    } else if (k.type === 'item') {
      out.push(line('item', pieces(k.text), { level: k.level, closing: startsClosing }))
    } else {
      out.push(line('paragraph', pieces(text), { closing: startsClosing }))
    }
  }
  if (!out.length) fail(sep + 2, '正文是空的：第一行应为标题。')
  return {
    id,
    name,
    description,
    kind,
    layout: layout ?? DEFAULT_LAYOUT[kind],
    required: required ?? DEFAULT_REQUIRED[kind],
    lines: out,
  }
}

/** Text, fields and markers of a line, each field checked against the record's. */
function readPieces(
  text: string,
  line: number,
  group: EntryGroup | null,
  fail: (line: number, detail: string) => never,
): Piece[] {
  let segments: ReturnType<typeof splitMarkers>
  try {
    segments = splitMarkers(text)
  } catch (e) {
    if (e instanceof MarkerError) return fail(line, `${e.message}（第${e.column}个字符处）`)
    throw e
  }
  return segments.map((s): Piece => {
    if ('text' in s) return { text: s.text }
    const m = s.marker
    if (m.type === 'year') return { year: m.which }
    if (m.type !== 'field') return { marker: m }
    const ref = parseFieldLabel(m.label)
    if (!ref || !fieldInfo(ref)) {
      const names =
        ref && ref.group !== '会议'
          ? ENTRY_FIELDS[ref.group].map((f) => `{{${ref.group}.${f.name}}}`)
          : MEETING_FIELDS.map((f) => `{{会议.${f.name}}}`)
      return fail(line, `不认识的会议信息“${s.raw}”；可用：${names.join(' ')}。`)
    }
    if (ref.group !== '会议' && ref.entry === null && ref.group !== group)
      return fail(
        line,
        `“${s.raw}”是每项${ref.group}各自的信息，只能用在以 {{#${ref.group}}} 开头的行里（或写明第几项，如 {{${ref.group}1.${ref.name}}}）。`,
      )
    return { field: m.label }
  })
}
