/**
 * `npm run accuracy`: measures recognition and checks on the labelled corpus
 * (test/fixtures/corpus), prints a table per speech and overall, and exits 1 below the
 * thresholds. `--details` lists every miss, false slot, wrong label and clean-text finding.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { type Labels, measure, type SpeechResult } from './measure'

export const THRESHOLDS = {
  partKinds: 1,
  figures: 0.97,
  falseSlots: 0,
  cleanErrors: 0,
  slipsCaught: 1,
}

const args = process.argv.slice(2)
const details = args.includes('--details')
const dir = args.find((a) => !a.startsWith('--')) ?? 'test/fixtures/corpus'

const results: SpeechResult[] = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => {
    const stem = f.replace(/\.json$/, '')
    const labels = JSON.parse(readFileSync(join(dir, f), 'utf8')) as Labels
    return measure(stem, readFileSync(join(dir, `${stem}.txt`), 'utf8'), labels)
  })

const pct = (a: number, b: number) => (b === 0 ? '—' : `${((100 * a) / b).toFixed(1)}%`)
const frac = (a: number, b: number) => `${a}/${b}`

interface Row {
  name: string
  parts: string
  sections: string
  years: string
  figures: string
  falseSlots: string
  labels: string
  period: string
  kindYear: string
  persons: string
  clean: string
  slips: string
}

function row(name: string, rs: SpeechResult[]): Row {
  const sum = (f: (r: SpeechResult) => number) => rs.reduce((n, r) => n + f(r), 0)
  const d = rs.flatMap((r) => r.details)
  const slips = rs.flatMap((r) => r.slips)
  const active = slips.filter((s) => s.status !== 'pending' && s.status !== 'known')
  const pending = slips.filter((s) => s.status === 'pending').length
  const knownMisses = slips.filter((s) => s.status === 'known').length
  return {
    name,
    parts: frac(
      sum((r) => r.parts.right),
      sum((r) => r.parts.total),
    ),
    sections: frac(
      sum((r) => r.sections.right),
      sum((r) => r.sections.total),
    ),
    years: frac(
      sum((r) => (r.years.right ? 1 : 0)),
      rs.length,
    ),
    figures: `${frac(
      sum((r) => r.figures.found),
      sum((r) => r.figures.total),
    )} ${pct(
      sum((r) => r.figures.found),
      sum((r) => r.figures.total),
    )}`,
    falseSlots: String(sum((r) => r.figures.falseSlots.length)),
    labels: pct(d.filter((x) => x.labelOk).length, d.length),
    period: pct(d.filter((x) => x.periodOk).length, d.length),
    kindYear: pct(d.filter((x) => x.kindYearOk && x.partKindOk).length, d.length),
    persons: `${frac(
      sum((r) => r.persons.found),
      sum((r) => r.persons.total),
    )}${sum((r) => r.persons.falseSlots.length) ? ` +${sum((r) => r.persons.falseSlots.length)}` : ''}`,
    clean: `${sum((r) => r.clean.errors.length)}/${sum((r) => r.clean.warnings.length)}/${sum((r) => r.clean.infos.length)}`,
    slips: `${frac(active.filter((s) => s.status === 'caught').length, active.length)}${pending ? ` (+${pending} pending)` : ''}${knownMisses ? ` (+${knownMisses} known miss)` : ''}`,
  }
}

const HEAD: Row = {
  name: 'speech',
  parts: 'part kinds',
  sections: 'sections',
  years: 'years',
  figures: 'figures found',
  falseSlots: 'false slots',
  labels: 'labels',
  period: 'period',
  kindYear: 'kind/year',
  persons: 'persons',
  clean: 'clean E/W/I',
  slips: 'slips caught',
}

const width = (s: string) => [...s].reduce((n, ch) => n + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1), 0)
const rows = [HEAD, ...results.map((r) => row(r.name, [r])), row('overall', results)]
const keys = Object.keys(HEAD) as (keyof Row)[]
const widths = keys.map((k) => Math.max(...rows.map((r) => width(r[k]))))
const line = (r: Row) => keys.map((k, i) => r[k] + ' '.repeat(widths[i] - width(r[k]))).join('  ')
console.log(line(rows[0]))
console.log(widths.map((w) => '-'.repeat(w)).join('  '))
for (const r of rows.slice(1, -1)) console.log(line(r))
console.log(widths.map((w) => '-'.repeat(w)).join('  '))
console.log(line(rows.at(-1)!))

if (details) {
  for (const r of results) {
    const out: string[] = []
    if (r.parts.got.join() !== r.parts.want.join())
      out.push(`  parts: got ${r.parts.got.join(' ')}, want ${r.parts.want.join(' ')}`)
    if (!r.years.right) out.push(`  years: got ${r.years.got.join('/')}`)
    for (const m of r.figures.missed) out.push(`  missed figure: ${m.figure.text} (${m.figure.label})`)
    for (const f of r.figures.falseSlots) out.push(`  false slot: ${f.value}${f.unit} “${f.label}”`)
    for (const d of r.details) {
      const bad = [
        !d.labelOk && `label “${d.slot.label}” ≠ ${d.figure.label}`,
        !d.periodOk && `period ${d.slot.period} ≠ ${d.figure.period ?? null}`,
        !d.kindYearOk && `kind/year ${d.slot.kind} ${d.slot.year}`,
        !d.partKindOk && `part ${d.slot.partKind} ≠ ${d.figure.partKind}`,
      ].filter(Boolean)
      if (bad.length) out.push(`  ${d.figure.text}: ${bad.join('; ')}`)
    }
    for (const p of r.persons.missed) out.push(`  missed person: ${p.text}${p.label}`)
    for (const p of r.persons.falseSlots) out.push(`  false person: ${p.value ?? '（空）'} “${p.label}”`)
    for (const f of [...r.clean.errors, ...r.clean.warnings, ...r.clean.infos])
      out.push(`  clean ${f.severity} ${f.rule}: ${f.message} ${f.excerpt}`)
    for (const s of r.slips.filter((x) => x.status !== 'caught'))
      out.push(`  slip ${s.status}: ${s.slip.rule} “${s.slip.find}” → “${s.slip.replace}” ${s.seen.join(' | ')}`)
    if (out.length) console.log(`\n${r.name}\n${out.join('\n')}`)
  }
}

const sum = (f: (r: SpeechResult) => number) => results.reduce((n, r) => n + f(r), 0)
const active = results.flatMap((r) => r.slips).filter((s) => s.status !== 'pending' && s.status !== 'known')
const knownMissed = results.flatMap((r) =>
  r.slips.filter((s) => s.status === 'known').map((s) => ({ name: r.name, s })),
)
const pendingRules = [
  ...new Set(results.flatMap((r) => r.slips.filter((s) => s.status === 'pending').map((s) => s.slip.rule))),
]
const failures = [
  sum((r) => r.parts.right) < THRESHOLDS.partKinds * sum((r) => r.parts.total) && 'part kinds below 100%',
  sum((r) => r.figures.found) < THRESHOLDS.figures * sum((r) => r.figures.total) && 'figures found below 97%',
  sum((r) => r.figures.falseSlots.length) > THRESHOLDS.falseSlots && 'false slots above 0',
  sum((r) => r.clean.errors.length) > THRESHOLDS.cleanErrors && 'errors on clean text',
  active.filter((s) => s.status === 'caught').length < THRESHOLDS.slipsCaught * active.length && 'slips missed',
].filter(Boolean)
// Slips the labels mark `known` (the checks cannot read them yet, said why) are measured every run and
// listed here, never hidden; a known slip that is caught counts as caught (and its mark can go).
if (knownMissed.length) {
  console.log(`\nknown misses (left out of the slips threshold; the labels say why): ${knownMissed.length}`)
  for (const { name, s } of knownMissed)
    console.log(`  ${name}: ${s.slip.rule} “${s.slip.find}” → “${s.slip.replace}”: ${s.slip.known}`)
}
if (pendingRules.length)
  console.log(`\npending rules (not in this build, left out of the slips threshold): ${pendingRules.join(', ')}`)
if (failures.length) {
  console.log(
    `\nBelow the thresholds: ${failures.join('; ')}.${details ? '' : ' (npm run accuracy -- --details lists them)'}`,
  )
  process.exitCode = 1
} else console.log('\nAll thresholds met.')
