import { LitElement, css, html } from 'lit'
import { zh } from '../../i18n/zh'
import type { FindRequest } from '../editor/find'
import { targetOf } from './dom'

/** What the bar shows about the matches. */
export interface FindInfo {
  total: number
  /** Matches that are slots (found, never replaced). */
  slots: number
  /** Index of the selected match, or -1. */
  current: number
}

/**
 * The find and replace bar over the speech. It holds what is typed; the editor holds the query
 * and its matches. Events go up: jg-find (a FindRequest), jg-find-step ({ dir }), jg-replace,
 * jg-replace-all, jg-find-close. Enter finds the next match, Shift+Enter the previous, Esc closes.
 */
export class JgFind extends LitElement {
  static override properties = {
    replacing: { type: Boolean },
    info: { attribute: false },
    message: { type: String },
    text: { state: true },
    replace: { state: true },
    inSlots: { state: true },
  }
  declare replacing: boolean
  declare info: FindInfo
  declare message: string
  declare text: string
  declare replace: string
  declare inSlots: boolean

  constructor() {
    super()
    this.replacing = false
    this.info = { total: 0, slots: 0, current: -1 }
    this.message = ''
    this.text = ''
    this.replace = ''
    this.inSlots = false
  }

  static override styles = css`
    :host { display: block; background: #fff; border: 1px solid #c8ccd4; border-radius: 6px; box-shadow: 0 2px 8px rgba(0,0,0,.12);
      padding: 6px 8px; font: 13px/1.5 var(--font-ui, sans-serif); color: #222; }
    .row { display: flex; flex-wrap: wrap; align-items: center; gap: 6px; }
    .row + .row { margin-top: 6px; }
    input[type="search"], input[type="text"] {
      font: 14px var(--font-ui, sans-serif);
      padding: 2px 6px;
      width: 14em;
      max-width: 100%;
    }
    button {
      font: 13px var(--font-ui, sans-serif);
      padding: 2px 8px;
      border-radius: 4px;
      border: 1px solid #aab;
      background: #fff;
      cursor: pointer;
    }
    button:disabled { opacity: .45; cursor: default; }
    button:focus-visible, input:focus-visible { outline: 2px solid #2a6fd1; outline-offset: 1px; }
    .count { min-width: 7em; color: #444; }
    .count.none { color: #b00020; }
    label { display: inline-flex; align-items: center; gap: 3px; color: #444; }
    .close { margin-left: auto; }
    .message { color: #1b5e20; }
  `

  /** Put the cursor in the find box, its text selected (Ctrl+F again). */
  focusFind() {
    const input = this.renderRoot.querySelector<HTMLInputElement>('input.find-text')
    input?.focus()
    input?.select()
  }

  private fire(name: string, detail: unknown = null) {
    this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }))
  }

  private request(): FindRequest {
    return { text: this.text, replace: this.replace, inSlots: this.inSlots }
  }

  private changed() {
    this.fire('jg-find', this.request())
  }

  private onKey(e: KeyboardEvent) {
    if (e.key === 'Escape') {
      e.preventDefault()
      this.fire('jg-find-close')
    } else if (e.key === 'Enter' && !e.isComposing) {
      e.preventDefault()
      if (targetOf(e, HTMLElement).classList.contains('replace-text')) this.fire('jg-replace')
      else this.fire('jg-find-step', { dir: e.shiftKey ? -1 : 1 })
    }
  }

  private countText() {
    const { total, slots, current } = this.info
    if (!this.text) return ''
    if (!total) return zh.find.none
    return zh.find.count(current + 1, total, slots)
  }

  override render() {
    const { total, slots } = this.info
    return html`<div class="row" role="search" @keydown=${this.onKey}>
        <input class="find-text" type="search" aria-label=${zh.find.label} placeholder=${zh.find.label} .value=${this.text}
          @input=${(e: Event) => {
            this.text = targetOf(e, HTMLInputElement).value
            this.changed()
          }}>
        <span class="count ${this.text && !total ? 'none' : ''}" role="status"
          aria-live="polite">${this.countText()}</span>
        <button class="find-prev" ?disabled=${!total} title="Shift+Enter"
          @click=${() => this.fire('jg-find-step', { dir: -1 })}>${zh.find.prev}</button>
        <button class="find-next" ?disabled=${!total} title="Enter"
          @click=${() => this.fire('jg-find-step', { dir: 1 })}>${zh.find.next}</button>
        <label><input class="in-slots" type="checkbox" .checked=${this.inSlots} @change=${(e: Event) => {
          this.inSlots = targetOf(e, HTMLInputElement).checked
          this.changed()
        }}>${zh.find.inSlots}</label>
        <button class="toggle-replace" aria-pressed=${this.replacing} title="Ctrl+H"
          @click=${() => this.fire('jg-find-replacing', !this.replacing)}>${zh.find.replaceToggle}</button>
        <button class="close" title="Esc" aria-label=${zh.find.close}
          @click=${() => this.fire('jg-find-close')}>×</button>
      </div>
      ${
        this.replacing
          ? html`<div class="row" @keydown=${this.onKey}>
        <input class="replace-text" type="text" aria-label=${zh.find.replaceLabel} placeholder=${zh.find.replaceLabel} .value=${this.replace}
          @input=${(e: Event) => {
            this.replace = targetOf(e, HTMLInputElement).value
            this.changed()
          }}>
        <button class="replace-one" ?disabled=${total === slots}
          @click=${() => this.fire('jg-replace')}>${zh.find.replace}</button>
        <button class="replace-all" ?disabled=${total === slots}
          @click=${() => this.fire('jg-replace-all')}>${zh.find.replaceAll}</button>
        ${slots ? html`<span>${zh.find.slotsKept}</span>` : null}
        <span class="message" role="status">${this.message}</span>
      </div>`
          : null
      }`
  }
}
customElements.define('jg-find', JgFind)

declare global {
  interface HTMLElementTagNameMap {
    'jg-find': JgFind
  }
}
