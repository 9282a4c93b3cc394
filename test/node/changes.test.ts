/**
 * The verbs of a change (src/core/lang/changes.ts) are one list for every reader: each verb of a
 * change to a level joins the two ends under one label, leaves the label, marks the second end
 * for the arithmetic check and makes a level rather than a total over a span.
 */
import { describe, expect, it } from 'vitest'
import { ROLE_PATTERNS } from '../../src/core/checks/arithmetic'
import { findFigures } from '../../src/core/import'
import { periodAt } from '../../src/core/import/periods'
import {
  anyOf,
  CHANGE_VERBS,
  FALL_BY_VERBS,
  FALL_VERBS,
  LEVEL_EXAMPLES,
  LEVEL_WORDS,
  RESHAPE_VERBS,
  RISE_BY_VERBS,
  RISE_VERBS,
} from '../../src/core/lang/changes'
import { TRAIL_WORDS } from '../../src/core/import/labels'

const labels = (text: string) =>
  findFigures(text, { year: 2025 })
    .filter((f) => f.role === 'metric')
    .map((f) => f.label)
const toRole = ROLE_PATTERNS.find((p) => p.role === 'to')!
const span = [{ from: 0, to: 100, period: { from: 2021, to: 2025 } }]

describe.each(CHANGE_VERBS.map((v) => [v]))('the change verb %s', (verb) => {
  it.each(['至', '到'])('joins the two ends of a change before %s', (to) => {
    expect(labels(`全县审批事项由上年的120项${verb}${to}90项`)).toEqual(['审批事项', '审批事项'])
  })
  it('marks the second end for the arithmetic check', () => {
    expect(toRole.before.test(`${verb}至`)).toBe(true)
  })
  it('makes the figure after it a level, not a total over the span', () => {
    expect(periodAt(span, 10, `审批事项由120项${verb}至`)).toBeNull()
  })
})

describe.each(RESHAPE_VERBS.map((v) => [v]))('the verb of a level reshaped %s', (verb) => {
  it.each(['至', '到', '为'])('joins the two ends of a change before %s', (to) => {
    expect(labels(`全县审批事项由上年的120项${verb}${to}90项`)).toEqual(['审批事项', '审批事项'])
  })
  it('marks the second end for the arithmetic check', () => {
    expect(toRole.before.test(`${verb}为`)).toBe(true)
  })
  it('makes the figure after it a level, not a total over the span', () => {
    expect(periodAt(span, 10, `审批事项由120项${verb}为`)).toBeNull()
  })
  it('is no verb of a change by a size', () => {
    expect(CHANGE_VERBS).not.toContain(verb)
  })
})

describe('words that are no verb of a change', () => {
  it.each(['完成', '新建', '投入'])('%s does not join two ends', (word) => {
    expect(toRole.before.test(`${word}至`)).toBe(false)
    expect(CHANGE_VERBS).not.toContain(word)
    expect(periodAt(span, 10, `审批事项${word}`)).toBe('2021-2025')
  })
  it('has each verb once, rises and falls apart', () => {
    const all = [...CHANGE_VERBS, ...RISE_BY_VERBS, ...FALL_BY_VERBS]
    expect(new Set(all).size).toBe(all.length)
    expect(RISE_VERBS.filter((v) => FALL_VERBS.includes(v))).toEqual([])
  })
})

describe('the words of a level held or reached (LEVEL_WORDS)', () => {
  const said = new RegExp(`${anyOf(LEVEL_WORDS)}$`)
  it.each(LEVEL_EXAMPLES.match)('end %s', (words) => {
    expect(said.test(words)).toBe(true)
  })
  it.each(LEVEL_EXAMPLES.noMatch)('do not end %s', (words) => {
    expect(said.test(words)).toBe(false)
  })
  it.each(LEVEL_EXAMPLES.match)('make the figure after %s a level, not a total over the span', (words) => {
    expect(periodAt(span, 10, words)).toBeNull()
  })
  it('leave a total over the span where they are not said (违法行为326起 is a count, not 为 a level)', () => {
    expect(periodAt(span, 10, '五年来，全市查处环境违法行为')).toBe('2021-2025')
  })
  it('leave the label, as the words between it and the number', () => {
    for (const words of LEVEL_EXAMPLES.match.slice(0, 7))
      expect(labels(`${words}12家`), words).toEqual([words.replace(said, '').replace(/^全市/, '')])
    expect(TRAIL_WORDS).toEqual(expect.arrayContaining([...LEVEL_WORDS]))
  })
})
