/**
 * What is pasted from elsewhere (Word, WPS, a web page) comes in as the speech's own paragraphs:
 * read by the importer's reading of HTML (core/import/html.ts), so a Shift+Enter line break is the
 * same soft break here as in an import (line-breaks.ts), not a stray space; in Word's or WPS's HTML
 * it is the writer's line wrap even after a full stop (WORD_BREAK_RULES); and no pasted indent
 * (&nbsp; runs, full-width spaces) pushes a paragraph further right than the others. A copy from
 * this editor itself carries ProseMirror's slice marker (and slots their markup) and is left as it
 * is, slots and all.
 *
 * A whole speech pasted over the whole draft (Ctrl+A, then a speech numbered 一、（一）) is read
 * as an import reads it, parts and sections and all (core/paste-speech.ts). Paragraphs pasted where
 * the caret's block cannot hold them (the greeting, a heading) go in just after it.
 */
import { Plugin } from 'prosemirror-state'
import { htmlParagraphs, unindented } from '../../core/import/html'
import { paragraphsOfLines, WORD_BREAK_RULES } from '../../core/import/line-breaks'
import { holdsPartHeadings, pasteBesideBlock, pasteWholeSpeech } from '../../core/paste-speech'

/** ProseMirror's mark on a copy from an editor, or a slot's own markup. */
const OWN_COPY = /data-pm-slice|data-slot/

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/**
 * The paragraphs of pasted plain text: each line one, unindented. Word's and WPS's line break inside
 * a paragraph comes as a vertical tab (\v, as Ctrl+Shift+V pastes it): their line wrap, read by the
 * same rules as the <br> of their HTML (line-breaks.ts, WORD_BREAK_RULES), never a control character
 * in the speech.
 */
const plainLines = (text: string): string[] =>
  text
    .split(/\r\n?|\n/)
    .flatMap((line) => paragraphsOfLines(line.split('\v'), WORD_BREAK_RULES))
    .map(unindented)

/** Sent up from the editor when a paste with part headings went into one place as paragraphs. */
export const PASTED_PARTS_EVENT = 'jg-pasted-parts'

export function pastePlugin(): Plugin {
  return new Plugin({
    props: {
      handlePaste(view, event) {
        const data = event.clipboardData
        if (!data) return false
        const html = data.getData('text/html')
        if (html && OWN_COPY.test(html)) return false
        // A whole speech pasted from a web page may set its headings in bold alone (html.ts).
        const lines = html ? htmlParagraphs(html, { boldHeadings: true }) : plainLines(data.getData('text/plain'))
        const whole = pasteWholeSpeech(view.state, lines)
        // Paragraphs pasted into the greeting or a heading go in after it, not nowhere (tryout 16, A1).
        const tr = whole ?? pasteBesideBlock(view.state, lines)
        // Pasted as paragraphs where the caret is: the page says how to have its parts as parts.
        if (!whole && holdsPartHeadings(lines))
          view.dom.dispatchEvent(new CustomEvent(PASTED_PARTS_EVENT, { bubbles: true, composed: true }))
        if (!tr) return false
        view.dispatch(tr.scrollIntoView().setMeta('paste', true).setMeta('uiEvent', 'paste'))
        return true
      },
      transformPastedHTML(html) {
        if (OWN_COPY.test(html)) return html
        return htmlParagraphs(html)
          .map((p) => `<p>${escapeHtml(p)}</p>`)
          .join('')
      },
      transformPastedText(text) {
        return plainLines(text).join('\n')
      },
    },
  })
}
