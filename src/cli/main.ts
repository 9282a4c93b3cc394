/**
 * `jianggao`: the command line on the same core as the app.
 *
 *   jianggao outline FILE [--json]
 *
 * Exit codes: 0 done; 1 `check` found errors; 2 the input or the call is unusable (message on stderr).
 */
import { ImportError } from '../core/import/decode'
import { SpeechFormatError } from '../core/serialize'
import type { Node as PMNode } from 'prosemirror-model'
import { outlineJSON, partsOf } from '../core/outline'
import { docYears, PART_KIND_NAMES } from '../core/schema'
import { YEAR_TEXT } from '../core/lang/years'
import { checkDocument } from '../core/checks/engine'
import { SEVERITY_NAMES, type Finding } from '../core/checks/types'
import { speechTextBytes, speechToText, textOffsets } from '../core/text'
import { parseFiguresCsv, type CsvNote, type SheetYears } from '../core/figures/csv'
import { FigureIndex, figuresFromRows } from '../core/figures/model'
import { ambiguousMessage, fillSlots, type FillResult } from '../core/figures/fill'
import { LAYOUTS } from '../core/export/layout'
import { speechHtml } from '../core/export/html'
import { speechDocx } from '../core/export/docx'
import { rollover, FLAG_NAMES, RolloverError } from '../core/rollover'
import { isMeetingJSON, MeetingFormatError } from '../core/meeting/file'
import { TemplateError } from '../core/template'
import { formatFlag, layoutFlag, parseArgs, readInput, readSpeech, UsageError, writeOut } from './io'
import { checkMeetingFile, meetingCommand, MEETING_USAGE, rolloverMeetingFile } from './meeting'

export { UsageError }

export const USAGE = `用法：
  jianggao outline 文件 [--json]     显示讲稿的结构和其中的数字空位
  jianggao check 文件 [--json]       检查讲稿（或会议文件及其通知、议程、主持词）；有“错误”时退出码为 1
  jianggao fill 文件 --figures 数字.csv [--year 年度] [-o 输出.txt]
                                    用 CSV 里的数字填写空位，输出讲稿文本；仍空着的空位列在标准错误输出
  jianggao rollover 文件 [--to 年度] [-o 输出.txt]
                                    生成新一年草稿（年份顺延、数字清空），需要改写的地方列在标准错误输出；
                                    会议文件则日期顺延，输出新一年的会议文件
  jianggao export 文件 --format docx|txt|html [--figures 数字.csv] [--layout gongwen|reading] -o 输出文件
                                    导出讲稿；有“错误”时作为草稿导出（每页标明“草稿”）
${MEETING_USAGE}

文件可以是 .txt（UTF-8 或 GB18030/GBK）、.docx，或讲稿助手保存的 .json；用 - 表示从标准输入读取。`

export function formatOutline(doc: PMNode): string {
  const o = outlineJSON(doc)
  const enums = partsOf(doc).map((p) => p.enumerations)
  const lines = [`标题：${o.title || '（无）'}`]
  if (o.subtitle) lines.push(`副标题：${o.subtitle}`)
  lines.push(`称呼：${o.greeting ?? '（无）'}`)
  const kindName = PART_KIND_NAMES
  o.parts.forEach((p, i) => {
    if (p.number === null) {
      lines.push(`【${kindName[p.kind]}】`)
      return
    }
    lines.push(`${p.number}${p.heading}  〔${kindName[p.kind]}${p.year ? ' ' + p.year + '年' : ''}〕`)
    for (const s of p.sections) lines.push(`  ${s.number}${s.heading}`)
    for (const e of enums[i]) lines.push(`  · ${e.text}`)
  })
  const metrics = o.slots.filter((s) => s.role === 'metric')
  const empty = metrics.filter((s) => s.value === null).length
  lines.push(
    '',
    `数字空位 ${metrics.length} 个（其中待填 ${empty} 个），人名空位 ${o.slots.length - metrics.length} 个。`,
  )
  return lines.join('\n')
}

/**
 * The figures of a CSV file, read as the app reads them: a sheet without a 年度 column by the
 * speech's years (its review year: --year when given), what the reader did said on stderr.
 */
function readFigures(file: string, err: (s: string) => void, years: SheetYears): FigureIndex {
  const { rows, errors, notes } = parseFiguresCsv(readInput(file, '数字文件'), years)
  for (const n of notes) err(csvNoteText(n))
  for (const e of errors) err(`数字文件第 ${e.line} 行没有使用：${e.message}。`)
  const { metrics, values } = figuresFromRows(rows)
  return new FigureIndex(metrics, values)
}

function csvNoteText(n: CsvNote): string {
  switch (n.kind) {
    case 'oldExport':
      return `数字文件像是旧版导出的（没有“累计”列）：第 ${n.lines.join('、')} 行可能是多年累计数，按末年的数读入。`
    case 'title':
      return `数字文件表头上面的 ${n.rows.length} 行当作标题，没有读取。`
    case 'byYear':
      return `数字文件没有“年度”列，按列读取：${n.columns.map((c) => `“${c.name}”列是 ${c.year}年${c.kind === 'target' ? '目标' : '实际数'}`).join('，')}。`
    case 'ignored':
      return `数字文件这几列没有读取：${n.columns.map((c) => `“${c}”`).join('、')}。`
  }
}

function reportFill(result: FillResult, err: (s: string) => void) {
  for (const r of result.refused) err(r.reason)
  for (const group of result.ambiguous) err(ambiguousMessage(group))
  if (result.empty.length) {
    err(`已填写 ${result.filled} 个空位，还有 ${result.empty.length} 个空着：`)
    for (const s of result.empty)
      err(
        `  ${s.attrs.label}（${s.attrs.unit || '无单位'}，${s.attrs.period ? `${s.attrs.period.replace('-', '—')}年累计` : `${s.attrs.year ?? '?'}年`}${s.attrs.kind === 'target' ? '目标' : '实际'}）`,
      )
  } else err(`已填写 ${result.filled} 个空位，数字空位全部填好。`)
}

export function formatFindings(findings: Finding[]): string {
  if (!findings.length) return '没有发现问题。'
  const lines = findings.map((f) => `${SEVERITY_NAMES[f.severity]}  ${f.message}  〔${f.excerpt}〕`)
  const count = (s: Finding['severity']) => findings.filter((f) => f.severity === s).length
  lines.push('', `共 ${findings.length} 处：错误 ${count('error')}，警告 ${count('warning')}，提示 ${count('info')}。`)
  return lines.join('\n')
}

export async function run(argv: string[], out: (s: string) => void, err: (s: string) => void): Promise<number> {
  try {
    if (!argv.length) {
      err(USAGE)
      return 2
    }
    if (argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
      out(USAGE)
      return 0
    }
    switch (argv[0]) {
      case 'outline': {
        const args = parseArgs(argv, [])
        const { doc } = await readSpeech(args.file)
        out(args.flags.has('json') ? JSON.stringify(outlineJSON(doc), null, 2) : formatOutline(doc))
        return 0
      }
      case 'check': {
        const args = parseArgs(argv, [])
        const bytes = readInput(args.file)
        if (isMeetingJSON(bytes)) return await checkMeetingFile(args, bytes, out, err)
        const { doc } = await readSpeech(args.file, bytes)
        const findings = checkDocument(doc)
        const offset = textOffsets(doc)
        if (args.flags.has('json')) {
          out(
            JSON.stringify(
              findings.map((f) => ({
                rule: f.rule,
                severity: f.severity,
                message: f.message,
                excerpt: f.excerpt,
                from: offset(f.from),
                to: offset(f.to),
              })),
              null,
              2,
            ),
          )
        } else out(formatFindings(findings))
        return findings.some((f) => f.severity === 'error') ? 1 : 0
      }
      case 'fill': {
        const args = parseArgs(argv, ['figures', 'year', 'o'])
        const { doc } = await readSpeech(args.file)
        const figuresFile = args.flags.get('figures')
        if (typeof figuresFile !== 'string') throw new UsageError('fill 需要 --figures 数字.csv。')
        const year = args.flags.get('year')
        if (year !== undefined && (typeof year !== 'string' || !YEAR_TEXT.test(year)))
          throw new UsageError('--year 后面要写四位年份，如 --year 2026。')
        const reviewYear = typeof year === 'string' ? Number(year) : null
        const sheetYears = reviewYear === null ? docYears(doc) : { reviewYear, planYear: reviewYear + 1 }
        const result = fillSlots(doc, readFigures(figuresFile, err, sheetYears), { reviewYear })
        writeOut(args.flags.get('o'), speechToText(result.doc), out)
        reportFill(result, err)
        return 0
      }
      case 'rollover': {
        const args = parseArgs(argv, ['to', 'o'])
        const to = args.flags.get('to')
        if (to !== undefined && (typeof to !== 'string' || !YEAR_TEXT.test(to)))
          throw new UsageError('--to 后面要写四位年份，如 --to 2027。')
        const bytes = readInput(args.file)
        if (isMeetingJSON(bytes)) return rolloverMeetingFile(args, bytes, out, err)
        const { doc } = await readSpeech(args.file, bytes)
        const r = rollover(doc, { toPlanYear: typeof to === 'string' ? Number(to) : undefined })
        writeOut(args.flags.get('o'), speechToText(r.doc), out)
        if (r.noYears) err('讲稿里没有任何年份，年份没有改动；数字空位已清空。请手工核对时间表述。')
        else
          err(
            `已生成新一年草稿：回顾${r.to.reviewYear}年、部署${r.to.planYear}年（原稿回顾${r.from.reviewYear}年、部署${r.from.planYear}年）。顺延年份 ${r.shifted} 处，清空数字 ${r.emptied} 个。`,
          )
        for (const f of r.flags) err(`${FLAG_NAMES[f.kind]}  ${f.message}  〔${f.excerpt}〕`)
        return 0
      }
      case 'export': {
        const args = parseArgs(argv, ['format', 'figures', 'o', 'layout'])
        const format = formatFlag(args)
        const target = args.flags.get('o')
        if (typeof target !== 'string') throw new UsageError('export 需要 -o 输出文件。')
        const layoutId = layoutFlag(args) ?? 'gongwen'
        let { doc } = await readSpeech(args.file)
        const figuresFile = args.flags.get('figures')
        if (typeof figuresFile === 'string') {
          const result = fillSlots(doc, readFigures(figuresFile, err, docYears(doc)))
          doc = result.doc
          reportFill(result, err)
        }
        const errors = checkDocument(doc).filter((f) => f.severity === 'error')
        const draft = errors.length > 0
        if (draft) err(`讲稿还有 ${errors.length} 处错误，已作为草稿导出（每页标明“草稿”）。用 jianggao check 查看。`)
        const layout = LAYOUTS[layoutId]
        const data =
          format === 'docx'
            ? await speechDocx(doc, layout, { draft })
            : format === 'html'
              ? speechHtml(doc, layout, { draft })
              : target === '-'
                ? speechToText(doc, { draft })
                : speechTextBytes(doc, { draft })
        writeOut(target, data, out)
        return 0
      }
      case 'meeting':
        return await meetingCommand(argv, out, err)
      default:
        throw new UsageError(`没有“${argv[0]}”这个命令。`)
    }
  } catch (e) {
    if (e instanceof UsageError) {
      err(`${e.message}\n\n${USAGE}`)
      return 2
    }
    if (
      e instanceof ImportError ||
      e instanceof SpeechFormatError ||
      e instanceof TemplateError ||
      e instanceof RolloverError
    ) {
      err(`错误：${e.message}`)
      return 2
    }
    if (e instanceof MeetingFormatError) {
      err(`错误：会议文件不能使用：\n${e.problems.map((p) => `  - ${p}`).join('\n')}`)
      return 2
    }
    throw e
  }
}
