import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { preview, type PreviewServer } from 'vite'
import type { Page } from 'puppeteer-core'
import { withBrowser } from './pdf'

const root = fileURLToPath(new URL('../../', import.meta.url))

/** The served app as `npm run build` makes it (production, as users get it), into a folder of its own. */
function build(config?: string): string {
  const out = mkdtempSync(join(tmpdir(), 'jianggao-app-build-'))
  execFileSync(
    process.execPath,
    [
      join(root, 'node_modules/vite/bin/vite.js'),
      'build',
      ...(config ? ['--config', config] : []),
      '--outDir',
      out,
      '--logLevel',
      'error',
    ],
    { cwd: root, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } },
  )
  return out
}

/** `vite preview` of a build on this machine's loopback, on a given port (the same origin for both builds). */
async function serve(outDir: string, port: number): Promise<PreviewServer> {
  return preview({
    root,
    logLevel: 'silent',
    build: { outDir },
    preview: { host: '127.0.0.1', port, strictPort: true, open: false },
  })
}

const entryOf = (outDir: string) =>
  /src="\.\/(assets\/index-[^"]+\.js)"/.exec(readFileSync(join(outDir, 'index.html'), 'utf8'))![1]

const LIB = `document.querySelector('jg-app')?.shadowRoot?.querySelector('jg-library')?.shadowRoot`
async function inApp<T>(page: Page, expr: string, timeout = 15_000): Promise<T> {
  const handle = await page.waitForFunction(
    `(() => { const v = ${expr}; return typeof v === 'string' ? v : !!v && v })()`,
    {
      timeout,
    },
  )
  return (await handle.jsonValue()) as T
}

describe('the served app installs and works offline', () => {
  let first = ''
  let second = ''
  const port = 41000 + Math.floor(Math.random() * 2000)
  const url = `http://127.0.0.1:${port}/`
  let server: PreviewServer | null = null

  beforeAll(() => {
    first = build()
    second = build(join(root, 'test/node/pwa/second-build.config.ts'))
  }, 180_000)
  afterAll(async () => {
    await server?.close()
  })

  it('the build has a local manifest and icons, and a worker that keeps every built file', () => {
    expect(entryOf(first)).not.toEqual(entryOf(second))
    const manifest = JSON.parse(readFileSync(join(first, 'manifest.webmanifest'), 'utf8'))
    expect(manifest).toMatchObject({ name: '讲稿助手', short_name: '讲稿助手', start_url: './', display: 'standalone' })
    expect(manifest.icons.map((i: { src: string; sizes: string }) => [i.src, i.sizes])).toEqual([
      ['icon-192.png', '192x192'],
      ['icon-512.png', '512x512'],
      ['icon-512.png', '512x512'],
    ])
    // every file the worker keeps is one the build wrote
    const sw = readFileSync(join(first, 'sw.js'), 'utf8')
    expect(sw).toContain(`"./${entryOf(first)}"`)
    expect(sw).toContain('"./icon-512.png"')
  })

  it('is installable, opens with the server stopped after the first visit, and takes up a new build when asked', async () => {
    await withBrowser(async (browser) => {
      server = await serve(first, port)
      const page = await browser.newPage()
      const requests: string[] = []
      page.on('request', (r) => requests.push(r.url()))
      await page.goto(url, { waitUntil: 'load' })
      await inApp(page, `${LIB}?.querySelector('li[data-template]')`)
      // controlled by the service worker once it has kept every file
      await inApp(page, 'navigator.serviceWorker.controller')
      const cdp = await page.createCDPSession()
      const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
        installabilityErrors: { errorId: string }[]
      }
      expect(installabilityErrors).toEqual([])
      const manifest = (await cdp.send('Page.getAppManifest')) as { url: string; errors: unknown[] }
      expect(manifest.url).toBe(`${url}manifest.webmanifest`)
      expect(manifest.errors).toEqual([])
      expect(requests.filter((u) => !u.startsWith(url) && !/^(data|blob):/.test(u))).toEqual([])

      // No server at all: the app, and the import worker it loads later, come from the cache.
      await server.close()
      server = null
      await page.reload({ waitUntil: 'load' })
      expect(await inApp<string>(page, `${LIB}?.querySelector('h1')?.textContent`)).toBe('讲稿助手')
      await page.evaluate(`${LIB}.querySelector('button.import').click()`)
      // The import dialog's code loads on that click, from the cache.
      await inApp(page, `${LIB}.querySelector('jg-import').shadowRoot?.querySelector('dialog')?.open`)
      await page.evaluate(`(() => {
        const dialog = ${LIB}.querySelector('jg-import').shadowRoot
        dialog.querySelector('textarea.paste').value = '标题\\n同志们：\\n一、2025年工作回顾\\n全年完成3250人。'
        dialog.querySelector('button.recognise').click()
      })()`)
      expect(
        await inApp<string>(
          page,
          `${LIB}.querySelector('jg-import').shadowRoot.querySelector('.preview')?.textContent`,
        ),
      ).toContain('2025年工作回顾')

      // A new build on the same address: installed in the background, offered, used after 更新.
      server = await serve(second, port)
      await page.reload({ waitUntil: 'load' })
      expect(await page.evaluate(`document.querySelector('script[type=module]').getAttribute('src')`)).toBe(
        `./${entryOf(first)}`,
      )
      await inApp(page, `${LIB}?.querySelector('.update button.apply-update')`, 30_000)
      expect(await page.evaluate(`${LIB}.querySelector('.update').textContent`)).toContain('新版本')
      await Promise.all([
        page.waitForNavigation({ waitUntil: 'load' }),
        page.evaluate(`${LIB}.querySelector('.update button.apply-update').click()`),
      ])
      expect(await page.evaluate(`document.querySelector('script[type=module]').getAttribute('src')`)).toBe(
        `./${entryOf(second)}`,
      )
      await inApp(page, `${LIB}?.querySelector('li[data-template]')`)
      // the old build's files are gone from the cache; only the new one is kept
      const caches = await page.evaluate('caches.keys()')
      expect(caches).toHaveLength(1)
      await server.close()
      server = null
      await page.reload({ waitUntil: 'load' })
      expect(await page.evaluate(`document.querySelector('script[type=module]').getAttribute('src')`)).toBe(
        `./${entryOf(second)}`,
      )
      expect(await inApp<string>(page, `${LIB}?.querySelector('h1')?.textContent`)).toBe('讲稿助手')
    })
  }, 120_000)
})
