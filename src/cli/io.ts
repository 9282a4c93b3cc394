/** What every command shares: its arguments, reading its input, writing its output. */
import { readFileSync, writeFileSync } from 'node:fs'
import { basename } from 'node:path'
import { createRequire } from 'node:module'
import { loadSpeechFile, type LoadedSpeech } from '../core/import/source'
import { ImportError } from '../core/import/decode'

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

/** A file's bytes ("-" for standard input), or an ImportError saying why not. */
export function readInput(file: string, what = '文件'): Uint8Array {
  try {
    return new Uint8Array(file === '-' ? readFileSync(0) : readFileSync(file))
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    throw new ImportError(
      code === 'ENOENT'
        ? `找不到${what}“${file}”。`
        : code === 'EISDIR'
          ? `“${file}”是文件夹，不是文件。`
          : `无法读取“${file}”：${(e as Error).message}`,
    )
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
      throw new ImportError(`无法写入“${target}”：${(e as Error).message}`)
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
