/**
 * What an open slot input holds is kept twice: in the write-ahead copy (localStorage, written at
 * once but on disk only seconds later) and in the stored record (on disk with the next save).
 * On opening, the later of the two is the one; a backup carries the record's, and one without it
 * (made before records held it) still reads.
 */
import { describe, expect, it } from 'vitest'
import { EditorState } from 'prosemirror-state'
import { heldBox, readWal, WriteAheadLog, type WalRecord } from '../../src/app/session/wal'
import { boxFits, type SlotBox } from '../../src/app/editor/slot-box'
import { makeBackup, parseBackup, type BackupDraft } from '../../src/core/backup'
import { speechToJSON } from '../../src/core/serialize'
import { doc, fig, h2, opening, p, part, title } from './build'
import { MemoryStorage } from './memory-storage'

const speech = doc(
  { reviewYear: 2025, planYear: 2026 },
  title('讲话'),
  opening(p('开场。')),
  part({ kind: 'review' }, h2('回顾'), p('新增就业', fig('新增就业', null, '人'), '。')),
)
let slotPos = -1
speech.descendants((n, pos) => {
  if (n.type.name === 'slot') slotPos = pos
})
const box = (text: string, pos = slotPos): SlotBox => ({ pos, label: '新增就业', text })

/** The log as localStorage holds it now: what a browser killed this moment would leave on disk, at best. */
const onDisk = (storage: MemoryStorage) => readWal(storage, 'k') as WalRecord

describe('the later of the write-ahead copy and the record', () => {
  it('is the record’s when the copy on disk stopped before the save (the browser was killed)', () => {
    const storage = new MemoryStorage()
    const wal = new WriteAheadLog(storage, 'k', 's1', 3)
    wal.hold(box('32'))
    const stale = onDisk(storage)
    wal.hold(box('3250'))
    // Saved with the record as revision 4: the mark covers every number so far.
    const mark = { session: 's1', seq: wal.lastSeq }
    expect(heldBox(stale, 4, mark, box('3250'))).toEqual(box('3250'))
  })

  it('is the copy’s when the input changed after the save, closed or typed on', () => {
    const storage = new MemoryStorage()
    const wal = new WriteAheadLog(storage, 'k', 's1', 3)
    wal.hold(box('32'))
    const mark = { session: 's1', seq: wal.lastSeq }
    wal.hold(box('3250'))
    expect(heldBox(onDisk(storage), 4, mark, box('32'))).toEqual(box('3250'))
    // The figure entered: the document changed, and the input closed.
    const entered = EditorState.create({ doc: speech }).tr.setNodeAttribute(slotPos, 'value', '3250')
    wal.append({ steps: entered.steps.map((s) => s.toJSON()) })
    wal.hold(null)
    expect(heldBox(onDisk(storage), 4, mark, box('32'))).toBe(null)
  })

  it('is the copy’s when nothing of this session was saved yet', () => {
    const storage = new MemoryStorage()
    const wal = new WriteAheadLog(storage, 'k', 's2', 4)
    wal.hold(box('7'))
    expect(heldBox(onDisk(storage), 4, { session: 's1', seq: 9 }, null)).toEqual(box('7'))
  })

  it('is the copy’s when the copy was written before records held the input', () => {
    const old: WalRecord = { session: 's1', baseRev: 4, entries: [], box: box('7'), at: 0 }
    expect(heldBox(old, 4, { session: 's1', seq: 2 }, null)).toEqual(box('7'))
  })

  it('refuses a copy of another revision (the record’s input is then the one)', () => {
    const old: WalRecord = { session: 's1', baseRev: 2, entries: [], boxSeq: 1, box: box('7'), at: 0 }
    expect(() => heldBox(old, 5, { session: 's9', seq: 1 }, box('8'))).toThrow(RangeError)
  })

  it('numbers each state of the input, so a save after it covers it', () => {
    const wal = new WriteAheadLog(new MemoryStorage(), 'k', 's1', 0)
    const before = wal.lastSeq
    wal.hold(box('1'))
    wal.hold(null)
    expect(wal.lastSeq).toBe(before + 2)
  })
})

describe('a backup carries the input', () => {
  const draft: BackupDraft = {
    id: 'd1',
    title: '讲话',
    createdAt: 1,
    updatedAt: 2,
    origin: 'import',
    speech: speechToJSON(speech),
    rev: 3,
  }
  const readBack = (d: unknown) => parseBackup(JSON.stringify({ ...makeBackup([], null), drafts: [d] })).drafts[0]

  it('reads a draft with it, as it was written, still fitting its speech', () => {
    const restored = readBack({ ...draft, slotBox: box('3250') })
    expect(restored.slotBox).toEqual(box('3250'))
    expect(boxFits(speech, restored.slotBox!)).toBe(true)
  })

  it('reads a draft without it (a backup made before)', () => {
    const restored = readBack(draft)
    expect(restored).toEqual(draft)
    expect('slotBox' in restored).toBe(false)
  })

  it('refuses one that is not an input’s shape, saying where', () => {
    expect(() => readBack({ ...draft, slotBox: { pos: -1, label: '新增就业', text: '1' } })).toThrow(/空位位置/)
    expect(() => readBack({ ...draft, slotBox: { pos: 3, label: '新增就业' } })).toThrow(/缺少“text”/)
    expect(() => readBack({ ...draft, slotBox: { ...box('1'), more: 1 } })).toThrow(/不认识的项/)
  })
})
