import { describe, expect, it, beforeAll } from 'vitest'
import { readFileSync } from 'node:fs'
import { withBrowser } from './pdf'
import { buildAlone } from './single'

describe('the single-file build', () => {
  let file = ''
  beforeAll(() => {
    file = buildAlone()
  }, 60_000)

  it('is the page alone: no web app manifest, no icon file, no service worker (file:// pages have none)', () => {
    const page = readFileSync(file, 'utf8')
    expect(page).not.toMatch(/rel="manifest"|icon-192\.png|serviceWorker\.register/)
    expect(page).toContain('<link rel="icon" href="data:,">')
  })

  it('opens from a file:// URL with no server and no network, and keeps a draft across reloads', async () => {
    await withBrowser(async (browser) => {
      const page = await browser.newPage()
      const requests: string[] = []
      page.on('request', (r) => requests.push(r.url()))
      const errors: string[] = []
      page.on('pageerror', (e) => errors.push((e as Error).message))
      await page.goto(`file://${file}`, { waitUntil: 'load' })
      const inApp = <T>(fn: string) =>
        page
          .waitForFunction(`(() => { const v = ${fn}; return typeof v === 'string' ? v : !!v })()`, { timeout: 10_000 })
          .then((h) => h.jsonValue() as Promise<T>)
      const lib = `document.querySelector('jg-app')?.shadowRoot?.querySelector('jg-library')`
      await inApp(`${lib}?.shadowRoot?.querySelector('li[data-template="hrss-annual"] button.new')`)
      await page.evaluate(`${lib}.shadowRoot.querySelector('li[data-template="hrss-annual"] button.new').click()`)
      const editor = `document.querySelector('jg-app').shadowRoot.querySelector('jg-editor')`
      await inApp(`${editor}?.editor`)
      // Type at the end of the opening, through the keyboard.
      await page.evaluate(`(() => { const ed = ${editor}.editor; const { state } = ed; let at = 0
        state.doc.descendants((n, p) => { if (n.isText && n.text.includes('三点意见：')) at = p + n.text.length })
        ed.run((s, d) => { d(s.tr.setSelection(s.selection.constructor.near(s.doc.resolve(at)))); return true }) })()`)
      await page.keyboard.type('OFFLINE')
      await inApp(
        `${editor}.shadowRoot.querySelector('.status').textContent.trim() === '已保存' && ${editor}.editor.state.doc.textContent.includes('OFFLINE')`,
      )
      await page.reload({ waitUntil: 'load' })
      const text = await inApp<string>(`${editor}?.editor?.state.doc.textContent`)
      expect(text).toContain('三点意见：OFFLINE')
      expect(errors).toEqual([])
      expect(requests.filter((u) => !/^(file|data|blob):/.test(u))).toEqual([])
    })
  }, 60_000)
})
