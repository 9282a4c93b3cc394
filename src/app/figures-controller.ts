/**
 * The figures of the open speech's editor page: loads the figures store, keeps what the user
 * sets in the text, imports and exports CSV, merges metrics. A Lit ReactiveController: its
 * host re-renders when the figures or its message change.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit'
import {
  FigureIndex,
  sameFigure,
  sameWrite,
  valueKey,
  type FigureValue,
  type FigureWrite,
  type Metric,
} from '../core/figures/model'
import { figureToKeep, planRows } from '../core/figures/incoming'
import { changeBetween, compareSlot } from '../core/figures/compare'
import { figuresToCsv, libraryRows, parseFiguresCsv, totalsAsYears } from '../core/figures/csv'
import {
  ambiguousMessage,
  figureSlots,
  fillSlots,
  rowsForSlots,
  slotPlace,
  type FigureEdit,
  type SlotChange,
} from '../core/figures/fill'
import { figureIdNow, markFiguresTyped, sameMetric } from './editor/figures-plugin'
import type { Node as PMNode } from 'prosemirror-model'
import { convert } from '../core/units'
import { docYears, type SlotAttrs } from '../core/schema'
import type { FigureLookup } from '../core/checks/types'
import { ImportError } from '../core/import/decode'
import type { EditorController, FigureChange } from './editor/controller'
import { FigureJournal, type JournalEntry, type LibraryWrite } from './figure-journal'
import type { CsvPreview } from './components/jg-figures'
import { storageMessage, type Store } from './store/db'
import type { LoggedFigure } from './session/wal'
import { zh } from '../i18n/zh'
import { fillSaid, notInLibrary } from './fill-said'
import { slotTypedFigures } from '../core/typed-slots'
import { fieldTitle } from '../core/meeting/fields'
import { type ShownFigure, showsFigure } from '../core/figures/shown'
import { shownName } from './drafts'

/** A figure typed in the speech and put in the index at once, on its way to the store. */
interface OnItsWay {
  metric: Metric
  value: FigureValue
  /** Its save is stored: a read of the store begun after this has it. */
  stored: boolean
}

/** What a failed write of the library, and a failed read of it after the write, mean for that write. */
interface WriteWords {
  failed: (why: string) => string
  notReadBack: (why: string) => string
  /** Where to say them (the panel's message, unless the caller gathers what several writes say). */
  say?: (message: string, error: boolean) => void
}

/**
 * What the library held before a logged figure was typed (null: nothing) and what its typing
 * wrote, each with its change time; null from a log that does not say (written before it did).
 */
function loggedWrites({ prior, wrote }: LoggedFigure): (FigureWrite | null)[] | null {
  if (prior === undefined || wrote?.changedAt === undefined) return null
  const wroteAt = { value: wrote.value, unit: wrote.unit, changedAt: wrote.changedAt }
  if (prior === null) return [null, wroteAt]
  if (prior.changedAt === undefined) return null
  return [{ value: prior.value, unit: prior.unit, changedAt: prior.changedAt }, wroteAt]
}

/** `index` with `figures` laid over it, later ones over earlier ones. */
function withFigures(index: FigureIndex, figures: Iterable<OnItsWay>): FigureIndex {
  const metrics = [...index.metrics]
  const values = index.values()
  for (const { metric, value } of figures) {
    if (!metrics.some((m) => m.key === metric.key)) metrics.push(metric)
    values.push(value)
  }
  return new FigureIndex(metrics, values)
}

/** `index` without the value of `v`'s metric, year, kind and span. */
function withoutValue(index: FigureIndex, v: FigureValue): FigureIndex {
  const key = valueKey(v.metric, v.year, v.kind, v.span ?? '')
  return new FigureIndex(
    index.metrics,
    index.values().filter((x) => valueKey(x.metric, x.year, x.kind, x.span ?? '') !== key),
  )
}

/** Where each slot stands in `doc` and the library's number for it, for the user to find and compare. */
function places(doc: PMNode, changes: SlotChange[]) {
  return changes.map((c) => ({ place: slotPlace(doc, c.slot.pos), value: c.value + c.slot.attrs.unit }))
}

export class FiguresController implements ReactiveController {
  index = new FigureIndex([], [])
  /** What the last action did, or why it failed, for the figures panel. */
  message = ''
  /** The message says why something failed: shown as an error, not as news. */
  failed = false
  /** A CSV file read and waiting for the user's confirmation. */
  csvPreview: CsvPreview | null = null

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly store: () => Store,
    private readonly saveFile: (data: string, name: string, type: string) => void,
  ) {
    host.addController(this)
  }

  hostConnected() {}

  private say(message: string, failed = false) {
    this.message = message
    this.failed = failed
    this.host.requestUpdate()
  }

  /** Counts loads of the store: what reads the figures (the checks) redoes its work when it changes. */
  version = 0

  async load() {
    // A read has what was stored before it began; a figure typed meanwhile, or whose save is still
    // on its way, is laid over it: a read-back never drops a figure the speech has from the index.
    const stored = [...this.onTheWay].filter((f) => f.stored)
    const { metrics, values } = await this.store().loadFigures()
    for (const f of stored) this.onTheWay.delete(f)
    this.index = withFigures(new FigureIndex(metrics, values), this.onTheWay)
    this.version++
    this.host.requestUpdate()
  }

  /** Read the library again (another tab may have written it since this page read it); a failed read is said. */
  async reload() {
    await this.load().catch((e) => this.say(zh.figures.readBackFailed(storageMessage(e)), true))
  }

  /** A stored figure in the unit asked for, for the checks that read a figure against the store. */
  readonly lookup: FigureLookup = (label, year, kind, unit, span = '') => {
    // 15所 of 乡镇卫生院, a metric in 人, is read against 乡镇卫生院（所） (core keptLabel).
    const v = this.index.value(label, year, kind, span, unit)
    return v ? (convert(v.value, v.unit || unit, unit || v.unit) ?? undefined) : undefined
  }

  /** Account of what each undoable change of a figure did to the library, for undo and redo. */
  private readonly journal = new FigureJournal()

  /**
   * The speech's figures changed (EditorController's onFigures). A figure typed is kept in the
   * library; an emptied slot, a fill, and their undo leave the library alone; undo of a typed
   * figure puts back what the library held before it (unless the library has changed that figure
   * since), and redo writes it again.
   */
  speechChanged(change: FigureChange) {
    // The change's ids are made with the index as it is now: a metric merged since the entries
    // were recorded is found under the metric it went into.
    if (change.how !== 'edit') this.journal.follow((id) => figureIdNow(this.index, id))
    if (change.how === 'undo') {
      const writes = this.journal.undo(change.changed).flatMap((e) => (e.write ? [e.write] : []))
      // The notice of other drafts is of a write now taken back: it has nothing left to say.
      if (this.shown && writes.includes(this.shown.write)) this.keepShown()
      // A notice still being worked out for a write now taken back is not to be shown.
      if (this.telling && writes.includes(this.telling)) this.telling = null
      if (writes.length) void this.takeBackAll(writes)
      return
    }
    if (change.how === 'redo') {
      const redone = this.journal.redo(change.changed)
      // What the undo said is past: the redo says what it writes again (a failed write says so after).
      const writes = redone.filter(({ entry }) => entry.write).length
      if (writes) this.say(zh.figures.redoKept(writes))
      for (const { id, entry } of redone)
        this.journal.redone(id, { edit: entry.edit, write: entry.edit ? this.keep(entry.edit) : null })
      return
    }
    const entries = new Map<string, JournalEntry>()
    for (const [id, edit] of change.typed) entries.set(id, { edit, write: this.keep(edit) })
    if (change.undoable) this.journal.record(change.changed, entries)
  }

  /**
   * A figure set in the speech is kept in the figures store, under its metric (or refused, with
   * the reason); returns what it writes there. An emptied figure writes nothing: the speech no
   * longer states it, and the library keeps the department's number.
   */
  keep(edit: FigureEdit): LibraryWrite | null {
    // A trial copy's figures are its own (DraftRecord.trial): the library is every other draft's.
    if (edit.year === null || this.draft?.trial) return null
    const kept = figureToKeep(this.index, { ...edit, year: edit.year })
    if (kept === null) return null
    if ('refused' in kept) {
      this.say(zh.figures.notKept(kept.refused))
      return null
    }
    const known = this.index.value(kept.metric.label, kept.value.year, kept.value.kind, kept.value.span) ?? null
    // 15所 of 乡镇卫生院, a metric in 人: a metric of its own, named with its unit; said when it is new.
    const apart = this.index.metricFor(edit.label)
    if (apart && kept.metric.key !== apart.key && !this.index.metricFor(kept.metric.label))
      this.say(zh.figures.keptApart(edit.label, edit.unit, apart.unit, kept.metric.label))
    this.writes.set(edit, { prior: known, wrote: kept.value })
    const write: LibraryWrite = {
      wrote: kept.value,
      prior: known,
      // The page may have read the library before another tab wrote the figure: undo puts back
      // what the write really replaced.
      stored: this.write(kept.metric, kept.value, (replaced) => {
        write.prior = replaced
      }),
    }
    if (known && !sameFigure(known, kept.value)) void this.tellShown(kept.metric, known, write)
    return write
  }

  /**
   * In a trial copy, an action that writes the library itself (导入 CSV, 合并) is refused, and she
   * is told to do it in the draft the figures belong to: the banner says a trial's figures stay
   * out of the library, and these would change it for every draft. True when refused.
   */
  refuseInTrial(action: 'csv' | 'merge'): boolean {
    if (!this.draft?.trial) return false
    this.csvPreview = null
    this.say(zh.figures.trialRefused(action), true)
    return true
  }

  /** The open draft: its id (other drafts are the rest) and whether it is a trial copy. Set by the page. */
  draft: { id: string; trial: boolean } | null = null

  /**
   * A typed figure changed a number of the library that other drafts still show: their names and
   * the change, with 撤销 (undoShown), which puts the library back and leaves the speech as typed.
   */
  shown: { message: string; write: LibraryWrite } | null = null

  /** The write whose notice of other drafts is being worked out (tellShown), or null. */
  private telling: LibraryWrite | null = null

  /**
   * Say which other drafts show the number `write` replaced (tryout 10, finding 1: figures typed in
   * a copy overwrote the original's, and next year's draft took them, without a word).
   */
  private async tellShown(metric: Metric, prior: FigureValue, write: LibraryWrite) {
    // Only the latest write's notice is shown: an earlier one still reading the drafts gives way.
    this.telling = write
    const key = this.index.metricKey(metric.label)
    const figure: ShownFigure = {
      names: (label) => this.index.metricKey(label) === key,
      year: prior.year,
      kind: prior.kind,
      span: prior.span ?? '',
      number: prior,
    }
    let names: string[]
    try {
      names = (await this.draftsShowing([figure]))[0]
    } catch (e) {
      if (this.telling === write) this.say(zh.figures.othersUnread(storageMessage(e)), true)
      return
    }
    if (this.telling !== write) return
    this.telling = null
    if (!names.length) return
    const when = zh.figures.yearKind(prior.span || null, prior.year, prior.kind === 'target')
    this.shown = {
      message: zh.figures.shownElsewhere(
        metric.label,
        when,
        prior.value + prior.unit,
        write.wrote.value + write.wrote.unit,
        names,
      ),
      write,
    }
    this.host.requestUpdate()
  }

  /**
   * For each figure, the names of the other drafts (not the open one) that show its number. Read
   * from the drafts' summaries (DraftSummary.figures), in one read of the library's list: no
   * speech is read, however many drafts the library holds, and what another tab saved, deleted or
   * restored is there at once.
   */
  private async draftsShowing(figures: ShownFigure[]): Promise<string[][]> {
    const names: string[][] = figures.map(() => [])
    if (!figures.length) return names
    for (const d of await this.store().listDrafts()) {
      if (d.id === this.draft?.id) continue
      figures.forEach((f, i) => {
        if (showsFigure(d.figures, f)) names[i].push(shownName(d))
      })
    }
    return names
  }

  /** 撤销 on the notice of other drafts: the library's number goes back, the speech keeps what was typed. */
  async undoShown() {
    const shown = this.shown
    this.shown = null
    this.host.requestUpdate()
    if (shown) await this.takeBackAll([shown.write])
  }

  /** 知道了: the notice goes, the library keeps the number typed. */
  keepShown() {
    this.shown = null
    this.host.requestUpdate()
  }

  /** What each figure typed here wrote to the library, and what the library held (as this page knew it). */
  private readonly writes = new WeakMap<FigureEdit, { prior: FigureValue | null; wrote: FigureValue }>()

  /**
   * What typing a figure on this page wrote to the library and what the library held for it then
   * (null: nothing), each with its change time, for the write-ahead log; undefined when typing it
   * wrote nothing to the library.
   */
  writeOf(edit: FigureEdit): { prior: FigureValue | null; wrote: FigureValue } | undefined {
    return this.writes.get(edit)
  }

  /**
   * Figures typed before the page went away, recovered with their changes (draft-session.ts):
   * kept as on the page that typed them, when the speech still shows them (not changed or undone
   * since, and not one of two figures under one name), and only where the library still holds
   * the very write it held when they were typed. Resolves with what to tell the user of those left out.
   */
  async keepRecovered(doc: PMNode, edits: LoggedFigure[]): Promise<string[]> {
    // A trial copy's typing never wrote the library: nor does its recovery.
    if (this.draft?.trial) return []
    const said: string[] = []
    // What the library may hold for each figure for a recovered one to be written over it: the
    // write it held before each of the log's edits of that figure, or one of those edits' own
    // writes (the page that went away wrote them in turn, and some of them may have landed).
    // Told apart by change time: a CSV imported since with the number typed over is newer.
    const expected = new Map<string, (FigureWrite | null)[]>()
    // The figure to keep: the last edit the speech still shows (an undo after it is not logged).
    const last = new Map<string, { edit: LoggedFigure; metric: Metric; value: FigureValue }>()
    // Figures of which the log does not say what the library held (written before it did).
    const unsure = new Set<string>()
    for (const edit of edits) {
      if (edit.year === null) continue
      const kept = figureToKeep(this.index, { ...edit, year: edit.year })
      if (kept === null) continue
      if ('refused' in kept) {
        this.say(zh.figures.notKept(kept.refused))
        continue
      }
      const { metric, value } = kept
      const key = valueKey(value.metric, value.year, value.kind, value.span ?? '')
      // A log written before figures carried their prior and its change time cannot say what the
      // library held: the figure is written only where the library holds none. Where it holds
      // one, that may be a newer figure (a CSV, another tab) as well as the one typed over, and a
      // wrong figure in the library is worse than one she is told of and can enter again.
      const writes = loggedWrites(edit)
      expected.set(key, [...(expected.get(key) ?? []), ...(writes ?? [null])])
      if (!writes) unsure.add(key)
      const { slots } = figureSlots(
        doc,
        edit,
        sameMetric(() => this.index, edit.label),
      )
      if (slots.length && slots.every((s) => s.attrs.value === edit.value)) last.set(key, { edit, metric, value })
    }
    for (const [key, { edit, metric, value }] of last) {
      const typed = value.value + value.unit
      const when = zh.figures.yearKind(edit.period ?? null, value.year, value.kind === 'target')
      try {
        const held = expected.get(key) ?? [null]
        const r = await this.store().keepRecoveredFigure(metric, value, held)
        if (!r.kept) {
          const now = r.now && r.now.value + r.now.unit
          // The number it held, written again since (a CSV imported again): said as such, not as a change.
          const again = r.now !== null && held.some((h) => sameFigure(r.now, h))
          said.push(
            unsure.has(key)
              ? zh.figures.recoveredUnsure(metric.label, when, typed, now)
              : again
                ? zh.figures.recoveredWrittenAgain(metric.label, when, typed, now)
                : zh.figures.recoveredNotKept(metric.label, when, typed, now),
          )
        }
      } catch (e) {
        said.push(zh.figures.recoveredNotStored(metric.label, when, typed, storageMessage(e)))
      }
    }
    if (last.size) await this.reload()
    return said
  }

  /**
   * Undo of a step that wrote figures in the library (one typed, or typed figures made slots at
   * once): each taken back (takeBack), then one message says what became of them all, replacing
   * what the step had said.
   */
  private async takeBackAll(writes: LibraryWrite[]) {
    const said: string[] = []
    let failed = false
    const tell = (message: string, error = false) => {
      said.push(message)
      failed ||= error
    }
    const taken = (await Promise.all(writes.map((w) => this.takeBack(w, tell)))).filter(Boolean).length
    this.say([taken ? zh.figures.undoTaken(taken) : '', ...said].filter(Boolean).join(' '), failed)
  }

  /**
   * Undo of a typed figure: the library's value before it, if the library still holds what it
   * wrote; true when it was put back. What she is told of a figure left, or of a failure, goes to `tell`.
   */
  private async takeBack(write: LibraryWrite, tell: (message: string, error?: boolean) => void): Promise<boolean> {
    const when = zh.figures.yearKind(write.wrote.span || null, write.wrote.year, write.wrote.kind === 'target')
    // The write's prior is what this page had read until the write lands, then what it replaced:
    // read when needed, not when the undo began.
    const priorText = () => write.prior && write.prior.value + write.prior.unit
    // Under the metric it is kept under now: one merged into another since is that one.
    const metric = this.index.metricFor(write.wrote.metric)
    if (!metric) {
      tell(zh.figures.undoLeft(write.wrote.metric, when, priorText(), null))
      return false
    }
    const wrote = { ...write.wrote, metric: metric.key }
    const prior = () => write.prior && { ...write.prior, metric: metric.key }
    // Another write of the figure since, even of the number typed (a CSV imported), is not undone; she is told.
    const sayLeft = (now: FigureValue | null) => {
      // Holding what it held before (the typed figure's write failed, and was said): nothing to say.
      if (sameFigure(now, prior())) return
      const nowText = now && now.value + now.unit
      tell(
        sameFigure(now, wrote)
          ? zh.figures.undoWrittenAgain(metric.label, when, priorText(), nowText)
          : zh.figures.undoLeft(metric.label, when, priorText(), nowText),
      )
    }
    const now = this.index.value(metric.label, wrote.year, wrote.kind, wrote.span) ?? null
    if (!sameWrite(now, wrote)) {
      sayLeft(now)
      return false
    }
    // The index says what this tab last read; the store decides (another tab may have written since).
    const shown = prior()
    this.index = shown
      ? withFigures(this.index, [{ metric, value: shown, stored: true }])
      : withoutValue(this.index, wrote)
    this.host.requestUpdate()
    let left: FigureValue | null | undefined
    const ok = await this.stored(
      async () => {
        const r = await this.store().takeBackFigure(wrote, prior)
        if (!r.taken) left = r.now
      },
      {
        failed: (why) => zh.figures.undoNotStored(metric.label, when, wrote.value + wrote.unit, why),
        notReadBack: (why) => zh.figures.undoNotReadBack(metric.label, when, priorText(), why),
        say: tell,
      },
    )
    if (left !== undefined) sayLeft(left)
    return ok && left === undefined
  }

  /**
   * Put `value` in the index at once and in the store (FiguresController.onTheWay); `landed` hears
   * what it replaced in the store (null: nothing) once it is stored, before the read-back.
   */
  private async write(metric: Metric, value: FigureValue, landed: (replaced: FigureValue | null) => void) {
    // The index has the figure at once, as the speech does: the checks that read the library at
    // the next pause see the figure just typed, not the one the store held before the save.
    const way = { metric, value, stored: false }
    this.onTheWay.add(way)
    this.index = withFigures(this.index, [way])
    await this.stored(
      async () => {
        const [replaced = null] = await this.store().saveFigures([metric], [value])
        landed(replaced)
      },
      { failed: zh.figures.notStored, notReadBack: zh.figures.notReadBack },
      () => {
        way.stored = true
      },
      () => this.onTheWay.delete(way),
    )
  }

  /**
   * Run a write of the library; read the store back once no other write is on its way. `words`
   * say what a failed write, or a failed read-back after it was stored, means for this write.
   * Resolves with whether the write was stored.
   */
  private async stored(
    run: () => Promise<void>,
    words: WriteWords,
    done = () => {},
    failed = () => {},
  ): Promise<boolean> {
    const say = words.say ?? ((message: string, error: boolean) => this.say(message, error))
    this.keeping++
    let ok = true
    try {
      await run()
      done()
    } catch (e) {
      // Not in the store: the read-back below puts the index back to what the store holds.
      ok = false
      failed()
      say(words.failed(storageMessage(e)), true)
    } finally {
      this.keeping--
    }
    // Read back once no other figure is on its way: one read for a burst of figures typed. A
    // failed read after a failed write adds nothing to what was said of the write.
    if (this.keeping === 0)
      await this.load().catch((e) => {
        if (ok) say(words.notReadBack(storageMessage(e)), true)
      })
    return ok
  }

  /** Figures typed and put in the index whose save has not finished. */
  private keeping = 0
  /** Figures typed that the index has and a read of the store may not have yet. */
  private readonly onTheWay = new Set<OnItsWay>()

  /** Label, unit, last year's value and the change, for a slot pointed at. */
  slotHint(a: SlotAttrs): string {
    // A name emptied by the roll-over keeps last year's (`prev`): she sees whom the slot named.
    if (a.role === 'person') return zh.figures.tipPerson(a.label, a.value === null ? a.prev : null)
    if (a.role === 'text') return zh.figures.tipText(a.label)
    if (a.role === 'field') return zh.meeting.fieldHint(fieldTitle(a.label))
    const lines = [
      zh.figures.tipHead(
        a.label,
        a.unit,
        a.year ? zh.figures.yearKind(a.period, a.year, a.kind === 'target') : '',
        a.value,
      ),
    ]
    const { previous, previousTarget, target } = compareSlot(this.index, a)
    if (previous !== null) {
      lines.push(zh.figures.tipPrevious(previous + a.unit))
      if (a.value !== null) {
        const c = changeBetween(a.value, previous, a.unit)
        lines.push(zh.figures.tipChange(c.diff + c.unit, c.rate))
      }
    }
    if (previousTarget !== null) lines.push(zh.figures.tipPreviousTarget(previousTarget + a.unit))
    if (target !== null) lines.push(zh.figures.tipTarget(target + a.unit))
    lines.push(zh.figures.tipFill)
    return lines.join('\n')
  }

  /** A panel edit of a figure whose slots hold different numbers: nothing changed, and where they are. */
  refuseSplit(label: string, places: string[]) {
    this.say(zh.figures.splitRefused(label, places), true)
  }

  /**
   * Make the figures typed as words slots (core/typed-slots.ts) and keep each in the library, as
   * a number typed into a slot is, in one undoable step. Its undo turns them back into words and
   * takes back what it wrote in the library, as the undo of a figure typed does (takeBack): a
   * figure the library has had written since is left, and she is told.
   */
  slotTyped(editor: EditorController) {
    const two = new Set<string>()
    const stretch = new Set<string>()
    editor.run(
      slotTypedFigures((made, tr, partOfYear) => {
        this.say(zh.figures.typedMade(made.length))
        // Two numbers under one name, year and kind are two figures (全市 and 我区): neither is that name's number.
        const key = (a: SlotAttrs) => `${a.label}|${a.year}|${a.kind}|${a.period ?? ''}`
        // Of the figures kept only: a stretch's number (1至11月…3100人) beside the year's (全年…3400人) is not a second one.
        const values = new Map<string, Set<string | null>>()
        for (const [i, a] of made.entries())
          if (!partOfYear[i]) values.set(key(a), (values.get(key(a)) ?? new Set()).add(a.value))
        const kept: FigureEdit[] = []
        for (const [i, a] of made.entries()) {
          // A stretch of the year (1至5月, 截至目前) is no level of the year: a slot, not the year's figure.
          if (partOfYear[i]) stretch.add(a.label)
          else if ((values.get(key(a))?.size ?? 0) > 1) two.add(a.label)
          else kept.push({ label: a.label, year: a.year, kind: a.kind, value: a.value, unit: a.unit, period: a.period })
        }
        // Kept as typed figures are, by the step itself (speechChanged): its undo takes them back.
        markFiguresTyped(tr, kept)
      }),
    )
    const left = [
      ...(stretch.size ? [zh.figures.typedPartOfYearMade([...stretch])] : []),
      ...(two.size ? [zh.figures.typedTwo([...two])] : []),
    ]
    if (left.length) this.say(left.join(' '))
  }

  fill(editor: EditorController) {
    this.say(fillSaid(editor.fillFromFigures(this.index)).join(' '))
  }

  /**
   * Read a CSV and say what importing it would do: rows refused (unreadable, or in a unit their
   * metric's does not convert to), stored values it would change, slots of `doc` it would fill.
   */
  async readCsv(file: File, doc: PMNode) {
    this.csvPreview = null
    if (this.refuseInTrial('csv')) return
    try {
      // A sheet without a 年度 column is read as of this speech's years (its review year, its plan year's targets).
      const { reviewYear, planYear } = docYears(doc)
      const { rows, errors, notes, oldHeader } = parseFiguresCsv(new Uint8Array(await file.arrayBuffer()), {
        reviewYear,
        planYear,
      })
      // Planned against the store itself, not this page's copy, which may lag a figure just typed:
      // a stale copy would miss a stored value the CSV changes or a unit it clashes with.
      await this.load()
      // An old export's totals written as plain years: those that are the library's own totals are named too.
      const asYears = oldHeader ? totalsAsYears(this.index, rows) : []
      if (asYears.length) {
        const lines = [...(notes.find((n) => n.kind === 'oldExport')?.lines ?? []), ...asYears].sort((a, b) => a - b)
        notes.splice(0, notes.length, ...notes.filter((n) => n.kind !== 'oldExport'), { kind: 'oldExport', lines })
      }
      const plan = planRows(this.index, rows)
      const refused = new Set(plan.refused.map((e) => e.line))
      const trial = fillSlots(doc, plan.index, { before: this.index })
      // The stored numbers the CSV changes, as other drafts may still show them: named in the preview.
      const stored = plan.changes.map((c) => this.index.value(c.label, c.year, c.kind, c.span) ?? null)
      const shownIn = await this.draftsShowing(
        stored.flatMap((v, i) => {
          if (!v) return []
          const key = this.index.metricKey(plan.changes[i].label)
          const names = (label: string) => this.index.metricKey(label) === key
          return [{ names, year: v.year, kind: v.kind, span: v.span ?? '', number: v }]
        }),
      )
      let next = 0
      const changes = plan.changes.map((c, i) => (stored[i] ? { ...c, shownIn: shownIn[next++] } : c))
      this.csvPreview = {
        fileName: file.name,
        rows: rows.filter((r) => !refused.has(r.line)),
        errors,
        notes,
        refused: plan.refused,
        changes,
        fill: {
          filled: trial.filled,
          updated: trial.updated.length,
          refused: trial.refused.length,
          unsure: trial.ambiguous.flat().length,
          why: [...trial.refused.map((r) => r.reason), ...trial.ambiguous.map(ambiguousMessage)],
        },
        kept: places(doc, trial.kept),
        forSlots: rowsForSlots(
          doc,
          plan.index,
          rows.filter((r) => !refused.has(r.line)),
        ),
      }
      this.say('')
    } catch (e) {
      this.say(
        e instanceof ImportError
          ? e.message
          : zh.figures.csvUnreadable(file.name, e instanceof Error ? e.message : String(e)),
        true,
      )
    }
  }

  /**
   * The user answered the CSV preview: store the rows it offered (with `keepStored`, not those
   * that would change a stored value), or nothing. With `fill`, fill the speech's empty slots and
   * bring those that held a changed figure's old number to the new one; a slot holding a number
   * of its own is never changed, and every slot that now differs from the library is named.
   */
  async confirmCsv(ok: boolean, editor: EditorController, { fill = false, keepStored = false } = {}) {
    const preview = this.csvPreview
    this.csvPreview = null
    if (!ok || !preview) {
      this.say(zh.figures.nothingImported)
      return
    }
    if (this.refuseInTrial('csv')) return
    try {
      await this.load()
    } catch (e) {
      this.say(zh.figures.importFailed(storageMessage(e)), true)
      return
    }
    const before = this.index
    let plan = planRows(before, preview.rows)
    if (keepStored) {
      const changing = new Set(plan.changes.map((c) => c.line))
      plan = planRows(
        before,
        preview.rows.filter((r) => !changing.has(r.line)),
      )
    }
    const { metrics, values } = plan
    try {
      await this.store().saveFigures(metrics, values)
      await this.load()
    } catch (e) {
      this.say(zh.figures.importFailed(storageMessage(e)), true)
      return
    }
    const doc = editor.state.doc
    if (!fill) {
      // The speech is left as it is; the slots it now disagrees with the library in are named.
      const r = fillSlots(doc, this.index, { before })
      const differ = [...r.updated, ...r.kept].sort((a, b) => a.slot.pos - b.slot.pos)
      this.say([zh.figures.imported(values.length), zh.figures.notFollowed(places(doc, differ))].join(''))
      return
    }
    const r = editor.fillFromFigures(this.index, before)
    this.say(
      [
        zh.figures.importedAndFilled(values.length, r.filled, r.empty.length) +
          zh.figures.stillEmpty(notInLibrary(r)) +
          zh.figures.followed(places(doc, r.updated)) +
          zh.figures.keptByHand(places(doc, r.kept)),
        ...r.refused.map((x) => x.reason),
        ...r.ambiguous.map(ambiguousMessage),
      ].join(' '),
    )
  }

  /** Everything in the store (not this page's copy, which may lag a save behind), as CSV. */
  async exportCsv() {
    try {
      const { metrics, values } = await this.store().loadFigures()
      this.saveFile(figuresToCsv(libraryRows(metrics, values)), zh.figures.csvFileName, 'text/csv;charset=utf-8')
    } catch (e) {
      this.say(zh.figures.exportFailed(storageMessage(e)), true)
    }
  }

  async merge(keep: string, drop: string, keepLabel: string, dropLabel: string) {
    if (this.refuseInTrial('merge')) return
    try {
      await this.store().mergeMetrics(keep, drop)
      await this.load()
      this.say(zh.figures.merged(dropLabel, keepLabel))
    } catch (e) {
      this.say(zh.figures.mergeFailed(e instanceof Error ? e.message : String(e)), true)
    }
  }
}
