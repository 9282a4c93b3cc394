/** What every command shares: its arguments, reading its input, writing its output. */
import { closeSync, fstatSync, openSync, readSync, writeFileSync } from 'node:fs'
import { basename } from 'node:path'
import { createRequire } from 'node:module'
import { loadSpeechFile, type LoadedSpeech } from '../core/import/source'
import { ImportError } from '../core/import/decode'
import { MAX_FILE_BYTES, mb } from '../core/import/limits'
import { isRecord } from '../core/guards'

const require = createRequire(import.meta.url)
export const loadMammoth = async () => require('mammoth')

export class UsageError extends Error {}

export interface Args {
  command: string
  file: string
  flags: Map<string, string | true>
}

export function parseArgs(argv: string[], valued: string[]): Args {
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

/** The system's error code of a failed file operation ('ENOENT', 'EAGAIN' …), if it has one. */
function errnoCode(e: unknown): unknown {
  return isRecord(e) ? e.code : undefined
}

/** What a failed read or write of `file` means to the user, by the system's error code. */
export function fileProblem(e: unknown, file: string, writing = false, what = '文件'): string {
  const code = errnoCode(e)
  switch (code) {
    case 'ENOENT':
      return writing
        ? `无法写入“${file}”：所在的文件夹不存在。请先建好文件夹，或换一个位置。`
        : `找不到${what}“${file}”。请检查文件名和路径。`
    case 'EISDIR':
      return `“${file}”是文件夹，不是文件。请给出文件名。`
    case 'EACCES':
    case 'EPERM':
      return `没有权限${writing ? '写入' : '读取'}“${file}”。请换一个位置，或请管理员开放权限。`
    case 'ENOSPC':
    case 'EDQUOT':
      return `磁盘已满，“${file}”没有写完。请清理磁盘空间后重试。`
    case 'EROFS':
      return `“${file}”所在的磁盘是只读的。请换一个位置保存。`
    case 'EMFILE':
    case 'ENFILE':
      return `同时打开的文件太多，无法${writing ? '写入' : '读取'}“${file}”。请关闭一些程序后重试。`
    default:
      return `无法${writing ? '写入' : '读取'}“${file}”（系统错误 ${code ?? '未知'}）。请检查文件是否可用后重试。`
  }
}

/**
 * A file's bytes ("-" for standard input), refusing at once what is larger than any file the
 * importer takes instead of reading gigabytes first; an ImportError says what went wrong.
 */
export function readInput(file: string, what = '文件'): Uint8Array {
  const tooLarge = (size: number) =>
    new ImportError(
      `“${file === '-' ? '标准输入' : file}”有 ${mb(size)} 以上，超过讲稿文件 ${mb(MAX_FILE_BYTES)} 的上限。请确认给的是正确的${what}。`,
    )
  let fd: number
  try {
    fd = file === '-' ? 0 : openSync(file, 'r')
  } catch (e) {
    throw new ImportError(fileProblem(e, file, false, what))
  }
  try {
    const stat = fstatSync(fd)
    if (stat.isDirectory()) throw new ImportError(fileProblem({ code: 'EISDIR' }, file))
    if (stat.isFile() && stat.size > MAX_FILE_BYTES) throw tooLarge(stat.size)
    const chunks: Uint8Array[] = []
    let total = 0
    for (;;) {
      const chunk = new Uint8Array(1 << 16)
      let n: number
      try {
        n = readSync(fd, chunk, 0, chunk.length, null)
      } catch (e) {
        if (errnoCode(e) === 'EAGAIN') continue
        if (errnoCode(e) === 'EOF') break
        throw new ImportError(fileProblem(e, file, false, what))
      }
      if (n === 0) break
      total += n
      if (total > MAX_FILE_BYTES) throw tooLarge(total)
      chunks.push(chunk.subarray(0, n))
    }
    const bytes = new Uint8Array(total)
    let at = 0
    for (const c of chunks) {
      bytes.set(c, at)
      at += c.length
    }
    return bytes
  } finally {
    if (fd !== 0) closeSync(fd)
  }
}

export async function readSpeech(file: string, bytes = readInput(file)): Promise<LoadedSpeech> {
  return loadSpeechFile(bytes, file === '-' ? '' : basename(file), loadMammoth)
}

export function writeOut(target: string | true | undefined, data: string | Uint8Array, out: (s: string) => void) {
  if (typeof target === 'string' && target !== '-') {
    try {
      writeFileSync(target, data)
    } catch (e) {
      throw new ImportError(fileProblem(e, target, true))
    }
  } else if (typeof data === 'string') out(data.replace(/\n$/, ''))
  else throw new UsageError('.docx 不能输出到屏幕，请用 -o 指定文件。')
}

export type LayoutFlag = 'gongwen' | 'reading'

/** --format and --layout, read the same way by export and meeting. */
export function formatFlag(args: Args): 'docx' | 'txt' | 'html' {
  const format = args.flags.get('format')
  if (format !== 'docx' && format !== 'txt' && format !== 'html')
    throw new UsageError('--format 只能是 docx、txt 或 html。')
  return format
}

export function layoutFlag(args: Args): LayoutFlag | undefined {
  const layout = args.flags.get('layout')
  if (layout === undefined) return undefined
  if (layout !== 'gongwen' && layout !== 'reading')
    throw new UsageError('--layout 只能是 gongwen（公文格式）或 reading（讲话稿大字）。')
  return layout
}
