/**
 * Checks across the meeting's documents and its record: the slips of a secretary who writes
 * the notice, agenda and chair's script from last year's copies. Each rule reads the record
 * and the documents it is given (any may be missing) and reports where, in which document,
 * in Chinese. Rules within one document (the weekday beside a date among them) are the
 * ordinary checks (src/core/checks), run on each document as on a speech.
 */
import type { Node as PMNode } from 'prosemirror-model'
import { enumerations } from '../import/lines'
import { chineseDate, compareDates, parseIsoDate } from '../dates'
import { chineseNumeral, countNumeral, parseChineseNumeral, parseCountNumeral } from '../numbering'
import { checkDocument } from '../checks/engine'
import type { CheckOptions, Finding, RuleInfo } from '../checks/types'
import { findingKey } from '../checks/types'
import { paginate } from '../export/paginate'
import { LAYOUTS } from '../export/layout'
import { meetingProblems, peopleOf, type Meeting } from './model'
import { nameAfterTitle, sameTitle, titleAfter, titleBefore } from './names'
import { staleEntries, staleFields } from './refresh'
import { excerptAt, scanBlocks, type ScannedBlock } from './scan'
import { DEFAULT_LAYOUT, type MeetingDocKind } from './template'

export type FindingDoc = MeetingDocKind | 'speech' | 'record'

export interface MeetingFinding extends Finding {
  /** Which document the positions are in; 'record' for the meeting record itself. */
  doc: FindingDoc
  /** For a speech: its link in the record. */
  speech?: string
  /** For the record: the field concerned ("items.1.who.0.name"). */
  path?: string
}

export interface MeetingDocs {
  notice?: PMNode
  agenda?: PMNode
  script?: PMNode
}

export interface MeetingCheckInput {
  meeting: Meeting
  docs: MeetingDocs
  /** The speeches the record's items link to, by link. */
  speeches?: Record<string, PMNode>
}

/** One document as the rules see it. */
interface Target {
  doc: FindingDoc
  speech?: string
  node: PMNode
  blocks: ScannedBlock[]
}

interface Context {
  meeting: Meeting
  targets: Target[]
  target(kind: MeetingDocKind): Target | undefined
}

export type MeetingRule = RuleInfo & { check(ctx: Context): MeetingFinding[] }

const at = (t: Target, b: ScannedBlock, from: number, to: number) => ({
  doc: t.doc,
  ...(t.speech ? { speech: t.speech } : {}),
  from: b.pos(from),
  to: b.pos(to, true),
  excerpt: excerptAt(b.text, from, to),
})
const record = (path: string, excerpt: string) => ({ doc: 'record' as const, path, from: 0, to: 0, excerpt })
/** A name without the year in front: 2027年全县…会议 → 全县…会议. */
const coreName = (name: string) => name.replace(/^(?:19|20)\d{2}\s*年度?/, '')
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** The record is complete and its values usable. */
export const recordComplete: MeetingRule = {
  id: 'meeting-record',
  name: '会议记录未填全',
  severity: 'error',
  group: '会议',
  check: ({ meeting }) =>
    meetingProblems(meeting).map((p) => ({
      rule: 'meeting-record',
      severity: 'error',
      message: p.message,
      ...record(p.path, p.message),
    })),
}

/** The notice is issued before the meeting; what it asks for is due between the two. */
export const meetingDates: MeetingRule = {
  id: 'meeting-dates',
  name: '通知日期与截止日期',
  severity: 'error',
  group: '会议',
  check({ meeting }) {
    const out: MeetingFinding[] = []
    const date = parseIsoDate(meeting.date)
    const issued = parseIsoDate(meeting.issued)
    const push = (path: string, message: string) =>
      out.push({ rule: this.id, severity: 'error', message, ...record(path, message) })
    if (date && issued && compareDates(issued, date) >= 0)
      push(
        'issued',
        `通知的成文日期（${chineseDate(issued)}）不早于会议日期（${chineseDate(date)}）：通知要在会前发出，请核对。`,
      )
    meeting.deadlines.forEach((d, i) => {
      const due = parseIsoDate(d.date)
      if (!due) return
      if (issued && compareDates(due, issued) < 0)
        push(
          `deadlines.${i}.date`,
          `截止日期${chineseDate(due)}（${d.what}）早于通知的成文日期${chineseDate(issued)}，收到通知时已经过了。`,
        )
      else if (date && compareDates(due, date) >= 0)
        push(`deadlines.${i}.date`, `截止日期${chineseDate(due)}（${d.what}）不早于会议日期${chineseDate(date)}。`)
    })
    return out
  },
}

/** "会议有四项议程" (and 一是…二是…), each "第N项议程", and the agenda's items: as many as the record's. */
export const itemCount: MeetingRule = {
  id: 'meeting-count',
  name: '议程项数',
  severity: 'error',
  group: '会议',
  check(ctx) {
    const out: MeetingFinding[] = []
    const n = ctx.meeting.items.length
    if (!n) return out
    const push = (t: Target, b: ScannedBlock, from: number, to: number, message: string) =>
      out.push({ rule: this.id, severity: 'error', message, ...at(t, b, from, to) })
    for (const t of ctx.targets) {
      if (t.doc === 'speech') continue
      const calls: { number: number; b: ScannedBlock; from: number; to: number }[] = []
      for (const b of t.blocks) {
        for (const m of b.text.matchAll(ANNOUNCED_ITEMS)) {
          const count = parseCountNumeral(m[1])
          const from = m.index! + m[0].indexOf(m[1])
          if (count !== null && count !== n)
            push(t, b, from, from + m[1].length, `这里说会议有${m[1]}项议程，会议记录里有${countNumeral(n)}项。`)
          const listed = enumerations(b.text.slice(m.index! + m[0].length))
          const last = listed.at(-1)
          if (last && listed.length !== n) {
            const end = m.index! + m[0].length + last.index
            push(t, b, end, end + last.marker.length, `这里逐项列了${listed.length}项议程，会议记录里有${n}项。`)
          }
        }
        for (const m of b.text.matchAll(ITEM_CALL)) {
          const number = parseChineseNumeral(m[1])
          if (number !== null) calls.push({ number, b, from: m.index!, to: m.index! + m[0].length })
        }
      }
      calls.forEach((c, i) => {
        const expected = i + 1
        if (c.number > n)
          push(t, c.b, c.from, c.to, `这里是第${chineseNumeral(c.number)}项议程，但会议只有${countNumeral(n)}项。`)
        else if (c.number !== expected)
          push(
            t,
            c.b,
            c.from,
            c.to,
            `议程顺序不对：这里应是第${chineseNumeral(expected)}项议程，写的是第${chineseNumeral(c.number)}项。`,
          )
      })
      const lastCall = calls.at(-1)
      if (lastCall && calls.length < n && lastCall.number <= n)
        push(
          t,
          lastCall.b,
          lastCall.from,
          lastCall.to,
          `主持词只进行到第${chineseNumeral(calls.length)}项议程，会议有${countNumeral(n)}项，后面的议程没有主持。`,
        )
      // The list of items itself: the agenda's 一、二、, the notice's 会议议程 part.
      if (staleEntries(t.node, ctx.meeting).some((s) => s.group === '议程')) continue
      const list = agendaList(t)
      if (list && list.items.length !== n)
        push(t, list.items[0] ?? list.at, 0, 0, `这里列了${list.items.length}项议程，会议记录里有${n}项。`)
    }
    return out
  },
}

const ANNOUNCED_ITEMS = /(?:共|一共)?有([一二三四五六七八九十两]{1,3})项(?:会议)?(?:议程|议题)[：:，,。]?/g
const ITEM_CALL = /第([一二三四五六七八九十]{1,3})项(?:会议)?(?:议程|议题)/g

/** Where a document lists the agenda: an agenda's level-1 items; a notice's items under a heading naming 议程. */
function agendaList(t: Target): { items: ScannedBlock[]; at: ScannedBlock } | null {
  if (t.doc === 'agenda') {
    const items = t.blocks.filter((b) => b.type === 'item' && b.node.attrs.level === 1)
    return { items, at: t.blocks[0] }
  }
  if (t.doc === 'notice') {
    const heading = t.blocks.findIndex((b) => b.type === 'part_heading' && /议程/.test(b.text))
    if (heading < 0) return null
    const items: ScannedBlock[] = []
    for (let i = heading + 1; i < t.blocks.length && t.blocks[i].type !== 'part_heading'; i++)
      if (t.blocks[i].type === 'item') items.push(t.blocks[i])
    return items.length ? { items, at: t.blocks[heading] } : null
  }
  return null
}

/** Every person of the record is written with the same name and title everywhere. */
export const speakerNames: MeetingRule = {
  id: 'meeting-speaker',
  name: '发言人称呼一致',
  severity: 'error',
  group: '会议',
  check(ctx) {
    const out: MeetingFinding[] = []
    const people = peopleOf(ctx.meeting)
      .map((p) => p.person)
      .filter((p) => p.name && p.title)
    if (!people.length) return out
    const titlesOf = (name: string) => people.filter((p) => p.name === name).map((p) => p.title)
    const namesOf = (title: string) => people.filter((p) => p.title === title).map((p) => p.name)
    const full = (name: string) =>
      titlesOf(name)
        .map((t) => t + name)
        .join('或')
    const seen = new Set<string>()
    const push = (t: Target, b: ScannedBlock, from: number, to: number, message: string) => {
      const f: MeetingFinding = { rule: this.id, severity: 'error', message, ...at(t, b, from, to) }
      const key = `${f.doc}|${f.speech}|${f.from}`
      if (!seen.has(key)) out.push(f)
      seen.add(key)
    }
    for (const t of ctx.targets) {
      for (const b of t.blocks) {
        const text = b.text
        for (const name of new Set(people.map((p) => p.name))) {
          const titles = titlesOf(name)
          for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + name.length)) {
            const window = text.slice(Math.max(0, i - 16), i)
            const before = titleBefore(window)
            const after = titleAfter(text.slice(i + name.length))
            const written = before ?? after
            // The title may stand apart from the name by a space (县长　张强 under a title).
            const titleStart = i - (window.length - window.replace(/\s+$/, '').length) - (before?.length ?? 0)
            if (written && !titles.some((title) => sameTitle(written, title)))
              push(
                t,
                b,
                before ? titleStart : i,
                before ? i + name.length : i + name.length + written.length,
                `${name}在会议记录里是“${full(name)}”，这里写作“${before ? written + name : name + written}”。`,
              )
          }
        }
        // A recorded title followed by another name: 县长张刚 where the record has 县长张强.
        for (const title of new Set(people.map((p) => p.title))) {
          const names = namesOf(title)
          for (let i = text.indexOf(title); i >= 0; i = text.indexOf(title, i + title.length)) {
            const rest = text.slice(i + title.length)
            if (names.some((n) => rest.startsWith(n))) continue
            if (/(?:副|常务|代|执行|原|前|名誉)$/.test(text.slice(0, i))) continue
            const other = nameAfterTitle(rest)
            if (other)
              push(
                t,
                b,
                i,
                i + title.length + other.length,
                `会议记录里的${title}是${names.join('、')}，这里写作“${title}${other}”。`,
              )
          }
        }
        // A speech's name slots: the slot's label is the title, its value the name.
        for (const s of b.persons) {
          const { label, value } = s.attrs
          if (!value) continue
          const recordedNames = namesOf(label)
          const recordedTitles = titlesOf(value)
          if (recordedNames.length && !recordedNames.includes(value))
            push(
              t,
              b,
              s.from,
              s.to,
              `这里的${label}写作“${value}”，会议记录里的${label}是${recordedNames.join('、')}。`,
            )
          else if (recordedTitles.length && label !== '同志' && !recordedTitles.some((r) => sameTitle(label, r)))
            push(t, b, s.from, s.to, `${value}在会议记录里是“${full(value)}”，这里的人名空位标为“${label}”。`)
        }
      }
    }
    return out
  },
}

/** The meeting's name in the notice's and agenda's titles, the script and each speech's subtitle. */
export const meetingName: MeetingRule = {
  id: 'meeting-name',
  name: '会议名称一致',
  severity: 'error',
  group: '会议',
  check(ctx) {
    const out: MeetingFinding[] = []
    const name = ctx.meeting.name
    if (!name) return out
    const core = coreName(name)
    const year = parseIsoDate(ctx.meeting.date)?.year
    const push = (t: Target, b: ScannedBlock, from: number, to: number, message: string) =>
      out.push({ rule: this.id, severity: 'error', message, ...at(t, b, from, to) })
    const where: Record<FindingDoc, string> = {
      notice: '通知标题',
      agenda: '议程标题',
      script: '主持词',
      speech: '讲稿副标题',
      record: '',
    }
    for (const t of ctx.targets) {
      const places =
        t.doc === 'speech'
          ? t.blocks.filter((b) => b.type === 'subtitle')
          : t.doc === 'script'
            ? t.blocks.filter((b) => b.type === 'title' || b.top === 'opening').slice(0, 4)
            : t.blocks.filter((b) => b.type === 'title')
      if (!places.length) continue
      // The year written before the name is the meeting's.
      for (const b of places)
        for (const m of b.text.matchAll(new RegExp(`((?:19|20)\\d{2})\\s*年度?${escapeRegExp(core)}`, 'g')))
          if (year !== undefined && Number(m[1]) !== year)
            push(t, b, m.index!, m.index! + 4, `这里写的是${m[1]}年的${core}，会议在${year}年召开。`)
      if (places.some((b) => b.text.includes(core))) continue
      const b = places[0]
      const named = NAMED[t.doc]?.exec(b.text)?.[1]
      push(
        t,
        b,
        0,
        b.text.length,
        named
          ? `${where[t.doc]}里的会议名称是“${named}”，会议记录里是“${name}”。`
          : `${where[t.doc]}里没有会议名称“${name}”。`,
      )
    }
    return out
  },
}

/** How each document names the meeting, to quote it when it is not the record's. */
const NAMED: Partial<Record<FindingDoc, RegExp>> = {
  notice: /关于召开(.+?)的通知/,
  agenda: /^(.+?)议程$/,
  script: /^(.+?)主持词$/,
  speech: /在(.+?)(?:上)?的(?:讲话|发言|报告)/,
}

/** After a roll forward: last year's date, ordinal (第十一次) or old name left anywhere. */
export const lastYearLeft: MeetingRule = {
  id: 'meeting-leftover',
  name: '去年会议的遗留',
  severity: 'warning',
  group: '会议',
  check(ctx) {
    const out: MeetingFinding[] = []
    const old = ctx.meeting.rolledFrom
    if (!old) return out
    const wanted: { words: string; message: string }[] = []
    const ordinal = (s: string) => ORDINAL.exec(s)?.[0] ?? null
    const oldOrdinal = ordinal(old.name)
    const newOrdinal = ordinal(ctx.meeting.name)
    if (oldOrdinal && oldOrdinal !== newOrdinal)
      wanted.push({
        words: oldOrdinal,
        message: `“${oldOrdinal}”是去年会议的届次${newOrdinal ? `，今年是“${newOrdinal}”` : ''}，请确认。`,
      })
    const oldDate = parseIsoDate(old.date)
    if (oldDate)
      wanted.push({ words: chineseDate(oldDate), message: `“${chineseDate(oldDate)}”是去年会议的日期，请改为今年的。` })
    const oldCore = coreName(old.name).replace(ORDINAL, '')
    const newCore = coreName(ctx.meeting.name).replace(ORDINAL, '')
    if (oldCore && !newCore.includes(oldCore))
      wanted.push({ words: oldCore, message: `“${oldCore}”是去年的会议名称，今年是“${ctx.meeting.name}”。` })
    for (const t of ctx.targets)
      for (const b of t.blocks)
        for (const w of wanted)
          for (let i = b.text.indexOf(w.words); i >= 0; i = b.text.indexOf(w.words, i + w.words.length))
            out.push({ rule: this.id, severity: 'warning', message: w.message, ...at(t, b, i, i + w.words.length) })
    return out
  },
}

const ORDINAL = /第[一二三四五六七八九十百零〇]+(?:次|届)/

/** Field slots show what the record says now, and the lists have as many lines as the record. */
export const freshFields: MeetingRule = {
  id: 'meeting-field',
  name: '会议信息未刷新',
  severity: 'warning',
  group: '会议',
  check(ctx) {
    const out: MeetingFinding[] = []
    for (const t of ctx.targets) {
      for (const s of staleFields(t.node, ctx.meeting))
        out.push({
          rule: this.id,
          severity: 'warning',
          message: `“${s.label}”这里是“${s.shown ?? '（空）'}”，会议记录里现在是“${s.value ?? '（空）'}”。请刷新会议信息。`,
          doc: t.doc,
          ...(t.speech ? { speech: t.speech } : {}),
          from: s.pos,
          to: s.pos + 1,
          excerpt: s.label,
        })
      for (const e of staleEntries(t.node, ctx.meeting))
        out.push({
          rule: this.id,
          severity: 'warning',
          message: e.message,
          doc: t.doc,
          from: 0,
          to: 0,
          excerpt: e.group,
        })
    }
    return out
  },
}

/** The agenda fits on one page. */
export const agendaOnePage: MeetingRule = {
  id: 'meeting-agenda-page',
  name: '议程一页',
  severity: 'warning',
  group: '会议',
  check(ctx) {
    const t = ctx.target('agenda')
    if (!t) return []
    const pages = paginate(t.node, LAYOUTS[DEFAULT_LAYOUT.agenda]).length
    return pages > 1
      ? [
          {
            rule: this.id,
            severity: 'warning',
            message: `议程排出来有${pages}页，应在一页之内：请精简文字。`,
            doc: 'agenda',
            from: 0,
            to: 0,
            excerpt: '议程',
          },
        ]
      : []
  },
}

export const MEETING_RULES: readonly MeetingRule[] = [
  recordComplete,
  meetingDates,
  itemCount,
  speakerNames,
  meetingName,
  lastYearLeft,
  freshFields,
  agendaOnePage,
]

export interface MeetingCheckOptions {
  disabledRules: string[]
  ignored: string[]
}

/** The cross-document findings: record, counts, names, dates, leftovers. */
export function checkMeeting(input: MeetingCheckInput, options: Partial<MeetingCheckOptions> = {}): MeetingFinding[] {
  const targets: Target[] = []
  for (const kind of ['notice', 'agenda', 'script'] as const) {
    const node = input.docs[kind]
    if (node) targets.push({ doc: kind, node, blocks: scanBlocks(node) })
  }
  for (const [link, node] of Object.entries(input.speeches ?? {}))
    targets.push({ doc: 'speech', speech: link, node, blocks: scanBlocks(node) })
  const ctx: Context = { meeting: input.meeting, targets, target: (kind) => targets.find((t) => t.doc === kind) }
  const { disabledRules = [], ignored = [] } = options
  return MEETING_RULES.filter((r) => !disabledRules.includes(r.id))
    .flatMap((r) => r.check(ctx))
    .filter((f) => !ignored.includes(findingKey(f)))
}

/** Everything: each document's own checks (as for a speech) and the checks across them. */
export function checkMeetingAll(input: MeetingCheckInput, options: Partial<CheckOptions> = {}): MeetingFinding[] {
  const own: MeetingFinding[] = []
  for (const kind of ['notice', 'agenda', 'script'] as const) {
    const node = input.docs[kind]
    if (node) own.push(...checkDocument(node, options).map((f) => ({ ...f, doc: kind })))
  }
  return [...own, ...checkMeeting(input, options)]
}
