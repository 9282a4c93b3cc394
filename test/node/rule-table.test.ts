/**
 * Every check in the table (src/core/checks/rules.ts) is run on its own examples: each must
 * fire on the texts it lists as firing and stay quiet on the others.
 */
import { describe, expect, it } from 'vitest'
import { checkDocument } from '../../src/core/checks/engine'
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
