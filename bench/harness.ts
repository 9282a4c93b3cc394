/**
 * A small benchmark harness: runs a function until enough time has passed and reports the
 * median of the per-run times. Results are measured every run, never written down.
 */
export interface Result {
  name: string
  medianMs: number
  runs: number
}

/**
 * `batch` runs the function that many times per sample and divides: browsers round
 * performance.now() to 0.1 ms, too coarse for one keystroke.
 */
export function measure(
  name: string,
  fn: () => unknown,
  { minMs = 400, minRuns = 10, maxRuns = 10_000, batch = 1 } = {},
): Result {
  for (let i = 0; i < 3; i++) fn() // warm up the JIT
  const times: number[] = []
  const start = performance.now()
  while ((times.length < minRuns || performance.now() - start < minMs) && times.length < maxRuns) {
    const t0 = performance.now()
    for (let i = 0; i < batch; i++) fn()
    times.push((performance.now() - t0) / batch)
  }
  times.sort((a, b) => a - b)
  return { name, medianMs: times[Math.floor(times.length / 2)], runs: times.length }
}

/** The same for an async function (storage): one call a sample. */
export async function measureAsync(
  name: string,
  fn: () => Promise<unknown>,
  { minMs = 400, minRuns = 5, maxRuns = 1000 } = {},
): Promise<Result> {
  await fn()
  const times: number[] = []
  const start = performance.now()
  while ((times.length < minRuns || performance.now() - start < minMs) && times.length < maxRuns) {
    const t0 = performance.now()
    await fn()
    times.push(performance.now() - t0)
  }
  times.sort((a, b) => a - b)
  return { name, medianMs: times[Math.floor(times.length / 2)], runs: times.length }
}

export interface Goal {
  label: string
  ok: boolean
  detail: string
}

/** The lines of a report, and whether every goal was met. */
export function reportLines(results: Result[], goals: Goal[]): { lines: string[]; ok: boolean } {
  return {
    lines: [
      ...results.map((r) => `${r.name.padEnd(44)} ${r.medianMs.toFixed(3).padStart(10)} ms  (median of ${r.runs})`),
      ...goals.map((c) => `${c.ok ? 'PASS' : 'FAIL'}  ${c.label}: ${c.detail}`),
    ],
    ok: goals.every((c) => c.ok),
  }
}

/** Print the results and the goals (Node); the process fails when a goal is missed. */
export function report(results: Result[], goals: Goal[]) {
  const { lines, ok } = reportLines(results, goals)
  for (const line of lines) console.log(line)
  if (!ok) process.exitCode = 1
}
