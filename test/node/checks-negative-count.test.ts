/**
 * A count with a minus sign (negative-count.ts): the words before the sign say whether it is a
 * change's direction, read the same way whether the number is typed in the text or held by a figure.
 */
import { describe, expect, it } from 'vitest'
import { viewOf } from '../../src/core/checks/blocks'
import { negativeCountRule } from '../../src/core/checks/negative-count'
import { DEFAULT_CHECK_OPTIONS } from '../../src/core/checks/types'
import { fig, p } from './build'

const ctx = {
  container: 'part',
  partKind: 'review',
  blockType: 'paragraph',
  reviewYear: 2025,
  planYear: 2026,
  options: DEFAULT_CHECK_OPTIONS,
} as const

/** Whether the rule objects to -3户 after `words`: typed in the text, and typed before a figure holding 3户. */
function objects(words: string): [boolean, boolean] {
  const typed = negativeCountRule.check(viewOf(p(`${words}-3户。`)), ctx).length > 0
  const figure = negativeCountRule.check(viewOf(p(`${words}-`, fig('新增市场主体', '3', '户'), '。')), ctx).length > 0
  return [typed, figure]
}

describe('the words before a minus, typed or before a figure', () => {
  it.each([
    // 市场监管, 信访, 应急: a change said before the sign.
    '新增市场主体比上年增加',
    '化解信访积案同比减少了',
    '生产安全事故起数比上年增加 ',
    '生产安全事故起数比上年增加       ',
  ])('a change: %s', (words) => {
    expect(objects(words)).toEqual([false, false])
  })
  it.each(['全年化解信访积案', '全县新增市场主体', '比上年增加的新增市场主体共计'])('a count: %s', (words) => {
    expect(objects(words)).toEqual([true, true])
  })
})
