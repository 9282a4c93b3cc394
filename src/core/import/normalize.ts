/**
 * Text clean-up before structure recognition: line ends, byte-order marks, full-width
 * digits, indentation with ASCII or full-width spaces, blank lines.
 */
import { paragraphsOfLines, WORD_BREAK_RULES } from './line-breaks'

const FULLWIDTH_DIGIT = /[０-９]/g

/** Full-width digits become ASCII; "１２．５" becomes "12.5". Other characters stay. */
export function asciiDigits(text: string): string {
  return text
    .replace(FULLWIDTH_DIGIT, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/(\d)．(?=\d)/g, '$1.')
    .replace(/％/g, '%')
}

/** The non-empty lines of a text, trimmed of every kind of space, digits made ASCII. */
export function speechLines(text: string): string[] {
  return (
    asciiDigits(text.replace(/^\uFEFF/, ''))
      .split(/\r\n|\r|\n|\u2028|\u2029/)
      // Word's and WPS's line break inside a paragraph (\v, as their plain text holds it) is read as the
      // editor's paste reads it (line-breaks.ts WORD_BREAK_RULES): one paragraph, or two where it
      // stands before the next item of a list; never a space in the words.
      .flatMap((line) => (line.includes('\v') ? paragraphsOfLines(line.split('\v'), WORD_BREAK_RULES) : [line]))
      .map((line) =>
        line
          .replace(/[\s\u3000\u00a0\u200b]+/g, (s, off: number, all: string) =>
            // Inner runs of space between Chinese characters are noise from PDFs; keep one ASCII space elsewhere.
            off === 0 || off + s.length === all.length ? '' : ' ',
          )
          .trim(),
      )
      .filter((line) => line.length > 0)
  )
}
