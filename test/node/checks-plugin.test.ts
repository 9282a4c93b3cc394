import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { EditorState, TextSelection } from 'prosemirror-state'
import { type Decoration, DecorationSet } from 'prosemirror-view'
import { checksKey, checksPlugins, decoration, refreshChecks, sameMarks } from '../../src/app/editor/checks-plugin'
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

/** What the view does when typing pauses: ask for the checks left for later. */
const catchUp = (state: EditorState) => state.apply(state.tr.setMeta(checksKey, 'catch-up'))

describe('document-level check marks while typing', () => {
  it('are kept at a pause only when they are the marks the findings make', () => {
    const state = EditorState.create({ doc: importText(seed).doc })
    const set = (...fs: Finding[]) =>
      DecorationSet.create(
        state.doc,
        fs.map((f) => decoration(f, state.doc)).filter((d) => d !== null),
      )
    expect(sameMarks(set(finding(20, 30)), [finding(20, 30)], state.doc)).toBe(true)
    expect(sameMarks(set(finding(20, 30), finding(40, 41)), [finding(40, 41), finding(20, 30)], state.doc)).toBe(true)
    expect(sameMarks(set(finding(20, 30)), [finding(21, 31)], state.doc)).toBe(false)
    expect(sameMarks(set(finding(20, 30)), [finding(20, 31)], state.doc)).toBe(false)
    expect(sameMarks(set(finding(20, 30)), [finding(20, 30, 'other')], state.doc)).toBe(false)
    expect(sameMarks(set(finding(20, 30)), [], state.doc)).toBe(false)
    expect(sameMarks(set(), [finding(20, 30)], state.doc)).toBe(false)
  })

  it('give complete results key after key, and the marks a fresh check makes at each pause', () => {
    let state = EditorState.create({ doc: importText(incomplete).doc, plugins: checksPlugins(new CheckEngine()) })
    expect(checksKey.getState(state)!.run.documentFindings.length).toBeGreaterThan(0)
    let carried = 0
    let deferred = 0
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
        // Whoever reads the results between keys (the panel, an export) gets them all, document rules included.
        const typed = checksKey.getState(state)!
        if (typed.owed !== 'nothing') deferred++
        expect(typed.run.findings).toEqual(new CheckEngine().run(state.doc).findings)
        state = catchUp(state)
        const after = checksKey.getState(state)!
        expect(after.owed).toBe('nothing')
        expect(marks(after.documentDecorations)).toEqual(truth(state))
        // A carried mark keeps its kind (what the view compares first); a mark made anew has a new one.
        const kinds = new Set(before.find().map(kindOf))
        if (after.documentDecorations.find().some((d) => kinds.has(kindOf(d)))) carried++
      }
    }
    // Every key left the document rules for the pause, and most pauses kept their marks rather than making them anew.
    expect(deferred).toBe(places.length * 3)
    expect(carried).toBeGreaterThan(0)
  })

  it('carry the marks through an IME composition and check what it wrote at the pause after', () => {
    let state = catchUp(EditorState.create({ doc: importText(seed).doc, plugins: checksPlugins(new CheckEngine()) }))
    const before = marks(checksKey.getState(state)!.blockDecorations)
    // Composed text that the block rules flag (a doubled full stop).
    let at = 0
    state.doc.descendants((node, pos) => {
      if (!at && node.type.name === 'paragraph' && node.textContent.length > 20) at = pos + 1 + 4
      return !at
    })
    state = state.apply(state.tr.insertText('。。', at).setMeta('composition', 1))
    const composed = checksKey.getState(state)!
    expect(composed.owed).not.toBe('nothing')
    // Inside the composition no mark is drawn on the new text…
    expect(marks(composed.blockDecorations)).toHaveLength(before.length)
    // …and the pause after it marks what a fresh check marks.
    state = catchUp(state)
    const after = checksKey.getState(state)!
    expect(after.owed).toBe('nothing')
    const fresh = new CheckEngine().run(state.doc).blockFindings.map((f) => decoration(f, state.doc))
    expect(marks(after.blockDecorations)).toEqual(
      marks(
        DecorationSet.create(
          state.doc,
          fresh.filter((d) => d !== null),
        ),
      ),
    )
    expect(marks(after.blockDecorations).length).toBeGreaterThan(before.length)
  })

  it('mark what a composition wrote even when the panel read the results before the pause, or the next key came first', () => {
    /** The block marks, and the ones a fresh check of the document makes. */
    const drawnAndFresh = (state: EditorState) => {
      const fresh = new CheckEngine().run(state.doc).blockFindings.map((f) => decoration(f, state.doc))
      return [
        marks(checksKey.getState(state)!.blockDecorations),
        marks(
          DecorationSet.create(
            state.doc,
            fresh.filter((d) => d !== null),
          ),
        ),
      ]
    }
    const start = () =>
      catchUp(EditorState.create({ doc: importText(seed).doc, plugins: checksPlugins(new CheckEngine()) }))
    const paragraphs = (state: EditorState) => {
      const out: number[] = []
      state.doc.descendants((node, pos) => {
        if (node.type.name === 'paragraph' && node.textContent.length > 20) out.push(pos + 1 + 4)
        return !node.isTextblock
      })
      return out
    }
    // The checks panel reads the complete results after the composition, before the pause: the
    // engine then has the composed block checked, and the pause's run does not report it as changed.
    let state = start()
    const [at] = paragraphs(state)
    state = state.apply(state.tr.insertText('。。', at).setMeta('composition', 1))
    expect(checksKey.getState(state)!.run.blockFindings.some((f) => f.rule === 'doubled-punct')).toBe(true)
    state = catchUp(state)
    let [drawn, fresh] = drawnAndFresh(state)
    expect(drawn).toEqual(fresh)

    // The same, with a key in another paragraph before the pause: that key draws its own block and the composed one.
    state = start()
    const [first, second] = paragraphs(state)
    state = state.apply(state.tr.insertText('。。', second).setMeta('composition', 1))
    void checksKey.getState(state)!.run
    state = state.apply(state.tr.insertText('年', first))
    ;[drawn, fresh] = drawnAndFresh(state)
    expect(drawn).toEqual(fresh)
  })

  it('run the document rules only at the pause, not in the key', () => {
    const engine = new CheckEngine()
    let state = EditorState.create({ doc: importText(incomplete).doc, plugins: checksPlugins(engine) })
    const calls: boolean[] = []
    const run = engine.run.bind(engine)
    engine.run = (doc, options) => {
      calls.push(options?.document ?? true)
      return run(doc, options)
    }
    state = state.apply(state.tr.insertText('年', 20))
    expect(calls).toEqual([false])
    state = catchUp(state)
    expect(calls).toEqual([false, true])
    // Nothing left: a second catch-up changes nothing.
    const settled = checksKey.getState(state)
    expect(checksKey.getState(catchUp(state))).toBe(settled)
  })
})

describe('a speech just opened', () => {
  /** The block marks as a list, and the ones a fresh check of the document would make. */
  const blockMarks = (state: EditorState) => marks(checksKey.getState(state)!.blockDecorations)
  const freshBlockMarks = (state: EditorState, engine = new CheckEngine()) =>
    marks(
      DecorationSet.create(
        state.doc,
        engine
          .run(state.doc)
          .blockFindings.map((f) => decoration(f, state.doc))
          .filter((d) => d !== null),
      ),
    )

  it('is checked at the first pause, not as it opens, and is marked whole then', () => {
    const engine = new CheckEngine()
    let runs = 0
    const real = engine.run.bind(engine)
    engine.run = (...args) => {
      runs++
      return real(...args)
    }
    let state = EditorState.create({ doc: importText(incomplete).doc, plugins: checksPlugins(engine) })
    expect(runs).toBe(0)
    const opened = checksKey.getState(state)!
    expect(opened.owed).toBe('everything')
    expect(opened.blockDecorations.find()).toEqual([])
    // Read before the pause (an export): complete all the same.
    expect(opened.run.findings).toEqual(new CheckEngine().run(state.doc).findings)
    expect(runs).toBe(1)
    // The pause: every block marked, though the engine had checked every block already.
    state = catchUp(state)
    expect(checksKey.getState(state)!.owed).toBe('nothing')
    expect(blockMarks(state).length).toBeGreaterThan(0)
    expect(blockMarks(state)).toEqual(freshBlockMarks(state))
    expect(marks(checksKey.getState(state)!.documentDecorations)).toEqual(truth(state))
  })

  it('is marked again whole at the pause after the options change', () => {
    const engine = new CheckEngine()
    let state = catchUp(EditorState.create({ doc: importText(seed).doc, plugins: checksPlugins(engine) }))
    const rule = checksKey.getState(state)!.run.blockFindings[0].rule
    engine.setOptions({ disabledRules: [rule] })
    // A key first: the state's own results are then not worked out until read.
    state = state.apply(state.tr.insertText('年', 5))
    const before = blockMarks(state)
    let runs = 0
    const real = engine.run.bind(engine)
    engine.run = (...args) => {
      runs++
      return real(...args)
    }
    state = state.apply(refreshChecks(state.tr))
    // Asking for a check checks nothing yet (the page asks as a speech opens).
    expect(runs).toBe(0)
    // Until the pause the old marks stay; then they are the new options' marks.
    expect(blockMarks(state)).toEqual(before)
    state = catchUp(state)
    expect(blockMarks(state)).toEqual(freshBlockMarks(state, new CheckEngine({ disabledRules: [rule] })))
    expect(blockMarks(state).some((m) => m.includes(` ${rule} `))).toBe(false)
  })
})
