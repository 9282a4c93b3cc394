/**
 * A speech's JSON text, as the store keeps it: built from each part's text made once per node,
 * it must read exactly as JSON.stringify of the whole speech would, before and after edits, and a
 * stored text read back must write out as the very same bytes.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { EditorState, TextSelection } from 'prosemirror-state'
import { importText } from '../../src/core/import'
import {
  SPEECH_FORMAT,
  SPEECH_VERSION,
  speechFromJSON,
  speechFromText,
  speechText,
  speechToJSON,
} from '../../src/core/serialize'
import { doc, fig, h2, opening, p, part, title } from './build'

const seed = readFileSync(new URL('../fixtures/seed-hrss-2022.txt', import.meta.url), 'utf8')

/** What the text must be: the whole speech through JSON.stringify, without any cache. */
const plain = (d: ReturnType<typeof doc>) =>
  JSON.stringify({ format: SPEECH_FORMAT, version: SPEECH_VERSION, doc: d.toJSON() })

describe('speechText', () => {
  it('is JSON.stringify of the speech, for an imported speech and a built one', () => {
    const imported = importText(seed).doc
    expect(speechText(speechToJSON(imported))).toBe(plain(imported))
    const built = doc(
      { reviewYear: 2023, planYear: 2024 },
      title('讲话'),
      opening(p('同志们：')),
      part({ kind: 'review' }, h2('回顾'), p('新增就业', fig('新增就业', '3250', '人'), '。')),
    )
    expect(speechText(speechToJSON(built))).toBe(plain(built))
    expect(JSON.parse(speechText(speechToJSON(built)))).toEqual(speechToJSON(built))
  })

  it('follows every edit: the part typed in is written anew, the others as they were', () => {
    const first = importText(seed).doc
    expect(speechText(speechToJSON(first))).toBe(plain(first))
    let state = EditorState.create({ doc: first })
    const middle = Math.floor(first.content.size / 2)
    state = state.apply(state.tr.setSelection(TextSelection.near(state.doc.resolve(middle))).insertText('新写的字'))
    const second = state.doc
    const text = speechText(speechToJSON(second))
    expect(text).toBe(plain(second))
    expect(text).toContain('新写的字')
    expect(speechText(speechToJSON(first))).not.toContain('新写的字')
    // The years live in the doc's attributes, outside any part.
    const moved = state.apply(state.tr.setDocAttribute('reviewYear', 2031)).doc
    expect(speechText(speechToJSON(moved))).toBe(plain(moved))
    expect(JSON.parse(speechText(speechToJSON(moved))).doc.attrs.reviewYear).toBe(2031)
  })

  it('writes a speech made elsewhere (a backup, a file) as JSON.stringify does', () => {
    const made = { format: SPEECH_FORMAT, version: SPEECH_VERSION, doc: importText(seed).doc.toJSON() } as const
    expect(speechText(made)).toBe(JSON.stringify(made))
  })
})

describe('speechFromText', () => {
  it('reads a stored text back as the speech and writes it out as the same bytes', () => {
    const stored = speechText(speechToJSON(importText(seed).doc))
    const read = speechFromText(stored)
    expect(speechFromJSON(read).toJSON()).toEqual(importText(seed).doc.toJSON())
    expect(speechText(read)).toBe(stored)
  })

  it('keeps a broken stored text as it was, and opening it says the content is broken', () => {
    for (const broken of [
      '{"format":"jianggao/speech","version":1,"doc":{"type":"doc"',
      '"just a string"',
      '{"format":"other"}',
    ]) {
      const read = speechFromText(broken)
      expect(speechText(read)).toBe(broken)
      expect(() => speechFromJSON(read)).toThrow(/结构不对/)
    }
  })
})
