/**
 * What a .docx holds beside its body text, which the speech does not take: comments, headers and
 * footers, footnotes and endnotes; and text boxes, whose words mammoth puts among the paragraphs.
 * None is dropped without a word: each gives the user a note naming it, with its first words, so
 * she can look at it in Word (tryout 11: a comment “此数请统计科再核实” and a footnote with the
 * measure of a rate were gone, the footnote's “[1]” left in the text and its words after 谢谢大家).
 */
import type { Unzipped } from 'fflate'
import { marginsNote } from './page-margins'
import { descendants, elements, parseXml, wordNames, XmlError, type XmlElement } from './xml'

/** The first words of a note, as a note quotes them: enough to find it in Word. */
const QUOTE_CHARS = 24
/** A footnote is quoted whole up to this: it is gone from the speech, and she may want its words. */
const NOTE_CHARS = 120

const quote = (text: string, most = QUOTE_CHARS) => {
  const t = text.replace(/\s+/g, ' ').trim()
  return `“${t.length > most ? `${t.slice(0, most)}…` : t}”`
}

/** The text of an element's runs (w:t), joined. */
function textOf(el: XmlElement, w: (local: string) => string): string {
  return descendants(el, w('t'))
    .map((t) => t.children.filter((c) => typeof c === 'string').join(''))
    .join('')
}

function parsed(files: Unzipped, path: string): XmlElement | null {
  const bytes = files[path]
  if (!bytes) return null
  try {
    return parseXml(new TextDecoder().decode(bytes))
  } catch (e) {
    // A part that is not XML says nothing here; mammoth reports a broken body.
    if (e instanceof XmlError) return null
    throw e
  }
}

/** Notes on the comments, headers and footers, and text boxes of a .docx (its main part at `main`). */
export function wordExtras(files: Unzipped, main: string): string[] {
  const notes: string[] = []
  const comments = parsed(files, 'word/comments.xml')
  if (comments) {
    const w = wordNames(comments)
    const texts = elements(comments)
      .filter((c) => c.name === w('comment'))
      .map((c) => textOf(c, w))
    if (texts.length)
      notes.push(
        `文件里有 ${texts.length} 条批注（如${quote(texts[0])}），批注不导入讲稿。请在 Word 里看过批注，该改的在讲稿里改。`,
      )
  }
  const margins = Object.keys(files)
    .filter((path) => /^word\/(header|footer)\d*\.xml$/.test(path))
    // Headers first, as the page shows them.
    .sort((a, b) => (a.includes('header') === b.includes('header') ? (a < b ? -1 : 1) : a.includes('header') ? -1 : 1))
    .map((path) => {
      const root = parsed(files, path)
      return root ? textOf(root, wordNames(root)).trim() : ''
    })
    .filter(Boolean)
  if (margins.length) notes.push(marginsNote(quote(margins[0])))
  const body = parsed(files, main)
  if (body) {
    const w = wordNames(body)
    // A text box is written twice, for new Word and for old (mc:Fallback): counted once.
    const boxes = descendants(body, w('txbxContent'), new Set(['mc:Fallback']))
      .map((b) => textOf(b, w).trim())
      .filter(Boolean)
    if (boxes.length)
      notes.push(
        `文件里有 ${boxes.length} 个文本框，其中的文字（如${quote(boxes[0])}）作为段落放进了讲稿，位置可能不对，请核对。`,
      )
  }
  return notes
}

/** mammoth's marks of footnotes and endnotes in the text: <sup><a href="#footnote-2" id="footnote-ref-2">[1]</a></sup>. */
const NOTE_REF = /<sup><a href="#(?:footnote|endnote)-[^"]*" id="(?:footnote|endnote)-ref-[^"]*">\[\d+\]<\/a><\/sup>/g
/** The notes mammoth lists after the body: <ol><li id="footnote-2"><p>… <a href="#footnote-ref-2">↑</a></p></li></ol>. */
const NOTE_LIST = /<ol>((?:<li id="(?:footnote|endnote)-[^"]*">[\s\S]*?<\/li>)+)<\/ol>/g
const NOTE_ITEM = /<li id="(?:footnote|endnote)-[^"]*">([\s\S]*?)<\/li>/g

/** mammoth's HTML without footnotes and endnotes, and a note quoting them: a speech read aloud has none. */
export function withoutNotes(html: string): { html: string; notes: string[] } {
  const texts: string[] = []
  const out = html.replace(NOTE_REF, '').replace(NOTE_LIST, (_whole, items: string) => {
    for (const [, item] of items.matchAll(NOTE_ITEM))
      texts.push(
        item
          .replace(/<a href="#(?:footnote|endnote)-ref-[^"]*">↑<\/a>/g, '')
          .replace(/<[^>]+>/g, '')
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>')
          .replace(/&quot;/g, '"')
          .replace(/&amp;/g, '&')
          .trim(),
      )
    return ''
  })
  if (!texts.length) return { html, notes: [] }
  return {
    html: out,
    notes: [
      `文件里有 ${texts.length} 条脚注或尾注，没有放进讲稿正文（讲话稿念出来没有脚注）：${texts.map((t) => quote(t, NOTE_CHARS)).join('；')}。需要的话，请把它写进正文。`,
    ],
  }
}
