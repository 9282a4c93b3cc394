/**
 * Chinese numbering of the speech's headings (一、 （一） 1. （1）). The facts live in lang/;
 * this is the model's entry to them.
 */
export { chineseNumeral, parseChineseNumeral } from './lang/numerals'
export { levelLabel, type Level } from './lang/numbering'
