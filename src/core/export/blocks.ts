/**
 * The speech as printed paragraphs: numbers written out, run-in section headings joined to
 * their paragraph, each paragraph with its style. Pagination and the .docx both start here.
 */
import type { Node as PMNode } from 'prosemirror-model'
import { levelLabel } from '../numbering'
import { inlineText, itemNumber } from '../text'

export type BlockStyle = 'title' | 'subtitle' | 'byline' | 'greeting' | 'blank' | 'body' | 'h1' | 'h2'
/** A run's style: a run-in heading (h2-runin) sits inside a body paragraph. */
export type RunStyle = BlockStyle | 'h2-runin'

export interface PrintBlock {
  style: BlockStyle
  runs: { text: string; style: RunStyle }[]
  /** First-line indent of two characters. */
  indent: boolean
  center: boolean
  /** Keep with the next paragraph: never the last thing on a page. */
  keepWithNext: boolean
}

export function printBlocks(doc: PMNode): PrintBlock[] {
  const out: PrintBlock[] = []
  const block = (style: BlockStyle, text: string, extra: Partial<PrintBlock> = {}): PrintBlock =>
    ({ style, runs: [{ text, style }], indent: true, center: false, keepWithNext: false, ...extra })
  const numbered = (parent: PMNode, index: number) => {
    const b = parent.child(index)
    return (b.type.name === 'item' ? levelLabel(b.attrs.level, itemNumber(parent, index)) : '') + inlineText(b)
  }
  let part = 0
  doc.forEach((top) => {
    switch (top.type.name) {
      case 'title': case 'subtitle': case 'byline':
        out.push(block(top.type.name, inlineText(top), { indent: false, center: true, keepWithNext: true }))
        break
      case 'greeting':
        if (out.length) out.push(block('blank', '', { indent: false }))
        out.push(block('greeting', inlineText(top), { indent: false }))
        break
      case 'opening': case 'closing':
        top.forEach((p) => out.push(block('body', inlineText(p))))
        break
      case 'part': {
        let section = 0
        top.forEach((child, _o, index) => {
          if (child.type.name === 'part_heading') out.push(block('h1', levelLabel(1, ++part) + inlineText(child), { keepWithNext: true }))
          else if (child.type.name === 'section') {
            const heading = levelLabel(2, ++section) + inlineText(child.firstChild!)
            child.forEach((b, _bo, bi) => {
              if (bi === 0) return
              if (bi === 1 && child.attrs.runIn && b.type.name === 'paragraph') {
                out.push({ ...block('body', ''), runs: [{ text: heading, style: 'h2-runin' }, { text: inlineText(b), style: 'body' }] })
              } else {
                if (bi === 1) out.push(block('h2', heading, { keepWithNext: true }))
                out.push(block('body', numbered(child, bi)))
              }
            })
            if (child.childCount === 1) out.push(child.attrs.runIn ? block('body', heading) : block('h2', heading, { keepWithNext: true }))
          } else out.push(block('body', numbered(top, index)))
        })
        break
      }
    }
  })
  return out
}
