// `npm run bench [name]`: bundles each bench/*.bench.ts for Node and runs it in its own
// process (with the Node flags a `// @node-flags …` line in it asks for); exits 1 if a goal is missed.
import { build } from 'esbuild'
import { readdirSync, readFileSync, mkdtempSync, mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { spawnSync } from 'node:child_process'
import { createServer } from 'node:http'

const only = process.argv[2]
/** `import x from './file.txt?raw'`, as Vite reads it. */
const rawText = {
  name: 'raw',
  setup(b) {
    b.onResolve({ filter: /\?raw$/ }, (args) => ({
      path: join(args.resolveDir, args.path.replace(/\?raw$/, '')),
      namespace: 'raw',
    }))
    b.onLoad({ filter: /.*/, namespace: 'raw' }, (args) => ({
      contents: readFileSync(args.path, 'utf8'),
      loader: 'text',
    }))
  },
}
// Inside the project, so the bundles' external packages (docx, mammoth) resolve from node_modules.
mkdirSync('node_modules/.cache', { recursive: true })
const dir = mkdtempSync(join('node_modules/.cache', 'jianggao-bench-'))
let ok = true
for (const file of readdirSync('bench').filter((f) => f.endsWith('.bench.ts') && (!only || f.includes(only)))) {
  const source = readFileSync(join('bench', file), 'utf8')
  const flags = /^\/\/ @node-flags (.+)$/m.exec(source)?.[1].split(/\s+/) ?? []
  console.log(`\n== ${file}${flags.length ? ` (node ${flags.join(' ')})` : ''}`)
  const out = join(dir, file.replace(/\.ts$/, '.mjs'))
  await build({
    entryPoints: [join('bench', file)],
    outfile: out,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
    external: ['mammoth', 'docx', 'puppeteer-core'],
    define: { 'import.meta.url': 'benchSourceUrl' },
    banner: { js: `const benchSourceUrl = ${JSON.stringify(pathToFileURL(join(process.cwd(), 'bench', file)).href)};` },
  })
  const run = spawnSync(process.execPath, [...flags, out], { stdio: 'inherit' })
  ok &&= run.status === 0
}
// Browser benchmarks: bundled for the browser, run in headless Chromium, their report read back.
for (const file of readdirSync('bench/browser').filter((f) => f.endsWith('.bench.ts') && (!only || f.includes(only)))) {
  console.log(`\n== browser/${file} (headless Chromium)`)
  const { chromePath, CHROME_FLAGS } = await import('./chrome-path.mjs')
  const puppeteer = (await import('puppeteer-core')).default
  const bundle = await build({
    entryPoints: [join('bench/browser', file)],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: 'bench',
    platform: 'browser',
    target: 'es2022',
    logLevel: 'warning',
    loader: { '.txt': 'text' },
    plugins: [rawText],
  })
  // Served from loopback so the page has a real origin (IndexedDB needs one).
  const html = `<!doctype html><meta charset="utf-8"><body><script>${bundle.outputFiles[0].text.replace(/<\/script/gi, '<\\/script')}</script></body>`
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
    res.end(html)
  })
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
  const browser = await puppeteer.launch({
    executablePath: chromePath(),
    headless: true,
    args: CHROME_FLAGS,
    userDataDir: mkdtempSync(join(tmpdir(), 'jianggao-bench-chrome-')),
  })
  try {
    const page = await browser.newPage()
    page.on('console', (m) => {
      if (process.env.BENCH_LOG) console.log('  [page]', m.text())
    })
    await page.goto(`http://127.0.0.1:${server.address().port}/`)
    const { lines, ok: passed } = await page.evaluate(() => window.bench.result)
    for (const line of lines) console.log(line)
    ok &&= passed
  } finally {
    await browser.close()
    server.close()
  }
}

process.exit(ok ? 0 : 1)
