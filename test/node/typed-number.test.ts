import { describe, expect, it } from 'vitest'
import { TYPED_NUMBERS, misgroupedNumber, saysANumber, typedValue } from '../../src/core/typed-number'

describe('what is typed into a figure', () => {
  it.each(TYPED_NUMBERS.map((e) => [e.typed, e] as const))('%s', (_typed, e) => {
    expect(typedValue(e.typed, e.unit)).toBe(e.value)
    expect(saysANumber(e.typed, e.unit)).toBe(e.number)
  })
  it('has rows of each kind: a value taken, a number not taken, a sentence', () => {
    const kinds = new Set(TYPED_NUMBERS.map((e) => `${e.value !== null}/${e.number}`))
    expect([...kinds].sort()).toEqual(['false/false', 'false/true', 'true/true'])
  })
})

describe('a comma where no thousands end', () => {
  it.each(['1,26', '32,60', '1，26', '1,2,3', '-3,25.5'])('is told as such: %s', (typed) => {
    expect(misgroupedNumber(typed)).toBe(true)
  })
  it.each(['1,260', '3260', '三千', '12,5%', '1,260,000', 'lots'])('is not: %s', (typed) => {
    expect(misgroupedNumber(typed)).toBe(false)
  })
})
