/**
 * One line of bench/results.json: a measure, its baseline from the same run when it has one,
 * and whether its goal is met. Benchmarks hand their entries to scripts/bench.mjs, which writes
 * the file and BENCHMARKS.md; nothing here is typed in, everything is measured.
 */
export interface Entry {
  name: string
  /** The median (for a size: the size, for the longest task: the median of the rounds' longest). */
  medianMs: number
  p95Ms: number
  /** What the measure is held against, measured in the same run (the bare editor, one copy of the input). */
  baselineMs?: number
  /** The measure against its baseline, as the goal reads it (p95 against p95 for keystrokes). */
  ratio?: number
  /** The goal, in words ("p95 ≤ 1.3× bare"). */
  goal: string
  met: boolean
  /** Samples behind the median. */
  runs: number
  /** The lowest and highest of the rounds' medians. */
  spread: [number, number]
  /** What medianMs counts when it is not milliseconds. */
  unit?: 'ms' | 'KB' | 'MB' | '%'
  /** Anything else worth reading beside the numbers. */
  note?: string
}

/** Hand entries to the runner (a file named by BENCH_RESULTS, one JSON entry per line) and print them. */
export async function emit(entries: Entry[]) {
  const file = process.env.BENCH_RESULTS
  if (file) {
    const { appendFileSync } = await import('node:fs')
    appendFileSync(file, entries.map((e) => `${JSON.stringify(e)}\n`).join(''))
  }
  for (const e of entries) console.log(formatEntry(e))
  if (entries.some((e) => !e.met)) process.exitCode = 1
}

const num = (x: number) => (Math.abs(x) >= 100 ? x.toFixed(0) : Math.abs(x) >= 10 ? x.toFixed(1) : x.toFixed(2))

export function formatEntry(e: Entry): string {
  const unit = e.unit && e.unit !== 'ms' ? ` ${e.unit}` : ' ms'
  const base = e.baselineMs === undefined ? '' : `  baseline ${num(e.baselineMs)}${unit}`
  const ratio = e.ratio === undefined ? '' : `  ratio ${e.ratio.toFixed(2)}`
  return (
    `${e.met ? 'PASS' : 'FAIL'}  ${e.name.padEnd(22)} median ${num(e.medianMs)}${unit}  p95 ${num(e.p95Ms)}${unit}` +
    `  runs ${e.runs}  spread ${num(e.spread[0])}–${num(e.spread[1])}${base}${ratio}  goal: ${e.goal}` +
    (e.note ? `  (${e.note})` : '')
  )
}
