import { describe, expect, it } from 'vitest'
import {
  TYPED_APPROX,
  TYPED_NUMBERS,
  misgroupedNumber,
  saysANumber,
  typedApprox,
  typedValue,
} from '../../src/core/typed-number'

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

// tryout 13 (A3): a slot's input shows its 余, and what is typed with it keeps or drops it.
describe('余 and 多 typed with a figure', () => {
  it.each(TYPED_APPROX.map((e) => [e.typed, e] as const))('%s', (typed, e) => {
    const approx = typedApprox(typed)
    expect(approx?.mark ?? null).toEqual(e.mark)
    expect(typedValue(approx?.text ?? typed, e.unit)).toBe(e.value)
  })
})
