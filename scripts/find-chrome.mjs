// Fails early, with instructions, when no Chrome/Chromium is there for the browser tests.
import { chromePath } from './chrome-path.mjs'

const path = chromePath()
if (!path) {
  console.error(process.env.CHROME_PATH
    ? `CHROME_PATH 指向的浏览器不存在：${process.env.CHROME_PATH}`
    : '没有找到 Chrome 或 Chromium，浏览器测试无法运行。\n' +
      '  Debian/Ubuntu：sudo apt-get install -y chromium fonts-noto-cjk\n' +
      '  已装在别处：CHROME_PATH=/path/to/chrome npm test')
  process.exit(1)
}
