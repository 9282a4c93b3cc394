/** The single-file build, made once for the tests that open the app the way a user carries it. */
import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('../../', import.meta.url))

/** Build the single-file app and copy the HTML alone into an empty folder, as a user would carry it. */
export function buildAlone(): string {
  const out = mkdtempSync(join(tmpdir(), 'jianggao-single-build-'))
  execFileSync(
    process.execPath,
    [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--mode', 'single', '--outDir', out, '--logLevel', 'error'],
    // vitest sets NODE_ENV=test, which would give a development build; users get the production one.
    { cwd: root, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } },
  )
  const alone = mkdtempSync(join(tmpdir(), 'jianggao-single-'))
  copyFileSync(join(out, 'jianggao.html'), join(alone, 'jianggao.html'))
  return join(alone, 'jianggao.html')
}
