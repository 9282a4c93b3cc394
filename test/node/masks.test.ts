/**
 * Masks (lang/masks.ts): a run of *, × or X is a figure or a name left out; a lone X is a letter
 * of a term and stays text.
 */
import { describe, expect, it } from 'vitest'
import { findFigures, importText } from '../../src/core/import'
import { MASK, MASK_EXAMPLES } from '../../src/core/lang/masks'
import { speechToText } from '../../src/core/text'

const masks = (text: string) => [...text.matchAll(new RegExp(MASK, 'g'))].map((m) => m[0])

describe('masks', () => {
  it.each(MASK_EXAMPLES.matches.map((m) => [...m]))('%s holds the mask %s', (text, mask) => {
    expect(masks(text)).toEqual([mask])
  })
  it.each(MASK_EXAMPLES.rejects.map((r) => [r]))('%s holds no mask', (text) => {
    expect(masks(text)).toEqual([])
  })
})

describe('a lone X in a term', () => {
  const text = '投入资金486万元，完成X波段天气雷达配套工程建设。'
  it('is neither an empty figure nor a masked name', () => {
    expect(findFigures(text, { year: 2025 }).map((f) => [f.role, f.value, f.unit])).toEqual([['metric', '486', '万元']])
  })
  it('is kept as written when a speech is imported', () => {
    const speech = `同志们：\n一、2025年工作回顾\n${text}\n二、2026年重点任务\n力争新建自动气象站10个。`
    expect(speechToText(importText(speech).doc)).toContain('完成X波段天气雷达')
  })
  it('leaves a run of X a mask', () => {
    expect(findFigures('全年新增就业XX人，XX同志宣读了决定。', { year: 2025 }).map((f) => [f.role, f.value])).toEqual([
      ['metric', null],
      ['person', null],
    ])
  })
})
