// Draw the app's icon (public/icon-*.png) in headless Chromium: node scripts/make-icons.mjs
// The PNGs are committed; run this again only to change the icon. The character is drawn with
// Noto Serif CJK (fonts-noto-cjk), so the icon looks the same wherever the app is installed.
import puppeteer from 'puppeteer-core'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromePath, CHROME_FLAGS } from './chrome-path.mjs'

/** A page of a speech on a blue tile: the tile fills the square (a maskable icon keeps its middle 80%). */
const page = (size) => `<!doctype html><html><body style="margin:0">
<div style="width:${size}px;height:${size}px;background:#1d4f91;display:flex;align-items:center;justify-content:center">
  <div style="width:${size * 0.5}px;height:${size * 0.6}px;background:#fff;border-radius:${size * 0.03}px;position:relative;
    display:flex;flex-direction:column;align-items:center;justify-content:center;box-shadow:0 ${size * 0.01}px ${size * 0.03}px rgba(0,0,0,.3)">
    <div style="font:700 ${size * 0.3}px/1 'Noto Serif CJK SC',serif;color:#c0392b">讲</div>
    <div style="width:60%;height:${size * 0.02}px;background:#9fb4d3;margin-top:${size * 0.05}px"></div>
    <div style="width:60%;height:${size * 0.02}px;background:#9fb4d3;margin-top:${size * 0.03}px"></div>
  </div>
</div></body></html>`

const browser = await puppeteer.launch({
  executablePath: chromePath(),
  headless: true,
  userDataDir: mkdtempSync(join(tmpdir(), 'jg-icons-')),
  args: CHROME_FLAGS,
})
try {
  const tab = await browser.newPage()
  for (const size of [192, 512]) {
    await tab.setViewport({ width: size, height: size })
    await tab.setContent(page(size))
    await tab.evaluate(() => document.fonts.ready)
    await tab.screenshot({ path: join('public', `icon-${size}.png`), omitBackground: false })
  }
} finally {
  await browser.close()
}
