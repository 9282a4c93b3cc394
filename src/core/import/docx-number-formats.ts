/**
 * How Word writes a counter's value in each numbering format (w:numFmt) a Chinese office uses.
 * Each format says the values it can write; outside them (a 甲乙丙 list past 癸, a circled
 * number past ⑳, Chinese counting from 一百 on, where Word's and LibreOffice's spellings part)
 * and for formats not in the table the importer writes no number and says so: a number it
 * guessed would be a number the speech never had.
 */
import { chineseNumeral } from '../lang/numerals'

export interface NumberFormat {
  /** The format as a user knows it, by its first numbers, for the notes. */
  shown: string
  /** The value as Word shows it, or null when this format cannot show it. */
  write(n: number): string | null
  /** Values and what Word shows for them, checked by the tests. */
  examples: readonly [number, string | null][]
}

const from = (chars: string, first = 1): NumberFormat['write'] => {
  const list = [...chars]
  return (n) => list[n - first] ?? null
}

/** A, B … Z, AA, BB … ZZ, AAA: Word repeats the letter rather than counting in base 26. */
const letters =
  (alphabet: string): NumberFormat['write'] =>
  (n) =>
    n >= 1 && n <= 780 ? alphabet[(n - 1) % 26].repeat(Math.floor((n - 1) / 26) + 1) : null

const ROMAN: [number, string][] = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
]
function roman(n: number): string | null {
  if (n < 1 || n > 3999) return null
  let out = ''
  for (const [value, digits] of ROMAN) for (; n >= value; n -= value) out += digits
  return out
}

/** 1 → 一, 10 → 十, 11 → 十一, 99 → 九十九: both of Word's Chinese counting formats agree up to 99. */
const chineseCounting = (n: number) => (n >= 1 && n <= 99 ? chineseNumeral(n) : null)

const decimal = (n: number) => (n >= 0 ? String(n) : null)

export const NUMBER_FORMATS: Readonly<Record<string, NumberFormat>> = {
  decimal: {
    shown: '1、2、3',
    write: decimal,
    examples: [
      [1, '1'],
      [12, '12'],
      [0, '0'],
    ],
  },
  decimalZero: {
    shown: '01、02、03',
    write: (n) => (n >= 0 ? String(n).padStart(2, '0') : null),
    examples: [
      [3, '03'],
      [12, '12'],
    ],
  },
  decimalFullWidth: {
    shown: '１、２、３',
    write: (n) => decimal(n)?.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)) ?? null,
    examples: [[12, '１２']],
  },
  chineseCounting: {
    shown: '一、二、三',
    write: chineseCounting,
    examples: [
      [1, '一'],
      [10, '十'],
      [11, '十一'],
      [20, '二十'],
      [99, '九十九'],
      [100, null],
      [0, null],
    ],
  },
  chineseCountingThousand: {
    shown: '一、二、三',
    write: chineseCounting,
    examples: [
      [3, '三'],
      [15, '十五'],
      [100, null],
    ],
  },
  ideographTraditional: {
    shown: '甲、乙、丙',
    write: from('甲乙丙丁戊己庚辛壬癸'),
    examples: [
      [1, '甲'],
      [10, '癸'],
      [11, null],
      [0, null],
    ],
  },
  decimalEnclosedCircle: {
    shown: '①②③',
    write: from('①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳'),
    examples: [
      [1, '①'],
      [20, '⑳'],
      [21, null],
    ],
  },
  decimalEnclosedFullstop: {
    shown: '⒈⒉⒊',
    write: from('⒈⒉⒊⒋⒌⒍⒎⒏⒐⒑⒒⒓⒔⒕⒖⒗⒘⒙⒚⒛'),
    examples: [
      [2, '⒉'],
      [21, null],
    ],
  },
  decimalEnclosedParen: {
    shown: '⑴⑵⑶',
    write: from('⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇'),
    examples: [
      [3, '⑶'],
      [20, '⒇'],
    ],
  },
  upperLetter: {
    shown: 'A、B、C',
    write: letters('ABCDEFGHIJKLMNOPQRSTUVWXYZ'),
    examples: [
      [1, 'A'],
      [26, 'Z'],
      [27, 'AA'],
      [28, 'BB'],
    ],
  },
  lowerLetter: {
    shown: 'a、b、c',
    write: letters('abcdefghijklmnopqrstuvwxyz'),
    examples: [
      [2, 'b'],
      [53, 'aaa'],
    ],
  },
  upperRoman: {
    shown: 'I、II、III',
    write: roman,
    examples: [
      [4, 'IV'],
      [14, 'XIV'],
      [1999, 'MCMXCIX'],
      [0, null],
    ],
  },
  lowerRoman: {
    shown: 'i、ii、iii',
    write: (n) => roman(n)?.toLowerCase() ?? null,
    examples: [[9, 'ix']],
  },
  /** No number at all: the level's text around it is still shown. */
  none: {
    shown: '不显示编号',
    write: () => '',
    examples: [[1, '']],
  },
}

/** A bullet is no number: its paragraph keeps no mark. */
export const BULLET = 'bullet'
