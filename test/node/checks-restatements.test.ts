/**
 * Figures said again under other words (restatements.ts): each way of saying one again, on its
 * own examples, a sentence of the review and one of the tasks, read by one figure, one value.
 */
import { describe, expect, it } from 'vitest'
import { checkDocument } from '../../src/core/checks/engine'
import { RESTATEMENTS, slipApart } from '../../src/core/checks/restatements'
import { importText } from '../../src/core/import'
import { speechWith } from './check-speech'

/** The inconsistent-figure findings on a speech whose review says `review` and whose tasks say `tasks`. */
function findings(review: string, tasks: string) {
  const text = speechWith({ text: review, in: 'review' }).replace(
    '确保完成全年目标任务。',
    `确保完成全年目标任务。\n${tasks}`,
  )
  return checkDocument(importText(text).doc)
    .filter((f) => f.rule === 'inconsistent-figure')
    .map((f) => [f.severity, f.message])
}

describe.each(RESTATEMENTS.map((r) => [r.id, r] as const))('said again: %s', (_id, r) => {
  it.each(r.examples.fires)('fires on %s / %s', (review, tasks) => {
    expect(findings(review, tasks).map(([severity]) => severity)).toEqual([r.severity])
  })
  it.each(r.examples.quiet)('is quiet on %s / %s', (review, tasks) => {
    expect(findings(review, tasks)).toEqual([])
  })
})

describe('the messages', () => {
  it('says which figure was said first, and how sure it is', () => {
    expect(findings('城区易涝点由上年的23处减少到9处。', '对县城剩余的11处易涝点逐一制定“一点一策”。')).toEqual([
      ['warning', '前面写的是城区易涝点9处，这里说的是同一批，却写成11处，前后不一致。'],
    ])
    expect(findings('全区农村留守儿童3,180名。', '对3,810名农村留守儿童和困境儿童逐一建立关爱台账。')).toEqual([
      ['info', '前面写的是农村留守儿童3180名，这里是3810名；若说的是同一个数，请核对。'],
    ])
  })
  it('reads a slip of the keys as restated-counts does', () => {
    expect(slipApart(3180, 3810)).toBe(true)
    expect(slipApart(9, 11)).toBe(false)
    // Values in base units: a float's error (8.62万) and a zero at the end that is a digit (340 and 304).
    expect(slipApart(8.62 * 10000, 82600)).toBe(true)
    expect(slipApart(340e8, 304e8)).toBe(true)
    expect(slipApart(120, 125)).toBe(true)
    expect(slipApart(340, 3400)).toBe(false)
  })
})

// The year so far as the base of its rest, in a meeting that reviews the year it plans (a mid-year
// meeting of a court, a year-end sprint of a tax bureau, a mid-year meeting of commerce): the
// base is this year's figure, said again (the table's examples are read in a speech of 2025 and 2026).
describe('the year so far as the base of its rest', () => {
  const midYear = (review: string, tasks: string) =>
    [
      '在全市2026年上半年工作推进会上的讲话',
      '（2026年7月16日）',
      '同志们：',
      '今天召开会议，总结上半年工作，部署下半年任务。下面，我讲两点意见。',
      '一、上半年工作完成情况',
      review,
      '二、下半年重点任务',
      tasks,
      '同志们，谢谢大家！',
    ].join('\n')
  const found = (review: string, tasks: string) =>
    checkDocument(importText(midYear(review, tasks)).doc)
      .filter((f) => f.rule === 'inconsistent-figure')
      .map((f) => f.excerpt)
  it.each([
    ['上半年，执行到位率由上年同期的41.3%提高到44.7%。', '执行到位率在上半年47.4%的基础上再提高3个百分点以上。'],
    ['上半年，全县组织税收收入21.6亿元。', '全年税收收入要在上半年26.1亿元的基础上再增加7亿元。'],
    ['上半年，全市社会消费品零售总额达到612.4亿元。', '社会消费品零售总额在上半年621.4亿元的基础上再冲刺600亿元。'],
  ])('holds a slipped base to the figure it says again: %s / %s', (review, tasks) => {
    expect(found(review, tasks)).toHaveLength(1)
  })
  it.each([
    ['上半年，执行到位率由上年同期的41.3%提高到44.7%。', '执行到位率在上半年44.7%的基础上再提高3个百分点以上。'],
    ['上半年，全县组织税收收入21.6亿元。', '全年税收收入要在上半年21.6亿元的基础上再增加7亿元。'],
  ])('says nothing when it is said again right: %s / %s', (review, tasks) => {
    expect(found(review, tasks)).toEqual([])
  })
})
