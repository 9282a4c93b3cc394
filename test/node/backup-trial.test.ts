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
