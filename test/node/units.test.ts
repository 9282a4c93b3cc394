import { describe, expect, it } from 'vitest'
import {
  compatible,
  convert,
  formatNumber,
  inBase,
  parseUnit,
  splitWrittenUnit,
  writtenUnit,
} from '../../src/core/units'

describe('units', () => {
  it('reads multiplier, base and approximation', () => {
    expect(parseUnit('万元')).toEqual({ base: '元', factor: 1e4, approx: false })
    expect(parseUnit('亿元')).toEqual({ base: '元', factor: 1e8, approx: false })
    expect(parseUnit('万余户')).toEqual({ base: '户', factor: 1e4, approx: true })
    expect(parseUnit('名')).toEqual({ base: '人', factor: 1, approx: false })
    expect(parseUnit('%')).toEqual({ base: '%', factor: 1, approx: false })
  })
  it('converts both ways', () => {
    expect(convert('12000', '万元', '亿元')).toBe('1.2')
    expect(convert('1.2', '亿元', '万元')).toBe('12000')
    expect(convert('36200', '人', '万人')).toBe('3.62')
    expect(convert('3.62', '万人', '人')).toBe('36200')
    expect(convert('15.03', '万亩', '亩')).toBe('150300')
    expect(convert('6800', '吨', '万吨')).toBe('0.68')
    expect(convert('3250', '人', '名')).toBe('3250')
    expect(convert('1.52', '万亿元', '亿元')).toBe('15200')
    expect(convert('4286.3', '亿元', '万亿元')).toBe('0.4286')
  })
  it('reads 万亿 as one magnitude, not as 万 of 亿元', () => {
    expect(parseUnit('万亿元')).toEqual({ base: '元', factor: 1e12, approx: false })
    expect(compatible('万亿元', '亿元')).toBe(true)
  })
  it('refuses units of another kind', () => {
    expect(convert('3250', '人', '元')).toBeNull()
    expect(compatible('万元', '亿元')).toBe(true)
    expect(compatible('人', '人次')).toBe(false)
    // 次 counts occasions of anything: a count in 场次 (drills held) or 人次 (people served) is
    // no number of 次 by definition, so none converts; a CSV row in 次 is refused with what to write
    expect(compatible('次', '场次')).toBe(false)
    expect(compatible('次', '人次')).toBe(false)
    expect(compatible('次', '批次')).toBe(false)
  })
  it('a compound unit is one base: coal equivalent is not tonnes, and its short name is the same unit', () => {
    expect(convert('1.2', '万吨标准煤', '吨标煤')).toBe('12000')
    expect(compatible('吨标准煤', '吨')).toBe(false)
    expect(parseUnit('万元/平方米')).toEqual({ base: '元/平方米', factor: 1e4, approx: false })
    expect(compatible('名/万人', '人/万人')).toBe(true)
    expect(compatible('千克标煤/人', '千克标准煤/人')).toBe(true)
    expect(compatible('千克标准煤/人', '千克标准煤')).toBe(false)
  })
  it('writes numbers as speeches do', () => {
    expect([formatNumber(3250), formatNumber(1.2), formatNumber(0.1 + 0.2), formatNumber(12345678.9)]).toEqual([
      '3250',
      '1.2',
      '0.3',
      '12345678.9',
    ])
    expect(inBase('1.2', '亿元')).toBe(120000000)
  })
})

describe('approximations written with a figure', () => {
  it.each([
    ['余场', { unit: '场', approx: '余', approxPos: 'number' }],
    ['万余户', { unit: '万户', approx: '余', approxPos: 'magnitude' }],
    ['余万元', { unit: '万元', approx: '余', approxPos: 'number' }],
    ['万多人', { unit: '万人', approx: '多', approxPos: 'magnitude' }],
    ['亿元', { unit: '亿元', approx: '', approxPos: 'number' }],
  ] as const)('%s splits and writes back the same', (written, split) => {
    expect(splitWrittenUnit(written)).toEqual(split)
    expect(writtenUnit(split.unit, split.approx, split.approxPos)).toBe(written)
  })
  it('余 before 万 converts like 万', () => {
    expect(parseUnit('余万元')).toEqual({ base: '元', factor: 1e4, approx: true })
  })
})
