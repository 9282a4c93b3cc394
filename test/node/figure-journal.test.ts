import { describe, expect, it } from 'vitest'
import { FigureJournal, type JournalEntry } from '../../src/app/figure-journal'

const entry = (value: string): JournalEntry => ({
  edit: { label: 'x', year: 2025, kind: 'actual', value, unit: '人' },
  write: null,
})
const values = (entries: JournalEntry[]) => entries.map((e) => e.edit?.value)

describe('FigureJournal.follow: two figures that became one (a metric merged)', () => {
  it('undo takes their entries back latest first, across both, and redo does them again earliest first', () => {
    const journal = new FigureJournal()
    journal.record(['drop'], new Map([['drop', entry('1')]]))
    journal.record(['keep'], new Map([['keep', entry('2')]]))
    journal.record(['drop'], new Map([['drop', entry('3')]]))
    journal.follow((id) => (id === 'drop' ? 'keep' : id))
    expect(values(journal.undo(['keep']))).toEqual(['3'])
    expect(values(journal.undo(['keep']))).toEqual(['2'])
    expect(journal.undo(['drop'])).toEqual([])
    // Following again (as every undo and redo does) keeps the redo history's order: the last undone first.
    journal.follow((id) => id)
    expect(journal.redo(['keep']).map((r) => r.entry.edit?.value)).toEqual(['2'])
    expect(journal.redo(['keep']).map((r) => r.entry.edit?.value)).toEqual(['3'])
  })

  it('joins redo histories in the order the undos made them', () => {
    const journal = new FigureJournal()
    journal.record(['a'], new Map([['a', entry('1')]]))
    journal.record(['b'], new Map([['b', entry('2')]]))
    journal.undo(['b'])
    journal.undo(['a'])
    journal.follow((id) => (id === 'b' ? 'a' : id))
    // The last undone (1) is the first redone.
    expect(journal.redo(['a']).map((r) => r.entry.edit?.value)).toEqual(['1'])
    expect(journal.redo(['a']).map((r) => r.entry.edit?.value)).toEqual(['2'])
  })
})
