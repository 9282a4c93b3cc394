/**
 * `jianggao`: the command line on the same core as the app.
 *
 *   jianggao outline FILE [--json]
 *
 * Exit codes: 0 done; 1 `check` found errors; 2 the input or the call is unusable (message on stderr).
 */
import { readFileSync } from 'node:fs'
import { basename } from 'node:path'
import { createRequire } from 'node:module'
import { loadSpeechFile, type LoadedSpeech } from '../core/import/source'
import { ImportError } from '../core/import/decode'
import { SpeechFormatError } from '../core/serialize'
import type { Node as PMNode } from 'prosemirror-model'
import { outlineJSON, partsOf } from '../core/outline'
import { checkDocument } from '../core/checks/engine'
import { SEVERITY_NAMES, type Finding } from '../core/checks/types'
import { textOffsets } from '../core/text'

const require = createRequire(import.meta.url)
const loadMammoth = async () => require('mammoth')

export const USAGE = `用法：
  jianggao outline 文件 [--json]     显示讲稿的结构和其中的数字空位
  jianggao check 文件 [--json]       检查讲稿；有“错误”时退出码为 1

文件可以是 .txt（UTF-8 或 GB18030/GBK）、.docx，或讲稿助手保存的 .json；用 - 表示从标准输入读取。`

export class UsageError extends Error {}

interface Args { command: string; file: string; flags: Map<string, string | true> }

function parseArgs(argv: string[], valued: string[]): Args {
  const [command, ...rest] = argv
  const flags = new Map<string, string | true>()
  const positional: string[] = []
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]
    if (a.startsWith('-') && a !== '-') {
      const name = a.replace(/^--?/, '')
      if (valued.includes(name)) {
        const v = rest[++i]
        if (v === undefined) throw new UsageError(`选项 ${a} 后面要跟一个值。`)
        flags.set(name, v)
      } else flags.set(name, true)
    } else positional.push(a)
  }
  if (positional.length !== 1) throw new UsageError(positional.length ? '只能给一个讲稿文件。' : '缺少讲稿文件。')
  return { command, file: positional[0], flags }
}

async function readSpeech(file: string): Promise<LoadedSpeech> {
  let bytes: Uint8Array
  try {
    bytes = file === '-' ? readFileSync(0) : readFileSync(file)
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    throw new ImportError(code === 'ENOENT' ? `找不到文件“${file}”。` : code === 'EISDIR' ? `“${file}”是文件夹，不是文件。` : `无法读取“${file}”：${(e as Error).message}`)
  }
  return loadSpeechFile(bytes, file === '-' ? '' : basename(file), loadMammoth)
}

export function formatOutline(doc: PMNode): string {
  const o = outlineJSON(doc)
  const enums = partsOf(doc).map((p) => p.enumerations)
  const lines = [`标题：${o.title || '（无）'}`]
  if (o.subtitle) lines.push(`副标题：${o.subtitle}`)
  lines.push(`称呼：${o.greeting ?? '（无）'}`)
  const kindName: Record<string, string> = { opening: '开头', closing: '结束语', review: '回顾', tasks: '任务', requirements: '要求', other: '其他' }
  o.parts.forEach((p, i) => {
    if (p.number === null) { lines.push(`【${kindName[p.kind]}】`); return }
    lines.push(`${p.number}${p.heading}  〔${kindName[p.kind]}${p.year ? ' ' + p.year + '年' : ''}〕`)
    for (const s of p.sections) lines.push(`  ${s.number}${s.heading}`)
    for (const e of enums[i]) lines.push(`  · ${e.text}`)
  })
  const metrics = o.slots.filter((s) => s.role === 'metric')
  const empty = metrics.filter((s) => s.value === null).length
  lines.push('', `数字空位 ${metrics.length} 个（其中待填 ${empty} 个），人名空位 ${o.slots.length - metrics.length} 个。`)
  return lines.join('\n')
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
    if (!argv.length) { err(USAGE); return 2 }
    if (argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') { out(USAGE); return 0 }
    switch (argv[0]) {
      case 'outline': {
        const args = parseArgs(argv, [])
        const { doc } = await readSpeech(args.file)
        out(args.flags.has('json') ? JSON.stringify(outlineJSON(doc), null, 2) : formatOutline(doc))
        return 0
      }
      case 'check': {
        const args = parseArgs(argv, [])
        const { doc } = await readSpeech(args.file)
        const findings = checkDocument(doc)
        const offset = textOffsets(doc)
        if (args.flags.has('json')) {
          out(JSON.stringify(findings.map((f) => ({ rule: f.rule, severity: f.severity, message: f.message, excerpt: f.excerpt, from: offset(f.from), to: offset(f.to) })), null, 2))
        } else out(formatFindings(findings))
        return findings.some((f) => f.severity === 'error') ? 1 : 0
      }
      default:
        throw new UsageError(`没有“${argv[0]}”这个命令。`)
    }
  } catch (e) {
    if (e instanceof UsageError) { err(`${e.message}\n\n${USAGE}`); return 2 }
    if (e instanceof ImportError || e instanceof SpeechFormatError) { err(`错误：${e.message}`); return 2 }
    throw e
  }
}
