/**
 * Words put into a pattern as themselves. Escapes the characters a regular expression gives a
 * meaning to, and `/` (a unit such as 元/吨 reads the same escaped); nothing else, so the escaped
 * text is valid with the `u` flag too (print's tokens are read with it, over lang/units'
 * WRITTEN_UNIT): there `\%` or `\-` outside a class would be a syntax error.
 */
export const escapeRegExp = (words: string): string => words.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
