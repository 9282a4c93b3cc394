import { describe, expect, it } from 'vitest'
import { NOT_LISTED, plainNumbers } from '../../src/core/plain-numbers'

const listed = (text: string) => plainNumbers(text).map((n) => text.slice(n.from, n.to))

describe.each(NOT_LISTED.map((row) => [row.id, row] as const))('a number no roll-over lists: %s', (_id, row) => {
  it('has a purpose and examples both ways', () => {
    expect(row.purpose).toMatch(/[\u4e00-\u9fff]/)
    expect(row.passes.length * row.lists.length).toBeGreaterThan(0)
  })
  it.each(row.passes)('passes over every number of %s', (text) => expect(listed(text)).toEqual([]))
  // Each example marks with 【】 the number the row must leave listed: a near miss of the row.
  it.each(row.lists)('lists the marked number of %s', (text) => {
    const marked = /【([^】]+)】/.exec(text)
    expect(marked, 'an example marks its number').not.toBeNull()
    const plain = text.replace(/[【】]/g, '')
    const at = text.indexOf('【')
    expect(plainNumbers(plain).map((n) => [n.from, plain.slice(n.from, n.to)])).toContainEqual([at, marked?.[1]])
    // The near miss is this row's: the row itself does not pass over it.
    expect(row.applies({ text: plain, from: at, to: at + (marked?.[1].length ?? 0) })).toBe(false)
  })
})

describe('numbers left as plain text', () => {
  it('are every number of a figure, a count and a table cell, whole with its decimals and commas', () => {
    expect(listed('会议表彰了8个先进集体和25名先进个人。')).toEqual(['8', '25'])
    expect(listed('农机总动力（万千瓦） 68.4 70.5 3.1%')).toEqual(['68.4', '70.5', '3.1'])
    expect(listed('新增粮食烘干能力1,260吨/轮，完成１２．５万亩')).toEqual(['1,260', '１２．５'])
  })
})
