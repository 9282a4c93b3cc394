import { LitElement, css, html, unsafeCSS } from 'lit'
import { unsafeHTML } from 'lit/directives/unsafe-html.js'
import type { Node as PMNode } from 'prosemirror-model'
import { paginate } from '../../core/export/paginate'
import { pageCss, pagesHtml } from '../../core/export/html'
import { LAYOUTS, PAGE_MM, type LayoutId } from '../../core/export/layout'
import { partsOf } from '../../core/outline'
import { zh } from '../../i18n/zh'
import { WidthController } from '../width-controller'
import { RANGE_KINDS, type PrintRange } from '../output'
import { isOneOf } from '../../core/guards'
import { targetOf } from './dom'

/** How long the text must rest before the preview is laid out again. */
const SETTLE_MS = 300
const PAGE_PX = (PAGE_MM.width / 25.4) * 96
/** Room around the pages, in pixels. */
const GUTTER = 24

/**
 * The live A4 preview: the very pages that print, scaled to the panel's width (and to the whole
 * window when enlarged, up to full size). Laid out again once typing pauses (never on every
 * keystroke), and only while shown. Its print bar prints the whole speech, one part or a range
 * of pages: events jg-print (a PrintRange) and jg-preview-wide (true to enlarge) go up.
 */
export class JgPreview extends LitElement {
  static override properties = {
    doc: { attribute: false },
    layout: { type: String },
    wide: { type: Boolean, reflect: true },
    busy: { type: Boolean },
    pagesHtml: { state: true },
    pageCount: { state: true },
    rangeKind: { state: true },
    partPos: { state: true },
    from: { state: true },
    to: { state: true },
  }
  declare doc: PMNode | null
  declare layout: LayoutId
  declare wide: boolean
  declare busy: boolean
  declare pagesHtml: string
  declare pageCount: number
  declare rangeKind: PrintRange['kind']
  declare partPos: number
  declare from: number
  declare to: number
  private timer: ReturnType<typeof setTimeout> | null = null
  private laidOut: { doc: PMNode; layout: LayoutId } | null = null
  private readonly width = new WidthController(this)

  constructor() {
    super()
    this.doc = null
    this.layout = 'gongwen'
    this.wide = false
    this.busy = false
    this.pagesHtml = ''
    this.pageCount = 0
    this.rangeKind = 'all'
    this.partPos = -1
    this.from = 1
    this.to = 1
  }

  static override styles = [
    css`:host { display: flex; flex-direction: column; background: #ddd; min-width: 0; overflow: hidden; }
      .bar { display: flex; flex-wrap: wrap; gap: 4px 6px; align-items: center; padding: 6px 8px; background: #f4f4f4;
        border-bottom: 1px solid #ccc; font: 13px var(--font-ui, sans-serif); color: #333; }
      .bar select { font: 13px var(--font-ui, sans-serif); max-width: 14em; }
      .bar input { width: 3.5em; font: 13px var(--font-ui, sans-serif); }
      .bar button {
        font: 13px var(--font-ui, sans-serif);
        padding: 2px 8px;
        border-radius: 4px;
        border: 1px solid #aab;
        background: #fff;
        cursor: pointer;
      }
      .bar button:disabled { opacity: .45; cursor: default; }
      .bar .count { flex: 1 0 100%; }
      .bar .note { flex: 1 0 100%; color: #666; }
      .pages { flex: 1; min-height: 0; overflow: auto; padding: 8px 0; }
      .scale { zoom: var(--preview-zoom, .42); }
      .page { margin: 0 auto 6mm; box-shadow: 0 1px 4px rgba(0,0,0,.3); }`,
    unsafeCSS(pageCss(LAYOUTS.gongwen, '.gongwen')),
    unsafeCSS(pageCss(LAYOUTS.reading, '.reading')),
  ]

  override willUpdate(changed: Map<string, unknown>) {
    // The part chosen to print is one of the speech's parts (the first, when it is gone).
    if (this.rangeKind === 'part' && this.doc) {
      const parts = partsOf(this.doc).filter((p) => p.number)
      if (!parts.some((p) => p.pos === this.partPos)) this.partPos = parts[0]?.pos ?? -1
    }
    if (!changed.has('doc') && !changed.has('layout')) return
    if (this.timer) clearTimeout(this.timer)
    // The first layout and a change of layout are immediate; typing waits for a pause.
    const wait = this.laidOut && this.laidOut.layout === this.layout ? SETTLE_MS : 0
    if (wait === 0) this.layOut()
    else this.timer = setTimeout(() => this.layOut(), wait)
  }

  /** Lay the pages out now. */
  layOut() {
    if (!this.doc) return
    if (this.laidOut && this.laidOut.doc === this.doc && this.laidOut.layout === this.layout) return
    const layout = LAYOUTS[this.layout]
    const pages = paginate(this.doc, layout)
    this.pagesHtml = pagesHtml(pages, layout)
    this.pageCount = pages.length
    this.to = Math.min(Math.max(this.to, 1), pages.length)
    this.from = Math.min(this.from, this.to)
    this.laidOut = { doc: this.doc, layout: this.layout }
  }

  override disconnectedCallback() {
    super.disconnectedCallback()
    if (this.timer) clearTimeout(this.timer)
  }

  /** The pages at the panel's width, never larger than life. */
  private zoom(): number {
    const fit = (this.width.width - GUTTER) / PAGE_PX
    return Math.max(0.2, Math.min(1, fit))
  }

  private fire(name: string, detail: unknown) {
    this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }))
  }

  private range(): PrintRange {
    if (this.rangeKind === 'part') return { kind: 'part', pos: this.partPos }
    if (this.rangeKind === 'pages') return { kind: 'pages', from: this.from, to: this.to }
    return { kind: 'all' }
  }

  private renderBar() {
    const parts = this.doc ? partsOf(this.doc).filter((p) => p.number) : []
    const pagesOk = this.from >= 1 && this.to >= this.from && this.to <= this.pageCount
    const ok = this.rangeKind === 'all' || (this.rangeKind === 'part' ? this.partPos >= 0 : pagesOk)
    return html`<div class="bar">
      <span class="count" role="status">${zh.print.pageCount(LAYOUTS[this.layout].name, this.pageCount)}</span>
      <label>${zh.print.range}
        <select class="range" @change=${(e: Event) => {
          const kind = targetOf(e, HTMLSelectElement).value
          if (isOneOf(RANGE_KINDS, kind)) this.rangeKind = kind
        }}>
          <option value="all" ?selected=${this.rangeKind === 'all'}>${zh.print.all}</option>
          <option value="part" ?selected=${this.rangeKind === 'part'}
            ?disabled=${!parts.length}>${zh.print.part}</option>
          <option value="pages" ?selected=${this.rangeKind === 'pages'}>${zh.print.pages}</option>
        </select></label>
      ${
        this.rangeKind === 'part'
          ? html`<select class="part" aria-label=${zh.print.part} @change=${(e: Event) => {
              this.partPos = Number(targetOf(e, HTMLSelectElement).value)
            }}>${parts.map((p) => html`<option value=${p.pos} ?selected=${p.pos === this.partPos}>${p.number}${p.heading}</option>`)}</select>`
          : null
      }
      ${
        this.rangeKind === 'pages'
          ? html`<span>${zh.print.pagesFrom}
              <input class="from" type="number" min="1" max=${this.pageCount} .value=${String(this.from)} aria-invalid=${!pagesOk}
                @input=${(e: Event) => {
                  this.from = Number(targetOf(e, HTMLInputElement).value)
                }}>
              ${zh.print.pagesTo}
              <input class="to" type="number" min="1" max=${this.pageCount} .value=${String(this.to)} aria-invalid=${!pagesOk}
                @input=${(e: Event) => {
                  this.to = Number(targetOf(e, HTMLInputElement).value)
                }}>${zh.print.pagesEnd}</span>`
          : null
      }
      <button class="print-range" ?disabled=${!ok || this.busy}
        @click=${() => this.fire('jg-print', this.range())}>${zh.print.print}</button>
      <button class="wide" aria-pressed=${this.wide} title=${zh.print.wideTitle}
        @click=${() => this.fire('jg-preview-wide', !this.wide)}>${this.wide ? zh.print.narrow : zh.print.wide}</button>
      ${this.rangeKind === 'part' ? html`<span class="note">${zh.print.partNote}</span>` : null}
      ${this.rangeKind === 'pages' && !pagesOk ? html`<span class="note" role="alert">${zh.print.badPages(this.pageCount)}</span>` : null}
    </div>`
  }

  override render() {
    return html`${this.renderBar()}
      <div class="pages">
        <div class="scale ${this.layout}" style="--preview-zoom: ${this.zoom()}">${unsafeHTML(this.pagesHtml)}</div>
      </div>`
  }
}
customElements.define('jg-preview', JgPreview)

declare global {
  interface HTMLElementTagNameMap {
    'jg-preview': JgPreview
  }
}
