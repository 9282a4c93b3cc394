import { LitElement, css, html } from 'lit'
import { listStyles } from './list-styles'
import { userMessage } from '../problem'
import type { Store, DraftSummary, DraftRecord, MeetingRecord } from '../store/db'
import { storageMessage } from '../store/db'
import { censusWhen } from '../store/census'
import { defaultPlanYear } from '../plan-year'
import type { Template } from '../../core/template'
import { DraftOpenElsewhereError, duplicateDraft, newDraft, openElsewhere, renameDraft, shownName } from '../drafts'
import { zh } from '../../i18n/zh'
import { DOC_KIND_NAMES } from '../../core/schema'
import { TabChannel } from '../session/tabs'
import { dropWals, localStorageOrNull } from '../session/wal'
import { appUpdate } from '../pwa'
import './jg-confirm'
import './jg-copy-question'
import './jg-meetings'
import './jg-backup'
import { rendered, targetOf } from './dom'
import { present } from '../../core/guards'
import { isYear, YEAR_MIN, YEAR_MAX } from '../../core/lang/years'
import { LEVELS, levelWords, type Level } from '../../core/lang/levels'

/*
 * What the library page does only on request (import, roll-over, meetings) and the templates'
 * parser load apart from it, so the page the app opens on starts with little code.
 */
const importDialog = () => import('./jg-import')
const rolloverCode = () => import('../rollover')
const meetingsCode = () => import('../meetings')
const templatesCode = () => import('../templates')

/** The year filter's value for drafts whose years were not recognised. */
const NO_YEAR = 'none'
/** The list draws this many drafts at first and as many more on request: thousands open at once would take seconds. */
const LIST_PAGE = 200

/** The start page: saved drafts (found by name and year), templates to start a new one from, and backups. */
export class JgLibrary extends LitElement {
  static override properties = {
    store: { attribute: false },
    drafts: { state: true },
    planYear: { state: true },
    error: { state: true },
    notice: { state: true },
    rolloverYear: { state: true },
    persisted: { state: true },
    query: { state: true },
    yearFilter: { state: true },
    renaming: { state: true },
    renameError: { state: true },
    updateReady: { state: true },
    listLimit: { state: true },
  }
  declare store: Store
  declare drafts: DraftSummary[] | null
  declare planYear: number
  declare error: string
  /** What the last action on a draft did, said above the list. */
  declare notice: string
  declare rolloverYear: number
  /** The speech to roll is a mid-year meeting's: the new draft reviews the year it plans. */
  private rolloverMidYear = false
  /** Whether the browser promised not to clear this app's storage when space runs low. */
  declare persisted: boolean | null
  declare query: string
  /** A plan year (as text), NO_YEAR, or '' for all. */
  declare yearFilter: string
  declare renaming: DraftSummary | null
  declare renameError: string
  /** A newer version of the app is downloaded and waits to be used. */
  declare updateReady: boolean
  /** How many of the drafts found the list draws. */
  declare listLimit: number
  private rolloverSource: DraftRecord | null = null
  /** The meetings of the speech being rolled forward, rolled with it unless the user says not to. */
  private rolloverMeetings: MeetingRecord[] = []
  private rollMeetings = true
  private templates: Template[] = []
  /** The office's level: a template's 全县, 县委县政府 are written in its words (lang/levels.ts). */
  private level: Level = LEVELS[0]
  private templateError = ''
  /** The bundled templates, parsed: the list names a draft's template, so drafts are listed after. */
  private readonly templatesRead: Promise<void>

  constructor() {
    super()
    this.drafts = null
    this.planYear = defaultPlanYear()
    this.error = ''
    this.notice = ''
    this.rolloverYear = defaultPlanYear()
    this.persisted = null
    this.query = ''
    this.yearFilter = ''
    this.renaming = null
    this.renameError = ''
    this.updateReady = false
    this.listLimit = LIST_PAGE
    this.templatesRead = templatesCode().then(
      (t) => {
        try {
          this.templates = t.bundledTemplates()
        } catch (e) {
          this.templateError = userMessage(e, zh.draftList.templatesUnreadable)
        }
        this.requestUpdate()
      },
      (e: Error) => {
        this.templateError = userMessage(e, zh.draftList.templatesNotLoaded)
        this.requestUpdate()
      },
    )
  }

  static override styles = [
    listStyles,
    css`
    :host {
      display: block;
      max-width: 960px;
      margin: 0 auto;
      padding: 24px;
      font: 15px/1.6 var(--font-ui, sans-serif);
      color: #222;
    }
    h1 { font-size: 24px; margin: 0 0 16px; }
    h2 {
      font-size: 17px;
      margin: 24px 0 8px;
      border-bottom: 1px solid #ddd;
      padding-bottom: 4px;
      display: flex;
      justify-content: space-between;
      align-items: center;
    }
    .drafts .title .heading {
      display: block;
      font-weight: normal;
      color: #555;
      font-size: 13px;
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
    }
    .meta { display: flex; flex-wrap: wrap; gap: 4px 12px; font-weight: normal; font-size: 13px; color: #666; }
    .meta .years { color: #1d4f91; }
    .meta .trial { color: #8a5a00; border: 1px solid #d9b35c; border-radius: 3px; padding: 0 4px; }
    .meta .dept { color: #5b3d00; }
    .actions { display: flex; flex-wrap: wrap; gap: 6px; justify-content: flex-end; flex-shrink: 0; max-width: 360px; }
    button, a.button {
      font: inherit;
      padding: 3px 12px;
      border-radius: 4px;
      border: 1px solid #9ab;
      background: #fff;
      cursor: pointer;
      color: #124;
      text-decoration: none;
      white-space: nowrap;
    }
    .actions button { font-size: 14px; padding: 2px 10px; }
    button.primary, a.primary { background: #2a6fd1; border-color: #2a6fd1; color: #fff; }
    button:focus-visible, a:focus-visible, input:focus-visible, select:focus-visible {
      outline: 2px solid #2a6fd1;
      outline-offset: 2px;
    }
    .find { display: flex; gap: 8px; align-items: center; margin: 0 0 8px; flex-wrap: wrap; }
    .find input {
      flex: 1;
      min-width: 12em;
      font: inherit;
      padding: 3px 8px;
      border: 1px solid #aab;
      border-radius: 4px;
    }
    .find select { font: inherit; padding: 2px 4px; }
    .find .count { color: #666; font-size: 13px; }
    .year { display: flex; gap: 8px; align-items: center; margin-bottom: 8px; }
    .year input { width: 6em; font: inherit; padding: 2px 6px; }
    .empty { color: #666; }
    h2 button { font-size: 14px; font-weight: normal; }
    dialog {
      border: none;
      border-radius: 8px;
      padding: 16px 24px;
      box-shadow: 0 8px 30px rgba(0,0,0,.25);
      font: inherit;
      max-width: 520px;
    }
    dialog .buttons { display: flex; gap: 8px; justify-content: flex-end; margin-top: 12px; }
    dialog input.rollover-year { width: 6em; font: inherit; }
    dialog input.rename-name { width: 100%; box-sizing: border-box; font: inherit; padding: 3px 6px; }
    dialog .hint { color: #555; font-size: 14px; }
    .persist-warning { color: #8a5a00; background: #fff6e0; padding: 6px 10px; border-radius: 6px; font-size: 14px; }
    .notice { color: #1b5e20; background: #e8f5e9; padding: 8px 12px; border-radius: 6px; }
    .error { color: #b00020; background: #fdecee; padding: 8px 12px; border-radius: 6px; }
    .lost { color: #b00020; background: #fdecee; border: 2px solid #b00020; padding: 8px 16px; border-radius: 6px; font-size: 1.1em; }
    .update {
      display: flex;
      gap: 12px;
      align-items: center;
      color: #124;
      background: #e8f1fb;
      padding: 8px 12px;
      border-radius: 6px;
    }
  `,
  ]

  /** Other tabs of the app, told when drafts they may have open are deleted. */
  private tabs: TabChannel | null = null
  private stopUpdates: (() => void) | null = null

  override connectedCallback() {
    super.connectedCallback()
    this.tabs = new TabChannel(this.store.name)
    this.stopUpdates = appUpdate.listen((ready) => {
      this.updateReady = ready
    })
    void this.refresh()
    void this.askToPersist()
  }
  override disconnectedCallback() {
    super.disconnectedCallback()
    this.tabs?.close()
    this.tabs = null
    this.stopUpdates?.()
  }

  /** Ask the browser to keep the drafts even when disk space runs low; say so when it will not. */
  private async askToPersist() {
    const storage = navigator.storage
    if (!storage?.persist) {
      this.persisted = false
      return
    }
    try {
      this.persisted = (await storage.persisted()) || (await storage.persist())
    } catch {
      this.persisted = false
    }
  }

  async refresh() {
    try {
      const [drafts] = await Promise.all([this.store.listDrafts(), this.templatesRead])
      await this.store.takeCensus()
      this.drafts = drafts
    } catch (e) {
      this.error = storageMessage(e)
    }
  }

  private async create(template: Template) {
    if (!Number.isInteger(this.planYear) || this.planYear < 2000 || this.planYear > 2100) {
      this.error = zh.draftList.badYear
      return
    }
    const { instantiate } = await import('../../core/instantiate')
    const record = newDraft(instantiate(template, this.planYear, this.level), template.id)
    try {
      await this.store.saveDraft(record)
    } catch (e) {
      this.error = storageMessage(e)
      return
    }
    location.hash = `#/draft/${record.id}`
  }

  private say(notice: string, error = '') {
    this.notice = notice
    this.error = error
  }

  private async deleteDraft(draft: DraftSummary) {
    const confirm = rendered(this.renderRoot, 'jg-confirm')
    if (!(await confirm.ask(zh.confirmDelete(shownName(draft)), zh.delete))) return
    try {
      await this.store.deleteDraft(draft.id)
      this.tabs?.post({ type: 'deleted', id: draft.id })
      // Its log goes with it (the store dropped the durable copy): a merge that brings the draft back replays none.
      dropWals(localStorageOrNull(), this.store.name, [draft.id])
      this.say(zh.draftList.deleted(shownName(draft)))
    } catch (e) {
      this.say('', storageMessage(e))
    }
    await this.refresh()
  }

  private async duplicate(draft: DraftSummary) {
    const kind = await rendered(this.renderRoot, 'jg-copy-question').ask(shownName(draft))
    if (kind === null) return
    try {
      const copy = await duplicateDraft(this.store, draft.id, { trial: kind === 'trial' })
      this.say(
        kind === 'trial' ? zh.draftList.duplicatedTrial(shownName(copy)) : zh.draftList.duplicated(shownName(copy)),
      )
    } catch (e) {
      this.say('', storageMessage(e))
    }
    await this.refresh()
  }

  private async askRename(draft: DraftSummary) {
    this.say('')
    if (await openElsewhere(this.store, draft.id)) {
      this.say('', zh.draftList.openElsewhere)
      return
    }
    this.renaming = draft
    this.renameError = ''
    await this.updateComplete
    const dialog = rendered(this.renderRoot, 'dialog.rename', HTMLDialogElement)
    dialog.showModal()
    rendered(dialog, 'input.rename-name', HTMLInputElement).select()
  }

  private async rename() {
    const draft = present(this.renaming, 'the draft being renamed')
    const name = rendered(this.renderRoot, 'input.rename-name', HTMLInputElement).value
    try {
      await renameDraft(this.store, draft.id, name)
    } catch (e) {
      this.renameError = e instanceof DraftOpenElsewhereError ? e.message : storageMessage(e)
      return
    }
    rendered(this.renderRoot, 'dialog.rename', HTMLDialogElement).close()
    this.say(name.trim() ? zh.draftList.renamed(name.trim()) : zh.draftList.renameCleared)
    await this.refresh()
  }

  /** 生成新一年草稿: choose the year, then make the draft and open it. */
  private async askRollover(d: DraftSummary) {
    const record = await this.store.getDraft(d.id)
    if (!record) {
      this.error = zh.draftMissing
      return
    }
    this.rolloverMeetings = await this.store.meetingsOfSpeech(record.id)
    this.rollMeetings = true
    this.rolloverSource = record
    const code = await rolloverCode()
    this.rolloverYear = code.nextPlanYear(record) ?? defaultPlanYear()
    this.rolloverMidYear = code.isMidYear(record)
    this.requestUpdate()
    await this.updateComplete
    rendered(this.renderRoot, 'dialog.rollover', HTMLDialogElement).showModal()
  }

  private async rollover() {
    const dialog = rendered(this.renderRoot, 'dialog.rollover', HTMLDialogElement)
    const year = this.rolloverYear
    if (!isYear(year)) {
      this.error = zh.draftList.badYear
      return
    }
    try {
      const source = present(this.rolloverSource, 'the draft to roll over')
      const record = await (await rolloverCode()).rollDraft(this.store, source, year)
      if (this.rollMeetings && this.rolloverMeetings.length)
        await (await meetingsCode()).rollMeetingsWith(this.store, source, record)
      dialog.close()
      location.hash = `#/draft/${record.id}`
    } catch (e) {
      dialog.close()
      this.error = zh.draftList.rolloverFailed(userMessage(e, storageMessage(e)))
    }
  }

  /** The meeting of a speech: open it, or begin it from the speech. */
  private async openMeeting(d: DraftSummary) {
    try {
      location.hash = `#/meeting/${await (await meetingsCode()).meetingOfSpeech(this.store, d.id)}`
    } catch (e) {
      this.error = zh.meeting.createFailed + storageMessage(e)
    }
  }

  private async openImport() {
    try {
      await importDialog()
    } catch (e) {
      this.say('', zh.pageLoadFailed + zh.because(userMessage(e, zh.noReasonGiven)))
      return
    }
    rendered(this.renderRoot, 'jg-import').open()
  }

  /** Where a draft came from, as the list says it: its department, else its template, else how it was made. */
  private source(d: DraftSummary): string {
    if (d.department) return d.department
    const template = this.templates.find((t) => t.id === d.templateId)
    if (template) return zh.draftList.templateOrigin(template.name)
    if (d.origin === 'import') return zh.draftList.fromImport
    if (d.origin === 'rollover') return zh.draftList.fromRollover
    return ''
  }

  /** The drafts the search and the year filter let through. */
  private shown(drafts: DraftSummary[]): DraftSummary[] {
    const words = this.query.trim().toLowerCase().split(/\s+/).filter(Boolean)
    return drafts.filter((d) => {
      if (this.yearFilter === NO_YEAR ? d.planYear !== null : this.yearFilter && String(d.planYear) !== this.yearFilter)
        return false
      const text = [d.name, d.title, d.subtitle, this.source(d), d.reviewYear, d.planYear].join(' ').toLowerCase()
      return words.every((w) => text.includes(w))
    })
  }

  private renderDraft(d: DraftSummary) {
    const source = this.source(d)
    return html`<li data-id=${d.id}>
      <span class="title">${shownName(d)}
        ${d.name ? html`<span class="heading">${d.title}</span>` : null}
        <span class="meta">
          ${d.meetingId ? html`<a class="meeting-of" href="#/meeting/${d.meetingId}">${zh.meeting.documentOf(DOC_KIND_NAMES[d.docKind ?? 'speech'])}</a>` : null}
          ${d.trial ? html`<span class="trial">${zh.draftList.trialMark}</span>` : null}
          <span class="years">${zh.draftList.years(d.reviewYear, d.planYear)}</span>
          ${source ? html`<span class="dept">${source}</span>` : null}
          <span class="updated">${zh.updated(new Date(d.updatedAt))}</span>
          <span class="chars">${zh.draftList.chars(d.chars)}</span>
        </span>
      </span>
      <span class="actions">
        <a class="button primary open" href="#/draft/${d.id}">${zh.open}</a>
        ${d.meetingId ? null : html`<button class="rollover" @click=${() => this.askRollover(d)}>${zh.draftList.rollover}</button>`}
        ${(d.docKind ?? 'speech') === 'speech' ? html`<button class="meeting" title=${zh.meeting.fromSpeechHint} @click=${() => this.openMeeting(d)}>${zh.meeting.fromSpeech}</button>` : null}
        <button class="rename" @click=${() => this.askRename(d)}>${zh.draftList.rename}</button>
        <button class="duplicate" @click=${() => this.duplicate(d)}>${zh.draftList.duplicate}</button>
        <button class="delete" @click=${() => this.deleteDraft(d)}>${zh.delete}</button>
      </span>
    </li>`
  }

  private renderDrafts(drafts: DraftSummary[]) {
    if (drafts.length === 0) return html`<p class="empty">${zh.noDrafts}</p>`
    const years = [...new Set(drafts.map((d) => d.planYear))].sort((a, b) => (b ?? 0) - (a ?? 0))
    const shown = this.shown(drafts)
    return html`<div class="find" role="search">
        <input type="search" class="search" aria-label=${zh.draftList.search} placeholder=${zh.draftList.searchPlaceholder}
          .value=${this.query} @input=${(e: Event) => {
            this.query = targetOf(e, HTMLInputElement).value
            this.listLimit = LIST_PAGE
          }}>
        <select class="year-filter" aria-label=${zh.draftList.byYear} .value=${this.yearFilter}
          @change=${(e: Event) => {
            this.yearFilter = targetOf(e, HTMLSelectElement).value
            this.listLimit = LIST_PAGE
          }}>
          <option value="">${zh.draftList.allYears}</option>
          ${years.map((y) =>
            y === null
              ? html`<option value=${NO_YEAR}
                ?selected=${this.yearFilter === NO_YEAR}>${zh.draftList.noYearOption}</option>`
              : html`<option value=${String(y)}
                ?selected=${this.yearFilter === String(y)}>${zh.draftList.planYearOption(y)}</option>`,
          )}
        </select>
        <span class="count">${zh.draftList.shown(shown.length, drafts.length)}</span>
      </div>
      ${
        shown.length
          ? html`<ul class="drafts">${shown.slice(0, this.listLimit).map((d) => this.renderDraft(d))}</ul>${
              shown.length > this.listLimit
                ? html`<button class="more" @click=${() => {
                    this.listLimit += LIST_PAGE
                  }}>${zh.draftList.more(Math.min(LIST_PAGE, shown.length - this.listLimit), shown.length - this.listLimit)}</button>`
                : null
            }`
          : html`<p class="empty no-match">${zh.draftList.noMatch}</p>`
      }`
  }

  /** A loss the census tells of (Store.lost), with the way to say the empty library is her doing. */
  private renderLost() {
    const lost = this.store.lost
    if (!lost) return null
    const when = censusWhen(lost)
    return html`<div class="lost" role="alert">
      <p>${zh.draftList.lost(lost.drafts, lost.meetings, when)}</p>
      <button class="accept-loss" @click=${async () => {
        await this.store.acceptLoss()
        this.requestUpdate()
      }}>${zh.draftList.lostAccept}</button></div>`
  }

  override render() {
    return html`
      <h1>${zh.appName}</h1>
      ${this.updateReady ? html`<p class="update" role="status">${zh.pwa.updateReady}<button class="primary apply-update" @click=${() => appUpdate.apply()}>${zh.pwa.apply}</button></p>` : null}
      ${this.renderLost()}
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : null}
      ${this.notice ? html`<p class="notice" role="status">${this.notice}</p>` : null}
      <h2>${zh.drafts}
        <button class="import" @click=${() => this.openImport()}>${zh.importSpeech}</button></h2>
      ${this.drafts === null ? null : this.renderDrafts(this.drafts)}
      <jg-meetings .store=${this.store} @jg-drafts-changed=${() => this.refresh()}></jg-meetings>
      <h2>${zh.templates}</h2>
      <label class="year">${zh.planYear}
        <input type="number" min="2000" max="2100" .value=${String(this.planYear)}
          @input=${(e: Event) => {
            this.planYear = Number(targetOf(e, HTMLInputElement).value)
          }}>
        <small>${zh.draftList.yearsOf(this.planYear)}</small>
      </label>
      <label class="level">${zh.draftList.level}
        <select @change=${(e: Event) => {
          this.level = LEVELS.find((l) => l.unit === targetOf(e, HTMLSelectElement).value) ?? LEVELS[0]
        }}>${LEVELS.map((l) => html`<option value=${l.unit} ?selected=${l === this.level}>${zh.draftList.levelOption(l.unit, levelWords(l))}</option>`)}</select>
      </label>
      ${this.templateError ? html`<p class="error">${this.templateError}</p>` : null}
      <ul class="templates">${this.templates.map(
        (t) => html`<li data-template=${t.id}>
        <span class="title">${t.name}<small>${t.description}</small></span>
        <button class="primary new" @click=${() => this.create(t)}>${zh.newFromTemplate}</button>
      </li>`,
      )}</ul>
      <h2>${zh.draftList.data}</h2>
      <jg-backup .store=${this.store} @jg-data-changed=${() => {
        // What was said at the top was about the drafts before the restore; its result is said beside 数据.
        this.say('')
        void this.refresh()
        // The meeting records were restored with the drafts: the list shows them now, not after a reload.
        void this.renderRoot.querySelector('jg-meetings')?.refresh()
      }}></jg-backup>
      ${this.persisted === false ? html`<p class="persist-warning" role="note">${zh.draftList.notPersisted}</p>` : null}
      <dialog class="rollover" aria-labelledby="rollover-title">
        <h3 id="rollover-title">${zh.draftList.rollover}</h3>
        <p>${zh.draftList.rolloverFrom(this.rolloverSource ? shownName(this.rolloverSource) : '')}</p>
        <label>${zh.draftList.rolloverYear} <input class="rollover-year" type="number" min=${YEAR_MIN} max=${YEAR_MAX} .value=${String(this.rolloverYear)}
          @input=${(e: Event) => {
            this.rolloverYear = Number(targetOf(e, HTMLInputElement).value)
          }}></label>
        <small>${zh.draftList.yearsOf(this.rolloverYear, this.rolloverMidYear)}</small>
        ${this.rolloverMeetings.map(
          (
            m,
          ) => html`<label class="roll-meeting"><input type="checkbox" class="roll-meeting" .checked=${this.rollMeetings}
            @change=${(e: Event) => {
              this.rollMeetings = targetOf(e, HTMLInputElement).checked
            }}> ${zh.meeting.rollWith(m.meeting.name || zh.meeting.untitled)}</label>`,
        )}
        <div class="buttons">
          <button class="cancel"
            @click=${() => rendered(this.renderRoot, 'dialog.rollover', HTMLDialogElement).close()}>${zh.cancel}</button>
          <button class="primary confirm-rollover" @click=${() => this.rollover()}>${zh.draftList.rolloverGo}</button>
        </div>
      </dialog>
      <dialog class="rename" aria-labelledby="rename-title">
        <h3 id="rename-title">${zh.draftList.renameTitle}</h3>
        <p class="hint">${zh.draftList.renameHint}</p>
        <form method="dialog" @submit=${(e: Event) => {
          e.preventDefault()
          void this.rename()
        }}>
          <label>${zh.draftList.renameLabel}
            <input class="rename-name" .value=${this.renaming ? shownName(this.renaming) : ''} maxlength="80"></label>
          ${this.renameError ? html`<p class="error" role="alert">${this.renameError}</p>` : null}
          <div class="buttons">
            <button type="button" class="cancel"
              @click=${() => rendered(this.renderRoot, 'dialog.rename', HTMLDialogElement).close()}>${zh.cancel}</button>
            <button type="submit" class="primary save-name">${zh.draftList.save}</button>
          </div>
        </form>
      </dialog>
      <jg-confirm></jg-confirm>
      <jg-copy-question></jg-copy-question>
      <jg-import .store=${this.store}></jg-import>
    `
  }
}
customElements.define('jg-library', JgLibrary)

declare global {
  interface HTMLElementTagNameMap {
    'jg-library': JgLibrary
  }
}
