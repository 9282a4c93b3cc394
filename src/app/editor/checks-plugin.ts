/**
 * Checks as the user types. A key typed in the speech carries the marks along and leaves the
 * checks to the pause: when the typist pauses (DOCUMENT_PAUSE_MS), and at least every
 * DOCUMENT_EVERY_MS while typing goes on, right after the frame of a key, the engine checks the
 * blocks changed since (it caches the rest) and the document rules read the whole speech, and the
 * marks are made right. A key's own task does none of it. Text composed through an IME is checked
 * so too, at the pause after the composition ends (marks redrawn inside a composition can upset
 * the IME). A change made by a command or a panel (a fill, a paste of slots) patches the marks of
 * its blocks at once. Whoever reads the results (the checks panel, an export) always gets them
 * complete: the state works them out when first asked.
 */
import { NodeSelection, Plugin, PluginKey, type EditorState, type Transaction } from 'prosemirror-state'
import { Decoration, DecorationSet, type EditorView } from 'prosemirror-view'
import type { Node as PMNode } from 'prosemirror-model'
import type { CheckEngine, CheckRun } from '../../core/checks/engine'
import type { Finding } from '../../core/checks/types'
import { present } from '../../core/guards'
import { once } from '../../core/once'
import { afterFrame } from './idle'
import { slotInputOpen } from './slot-view'

/**
 * What a checks state still owes, each owing all that the ones before it owe:
 * - `nothing`: checked, every mark drawn;
 * - `document`: the document changed since (a key, an IME composition); the block marks of a key
 *   are patched in it, the document rules' marks only carried along, checked at the next pause;
 * - `marks`: the block marks are not all drawn either (the options changed); the next catch-up
 *   draws them all from its complete run, keys meanwhile patching their own blocks;
 * - `everything`: not checked since the speech was opened (see `owed`).
 */
export type Owed = 'nothing' | 'document' | 'marks' | 'everything'
const OWED: readonly Owed[] = ['nothing', 'document', 'marks', 'everything']
/** The greater of two debts. */
const most = (a: Owed, b: Owed): Owed => (OWED.indexOf(a) >= OWED.indexOf(b) ? a : b)

export interface ChecksState {
  /** The results for this state's document, document rules included: after a keystroke, worked out when first read. */
  readonly run: CheckRun
  blockDecorations: DecorationSet
  documentDecorations: DecorationSet
  owed: Owed
  /** The checks were left to right after the next frame (`checkAfterFrame`), not to the pause. */
  soon?: boolean
  /**
   * Blocks checked afresh whose marks are not drawn yet: checked inside a composition, or by a
   * reader of `run` (the panel) rather than by a key's patch. The engine reports a block as changed
   * to the one run that checks it, whoever asked for that run; this list is how the marks learn of
   * it. Positions are in this state's document.
   */
  readonly undrawn: () => readonly Changed[]
}

type Changed = CheckRun['changed'][number]

/**
 * The document rules run once typing has paused this long, and at least this often while it goes
 * on. Each catch-up redraws the marks and the panels; at once a second, one key in twenty of a
 * steady typist's met one (the keystroke benchmark's p95).
 */
export const DOCUMENT_PAUSE_MS = 120
const DOCUMENT_EVERY_MS = 2000

export const checksKey = new PluginKey<ChecksState>('checks')

/** The checks plugin's state; the editor's state always has the plugin. */
export function checksOf(state: EditorState): ChecksState {
  return present(checksKey.getState(state), 'the checks plugin in the editor state')
}

/** Past this many changed blocks, decorations are rebuilt rather than patched block by block. */
const REBUILD_ABOVE = 40

/**
 * Mark a change as typed in the speech (the view dispatched it): its marks are carried along and
 * its blocks checked at the pause, as a composition's are.
 */
export function typedInSpeech(tr: Transaction): Transaction {
  return tr.setMeta(TYPED, true)
}
const TYPED = 'checks-typed'

/**
 * Mark a change made at once to many blocks (a fill from the library) to be checked right after
 * the frame that shows it, not in its own task: its marks are carried along until then. Filling a
 * thousand slots and checking their blocks in one task took twice as long as the fill.
 */
export function checkAfterFrame(tr: Transaction): Transaction {
  return tr.setMeta(SOON, true)
}
const SOON = 'checks-soon'

/** Ask the plugin to check everything again (the options changed). */
export function refreshChecks(tr: Transaction): Transaction {
  return tr.setMeta(checksKey, 'refresh')
}

/**
 * Where a finding's mark goes: over its words, or over the block it belongs at when something is
 * missing (null when there is no such block).
 */
function markRange(f: Finding, doc: PMNode): { from: number; to: number; block: boolean } | null {
  if (f.from < f.to) return { from: f.from, to: f.to, block: false }
  const node = doc.nodeAt(f.from)
  return node && !node.isInline ? { from: f.from, to: f.from + node.nodeSize, block: true } : null
}

/** How a finding is marked in the text: underlined, or its block marked when something is missing. */
export function decoration(f: Finding, doc: PMNode): Decoration | null {
  const at = markRange(f, doc)
  if (!at) return null
  return at.block
    ? Decoration.node(at.from, at.to, { class: `check-missing check-${f.severity}`, title: f.message }, { finding: f })
    : Decoration.inline(
        at.from,
        at.to,
        { class: `check check-${f.severity}`, 'data-rule': f.rule, title: f.message },
        { finding: f, inline: true },
      )
}

function decorations(findings: Finding[], doc: PMNode): Decoration[] {
  const out: Decoration[] = []
  for (const f of findings) {
    const d = decoration(f, doc)
    if (d) out.push(d)
  }
  return out
}

/**
 * A checks state whose full results are worked out when first read. `pending` are blocks already
 * owed their marks; if `run` is worked out by a reader, the blocks it checks afresh are owed too.
 * `drawn`: the run's own changes are drawn in `parts` (a catch-up).
 */
function checksState(
  parts: Omit<ChecksState, 'run' | 'undrawn'>,
  run: () => CheckRun,
  pending: readonly Changed[] = [],
  drawn = false,
): ChecksState {
  const made = once(run)
  let read = false
  return {
    ...parts,
    get run() {
      read = true
      return made()
    },
    undrawn: () => (read && !drawn && made().changed.length ? [...pending, ...made().changed] : pending),
  }
}

/** Blocks of the state before `tr` still owed their marks, and their findings, where they are after it. */
function stillUndrawn(prev: ChecksState, tr: Transaction): Changed[] {
  // Owing all block marks, the state draws them all at the next catch-up.
  if (prev.owed === 'marks' || prev.owed === 'everything') return []
  const out: Changed[] = []
  for (const c of prev.undrawn()) {
    const from = tr.mapping.map(c.from, 1)
    const to = tr.mapping.map(c.to, -1)
    if (to <= from) continue
    const findings: Finding[] = []
    for (const f of c.findings) {
      const a = tr.mapping.mapResult(f.from, 1)
      const b = f.to === f.from ? a : tr.mapping.mapResult(f.to, -1)
      if (!(a.deleted && b.deleted) && b.pos >= a.pos) findings.push({ ...f, from: a.pos, to: b.pos })
    }
    out.push({ from, to, findings })
  }
  return out
}

/**
 * The state a speech opens with, or comes to when the options change: the marks it has (none on
 * opening) carried, everything to be checked at the first pause. Opening a speech is one task of
 * the browser's; checking every block in it too made that task longer than 50 ms at the seed's
 * size. Whoever reads the results before then gets them complete (`run`).
 */
function owed(
  engine: CheckEngine,
  state: EditorState,
  marks?: Pick<ChecksState, 'blockDecorations' | 'documentDecorations' | 'owed'>,
): ChecksState {
  return checksState(
    {
      blockDecorations: marks?.blockDecorations ?? DecorationSet.empty,
      documentDecorations: marks?.documentDecorations ?? DecorationSet.empty,
      owed: most(marks?.owed ?? 'everything', 'marks'),
    },
    () => engine.run(state.doc),
  )
}

/** Whether the marks in `set` are those `findings` would make: same places, rules, severities and messages. */
export function sameMarks(set: DecorationSet | readonly Decoration[], findings: Finding[], doc: PMNode): boolean {
  const marks = set instanceof DecorationSet ? set.find() : set
  // Where each finding's mark would be, without making the marks.
  const wanted: Mark[] = []
  for (const f of findings) {
    const at = markRange(f, doc)
    if (at) wanted.push({ from: at.from, to: at.to, f })
  }
  if (marks.length !== wanted.length) return false
  // Every mark this plugin makes carries its finding in its spec (`decoration`).
  const have: Mark[] = marks.map((d) => ({ from: d.from, to: d.to, f: d.spec.finding }))
  const order = (a: Mark, b: Mark) =>
    a.from - b.from || a.to - b.to || compare(a.f.rule, b.f.rule) || compare(a.f.message, b.f.message)
  have.sort(order)
  wanted.sort(order)
  return have.every(
    (h, i) =>
      h.from === wanted[i].from &&
      h.to === wanted[i].to &&
      h.f.rule === wanted[i].f.rule &&
      h.f.severity === wanted[i].f.severity &&
      h.f.message === wanted[i].f.message,
  )
}

interface Mark {
  from: number
  to: number
  f: Finding
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/**
 * Patch the block marks of the blocks checked afresh (or build them anew from `run`, complete,
 * when many changed). A later entry for the same block wins.
 */
function patchBlocks(prev: DecorationSet, changed: readonly Changed[], run: CheckRun, doc: PMNode): DecorationSet {
  // Many blocks changed at once (a fill, a paste): building the set anew is cheaper than patching it.
  if (changed.length > REBUILD_ABOVE) return marksFor(prev, run.blockFindings, doc)
  let blocks = prev
  for (const { from, to, findings } of changed) {
    const old = blocks.find(from, to)
    // A block checked again with the marks it had keeps them, the same objects: a mark made anew
    // is a new mark to the view (its finding is another object), which redraws its words and puts
    // the selection back in the DOM, in the task of the catch-up and in the frame of the next key.
    if (sameMarks(old, findings, doc)) continue
    blocks = blocks.remove(old)
    blocks = blocks.add(doc, decorations(findings, doc))
  }
  return blocks
}

/** The marks `findings` make: those of `prev` when they are the same (see patchBlocks), else a new set. */
function marksFor(prev: DecorationSet, findings: Finding[], doc: PMNode): DecorationSet {
  return sameMarks(prev, findings, doc) ? prev : DecorationSet.create(doc, decorations(findings, doc))
}

/**
 * The marks, less those in the text selected. Typed over with an IME, a selection that begins
 * where a mark's span begins and whose new text begins with the same character as the old came out
 * with that character twice (“2026年是” over a marked 2025 gave “22026年是”; tryout 4): the
 * browser composes into the span's DOM and ProseMirror reads the change as one character more.
 * With no mark drawn in the selection the composition replaces plain text.
 */
export function offSelection(state: EditorState, set: DecorationSet): DecorationSet {
  const { from, to, empty } = state.selection
  // A selected slot is not typed over: a composition on it moves beside it (slot-typing.ts). Its
  // marks stay, else that move would draw them again around the text the IME is composing into,
  // and the redraw ends the composition (the first character came out twice: 33260).
  if (empty || state.selection instanceof NodeSelection) return set
  const inSelection = set.find(from, to, (spec) => spec.inline === true)
  return inSelection.length ? set.remove(inSelection) : set
}

/** The checks plugin, and a second one that shows the document findings (the view merges both sets). */
export function checksPlugins(engine: CheckEngine): Plugin[] {
  const main = new Plugin<ChecksState>({
    key: checksKey,
    state: {
      init: (_config, state) => owed(engine, state),
      apply(tr, prev, _old, state) {
        const meta = tr.getMeta(checksKey)
        const doc = state.doc
        if (meta === 'refresh')
          // Not `...prev`: that would read its `run`, checking the whole speech here.
          return owed(engine, state, {
            blockDecorations: prev.blockDecorations.map(tr.mapping, doc),
            documentDecorations: prev.documentDecorations.map(tr.mapping, doc),
            owed: prev.owed,
          })
        if (meta === 'catch-up' && prev.owed !== 'nothing') {
          // Typing paused (or a composition ended): everything checked, the marks made right.
          const late = stillUndrawn(prev, tr)
          const run = engine.run(doc)
          const blockDecorations =
            prev.owed === 'marks' || prev.owed === 'everything'
              ? marksFor(prev.blockDecorations.map(tr.mapping, doc), run.blockFindings, doc)
              : patchBlocks(prev.blockDecorations.map(tr.mapping, doc), [...late, ...run.changed], run, doc)
          const carried = prev.documentDecorations.map(tr.mapping, doc)
          return checksState(
            {
              blockDecorations,
              // Carried marks that are still right are kept: a new set would make the view compare every marked node.
              documentDecorations: sameMarks(carried, run.documentFindings, doc)
                ? carried
                : DecorationSet.create(doc, decorations(run.documentFindings, doc)),
              owed: 'nothing',
            },
            () => run,
            [],
            true,
          )
        }
        if (!tr.docChanged) return prev
        const documentDecorations = prev.documentDecorations.map(tr.mapping, doc)
        const full = () => engine.run(doc)
        // While an IME composes, marks are only carried along: redrawing them inside the text being composed
        // can upset the IME. A key typed carries them too: its task is not to check. The blocks changed
        // meanwhile are new nodes, so the engine checks them at the pause.
        if (tr.getMeta('composition') || tr.getMeta(TYPED) || tr.getMeta(SOON))
          return checksState(
            {
              blockDecorations: prev.blockDecorations.map(tr.mapping, doc),
              documentDecorations,
              owed: most(prev.owed, 'document'),
              soon: prev.soon === true || tr.getMeta(SOON) === true,
            },
            full,
            stillUndrawn(prev, tr),
          )
        const late = stillUndrawn(prev, tr)
        const quick = engine.run(doc, { document: false })
        return checksState(
          {
            blockDecorations: patchBlocks(
              prev.blockDecorations.map(tr.mapping, doc),
              [...late, ...quick.changed],
              quick,
              doc,
            ),
            documentDecorations,
            owed: most(prev.owed, 'document'),
          },
          full,
        )
      },
    },
    props: { decorations: (state) => offSelection(state, checksOf(state).blockDecorations) },
    view: (view) => new CatchUp(view, engine),
  })
  const documentLevel = new Plugin({
    props: { decorations: (state) => offSelection(state, checksOf(state).documentDecorations) },
  })
  return [main, documentLevel]
}

/** How long one task may check blocks in `CatchUp.now` before it leaves the rest to the next. */
const SLICE_MS = 12

/** A clock for one slice of checking: true once SLICE_MS have passed. */
function slice(): () => boolean {
  const end = performance.now() + SLICE_MS
  return () => performance.now() >= end
}

/**
 * Asks for the checks left for later when typing pauses (a composition counts as typing until it
 * ends), and while typing goes on, at the first key DOCUMENT_EVERY_MS after they were first left,
 * right after that key's frame: in the pause before the next key, not at a moment that may fall
 * inside a key's task.
 */
class CatchUp {
  private cancel: () => void = () => {}
  /** When the document rules' marks were first left behind, or null when they are not. */
  private since: number | null = null

  constructor(
    private readonly view: EditorView,
    private readonly engine: CheckEngine,
  ) {
    // A speech just opened is checked at the first pause (`owed`).
    this.update(view)
  }

  update(view: EditorView) {
    if (checksOf(view.state).owed === 'nothing') {
      this.since = null
      return
    }
    // Nothing is redrawn inside a composition; its end updates the view again.
    if (view.composing) return
    const now = performance.now()
    this.since ??= now
    this.cancel()
    if (checksOf(view.state).soon || now - this.since >= DOCUMENT_EVERY_MS) this.cancel = afterFrame(() => this.now())
    else {
      const timer = setTimeout(() => this.now(), DOCUMENT_PAUSE_MS)
      this.cancel = () => clearTimeout(timer)
    }
  }

  private now() {
    this.cancel()
    this.since = null
    const { view } = this
    const { owed } = checksOf(view.state)
    if (view.isDestroyed || view.composing || owed === 'nothing') return
    // Nor while a slot's input is open (typed or composed into): its marks are drawn once it closes.
    if (slotInputOpen(view)) {
      const timer = setTimeout(() => this.now(), DOCUMENT_PAUSE_MS)
      this.cancel = () => clearTimeout(timer)
      return
    }
    // A catch-up that draws every mark (a speech just opened, the options changed) checks every
    // block the engine has not seen: that is done first, a slice per task, so that no task of it
    // is long (a whole speech of the seed's size took 36 ms on top of the document rules).
    if ((owed === 'everything' || owed === 'marks') && !this.engine.warm(view.state.doc, slice())) {
      const timer = setTimeout(() => this.now())
      this.cancel = () => clearTimeout(timer)
      return
    }
    view.dispatch(view.state.tr.setMeta(checksKey, 'catch-up').setMeta('addToHistory', false))
  }

  destroy() {
    this.cancel()
  }
}
