// Which copy of a draft a merge keeps, told by the versions each side has seen, never by clocks
// (tryout 11, finding A1: a merge silently dropped this computer's sentence).
import { describe, expect, it } from 'vitest'
import { CROSSED_KEPT, compareCopies, meetingVersionOf, versionOf, withCrossed } from '../../src/core/backup-versions'
import { emptyMeeting } from '../../src/core/meeting/model'
import { makeBackup, parseBackup } from '../../src/core/backup'
import { importText } from '../../src/core/import'
import { speechToJSON } from '../../src/core/serialize'

const speech = (extra: string) =>
  speechToJSON(importText(`全县卫生健康工作会议讲话\n同志们：\n开场。\n一、回顾\n正文。${extra}`).doc)
const S0 = speech('')
const B = speech('（B机新增的一句。）')
const C = speech('（C机同事新增的一句。）')
const v = versionOf

describe('compareCopies', () => {
  it('the same words: nothing to choose, whatever the clocks say', () => {
    expect(
      compareCopies({ version: v(S0), updatedAt: 9, crossed: [] }, { version: v(S0), updatedAt: 1, crossed: [] }),
    ).toBe('same')
  })
  it('only the backup’s side changed: its copy is taken even when its clock is behind', () => {
    const here = { version: v(S0), updatedAt: 5000, crossed: [v(S0)] }
    expect(compareCopies(here, { version: v(C), updatedAt: 1000, crossed: [v(S0)] })).toBe('theirs')
  })
  it('only this side changed: this copy stays even when the backup’s clock is ahead', () => {
    const here = { version: v(B), updatedAt: 1000, crossed: [v(S0)] }
    expect(compareCopies(here, { version: v(S0), updatedAt: 9000, crossed: [v(S0)] })).toBe('here')
  })
  it('both changed since they were last the same (tryout 11 B/C): both are kept', () => {
    const here = { version: v(B), updatedAt: 2000, crossed: [v(S0)] }
    expect(compareCopies(here, { version: v(C), updatedAt: 3000, crossed: [v(S0)] })).toBe('both')
    expect(compareCopies(here, { version: v(C), updatedAt: 1000, crossed: [v(S0)] })).toBe('both')
  })
  it('a backup that records no versions (made before this) and other words: cannot tell, both are kept', () => {
    expect(
      compareCopies({ version: v(B), updatedAt: 1, crossed: [] }, { version: v(C), updatedAt: 2, crossed: [] }),
    ).toBe('both')
  })
})

describe('versions and the backup file', () => {
  it('a fingerprint differs when one character differs, and is the same for the same words', () => {
    expect(v(speech('甲'))).not.toBe(v(speech('乙')))
    expect(v(speech('甲'))).toBe(v(speech('甲')))
  })
  it('the same words stored by an older version (an attribute missing, fields in another order) have the same fingerprint', () => {
    const withFigure = speechToJSON(importText('讲话\n同志们：\n开场。\n一、回顾\n全年出院患者4.50万人次。').doc)
    const old = JSON.parse(JSON.stringify(withFigure), (_key, value) => {
      if (value && typeof value === 'object' && !Array.isArray(value) && value.label !== undefined) {
        const { approxPos: _, ...rest } = value
        return Object.fromEntries(Object.entries(rest).reverse())
      }
      return value
    })
    expect(JSON.stringify(old)).not.toBe(JSON.stringify(withFigure))
    expect(JSON.stringify(old)).toContain('4.50')
    expect(v(old)).toBe(v(withFigure))
  })
  it('a meeting record: the same record read back from a backup (its texts trimmed) has the same fingerprint, a changed place another', () => {
    const here = { ...emptyMeeting(), name: '全县农业农村工作会议 ', place: '县行政中心三楼会议室' }
    const file = makeBackup([], null, { meetings: [{ id: 'm1', createdAt: 1, updatedAt: 2, meeting: here }] })
    const back = parseBackup(JSON.stringify(file)).stores.meetings![0].meeting
    expect(back.name).toBe('全县农业农村工作会议')
    expect(meetingVersionOf(back)).toBe(meetingVersionOf(here))
    expect(meetingVersionOf({ ...here, place: '县行政中心五楼会议室' })).not.toBe(meetingVersionOf(here))
  })
  it('a backup carries the versions of its meeting records too', () => {
    const meeting = emptyMeeting()
    const file = {
      ...makeBackup([], null, { meetings: [{ id: 'm1', createdAt: 1, updatedAt: 2, meeting }] }),
      crossed: { m1: [meetingVersionOf(meeting)] },
    }
    expect(parseBackup(JSON.stringify(file)).crossed).toEqual({ m1: [meetingVersionOf(meeting)] })
  })
  it('a list keeps each version once, newest last, and no more than it should', () => {
    expect(withCrossed(['a', 'b'], 'a', ['c'])).toEqual(['b', 'a', 'c'])
    const many = Array.from({ length: CROSSED_KEPT + 5 }, (_, i) => `v${i}`)
    expect(withCrossed([], many)).toHaveLength(CROSSED_KEPT)
    expect(withCrossed([], many).at(-1)).toBe(`v${CROSSED_KEPT + 4}`)
  })
  it('a backup carries the versions through parseBackup; unknown draft ids are dropped, odd ones refused', () => {
    const draft = { id: 'd1', title: 't', createdAt: 1, updatedAt: 2, origin: 'import', speech: S0 }
    const file = { ...makeBackup([draft], null), crossed: { d1: [v(S0)], gone: ['x'] } }
    expect(parseBackup(JSON.stringify(file)).crossed).toEqual({ d1: [v(S0)] })
    expect(parseBackup(JSON.stringify(makeBackup([draft], null))).crossed).toBeUndefined()
    expect(() => parseBackup(JSON.stringify({ ...file, crossed: { d1: 'x' } }))).toThrow(/版本记录/)
    const proto = JSON.parse(JSON.stringify(file).replace('"gone"', '"__proto__"'))
    expect(Object.getPrototypeOf(parseBackup(JSON.stringify(proto)).crossed)).toBe(Object.prototype)
  })
  it('a backup is written as version 2 (it may carry versions); version 1 (last winter’s) is read; a later one asks to upgrade', () => {
    const draft = { id: 'd1', title: 't', createdAt: 1, updatedAt: 2, origin: 'import', speech: S0 }
    const file = makeBackup([draft], null)
    expect(file.version).toBe(2)
    expect(parseBackup(JSON.stringify({ ...file, version: 1 })).drafts).toHaveLength(1)
    expect(() => parseBackup(JSON.stringify({ ...file, version: 3 }))).toThrow(
      /版本是 3，本程序只能读取版本 1 至 2。请升级/,
    )
    expect(() => parseBackup(JSON.stringify({ ...file, version: 0 }))).toThrow(/版本信息已损坏/)
  })
})
