import { createHash } from 'node:crypto'
import { defineConfig, type Plugin } from 'vitest/config'
import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * The Content-Security-Policy of each build, as a meta tag (the single file has no server to
 * send headers). The served app loads only its own scripts, workers and data; the single file,
 * opened from disk, runs only its one inline script (by hash), starts its workers from blob:
 * URLs and reaches nothing at all. Styles stay inline-capable: the pages of the print preview
 * and the print copy position every line with a style attribute.
 */
export const CSP = {
  served: [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; '),
  single: (scriptHashes: string[]) =>
    [
      "default-src 'none'",
      `script-src ${scriptHashes.map((h) => `'sha256-${h}'`).join(' ')}`,
      "style-src 'unsafe-inline'",
      'img-src data:',
      'worker-src blob:',
      "connect-src 'none'",
      "object-src 'none'",
      "base-uri 'none'",
      "form-action 'none'",
    ].join('; '),
}

const CSP_META = /<meta http-equiv="Content-Security-Policy" content="[^"]*">/

/** Puts the served policy into the page, in development and in both builds (the single file then tightens it). */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'jianggao-csp',
    transformIndexHtml: (html) =>
      html.replace(
        /<meta charset="utf-8">/,
        (m) => `${m}\n    <meta http-equiv="Content-Security-Policy" content="${CSP.served}">`,
      ),
  }
}

/**
 * `vite build --mode single` makes dist/single/jianggao.html: the whole app in one file that
 * works opened from disk (file://), with no server and no network. Code splitting is off,
 * the import worker is inlined, and the script goes into the page.
 */
function singleFile(): Plugin {
  return {
    name: 'jianggao-single-file',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const html = Object.values(bundle).find((f) => f.type === 'asset' && f.fileName.endsWith('.html'))
      if (!html || html.type !== 'asset') return
      let page = String(html.source)
      for (const [name, chunk] of Object.entries(bundle)) {
        if (chunk.type !== 'chunk') continue
        const tag = new RegExp(
          `<script type="module" crossorigin src="[./]*${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"></script>`,
        )
        if (!tag.test(page)) continue
        // With code splitting off, Vite 8 leaves its preload-list placeholder in dynamic imports;
        // there is nothing to preload in one file, and its helper treats "no list" as none.
        const code = chunk.code.replace(/__VITE_PRELOAD__/g, 'void 0').replace(/<\/script/gi, '<\\/script')
        page = page.replace(tag, () => `<script type="module">${code}</script>`)
        delete bundle[name]
      }
      if (/<script[^>]+src=/.test(page)) this.error('single-file build: a script was left outside the page')
      const hashes = [...page.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)].map((m) =>
        createHash('sha256').update(m[1]).digest('base64'),
      )
      if (!CSP_META.test(page)) this.error('single-file build: the page has no Content-Security-Policy to tighten')
      page = page.replace(CSP_META, () => `<meta http-equiv="Content-Security-Policy" content="${CSP.single(hashes)}">`)
      html.source = page
      html.fileName = 'jianggao.html'
      // Files the page does not load (the normal build's worker, reached only in code that is off here).
      for (const name of Object.keys(bundle)) if (bundle[name] !== html) delete bundle[name]
    },
  }
}

/**
 * The served app (dist/app/) as an installable one: after the build is written, sw.js is made
 * from src/sw/sw.ts with the list of every built file and a version from their contents, so a
 * new build is a new service worker and an unchanged one is not. public/ holds the icon and the
 * web app manifest.
 */
function serviceWorker(): Plugin {
  let outDir = ''
  return {
    name: 'jianggao-service-worker',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir)
    },
    async closeBundle() {
      const files = listFiles(outDir).filter((f) => f !== 'sw.js' && !f.endsWith('.map'))
      const hash = createHash('sha256')
      for (const f of files) hash.update(f).update(readFileSync(join(outDir, f)))
      const { build } = await import('esbuild')
      await build({
        entryPoints: [fileURLToPath(new URL('./src/sw/sw.ts', import.meta.url))],
        outfile: join(outDir, 'sw.js'),
        bundle: true,
        minify: true,
        format: 'iife',
        target: 'es2022',
        logLevel: 'error',
        define: {
          __JIANGGAO_ASSETS__: JSON.stringify(files.map((f) => `./${f}`)),
          __JIANGGAO_VERSION__: JSON.stringify(hash.digest('hex').slice(0, 16)),
        },
      })
    },
  }
}

function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listFiles(dir, `${prefix}${e.name}/`) : [`${prefix}${e.name}`],
  )
}

/** The single-file build is opened from disk: no manifest, no icon file beside it, no service worker. */
function withoutPwa(): Plugin {
  return {
    name: 'jianggao-without-pwa',
    transformIndexHtml: (page) => page.replace(/<!-- pwa:[\s\S]*?<!-- \/pwa -->/, '<link rel="icon" href="data:,">'),
  }
}

export default defineConfig(({ mode }) => ({
  // Relative asset paths: the built app also works from a sub-folder of an intranet server.
  base: './',
  // Only the app is an entry; dist/single/jianggao.html is a build output, not a page to scan.
  optimizeDeps: { entries: ['index.html'] },
  build:
    mode === 'single'
      ? {
          target: 'es2022',
          outDir: 'dist/single',
          emptyOutDir: true,
          assetsInlineLimit: Number.MAX_SAFE_INTEGER,
          modulePreload: false,
          rolldownOptions: { output: { codeSplitting: false } },
        }
      : {
          target: 'es2022',
          outDir: 'dist/app',
          emptyOutDir: true,
          // A page's chunks (the editor's, the meeting's) are not preloaded as the page is asked
          // for: Vite's helper appends one <link rel=modulepreload> per chunk inside the task that
          // opens the draft, and with ~18 chunks that alone was 20–40 ms of its 50–60 ms (#17,
          // long-tasks-1x). The import fetches them itself; index.html's own preloads stay.
          modulePreload: { resolveDependencies: (_file, deps, { hostType }) => (hostType === 'js' ? [] : deps) },
        },
  // From a file:// page Chromium refuses module workers from blob: URLs but runs classic ones.
  worker:
    mode === 'single' ? { format: 'iife', rolldownOptions: { output: { codeSplitting: false } } } : { format: 'es' },
  plugins:
    mode === 'single'
      ? [contentSecurityPolicy(), withoutPwa(), singleFile()]
      : [contentSecurityPolicy(), serviceWorker()],
  publicDir: mode === 'single' ? false : 'public',
  define: { __JIANGGAO_SINGLE_FILE__: JSON.stringify(mode === 'single') },
  test: {
    include: ['test/node/**/*.test.ts', 'test/reliability/**/*.test.ts'],
    // The reliability suite's browser part runs in @web/test-runner.
    exclude: ['**/node_modules/**', 'test/reliability/**/*.browser.test.ts'],
    globalSetup: ['test/node/build-cli.setup.ts'],
    environment: 'node',
  },
}))
