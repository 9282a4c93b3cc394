import { LitElement, css, html } from 'lit'
import { userMessage } from '../problem'
import type { Backup } from '../../core/backup'
import { RestoreOutdatedError, backupUnitWords, storageMessage, type Store } from '../store/db'
import { download } from '../output'
import { TabChannel } from '../session/tabs'
import { dropWals, localStorageOrNull } from '../session/wal'
import { zh } from '../../i18n/zh'
import type { RestoreMode } from './jg-restore-question'
import './jg-restore-question'
import { rendered, targetOf } from './dom'

/**
 * The library's 数据 section: back everything up to one file, or restore one, merged into what
 * is here or replacing it. What happened is said right beside the buttons. Fires
 * `jg-data-changed` when data was restored, so the page's lists (drafts, meetings) are read again.
 */
export class JgBackup extends LitElement {
  static override properties = {
    store: { attribute: false },
    notice: { state: true },
    error: { state: true },
  }
  declare store: Store
  declare notice: string
  declare error: string
  /** The browser's file download; a test may replace it. */
  saveFile: (data: string, name: string, type: string) => void = download
  /** Other tabs, told which drafts a restore changed under them. */
  private tabs: TabChannel | null = null

  constructor() {
    super()
    this.notice = ''
    this.error = ''
  }

  static override styles = css`
    :host { display: block; }
    .data { display: flex; gap: 8px; align-items: center; flex-wrap: wrap; margin: 0; }
    button {
      font: inherit;
      padding: 3px 12px;
      border-radius: 4px;
      border: 1px solid #9ab;
      background: #fff;
      cursor: pointer;
      color: #124;
    }
    button:focus-visible { outline: 2px solid #2a6fd1; outline-offset: 2px; }
    .result { flex-basis: 100%; margin: 4px 0 0; padding: 6px 10px; border-radius: 6px; font-size: 14px; }
    .result.notice { color: #1b5e20; background: #e8f5e9; }
    .result.error { color: #b00020; background: #fdecee; }
    small { color: #666; display: block; margin-top: 6px; }
  `

  override connectedCallback() {
    super.connectedCallback()
    this.tabs = new TabChannel(this.store.name)
  }
  override disconnectedCallback() {
    super.disconnectedCallback()
    this.tabs?.close()
    this.tabs = null
  }

  private say(notice: string, error = '') {
    this.notice = notice
    this.error = error
  }

  /** What was said comes into view: the section sits at the foot of a long library. */
  protected override updated(changed: Map<string, unknown>) {
    if ((changed.has('notice') && this.notice) || (changed.has('error') && this.error))
      this.renderRoot.querySelector('output.result')?.scrollIntoView({ block: 'nearest' })
  }

  /** Download everything as one JSON file. */
  async backup() {
    this.say('')
    try {
      const backup = await this.store.backup()
      const day = new Date().toISOString().slice(0, 10).replace(/-/g, '')
      this.saveFile(JSON.stringify(backup), zh.backup.fileName(day), 'application/json')
      this.say(zh.backup.done(backup.drafts.length, backup.stores.meetings?.length ?? 0))
    } catch (e) {
      this.say('', zh.backup.failed(storageMessage(e)))
    }
  }

  /** Restore from a backup file: checked completely first, then merged or replaced as the user chooses. */
  async restoreFrom(file: File) {
    this.say('')
    let backup: Backup
    // The backup format's code loads when first used, not with the library.
    let code: typeof import('../../core/backup')
    try {
      code = await import('../../core/backup')
    } catch (e) {
      this.say('', zh.pageLoadFailed + zh.because(userMessage(e, zh.noReasonGiven)) + zh.backup.unchanged)
      return
    }
    try {
      backup = code.parseBackup(await file.text())
    } catch (e) {
      this.say(
        '',
        e instanceof code.BackupError
          ? e.message
          : zh.backup.unreadable(file.name, userMessage(e, zh.backup.unreadableWhy)),
      )
      return
    }
    // A replace finds the drafts changed since the question (another tab saved): asked again, with
    // the numbers as they are then, until what the user answered is what the replace finds.
    for (let outdated = ''; ; ) {
      let here: { id: string; updatedAt: number }[]
      let bothChanged: { drafts: string[]; meetings: string[] }
      let foreign: { here: string[]; theirs: string[] } | null
      try {
        here = await this.store.listDrafts()
        bothChanged = await this.store.changedOnBothSides(backup)
        const { foreignFields } = await import('../../core/backup-unit')
        foreign = foreignFields(await this.store.unitWords(), backupUnitWords(backup))
      } catch (e) {
        this.say('', zh.backup.restoreFailed(storageMessage(e)))
        return
      }
      const made = new Date(backup.createdAt)
      const when = Number.isNaN(made.getTime()) ? '' : made.toLocaleString('zh-CN', { hour12: false })
      const question = rendered(this.renderRoot, 'jg-restore-question')
      const mode = await question.ask(
        outdated +
          zh.backup.question(when, backup.drafts.length, here.length, code.lostByReplace(here, backup), {
            meetings: backup.stores.meetings?.length ?? 0,
            figures: backup.stores.figures?.length ?? 0,
            bothChanged: bothChanged.drafts,
            bothChangedMeetings: bothChanged.meetings,
            foreign,
          }),
      )
      if (!mode) {
        this.say(zh.backup.cancelled)
        return
      }
      if ((await this.restore(backup, mode, here)) !== 'outdated') return
      outdated = zh.storage.restoreOutdated
    }
  }

  /**
   * Restore a checked backup. Other tabs are told which drafts changed under them (all, for a
   * replace): those stop saving, so they cannot write an older copy over the restored one. The
   * write-ahead logs of the drafts replaced go with them: the store drops their durable copies in
   * its transaction, and their localStorage copies are removed here, once it has committed.
   */
  async restore(
    backup: Backup,
    mode: RestoreMode = 'replace',
    asked?: readonly { id: string; updatedAt: number }[],
  ): Promise<'done' | 'failed' | 'outdated'> {
    try {
      if (mode === 'replace') {
        await this.store.restore(backup, asked)
        this.tabs?.post({ type: 'restored' })
        dropWals(localStorageOrNull(), this.store.name)
        this.say(
          zh.backup.replaced(
            backup.drafts.length,
            backup.stores.meetings?.length ?? 0,
            backup.stores.figures?.length ?? 0,
          ),
        )
      } else {
        const r = await this.store.mergeBackup(backup)
        if (r.replaced.length) this.tabs?.post({ type: 'restored', ids: r.replaced })
        // A draft added may be one deleted here before, whose log was left behind.
        dropWals(localStorageOrNull(), this.store.name, [...r.added, ...r.replaced])
        this.say(zh.backup.merged(r))
      }
    } catch (e) {
      if (e instanceof RestoreOutdatedError) return 'outdated'
      this.say('', zh.backup.restoreFailed(storageMessage(e)))
      return 'failed'
    }
    this.dispatchEvent(new CustomEvent('jg-data-changed', { bubbles: true, composed: true }))
    return 'done'
  }

  override render() {
    return html`<p class="data">
        <button class="backup" @click=${() => this.backup()}>${zh.backup.backup}</button>
        <!-- A button, not a label over the hidden input: a label is not reached with Tab (tryout 9, finding 11). -->
        <button class="choose-restore" @click=${() => rendered(this.renderRoot, 'input.restore', HTMLInputElement).click()}>${zh.backup.restore}</button>
        <input class="restore" type="file" accept=".json,application/json" hidden
          @change=${(e: Event) => {
            const input = targetOf(e, HTMLInputElement)
            const f = input.files?.[0]
            input.value = ''
            if (f) void this.restoreFrom(f)
          }}>
        ${this.notice ? html`<output class="result notice" role="status">${this.notice}</output>` : null}
        ${this.error ? html`<output class="result error" role="alert">${this.error}</output>` : null}
      </p>
      <small>${zh.backup.where}</small>
      <jg-restore-question></jg-restore-question>`
  }
}
customElements.define('jg-backup', JgBackup)

declare global {
  interface HTMLElementTagNameMap {
    'jg-backup': JgBackup
  }
}
