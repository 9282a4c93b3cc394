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
