/**
 * The ways a plan's base may name a reviewed figure differently: each row joins the names it must
 * and no others, and the rows together find the reviewed label a base restates, or none.
 */
import { describe, expect, it } from 'vitest'
import { namesRate } from '../../src/core/checks/rate-gap'
import { NAME_EQUIVALENCES, restated } from '../../src/core/import/same-name'

describe.each(NAME_EQUIVALENCES.map((r) => [r.id, r] as const))('one metric under two names: %s', (_id, row) => {
  it('has a purpose and examples both ways', () => {
    expect(row.purpose).toMatch(/[\u4e00-\u9fff]/)
    expect(row.examples.same.length * row.examples.different.length).toBeGreaterThan(0)
  })
  it.each(row.examples.same)('%s restates %s (%s)', (base, reviewed, unit) => {
    expect(row.same(base, reviewed, unit)).toBe(true)
    expect(restated(base, [reviewed], unit)).toBe(reviewed)
  })
  it.each(row.examples.different)('%s is not %s (%s)', (base, reviewed, unit) => {
    expect(row.same(base, reviewed, unit)).toBe(false)
  })
})

describe('which reviewed label a base restates', () => {
  it('its own name first, then the surest row, then the latest name a row joins', () => {
    expect(restated('集装箱吞吐量', ['集装箱吞吐量', '港口集装箱吞吐量'], '标箱')).toBe('集装箱吞吐量')
    expect(restated('村级集体经济收入', ['全镇村集体经济收入', '村集体经济收入'], '元')).toBe('村集体经济收入')
    expect(restated('集装箱吞吐量', ['港口集装箱吞吐量', '内河集装箱吞吐量'], '标箱')).toBe('内河集装箱吞吐量')
  })
  it('a short name the review gave only as a whole and its parts: the whole', () => {
    expect(restated('床位', ['养老机构床位', '公办养老机构床位', '民办养老机构床位'], '张')).toBe('养老机构床位')
    expect(
      restated(
        '床位',
        ['医疗机构床位', '公立医疗机构床位', '民营医疗机构床位', '每千人口医疗机构床位数', '护理型床位'],
        '张',
      ),
    ).toBe('医疗机构床位')
    expect(restated('床位', ['医院床位', '敬老院床位'], '张')).toBeNull()
    expect(restated('床位', ['公办养老机构床位', '民办养老机构床位'], '张')).toBeNull()
  })
  it('none when no row joins it: the base keeps its own name', () => {
    expect(restated('收入', ['一般公共预算收入'], '元')).toBeNull()
    expect(restated('新增就业', ['城镇新增就业人数'], '人')).toBeNull()
    expect(restated('新增就业', [], '人')).toBeNull()
  })
})

describe('a gap between two rates names the other in short, which is no restatement', () => {
  it.each([
    ['各项贷款', '各项贷款余额', '元'],
    ['城镇居民', '城镇居民人均可支配收入', '元'],
  ])('%s names the rate of %s, and restates no such label', (said, name, unit) => {
    expect(namesRate(said, name)).toBe(true)
    expect(restated(said, [name], unit)).toBeNull()
  })
  it('a name a row joins but that neither starts nor ends the other is no short reference', () => {
    expect(restated('村级集体经济收入', ['村集体经济收入'], '元')).toBe('村集体经济收入')
    expect(namesRate('村级集体经济收入', '村集体经济收入')).toBe(false)
  })
})
