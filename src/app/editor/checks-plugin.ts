/**
 * Checks as the user types. The engine re-checks only the blocks a transaction changed;
 * this plugin maps the previous decorations through the transaction and replaces them only
 * inside those blocks, so a keystroke costs one block, not the whole speech.
 */
import { Plugin, PluginKey, type EditorState, type Transaction } from 'prosemirror-state'
import { Decoration, DecorationSet } from 'prosemirror-view'
import type { Node as PMNode } from 'prosemirror-model'
import type { Mappable } from 'prosemirror-transform'
import type { CheckEngine, CheckRun } from '../../core/checks/engine'
import type { Finding } from '../../core/checks/types'
import { present } from '../../core/guards'

export interface ChecksState {
  run: CheckRun
  blockDecorations: DecorationSet
  documentDecorations: DecorationSet
  /** The document changed during an IME composition and is not checked yet. */
  stale: boolean
}

export const checksKey = new PluginKey<ChecksState>('checks')

/** The checks plugin's state; the editor's state always has the plugin. */
export function checksOf(state: EditorState): ChecksState {
  return present(checksKey.getState(state), 'the checks plugin in the editor state')
}

/** Past this many changed blocks, decorations are rebuilt rather than patched block by block. */
const REBUILD_ABOVE = 40

/** Ask the plugin to check everything again (the options changed). */
export function refreshChecks(tr: Transaction): Transaction {
  return tr.setMeta(checksKey, 'refresh')
}

/** How a finding is marked in the text: underlined, or its block marked when something is missing. */
export function decoration(f: Finding, doc: PMNode): Decoration | null {
  const attrs = { class: `check check-${f.severity}`, 'data-rule': f.rule, title: f.message }
  if (f.from < f.to) return Decoration.inline(f.from, f.to, attrs, { finding: f })
  // Something missing: mark the block it belongs at, when there is one.
  const node = doc.nodeAt(f.from)
  return node && !node.isInline
    ? Decoration.node(
        f.from,
        f.from + node.nodeSize,
        { class: `check-missing check-${f.severity}`, title: f.message },
        { finding: f },
      )
    : null
}

function decorations(findings: Finding[], doc: PMNode): Decoration[] {
  const out: Decoration[] = []
  for (const f of findings) {
    const d = decoration(f, doc)
    if (d) out.push(d)
  }
  return out
}

/**
 * Whether `now` are the findings `before` were, moved by `mapping` as their marks move (a mark
 * does not grow with text typed at its ends), with the same rule, severity and message.
 */
export function sameFindings(before: Finding[], now: Finding[], mapping: Mappable): boolean {
  if (before.length !== now.length) return false
  for (let i = 0; i < now.length; i++) {
    const a = before[i]
    const b = now[i]
    const start = mapping.mapResult(a.from, 1)
    const from = start.pos
    const to = a.from < a.to ? mapping.map(a.to, -1) : from
    if (
      start.deleted ||
      from !== b.from ||
      to !== b.to ||
      (a.from < a.to && from >= to) ||
      a.rule !== b.rule ||
      a.severity !== b.severity ||
      a.message !== b.message
    )
      return false
  }
  return true
}

function fresh(engine: CheckEngine, state: EditorState): ChecksState {
  const run = engine.run(state.doc)
  return {
    run,
    blockDecorations: DecorationSet.create(state.doc, decorations(run.blockFindings, state.doc)),
    documentDecorations: DecorationSet.create(state.doc, decorations(run.documentFindings, state.doc)),
    stale: false,
  }
}

/** The checks plugin, and a second one that shows the document findings (the view merges both sets). */
export function checksPlugins(engine: CheckEngine): Plugin[] {
  const main = new Plugin<ChecksState>({
    key: checksKey,
    state: {
      init: (_config, state) => fresh(engine, state),
      apply(tr, prev, _old, state) {
        if (tr.getMeta(checksKey) === 'refresh') return fresh(engine, state)
        if (!tr.docChanged && !(prev.stale && tr.getMeta(checksKey) === 'catch-up')) return prev
        // While an IME composes, marks are only carried along: redrawing them inside the text being composed
        // can upset the IME. The blocks changed meanwhile are new nodes, so the engine checks them afterwards.
        if (tr.getMeta('composition')) {
          return {
            ...prev,
            blockDecorations: prev.blockDecorations.map(tr.mapping, state.doc),
            documentDecorations: prev.documentDecorations.map(tr.mapping, state.doc),
            stale: true,
          }
        }
        const run = engine.run(state.doc)
        // Many blocks changed at once (a fill, a paste): building the set anew is cheaper than patching it.
        if (run.changed.length > REBUILD_ABOVE) {
          return {
            run,
            blockDecorations: DecorationSet.create(state.doc, decorations(run.blockFindings, state.doc)),
            documentDecorations: DecorationSet.create(state.doc, decorations(run.documentFindings, state.doc)),
            stale: false,
          }
        }
        let blocks = prev.blockDecorations.map(tr.mapping, state.doc)
        for (const { from, to, findings } of run.changed) {
          blocks = blocks.remove(blocks.find(from, to))
          blocks = blocks.add(state.doc, decorations(findings, state.doc))
        }
        return {
          run,
          blockDecorations: blocks,
          // The same findings as before the key: their marks carried along, not made anew. A new set
          // would make the view compare every marked node of the speech; a carried one it skips.
          documentDecorations: sameFindings(prev.run.documentFindings, run.documentFindings, tr.mapping)
            ? prev.documentDecorations.map(tr.mapping, state.doc)
            : DecorationSet.create(state.doc, decorations(run.documentFindings, state.doc)),
          stale: false,
        }
      },
    },
    props: { decorations: (state) => checksOf(state).blockDecorations },
    // When the composition is over, check what it changed.
    view: () => ({
      update(view) {
        if (checksOf(view.state).stale && !view.composing) view.dispatch(view.state.tr.setMeta(checksKey, 'catch-up'))
      },
    }),
  })
  const documentLevel = new Plugin({
    props: { decorations: (state) => checksOf(state).documentDecorations },
  })
  return [main, documentLevel]
}
