// @ts-check
/**
 * The mutation score per folder of the core, from the incremental files Stryker leaves in
 * reports/mutation (`npm run mutate` writes them). With `--survivors`, also each surviving
 * mutant: file:line, the mutator and what it put in. Usage:
 *   node test/mutate/scores.mjs [--survivors] [reports/mutation/figures.json …]
 * Score as Stryker counts it: (killed + timed out) / (all but ignored, compile errors and runtime errors).
 */
import { readdirSync, readFileSync } from 'node:fs'

const args = process.argv.slice(2)
const survivors = args.includes('--survivors')
const given = args.filter((a) => !a.startsWith('--'))
const dir = 'reports/mutation/'
const files = given.length
  ? given
  : readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => dir + f)

/** @type {Map<string, Record<string, number>>} */
const folders = new Map()
/** @type {Map<string, { file: string, line: number, mutator: string, replacement: string }>} */
const left = new Map()
for (const path of files) {
  const report = JSON.parse(readFileSync(path, 'utf8'))
  for (const [file, result] of Object.entries(report.files)) {
    const folder = file
      .replace(/^src\/core\//, '')
      .replace(/\/[^/]*$/, '')
      .replace(/\.ts$/, '')
    const counts = folders.get(folder) ?? {}
    folders.set(folder, counts)
    for (const m of result.mutants) {
      counts[m.status] = (counts[m.status] ?? 0) + 1
      const key = `${file}:${m.location.start.line}:${m.location.start.column}:${m.mutatorName}:${m.replacement}`
      if (m.status === 'Survived' || m.status === 'NoCoverage')
        left.set(key, {
          file,
          line: m.location.start.line,
          mutator: `${m.mutatorName}${m.status === 'NoCoverage' ? ' (no test runs it)' : ''}`,
          replacement: m.replacement ?? '',
        })
      else left.delete(key)
    }
  }
}
console.log('folder                 killed  survived  no-cov  timeout  ignored  score')
for (const [folder, c] of [...folders].sort()) {
  const detected = (c.Killed ?? 0) + (c.Timeout ?? 0)
  const valid = detected + (c.Survived ?? 0) + (c.NoCoverage ?? 0)
  const score = valid ? ((100 * detected) / valid).toFixed(1) : '-'
  console.log(
    `${folder.padEnd(22)} ${String(c.Killed ?? 0).padStart(6)} ${String(c.Survived ?? 0).padStart(9)} ${String(c.NoCoverage ?? 0).padStart(7)} ${String(c.Timeout ?? 0).padStart(8)} ${String(c.Ignored ?? 0).padStart(8)}  ${score}%`,
  )
}
if (survivors)
  for (const s of [...left.values()].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line))
    console.log(`${s.file}:${s.line}  ${s.mutator}  ${s.replacement.replace(/\s+/g, ' ').slice(0, 100)}`)
