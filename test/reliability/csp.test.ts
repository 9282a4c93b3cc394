/**
 * The Content-Security-Policy of both builds (issue #13, item 14). Each build is opened in
 * Chromium, the served app from a local server and the single file from file://, and used
 * through a whole session: a new draft typed and saved, the print preview, printing, a .docx
 * export, a .docx import (worker and mammoth), a roll-over (worker), a backup. Not one
 * securitypolicyviolation may fire; then an injected inline script must be refused, which
 * shows the policy is really in force.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { execFileSync } from 'node:child_process'
import { createServer, type Server } from 'node:http'
import { copyFileSync, mkdtempSync, readFileSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { extname, join, normalize } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Page } from 'puppeteer-core'
import { withBrowser } from '../node/pdf'
import { CSP } from '../../vite.config'

const root = fileURLToPath(new URL('../../', import.meta.url))

function build(mode: 'served' | 'single'): string {
  const out = mkdtempSync(join(tmpdir(), `jianggao-csp-${mode}-`))
  const args = [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', out, '--logLevel', 'error']
  if (mode === 'single') args.push('--mode', 'single')
  execFileSync(process.execPath, args, { cwd: root, stdio: 'inherit' })
  return out
}

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' }

/** A static server for the built app, as an intranet server would serve it (no CSP header of its own). */
function serve(dir: string): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(
      /^(\.\.[/\\])+/,
      '',
    )
    const file = join(dir, path === '/' ? 'index.html' : path)
    try {
      if (!statSync(file).isFile()) throw new Error('not a file')
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
      res.end(readFileSync(file))
    } catch {
      res.writeHead(404)
      res.end()
    }
  })
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address() as { port: number }
      resolve({ url: `http://127.0.0.1:${address.port}/`, server })
    }),
  )
}

const app = `document.querySelector('jg-app').shadowRoot`
const lib = `${app}.querySelector('jg-library')?.shadowRoot`
const editor = `${app}.querySelector('jg-editor')`

/** Wait until the expression (evaluated in the page) is truthy. */
const until = (page: Page, expression: string, timeout = 20_000) =>
  page.waitForFunction(`(() => { try { return !!(${expression}) } catch { return false } })()`, { timeout })
const click = (page: Page, selector: string) => page.evaluate(`(${selector}).click()`)

/** Everything a user does in one sitting that loads code, starts workers, styles pages or writes files. */
async function session(page: Page, docx: string) {
  // A new draft from a template, typed into and saved.
  await until(page, `${lib}.querySelector('li[data-template="hrss-annual"] button.new')`)
  await click(page, `${lib}.querySelector('li[data-template="hrss-annual"] button.new')`)
  await until(page, `${editor}?.editor`)
  await page.evaluate(`(() => { const ed = ${editor}.editor; const { state } = ed; let at = 0
    state.doc.descendants((n, p) => { if (n.isText && n.text.includes('三点意见：')) at = p + n.text.length })
    ed.run((s, d) => { d(s.tr.setSelection(s.selection.constructor.near(s.doc.resolve(at)))); return true }) })()`)
  await page.keyboard.type('CSP')
  await until(page, `${editor}.shadowRoot.querySelector('.status').textContent.trim() === '已保存'`)
  // The print preview: pages laid out with inline styles.
  await click(page, `${editor}.shadowRoot.querySelector('button.tab-preview')`)
  await until(page, `${editor}.shadowRoot.querySelector('jg-preview').shadowRoot.querySelector('.page .line')`)
  // Printing (the dialog itself replaced) and a .docx export, each through the gate as a draft.
  await page.evaluate(`${editor}.print = () => { window.__printed = true }`)
  for (const button of ['button.print', 'button.export-docx']) {
    await click(page, `${editor}.shadowRoot.querySelector('${button}')`)
    await until(page, `${editor}.shadowRoot.querySelector('jg-gate').shadowRoot.querySelector('dialog').open`)
    await click(page, `${editor}.shadowRoot.querySelector('jg-gate').shadowRoot.querySelector('button.draft')`)
    await until(page, `!${editor}.shadowRoot.querySelector('button.print').disabled`)
  }
  await until(page, `window.__printed && document.getElementById('jg-print').querySelector('.page')`)
  expect(await page.evaluate(`${editor}.shadowRoot.querySelector('.status').textContent`)).not.toContain('失败')
  // A .docx import: the import worker and mammoth.
  await page.evaluate(`location.hash = '#/'`)
  await until(page, `${lib}?.querySelector('button.import')`)
  await click(page, `${lib}.querySelector('button.import')`)
  // The import dialog's code loads on that click.
  await until(page, `${lib}.querySelector('jg-import').shadowRoot?.querySelector('dialog')?.open`)
  const input = await page.evaluateHandle(`${lib}.querySelector('jg-import').shadowRoot.querySelector('input.file')`)
  await (input.asElement() as unknown as { uploadFile(path: string): Promise<void> }).uploadFile(docx)
  await until(page, `${lib}.querySelector('jg-import').shadowRoot.querySelector('button.create')`)
  await click(page, `${lib}.querySelector('jg-import').shadowRoot.querySelector('button.create')`)
  await until(page, `${editor}?.editor`)
  // A roll-over: the roll-over worker.
  await page.evaluate(`location.hash = '#/'`)
  await until(page, `${lib}?.querySelector('ul.drafts button.rollover')`)
  await click(page, `${lib}.querySelector('ul.drafts button.rollover')`)
  await until(page, `${lib}.querySelector('dialog.rollover').open`)
  await click(page, `${lib}.querySelector('button.confirm-rollover')`)
  await until(page, `${editor}?.editor && ${editor}.shadowRoot.querySelector('jg-rollover-report')`)
  // A backup of everything.
  await page.evaluate(`location.hash = '#/'`)
  const backup = `${lib}?.querySelector('jg-backup')?.shadowRoot`
  await until(page, `${backup}?.querySelector('button.backup')`)
  await click(page, `${backup}.querySelector('button.backup')`)
  await until(
    page,
    `${app}.querySelector('jg-library').shadowRoot.querySelector('jg-backup').notice.includes('已备份 3 篇草稿')`,
  )
}

/** Open a build, run the session, and give back what the policy refused and the page's policy. */
async function run(url: string) {
  return withBrowser(async (browser) => {
    const page = await browser.newPage()
    const cdp = await page.createCDPSession()
    await cdp.send('Browser.setDownloadBehavior', {
      behavior: 'allow',
      downloadPath: mkdtempSync(join(tmpdir(), 'jianggao-csp-downloads-')),
    })
    const refused: string[] = []
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) refused.push(`console: ${m.text()}`)
    })
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push((e as Error).message))
    await page.evaluateOnNewDocument(() => {
      const seen: string[] = []
      ;(window as unknown as { __violations: string[] }).__violations = seen
      document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective} ${e.blockedURI}`))
    })
    await page.goto(url, { waitUntil: 'load' })
    const policy = await page.evaluate(
      `document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? ''`,
    )
    await session(page, join(root, 'test/fixtures/agri-2023.docx'))
    const violations = [...((await page.evaluate('window.__violations.slice()')) as string[]), ...refused]
    // The control: an inline script added now must be refused, and reported.
    await page.evaluate(
      `(() => { const s = document.createElement('script'); s.textContent = 'window.__inline = 1'; document.head.append(s) })()`,
    )
    await until(page, 'window.__violations.length > 0', 5000)
    const inlineRan = await page.evaluate('window.__inline === 1')
    return { policy, violations, errors, inlineRan }
  })
}

describe('Content-Security-Policy', () => {
  let served = ''
  let single = ''
  beforeAll(() => {
    served = build('served')
    const alone = mkdtempSync(join(tmpdir(), 'jianggao-csp-single-alone-'))
    copyFileSync(join(build('single'), 'jianggao.html'), join(alone, 'jianggao.html'))
    single = join(alone, 'jianggao.html')
  }, 120_000)

  it("the served app: script-src 'self', no inline script, a whole session without one violation", async () => {
    const { url, server } = await serve(served)
    try {
      const r = await run(url)
      expect(r.policy).toBe(CSP.served)
      for (const d of ["script-src 'self'", "object-src 'none'", "connect-src 'self'"]) expect(r.policy).toContain(d)
      expect(readFileSync(join(served, 'index.html'), 'utf8')).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/)
      expect(r.violations).toEqual([])
      expect(r.errors).toEqual([])
      expect(r.inlineRan).toBe(false)
    } finally {
      server.close()
    }
  }, 120_000)

  it("the single file: its own script by hash, workers from blob:, connect-src 'none', a whole session without one violation", async () => {
    const r = await run(`file://${single}`)
    expect(r.policy).toMatch(/^default-src 'none'; script-src 'sha256-[A-Za-z0-9+/=]+'; /)
    for (const d of ['worker-src blob:', "connect-src 'none'", "object-src 'none'"]) expect(r.policy).toContain(d)
    expect(r.policy).not.toContain('unsafe-eval')
    expect(r.policy).not.toMatch(/script-src[^;]*unsafe-inline/)
    expect(r.violations).toEqual([])
    expect(r.errors).toEqual([])
    expect(r.inlineRan).toBe(false)
  }, 120_000)
})
