/**
 * Import speed in Node as the CLI runs it (default heap): the seed alone and 100 copies of it.
 * A 2 MB document keeps its nodes alive while it is built, so the garbage collector copies
 * more per node than for one small speech: that shows as a constant factor on the ratio.
 * import-scaling.bench.ts takes that factor out to check the algorithm itself is linear.
 */
import { importText } from '../src/core/import'
import { seed, copies } from './seed'
import { measure, report } from './harness'

const hundred = copies(100)

const one = measure('import seed (20 KB)', () => importText(seed))
const many = measure('import 100 copies of seed (2 MB)', () => importText(hundred), { minRuns: 10, minMs: 2000 })
const ratio = many.medianMs / one.medianMs

report(
  [one, many],
  [
    { label: 'seed imports well under 5 ms', ok: one.medianMs < 5, detail: `${one.medianMs.toFixed(2)} ms` },
    {
      label: '100 copies against 1 copy, garbage collection included (goal < 150×)',
      ok: ratio < 150,
      detail: `${ratio.toFixed(1)}×`,
    },
  ],
)
