/**
 * A small benchmark harness: runs a function until enough time has passed and reports the
 * median of the per-run times. Results are measured every run, never written down.
 */
export interface Result { name: string; medianMs: number; runs: number }

export function measure(name: string, fn: () => unknown, { minMs = 400, minRuns = 10, maxRuns = 10_000 } = {}): Result {
  for (let i = 0; i < 3; i++) fn() // warm up the JIT
  const times: number[] = []
  const start = performance.now()
  while ((times.length < minRuns || performance.now() - start < minMs) && times.length < maxRuns) {
    const t0 = performance.now()
    fn()
    times.push(performance.now() - t0)
  }
  times.sort((a, b) => a - b)
  return { name, medianMs: times[Math.floor(times.length / 2)], runs: times.length }
}

/** Print the results and the goals; the process fails when a goal is missed. */
export function report(results: Result[], checks: { label: string; ok: boolean; detail: string }[]) {
  for (const r of results) console.log(`${r.name.padEnd(44)} ${r.medianMs.toFixed(3).padStart(10)} ms  (median of ${r.runs})`)
  for (const c of checks) console.log(`${c.ok ? 'PASS' : 'FAIL'}  ${c.label}: ${c.detail}`)
  if (!checks.every((c) => c.ok)) process.exitCode = 1
}
