/**
 * Chinese numerals as official writing uses them: 一 … 十, 十一 … 九十九, 一百零一 for
 * numbering (chineseNumeral, parseChineseNumeral), and the looser numerals of statistics
 * written in words ("两千余", "三百五十", "1.2万") for reading counts (parseChineseCount).
 */

const DIGITS = '零一二三四五六七八九'

/** The 。 a Chinese IME types for a decimal point between two digits; replace with '$1.'. */
export const IME_DECIMAL_POINT = /(\d)。(?=\d)/g

/** One Chinese numeral character of the kind numbering uses; for building patterns. */
export const NUMERAL_CHARS = '一二三四五六七八九十百零'

const PLACES: [string, number][] = [
  ['千', 1000],
  ['百', 100],
  ['十', 10],
  ['', 1],
]

/** A group of up to four digits (1–9999); `leading` when nothing is written before it (十一, not 一十一). */
function group(n: number, leading: boolean): string {
  let out = ''
  let zero = false
  for (const [place, value] of PLACES) {
    const d = Math.floor(n / value) % 10
    if (!d) {
      if (out) zero = true
      continue
    }
    if (zero) out += '零'
    zero = false
    out += (d === 1 && place === '十' && leading && !out ? '' : DIGITS[d]) + place
  }
  return out
}

/**
 * 1 → 一, 10 → 十, 11 → 十一, 20 → 二十, 101 → 一百零一, 110 → 一百一十, 1000 → 一千,
 * 10010 → 一万零一十, 100000 → 十万: any positive whole number, so no count of parts can
 * run out of numerals.
 */
export function chineseNumeral(n: number): string {
  if (!Number.isSafeInteger(n) || n < 1) throw new RangeError(`No Chinese numeral for ${n} (whole numbers from 1)`)
  let out = ''
  let gap = false
  for (const [place, value] of [
    ['亿', 1e8],
    ['万', 1e4],
    ['', 1],
  ] as const) {
    const g = place === '亿' ? Math.floor(n / value) : Math.floor(n / value) % 10000
    if (!g) {
      if (out) gap = true
      continue
    }
    if (out && (gap || g < 1000)) out += '零'
    gap = false
    out += (g >= 10000 ? chineseNumeral(g) : group(g, !out)) + place
  }
  return out
}

const NUMERAL = /^(?:([一二三四五六七八九])百)?(?:(零)|([一二三四五六七八九])?(十))?([一二三四五六七八九])?$/

/** 一 → 1, 十一 → 11, 一百零一 → 101; null when the text is not a numeral as chineseNumeral writes it. */
export function parseChineseNumeral(text: string): number | null {
  const m = NUMERAL.exec(text)
  if (!m || text === '') return null
  const [, h, , t, ten, o] = m
  const n =
    (h ? DIGITS.indexOf(h) * 100 : 0) + (ten ? (t ? DIGITS.indexOf(t) : 1) * 10 : 0) + (o ? DIGITS.indexOf(o) : 0)
  if (n === 0) return null
  return chineseNumeral(n) === text ? n : null
}

/** A count written in words: 两/二 … 九 with 十/百/千 places ("两千", "三百五十", "一千二百"). */
export const COUNT_WORDS = '[零〇一二两三四五六七八九十百千]+'

/**
 * Whether typed words say a number and nothing else: digits (half or full width), separators,
 * a sign, %, a count in words and 万/亿 (“3,260”, “１２．５%”, “三千”, “1.2万”), the unit `unit`
 * aside. What has other words is a sentence, not a figure's number.
 */
export function onlyANumber(text: string, unit = ''): boolean {
  const words = text.replace(unit, '').replace(/[\d０-９.,．，%％\-－\s]/g, '')
  return new RegExp(`^(?:[零〇一二两三四五六七八九十百千]*)[万亿]?$`).test(words)
}

const COUNT_DIGIT: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
}
const PLACE: Record<string, number> = { 十: 10, 百: 100, 千: 1000 }

/**
 * "两千" → 2000, "三百五十" → 350, "十二" → 12, "一千零五" → 1005; null for anything else
 * (a digit string like "一二三", a place without a digit twice, 万/亿, which units carry).
 */
export function parseChineseCount(text: string): number | null {
  if (!text || !new RegExp(`^${COUNT_WORDS}$`).test(text)) return null
  let total = 0
  let digit: number | null = null
  let lastPlace = Number.POSITIVE_INFINITY
  let zero = false
  for (const ch of text) {
    if (ch in COUNT_DIGIT) {
      if (digit !== null && digit !== 0) return null
      if (COUNT_DIGIT[ch] === 0) zero = true
      digit = COUNT_DIGIT[ch]
      continue
    }
    const place = PLACE[ch]
    if (place >= lastPlace) return null
    total += (digit ?? (place === 10 && total === 0 ? 1 : Number.NaN)) * place
    if (Number.isNaN(total)) return null
    digit = null
    lastPlace = place
  }
  // A last digit right after 百 or 千 is the next place down in the short form ("两千五" is 2500).
  if (digit !== null)
    total += !zero && lastPlace >= 100 && lastPlace !== Number.POSITIVE_INFINITY ? (digit * lastPlace) / 10 : digit
  return total > 0 ? total : null
}
