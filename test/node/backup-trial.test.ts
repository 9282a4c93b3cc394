// A trial copy (复制 as 试改稿) keeps its mark through a backup: restored, its figures still stay
// out of the library, and a backup holding one is not refused as having an unknown field.
import { describe, expect, it } from 'vitest'
import { makeBackup, parseBackup, type BackupDraft } from '../../src/core/backup'
import { speechToJSON } from '../../src/core/serialize'
import { importText } from '../../src/core/import'

const draft: BackupDraft = {
  id: 'd1',
  title: '讲话',
  createdAt: 1,
  updatedAt: 2,
  origin: 'import',
  speech: speechToJSON(importText('讲话\n同志们：\n今天开会。\n一、工作回顾\n全年新增就业3250人。').doc),
}
const readBack = (d: unknown) => parseBackup(JSON.stringify({ ...makeBackup([], null), drafts: [d] })).drafts[0]

describe('a backup and a trial copy', () => {
  it('reads the trial mark back', () => {
    expect(readBack({ ...draft, trial: true }).trial).toBe(true)
    expect('trial' in readBack(draft)).toBe(false)
  })
  it('refuses a mark that is not true, saying where', () => {
    expect(() => readBack({ ...draft, trial: 'yes' })).toThrow(/试改稿/)
  })
})

describe('a backup and the save mark', () => {
  it('reads back the time a save began, which the recovery of the log compares against', () => {
    expect(readBack({ ...draft, walMark: { session: 's', seq: 3, at: 1700 } }).walMark).toEqual({
      session: 's',
      seq: 3,
      at: 1700,
    })
    expect(readBack({ ...draft, walMark: { session: 's', seq: 3 } }).walMark).toEqual({ session: 's', seq: 3 })
  })
})

describe('a backup and what the roll-over filled', () => {
  const rollover = {
    from: { reviewYear: 2024, planYear: 2025 },
    to: { reviewYear: 2025, planYear: 2026 },
    noYears: false,
    flags: [],
    done: [],
  }
  it('reads back what filling from the library did at the roll-over (a backup holding it is not refused)', () => {
    const fill = { filled: 2, empty: 4, said: ['已从数字库填写 2 个空位，还有 4 个空着。'] }
    expect(readBack({ ...draft, rollover: { ...rollover, fill } }).rollover).toEqual({ ...rollover, fill })
    expect('fill' in (readBack({ ...draft, rollover }).rollover ?? {})).toBe(false)
  })
  it('reads back which slots each reason of the fill is about, and refuses a list that does not match the reasons', () => {
    const fill = {
      filled: 0,
      empty: 2,
      said: ['已从数字库填写 0 个空位，还有 2 个空着。', '“新增限上商贸企业”在讲稿里有 2 处…'],
      slots: [['新增限上商贸企业|2025|actual', '新增限上商贸企业|2025|actual']],
    }
    expect(readBack({ ...draft, rollover: { ...rollover, fill } }).rollover).toEqual({ ...rollover, fill })
    expect(() => readBack({ ...draft, rollover: { ...rollover, fill: { ...fill, slots: [] } } })).toThrow(/对不上/)
  })
  it('refuses a count that is not one, saying where', () => {
    expect(() => readBack({ ...draft, rollover: { ...rollover, fill: { filled: -1, empty: 0, said: [] } } })).toThrow(
      /填写的空位数/,
    )
  })
})
