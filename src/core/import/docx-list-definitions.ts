/**
 * What a .docx says about automatic numbering, read from word/numbering.xml and word/styles.xml:
 * the lists (w:abstractNum) with their levels, the list instances paragraphs name (w:num, with
 * their restarts), and the paragraph styles that carry a list (标题 1 linked to 一、).
 */
import { child, elements, parseXml, wordNames, type XmlElement } from './xml'

export interface ListLevel {
  /** w:start; Word counts from 0 when it is missing. */
  start: number
  /** w:numFmt, decimal when missing. */
  format: string
  /** w:lvlText: "%1、", "（%2）"; null when missing (Word then shows no number). */
  text: string | null
  /** w:lvlRestart: restart after a level numbered below this one (one-based) is used; 0 never. */
  restart: number | null
  /** w:isLgl: every number in the text written as a decimal. */
  legal: boolean
  /** What follows the number: "tab", "space" or "nothing". */
  suffix: string
  /** The paragraph style linked to this level (w:pStyle), whose paragraphs are at this level. */
  style: string | null
}

export interface ListInstance {
  abstractId: string
  /** Per level: a start the instance restarts at (w:startOverride) and a level it redefines. */
  overrides: Map<number, { start: number | null; level: ListLevel | null }>
}

export interface ParagraphStyle {
  basedOn: string | null
  numId: string | null
  ilvl: number | null
}

export interface ListDefinitions {
  abstracts: Map<string, { levels: Map<number, ListLevel>; numStyleLink: string | null }>
  nums: Map<string, ListInstance>
  styles: Map<string, ParagraphStyle>
  /** The style of a paragraph that names none. */
  defaultStyle: string | null
}

const int = (v: string | null | undefined): number | null => (v != null && /^-?\d+$/.test(v.trim()) ? Number(v) : null)

/** A property element that is on when present, unless its w:val says false. */
const isOn = (el: XmlElement | null, val: string) => !!el && !['0', 'false', 'off'].includes(el.attrs[val] ?? 'true')

function readLevel(el: XmlElement, w: (local: string) => string): ListLevel {
  const val = (name: string) => child(el, w(name))?.attrs[w('val')] ?? null
  // Word 2010 writes a format older readers lack (custom: 001, 002) as a choice with a fallback;
  // the choice is what Word shows, and a format not in the table is then named, not guessed.
  const alternative = child(el, 'mc:AlternateContent')
  const chosen = (branch: string) => child(child(alternative, branch), w('numFmt'))
  return {
    start: int(val('start')) ?? 0,
    format: val('numFmt') ?? (chosen('mc:Choice') ?? chosen('mc:Fallback'))?.attrs[w('val')] ?? 'decimal',
    text: val('lvlText'),
    restart: int(val('lvlRestart')),
    legal: isOn(child(el, w('isLgl')), w('val')),
    suffix: val('suff') ?? 'tab',
    style: val('pStyle'),
  }
}

export function readListDefinitions(numberingXml: string | null, stylesXml: string | null): ListDefinitions {
  const defs: ListDefinitions = { abstracts: new Map(), nums: new Map(), styles: new Map(), defaultStyle: null }
  if (numberingXml) {
    const root = parseXml(numberingXml)
    const w = wordNames(root)
    const val = w('val')
    for (const el of elements(root)) {
      if (el.name === w('abstractNum')) {
        const levels = new Map<number, ListLevel>()
        for (const lvl of elements(el))
          if (lvl.name === w('lvl')) levels.set(int(lvl.attrs[w('ilvl')]) ?? 0, readLevel(lvl, w))
        defs.abstracts.set(el.attrs[w('abstractNumId')], {
          levels,
          numStyleLink: child(el, w('numStyleLink'))?.attrs[val] ?? null,
        })
      } else if (el.name === w('num')) {
        const overrides: ListInstance['overrides'] = new Map()
        for (const o of elements(el)) {
          if (o.name !== w('lvlOverride')) continue
          const lvl = child(o, w('lvl'))
          overrides.set(int(o.attrs[w('ilvl')]) ?? 0, {
            start: int(child(o, w('startOverride'))?.attrs[val]),
            level: lvl ? readLevel(lvl, w) : null,
          })
        }
        defs.nums.set(el.attrs[w('numId')], {
          abstractId: child(el, w('abstractNumId'))?.attrs[val] ?? '',
          overrides,
        })
      }
    }
  }
  if (stylesXml) {
    const root = parseXml(stylesXml)
    const w = wordNames(root)
    const val = w('val')
    for (const el of elements(root)) {
      if (el.name !== w('style')) continue
      const id = el.attrs[w('styleId')]
      const type = el.attrs[w('type')] ?? 'paragraph'
      const numPr = child(child(el, w('pPr')), w('numPr'))
      defs.styles.set(id, {
        basedOn: child(el, w('basedOn'))?.attrs[val] ?? null,
        numId: child(numPr, w('numId'))?.attrs[val] ?? null,
        ilvl: int(child(numPr, w('ilvl'))?.attrs[val]),
      })
      if (type === 'paragraph' && ['1', 'true', 'on'].includes(el.attrs[w('default')] ?? '')) defs.defaultStyle ??= id
    }
  }
  return defs
}

/** The list whose levels an instance uses: a list that only links to a numbering style is that style's list. */
export function listOf(defs: ListDefinitions, abstractId: string): string | null {
  let id = abstractId
  for (let hops = 0; hops < 8; hops++) {
    const link = defs.abstracts.get(id)?.numStyleLink
    if (!link) return defs.abstracts.has(id) ? id : null
    const numId = defs.styles.get(link)?.numId
    const next = numId ? defs.nums.get(numId)?.abstractId : undefined
    if (next === undefined) return null
    id = next
  }
  return null
}

/** The level of list instance `numId` linked to paragraph style `styleId`, or null. */
export function levelOfStyle(defs: ListDefinitions, numId: string, styleId: string): number | null {
  const abstractId = defs.nums.get(numId)?.abstractId
  const list = abstractId === undefined ? null : listOf(defs, abstractId)
  const levels = list === null ? undefined : defs.abstracts.get(list)?.levels
  for (const [ilvl, level] of levels ?? []) if (level.style === styleId) return ilvl
  return null
}
