import { LitElement, css, html } from 'lit'
import type { Node as PMNode } from 'prosemirror-model'
import { partsOf } from '../../core/outline'
import { charCount } from '../editor/stats'
import { zh, PART_KIND_NAMES } from '../../i18n/zh'

/**
 * The outline of the open speech: parts and sections with their numbers, characters and
 * speaking time. Choosing an entry fires `jg-jump` with the block's position.
 */
export class JgOutline extends LitElement {
  static override properties = { doc: { attribute: false }, charsPerMinute: { type: Number } }
  declare doc: PMNode | null
  declare charsPerMinute: number

  constructor() {
    super()
    this.doc = null
    this.charsPerMinute = 200
  }

  static override styles = css`
    :host { display: block; font: 14px/1.5 var(--font-ui, sans-serif); }
    ol { list-style: none; margin: 0; padding: 0; }
    button { all: unset; box-sizing: border-box; display: flex; gap: .5em; width: 100%; padding: 3px 8px; border-radius: 4px; cursor: pointer; }
    button:hover, button:focus-visible { background: #e8eef7; outline: 2px solid #2a6fd1; outline-offset: -2px; }
    .sections button { padding-left: 1.8em; color: #444; }
    .heading { flex: 1; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
    .part > button { flex-wrap: wrap; row-gap: 0; }
    .part > button .heading { flex-basis: 100%; font-weight: 600; }
    .meta { color: #777; font-size: 12px; white-space: nowrap; }
    .kind { color: #8a6d3b; font-size: 12px; }
    .total { border-top: 1px solid #ddd; margin-top: 6px; padding: 6px 8px; color: #333; }
  `

  private jump(pos: number) {
    this.dispatchEvent(new CustomEvent('jg-jump', { detail: { pos }, bubbles: true, composed: true }))
  }

  private time(chars: number) {
    return zh.minutes(chars / (this.charsPerMinute || 200))
  }

  override render() {
    const doc = this.doc
    if (!doc) return null
    const parts = partsOf(doc)
    const total = charCount(doc)
    return html`
      <ol aria-label=${zh.outline}>
        ${parts.map((p) => {
          const chars = charCount(doc.nodeAt(p.pos)!)
          const label = p.number ? `${p.number}${p.heading || '（无标题）'}` : PART_KIND_NAMES[p.kind]
          return html`<li class="part">
            <button data-pos=${p.pos} @click=${() => this.jump(p.pos)} title=${label}>
              <span class="heading">${label}</span>
              ${p.number ? html`<span class="kind">${PART_KIND_NAMES[p.kind]}</span>` : null}
              <span class="meta">${zh.chars(chars)} · ${this.time(chars)}</span>
            </button>
            ${p.sections.length ? html`<ol class="sections">${p.sections.map((s) => html`<li>
              <button data-pos=${s.pos} @click=${() => this.jump(s.pos)} title=${s.number + s.heading}>
                <span class="heading">${s.number}${s.heading}</span>
              </button></li>`)}</ol>` : null}
          </li>`
        })}
      </ol>
      <div class="total">${zh.total}：${zh.chars(total)}，${this.time(total)}</div>
    `
  }
}
customElements.define('jg-outline', JgOutline)

declare global { interface HTMLElementTagNameMap { 'jg-outline': JgOutline } }
