/**
 * Scope words (src/core/lang/scopes.ts): one definition of the whole of a place, read by the
 * labels and the checks, with examples that must and must not match.
 */
import { readFileSync } from 'node:fs'
import { relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { OUR_PLACE, WHOLE_PLACE, WHOLE_SCOPE } from '../../src/core/lang/scopes'
import { sourceFiles, split } from './source-scan'

const whole = (s: string) => new RegExp(`^${s}$`)

describe('scope words', () => {
  it.each(['全县', '全市', '全区', '全省', '全镇', '全乡', '全州', '全旗'])('%s is the whole of a place', (w) => {
    expect(whole(WHOLE_PLACE).test(w)).toBe(true)
    expect(whole(WHOLE_SCOPE).test(w)).toBe(true)
  })
  it.each(['全国', '全年', '全部', '全局', '全系统'])('%s is no whole of a place', (w) => {
    expect(whole(WHOLE_PLACE).test(w)).toBe(false)
  })
  it.each(['全局', '全年', '全部'])('%s is no scope', (w) => {
    expect(whole(WHOLE_SCOPE).test(w)).toBe(false)
  })
  it.each(['全系统', '全行业', '全集团', '全公司', '全院', '全校'])(
    '%s is the whole of the department’s own ranks',
    (w) => {
      expect(whole(WHOLE_SCOPE).test(w)).toBe(true)
    },
  )
  it.each([
    ['我县', true],
    ['我市', true],
    ['我镇', true],
    ['我们', false],
    ['我国', false],
  ])('%s is the speaker’s own place: %s', (w, yes) => {
    expect(whole(OUR_PLACE).test(w)).toBe(yes)
  })
})

describe('one definition of the scope words', () => {
  it('no module of src/core but lang/scopes.ts writes the class of place levels', () => {
    const SRC = resolve(__dirname, '../../src/core')
    const CLASS =
      /全\[[县市区省镇乡州旗]{3,}|全县\|全市|全市\|全县|全\(\?:[^)]*[县市区省镇乡州旗]\|[^)]*[县市区省镇乡州旗]/
    const found = sourceFiles(SRC)
      .filter((file) => relative(SRC, file) !== 'lang/scopes.ts')
      .filter((file) => CLASS.test(split(readFileSync(file, 'utf8')).code))
      .map((file) => relative(SRC, file))
    expect(found).toEqual([])
  })
})
