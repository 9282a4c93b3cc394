import { describe, expect, it } from 'vitest'
import { chineseNumeral, levelLabel, parseChineseNumeral } from '../../src/core/numbering'

describe('Chinese numbering', () => {
  it('writes numerals as documents do', () => {
    expect([1, 9, 10, 11, 19, 20, 21, 99].map(chineseNumeral)).toEqual([
      '一',
      '九',
      '十',
      '十一',
      '十九',
      '二十',
      '二十一',
      '九十九',
    ])
    expect([100, 101, 110, 115, 250, 999].map(chineseNumeral)).toEqual([
      '一百',
      '一百零一',
      '一百一十',
      '一百一十五',
      '二百五十',
      '九百九十九',
    ])
  })
  it('writes numerals past 999, so a thousand parts still get numbers', () => {
    expect([1000, 1001, 1010, 1100, 2345, 9999].map(chineseNumeral)).toEqual([
      '一千',
      '一千零一',
      '一千零一十',
      '一千一百',
      '二千三百四十五',
      '九千九百九十九',
    ])
    expect([10000, 10010, 11000, 100000, 110000, 1000000, 100000001, 1200000000].map(chineseNumeral)).toEqual([
      '一万',
      '一万零一十',
      '一万一千',
      '十万',
      '十一万',
      '一百万',
      '一亿零一',
      '十二亿',
    ])
  })
  it('reads numerals back for every value', () => {
    for (let n = 1; n <= 999; n++) expect(parseChineseNumeral(chineseNumeral(n))).toBe(n)
  })
  it('refuses what is not a numeral', () => {
    expect(parseChineseNumeral('')).toBeNull()
    expect(parseChineseNumeral('十十')).toBeNull()
    expect(parseChineseNumeral('一二')).toBeNull()
    expect(parseChineseNumeral('一十')).toBeNull()
    expect(() => chineseNumeral(0)).toThrow(RangeError)
    expect(() => chineseNumeral(1.5)).toThrow(RangeError)
  })
  it('labels every level', () => {
    expect([levelLabel(1, 3), levelLabel(2, 11), levelLabel(3, 2), levelLabel(4, 5)]).toEqual([
      '三、',
      '（十一）',
      '2.',
      '（5）',
    ])
  })
})
