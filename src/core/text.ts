/**
 * A speech as plain text, numbered the way it is printed: the form for .txt export,
 * the CLI, and templates (empty slots as their {{…}} markers).
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

/** Paragraphs of the speech, one a line, with generated numbers. */
export function speechToText(doc: PMNode): string {
  const lines: string[] = []
  let part = 0
  doc.forEach((top) => {
    switch (top.type.name) {
      case 'opening': case 'closing':
        top.forEach((p) => lines.push(inlineText(p)))
        break
      case 'part': {
        let section = 0
        top.forEach((child, _offset, index) => {
          if (child.type.name === 'part_heading') lines.push(levelLabel(1, ++part) + inlineText(child))
          else if (child.type.name === 'section') sectionLines(child, ++section, lines)
          else lines.push(blockText(child, itemNumber(top, index)))
        })
        break
      }
      default:
        lines.push(inlineText(top))
    }
  })
  return lines.filter((l) => l !== '').join('\n') + '\n'
}

function sectionLines(section: PMNode, n: number, lines: string[]) {
  const heading = levelLabel(2, n) + inlineText(section.firstChild!)
  let first = true
  section.forEach((child, _offset, index) => {
    if (index === 0) return
    const text = blockText(child, itemNumber(section, index))
    if (first && section.attrs.runIn && child.type.name === 'paragraph') lines.push(heading + text)
    else {
      if (first) lines.push(heading)
      lines.push(text)
    }
    first = false
  })
  if (first) lines.push(heading)
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

function blockText(block: PMNode, n: number): string {
  return block.type.name === 'item' ? levelLabel(block.attrs.level, n) + inlineText(block) : inlineText(block)
}
