import { LitElement, css, html } from 'lit'
import { Store, DB_NAME } from '../store/db'
import { fonts } from '../editor/styles'
import { zh } from '../../i18n/zh'
import './jg-library'
import './jg-editor'

/** The app shell: opens storage, follows the address (#/ or #/draft/ID) so a reload returns to the same place. */
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
        this.error = `${zh.storageUnavailable}（${e.message}）`
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
    return draft
      ? html`<jg-editor .store=${this.store} draft-id=${draft[1]}></jg-editor>`
      : html`<jg-library .store=${this.store}></jg-library>`
  }
}
customElements.define('jg-app', JgApp)

declare global {
  interface HTMLElementTagNameMap {
    'jg-app': JgApp
  }
}
