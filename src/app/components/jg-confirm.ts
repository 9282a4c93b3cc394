import { css, html } from 'lit'
import { zh } from '../../i18n/zh'
import { ModalQuestion, dialogStyles } from './modal-question'

/** A modal question with two answers, as a promise. Not window.confirm: it can be styled, tested and read aloud. */
export class JgConfirm extends ModalQuestion<boolean> {
  static override properties = { message: { state: true }, action: { state: true } }
  declare message: string
  declare action: string
  protected readonly dismissed = false
  protected readonly safeButton = 'button.cancel'

  constructor() {
    super()
    this.message = ''
    this.action = ''
  }

  static override styles = [
    dialogStyles,
    css`
    dialog { max-width: 520px; }
    p { white-space: pre-line; }
    button.danger { background: #c0392b; border-color: #c0392b; color: #fff; }
  `,
  ]

  ask(message: string, action: string): Promise<boolean> {
    this.message = message
    this.action = action
    return this.question()
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

declare global {
  interface HTMLElementTagNameMap {
    'jg-confirm': JgConfirm
  }
}
