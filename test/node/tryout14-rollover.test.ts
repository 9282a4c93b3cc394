import { createRequire } from 'node:module'
import { Fragment, type Node as PMNode, Slice } from 'prosemirror-model'
import { describe, expect, it } from 'vitest'
import { loadSpeechFile } from '../../src/core/import/source'
import { importText } from '../../src/core/import'
import { slotsOf } from '../../src/core/outline'
import { rollover, type RolloverFlag } from '../../src/core/rollover'
import { rewrittenFlags } from '../../src/core/rollover-flags'
import { schema } from '../../src/core/schema'
import { speechToText } from '../../src/core/text'
import { fixture, fixtureBytes } from './helpers'

const require = createRequire(import.meta.url)
const mammoth = async () => require('mammoth')

/** Tryout 14's speech: 县农机服务中心, a Word file with list numbering and a 6×4 table. */
const load = () => loadSpeechFile(fixtureBytes('tryout14/njzx-2025.docx'), 'njzx-2025.docx', mammoth)

describe('tryout 14: her figures in 吨/批 (A1)', () => {
  it('are slots, in the review and in the tasks', async () => {
    const { doc } = await load()
    const perBatch = slotsOf(doc).filter((s) => s.attrs.unit === '吨/批')
    expect(perBatch.map((s) => [s.partKind, s.attrs.value])).toEqual([
      ['review', '1260'],
      ['tasks', '800'],
    ])
  }, 60_000)
})

/** The roll-over's safety net: what it names as numbers that never became slots. */
const unslotted = (flags: readonly RolloverFlag[]) =>
  flags.filter((f) => f.message.startsWith('这些数字没有变成空位')).map((f) => f.words)

describe('tryout 14: numbers the roll-over leaves as text are named in 换年提示 (A1)', () => {
  it('names the opening’s 8 and 25 with their sentence, and the table’s cells; nothing else of her speech', async () => {
    const { doc } = await load()
    const r = rollover(doc)
    const words = unslotted(r.flags)
    expect(words.slice(0, 2)).toEqual(['8', '25'])
    const opening = r.flags.find((f) => f.words === '8')
    expect(opening?.message).toBe(
      '这些数字没有变成空位，请逐一核对：“8”“25”是去年讲稿里直接写的数，换年时不会清空。请改成今年的数，或确认不用改。',
    )
    expect(opening?.excerpt).toContain('表彰了8个农机化工作先进集体')
    // The rest are the table's cells, each a number of a row (no year, date, 表1 or list number).
    const rows = speechToText(r.doc)
      .split('\n')
      .filter((l) => /^[^ ]+（[^）]+） /.test(l))
    expect(rows).toHaveLength(5)
    expect(words.length).toBeGreaterThan(2)
    for (const w of words.slice(2))
      expect(
        rows.some((l) => l.split(' ').includes(w)),
        w,
      ).toBe(true)
  }, 60_000)

  it('names a figure whose unit the reader does not know, in the review; the seed has none to name', () => {
    const seed = fixture('seed-hrss-2022.txt')
    expect(unslotted(rollover(importText(seed).doc).flags)).toEqual([])
    const odd = seed.replace(
      '（一）过去的一年，我们全力以赴做好就业创业工作\n',
      '（一）过去的一年，我们全力以赴做好就业创业工作\n全年新增粮食烘干能力1260吨/轮。\n',
    )
    expect(unslotted(rollover(importText(odd).doc).flags)).toEqual(['1260'])
  })
})

describe('tryout 14: a Word table’s rows (C1)', () => {
  it('hold no slots, as the preview says; after the roll each row reads once, its numbers named to check', async () => {
    const loaded = await load()
    expect(loaded.speech?.notes.some((n) => n.includes('表里的数字不是数字空位'))).toBe(true)
    const rowLabels = [
      '农机总动力（万千瓦）',
      '主要农作物耕种收综合机械化率（%）',
      '大中型拖拉机（台）',
      '植保无人机（架）',
      '农机专业合作社（家）',
    ]
    for (const s of slotsOf(loaded.doc))
      expect(
        rowLabels.some((l) => s.attrs.label.includes(l.slice(-6))),
        s.attrs.label,
      ).toBe(false)
    const r = rollover(loaded.doc)
    const lines = speechToText(r.doc).split('\n')
    const rows = lines.filter((l) => rowLabels.some((label) => l.startsWith(label)))
    expect(rows).toEqual([
      '农机总动力（万千瓦） 68.4 70.5 3.1%',
      '主要农作物耕种收综合机械化率（%） 86.3 87.5 1.2个百分点',
      '大中型拖拉机（台） 2140 2230 4.2%',
      '植保无人机（架） 186 240 29.0%',
      '农机专业合作社（家） 96 105 9.4%',
    ])
    // Every number of the rows is named in 换年提示, the header's moved year too.
    const inRows = r.flags.filter((f) => rows.includes(r.doc.resolve(f.from).parent.textContent))
    expect(inRows.map((f) => f.words).join(' ')).toBe(
      '68.4 70.5 3.1% 86.3 87.5 1.2个百分点 2140 2230 4.2% 186 240 29.0% 96 105 9.4%',
    )
    expect(r.flags.some((f) => f.words === '指标 2025年 2026年 增长')).toBe(true)
  }, 60_000)
})

describe('tryout 14: a hint is read from the speech as it is now (C4)', () => {
  /** The rolled speech with `from` replaced by `to` in the block that holds it. */
  const rewrite = (doc: PMNode, from: string, to: string): PMNode => {
    let at = -1
    doc.descendants((node, pos) => {
      if (at < 0 && node.isText && node.text?.includes(from)) at = pos + node.text.indexOf(from)
      return at < 0
    })
    expect(at, from).toBeGreaterThanOrEqual(0)
    return doc.replace(at, at + from.length, new Slice(Fragment.from(schema.text(to)), 0, 0))
  }

  it('a year hint whose sentence no longer holds the year is rewritten, though the year is elsewhere', async () => {
    const r = rollover((await load()).doc)
    const i = r.flags.findIndex((f) => f.kind === 'historical-year' && f.excerpt.includes('到2025年全省'))
    expect(i).toBeGreaterThanOrEqual(0)
    expect(rewrittenFlags(r.doc, r.flags).has(i)).toBe(false)
    const rewritten = rewrite(r.doc, '提出到2025年全省', '提出到2030年全省')
    expect(speechToText(rewritten)).toContain('2025年')
    expect(rewrittenFlags(rewritten, r.flags).has(i)).toBe(true)
    // A number the safety net named: 8 rewritten to 9 is dealt with, 25 beside it is not.
    const eight = r.flags.findIndex((f) => f.words === '8')
    const twentyFive = r.flags.findIndex((f) => f.words === '25')
    const counts = rewrite(rewritten, '表彰了8个', '表彰了9个')
    expect([rewrittenFlags(counts, r.flags).has(eight), rewrittenFlags(counts, r.flags).has(twentyFive)]).toEqual([
      true,
      false,
    ])
  }, 60_000)
})

describe('a hint right after the roll is open, however many empty slots stand around its words', () => {
  // An excerpt shows an empty slot as ＿＿ and its unit, which the speech's text does not hold.
  it.each([
    '170-gaj-county-anti-telecom-fraud-midyear-july',
    '205-nyncj-county-agriculture-rural-january',
    '224-nyncj-county-autumn-sowing-next-year-october',
    '45-czj-city-finance-december',
    '89-jgswj-district-year-end-december',
  ])('%s: none is read as rewritten', (name) => {
    const r = rollover(importText(fixture(`corpus/${name}.txt`)).doc)
    expect(r.flags.length).toBeGreaterThan(0)
    expect([...rewrittenFlags(r.doc, r.flags)].map((i) => r.flags[i].excerpt)).toEqual([])
  })
})

describe('a number hint rewritten in its sentence, where the same digit stands in a year beside it', () => {
  it('is rewritten: the 6 of 2026 is not the 6 of 表彰了6个', () => {
    const r = rollover(importText(fixture('corpus/101-xzsp-county-administrative-approval.txt')).doc)
    const i = r.flags.findIndex((f) => f.words === '6' && f.excerpt.includes('表彰了6个'))
    const flag = r.flags[i]
    expect(r.doc.textBetween(flag.from, flag.to)).toBe('6')
    const rewritten = r.doc.replace(flag.from, flag.to, new Slice(Fragment.from(schema.text('8')), 0, 0))
    expect(rewrittenFlags(rewritten, r.flags).has(i)).toBe(true)
  })
})
