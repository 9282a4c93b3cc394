/**
 * Small words of written Chinese that change what the word after them means, shared by the
 * recognisers and the checks.
 */

/** A negation before a word: 不合格 is not 合格, 未达标 not 达标. Tested at the end of what precedes the word. */
export const NEGATION_BEFORE = /[不未非无]$/
