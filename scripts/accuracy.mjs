// `npm run accuracy`: bundles scripts/accuracy/main.ts with the core it measures (esbuild,
// as the CLI is built) and runs it. Arguments pass through: a corpus folder, --details, --typed.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { build } from 'esbuild'

const dir = mkdtempSync(join(tmpdir(), 'jianggao-accuracy-'))
const outfile = join(dir, 'accuracy.mjs')
try {
  await build({
    // --typed: the corpus typed as plain text against the same imported (scripts/accuracy/typed.ts).
    entryPoints: [process.argv.includes('--typed') ? 'scripts/accuracy/typed.ts' : 'scripts/accuracy/main.ts'],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['mammoth', 'docx'],
    logLevel: 'warning',
  })
  await import(pathToFileURL(outfile).href)
} finally {
  rmSync(dir, { recursive: true, force: true })
}
