/**
 * Word's automatic numbering written into the text. A secretary who numbers 一、（一）1.（1）
 * with Word's or WPS's 多级列表 keeps the numbers in word/numbering.xml, not in the paragraphs;
 * mammoth keeps only "a list item", and the importer would read "2025年工作回顾" as a plain
 * paragraph. Here every automatically numbered paragraph of the body (tables included, as Word
 * counts them) gets its number as text, exactly as Word shows it, and its numbering taken off,
 * so the importer reads what a pasted copy would give. List paragraphs in text boxes are left as
 * they are and not counted, so the body's numbers never move for them; bullets are no numbers.
 */
import { numberMark } from '../lang/numbering'
import { levelOfStyle, readListDefinitions, type ListDefinitions } from './docx-list-definitions'
import { ListCounters, type ListLabel } from './docx-list-counters'
import { NUMBER_FORMATS } from './docx-number-formats'
import { child, descendants, elements, escapeXml, parseXml, pushReversed, wordNames, type XmlElement } from './xml'

export interface DocxXml {
  document: string
  numbering: string | null
  styles: string | null
}

export interface NumberedDocument {
  /** document.xml with the numbers written in, or null when no paragraph changed. */
  document: string | null
  /** What the user should know: numbers not written, numbers typed over automatic ones. */
  notes: string[]
}

/** Properties that come before w:numPr in a paragraph's w:pPr (the schema's order). */
const BEFORE_NUMPR = ['pStyle', 'keepNext', 'keepLines', 'pageBreakBefore', 'framePr', 'widowControl']

interface Edit {
  from: number
  to: number
  text: string
}

/** Throws XmlError when a part is not well-formed XML. */
export function writeListNumbers(parts: DocxXml): NumberedDocument {
  const defs = readListDefinitions(parts.numbering, parts.styles)
  const xml = parts.document
  const root = parseXml(xml)
  const w = wordNames(root)
  const body = child(root, w('body'))
  if (!body || defs.nums.size === 0) return { document: null, notes: [] }
  const counters = new ListCounters(defs)
  const edits: Edit[] = []
  const unwritable = new Map<string, { count: number; example: string; value: number }>()
  const retyped: string[] = []

  for (const { p, joined } of bodyParagraphs(body, w)) {
    const pPr = child(p, w('pPr'))
    const ref = listReference(pPr, defs, w)
    if (!ref) continue
    const label = counters.next(ref.numId, ref.ilvl)
    if (!label || label.kind === 'bullet') continue
    const text = [...joined, p].map((q) => paragraphText(q, w)).join('')
    if (label.kind === 'unwritable') {
      const seen = unwritable.get(label.format) ?? { count: 0, example: snippet(text), value: label.value }
      unwritable.set(label.format, { ...seen, count: seen.count + 1 })
      continue
    }
    const typed = typedNumber(text, label)
    if (typed !== null && typed !== label.label.trim())
      retyped.push(`“${snippet(text)}”（自动编号“${label.label.trim()}”）`)
    const run = typed === null ? labelRun(label, w) : ''
    // Text whose paragraph mark was deleted comes first in this paragraph, so the number goes before it.
    const first = child(joined[0], w('pPr'))
    if (first && run) edits.push({ from: first.end, to: first.end, text: run })
    edits.push(...numberEdits(xml, p, pPr, first ? '' : run, w))
  }

  const notes: string[] = []
  for (const [format, { count, example, value }] of unwritable) {
    const known = NUMBER_FORMATS[format]
    notes.push(
      known
        ? `有 ${count} 段的自动编号到了“${known.shown}”格式写不出的第 ${value} 个，程序不知道 Word 显示的是什么，这些段落导入时没有编号（如“${example}”）。识别出的提纲可能不全，请核对。`
        : `有 ${count} 段的自动编号格式（${format}）程序不认识，这些段落导入时没有编号（如“${example}”）。识别出的提纲可能不全，请核对；也可以在 Word 里把编号改为“一、”“（一）”这类格式后再导入。`,
    )
  }
  if (retyped.length)
    notes.push(
      `有 ${retyped.length} 段既有自动编号，又手写了不同的编号，导入时保留了手写的编号（如${retyped[0]}）。请核对这些段落的编号。`,
    )
  if (descendants(body, w('txbxContent')).some((box) => hasListParagraph(box, defs, w)))
    notes.push('文本框里有自动编号的段落，导入时这些段落没有写入编号。')
  if (!edits.length) return { document: null, notes }
  const pieces: string[] = []
  let at = 0
  for (const e of edits.sort((a, b) => a.from - b.from)) {
    pieces.push(xml.slice(at, e.from), e.text)
    at = e.to
  }
  pieces.push(xml.slice(at))
  return { document: pieces.join(''), notes }
}

/**
 * The paragraphs Word numbers in the body, in order, as mammoth reads them: not those in text
 * boxes (numbered apart), in the newer of two alternative contents (mammoth reads the older),
 * or in deleted table rows. A paragraph whose mark is deleted is joined to the next one, as
 * mammoth and Word's final view join them, and numbered with it.
 */
function bodyParagraphs(body: XmlElement, w: (local: string) => string): { p: XmlElement; joined: XmlElement[] }[] {
  const out: { p: XmlElement; joined: XmlElement[] }[] = []
  let joined: XmlElement[] = []
  const deleted = (props: XmlElement | null) => child(props, w('del')) !== null
  // Iterative, in document order: a body may nest content controls thousands deep.
  const stack = elements(body).reverse()
  for (let c = stack.pop(); c; c = stack.pop()) {
    if (c.name === w('txbxContent') || c.name === 'mc:Choice') continue
    if (c.name === w('tr') && deleted(child(c, w('trPr')))) continue
    if (c.name !== w('p')) pushReversed(stack, elements(c))
    else if (deleted(child(child(c, w('pPr')), w('rPr')))) joined.push(c)
    else {
      out.push({ p: c, joined })
      joined = []
    }
  }
  return out
}

/**
 * The list a paragraph is in, as Word finds it: its own w:numPr, else its style's (or a style
 * it is based on). A w:numId of 0 takes the paragraph out of any list.
 */
function listReference(
  pPr: XmlElement | null,
  defs: ListDefinitions,
  w: (local: string) => string,
): { numId: string; ilvl: number } | null {
  const val = w('val')
  const numPr = child(pPr, w('numPr'))
  const direct = {
    numId: child(numPr, w('numId'))?.attrs[val] ?? null,
    ilvl: child(numPr, w('ilvl'))?.attrs[val] ?? null,
  }
  let styleId = child(pPr, w('pStyle'))?.attrs[val] ?? defs.defaultStyle
  let styled: { numId: string | null; ilvl: number | null; id: string | null } = { numId: null, ilvl: null, id: null }
  for (let hops = 0; styleId && hops < 16; hops++) {
    const style = defs.styles.get(styleId)
    if (!style) break
    if (style.numId !== null) {
      styled = { ...style, id: styleId }
      break
    }
    styleId = style.basedOn
  }
  const numId = (direct.numId ?? styled.numId)?.trim() ?? null
  if (numId === null || numId === '0') return null
  if (direct.ilvl !== null && /^\d$/.test(direct.ilvl.trim())) return { numId, ilvl: Number(direct.ilvl) }
  // A style's paragraphs are at the level linked back to the style (标题 2 → 第二级), whatever
  // level the style names (ECMA-376 17.9.23, w:pStyle of a level).
  const linked = styled.id === null ? null : levelOfStyle(defs, numId, styled.id)
  return { numId, ilvl: linked ?? styled.ilvl ?? 0 }
}

function hasListParagraph(box: XmlElement, defs: ListDefinitions, w: (local: string) => string): boolean {
  return descendants(box, w('p')).some((p) => listReference(child(p, w('pPr')), defs, w) !== null)
}

/** The text a paragraph shows, without text boxes inside it or deleted text. */
function paragraphText(p: XmlElement, w: (local: string) => string): string {
  const skip = new Set([w('txbxContent'), w('del'), w('pPr'), 'mc:Fallback'])
  return descendants(p, w('t'), skip)
    .map((t) => t.children.filter((c): c is string => typeof c === 'string').join(''))
    .join('')
}

const snippet = (text: string) => {
  const t = text.trim()
  return t.length > 16 ? `${t.slice(0, 16)}…` : t
}

/**
 * The number a paragraph already starts with in its text when it is a number of the same kind
 * as its automatic one (一、 typed after an automatic 一、), else null: one of them is enough.
 */
function typedNumber(text: string, label: Extract<ListLabel, { kind: 'number' }>): string | null {
  const t = text.replace(/^[\s\u3000]+/, '')
  const auto = numberMark(label.label.trim())
  const typed = numberMark(t)
  if (auto && typed && auto.level === typed.level) return t.slice(0, typed.length).trim()
  const literal = label.label.trim()
  return literal && t.startsWith(literal) ? literal : null
}

/** A run with the number and what follows it (a tab, a space or nothing), as Word shows it. */
function labelRun(label: Extract<ListLabel, { kind: 'number' }>, w: (local: string) => string): string {
  const text = escapeXml(label.label + (label.suffix === 'space' ? ' ' : ''))
  const tab = label.suffix === 'tab' ? `<${w('tab')}/>` : ''
  return `<${w('r')}><${w('t')} xml:space="preserve">${text}</${w('t')}>${tab}</${w('r')}>`
}

/** The changes to one paragraph: its numbering off, and `run` (the number, or nothing) first in it. */
function numberEdits(
  xml: string,
  p: XmlElement,
  pPr: XmlElement | null,
  run: string,
  w: (local: string) => string,
): Edit[] {
  const val = w('val')
  const off = `<${w('numPr')}><${w('ilvl')} ${val}="0"/><${w('numId')} ${val}="0"/></${w('numPr')}>`
  const newPPr = `<${w('pPr')}>${off}</${w('pPr')}>`
  if (p.empty) {
    const open = xml.slice(p.start, p.openEnd).replace(/\s*\/>$/, '>')
    return [{ from: p.start, to: p.end, text: `${open}${newPPr}${run}</${w('p')}>` }]
  }
  if (!pPr) return [{ from: p.openEnd, to: p.openEnd, text: newPPr + run }]
  if (pPr.empty) return [{ from: pPr.start, to: pPr.end, text: newPPr + run }]
  const numPr = child(pPr, w('numPr'))
  const before = elements(pPr).filter((c) => BEFORE_NUMPR.some((n) => c.name === w(n)))
  const at = before.length ? (before.at(-1)?.end ?? pPr.openEnd) : pPr.openEnd
  return [
    numPr ? { from: numPr.start, to: numPr.end, text: off } : { from: at, to: at, text: off },
    { from: pPr.end, to: pPr.end, text: run },
  ]
}
