/**
 * Rules on the speech as a whole: required parts and their order, empty parts, numbering
 * typed by hand, the announced number of points, one figure quoted with two values.
 * They read per-part summaries (summaries.ts), so a keystroke recomputes one summary only.
 */
import { parseChineseNumeral } from '../numbering'
import { REQUIRED_LABELS, requiredLabel } from '../template'
import type { DocKind, RequiredId } from '../schema'
import type { Finding } from './types'
import type { TopSummary } from './summaries'
import { inBase, parseUnit } from '../units'

/** A typed number at the start of a block: what level and style it is. */
export interface HandNumber {
  level: 1 | 2 | 3 | 4
  number: number
  style: string
  length: number
}

const HAND_NUMBER: [RegExp, 1 | 2 | 3 | 4, (m: RegExpExecArray) => string][] = [
  [/^([一二三四五六七八九十]{1,3})(、|[．.，,])/, 1, (m) => `一${m[2]}`],
  [/^([（(])([一二三四五六七八九十]{1,3})([）)])/, 2, (m) => `${m[1]}一${m[3]}`],
  [/^([（(])(\d{1,2})([）)])/, 4, (m) => `${m[1]}1${m[3]}`],
  [/^(\d{1,2})([.．、]|[)）])(?!\d)/, 3, (m) => `1${m[2]}`],
]

export function handNumber(text: string): HandNumber | null {
  for (const [re, level, style] of HAND_NUMBER) {
    const m = re.exec(text)
    if (!m) continue
    const digits = level === 1 ? m[1] : level === 2 ? m[2] : level === 4 ? m[2] : m[1]
    const number = level <= 2 ? parseChineseNumeral(digits) : Number(digits)
    if (number === null) continue
    if (level === 1 && /^[是要]/.test(text.slice(m[0].length))) continue
    return { level, number, style: style(m), length: m[0].length }
  }
  return null
}

/** Check one run of numbered things (hand numbers of one level, or enumerations): continuous, one style. */
export function sequenceFindings<T extends { number: number; style: string }>(
  items: T[],
  where: (item: T) => { from: number; to: number; excerpt: string },
  what: string,
): Finding[] {
  const out: Finding[] = []
  let prev: T | null = null
  let runStyle = ''
  for (const item of items) {
    const w = where(item)
    if (item.number === 1 || prev === null) {
      if (prev === null && item.number !== 1)
        out.push({
          rule: 'numbering',
          severity: 'error',
          message: `${what}从“${item.style.replace(/[一1]/, String(item.number))}”开始，前面缺少编号。`,
          ...w,
        })
      runStyle = item.style
    } else if (item.number === prev.number) {
      out.push({ rule: 'numbering', severity: 'error', message: `${what}编号重复：又一个第${item.number}项。`, ...w })
    } else if (item.number !== prev.number + 1) {
      out.push({
        rule: 'numbering',
        severity: 'error',
        message: `${what}编号不连续：第${prev.number}项之后是第${item.number}项。`,
        ...w,
      })
    }
    if (item.style !== runStyle)
      out.push({
        rule: 'numbering',
        severity: 'warning',
        message: `${what}编号格式不一致：前面用“${runStyle}”，这里用“${item.style}”。`,
        ...w,
      })
    prev = item
  }
  return out
}

const ANNOUNCED =
  /(?:讲|谈|提|说)(?:以下|这么|如下)?([一二三四五六七八九十两]{1,3})(?:点|个方面|个问题|条)(?:意见|看法|要求|体会)?/

export function announcedCount(text: string): { count: number; index: number; length: number } | null {
  const m = ANNOUNCED.exec(text)
  if (!m) return null
  const count = m[1] === '两' ? 2 : parseChineseNumeral(m[1])
  return count === null ? null : { count, index: m.index, length: m[0].length }
}

export function globalFindings(tops: TopSummary[], required: RequiredId[], kind: DocKind = 'speech'): Finding[] {
  const out: Finding[] = []
  const parts = tops.filter((t) => t.type === 'part')
  const find = (type: string) => tops.find((t) => t.type === type)
  const at = (t: TopSummary | undefined, fallback: number) =>
    t ? { from: t.pos, to: t.pos + t.size } : { from: fallback, to: fallback }

  // Required parts, present and not empty.
  const firstPartPos = parts[0]?.pos ?? tops.at(-1)!.pos + tops.at(-1)!.size
  for (const id of required) {
    const label = requiredLabel(id, kind)
    let ok: boolean
    let pos: number
    switch (id) {
      case 'title':
        ok = !!find('title')?.text.trim()
        pos = 1
        break
      case 'greeting':
        ok = !!find('greeting')?.text.trim()
        pos = find('opening')?.pos ?? 1
        break
      case 'opening':
        ok = !!find('opening')?.text.trim()
        pos = find('opening')?.pos ?? 1
        break
      case 'closing':
        ok = !!find('closing')?.text.trim()
        pos = tops.at(-1)!.pos + tops.at(-1)!.size
        break
      default:
        ok = parts.some((p) => p.kind === id)
        pos = firstPartPos
    }
    if (!ok)
      out.push({
        rule: 'required-parts',
        severity: 'error',
        message: `缺少必需的部分：${label}。`,
        from: pos,
        to: pos,
        excerpt: label,
      })
  }
  const order: RequiredId[] = ['review', 'tasks', 'requirements']
  const firsts = order.map((k) => parts.findIndex((p) => p.kind === k))
  for (let i = 1; i < order.length; i++) {
    for (let j = 0; j < i; j++) {
      if (firsts[i] >= 0 && firsts[j] >= 0 && firsts[i] < firsts[j]) {
        const p = parts[firsts[i]]
        out.push({
          rule: 'required-parts',
          severity: 'warning',
          message: `“${REQUIRED_LABELS[order[i]]}”部分排在了“${REQUIRED_LABELS[order[j]]}”部分前面，通常应先回顾、再部署任务、最后提要求。`,
          ...at(p, 0),
          excerpt: p.text.slice(0, 20),
        })
      }
    }
  }

  // "下面，我讲三点意见" must match the parts.
  const opening = find('opening')
  const announced = opening?.announced
  if (opening && announced && announced.count !== parts.length) {
    out.push({
      rule: 'announced-count',
      severity: 'error',
      message: `开头说讲${announced.count}点，正文却有${parts.length}个部分。`,
      from: opening.pos + announced.from,
      to: opening.pos + announced.to,
      excerpt: announced.excerpt,
    })
  }

  for (const t of tops) for (const f of t.local) out.push({ ...f, from: t.pos + f.from, to: t.pos + f.to })

  // One figure, two values: the same label, kind and year must say the same thing.
  const seen = new Map<string, { value: number; shown: string }>()
  for (const t of tops) {
    for (const s of t.slots) {
      const a = s.attrs
      if (a.role !== 'metric' || a.value === null) continue
      const key = `${a.label.replace(/\s/g, '')}|${a.kind}|${a.year}|${parseUnit(a.unit).base}`
      const value = inBase(a.value, a.unit)
      const first = seen.get(key)
      if (!first) seen.set(key, { value, shown: a.value + a.unit })
      else if (Math.abs(first.value - value) > 1e-9 * Math.max(1, Math.abs(value))) {
        out.push({
          rule: 'inconsistent-figure',
          severity: 'warning',
          message: `“${a.label}”前面写的是${first.shown}，这里是${a.value}${a.unit}，前后不一致。`,
          from: t.pos + s.offset,
          to: t.pos + s.offset + 1,
          excerpt: `${a.label}${a.value}${a.unit}`,
        })
      }
    }
  }
  return out
}
