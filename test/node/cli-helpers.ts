import { spawnSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const root = fileURLToPath(new URL('../../', import.meta.url))
export const fx = (name: string) => join(root, 'test/fixtures', name)
export const tmp = mkdtempSync(join(tmpdir(), 'jianggao-cli-'))

/** Run the bundled command line as a user would. */
export function jianggao(args: string[], input?: string | Uint8Array) {
  const r = spawnSync(process.execPath, [join(root, 'bin/jianggao.mjs'), ...args], {
    input,
    encoding: 'utf8',
    cwd: tmp,
  })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}
