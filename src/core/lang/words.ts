/**
 * Small words of written Chinese that change what the word after them means, shared by the
 * recognisers and the checks.
 */

/** A negation before a word: 不合格 is not 合格, 未达标 not 达标. Tested at the end of what precedes the word. */
export const NEGATION_BEFORE = /[不未非无]$/

/** Words after a noun that make it a total: the same thing as the noun ("经营主体总量" is "经营主体"). */
export const TOTAL_NAMES = ['总量', '总数', '总额', '数量', '总规模']
export const TOTAL_WORDS = new RegExp(`(?:${TOTAL_NAMES.join('|')})$`)

/** A name less a total word after it, when a noun is left: 经营主体总量 → 经营主体; 总数 stays. */
export const withoutTotal = (label: string) => label.replace(new RegExp(`(?<=.)${TOTAL_WORDS.source}`), '')
