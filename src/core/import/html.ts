/**
 * Paragraphs from HTML, as Word or WPS put it on the clipboard and mammoth makes of a .docx.
 * Block elements and line breaks end a paragraph; every other tag, style, comment and
 * Office-specific markup is dropped. Pure string work: runs in Node and in a worker.
 */

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ensp: ' ',
  emsp: '　',
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  mdash: '—',
  hellip: '…',
  middot: '·',
}

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : ''
    }
    return ENTITIES[e.toLowerCase()] ?? whole
  })
}

export function htmlToText(html: string): string {
  return decodeEntities(
    html
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/<(style|script|xml|head|title|o:[a-z]+)\b[\s\S]*?<\/\1>/gi, '')
      .replace(/<br\s*\/?>/gi, '\n')
      .replace(/<\/?(p|div|h[1-6]|li|tr|table|ul|ol|blockquote|section|article|header|footer|pre)\b[^>]*>/gi, '\n')
      .replace(/<[^>]+>/g, '')
      .replace(/[ \t\r]*\n[ \t\r\n]*/g, '\n'),
  ).trim()
}
