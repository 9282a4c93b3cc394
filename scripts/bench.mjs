// `npm run bench [name]`: the benchmarks, in three kinds, each measured afresh:
// - bench/*.bench.ts: bundled for Node and run in their own process (with the Node flags a
//   `// @node-flags …` line in them asks for);
// - bench/browser/*.bench.ts: bundled into a page and run in headless Chromium;
// - bench/app/*.bench.ts: run in Node, driving headless Chromium through the built app
//   (built here, served from loopback) and a bare ProseMirror page (bench/app/bare.ts).
// Every benchmark hands its entries back (bench/results.ts); they are written to
// bench/results.json and, on a full run, with the machine, to BENCHMARKS.md. Exits 1 if a goal is missed.
import { build } from 'esbuild'
import { readdirSync, readFileSync, mkdtempSync, mkdirSync, writeFileSync, existsSync, rmSync, statSync } from 'node:fs'
import { tmpdir, cpus, loadavg, totalmem } from 'node:os'
import { join, extname, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { spawn, execFileSync } from 'node:child_process'
import { createServer } from 'node:http'

const only = process.argv[2]
const picked = (f) => !only || f.includes(only)
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
const resultsFile = join(dir, 'results.jsonl')
writeFileSync(resultsFile, '')
let ok = true

let resultsModule = null
/** bench/results.ts for this script itself (to print entries the same way). */
async function bundleResults() {
  resultsModule ??= (async () => {
    const out = join(dir, 'results.mjs')
    await build({
      entryPoints: ['bench/results.ts'],
      outfile: out,
      bundle: true,
      platform: 'node',
      format: 'esm',
      logLevel: 'warning',
    })
    return out
  })()
  return resultsModule
}

/** Bundle a benchmark for Node and run it in its own process. */
async function runInNode(path, env = {}) {
  const source = readFileSync(path, 'utf8')
  const flags = /^\/\/ @node-flags (.+)$/m.exec(source)?.[1].split(/\s+/) ?? []
  const out = join(dir, path.replace(/[/\\]/g, '_').replace(/\.ts$/, '.mjs'))
  await build({
    entryPoints: [path],
    outfile: out,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
    loader: { '.txt': 'text' },
    plugins: [rawText],
    external: ['mammoth', 'docx', 'puppeteer-core'],
    define: { 'import.meta.url': 'benchSourceUrl' },
    banner: { js: `const benchSourceUrl = ${JSON.stringify(pathToFileURL(resolve(path)).href)};` },
  })
  // Not spawnSync: the app benchmarks' server runs in this process.
  const status = await new Promise((done) =>
    spawn(process.execPath, [...flags, out], {
      stdio: 'inherit',
      env: { ...process.env, ...env, BENCH_RESULTS: resolve(resultsFile) },
    }).on('exit', done),
  )
  ok &&= status === 0
}

for (const file of readdirSync('bench').filter((f) => f.endsWith('.bench.ts') && picked(`node/${f}`))) {
  console.log(`\n== ${file}`)
  await runInNode(join('bench', file))
}

// Browser benchmarks: bundled for the browser, run in headless Chromium, their report read back.
for (const file of readdirSync('bench/browser').filter((f) => f.endsWith('.bench.ts') && picked(`browser/${f}`))) {
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
    protocolTimeout: 600_000,
  })
  try {
    const page = await browser.newPage()
    page.on('console', (m) => {
      if (process.env.BENCH_LOG) console.log('  [page]', m.text())
    })
    // BENCH_PROFILE=dir: a CPU profile of the whole page, to read where its time goes.
    const cdp = process.env.BENCH_PROFILE ? await page.createCDPSession() : null
    if (cdp) {
      await cdp.send('Profiler.enable')
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 })
      await cdp.send('Profiler.start')
    }
    await page.goto(`http://127.0.0.1:${server.address().port}/`)
    const { lines, ok: passed, entries = [] } = await page.evaluate(() => window.bench.result)
    if (cdp) {
      const { profile } = await cdp.send('Profiler.stop')
      writeFileSync(join(process.env.BENCH_PROFILE, file.replace(/\.ts$/, '.cpuprofile')), JSON.stringify(profile))
    }
    for (const line of lines) console.log(line)
    const { formatEntry } = await import(pathToFileURL(await bundleResults()).href)
    for (const e of entries) console.log(formatEntry(e))
    writeFileSync(resultsFile, entries.map((e) => `${JSON.stringify(e)}\n`).join(''), { flag: 'a' })
    ok &&= passed && entries.every((e) => e.met)
  } finally {
    await browser.close()
    server.close()
  }
}

// App benchmarks: the app as users get it (vite build), and the bare page, served together.
const appBenches = readdirSync('bench/app').filter((f) => f.endsWith('.bench.ts') && picked(`app/${f}`))
if (appBenches.length) {
  const appDir = resolve(dir, 'app')
  console.log('\n== building the app for the app benchmarks')
  execFileSync(
    process.execPath,
    [
      'node_modules/vite/bin/vite.js',
      'build',
      '--outDir',
      appDir,
      '--logLevel',
      'warn',
      // BENCH_NO_MINIFY: readable names in profiles.
      ...(process.env.BENCH_NO_MINIFY ? ['--minify', 'false'] : []),
    ],
    {
      stdio: 'inherit',
    },
  )
  const bare = await build({
    entryPoints: ['bench/app/bare.ts'],
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    logLevel: 'warning',
  })
  const pmCss = readFileSync('node_modules/prosemirror-view/style/prosemirror.css', 'utf8')
  const barePage = `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>bare</title>
<style>html, body { margin: 0; } ${pmCss}
#scroller { height: 100vh; overflow: auto; background: #f3f4f6; }
#editor { width: 156mm; margin: 0 auto; padding: 25mm 26mm 25mm 28mm; background: #fff; }
.ProseMirror { outline: none; font-family: "Noto Serif CJK SC", serif; font-size: 16pt; line-height: 1.75; }
.ProseMirror p { margin: 0; text-indent: 2em; } .ProseMirror h1, .ProseMirror h2, .ProseMirror h3 { font-size: 16pt; font-weight: normal; margin: 0; }</style>
<div id="scroller"><div id="editor"></div></div><script type="module" src="./bare.js"></script></html>`
  const types = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript',
    '.css': 'text/css',
    '.json': 'application/json',
    '.webmanifest': 'application/manifest+json',
    '.png': 'image/png',
    '.svg': 'image/svg+xml',
  }
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname)
    if (path === '/bare.html') {
      res.writeHead(200, { 'content-type': types['.html'] })
      return res.end(barePage)
    }
    if (path === '/bare.js') {
      res.writeHead(200, { 'content-type': types['.js'] })
      return res.end(bare.outputFiles[0].text)
    }
    const file = join(appDir, path === '/' ? 'index.html' : path)
    if (!file.startsWith(appDir) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404)
      return res.end()
    }
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' })
    res.end(readFileSync(file))
  })
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${server.address().port}/`
  try {
    for (const file of appBenches) {
      console.log(`\n== app/${file} (the built app in headless Chromium)`)
      await runInNode(join('bench/app', file), { BENCH_APP_URL: url, BENCH_APP_DIR: appDir })
    }
  } finally {
    server.close()
  }
}

// The results, together.
const entries = readFileSync(resultsFile, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l))
if (entries.length) {
  const { formatEntry } = await import(pathToFileURL(await bundleResults()).href)
  console.log('\n== all results')
  for (const e of entries) console.log(formatEntry(e))
  writeFileSync('bench/results.json', `${JSON.stringify(entries, null, 2)}\n`)
  // As the project's formatter writes JSON, so the lint passes on the committed file.
  execFileSync(process.execPath, ['node_modules/@biomejs/biome/bin/biome', 'format', '--write', 'bench/results.json'], {
    stdio: 'ignore',
  })
  if (!only) writeFileSync('BENCHMARKS.md', benchmarksPage(entries))
}
rmSync(dir, { recursive: true, force: true })

/** BENCHMARKS.md: the last full run's table and the machine it ran on. */
function benchmarksPage(entries) {
  const num = (x) =>
    x === undefined ? '' : Math.abs(x) >= 100 ? x.toFixed(0) : Math.abs(x) >= 10 ? x.toFixed(1) : x.toFixed(2)
  let chrome = ''
  try {
    chrome = execFileSync(process.env.CHROME_PATH || '/usr/bin/chromium', ['--version'], { encoding: 'utf8' }).trim()
  } catch {
    chrome = 'Chromium (version not read)'
  }
  const rows = entries.map(
    (e) =>
      `| ${e.name} | ${num(e.medianMs)} | ${num(e.p95Ms)} | ${e.unit ?? 'ms'} | ${e.runs} | ${num(e.spread[0])}–${num(e.spread[1])} | ${num(e.baselineMs)} | ${e.ratio === undefined ? '' : e.ratio.toFixed(2)} | ${e.goal} | ${e.met ? 'met' : '**missed**'} |`,
  )
  return `# Benchmarks

The last full run of \`npm run bench\` (${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC). Every number is
measured in that run; baselines (the bare ProseMirror view, one copy of the input) are measured in the same run,
in turns with what they are held against. \`bench/results.json\` has the same entries. Not part of \`npm test\`.

Machine: ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GB,
load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' / ')} at the end of the run (shared: the ratios count, absolute numbers are a check only);
Node ${process.version}; ${chrome}, headless.

| measure | median | p95 | unit | runs | spread of round medians | baseline | ratio | goal | verdict |
| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
${rows.join('\n')}

What the measures are: see the doc comment at the top of each file in \`bench/\`, \`bench/browser/\` and \`bench/app/\`.
`
}

process.exit(ok ? 0 : 1)
