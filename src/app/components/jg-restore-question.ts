import { css, html } from 'lit'
import { zh } from '../../i18n/zh'
import { ModalQuestion, dialogStyles } from './modal-question'

export type RestoreMode = 'merge' | 'replace'

/** How to restore a backup: merge it into what is here, replace everything, or not at all (null). */
export class JgRestoreQuestion extends ModalQuestion<RestoreMode | null> {
  static override properties = { message: { state: true } }
  declare message: string
  protected readonly dismissed = null
  protected readonly safeButton = 'button.cancel'

  constructor() {
    super()
    this.message = ''
  }

  static override styles = [
    dialogStyles,
    css`
    dialog { max-width: 520px; }
    dl { margin: 8px 0 0; }
    dt { font-weight: 600; margin-top: 8px; }
    dd { margin: 2px 0 0 0; color: #444; font-size: 14px; }
    button.merge { background: #2a6fd1; border-color: #2a6fd1; color: #fff; }
    button.replace { background: #c0392b; border-color: #c0392b; color: #fff; }
  `,
  ]

  ask(message: string): Promise<RestoreMode | null> {
    this.message = message
    return this.question()
  }

  override render() {
    const t = zh.backup
    return html`<dialog @cancel=${() => this.answer(null)} aria-labelledby="restore-title">
      <h3 id="restore-title">${t.restoreTitle}</h3>
      <p>${this.message}</p>
      <dl>
        <dt>${t.merge}</dt><dd>${t.mergeExplained}</dd>
        <dt>${t.replace}</dt><dd>${t.replaceExplained}</dd>
      </dl>
      <div class="buttons">
        <button class="cancel" @click=${() => this.answer(null)}>${zh.cancel}</button>
        <button class="replace" @click=${() => this.answer('replace')}>${t.replace}</button>
        <button class="merge" @click=${() => this.answer('merge')}>${t.merge}</button>
      </div>
    </dialog>`
  }
}
customElements.define('jg-restore-question', JgRestoreQuestion)

declare global {
  interface HTMLElementTagNameMap {
    'jg-restore-question': JgRestoreQuestion
  }
}
