/**
 * A total over years is not read against one year's figure in the library (tryout 13, A2): the
 * figures panel set 社零 2021—2025年累计 6222.8 against 2024's 1286.4, and the arithmetic rule
 * did the same with the rate beside it (“上年是1286.4亿元，今年6222.8亿元，算下来变化约383.7%”).
 */
import { describe, expect, it } from 'vitest'
import { checkDocument } from '../../src/core/checks/engine'
import type { FigureLookup } from '../../src/core/checks/types'
import { importText } from '../../src/core/import'
import { slotsOf } from '../../src/core/outline'

const speech = (body: string) =>
  `讲话\n同志们：\n今天召开会议，总结2025年工作，部署2026年任务。\n一、2025年工作回顾\n${body}\n二、2026年工作任务\n确保完成全年目标任务。\n三、工作要求\n一要加强领导。二要压实责任。\n同志们，谢谢！\n`

/** The library holds the single years only (2024's actuals). */
const store: FigureLookup = (label, year, kind, _unit, span) => {
  if (kind !== 'actual' || span || year !== 2024) return undefined
  if (label === '社会消费品零售总额') return '1286.4'
  if (label === '外贸进出口总额') return '486.3'
  return undefined
}

function arithmetic(body: string) {
  const { doc } = importText(speech(body))
  return {
    periods: slotsOf(doc).map((s) => s.attrs.period),
    messages: checkDocument(doc, { figures: store, figuresVersion: 1 })
      .filter((f) => f.rule === 'arithmetic')
      .map((f) => f.message),
  }
}

describe('a total over years against the library', () => {
  it.each([
    '“十四五”期间，全市社会消费品零售总额累计达到6222.8亿元，同比增长5.2%。',
    '2021—2025年，全市外贸进出口总额累计2237.6亿元，比上年增长4.6%。',
  ])('is not read against one year: %s', (body) => {
    const read = arithmetic(body)
    expect(read.periods[0]).toBe('2021-2025')
    expect(read.messages).toEqual([])
  })

  it('a figure of the year itself still is', () => {
    const read = arithmetic('全年社会消费品零售总额1362.8亿元，同比增长9.2%。')
    expect(read.periods[0]).toBe(null)
    expect(read.messages).toEqual([expect.stringContaining('上年是1286.4亿元')])
  })
})
