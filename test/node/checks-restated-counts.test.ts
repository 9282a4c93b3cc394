/**
 * A count of a whole said again before its noun under a shorter name (restated-counts.ts): which
 * values are a slip apart, and the note read exactly.
 */
import { describe, expect, it } from 'vitest'
import { slipApart } from '../../src/core/checks/restatements'
import { exactFindings } from './check-speech'

describe('two values a slip of the keys apart', () => {
  it('are one digit wrong or two side by side swapped, at one order of magnitude', () => {
    for (const [a, b] of [
      [1862, 1826],
      [1426, 1462],
      [126000, 128000],
      [1426, 1436],
    ])
      expect(slipApart(a, b)).toBe(true)
  })
  it('are not equal values, counts of their own, or another magnitude', () => {
    for (const [a, b] of [
      [1862, 1862],
      [12000, 86000],
      [186, 1260],
      [1862, 2681],
      [1426, 1624],
      [1862, 18620],
    ])
      expect(slipApart(a, b)).toBe(false)
  })
})

describe('a count of the whole said again under a shorter name', () => {
  const notes = (text: string, place: 'review' | 'tasks' = 'review') =>
    exactFindings({ text, in: place }, 'restated-count')
  it('is noted where its value is a slip from the count first named', () => {
    expect(
      notes('全县持证零售户1,862户，办证审批时限压缩至3个工作日。要对全县1,826户零售户实施分档分类管理。'),
    ).toEqual([['1826户', '前面写的是持证零售户1862户，这里是1826户；若说的是同一批，请核对。', 'info']])
  })
  it('is held to the count of its value among those ending in its noun', () => {
    const members = (n: string) =>
      `全县各级文艺家协会现有会员1,426名，其中省级会员158名、市级会员431名；全年新发展会员86名。一年来的成绩，是全县${n}名会员共同奋斗的结果。`
    expect(notes(members('1,426'))).toEqual([])
    expect(notes(members('1,462')).map((f) => f[1])).toEqual([
      '前面写的是各级文艺家协会现有会员1426名，这里是1462名；若说的是同一批，请核对。',
    ])
  })
  it('is left alone when it is no count of the whole, or its noun names another thing', () => {
    expect(notes('全县持证零售户1,862户。新增1,826户零售户纳入信用评价。')).toEqual([])
    expect(notes('全县持证零售户1,862户。全县1,826户家庭农场纳入名录。')).toEqual([])
    expect(notes('全县规上工业企业186家。全县1,260家工业企业全部纳入监测。')).toEqual([])
  })
})
