/** RELIABILITY.md from the browser: read-only, a differing row fails with the row to write. */
import md from '../../RELIABILITY.md?raw'
import { checkRow, partial, type Tally } from './ledger'

export function expectLedger(tally: Tally): void {
  const problem = partial(tally) ?? checkRow(md, tally.row())
  if (problem) throw new Error(problem)
}
