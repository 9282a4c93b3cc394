/**
 * What is typed into a figure: the number it takes (digits, in its own unit), words that still
 * say a number it cannot take (三千, 3260人次 in a figure counted in 人), or a sentence. The
 * figure's input (app/editor/slot-view.ts), the figures panel and the text an IME composes over a
 * figure (slot-typing.ts) all read it here, in one normalisation: a number the figure takes is
 * never taken for a sentence.
 */
import { asciiDigits } from './import/normalize'
import { IME_DECIMAL_POINT, onlyANumber } from './lang/numerals'
import { escapeRegExp } from './lang/regexp'
import { BASE_UNITS, COMPOUND_UNIT, MAGNITUDE, WORK_UNIT } from './lang/units'

/** Typed words as a figure reads them: trimmed, full-width digits and the IME's 。 between two digits made ASCII. */
export function typedText(raw: string): string {
  return asciiDigits(raw.trim()).replace(IME_DECIMAL_POINT, '$1.')
}

/** A unit as written after a number: 万/亿 before it, 余/多 after, any base, compound or work unit. */
const KNOWN_UNIT = new RegExp(
  `^${MAGNITUDE}?(?:${[...BASE_UNITS]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|')}|${COMPOUND_UNIT}|${WORK_UNIT})?[余多]?$`,
)

/**
 * The value a figure counted in `unit` takes from typed words: digits with a minus sign and a
 * decimal point, the separators of thousands (every three digits) dropped, the figure's own unit after it allowed
 * ("3,260人" in 人 → "3260"); null for anything else.
 */
export function typedValue(raw: string, unit: string): string | null {
  const number = typedText(raw).replace(new RegExp(`${escapeRegExp(unit)}$`), '')
  // A comma only between groups of three digits, as the importer reads one: 1,26 is no number
  // (a slip for 126 or 1,260?), never silently 126.
  if (!/^-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/.test(number)) return null
  return number.replace(/,/g, '')
}

/** An approximation typed with a figure: the mark and where it sits (as SlotAttrs approx, approxPos). */
export interface TypedApprox {
  approx: '余' | '多'
  approxPos: 'number' | 'magnitude'
}

/**
 * The 余/多 typed with a figure's number (1323余, 1323余次, 860万余元, 4万多): the mark, where it
 * sits, and the words without it, for typedValue to read (860万元); null when none is typed.
 */
export function typedApprox(raw: string): { text: string; mark: TypedApprox } | null {
  const text = typedText(raw)
  const m = new RegExp(`^(-?[\\d.,]+)(${MAGNITUDE})?([余多])`).exec(text)
  if (!m) return null
  const approx = m[3] === '多' ? '多' : '余'
  return {
    text: m[1] + (m[2] ?? '') + text.slice(m[0].length),
    mark: { approx, approxPos: m[2] ? 'magnitude' : 'number' },
  }
}

/** Typed words with 余/多, the figure's unit, and what they give: the value and the mark (null: none typed). */
export const TYPED_APPROX: readonly { typed: string; unit: string; value: string | null; mark: TypedApprox | null }[] =
  [
    { typed: '1323余', unit: '次', value: '1323', mark: { approx: '余', approxPos: 'number' } },
    { typed: '1323余次', unit: '次', value: '1323', mark: { approx: '余', approxPos: 'number' } },
    { typed: '920余名', unit: '名', value: '920', mark: { approx: '余', approxPos: 'number' } },
    { typed: '3000多', unit: '人', value: '3000', mark: { approx: '多', approxPos: 'number' } },
    { typed: '860余万元', unit: '万元', value: '860', mark: { approx: '余', approxPos: 'number' } },
    { typed: '860万余元', unit: '万元', value: '860', mark: { approx: '余', approxPos: 'magnitude' } },
    { typed: '4万多户', unit: '万户', value: '4', mark: { approx: '多', approxPos: 'magnitude' } },
    { typed: '１３２３余', unit: '次', value: '1323', mark: { approx: '余', approxPos: 'number' } },
    // none typed: the number alone, or a mark the figure's unit does not end with
    { typed: '1323', unit: '次', value: '1323', mark: null },
    { typed: '1323次', unit: '次', value: '1323', mark: null },
    { typed: '余1323', unit: '次', value: null, mark: null },
    { typed: '200余场', unit: '人', value: null, mark: { approx: '余', approxPos: 'number' } },
  ]

/**
 * Digits with commas that typedValue refuses only for where the commas stand (1,26; 32,60): a
 * slip to tell as such, not "not a number". Commas may be written full-width, or with spaces.
 */
export function misgroupedNumber(raw: string): boolean {
  const text = typedText(raw).replace(/，/g, ',').replace(/\s/g, '')
  return text.includes(',') && /^-?[\d,]+(?:\.\d+)?$/.test(text) && typedValue(text, '') === null
}

/**
 * Whether typed words say a number: one the figure takes (typedValue), a number with any unit
 * and nothing else (3260人次, 3.2亿元, 8.5个百分点), or a number in words (三千, 1.2万), which
 * the input keeps and says what is wrong with. Words beyond that are a sentence.
 */
export function saysANumber(raw: string, unit = ''): boolean {
  const text = typedText(raw)
  if (typedValue(text, unit) !== null || onlyANumber(text, unit)) return true
  const m = /^[-－]?[\d０-９][\d０-９.,．，]*(.*)$/.exec(text)
  return m !== null && KNOWN_UNIT.test(m[1].replace(/^[余多]/, ''))
}

/**
 * Typed words, the unit of the figure they are typed into, the value it takes (null: none) and
 * whether they say a number (false: a sentence, which the IME's text leaves outside the figure).
 */
export const TYPED_NUMBERS: readonly { typed: string; unit: string; value: string | null; number: boolean }[] = [
  { typed: '3260', unit: '人', value: '3260', number: true },
  { typed: '3,260', unit: '人', value: '3260', number: true },
  { typed: ' 3260 ', unit: '人', value: '3260', number: true },
  { typed: '3260人', unit: '人', value: '3260', number: true },
  { typed: '３２６０', unit: '人', value: '3260', number: true },
  { typed: '１２．５％', unit: '%', value: '12.5', number: true },
  // A Chinese IME types 。 for the point between two digits.
  { typed: '12。5', unit: '%', value: '12.5', number: true },
  { typed: '１２。５', unit: '%', value: '12.5', number: true },
  { typed: '3.2万元', unit: '万元', value: '3.2', number: true },
  { typed: '-0.3', unit: '个百分点', value: '-0.3', number: true },
  { typed: '12.5个百分点', unit: '个百分点', value: '12.5', number: true },
  { typed: '3,260.5', unit: '万元', value: '3260.5', number: true },
  // Numbers the figure cannot take: the input keeps them and says why.
  { typed: '三千', unit: '人', value: null, number: true },
  { typed: '1.2万', unit: '人', value: null, number: true },
  { typed: '3260人次', unit: '人', value: null, number: true },
  { typed: '12.5%', unit: '人', value: null, number: true },
  { typed: '１２．５%', unit: '', value: null, number: true },
  { typed: '3.2亿元', unit: '万元', value: null, number: true },
  { typed: '8.5个百分点', unit: '', value: null, number: true },
  { typed: '200余场', unit: '场', value: null, number: true },
  { typed: '3000多', unit: '人', value: null, number: true },
  { typed: '4.2分钟', unit: '', value: null, number: true },
  { typed: '136万字', unit: '', value: null, number: true },
  { typed: '－3', unit: '个百分点', value: null, number: true },
  { typed: '1，260', unit: '人', value: null, number: true },
  // A comma where no thousands end: which number was meant cannot be told.
  { typed: '1,26', unit: '人', value: null, number: true },
  { typed: '1,2,3', unit: '人', value: null, number: true },
  { typed: '32,60', unit: '人', value: null, number: true },
  { typed: '1,260,000', unit: '元', value: '1260000', number: true },
  // Sentences.
  { typed: '2026年是关键之年', unit: '', value: null, number: false },
  { typed: '全年稳定', unit: '%', value: null, number: false },
  { typed: '3260人次以上', unit: '人次', value: null, number: false },
  { typed: '约3000人', unit: '人', value: null, number: false },
  { typed: '3个县（市、区）交流发言', unit: '个', value: null, number: false },
  { typed: '三点二', unit: '人', value: null, number: false },
]
