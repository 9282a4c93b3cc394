import { describe, expect, it } from 'vitest'
import { showsFigure, shownSlots, type ShownFigure } from '../../src/core/figures/shown'
import { importText } from '../../src/core/import'
import { normalizeLabel } from '../../src/core/figures/model'

const doc = shownSlots(
  importText(
    '全县人社工作会议讲话\n同志们：\n今天召开会议，总结2025年工作，部署2026年任务。\n一、2025年工作回顾\n全年城镇新增就业3250人，城镇登记失业率控制在2.8%。\n二、2026年工作任务\n确保全年城镇新增就业3300人。\n三、工作要求\n一要严。\n同志们，谢谢！',
  ).doc.toJSON(),
)

const jobs = (over: Partial<ShownFigure>): ShownFigure => ({
  names: (label) => normalizeLabel(label) === normalizeLabel('城镇新增就业'),
  year: 2025,
  kind: 'actual',
  span: '',
  number: { value: '3250', unit: '人' },
  ...over,
})

describe('showsFigure: another draft shows the number a typed figure replaces', () => {
  it('finds the figure by metric, year, kind and number, in the library’s unit', () => {
    expect(showsFigure(doc, jobs({}))).toBe(true)
    expect(showsFigure(doc, jobs({ number: { value: '0.325', unit: '万人' } }))).toBe(true)
    expect(showsFigure(doc, jobs({ kind: 'target', year: 2026, number: { value: '3300', unit: '人' } }))).toBe(true)
  })
  it('is not the figure when the number, year, kind or metric differ', () => {
    expect(showsFigure(doc, jobs({ number: { value: '3320', unit: '人' } }))).toBe(false)
    expect(showsFigure(doc, jobs({ year: 2024 }))).toBe(false)
    expect(showsFigure(doc, jobs({ kind: 'target' }))).toBe(false)
    expect(showsFigure(doc, jobs({ names: () => false }))).toBe(false)
    expect(showsFigure(doc, jobs({ span: '2021-2025' }))).toBe(false)
  })
})
