import { LitElement, css, html } from 'lit'
import { zh } from '../../i18n/zh'

/** A modal question with two answers, as a promise. Not window.confirm: it can be styled, tested and read aloud. */
export class JgConfirm extends LitElement {
  static override properties = { message: { state: true }, action: { state: true } }
  declare message: string
  declare action: string
  private resolve: ((ok: boolean) => void) | null = null

  constructor() {
    super()
    this.message = ''
    this.action = ''
  }

  static override styles = css`
    dialog { border: none; border-radius: 8px; padding: 20px 24px; max-width: 420px; font: 15px/1.6 var(--font-ui, sans-serif); box-shadow: 0 8px 30px rgba(0,0,0,.25); }
    .buttons { display: flex; gap: 8px; justify-content: flex-end; margin-top: 16px; }
    button { font: inherit; padding: 4px 14px; border-radius: 4px; border: 1px solid #bbb; background: #fff; cursor: pointer; }
    button.danger { background: #c0392b; border-color: #c0392b; color: #fff; }
  `

  ask(message: string, action: string): Promise<boolean> {
    this.message = message
    this.action = action
    this.resolve?.(false)
    return new Promise((resolve) => {
      this.resolve = resolve
      void this.updateComplete.then(() => {
        this.dialog.showModal()
        this.renderRoot.querySelector<HTMLButtonElement>('button.cancel')!.focus()
      })
    })
  }

  private get dialog() { return this.renderRoot.querySelector('dialog')! }

  private answer(ok: boolean) {
    this.dialog.close()
    this.resolve?.(ok)
    this.resolve = null
  }

  override render() {
    return html`<dialog @cancel=${() => this.answer(false)}>
      <p>${this.message}</p>
      <div class="buttons">
        <button class="cancel" @click=${() => this.answer(false)}>${zh.cancel}</button>
        <button class="danger confirm" @click=${() => this.answer(true)}>${this.action}</button>
      </div>
    </dialog>`
  }
}
customElements.define('jg-confirm', JgConfirm)

declare global { interface HTMLElementTagNameMap { 'jg-confirm': JgConfirm } }
