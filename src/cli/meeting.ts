/**
 * The meeting file on the command line:
 *
 *   jianggao meeting 会议.json --doc notice|agenda|script --format docx|txt|html [--layout …] [--template 模板.txt] -o 输出
 *   jianggao check 会议.json [--json]
 *
 * Speeches the record links to are read relative to the meeting file; a link that is not a
 * file is a draft of the app, which the command line cannot open (said on stderr).
 */
import { existsSync } from 'node:fs'
import { dirname, extname, resolve } from 'node:path'
import type { Node as PMNode } from 'prosemirror-model'
import { ImportError } from '../core/import/decode'
import { SEVERITY_NAMES, type Severity } from '../core/checks/types'
import { speechToText, textOffsets } from '../core/text'
import { LAYOUTS } from '../core/export/layout'
import { isOneOf } from '../core/guards'
import { speechHtml } from '../core/export/html'
import { speechDocx } from '../core/export/docx'
import { DOC_KIND_NAMES } from '../core/schema'
import { meetingToJSON, parseMeetingFile } from '../core/meeting/file'
import { rollMeetingForward } from '../core/meeting/rollover'
import type { Meeting } from '../core/meeting/model'
import {
  MEETING_DOC_KINDS,
  parseMeetingTemplate,
  type MeetingDocKind,
  type MeetingTemplate,
} from '../core/meeting/template'
import { bundledMeetingTemplate } from '../core/meeting/bundled'
import { generateDocument } from '../core/meeting/generate'
import { checkMeeting, checkMeetingAll, type FindingDoc, type MeetingFinding } from '../core/meeting/checks'
import { type Args, formatFlag, layoutFlag, parseArgs, readInput, readSpeech, UsageError, writeOut } from './io'

export const MEETING_USAGE = `  jianggao meeting 会议.json --doc notice|agenda|script --format docx|txt|html [--layout gongwen|reading]
                   [--template 模板.txt] -o 输出文件
                                    由会议文件生成会议通知、议程或主持词；有“错误”时作为草稿导出
  jianggao check 会议.json [--json]  检查会议文件和由它生成的通知、议程、主持词，以及连着的讲话稿`

const DOC_NAMES: Record<FindingDoc, string> = { ...DOC_KIND_NAMES, record: '会议记录' }

function readMeeting(file: string, bytes = readInput(file, '会议文件')): Meeting {
  return parseMeetingFile(new TextDecoder().decode(bytes))
}

/** The speeches the record links to that are files next to the meeting file. */
async function readLinkedSpeeches(file: string, m: Meeting, err: (s: string) => void): Promise<Record<string, PMNode>> {
  const out: Record<string, PMNode> = {}
  for (const [i, item] of m.items.entries()) {
    const link = item.speech
    if (!link || link in out) continue
    const path = resolve(file === '-' ? '.' : dirname(file), link)
    if (existsSync(path)) out[link] = (await readSpeech(path, readInput(path, '讲话稿文件'))).doc
    else if (extname(link))
      throw new ImportError(`找不到第${i + 1}项议程的讲话稿文件“${link}”（按会议文件所在的文件夹查找）。`)
    else err(`第${i + 1}项议程的讲话稿“${link}”是程序里的草稿编号，命令行读不到，没有对照讲话稿。`)
  }
  return out
}

export async function meetingCommand(
  argv: string[],
  out: (s: string) => void,
  err: (s: string) => void,
): Promise<number> {
  const args = parseArgs(argv, ['doc', 'format', 'o', 'layout', 'template'])
  const format = formatFlag(args)
  const target = args.flags.get('o')
  if (typeof target !== 'string') throw new UsageError('meeting 需要 -o 输出文件。')
  const templateFile = args.flags.get('template')
  let template: MeetingTemplate | null = null
  if (typeof templateFile === 'string')
    template = parseMeetingTemplate(
      new TextDecoder().decode(readInput(templateFile, '模板文件')),
      'custom',
      templateFile,
    )
  const kind = args.flags.get('doc') ?? template?.kind
  if (!isOneOf(MEETING_DOC_KINDS, kind))
    throw new UsageError('--doc 只能是 notice（会议通知）、agenda（会议议程）或 script（主持词）。')
  const docKind = kind
  if (template && template.kind !== docKind)
    throw new UsageError(`模板“${templateFile}”是${DOC_KIND_NAMES[template.kind]}的模板，与 --doc ${docKind} 不符。`)
  template ??= bundledMeetingTemplate(docKind)
  const meeting = readMeeting(args.file)
  const doc = generateDocument(template, meeting)
  const speeches = await readLinkedSpeeches(args.file, meeting, err)
  const errors = checkMeetingAll({ meeting, docs: { [docKind]: doc }, speeches }).filter(
    (f) => f.severity === 'error' && (f.doc === docKind || f.doc === 'record'),
  )
  const draft = errors.length > 0
  const name = DOC_KIND_NAMES[docKind]
  if (draft)
    err(`${name}还有 ${errors.length} 处错误，已作为草稿导出（每页标明“草稿”）。用 jianggao check ${args.file} 查看。`)
  const layout = LAYOUTS[layoutFlag(args) ?? template.layout]
  const data =
    format === 'docx'
      ? await speechDocx(doc, layout, { draft })
      : format === 'html'
        ? speechHtml(doc, layout, { draft })
        : speechToText(doc, { draft })
  writeOut(target, data, out)
  return 0
}

export async function checkMeetingFile(
  args: Args,
  bytes: Uint8Array,
  out: (s: string) => void,
  err: (s: string) => void,
): Promise<number> {
  const meeting = readMeeting(args.file, bytes)
  const made = (k: MeetingDocKind) => generateDocument(bundledMeetingTemplate(k), meeting)
  const docs: Record<MeetingDocKind, PMNode> = {
    notice: made('notice'),
    agenda: made('agenda'),
    script: made('script'),
  }
  const speeches = await readLinkedSpeeches(args.file, meeting, err)
  const findings = [
    ...checkMeetingAll({ meeting, docs, speeches }).filter((f) => f.doc !== 'speech'),
    // A linked speech's own checks are `jianggao check 讲稿`; here only how it agrees with the meeting.
    ...checkMeeting({ meeting, docs: {}, speeches }).filter((f) => f.doc === 'speech'),
  ]
  const order: FindingDoc[] = ['record', 'notice', 'agenda', 'script', 'speech']
  findings.sort((a, b) => order.indexOf(a.doc) - order.indexOf(b.doc) || a.from - b.from)
  if (args.flags.has('json')) {
    const offsets = new Map<PMNode, (pos: number) => number>()
    const offset = (f: MeetingFinding, pos: number) => {
      const doc = f.doc === 'record' ? null : f.doc === 'speech' ? speeches[f.speech ?? ''] : docs[f.doc]
      if (!doc) return 0
      let of = offsets.get(doc)
      if (!of) offsets.set(doc, (of = textOffsets(doc)))
      return of(pos)
    }
    out(
      JSON.stringify(
        findings.map((f) => ({
          doc: f.doc,
          ...(f.speech ? { speech: f.speech } : {}),
          ...(f.path ? { path: f.path } : {}),
          rule: f.rule,
          severity: f.severity,
          message: f.message,
          excerpt: f.excerpt,
          from: offset(f, f.from),
          to: offset(f, f.to),
        })),
        null,
        2,
      ),
    )
  } else out(formatMeetingFindings(findings))
  return findings.some((f) => f.severity === 'error') ? 1 : 0
}

export function formatMeetingFindings(findings: MeetingFinding[]): string {
  if (!findings.length) return '没有发现问题。'
  const lines: string[] = []
  let doc: string | null = null
  for (const f of findings) {
    const heading = f.doc === 'speech' ? `${DOC_NAMES.speech}（${f.speech}）` : DOC_NAMES[f.doc]
    if (heading !== doc) lines.push(`【${heading}】`)
    doc = heading
    lines.push(`${SEVERITY_NAMES[f.severity]}  ${f.message}${f.doc === 'record' ? '' : `  〔${f.excerpt}〕`}`)
  }
  const count = (s: Severity) => findings.filter((f) => f.severity === s).length
  lines.push('', `共 ${findings.length} 处：错误 ${count('error')}，警告 ${count('warning')}，提示 ${count('info')}。`)
  return lines.join('\n')
}

/** `rollover 会议.json [--to 年度]`: next year's meeting file; what to confirm on stderr. */
export function rolloverMeetingFile(
  args: Args,
  bytes: Uint8Array,
  out: (s: string) => void,
  err: (s: string) => void,
): number {
  const meeting = readMeeting(args.file, bytes)
  const year = Number(meeting.date.slice(0, 4))
  const to = args.flags.get('to')
  const years = typeof to === 'string' ? Number(to) - year : 1
  if (years < 1) throw new UsageError(`--to 要晚于会议的年份（${year}年）。`)
  const r = rollMeetingForward(meeting, { years })
  writeOut(args.flags.get('o'), `${JSON.stringify(meetingToJSON(r.meeting), null, 2)}\n`, out)
  err(`已生成${year + years}年的会议文件（原为${year}年）。需要确认的地方：`)
  for (const f of r.flags) err(`${f.severity === 'warning' ? '请确认' : '提示'}  ${f.message}`)
  return 0
}
