/**
 * `npm run accuracy -- --typed`: the corpus as a secretary would have typed or pasted it, every
 * paragraph plain text (no slot), checked against the same speech imported (every figure a
 * slot). The figure rules read typed figures as the importer reads them (checks/typed-figures.ts),
 * so the two should find the same: this prints what each finds by rule, the findings one has and
 * the other not, the clean counts of the plain speech, and the figure slips caught in each.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Node as PMNode } from 'prosemirror-model'
import { checkDocument } from '../../src/core/checks/engine'
import type { Finding } from '../../src/core/checks/types'
import { importText, parseSpeech } from '../../src/core/import'
import { buildDoc } from '../../src/core/import/build'
import { figuresToInline } from '../../src/core/import'
import type { Labels } from './measure'

const FIGURE_RULES = new Set(['arithmetic', 'rate-over-100', 'inconsistent-figure', 'restated-count'])

const args = process.argv.slice(2)
const details = args.includes('--details')
const dir = args.find((a) => !a.startsWith('--')) ?? 'test/fixtures/corpus'

/** The speech as typed: the importer's structure and years, its text left text (markers only). */
const typed = (text: string): PMNode => buildDoc(parseSpeech(text), (t, ctx) => figuresToInline(t, ctx))
const imported = (text: string): PMNode => importText(text).doc

const key = (f: Finding) => `${f.rule}|${f.message}`
/** What `a` has more of than `b`, as keys. */
function minus(a: Finding[], b: Finding[]): Finding[] {
  const left = new Map<string, number>()
  for (const f of b) left.set(key(f), (left.get(key(f)) ?? 0) + 1)
  return a.filter((f) => {
    const n = left.get(key(f)) ?? 0
    if (n > 0) left.set(key(f), n - 1)
    return n === 0
  })
}

const byRule = new Map<string, { imported: number; typed: number }>()
const clean = { error: 0, warning: 0, info: 0 }
const onlyImported: string[] = []
const onlyTyped: string[] = []
const slips = { total: 0, imported: 0, typed: 0, missedTyped: [] as string[] }

for (const file of readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()) {
  const stem = file.replace(/\.json$/, '')
  const labels = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Labels
  const text = readFileSync(join(dir, `${stem}.txt`), 'utf8')
  const a = checkDocument(imported(text))
  const b = checkDocument(typed(text))
  for (const f of a) byRule.set(f.rule, { imported: 0, typed: 0, ...byRule.get(f.rule) })
  for (const f of b) byRule.set(f.rule, { imported: 0, typed: 0, ...byRule.get(f.rule) })
  for (const f of a) (byRule.get(f.rule) as { imported: number }).imported++
  for (const f of b) (byRule.get(f.rule) as { typed: number }).typed++
  for (const f of b) clean[f.severity]++
  for (const f of minus(a, b)) onlyImported.push(`${stem}: ${f.severity} ${f.rule}: ${f.message} ${f.excerpt}`)
  for (const f of minus(b, a)) onlyTyped.push(`${stem}: ${f.severity} ${f.rule}: ${f.message} ${f.excerpt}`)

  // A figure slip is caught when its rule says something it did not say of the clean speech.
  for (const slip of labels.slips.filter((s) => FIGURE_RULES.has(s.rule))) {
    const at = text.indexOf(slip.find)
    const slipped = text.slice(0, at) + slip.replace + text.slice(at + slip.find.length)
    const caught = (doc: PMNode, before: Finding[]) => {
      const said = new Set(before.filter((f) => f.rule === slip.rule).map((f) => f.message))
      return checkDocument(doc).some((f) => f.rule === slip.rule && !said.has(f.message))
    }
    slips.total++
    if (caught(imported(slipped), a)) slips.imported++
    if (caught(typed(slipped), b)) slips.typed++
    else slips.missedTyped.push(`${stem}: ${slip.rule} “${slip.find}” → “${slip.replace}”`)
  }
}

console.log('rule                       imported  typed')
for (const [rule, n] of [...byRule].sort())
  console.log(`${rule.padEnd(26)} ${String(n.imported).padStart(8)}  ${String(n.typed).padStart(5)}`)
console.log(`\ntyped speeches, clean E/W/I: ${clean.error}/${clean.warning}/${clean.info}`)
console.log(`findings only in the imported: ${onlyImported.length}; only in the typed: ${onlyTyped.length}`)
console.log(`figure slips caught: imported ${slips.imported}/${slips.total}, typed ${slips.typed}/${slips.total}`)
if (details) {
  for (const [head, list] of [
    ['only in the imported', onlyImported],
    ['only in the typed', onlyTyped],
    ['figure slips the typed speech misses', slips.missedTyped],
  ] as const)
    if (list.length) console.log(`\n${head}\n  ${list.join('\n  ')}`)
}
