import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { EditorState, TextSelection } from 'prosemirror-state'
import { type Decoration, DecorationSet } from 'prosemirror-view'
import { checksKey, checksPlugins, decoration, sameFindings } from '../../src/app/editor/checks-plugin'
import { CheckEngine } from '../../src/core/checks/engine'
import { importText } from '../../src/core/import'
import type { Finding } from '../../src/core/checks/types'

const seed = readFileSync(new URL('../fixtures/seed-hrss-2022.txt', import.meta.url), 'utf8')
/** A speech with findings about the whole (parts missing, a part left empty). */
const incomplete = readFileSync(new URL('../fixtures/edu-notitle.txt', import.meta.url), 'utf8')

/** The document-level marks as a list to compare: position, class and message of each. */
function marks(set: DecorationSet) {
  return set.find().map((d) => {
    const attrs = (d as unknown as { type: { attrs: Record<string, string> } }).type.attrs
    return `${d.from}-${d.to} ${attrs.class} ${attrs['data-rule'] ?? ''} ${attrs.title}`
  })
}

/** What the marks should be: made anew from the findings of the state's own check run. */
function truth(state: EditorState) {
  const run = checksKey.getState(state)!.run
  const ds = run.documentFindings.map((f) => decoration(f, state.doc)).filter((d) => d !== null)
  return marks(DecorationSet.create(state.doc, ds))
}

const kindOf = (d: Decoration) => (d as unknown as { type: object }).type

const finding = (from: number, to: number, message = 'm'): Finding =>
  ({ rule: 'r', severity: 'warning', from, to, message, excerpt: '' }) as unknown as Finding

describe('document-level check marks while typing', () => {
  it('are carried along only when the findings are the same ones, moved as marks move', () => {
    const state = EditorState.create({ doc: importText(seed).doc })
    const tr = state.tr.insertText('字', 10)
    expect(sameFindings([finding(20, 30)], [finding(21, 31)], tr.mapping)).toBe(true)
    expect(sameFindings([finding(5, 8)], [finding(5, 8)], tr.mapping)).toBe(true)
    expect(sameFindings([finding(20, 30)], [finding(20, 30)], tr.mapping)).toBe(false)
    expect(sameFindings([finding(20, 30)], [finding(21, 31, 'other')], tr.mapping)).toBe(false)
    // Typed at a mark's end: the mark does not grow, so a finding that did is a new one.
    expect(sameFindings([finding(5, 10)], [finding(5, 11)], tr.mapping)).toBe(false)
    expect(sameFindings([finding(20, 30)], [], tr.mapping)).toBe(false)
  })

  it('always show what a fresh check of the speech finds, key after key', () => {
    let state = EditorState.create({ doc: importText(incomplete).doc, plugins: checksPlugins(new CheckEngine()) })
    expect(checksKey.getState(state)!.run.documentFindings.length).toBeGreaterThan(0)
    let carried = 0
    // Type and delete in paragraphs across the speech, as a secretary edits.
    const places: number[] = []
    state.doc.descendants((node, pos) => {
      if (node.type.name === 'paragraph' && node.textContent.length > 20) places.push(pos + 1 + 4)
      return !node.isTextblock
    })
    // From the end, so each edit leaves the places before it where they were.
    for (const at of places.reverse()) {
      for (const edit of ['insert', 'insert', 'delete'] as const) {
        const before = checksKey.getState(state)!.documentDecorations
        let tr = state.tr.setSelection(TextSelection.create(state.doc, at))
        tr = edit === 'insert' ? tr.insertText('年') : tr.delete(at, at + 1)
        state = state.apply(tr)
        const after = checksKey.getState(state)!.documentDecorations
        expect(marks(after)).toEqual(truth(state))
        // A carried mark keeps its kind (what the view compares first); a mark made anew has a new one.
        const kinds = new Set(before.find().map(kindOf))
        if (after.find().some((d) => kinds.has(kindOf(d)))) carried++
      }
    }
    // Most keys change no document finding: their marks were carried, not made anew.
    expect(carried).toBeGreaterThan(0)
  })
})
