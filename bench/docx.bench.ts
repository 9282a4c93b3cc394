/** .docx export of the seed in Node (the docx package, as the CLI and the app use it). */
import { importText } from '../src/core/import'
import { speechDocx } from '../src/core/export/docx'
import { LAYOUTS } from '../src/core/export/layout'
import { speechToText } from '../src/core/text'
import { seed } from './seed'
import { measureAsync, measure, report } from './harness'

const doc = importText(seed).doc
const docx = await measureAsync('.docx export of the seed', () => speechDocx(doc, LAYOUTS.gongwen), {
  minRuns: 10,
  minMs: 1000,
})
const text = measure('text export of the seed (baseline)', () => speechToText(doc))

report(
  [docx, text],
  [
    {
      label: '.docx export of the seed under 300 ms',
      ok: docx.medianMs < 300,
      detail: `${docx.medianMs.toFixed(1)} ms (${(docx.medianMs / text.medianMs).toFixed(0)}× the text export)`,
    },
  ],
)
