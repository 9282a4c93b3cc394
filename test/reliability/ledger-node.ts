/** RELIABILITY.md from Node: check a measured row, or rewrite it with RELIABILITY_UPDATE=1. */
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { checkRow, partial, readRows, rowText, type Row, type Tally } from './ledger'

export const RELIABILITY_MD = fileURLToPath(new URL('../../RELIABILITY.md', import.meta.url))

/** Throws when the document's row differs from what was measured (after rewriting it, when asked to). */
export function expectLedger(tally: Tally | Row): void {
  const unfinished = 'row' in tally ? partial(tally) : null
  if (unfinished) throw new Error(unfinished)
  const row = 'row' in tally ? tally.row() : tally
  let md = readFileSync(RELIABILITY_MD, 'utf8')
  if (process.env.RELIABILITY_UPDATE && checkRow(md, row)) {
    const old = readRows(md).find((r) => r.figure === row.figure && r.area === row.area)
    if (!old) throw new Error(`RELIABILITY.md 里没有“${row.figure} | ${row.area}”这一行，请先手工加上。`)
    md = md.replace(rowText(old), rowText(row))
    writeFileSync(RELIABILITY_MD, md)
  }
  const problem = checkRow(md, row)
  if (problem) throw new Error(problem)
}
