import { LitElement, css, html } from 'lit'
import { userMessage } from '../problem'
import { keyed } from 'lit/directives/keyed.js'
import { Store, DB_NAME } from '../store/db'
import { fonts } from '../editor/styles'
import { zh } from '../../i18n/zh'
import './jg-library'

/**
 * The pages besides the library load when first opened: the library (where the app starts)
 * runs without the editor's code, and a draft opened from it loads that code once.
 */
const PAGES = {
  draft: () => import('./jg-editor'),
  meeting: () => import('./jg-meeting'),
}
type PageName = keyof typeof PAGES

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
    loaded: { state: true },
  }
  declare dbName: string
  declare store: Store | null
  declare route: string
  declare error: string
  /** The pages whose code has loaded. */
  declare loaded: ReadonlySet<PageName>
  private readonly loading = new Set<PageName>()
  private readonly onHash = () => {
    this.route = location.hash
  }

  constructor() {
    super()
    this.dbName = DB_NAME
    this.store = null
    this.route = location.hash
    this.error = ''
    this.loaded = new Set()
  }

  /** True when the page's code is there; else starts loading it and redraws when it is. */
  private ready(page: PageName): boolean {
    if (this.loaded.has(page)) return true
    if (!this.loading.has(page)) {
      this.loading.add(page)
      PAGES[page]().then(
        () => {
          this.loaded = new Set([...this.loaded, page])
        },
        (e: Error) => {
          this.loading.delete(page)
          this.error = zh.pageLoadFailed + zh.because(userMessage(e, zh.noReasonGiven))
        },
      )
    }
    return false
  }

  static override styles = [
    fonts,
    css`:host { display: block; min-height: 100vh; background: #f3f4f6; font-family: var(--font-ui); }
    .opening { margin: 40px auto; max-width: 640px; color: #555; }
    .error { margin: 40px auto; max-width: 640px; color: #b00020; background: #fdecee; padding: 16px; border-radius: 6px; }`,
  ]

  override connectedCallback() {
    super.connectedCallback()
    addEventListener('hashchange', this.onHash)
    Store.open(this.dbName).then(
      (s) => {
        this.store = s
        // The census is kept up to date from whatever page a start opens (a draft's link, a
        // meeting's), not only from the library: a loss is then known on any later start.
        void s.takeCensus()
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
    const opening = html`<p class="opening">${zh.editor.opening}</p>`
    if (draft && !this.ready('draft')) return opening
    if (draft) return keyed(draft[1], html`<jg-editor .store=${this.store} draft-id=${draft[1]}></jg-editor>`)
    const meeting = /^#\/meeting\/([\w-]+)(?:\/([\w.]+))?$/.exec(this.route)
    if (meeting && !this.ready('meeting')) return opening
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
