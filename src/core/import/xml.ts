/**
 * A small, strict XML reader for the parts of a .docx: elements with their attributes, their
 * text, and where each lies in the source, so a caller can change a few places and leave every
 * other byte as it was. No DOM (it runs in Node and in the import worker). A DOCTYPE is refused:
 * Office never writes one, and entities defined in one are how XML is made to blow up.
 */

export interface XmlElement {
  name: string
  attrs: Record<string, string>
  children: XmlNode[]
  /** Where the start tag begins and ends, and where the end tag begins and ends (one tag when empty). */
  start: number
  openEnd: number
  closeStart: number
  end: number
  empty: boolean
}

export type XmlNode = XmlElement | string

export class XmlError extends Error {}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

function decode(s: string): string {
  if (!s.includes('&')) return s
  return s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, e: string) => {
    if (e[0] !== '#') {
      if (!(e in ENTITIES)) throw new XmlError(`unknown entity ${whole}`)
      return ENTITIES[e]
    }
    const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)
    if (!(code > 0 && code < 0x110000)) throw new XmlError(`bad character reference ${whole}`)
    return String.fromCodePoint(code)
  })
}

/** Escape text for an element's content or an attribute value. */
export function escapeXml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }[c]};`)
}

const TAG = /<([^\s/>!?]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/y
const ATTR = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g

/** The root element of a document; throws XmlError when the text is not well-formed. */
export function parseXml(xml: string): XmlElement {
  const stack: XmlElement[] = []
  let root: XmlElement | null = null
  let at = 0
  while (at < xml.length) {
    const lt = xml.indexOf('<', at)
    const textEnd = lt < 0 ? xml.length : lt
    if (textEnd > at && stack.length) stack[stack.length - 1].children.push(decode(xml.slice(at, textEnd)))
    if (lt < 0) break
    if (xml.startsWith('<!--', lt)) at = after(xml, '-->', lt)
    else if (xml.startsWith('<![CDATA[', lt)) {
      const end = after(xml, ']]>', lt)
      stack.at(-1)?.children.push(xml.slice(lt + 9, end - 3))
      at = end
    } else if (xml.startsWith('<?', lt)) at = after(xml, '?>', lt)
    else if (xml.startsWith('<!', lt)) throw new XmlError('a DOCTYPE or declaration in a part')
    else if (xml.startsWith('</', lt)) {
      const end = after(xml, '>', lt)
      const name = xml.slice(lt + 2, end - 1).trim()
      const open = stack.pop()
      if (!open || open.name !== name) throw new XmlError(`</${name}> closes ${open ? `<${open.name}>` : 'nothing'}`)
      open.closeStart = lt
      open.end = end
      at = end
    } else {
      TAG.lastIndex = lt
      const m = TAG.exec(xml)
      if (!m) throw new XmlError(`a malformed tag at ${lt}`)
      const attrs: Record<string, string> = {}
      for (const a of m[2].matchAll(ATTR)) attrs[a[1]] = decode(a[2] ?? a[3])
      const end = lt + m[0].length
      const el: XmlElement = {
        name: m[1],
        attrs,
        children: [],
        start: lt,
        openEnd: end,
        closeStart: end,
        end,
        empty: m[3] === '/',
      }
      const parent = stack.at(-1)
      if (parent) parent.children.push(el)
      else if (root) throw new XmlError('two root elements')
      else root = el
      if (!el.empty) stack.push(el)
      at = end
    }
  }
  if (!root || stack.length) throw new XmlError('the document ends inside an element')
  return root
}

function after(xml: string, close: string, from: number): number {
  const i = xml.indexOf(close, from)
  if (i < 0) throw new XmlError(`no ${close} after ${from}`)
  return i + close.length
}

/** The element children of an element. */
export const elements = (el: XmlElement): XmlElement[] =>
  el.children.filter((c): c is XmlElement => typeof c !== 'string')

/** The first child element named `name`, or null. */
export const child = (el: XmlElement | null | undefined, name: string): XmlElement | null =>
  el ? (elements(el).find((c) => c.name === name) ?? null) : null

/** Push `items` last first, so that popping gives them in order (no spread: a body has many thousand). */
export function pushReversed<T>(stack: T[], items: readonly T[]): void {
  for (let i = items.length - 1; i >= 0; i--) stack.push(items[i])
}

/**
 * Every element named `name` below `el`, in document order, not looking inside those in `skip`.
 * Iterative: a part may nest elements thousands deep.
 */
export function descendants(el: XmlElement, name: string, skip: ReadonlySet<string> = new Set()): XmlElement[] {
  const out: XmlElement[] = []
  const stack = elements(el).reverse()
  for (let e = stack.pop(); e; e = stack.pop()) {
    if (e.name === name) out.push(e)
    if (!skip.has(e.name)) pushReversed(stack, elements(e))
  }
  return out
}

/**
 * The prefix a part binds to WordprocessingML's namespace (transitional or strict) on its root,
 * "w" in every file Word or WPS writes, and a function that prefixes a local name with it.
 */
export function wordNames(root: XmlElement): (local: string) => string {
  const main =
    /^http:\/\/(schemas\.openxmlformats\.org\/wordprocessingml\/2006\/main|purl\.oclc\.org\/ooxml\/wordprocessingml\/main)$/
  const bound = Object.entries(root.attrs).find(([k, v]) => k.startsWith('xmlns') && main.test(v))
  const prefix = bound ? bound[0].replace(/^xmlns:?/, '') : 'w'
  return (local) => (prefix ? `${prefix}:${local}` : local)
}
