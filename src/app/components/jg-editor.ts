import { LitElement, css, html } from 'lit'
import type { Node as PMNode } from 'prosemirror-model'
import { speechFromJSON, SpeechFormatError } from '../../core/serialize'
import { selectionIn, setPartKind, setSpeechYears } from '../../core/commands'
import { docKindOf, type PartKind } from '../../core/schema'
import { EditorController } from '../editor/controller'
import { afterFrame, nextTask } from '../editor/idle'
import { proseMirrorStyles, speechStyles, fonts } from '../editor/styles'
import { editorPageStyles } from './editor-page-styles'
import { storageMessage, type DraftChecks, type Store } from '../store/db'
import { censusWhen } from '../store/census'
import { zh } from '../../i18n/zh'
import './jg-outline'
import './jg-checks'
import './jg-save-status'
import './jg-preview'
import './jg-gate'
import './jg-figures'
import './jg-rollover-report'
import { openFlagCount } from '../../core/rollover-flags'
import './jg-compare'
import './jg-find'
import { inTextField, PageKeys } from '../page-keys'
import type { PrintRange } from '../output'
import type { FigureEdit } from '../../core/figures/fill'
import type { Finding } from '../../core/checks/types'
import { FiguresController } from '../figures-controller'
import { LAYOUT_IDS, LAYOUTS, type LayoutId } from '../../core/export/layout'
import { isOneOf } from '../../core/guards'
import { CheckEngine } from '../../core/checks/engine'
import { largeCut, largePaste } from '../../core/large-cut'
import { PASTED_PARTS_EVENT } from '../editor/paste'
import { isHistoryTransaction } from 'prosemirror-history'
import { OpenAttempts } from '../session/attempts'
import { DraftMissingError, DraftSession } from '../session/draft-session'
import { SettingsController } from '../settings-controller'
import { OutputController, type OutputKind } from '../output-controller'
import { FindController } from '../find-controller'
import { newDraft } from '../drafts'
import { LeaveGuard } from '../session/leave-guard'
import { localStorageOrNull } from '../session/wal'
import { SETTING_BOUNDS } from '../../core/settings'
import { MeetingContext } from '../meeting-context'
import { DOC_KIND_NAMES } from '../../core/schema'
import './jg-meeting-panel'
import { rendered, targetOf } from './dom'

/** What the page has: an open draft, or why not yet, or why not at all. */
type Load =
  | { state: 'loading' }
  | { state: 'ready'; session: DraftSession; editor: EditorController; reference: PMNode | null }
  | { state: 'failed'; message: string }

type Ready = Extract<Load, { state: 'ready' }>

/**
 * The drafting page: toolbar, outline, the speech and the side panels. It renders; the open
 * draft's record belongs to its DraftSession (the one writer), printing and exports to the
 * OutputController, settings to the SettingsController, figures to the FiguresController.
 */
export class JgEditor extends LitElement {
  static override properties = {
    store: { attribute: false },
    draftId: { attribute: 'draft-id' },
    load: { state: true },
    side: { state: true },
    comparing: { state: true },
    notice: { state: true },
    outlineOpen: { type: Boolean, reflect: true, attribute: 'outline-open' },
    sideCollapsed: { type: Boolean, reflect: true, attribute: 'side-collapsed' },
    previewWide: { type: Boolean, reflect: true, attribute: 'preview-wide' },
  }
  declare store: Store
  declare draftId: string
  declare load: Load
  /** What the right-hand column shows. */
  declare side: 'checks' | 'figures' | 'preview' | 'rollover' | 'meeting'
  /** Showing last year's speech beside this one instead of the page. */
  declare comparing: boolean
  /** A message about the page (changes recovered, settings reset, saved as new). */
  declare notice: string
  /** The find bar is open; with the replace row. */
  /** On a narrow screen the outline is a drawer over the speech: open or not. */
  declare outlineOpen: boolean
  /** The right-hand column folded to a strip of its tabs. */
  declare sideCollapsed: boolean
  /** The print preview takes the whole width of the page. */
  declare previewWide: boolean
  private readonly engine = new CheckEngine()
  readonly figures = new FiguresController(
    this,
    () => this.store,
    (data, name, type) => this.out.saveFile(data, name, type),
  )
  readonly settings = new SettingsController(
    this,
    () => this.store,
    (s) => {
      this.engine.setOptions({ timeBoundPhrases: s.timeBoundPhrases, maxSentenceChars: s.maxSentenceChars })
      this.editor?.refreshChecks()
    },
  )
  /** The meeting this draft belongs to: its fields, its checks across documents. */
  readonly meeting = new MeetingContext(this, {
    store: () => this.store,
    draftId: () => this.draftId,
    session: () => this.session,
    editor: () => this.editor,
  })
  private readonly out = new OutputController(this, {
    open: () => this.load.state === 'ready',
    doc: () => this.ready().editor.state.doc,
    findings: () => {
      const { editor } = this.ready()
      return this.meeting.withFindings(editor.checks, editor.state.doc).findings
    },
    layout: () => this.layout,
    ask: (findings, action, marked, kind) => rendered(this.renderRoot, 'jg-gate').ask(findings, action, marked, kind),
    fix: (first) => {
      this.ready().editor.select(first.from, first.to)
      this.side = 'checks'
    },
  })

  /** Saved at once when the page is hidden or closed; closing with changes not stored (or a failed save) asks first. */
  readonly leave = new LeaveGuard(this, () => this.session, true)
  /** The find and replace bar; opening it closes the comparison and the wide preview. */
  readonly find = new FindController(
    this,
    () => this.editor,
    () => {
      this.comparing = false
      this.previewWide = false
    },
  )
  /**
   * Ctrl+P prints, Ctrl+F finds, Ctrl+H replaces: the page's, never the browser's. Ctrl+Z and
   * Ctrl+Y (Ctrl+Shift+Z) undo and redo the speech wherever the focus is but in a text field of
   * its own: after 全部替换 or a panel's button the focus is on the page or that button, not in the speech.
   */
  readonly keys = new PageKeys(this, () => ({
    'Mod-z': (e) => this.history(e, false),
    'Mod-y': (e) => this.history(e, true),
    'Mod-Shift-z': (e) => this.history(e, true),
    'Mod-p': () => {
      void this.output('print')
      return true
    },
    'Mod-f': () => this.find.show(false),
    'Mod-h': () => this.find.show(true),
    Escape: () => {
      if (!this.previewWide) return false
      this.previewWide = false
      return true
    },
  }))

  constructor() {
    super()
    this.load = { state: 'loading' }
    this.side = 'checks'
    this.comparing = false
    this.notice = ''
    this.outlineOpen = false
    this.sideCollapsed = false
    this.previewWide = false
    // A numbered speech pasted into one paragraph stays paragraphs there (editor/paste.ts): say how to have parts.
    this.addEventListener(PASTED_PARTS_EVENT, () => {
      this.notice = zh.editor.pastedParts
    })
  }

  /** An undo or redo key with the focus outside the speech and any text field: the speech's (the focus goes back to it). */
  private history(e: KeyboardEvent, redo: boolean): boolean {
    const editor = this.editor
    // A question asked over the page (a dialog) is answered first: the speech behind it stays.
    if (!editor || inTextField(e) || e.composedPath().some((n) => n instanceof HTMLDialogElement)) return false
    return redo ? editor.redo() : editor.undo()
  }

  /** The open draft's editor, once loaded. */
  get editor(): EditorController | null {
    return this.load.state === 'ready' ? this.load.editor : null
  }

  /** Complete once the redraw the editor put off until after its frame (controller.ts) is done too. */
  protected override async getUpdateComplete(): Promise<boolean> {
    await this.editor?.pageRedrawn
    return super.getUpdateComplete()
  }

  /** The open draft's session, once loaded. */
  get session(): DraftSession | null {
    return this.load.state === 'ready' ? this.load.session : null
  }

  /** Side effects a test may replace: the browser's print dialog and file download. */
  get print() {
    return this.out.print
  }
  set print(f: () => void) {
    this.out.print = f
  }
  get saveFile() {
    return this.out.saveFile
  }
  set saveFile(f: (data: Uint8Array | string, name: string, type: string) => void) {
    this.out.saveFile = f
  }

  private get layout(): LayoutId {
    return this.session?.fields.layout ?? 'gongwen'
  }

  private ready(): Ready {
    if (this.load.state !== 'ready') throw new Error('The draft is not open')
    return this.load
  }

  static override styles = [
    fonts,
    proseMirrorStyles,
    speechStyles,
    editorPageStyles,
    css`
    .ProseMirror .check-error {
      text-decoration: underline wavy #c0392b;
      text-decoration-skip-ink: none;
      background: rgba(192,57,43,.08);
    }
    .ProseMirror .check-warning { text-decoration: underline wavy #d68910; text-decoration-skip-ink: none; }
    .ProseMirror .check-info { text-decoration: underline dotted #2e86c1; }
    .ProseMirror .slot.check-error { outline: 2px solid rgba(192,57,43,.5); }
    .ProseMirror .check-missing { box-shadow: -4px 0 0 #c0392b; }
  `,
  ]

  /**
   * Settles when this page's latest attempt to open its draft is over: opened, failed, or let go
   * because the page closed (or opened again) meanwhile.
   */
  opened: Promise<void> = Promise.resolve()
  private readonly attempts = new OpenAttempts()

  override connectedCallback() {
    super.connectedCallback()
    this.opened = this.open()
  }

  override disconnectedCallback() {
    super.disconnectedCallback()
    void this.session?.close()
  }

  private async open() {
    const latest = this.attempts.start()
    try {
      await Promise.all([this.settings.load(), this.figures.load()])
      const session = await DraftSession.open({
        store: this.store,
        dbName: this.store.name,
        draftId: this.draftId,
        storage: localStorageOrNull(),
        onEditable: () => this.showTakenOver(),
        writeOf: (edit) => this.figures.writeOf(edit),
      })
      // Reading the draft was one task; building its view and drawing the page go on in others,
      // so that opening a speech of the seed's size makes no task longer than 50 ms (#17).
      await nextTask()
      if (!this.isConnected || !latest()) {
        // Let go of the draft before this attempt counts as over, so a page opening it next does
        // not find it still held.
        await session.close()
        return
      }
      session.attach(this)
      this.figures.draft = { id: this.draftId, trial: session.record.trial === true }
      const { rollover, checks } = session.fields
      if (rollover && openFlagCount(session.doc, rollover) > 0) this.side = 'rollover'
      this.engine.setOptions(checks)
      this.notice = session.notes.join(' ')
      const reference = session.record.reference ? speechFromJSON(session.record.reference.speech) : null
      const editor = this.makeEditor(session)
      // The view is built; the page that shows it is drawn in the next task.
      await nextTask()
      if (!this.isConnected || !latest()) {
        this.removeController(editor)
        editor.hostDisconnected()
        await session.close()
        return
      }
      this.load = { state: 'ready', session, editor, reference }
      // Once the page holds the session: the notice it changes is this page's.
      void this.sayRecoveredSaved(session)
      void this.focusIfNowhere(editor)
      void this.keepRecovered(session)
      void this.meeting.open(session.record)
      await this.putBackSlotBox(session, editor)
    } catch (e) {
      if (!latest()) return
      // Not found, and the census says the whole library was there and is gone: she is told how to restore it.
      const lost = this.store.lost
      const reason =
        e instanceof DraftMissingError
          ? lost
            ? zh.missingLost('draft', lost.drafts, lost.meetings, censusWhen(lost))
            : zh.draftMissing
          : zh.loadFailed + (e instanceof SpeechFormatError ? e.message : storageMessage(e))
      this.load = { state: 'failed', message: reason }
    }
  }

  private makeEditor(session: DraftSession): EditorController {
    return new EditorController(this, {
      doc: session.doc,
      onDocChange: (doc, transactions, composing) => {
        const before = session.doc
        session.docChanged(doc, transactions, composing)
        // Undo and redo bring text back or take back what was added: no word for them.
        if (transactions.some(isHistoryTransaction)) return
        const cut = largeCut(before, doc)
        if (cut !== null) this.notice = zh.editor.largeCut(cut)
        const pasted = transactions.some((tr) => tr.getMeta('uiEvent') === 'paste') ? largePaste(before, doc) : null
        if (pasted !== null) this.notice = zh.editor.largePaste(pasted, doc.textContent.length)
      },
      onCompositionEnd: () => session.compositionEnded(),
      editable: () => session.editable,
      checks: this.engine,
      figures: () => this.figures.index,
      onFigures: (change) => this.figures.speechChanged(change),
      slotHint: (attrs) => this.figures.slotHint(attrs),
      onOpenField: (label) => this.meeting.openField(label),
      onSlotBox: (box) => session.slotBox(box),
      plugins: [this.meeting.plugin],
    })
  }

  /**
   * A draft just opened takes the keyboard when nothing has it (the library's 新建 that opened it is
   * gone, and the focus with it): the first place to type, not the page body ten Tabs before the
   * speech (tryout 9, finding 11).
   */
  private async focusIfNowhere(editor: EditorController) {
    await this.updateComplete
    // After the speech's first frame, in a task of its own: a focus lays the page out, which
    // inside the task that opens the speech made that task longer than 50 ms (#17).
    await new Promise<void>((resolve) => afterFrame(resolve))
    const active = document.activeElement
    if (this.editor === editor && (active === null || active === document.body)) editor.editorView?.focus()
  }

  /** The slot input the session holds from before (a reload, a crash, another tab), put back in its slot. */
  private async putBackSlotBox(session: DraftSession, editor: EditorController) {
    const box = session.takeReopened()
    if (!box) return
    // In the page first, so an input that cannot take its text shows why.
    await this.updateComplete
    if (this.editor === editor) editor.reopenSlot(box)
  }

  /** Another tab edits this draft: ask it to hand over (the session then shows the draft as it left it). */
  private takeOver(ready: Ready) {
    return ready.session.takeOver()
  }

  /** The session became the editing one, with a newer record: show that. */
  private showTakenOver() {
    if (this.load.state !== 'ready') return
    const ready = this.load
    this.removeController(ready.editor)
    ready.editor.hostDisconnected()
    this.engine.setOptions(ready.session.fields.checks)
    const editor = this.makeEditor(ready.session)
    this.load = { ...ready, editor }
    // What the page said on opening (changes recovered, …) was about the text it no longer shows;
    // what it says now is about what the other tab left.
    this.notice = ready.session.notes.join(' ')
    // A read-only page does not follow the library, which the other tab wrote figures to: read it
    // again, so a figure typed here is checked against, replaces and logs what the library holds.
    void this.figures.reload().then(() => this.keepRecovered(ready.session))
    void this.putBackSlotBox(ready.session, editor)
  }

  /**
   * Changes recovered on opening are said to be saved only once the save that includes them has
   * committed: with the disk still full it fails, and its red banner is the one true word
   * (tryout 9, finding 9: 保存失败 and 已恢复…并已保存 showed together).
   */
  private async sayRecoveredSaved(session: DraftSession) {
    if (!session.notes.includes(zh.session.recovered)) return
    await session.flush()
    if (session.status.state === 'saved' && this.session === session && this.notice.includes(zh.session.recovered))
      this.notice = this.notice.replace(zh.session.recovered, zh.session.recoveredSaved)
  }

  /** Figures recovered with the session's changes go to the library; those left out are said in the notice. */
  private async keepRecovered(session: DraftSession) {
    const said = await this.figures.keepRecovered(session.doc, session.takeRecoveredFigures())
    if (said.length && this.session === session) this.notice = [this.notice, ...said].filter(Boolean).join(' ')
  }

  /** The stored draft changed under this page (restore, another tab): read it again. */
  private async reopen() {
    const ready = this.load.state === 'ready' ? this.load : null
    if (ready) {
      this.removeController(ready.editor)
      ready.editor.hostDisconnected()
      await ready.session.close()
    }
    this.load = { state: 'loading' }
    this.opened = this.open()
    await this.opened
  }

  /** Keep what this page shows as a new draft (its own record could not be saved). */
  private async saveAsNew(ready: Ready) {
    const record = { ...newDraft(ready.editor.state.doc, ready.session.record.origin), ...ready.session.fields }
    try {
      await this.store.saveDraft(record)
      location.hash = `#/draft/${record.id}`
    } catch (e) {
      this.notice = zh.editor.saveAsNewFailed(storageMessage(e, 'editor'))
    }
  }

  /** The years typed in the outline; a year the speech cannot have is refused with a message, not ignored. */
  private setYears(ed: EditorController, review: number, plan: number) {
    this.notice = ed.run(setSpeechYears(review, plan)) ? '' : zh.yearsRefused
  }

  /** Mark a roll-over flag as dealt with. */
  private flagDone(session: DraftSession, index: number) {
    const report = session.fields.rollover
    if (report) session.update({ rollover: { ...report, done: [...report.done, index] } })
  }

  /** Remember what this speech switched off or ignored, and check again. */
  private setDraftChecks(session: DraftSession, checks: DraftChecks) {
    session.update({ checks })
    this.engine.setOptions(checks)
    this.editor?.refreshChecks()
  }

  /** The figures version the checks last read. */
  private checkedFigures = -1

  protected override willUpdate() {
    // New figures in the store: checks that read a figure against it (arithmetic) are redone.
    if (this.figures.version !== this.checkedFigures && this.editor) {
      this.checkedFigures = this.figures.version
      this.engine.setOptions({ figures: this.figures.lookup, figuresVersion: this.figures.version })
      this.editor.refreshChecks()
    }
  }

  protected override updated() {
    // A session that turned read-only (another tab took the draft) makes its view read-only too.
    this.editor?.refreshEditable()
    // A draft handed over took an open slot input's text with it (the status says so): the input goes.
    const status = this.session?.status
    if (status?.state === 'readonly' && status.reason === 'handed-over') this.editor?.closeSlotInput()
  }

  /** Print (all, one part or some pages) or export, through the gate. */
  output(kind: OutputKind, range?: PrintRange) {
    if (this.load.state !== 'ready') return Promise.resolve()
    return this.out.output(kind, range)
  }

  /** Open the find bar (with the replace row), or put the cursor back in it. */
  /** Resolves once everything done so far is stored (or has failed to be). */
  flush(): Promise<void> {
    return this.session?.flush() ?? Promise.resolve()
  }

  private setRate(value: number) {
    const { min, max } = SETTING_BOUNDS.charsPerMinute
    if (Number.isFinite(value) && value >= min && value <= max) void this.settings.update({ charsPerMinute: value })
  }

  /** What the controllers have to say besides saving: settings reset, a failed export, the meeting. */
  private banner(): string {
    const trial = this.figures.draft?.trial ? zh.figures.trialNote : ''
    return [trial, this.settings.message, this.out.message, this.meeting.message].filter(Boolean).join(' ')
  }

  private renderBanners(ready: Ready) {
    const status = ready.session.status
    return html`<div class="banners">${
      status.state === 'error'
        ? html`<div class="save-error" role="alert">
        <span>${status.message}</span>
        <button class="retry" @click=${() => ready.session.flush()}>${zh.retrySave}</button></div>`
        : null
    }${
      status.state === 'readonly'
        ? html`<div class="save-error readonly" role="alert">
        <span>${status.message}</span>
        ${
          status.reason === 'other-tab' || status.reason === 'handed-over'
            ? html`<button class="take-over" @click=${() => this.takeOver(ready)}>${zh.session.takeOver}</button>`
            : null
        }
        ${
          status.reason === 'restored' || status.reason === 'conflict'
            ? html`<button class="reopen" @click=${() => this.reopen()}>${zh.session.reopen}</button>`
            : null
        }
        ${
          status.reason === 'conflict' || status.reason === 'deleted'
            ? html`<button class="save-as-new" @click=${() => this.saveAsNew(ready)}>${zh.session.saveAsNew}</button>`
            : null
        }
        </div>`
        : null
    }${
      this.notice
        ? html`<div class="notice" role="status"><span>${this.notice}</span>
        <button class="dismiss" @click=${() => {
          this.notice = ''
        }}>${zh.editor.dismiss}</button></div>`
        : null
    }${
      this.figures.shown
        ? html`<div class="notice shown-elsewhere" role="alert"><span>${this.figures.shown.message}</span>
        <button class="undo-shown" @click=${() => this.figures.undoShown()}>${zh.figures.undoShown}</button>
        <button class="keep-shown" @click=${() => this.figures.keepShown()}>${zh.figures.keepShown}</button></div>`
        : null
    }${this.banner() ? html`<div class="notice" role="status">${this.banner()}</div>` : null}</div>`
  }

  /**
   * 删除本节 in a section, 删除本部分 in a part outside its sections (its heading): the button says
   * which, its tip says what and how much, and after it a notice says what went and that Ctrl+Z
   * brings it back (tryout 9, finding 5: the whole part went, 297 of 666 characters, without a word).
   */
  private deleteButton(ed: EditorController) {
    /**
     * The section or part at the selection, what it is called, its heading and its size. The
     * toolbar draws on every key: the tip's size is the block's size in positions (about its
     * characters, read in constant time), and only a click counts its characters.
     */
    const at = (count: boolean) => {
      const section = selectionIn(ed.state, 'section')
      const block = section ?? selectionIn(ed.state, 'part')
      return block
        ? {
            what: section ? ('section' as const) : ('part' as const),
            heading: block.firstChild?.textContent ?? '',
            chars: count ? block.textContent.length : block.content.size,
          }
        : null
    }
    const now = at(false)
    return html`<button class="delete-block" ?disabled=${!now}
      title=${now ? zh.deleteBlockTip(now.what, now.heading, now.chars) : ''}
      @click=${() => {
        const block = at(true)
        if (block && ed.deleteBlock()) this.notice = zh.editor.blockDeleted(block.what, block.heading, block.chars)
      }}>${now?.what === 'part' ? zh.deletePart : zh.deleteBlock}</button>`
  }

  override render() {
    if (this.load.state === 'failed')
      return html`<div class="message" role="alert">
        ${this.load.message} <a class="button" href="#/">${zh.back}</a>
      </div>`
    if (this.load.state === 'loading') return html`<div class="message">${zh.editor.opening}</div>`
    const ready = this.load
    const { session, editor: ed } = ready
    const inPart = selectionIn(ed.state, 'part') !== null
    const kind = docKindOf(ed.state.doc)
    return html`
      <header role="toolbar" aria-label=${zh.editor.toolbar}><div class="tools">
        <a class="button back" href="#/">← ${zh.back}</a>
        <button class="toggle-outline" aria-pressed=${this.outlineOpen} title=${zh.layout.showOutline} @click=${() => {
          this.outlineOpen = !this.outlineOpen
        }}>${zh.layout.outline}</button>
        <button class="undo" ?disabled=${!ed.canUndo} @click=${() => ed.undo()} title="Ctrl+Z">${zh.undo}</button>
        <button class="redo" ?disabled=${!ed.canRedo} @click=${() => ed.redo()} title="Ctrl+Y">${zh.redo}</button>
        <button class="add-section" ?disabled=${!inPart} @click=${() => ed.addSection()}
          title="Ctrl+Enter">${zh.addSection}</button>
        <button class="add-part" @click=${() => ed.addPart()}>${zh.addPart}</button>
        <button class="move-up" ?disabled=${!inPart} @click=${() => ed.moveUp()} title="Alt+↑">${zh.moveUp}</button>
        <button class="move-down" ?disabled=${!inPart} @click=${() => ed.moveDown()}
          title="Alt+↓">${zh.moveDown}</button>
        ${this.deleteButton(ed)}
        ${
          ready.reference
            ? html`<button class="compare" aria-pressed=${this.comparing} @click=${() => {
                this.comparing = !this.comparing
              }}>${this.comparing ? zh.editor.compareClose : zh.editor.compare}</button>`
            : null
        }
        <button class="meeting" title=${zh.meeting.fromSpeechHint}
          @click=${() => this.meeting.openRecord()}>${zh.meeting.fromSpeech}</button>
        <button class="find" aria-pressed=${this.find.open} title="Ctrl+F / Ctrl+H"
          @click=${() => this.find.toggle()}>${zh.find.open}</button>
        </div><div class="out">
        <label>${zh.editor.layout} <select class="layout" @change=${(e: Event) => {
          const layout = targetOf(e, HTMLSelectElement).value
          if (isOneOf(LAYOUT_IDS, layout)) session.update({ layout })
        }}>
          ${Object.values(LAYOUTS).map(
            (l) => html`<option value=${l.id} ?selected=${l.id === this.layout}>${l.name}</option>`,
          )}
        </select></label>
        <button class="print" ?disabled=${this.out.busy} @click=${() => this.output('print')}
          title="Ctrl+P">${zh.editor.print}</button>
        <button class="export-docx" ?disabled=${this.out.busy}
          @click=${() => this.output('docx')}>${zh.editor.exportDocx}</button>
        <button class="export-txt" ?disabled=${this.out.busy}
          @click=${() => this.output('txt')}>${zh.editor.exportTxt}</button>
        <jg-save-status .session=${session}></jg-save-status>
      </div></header>
      ${this.renderBanners(ready)}
      <aside class="outline">
        <jg-outline .doc=${ed.state.doc} .charsPerMinute=${this.settings.settings.charsPerMinute}
          @jg-jump=${(e: CustomEvent<{ pos: number }>) => {
            // On a narrow screen the drawer closes so the speech shows where it jumped.
            this.outlineOpen = false
            ed.jumpTo(e.detail.pos)
          }}
          @jg-set-kind=${(e: CustomEvent<{ pos: number; kind: PartKind }>) =>
            ed.run(setPartKind(e.detail.pos, e.detail.kind))}
          @jg-set-years=${(e: CustomEvent<{ review: number; plan: number }>) =>
            this.setYears(ed, e.detail.review, e.detail.plan)}></jg-outline>
        <label>${zh.rate} <input class="rate" type="number" step="10"
          min=${SETTING_BOUNDS.charsPerMinute.min} max=${SETTING_BOUNDS.charsPerMinute.max}
          .value=${String(this.settings.settings.charsPerMinute)}
          @change=${(e: Event) => this.setRate(Number(targetOf(e, HTMLInputElement).value))}></label>
      </aside>
      ${this.find.render(ed)}<main>${
        this.comparing && ready.reference
          ? html`<jg-compare .old=${ready.reference} .current=${ed.state.doc}
              oldTitle=${session.record.reference?.title ?? ''}></jg-compare>`
          : null
      }<div class="page" ?hidden=${this.comparing}>${ed.dom}</div></main>
      <aside class="checks">
        <div class="tabs" role="tablist">
          <button class="fold" aria-expanded=${!this.sideCollapsed}
            title=${this.sideCollapsed ? zh.layout.showSide : zh.layout.hideSide}
            aria-label=${this.sideCollapsed ? zh.layout.showSide : zh.layout.hideSide} @click=${() => {
              this.sideCollapsed = !this.sideCollapsed
              this.previewWide = false
            }}>${this.sideCollapsed ? '«' : '»'}</button>
          <button role="tab" class="tab-checks" aria-selected=${this.side === 'checks'} @click=${() => {
            this.side = 'checks'
            this.sideCollapsed = false
          }}>${zh.editor.checksTab(ed.checksPending ? null : this.meeting.withFindings(ed.checks, ed.state.doc).findings.length)}</button>
          ${
            this.meeting.record
              ? html`<button role="tab" class="tab-meeting" aria-selected=${this.side === 'meeting'} @click=${() => {
                  this.side = 'meeting'
                  this.sideCollapsed = false
                }}>${zh.meeting.panelTab}</button>`
              : null
          }
          ${
            session.fields.rollover
              ? html`<button role="tab" class="tab-rollover" aria-selected=${this.side === 'rollover'} @click=${() => {
                  this.side = 'rollover'
                  this.sideCollapsed = false
                }}>${zh.editor.rolloverTab}</button>`
              : null
          }
          <button role="tab" class="tab-figures" aria-selected=${this.side === 'figures'} @click=${() => {
            this.side = 'figures'
            this.sideCollapsed = false
          }}>${zh.editor.figuresTab}</button>
          <button role="tab" class="tab-preview" aria-selected=${this.side === 'preview'} @click=${() => {
            this.side = 'preview'
            this.sideCollapsed = false
          }}>${zh.editor.previewTab}</button>
        </div>
        ${this.sideCollapsed ? null : this.renderSide(ready)}
      </aside>
      <jg-gate .noun=${kind === 'speech' ? zh.gate.speech : DOC_KIND_NAMES[kind]}></jg-gate>
    `
  }

  /** The side panel that is open: the meeting, the roll-over report, the preview, the figures or the checks. */
  private renderSide(ready: Ready) {
    const { session, editor: ed } = ready
    if (this.side === 'meeting' && this.meeting.record)
      return html`<jg-meeting-panel .context=${this.meeting} .doc=${ed.state.doc}
        .changes=${this.meeting.changes}></jg-meeting-panel>`
    if (this.side === 'rollover' && session.fields.rollover)
      return html`<jg-rollover-report .report=${session.fields.rollover} .doc=${ed.state.doc}
        @jg-select-range=${(e: CustomEvent<{ from: number; to: number }>) => {
          this.comparing = false
          ed.select(e.detail.from, e.detail.to)
        }}
        @jg-flag-done=${(e: CustomEvent<{ index: number }>) => this.flagDone(session, e.detail.index)}>
      </jg-rollover-report>`
    if (this.side === 'preview')
      return html`<jg-preview .doc=${ed.state.doc} layout=${this.layout} ?wide=${this.previewWide}
        ?busy=${this.out.busy}
        @jg-preview-wide=${(e: CustomEvent<boolean>) => {
          this.previewWide = e.detail
        }}
        @jg-print=${(e: CustomEvent<PrintRange>) => this.output('print', e.detail)}></jg-preview>`
    if (this.side === 'figures')
      return html`
        <jg-figures .doc=${ed.state.doc} .index=${this.figures.index} .message=${this.figures.message}
          .failed=${this.figures.failed} .csv=${this.figures.csvPreview} .trial=${this.figures.draft?.trial === true}
          @jg-trial-refused=${(e: CustomEvent<'csv' | 'merge'>) => this.figures.refuseInTrial(e.detail)}
          @jg-set-figure=${(e: CustomEvent<FigureEdit>) => {
            const places = ed.setFigure(e.detail)
            if (places) this.figures.refuseSplit(e.detail.label, places)
          }}
          @jg-fill-figures=${() => this.figures.fill(ed)}
          @jg-slot-typed=${() => this.figures.slotTyped(ed)}
          @jg-import-csv=${(e: CustomEvent<{ file: File }>) => this.figures.readCsv(e.detail.file, ed.state.doc)}
          @jg-confirm-csv=${(e: CustomEvent<{ ok: boolean; fill: boolean; keepStored?: boolean }>) =>
            this.figures.confirmCsv(e.detail.ok, ed, e.detail)}
          @jg-export-csv=${() => this.figures.exportCsv()}
          @jg-merge-metrics=${(e: CustomEvent<{ keep: string; drop: string; keepLabel: string; dropLabel: string }>) =>
            this.figures.merge(e.detail.keep, e.detail.drop, e.detail.keepLabel, e.detail.dropLabel)}></jg-figures>`
    const checks = session.fields.checks
    const sentence = SETTING_BOUNDS.maxSentenceChars
    return html`
        <jg-checks .run=${ed.checksPending ? null : this.meeting.withFindings(ed.checks, ed.state.doc)}
          .disabledRules=${checks.disabledRules}
          .ignoredCount=${checks.ignored.length}
          @jg-select-finding=${(e: CustomEvent<{ from: number; to: number; finding: Finding }>) =>
            this.meeting.select(e.detail.finding) || ed.select(e.detail.from, e.detail.to)}
          @jg-ignore=${(e: CustomEvent<{ key: string }>) =>
            this.setDraftChecks(session, { ...checks, ignored: [...checks.ignored, e.detail.key] })}
          @jg-disable-rule=${(e: CustomEvent<{ rule: string }>) =>
            this.setDraftChecks(session, { ...checks, disabledRules: [...checks.disabledRules, e.detail.rule] })}
          @jg-restore-checks=${() => this.setDraftChecks(session, { disabledRules: [], ignored: [] })}></jg-checks>
        <details>
          <summary>${zh.editor.checkSettings}</summary>
          <label>${zh.editor.maxSentence} <input class="max-sentence" type="number"
            min=${sentence.min} max=${sentence.max} .value=${String(this.settings.settings.maxSentenceChars)}
            @change=${(e: Event) => {
              const v = Number(targetOf(e, HTMLInputElement).value)
              if (v >= sentence.min && v <= sentence.max) void this.settings.update({ maxSentenceChars: v })
            }}></label>
          <label>${zh.editor.timeBoundPhrases}
            <textarea class="phrases" .value=${this.settings.settings.timeBoundPhrases.join('\n')}
              @change=${(e: Event) =>
                this.settings.update({
                  timeBoundPhrases: targetOf(e, HTMLTextAreaElement)
                    .value.split('\n')
                    .map((x) => x.trim())
                    .filter(Boolean),
                })}></textarea></label>
        </details>`
  }
}
customElements.define('jg-editor', JgEditor)

declare global {
  interface HTMLElementTagNameMap {
    'jg-editor': JgEditor
  }
}
