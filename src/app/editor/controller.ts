/**
 * The one owner of the editor's state. A Lit ReactiveController: it creates the EditorView
 * when its host connects and destroys it when the host goes. Every change is a transaction
 * applied here, at once; saving is the host's business and happens later, debounced.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit'
import {
  EditorState,
  NodeSelection,
  TextSelection,
  type Command,
  type Plugin,
  type Transaction,
} from 'prosemirror-state'
import { EditorView } from 'prosemirror-view'
import { history, undo, redo, undoDepth, redoDepth, isHistoryTransaction } from 'prosemirror-history'
import { keymap } from 'prosemirror-keymap'
import { baseKeymap, chainCommands } from 'prosemirror-commands'
import type { Node as PMNode } from 'prosemirror-model'
import {
  moveBlock,
  insertSection,
  insertPart,
  deleteBlock,
  cursorToEdge,
  continueItem,
  enterBesideBlock,
} from '../../core/commands'
import { deleteAcross, deleteSelectionAcross } from '../../core/delete-across'
import { selectionAcrossPlugin } from './selection-across'
import { fieldTitle } from '../../core/meeting/fields'
import { SlotView, CLOSE_SLOT_EVENT, EDIT_SLOT_EVENT } from './slot-view'
import { boxFits, type SlotBox } from './slot-box'
import { checkAfterFrame, checksKey, checksOf, checksPlugins, refreshChecks, typedInSpeech } from './checks-plugin'
import type { CheckEngine, CheckRun } from '../../core/checks/engine'
import {
  figuresPlugin,
  figureEditsOf,
  figureEditPos,
  figureId,
  figuresChanged,
  markFigureEdit,
  splitFigure,
} from './figures-plugin'
import { FigureIndex } from '../../core/figures/model'
import { fillSlots, slotPlace, type FigureEdit } from '../../core/figures/fill'
import { ScrollWatch, scrollerOf, visibleBox } from './scroll'
import { slotTipPlugin } from './slot-tip'
import { openSlot, slotTypingPlugin } from './slot-typing'
import { pastePlugin } from './paste'
import { zh } from '../../i18n/zh'
import { PAUSE_MS, UndoGroups } from './undo-groups'
import { findPlugin, findState, findStep, replaceAll, replaceOne, setFind, type FindRequest } from './find'
import { numberHintPlugin } from './number-hint'
import { afterFrame, whenIdle } from './idle'
import { warmTypedReading } from '../../core/checks/typed-figures'
import type { SlotAttrs } from '../../core/schema'

const EMPTY_INDEX = new FigureIndex([], [])
const defaultHint = (a: SlotAttrs) =>
  a.role === 'field' ? zh.meeting.fieldHint(fieldTitle(a.label)) : zh.slotHint(a.label, a.unit)
/** Typing redraws the page around the speech after this pause. */
const TYPING_PAUSE_MS = 150
/** A redraw of the page around the speech, asked for and not yet done. */
interface HostUpdate {
  done: Promise<void>
  run: () => void
  timer?: ReturnType<typeof setTimeout>
}
/** Marks the scrolls `keepInView` makes itself. */
const FOLLOW = 'jg-follow-scroll'

/**
 * Whether the cursor's line shows inside the editor's scroller and the window, `margin` px clear
 * of its edges (a negative margin lets it stand that far past them).
 */
function headOnScreen(view: EditorView, margin = -1): boolean {
  const at = view.coordsAtPos(view.state.selection.head)
  const box = visibleBox(view.dom)
  return at.top >= box.top + margin && at.bottom <= box.bottom - margin
}

/**
 * ProseMirror's own scroll moves a scroller only when the cursor is past its edge (its default
 * scrollThreshold, 0 px); inside it, however close to the edge, the default scroll does nothing.
 */
const SCROLL_THRESHOLD = 0

export interface EditorOptions {
  doc: PMNode
  /**
   * Called after every transaction that changed the document, with it and the transactions plugins
   * appended; `composing`: an IME composition was under way.
   */
  onDocChange(doc: PMNode, transactions: readonly Transaction[], composing: boolean): void
  /** An IME composition in the speech ended. */
  onCompositionEnd?(): void
  /** Whether the user may change the document (false: read-only, as in a second tab). */
  editable?: () => boolean
  /** The checks to run as the user types. */
  checks: CheckEngine
  /** The figures kept in the app, for slot hints and for keeping a metric's slots alike. */
  figures?: () => FigureIndex
  /**
   * Undoable changes gave figures of the speech other numbers: typed (into a slot or in the panel:
   * `typed`, to keep), filled, or undone and redone; `changed` holds each figure's figureId.
   */
  onFigures?(change: FigureChange): void
  /** What a slot says when pointed at. */
  slotHint?(attrs: SlotAttrs): string
  /** Open the meeting record at the field a meeting field slot shows (Enter or a double click on it). */
  onOpenField?(label: string): void
  /** What an open slot input holds that its slot does not yet, as it changes (null once nothing is held). */
  onSlotBox?(box: SlotBox | null): void
  /** More plugins (decorations of other checks, …). */
  plugins?: Plugin[]
}

/** Figures of the speech that one change gave other numbers (EditorOptions.onFigures). */
export interface FigureChange {
  how: 'edit' | 'undo' | 'redo'
  /** The change is an undo step (a figure typed that the speech already had is none: nothing to undo). */
  undoable: boolean
  changed: Set<string>
  /** The figures typed, by figureId (none for an undo or redo). */
  typed: Map<string, FigureEdit>
}

function editSelectedSlot(view: EditorView): boolean {
  const sel = view.state.selection
  if (!(sel instanceof NodeSelection) || sel.node.type.name !== 'slot') return false
  view.nodeDOM(sel.from)?.dispatchEvent(new CustomEvent(EDIT_SLOT_EVENT))
  return true
}

export class EditorController implements ReactiveController {
  /** The element the view lives in; the host renders it where it likes. */
  readonly dom = document.createElement('div')
  private view: EditorView | null = null
  private _state: EditorState
  /** The figures kept in the app, read when needed (they load after the editor opens). */
  private readonly figures = () => this.options.figures?.() ?? EMPTY_INDEX

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: EditorOptions,
  ) {
    this.dom.className = 'editor-mount'
    this._state = EditorState.create({
      doc: options.doc,
      plugins: [
        slotTypingPlugin(),
        pastePlugin(),
        // After the paste plugin, which puts a whole speech over a whole draft in its place.
        selectionAcrossPlugin(),
        history({ newGroupDelay: PAUSE_MS }),
        keymap({
          'Mod-z': undo,
          'Mod-y': redo,
          'Shift-Mod-z': redo,
          'Alt-ArrowUp': moveBlock(-1),
          'Alt-ArrowDown': moveBlock(1),
          'Mod-Enter': insertSection,
          'Mod-Home': cursorToEdge('start'),
          'Mod-End': cursorToEdge('end'),
          'Shift-Mod-Home': cursorToEdge('start', true),
          'Shift-Mod-End': cursorToEdge('end', true),
          Enter: (state, dispatch, view) => (view ? editSelectedSlot(view) : false) || continueItem(state, dispatch),
          // Before baseKeymap's, which would select a whole closing or part at a block's boundary.
          // A selection from one kind of block into another loses its text, never its blocks (tryout 11, C9).
          Backspace: chainCommands(deleteAcross(-1), deleteSelectionAcross),
          'Mod-Backspace': chainCommands(deleteAcross(-1), deleteSelectionAcross),
          'Shift-Backspace': chainCommands(deleteAcross(-1), deleteSelectionAcross),
          Delete: chainCommands(deleteAcross(1), deleteSelectionAcross),
          'Mod-Delete': chainCommands(deleteAcross(1), deleteSelectionAcross),
        }),
        keymap(baseKeymap),
        // Only where baseKeymap's Enter cannot split the block (the greeting).
        keymap({ Enter: enterBesideBlock }),
        ...checksPlugins(options.checks),
        figuresPlugin(this.figures),
        slotTipPlugin(options.slotHint ?? defaultHint),
        findPlugin(),
        numberHintPlugin(),
        ...(options.plugins ?? []),
      ],
    })
    host.addController(this)
  }

  get state(): EditorState {
    return this._state
  }
  get editorView(): EditorView | null {
    return this.view
  }
  get canUndo(): boolean {
    return undoDepth(this._state) > 0
  }
  get canRedo(): boolean {
    return redoDepth(this._state) > 0
  }
  /** The latest check results. */
  get checks(): CheckRun {
    return checksOf(this._state).run
  }
  /**
   * The speech was just opened and is not checked yet: it is at the first pause. A page that
   * shows the results says so meanwhile rather than work them out inside the task that opens the
   * speech; an export reads `checks`, which are always complete.
   */
  get checksPending(): boolean {
    return checksOf(this._state).owed === 'everything'
  }

  hostConnected() {
    if (this.view) return
    this.view = new EditorView(this.dom, {
      state: this._state,
      nodeViews: {
        slot: (node, view, getPos) =>
          new SlotView(
            node,
            view,
            getPos,
            this.options.slotHint ?? defaultHint,
            (label) => this.options.onOpenField?.(label),
            (box) => this.options.onSlotBox?.(box),
          ),
      },
      // A change the view dispatches was typed in the speech (keys, an IME, a paste): its checks wait for the pause.
      dispatchTransaction: (tr) => this.apply(tr.docChanged ? typedInSpeech(tr) : tr, tr.docChanged),
      // Called as the view is about to scroll to the selection (its layout is fresh by then);
      // the default scroll follows.
      // With the cursor well on screen, as while typing, there is nothing to scroll: saying so
      // spares the default scroll's measuring of every ancestor of the cursor on each key.
      handleScrollToSelection: (view) => {
        // Typed, the cursor moved a character from where it was: measuring it here would lay the
        // page out inside the key's task (more than the key's own work, #17). After the key's
        // frame the layout is done and the measure is free; a cursor then past the edge is
        // scrolled to, a frame later.
        if (this.typing) {
          this.headWasOnScreen = true
          this.scrollAfterFrame(view)
          return true
        }
        if (headOnScreen(view, SCROLL_THRESHOLD)) {
          this.headWasOnScreen = true
          return true
        }
        this.headWasOnScreen = headOnScreen(view)
        return false
      },
      handleDOMEvents: {
        compositionend: () => {
          this.options.onCompositionEnd?.()
          return false
        },
      },
      // `pos` is where the click landed, `nodePos` where the slot is: a click on the right edge of a
      // chip lands after it (in the text, or past the paragraph's end, where there is no node to
      // select: tryout 6, “reading 'nodeSize' of null”). The slot is selected where it is.
      handleDoubleClickOn: (view, _pos, node, nodePos) => {
        if (node.type.name !== 'slot') return false
        view.dispatch(view.state.tr.setSelection(NodeSelection.create(view.state.doc, nodePos)))
        return editSelectedSlot(view)
      },
      attributes: { spellcheck: 'false', 'aria-label': zh.editor.body, lang: 'zh-CN' },
      editable: () => this.options.editable?.() ?? true,
    })
    // The typed-figure reader's patterns compile on first use: at idle after opening, not inside
    // the key that types the first figure.
    whenIdle(() => {
      if (this.view) warmTypedReading()
    })
  }

  hostDisconnected() {
    this.scrolls.stop()
    this.cancelScrollCheck()
    this.view?.destroy()
    this.view = null
  }

  /** Whether the view, about to scroll to the selection, found the cursor already on screen. */
  private headWasOnScreen = false
  /** A change typed in the speech is being applied (`apply`): its scroll waits for its frame. */
  private typing = false
  private cancelScrollCheck: () => void = () => {}

  /** After the frame of a typed change: a cursor that went past the scroller's edge is scrolled to. */
  private scrollAfterFrame(view: EditorView) {
    this.cancelScrollCheck()
    this.cancelScrollCheck = afterFrame(() => {
      if (view.isDestroyed || view !== this.view || headOnScreen(view, SCROLL_THRESHOLD)) return
      this.apply(this._state.tr.scrollIntoView())
    })
  }

  /** Where typing's undo groups end (undo-groups.ts). */
  private readonly undoGroups = new UndoGroups()

  /** `typed`: the change came from the keyboard in the speech (the view), not from a command or a panel. */
  private apply(tr: Transaction, typed = false) {
    // A read-only page (another tab edits this draft) moves the cursor but changes nothing.
    if (tr.docChanged && this.options.editable && !this.options.editable()) return
    this.undoGroups.mark(tr)
    const before = this._state
    const { state, transactions } = before.applyTransaction(tr)
    this.reportFigures(before, state, transactions)
    this._state = state
    this.headWasOnScreen = false
    this.typing = typed
    try {
      this.view?.updateState(state)
    } finally {
      this.typing = false
    }
    // A scroll to a cursor already on screen (typing) cannot land by estimated heights: no watch.
    if (tr.scrolledIntoView && !tr.getMeta(FOLLOW) && !this.headWasOnScreen) this.keepInView()
    if (state.doc !== before.doc) this.options.onDocChange(state.doc, transactions, this.view?.composing ?? false)
    // The checks caught up right after a key's frame (checks-plugin.ts): the page redraws in the
    // same pause, before the next key, rather than a frame later inside it.
    this.updateHost(typed, tr.getMeta(checksKey) === 'catch-up')
  }

  /** Tell the page which figures an undoable change set, typed or undone (figure-journal.ts keeps their account). */
  private reportFigures(before: EditorState, after: EditorState, transactions: readonly Transaction[]) {
    const root = transactions[0]
    if (!this.options.onFigures || !root) return
    const index = this.figures()
    // A change kept out of the history is no undo step: nothing for undo to take back.
    const undoable = after.doc !== before.doc && root.getMeta('addToHistory') !== false
    const changed = undoable ? figuresChanged(transactions, index) : new Set<string>()
    const typed = new Map<string, FigureEdit>()
    // A number typed into one of two figures under one name is not that name's number: not kept.
    for (const t of transactions)
      for (const edit of figureEditsOf(t))
        if (!splitFigure(before.doc, edit, this.figures, figureEditPos(t))) typed.set(figureId(index, edit), edit)
    if (!changed.size && !typed.size) return
    // An undo moves an event onto the redo history; a redo moves it back.
    const how = !isHistoryTransaction(root) ? 'edit' : redoDepth(after) > redoDepth(before) ? 'undo' : 'redo'
    this.options.onFigures({ how, undoable: changed.size > 0, changed, typed })
  }

  private pendingHostUpdate: HostUpdate | null = null

  /**
   * The page around the speech (toolbar, outline, side panels) redraws after the speech, never in
   * the task of the key that changed it. Typing redraws it when the typist pauses
   * (TYPING_PAUSE_MS), or when the checks catch up while typing goes on (checks-plugin.ts, at
   * least every two seconds): a redraw of the panels between two keys would otherwise be laid out and
   * painted in the next key's frame, and would work out the whole speech's checks a second time.
   * The catch-up (`now`), which runs right after a key's frame, has it redrawn and laid out in the
   * same pause, each in a task of its own. Any other change (a click, a command, a move of the cursor) redraws it
   * after the frame that shows it.
   */
  private updateHost(typing: boolean, now = false) {
    if (!this.pendingHostUpdate) {
      let release = () => {}
      const done = new Promise<void>((resolve) => {
        release = resolve
      })
      const pending: HostUpdate = { done, run: () => {} }
      pending.run = () => {
        if (this.pendingHostUpdate !== pending) return
        clearTimeout(pending.timer)
        this.pendingHostUpdate = null
        this.host.requestUpdate()
        release()
      }
      this.pendingHostUpdate = pending
    }
    const pending = this.pendingHostUpdate
    clearTimeout(pending.timer)
    if (now) {
      // Each in a task of its own, so none grows long: the redraw, then its layout (the next key's
      // first read of the layout would otherwise do it inside that key's task).
      pending.timer = setTimeout(() => {
        pending.run()
        void this.host.updateComplete.then(() => setTimeout(() => this.dom.getBoundingClientRect()))
      })
      return
    }
    if (typing) {
      pending.timer = setTimeout(pending.run, TYPING_PAUSE_MS)
      return
    }
    requestAnimationFrame(() => setTimeout(pending.run))
    // A hidden page draws no frames: redraw all the same.
    pending.timer = setTimeout(pending.run, 250)
  }

  /** Resolves once the page has been asked to redraw for every change so far. */
  get pageRedrawn(): Promise<void> {
    return this.pendingHostUpdate?.done ?? Promise.resolve()
  }

  private wasEditable = true

  /** Show the view editable or read-only as the options now say (after the host's state changed). */
  refreshEditable() {
    const editable = this.options.editable?.() ?? true
    if (editable === this.wasEditable) return
    this.wasEditable = editable
    this.view?.setProps({})
  }

  /** Corrects scrolls that landed by the estimated heights of blocks not yet laid out (scroll.ts). */
  private readonly scrolls = new ScrollWatch()

  /** After a scroll to the cursor, look again for a few frames and scroll to it again if it is off screen. */
  private keepInView() {
    const view = this.view
    if (!view) return
    this.scrolls.watch(
      () => view.isDestroyed || headOnScreen(view),
      () => this.apply(this._state.tr.scrollIntoView().setMeta(FOLLOW, true)),
    )
  }

  /** Run a command without moving the focus (from the find bar, which keeps it). */
  private exec(command: Command): boolean {
    let scroll = false
    const done = command(
      this._state,
      (tr) => {
        scroll ||= tr.scrolledIntoView
        this.apply(tr)
      },
      this.view ?? undefined,
    )
    // ProseMirror scrolls to the selection only while the page's selection is in the editor; with the
    // focus in the find bar it is not, so a match further down would stay off screen.
    const view = this.view
    if (scroll && view && !view.hasFocus())
      this.scrolls.follow(
        () => view.isDestroyed || headOnScreen(view),
        () => {
          const scroller = scrollerOf(view.dom)
          if (!scroller) return
          const box = scroller.getBoundingClientRect()
          scroller.scrollTop += view.coordsAtPos(view.state.selection.head).top - (box.top + box.height / 3)
        },
      )
    return done
  }

  /** What to find; an empty text clears the highlights. */
  find(request: FindRequest) {
    this.exec(setFind(request))
  }
  /** The find query, its matches and which is selected. */
  get findInfo() {
    return findState(this._state)
  }
  findStep(dir: 1 | -1) {
    return this.exec(findStep(dir))
  }
  replaceOne() {
    return this.exec(replaceOne)
  }
  /** Replace every text match in one undo step; returns how many. */
  replaceAll(): number {
    return replaceAll(this._state, (tr) => this.apply(tr))
  }

  /** Run a command against the current state, as a toolbar button does. */
  run(command: Command): boolean {
    const ok = command(this._state, (tr) => this.apply(tr), this.view ?? undefined)
    this.view?.focus()
    return ok
  }

  undo() {
    return this.run(undo)
  }
  redo() {
    return this.run(redo)
  }
  moveUp() {
    return this.run(moveBlock(-1))
  }
  moveDown() {
    return this.run(moveBlock(1))
  }
  addSection() {
    return this.run(insertSection)
  }
  addPart() {
    return this.run(insertPart('other'))
  }
  deleteBlock() {
    return this.run(deleteBlock)
  }

  /**
   * Set a figure in every slot of its metric, year and kind, as one undoable step; or, when those
   * slots hold different numbers (two figures under one name), change nothing and return where
   * they are, for the user to edit each in the text.
   */
  setFigure(edit: FigureEdit): string[] | null {
    const split = splitFigure(this._state.doc, edit, this.figures)
    if (split) return split.map((s) => slotPlace(this._state.doc, s.pos))
    this.apply(markFigureEdit(this._state.tr, edit))
    return null
  }

  /**
   * Fill every empty slot the figures have a value for, and with `before` (the figures before an
   * import changed them) the slots that held a changed figure's old number; returns what happened.
   */
  fillFromFigures(index: FigureIndex, before: FigureIndex | null = null) {
    const tr = this._state.tr
    const result = fillSlots(this._state.doc, index, { into: tr, before })
    // Its blocks are checked right after the frame that shows the figures (checks-plugin.ts).
    if (result.filled || result.updated.length) this.apply(checkAfterFrame(tr))
    return result
  }

  /**
   * Apply a change built by the caller on a transaction (a refresh from the meeting record, a
   * document made again): one undoable step, saved like typing. `build` returns false to drop it.
   */
  change(build: (tr: Transaction) => boolean): boolean {
    const tr = this._state.tr
    if (!build(tr)) return false
    this.apply(tr)
    return true
  }

  /**
   * A slot input was left open with a text when the page went away: put that text in the slot as
   * leaving the input would (a text that is not a number leaves the input open, saying why).
   * False when the slot is no longer there.
   */
  reopenSlot(box: SlotBox): boolean {
    const view = this.view
    if (!view || !boxFits(this._state.doc, box)) return false
    this.apply(this._state.tr.setSelection(NodeSelection.create(this._state.doc, box.pos)).scrollIntoView())
    return openSlot(view, box.pos, { start: 'reopened', text: box.text })
  }

  /** Close the open slot input, if any, without entering what it holds. */
  closeSlotInput() {
    this.view?.dom.querySelector('.slot-input')?.dispatchEvent(new CustomEvent(CLOSE_SLOT_EVENT))
  }

  /** Something the plugins draw from changed outside the document: draw again. */
  redraw() {
    this.view?.setProps({})
  }

  /** The check options changed: check everything again. */
  refreshChecks() {
    this.apply(refreshChecks(this._state.tr))
  }

  /** Select a range (a finding) and bring it into view. */
  select(from: number, to: number) {
    if (!this.view) return
    const doc = this._state.doc
    const node = to === from + 1 ? doc.nodeAt(from) : null
    const sel =
      node?.type.name === 'slot'
        ? NodeSelection.create(doc, from)
        : TextSelection.between(doc.resolve(from), doc.resolve(to))
    this.apply(this._state.tr.setSelection(sel).scrollIntoView())
    this.view.focus()
  }

  /** Put the cursor at the start of the block at `pos` and bring it into view. */
  jumpTo(pos: number) {
    if (!this.view) return
    const tr = this._state.tr.setSelection(TextSelection.near(this._state.doc.resolve(pos + 1)))
    this.apply(tr.scrollIntoView())
    const dom = this.view.nodeDOM(pos)
    if (dom instanceof HTMLElement) {
      this.scrolls.follow(
        () => !dom.isConnected || Math.abs(dom.getBoundingClientRect().top - visibleBox(dom).top) <= 2,
        () => dom.scrollIntoView({ block: 'start' }),
      )
    }
    this.view.focus()
  }
}
