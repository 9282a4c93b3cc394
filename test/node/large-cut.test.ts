import { describe, expect, it } from 'vitest'
import { largeCut, largePaste } from '../../src/core/large-cut'
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

describe('a paste that added a speech’s worth many times over', () => {
  it('is the characters added when 20,000 or more came in at once', () => {
    expect(largePaste(speech(500), speech(300500))).toBe(300000)
    expect(largePaste(speech(0), speech(20000))).toBe(20000)
  })
  it('is no such paste below that: a long section, a whole speech', () => {
    expect(largePaste(speech(500), speech(19999 + 500))).toBeNull()
    expect(largePaste(speech(30000), speech(100))).toBeNull()
  })
})
