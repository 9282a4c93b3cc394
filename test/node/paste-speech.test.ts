import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { AllSelection, EditorState, TextSelection } from 'prosemirror-state'
import { checkDocument } from '../../src/core/checks/engine'
import { importText } from '../../src/core/import'
import { holdsPartHeadings, pasteBesideBlock, pasteWholeSpeech } from '../../src/core/paste-speech'
import { enterBesideBlock } from '../../src/core/commands'

const DRAFT = importText('旧稿标题\n同志们：\n今天开会。\n一、工作回顾\n全年做了很多。\n二、工作要求\n一要严。\n').doc
const PASTE = [
  '同志们：',
  '下面讲两点。',
  '一、2026年工作回顾',
  '全年新增就业3250人。',
  '二、2027年工作任务',
  '新增企业25家。',
]

const whole = (doc = DRAFT) => EditorState.create({ doc, selection: new AllSelection(doc) })
const partsOf = (state: EditorState) => {
  const out: string[] = []
  state.doc.forEach((n) => {
    if (n.type.name === 'part') out.push(`${n.attrs.kind}:${n.firstChild!.textContent}`)
  })
  return out
}

describe('a whole speech pasted over a whole draft', () => {
  it('becomes parts with their kinds; a paste without a title keeps the draft’s', () => {
    const state = whole().apply(pasteWholeSpeech(whole(), PASTE)!)
    expect(partsOf(state)).toEqual(['review:2026年工作回顾', 'tasks:2027年工作任务'])
    expect(state.doc.firstChild!.textContent).toBe('旧稿标题')
    expect(state.doc.attrs.planYear).toBe(2027)
  })
  it('reads a WeChat article’s 【】 parts and ▲ sections; its web lines stay, out of the title (tryout 10, item 3)', () => {
    const article = [
      '凝心聚力谋发展 实干笃行开新局',
      '原创 东湖街道党工委 东湖发布 2026-01-18 09:30',
      '——在东湖街道2025年度工作总结暨2026年工作部署会议上的讲话',
      '同志们：',
      '今天召开会议，下面讲两点。',
      '【过去一年，我们攻坚克难、成效明显】',
      '▲经济发展稳中有进',
      '全年完成税收收入3.86亿元。',
      '【2026年，我们要突出重点、奋力攻坚】',
      '▲聚焦招商引资，推动经济提质增效',
      '全年新签约亿元以上项目6个。',
      '编辑：李晓雯 审核：张建国',
    ]
    const state = whole().apply(pasteWholeSpeech(whole(), article)!)
    expect(partsOf(state)).toEqual([
      'review:过去一年，我们攻坚克难、成效明显',
      'tasks:2026年，我们要突出重点、奋力攻坚',
    ])
    expect(state.doc.firstChild!.textContent).toBe('凝心聚力谋发展 实干笃行开新局')
    expect(state.doc.textContent).toContain('编辑：李晓雯')
  })
  it('takes the years of a June campaign that reviews 今年以来 and commends 2025年度 from its text, not the template’s (tryout 16, B1)', () => {
    // The template's years (回顾2025 部署2026); her speech is dated 2026年6月10日 and reviews the
    // year so far: review = plan = 2026, and her right weekdays and date line raise nothing.
    const template = DRAFT.type.create({ ...DRAFT.attrs, reviewYear: 2025, planYear: 2026 }, DRAFT.content)
    const lines = readFileSync('test/fixtures/tryout16/hundred-days-june.txt', 'utf8').split('\n')
    const state = whole(template).apply(pasteWholeSpeech(whole(template), lines)!)
    expect([state.doc.attrs.reviewYear, state.doc.attrs.planYear]).toEqual([2026, 2026])
    const years = checkDocument(state.doc).filter((f) => f.rule === 'weekday' || f.rule === 'wrong-year')
    expect(years.map((f) => f.message)).toEqual([])
  })
  it('is the ordinary paste when it does not replace everything, or holds no part heading', () => {
    const inside = EditorState.create({ doc: DRAFT, selection: TextSelection.create(DRAFT, 3) })
    expect(pasteWholeSpeech(inside, PASTE)).toBe(null)
    expect(pasteWholeSpeech(whole(), ['全年新增就业3250人。', '新增企业25家。'])).toBe(null)
    expect(pasteWholeSpeech(whole(), ['一、2026年工作回顾'])).toBe(null)
  })
})

describe('pasted lines that hold a part heading', () => {
  it('are lines with 一、… alone on one, among others', () => {
    expect(holdsPartHeadings(PASTE)).toBe(true)
    expect(holdsPartHeadings(['三、强化保障，确保各项任务落到实处', '一要加强组织领导。'])).toBe(true)
  })
  it('are not one heading alone, sections, items or 一要/一是 points', () => {
    expect(holdsPartHeadings(['一、2026年工作回顾'])).toBe(false)
    expect(holdsPartHeadings(['（一）消费市场稳步回升', '全年实现社会消费品零售总额128.6亿元。'])).toBe(false)
    expect(holdsPartHeadings(['一要加强组织领导。', '二要强化责任落实。', '1. 开展促消费活动。'])).toBe(false)
  })
})

describe('paragraphs pasted where the caret’s block cannot hold them (tryout 16, A1)', () => {
  const at = (text: string, offset = 0) => {
    let pos = -1
    DRAFT.descendants((n, p) => {
      if (pos < 0 && n.isTextblock && n.textContent === text) pos = p + 1 + offset
      return pos < 0
    })
    return EditorState.create({ doc: DRAFT, selection: TextSelection.create(DRAFT, pos) })
  }
  const texts = (state: EditorState) => {
    const out: string[] = []
    state.doc.descendants((n) => {
      if (n.isTextblock) out.push(`${n.type.name}:${n.textContent}`)
      return !n.isTextblock
    })
    return out
  }
  it('go after the greeting, as the opening’s first paragraphs', () => {
    const state = at('同志们：', 4)
    const after = state.apply(pasteBesideBlock(state, ['甲段。', '', '乙段。'])!)
    expect(texts(after).slice(1, 5)).toEqual([
      'greeting:同志们：',
      'paragraph:甲段。',
      'paragraph:乙段。',
      'paragraph:今天开会。',
    ])
    expect(after.selection.$from.parent.textContent).toBe('乙段。')
  })
  it('go under a part heading, before its paragraphs', () => {
    const state = at('工作回顾', 2)
    const after = state.apply(pasteBesideBlock(state, ['甲段。', '乙段。'])!)
    expect(texts(after).slice(3, 7)).toEqual([
      'part_heading:工作回顾',
      'paragraph:甲段。',
      'paragraph:乙段。',
      'paragraph:全年做了很多。',
    ])
  })
  it('leave a paragraph, or one line, to the editor’s own paste', () => {
    expect(pasteBesideBlock(at('今天开会。'), ['甲段。', '乙段。'])).toBe(null)
    expect(pasteBesideBlock(at('同志们：'), ['甲段。'])).toBe(null)
  })
})

describe('Enter in the greeting', () => {
  it('starts the opening’s first paragraph with the words after the caret', () => {
    let state = EditorState.create({ doc: DRAFT })
    state = state.apply(state.tr.setSelection(TextSelection.create(DRAFT, DRAFT.child(0).nodeSize + 3)))
    expect(state.selection.$from.parent.type.name).toBe('greeting')
    const out: EditorState[] = []
    expect(enterBesideBlock(state, (tr) => out.push(state.apply(tr)))).toBe(true)
    const doc = out[0]?.doc
    expect([doc?.child(1).textContent, doc?.child(2).firstChild?.textContent]).toEqual(['同志', '们：'])
    expect(out[0]?.selection.$from.parent.textContent).toBe('们：')
  })
})
