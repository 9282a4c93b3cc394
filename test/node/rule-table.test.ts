/**
 * Every check in the table (src/core/checks/rules.ts) is run on its own examples: each must
 * fire on the texts it lists as firing and stay quiet on the others.
 */
import { describe, expect, it } from 'vitest'
import { CheckEngine, checkDocument } from '../../src/core/checks/engine'
import { restatedCount } from '../../src/core/checks/restated-counts'
import { olderYearInReview } from '../../src/core/checks/review-years'
import { ALL_RULES, RULES } from '../../src/core/checks/rules'
import type { RuleExample } from '../../src/core/checks/types'
import { importText } from '../../src/core/import'
import { exampleOptions, speechWith } from './check-speech'

const findings = (example: RuleExample, rule: string) =>
  checkDocument(importText(speechWith(example)).doc, exampleOptions(example)).filter((f) => f.rule === rule)

describe('the clean base speech', () => {
  it('raises nothing, so every finding below comes from the example', () => {
    expect(checkDocument(importText(speechWith({ text: '', in: 'speech' })).doc).length).toBeGreaterThan(0)
    expect(checkDocument(importText(speechWith('全年完成了各项工作任务。')).doc)).toEqual([])
  })
})

describe.each(ALL_RULES.map((r) => [`${r.id} (${r.scope})`, r] as const))('%s', (_name, rule) => {
  it('has a purpose and examples both ways', () => {
    expect(rule.purpose).toMatch(/[\u4e00-\u9fff]/)
    expect(rule.fires.length).toBeGreaterThan(0)
    expect(rule.quiet.length).toBeGreaterThan(0)
  })
  it.each(rule.fires.map((e) => [typeof e === 'string' ? e : e.text, e] as const))('fires on %s', (_t, example) => {
    expect(findings(example, rule.id).length).toBeGreaterThan(0)
  })
  it.each(rule.quiet.map((e) => [typeof e === 'string' ? e : e.text, e] as const))('quiet on %s', (_t, example) => {
    expect(findings(example, rule.id)).toEqual([])
  })
})

describe('the table', () => {
  it('gives each rule id one name and one severity', () => {
    for (const r of ALL_RULES) {
      const info = RULES.find((x) => x.id === r.id)!
      expect([r.name, r.severity, r.group]).toEqual([info.name, info.severity, info.group])
    }
  })
})

/**
 * Checks that once borrowed another's id, each against the check whose id it borrowed: switching
 * that one off in the settings must not switch this one off too.
 */
const OWN_IDS = [
  [restatedCount, 'inconsistent-figure'],
  [olderYearInReview, 'wrong-year'],
] as const

describe.each(OWN_IDS.map(([rule, other]) => [rule.id, rule, other] as const))('%s', (_id, rule, other) => {
  it('is the only rule of its id, listed once in the settings', () => {
    expect(ALL_RULES.filter((r) => r.id === rule.id)).toEqual([rule])
    expect(RULES.filter((r) => r.id === rule.id)).toHaveLength(1)
  })
  it('raises the severity it declares', () => {
    const raised = rule.fires.flatMap((e) => findings(e, rule.id).map((f) => f.severity))
    expect(raised.length).toBeGreaterThan(0)
    expect(new Set(raised)).toEqual(new Set([rule.severity]))
  })
  it(`still fires with ${other} switched off`, () => {
    const example = rule.fires[0]
    const run = new CheckEngine({ ...exampleOptions(example), disabledRules: [other] }).run(
      importText(speechWith(example)).doc,
    )
    expect(run.findings.filter((f) => f.rule === rule.id).length).toBeGreaterThan(0)
  })
})
