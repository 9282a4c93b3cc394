import { describe, expect, it } from 'vitest'
import { checkDocument } from '../../src/core/checks/engine'
import { importText } from '../../src/core/import'
import { rollover } from '../../src/core/rollover'
import { rewrittenFlags } from '../../src/core/rollover-flags'
import { fixture } from './helpers'

/** Tryout 15's speech: 2025年全县经济工作会议讲话, 8,020 characters, clean. */
const speech = () => importText(fixture('tryout15/county-economy-2025.txt')).doc

describe('tryout 15: her clean speech (B1)', () => {
  it('raises no warning: four projects’ 总投资 are four figures, GDP’s 年均增长 is at comparable prices', () => {
    const found = checkDocument(speech()).filter((f) => f.severity !== 'info')
    expect(found.map((f) => f.message)).toEqual([])
  }, 60_000)
})

describe('tryout 15: after a roll, her “十四五” totals and her ranks are named in 换年提示 (A4)', () => {
  const rolled = () => rollover(speech())

  it('names the 2021—2025 figures the roll keeps, a sentence at a time', () => {
    const { doc, flags } = rolled()
    expect(doc.attrs.reviewYear).toBe(2026)
    const period = flags.filter((f) => f.message.includes('是2021—2025年的数'))
    expect(period.map((f) => f.message)).toEqual([
      '“1286亿元”“418个”是2021—2025年的数，这篇讲话回顾的是2026年，换年时原样保留了：请确认还要这样讲，或改写、删去。',
      '“3.1万人”“5.6%”“7.3%”是2021—2025年的数，这篇讲话回顾的是2026年，换年时原样保留了：请确认还要这样讲，或改写、删去。',
    ])
    // Each is found again in the new draft where it stands, and not taken as rewritten.
    expect(rewrittenFlags(doc, period).size).toBe(0)
  }, 60_000)

  it('names every rank: 第15位, 第46位/第31位, 第4位/第3位/第5位 (as numbers left in the text), 第2位 and 第1位', () => {
    const { flags } = rolled()
    const typed = flags.filter((f) => f.kind === 'typed-figure').map((f) => f.words)
    for (const rank of ['居全市第2位', '居全市第1位', '15', '46', '31', '4', '3', '5'])
      expect(typed, rank).toContain(rank)
    const around = (words: string) => flags.filter((f) => f.words === words).map((f) => f.excerpt)
    expect(around('15').some((e) => e.includes('县域第15位'))).toBe(true)
    expect(around('31').some((e) => e.includes('第31位'))).toBe(true)
    expect(around('4').some((e) => e.includes('居全市第4位'))).toBe(true)
  }, 60_000)
})

describe('tryout 15: “2025年深化县属国有企业改革” typed into her 2026 tasks (B2)', () => {
  it('is said, on a fresh import, as last year’s words', () => {
    const slipped = fixture('tryout15/county-economy-2025.txt').replace(
      '。深化县属国有企业改革',
      '。2025年深化县属国有企业改革',
    )
    expect(slipped).toContain('2025年深化县属国有企业改革')
    const found = checkDocument(importText(slipped).doc).filter((f) => f.rule === 'wrong-year')
    expect(found.map((f) => f.message)).toEqual([
      '任务部分说2025年要做的事，但这篇讲话部署的是2026年，可能是去年的原话。',
    ])
  }, 60_000)
})
