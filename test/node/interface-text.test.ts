/**
 * All interface text lives in src/i18n: the app's code (src/app) carries no Chinese outside its
 * comments, so the wording stays in one place and reads with one voice. Facts of written Chinese
 * the app needs (punctuation, numerals) come from src/core/lang, not from literals here.
 */
import { readFileSync } from 'node:fs'
import { relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CHINESE, lineOf, sourceFiles, split } from './source-scan'

const SRC = resolve(__dirname, '../../src')

/**
 * Files of src/app allowed Chinese in code, each with the reason. Empty: keep it so unless a
 * literal truly cannot live in src/i18n or src/core/lang.
 */
const ALLOWED: Record<string, string> = {}

/** Each line of code (comments blanked) in `text` that holds Chinese, as "line: code". */
function chineseInCode(text: string): string[] {
  const { code } = split(text)
  const found: string[] = []
  const re = new RegExp(CHINESE.source, 'g')
  let last = -1
  for (const m of code.matchAll(re)) {
    const line = lineOf(code, m.index)
    if (line === last) continue
    last = line
    found.push(`${line}: ${text.split('\n')[line - 1].trim()}`)
  }
  return found
}

describe('interface text', () => {
  it('the scan finds Chinese in strings, templates and regular expressions, not in comments', () => {
    const sample = [
      '// 注释里的中文不算',
      "/** 文档注释 */ const a = '保存'",
      'const b = `共 ${n} 处`',
      'const c = /[，。]/',
      "const d = 'http://example.com' // 行尾注释",
      'const e = html`<p>${x /* 注释 */}</p>`',
      "const f = 'a' / 2 / 'b' // 除法，不是正则",
    ].join('\n')
    expect(chineseInCode(sample).map((l) => Number(l.split(':')[0]))).toEqual([2, 3, 4])
  })

  it('src/app has no Chinese outside comments (the wording is in src/i18n)', () => {
    const found = sourceFiles(resolve(SRC, 'app'))
      .filter((file) => !(relative(SRC, file) in ALLOWED))
      .flatMap((file) => chineseInCode(readFileSync(file, 'utf8')).map((l) => `${relative(SRC, file)}:${l}`))
    expect(found).toEqual([])
  })

  it('every allowed file still needs its exception', () => {
    const stale = Object.keys(ALLOWED).filter(
      (file) => chineseInCode(readFileSync(resolve(SRC, file), 'utf8')).length === 0,
    )
    expect(stale).toEqual([])
  })
})
