import { css, html } from 'lit'
import { zh } from '../../i18n/zh'
import { ModalQuestion, dialogStyles } from './modal-question'

/** What a copy of a draft does with the figures typed in it: a trial keeps them out of the library. */
export type CopyKind = 'trial' | 'shared'

/**
 * 复制 asks what the copy is for (tryout 10, finding 1): the library is one per department, so a
 * copy made to try things out would write its figures over the original's. A trial copy keeps
 * them to itself; a shared one writes the library as every draft does. Escape or 取消: no copy.
 */
export class JgCopyQuestion extends ModalQuestion<CopyKind | null> {
  static override properties = { name: { state: true } }
  declare name: string
  protected readonly dismissed = null
  protected readonly safeButton = 'button.trial'

  constructor() {
    super()
    this.name = ''
  }

  static override styles = [dialogStyles, css`dialog { max-width: 560px; } p { white-space: pre-line; }`]

  ask(name: string): Promise<CopyKind | null> {
    this.name = name
    return this.question()
  }

  override render() {
    // Read out by its title and question, not as a nameless dialog; Escape (cancel) is no copy.
    return html`<dialog role="dialog" aria-modal="true" aria-labelledby="copy-title" aria-describedby="copy-question"
      @cancel=${() => this.answer(null)}>
      <h3 id="copy-title">${zh.draftList.copyTitle}</h3>
      <p id="copy-question">${zh.draftList.copyQuestion(this.name)}</p>
      <div class="buttons">
        <button class="cancel" @click=${() => this.answer(null)}>${zh.cancel}</button>
        <button class="shared" @click=${() => this.answer('shared')}>${zh.draftList.copyShared}</button>
        <button class="trial" @click=${() => this.answer('trial')}>${zh.draftList.copyTrial}</button>
      </div>
    </dialog>`
  }
}
customElements.define('jg-copy-question', JgCopyQuestion)

declare global {
  interface HTMLElementTagNameMap {
    'jg-copy-question': JgCopyQuestion
  }
}
