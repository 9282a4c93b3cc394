/**
 * In Chromium: a speech 50 times the seed's size, one keystroke at a time. Measures the
 * transaction with the checks plugin (incremental re-check and decoration update) against
 * the same transaction without it, in the same run.
 */
import type { Node as PMNode } from 'prosemirror-model'
import { EditorState, TextSelection } from 'prosemirror-state'
import { figuresToInline, importText, parseSpeech } from '../../src/core/import'
import { buildDoc } from '../../src/core/import/build'
import { CheckEngine } from '../../src/core/checks/engine'
import { checksPlugins } from '../../src/app/editor/checks-plugin'
import { measure, reportLines } from '../harness'
import seed from '../../test/fixtures/seed-hrss-2022.txt?raw'

// Fifty different copies: every paragraph marked with its copy's number, so no two blocks read alike.
const text = Array.from({ length: 50 }, (_, i) =>
  seed
    .split('\n')
    .map((line) => (line && !/^(同志们：|——)/.test(line) ? `${line}〔${i + 1}〕` : line))
    .join('\n'),
).join('\n')
const importedDoc = importText(text).doc
// The same speech typed or pasted as plain text, no slot: each key re-reads the figures in the
// words of the paragraph typed in (checks/typed-figures.ts).
const typedDoc = buildDoc(parseSpeech(text), (t, ctx) => figuresToInline(t, ctx))

/** The middle of the speech, or with `figures` the end of the first paragraph after it with figures in its words. */
function middle(doc: PMNode, figures: boolean): number {
  const half = Math.floor(doc.content.size / 2)
  if (!figures) return half
  let at = -1
  doc.descendants((node, pos) => {
    if (at >= 0 || !node.isTextblock) return at < 0
    if (pos >= half && /\d(?:\.\d+)?(?:%|万|亿|人|个|家|户)/.test(node.textContent)) at = pos + node.nodeSize - 2
    return false
  })
  return at
}

function typing(plugins: ReturnType<typeof checksPlugins>, doc = importedDoc) {
  let state = EditorState.create({ doc, plugins })
  // Type in the middle of the speech, in a paragraph with findings around it (typed: with figures in its words).
  const at = middle(doc, doc === typedDoc)
  state = state.apply(state.tr.setSelection(TextSelection.near(state.doc.resolve(at))))
  return () => {
    state = state.apply(state.tr.insertText('字'))
  }
}

const withChecks = measure('keystroke, checks on (50× seed)', typing(checksPlugins(new CheckEngine())), {
  minRuns: 50,
  minMs: 1500,
  batch: 20,
})
const without = measure('keystroke, checks off (baseline)', typing([]), { minRuns: 50, minMs: 1500, batch: 20 })
const typedKey = measure(
  'keystroke among typed figures, checks on',
  typing(checksPlugins(new CheckEngine()), typedDoc),
  { minRuns: 50, minMs: 1500, batch: 20 },
)
const full = measure('full check of 50× seed (cold engine)', () => new CheckEngine().run(importedDoc), {
  minRuns: 5,
  minMs: 1000,
})
const recheck = withChecks.medianMs - without.medianMs
const typedRecheck = typedKey.medianMs - without.medianMs

export const result = reportLines(
  [withChecks, without, typedKey, full],
  [
    {
      label: 're-check after one keystroke under 4 ms',
      ok: recheck < 4,
      detail: `${recheck.toFixed(2)} ms (keystroke with checks minus without; ${(withChecks.medianMs / without.medianMs).toFixed(1)}× the baseline)`,
    },
    {
      label: 're-check after one keystroke among typed figures under 4 ms',
      ok: typedRecheck < 4,
      detail: `${typedRecheck.toFixed(2)} ms (keystroke in a plain-text paragraph with figures, minus without checks)`,
    },
    {
      label: 'incremental re-check far cheaper than a full check',
      ok: recheck * 10 < full.medianMs,
      detail: `${(full.medianMs / Math.max(recheck, 0.001)).toFixed(0)}× faster than a full check`,
    },
  ],
)
