/**
 * A speech written out, numbered the way it is printed. printBlocks is the one walk over the
 * speech that the text export, pagination and the .docx all start from; speechToText is its
 * plain text (empty slots as their {{…}} markers, a machine format), and textOffsets maps
 * document positions to offsets in that text, so findings can point into it. What a person
 * reads (print, preview, Word, check excerpts, the comparison) shows an empty slot as a blank.
 */
import type { Node as PMNode } from 'prosemirror-model'
import { levelLabel, numberMark } from './lang/numbering'
import { slotAttrs, slotText, type SlotAttrs, firstOf } from './schema'
import { writtenUnit } from './units'
import { xmlSafe } from './xml-chars'

/** The blank an empty slot prints as, to be filled in by hand. */
export const BLANK = '＿＿'

/** How a slot reads to a person: its value with its unit, or a blank with its unit ("＿＿亿元"). */
export function slotReading(a: SlotAttrs): string {
  if (a.value !== null) return slotText(a)
  return a.role === 'metric' ? BLANK + writtenUnit(a.unit, a.approx, a.approxPos) : BLANK
}

/** How slots are written: as markers (the plain-text export, the CLI) or as a person reads them. */
export type SlotWriting = (a: SlotAttrs) => string

/** A textblock's text as every export writes it: slots as `slot` writes them, characters XML forbids replaced. */
export function inlineText(node: PMNode, slot: SlotWriting = slotText): string {
  if (slot !== slotText) return writeInline(node, slot)
  // The common writing is cached by node: the checks read every block's text after each keystroke.
  let text = inlineTexts.get(node)
  if (text === undefined) {
    text = writeInline(node, slot)
    inlineTexts.set(node, text)
  }
  return text
}

const inlineTexts = new WeakMap<PMNode, string>()

function writeInline(node: PMNode, slot: SlotWriting): string {
  let out = ''
  node.forEach((child) => {
    out += child.isText ? child.text : child.type.name === 'slot' ? slot(slotAttrs(child)) : ''
  })
  return xmlSafe(out)
}

/**
 * An item's number counts the items of its level since the last block that is not a deeper item,
 * unless the text wrote the list on across body paragraphs: "1.服务能力稳步提升。……" / a paragraph of
 * its body / "2.运行效率明显改善。" numbers on (the number written is kept as the item's sourceNumber,
 * build.ts), as Word continues a list over the paragraphs between its items; a list written afresh
 * (1. after the paragraph) starts at 1.
 */
export function itemNumber(parent: PMNode, index: number): number {
  const item = parent.child(index)
  if (item.type.name !== 'item') return 0
  let n = 0
  /** The items of the level counted across body paragraphs. */
  let across = 0
  for (let i = 0; i <= index; i++) {
    const c = parent.child(i)
    if (c.type.name === 'item' && c.attrs.level === item.attrs.level) {
      n++
      across++
      if (n !== across && c.attrs.sourceNumber && numberMark(c.attrs.sourceNumber)?.number === across) n = across
      else across = n
    } else if (c.type.name === 'paragraph') n = 0
    else if (!(c.type.name === 'item' && c.attrs.level > item.attrs.level)) {
      n = 0
      across = 0
    }
  }
  return n
}

export type BlockStyle =
  | 'title'
  | 'subtitle'
  | 'byline'
  | 'greeting'
  | 'blank'
  | 'body'
  | 'h1'
  | 'h2'
  | 'signer'
  | 'issue-date'
/** A run's style: a run-in heading (h2-runin) sits inside a body paragraph. */
export type RunStyle = BlockStyle | 'h2-runin'

export interface Run {
  text: string
  style: RunStyle
  /** The textblock the text comes from, and where its content starts; none for generated numbers. */
  source?: { block: PMNode; contentStart: number }
}

export interface PrintBlock {
  style: BlockStyle
  runs: Run[]
  /** First-line indent of two characters. */
  indent: boolean
  center: boolean
  /** Keep with the next paragraph: never the last thing on a page. */
  keepWithNext: boolean
  /** Set for a block aligned right: the cells left empty at its right (右空四字 is 4). */
  rightIndent?: number
}

/** Width of one character in cells on the print grid: CJK one, digits and Latin letters half. */
export function cellWidth(ch: string): number {
  // biome-ignore lint/style/noNonNullAssertion: called with one character of a string, never an empty one
  const c = ch.codePointAt(0)!
  return c < 0x2e80 && !'“”‘’—…'.includes(ch) ? 0.5 : 1
}

export const textCells = (text: string) => [...text].reduce((n, ch) => n + cellWidth(ch), 0)

/**
 * GB/T 9704-2012 7.3.5.1: the 成文日期 is set 右空四字 and the 发文机关署名 centred over it, with
 * room above for the seal (its top within a line of the text). Without a date the signer
 * stands 右空二字 (7.3.5.2).
 */
export const SIGNOFF = { dateRight: 4, signerAlone: 2, blankLinesBefore: 2 }

function signerIndent(signer: string, date: string | null): number {
  if (date === null) return SIGNOFF.signerAlone
  return Math.max(0, SIGNOFF.dateRight + (textCells(date) - textCells(signer)) / 2)
}

export interface PrintOptions {
  /** Empty slots as their markers (the default, for the plain text) or as blanks (for people). */
  slots?: 'marker' | 'blank'
}

/** The speech as printed paragraphs: numbers written out, run-in headings joined to their paragraph. */
export function printBlocks(doc: PMNode, { slots = 'marker' }: PrintOptions = {}): PrintBlock[] {
  const out: PrintBlock[] = []
  const writing = slots === 'blank' ? slotReading : slotText
  const from = (block: PMNode, pos: number, style: RunStyle): Run => ({
    text: inlineText(block, writing),
    style,
    source: { block, contentStart: pos + 1 },
  })
  const block = (style: BlockStyle, runs: Run[], extra: Partial<PrintBlock> = {}): PrintBlock => ({
    style,
    runs,
    indent: true,
    center: false,
    keepWithNext: false,
    ...extra,
  })
  /** A paragraph or an item (with its generated number) of a part or section. */
  const body = (parent: PMNode, index: number, pos: number): Run[] => {
    const b = parent.child(index)
    return b.type.name === 'item'
      ? [{ text: levelLabel(b.attrs.level, itemNumber(parent, index)), style: 'body' }, from(b, pos, 'body')]
      : [from(b, pos, 'body')]
  }
  let part = 0
  doc.forEach((top, topPos) => {
    switch (top.type.name) {
      case 'title':
      case 'subtitle':
      case 'byline':
        out.push(
          block(top.type.name, [from(top, topPos, top.type.name)], { indent: false, center: true, keepWithNext: true }),
        )
        break
      case 'greeting':
        if (out.length) out.push(block('blank', [], { indent: false }))
        out.push(block('greeting', [from(top, topPos, 'greeting')], { indent: false }))
        break
      case 'opening':
      case 'closing':
        top.forEach((_p, o, index) => {
          out.push(block('body', body(top, index, topPos + 1 + o)))
        })
        break
      case 'signer':
      case 'issue_date': {
        if (!out.some((b) => b.style === 'signer' || b.style === 'issue-date')) {
          // The signoff goes with the last lines of the text: never alone on a page.
          const last = out.at(-1)
          if (last) last.keepWithNext = true
          for (let i = 0; i < SIGNOFF.blankLinesBefore; i++)
            out.push(block('blank', [], { indent: false, keepWithNext: true }))
        }
        const text = inlineText(top, writing)
        const signer = top.type.name === 'signer'
        const date = signer && doc.lastChild?.type.name === 'issue_date' ? inlineText(doc.lastChild, writing) : null
        out.push(
          block(signer ? 'signer' : 'issue-date', [from(top, topPos, signer ? 'signer' : 'issue-date')], {
            indent: false,
            keepWithNext: signer && date !== null,
            rightIndent: signer ? signerIndent(text, date) : SIGNOFF.dateRight,
          }),
        )
        break
      }
      case 'part': {
        let section = 0
        top.forEach((child, o, index) => {
          const pos = topPos + 1 + o
          if (child.type.name === 'part_heading') {
            out.push(
              block('h1', [{ text: levelLabel(1, ++part), style: 'h1' }, from(child, pos, 'h1')], {
                keepWithNext: true,
              }),
            )
          } else if (child.type.name === 'section') {
            const number = levelLabel(2, ++section)
            const heading = (style: RunStyle): Run[] => [{ text: number, style }, from(firstOf(child), pos + 1, style)]
            child.forEach((b, bo, bi) => {
              if (bi === 0) return
              const runs = body(child, bi, pos + 1 + bo)
              if (bi === 1 && child.attrs.runIn && b.type.name === 'paragraph')
                out.push(block('body', [...heading('h2-runin'), ...runs]))
              else {
                if (bi === 1) out.push(block('h2', heading('h2'), { keepWithNext: true }))
                out.push(block('body', runs))
              }
            })
            if (child.childCount === 1)
              out.push(
                child.attrs.runIn ? block('body', heading('body')) : block('h2', heading('h2'), { keepWithNext: true }),
              )
          } else out.push(block('body', body(top, index, pos)))
        })
        break
      }
    }
  })
  return out
}

/** The lines of the plain text: one a paragraph, none for blank or empty ones. */
function textLines(doc: PMNode): Run[][] {
  return printBlocks(doc)
    .map((b) => b.runs)
    .filter((runs) => runs.some((r) => r.text !== ''))
}

/** The first line of a text exported while the speech still has errors. */
export const DRAFT_NOTICE = '【草稿】本稿仍有未处理的错误，请勿作为正式稿使用。'

/** Paragraphs of the speech, one a line, with generated numbers; a draft starts with its notice. */
export function speechToText(doc: PMNode, { draft = false } = {}): string {
  return (
    (draft ? DRAFT_NOTICE + '\n' : '') +
    textLines(doc)
      .map((runs) => runs.map((r) => r.text).join(''))
      .join('\n') +
    '\n'
  )
}

/**
 * speechToText's text as the bytes of the exported file (UTF-8), written a run at a time into one
 * buffer: no string of the whole speech is made. A string that long is allocated apart from the
 * engine's small ones and its cost grows faster than the speech (100 copies of the seed took
 * 250–400× one copy's time to join); the bytes, which the file needs anyway, grow with it.
 */
export function speechTextBytes(doc: PMNode, { draft = false } = {}): Uint8Array {
  const lines = textLines(doc)
  // A speech with no text is one empty line, as speechToText writes it.
  if (lines.length === 0) lines.push([])
  if (draft) lines.unshift([{ text: DRAFT_NOTICE, style: 'body' }])
  let units = 0
  for (const runs of lines) {
    for (const r of runs) units += r.text.length
    units++
  }
  // A UTF-16 unit takes at most 3 bytes in UTF-8 (a surrogate pair, 2 units, takes 4).
  const bytes = new Uint8Array(units * 3)
  const encoder = new TextEncoder()
  let at = 0
  for (const runs of lines) {
    for (const r of runs) at += encoder.encodeInto(r.text, bytes.subarray(at)).written
    bytes[at++] = 0x0a
  }
  return bytes.subarray(0, at)
}

/**
 * A function from document positions to offsets in speechToText's output. A position
 * inside a slot's text maps to the slot's start; one between blocks to the next block's start.
 */
export function textOffsets(doc: PMNode): (pos: number) => number {
  const starts: { contentStart: number; offset: number; block: PMNode }[] = []
  let offset = 0
  for (const line of textLines(doc)) {
    for (const r of line) {
      if (r.source) starts.push({ ...r.source, offset })
      offset += r.text.length
    }
    offset += 1
  }
  const childStarts = new Map<(typeof starts)[number], { pos: number[]; chars: number[] }>()
  return (pos: number) => {
    let lo = 0
    let hi = starts.length - 1
    let found = -1
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      if (starts[mid].contentStart <= pos) {
        found = mid
        lo = mid + 1
      } else hi = mid - 1
    }
    if (found < 0) return 0
    const s = starts[found]
    const end = s.contentStart + s.block.content.size
    if (pos > end) return found + 1 < starts.length ? starts[found + 1].offset : offset
    // Where each child starts, in positions and in characters: worked out once per block, so
    // thousands of findings in one long paragraph cost a search each, not a walk each.
    let children = childStarts.get(s)
    if (!children) {
      const starts: { pos: number[]; chars: number[] } = { pos: [], chars: [] }
      children = starts
      let at = s.contentStart
      let chars = 0
      s.block.forEach((child) => {
        starts.pos.push(at)
        starts.chars.push(chars)
        at += child.nodeSize
        chars += child.isText ? child.nodeSize : child.type.name === 'slot' ? slotText(slotAttrs(child)).length : 0
      })
      // The block's end, after its last child.
      children.pos.push(at)
      children.chars.push(chars)
      childStarts.set(s, children)
    }
    // The last child starting at or before pos.
    let a = 0
    let b = children.pos.length - 1
    let i = -1
    while (a <= b) {
      const mid = (a + b) >> 1
      if (children.pos[mid] <= pos) {
        i = mid
        a = mid + 1
      } else b = mid - 1
    }
    if (i < 0) return s.offset
    // Inside a text node: as many characters as positions in; at a slot (or the block's end): its start.
    const child = i < s.block.childCount ? s.block.child(i) : null
    return s.offset + children.chars[i] + (child?.isText ? pos - children.pos[i] : 0)
  }
}
