/** Words that say a speech is given as the year ends (lang/year-end.ts), each way. */
import { describe, expect, it } from 'vitest'
import { FINISH_OWN_YEAR, saysYearEnds, THIS_YEAR_PLANNED, YEAR_END_PHRASES } from '../../src/core/lang/year-end'

describe.each(YEAR_END_PHRASES.map((p) => [p.id, p] as const))('%s', (_id, phrase) => {
  it.each(phrase.matches)('says the year ends: %s', (text) => {
    expect(phrase.pattern.test(text)).toBe(true)
    expect(saysYearEnds(text)).toBe(true)
  })
  it.each(phrase.rejects)('does not: %s', (text) => expect(saysYearEnds(text)).toBe(false))
})

describe('finish-own-year: a November or December meeting works to finish its own year', () => {
  it.each(FINISH_OWN_YEAR.matches)('says so: %s', (text) => expect(FINISH_OWN_YEAR.pattern.test(text)).toBe(true))
  it.each(FINISH_OWN_YEAR.rejects)('does not: %s', (text) => expect(FINISH_OWN_YEAR.pattern.test(text)).toBe(false))
})

describe('this-year-planned: an opening that plans this year is given in the year it plans', () => {
  it.each(THIS_YEAR_PLANNED.matches)('says so: %s', (text) => expect(THIS_YEAR_PLANNED.pattern.test(text)).toBe(true))
  it.each(THIS_YEAR_PLANNED.rejects)('does not: %s', (text) => expect(THIS_YEAR_PLANNED.pattern.test(text)).toBe(false))
})
