import { html, LitElement } from 'lit'
import { zh } from '../../i18n/zh'
import type { SessionStatus, StatusSource } from '../session/status'

export function statusText(status: SessionStatus): string {
  switch (status.state) {
    case 'saved':
      return zh.saved
    case 'saving':
      return zh.saving
    case 'pending':
      return zh.unsaved
    case 'error':
      return zh.editor.saveFailed
    case 'readonly':
      return zh.editor.readonly
  }
}

/**
 * The save status beside the toolbar (已保存, 有未保存的修改, …). It listens to its session and
 * redraws itself alone, so the many changes of a typing stretch redraw no more than this line.
 * Drawn in the light DOM: the page's own styles (`.status.pending` …) apply to it.
 */
export class JgSaveStatus extends LitElement {
  static override properties = { session: { attribute: false } }
  declare session: StatusSource | undefined
  private stop: (() => void) | null = null
  private listening: StatusSource | undefined

  protected override createRenderRoot() {
    return this
  }

  override connectedCallback() {
    super.connectedCallback()
    // The line lays out as the page's own child (a flex item of the toolbar), as it did before it had an element.
    this.style.display = 'contents'
    this.listen()
  }

  override disconnectedCallback() {
    super.disconnectedCallback()
    this.stop?.()
    this.stop = null
    this.listening = undefined
  }

  protected override willUpdate() {
    this.listen()
  }

  private listen() {
    if (this.listening === this.session && this.stop) return
    this.stop?.()
    this.listening = this.session
    this.stop = this.session?.onStatus(() => this.requestUpdate()) ?? null
  }

  override render() {
    const status = this.session?.status
    if (!status) return null
    return html`<span class="status ${status.state}" role="status" aria-live="polite">${statusText(status)}</span>`
  }
}
customElements.define('jg-save-status', JgSaveStatus)
