import { describe, expect, it } from 'vitest'
import {
  LIST_EXAMPLES,
  ListsByKey,
  listJoinAfter,
  PARTS_START_EXAMPLES,
  countIn,
  SET_THEN,
  setThen,
  startsParts,
} from '../../src/core/lang/lists'

/** How many items a list has before a stronger mark keeps one off it. */
function itemsOf(between: readonly string[]): number {
  let join: number | undefined
  for (const [i, words] of between.entries()) {
    const next = listJoinAfter(join, words)
    if (next === null) return i + 1
    join = next
  }
  return between.length + 1
}

describe('where a list ends', () => {
  it.each(LIST_EXAMPLES.map((e) => [e.text, e] as const))('%s', (_text, e) => {
    expect(itemsOf(e.between)).toBe(e.items)
  })
  it('keeps one list per key, each with its own join', () => {
    // 其中药品案件186件、罚没款320万元，器械案件84件、罚没款95万元: □ stands for each figure.
    const text = '其中药品案件□件、罚没款□万元，器械案件□件、罚没款□万元；移送案件□件'
    const lists = new ListsByKey<string>()
    const at = [...text.matchAll(/□/g)].map((m) => m.index ?? 0)
    const keys = ['件', '元', '件', '元', '件']
    expect(at.map((a, i) => lists.add(keys[i], text, a))).toEqual([true, true, true, true, false])
  })
})

describe('where a list of parts starts', () => {
  it.each(PARTS_START_EXAMPLES.map((e) => [e.words, e] as const))('%s', (_words, e) => {
    expect(startsParts(e.words)).toBe(e.starts)
  })
  it('has examples both ways', () => {
    expect(new Set(PARTS_START_EXAMPLES.map((e) => e.starts))).toEqual(new Set([true, false]))
  })
})

describe.each(SET_THEN.map((r) => [r.use, r] as const))('a set, 中 (当中, 之中), then: %s', (_use, row) => {
  it.each(row.examples.map((e) => [e.words, e] as const))('%s', (_words, e) => {
    expect(setThen(row.use, e.words, e.base === undefined ? undefined : countIn(e.base))).toBe(e.set)
  })
  it('has examples both ways', () => {
    expect(new Set(row.examples.map((e) => e.set === null))).toEqual(new Set([true, false]))
  })
})
