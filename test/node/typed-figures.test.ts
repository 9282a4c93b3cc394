/**
 * Figures typed as plain text (checks/typed-figures.ts): the figure rules read a sentence typed
 * into the editor as they read the same sentence imported, and point at the typed words.
 */
import type { Node as PMNode } from 'prosemirror-model'
import { Transform } from 'prosemirror-transform'
import { describe, expect, it } from 'vitest'
import { viewOf } from '../../src/core/checks/blocks'
import { CheckEngine, checkDocument } from '../../src/core/checks/engine'
import { figureView, typedPlace, warmTypedReading } from '../../src/core/checks/typed-figures'
import type { Finding } from '../../src/core/checks/types'
import { importText } from '../../src/core/import'
import { slotsOf } from '../../src/core/outline'
import { schema, slotAttrs } from '../../src/core/schema'
import { slotReading } from '../../src/core/text'
import { fig, h2, h3, p, part, section, speechOf } from './build'

const words = (d: PMNode, f: Pick<Finding, 'from' | 'to'>) =>
  d.textBetween(f.from, f.to, '\n', (n) => slotReading(slotAttrs(n)))
const review = (...blocks: PMNode[]) => part({ kind: 'review' }, h2('一、2025年工作回顾'), ...blocks)
const tasks = (...blocks: PMNode[]) => part({ kind: 'tasks' }, h2('二、2026年工作任务'), ...blocks)
const figureFindings = (d: PMNode) =>
  checkDocument(d).filter((f) => ['arithmetic', 'rate-over-100', 'inconsistent-figure'].includes(f.rule))

const SENTENCE = '全县农村自来水普及率由上年的96.8%提高到97.6%，提高1.2个百分点。'

describe('a sentence typed as plain text', () => {
  it('is checked as the same sentence imported is, and the finding points at the typed figure', () => {
    const typed = speechOf(review(p(SENTENCE)))
    const [found, ...more] = figureFindings(typed)
    expect(more).toEqual([])
    expect(found.rule).toBe('arithmetic')
    expect(words(typed, found)).toBe('1.2个百分点')
    expect(found.excerpt).toContain('1.2个百分点')

    const imported = importText(`讲话\n同志们：\n今天召开会议。\n一、2025年工作回顾\n${SENTENCE}\n同志们，谢谢！`).doc
    expect(slotsOf(imported).length).toBe(3)
    expect(figureFindings(imported).map((f) => [f.rule, f.message])).toEqual([[found.rule, found.message]])
  })

  it('typed beside slots is read with them, each figure once: no finding twice', () => {
    // 96.8% and 97.6% are slots, the change typed after them.
    const mixed = speechOf(
      review(
        p(
          '全县农村自来水普及率由上年的',
          fig('全县农村自来水普及率', '96.8', '%', { year: 2024 }),
          '提高到',
          fig('全县农村自来水普及率', '97.6', '%', { year: 2025 }),
          '，提高1.2个百分点。',
        ),
      ),
    )
    const found = figureFindings(mixed)
    expect(found.map((f) => [f.rule, words(mixed, f)])).toEqual([['arithmetic', '1.2个百分点']])

    // All three slots: the slots' own words are not read again as typed figures.
    const imported = importText(`讲话\n同志们：\n今天召开会议。\n一、2025年工作回顾\n${SENTENCE}\n同志们，谢谢！`).doc
    expect(figureFindings(imported)).toHaveLength(1)
    const block = imported.child(3).child(1)
    const place = typedPlace('review', 2025, 2026, '一、2025年工作回顾')
    expect(figureView(viewOf(block), place).view).toBe(viewOf(block))
  })

  it('a typed figure and a slot of the same metric agree or are reported, at the typed words', () => {
    const agree = speechOf(
      review(p('完成水利投资', fig('水利投资', '12.6', '亿元', { year: 2025 }), '。'), p('全年水利投资12.6亿元。')),
    )
    expect(figureFindings(agree)).toEqual([])
    const differ = speechOf(
      review(p('完成水利投资', fig('水利投资', '12.6', '亿元', { year: 2025 }), '。'), p('全年水利投资16.2亿元。')),
    )
    const [found, ...more] = figureFindings(differ)
    expect(more).toEqual([])
    expect(found.rule).toBe('inconsistent-figure')
    expect(words(differ, found)).toBe('16.2亿元')
  })

  it('a rate typed over 100% is reported', () => {
    const d = speechOf(review(p('全县森林覆盖率达到102.5%。')))
    const found = figureFindings(d)
    expect(found.map((f) => [f.rule, words(d, f)])).toEqual([['rate-over-100', '102.5%']])
  })

  it('is read in its place: a figure typed in the tasks is the plan year’s target, not the review’s actual', () => {
    const d = speechOf(review(p('全年水利投资12.6亿元。')), tasks(p('全年水利投资16亿元。')))
    expect(figureFindings(d)).toEqual([])
    const both = speechOf(review(p('全年水利投资12.6亿元。'), p('全年水利投资16亿元。')))
    expect(figureFindings(both).map((f) => f.rule)).toEqual(['inconsistent-figure'])
  })

  it('reads no figure in the greeting or a part heading, as the importer makes none there', () => {
    const heading = h2('一、2025年全县农村自来水普及率达到102.5%')
    const d = speechOf(part({ kind: 'review' }, heading, p('工作扎实。')))
    expect(figureFindings(d)).toEqual([])
  })

  it('full-width digits typed by an IME are read as the importer reads them', () => {
    const d = speechOf(review(p('全县农村自来水普及率由上年的９６．８％提高到９７．６％，提高１．２个百分点。')))
    const found = figureFindings(d)
    expect(found.map((f) => [f.rule, words(d, f)])).toEqual([['arithmetic', '１．２个百分点']])
  })
})

describe('typed figures and the engine’s caches', () => {
  it('a block without a number with a unit is read no further, and a block’s reading is kept while it is unchanged', () => {
    const place = typedPlace('review', 2025, 2026)
    const plain = viewOf(p('工作扎实有效。'))
    expect(figureView(plain, place).view).toBe(plain)
    // Years and dates are numbers without a unit: no figure, however many.
    const dated = viewOf(p('2025年12月28日，全县工作会议召开〔3〕。'))
    expect(figureView(dated, place).view).toBe(dated)
    const typed = viewOf(p(SENTENCE))
    expect(figureView(typed, place)).toBe(figureView(typed, place))
    expect(figureView(typed, place).view.slots).toHaveLength(3)
  })

  it('a figure typed afterwards into a block already checked is found on the next run', () => {
    const engine = new CheckEngine()
    const d = speechOf(review(p('全县农村自来水普及率由上年的96.8%提高到97.6%。')))
    expect(engine.run(d).findings.filter((f) => f.rule === 'arithmetic')).toEqual([])
    let end = -1
    d.descendants((n, pos) => {
      if (n.type.name === 'paragraph' && n.textContent.includes('普及率')) end = pos + n.nodeSize - 2
    })
    const next = new Transform(d).insert(end, schema.text('，提高1.2个百分点')).doc
    const found = engine.run(next).findings.filter((f) => f.rule === 'arithmetic')
    expect(found.map((f) => words(next, f))).toEqual(['1.2个百分点'])
  })

  it('a part heading that comes to name a span re-reads the typed figures of its sections', () => {
    const engine = new CheckEngine()
    // 累计 under a heading naming 2021–2025 is a total over those years; under a plain heading, 2025's.
    // The same section under either heading: what is cached of it must not outlive the heading's span.
    const figures = section(h3('（一）投资'), p('全年完成水利投资12.6亿元。'), p('累计完成水利投资16.2亿元。'))
    const d = (heading: string) => speechOf(part({ kind: 'review' }, h2(heading), figures))
    expect(engine.run(d('一、2025年工作回顾')).findings.map((f) => f.rule)).toContain('inconsistent-figure')
    expect(engine.run(d('一、“十四五”以来工作回顾')).findings.map((f) => f.rule)).not.toContain('inconsistent-figure')
  })
})

describe('warming the reader up', () => {
  it('reads figures of every kind it means to compile the patterns of (a change, points, a count, a target)', () => {
    // The app runs it at idle after opening (controller.ts), so that the first typed figure does not compile the reader.
    expect(warmTypedReading()).toBeGreaterThanOrEqual(7)
  })
})
