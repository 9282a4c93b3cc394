/**
 * What each undoable change of a figure in the speech did to the figures library, so that undo
 * takes back exactly that and redo does it again. Only a figure the user typed (or set in the
 * panel) writes the library; a fill from the library, a CSV fill or an emptied slot changes the
 * speech alone, and their undo leaves the library as it is.
 *
 * The history is last in, first out, and so is each figure's share of it: one stack per figure
 * (metric, year, kind, span) mirrors the undo history, another the redo history. Every undoable
 * change of a figure pushes one entry, with or without an effect on the library, so that an undo
 * of a fill never takes back a figure typed before it.
 */
import type { FigureEdit } from '../core/figures/fill'
import type { FigureValue } from '../core/figures/model'

/** What a typed figure did to the library: wrote `wrote` where `prior` was (null: nothing was). */
export interface LibraryWrite {
  wrote: FigureValue
  /**
   * What the library held where `wrote` went: as the typing page had read it until the write is
   * stored, then what the write's own transaction found there (another tab may have written the
   * figure after the page read the library).
   */
  prior: FigureValue | null
  /** Settles once the write is stored (or failed, saying why) and the library read back. */
  stored: Promise<void>
}

/** One change of one figure in the speech, as the history holds it. */
export interface JournalEntry {
  /** The typed figure (null: the change was a fill, or an emptied slot: the library was not written). */
  edit: FigureEdit | null
  write: LibraryWrite | null
}

export class FigureJournal {
  private done = new Map<string, JournalEntry[]>()
  private undone = new Map<string, JournalEntry[]>()
  /** When each entry was recorded, to put two figures' stacks in order when they become one. */
  private readonly order = new WeakMap<JournalEntry, number>()
  private recorded = 0

  /** A new undoable change of the figures `ids` (their writes by id): the redo history is gone. */
  record(ids: Iterable<string>, entries: Map<string, JournalEntry>) {
    this.undone.clear()
    for (const id of ids) {
      const entry = entries.get(id) ?? { edit: null, write: null }
      this.order.set(entry, ++this.recorded)
      push(this.done, id, entry)
    }
  }

  /**
   * The figures' ids as they are now (`now` of an id recorded before): a metric merged into
   * another since is that one, and an undo of a change to either finds its entry. Two figures that
   * became one have one stack, in the order their entries were recorded.
   */
  follow(now: (id: string) => string) {
    // The undo history's top is the latest recorded; the redo history's, the earliest of those undone.
    const rekey = (stacks: Map<string, JournalEntry[]>, latestOnTop: boolean) => {
      const next = new Map<string, JournalEntry[]>()
      const rank = (e: JournalEntry) => (this.order.get(e) ?? 0) * (latestOnTop ? 1 : -1)
      for (const [id, stack] of stacks) {
        const to = now(id)
        const joined = [...(next.get(to) ?? []), ...stack]
        if (next.has(to)) joined.sort((a, b) => rank(a) - rank(b))
        next.set(to, joined)
      }
      return next
    }
    this.done = rekey(this.done, true)
    this.undone = rekey(this.undone, false)
  }

  /** An undo changed the figures `ids`: the entries it takes back (each moves to the redo history). */
  undo(ids: Iterable<string>): JournalEntry[] {
    return move(this.done, this.undone, ids)
  }

  /** A redo changed the figures `ids`: the entries it does again (the caller records them anew with `redone`). */
  redo(ids: Iterable<string>): { id: string; entry: JournalEntry }[] {
    const taken: { id: string; entry: JournalEntry }[] = []
    for (const id of ids) {
      const entry = this.undone.get(id)?.pop()
      if (entry) taken.push({ id, entry })
    }
    return taken
  }

  /** Put back an entry `redo` took, with what doing it again wrote now. */
  redone(id: string, entry: JournalEntry) {
    this.order.set(entry, ++this.recorded)
    push(this.done, id, entry)
  }
}

function push(stacks: Map<string, JournalEntry[]>, id: string, entry: JournalEntry) {
  const stack = stacks.get(id)
  if (stack) stack.push(entry)
  else stacks.set(id, [entry])
}

function move(from: Map<string, JournalEntry[]>, to: Map<string, JournalEntry[]>, ids: Iterable<string>) {
  const taken: JournalEntry[] = []
  for (const id of ids) {
    const entry = from.get(id)?.pop()
    if (!entry) continue
    push(to, id, entry)
    taken.push(entry)
  }
  return taken
}
