import { describe, expect, it } from 'vitest'
import { StatusLine, type SessionStatus } from '../../src/app/session/status'

function line() {
  let redraws = 0
  let heard = 0
  const l = new StatusLine(() => redraws++)
  l.listen(() => heard++)
  return { l, counts: () => ({ redraws, heard }) }
}

describe('the save status line', () => {
  it('tells its listeners of each change, and the page only of errors and read-only', () => {
    const { l, counts } = line()
    const steps: [SessionStatus, { redraws: number; heard: number }][] = [
      [{ state: 'pending' }, { redraws: 0, heard: 1 }],
      [{ state: 'pending' }, { redraws: 0, heard: 1 }],
      [{ state: 'saving' }, { redraws: 0, heard: 2 }],
      [{ state: 'saved' }, { redraws: 0, heard: 3 }],
      [
        { state: 'error', message: '存储空间已满' },
        { redraws: 1, heard: 4 },
      ],
      [
        { state: 'error', message: '存储空间已满' },
        { redraws: 1, heard: 4 },
      ],
      [
        { state: 'error', message: '另一个错误' },
        { redraws: 2, heard: 5 },
      ],
      [{ state: 'pending' }, { redraws: 3, heard: 6 }],
      [
        { state: 'readonly', reason: 'other-tab', message: 'a' },
        { redraws: 4, heard: 7 },
      ],
      [
        { state: 'readonly', reason: 'other-tab', message: 'a' },
        { redraws: 4, heard: 7 },
      ],
      [
        { state: 'readonly', reason: 'deleted', message: 'a' },
        { redraws: 5, heard: 8 },
      ],
      [{ state: 'saved' }, { redraws: 6, heard: 9 }],
    ]
    for (const [status, expected] of steps) {
      l.set(status)
      expect(l.status).toEqual(status)
      expect(counts(), JSON.stringify(status)).toEqual(expected)
    }
  })

  it('stops telling a listener that stopped', () => {
    const l = new StatusLine(() => {})
    let heard = 0
    const stop = l.listen(() => heard++)
    l.set({ state: 'pending' })
    stop()
    l.set({ state: 'saved' })
    expect(heard).toBe(1)
  })
})
