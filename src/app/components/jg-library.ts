import { LitElement, css, html } from 'lit'
import type { Store, DraftSummary } from '../store/db'
import { storageMessage } from '../store/db'
import { bundledTemplates, defaultPlanYear } from '../templates'
import { instantiate, type Template } from '../../core/template'
import { newDraft } from '../drafts'
import { zh } from '../../i18n/zh'
import type { JgConfirm } from './jg-confirm'
import './jg-confirm'
import './jg-import'
import type { JgImport } from './jg-import'

/** The start page: saved drafts, and templates to start a new one from. */
export class JgLibrary extends LitElement {
  static override properties = {
    store: { attribute: false },
    drafts: { state: true },
    planYear: { state: true },
    error: { state: true },
  }
  declare store: Store
  declare drafts: DraftSummary[] | null
  declare planYear: number
  declare error: string
  private templates: Template[] = []
  private templateError = ''

  constructor() {
    super()
    this.drafts = null
    this.planYear = defaultPlanYear()
    this.error = ''
    try { this.templates = bundledTemplates() } catch (e) { this.templateError = (e as Error).message }
  }

  static override styles = css`
    :host { display: block; max-width: 880px; margin: 0 auto; padding: 24px; font: 15px/1.6 var(--font-ui, sans-serif); color: #222; }
    h1 { font-size: 24px; margin: 0 0 16px; }
    h2 { font-size: 17px; margin: 24px 0 8px; border-bottom: 1px solid #ddd; padding-bottom: 4px; display: flex; justify-content: space-between; align-items: center; }
    ul { list-style: none; padding: 0; margin: 0; }
    li { display: flex; align-items: center; gap: 12px; padding: 8px 10px; border: 1px solid #e3e3e3; border-radius: 6px; margin-bottom: 6px; background: #fff; }
    .title { flex: 1; font-weight: 600; }
    .title small { display: block; font-weight: normal; color: #777; font-size: 13px; }
    button, a.button { font: inherit; padding: 3px 12px; border-radius: 4px; border: 1px solid #9ab; background: #fff; cursor: pointer; color: #124; text-decoration: none; }
    button.primary, a.primary { background: #2a6fd1; border-color: #2a6fd1; color: #fff; }
    button:focus-visible, a:focus-visible, input:focus-visible { outline: 2px solid #2a6fd1; outline-offset: 2px; }
    .year { display: flex; gap: 8px; align-items: center; margin-bottom: 8px; }
    .year input { width: 6em; font: inherit; padding: 2px 6px; }
    .empty { color: #666; }
    h2 button { font-size: 14px; font-weight: normal; }
    .error { color: #b00020; background: #fdecee; padding: 8px 12px; border-radius: 6px; }
  `

  override connectedCallback() {
    super.connectedCallback()
    void this.refresh()
  }

  async refresh() {
    try {
      this.drafts = await this.store.listDrafts()
    } catch (e) {
      this.error = storageMessage(e)
    }
  }

  private async create(template: Template) {
    if (!Number.isInteger(this.planYear) || this.planYear < 2000 || this.planYear > 2100) {
      this.error = '请填写正确的年度，例如 2027。'
      return
    }
    const record = newDraft(instantiate(template, this.planYear), template.id)
    try {
      await this.store.saveDraft(record)
    } catch (e) {
      this.error = storageMessage(e)
      return
    }
    location.hash = `#/draft/${record.id}`
  }

  private async deleteDraft(draft: DraftSummary) {
    const confirm = this.renderRoot.querySelector<JgConfirm>('jg-confirm')!
    if (!(await confirm.ask(zh.confirmDelete(draft.title), zh.delete))) return
    try {
      await this.store.deleteDraft(draft.id)
    } catch (e) {
      this.error = storageMessage(e)
    }
    await this.refresh()
  }

  override render() {
    return html`
      <h1>${zh.appName}</h1>
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : null}
      <h2>${zh.drafts}
        <button class="import" @click=${() => this.renderRoot.querySelector<JgImport>('jg-import')!.open()}>${zh.importSpeech}</button></h2>
      ${this.drafts === null ? null : this.drafts.length === 0
        ? html`<p class="empty">${zh.noDrafts}</p>`
        : html`<ul class="drafts">${this.drafts.map((d) => html`<li data-id=${d.id}>
            <span class="title">${d.title}<small>${zh.updated(new Date(d.updatedAt))}</small></span>
            <a class="button primary open" href="#/draft/${d.id}">${zh.open}</a>
            <button class="delete" @click=${() => this.deleteDraft(d)}>${zh.delete}</button>
          </li>`)}</ul>`}
      <h2>${zh.templates}</h2>
      <label class="year">${zh.planYear}
        <input type="number" min="2000" max="2100" .value=${String(this.planYear)}
          @input=${(e: Event) => { this.planYear = Number((e.target as HTMLInputElement).value) }}>
        <small>（回顾 ${this.planYear - 1} 年，部署 ${this.planYear} 年）</small>
      </label>
      ${this.templateError ? html`<p class="error">${this.templateError}</p>` : null}
      <ul class="templates">${this.templates.map((t) => html`<li data-template=${t.id}>
        <span class="title">${t.name}<small>${t.description}</small></span>
        <button class="primary new" @click=${() => this.create(t)}>${zh.newFromTemplate}</button>
      </li>`)}</ul>
      <jg-confirm></jg-confirm>
      <jg-import .store=${this.store}></jg-import>
    `
  }
}
customElements.define('jg-library', JgLibrary)

declare global { interface HTMLElementTagNameMap { 'jg-library': JgLibrary } }
