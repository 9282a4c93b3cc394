import { LitElement, css, html } from 'lit'
import type { Finding } from '../../core/checks/types'

export type GateAnswer = 'fix' | 'draft' | 'cancel'

/**
 * The export gate: a speech with errors does not leave unmarked. Shows the errors; the user
 * goes back to fix them, or lets the speech out marked 草稿 on every page.
 */
export class JgGate extends LitElement {
  static override properties = { errors: { state: true }, action: { state: true } }
  declare errors: Finding[]
  declare action: string
  private resolve: ((a: GateAnswer) => void) | null = null

  constructor() {
    super()
    this.errors = []
    this.action = ''
  }

  static override styles = css`
    dialog { width: min(620px, 90vw); border: none; border-radius: 8px; padding: 20px 24px; font: 15px/1.6 var(--font-ui, sans-serif); box-shadow: 0 8px 30px rgba(0,0,0,.25); }
    h2 { margin: 0 0 8px; font-size: 18px; color: #b00020; }
    ol { max-height: 40vh; overflow: auto; padding-left: 1.5em; font-size: 14px; }
    .excerpt { color: #666; }
    .buttons { display: flex; gap: 8px; justify-content: flex-end; margin-top: 12px; }
    button { font: inherit; padding: 4px 14px; border-radius: 4px; border: 1px solid #aab; background: #fff; cursor: pointer; }
    button.fix { background: #2a6fd1; border-color: #2a6fd1; color: #fff; }
  `

  /** Ask what to do about `errors` before `action` (打印, 导出 Word …). */
  ask(errors: Finding[], action: string): Promise<GateAnswer> {
    this.errors = errors
    this.action = action
    this.resolve?.('cancel')
    return new Promise((resolve) => {
      this.resolve = resolve
      void this.updateComplete.then(() => {
        this.dialog.showModal()
        this.renderRoot.querySelector<HTMLButtonElement>('button.fix')!.focus()
      })
    })
  }

  private get dialog() { return this.renderRoot.querySelector('dialog')! }

  private answer(a: GateAnswer) {
    this.dialog.close()
    this.resolve?.(a)
    this.resolve = null
  }

  override render() {
    return html`<dialog @cancel=${() => this.answer('cancel')} aria-labelledby="gate-title">
      <h2 id="gate-title">讲稿还有 ${this.errors.length} 处错误</h2>
      <p>正式${this.action}之前请先改正。也可以作为草稿${this.action}，每一页都会标明“草稿”。</p>
      <ol>${this.errors.slice(0, 50).map((e) => html`<li>${e.message} <span class="excerpt">${e.excerpt}</span></li>`)}</ol>
      ${this.errors.length > 50 ? html`<p>……还有 ${this.errors.length - 50} 处。</p>` : null}
      <div class="buttons">
        <button class="cancel" @click=${() => this.answer('cancel')}>取消</button>
        <button class="draft" @click=${() => this.answer('draft')}>作为草稿${this.action}</button>
        <button class="fix" @click=${() => this.answer('fix')}>去改正</button>
      </div>
    </dialog>`
  }
}
customElements.define('jg-gate', JgGate)

declare global { interface HTMLElementTagNameMap { 'jg-gate': JgGate } }
