import { describe, expect, it } from 'vitest'
import { Generations } from '../../src/core/generations'

describe('a cache in two generations', () => {
  it('keeps what is read, and drops what is not read within two generations', () => {
    const cache = new Generations<number>(2)
    cache.set('a', 1)
    cache.set('b', 2)
    // Full: 'c' starts a new generation; 'a' and 'b' are still there, in the old one.
    cache.set('c', 3)
    expect(cache.get('a')).toBe(1) // read: back in the young generation (now full: c, a)
    cache.set('d', 4) // a new generation again: b is dropped, c and a are old
    expect(cache.get('b')).toBeUndefined()
    expect(cache.get('c')).toBe(3)
    expect(cache.get('a')).toBe(1)
    expect(cache.get('d')).toBe(4)
    expect(cache.get('zzz')).toBeUndefined()
  })

  it('holds at most twice its size', () => {
    const cache = new Generations<number>(10)
    for (let i = 0; i < 1000; i++) cache.set(String(i), i)
    let held = 0
    for (let i = 0; i < 1000; i++) if (cache.get(String(i)) !== undefined) held++
    expect(held).toBeLessThanOrEqual(20)
    expect(cache.get('999')).toBe(999)
  })
})
