/**
 * Paragraphs from HTML, as Word or WPS put it on the clipboard and mammoth makes of a .docx.
 * Block elements end a paragraph; a line break (<br>) inside one ends it only where
 * line-breaks.ts says the next line starts a paragraph of its own, as HTML's own line ends (the
 * source wrapped) never do; every other tag, style, comment and Office-specific markup is dropped.
 * Pure string work: runs in Node and in a worker.
 */
import { BREAK_RULES, paragraphsOfLines, WORD_BREAK_RULES } from './line-breaks'
import { isArticleHeading } from './article'
import { numberMark } from '../lang/numbering'
import { chineseNumeral } from '../lang/numerals'

/** Stand-ins, from a private-use block no text holds: a <br>, and a line end of the HTML source. */
const BR = '\uE000'
const SOURCE_BREAK = '\uE001'
const STAND_INS = /[\uE000-\uE005]/g
/** Stand-ins around the markup of a paragraph that is bold and nothing else, at its start. */
const BOLD = '\uE004'
const BOLD_END = '\uE005'
const BOLD_MARK = /^\uE004([^\uE005]*)\uE005/
/** Stand-ins around a list item's number, which goes to the item's first words (its <p> would part them). */
const LABEL_OPEN = '\uE002'
const LABEL_CLOSE = '\uE003'
const LABEL = /\uE002([^\uE003]*)\uE003[\s\uE000\uE001]*/g

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
      const ok = Number.isFinite(code) && code > 0 && code < 0x110000 && !(code >= 0xe000 && code <= 0xe005)
      return ok ? String.fromCodePoint(code) : ''
    }
    return ENTITIES[e.toLowerCase()] ?? whole
  })
}

/** Chinese characters and punctuation, between which a line end of the source is no space. */
const CJK = /[\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/

/**
 * A line end inside a paragraph of the source is a space, as a browser shows it, except between
 * two Chinese characters (CSS Text: a segment break there is removed); inside <pre> it is a line
 * break.
 */
function sourceBreak(text: string, at: number): string {
  return CJK.test(text[at - 1] ?? '') && CJK.test(text[at + 1] ?? '') ? '' : ' '
}

/** CSS list styles that count in Chinese numerals (一、二、三). */
const CHINESE_LIST = /cjk-ideographic|simp-chinese|trad-chinese|cjk-heavenly/i

/**
 * The numbers of ordered lists (<ol>, as a web page or a browser's copy of one gives them) written
 * into their items as text, as the list shows them: "1." (decimal), "一、" (a Chinese-numeral
 * style), and one level down "（1）", "（一）", as official writing numbers a list inside a list.
 * Without this the numbers, which the browser draws, are lost. `start` and an item's `value` count.
 */
function numberLists(html: string): string {
  const lists: { ordered: boolean; chinese: boolean; n: number }[] = []
  return html.replace(/<(\/?)(ol|ul|li)\b([^>]*)>/gi, (tag, close: string, name: string, attrs: string) => {
    const kind = name.toLowerCase()
    if (kind !== 'li') {
      if (close) lists.pop()
      else {
        const style = /list-style(?:-type)?\s*:\s*([^;"']+)/i.exec(attrs)?.[1] ?? ''
        const start = Number(/\bstart\s*=\s*["']?(-?\d+)/i.exec(attrs)?.[1] ?? 1)
        lists.push({ ordered: kind === 'ol', chinese: CHINESE_LIST.test(style), n: start - 1 })
      }
      return tag
    }
    const list = lists.at(-1)
    if (close || !list?.ordered) return tag
    const value = /\bvalue\s*=\s*["']?(\d+)/i.exec(attrs)
    list.n = value ? Number(value[1]) : list.n + 1
    if (list.n < 1) return tag
    // One level down in a list of the same kind: （1）, （一）.
    const nested = lists.slice(0, -1).some((l) => l.ordered && l.chinese === list.chinese)
    const number = list.chinese ? chineseNumeral(list.n) : String(list.n)
    const label = nested ? `（${number}）` : list.chinese ? `${number}、` : `${number}.`
    return `${tag}${LABEL_OPEN}${label}${LABEL_CLOSE}`
  })
}

const tagless = (html: string) => html.replace(/<[^>]+>/g, '').replace(/&nbsp;|\s|\u3000/g, '')

/** The longest a heading set in bold alone runs. */
const BOLD_HEADING_MAX = 40

/**
 * A paragraph whose words are all in <strong>/<b> (a web article's heading, set bold, without a
 * number or mark) is marked at its start with its markup without the words (its "look": a part's
 * heading is often larger than a section's), for boldToMarks to read.
 */
function markBoldParagraphs(html: string): string {
  return html.replace(/(<p\b[^>]*>)([\s\S]*?)(?=<\/p>)/gi, (whole, open: string, inner: string) => {
    const text = tagless(inner)
    if (!text || text.length > BOLD_HEADING_MAX) return whole
    const bold = [...inner.matchAll(/<(strong|b)\b[^>]*>([\s\S]*?)<\/\1>/gi)].map((m) => tagless(m[2])).join('')
    if (bold !== text) return whole
    // Written without its angle brackets and line ends, or the tags' removal below would take it.
    const look = inner
      .replace(/>[^<]*</g, '><')
      .replace(/^[^<]*|[^>]*$/g, '')
      .replace(/\s+/g, ' ')
      .replace(/</g, '{')
      .replace(/>/g, '}')
    return open + BOLD + look + BOLD_END + inner
  })
}

/** A bold line that says a sentence or a greeting is no heading. */
const SENTENCE_OR_COLON = /[。！？；：:，,、][”’）)]*$/

/**
 * Bold-only paragraphs after the speech's first paragraph of prose (never its title or bylines),
 * ending in no punctuation and carrying no number or mark of their own, are headings, marked as the
 * importer reads an article's (article.ts) and as the user then sees them in the text: with two
 * looks, those of the first heading's look are parts, "【…】", the others sections, "■…"; with one
 * look, all are "■…" (parts, or sections under numbered parts). Other paragraphs lose their mark.
 */
function boldToMarks(paragraphs: string[]): string[] {
  let prose = false
  const read = paragraphs.map((p) => {
    const look = BOLD_MARK.exec(p)?.[1] ?? null
    const text = p
      .replace(BOLD_MARK, '')
      .replace(/[\uE004\uE005]/g, '')
      .trim()
    const heading =
      look !== null &&
      prose &&
      !SENTENCE_OR_COLON.test(text) &&
      /[\u4e00-\u9fff]/.test(text) &&
      numberMark(text) === null &&
      !isArticleHeading(text)
    if (/[。！？][”’）)]*$/.test(text) || /[：:]$/.test(text)) prose = true
    return { text, look: heading ? look : null }
  })
  const looks = [...new Set(read.flatMap((r) => (r.look === null ? [] : [r.look])))]
  return read.map(({ text, look }) =>
    look === null ? text : looks.length > 1 && look === looks[0] ? `【${text}】` : `■${text}`,
  )
}

/**
 * Word's and WPS's clipboard HTML: the generator they name, or the Office markup both write (class
 * MsoNormal, mso- styles, the Office namespaces). A line break in it is the writer's own line wrap
 * (line-breaks.ts, WORD_BREAK_RULES).
 */
const WORD_PROCESSOR =
  /<meta[^>]+name=["']?Generator["']?[^>]+content=["']?(Microsoft Word|WPS)|class=["']?Mso|mso-|urn:schemas-microsoft-com:office/i

export function fromWordProcessor(html: string): boolean {
  return WORD_PROCESSOR.test(html)
}

/**
 * `listNumbers: false` for mammoth's HTML of a .docx, whose automatic numbers docx-numbering.ts has
 * already written into the text (a list it could not write is said in its notes). `boldHeadings`:
 * a paragraph set bold and nothing else is a heading (boldToMarks), for a whole speech pasted from
 * a web page (the import dialog, a paste over the whole draft).
 */
export function htmlToText(html: string, { listNumbers = true, boldHeadings = false } = {}): string {
  const cleaned = html
    .replace(STAND_INS, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(style|script|xml|head|title|o:[a-z]+)\b[\s\S]*?<\/\1>/gi, '')
  const bolded = boldHeadings ? markBoldParagraphs(cleaned) : cleaned
  const flat = (listNumbers ? numberLists(bolded) : bolded)
    .replace(/<pre\b[^>]*>[\s\S]*?<\/pre>/gi, (pre) => pre.replace(/\r\n?|\n/g, '<br>'))
    .replace(/[ \t\r]*\n[ \t\r\n]*/g, SOURCE_BREAK)
    .replace(/<br\s*\/?>/gi, BR)
    .replace(/<\/?(p|div|h[1-6]|li|tr|table|ul|ol|blockquote|section|article|header|footer|pre)\b[^>]*>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(LABEL, '$1')
  const text = decodeEntities(
    flat.replace(new RegExp(SOURCE_BREAK, 'g'), (_s, at: number, all: string) => sourceBreak(all, at)),
  )
  const rules = fromWordProcessor(html) ? WORD_BREAK_RULES : BREAK_RULES
  const paragraphs = text
    .split('\n')
    .flatMap((block) => paragraphsOfLines(block.split(BR), rules))
    .join('\n')
    .replace(/[ \t\r]*\n[ \t\r\n]*/g, '\n')
    .trim()
  return boldHeadings ? boldToMarks(paragraphs.split('\n')).join('\n') : paragraphs.replace(/[\uE004\uE005]/g, '')
}

/** Space that indents a line: Word's &nbsp; runs, full-width spaces, tabs. */
const INDENT_OR_TRAIL = /^[\s\u3000\u00a0]+|[\s\u3000\u00a0]+$/g

/** A line without the space around it: the editor and the printout indent every paragraph themselves. */
export const unindented = (line: string): string => line.replace(INDENT_OR_TRAIL, '')

/** The paragraphs of pasted HTML as the editor takes them: text, unindented, none empty. */
export function htmlParagraphs(html: string, options: { boldHeadings?: boolean } = {}): string[] {
  return htmlToText(html, options).split('\n').map(unindented).filter(Boolean)
}
