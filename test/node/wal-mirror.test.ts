/**
 * The durable copy of the write-ahead log (WalMirror, an IndexedDB record in the app): written
 * through on every change, at most one write under way, each write taking the log as it is then.
 */
import { describe, expect, it } from 'vitest'
import { laterWal, WriteAheadLog, type WalMirror, type WalRecord } from '../../src/app/session/wal'
import { MemoryStorage } from './memory-storage'

/** A mirror whose writes finish when the test says: what each write carried, in order. */
function heldMirror() {
  const writes: (WalRecord | null)[] = []
  const pending: { done: () => void; fail: (e: unknown) => void }[] = []
  const mirror: WalMirror = {
    put: (copy) => {
      writes.push(structuredClone(copy))
      return new Promise((done, fail) => pending.push({ done: () => done(), fail }))
    },
    delete: () => {
      writes.push(null)
      return new Promise((done, fail) => pending.push({ done: () => done(), fail }))
    },
    get: () => Promise.resolve(writes.at(-1) ?? undefined),
  }
  /** Finish the write under way (or fail it), and let its promise settle. */
  const finish = async (error?: unknown) => {
    const next = pending.shift()
    if (!next) throw new Error('no mirror write under way')
    if (error === undefined) next.done()
    else next.fail(error)
    await Promise.resolve()
    await Promise.resolve()
  }
  return { mirror, writes, finish, pending }
}

const seqs = (r: WalRecord | null) => r?.entries.map((e) => e.seq) ?? null

describe('the durable copy of the write-ahead log', () => {
  it('is written on the first change, and changes made while it is written go in one write after it', async () => {
    const { mirror, writes, finish } = heldMirror()
    const wal = new WriteAheadLog(new MemoryStorage(), 'k', 's', 1, { mirror })
    wal.append({ steps: ['a'] })
    expect(writes.map(seqs)).toEqual([[1]])
    wal.append({ steps: ['b'] })
    wal.append({ steps: ['c'] })
    expect(writes.length).toBe(1)
    await finish()
    expect(writes.map(seqs)).toEqual([[1], [1, 2, 3]])
    await finish()
    expect(writes.length).toBe(2)
  })

  it('is deleted once a save includes everything, after the write under way', async () => {
    const { mirror, writes, finish } = heldMirror()
    const wal = new WriteAheadLog(new MemoryStorage(), 'k', 's', 1, { mirror })
    wal.append({ steps: ['a'] })
    wal.saved(2, 1)
    await finish()
    expect(writes.map(seqs)).toEqual([[1], null])
  })

  it('goes on after a write that failed, and says it failed', async () => {
    const { mirror, writes, finish } = heldMirror()
    const failed: unknown[] = []
    const wal = new WriteAheadLog(new MemoryStorage(), 'k', 's', 1, { mirror, failed: (e) => failed.push(e) })
    wal.append({ steps: ['a'] })
    wal.append({ steps: ['b'] })
    await finish(new DOMException('full', 'QuotaExceededError'))
    expect(failed.length).toBe(1)
    expect(writes.map(seqs)).toEqual([[1], [1, 2]])
  })

  it('is left to the tab that took the draft: a stopped log writes nothing more', async () => {
    const { mirror, writes, finish } = heldMirror()
    const wal = new WriteAheadLog(new MemoryStorage(), 'k', 's', 1, { mirror })
    wal.append({ steps: ['a'] })
    wal.append({ steps: ['b'] })
    wal.stop()
    await finish()
    expect(writes.length).toBe(1)
  })

  it('is read back only when it is a log', async () => {
    const stored: { value: unknown } = { value: { nonsense: true } }
    const mirror: WalMirror = { put: async () => {}, delete: async () => {}, get: async () => stored.value }
    const wal = new WriteAheadLog(null, 'k', 's', 1, { mirror })
    expect(await wal.readMirror()).toBe(null)
    stored.value = { session: 'x', baseRev: 1, entries: [{ seq: 1, steps: [] }], at: 5 }
    expect(seqs(await wal.readMirror())).toEqual([1])
  })
})

describe('of the two copies, the later', () => {
  const copy = (at: number, entries: number[]): WalRecord => ({
    session: 's',
    baseRev: 1,
    entries: entries.map((seq) => ({ seq, steps: [] })),
    at,
  })

  it('is the one written later, whichever store kept it', () => {
    expect(seqs(laterWal(copy(10, [1]), copy(11, [1, 2])))).toEqual([1, 2])
    expect(seqs(laterWal(copy(11, [1, 2]), copy(10, [1])))).toEqual([1, 2])
    expect(seqs(laterWal(null, copy(10, [1])))).toEqual([1])
    expect(seqs(laterWal(copy(10, [1]), null))).toEqual([1])
    expect(laterWal(null, null)).toBe(null)
  })

  it('is told apart even when two writes fall in one millisecond', () => {
    const written: WalRecord[] = []
    const storage = new MemoryStorage()
    const wal = new WriteAheadLog(storage, 'k', 's', 1)
    for (const step of ['a', 'b', 'c']) {
      wal.append({ steps: [step] })
      written.push(JSON.parse(storage.getItem('k') ?? 'null'))
    }
    expect(written[1].at).toBeGreaterThan(written[0].at)
    expect(written[2].at).toBeGreaterThan(written[1].at)
  })
})

describe('copies written after the frame (WalOptions.defer)', () => {
  /** A defer whose writes run when the test says: `frame()` runs the one waiting. */
  function frames() {
    const waiting: (() => void)[] = []
    const defer = (write: () => void) => {
      let live = true
      waiting.push(() => live && write())
      return () => {
        live = false
      }
    }
    const frame = () => {
      for (const w of waiting.splice(0)) w()
    }
    return { defer, frame, waiting }
  }
  const stored = (storage: MemoryStorage) => seqs(JSON.parse(storage.getItem('k') ?? 'null'))

  it('writes neither copy inside the change, and both once after it with every change made meanwhile', async () => {
    const { mirror, writes } = heldMirror()
    const { defer, frame } = frames()
    const storage = new MemoryStorage()
    const wal = new WriteAheadLog(storage, 'k', 's', 1, { mirror, defer })
    expect(wal.append({ steps: ['a'] })).toBe(true)
    wal.append({ steps: ['b'] })
    expect(stored(storage)).toBe(null)
    expect(writes.length).toBe(0)
    frame()
    expect(stored(storage)).toEqual([1, 2])
    expect(writes.map(seqs)).toEqual([[1, 2]])
  })

  it('writes at once what waits when flushed (the page hides or closes, a save starts)', () => {
    const { mirror, writes } = heldMirror()
    const { defer, frame } = frames()
    const storage = new MemoryStorage()
    const wal = new WriteAheadLog(storage, 'k', 's', 1, { mirror, defer })
    wal.append({ steps: ['a'] })
    wal.flush()
    expect(stored(storage)).toEqual([1])
    expect(writes.map(seqs)).toEqual([[1]])
    frame()
    expect(writes.length).toBe(1)
  })

  it('leaves both copies written with all it logged when another tab takes the draft', () => {
    const { mirror, writes } = heldMirror()
    const { defer, frame } = frames()
    const storage = new MemoryStorage()
    const wal = new WriteAheadLog(storage, 'k', 's', 1, { mirror, defer })
    wal.append({ steps: ['a'] })
    wal.append({ steps: ['b'] })
    wal.stop()
    expect(stored(storage)).toEqual([1, 2])
    expect(writes.map(seqs)).toEqual([[1, 2]])
    frame()
    expect(writes.length).toBe(1)
  })

  it('says when localStorage refused a write made after the frame, and the next change is known unkept', () => {
    const failed: unknown[] = []
    const { defer, frame } = frames()
    const storage = new MemoryStorage()
    const wal = new WriteAheadLog(storage, 'k', 's', 1, { defer, failed: (e) => failed.push(e) })
    storage.full = true
    expect(wal.append({ steps: ['a'] })).toBe(true)
    frame()
    expect(failed.length).toBe(1)
    expect(wal.append({ steps: ['b'] })).toBe(false)
    storage.full = false
    frame()
    expect(stored(storage)).toEqual([1, 2])
    expect(wal.append({ steps: ['c'] })).toBe(true)
  })

  it('removes the copy after a save that includes everything, after the frame', () => {
    const { defer, frame } = frames()
    const storage = new MemoryStorage()
    const wal = new WriteAheadLog(storage, 'k', 's', 1, { defer })
    wal.append({ steps: ['a'] })
    frame()
    wal.saved(2, 1)
    frame()
    expect(storage.getItem('k')).toBe(null)
  })
})

describe('a log stopped because the draft went (deleted, restored, saved over)', () => {
  it('drops what waits to be written, so no copy comes back after that writer', () => {
    const { mirror, writes } = heldMirror()
    const waiting: (() => void)[] = []
    const storage = new MemoryStorage()
    const wal = new WriteAheadLog(storage, 'k', 's', 1, {
      mirror,
      defer: (write) => {
        waiting.push(write)
        return () => waiting.splice(waiting.indexOf(write), 1)
      },
    })
    wal.append({ steps: ['a'] })
    wal.stop(false)
    for (const w of waiting.splice(0)) w()
    expect(storage.getItem('k')).toBe(null)
    expect(writes.length).toBe(0)
  })
})
