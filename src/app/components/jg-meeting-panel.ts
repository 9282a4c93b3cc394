import { LitElement, css, html } from 'lit'
import type { Node as PMNode } from 'prosemirror-model'
import { chineseDateWithWeekday, parseIsoDate } from '../../core/dates'
import { DOC_KIND_NAMES } from '../../core/schema'
import type { MeetingFinding } from '../../core/meeting'
import { SEVERITY_NAMES } from '../../core/checks/types'
import type { MeetingContext } from '../meeting-context'
import { zh } from '../../i18n/zh'
import './jg-confirm'
import { rendered } from './dom'

/**
 * The side panel of a draft that belongs to a meeting: which meeting, the other documents, what
 * the checks found in them, and — for a document whose record changed its lists — making it
 * again, only after saying which paragraphs will go.
 */
export class JgMeetingPanel extends LitElement {
  static override properties = {
    context: { attribute: false },
    doc: { attribute: false },
    changes: { attribute: false },
  }
  declare context: MeetingContext
  declare doc: PMNode
  /** The context's `changes`: set by the page so the panel redraws when the meeting was read again. */
  declare changes: number

  static override styles = css`
    :host { display: block; padding: 8px 10px; font: 13px/1.6 var(--font-ui, sans-serif); color: #222; }
    h3 { font-size: 13px; margin: 12px 0 4px; color: #555; }
    ul { list-style: none; margin: 0; padding: 0; }
    li { padding: 3px 0; border-bottom: 1px solid #eee; }
    a, button { font: inherit; }
    button { padding: 2px 10px; border-radius: 4px; border: 1px solid #aab; background: #fff; cursor: pointer; }
    button:focus-visible, a:focus-visible { outline: 2px solid #2a6fd1; outline-offset: 1px; }
    .stale { background: #fff6e0; border: 1px solid #e0c98f; border-radius: 6px; padding: 6px 8px; margin: 8px 0; }
    .stale p { margin: 0 0 6px; }
    .current { color: #777; }
    .sev { display: inline-block; font-size: 11px; padding: 0 4px; border-radius: 3px; margin-right: 4px; color: #fff; }
    .sev.error { background: #c0392b; } .sev.warning { background: #d68910; } .sev.info { background: #2e86c1; }
    .excerpt { color: #666; }
  `

  private async regenerate() {
    const lost = this.context.lostOnRegenerate(this.doc)
    const confirm = rendered(this.renderRoot, 'jg-confirm')
    if (await confirm.ask(zh.meeting.confirmRegenerate(lost), zh.meeting.regenerateOk)) this.context.regenerate()
  }

  override render() {
    const ctx = this.context
    const record = ctx.record
    if (!record) return null
    const m = record.meeting
    const name = m.name || zh.meeting.untitled
    const date = parseIsoDate(m.date)
    const stale = ctx.stale(this.doc)
    const staleFields = ctx.staleFieldCount(this.doc)
    const others = ctx.others(this.doc)
    return html`
      <p>${ctx.kind === 'speech' ? zh.meeting.panelSpeech(name) : zh.meeting.panelFor(name)}
        ${date ? html`<br>${zh.meeting.datePlace(chineseDateWithWeekday(date), m.place)}` : null}</p>
      <button class="edit-record" @click=${() => ctx.openRecord()}>${zh.meeting.editRecord}</button>
      ${
        stale.length
          ? html`<div class="stale" role="alert">${stale.map((s) => html`<p>${s.message}</p>`)}
          <button class="regenerate" @click=${() => this.regenerate()}>${zh.meeting.regenerate}</button></div>`
          : null
      }
      ${
        staleFields
          ? html`<div class="stale"><p>${zh.meeting.staleFields(staleFields)}</p>
          <button class="refresh" @click=${() => ctx.refresh()}>${zh.meeting.refresh}</button></div>`
          : null
      }
      <h3>${zh.meeting.siblings}</h3>
      <ul class="siblings">${ctx.documentKinds.map((kind) => {
        const sibling = ctx.siblingOf(kind)
        return html`<li data-kind=${kind}>${zh.meeting.inDoc(DOC_KIND_NAMES[kind])}${
          kind === ctx.kind
            ? html`<span class="current">${zh.meeting.current}</span>`
            : sibling
              ? html`<a href="#/draft/${sibling.id}">${sibling.title}</a>`
              : html`<span class="current">${zh.meeting.docState.none}</span>`
        }</li>`
      })}</ul>
      ${
        stale.length === 0 && ctx.kind !== 'speech'
          ? html`<p><button class="regenerate" @click=${() => this.regenerate()}>${zh.meeting.regenerate}</button></p>`
          : null
      }
      ${others.length ? html`<h3>${zh.meeting.otherFindings}${zh.meeting.countOf(others.length)}</h3><ul class="others">${others.map((f) => this.renderOther(f))}</ul>` : null}
      <jg-confirm></jg-confirm>
    `
  }

  private renderOther(f: MeetingFinding) {
    const where =
      f.doc === 'record' ? zh.meeting.record : f.doc === 'speech' ? DOC_KIND_NAMES.speech : DOC_KIND_NAMES[f.doc]
    const sibling =
      f.doc === 'notice' || f.doc === 'agenda' || f.doc === 'script' ? this.context.siblingOf(f.doc) : null
    const target = f.doc === 'record' ? null : sibling ? sibling.id : f.doc === 'speech' ? f.speech : null
    return html`<li><span class="sev ${f.severity}">${SEVERITY_NAMES[f.severity]}</span>${
      target ? html`<a href="#/draft/${target}">${where}</a>` : where
    }${zh.meeting.inDoc('')}${f.message} <span class="excerpt">${f.excerpt}</span></li>`
  }
}
customElements.define('jg-meeting-panel', JgMeetingPanel)

declare global {
  interface HTMLElementTagNameMap {
    'jg-meeting-panel': JgMeetingPanel
  }
}
