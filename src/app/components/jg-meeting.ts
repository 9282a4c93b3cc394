import { LitElement, css, html } from 'lit'
import type { Node as PMNode } from 'prosemirror-model'
import {
  addEntry,
  addSpeaker,
  checkMeetingAll,
  moveEntry,
  MeetingValueError,
  removeEntry,
  removeSpeaker,
  setMeetingValue,
  staleEntries,
  staleFields,
  withFreshFields,
  MEETING_DOC_KINDS,
  saysNotFilled,
  type Meeting,
  type MeetingDocKind,
  type MeetingDocs,
  type MeetingFinding,
} from '../../core/meeting'
import { SEVERITY_NAMES } from '../../core/checks/types'
import { DOC_KIND_NAMES } from '../../core/schema'
import { speechFromJSON } from '../../core/serialize'
import { chineseNumeral } from '../../core/numbering'
import { generateMeetingDocument, rewriteLastYearsDocument } from '../meetings'
import { shownName } from '../drafts'
import { isStaleField } from '../meeting-context'
import { OpenAttempts } from '../session/attempts'
import { MeetingMissingError, MeetingSession } from '../session/meeting-session'
import { LeaveGuard } from '../session/leave-guard'
import { storageMessage, type DraftRecord, type Store } from '../store/db'
import { censusWhen } from '../store/census'
import { fonts } from '../editor/styles'
import { zh } from '../../i18n/zh'
import type { FieldMessage, JgMeetingForm, MeetingEdit, SpeechChoice } from './jg-meeting-form'
import './jg-meeting-form'
import './jg-confirm'
import './jg-save-status'
import { rendered } from './dom'

type Load = { state: 'loading' } | { state: 'ready'; session: MeetingSession } | { state: 'failed'; message: string }

/** A document of the meeting as the page shows it: the draft, and its document when readable. */
interface Doc {
  draft: DraftRecord
  node: PMNode | null
}

/** The record changed by one edit of the form. Throws MeetingValueError for a value it cannot use. */
function applyEdit(m: Meeting, e: MeetingEdit): Meeting {
  switch (e.op) {
    case 'set':
      return setMeetingValue(m, e.path, e.text)
    case 'add':
      return addEntry(m, e.list)
    case 'remove':
      return removeEntry(m, e.list, e.index)
    case 'move':
      return moveEntry(m, e.list, e.from, e.to)
    case 'add-speaker':
      return addSpeaker(m, e.item)
    case 'remove-speaker':
      return removeSpeaker(m, e.item, e.index)
  }
}

const readable = (d: DraftRecord): PMNode | null => {
  try {
    return speechFromJSON(d.speech)
  } catch {
    return null
  }
}

/**
 * The meeting record page (#/meeting/ID): the record as a form, the three documents made from it
 * (generate, open, or rewrite last year's), and what the checks find across them. The record
 * belongs to its MeetingSession (the one writer); documents are drafts, opened in the editor.
 */
export class JgMeeting extends LitElement {
  static override properties = {
    store: { attribute: false },
    meetingId: { attribute: 'meeting-id' },
    focusPath: { attribute: 'focus-path' },
    load: { state: true },
    typed: { state: true },
    docs: { state: true },
    lastYear: { state: true },
    speeches: { state: true },
    linked: { state: true },
    error: { state: true },
    busy: { state: true },
  }
  declare store: Store
  declare meetingId: string
  /** A place in the record to show first ("date", "items.1.who"), from a field slot or a finding. */
  declare focusPath: string
  declare load: Load
  /** Values typed that could not be used, by path: the input keeps them, the message says why. */
  declare typed: Map<string, string>
  declare docs: Doc[]
  /** Last year's documents, when the record was rolled forward from last year's. */
  declare lastYear: DraftRecord[]
  declare speeches: SpeechChoice[]
  /** The speeches the items link, read for the checks. */
  declare linked: Record<string, PMNode>
  declare error: string
  declare busy: boolean

  constructor() {
    super()
    this.load = { state: 'loading' }
    this.focusPath = ''
    this.typed = new Map()
    this.docs = []
    this.lastYear = []
    this.speeches = []
    this.linked = {}
    this.error = ''
    this.busy = false
  }

  /** Closing the tab with changes not yet stored (or a failed save): the browser asks first. */
  readonly leave = new LeaveGuard(this, () => this.session, false)

  static override styles = [
    fonts,
    css`
    :host { display: block; min-height: 100vh; background: #f3f4f6; font: 14px/1.6 var(--font-ui); color: #222; }
    header {
      position: sticky;
      top: 0;
      z-index: 2;
      display: flex;
      gap: 10px;
      align-items: center;
      padding: 6px 16px;
      background: #fff;
      border-bottom: 1px solid #ddd;
    }
    header h1 { font-size: 17px; margin: 0; flex: 1; font-weight: 600; }
    header h1 small { font-weight: normal; color: #666; margin-left: 8px; }
    .status { color: #2e7d32; min-width: 7em; text-align: right; }
    .status.pending, .status.saving { color: #666; }
    .status.error { color: #b00020; }
    a.button, button {
      font: 14px var(--font-ui);
      padding: 3px 10px;
      border-radius: 4px;
      border: 1px solid #aab;
      background: #fff;
      cursor: pointer;
      color: #123;
      text-decoration: none;
    }
    button.primary { background: #2a6fd1; border-color: #2a6fd1; color: #fff; }
    button:disabled { opacity: .45; cursor: default; }
    button:focus-visible, a:focus-visible { outline: 2px solid #2a6fd1; outline-offset: 1px; }
    .layout {
      display: grid;
      grid-template-columns: minmax(0, 1fr) 360px;
      gap: 16px;
      max-width: 1200px;
      margin: 0 auto;
      padding: 14px 16px;
    }
    aside { position: sticky; top: 52px; align-self: start; max-height: calc(100vh - 64px); overflow: auto; }
    aside section {
      background: #fff;
      border: 1px solid #dde;
      border-radius: 6px;
      padding: 8px 12px;
      margin-bottom: 14px;
    }
    aside h2 { font-size: 15px; margin: 0 0 6px; }
    ul { list-style: none; margin: 0; padding: 0; }
    .docs li {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 6px;
      padding: 6px 0;
      border-bottom: 1px solid #eee;
    }
    .docs .name { font-weight: 600; min-width: 5em; }
    .docs .state { flex-basis: 100%; font-size: 12.5px; color: #666; }
    .docs .state.stale { color: #8a5a00; }
    .checks li { padding: 4px 0; border-bottom: 1px solid #eee; font-size: 13px; }
    .checks h3 { font-size: 13px; margin: 8px 0 2px; color: #555; }
    .sev { display: inline-block; font-size: 11px; padding: 0 4px; border-radius: 3px; margin-right: 4px; color: #fff; }
    .sev.error { background: #c0392b; } .sev.warning { background: #d68910; } .sev.info { background: #2e86c1; }
    .excerpt { color: #666; }
    .none { color: #2e7d32; }
    .banner { max-width: 1200px; margin: 10px auto 0; padding: 8px 12px; border-radius: 6px; box-sizing: border-box; }
    .banner.readonly { background: #fff6e0; color: #6b4500; }
    .banner.error { background: #fdecee; color: #b00020; }
    .banner.notes, .banner.rollover { background: #eef4fc; }
    .banner ul { list-style: disc; padding-left: 1.4em; }
    .banner li { margin: 2px 0; }
    .banner li.done { color: #888; text-decoration: line-through; }
    .banner button { font-size: 12.5px; padding: 0 6px; margin-left: 4px; }
    .message { padding: 40px; font-size: 16px; }
  `,
  ]

  get session(): MeetingSession | null {
    return this.load.state === 'ready' ? this.load.session : null
  }

  /** Back from another tab: the documents may have been changed (or made) there. */
  private readonly onVisible = () => {
    if (document.visibilityState === 'visible') void this.loadAround()
  }

  /** Settles when this page's latest attempt to open its meeting is over (see OpenAttempts). */
  opened: Promise<void> = Promise.resolve()
  private readonly attempts = new OpenAttempts()

  override connectedCallback() {
    super.connectedCallback()
    document.addEventListener('visibilitychange', this.onVisible)
    this.opened = this.open()
  }

  override disconnectedCallback() {
    super.disconnectedCallback()
    document.removeEventListener('visibilitychange', this.onVisible)
    void this.session?.close()
  }

  private async open() {
    const latest = this.attempts.start()
    try {
      const session = await MeetingSession.open({
        store: this.store,
        dbName: this.store.name,
        meetingId: this.meetingId,
        onEditable: () => {
          this.typed = new Map()
        },
      })
      if (!this.isConnected || !latest()) {
        void session.close()
        return
      }
      session.attach(this)
      this.load = { state: 'ready', session }
      await this.loadAround()
      await this.updateComplete
      if (this.focusPath) this.form?.focusPath(this.focusPath)
    } catch (e) {
      if (!latest()) return
      this.load = {
        state: 'failed',
        message: e instanceof MeetingMissingError ? this.missing(e) : zh.meeting.loadFailed + storageMessage(e),
      }
    }
  }

  /** A record not found: deleted, or gone with the whole library when the census says it was lost. */
  private missing(e: MeetingMissingError): string {
    const lost = this.store.lost
    return lost ? zh.missingLost('meeting', lost.drafts, lost.meetings, censusWhen(lost)) : e.message
  }

  /** Resolves once everything changed so far is stored (or has failed to be). */
  flush(): Promise<void> {
    return this.session?.flush() ?? Promise.resolve()
  }

  protected override updated(changed: Map<string, unknown>) {
    // Another field asked for on the same record (#/meeting/ID/PATH): show it.
    if (changed.has('focusPath') && changed.get('focusPath') !== undefined && this.focusPath)
      this.form?.focusPath(this.focusPath)
  }

  private get form(): JgMeetingForm | null {
    return this.renderRoot.querySelector('jg-meeting-form')
  }

  /** The documents, last year's, the speeches to link and the linked ones, from the store. */
  private async loadAround() {
    const session = this.session
    if (!session) return
    try {
      const [docs, drafts, lastYear] = await Promise.all([
        this.store.meetingDocuments(this.meetingId),
        this.store.listDrafts(),
        session.record.rolledFromId ? this.store.meetingDocuments(session.record.rolledFromId) : [],
      ])
      this.docs = docs.map((draft) => ({ draft, node: readable(draft) }))
      this.lastYear = lastYear
      this.speeches = drafts
        .filter((d) => (d.docKind ?? 'speech') === 'speech')
        .map((d) => ({ id: d.id, label: zh.meeting.speechChoice(shownName(d), d.reviewYear, d.planYear, d.updatedAt) }))
      await this.loadLinked(session.meeting)
    } catch (e) {
      this.error = storageMessage(e)
    }
  }

  private async loadLinked(m: Meeting) {
    const links = [...new Set(m.items.map((i) => i.speech).filter((s): s is string => !!s))]
    const drafts = await Promise.all(links.map((l) => this.store.getDraft(l)))
    const linked: Record<string, PMNode> = {}
    drafts.forEach((d, i) => {
      const node = d && readable(d)
      if (node) linked[links[i]] = node
    })
    this.linked = linked
  }

  private async edit(e: MeetingEdit) {
    const session = this.session
    if (!session?.editable) return
    const before = session.meeting
    if (e.op === 'remove' && e.list === 'items') {
      const item = before.items[e.index]
      const confirm = rendered(this.renderRoot, 'jg-confirm')
      if (
        (item.what || item.who.length || item.speech || item.summary) &&
        !(await confirm.ask(zh.meeting.confirmRemoveItem(chineseNumeral(e.index + 1)), zh.meeting.remove))
      )
        return
    }
    let next: Meeting
    try {
      next = applyEdit(before, e)
    } catch (err) {
      if (!(err instanceof MeetingValueError) || e.op !== 'set') throw err
      this.typed = new Map(this.typed).set(e.path, err.message)
      return
    }
    if (e.op === 'set' && this.typed.has(e.path)) {
      const typed = new Map(this.typed)
      typed.delete(e.path)
      this.typed = typed
    }
    if (e.op !== 'set') this.typed = new Map()
    session.update({ meeting: next })
    if (e.op === 'set' && /\.speech$/.test(e.path)) void this.loadLinked(next)
  }

  /** What shows beside each field: a value typed that could not be used, else what the checks say of it. */
  private messages(findings: MeetingFinding[]): Map<string, FieldMessage> {
    const out = new Map<string, FieldMessage>()
    for (const f of findings) {
      if (f.doc !== 'record' || !f.path || out.has(f.path)) continue
      const missing = saysNotFilled(f.message)
      out.set(f.path, { kind: missing ? 'missing' : 'problem', text: missing ? zh.meeting.notFilled : f.message })
    }
    for (const [path, text] of this.typed) out.set(path, { kind: 'typed', text })
    return out
  }

  private async generate(kind: MeetingDocKind, from?: DraftRecord) {
    const session = this.session
    if (!session || this.busy) return
    this.busy = true
    this.error = ''
    try {
      await session.flush()
      const record = session.record
      if (from) await rewriteLastYearsDocument(this.store, record, kind, from)
      else await generateMeetingDocument(this.store, record, kind)
      await this.loadAround()
    } catch (e) {
      this.error = zh.meeting.generateFailed(storageMessage(e))
    } finally {
      this.busy = false
    }
  }

  private async reopen() {
    await this.session?.close()
    this.load = { state: 'loading' }
    this.typed = new Map()
    this.opened = this.open()
    await this.opened
  }

  private dismissNotes() {
    this.session?.update({ notes: [] })
  }

  private flagDone(index: number) {
    const session = this.session
    const r = session?.record.rollover
    if (session && r) session.update({ rollover: { ...r, done: [...r.done, index] } })
  }

  override render() {
    if (this.load.state === 'failed')
      return html`<div class="message" role="alert">${this.load.message} <a class="button"
        href="#/">${zh.back}</a></div>`
    if (this.load.state === 'loading') return html`<div class="message">${zh.editor.opening}</div>`
    const session = this.load.session
    const m = session.meeting
    const docs: MeetingDocs = {}
    // Each document as it reads once opened, its fields refreshed from the record: a summary
    // changed here is checked in the script now, not after the script is next opened.
    for (const d of this.docs) if (d.node && d.draft.meeting) docs[d.draft.meeting.kind] = withFreshFields(d.node, m)
    const findings = checkMeetingAll({ meeting: m, docs, speeches: this.linked })
    return html`
      <header>
        <a class="button back" href="#/">← ${zh.back}</a>
        <h1>${zh.meeting.title}<small>${m.name || zh.meeting.untitled}</small></h1>
        <jg-save-status .session=${session}></jg-save-status>
      </header>
      ${this.renderBanners(session)}
      <div class="layout">
        <jg-meeting-form .meeting=${m} .messages=${this.messages(findings)} .speeches=${this.speeches}
          ?readonly=${!session.editable}
          @jg-meeting-edit=${(e: CustomEvent<MeetingEdit>) => this.edit(e.detail)}></jg-meeting-form>
        <aside>
          <section class="docs"><h2>${zh.meeting.sections.documents}</h2><ul>${MEETING_DOC_KINDS.map((k) => this.renderDoc(k, session))}</ul></section>
          <section class="checks"><h2>${zh.meeting.sections.checks}</h2>${this.renderFindings(findings)}</section>
        </aside>
      </div>
      <jg-confirm></jg-confirm>
    `
  }

  private renderBanners(session: MeetingSession) {
    const status = session.status
    const notes = session.record.notes ?? []
    const rollover = session.record.rollover
    return html`
      ${
        status.state === 'readonly'
          ? html`<div class="banner readonly" role="alert">${status.message}
          ${status.reason === 'other-tab' || status.reason === 'handed-over' ? html`<button class="take-over" @click=${() => session.takeOver()}>${zh.session.takeOver}</button>` : null}
          ${status.reason === 'restored' || status.reason === 'conflict' ? html`<button class="reopen" @click=${() => this.reopen()}>${zh.session.reopen}</button>` : null}</div>`
          : null
      }
      ${
        status.state === 'error'
          ? html`<div class="banner error" role="alert">${status.message}
          <button class="retry" @click=${() => session.flush()}>${zh.retrySave}</button></div>`
          : null
      }
      ${this.error ? html`<div class="banner error" role="alert">${this.error}</div>` : null}
      ${
        notes.length
          ? html`<div class="banner notes"
            role="status">${zh.meeting.notesTitle}<ul>${notes.map((n) => html`<li>${n}</li>`)}</ul>
          <button class="notes-seen" ?disabled=${!session.editable}
            @click=${() => this.dismissNotes()}>${zh.meeting.notesSeen}</button></div>`
          : null
      }
      ${
        rollover && rollover.done.length < rollover.flags.length
          ? html`<div class="banner rollover">${zh.meeting.rolloverTitle}<ul>${rollover.flags.map(
              (f, i) => html`<li class=${rollover.done.includes(i) ? 'done' : ''} data-path=${f.path}>${f.message}
            <button class="go" @click=${() => this.form?.focusPath(f.path)}>${zh.meeting.goToField}</button>
            ${rollover.done.includes(i) ? null : html`<button class="flag-done" ?disabled=${!session.editable} @click=${() => this.flagDone(i)}>${zh.meeting.flagDone}</button>`}</li>`,
            )}</ul></div>`
          : null
      }`
  }

  private renderDoc(kind: MeetingDocKind, session: MeetingSession) {
    const doc = this.docs.find((d) => d.draft.meeting?.kind === kind)
    const m = session.meeting
    const old = this.lastYear.find((d) => d.meeting?.kind === kind)
    if (!doc)
      return html`<li data-kind=${kind}><span class="name">${DOC_KIND_NAMES[kind]}</span>
        <button class="primary generate" ?disabled=${this.busy}
          @click=${() => this.generate(kind)}>${zh.meeting.generate}</button>
        ${old ? html`<button class="rewrite" title=${zh.meeting.rewriteLastYearHint} ?disabled=${this.busy} @click=${() => this.generate(kind, old)}>${zh.meeting.rewriteLastYear}</button>` : null}
        <span class="state">${zh.meeting.docState.none}</span></li>`
    const stale = doc.node ? staleEntries(doc.node, m).length > 0 : false
    const fields = doc.node ? staleFields(doc.node, m).length > 0 : false
    return html`<li data-kind=${kind}><span class="name">${DOC_KIND_NAMES[kind]}</span>
      <a class="button open" href="#/draft/${doc.draft.id}">${zh.meeting.openDoc}</a>
      <span class="state ${stale || fields ? 'stale' : ''}">${doc.draft.title} · ${
        stale ? zh.meeting.docState.stale : fields ? zh.meeting.docState.fields : zh.meeting.docState.fresh
      }</span></li>`
  }

  private renderFindings(findings: MeetingFinding[]) {
    // What the record lacks shows beside its fields; fields not yet refreshed are, when the document opens.
    const shown = findings.filter((f) => (f.doc !== 'record' || f.rule !== 'meeting-record') && !isStaleField(f))
    if (!shown.length) return html`<p class="none">${zh.meeting.checksNone}</p>`
    const groups = new Map<string, MeetingFinding[]>()
    for (const f of shown) {
      const key = f.doc === 'speech' ? `speech:${f.speech}` : f.doc
      groups.set(key, [...(groups.get(key) ?? []), f])
    }
    const order = { error: 0, warning: 1, info: 2 }
    return html`${[...groups].map(([key, list]) => {
      const first = list[0]
      const draft =
        first.doc === 'speech' ? first.speech : this.docs.find((d) => d.draft.meeting?.kind === first.doc)?.draft.id
      const name = first.doc === 'record' ? zh.meeting.record : DOC_KIND_NAMES[first.doc]
      return html`<h3 data-doc=${key}>${draft ? html`<a href="#/draft/${draft}">${name}</a>` : name}${zh.meeting.countOf(list.length)}</h3>
        <ul>${list
          .sort((a, b) => order[a.severity] - order[b.severity])
          .slice(0, 20)
          .map(
            (
              f,
            ) => html`<li data-rule=${f.rule}><span class="sev ${f.severity}">${SEVERITY_NAMES[f.severity]}</span>${f.message}
            <span class="excerpt">${f.excerpt}</span></li>`,
          )}</ul>`
    })}`
  }
}
customElements.define('jg-meeting', JgMeeting)

declare global {
  interface HTMLElementTagNameMap {
    'jg-meeting': JgMeeting
  }
}
