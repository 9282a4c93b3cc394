import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { EditorState } from 'prosemirror-state'
import { SaveSchedule } from '../../src/app/session/save-schedule'
import { readWal, replayWal, supersededWal, WriteAheadLog, type WalRecord } from '../../src/app/session/wal'
import { importText } from '../../src/core/import'
import { MemoryStorage } from './memory-storage'

describe('when to save', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('saves after a pause in typing, and at the first key the maximum wait after the oldest unsaved one', () => {
    const saves: number[] = []
    const schedule = new SaveSchedule(() => saves.push(Date.now()), 400, 1500)
    const start = Date.now()
    // a key every 100 ms for 4 s: never a pause of 400 ms
    for (let t = 0; t < 4000; t += 100) {
      schedule.changed()
      vi.advanceTimersByTime(100)
    }
    // The key at 1500 is saved with the rest; the next unsaved one is at 1600, so 3100.
    expect(saves.map((t) => t - start)).toEqual([1500, 3100])
    vi.advanceTimersByTime(400)
    expect(saves.map((t) => t - start)).toEqual([1500, 3100, 4300])
  })

  it('makes the save steady typing is owed when `soon` runs it (after the frame of a key), not on a timer', () => {
    let saves = 0
    const soon: (() => void)[] = []
    const schedule = new SaveSchedule(
      () => saves++,
      400,
      1500,
      Date.now,
      (run) => {
        soon.push(run)
        return () => soon.splice(soon.indexOf(run), 1)
      },
    )
    for (let t = 0; t < 1500; t += 100) {
      schedule.changed()
      vi.advanceTimersByTime(100)
    }
    expect(saves).toBe(0)
    schedule.changed()
    vi.advanceTimersByTime(1000)
    expect(saves).toBe(0)
    expect(soon.length).toBe(1)
    soon[0]()
    expect(saves).toBe(1)
  })

  it('saves at once when asked, and forgets the wait when a save starts for another reason', () => {
    let saves = 0
    const schedule = new SaveSchedule(() => saves++, 400, 1500)
    schedule.changed(true)
    vi.advanceTimersByTime(0)
    expect(saves).toBe(1)
    schedule.changed()
    schedule.reset()
    vi.advanceTimersByTime(2000)
    expect(saves).toBe(1)
  })
})

describe('the write-ahead copy', () => {
  const doc = importText('标题\n同志们：\n开场。\n').doc
  const typed = (text: string, state = EditorState.create({ doc })) => {
    const tr = state.tr.insertText(text, 8)
    return { tr, state: state.apply(tr) }
  }

  it('replays what a save did not include, once, and nothing twice', () => {
    const storage = new MemoryStorage()
    const wal = new WriteAheadLog(storage, 'k', 'session-1', 3)
    const a = typed('甲')
    wal.append({ steps: a.tr.steps.map((s) => s.toJSON()) })
    wal.append({ fields: { layout: 'reading' } })
    const b = typed('乙', a.state)
    wal.append({ steps: b.tr.steps.map((s) => s.toJSON()) })
    const record = readWal(storage, 'k') as WalRecord
    // nothing saved since revision 3: everything is replayed
    const all = replayWal(record, doc, 3, undefined)!
    expect(all.doc.textContent).toBe(b.state.doc.textContent)
    expect(all.fields).toEqual({ layout: 'reading' })
    // a save of the first two entries committed as revision 4, the log not yet trimmed (a crash between)
    const rest = replayWal(record, a.state.doc, 4, { session: 'session-1', seq: 2 })!
    expect(rest.doc.textContent).toBe(b.state.doc.textContent)
    expect(rest.entries).toHaveLength(1)
    // after the trim, a record that has it all finds nothing to replay
    wal.saved(5, 3)
    expect(readWal(storage, 'k')).toBe(null)
  })

  it('carries another copy’s changes as its own until a save includes them', () => {
    const storage = new MemoryStorage()
    const old = new WriteAheadLog(storage, 'k', 'session-1', 3)
    const a = typed('甲')
    old.append({ steps: a.tr.steps.map((s) => s.toJSON()) })
    const replayed = replayWal(readWal(storage, 'k') as WalRecord, doc, 3, undefined)!
    const wal = new WriteAheadLog(storage, 'k', 'session-2', 3)
    wal.carry(replayed.entries)
    // In place of the old copy, as this session's: a save that fails leaves them there.
    const carried = readWal(storage, 'k') as WalRecord
    expect(carried.session).toBe('session-2')
    expect(replayWal(carried, doc, 3, undefined)!.doc.textContent).toBe(a.state.doc.textContent)
    wal.saved(4, wal.lastSeq)
    expect(readWal(storage, 'k')).toBe(null)
  })

  it('refuses a log made against another revision rather than apply it to the wrong text', () => {
    const storage = new MemoryStorage()
    const wal = new WriteAheadLog(storage, 'k', 'session-1', 3)
    wal.append({ steps: typed('甲').tr.steps.map((s) => s.toJSON()) })
    expect(() => replayWal(readWal(storage, 'k')!, doc, 7, { session: 'other', seq: 9 })).toThrow(RangeError)
  })

  it('says when storage is full, so the change is saved at once instead', () => {
    const storage = new MemoryStorage()
    storage.full = true
    const wal = new WriteAheadLog(storage, 'k', 's', 0)
    expect(wal.append({ fields: { layout: 'reading' } })).toBe(false)
    expect(new WriteAheadLog(null, 'k', 's', 0).append({ fields: {} })).toBe(false)
  })
})

describe('a copy of the log older than another session’s save', () => {
  const log = (session: string, baseRev: number, at: number): WalRecord => ({
    session,
    baseRev,
    entries: [{ seq: 1, steps: [] }],
    at,
  })

  it('is stale: written before a save by another session of a later revision (a killed browser brings it back)', () => {
    expect(supersededWal(log('s0', 3, 1000), 5, { session: 's1', seq: 4, at: 2000 })).toBe(true)
  })

  it('is not, when it is the saving session’s own, of the stored revision, written after the save, or the save is not dated', () => {
    expect(supersededWal(log('s1', 3, 1000), 5, { session: 's1', seq: 4, at: 2000 })).toBe(false)
    expect(supersededWal(log('s0', 5, 1000), 5, { session: 's1', seq: 4, at: 2000 })).toBe(false)
    expect(supersededWal(log('s0', 3, 3000), 5, { session: 's1', seq: 4, at: 2000 })).toBe(false)
    expect(supersededWal(log('s0', 3, 1000), 5, undefined)).toBe(false)
    expect(supersededWal(log('s0', 3, 1000), 5, { session: 's1', seq: 4 })).toBe(false)
  })
})
