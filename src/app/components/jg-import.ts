import { LitElement, css, html } from 'lit'
import { userMessage } from '../problem'
import { importInWorker } from '../import/client'
import type { ImportPreview } from '../import/protocol'
import { htmlToText } from '../../core/import/html'
import { speechFromJSON, storedYears } from '../../core/serialize'
import { isOneOf, present } from '../../core/guards'
import { newDraft } from '../drafts'
import { storageMessage, type Store } from '../store/db'
import { PART_KIND_NAMES, zh } from '../../i18n/zh'
import { PART_KINDS, type PartKind } from '../../core/schema'
import { figureTypeFor } from '../../core/figures/context'
import { currentTargetOf, rendered, targetOf } from './dom'

/**
 * Import of last year's speech: a file (.txt in any Chinese encoding, .docx) or pasted text
 * (Word/WPS HTML keeps its paragraphs). The user sees the recognised outline and the number
 * of figures before a draft is made.
 */
export class JgImport extends LitElement {
  static override properties = {
    store: { attribute: false },
    busy: { state: true },
    showProgress: { state: true },
    error: { state: true },
    preview: { state: true },
    kinds: { state: true },
    keepWeb: { state: true },
    progressDelay: { type: Number },
  }
  declare store: Store
  declare busy: boolean
  declare showProgress: boolean
  declare error: string
  declare preview: ImportPreview | null
  /** The numbered parts' kinds as the preview shows them: guessed, then as the user corrects them. */
  declare kinds: PartKind[]
  /** Keep the web page's own lines (原创/来源, 图为…) in the speech: she asked to, in the preview. */
  declare keepWeb: boolean
  /** Progress shows only for imports slower than this (ms), so quick ones do not flicker. */
  declare progressDelay: number
  private sourceName = ''
  /** What was imported, kept to build the speech again with corrected kinds. */
  private source: { file: File } | { text: string } | null = null

  constructor() {
    super()
    this.busy = false
    this.showProgress = false
    this.error = ''
    this.preview = null
    this.kinds = []
    this.keepWeb = false
    this.progressDelay = 300
  }

  static override styles = css`
    dialog {
      width: min(760px, 92vw);
      max-height: 90vh;
      border: none;
      border-radius: 8px;
      padding: 20px 24px;
      font: 15px/1.6 var(--font-ui, sans-serif);
      box-shadow: 0 8px 30px rgba(0,0,0,.25);
    }
    h2 { margin: 0 0 12px; font-size: 18px; }
    textarea { width: 100%; box-sizing: border-box; height: 160px; font: 14px/1.6 var(--font-ui, sans-serif); }
    .drop {
      border: 2px dashed #9ab;
      border-radius: 6px;
      padding: 12px;
      margin-bottom: 10px;
      text-align: center;
      color: #456;
    }
    .drop.over { background: #eef4fc; }
    .row { display: flex; gap: 8px; justify-content: flex-end; margin-top: 12px; align-items: center; }
    .row .grow { flex: 1; }
    button {
      font: inherit;
      padding: 4px 14px;
      border-radius: 4px;
      border: 1px solid #aab;
      background: #fff;
      cursor: pointer;
    }
    button.primary { background: #2a6fd1; border-color: #2a6fd1; color: #fff; }
    button:disabled { opacity: .5; cursor: default; }
    .error { color: #b00020; background: #fdecee; padding: 8px 12px; border-radius: 6px; }
    .progress { color: #555; }
    .preview { border: 1px solid #ddd; border-radius: 6px; padding: 8px 12px; max-height: 45vh; overflow: auto; }
    .preview ol { list-style: none; padding: 0; margin: 4px 0; }
    .preview .sections { padding-left: 1.5em; color: #444; }
    .kind { font-size: 12px; color: #8a6d3b; margin-left: .5em; white-space: nowrap; }
    .kind select { font: 12px var(--font-ui, sans-serif); margin-left: 2px; }
    .figures-as { color: #666; margin-left: 4px; }
    .hint { color: #555; font-size: 13px; margin: 4px 0; }
    .summary { font-weight: 600; }
    .notes { color: #8a5a00; font-size: 13px; }
    .web-lines { margin: 2px 0 4px 1.5em; padding: 0; font-size: 13px; color: #555; }
    .web-lines li { list-style: disc; }
    button.small { font-size: 13px; padding: 1px 10px; margin-left: 4px; }
  `

  open() {
    this.reset()
    // Asked twice (a double click, a second 导入 before the first opened): one dialog, no exception.
    void this.updateComplete.then(() => {
      if (!this.dialog.open) this.dialog.showModal()
    })
  }

  /** Closed (取消, Esc, or a draft made): the next opening starts empty, with no file or text left from this one. */
  private closed() {
    this.reset()
    this.source = null
    this.sourceName = ''
    const file = this.renderRoot.querySelector<HTMLInputElement>('input.file')
    if (file) file.value = ''
    const text = this.renderRoot.querySelector('textarea')
    if (text) text.value = ''
  }

  private get dialog() {
    return rendered(this.renderRoot, 'dialog')
  }

  private reset() {
    this.busy = false
    this.showProgress = false
    this.error = ''
    this.preview = null
    this.kinds = []
  }

  private async run(request: ImportSource, name: string) {
    this.reset()
    this.sourceName = name
    const preview = await this.recognise({ ...request, keepWebLines: this.keepWeb })
    if (!preview) return
    this.preview = preview
    this.kinds = numberedParts(preview).map((p) => (isOneOf(PART_KINDS, p.kind) ? p.kind : 'other'))
  }

  /** Recognise in the worker, showing progress when slow; null (and the error shown) when it failed. */
  private async recognise(request: ImportSource): Promise<ImportPreview | null> {
    this.busy = true
    const timer = setTimeout(() => {
      this.showProgress = this.busy
    }, this.progressDelay)
    try {
      return await importInWorker(request)
    } catch (e) {
      this.error = userMessage(e, zh.importPreview.recogniseFailed)
      return null
    } finally {
      clearTimeout(timer)
      this.busy = false
      this.showProgress = false
    }
  }

  /** Import a file, as the file picker or a drop hands it over. */
  async importFile(file: File) {
    let bytes: Uint8Array
    try {
      bytes = new Uint8Array(await file.arrayBuffer())
    } catch (e) {
      this.error = zh.importPreview.unreadable(file.name, userMessage(e, zh.importPreview.unreadableWhy))
      return
    }
    this.source = { file }
    this.keepWeb = false
    await this.run({ kind: 'file', name: file.name, bytes }, file.name)
  }

  private onPaste(e: ClipboardEvent) {
    const html = e.clipboardData?.getData('text/html')
    if (!html) return
    // From Word or WPS: keep the paragraphs, drop the formatting.
    e.preventDefault()
    const area = targetOf(e, HTMLTextAreaElement)
    area.setRangeText(htmlToText(html, { boldHeadings: true }), area.selectionStart, area.selectionEnd, 'end')
  }

  /**
   * Make the draft. With kinds the user corrected, the speech is recognised again with them, so
   * the figures in each part are typed by its kind (a target of the plan year in tasks, else an
   * actual of the review year), as the importer itself types them.
   */
  private async create() {
    const preview = present(this.preview, 'the preview being confirmed')
    let speech = preview.speech
    const guessed = numberedParts(preview).map((p) => p.kind)
    if (this.source && this.kinds.some((k, i) => k !== guessed[i])) {
      const kinds = [...this.kinds]
      const request: ImportSource =
        'text' in this.source
          ? { kind: 'text', text: this.source.text, kinds, keepWebLines: this.keepWeb }
          : {
              kind: 'file',
              name: this.source.file.name,
              bytes: new Uint8Array(await this.source.file.arrayBuffer()),
              kinds,
              keepWebLines: this.keepWeb,
            }
      const again = await this.recognise(request)
      if (!again) return
      speech = again.speech
    }
    const record = newDraft(speechFromJSON(speech), 'import')
    try {
      await this.store.saveDraft(record)
    } catch (e) {
      this.error = storageMessage(e)
      return
    }
    this.dialog.close()
    location.hash = `#/draft/${record.id}`
  }

  /** A part's kind, to correct, and what its figures will be. */
  private renderKind(i: number, p: ImportPreview) {
    const kind = this.kinds[i]
    const { reviewYear, planYear } = previewYears(p)
    const { kind: figures, year } = figureTypeFor(kind, reviewYear, planYear)
    return html`<label class="kind">${zh.importPreview.kind}
      <select class="part-kind" data-part=${i} .value=${kind} @change=${(e: Event) => {
        const kinds = [...this.kinds]
        const chosen = targetOf(e, HTMLSelectElement).value
        if (isOneOf(PART_KINDS, chosen)) kinds[i] = chosen
        this.kinds = kinds
      }}>${PART_KINDS.map((k) => html`<option value=${k} ?selected=${k === kind}>${PART_KIND_NAMES[k]}</option>`)}</select>
      <span class="figures-as">${zh.importPreview.figuresAs(figures === 'target', year)}</span></label>`
  }

  private renderPreview(p: ImportPreview) {
    const metrics = p.outline.slots.filter((s) => s.role === 'metric')
    const empty = metrics.filter((s) => s.value === null).length
    const people = p.outline.slots.length - metrics.length
    return html`<div class="preview" aria-label=${zh.importPreview.result}>
      <p class="summary">${zh.importPreview.summary(p.outline.parts.filter((x) => x.number).length, metrics.length, empty, people)}</p>
      <div>${zh.importPreview.speechTitle(p.outline.title)}</div>
      ${p.outline.greeting ? html`<div>${zh.importPreview.greeting(p.outline.greeting)}</div>` : html`<div class="notes">${zh.importPreview.noGreeting}</div>`}
      ${p.source === 'json' || !numberedParts(p).length ? null : html`<p class="hint">${zh.importPreview.kindsHint}</p>`}
      <ol>${p.outline.parts.map((part) => {
        const i = numberedParts(p).indexOf(part)
        return html`<li>
        ${part.number ? html`${part.number}${part.heading}${i >= 0 && p.source !== 'json' ? this.renderKind(i, p) : html`<span class="kind">${PART_KIND_NAMES[part.kind]}${part.year ? zh.importPreview.partYear(part.year) : ''}</span>`}` : html`${zh.importPreview.unnumbered(PART_KIND_NAMES[part.kind])}`}
        ${part.sections.length ? html`<ol class="sections">${part.sections.map((s) => html`<li>${s.number}${s.heading}</li>`)}</ol>` : null}
      </li>`
      })}</ol>
      ${p.outline.parts.some((x) => x.number) ? null : html`<p class="notes no-parts">${zh.importPreview.noParts}</p>`}
      ${p.articleHeadings.length ? html`<p class="notes article-headings">${zh.importPreview.articleHeadings(p.articleHeadings)}</p>` : null}
      ${p.notes.map((n) => html`<p class="notes">${n}</p>`)}
      ${this.renderWebLines(p)}
      ${p.joinedLines[0] ? html`<p class="notes joined-lines">${zh.importPreview.joinedLines(p.joinedLines.length, p.joinedLines[0])}</p>` : null}
      ${p.encoding === 'gb18030' ? html`<p class="notes">${zh.importPreview.gb18030}</p>` : null}
    </div>`
  }

  /** The web page's lines left out of the speech (or kept, as she chose), each shown, one click to change. */
  private renderWebLines(p: ImportPreview) {
    const lines = p.keptWebLines ? this.keptWebLines : p.webLines
    if (!lines.length) return null
    return html`<div class="web">
      <p class="notes">${p.keptWebLines ? zh.importPreview.webLinesKept(lines.length) : zh.importPreview.webLinesDropped(lines.length)}
        <button class="small keep-web" ?disabled=${this.busy} @click=${() => this.setKeepWeb(!p.keptWebLines, p.webLines)}>${p.keptWebLines ? zh.importPreview.dropWebLines : zh.importPreview.keepWebLines}</button></p>
      <ul class="web-lines">${lines.map((l) => html`<li>${l}</li>`)}</ul>
    </div>`
  }

  /** The lines she chose to keep: the preview of a kept import no longer lists them itself. */
  private keptWebLines: string[] = []

  /** Recognise the same text again, with the web page's lines kept or left out. */
  private async setKeepWeb(keep: boolean, lines: string[]) {
    if (!this.source) return
    if (keep) this.keptWebLines = lines
    this.keepWeb = keep
    // The part kinds she corrected stay corrected: the recognition again reads them as create() does.
    const kinds = this.kinds.length ? { kinds: [...this.kinds] } : {}
    const request: ImportSource =
      'text' in this.source
        ? { kind: 'text', text: this.source.text, ...kinds }
        : {
            kind: 'file',
            name: this.source.file.name,
            bytes: new Uint8Array(await this.source.file.arrayBuffer()),
            ...kinds,
          }
    await this.run(request, this.sourceName)
  }

  /** Back to the text box, with the pasted text still in it to correct. */
  private back() {
    const text = this.source && 'text' in this.source ? this.source.text : ''
    this.reset()
    void this.updateComplete.then(() => {
      const area = this.renderRoot.querySelector('textarea')
      if (area && text) area.value = text
    })
  }

  override render() {
    return html`<dialog @close=${() => this.closed()} aria-labelledby="import-title">
      <h2 id="import-title">${zh.importPreview.title}</h2>
      ${
        this.preview
          ? this.renderPreview(this.preview)
          : html`
        <div class="drop"
          @dragover=${(e: DragEvent) => {
            e.preventDefault()
            currentTargetOf(e, HTMLElement).classList.add('over')
          }}
          @dragleave=${(e: DragEvent) => currentTargetOf(e, HTMLElement).classList.remove('over')}
          @drop=${(e: DragEvent) => {
            e.preventDefault()
            currentTargetOf(e, HTMLElement).classList.remove('over')
            const f = e.dataTransfer?.files[0]
            if (f) void this.importFile(f)
          }}>
          ${zh.importPreview.drop}
          <button class="choose-file" @click=${() => rendered(this.renderRoot, 'input.file', HTMLInputElement).click()}>${zh.importPreview.chooseFile}</button>
          <input type="file" class="file" hidden accept=".txt,.docx,.doc,.wps,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            @change=${(e: Event) => {
              const input = targetOf(e, HTMLInputElement)
              const f = input.files?.[0]
              // Read once: the same file chosen again is a new choice, and no name is left behind.
              input.value = ''
              if (f) void this.importFile(f)
            }}>
        </div>
        <label>${zh.importPreview.paste}
          <textarea class="paste" placeholder=${zh.importPreview.pastePlaceholder}
            @paste=${this.onPaste}></textarea></label>`
      }
      ${this.showProgress ? html`<p class="progress" role="status">${zh.importPreview.progress(this.sourceName)}</p>` : null}
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : null}
      <div class="row">
        <span class="grow"></span>
        <button class="cancel" @click=${() => this.dialog.close()}>${zh.cancel}</button>
        ${
          this.preview
            ? html`<button class="back" @click=${() => this.back()}>${zh.importPreview.again}</button>
                 <button class="primary create" @click=${() => this.create()}>${zh.importPreview.create}</button>`
            : html`<button class="primary recognise" ?disabled=${this.busy}
              @click=${() => {
                const t = rendered(this.renderRoot, 'textarea').value
                if (!t.trim()) {
                  this.error = zh.importPreview.nothingChosen
                  return
                }
                this.source = { text: t }
                this.keepWeb = false
                void this.run({ kind: 'text', text: t }, zh.importPreview.pasted)
              }}>${zh.importPreview.recognise}</button>`
        }
      </div>
    </dialog>`
  }
}
type ImportSource = Parameters<typeof importInWorker>[0]

/** The preview's numbered parts (not the opening or closing), in order: the parts whose kind can be set. */
function numberedParts(p: ImportPreview) {
  return p.outline.parts.filter((part) => part.kind !== 'opening' && part.kind !== 'closing')
}

/** The years the recognised speech reviews and plans. */
function previewYears(p: ImportPreview): { reviewYear: number | null; planYear: number | null } {
  return storedYears(p.speech.doc)
}

customElements.define('jg-import', JgImport)

declare global {
  interface HTMLElementTagNameMap {
    'jg-import': JgImport
  }
}
