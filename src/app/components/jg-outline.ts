import { LitElement, css, html } from 'lit'
import type { Node as PMNode } from 'prosemirror-model'
import { partsOf } from '../../core/outline'
import { charCount } from '../editor/stats'
import { zh, PART_KIND_NAMES } from '../../i18n/zh'
import { PART_KINDS } from '../../core/schema'
import { currentTargetOf, targetOf } from './dom'
import { present } from '../../core/guards'
import { YEAR_MIN, YEAR_MAX } from '../../core/lang/years'

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
    button {
      all: unset;
      box-sizing: border-box;
      display: flex;
      gap: .5em;
      width: 100%;
      padding: 3px 8px;
      border-radius: 4px;
      cursor: pointer;
    }
    button:hover, button:focus-visible { background: #e8eef7; outline: 2px solid #2a6fd1; outline-offset: -2px; }
    .sections button { padding-left: 1.8em; color: #444; }
    .heading { flex: 1; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
    .part > button { flex-wrap: wrap; row-gap: 0; }
    .part > button .heading { flex-basis: 100%; font-weight: 600; }
    .meta { color: #777; font-size: 12px; white-space: nowrap; }
    .kind { color: #8a6d3b; font-size: 12px; }
    .total { border-top: 1px solid #ddd; margin-top: 6px; padding: 6px 8px; color: #333; }
    .years { padding: 4px 8px 8px; color: #333; border-bottom: 1px solid #ddd; margin-bottom: 6px; }
    .years input { width: 3.6em; font: inherit; }
    li.part { position: relative; }
    select.kind {
      position: absolute;
      right: 6px;
      top: 24px;
      font: 12px var(--font-ui, sans-serif);
      color: #8a6d3b;
      border: 1px solid #e0c98f;
      background: #fffaf0;
    }
  `

  private fire(name: string, detail: unknown) {
    this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }))
  }

  private jump(pos: number) {
    this.fire('jg-jump', { pos })
  }

  private setYears(form: HTMLElement) {
    const [review, plan] = [...form.querySelectorAll('input')].map((i) => Number(i.value))
    this.fire('jg-set-years', { review, plan })
  }

  private time(chars: number) {
    return zh.minutes(chars / (this.charsPerMinute || 200))
  }

  override render() {
    const doc = this.doc
    if (!doc) return null
    const parts = partsOf(doc)
    const total = charCount(doc)
    const { reviewYear, planYear } = doc.attrs
    return html`
      <div class="years" role="group" aria-label=${zh.outlineYears.label}
        @change=${(e: Event) => this.setYears(currentTargetOf(e, HTMLElement))}>
        ${zh.outlineYears.review} <input class="review-year" type="number" min=${YEAR_MIN} max=${YEAR_MAX}
          .value=${reviewYear === null ? '' : String(reviewYear)}
          placeholder=${zh.outlineYears.year}> ${zh.outlineYears.yearAfter}
        ${zh.outlineYears.plan} <input class="plan-year" type="number" min=${YEAR_MIN} max=${YEAR_MAX}
          .value=${planYear === null ? '' : String(planYear)}
          placeholder=${zh.outlineYears.year}> ${zh.outlineYears.yearEnd}
      </div>
      <ol aria-label=${zh.outline}>
        ${parts.map((p) => {
          const chars = charCount(present(doc.nodeAt(p.pos), 'the part the outline found'))
          const label = p.number ? `${p.number}${p.heading || zh.untitled}` : PART_KIND_NAMES[p.kind]
          return html`<li class="part">
            <button data-pos=${p.pos} @click=${() => this.jump(p.pos)} title=${label}>
              <span class="heading">${label}</span>
              <span class="meta">${zh.chars(chars)} · ${this.time(chars)}</span>
            </button>
            ${
              p.number
                ? html`<select class="kind" aria-label=${zh.partKindOf(label)}
              @change=${(e: Event) => this.fire('jg-set-kind', { pos: p.pos, kind: targetOf(e, HTMLSelectElement).value })}>
              ${PART_KINDS.map((k) => html`<option value=${k} ?selected=${k === p.kind}>${PART_KIND_NAMES[k]}</option>`)}
            </select>`
                : null
            }
            ${
              p.sections.length
                ? html`<ol class="sections">${p.sections.map(
                    (s) => html`<li>
              <button data-pos=${s.pos} @click=${() => this.jump(s.pos)} title=${s.number + s.heading}>
                <span class="heading">${s.number}${s.heading}</span>
              </button></li>`,
                  )}</ol>`
                : null
            }
          </li>`
        })}
      </ol>
      <div class="total">${zh.totalLine(zh.total, zh.chars(total), this.time(total))}</div>
    `
  }
}
customElements.define('jg-outline', JgOutline)

declare global {
  interface HTMLElementTagNameMap {
    'jg-outline': JgOutline
  }
}
