/**
 * The same speech typed another way reads the same: full-width digits and ％ (Word's Chinese
 * input), no thousands separators, Windows line ends, full-width indents, blank lines between
 * paragraphs, trailing spaces, half-width brackets around section numbers, 一． for 一、, a longer
 * greeting, a date line in Chinese numerals. Over a quarter of the labelled corpus, each variant
 * must give the same years, part kinds, figures (value, unit, kind, year) and errors as the
 * speech as written. None of these is a rule of its own: they are how secretaries' files differ.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { importText } from '../../src/core/import'
import { slotsOf } from '../../src/core/outline'
import { partKindOf } from '../../src/core/schema'
import { CheckEngine } from '../../src/core/checks/engine'

const dir = new URL('../fixtures/corpus/', import.meta.url)
// Every fourth speech: the variants cost an import and a check each.
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .filter((_, i) => i % 4 === 0)

const FULL_WIDTH = 0xfee0
const CN = '〇一二三四五六七八九'
const cnYear = (y: string) => [...y].map((d) => CN[Number(d)]).join('')
/** 1–31 in Chinese numerals, as a date is written. */
const cnSmall = (n: string) => {
  const v = Number(n)
  if (v < 10) return CN[v]
  return `${v >= 20 ? CN[Math.floor(v / 10)] : ''}十${v % 10 ? CN[v % 10] : ''}`
}

const VARIANTS: Record<string, (s: string) => string> = {
  'full-width digits': (s) => s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + FULL_WIDTH)),
  'full-width ％': (s) => s.replace(/%/g, '％'),
  'no thousands separators': (s) => s.replace(/(\d),(\d{3})/g, '$1$2'),
  'Windows line ends': (s) => s.replace(/\n/g, '\r\n'),
  'full-width indents': (s) =>
    s
      .split('\n')
      .map((l) => (l.trim() ? `　　${l}` : l))
      .join('\n'),
  'blank lines between paragraphs': (s) => s.replace(/\n/g, '\n\n'),
  'trailing spaces': (s) =>
    s
      .split('\n')
      .map((l) => (l.trim() ? `${l}  ` : l))
      .join('\n'),
  'half-width brackets around section numbers': (s) => s.replace(/^（([一二三四五六七八九十]+)）/gm, '($1)'),
  '一． for 一、': (s) => s.replace(/^([一二三四五六七八九十]+)、/gm, '$1．'),
  'a longer greeting': (s) => s.replace(/^同志们：$/m, '各位领导、同志们：'),
  'a date line in Chinese numerals': (s) =>
    s.replace(
      /^（(\d{4})年(\d{1,2})月(\d{1,2})日）$/m,
      (_m, y, mo, d) => `（${cnYear(y)}年${cnSmall(mo)}月${cnSmall(d)}日）`,
    ),
}

/** Digits and separators as written aside: 3,250 and ３２５０ are one number. */
const plain = (v: string | null) =>
  v?.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - FULL_WIDTH)).replace(/,/g, '') ?? null

function reading(text: string) {
  const { doc } = importText(text)
  const parts: string[] = []
  doc.forEach((n) => {
    if (n.type.name === 'part') parts.push(partKindOf(n) ?? '?')
  })
  return {
    years: `${doc.attrs.reviewYear}/${doc.attrs.planYear}`,
    parts,
    figures: slotsOf(doc)
      .filter((s) => s.attrs.role === 'metric')
      .map((s) => `${plain(s.attrs.value)}|${s.attrs.unit.replace('％', '%')}|${s.attrs.kind}|${s.attrs.year}`),
    errors: new CheckEngine()
      .run(doc)
      .findings.filter((f) => f.severity === 'error')
      .map((f) => f.rule),
  }
}

describe('a speech typed another way reads the same', () => {
  it('takes a quarter of the corpus', () => {
    expect(files.length).toBeGreaterThan(40)
  })
  for (const [name, vary] of Object.entries(VARIANTS))
    it(name, () => {
      let changed = 0
      for (const f of files) {
        const text = readFileSync(new URL(f, dir), 'utf8')
        const varied = vary(text)
        if (varied !== text) changed++
        expect(reading(varied), f).toEqual(reading(text))
      }
      // The variant reached the text it is about.
      expect(changed).toBeGreaterThan(0)
    }, 60_000)
})
