/**
 * The fuzzer (issue #13, "The suite"): generated speeches, roughed up, through import (text
 * and .docx bytes), checks, roll-over and every export; no exception but a refusal with a
 * Chinese message, no hang, no lost text. CI runs a fixed seed; `npm run fuzz` runs longer
 * from a seed of its own (FUZZ_SEED, FUZZ_CASES), and FUZZ_ONLY=<case seed> replays one case.
 */
import { expect, it } from 'vitest'
import { mkdirSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { CASE_MS, runCase, stageMs, type Outcome } from './fuzz/run'
import { expectLedger } from './ledger-node'

/** What CI runs, and what RELIABILITY.md reports. */
const CI_SEED = 20261113
const CI_CASES = 4000
/** Every so many cases also go out as a .docx, come back, and are damaged (the slow part). */
const DOCX_EVERY = 40

/** FUZZ_SEED=random (what `npm run fuzz` uses) explores new cases on every run; the seed is printed to replay them. */
const seed = process.env.FUZZ_SEED === 'random' ? Date.now() % 2 ** 31 : Number(process.env.FUZZ_SEED ?? CI_SEED)
const cases = Number(process.env.FUZZ_CASES ?? CI_CASES)
const only = process.env.FUZZ_ONLY ? Number(process.env.FUZZ_ONLY) : null
/** Written before each case: if a run hangs and is stopped, this file names the case to replay. */
const CURRENT = fileURLToPath(new URL('../../node_modules/.cache/jianggao-fuzz-current', import.meta.url))

const caseSeed = (i: number) => (Math.imul(seed, 2654435761) + i) >>> 0

it(
  `${only ?? cases} fuzz cases from seed ${only ?? seed}: no exception, no hang, no lost text`,
  async () => {
    mkdirSync(fileURLToPath(new URL('.', `file://${CURRENT}`)), { recursive: true })
    const failures: Outcome[] = []
    let refused = 0
    const started = performance.now()
    const list = only !== null ? [only] : Array.from({ length: cases }, (_, i) => caseSeed(i))
    for (const [i, s] of list.entries()) {
      writeFileSync(CURRENT, `FUZZ_ONLY=${s}\n`)
      const t = performance.now()
      const outcome = await runCase(s, { docx: only !== null || i % DOCX_EVERY === 0 })
      const ms = performance.now() - t
      if (!outcome.failure && ms > CASE_MS) outcome.failure = { stage: 'time', message: `用了 ${Math.round(ms)} ms` }
      if (outcome.failure) failures.push(outcome)
      if (outcome.refused) refused++
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(1)
    console.log(
      `fuzz: ${list.length} cases (${refused} refused with a message), ${failures.length} failures, ${seconds} s`,
    )
    if (process.env.FUZZ_STAGES) console.log([...stageMs].map(([k, v]) => `${k} ${Math.round(v)} ms`).join('\n'))
    for (const f of failures.slice(0, 20))
      console.log(`  FUZZ_ONLY=${f.seed}  ${f.failure!.stage}: ${f.failure!.message}`)
    expect(failures.map((f) => `FUZZ_ONLY=${f.seed} ${f.failure!.stage}`)).toEqual([])
    if (only === null && seed === CI_SEED && cases === CI_CASES)
      expectLedger({
        figure: '模糊测试',
        area: '导入、检查、换年、导出（CI，固定种子）',
        first: cases,
        second: failures.length,
      })
  },
  30 * 60_000,
)
