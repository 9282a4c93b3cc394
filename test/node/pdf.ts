/** Print HTML to PDF in headless Chromium and read it back with poppler (pdfinfo, pdftotext). */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import puppeteer, { type Browser } from 'puppeteer-core'
// @ts-expect-error plain ESM helper without types
import { chromePath, CHROME_FLAGS } from '../../scripts/chrome-path.mjs'

export async function withBrowser<T>(fn: (browser: Browser) => Promise<T>): Promise<T> {
  const browser = await puppeteer.launch({
    executablePath: chromePath(),
    headless: true,
    args: CHROME_FLAGS,
    userDataDir: mkdtempSync(join(tmpdir(), 'jianggao-pdf-')),
  })
  try {
    return await fn(browser)
  } finally {
    await browser.close()
  }
}

export interface PdfText {
  pages: string[]
  info: Record<string, string>
  file: string
}

export async function htmlToPdf(browser: Browser, html: string): Promise<PdfText> {
  const dir = mkdtempSync(join(tmpdir(), 'jianggao-print-'))
  const htmlFile = join(dir, 'speech.html')
  writeFileSync(htmlFile, html)
  const page = await browser.newPage()
  await page.goto(`file://${htmlFile}`, { waitUntil: 'load' })
  const file = join(dir, 'speech.pdf')
  await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true })
  await page.close()
  return readPdf(file)
}

export function readPdf(file: string): PdfText {
  const info = Object.fromEntries(
    execFileSync('pdfinfo', [file], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean)
      .map((l) => [l.slice(0, l.indexOf(':')).trim(), l.slice(l.indexOf(':') + 1).trim()]),
  )
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
  return { pages: text.split('\f').slice(0, Number(info.Pages)), info, file }
}
