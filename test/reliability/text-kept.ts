/**
 * "No lost text": every Chinese character and every digit of what went in must come out.
 * Counted as multisets, so text may move (a run-in heading joins its paragraph) and gain
 * (generated numbers, {{名称|单位}} of an empty figure), but never lose.
 */
const KEPT = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u{20000}-\u{3134f}0-9]/gu
/** Characters a renumbering may change, when the import says so in a note. */
export const NUMBERING_CHARS = /^[一二三四五六七八九十百千万亿零0-9]$/u

function counts(text: string): Map<string, number> {
  const out = new Map<string, number>()
  for (const [c] of text.normalize('NFC').matchAll(KEPT)) out.set(c, (out.get(c) ?? 0) + 1)
  return out
}

/** Full-width digits are read as ASCII digits, as the importer does. */
export const asciiDigits = (s: string) => s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))

/** Characters of `input` that `output` has fewer of, with how many are missing. */
export function missing(input: string, output: string): Map<string, number> {
  const have = counts(output)
  const lost = new Map<string, number>()
  for (const [c, n] of counts(asciiDigits(input))) {
    const short = n - (have.get(c) ?? 0)
    if (short > 0) lost.set(c, short)
  }
  return lost
}

export function describe(lost: Map<string, number>): string {
  return [...lost].map(([c, n]) => `${c}×${n}`).join(' ')
}

/**
 * Throws unless `output` keeps every character of `input`, or what it lost the import said in
 * a note: a character the notes quote (the "#回顾" taken as a part's kind), or the numbering
 * characters of numbers it renumbered.
 */
export function expectKept(input: string, output: string, notes: string[], what = '导入'): void {
  const lost = missing(input, output)
  if (!lost.size) return
  const noted = notes.join('')
  const silent = [...lost.keys()].filter((c) => !noted.includes(c) && !(notes.length && NUMBERING_CHARS.test(c)))
  if (silent.length)
    throw new Error(`${what}后丢了字：${describe(lost)}（${notes.length ? '说明里没有提到' : '没有说明'}）`)
}
