/** The meeting's name: the same everywhere, and nothing left of last year's. */
import { chineseDate, parseIsoDate } from '../../dates'
import type { ScannedBlock } from '../scan'
import { escapeRegExp } from '../../lang/regexp'
import { at, coreName, type FindingDoc, type MeetingFinding, type MeetingRule, type Target } from './kit'
import { YEAR } from '../../lang/years'

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
        for (const m of b.text.matchAll(new RegExp(`(${YEAR})\\s*年度?${escapeRegExp(core)}`, 'g')))
          if (year !== undefined && Number(m[1]) !== year)
            push(t, b, m.index, m.index + 4, `这里写的是${m[1]}年的${core}，会议在${year}年召开。`)
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
