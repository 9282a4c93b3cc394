import { LitElement, css, html } from 'lit'
import type { Node as PMNode } from 'prosemirror-model'
import { compareSpeeches, type PartComparison } from '../../core/diff'
import { zh } from '../../i18n/zh'

/**
 * Last year's speech beside this year's draft, part by part: removed words struck through
 * on the left, new words marked on the right, and what is still last year's text shaded, so
 * the secretary sees at a glance what has not been rewritten.
 */
export class JgCompare extends LitElement {
  static override properties = { old: { attribute: false }, current: { attribute: false }, oldTitle: { type: String } }
  declare old: PMNode | null
  declare current: PMNode | null
  declare oldTitle: string
  private cache: { old: PMNode; current: PMNode; parts: PartComparison[] } | null = null

  constructor() {
    super()
    this.old = null
    this.current = null
    this.oldTitle = ''
  }

  static override styles = css`
    :host { display: block; padding: 12px 16px; font: 15px/1.8 var(--font-body, serif); background: #fff; }
    h2 { font: 600 16px var(--font-ui, sans-serif); margin: 16px 0 4px; display: flex; justify-content: space-between; }
    h2 small { font-weight: normal; color: #8a5a00; }
    .cols { display: grid; grid-template-columns: 1fr 1fr; gap: 16px; }
    .col { white-space: pre-wrap; border: 1px solid #e5e5e5; border-radius: 4px; padding: 8px 10px; }
    .col h3 { font: 12px var(--font-ui, sans-serif); color: #777; margin: 0 0 4px; }
    del { background: #fde2e2; color: #8b0000; }
    ins { background: #dff5e1; text-decoration: none; }
    .same { background: #fff3c4; }
    .legend { font: 12px var(--font-ui, sans-serif); color: #555; }
    .legend span { padding: 0 4px; margin-right: 8px; }
  `

  private parts(): PartComparison[] {
    if (!this.old || !this.current) return []
    if (!this.cache || this.cache.old !== this.old || this.cache.current !== this.current) {
      this.cache = { old: this.old, current: this.current, parts: compareSpeeches(this.old, this.current) }
    }
    return this.cache.parts
  }

  override render() {
    const parts = this.parts()
    return html`
      <p class="legend">${zh.compare.sides(this.oldTitle || zh.compare.oldTitle)}
        <span class="same">${zh.compare.same}</span>${zh.compare.sameMeans} <span><ins>${zh.compare.added}</ins></span>${zh.compare.addedMeans} <span><del>${zh.compare.removed}</del></span>${zh.compare.removedMeans}</p>
      ${parts.map(
        (p) => html`<section class="part" data-kind=${p.kind}>
        <h2>${p.title}<small>${zh.compare.unchanged(Math.round(p.unchanged * 100))}</small></h2>
        <div class="cols">
          <div class="col old"><h3>${zh.compare.lastYear}</h3>${p.segments.filter((s) => s.op !== 'insert').map((s) => (s.op === 'delete' ? html`<del>${s.text}</del>` : html`<span>${s.text}</span>`))}</div>
          <div class="col new"><h3>${zh.compare.thisYear}</h3>${p.segments.filter((s) => s.op !== 'delete').map((s) => (s.op === 'insert' ? html`<ins>${s.text}</ins>` : html`<span class="same">${s.text}</span>`))}</div>
        </div>
      </section>`,
      )}`
  }
}
customElements.define('jg-compare', JgCompare)

declare global {
  interface HTMLElementTagNameMap {
    'jg-compare': JgCompare
  }
}
