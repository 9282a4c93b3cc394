import { describe, expect, it } from 'vitest'
import { TYPED_NUMBERS, saysANumber, typedValue } from '../../src/core/typed-number'

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
