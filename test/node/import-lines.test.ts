/**
 * What a single line is, exactly, judged by its own text: a part, a section (own-line or run-in,
 * split at its first sentence), an item of either level, a greeting, a subtitle, a date line, or
 * a paragraph; with the number and mark it wrote and the text that follows.
 */
import { describe, expect, it } from 'vitest'
import { classifyLine, splitRunIn } from '../../src/core/import/lines'

const long = (n: number) => '字'.repeat(n)

describe('the kind of a line', () => {
  it.each([
    ['一、2025年工作回顾', { type: 'part', number: 1, mark: '一、', text: '2025年工作回顾' }],
    ['一、', { type: 'paragraph', text: '一、' }],
    // the mark is kept without the space after it
    ['一、 2025年工作回顾', { type: 'part', number: 1, mark: '一、', text: '2025年工作回顾' }],
    [
      '（一）过去的一年，我们全力以赴做好就业创业工作',
      { type: 'section', number: 1, mark: '（一）', heading: '过去的一年，我们全力以赴做好就业创业工作', body: '' },
    ],
    [
      '（一）实施就业优先战略，千方百计稳定和扩大就业。坚持把就业放在首位。',
      {
        type: 'section',
        number: 1,
        mark: '（一）',
        heading: '实施就业优先战略，千方百计稳定和扩大就业。',
        body: '坚持把就业放在首位。',
      },
    ],
    ['(二)任务', { type: 'section', number: 2, mark: '(二)', heading: '任务', body: '' }],
    ['1.第一条。', { type: 'item', level: 3, number: 1, mark: '1.', text: '第一条。' }],
    ['1、第一条', { type: 'item', level: 3, number: 1, mark: '1、', text: '第一条' }],
    // a decimal number opening a paragraph is no item
    ['1.5万人参加培训', { type: 'paragraph', text: '1.5万人参加培训' }],
    // an item whose text opens with a year or a count: a space or the year's 年 tells it from a number
    [
      '1、 2025年全县新增就业3250人。',
      { type: 'item', level: 3, number: 1, mark: '1、', text: '2025年全县新增就业3250人。' },
    ],
    ['2. 2026年重点抓好三件事', { type: 'item', level: 3, number: 2, mark: '2.', text: '2026年重点抓好三件事' }],
    ['3） 12个乡镇全部完成改造。', { type: 'item', level: 3, number: 3, mark: '3）', text: '12个乡镇全部完成改造。' }],
    [
      '1、2025年全县新增就业3250人。',
      { type: 'item', level: 3, number: 1, mark: '1、', text: '2025年全县新增就业3250人。' },
    ],
    // 1、2月 is January and February, 3.5% a number: no item
    ['1、2月份全县完成投资12亿元。', { type: 'paragraph', text: '1、2月份全县完成投资12亿元。' }],
    ['3.5%的增长来自消费。', { type: 'paragraph', text: '3.5%的增长来自消费。' }],
    ['1.2025万人次', { type: 'paragraph', text: '1.2025万人次' }],
    ['1.', { type: 'paragraph', text: '1.' }],
    ['（1）细项。', { type: 'item', level: 4, number: 1, mark: '（1）', text: '细项。' }],
    ['(2)2025年细项', { type: 'item', level: 4, number: 2, mark: '(2)', text: '2025年细项' }],
    ['各位领导、同志们:', { type: 'greeting', text: '各位领导、同志们:' }],
    ['同志们：', { type: 'greeting', text: '同志们：' }],
    ['— 在全县财政工作会议上的讲话', { type: 'subtitle', text: '——在全县财政工作会议上的讲话' }],
    ['-在会上的讲话', { type: 'subtitle', text: '——在会上的讲话' }],
    [`——${long(58)}`, { type: 'subtitle', text: `——${long(58)}` }],
    [`——${long(59)}`, { type: 'paragraph', text: `——${long(59)}` }],
    ['（2026年2月10日）', { type: 'dateline', text: '（2026年2月10日）' }],
    ['普通段落。', { type: 'paragraph', text: '普通段落。' }],
    ['第一，加强领导。', { type: 'paragraph', text: '第一，加强领导。' }],
    ['①第一条', { type: 'paragraph', text: '①第一条' }],
  ])('%s', (line, kind) => {
    expect(classifyLine(line)).toEqual(kind)
  })
})

describe('a run-in section heading: its first sentence', () => {
  it.each([
    ['甲。乙', { heading: '甲。', body: '乙' }],
    ['甲。 乙', { heading: '甲。', body: '乙' }],
    ['甲；乙', { heading: '甲；', body: '乙' }],
    ['甲;乙', { heading: '甲;', body: '乙' }],
    ['甲！乙', { heading: '甲！', body: '乙' }],
    ['甲？乙', { heading: '甲？', body: '乙' }],
    ['甲！', { heading: '甲！', body: '' }],
    ['甲，乙', { heading: '甲，乙', body: '' }],
    [`${long(60)}。`, { heading: `${long(60)}。`, body: '' }],
    [long(60), { heading: long(60), body: '' }],
  ])('%s', (text, split) => {
    expect(splitRunIn(text)).toEqual(split)
  })
})
