import { LitElement, css, html, unsafeCSS } from 'lit'
import { unsafeHTML } from 'lit/directives/unsafe-html.js'
import type { Node as PMNode } from 'prosemirror-model'
import { paginate } from '../../core/export/paginate'
import { pageCss, pagesHtml } from '../../core/export/html'
import { LAYOUTS, type LayoutId } from '../../core/export/layout'

/** How long the text must rest before the preview is laid out again. */
const SETTLE_MS = 300

/**
 * The live A4 preview: the very pages that print, scaled down. Laid out again once typing
 * pauses (never on every keystroke), and only while shown.
 */
export class JgPreview extends LitElement {
  static override properties = {
    doc: { attribute: false },
    layout: { type: String },
    pagesHtml: { state: true },
    pageCount: { state: true },
  }
  declare doc: PMNode | null
  declare layout: LayoutId
  declare pagesHtml: string
  declare pageCount: number
  private timer: ReturnType<typeof setTimeout> | null = null
  private laidOut: { doc: PMNode; layout: LayoutId } | null = null

  constructor() {
    super()
    this.doc = null
    this.layout = 'gongwen'
    this.pagesHtml = ''
    this.pageCount = 0
  }

  static override styles = [
    css`:host { display: block; overflow: auto; background: #ddd; padding: 8px 0; }
      .scale { zoom: var(--preview-zoom, .42); }
      .page { margin: 0 auto 6mm; box-shadow: 0 1px 4px rgba(0,0,0,.3); }
      .count { text-align: center; font: 12px var(--font-ui, sans-serif); color: #333; margin-bottom: 4px; }`,
    unsafeCSS(pageCss(LAYOUTS.gongwen, '.gongwen')),
    unsafeCSS(pageCss(LAYOUTS.reading, '.reading')),
  ]

  override willUpdate(changed: Map<string, unknown>) {
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
    this.laidOut = { doc: this.doc, layout: this.layout }
  }

  override disconnectedCallback() {
    super.disconnectedCallback()
    if (this.timer) clearTimeout(this.timer)
  }

  override render() {
    return html`<div class="count" role="status">${LAYOUTS[this.layout].name}，共 ${this.pageCount} 页</div>
      <div class="scale ${this.layout}">${unsafeHTML(this.pagesHtml)}</div>`
  }
}
customElements.define('jg-preview', JgPreview)

declare global {
  interface HTMLElementTagNameMap {
    'jg-preview': JgPreview
  }
}
