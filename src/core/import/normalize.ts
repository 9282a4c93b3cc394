/**
 * Text clean-up before structure recognition: line ends, byte-order marks, full-width
 * digits, indentation with ASCII or full-width spaces, blank lines.
 */

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
  return asciiDigits(text.replace(/^\uFEFF/, ''))
    .split(/\r\n|\r|\n|\u2028|\u2029/)
    .map((line) =>
      line
        .replace(/[\s\u3000\u00a0\u200b]+/g, (s, off: number, all: string) =>
          // Inner runs of space between Chinese characters are noise from PDFs; keep one ASCII space elsewhere.
          off === 0 || off + s.length === all.length ? '' : ' ',
        )
        .trim(),
    )
    .filter((line) => line.length > 0)
}
