import { LitElement, css, html } from 'lit'
import type { Store, DraftSummary, DraftRecord, MeetingRecord } from '../store/db'
import { nextPlanYear, rollDraft } from '../rollover'
import { storageMessage } from '../store/db'
import { BackupError, parseBackup, type Backup } from '../../core/backup'
import { download } from '../output'
import { bundledTemplates, defaultPlanYear } from '../templates'
import { instantiate, type Template } from '../../core/template'
import { newDraft } from '../drafts'
import { zh } from '../../i18n/zh'
import { DOC_KIND_NAMES } from '../../core/schema'
import { TabChannel } from '../session/tabs'
import type { JgConfirm } from './jg-confirm'
import './jg-confirm'
import './jg-import'
import './jg-meetings'
import { meetingOfSpeech, rollMeetingsWith } from '../meetings'
import type { JgImport } from './jg-import'

/** The start page: saved drafts, and templates to start a new one from. */
export class JgLibrary extends LitElement {
  static override properties = {
    store: { attribute: false },
    drafts: { state: true },
    planYear: { state: true },
    error: { state: true },
    notice: { state: true },
    rolloverYear: { state: true },
    persisted: { state: true },
  }
  declare store: Store
  declare drafts: DraftSummary[] | null
  declare planYear: number
  declare error: string
  declare notice: string
  declare rolloverYear: number
  /** Whether the browser promised not to clear this app's storage when space runs low. */
  declare persisted: boolean | null
  private rolloverSource: DraftRecord | null = null
  /** The meetings of the speech being rolled forward, rolled with it unless the user says not to. */
  private rolloverMeetings: MeetingRecord[] = []
  private rollMeetings = true
  /** The browser's file download; a test may replace it. */
  saveFile: (data: string, name: string, type: string) => void = download
  private templates: Template[] = []
  private templateError = ''

  constructor() {
    super()
    this.drafts = null
    this.planYear = defaultPlanYear()
    this.error = ''
    this.notice = ''
    this.rolloverYear = defaultPlanYear()
    this.persisted = null
    try {
      this.templates = bundledTemplates()
    } catch (e) {
      this.templateError = (e as Error).message
    }
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
    .data { display: flex; gap: 8px; align-items: center; flex-wrap: wrap; }
    .data small { color: #666; }
    label.button { font: inherit; padding: 3px 12px; border-radius: 4px; border: 1px solid #9ab; background: #fff; cursor: pointer; }
    label.button:focus-within { outline: 2px solid #2a6fd1; }
    dialog { border: none; border-radius: 8px; padding: 16px 24px; box-shadow: 0 8px 30px rgba(0,0,0,.25); font: inherit; }
    dialog .buttons { display: flex; gap: 8px; justify-content: flex-end; margin-top: 12px; }
    dialog input { width: 6em; font: inherit; }
    .persist-warning { color: #8a5a00; background: #fff6e0; padding: 6px 10px; border-radius: 6px; font-size: 14px; }
    .notice { color: #1b5e20; background: #e8f5e9; padding: 8px 12px; border-radius: 6px; }
    .error { color: #b00020; background: #fdecee; padding: 8px 12px; border-radius: 6px; }
  `

  /** Other tabs of the app, told when drafts they may have open are deleted or restored. */
  private tabs: TabChannel | null = null

  override connectedCallback() {
    super.connectedCallback()
    this.tabs = new TabChannel(this.store.name)
    void this.refresh()
    void this.askToPersist()
  }
  override disconnectedCallback() {
    super.disconnectedCallback()
    this.tabs?.close()
    this.tabs = null
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
      this.tabs?.post({ type: 'deleted', id: draft.id })
    } catch (e) {
      this.error = storageMessage(e)
    }
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
    this.rolloverYear = nextPlanYear(record) ?? defaultPlanYear()
    this.requestUpdate()
    await this.updateComplete
    this.renderRoot.querySelector<HTMLDialogElement>('dialog.rollover')!.showModal()
  }

  private async rollover() {
    const dialog = this.renderRoot.querySelector<HTMLDialogElement>('dialog.rollover')!
    const year = this.rolloverYear
    if (!Number.isInteger(year) || year < 1900 || year > 2200) {
      this.error = '请填写正确的年度，例如 2027。'
      return
    }
    try {
      const record = await rollDraft(this.store, this.rolloverSource!, year)
      if (this.rollMeetings && this.rolloverMeetings.length)
        await rollMeetingsWith(this.store, this.rolloverSource!, record)
      dialog.close()
      location.hash = `#/draft/${record.id}`
    } catch (e) {
      dialog.close()
      this.error = `生成失败：${storageMessage(e)}原来的草稿没有改动。`
    }
  }

  /** The meeting of a speech: open it, or begin it from the speech. */
  private async openMeeting(d: DraftSummary) {
    try {
      location.hash = `#/meeting/${await meetingOfSpeech(this.store, d.id)}`
    } catch (e) {
      this.error = zh.meeting.createFailed + storageMessage(e)
    }
  }

  /** Download everything as one JSON file. */
  async backup() {
    try {
      const backup = await this.store.backup()
      const day = new Date().toISOString().slice(0, 10).replace(/-/g, '')
      this.saveFile(JSON.stringify(backup), `讲稿助手备份-${day}.json`, 'application/json')
      this.notice = `已备份 ${backup.drafts.length} 篇草稿和设置。请把备份文件保存在安全的地方。`
    } catch (e) {
      this.error = `备份失败：${storageMessage(e)}`
    }
  }

  /** Restore from a backup file: checked completely, confirmed, then replaced in one go. */
  async restoreFrom(file: File) {
    this.error = ''
    this.notice = ''
    let backup: Backup
    try {
      backup = parseBackup(await file.text())
    } catch (e) {
      this.error =
        e instanceof BackupError ? e.message : `无法读取“${file.name}”：${(e as Error).message}。当前数据没有任何改动。`
      return
    }
    const current = this.drafts?.length ?? 0
    const when = backup.createdAt
      ? `（备份于 ${new Date(backup.createdAt).toLocaleString('zh-CN', { hour12: false })}）`
      : ''
    const confirm = this.renderRoot.querySelector<JgConfirm>('jg-confirm')!
    if (
      !(await confirm.ask(
        `备份${when}中有 ${backup.drafts.length} 篇草稿。恢复后，当前的 ${current} 篇草稿和设置将被备份中的内容替换。确定恢复吗？`,
        '恢复',
      ))
    )
      return
    await this.restore(backup)
  }

  /** Replace everything with a checked backup, and tell other tabs, whose open drafts are now stale. */
  async restore(backup: Backup) {
    try {
      await this.store.restore(backup)
    } catch (e) {
      this.error = `恢复失败：${storageMessage(e)}当前数据没有任何改动。`
      return
    }
    this.tabs?.post({ type: 'restored' })
    this.notice = `已从备份恢复 ${backup.drafts.length} 篇草稿。`
    await this.refresh()
  }

  override render() {
    return html`
      <h1>${zh.appName}</h1>
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : null}
      <h2>${zh.drafts}
        <button class="import" @click=${() => this.renderRoot.querySelector<JgImport>('jg-import')!.open()}>${zh.importSpeech}</button></h2>
      ${
        this.drafts === null
          ? null
          : this.drafts.length === 0
            ? html`<p class="empty">${zh.noDrafts}</p>`
            : html`<ul class="drafts">${this.drafts.map(
                (d) => html`<li data-id=${d.id}>
            <span class="title">${d.title}<small>${d.meetingId ? html`<a href="#/meeting/${d.meetingId}">${zh.meeting.documentOf(DOC_KIND_NAMES[d.docKind ?? 'speech'])}</a> · ` : null}${zh.updated(new Date(d.updatedAt))}</small></span>
            <a class="button primary open" href="#/draft/${d.id}">${zh.open}</a>
            ${d.meetingId ? null : html`<button class="rollover" @click=${() => this.askRollover(d)}>生成新一年草稿</button>`}
            ${(d.docKind ?? 'speech') === 'speech' ? html`<button class="meeting" title=${zh.meeting.fromSpeechHint} @click=${() => this.openMeeting(d)}>${zh.meeting.fromSpeech}</button>` : null}
            <button class="delete" @click=${() => this.deleteDraft(d)}>${zh.delete}</button>
          </li>`,
              )}</ul>`
      }
      <jg-meetings .store=${this.store} @jg-drafts-changed=${() => this.refresh()}></jg-meetings>
      <h2>${zh.templates}</h2>
      <label class="year">${zh.planYear}
        <input type="number" min="2000" max="2100" .value=${String(this.planYear)}
          @input=${(e: Event) => {
            this.planYear = Number((e.target as HTMLInputElement).value)
          }}>
        <small>（回顾 ${this.planYear - 1} 年，部署 ${this.planYear} 年）</small>
      </label>
      ${this.templateError ? html`<p class="error">${this.templateError}</p>` : null}
      <ul class="templates">${this.templates.map(
        (t) => html`<li data-template=${t.id}>
        <span class="title">${t.name}<small>${t.description}</small></span>
        <button class="primary new" @click=${() => this.create(t)}>${zh.newFromTemplate}</button>
      </li>`,
      )}</ul>
      <h2>数据</h2>
      <p class="data">
        <button class="backup" @click=${() => this.backup()}>备份全部数据</button>
        <label class="button">从备份恢复… <input class="restore" type="file" accept=".json,application/json" hidden
          @change=${(e: Event) => {
            const input = e.target as HTMLInputElement
            const f = input.files?.[0]
            input.value = ''
            if (f) void this.restoreFrom(f)
          }}></label>
        <small>所有数据只保存在这台电脑的浏览器里。请定期备份，换电脑或清理浏览器前务必备份。</small>
      </p>
      ${this.persisted === false ? html`<p class="persist-warning" role="note">这个浏览器没有承诺长期保存本程序的数据：磁盘空间不足时可能被清理。请定期“备份全部数据”。</p>` : null}
      ${this.notice ? html`<p class="notice" role="status">${this.notice}</p>` : null}
      <dialog class="rollover" aria-labelledby="rollover-title">
        <h3 id="rollover-title">生成新一年草稿</h3>
        <p>以“${this.rolloverSource?.title ?? ''}”为底稿，年份顺延、数字清空（去年的数字留作参考）。</p>
        <label>新草稿部署的年度 <input class="rollover-year" type="number" min="1900" max="2200" .value=${String(this.rolloverYear)}
          @input=${(e: Event) => {
            this.rolloverYear = Number((e.target as HTMLInputElement).value)
          }}></label>
        <small>（回顾 ${this.rolloverYear - 1} 年，部署 ${this.rolloverYear} 年）</small>
        ${this.rolloverMeetings.map(
          (
            m,
          ) => html`<label class="roll-meeting"><input type="checkbox" class="roll-meeting" .checked=${this.rollMeetings}
            @change=${(e: Event) => {
              this.rollMeetings = (e.target as HTMLInputElement).checked
            }}> ${zh.meeting.rollWith(m.meeting.name || zh.meeting.untitled)}</label>`,
        )}
        <div class="buttons">
          <button class="cancel" @click=${() => this.renderRoot.querySelector<HTMLDialogElement>('dialog.rollover')!.close()}>取消</button>
          <button class="primary confirm-rollover" @click=${() => this.rollover()}>生成</button>
        </div>
      </dialog>
      <jg-confirm></jg-confirm>
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
