/**
 * Every check in the table (src/core/checks/rules.ts) is run on its own examples: each must
 * fire on the texts it lists as firing and stay quiet on the others.
 */
import { describe, expect, it } from 'vitest'
import { checkDocument } from '../../src/core/checks/engine'
import { ALL_RULES, RULES } from '../../src/core/checks/rules'
import type { RuleExample } from '../../src/core/checks/types'
import { importText } from '../../src/core/import'

/** A clean speech reviewing 2025 and planning 2026, with one paragraph added where the example says. */
function speechWith(example: RuleExample): string {
  const { text, in: place } = typeof example === 'string' ? { text: example, in: 'review' as const } : example
  if (place === 'speech') return text
  const at = (p: string) => (place === p ? `${text}\n` : '')
  return [
    '真抓实干 推动工作再上新台阶',
    '同志们：',
    place === 'opening' ? text : '今天召开全县工作会议，总结2025年工作，部署2026年任务。下面，我讲三点意见：',
    '一、2025年工作回顾',
    `全年完成了各项工作任务。\n${at('review')}二、2026年工作任务`,
    `确保完成全年目标任务。\n${at('tasks')}三、工作要求`,
    `一要加强领导。二要压实责任。\n${at('requirements')}${place === 'closing' ? text : '同志们，让我们奋发有为，再创佳绩！'}`,
  ].join('\n')
}

const findings = (example: RuleExample, rule: string) =>
  checkDocument(importText(speechWith(example)).doc).filter((f) => f.rule === rule)

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
