#!/usr/bin/env node
// Entry point of `npx jianggao`. The CLI is bundled from src/cli by `npm install` (prepare).
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const bundle = new URL('../dist/cli/jianggao.mjs', import.meta.url)
if (!existsSync(fileURLToPath(bundle))) {
  process.stderr.write('讲稿助手命令行尚未构建。请在项目目录运行 npm install（或 npm run build:cli）后再试。\n')
  process.exit(2)
}
await import(bundle.href)
