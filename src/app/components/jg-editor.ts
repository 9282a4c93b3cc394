import { LitElement, css, html } from 'lit'
import type { Node as PMNode } from 'prosemirror-model'
import { speechFromJSON, SpeechFormatError } from '../../core/serialize'
import { selectionIn, setPartKind, setSpeechYears } from '../../core/commands'
import type { PartKind } from '../../core/schema'
import { EditorController } from '../editor/controller'
import { Autosaver, type SaveStatus } from '../editor/autosave'
import { proseMirrorStyles, speechStyles, fonts } from '../editor/styles'
import { storageMessage, type DraftRecord, type Store, DEFAULT_SETTINGS } from '../store/db'
import { updatedDraft } from '../drafts'
import { zh } from '../../i18n/zh'
import './jg-outline'
import './jg-checks'
import './jg-preview'
import './jg-gate'
import './jg-figures'
import './jg-rollover-report'
import './jg-compare'
import type { FigureEdit } from '../../core/figures/fill'
import { FiguresController } from '../figures-controller'
import type { JgGate } from './jg-gate'
import { download, fileName, printSpeech, speechDocxBytes } from '../output'
import { speechToText } from '../../core/text'
import { LAYOUTS, type LayoutId } from '../../core/export/layout'
import { CheckEngine } from '../../core/checks/engine'
import type { DraftChecks, Settings } from '../store/db'

/**
 * The drafting page: toolbar, outline and the speech. It loads one draft, owns its editor
 * controller and its autosaver; all storage goes through the store.
 */
export class JgEditor extends LitElement {
  static override properties = {
    store: { attribute: false },
    draftId: { attribute: 'draft-id' },
    status: { state: true },
    loadError: { state: true },
    charsPerMinute: { state: true },
    side: { state: true },
    layout: { state: true },
    exporting: { state: true },
    comparing: { state: true },
  }
  declare store: Store
  declare draftId: string
  declare status: SaveStatus
  declare loadError: string
  declare charsPerMinute: number
  /** What the right-hand column shows. */
  declare side: 'checks' | 'figures' | 'preview' | 'rollover'
  /** Showing last year's speech beside this one instead of the page. */
  declare comparing: boolean
  private referenceDoc: PMNode | null = null
  readonly figures = new FiguresController(
    this,
    () => this.store,
    (data, name, type) => this.saveFile(data, name, type),
  )
  declare layout: LayoutId
  declare exporting: boolean
  /** Side effects a test may replace: the browser's print dialog and file download. */
  print: () => void = () => window.print()
  saveFile: (data: Uint8Array | string, name: string, type: string) => void = download

  editor: EditorController | null = null
  private record: DraftRecord | null = null
  private settings: Settings = DEFAULT_SETTINGS
  private readonly engine = new CheckEngine()
  private readonly autosaver = new Autosaver(
    (doc) => this.write(doc),
    (s) => {
      this.status = s
    },
    storageMessage,
  )
  private readonly onHide = () => {
    void this.autosaver.flush()
  }
  private readonly onVisibility = () => {
    if (document.visibilityState === 'hidden') void this.autosaver.flush()
  }
  /** Closing the tab with changes not yet stored (or a failed save): the browser asks first. */
  private readonly onBeforeUnload = (e: BeforeUnloadEvent) => {
    if (this.autosaver.hasPending || this.status.state === 'error' || this.status.state === 'saving') {
      void this.autosaver.flush()
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
    this.status = { state: 'saved' }
    this.loadError = ''
    this.charsPerMinute = DEFAULT_SETTINGS.charsPerMinute
    this.side = 'checks'
    this.layout = 'gongwen'
    this.exporting = false
    this.comparing = false
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
  `,
  ]

  override connectedCallback() {
    super.connectedCallback()
    addEventListener('pagehide', this.onHide)
    document.addEventListener('visibilitychange', this.onVisibility)
    addEventListener('keydown', this.onKey)
    addEventListener('beforeunload', this.onBeforeUnload)
    void this.load()
  }

  override disconnectedCallback() {
    super.disconnectedCallback()
    removeEventListener('pagehide', this.onHide)
    document.removeEventListener('visibilitychange', this.onVisibility)
    removeEventListener('keydown', this.onKey)
    removeEventListener('beforeunload', this.onBeforeUnload)
    void this.autosaver.flush()
  }

  private async load() {
    try {
      const [record, settings] = await Promise.all([
        this.store.getDraft(this.draftId),
        this.store.getSettings(),
        this.figures.load(),
      ])
      this.settings = settings
      this.charsPerMinute = settings.charsPerMinute
      if (!record) {
        this.loadError = zh.draftMissing
        return
      }
      this.record = record
      this.referenceDoc = record.reference ? speechFromJSON(record.reference.speech) : null
      if (record.rollover && record.rollover.done.length < record.rollover.flags.length) this.side = 'rollover'
      this.engine.setOptions({
        ...this.draftChecks,
        timeBoundPhrases: settings.timeBoundPhrases,
        maxSentenceChars: settings.maxSentenceChars,
      })
      this.editor = new EditorController(this, {
        doc: speechFromJSON(record.speech),
        onDocChange: (doc) => this.autosaver.schedule(doc),
        checks: this.engine,
        figures: () => this.figures.index,
        onFigureEdit: (edit) => {
          void this.figures.keep(edit)
        },
        slotHint: (attrs) => this.figures.slotHint(attrs),
      })
      this.requestUpdate()
    } catch (e) {
      this.loadError = zh.loadFailed + (e instanceof SpeechFormatError ? e.message : storageMessage(e))
    }
  }

  private async write(doc: PMNode) {
    const record = updatedDraft(this.record!, doc)
    await this.store.saveDraft(record)
    this.record = record
  }

  /** Mark a roll-over flag as dealt with, and keep that. */
  private async flagDone(index: number) {
    const report = this.record!.rollover!
    this.record = { ...this.record!, rollover: { ...report, done: [...report.done, index] } }
    try {
      await this.store.saveDraft(this.record)
    } catch (e) {
      this.status = { state: 'error', message: storageMessage(e) }
    }
    this.requestUpdate()
  }

  private get draftChecks(): DraftChecks {
    return this.record?.checks ?? { disabledRules: [], ignored: [] }
  }

  /** Check again with new options, and keep what changed; a failed write shows in the status bar. */
  private async recheckAndKeep(save: () => Promise<void>) {
    this.editor?.refreshChecks()
    try {
      await save()
    } catch (e) {
      this.status = { state: 'error', message: storageMessage(e) }
    }
  }

  /** Remember what this speech switched off or ignored. */
  private setDraftChecks(checks: DraftChecks) {
    this.record = { ...this.record!, checks }
    this.engine.setOptions(checks)
    return this.recheckAndKeep(() => this.store.saveDraft(this.record!))
  }

  /** Change app-wide settings (speaking rate, check limits). */
  private updateSettings(change: Partial<Settings>) {
    this.settings = { ...this.settings, ...change }
    this.charsPerMinute = this.settings.charsPerMinute
    this.engine.setOptions({
      timeBoundPhrases: this.settings.timeBoundPhrases,
      maxSentenceChars: this.settings.maxSentenceChars,
    })
    return this.recheckAndKeep(() => this.store.saveSettings(this.settings))
  }

  /**
   * Print or export, through the gate: with errors in the speech the user first sees them,
   * and either goes to fix them or lets the speech out marked 草稿.
   */
  async output(kind: 'print' | 'docx' | 'txt') {
    const ed = this.editor
    if (!ed || this.exporting) return
    const action = { print: '打印', docx: '导出 Word', txt: '导出文本' }[kind]
    const errors = ed.checks.findings.filter((f) => f.severity === 'error')
    let draft = false
    if (errors.length) {
      const answer = await this.renderRoot.querySelector<JgGate>('jg-gate')!.ask(errors, action)
      if (answer === 'cancel') return
      if (answer === 'fix') {
        ed.select(errors[0].from, errors[0].to)
        this.side = 'checks'
        return
      }
      draft = true
    }
    const doc = ed.state.doc
    this.exporting = true
    try {
      if (kind === 'print') printSpeech(doc, this.layout, draft, this.print)
      else if (kind === 'txt')
        this.saveFile(speechToText(doc, { draft }), fileName(doc, 'txt', draft), 'text/plain;charset=utf-8')
      else
        this.saveFile(
          await speechDocxBytes(doc, this.layout, draft),
          fileName(doc, 'docx', draft),
          'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        )
    } catch (e) {
      this.status = { state: 'error', message: `${action}失败：${(e as Error).message}。讲稿内容没有受影响，请重试。` }
    } finally {
      this.exporting = false
    }
  }

  /** Resolves once everything typed so far is stored (or has failed to be). */
  flush(): Promise<void> {
    return this.autosaver.flush()
  }

  private setRate(value: number) {
    if (Number.isFinite(value) && value >= 50 && value <= 600) void this.updateSettings({ charsPerMinute: value })
  }

  private statusText(): string {
    switch (this.status.state) {
      case 'saved':
        return zh.saved
      case 'saving':
        return zh.saving
      case 'pending':
        return zh.unsaved
      case 'error':
        return '保存失败'
    }
  }

  override render() {
    if (this.loadError)
      return html`<div class="message" role="alert">${this.loadError} <a class="button" href="#/">${zh.back}</a></div>`
    const ed = this.editor
    if (!ed) return html`<div class="message">正在打开…</div>`
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
          this.referenceDoc
            ? html`<button class="compare" aria-pressed=${this.comparing} @click=${() => {
                this.comparing = !this.comparing
              }}>${this.comparing ? '回到正文' : '对照去年'}</button>`
            : null
        }
        <span class="spacer"></span>
        <label>版式 <select class="layout" @change=${(e: Event) => {
          this.layout = (e.target as HTMLSelectElement).value as LayoutId
        }}>
          ${Object.values(LAYOUTS).map((l) => html`<option value=${l.id} ?selected=${l.id === this.layout}>${l.name}</option>`)}
        </select></label>
        <button class="print" ?disabled=${this.exporting} @click=${() => this.output('print')} title="Ctrl+P">打印</button>
        <button class="export-docx" ?disabled=${this.exporting} @click=${() => this.output('docx')}>导出 Word</button>
        <button class="export-txt" ?disabled=${this.exporting} @click=${() => this.output('txt')}>导出文本</button>
        <span class="status ${this.status.state}" role="status" aria-live="polite">${this.statusText()}</span>
      </header>
      ${
        this.status.state === 'error'
          ? html`<div class="save-error" role="alert">
        <span>${this.status.message}</span>
        <button class="retry" @click=${() => this.autosaver.flush()}>${zh.retrySave}</button></div>`
          : null
      }
      <aside class="outline">
        <jg-outline .doc=${ed.state.doc} .charsPerMinute=${this.charsPerMinute}
          @jg-jump=${(e: CustomEvent<{ pos: number }>) => ed.jumpTo(e.detail.pos)}
          @jg-set-kind=${(e: CustomEvent<{ pos: number; kind: PartKind }>) => ed.run(setPartKind(e.detail.pos, e.detail.kind))}
          @jg-set-years=${(e: CustomEvent<{ review: number; plan: number }>) => ed.run(setSpeechYears(e.detail.review, e.detail.plan))}></jg-outline>
        <label>${zh.rate} <input class="rate" type="number" min="50" max="600" step="10" .value=${String(this.charsPerMinute)}
          @change=${(e: Event) => this.setRate(Number((e.target as HTMLInputElement).value))}></label>
      </aside>
      <main>${
        this.comparing && this.referenceDoc
          ? html`<jg-compare .old=${this.referenceDoc} .current=${ed.state.doc} oldTitle=${this.record?.reference?.title ?? ''}></jg-compare>`
          : null
      }<div class="page" ?hidden=${this.comparing}>${ed.dom}</div></main>
      <aside class="checks">
        <div class="tabs" role="tablist">
          <button role="tab" class="tab-checks" aria-selected=${this.side === 'checks'} @click=${() => {
            this.side = 'checks'
          }}>检查（${ed.checks.findings.length}）</button>
          ${
            this.record?.rollover
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
          this.side === 'rollover' && this.record?.rollover
            ? html`<jg-rollover-report .report=${this.record.rollover} .doc=${ed.state.doc}
          @jg-select-range=${(e: CustomEvent<{ from: number; to: number }>) => {
            this.comparing = false
            ed.select(e.detail.from, e.detail.to)
          }}
          @jg-flag-done=${(e: CustomEvent<{ index: number }>) => this.flagDone(e.detail.index)}></jg-rollover-report>`
            : this.side === 'preview'
              ? html`<jg-preview .doc=${ed.state.doc} layout=${this.layout}></jg-preview>`
              : this.side === 'figures'
                ? html`
        <jg-figures .doc=${ed.state.doc} .index=${this.figures.index} .message=${this.figures.message} .csv=${this.figures.csvPreview}
          @jg-set-figure=${(e: CustomEvent<FigureEdit>) => ed.setFigure(e.detail)}
          @jg-fill-figures=${() => this.figures.fill(ed)}
          @jg-import-csv=${(e: CustomEvent<{ file: File }>) => this.figures.readCsv(e.detail.file)}
          @jg-confirm-csv=${(e: CustomEvent<boolean>) => this.figures.confirmCsv(e.detail)}
          @jg-export-csv=${() => this.figures.exportCsv()}
          @jg-merge-metrics=${(e: CustomEvent<{ keep: string; drop: string; keepLabel: string; dropLabel: string }>) => this.figures.merge(e.detail.keep, e.detail.drop, e.detail.keepLabel, e.detail.dropLabel)}></jg-figures>`
                : html`
        <jg-checks .run=${ed.checks} .disabledRules=${this.draftChecks.disabledRules} .ignoredCount=${this.draftChecks.ignored.length}
          @jg-select-finding=${(e: CustomEvent<{ from: number; to: number }>) => ed.select(e.detail.from, e.detail.to)}
          @jg-ignore=${(e: CustomEvent<{ key: string }>) => this.setDraftChecks({ ...this.draftChecks, ignored: [...this.draftChecks.ignored, e.detail.key] })}
          @jg-disable-rule=${(e: CustomEvent<{ rule: string }>) => this.setDraftChecks({ ...this.draftChecks, disabledRules: [...this.draftChecks.disabledRules, e.detail.rule] })}
          @jg-restore-checks=${() => this.setDraftChecks({ disabledRules: [], ignored: [] })}></jg-checks>
        <details>
          <summary>检查设置</summary>
          <label>句子最长字数 <input class="max-sentence" type="number" min="10" max="1000" .value=${String(this.settings.maxSentenceChars)}
            @change=${(e: Event) => {
              const v = Number((e.target as HTMLInputElement).value)
              if (v >= 10 && v <= 1000) void this.updateSettings({ maxSentenceChars: v })
            }}></label>
          <label>有时效的提法（每行一个）
            <textarea class="phrases" .value=${this.settings.timeBoundPhrases.join('\n')}
              @change=${(e: Event) =>
                this.updateSettings({
                  timeBoundPhrases: (e.target as HTMLTextAreaElement).value
                    .split('\n')
                    .map((x) => x.trim())
                    .filter(Boolean),
                })}></textarea></label>
        </details>`
        }
      </aside>
      <jg-gate></jg-gate>
    `
  }
}
customElements.define('jg-editor', JgEditor)

declare global {
  interface HTMLElementTagNameMap {
    'jg-editor': JgEditor
  }
}
