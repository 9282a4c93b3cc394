import { LitElement, css, html } from 'lit'
import { userMessage } from '../problem'
import { keyed } from 'lit/directives/keyed.js'
import { Store, DB_NAME } from '../store/db'
import { fonts } from '../editor/styles'
import { zh } from '../../i18n/zh'
import './jg-library'
import './jg-editor'
import './jg-meeting'

/**
 * The app shell: opens storage, follows the address (#/, #/draft/ID, #/meeting/ID or
 * #/meeting/ID/PATH for a place in the record) so a reload returns to the same place. A page is
 * made anew for another draft or meeting: each opens its own session.
 */
export class JgApp extends LitElement {
  static override properties = {
    dbName: { attribute: 'db-name' },
    store: { state: true },
    route: { state: true },
    error: { state: true },
  }
  declare dbName: string
  declare store: Store | null
  declare route: string
  declare error: string
  private readonly onHash = () => {
    this.route = location.hash
  }

  constructor() {
    super()
    this.dbName = DB_NAME
    this.store = null
    this.route = location.hash
    this.error = ''
  }

  static override styles = [
    fonts,
    css`:host { display: block; min-height: 100vh; background: #f3f4f6; font-family: var(--font-ui); }
    .error { margin: 40px auto; max-width: 640px; color: #b00020; background: #fdecee; padding: 16px; border-radius: 6px; }`,
  ]

  override connectedCallback() {
    super.connectedCallback()
    addEventListener('hashchange', this.onHash)
    Store.open(this.dbName).then(
      (s) => {
        this.store = s
      },
      (e: Error) => {
        this.error = zh.storageUnavailable + zh.because(userMessage(e, zh.noReasonGiven))
      },
    )
  }

  override disconnectedCallback() {
    super.disconnectedCallback()
    removeEventListener('hashchange', this.onHash)
    this.store?.close()
  }

  override render() {
    if (this.error) return html`<p class="error" role="alert">${this.error}</p>`
    if (!this.store) return null
    const draft = /^#\/draft\/([\w-]+)$/.exec(this.route)
    if (draft) return keyed(draft[1], html`<jg-editor .store=${this.store} draft-id=${draft[1]}></jg-editor>`)
    const meeting = /^#\/meeting\/([\w-]+)(?:\/([\w.]+))?$/.exec(this.route)
    if (meeting)
      return keyed(
        meeting[1],
        html`<jg-meeting .store=${this.store} meeting-id=${meeting[1]} focus-path=${meeting[2] ?? ''}></jg-meeting>`,
      )
    return html`<jg-library .store=${this.store}></jg-library>`
  }
}
customElements.define('jg-app', JgApp)

declare global {
  interface HTMLElementTagNameMap {
    'jg-app': JgApp
  }
}
