/**
 * The year the lead paragraph of a one-year review opens with (review-years.ts): what heading
 * makes a review one year's, and the finding read exactly.
 */
import { describe, expect, it } from 'vitest'
import { headsOneYear } from '../../src/core/checks/review-years'
import { exactFindings } from './check-speech'

const speech = (heading: string, ...review: string[]) => ({
  text: [
    '标题',
    '同志们：',
    '开场。',
    heading,
    ...review,
    '二、2026年工作任务',
    '确保完成。',
    '三、工作要求',
    '一要严。',
    '同志们，谢谢！',
  ].join('\n'),
  in: 'speech' as const,
})
const older = (heading: string, ...review: string[]) =>
  exactFindings(speech(heading, ...review), 'older-review-year').filter((f) => f[1].startsWith('回顾部分的标题'))

describe('a review headed by one year', () => {
  it('is told from a five-year review by its heading', () => {
    for (const h of ['一、2025年工作回顾', '一、2025年全县民政工作回顾', '一、充分肯定2025年工作成绩'])
      expect(headsOneYear(h, 2025)).toBe(true)
    for (const h of [
      '一、“十四五”以来工作回顾',
      '一、2021—2025年工作回顾',
      '一、2021年以来特别是2025年工作回顾',
      '一、五年来工作回顾',
      '一、过去五年的工作回顾',
      '一、主要工作成效',
      '一、2024年工作回顾',
    ])
      expect(headsOneYear(h, 2025)).toBe(false)
  })
  it('reports its lead paragraph opening with an older year', () => {
    expect(older('一、2025年工作回顾', '2023年，县文联在县委的坚强领导下，各项工作取得新成效。')).toEqual([
      ['2023', '回顾部分的标题写的是2025年，开头一段却以2023年开头，可能是往年讲话的原话，应为2025年。', 'warning'],
    ])
  })
  it('leaves the year reviewed, the year before (the block rule’s), later paragraphs and five-year reviews', () => {
    expect(older('一、2025年工作回顾', '2025年，县文联在县委的坚强领导下，各项工作取得新成效。')).toEqual([])
    expect(older('一、2025年工作回顾', '2024年，县文联在县委的坚强领导下，各项工作取得新成效。')).toEqual([])
    expect(older('一、2025年工作回顾', '全年完成了任务。', '2023年，我们启动了三年行动，今年全面完成。')).toEqual([])
    expect(older('一、“十四五”以来工作回顾', '2021年，我们启动了三年行动。', '2023年，全面完成。')).toEqual([])
    expect(older('一、主要工作成效', '2023年，县文联在县委的坚强领导下，各项工作取得新成效。')).toEqual([])
  })
})
