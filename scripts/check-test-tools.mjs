// Fails early, with instructions, when a tool the tests need is missing: a Chrome/Chromium
// for the browser and print tests, poppler's pdftotext and pdfinfo to read printed PDFs back,
// LibreOffice's soffice to lay out the exported .docx next to the print preview.
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
if (spawnSync('soffice', ['--version']).error)
  problems.push(
    '没有找到 LibreOffice 的 soffice（.docx 版面测试用它把导出的 Word 文件排成 PDF，与打印预览对照）。\n' +
      '安装：sudo apt-get install -y --no-install-recommends libreoffice-writer-nogui',
  )
if (problems.length) {
  console.error(
    `${problems.join('\n')}\n在 Debian/Ubuntu 上安装全部：sudo apt-get install -y chromium fonts-noto-cjk poppler-utils && sudo apt-get install -y --no-install-recommends libreoffice-writer-nogui`,
  )
  process.exit(1)
}
