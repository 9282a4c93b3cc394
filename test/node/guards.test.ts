/**
 * The checks that stand in for `!` and `as`: each lets a good value through with its type and
 * stops a bad one with an error that names what was expected.
 */
import { describe, expect, it } from 'vitest'
import { errorMessage, isOneOf, isRecord, present } from '../../src/core/guards'
import { firstOf, schema } from '../../src/core/schema'
import { storedDocKind, storedYears } from '../../src/core/serialize'
import { importText } from '../../src/core/import'

describe('guards', () => {
  it('present passes a value, also a falsy one, and names what is missing', () => {
    expect(present(0, 'a count')).toBe(0)
    expect(present('', 'a text')).toBe('')
    expect(() => present(null, 'the checks plugin')).toThrow('Expected the checks plugin, found null.')
    expect(() => present(undefined, 'a map entry')).toThrow('Expected a map entry, found undefined.')
  })

  it('isOneOf and isRecord narrow only what fits', () => {
    expect(isOneOf(['a', 'b'] as const, 'b')).toBe(true)
    expect(isOneOf(['a', 'b'] as const, 'c')).toBe(false)
    expect(isRecord({ a: 1 })).toBe(true)
    expect([null, [], 'x', 1].map(isRecord)).toEqual([false, false, false, false])
  })

  it('errorMessage reads an Error and anything else thrown', () => {
    expect(errorMessage(new RangeError('bad'))).toBe('bad')
    expect(errorMessage('plain')).toBe('plain')
    expect(errorMessage(42)).toBe('42')
  })

  it('firstOf gives the heading the schema requires, and names a node that lacks it', () => {
    const doc = importText('关于做好2025年工作的讲话\n\n同志们：\n\n一、2024年工作回顾\n\n全年完成任务。').doc
    expect(firstOf(doc).type.name).toBe('title')
    const part = doc.content.content.find((n) => n.type.name === 'part')
    expect(part && firstOf(part).textContent).toBe('2024年工作回顾')
    expect(() => firstOf(schema.nodes.paragraph.create())).toThrow('A paragraph without its first child')
  })

  it('a stored doc JSON gives its years and kind, and reads bad values as none', () => {
    expect(storedYears({ attrs: { reviewYear: 2024, planYear: 2025 } })).toEqual({ reviewYear: 2024, planYear: 2025 })
    expect(storedYears({ attrs: { reviewYear: '2024' } })).toEqual({ reviewYear: null, planYear: null })
    expect(storedYears(null)).toEqual({ reviewYear: null, planYear: null })
    expect(storedDocKind({ attrs: { docKind: 'notice' } })).toBe('notice')
    expect(storedDocKind({ attrs: { docKind: 'letter' } })).toBe('speech')
    expect(storedDocKind({})).toBe('speech')
  })
})
