/**
 * Figures typed as words become slots on the user's word (core/typed-slots.ts; tryout 6,
 * finding 9: a speech begun from the template, its sentences typed over the template's, gave
 * 0 figures in 数字 and none to the library).
 */
import { readFileSync } from 'node:fs'
import { AllSelection, EditorState } from 'prosemirror-state'
import { describe, expect, it } from 'vitest'
import { importText } from '../../src/core/import'
import { slotsOf } from '../../src/core/outline'
import { pasteWholeSpeech } from '../../src/core/paste-speech'
import type { SlotAttrs } from '../../src/core/schema'
import { speechToText } from '../../src/core/text'
import { slotTypedFigures, typedFiguresOf } from '../../src/core/typed-slots'
import { closing, doc, fig, greeting, h2, opening, p, part, speechOf, title } from './build'
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

// Tryout 16, A2: "把这 35 个数字变成空位并存入数字库" kept 1至5月 figures as the year's actual, and
// 截至目前 (typed in the tasks of a June campaign) as a 2025 actual.
describe('figures of a stretch of their year, typed', () => {
  const stretched = (d: ReturnType<typeof speechOf>) =>
    typedFiguresOf(d).map((t) => `${t.attrs.label} ${t.attrs.value}${t.attrs.unit} ${t.partOfYear ? '段' : '年'}`)
  const speechIn = (reviewYear: number, planYear: number, ...parts: ReturnType<typeof part>[]) =>
    doc(
      { reviewYear, planYear },
      title('讲话'),
      greeting('同志们：'),
      opening(p('今天召开会议。')),
      ...parts,
      closing(p('谢谢！')),
    )
  const other = (heading: string, ...text: string[]) => part({ kind: 'other' }, h2(heading), ...text.map((t) => p(t)))

  it('her June campaign: 1至5月 and its 其中, 今年以来 and 截至目前 are stretches, made slots but not kept; 截至目前 is of 2026', () => {
    const draft = importText(
      '旧稿标题\n同志们：\n今天开会。\n一、工作回顾\n全年做了很多。\n二、工作要求\n一要严。\n',
    ).doc
    const text = readFileSync('test/fixtures/tryout16/hundred-days-june.txt', 'utf8').replace(
      '做到检查一家、规范一家。',
      '做到检查一家、规范一家。截至目前，已有326家企业完成自查。',
    )
    const whole = EditorState.create({ doc: draft, selection: new AllSelection(draft) })
    const d = whole.apply(pasteWholeSpeech(whole, text.split('\n'))!).doc
    const typed = typedFiguresOf(d)
    const of = (value: string, unit: string) => typed.find((t) => t.attrs.value === value && t.attrs.unit === unit)!
    for (const [value, unit] of [
      ['12', '起'],
      ['5', '人'],
      ['25', '%'],
      ['9', '起'],
      ['3', '起'],
      ['326', '家'],
    ])
      expect([value, of(value, unit).partOfYear]).toEqual([value, true])
    expect(of('326', '家').attrs.year).toBe(2026)
    // Not said of a stretch: kept as the year's (2360家次 in a sentence of its own).
    expect(of('2360', '家次').partOfYear).toBe(false)
    expect(of('1500', '家次').partOfYear).toBe(false)
    const state = EditorState.create({ doc: d })
    let stretch: boolean[] = []
    slotTypedFigures((_s, _tr, partOfYear) => {
      stretch = partOfYear
    })(state, () => {})
    expect(stretch).toEqual(typed.map((t) => t.partOfYear))
  })

  it('in other departments: months so far, a quarter, a half are stretches; 全年 after them, or 今年以来 in a year-end review, is the year', () => {
    // 渔业 (a March campaign's 形势), 发改 (July, half-year), 人社 (October, 前三季度)
    expect(
      stretched(speechIn(2025, 2026, other('一、认清形势', '1—2月，全区12345热线受理市容环境类诉求1518件。'))),
    ).toEqual(['12345热线受理市容环境类诉求 1518件 段'])
    expect(stretched(speechIn(2026, 2026, review('上半年，全县完成固定资产投资63.5亿元，同比增长6.2%。')))).toEqual([
      '固定资产投资 63.5亿元 段',
      '固定资产投资同比增长 6.2% 段',
    ])
    expect(
      stretched(speechIn(2026, 2026, review('前三季度，全县城镇新增就业2860人，预计全年新增就业3500人。'))).at(-1),
    ).toMatch(/3500人 年$/)
    // 法院 (a December year-end review): 今年以来 is the year reviewed, kept.
    expect(stretched(speechIn(2026, 2027, review('今年以来，全院共受理各类案件12680件。')))).toEqual([
      '受理各类案件 12680件 年',
    ])
    // 住建 (annual): a figure of the whole year is the year's.
    expect(stretched(speechOf(review('全年完成房地产开发投资84.2亿元。')))).toEqual(['房地产开发投资 84.2亿元 年'])
  })
})
