/** Punctuation of written Chinese: what ends a sentence or a clause, what pairs, full and half widths. */

/** Characters of Chinese text (and U+FFFC, a slot standing in the text), for building patterns. */
export const CJK = '\\u3400-\\u9fff\\uf900-\\ufaff\\uFFFC'

/** What ends a sentence as a reader pauses: 。！？ and the ； between long clauses. */
export const SENTENCE_END = /[。！？；]/

/** What ends a clause: where a figure's label cannot reach across. */
export const CLAUSE_MARKS = '，。；、：！？,;:（）()《》\n'

/** A mark, Chinese or ASCII, that a typist ends a clause or a sentence with. */
export const TYPED_CLAUSE_END = /[，。；：！？、,.;:!?]$/

/** Half-width marks and their full-width forms. */
export const FULL_WIDTH: Record<string, string> = {
  ',': '，',
  '.': '。',
  ';': '；',
  ':': '：',
  '?': '？',
  '!': '！',
  '(': '（',
  ')': '）',
  '"': '“”',
  "'": '‘’',
}

/** Marks that open and close: quotes, book titles, brackets. */
export const PAIRS: readonly (readonly [string, string])[] = [
  ['“', '”'],
  ['‘', '’'],
  ['《', '》'],
  ['（', '）'],
  ['【', '】'],
]

/**
 * Inside 《…》 a number or a year belongs to a document's name. A title is read within TITLE_REACH
 * of the number: looking through the whole paragraph for every number of a long one was quadratic.
 */
export function insideBookTitle(text: string, at: number): boolean {
  const from = Math.max(0, at - TITLE_REACH)
  const open = text.slice(from, at + 1).lastIndexOf('《')
  if (open < 0) return false
  const close = text.indexOf('》', from + open)
  return close > at && close - (from + open) <= 2 * TITLE_REACH
}
/** Longer than any document's name (《……三年行动方案（2024—2026年）》 is some thirty characters). */
const TITLE_REACH = 120
