import { describe, expect, it } from 'vitest'
import { EditorState, TextSelection, type Command } from 'prosemirror-state'
import { importText } from '../../src/core/import'
import { partsOf } from '../../src/core/outline'
import { continueItem, deleteBlock, insertPart, insertSection, moveBlock } from '../../src/core/commands'
import { schema } from '../../src/core/schema'
import { speechToText } from '../../src/core/text'

const text = `标题
同志们：
开场。
一、2021年工作回顾
（一）甲节
甲正文。
（二）乙节
乙正文。
（三）丙节
丙正文。
二、2022年工作任务
（一）丁节。丁正文。
三、工作要求
一要严。
同志们，谢谢大家！
`

function stateAt(find: string): EditorState {
  const doc = importText(text).doc
  let at = -1
  doc.descendants((node, pos) => {
    if (at < 0 && node.isText && node.text!.includes(find)) at = pos + node.text!.indexOf(find) + 1
  })
  if (at < 0) throw new Error(`no ${find}`)
  return EditorState.create({ doc, selection: TextSelection.create(doc, at) })
}

function run(state: EditorState, cmd: Command): EditorState {
  let next = state
  const ok = cmd(state, (tr) => {
    next = state.apply(tr)
  })
  expect(ok).toBe(true)
  return next
}

/** `paragraphs` put after the cursor's block, the cursor in the first of them. */
function pastedAfter(state: EditorState, ...paragraphs: string[]): EditorState {
  const at = state.selection.$from.after()
  const tr = state.tr.insert(
    at,
    paragraphs.map((t) => schema.nodes.paragraph.create(null, schema.text(t))),
  )
  return state.apply(tr.setSelection(TextSelection.create(tr.doc, at + 2)))
}

const sections = (s: EditorState, part = 1) =>
  partsOf(s.doc)
    .filter((p) => p.number)
    [part - 1].sections.map((x) => x.number + x.heading)

describe('structural commands renumber the speech', () => {
  it('moves a section up and the numbers follow', () => {
    const s = run(stateAt('丙节'), moveBlock(-1))
    expect(sections(s)).toEqual(['（一）甲节', '（二）丙节', '（三）乙节'])
    expect(s.selection.$from.parent.textContent).toBe('丙节')
  })

  it('moves a section down', () => {
    expect(sections(run(stateAt('甲节'), moveBlock(1)))).toEqual(['（一）乙节', '（二）甲节', '（三）丙节'])
  })

  it('does not move a section above its part heading', () => {
    const s = stateAt('甲节')
    expect(moveBlock(-1)(s)).toBe(false)
  })

  it('moves whole parts among parts but not past the opening or closing', () => {
    const s = run(stateAt('工作要求'), moveBlock(-1))
    expect(partsOf(s.doc).map((p) => (p.number ? p.number + p.heading : p.kind))).toEqual([
      'opening',
      '一、2021年工作回顾',
      '二、工作要求',
      '三、2022年工作任务',
      'closing',
    ])
    expect(moveBlock(-1)(stateAt('2021年工作回顾'))).toBe(false)
    expect(moveBlock(1)(stateAt('工作要求'))).toBe(false)
  })

  it('inserts a section after the current one, renumbering those after', () => {
    const s = run(stateAt('甲正文'), insertSection)
    expect(sections(s)).toEqual(['（一）甲节', '（二）', '（三）乙节', '（四）丙节'])
    expect(s.selection.$from.parent.type.name).toBe('section_heading')
  })

  it('makes a paragraph that starts with a hand-typed section number the section it reads as', () => {
    // pasted from Word into section （三）: its number typed, its heading run in
    const s = run(pastedAfter(stateAt('丙正文'), '（四）丁节。丁正文。', '丁续。'), insertSection)
    expect(sections(s)).toEqual(['（一）甲节', '（二）乙节', '（三）丙节', '（四）丁节。'])
    expect(speechToText(s.doc)).toContain('（三）丙节\n丙正文。\n（四）丁节。丁正文。\n丁续。\n二、')
    expect(s.selection.$from.parent.type.name).toBe('section_heading')
    // a paragraph without a typed number still gets a new, empty section after its own
    expect(sections(run(stateAt('甲正文'), insertSection))).toEqual([
      '（一）甲节',
      '（二）',
      '（三）乙节',
      '（四）丙节',
    ])
  })

  it('makes a hand-numbered paragraph among a part’s paragraphs a section in place, with those up to the next section', () => {
    const s = run(pastedAfter(stateAt('一要严'), '（一）加强领导', '各级要高度重视。'), insertSection)
    expect(sections(s, 3)).toEqual(['（一）加强领导'])
    expect(speechToText(s.doc)).toContain('三、工作要求\n一要严。\n（一）加强领导\n各级要高度重视。\n同志们')
  })

  it('deletes a section and the rest close up', () => {
    const s = run(stateAt('乙正文'), deleteBlock)
    expect(sections(s)).toEqual(['（一）甲节', '（二）丙节'])
    expect(speechToText(s.doc)).toContain('（二）丙节\n丙正文。')
  })

  it('inserts a part and renumbers the parts after it', () => {
    const s = run(stateAt('甲正文'), insertPart('other'))
    expect(
      partsOf(s.doc)
        .filter((p) => p.number)
        .map((p) => p.number + (p.heading ?? '')),
    ).toEqual(['一、2021年工作回顾', '二、', '三、2022年工作任务', '四、工作要求'])
  })

  it('makes parts of headings typed as paragraphs of the opening, in her order (tryout 16, C1)', () => {
    const typed = importText(
      '标题\n同志们：\n今天召开会议。下面讲三点。\n一、认清形势，今年以来成绩明显\n（一）事故指标持续下降\n甲正文。\n二、突出重点，全力抓好百日攻坚\n乙正文。\n三、强化保障\n',
    ).doc
    const bare = schema.node('doc', typed.attrs, [
      typed.child(0),
      typed.child(1),
      schema.nodes.opening.create(
        null,
        speechToText(typed)
          .split('\n')
          .slice(2)
          .filter((l) => l.trim())
          .map((l) => schema.nodes.paragraph.create(null, schema.text(l))),
      ),
    ])
    let at = -1
    bare.descendants((node, pos) => {
      if (at < 0 && node.isText && node.text!.startsWith('一、')) at = pos + 1
    })
    const s = run(EditorState.create({ doc: bare, selection: TextSelection.create(bare, at) }), insertPart('other'))
    // Each of the kind its heading's words say, else the kind asked for.
    expect(
      partsOf(s.doc)
        .filter((p) => p.number)
        .map((p) => `${p.number}${p.heading}:${p.kind}`),
    ).toEqual(['一、认清形势，今年以来成绩明显:review', '二、突出重点，全力抓好百日攻坚:other', '三、强化保障:other'])
    expect(s.doc.child(2).textContent).toBe('今天召开会议。下面讲三点。')
    expect(s.doc.child(3).textContent).toContain('（一）事故指标持续下降甲正文。')
    expect(s.selection.$from.parent.type.name).toBe('part_heading')
  })

  it('undoes by the inverse steps: the document is unchanged after moving down and up', () => {
    const start = stateAt('乙节')
    const back = run(run(start, moveBlock(1)), moveBlock(-1))
    expect(back.doc.eq(start.doc)).toBe(true)
  })
})

describe('correcting what the importer guessed', () => {
  it("sets a part's kind", async () => {
    const { setPartKind } = await import('../../src/core/commands')
    const s = stateAt('工作要求')
    const part = partsOf(s.doc).find((p) => p.heading === '工作要求')!
    const next = run(s, setPartKind(part.pos, 'other'))
    expect(partsOf(next.doc).find((p) => p.heading === '工作要求')!.kind).toBe('other')
    expect(setPartKind(part.pos + 1, 'review')(s)).toBe(false)
  })

  it("retypes a part's figures with its kind, in the same undoable step; a period total keeps its years", async () => {
    const { setPartKind } = await import('../../src/core/commands')
    const { slotsOf } = await import('../../src/core/outline')
    const { history, undo } = await import('prosemirror-history')
    const doc = importText(
      '同志们：\n开场，总结2025年工作。\n一、2025年工作回顾\n全年新增就业3250人。\n二、聚焦重点，推动就业提质增效\n新增就业3300人，“十四五”期间累计新增就业1.6万人。\n',
    ).doc
    let state = EditorState.create({ doc, plugins: [history()] })
    const themed = partsOf(state.doc).find((p) => p.heading?.startsWith('聚焦重点'))!
    // however the importer read it, the outline sets it to 其他 and then to 任务
    state = run(state, setPartKind(themed.pos, 'other'))
    const other = slotsOf(state.doc).filter((s) => s.pos > themed.pos)
    expect(other.map((s) => [s.attrs.kind, s.attrs.year])).toEqual([
      ['actual', 2025],
      ['actual', 2025],
    ])
    const withPeriod = state.tr.setNodeAttribute(other[1].pos, 'period', '2021-2025')
    state = state.apply(withPeriod)
    state = run(state, setPartKind(themed.pos, 'tasks'))
    const tasks = slotsOf(state.doc).filter((s) => s.pos > themed.pos)
    expect(tasks.map((s) => [s.attrs.kind, s.attrs.year, s.attrs.period])).toEqual([
      ['target', 2026, null],
      ['target', 2025, '2021-2025'],
    ])
    // the review's figures are untouched, and one undo takes kind and figures back together
    expect(slotsOf(state.doc)[0].attrs).toMatchObject({ kind: 'actual', year: 2025 })
    let undone = state
    undo(state, (tr) => {
      undone = state.apply(tr)
    })
    expect(partsOf(undone.doc).find((p) => p.pos === themed.pos)!.kind).toBe('other')
    expect(
      slotsOf(undone.doc)
        .filter((s) => s.pos > themed.pos)
        .map((s) => s.attrs.kind),
    ).toEqual(['actual', 'actual'])
  })

  it("sets the speech's years, and slots for those years follow", async () => {
    const { setSpeechYears } = await import('../../src/core/commands')
    const { slotsOf } = await import('../../src/core/outline')
    const doc = importText(
      '同志们：\n开场。\n一、工作回顾\n全年新增就业****人，比2019年的****人多。\n二、工作任务\n确保新增就业****人。\n',
    ).doc
    expect([doc.attrs.reviewYear, doc.attrs.planYear]).toEqual([null, null])
    const state = EditorState.create({ doc })
    const next = run(state, setSpeechYears(2025, 2026))
    expect([next.doc.attrs.reviewYear, next.doc.attrs.planYear]).toEqual([2025, 2026])
    // The level set against (比2019年的****人) is 2019's, whatever years the speech is given.
    expect(slotsOf(next.doc).map((s) => [s.attrs.kind, s.attrs.year])).toEqual([
      ['actual', 2025],
      ['actual', 2019],
      ['target', 2026],
    ])
    expect(setSpeechYears(25, 26)(state)).toBe(false)
  })

  it('Ctrl+Home and Ctrl+End go to the ends of the speech; with Shift they select to there', async () => {
    const { cursorToEdge } = await import('../../src/core/commands')
    const s = stateAt('乙正文')
    const from = s.selection.head
    const end = run(s, cursorToEdge('end'))
    expect(end.selection.empty).toBe(true)
    expect(end.selection.$head.parent.textContent).toBe('同志们，谢谢大家！')
    expect(end.selection.$head.parentOffset).toBe('同志们，谢谢大家！'.length)
    const start = run(end, cursorToEdge('start'))
    expect(start.selection.head).toBe(1)
    expect(start.selection.$head.parent.textContent).toBe('标题')
    const selected = run(s, cursorToEdge('end', true))
    expect([selected.selection.anchor, selected.selection.head]).toEqual([from, end.selection.head])
    expect(selected.doc.textBetween(selected.selection.from, selected.selection.to)).toMatch(/^正文。.*谢谢大家！$/s)
    const back = run(s, cursorToEdge('start', true))
    expect([back.selection.anchor, back.selection.head]).toEqual([from, 1])
  })
})

describe('Enter in an agenda’s items', () => {
  const { nodes } = schema
  const agenda = () =>
    nodes.doc.create({ docKind: 'agenda' }, [
      nodes.title.create(null, schema.text('议程')),
      nodes.opening.create(null, [
        nodes.paragraph.create(null, schema.text('时间：上午')),
        nodes.item.create({ level: 1 }, schema.text('宣读决定')),
      ]),
    ])
  const at = (doc: ReturnType<typeof agenda>, offset: number) => {
    let end = -1
    doc.descendants((n, pos) => {
      if (n.type.name === 'item') end = pos + 1 + offset
    })
    return EditorState.create({ doc, selection: TextSelection.create(doc, end) })
  }

  it('at the end of an item starts the next item; in an empty one ends the list', () => {
    const next = run(at(agenda(), 4), continueItem)
    const opening = next.doc.child(1)
    expect(opening.childCount).toBe(3)
    expect(opening.child(2).type.name).toBe('item')
    expect(opening.child(2).attrs.level).toBe(1)
    const ended = run(next, continueItem)
    expect(ended.doc.child(1).child(2).type.name).toBe('paragraph')
  })

  it('near miss: in the middle of an item, or in a speech’s item 1., Enter is left to the usual split', () => {
    expect(continueItem(at(agenda(), 2), () => undefined)).toBe(false)
    const speech = importText('标题\n同志们：\n开场。\n一、部署\n1.第一条。\n').doc
    let end = -1
    speech.descendants((n, pos) => {
      if (n.type.name === 'item') end = pos + n.nodeSize - 1
    })
    const state = EditorState.create({ doc: speech, selection: TextSelection.create(speech, end) })
    expect(continueItem(state, () => undefined)).toBe(false)
  })
})
