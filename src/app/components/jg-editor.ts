import { LitElement, css, html } from 'lit'
import type { Node as PMNode } from 'prosemirror-model'
import { speechFromJSON, SpeechFormatError } from '../../core/serialize'
import { selectionIn, setPartKind, setSpeechYears } from '../../core/commands'
import type { PartKind } from '../../core/schema'
import { EditorController } from '../editor/controller'
import { proseMirrorStyles, speechStyles, fonts } from '../editor/styles'
import { storageMessage, type DraftChecks, type Store } from '../store/db'
import { zh } from '../../i18n/zh'
import './jg-outline'
import './jg-checks'
import './jg-preview'
import './jg-gate'
import './jg-figures'
import './jg-rollover-report'
import './jg-compare'
import type { FigureEdit } from '../../core/figures/fill'
import type { Finding } from '../../core/checks/types'
import { FiguresController } from '../figures-controller'
import type { JgGate } from './jg-gate'
import { LAYOUTS, type LayoutId } from '../../core/export/layout'
import { CheckEngine } from '../../core/checks/engine'
import { DraftMissingError, DraftSession, type SessionStatus } from '../session/draft-session'
import { SettingsController } from '../settings-controller'
import { OutputController, type OutputKind } from '../output-controller'
import { newDraft } from '../drafts'
import { MeetingContext } from '../meeting-context'
import { DOC_KIND_NAMES } from '../../core/schema'
import './jg-meeting-panel'

/** What the page has: an open draft, or why not yet, or why not at all. */
type Load =
  | { state: 'loading' }
  | { state: 'ready'; session: DraftSession; editor: EditorController; reference: PMNode | null }
  | { state: 'failed'; message: string }

type Ready = Extract<Load, { state: 'ready' }>

function statusText(status: SessionStatus): string {
  switch (status.state) {
    case 'saved':
      return zh.saved
    case 'saving':
      return zh.saving
    case 'pending':
      return zh.unsaved
    case 'error':
      return '保存失败'
    case 'readonly':
      return '只读'
  }
}

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
    doc: () => this.ready().editor.state.doc,
    findings: () => {
      const { editor } = this.ready()
      return [...editor.checks.findings, ...this.meeting.findings(editor.state.doc)]
    },
    layout: () => this.layout,
    ask: (errors, action) => this.renderRoot.querySelector<JgGate>('jg-gate')!.ask(errors, action),
    fix: (first) => {
      this.ready().editor.select(first.from, first.to)
      this.side = 'checks'
    },
  })

  /** Save at once when the page is hidden or closed. */
  private readonly onHide = () => {
    void this.flush()
  }
  private readonly onVisibility = () => {
    if (document.visibilityState === 'hidden') void this.flush()
  }
  /** Closing the tab with changes not yet stored (or a failed save): the browser asks first. */
  private readonly onBeforeUnload = (e: BeforeUnloadEvent) => {
    const session = this.load.state === 'ready' ? this.load.session : null
    if (session?.unsaved) {
      void session.flush()
      e.preventDefault()
      e.returnValue = ''
    }
  }
  private readonly onKey = (e: KeyboardEvent) => {
    if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 'p') {
      e.preventDefault()
      void this.output('print')
    }
  }

  constructor() {
    super()
    this.load = { state: 'loading' }
    this.side = 'checks'
    this.comparing = false
    this.notice = ''
  }

  /** The open draft's editor, once loaded. */
  get editor(): EditorController | null {
    return this.load.state === 'ready' ? this.load.editor : null
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
    css`
    :host { display: grid; grid-template-columns: 260px 1fr 380px; grid-template-rows: auto auto 1fr; height: 100vh; font-family: var(--font-ui); background: #f3f4f6; }
    header, .save-error { grid-row: auto; }
    aside.outline { grid-column: 1; grid-row: 3; }
    main { grid-column: 2; grid-row: 3; }
    aside.checks { grid-column: 3; grid-row: 3; border-left: 1px solid #ddd; border-right: none; padding: 0; }
    aside.checks { display: flex; flex-direction: column; overflow: hidden; }
    aside.checks > jg-checks, aside.checks > jg-preview, aside.checks > jg-figures, aside.checks > jg-rollover-report { flex: 1; overflow: auto; }
    .page[hidden] { display: none; }
    .tabs { display: flex; border-bottom: 1px solid #ddd; }
    .tabs button { flex: 1; border: none; border-radius: 0; background: #eee; padding: 6px; }
    .tabs button[aria-selected="true"] { background: #fff; font-weight: 600; }
    header select { font: 14px var(--font-ui); }
    details { margin: 8px; font-size: 13px; }
    details textarea { width: 100%; box-sizing: border-box; height: 8em; font: 13px var(--font-ui); }
    .ProseMirror .check-error { text-decoration: underline wavy #c0392b; text-decoration-skip-ink: none; background: rgba(192,57,43,.08); }
    .ProseMirror .check-warning { text-decoration: underline wavy #d68910; text-decoration-skip-ink: none; }
    .ProseMirror .check-info { text-decoration: underline dotted #2e86c1; }
    .ProseMirror .slot.check-error { outline: 2px solid rgba(192,57,43,.5); }
    .ProseMirror .check-missing { box-shadow: -4px 0 0 #c0392b; }
    header { grid-column: 1 / -1; display: flex; flex-wrap: wrap; gap: 6px; align-items: center; padding: 6px 12px; background: #fff; border-bottom: 1px solid #ddd; font-size: 14px; }
    header .spacer { flex: 1; }
    button, a.button { font: 14px var(--font-ui); padding: 3px 10px; border-radius: 4px; border: 1px solid #aab; background: #fff; cursor: pointer; color: #123; text-decoration: none; }
    button:disabled { opacity: .45; cursor: default; }
    button:focus-visible, a:focus-visible, input:focus-visible { outline: 2px solid #2a6fd1; outline-offset: 1px; }
    .status { min-width: 8em; text-align: right; color: #2e7d32; }
    .status.pending, .status.saving { color: #666; }
    .status.error { color: #b00020; }
    .save-error { grid-column: 1 / -1; background: #fdecee; color: #b00020; padding: 6px 12px; display: flex; gap: 12px; align-items: center; }
    aside { overflow: auto; padding: 10px 6px; background: #fafafa; border-right: 1px solid #ddd; }
    aside label { display: block; font-size: 13px; color: #555; padding: 8px; }
    aside input { width: 5em; }
    main { overflow: auto; padding: 24px 0; }
    .page { background: #fff; width: 210mm; min-height: 297mm; box-sizing: border-box; margin: 0 auto; padding: 37mm 26mm 35mm 28mm; box-shadow: 0 1px 6px rgba(0,0,0,.15); }
    .message { padding: 40px; font-size: 16px; }
    .notice { grid-column: 1 / -1; background: #eef4fc; color: #123; padding: 6px 12px; }
    .save-error.readonly { background: #fff6e0; color: #6b4500; }
  `,
  ]

  override connectedCallback() {
    super.connectedCallback()
    addEventListener('pagehide', this.onHide)
    document.addEventListener('visibilitychange', this.onVisibility)
    addEventListener('keydown', this.onKey)
    addEventListener('beforeunload', this.onBeforeUnload)
    void this.open()
  }

  override disconnectedCallback() {
    super.disconnectedCallback()
    removeEventListener('pagehide', this.onHide)
    document.removeEventListener('visibilitychange', this.onVisibility)
    removeEventListener('keydown', this.onKey)
    removeEventListener('beforeunload', this.onBeforeUnload)
    void this.session?.close()
  }

  private async open() {
    try {
      await Promise.all([this.settings.load(), this.figures.load()])
      const session = await DraftSession.open({
        store: this.store,
        dbName: this.store.name,
        draftId: this.draftId,
        storage: localStorageOrNull(),
        onEditable: () => this.showTakenOver(),
      })
      if (!this.isConnected) {
        void session.close()
        return
      }
      session.attach(this)
      const { rollover, checks } = session.fields
      if (rollover && rollover.done.length < rollover.flags.length) this.side = 'rollover'
      this.engine.setOptions(checks)
      this.notice = session.notes.join(' ')
      const reference = session.record.reference ? speechFromJSON(session.record.reference.speech) : null
      this.load = { state: 'ready', session, editor: this.makeEditor(session), reference }
      void this.meeting.open(session.record)
    } catch (e) {
      const reason =
        e instanceof DraftMissingError
          ? zh.draftMissing
          : zh.loadFailed + (e instanceof SpeechFormatError ? e.message : storageMessage(e))
      this.load = { state: 'failed', message: reason }
    }
  }

  private makeEditor(session: DraftSession): EditorController {
    return new EditorController(this, {
      doc: session.doc,
      onDocChange: (doc, transactions) => session.docChanged(doc, transactions),
      editable: () => session.editable,
      checks: this.engine,
      figures: () => this.figures.index,
      onFigureEdit: (edit) => {
        void this.figures.keep(edit)
      },
      slotHint: (attrs) => this.figures.slotHint(attrs),
      onOpenField: (label) => this.meeting.openField(label),
      plugins: [this.meeting.plugin],
    })
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
    this.load = { ...ready, editor: this.makeEditor(ready.session) }
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
    await this.open()
  }

  /** Keep what this page shows as a new draft (its own record could not be saved). */
  private async saveAsNew(ready: Ready) {
    const record = { ...newDraft(ready.editor.state.doc, ready.session.record.origin), ...ready.session.fields }
    try {
      await this.store.saveDraft(record)
      location.hash = `#/draft/${record.id}`
    } catch (e) {
      this.notice = `另存失败：${storageMessage(e)}`
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
  }

  /** Print or export, through the gate. */
  output(kind: OutputKind) {
    if (this.load.state !== 'ready') return Promise.resolve()
    return this.out.output(kind)
  }

  /** Resolves once everything done so far is stored (or has failed to be). */
  flush(): Promise<void> {
    return this.session?.flush() ?? Promise.resolve()
  }

  private setRate(value: number) {
    if (Number.isFinite(value) && value >= 50 && value <= 600) void this.settings.update({ charsPerMinute: value })
  }

  /** What the page has to say besides saving: recovered changes, settings reset, a failed export. */
  private banner(): string {
    return [this.notice, this.settings.message, this.out.message, this.meeting.message].filter(Boolean).join(' ')
  }

  private renderBanners(ready: Ready) {
    const status = ready.session.status
    return html`${
      status.state === 'error'
        ? html`<div class="save-error" role="alert">
        <span>${status.message}</span>
        <button class="retry" @click=${() => ready.session.flush()}>${zh.retrySave}</button></div>`
        : null
    }${
      status.state === 'readonly'
        ? html`<div class="save-error readonly" role="alert">
        <span>${status.message}</span>
        ${status.reason === 'other-tab' ? html`<button class="take-over" @click=${() => this.takeOver(ready)}>${zh.session.takeOver}</button>` : null}
        ${status.reason === 'restored' || status.reason === 'conflict' || status.reason === 'handed-over' ? html`<button class="reopen" @click=${() => this.reopen()}>${zh.session.reopen}</button>` : null}
        ${status.reason === 'conflict' || status.reason === 'deleted' ? html`<button class="save-as-new" @click=${() => this.saveAsNew(ready)}>${zh.session.saveAsNew}</button>` : null}
        </div>`
        : null
    }${this.banner() ? html`<div class="notice" role="status">${this.banner()}</div>` : null}`
  }

  override render() {
    if (this.load.state === 'failed')
      return html`<div class="message" role="alert">${this.load.message} <a class="button" href="#/">${zh.back}</a></div>`
    if (this.load.state === 'loading') return html`<div class="message">正在打开…</div>`
    const ready = this.load
    const { session, editor: ed } = ready
    const status = session.status
    const inSection = selectionIn(ed.state, 'section') !== null
    const inPart = selectionIn(ed.state, 'part') !== null
    return html`
      <header role="toolbar" aria-label="编辑工具">
        <a class="button back" href="#/">← ${zh.back}</a>
        <button class="undo" ?disabled=${!ed.canUndo} @click=${() => ed.undo()} title="Ctrl+Z">${zh.undo}</button>
        <button class="redo" ?disabled=${!ed.canRedo} @click=${() => ed.redo()} title="Ctrl+Y">${zh.redo}</button>
        <button class="add-section" ?disabled=${!inPart} @click=${() => ed.addSection()} title="Ctrl+Enter">${zh.addSection}</button>
        <button class="add-part" @click=${() => ed.addPart()}>${zh.addPart}</button>
        <button class="move-up" ?disabled=${!inPart} @click=${() => ed.moveUp()} title="Alt+↑">${zh.moveUp}</button>
        <button class="move-down" ?disabled=${!inPart} @click=${() => ed.moveDown()} title="Alt+↓">${zh.moveDown}</button>
        <button class="delete-block" ?disabled=${!inSection && !inPart} @click=${() => ed.deleteBlock()}>${zh.deleteBlock}</button>
        ${
          ready.reference
            ? html`<button class="compare" aria-pressed=${this.comparing} @click=${() => {
                this.comparing = !this.comparing
              }}>${this.comparing ? '回到正文' : '对照去年'}</button>`
            : null
        }
        <button class="meeting" title=${zh.meeting.fromSpeechHint} @click=${() => this.meeting.openRecord()}>${zh.meeting.fromSpeech}</button>
        <span class="spacer"></span>
        <label>版式 <select class="layout" @change=${(e: Event) =>
          session.update({ layout: (e.target as HTMLSelectElement).value as LayoutId })}>
          ${Object.values(LAYOUTS).map((l) => html`<option value=${l.id} ?selected=${l.id === this.layout}>${l.name}</option>`)}
        </select></label>
        <button class="print" ?disabled=${this.out.busy} @click=${() => this.output('print')} title="Ctrl+P">打印</button>
        <button class="export-docx" ?disabled=${this.out.busy} @click=${() => this.output('docx')}>导出 Word</button>
        <button class="export-txt" ?disabled=${this.out.busy} @click=${() => this.output('txt')}>导出文本</button>
        <span class="status ${status.state}" role="status" aria-live="polite">${statusText(status)}</span>
      </header>
      ${this.renderBanners(ready)}
      <aside class="outline">
        <jg-outline .doc=${ed.state.doc} .charsPerMinute=${this.settings.settings.charsPerMinute}
          @jg-jump=${(e: CustomEvent<{ pos: number }>) => ed.jumpTo(e.detail.pos)}
          @jg-set-kind=${(e: CustomEvent<{ pos: number; kind: PartKind }>) => ed.run(setPartKind(e.detail.pos, e.detail.kind))}
          @jg-set-years=${(e: CustomEvent<{ review: number; plan: number }>) => this.setYears(ed, e.detail.review, e.detail.plan)}></jg-outline>
        <label>${zh.rate} <input class="rate" type="number" min="50" max="600" step="10" .value=${String(this.settings.settings.charsPerMinute)}
          @change=${(e: Event) => this.setRate(Number((e.target as HTMLInputElement).value))}></label>
      </aside>
      <main>${
        this.comparing && ready.reference
          ? html`<jg-compare .old=${ready.reference} .current=${ed.state.doc} oldTitle=${session.record.reference?.title ?? ''}></jg-compare>`
          : null
      }<div class="page" ?hidden=${this.comparing}>${ed.dom}</div></main>
      <aside class="checks">
        <div class="tabs" role="tablist">
          <button role="tab" class="tab-checks" aria-selected=${this.side === 'checks'} @click=${() => {
            this.side = 'checks'
          }}>检查（${this.meeting.withFindings(ed.checks, ed.state.doc).findings.length}）</button>
          ${
            this.meeting.record
              ? html`<button role="tab" class="tab-meeting" aria-selected=${this.side === 'meeting'} @click=${() => {
                  this.side = 'meeting'
                }}>${zh.meeting.panelTab}</button>`
              : null
          }
          ${
            session.fields.rollover
              ? html`<button role="tab" class="tab-rollover" aria-selected=${this.side === 'rollover'} @click=${() => {
                  this.side = 'rollover'
                }}>换年提示</button>`
              : null
          }
          <button role="tab" class="tab-figures" aria-selected=${this.side === 'figures'} @click=${() => {
            this.side = 'figures'
          }}>数字</button>
          <button role="tab" class="tab-preview" aria-selected=${this.side === 'preview'} @click=${() => {
            this.side = 'preview'
          }}>打印预览</button>
        </div>
        ${
          this.side === 'meeting' && this.meeting.record
            ? html`<jg-meeting-panel .context=${this.meeting} .doc=${ed.state.doc} .changes=${this.meeting.changes}></jg-meeting-panel>`
            : this.side === 'rollover' && session.fields.rollover
              ? html`<jg-rollover-report .report=${session.fields.rollover} .doc=${ed.state.doc}
          @jg-select-range=${(e: CustomEvent<{ from: number; to: number }>) => {
            this.comparing = false
            ed.select(e.detail.from, e.detail.to)
          }}
          @jg-flag-done=${(e: CustomEvent<{ index: number }>) => this.flagDone(session, e.detail.index)}></jg-rollover-report>`
              : this.side === 'preview'
                ? html`<jg-preview .doc=${ed.state.doc} layout=${this.layout}></jg-preview>`
                : this.side === 'figures'
                  ? html`
        <jg-figures .doc=${ed.state.doc} .index=${this.figures.index} .message=${this.figures.message} .csv=${this.figures.csvPreview}
          @jg-set-figure=${(e: CustomEvent<FigureEdit>) => ed.setFigure(e.detail)}
          @jg-fill-figures=${() => this.figures.fill(ed)}
          @jg-import-csv=${(e: CustomEvent<{ file: File }>) => this.figures.readCsv(e.detail.file, ed.state.doc)}
          @jg-confirm-csv=${(e: CustomEvent<{ ok: boolean; fill: boolean }>) => this.figures.confirmCsv(e.detail.ok, e.detail.fill ? ed : null)}
          @jg-export-csv=${() => this.figures.exportCsv()}
          @jg-merge-metrics=${(e: CustomEvent<{ keep: string; drop: string; keepLabel: string; dropLabel: string }>) => this.figures.merge(e.detail.keep, e.detail.drop, e.detail.keepLabel, e.detail.dropLabel)}></jg-figures>`
                  : html`
        <jg-checks .run=${this.meeting.withFindings(ed.checks, ed.state.doc)} .disabledRules=${session.fields.checks.disabledRules} .ignoredCount=${session.fields.checks.ignored.length}
          @jg-select-finding=${(e: CustomEvent<{ from: number; to: number; finding: Finding }>) => this.meeting.select(e.detail.finding) || ed.select(e.detail.from, e.detail.to)}
          @jg-ignore=${(e: CustomEvent<{ key: string }>) => this.setDraftChecks(session, { ...session.fields.checks, ignored: [...session.fields.checks.ignored, e.detail.key] })}
          @jg-disable-rule=${(e: CustomEvent<{ rule: string }>) => this.setDraftChecks(session, { ...session.fields.checks, disabledRules: [...session.fields.checks.disabledRules, e.detail.rule] })}
          @jg-restore-checks=${() => this.setDraftChecks(session, { disabledRules: [], ignored: [] })}></jg-checks>
        <details>
          <summary>检查设置</summary>
          <label>句子最长字数 <input class="max-sentence" type="number" min="10" max="1000" .value=${String(this.settings.settings.maxSentenceChars)}
            @change=${(e: Event) => {
              const v = Number((e.target as HTMLInputElement).value)
              if (v >= 10 && v <= 1000) void this.settings.update({ maxSentenceChars: v })
            }}></label>
          <label>有时效的提法（每行一个）
            <textarea class="phrases" .value=${this.settings.settings.timeBoundPhrases.join('\n')}
              @change=${(e: Event) =>
                this.settings.update({
                  timeBoundPhrases: (e.target as HTMLTextAreaElement).value
                    .split('\n')
                    .map((x) => x.trim())
                    .filter(Boolean),
                })}></textarea></label>
        </details>`
        }
      </aside>
      <jg-gate .noun=${ed.state.doc.attrs.docKind === 'speech' ? '讲稿' : DOC_KIND_NAMES[ed.state.doc.attrs.docKind as keyof typeof DOC_KIND_NAMES]}></jg-gate>
    `
  }
}
customElements.define('jg-editor', JgEditor)

function localStorageOrNull(): Storage | null {
  try {
    return window.localStorage
  } catch {
    // Storage switched off for this page: the session saves without a write-ahead copy.
    return null
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'jg-editor': JgEditor
  }
}
