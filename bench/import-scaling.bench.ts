// @node-flags --max-semi-space-size=128
/**
 * Does import scale linearly? Run with a young generation large enough that neither size
 * pays promotion costs, so what is left is the algorithm: 100 copies must take about 100×.
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
    {
      label: '100 copies take about 100× one copy, not more (goal < 115×)',
      ok: ratio < 115,
      detail: `${ratio.toFixed(1)}×`,
    },
  ],
)
