// `npm run bench [name]`: bundles each bench/*.bench.ts for Node and runs it in its own
// process (with the Node flags a `// @node-flags …` line in it asks for); exits 1 if a goal is missed.
import { build } from 'esbuild'
import { readdirSync, readFileSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { spawnSync } from 'node:child_process'

const only = process.argv[2]
const dir = mkdtempSync(join(tmpdir(), 'jianggao-bench-'))
let ok = true
for (const file of readdirSync('bench').filter((f) => f.endsWith('.bench.ts') && (!only || f.includes(only)))) {
  const source = readFileSync(join('bench', file), 'utf8')
  const flags = /^\/\/ @node-flags (.+)$/m.exec(source)?.[1].split(/\s+/) ?? []
  console.log(`\n== ${file}${flags.length ? ` (node ${flags.join(' ')})` : ''}`)
  const out = join(dir, file.replace(/\.ts$/, '.mjs'))
  await build({
    entryPoints: [join('bench', file)], outfile: out, bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'warning',
    external: ['mammoth', 'docx', 'puppeteer-core'],
    define: { 'import.meta.url': 'benchSourceUrl' },
    banner: { js: `const benchSourceUrl = ${JSON.stringify(pathToFileURL(join(process.cwd(), 'bench', file)).href)};` },
  })
  const run = spawnSync(process.execPath, [...flags, out], { stdio: 'inherit' })
  ok &&= run.status === 0
}
process.exit(ok ? 0 : 1)
