import { describe, expect, it } from 'vitest'
import {
  chainCommands,
  deleteSelection,
  joinBackward,
  joinForward,
  selectNodeBackward,
  selectNodeForward,
} from 'prosemirror-commands'
import { type Command, EditorState, NodeSelection, TextSelection } from 'prosemirror-state'
import { importText } from '../../src/core/import'
import { deleteAcross, deleteSelectionAcross, selectionDeleted } from '../../src/core/delete-across'
import { history, undo } from 'prosemirror-history'
import { schema } from '../../src/core/schema'

const SPEECH = `全县教育体育工作会议讲话
同志们：
今天召开会议，总结2025年工作，部署2026年任务。
一、2025年工作回顾
（一）学前普惠发展
新建幼儿园，扩大普惠学位。
（二）义务教育均衡
改善办学条件。
二、2026年工作任务
全年新增学位900个。
三、工作要求
一要加强党的领导。各股室要对照年度目标任务，确保各项工作落地见效。
同志们，新的一年，任务艰巨，使命光荣。谢谢大家！`

/** The keys as the editor binds them: this module's command, then baseKeymap's chain. */
const DELETE: Command = chainCommands(
  deleteAcross(1),
  deleteSelectionAcross,
  deleteSelection,
  joinForward,
  selectNodeForward,
)
const BACKSPACE: Command = chainCommands(
  deleteAcross(-1),
  deleteSelectionAcross,
  deleteSelection,
  joinBackward,
  selectNodeBackward,
)

/** A state with the cursor at the start (`|` before `at`) or end (`at` before `|`) of the words `at`. */
function cursorAt(doc: EditorState['doc'], at: string, side: 'start' | 'end'): EditorState {
  let pos = -1
  doc.descendants((node, p) => {
    if (pos < 0 && node.isText && node.text?.includes(at))
      pos = p + node.text.indexOf(at) + (side === 'end' ? at.length : 0)
  })
  if (pos < 0) throw new Error(`no ${at}`)
  return EditorState.create({ doc, selection: TextSelection.create(doc, pos) })
}

function press(state: EditorState, key: Command): EditorState {
  let next = state
  key(state, (tr) => {
    next = state.apply(tr)
  })
  return next
}

/** The speech with an empty paragraph at the start of its closing (Home, Enter before 同志们). */
function withBlankBeforeClosing(): EditorState['doc'] {
  const doc = importText(SPEECH).doc
  let at = -1
  doc.forEach((node, offset) => {
    if (node.type.name === 'closing') at = offset + 1
  })
  return EditorState.create({ doc }).tr.insert(at, schema.nodes.paragraph.create()).doc
}

const blocks = (s: EditorState) => {
  const out: string[] = []
  s.doc.forEach((n) => {
    out.push(n.type.name === 'part' ? `part:${n.firstChild?.textContent}` : n.type.name)
  })
  return out
}
const closingOf = (s: EditorState) => {
  let closing = ''
  s.doc.forEach((n) => {
    if (n.type.name === 'closing') closing = n.content.content.map((p) => `[${p.textContent}]`).join('')
  })
  return closing
}

describe('Delete and Backspace at a block boundary take one paragraph break, never a whole block', () => {
  it('Delete at the end of the last part, before a blank line and the closing: the blank line goes, then the paragraphs join', () => {
    const s0 = cursorAt(withBlankBeforeClosing(), '落地见效。', 'end')
    expect(closingOf(s0)).toBe('[][同志们，新的一年，任务艰巨，使命光荣。谢谢大家！]')
    const s1 = press(s0, DELETE)
    expect(s1.selection).not.toBeInstanceOf(NodeSelection)
    expect(closingOf(s1)).toBe('[同志们，新的一年，任务艰巨，使命光荣。谢谢大家！]')
    expect(s1.doc.textContent).toBe(s0.doc.textContent)
    const s2 = press(s1, DELETE)
    expect(s2.selection).not.toBeInstanceOf(NodeSelection)
    // Joined as inside a block: the closing's words moved over, none lost, the cursor at the seam.
    expect(s2.doc.textContent).toBe(s0.doc.textContent)
    expect(s2.selection.$from.parent.textContent).toContain('落地见效。同志们，新的一年')
    expect(s2.selection.$from.parentOffset).toBe(s2.selection.$from.parent.textContent.indexOf('同志们'))
  })

  it('Backspace at the start of the closing after a blank line: the blank line goes, then the closing joins the part', () => {
    const s0 = cursorAt(withBlankBeforeClosing(), '同志们，新的一年', 'start')
    const s1 = press(s0, BACKSPACE)
    expect(closingOf(s1)).toBe('[同志们，新的一年，任务艰巨，使命光荣。谢谢大家！]')
    const s2 = press(s1, BACKSPACE)
    expect(s2.selection).not.toBeInstanceOf(NodeSelection)
    expect(s2.doc.textContent).toBe(s0.doc.textContent)
    expect(s2.selection.$from.parent.textContent).toContain('落地见效。同志们')
  })

  it('Backspace in the blank line itself takes it away and leaves the cursor at the end of the part', () => {
    const doc = withBlankBeforeClosing()
    const s0 = cursorAt(doc, '同志们，新的一年', 'start')
    const inBlank = s0.apply(s0.tr.setSelection(TextSelection.create(doc, s0.selection.from - 2)))
    expect(inBlank.selection.$from.parent.content.size).toBe(0)
    const s1 = press(inBlank, BACKSPACE)
    expect(closingOf(s1)).toBe('[同志们，新的一年，任务艰巨，使命光荣。谢谢大家！]')
    expect(s1.selection.$from.parent.textContent.endsWith('落地见效。')).toBe(true)
    expect(s1.selection.$from.parentOffset).toBe(s1.selection.$from.parent.content.size)
  })

  it('Delete before a part’s or a section’s heading or after the greeting, and Backspace at their starts, do nothing', () => {
    for (const [at, side, key] of [
      ['扩大普惠学位。', 'end', DELETE],
      ['改善办学条件。', 'end', DELETE],
      ['部署2026年任务。', 'end', DELETE],
      // The greeting (a line of the speech itself) and the opening's first paragraph.
      ['同志们：', 'end', DELETE],
      ['今天召开会议', 'start', BACKSPACE],
      ['义务教育均衡', 'start', BACKSPACE],
      ['2026年工作任务', 'start', BACKSPACE],
      ['工作要求', 'start', BACKSPACE],
    ] as const) {
      const s0 = cursorAt(importText(SPEECH).doc, at, side)
      const s1 = press(s0, key)
      expect(s1.selection, at).not.toBeInstanceOf(NodeSelection)
      expect(s1.doc.eq(s0.doc), at).toBe(true)
      expect(blocks(s1), at).toEqual(blocks(s0))
    }
  })

  it('an empty paragraph at the end of a section goes with Delete, the heading after it stays', () => {
    const s0 = cursorAt(importText(SPEECH).doc, '扩大普惠学位。', 'end')
    const s1 = s0.apply(s0.tr.split(s0.selection.from))
    expect(s1.selection.$from.parent.content.size).toBe(0)
    const s2 = press(s1, DELETE)
    expect(s2.doc.eq(s0.doc)).toBe(true)
    expect(s2.selection.$from.parent.textContent).toBe('义务教育均衡')
  })
})

/** The position at the start (or end) of the words `at`. */
function posOf(doc: EditorState['doc'], at: string, side: 'start' | 'end'): number {
  return cursorAt(doc, at, side).selection.from
}

/** A selection from the start of `a` to the start of `b` (or the end, as `bSide` says). */
function selected(a: string, b: string, bSide: 'start' | 'end' = 'start', doc = importText(SPEECH).doc): EditorState {
  return EditorState.create({ doc, selection: TextSelection.create(doc, posOf(doc, a, 'start'), posOf(doc, b, bSide)) })
}

/** The state once `text` is typed over the selection (as the editor's plugin does). */
function typedOver(s: EditorState, text: string): EditorState {
  const tr = selectionDeleted(s)
  if (!tr) throw new Error('not a selection across blocks')
  return s.apply(text ? tr.insertText(text) : tr)
}

/** The speech's text as it should be once the selection's text is gone. */
const withoutSelection = (s: EditorState) =>
  s.doc.textBetween(0, s.selection.from, '') + s.doc.textBetween(s.selection.to, s.doc.content.size, '')

const kinds = (s: EditorState) => {
  const out: string[] = []
  s.doc.forEach((n) => {
    out.push(n.type.name)
  })
  return out
}

describe('Backspace or Delete over a selection that crosses blocks (tryout 11, finding C9)', () => {
  for (const [name, key] of [
    ['Backspace', BACKSPACE],
    ['Delete', DELETE],
  ] as const)
    it(`${name} from inside the last part to the start of the closing: the part's words go, the closing stays the closing`, () => {
      const s0 = selected('各股室', '同志们，新的一年')
      let s1 = s0
      expect(() => {
        s1 = press(s0, key)
      }).not.toThrow()
      expect(s1.doc.textContent).toBe(withoutSelection(s0))
      expect(closingOf(s1)).toBe('[同志们，新的一年，任务艰巨，使命光荣。谢谢大家！]')
      expect(blocks(s1)).toEqual(blocks(s0))
      expect(s1.selection.$from.parent.textContent).toBe('一要加强党的领导。')
    })

  it('from a part into the middle of the closing: the closing keeps the words after the selection', () => {
    const s0 = selected('各股室', '任务艰巨')
    const s1 = press(s0, BACKSPACE)
    expect(s1.doc.textContent).toBe(withoutSelection(s0))
    expect(closingOf(s1)).toBe('[任务艰巨，使命光荣。谢谢大家！]')
    expect(blocks(s1)).toEqual(blocks(s0))
  })

  it('from the opening into part 一’s first section: the ends join in the opening, （二） becomes the part (tryout 13)', () => {
    const s0 = selected('总结2025年', '扩大普惠学位')
    for (const s1 of [press(s0, BACKSPACE), press(s0, DELETE), typedOver(s0, '')]) {
      expect(s1.doc.textContent).toBe(withoutSelection(s0))
      expect(kinds(s1)).toEqual(kinds(s0))
      // The words left of part 一 join the opening's paragraph, as Word joins the two ends.
      expect(s1.selection.$from.parent.textContent).toBe('今天召开会议，扩大普惠学位。')
      expect(s1.selection.$from.parentOffset).toBe('今天召开会议，'.length)
      expect(headings(s1)).toEqual(['part:义务教育均衡', 'part:2026年工作任务', 'part:工作要求'])
      const first = s1.doc.child(3)
      expect(first.attrs.kind).toBe(s0.doc.child(3).attrs.kind)
    }
    const typed = typedOver(s0, '研究')
    expect(typed.selection.$from.parent.textContent).toBe('今天召开会议，研究扩大普惠学位。')
  })

  it('from the opening or greeting into a section’s heading or words: no part or section left without a heading', () => {
    for (const [a, b, heads] of [
      ['总结2025年', '教育均衡', ['part:教育均衡', 'part:2026年工作任务', 'part:工作要求']],
      ['总结2025年', '学前普惠', ['part:学前普惠发展', 'part:义务教育均衡', 'part:2026年工作任务', 'part:工作要求']],
      ['总结2025年', '办学条件', ['part:2026年工作任务', 'part:工作要求']],
      ['们：', '普惠学位', ['part:义务教育均衡', 'part:2026年工作任务', 'part:工作要求']],
    ] as const) {
      const s0 = selected(a, b)
      for (const s1 of [press(s0, BACKSPACE), typedOver(s0, '')]) {
        expect(s1.doc.textContent, b).toBe(withoutSelection(s0))
        expect(headings(s1), b).toEqual(heads)
        expect(() => s1.doc.check()).not.toThrow()
      }
    }
  })

  it('from part 一 into part 二: joined as a word processor joins, no words but the selected ones lost', () => {
    const s0 = selected('改善办学', '全年新增', 'end')
    let s1 = s0
    expect(() => {
      s1 = press(s0, BACKSPACE)
    }).not.toThrow()
    expect(s1.doc.textContent).toBe(withoutSelection(s0))
    expect(kinds(s1).filter((k) => k === 'part')).toHaveLength(2)
    expect(closingOf(s1)).toBe(closingOf(s0))
  })

  it('from a section of part 一 to the closing: every part between goes, the closing stays', () => {
    const s0 = selected('改善办学', '同志们，新的一年')
    const s1 = press(s0, DELETE)
    expect(s1.doc.textContent).toBe(withoutSelection(s0))
    expect(kinds(s1)).toEqual(['title', 'greeting', 'opening', 'part', 'closing'])
    expect(closingOf(s1)).toBe(closingOf(s0))
  })
})

/** Every part and section heading of the speech, in order ("part:2025年工作回顾", "section:学前普惠发展"). */
const headings = (s: EditorState) => {
  const out: string[] = []
  s.doc.descendants((n) => {
    if (n.type.name === 'part_heading' || n.type.name === 'section_heading')
      out.push(`${n.type.name.replace('_heading', '')}:${n.textContent}`)
  })
  return out
}
/** A selection from the start of `a` to the end of the paragraph with `b` (after its last figure). */
function selectedToEndOf(a: string, b: string): EditorState {
  const doc = importText(SPEECH).doc
  const end = doc.resolve(posOf(doc, b, 'start')).end()
  return EditorState.create({ doc, selection: TextSelection.create(doc, posOf(doc, a, 'start'), end) })
}
const emptyTextblocks = (s: EditorState) => {
  let n = 0
  s.doc.descendants((node) => {
    if (node.isTextblock && node.content.size === 0) n++
  })
  return n
}

describe('Backspace or Delete over a whole part or section: it goes, no empty shell (tryout 13, finding C3)', () => {
  for (const [name, key] of [
    ['Backspace', BACKSPACE],
    ['Delete', DELETE],
  ] as const)
    it(`${name} over part 二 from its heading's first character to its last paragraph's last: the part goes`, () => {
      const s0 = selectedToEndOf('2026年工作任务', '全年新增学位')
      const s1 = press(s0, key)
      expect(headings(s1)).toEqual([
        'part:2025年工作回顾',
        'section:学前普惠发展',
        'section:义务教育均衡',
        'part:工作要求',
      ])
      expect(s1.doc.textContent).toBe(withoutSelection(s0))
      expect(emptyTextblocks(s1)).toBe(0)
      expect(closingOf(s1)).toBe(closingOf(s0))
    })

  it('part 一, whose last paragraph is in its section （二）: the part goes with its sections', () => {
    const s0 = selected('2025年工作回顾', '改善办学条件。', 'end')
    const s1 = press(s0, BACKSPACE)
    expect(headings(s1)).toEqual(['part:2026年工作任务', 'part:工作要求'])
    expect(kinds(s1)).toEqual(['title', 'greeting', 'opening', 'part', 'part', 'closing'])
    expect(emptyTextblocks(s1)).toBe(0)
  })

  it('part 二 selected to the start of part 三 (Shift+Down over its lines): part 二 goes, part 三 stays whole', () => {
    const s0 = selected('2026年工作任务', '工作要求')
    const s1 = press(s0, DELETE)
    expect(headings(s1)).toEqual([
      'part:2025年工作回顾',
      'section:学前普惠发展',
      'section:义务教育均衡',
      'part:工作要求',
    ])
    const kindsOfParts: string[] = []
    s1.doc.forEach((n) => {
      if (n.type.name === 'part') kindsOfParts.push(n.attrs.kind)
    })
    expect(kindsOfParts).toEqual(['review', 'requirements'])
    expect(emptyTextblocks(s1)).toBe(0)
  })

  it('a whole section （二）: the section goes, its part keeps （一）', () => {
    const s0 = selected('义务教育均衡', '改善办学条件。', 'end')
    const s1 = press(s0, BACKSPACE)
    expect(headings(s1)).toEqual([
      'part:2025年工作回顾',
      'section:学前普惠发展',
      'part:2026年工作任务',
      'part:工作要求',
    ])
    expect(emptyTextblocks(s1)).toBe(0)
  })

  it('two whole parts, 一 and 二: both go, 三 becomes the first', () => {
    const s0 = selectedToEndOf('2025年工作回顾', '全年新增学位')
    const s1 = press(s0, DELETE)
    expect(headings(s1)).toEqual(['part:工作要求'])
    expect(emptyTextblocks(s1)).toBe(0)
  })

  it('from part 一’s heading into the middle of a paragraph of part 二: the words join, no empty heading left', () => {
    const s0 = selected('工作回顾', '新增学位')
    const s1 = press(s0, BACKSPACE)
    expect(s1.doc.textContent).toBe(withoutSelection(s0))
    expect(emptyTextblocks(s1)).toBe(0)
  })
})

describe('Backspace over a selection that takes every word of a heading: the heading goes, its words join', () => {
  const TASKS = `全县教育体育工作会议讲话
同志们：
今天召开会议。
一、2025年工作回顾
改善办学条件。
二、2026年工作任务
全年新增学位。
（一）稳就业
做好就业工作。
三、工作要求
一要加强党的领导。
同志们，新的一年，任务艰巨，使命光荣。谢谢大家！`

  it('from a paragraph over "（一）稳就业" into its words: one paragraph, no "（一）（无标题）"', () => {
    const s0 = selected('新增', '就业工作', 'start', importText(TASKS).doc)
    const s1 = press(s0, BACKSPACE)
    expect(s1.doc.textContent).toBe(withoutSelection(s0))
    expect(headings(s1)).toEqual(['part:2025年工作回顾', 'part:2026年工作任务', 'part:工作要求'])
    expect(s1.selection.$from.parent.textContent).toBe('全年就业工作。')
    expect(emptyTextblocks(s1)).toBe(0)
  })

  it('from the end of part 一 over the heading of part 二: part 二’s words join part 一, 三 becomes 二', () => {
    const doc = importText(TASKS).doc
    const selection = TextSelection.create(
      doc,
      posOf(doc, '改善办学条件。', 'end'),
      posOf(doc, '2026年工作任务', 'end'),
    )
    const s0 = EditorState.create({ doc, selection })
    const s1 = press(s0, DELETE)
    expect(s1.doc.textContent).toBe(withoutSelection(s0))
    expect(headings(s1)).toEqual(['part:2025年工作回顾', 'section:稳就业', 'part:工作要求'])
    expect(emptyTextblocks(s1)).toBe(0)
  })

  it('keeps a part heading that was empty before (a part just added)', () => {
    const doc = importText(TASKS).doc
    const s0 = selected('新增', '就业工作', 'start', doc)
    const blank = s0.apply(s0.tr.delete(posOf(doc, '工作要求', 'start'), posOf(doc, '工作要求', 'end')))
    const s1 = press(blank, BACKSPACE)
    expect(headings(s1)).toEqual(['part:2025年工作回顾', 'part:2026年工作任务', 'part:'])
  })
})

describe('every selection across textblocks, deleted or typed over: a valid speech, only the selected words gone', () => {
  /** The start, middle and end of every textblock of the speech. */
  const stops = (doc: EditorState['doc']) => {
    const out: number[] = []
    doc.descendants((node, pos) => {
      if (!node.isTextblock) return true
      const size = node.content.size
      out.push(pos + 1, pos + 1 + Math.floor(size / 2), pos + 1 + size)
      return false
    })
    return [...new Set(out)]
  }
  const emptyParagraphs = (doc: EditorState['doc']) => {
    let n = 0
    doc.descendants((node) => {
      if (node.type.name === 'paragraph' && node.content.size === 0) n++
    })
    return n
  }
  const emptyHeadingsOf = (doc: EditorState['doc']) => {
    const out: string[] = []
    doc.descendants((node) => {
      if ((node.type.name === 'part_heading' || node.type.name === 'section_heading') && node.content.size === 0)
        out.push(node.type.name)
    })
    return out
  }
  // The speech above, and one whose part 一 has words before its first section.
  const MIXED = `全县教育体育工作会议讲话
同志们：
今天召开会议。
一、2025年工作回顾
一年来，全县教育事业稳步发展。
（一）学前普惠发展
新建幼儿园。
（二）义务教育均衡
改善办学条件。
二、工作要求
一要加强党的领导。
同志们，谢谢大家！`
  /** Each part and section heading of `doc`, with its kind: part_heading:工作要求. */
  const headingTexts = (doc: EditorState['doc']) => {
    const out: string[] = []
    doc.descendants((node) => {
      if (node.type.name === 'part_heading' || node.type.name === 'section_heading')
        out.push(`${node.type.name}:${node.textContent}`)
    })
    return out
  }
  const cases: {
    doc: EditorState['doc']
    from: number
    to: number
    where: string
    fromIn: string
    toIn: string
    endsIn: string
  }[] = []
  for (const doc of [importText(SPEECH).doc, importText(MIXED).doc]) {
    const points = stops(doc)
    for (const from of points)
      for (const to of points) {
        if (to <= from || doc.resolve(from).sameParent(doc.resolve(to))) continue
        const $from = doc.resolve(from)
        const $to = doc.resolve(to)
        cases.push({
          doc,
          from,
          to,
          where: $from.node(1).type.name,
          fromIn: $from.parent.type.name,
          toIn: $to.parent.type.name,
          endsIn: $to.node(1).type.name,
        })
      }
  }

  it('covers the selections from the opening and greeting into a part’s heading or a section’s words', () => {
    const fromStart = cases.filter((c) => c.where === 'opening' || c.where === 'greeting')
    expect(fromStart.filter((c) => c.toIn === 'part_heading').length).toBeGreaterThan(10)
    expect(fromStart.filter((c) => c.toIn === 'section_heading').length).toBeGreaterThan(10)
    expect(fromStart.filter((c) => c.toIn === 'paragraph').length).toBeGreaterThan(10)
    expect(cases.length).toBeGreaterThan(1000)
  })

  it('Backspace and typing over each: valid, no word outside the selection lost, one undo restores it', () => {
    const failures: string[] = []
    for (const c of cases) {
      const { doc } = c
      const s0 = EditorState.create({
        doc,
        selection: TextSelection.create(doc, c.from, c.to),
        plugins: [history()],
      })
      const label = `${doc.textBetween(c.from, c.to, '|').slice(0, 40)}…${doc.textBetween(c.from, c.to, '|').slice(-12)} (${c.where} → ${c.toIn})`
      const fromStart = c.where === 'opening' || c.where === 'greeting'
      const removed = press(s0, BACKSPACE)
      const typedTr = selectionDeleted(s0)
      const typed = typedTr ? s0.apply(typedTr.insertText('字')) : null
      for (const [name, s1, text] of [
        ['Backspace', removed, withoutSelection(s0)],
        ['typed', typed, `${doc.textBetween(0, c.from, '')}字${doc.textBetween(c.to, doc.content.size, '')}`],
      ] as const) {
        if (!s1) {
          failures.push(`${name} did nothing: ${label}`)
          continue
        }
        try {
          s1.doc.check()
        } catch (e) {
          failures.push(`${name} invalid: ${label}: ${e}`)
        }
        // From the opening or greeting, the caret stays where the selection began.
        if (
          name === 'Backspace' &&
          fromStart &&
          s1.doc.textBetween(0, s1.selection.from, '') !== doc.textBetween(0, c.from, '')
        )
          failures.push(`${name} moved the caret: ${label}`)
        if (s1.doc.textContent !== text) failures.push(`${name} lost words: ${label}: ${s1.doc.textContent} ≠ ${text}`)
        // From the opening or greeting to inside a part's words, the two ends join: no empty paragraph
        // is left (ending in a heading or at a paragraph's end, an opening selected whole keeps one).
        const intoWords = c.endsIn === 'part' && c.toIn === 'paragraph' && c.to < doc.resolve(c.to).end()
        if (fromStart && intoWords && emptyParagraphs(s1.doc) > 0)
          failures.push(`${name} left an empty paragraph: ${label}`)
        // No part or section is left with an empty heading, from the opening or greeting either (tryout 13).
        if (emptyHeadingsOf(s1.doc).length > 0) failures.push(`${name} left an empty heading: ${label}`)
        // From the words into a heading, the heading's words not selected stay its heading (tryout 15:
        // from the end of 四（八） into 五's heading, 五 went and its sections became 四（九）–（十二）).
        const $to = doc.resolve(c.to)
        const rest = $to.parent.textBetween($to.parentOffset, $to.parent.content.size)
        if (
          (c.fromIn === 'paragraph' || c.fromIn === 'item') &&
          (c.toIn === 'part_heading' || c.toIn === 'section_heading') &&
          rest &&
          // (A section of part 一 whose heading went stays a heading: a part's, as the part's words join the opening.)
          !headingTexts(s1.doc).some((h) => h.endsWith(`:${rest}`))
        )
          failures.push(`${name} took the heading “${$to.parent.textContent}” away: ${label}`)
        // From a heading into the words after it, the words not selected stay words, never the
        // heading (review 28: from the start of 二's heading into its paragraph, the paragraph's rest
        // became 二's heading).
        if (
          (c.fromIn === 'part_heading' || c.fromIn === 'section_heading') &&
          (c.toIn === 'paragraph' || c.toIn === 'item') &&
          rest &&
          headingTexts(s1.doc).some((h) => h.endsWith(rest))
        )
          failures.push(`${name} made the words “${rest}” a heading: ${label}`)
        let undone = s1
        undo(s1, (tr) => {
          undone = s1.apply(tr)
        })
        if (!undone.doc.eq(doc)) failures.push(`${name} not restored by one undo: ${label}`)
      }
    }
    expect(failures).toEqual([])
  })
})
