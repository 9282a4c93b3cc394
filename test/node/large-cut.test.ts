import { describe, expect, it } from 'vitest'
import { largeCut } from '../../src/core/large-cut'
import { doc, opening, p, title } from './build'

const speech = (chars: number) => doc(title('讲话'), opening(p('字'.repeat(chars))))

describe('a change that took away most of a speech', () => {
  it('is the characters taken when more than half of a speech of 300 or more went', () => {
    expect(largeCut(speech(1000), speech(100))).toBe(900)
    expect(largeCut(speech(1000), speech(498))).toBe(502)
  })
  it('is no such change when half or less went, or the speech was short', () => {
    expect(largeCut(speech(1000), speech(600))).toBeNull()
    expect(largeCut(speech(200), speech(0))).toBeNull()
    expect(largeCut(speech(100), speech(1000))).toBeNull()
  })
})
