// Browser tests: components, editor and IndexedDB in real headless Chromium.
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { execFileSync } from 'node:child_process'
import { chromeLauncher } from '@web/test-runner-chrome'
import { esbuildPlugin } from '@web/dev-server-esbuild'
import { chromePath, CHROME_FLAGS } from './scripts/chrome-path.mjs'

/** `import text from './x.txt?raw'`, as Vite does it. */
const rawText = {
  name: 'raw-text',
  serve(context) {
    if (context.URL.searchParams.has('raw')) {
      const file = join(process.cwd(), decodeURIComponent(context.path))
      return { body: `export default ${JSON.stringify(readFileSync(file, 'utf8'))}`, type: 'js' }
    }
  },
}

/** Typing through Chromium's IME, as Chinese users do: composition steps, then the committed text. */
const ime = {
  name: 'ime',
  async executeCommand({ command, payload, session }) {
    if (command !== 'ime-type') return undefined
    const page = session.browser.getPage(session.id)
    const cdp = await page.createCDPSession()
    // A real IME announces itself with a keydown of key "Process" (keyCode 229) before composing.
    // Some (Sogou, some Linux IMEs) send none: `noKey`.
    const processKey = { key: 'Process', code: '', windowsVirtualKeyCode: 229, nativeVirtualKeyCode: 229 }
    if (!payload.noKey) {
      await cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...processKey })
      await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...processKey })
    }
    for (const text of payload.compose)
      await cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length })
    // No commit (null): the composition is left open, as while she is still choosing a word.
    if (payload.commit !== null) await cdp.send('Input.insertText', { text: payload.commit })
    await cdp.detach()
    return true
  },
}

/**
 * Text that arrives without key presses, as voice input, a handwriting pad or an on-screen
 * keyboard sends it: an insertText with no keydown and no composition.
 */
const keylessText = {
  name: 'keyless-text',
  async executeCommand({ command, payload, session }) {
    if (command !== 'keyless-text') return undefined
    const page = session.browser.getPage(session.id)
    const cdp = await page.createCDPSession()
    await cdp.send('Input.insertText', { text: payload.text })
    await cdp.detach()
    return true
  },
}

/** Print the test page to PDF (print stylesheet applied) and read it back with poppler. */
const printPdf = {
  name: 'print-pdf',
  async executeCommand({ command, session }) {
    if (command !== 'print-pdf') return undefined
    const page = session.browser.getPage(session.id)
    const file = join(mkdtempSync(join(tmpdir(), 'jianggao-app-print-')), 'print.pdf')
    await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true })
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' })
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
    const pages = Number(/Pages:\s+(\d+)/.exec(info)[1])
    return { pageSize: /Page size:\s+(.+)/.exec(info)[1], pages: text.split('\f').slice(0, pages) }
  },
}

/**
 * Screenshot the test page into a temporary folder (JIANGGAO_SHOTS, or one made per run) for a
 * person to look at; returns the file's path.
 */
const shotDir = process.env.JIANGGAO_SHOTS ?? mkdtempSync(join(tmpdir(), 'jianggao-shots-'))
const screenshot = {
  name: 'screenshot',
  async executeCommand({ command, payload, session }) {
    if (command !== 'screenshot') return undefined
    const page = session.browser.getPage(session.id)
    mkdirSync(shotDir, { recursive: true })
    const path = join(shotDir, `${payload.name.replace(/[^\w.-]+/g, '-')}.png`)
    await page.screenshot({ path })
    return path
  },
}

export default {
  // The reliability suite's browser part (test/reliability/*.browser.test.ts) runs here too.
  files: ['test/browser/**/*.test.ts', 'test/reliability/**/*.browser.test.ts'],
  nodeResolve: true,
  concurrency: 1,
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: Number(process.env.WTR_FINISH_TIMEOUT ?? 300000),
  plugins: [
    rawText,
    ime,
    keylessText,
    printPdf,
    screenshot,
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: chromePath(),
        headless: true,
        userDataDir: mkdtempSync(join(tmpdir(), 'jianggao-wtr-')),
        args: CHROME_FLAGS,
      },
    }),
  ],
}
