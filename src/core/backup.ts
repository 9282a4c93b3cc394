/**
 * Backups: everything the app keeps, in one JSON file. Reading one checks every field of it
 * (every speech against the schema, every draft field, setting and figure by its type and
 * range) before anything is replaced, so a corrupt, foreign or tampered file changes nothing
 * and says what is wrong. What is read is rebuilt from known fields only: a key the backup
 * should not have (a "__proto__" among them) is refused, never copied along.
 */
import { speechFromJSON, speechToJSON, SpeechFormatError, type SpeechJSON } from './serialize'
import { isYear } from './schema'
import { isPeriod, YEAR_MAX, YEAR_MIN } from './lang/years'
import { isOneOf } from './guards'
import { IMPORT_LIMITS } from './import/limits'
import { SETTING_BOUNDS } from './settings'
import type { Metric, FigureValue } from './figures/model'
import type { RolloverFlag } from './rollover-flags'
import { LAYOUT_IDS, type LayoutId } from './export/layout'
import { MEETING_FORMAT, MeetingFormatError, parseMeetingFile } from './meeting/file'
import type { Meeting } from './meeting/model'
import { MEETING_DOC_KINDS, type MeetingDocKind } from './meeting/template'
import type { MeetingFlag } from './meeting/rollover'

export const BACKUP_FORMAT = 'jianggao/backup'
/**
 * The backup format's version. 2 added `crossed` (the versions of each draft that crossed between
 * computers): an older app refuses it asking to be upgraded, rather than naming a field it does
 * not know. Every version from 1 up to this one is read.
 */
export const BACKUP_VERSION = 2

/** A draft as a backup carries it: the app's stored record, field for field. */
export interface BackupDraft {
  id: string
  title: string
  createdAt: number
  updatedAt: number
  origin: string
  speech: SpeechJSON
  /** Checks this speech has switched off or ignored. */
  checks?: { disabledRules: string[]; ignored: string[] }
  /** For a draft rolled from last year's speech: that speech, to compare with. */
  reference?: { title: string; speech: SpeechJSON }
  /** What the roll-over flagged, and which flags (indexes) the user has dealt with. */
  rollover?: {
    from: { reviewYear: number | null; planYear: number | null }
    to: { reviewYear: number | null; planYear: number | null }
    noYears: boolean
    flags: RolloverFlag[]
    done: number[]
    /** What filling the new draft from the library did at the roll-over: slots filled, left empty, and what it said. */
    fill?: { filled: number; empty: number; said: string[]; slots?: string[][] }
  }
  layout?: LayoutId
  /** How many times the record has been written (a restore raises it above any the app has). */
  rev?: number
  /** Which write-ahead entries of an editing session the record includes. */
  walMark?: { session: string; seq: number; at?: number }
  /** For one of a meeting's documents: which meeting, and which document. */
  meeting?: { id: string; kind: MeetingDocKind }
  /** A name the library shows instead of the title (the speech itself is untouched). */
  name?: string
  /** A trial copy (复制 as 试改稿): figures typed in it stay out of the figures library. */
  trial?: boolean
  /**
   * What a slot input left open held that its slot did not yet: where the slot is in `speech`,
   * its label and the text. Put back in the slot when the draft is opened, if it still fits.
   */
  slotBox?: { pos: number; label: string; text: string }
}

/** A meeting record as the app keeps it and a backup carries it. */
export interface BackupMeeting {
  id: string
  rev?: number
  createdAt: number
  updatedAt: number
  meeting: Meeting
  notes?: string[]
  rollover?: { flags: MeetingFlag[]; done: number[] }
  rolledFromId?: string
}

export interface BackupSettings {
  charsPerMinute?: number
  timeBoundPhrases?: string[]
  maxSentenceChars?: number
}

export interface Backup {
  format: typeof BACKUP_FORMAT
  version: number
  createdAt: string
  drafts: BackupDraft[]
  settings: BackupSettings | null
  /** Other stores, by name, as lists of records. */
  stores: { metrics?: Metric[]; figures?: FigureValue[]; meetings?: BackupMeeting[] }
  /**
   * By draft or meeting record id: fingerprints of the versions of its content the backing-up
   * computer has seen cross between computers, its own current content among them
   * (backup-versions.ts). A merge reads them to tell which side changed a draft or a meeting record;
   * backups made before this lack them (before review 27, those of meeting records too).
   */
  crossed?: Record<string, string[]>
}

export class BackupError extends Error {}

const UNCHANGED = '当前数据没有任何改动。'

/** A field that is not what it should be: where it is, and what it should be. */
class Bad extends Error {}

type Obj = Record<string, unknown>
const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v)

/** An object with exactly the fields named (optional ones may be missing), else Bad. */
function fields(v: unknown, where: string, required: string[], optional: string[] = []): Obj {
  if (!isObject(v)) throw new Bad(`${where}不是应有的格式`)
  for (const key of Object.keys(v))
    if (!required.includes(key) && !optional.includes(key)) throw new Bad(`${where}有不认识的项“${key.slice(0, 40)}”`)
  for (const key of required) if (!Object.hasOwn(v, key)) throw new Bad(`${where}缺少“${key}”`)
  return v
}

function text(v: unknown, where: string, max: number, { empty = true } = {}): string {
  if (typeof v !== 'string') throw new Bad(`${where}应是文字`)
  if (!empty && !v) throw new Bad(`${where}是空的`)
  if (v.length > max) throw new Bad(`${where}长得不合常理（${v.length} 个字符，最多 ${max} 个）`)
  return v
}

function texts(v: unknown, where: string, count: number, max: number): string[] {
  if (!Array.isArray(v)) throw new Bad(`${where}应是一组文字`)
  if (v.length > count) throw new Bad(`${where}多得不合常理（${v.length} 项）`)
  return v.map((x, i) => text(x, `${where}第 ${i + 1} 项`, max))
}

function integer(v: unknown, where: string, min: number, max: number): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max)
    throw new Bad(`${where}应是 ${min} 到 ${max} 之间的整数`)
  return v
}

/** A time stamp in milliseconds that a date can show (not "Invalid Date"). */
const MAX_TIME = 8.64e15
const time = (v: unknown, where: string) => integer(v, where, 0, MAX_TIME)

const yearOrNull = (v: unknown, where: string): number | null => {
  if (v === null || isYear(v)) return v
  throw new Bad(`${where}应是四位年份或空`)
}

function oneOf<T extends string>(v: unknown, where: string, values: readonly T[]): T {
  if (isOneOf(values, v)) return v
  throw new Bad(`${where}应是 ${values.join('、')} 之一`)
}

/** Draft ids end up in addresses (#/draft/ID) and keys: letters, digits, - and _ only. */
const ID = /^[A-Za-z0-9_-]{1,100}$/
const TITLE_MAX = 10_000
const FIGURE_VALUE = /^-?\d{1,30}(\.\d{1,30})?$/
/** The roll-over flag kinds a backup may hold: rollover-flags.ts FLAG_NAMES. */
export const FLAG_KINDS: readonly RolloverFlag['kind'][] = [
  'year-sentence',
  'relative-time',
  'time-bound',
  'historical-year',
  'date',
  'typed-figure',
]
const MANY = 100_000

function speech(v: unknown, where: string): SpeechJSON {
  try {
    // Stored as the schema writes it: whatever else the file had in the speech stays behind.
    return speechToJSON(speechFromJSON(v))
  } catch (e) {
    if (e instanceof SpeechFormatError) throw new Bad(`${where}损坏：${e.message.replace(/。$/, '')}`)
    throw e
  }
}

function years(v: unknown, where: string) {
  const o = fields(v, where, ['reviewYear', 'planYear'])
  return {
    reviewYear: yearOrNull(o.reviewYear, `${where}的回顾年`),
    planYear: yearOrNull(o.planYear, `${where}的计划年`),
  }
}

function rolloverReport(v: unknown, where: string): NonNullable<BackupDraft['rollover']> {
  const o = fields(v, where, ['from', 'to', 'noYears', 'flags', 'done'], ['fill'])
  if (typeof o.noYears !== 'boolean') throw new Bad(`${where}的“noYears”应是是或否`)
  if (!Array.isArray(o.flags) || o.flags.length > MANY) throw new Bad(`${where}的提示列表不对`)
  const flags = o.flags.map((f, i): RolloverFlag => {
    const at = `${where}第 ${i + 1} 条提示`
    const x = fields(f, at, ['kind', 'message', 'excerpt', 'words', 'from', 'to'])
    const from = integer(x.from, `${at}的位置`, 0, 1e9)
    return {
      kind: oneOf(x.kind, `${at}的种类`, FLAG_KINDS),
      message: text(x.message, `${at}的说明`, 2000),
      excerpt: text(x.excerpt, `${at}的原文`, 2000),
      words: text(x.words, `${at}的词语`, 2000),
      from,
      to: integer(x.to, `${at}的位置`, from, 1e9),
    }
  })
  if (!Array.isArray(o.done)) throw new Bad(`${where}的“已处理”列表不对`)
  const done = o.done.map((d) => integer(d, `${where}的“已处理”`, 0, Math.max(0, flags.length - 1)))
  if (new Set(done).size !== done.length) throw new Bad(`${where}的“已处理”有重复`)
  const fill =
    o.fill === undefined
      ? null
      : (() => {
          const f = fields(o.fill, `${where}的数字库填写`, ['filled', 'empty', 'said'], ['slots'])
          const said = texts(f.said, `${where}的填写说明`, MANY, 20000)
          const read = {
            filled: integer(f.filled, `${where}填写的空位数`, 0, 1e9),
            empty: integer(f.empty, `${where}空着的空位数`, 0, 1e9),
            said,
          }
          // Which slots each reason after the first is about: missing from reports written before.
          if (f.slots === undefined) return read
          if (!Array.isArray(f.slots) || f.slots.length !== Math.max(0, said.length - 1))
            throw new Bad(`${where}的填写说明与所说的空位对不上`)
          return {
            ...read,
            slots: f.slots.map((l, i) => texts(l, `${where}的填写说明第 ${i + 2} 项所说的空位`, MANY, 2000)),
          }
        })()
  return {
    from: years(o.from, `${where}的原稿年份`),
    to: years(o.to, `${where}的新稿年份`),
    noYears: o.noYears,
    flags,
    done,
    ...(fill ? { fill } : {}),
  }
}

function draft(v: unknown, where: string): BackupDraft {
  const d = fields(
    v,
    where,
    ['id', 'title', 'createdAt', 'updatedAt', 'origin', 'speech'],
    ['checks', 'reference', 'rollover', 'layout', 'rev', 'walMark', 'meeting', 'name', 'slotBox', 'trial'],
  )
  if (typeof d.id !== 'string' || !ID.test(d.id))
    throw new Bad(`${where}的编号不对（只能是 1 到 100 个字母、数字、- 或 _）`)
  const out: BackupDraft = {
    id: d.id,
    title: text(d.title, `${where}的标题`, TITLE_MAX),
    createdAt: time(d.createdAt, `${where}的建立时间`),
    updatedAt: time(d.updatedAt, `${where}的修改时间`),
    origin: text(d.origin, `${where}的来源`, 100),
    speech: speech(d.speech, `${where}的内容`),
  }
  if (d.checks !== undefined) {
    const c = fields(d.checks, `${where}的检查设置`, ['disabledRules', 'ignored'])
    out.checks = {
      disabledRules: texts(c.disabledRules, `${where}关闭的规则`, 1000, 100),
      ignored: texts(c.ignored, `${where}忽略的问题`, MANY, 2000),
    }
  }
  if (d.reference !== undefined) {
    const r = fields(d.reference, `${where}的去年讲稿`, ['title', 'speech'])
    out.reference = {
      title: text(r.title, `${where}的去年讲稿标题`, TITLE_MAX),
      speech: speech(r.speech, `${where}的去年讲稿`),
    }
  }
  if (d.rollover !== undefined) out.rollover = rolloverReport(d.rollover, `${where}的换年提示`)
  if (d.layout !== undefined) out.layout = oneOf(d.layout, `${where}的版式`, LAYOUT_IDS)
  if (d.rev !== undefined) out.rev = integer(d.rev, `${where}的版本号`, 0, Number.MAX_SAFE_INTEGER)
  if (d.walMark !== undefined) {
    const w = fields(d.walMark, `${where}的保存记号`, ['session', 'seq'], ['at'])
    out.walMark = {
      session: text(w.session, `${where}的保存记号`, 100),
      seq: integer(w.seq, `${where}的保存记号`, 0, 1e12),
      ...(w.at === undefined ? {} : { at: integer(w.at, `${where}的保存时间`, 0, Number.MAX_SAFE_INTEGER) }),
    }
  }
  if (d.meeting !== undefined) {
    const m = fields(d.meeting, `${where}所属的会议`, ['id', 'kind'])
    if (typeof m.id !== 'string' || !ID.test(m.id)) throw new Bad(`${where}所属会议的编号不对`)
    out.meeting = { id: m.id, kind: oneOf(m.kind, `${where}的会议文件种类`, MEETING_DOC_KINDS) }
  }
  if (d.name !== undefined) out.name = text(d.name, `${where}的名称`, 200)
  if (d.trial !== undefined) {
    if (d.trial !== true) throw new Bad(`${where}的“试改稿”标记不对`)
    out.trial = true
  }
  if (d.slotBox !== undefined) {
    const b = fields(d.slotBox, `${where}未填入的空位输入`, ['pos', 'label', 'text'])
    out.slotBox = {
      pos: integer(b.pos, `${where}未填入的空位位置`, 0, 1e9),
      label: text(b.label, `${where}未填入的空位名称`, TITLE_MAX),
      // What was typed or pasted into the input: no more than one import may bring.
      text: text(b.text, `${where}未填入的空位输入`, IMPORT_LIMITS.textChars),
    }
  }
  return out
}

function settings(v: unknown): BackupSettings | null {
  if (v === null || v === undefined) return null
  const where = '设置'
  const s = fields(v, where, [], ['charsPerMinute', 'timeBoundPhrases', 'maxSentenceChars'])
  const out: BackupSettings = {}
  const { charsPerMinute: rate, maxSentenceChars: sentence, timeBoundPhrases: phrases } = SETTING_BOUNDS
  if (s.charsPerMinute !== undefined)
    out.charsPerMinute = integer(s.charsPerMinute, '设置中的语速（每分钟字数）', rate.min, rate.max)
  if (s.maxSentenceChars !== undefined)
    out.maxSentenceChars = integer(s.maxSentenceChars, '设置中的句子长度上限', sentence.min, sentence.max)
  if (s.timeBoundPhrases !== undefined)
    out.timeBoundPhrases = texts(s.timeBoundPhrases, '设置中的时效性提法', phrases.count, phrases.chars)
  return out
}

function metrics(v: unknown): Metric[] {
  if (!Array.isArray(v) || v.length > MANY) throw new Bad('数字库的指标列表不对')
  const keys = new Set<string>()
  return v.map((m, i) => {
    const where = `数字库第 ${i + 1} 个指标`
    const o = fields(m, where, ['key', 'label', 'unit', 'aliases'])
    const metric: Metric = {
      key: text(o.key, `${where}的标识`, 200, { empty: false }),
      label: text(o.label, `${where}的名称`, 200, { empty: false }),
      unit: text(o.unit, `${where}的单位`, 20),
      aliases: texts(o.aliases, `${where}的别名`, 1000, 200),
    }
    if (keys.has(metric.key)) throw new Bad(`${where}（“${metric.label}”）与前面的指标重复`)
    keys.add(metric.key)
    return metric
  })
}

function figures(v: unknown, known: Set<string>): FigureValue[] {
  if (!Array.isArray(v) || v.length > MANY) throw new Bad('数字库的数字列表不对')
  const seen = new Set<string>()
  return v.map((f, i) => {
    const where = `数字库第 ${i + 1} 个数字`
    const o = fields(f, where, ['metric', 'year', 'kind', 'value', 'unit', 'changedAt'], ['source', 'span'])
    const metric = text(o.metric, `${where}的指标`, 200, { empty: false })
    if (!known.has(metric)) throw new Bad(`${where}属于一个不存在的指标“${metric.slice(0, 40)}”`)
    if (typeof o.value !== 'string' || !FIGURE_VALUE.test(o.value)) throw new Bad(`${where}的数值不是数字`)
    const value: FigureValue = {
      metric,
      year: integer(o.year, `${where}的年度`, YEAR_MIN, YEAR_MAX),
      kind: oneOf(o.kind, `${where}的类型`, ['actual', 'target'] as const),
      value: o.value,
      unit: text(o.unit, `${where}的单位`, 20),
      changedAt: time(o.changedAt, `${where}的修改时间`),
    }
    if (o.source !== undefined) value.source = text(o.source, `${where}的来源`, 1000)
    if (o.span !== undefined && o.span !== '') {
      if (!isPeriod(o.span) || Number(o.span.slice(5)) !== value.year)
        throw new Bad(`${where}的年度区间应写成 2021-2025，且以它的年度结束`)
      value.span = o.span
    } else if (o.span === '') value.span = ''
    const key = `${value.metric}|${value.year}|${value.kind}|${value.span ?? ''}`
    if (seen.has(key)) throw new Bad(`${where}与前面的数字重复（同一指标、年度或区间和类型）`)
    seen.add(key)
    return value
  })
}

function meetings(v: unknown): BackupMeeting[] {
  if (!Array.isArray(v) || v.length > MANY) throw new Bad('会议记录列表不对')
  const ids = new Set<string>()
  return v.map((r, i) => {
    const where = `备份中的第 ${i + 1} 个会议记录`
    const o = fields(
      r,
      where,
      ['id', 'createdAt', 'updatedAt', 'meeting'],
      ['rev', 'notes', 'rollover', 'rolledFromId'],
    )
    if (typeof o.id !== 'string' || !ID.test(o.id) || ids.has(o.id)) throw new Bad(`${where}的编号不对或重复`)
    ids.add(o.id)
    let meeting: Meeting
    try {
      meeting = parseMeetingFile(
        { ...(isObject(o.meeting) ? o.meeting : {}), format: MEETING_FORMAT },
        { complete: false },
      )
    } catch (e) {
      if (e instanceof MeetingFormatError) throw new Bad(`${where}已损坏：${e.problems.join('').replace(/。$/, '')}`)
      throw e
    }
    const out: BackupMeeting = {
      id: o.id,
      createdAt: time(o.createdAt, `${where}的建立时间`),
      updatedAt: time(o.updatedAt, `${where}的修改时间`),
      meeting,
    }
    if (o.rev !== undefined) out.rev = integer(o.rev, `${where}的版本号`, 0, Number.MAX_SAFE_INTEGER)
    if (o.notes !== undefined) out.notes = texts(o.notes, `${where}的说明`, 1000, 2000)
    if (o.rolledFromId !== undefined) {
      if (typeof o.rolledFromId !== 'string' || !ID.test(o.rolledFromId)) throw new Bad(`${where}的去年记录编号不对`)
      out.rolledFromId = o.rolledFromId
    }
    if (o.rollover !== undefined) {
      const ro = fields(o.rollover, `${where}的顺延提示`, ['flags', 'done'])
      if (!Array.isArray(ro.flags) || ro.flags.length > MANY) throw new Bad(`${where}的顺延提示不对`)
      const flags = ro.flags.map((f, k): MeetingFlag => {
        const at = `${where}第 ${k + 1} 条顺延提示`
        const x = fields(f, at, ['path', 'severity', 'message'])
        return {
          path: text(x.path, `${at}的位置`, 200),
          severity: oneOf(x.severity, `${at}的级别`, ['warning', 'info'] as const),
          message: text(x.message, `${at}的说明`, 2000),
        }
      })
      if (!Array.isArray(ro.done)) throw new Bad(`${where}的“已处理”列表不对`)
      out.rollover = {
        flags,
        done: ro.done.map((d) => integer(d, `${where}的“已处理”`, 0, Math.max(0, flags.length - 1))),
      }
    }
    return out
  })
}

function stores(v: unknown): Backup['stores'] {
  if (v === undefined) return {}
  const s = fields(v, '备份中的数字库', [], ['metrics', 'figures', 'meetings'])
  const m = s.metrics === undefined ? [] : metrics(s.metrics)
  const out: Backup['stores'] = {}
  if (s.metrics !== undefined) out.metrics = m
  if (s.figures !== undefined) out.figures = figures(s.figures, new Set(m.map((x) => x.key)))
  if (s.meetings !== undefined) out.meetings = meetings(s.meetings)
  return out
}

/** The versions each draft or meeting record has seen, kept only for those the backup has. */
function crossed(v: unknown, ids: Set<string>): Record<string, string[]> {
  if (!isObject(v)) throw new Bad('备份中的版本记录不是应有的格式')
  const out: [string, string[]][] = []
  for (const [id, list] of Object.entries(v)) {
    const versions = texts(list, `备份中编号“${id.slice(0, 40)}”的版本记录`, 1000, 40)
    if (ids.has(id)) out.push([id, versions])
  }
  // As own fields, whatever an id is called: fromEntries defines them, never sets a prototype.
  return Object.fromEntries(out)
}

/** A backup's fields checked and rebuilt; Bad names the first that is wrong. */
function checked(value: Obj): Backup {
  fields(value, '备份文件', ['format', 'version', 'drafts'], ['createdAt', 'settings', 'stores', 'crossed'])
  let createdAt = ''
  if (value.createdAt !== undefined) {
    createdAt = text(value.createdAt, '备份时间', 100)
    if (Number.isNaN(Date.parse(createdAt))) throw new Bad('备份时间不是有效的日期')
  }
  if (!Array.isArray(value.drafts)) throw new Bad('备份文件缺少草稿列表')
  if (value.drafts.length > MANY) throw new Bad('备份中的草稿多得不合常理')
  const ids = new Set<string>()
  const drafts = value.drafts.map((d, i) => {
    const title = isObject(d) && typeof d.title === 'string' ? `（“${d.title.slice(0, 30)}”）` : ''
    const out = draft(d, `备份中的第 ${i + 1} 篇草稿${title}`)
    if (ids.has(out.id)) throw new Bad(`备份中的第 ${i + 1} 篇草稿${title}与前面的草稿编号重复`)
    ids.add(out.id)
    return out
  })
  const data = stores(value.stores)
  for (const m of data.meetings ?? []) ids.add(m.id)
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    createdAt,
    drafts,
    settings: settings(value.settings),
    stores: data,
    ...(value.crossed === undefined ? {} : { crossed: crossed(value.crossed, ids) }),
  }
}

export function makeBackup(
  drafts: BackupDraft[],
  settings: Record<string, unknown> | null,
  data: Record<string, unknown[]> = {},
  now = new Date(),
): Backup {
  // The figures are checked as a restore will check them, so a backup that is made can be restored.
  let checkedStores: Backup['stores']
  try {
    checkedStores = stores(data)
  } catch (e) {
    if (!(e instanceof Bad)) throw e
    throw new BackupError(`现有的${e.message}，这样的备份将无法恢复，所以没有生成。请把这条消息告诉维护人员。`)
  }
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    createdAt: now.toISOString(),
    drafts,
    // The app's own stored settings, written only after checkSettings; restore checks them again.
    // biome-ignore lint/nursery/noUnsafeTypeAssertion: the reason is the comment above
    settings: settings as BackupSettings | null,
    stores: checkedStores,
  }
}

/** Parse and check a backup file's text; throws BackupError with a message for the user. */
/**
 * The drafts here a replace would lose or set back: those the backup lacks, and those changed
 * here after the backup's copy was saved. The restore question names them before the user chooses.
 */
export function lostByReplace(here: readonly { id: string; updatedAt: number }[], backup: Backup): number {
  const theirs = new Map(backup.drafts.map((d) => [d.id, d.updatedAt]))
  return here.filter((d) => {
    const at = theirs.get(d.id)
    return at === undefined || d.updatedAt > at
  }).length
}

export function parseBackup(text: string): Backup {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    throw new BackupError(`这个文件不是有效的备份（无法读取 JSON），可能已损坏。${UNCHANGED}请换一个备份文件。`)
  }
  if (!isObject(value) || value.format !== BACKUP_FORMAT)
    throw new BackupError(`这不是讲稿助手的备份文件。${UNCHANGED}请选择讲稿助手“备份”得到的 .json 文件。`)
  if (
    !(
      typeof value.version === 'number' &&
      Number.isInteger(value.version) &&
      value.version >= 1 &&
      value.version <= BACKUP_VERSION
    )
  )
    throw new BackupError(
      typeof value.version === 'number' && Number.isInteger(value.version) && value.version > BACKUP_VERSION
        ? `备份文件的版本是 ${value.version}，本程序只能读取版本 1 至 ${BACKUP_VERSION}。请升级讲稿助手后再恢复。${UNCHANGED}`
        : `备份文件的版本信息已损坏，无法判断能否恢复。${UNCHANGED}请换一个备份文件。`,
    )
  try {
    return checked(value)
  } catch (e) {
    if (!(e instanceof Bad)) throw e
    throw new BackupError(`${e.message}，备份文件可能已损坏或被改动过。${UNCHANGED}请换一个备份文件。`)
  }
}
