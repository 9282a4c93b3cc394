/** A full check of the seed in Node, from a cold engine (nothing cached). */
import { importText } from '../src/core/import'
import { CheckEngine } from '../src/core/checks/engine'
import { seed } from './seed'
import { measure, report } from './harness'

const doc = importText(seed).doc
const full = measure('full check of the seed (cold engine)', () => new CheckEngine().run(doc))
const warm = new CheckEngine()
warm.run(doc)
const cached = measure('check of the unchanged seed (warm engine)', () => warm.run(doc))

report(
  [full, cached],
  [
    {
      label: 'full check of the seed well under 5 ms',
      ok: full.medianMs < 5,
      detail: `${full.medianMs.toFixed(2)} ms`,
    },
  ],
)
