import { LitElement, css, html } from 'lit'
import { listStyles } from './list-styles'
import { chineseDateWithWeekday, parseIsoDate } from '../../core/dates'
import { TabChannel } from '../session/tabs'
import { dropWals, localStorageOrNull } from '../session/wal'
import { storageMessage, type MeetingRecord, type Store } from '../store/db'
import { zh } from '../../i18n/zh'
import './jg-confirm'
import { rendered } from './dom'

/** The start page's list of meeting records: open, delete (with their documents), or begin a new one. */
export class JgMeetings extends LitElement {
  static override properties = {
    store: { attribute: false },
    meetings: { state: true },
    error: { state: true },
  }
  declare store: Store
  declare meetings: MeetingRecord[] | null
  declare error: string

  constructor() {
    super()
    this.meetings = null
    this.error = ''
  }

  static override styles = [
    listStyles,
    css`
    :host { display: block; }
    h2 {
      font-size: 17px;
      margin: 24px 0 8px;
      border-bottom: 1px solid #ddd;
      padding-bottom: 4px;
      display: flex;
      justify-content: space-between;
      align-items: center;
    }
    h2 button { font-size: 14px; font-weight: normal; }
    button, a.button {
      font: inherit;
      padding: 3px 12px;
      border-radius: 4px;
      border: 1px solid #9ab;
      background: #fff;
      cursor: pointer;
      color: #124;
      text-decoration: none;
    }
    a.primary { background: #2a6fd1; border-color: #2a6fd1; color: #fff; }
    button:focus-visible, a:focus-visible { outline: 2px solid #2a6fd1; outline-offset: 2px; }
    .empty { color: #666; }
    .error { color: #b00020; background: #fdecee; padding: 8px 12px; border-radius: 6px; }
  `,
  ]

  override connectedCallback() {
    super.connectedCallback()
    void this.refresh()
  }

  async refresh() {
    try {
      this.meetings = await this.store.listMeetings()
      await this.store.takeCensus()
    } catch (e) {
      this.error = storageMessage(e)
    }
  }

  private async create() {
    try {
      // The meetings' code loads when a meeting is first made, not with the library.
      const { createMeeting } = await import('../meetings')
      location.hash = `#/meeting/${await createMeeting(this.store)}`
    } catch (e) {
      this.error = zh.meeting.createFailed + storageMessage(e)
    }
  }

  private async deleteMeeting(record: MeetingRecord) {
    const docs = await this.store.meetingDocuments(record.id)
    const confirm = rendered(this.renderRoot, 'jg-confirm')
    if (
      !(await confirm.ask(zh.meeting.confirmDelete(record.meeting.name || zh.meeting.untitled, docs.length), zh.delete))
    )
      return
    const tabs = new TabChannel(this.store.name)
    try {
      const gone = await this.store.deleteMeeting(record.id)
      tabs.post({ type: 'meeting-deleted', id: record.id })
      for (const id of gone) tabs.post({ type: 'deleted', id })
      dropWals(localStorageOrNull(), this.store.name, gone)
    } catch (e) {
      this.error = storageMessage(e)
    } finally {
      tabs.close()
    }
    await this.refresh()
    this.dispatchEvent(new CustomEvent('jg-drafts-changed', { bubbles: true, composed: true }))
  }

  override render() {
    const list = this.meetings
    return html`
      <h2>${zh.meeting.list}<button class="new-meeting" @click=${() => this.create()}>${zh.meeting.create}</button></h2>
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : null}
      ${
        list === null
          ? null
          : list.length === 0
            ? html`<p class="empty">${zh.meeting.none}</p>`
            : html`<ul class="meetings">${list.map((r) => {
                const d = parseIsoDate(r.meeting.date)
                return html`<li data-id=${r.id}>
              <span class="title">${r.meeting.name || zh.meeting.untitled}<small>${d ? chineseDateWithWeekday(d) : ''}${
                r.meeting.place ? ` · ${r.meeting.place}` : ''
              } · ${zh.updated(new Date(r.updatedAt))}</small></span>
              <a class="button primary open" href="#/meeting/${r.id}">${zh.open}</a>
              <button class="delete" @click=${() => this.deleteMeeting(r)}>${zh.delete}</button></li>`
              })}</ul>`
      }
      <jg-confirm></jg-confirm>
    `
  }
}
customElements.define('jg-meetings', JgMeetings)

declare global {
  interface HTMLElementTagNameMap {
    'jg-meetings': JgMeetings
  }
}
