// Fails early, with instructions, when a tool the tests need is missing: a Chrome/Chromium
// for the browser and print tests, poppler's pdftotext and pdfinfo to read printed PDFs back.
import { spawnSync } from 'node:child_process'
import { chromePath } from './chrome-path.mjs'

const problems = []
if (!chromePath()) {
  problems.push(
    process.env.CHROME_PATH
      ? `CHROME_PATH 指向的浏览器不存在：${process.env.CHROME_PATH}`
      : '没有找到 Chrome 或 Chromium（浏览器测试和打印测试需要）。已装在别处时：CHROME_PATH=/path/to/chrome npm test',
  )
}
for (const tool of ['pdftotext', 'pdfinfo']) {
  if (spawnSync(tool, ['-v']).error) problems.push(`没有找到 ${tool}（打印测试用它读回 PDF）。`)
}
if (problems.length) {
  console.error(
    problems.join('\n') + '\n在 Debian/Ubuntu 上安装：sudo apt-get install -y chromium fonts-noto-cjk poppler-utils',
  )
  process.exit(1)
}
