import { css, html } from 'lit'
import type { Finding } from '../../core/checks/types'
import { zh } from '../../i18n/zh'
import { ModalQuestion, dialogStyles } from './modal-question'

export type GateAnswer = 'fix' | 'draft' | 'cancel' | 'go'

/** What the gate is asked about: errors (out only as a marked draft) or warnings (out as it is, if the user says so). */
export type GateKind = 'errors' | 'warnings'

/**
 * The export gate: a speech with errors does not leave unmarked. Shows the errors; the user
 * goes back to fix them, or lets the speech out marked 草稿 (on every page; a .txt on its first line).
 * A speech with warnings only is asked about them once (`kind` 'warnings'): the user looks, or
 * lets it out as it is.
 */
export class JgGate extends ModalQuestion<GateAnswer> {
  static override properties = {
    errors: { state: true },
    action: { state: true },
    marked: { state: true },
    kind: { state: true },
    noun: { attribute: false },
  }
  declare errors: Finding[]
  declare kind: GateKind
  declare action: string
  /** How the draft is marked (each page, or a .txt's first line). */
  declare marked: string
  /** What is being let out: 讲稿, or one of the meeting's documents (会议通知 …). */
  declare noun: string
  protected readonly dismissed = 'cancel'
  protected readonly safeButton = 'button.fix'

  constructor() {
    super()
    this.errors = []
    this.action = ''
    this.marked = ''
    this.kind = 'errors'
    this.noun = zh.gate.speech
  }

  static override styles = [
    dialogStyles,
    css`
    dialog { width: min(620px, 90vw); }
    h2 { margin: 0 0 8px; font-size: 18px; color: #b00020; }
    h2.warnings { color: #8a5300; }
    ol { max-height: 40vh; overflow: auto; padding-left: 1.5em; font-size: 14px; }
    .excerpt { color: #666; }
    button.fix { background: #2a6fd1; border-color: #2a6fd1; color: #fff; }
  `,
  ]

  /**
   * Ask what to do about `errors` before `action` (打印, 导出 Word …), whose draft is `marked` so;
   * with `kind` 'warnings', about warnings, which let the speech out unmarked.
   */
  ask(errors: Finding[], action: string, marked: string, kind: GateKind = 'errors'): Promise<GateAnswer> {
    this.errors = errors
    this.action = action
    this.marked = marked
    this.kind = kind
    return this.question()
  }

  override render() {
    return html`<dialog @cancel=${() => this.answer('cancel')} aria-labelledby="gate-title">
      ${
        this.kind === 'warnings'
          ? html`<h2 id="gate-title" class="warnings">${zh.gate.warnTitle(this.noun, this.errors.length)}</h2>
              <p>${zh.gate.warnExplain(this.action)}</p>`
          : html`<h2 id="gate-title">${zh.gate.title(this.noun, this.errors.length)}</h2>
              <p>${zh.gate.explain(this.action, this.marked)}</p>`
      }
      <ol>${this.errors.slice(0, 50).map((e) => html`<li>${e.message} <span class="excerpt">${e.excerpt}</span></li>`)}</ol>
      ${this.errors.length > 50 ? html`<p>${zh.gate.more(this.errors.length - 50)}</p>` : null}
      <div class="buttons">
        <button class="cancel" @click=${() => this.answer('cancel')}>${zh.cancel}</button>
        ${
          this.kind === 'warnings'
            ? html`<button class="go" @click=${() => this.answer('go')}>${zh.gate.go(this.action)}</button>
                <button class="fix" @click=${() => this.answer('fix')}>${zh.gate.look}</button>`
            : html`<button class="draft" @click=${() => this.answer('draft')}>${zh.gate.asDraft(this.action)}</button>
                <button class="fix" @click=${() => this.answer('fix')}>${zh.gate.fix}</button>`
        }
      </div>
    </dialog>`
  }
}
customElements.define('jg-gate', JgGate)

declare global {
  interface HTMLElementTagNameMap {
    'jg-gate': JgGate
  }
}
