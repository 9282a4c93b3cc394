/**
 * How a check reads a block and shows the words a finding is about: slots as one character for
 * the rules, and as a person reads them (the value with its unit, or a blank) in the findings list.
 */
import { describe, expect, it } from 'vitest'
import { excerptOf, viewOf } from '../../src/core/checks/blocks'
import { schema } from '../../src/core/schema'
import { fig, p, person } from './build'

describe('a block as the rules read it', () => {
  it('is its text with each slot one U+FFFC, and each slot’s offset in that text', () => {
    const view = viewOf(p('新增就业', fig('新增就业', '3250', '人'), '，培训', fig('培训', null, '人次'), '。'))
    expect(view.text).toBe('新增就业\uFFFC，培训\uFFFC。')
    expect(view.slots.map((s) => [s.offset, s.attrs.label, s.attrs.value])).toEqual([
      [4, '新增就业', '3250'],
      [8, '培训', null],
    ])
  })
})

describe('the words shown for a finding', () => {
  const view = () =>
    viewOf(
      p(
        '全年新增就业',
        fig('新增就业', '3250', '人'),
        '，培训',
        fig('培训', null, '人次'),
        '，负责人',
        person('负责人', null),
        '。',
      ),
    )

  it('reads a filled slot as its value and unit, an empty one as a blank with its unit', () => {
    const v = view()
    expect(excerptOf(v, 6, 7, 0)).toBe('3250人')
    expect(excerptOf(v, 10, 11, 0)).toBe('＿＿人次')
    expect(excerptOf(v, 15, 16, 0)).toBe('＿＿')
    expect(excerptOf(v, 0, v.text.length, 0)).toBe('全年新增就业3250人，培训＿＿人次，负责人＿＿。')
  })

  it('shows six characters either side, with an ellipsis where the block goes on', () => {
    const v = viewOf(p('一二三四五六七八九十甲乙丙丁戊己庚辛壬癸'))
    expect(excerptOf(v, 8, 10)).toBe('…三四五六七八九十甲乙丙丁戊己…')
    expect(excerptOf(v, 0, 2)).toBe('一二三四五六七八…')
    expect(excerptOf(v, 18, 20)).toBe('…丙丁戊己庚辛壬癸')
    // The context reaching exactly to either end needs no ellipsis there.
    expect(excerptOf(v, 6, 14)).toBe('一二三四五六七八九十甲乙丙丁戊己庚辛壬癸')
    expect(excerptOf(v, 7, 13)).toBe('…二三四五六七八九十甲乙丙丁戊己庚辛壬…')
    expect(excerptOf(v, 8, 10, 2)).toBe('…七八九十甲乙…')
  })

  it('shows a stretch longer than 40 characters by its first 30', () => {
    const text = '０１２３４５６７８９'.repeat(6)
    const v = viewOf(p(text))
    expect(excerptOf(v, 0, 41)).toBe(`${text.slice(0, 30)}…`)
    expect(excerptOf(v, 5, 46)).toBe(`…${text.slice(5, 35)}…`)
    // Forty characters exactly are still shown whole, with their context.
    expect(excerptOf(v, 10, 50)).toBe(`…${text.slice(4, 56)}…`)
  })

  it('shows nothing for an object character typed as text, which is no slot', () => {
    const v = viewOf(p('甲\uFFFC乙'))
    expect(v.slots).toEqual([])
    expect(excerptOf(v, 0, 3, 0)).toBe('甲乙')
  })

  it('reads a heading the same way', () => {
    const v = viewOf(schema.nodes.section_heading.create(null, [schema.text('就业'), fig('就业', '12', '万人')]))
    expect(excerptOf(v, 0, 3, 0)).toBe('就业12万人')
  })
})
