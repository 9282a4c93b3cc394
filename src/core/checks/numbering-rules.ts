/**
 * Rules on numbering: a number typed on a heading the program numbers, hand-typed numbers and
 * 一要…二要… in paragraphs that must run on, and the numbers an imported text wrote where the
 * export prints others (a skip, or half-width brackets among full-width ones).
 */
import type { Node as PMNode } from 'prosemirror-model'
import { type Enumeration, enumerations, type Level, levelLabel, numberMark, writtenNumber } from '../lang/numbering'
import { present } from '../guards'
import { inlineText, itemNumber } from '../text'
import { excerptOf, viewOf } from './blocks'
import type { BlockRule, BlockView, DocumentFinding, DocumentRule, TopRule } from './types'

/** A heading whose number is generated must not carry a typed one too. */
export const typedHeadingNumber: BlockRule = {
  id: 'numbering',
  name: '编号',
  severity: 'error',
  group: '结构',
  scope: 'block',
  purpose: '标题和条目的编号由程序生成，又手写了一个时会印出两个编号。',
  fires: [{ text: '一、一、2025年工作回顾', in: 'speech' }],
  quiet: [{ text: '一、2025年工作回顾', in: 'speech' }],
  check({ text, node }) {
    const generated = ['part_heading', 'section_heading', 'item'].includes(node.type.name)
    const mark = generated ? numberMark(text) : null
    return mark
      ? [
          {
            rule: this.id,
            message: `编号会自动生成，这里又手写了“${text.slice(0, mark.length).trim()}”，印出来会重复。`,
            from: 0,
            to: mark.length,
          },
        ]
      : []
  },
}

interface Numbered {
  /** A number the program prints on an item: a hand number may go on from it, it is never reported itself. */
  generated?: boolean
  number: number
  style: string
  /** The number as the text writes it: "（二）", "二要". */
  written: string
  from: number
  to: number
  excerpt: string
}

/**
 * A run that starts past one, said with the number as written and the one it lacks, in the style
 * of the run (tryout 15: “手写从“（二）”开始，前面缺少编号” was hard to read).
 */
const handLateStart = (item: Numbered) => `这里手写了编号“${item.written}”，前面没有“${item.style}”。`
/**
 * How a message names a run of 一是…, 一要…, 第一…: in its own words, “一是、二是” (tryout 16: a 一是
 * list was called “一要、二要”这类).
 */
const enumerationsNamed = (runStyle: string) => {
  if (!runStyle) return '“一要、二要”这类'
  const rest = runStyle.replace(/^第?一/, '')
  return `“${runStyle}、${runStyle.startsWith('第') ? '第二' : '二'}${rest}”`
}

const enumerationLateStart = (item: Numbered) => `这里从“${item.written}”说起，前面没有“${item.style}”。`

/**
 * One run of numbered things (hand numbers of one level, or enumerations): continuous, one style.
 */
function sequenceFindings(
  items: Numbered[],
  named: string | ((runStyle: string) => string),
  rule: string,
  lateStart: (item: Numbered) => string,
): DocumentFinding[] {
  const out: DocumentFinding[] = []
  let prev: Numbered | null = null
  let runStyle = ''
  for (const item of items) {
    if (item.generated) {
      if (item.number === 1 || prev === null) runStyle = item.style
      prev = item
      continue
    }
    const at = { from: item.from, to: item.to, excerpt: item.excerpt }
    const what = typeof named === 'string' ? named : named(runStyle)
    if (item.number === 1 || prev === null) {
      if (prev === null && item.number !== 1) out.push({ rule, message: lateStart(item), ...at })
      runStyle = item.style
    } else if (item.number === prev.number) {
      out.push({ rule, message: `${what}编号重复：又一个第${item.number}项。`, ...at })
    } else if (item.number !== prev.number + 1) {
      out.push({ rule, message: `${what}编号不连续：第${prev.number}项之后是第${item.number}项。`, ...at })
    }
    if (item.style !== runStyle)
      out.push({
        rule,
        severity: 'warning',
        message: `${what}编号格式不一致：前面用“${runStyle}”，这里用“${item.style}”。`,
        ...at,
      })
    prev = item
  }
  return out
}

/**
 * A section's number typed at the start of a paragraph in section n that goes on from n
 * (“（四）” in （三）, as pasted from Word): it reads as the next section but is a paragraph of this
 * one; “前面没有（一）” would send the writer looking for numbers that are there.
 */
const nextSectionMessage = (typed: string, own: number) =>
  `“${typed}”接着上面的${levelLabel(2, own)}，像是新的一节，但它只是${levelLabel(2, own)}里的一段，不会编为一节。节的编号由程序生成：光标放在这一段，按 Ctrl+Enter 或点“新增一节”，这一段就成为新的一节（手写的编号随之去掉）。`

/** An enumeration of a paragraph whose first character is at `start`, as a numbered thing. */
function enumerated(view: BlockView, e: Enumeration, start: number): Numbered {
  const suffix = e.marker.replace(/^第?[一二三四五六七八九十]+/, '')
  return {
    number: e.number,
    style: (e.marker.startsWith('第') ? '第一' : '一') + suffix,
    written: e.marker,
    from: start + e.index,
    to: start + e.index + e.marker.length,
    excerpt: excerptOf(view, e.index, e.index + 12, 0),
  }
}

/**
 * Hand-typed numbers and enumerations among the paragraphs of one part or section (`section`: its
 * number). A hand number goes on from the items the program numbers before it at its level: “3.”
 * typed under the generated items 1. and 2. of a notice's 有关要求 is right (tryout 12), “2.” there a repeat.
 */
function containerNumbering(
  container: PMNode,
  base: number,
  rule: string,
  out: DocumentFinding[],
  section: number | null = null,
) {
  const levels = new Map<number, Numbered[]>()
  const enums: Numbered[] = []
  container.forEach((block, offset, index) => {
    if (block.type.name === 'item') {
      const level: Level = block.attrs.level
      const list = levels.get(level) ?? []
      const number = itemNumber(container, index)
      const style = present(numberMark(levelLabel(level, 1)), 'a level label reads as a number mark').style
      list.push({ generated: true, number, style, written: '', from: 0, to: 0, excerpt: '' })
      levels.set(level, list)
      return
    }
    if (block.type.name !== 'paragraph') return
    // The block's first character: past the container's opening and the block's own.
    const start = base + offset + 2
    // Offsets become positions: a slot is one character here (U+FFFC), as it is one position in the document.
    const view = viewOf(block)
    const text = view.text
    const mark = numberMark(text)
    if (mark) {
      const list = levels.get(mark.level) ?? []
      list.push({
        number: mark.number,
        style: mark.style,
        written: text.slice(0, mark.length).trim(),
        from: start,
        to: start + mark.length,
        excerpt: excerptOf(view, 0, 12, 0),
      })
      levels.set(mark.level, list)
    }
    for (const e of enumerations(text)) enums.push(enumerated(view, e, start))
  })
  for (const [level, list] of levels) {
    const first = list.find((n) => !n.generated)
    if (!first) continue
    const nextSection = section !== null && level === 2 && list[0] === first && first.number === section + 1
    out.push(
      ...sequenceFindings(
        list,
        '手写',
        rule,
        nextSection ? (item) => nextSectionMessage(item.written, section) : handLateStart,
      ),
    )
  }
  out.push(...sequenceFindings(enums, enumerationsNamed, rule, enumerationLateStart))
}

/** Numbers typed by hand in a part's paragraphs (（一）（三）, 1. 2. 4.) and 一是…四是 must run on. */
export const handNumbering: TopRule = {
  id: 'numbering',
  name: '编号',
  severity: 'error',
  group: '结构',
  scope: 'top',
  purpose: '手写的编号和“一是、二是”要连续、不重复、格式一致（各部分、开头和结束语里都一样）。',
  fires: [
    { text: '一要加强领导。三要改进作风。', in: 'requirements' },
    // The opening and closing have no parts' numbers, but their paragraphs enumerate as a part's do.
    {
      text: '同志们，蓝图已经绘就，关键在于落实。一是压实工作责任，把任务分解到人；三是强化督查考核，每季度通报一次。',
      in: 'closing',
    },
    { text: '今天召开全县农业农村工作会议，主要任务一是总结去年工作，三是部署今年任务。', in: 'opening' },
    { text: '同志们，一要坚定信心；二要真抓实干；二要勇于担当。', in: 'closing' },
  ],
  quiet: [
    { text: '一要加强领导。二要压实责任。三要改进作风。', in: 'requirements' },
    {
      text: '同志们，蓝图已经绘就，关键在于落实。一是压实工作责任；二是强化督查考核；三是严格追责问责。',
      in: 'closing',
    },
    { text: '这次会议的主要任务，一是总结2025年工作，二是部署2026年任务。', in: 'opening' },
    // A speech whose points are the opening's paragraphs (第二，…), with a paragraph's own 一是…三是.
    { text: '第二，突出重点，抓好各项工作。一是筑牢母婴安全防线；二是补齐短板；三是做优特色专科。', in: 'opening' },
    // 第三季度, 三是 at no mark's start: not an enumeration.
    { text: '同志们，第三季度是全年工作的关键，希望大家再接再厉。', in: 'closing' },
  ],
  check(top) {
    const out: DocumentFinding[] = []
    // The opening and closing number their paragraphs' enumerations as a part does (一是…二是…).
    if (top.type.name === 'opening' || top.type.name === 'closing') {
      paragraphEnumerations(top, this.id, out)
      return out
    }
    const part = top
    if (part.type.name !== 'part') return out
    containerNumbering(part, 0, this.id, out)
    let sections = 0
    part.forEach((c, offset) => {
      if (c.type.name === 'section') containerNumbering(c, offset + 1, this.id, out, ++sections)
    })
    return out
  },
}

/**
 * The enumerations inside each paragraph of the opening or closing (一是…三是 in one paragraph),
 * each paragraph's alone. One that opens its paragraph (第二，突出重点…) numbers the paragraphs of a
 * speech whose points are paragraphs, not parts, and those may mix with a paragraph's own 一是…四是.
 */
function paragraphEnumerations(top: PMNode, rule: string, out: DocumentFinding[]) {
  top.forEach((block, offset) => {
    if (block.type.name !== 'paragraph') return
    const start = offset + 2
    const view = viewOf(block)
    const enums = enumerations(view.text)
      .filter((e) => view.text.slice(0, e.index).trim() !== '')
      .map((e) => enumerated(view, e, start))
    out.push(...sequenceFindings(enums, enumerationsNamed, rule, enumerationLateStart))
  })
}

/** A numbered block: the number it prints, the one the imported text wrote (null: the same), where. */
interface Written {
  written: string | null
  printed: string
  from: number
  to: number
  excerpt: string
}

const skipMessage = (written: string, printed: string) =>
  `原文这里的编号是“${written}”，导出时按顺序印为“${printed}”；请确认中间没有漏掉内容。`

/**
 * Where the text's own numbering breaks: a number that does not follow the one before it in the
 * text (一、二、四、 at 四; 二、二、 at the second 二), other than a fresh start at one. Later numbers
 * that follow on from the break are not reported again.
 */
function breaks(run: Written[]): (Written & { written: string })[] {
  const out: (Written & { written: string })[] = []
  let prev = 0
  for (const n of run) {
    const number = writtenNumber(n.written ?? n.printed) ?? 0
    if (n.written !== null && number !== prev + 1 && !(number === 1 && prev > 0)) out.push({ ...n, written: n.written })
    prev = number
  }
  return out
}

/** The runs of numbered siblings in a part: its sections, and each list of items of one level. */
function numberRuns(part: PMNode): Written[][] {
  const runs: Written[][] = []
  const items = (container: PMNode, base: number) => {
    const open = new Map<number, Written[]>()
    container.forEach((b, offset, index) => {
      if (b.type.name !== 'item') return
      const n = itemNumber(container, index)
      let run = open.get(b.attrs.level)
      if (n === 1 || !run) {
        run = []
        open.set(b.attrs.level, run)
        runs.push(run)
      }
      run.push({
        written: b.attrs.sourceNumber,
        printed: levelLabel(b.attrs.level, n),
        from: base + offset,
        to: base + offset + b.nodeSize,
        excerpt: inlineText(b).slice(0, 12),
      })
    })
  }
  items(part, 1)
  const sections: Written[] = []
  part.forEach((c, offset) => {
    if (c.type.name !== 'section') return
    const heading = present(c.firstChild, 'a section heading (the schema requires one)')
    sections.push({
      written: c.attrs.sourceNumber,
      printed: levelLabel(2, sections.length + 1),
      from: offset + 1,
      to: offset + 1 + heading.nodeSize + 1,
      excerpt: inlineText(heading).slice(0, 12),
    })
    items(c, offset + 2)
  })
  runs.push(sections)
  return runs
}

/** An imported section or item whose number skipped one: the export renumbers it; say so. */
export const sourceNumbering: TopRule = {
  id: 'numbering',
  name: '编号',
  severity: 'error',
  group: '结构',
  scope: 'top',
  purpose: '导入的原文编号跳号（（一）（二）（四），1. 2. 4.）时，说明导出会印成什么，请确认没有漏掉内容。',
  fires: [
    {
      text: '标题\n同志们：\n开场。\n一、2025年工作回顾\n（一）就业\n完成了。\n（三）社保\n完成了。\n二、2026年工作任务\n1.抓就业。\n3.抓社保。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
  ],
  quiet: [
    {
      text: '标题\n同志们：\n开场。\n一、2025年工作回顾\n（一）就业\n完成了。\n（二）社保\n完成了。\n二、2026年工作任务\n1.抓就业。\n2.抓社保。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
  ],
  check(part) {
    if (part.type.name !== 'part') return []
    return numberRuns(part)
      .flatMap(breaks)
      .map((n) => ({
        rule: this.id,
        severity: 'warning' as const,
        message: skipMessage(n.written, n.printed),
        from: n.from,
        to: n.to,
        excerpt: n.excerpt,
      }))
  },
}

/** An imported part whose number skipped one ("一、二、四、"). */
export const sourcePartNumbering: DocumentRule = {
  id: 'numbering',
  name: '编号',
  severity: 'error',
  group: '结构',
  scope: 'document',
  purpose: '导入的原文部分编号跳号（一、二、四、，第一部分、第三部分）时，说明导出会印成什么。',
  fires: [
    {
      text: '标题\n同志们：\n开场。\n一、2025年工作回顾\n完成了。\n三、2026年工作任务\n确保完成。\n四、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    // parts numbered as Word writers number them (社科联, 林业)
    {
      text: '标题\n同志们：\n开场。\n第一部分　二〇二五年工作回顾\n完成了。\n第三部分　二〇二六年工作安排\n确保完成。\n同志们，谢谢！',
      in: 'speech',
    },
    {
      text: '标题\n同志们：\n开场。\n第一部分：2025年林业工作回顾\n完成了。\n第二部分：2026年重点任务\n确保完成。\n第二部分：工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
  ],
  quiet: [
    {
      text: '标题\n同志们：\n开场。\n一、2025年工作回顾\n完成了。\n二、2026年工作任务\n确保完成。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    {
      text: '标题\n同志们：\n开场。\n第一部分　二〇二五年工作回顾\n完成了。\n第二部分　二〇二六年工作安排\n确保完成。\n第三部分　工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
  ],
  check(tops) {
    const parts: Written[] = tops
      .filter((t) => t.type === 'part')
      .map((t, i) => ({
        written: t.sourceNumber,
        printed: levelLabel(1, i + 1),
        from: t.pos,
        to: t.pos + t.size,
        excerpt: t.text.split('\n')[0].slice(0, 20),
      }))
    return breaks(parts).map((n) => ({
      rule: this.id,
      severity: 'warning' as const,
      message: skipMessage(n.written, n.printed),
      from: n.from,
      to: n.to,
      excerpt: n.excerpt,
    }))
  },
}

/** A number written with half-width marks: "(二)", "一.", "(3)". */
const HALF_WIDTH_MARK = /[(),]|^[^\d]+\./

/**
 * An imported section or item numbered with half-width marks among siblings written in full
 * width ("(二)" among "（一）（三）"). A speech numbered half-width throughout is one style, which
 * the export prints full-width; a mix is a slip.
 */
export const sourceNumberWidth: TopRule = {
  id: 'halfwidth-punct',
  name: '半角标点',
  severity: 'warning',
  group: '文字',
  scope: 'top',
  purpose: '导入的原文编号里混用了半角括号（（一）(二)（三）），导出时统一印为全角。',
  fires: [
    {
      text: '标题\n同志们：\n开场。\n一、2025年工作回顾\n（一）就业\n完成了。\n(二)社保\n完成了。\n二、2026年工作任务\n确保完成。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
  ],
  quiet: [
    {
      text: '标题\n同志们：\n开场。\n一、2025年工作回顾\n(一)就业\n完成了。\n(二)社保\n完成了。\n二、2026年工作任务\n确保完成。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
  ],
  check(part) {
    if (part.type.name !== 'part') return []
    const out: DocumentFinding[] = []
    const numbered = (c: PMNode) => c.type.name === 'section' || c.type.name === 'item'
    const siblings = (container: PMNode, base: number) => {
      const kids: { node: PMNode; from: number }[] = []
      container.forEach((c, offset) => {
        if (numbered(c)) kids.push({ node: c, from: base + offset })
      })
      for (const kind of ['section', 'item3', 'item4']) {
        const same = kids.filter(({ node }) =>
          kind === 'section'
            ? node.type.name === 'section'
            : node.type.name === 'item' && `item${node.attrs.level}` === kind,
        )
        const half = same.filter(({ node }) => HALF_WIDTH_MARK.test(node.attrs.sourceNumber ?? ''))
        if (!half.length || half.length === same.length) continue
        for (const { node, from } of half) {
          const isSection = node.type.name === 'section'
          const heading = isSection ? present(node.firstChild, 'a section heading (the schema requires one)') : node
          const text = inlineText(heading)
          out.push({
            rule: this.id,
            message: `原文编号“${node.attrs.sourceNumber}”用了半角标点，和同级的其他编号不一致；导出时印为全角。`,
            from,
            to: from + (isSection ? heading.nodeSize + 1 : node.nodeSize),
            excerpt: text.slice(0, 12),
          })
        }
      }
    }
    siblings(part, 1)
    part.forEach((c, offset) => {
      if (c.type.name === 'section') siblings(c, offset + 2)
    })
    return out
  },
}
