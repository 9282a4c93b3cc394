/**
 * The .txt export's bytes: exactly speechToText's text in UTF-8, for every speech of the labelled
 * corpus, the seed, text outside the Basic Multilingual Plane and a draft's notice, though they are
 * written a run at a time with no string of the whole speech.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { importText } from '../../src/core/import'
import { DRAFT_NOTICE, speechTextBytes, speechToText } from '../../src/core/text'
import { doc, h2, opening, p, part, title } from './build'

const utf8 = (s: string) => new TextEncoder().encode(s)
const dir = new URL('../fixtures/corpus/', import.meta.url)

describe('speechTextBytes', () => {
  it('is speechToText in UTF-8 for every corpus speech and the seed, plain and as a draft', () => {
    const texts = readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => readFileSync(new URL(f, dir), 'utf8'))
    texts.push(readFileSync(new URL('../fixtures/seed-hrss-2022.txt', import.meta.url), 'utf8'))
    expect(texts.length).toBeGreaterThan(100)
    for (const text of texts) {
      const d = importText(text).doc
      expect(speechTextBytes(d)).toEqual(utf8(speechToText(d)))
      expect(speechTextBytes(d, { draft: true })).toEqual(utf8(speechToText(d, { draft: true })))
    }
  }, 60_000)

  it('writes characters of four bytes, ASCII and the draft notice whole', () => {
    const d = doc(
      title('𠀾𡈽乡2026年工作'),
      opening(p('同志们：')),
      part(h2('𠀀回顾'), p('Wi-Fi覆盖率98.5%，𪚥字库；emoji 😀 ok')),
    )
    const bytes = speechTextBytes(d, { draft: true })
    expect(new TextDecoder().decode(bytes)).toBe(speechToText(d, { draft: true }))
    expect(new TextDecoder().decode(bytes).startsWith(`${DRAFT_NOTICE}\n𠀾𡈽乡`)).toBe(true)
    expect(bytes.at(-1)).toBe(0x0a)
  })

  it('is one newline for a speech with no text (after the notice for a draft), as speechToText', () => {
    const d = doc(title(''), opening(p('')))
    expect(speechTextBytes(d)).toEqual(utf8(speechToText(d)))
    expect(speechTextBytes(d, { draft: true })).toEqual(utf8(speechToText(d, { draft: true })))
  })
})
