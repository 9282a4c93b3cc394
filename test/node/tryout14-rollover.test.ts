import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import { loadSpeechFile } from '../../src/core/import/source'
import { importText } from '../../src/core/import'
import { slotsOf } from '../../src/core/outline'
import { rollover, type RolloverFlag } from '../../src/core/rollover'
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
