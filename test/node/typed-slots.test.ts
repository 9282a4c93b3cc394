/**
 * Figures typed as words become slots on the user's word (core/typed-slots.ts; tryout 6,
 * finding 9: a speech begun from the template, its sentences typed over the template's, gave
 * 0 figures in 数字 and none to the library).
 */
import { EditorState } from 'prosemirror-state'
import { describe, expect, it } from 'vitest'
import { slotsOf } from '../../src/core/outline'
import type { SlotAttrs } from '../../src/core/schema'
import { speechToText } from '../../src/core/text'
import { slotTypedFigures, typedFiguresOf } from '../../src/core/typed-slots'
import { fig, h2, p, part, speechOf } from './build'
import { documents, exampleMeeting } from './meeting-helpers'

const review = (...text: string[]) => part({ kind: 'review' }, h2('一、2025年工作回顾'), ...text.map((t) => p(t)))
const tasks = (...text: string[]) => part({ kind: 'tasks' }, h2('二、2026年工作任务'), ...text.map((t) => p(t)))

function slotAll(d: ReturnType<typeof speechOf>) {
  const state = EditorState.create({ doc: d })
  let made: SlotAttrs[] = []
  let after = state
  const ran = slotTypedFigures((s) => {
    made = s
  })(state, (tr) => {
    after = state.apply(tr)
  })
  return { ran, made, doc: after.doc }
}

describe('figures typed as words', () => {
  it('are found with the year and kind of their part: the review an actual of the review year, the tasks a target', () => {
    const d = speechOf(
      review('全年完成房地产开发投资84.2亿元，筹集保障性租赁住房1620套。'),
      tasks('力争全年完成房地产开发投资85亿元。'),
    )
    const found = typedFiguresOf(d).map((t) => [t.attrs.label, t.attrs.value, t.attrs.unit, t.attrs.year, t.attrs.kind])
    expect(found).toEqual([
      ['房地产开发投资', '84.2', '亿元', 2025, 'actual'],
      ['筹集保障性租赁住房', '1620', '套', 2025, 'actual'],
      ['房地产开发投资', '85', '亿元', 2026, 'target'],
    ])
    for (const t of typedFiguresOf(d)) expect(d.textBetween(t.from, t.to)).toBe(`${t.attrs.value}${t.attrs.unit}`)
  })

  // Tryout 9 (A1): typed in the tasks, 136 became 社会消费品零售总额增长金额, leaving the metric no target.
  it('a level reached after a change is the metric itself, the plan year’s target', () => {
    const d = speechOf(
      review('全年实现社会消费品零售总额128.6亿元，增长5.2%。'),
      tasks('力争社会消费品零售总额增长6%，达到136亿元。'),
    )
    const found = typedFiguresOf(d).map((t) => [t.attrs.label, t.attrs.value, t.attrs.year, t.attrs.kind])
    expect(found).toEqual([
      ['社会消费品零售总额', '128.6', 2025, 'actual'],
      ['社会消费品零售总额增长', '5.2', 2025, 'actual'],
      ['社会消费品零售总额增长', '6', 2026, 'target'],
      ['社会消费品零售总额', '136', 2026, 'target'],
    ])
  })

  it('become slots in one step, the speech reading the same word for word', () => {
    const d = speechOf(
      review('全年完成房地产开发投资84.2亿元，同比增长6.6%。'),
      tasks('力争全年完成房地产开发投资85亿元。'),
    )
    const { ran, made, doc } = slotAll(d)
    expect(ran).toBe(true)
    expect(made.map((a) => `${a.label}=${a.value}${a.unit}`)).toEqual([
      '房地产开发投资=84.2亿元',
      '房地产开发投资同比增长=6.6%',
      '房地产开发投资=85亿元',
    ])
    expect(slotsOf(doc).map((s) => s.attrs.value)).toEqual(['84.2', '6.6', '85'])
    expect(speechToText(doc)).toBe(speechToText(d))
    expect(typedFiguresOf(doc)).toEqual([])
  })

  it('are not what a slot already is, nor years and dates; with none the step does nothing', () => {
    const d = speechOf(
      part(
        { kind: 'review' },
        h2('一、2025年工作回顾'),
        p('2025年3月，全年完成投资', fig('投资', '84.2', '亿元'), '。'),
      ),
    )
    expect(typedFiguresOf(d)).toEqual([])
    expect(slotAll(d).ran).toBe(false)
  })

  it('are not read in a meeting document: 提前10分钟 in a notice is the meeting’s, not a figure of the department', () => {
    const notice = documents(exampleMeeting()).notice
    expect(speechToText(notice)).toContain('提前10分钟')
    expect(typedFiguresOf(notice)).toEqual([])
  })
})
