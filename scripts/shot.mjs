// Screenshot a page in headless Chromium: node scripts/shot.mjs URL OUT.png [width height] [script]
import puppeteer from 'puppeteer-core'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
const [url, out, w = '1400', h = '900', script] = process.argv.slice(2)
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  headless: true,
  userDataDir: mkdtempSync(join(tmpdir(), 'jg-shot-')),
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
})
const page = await browser.newPage()
page.on('console', (m) => console.log('console:', m.text()))
page.on('pageerror', (e) => console.log('pageerror:', e.message))
await page.setViewport({ width: Number(w), height: Number(h) })
await page.goto(url, { waitUntil: 'networkidle0' })
if (script) {
  await (await import(join(process.cwd(), script))).default(page)
}
await new Promise((r) => setTimeout(r, 300))
await page.screenshot({ path: out })
await browser.close()
