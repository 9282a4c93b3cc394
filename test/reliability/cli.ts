/** The command line run in this process (fast) or as the real bundled binary (exit codes as users see them). */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { run } from '../../src/cli/main'

const root = fileURLToPath(new URL('../../', import.meta.url))
export const tmp = mkdtempSync(join(tmpdir(), 'jianggao-reliability-'))

/** Write input to a temporary file and give its path. */
export function inputFile(name: string, data: string | Uint8Array): string {
  const file = join(tmp, name)
  writeFileSync(file, data)
  return file
}

export interface CliResult {
  code: number | null
  stdout: string
  stderr: string
}

/** In this process: an exception here is what would be a crash (exit 3) of the binary. */
export async function cli(args: string[]): Promise<CliResult> {
  const out: string[] = []
  const err: string[] = []
  const code = await run(
    args,
    (s) => out.push(s),
    (s) => err.push(s),
  )
  return { code, stdout: out.join('\n'), stderr: err.join('\n') }
}

export function cliBinary(args: string[], input?: string | Uint8Array): CliResult {
  const r = spawnSync(process.execPath, [join(root, 'bin/jianggao.mjs'), ...args], {
    input,
    encoding: 'utf8',
    cwd: tmp,
  })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

/** Every command on one speech file; each must end 0, 1 (check found errors) or 2 (unusable input). */
export async function everyCommand(file: string): Promise<Record<string, CliResult>> {
  const results: Record<string, CliResult> = {}
  for (const args of [
    ['outline', file, '--json'],
    ['check', file, '--json'],
    ['rollover', file, '-o', join(tmp, 'rolled.txt')],
    ['export', file, '--format', 'txt', '-o', join(tmp, 'out.txt')],
    ['export', file, '--format', 'html', '-o', join(tmp, 'out.html')],
    ['export', file, '--format', 'docx', '-o', join(tmp, 'out.docx')],
  ])
    results[args.slice(0, args[0] === 'export' ? 3 : 1).join(' ')] = await cli(args)
  return results
}
