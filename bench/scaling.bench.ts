// @node-flags --max-semi-space-size=128
/**
 * Do import, check, roll-over and export grow linearly with the speech? Each is timed on one
 * speech of 100 copies of the seed and, in turns with it, on 100 separate seeds one after the
 * other; one copy's time is a hundredth of the latter. The goal: 100× the input in ≤ 110× the
 * time of one copy. One copy is timed among a hundred so that both sides touch the same amount
 * of memory: a single small speech timed again and again stays in the CPU's caches, and the
 * ratio would then count cache misses rather than the algorithm. Run with a young
 * generation large enough that neither size pays promotion costs (as import-scaling.bench.ts),
 * so what is left is the algorithm, not the collector.
 */
import { importText } from '../src/core/import'
import { CheckEngine } from '../src/core/checks/engine'
import { rollover } from '../src/core/rollover'
import { speechTextBytes, speechToText } from '../src/core/text'
import { emit, type Entry } from './results'
import { seed } from './seed'

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5)
const N = 100
/**
 * A hundred different seeds: every paragraph marked with its copy's number, so no two blocks
 * read alike (the checks keep results by a block's text; copies alike would be checked once).
 */
const ones = Array.from({ length: N }, (_, i) =>
  seed
    .split('\n')
    .map((line) => (line && !/^(同志们：|——)/.test(line) && i > 0 ? `${line}〔${i + 1}〕` : line))
    .join('\n'),
)
const oneDocs = ones.map((t) => importText(t).doc)
/** The same hundred as one speech. */
const hundred = ones.join('\n')
const hundredDoc = importText(hundred).doc

/** The times of calls repeated for at least `minMs` and `minRuns` calls. */
function timed(fn: () => unknown, minMs: number, minRuns: number): number[] {
  const times: number[] = []
  const start = performance.now()
  while (times.length < minRuns || performance.now() - start < minMs) {
    const t0 = performance.now()
    fn()
    times.push(performance.now() - t0)
  }
  return times
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
}
const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))]
}

/** Each measure: the whole speech of 100 copies, or each of the 100 separate seeds in turn. */
const both =
  <T>(bigInput: T, small: T[], fn: (x: T) => unknown) =>
  (big: boolean) => {
    if (big) return fn(bigInput)
    for (const x of small) fn(x)
  }
const measures: [string, (big: boolean) => unknown][] = [
  ['import-100x', both(hundred, ones, importText)],
  ['check-100x', both(hundredDoc, oneDocs, (d) => new CheckEngine().run(d))],
  ['rollover-100x', both(hundredDoc, oneDocs, (d) => rollover(d))],
  // The .txt export is the file's bytes, as the app and the CLI write them.
  ['export-text-100x', both(hundredDoc, oneDocs, speechTextBytes)],
]

/** The two sizes in turns, ROUNDS times: the times of the big input, of one copy, and the ratio by round. */
function scaling(run: (big: boolean) => unknown) {
  // Warm the JIT on both sizes.
  for (let i = 0; i < 3; i++) {
    run(false)
    run(true)
  }
  const small: number[][] = []
  const big: number[][] = []
  for (let r = 0; r < ROUNDS; r++) {
    small.push(timed(() => run(false), 500, 3).map((t) => t / N))
    big.push(timed(() => run(true), 500, 3))
  }
  return { small, big, ratio: median(big.flat()) / median(small.flat()) }
}

/**
 * What making the export's text as one string costs against a hundred strings of a copy's, and
 * joining the same lines with no speech in it. A string that large is allocated apart from the
 * small ones, in memory fresh from the system, so even the join is not linear; the export writes
 * bytes and makes no such string, and these are printed beside it to show why.
 */
function stringControls(): string {
  const lines = (doc: typeof hundredDoc) => speechToText(doc).split('\n')
  const join = scaling(both(lines(hundredDoc), oneDocs.map(lines), (l) => l.join('\n'))).ratio
  const text = scaling(both(hundredDoc, oneDocs, speechToText)).ratio
  return `; as one string (speechToText): ${text.toFixed(0)}×; joining the same lines alone: ${join.toFixed(0)}×`
}

const only = process.env.BENCH_ONLY?.split(',')
const entries: Entry[] = []
for (const [name, run] of measures.filter(([n]) => !only || only.includes(n))) {
  const { small, big, ratio } = scaling(run)
  const roundRatios = big.map((b, i) => median(b) / median(small[i]))
  const bigMedian = median(big.flat())
  const smallMedian = median(small.flat())
  const bigMedians = big.map(median)
  const control = name === 'export-text-100x' ? stringControls() : ''
  entries.push({
    name,
    medianMs: bigMedian,
    p95Ms: quantile(big.flat(), 0.95),
    baselineMs: smallMedian,
    ratio,
    goal: '100× the input ≤ 110× the time of one copy',
    met: ratio <= 110,
    runs: big.flat().length,
    spread: [Math.min(...bigMedians), Math.max(...bigMedians)],
    note: `ratio by round ${roundRatios.map((x) => x.toFixed(0)).join(' ')}; one copy: a hundredth of ${small.flat().length} runs over 100 seeds${control}`,
  })
}
await emit(entries)
