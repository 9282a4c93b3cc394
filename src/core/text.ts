/**
 * A speech as plain text, numbered the way it is printed: the form for .txt export, the
 * CLI, and templates (empty slots as their {{…}} markers). textOffsets maps document
 * positions to offsets in that text, so findings can point into it.
 */
import type { Node as PMNode } from 'prosemirror-model'
import { levelLabel } from './numbering'
import { slotText, type SlotAttrs } from './schema'

export function inlineText(node: PMNode): string {
  let out = ''
  node.forEach((child) => {
    out += child.isText ? child.text : child.type.name === 'slot' ? slotText(child.attrs as SlotAttrs) : ''
  })
  return out
}

/** A run of a line: generated text (numbers), or a textblock's content starting at `contentStart`. */
type Piece = { text: string } | { text: string; block: PMNode; contentStart: number }
type Line = Piece[]

const blockPiece = (block: PMNode, pos: number): Piece => ({ text: inlineText(block), block, contentStart: pos + 1 })

/** The lines of the speech, as pieces that know where they came from. */
function speechLines(doc: PMNode): Line[] {
  const lines: Line[] = []
  let part = 0
  doc.forEach((top, topPos) => {
    switch (top.type.name) {
      case 'opening': case 'closing':
        top.forEach((p, o) => lines.push([blockPiece(p, topPos + 1 + o)]))
        break
      case 'part': {
        let section = 0
        top.forEach((child, o, index) => {
          const pos = topPos + 1 + o
          if (child.type.name === 'part_heading') lines.push([{ text: levelLabel(1, ++part) }, blockPiece(child, pos)])
          else if (child.type.name === 'section') sectionLines(child, pos, ++section, lines)
          else lines.push(blockLine(top, index, pos))
        })
        break
      }
      default:
        lines.push([blockPiece(top, topPos)])
    }
  })
  return lines.filter((l) => l.some((p) => p.text !== ''))
}

function sectionLines(section: PMNode, sectionPos: number, n: number, lines: Line[]) {
  const heading: Line = [{ text: levelLabel(2, n) }, blockPiece(section.firstChild!, sectionPos + 1)]
  let first = true
  section.forEach((child, o, index) => {
    if (index === 0) return
    const line = blockLine(section, index, sectionPos + 1 + o)
    if (first && section.attrs.runIn && child.type.name === 'paragraph') lines.push([...heading, ...line])
    else {
      if (first) lines.push(heading)
      lines.push(line)
    }
    first = false
  })
  if (first) lines.push(heading)
}

function blockLine(parent: PMNode, index: number, pos: number): Line {
  const block = parent.child(index)
  return block.type.name === 'item'
    ? [{ text: levelLabel(block.attrs.level, itemNumber(parent, index)) }, blockPiece(block, pos)]
    : [blockPiece(block, pos)]
}

/** An item's number counts the items of its level since the last block that is not a deeper item. */
export function itemNumber(parent: PMNode, index: number): number {
  const item = parent.child(index)
  if (item.type.name !== 'item') return 0
  let n = 0
  for (let i = 0; i <= index; i++) {
    const c = parent.child(i)
    if (c.type.name === 'item' && c.attrs.level === item.attrs.level) n++
    else if (!(c.type.name === 'item' && c.attrs.level > item.attrs.level)) n = 0
  }
  return n
}

/** Paragraphs of the speech, one a line, with generated numbers. */
export function speechToText(doc: PMNode): string {
  return speechLines(doc).map((l) => l.map((p) => p.text).join('')).join('\n') + '\n'
}

/**
 * A function from document positions to offsets in speechToText's output. A position
 * inside a slot's text maps to the slot's start; one between blocks to the next block's start.
 */
export function textOffsets(doc: PMNode): (pos: number) => number {
  const starts: { contentStart: number; offset: number; block: PMNode }[] = []
  let offset = 0
  for (const line of speechLines(doc)) {
    for (const p of line) {
      if ('block' in p) starts.push({ contentStart: p.contentStart, offset, block: p.block })
      offset += p.text.length
    }
    offset += 1
  }
  return (pos: number) => {
    let lo = 0
    let hi = starts.length - 1
    let found = -1
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      if (starts[mid].contentStart <= pos) { found = mid; lo = mid + 1 } else hi = mid - 1
    }
    if (found < 0) return 0
    const s = starts[found]
    const end = s.contentStart + s.block.content.size
    if (pos > end) return found + 1 < starts.length ? starts[found + 1].offset : offset
    let chars = 0
    let at = s.contentStart
    s.block.forEach((child) => {
      if (at >= pos) return
      const size = child.nodeSize
      if (child.isText) chars += Math.min(size, pos - at)
      else chars += at + size <= pos ? (child.type.name === 'slot' ? slotText(child.attrs as SlotAttrs).length : 0) : 0
      at += size
    })
    return s.offset + chars
  }
}
