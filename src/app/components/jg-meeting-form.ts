import { LitElement, css, html, nothing } from 'lit'
import { live } from 'lit/directives/live.js'
import { chineseDate, chineseTime, parseIsoDate, parseTimeInput, weekdayName, weekdayOf } from '../../core/dates'
import {
  ACTIONS,
  actionOf,
  agendaPhrase,
  mainSpeechIndex,
  type AgendaItem,
  type ListName,
  type Meeting,
} from '../../core/meeting'
import { levelLabel } from '../../core/numbering'
import { levelOf } from '../../core/lang/levels'
import { zh } from '../../i18n/zh'
import { targetOf } from './dom'

/** One change the form asks for; the page applies it to the record (and says when it cannot). */
export type MeetingEdit =
  | { op: 'set'; path: string; text: string }
  | { op: 'add'; list: ListName }
  | { op: 'remove'; list: ListName; index: number }
  | { op: 'move'; list: ListName; from: number; to: number }
  | { op: 'add-speaker'; item: number }
  | { op: 'remove-speaker'; item: number; index: number }

/** A speech draft an item may link, as the choice shows it (title, years, when it last changed). */
export interface SpeechChoice {
  id: string
  label: string
}

/** What the page says about a field: a value it could not use (typed), or what the record lacks. */
export interface FieldMessage {
  kind: 'typed' | 'missing' | 'problem'
  text: string
}

const L = zh.meeting.labels
const P = zh.meeting.placeholders
const DATE_PATHS = /^(date|issued|deadlines\.\d+\.date)$/

/** How a stored value shows in its input: dates as people write them. */
function shown(path: string, value: string): string {
  if (DATE_PATHS.test(path)) {
    const d = parseIsoDate(value)
    return d ? chineseDate(d) : value
  }
  return value
}

/** What shows beside a value: the weekday of a date, 上午/下午 of a time. */
function aside(path: string, value: string): string {
  if (DATE_PATHS.test(path)) {
    const d = parseIsoDate(value)
    return d ? weekdayName(weekdayOf(d)) : ''
  }
  if (path === 'start' && parseTimeInput(value)) return chineseTime(value)
  return ''
}

/**
 * The meeting record as a form, in Chinese: each value committed when the user leaves it (or
 * presses Enter) as a `jg-meeting-edit` event; lists with add, remove and move. It holds no
 * state of its own besides the inputs: the record comes down, edits go up.
 */
export class JgMeetingForm extends LitElement {
  static override properties = {
    meeting: { attribute: false },
    messages: { attribute: false },
    speeches: { attribute: false },
    readonly: { type: Boolean },
  }
  declare meeting: Meeting
  /** By path in the record. */
  declare messages: Map<string, FieldMessage>
  /** Speech drafts an item may link. */
  declare speeches: SpeechChoice[]
  declare readonly: boolean

  constructor() {
    super()
    this.messages = new Map()
    this.speeches = []
    this.readonly = false
  }

  /**
   * A fieldset is as wide as its widest content by default (min-inline-size: min-content): a speech's
   * long title in the 讲话稿 choice made the form wider than its column, under the 会议文件/检查 panel
   * (tryout 10 #9). The form keeps to its column; a long choice is cut at the box's edge.
   */
  static override styles = css`
    :host { display: block; font: 14px/1.6 var(--font-ui, sans-serif); color: #222; }
    /* The fieldset may be narrower than its content (see styles' doc comment). */
    fieldset { border: 1px solid #dde; border-radius: 6px; background: #fff; margin: 0 0 14px; padding: 8px 14px 12px; min-inline-size: 0; }
    select { max-width: 100%; min-width: 0; text-overflow: ellipsis; }
    .row > select:last-child { flex: 1 1 12em; }
    legend { font-weight: 600; padding: 0 4px; }
    .grid { display: grid; grid-template-columns: 7.5em 1fr; gap: 6px 10px; align-items: start; }
    .grid > .label { padding-top: 3px; color: #444; text-align: right; }
    .field { display: flex; flex-wrap: wrap; align-items: center; gap: 4px 8px; }
    input, select, textarea {
      font: inherit;
      padding: 2px 6px;
      border: 1px solid #aab;
      border-radius: 4px;
      background: #fff;
    }
    input[aria-invalid="true"] { border-color: #c0392b; background: #fdf3f2; }
    input.wide, textarea { flex: 1; min-width: 12em; }
    /* A title may be long (a full office and post): it takes the row's room, the name a short box. */
    input.who-title { flex: 1 1 16em; min-width: 10em; }
    input.who-name { width: 6em; }
    textarea { height: 4.5em; }
    input:focus-visible, select:focus-visible, textarea:focus-visible, button:focus-visible {
      outline: 2px solid #2a6fd1;
      outline-offset: 1px;
    }
    .aside { color: #2e6b30; font-size: 13px; }
    .msg { flex-basis: 100%; font-size: 12.5px; }
    .msg.typed, .msg.problem { color: #b00020; }
    .msg.missing { color: #8a5a00; }
    button {
      font: 13px var(--font-ui, sans-serif);
      padding: 1px 8px;
      border-radius: 4px;
      border: 1px solid #aab;
      background: #fff;
      cursor: pointer;
    }
    button:disabled { opacity: .45; cursor: default; }
    .row { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; margin: 4px 0; }
    .row > .label { color: #444; min-width: 4.5em; }
    .item { border: 1px solid #e4e4ee; border-radius: 6px; padding: 6px 10px; margin: 8px 0; background: #fcfcff; }
    .item header { display: flex; gap: 6px; align-items: center; flex-wrap: wrap; }
    .item .no { font-weight: 600; min-width: 2em; }
    .item .phrase { color: #555; font-family: var(--font-body, serif); flex: 1; }
    .main { font-size: 12px; color: #fff; background: #2a6fd1; border-radius: 3px; padding: 0 4px; }
    .who { display: flex; flex-direction: column; gap: 2px; }
    .flash { animation: flash 1.6s ease-out; }
    @keyframes flash { from { box-shadow: 0 0 0 4px #ffd54f; } to { box-shadow: 0 0 0 0 transparent; } }
  `

  private edit(e: MeetingEdit) {
    this.dispatchEvent(new CustomEvent<MeetingEdit>('jg-meeting-edit', { detail: e, bubbles: true, composed: true }))
  }

  /** Bring the input for a place in the record into view and focus it ("items.1.who": its first input). */
  focusPath(path: string): boolean {
    const all = [...this.renderRoot.querySelectorAll<HTMLElement>('[data-path]')]
    const found =
      all.find((el) => el.dataset.path === path) ?? all.find((el) => el.dataset.path?.startsWith(`${path}.`))
    // A group (a list, an item's speakers): its first input, or the group when it has none yet.
    const target = found?.matches('input, select, textarea')
      ? found
      : (found?.querySelector<HTMLElement>('input, select, textarea') ?? found)
    if (!target) return false
    target.scrollIntoView({ block: 'center' })
    target.focus()
    target.classList.remove('flash')
    void target.offsetWidth
    target.classList.add('flash')
    return true
  }

  private message(path: string) {
    const m = this.messages.get(path)
    return m ? html`<span class="msg ${m.kind}" role=${m.kind === 'typed' ? 'alert' : nothing}>${m.text}</span>` : null
  }

  /** A text input for one value of the record. */
  private input(path: string, value: string, label: string, placeholder = '', cls = '') {
    const typed = this.messages.get(path)?.kind === 'typed'
    return html`<input data-path=${path} class=${cls} aria-label=${label} placeholder=${placeholder}
      .value=${shown(path, value)} ?disabled=${this.readonly} aria-invalid=${typed ? 'true' : 'false'}
      @change=${(e: Event) => this.edit({ op: 'set', path, text: targetOf(e, HTMLInputElement).value })}
      @keydown=${(e: KeyboardEvent) => {
        if (e.key === 'Enter' && !e.isComposing) targetOf(e, HTMLInputElement).blur()
      }}>`
  }

  /** A labelled row of the grid: the input, what shows beside it, its message. */
  private row(path: string, value: string, label: string, placeholder = '') {
    // A value typed wrongly is not stored: what the stored one implies (its weekday) is not this input's.
    const beside = this.messages.get(path)?.kind === 'typed' ? '' : aside(path, value)
    const input = this.input(path, value, label, placeholder, 'wide')
    return html`<span class="label" aria-hidden="true">${label}</span><div class="field">${input}${
      beside ? html`<span class="aside">${beside}</span>` : null
    }${this.message(path)}</div>`
  }

  private listButtons(list: ListName, i: number, length: number) {
    return html`<button class="up" ?disabled=${this.readonly || i === 0}
      @click=${() => this.edit({ op: 'move', list, from: i, to: i - 1 })}>${zh.meeting.moveUp}</button>
      <button class="down" ?disabled=${this.readonly || i === length - 1}
        @click=${() => this.edit({ op: 'move', list, from: i, to: i + 1 })}>${zh.meeting.moveDown}</button>
      <button class="remove" ?disabled=${this.readonly}
        @click=${() => this.edit({ op: 'remove', list, index: i })}>${zh.meeting.remove}</button>`
  }

  override render() {
    const m = this.meeting
    const S = zh.meeting.sections
    return html`
      <fieldset class="basics"><legend>${S.basics}</legend><div class="grid">
        ${this.row('name', m.name, L.name, P.name)}
        ${this.row('organiser', m.organiser, L.organiser, P.organiser)}
        ${this.row('addressees', m.addressees ?? '', L.addressees, P.addressees(levelOf(m.organiser)?.addressees ?? null))}
        ${this.row('date', m.date, L.date, P.date)}
        ${this.row('start', m.start, L.start, P.start)}
        ${this.row('place', m.place, L.place, P.place)}
        ${this.row('issued', m.issued, L.issued, P.issued)}
        ${this.row('chair.title', m.chair.title, L.chairTitle, P.chairTitle)}
        ${this.row('chair.name', m.chair.name, L.chairName, P.chairName)}
      </div></fieldset>

      <fieldset class="attendees" data-path="attendees" tabindex="-1"><legend>${S.attendees}</legend>
        ${this.message('attendees')}
        ${m.attendees.map(
          (
            a,
            i,
          ) => html`<div class="row">${this.input(`attendees.${i}`, a, `${L.attendee}${i + 1}`, P.attendee, 'wide')}
          ${this.listButtons('attendees', i, m.attendees.length)}${this.message(`attendees.${i}`)}</div>`,
        )}
        <button class="add-attendee" ?disabled=${this.readonly}
          @click=${() => this.edit({ op: 'add', list: 'attendees' })}>${zh.meeting.add}</button>
      </fieldset>

      <fieldset class="deadlines" data-path="deadlines" tabindex="-1"><legend>${S.deadlines}</legend>
        ${m.deadlines.map((d, i) => {
          const beside = aside(`deadlines.${i}.date`, d.date)
          return html`<div class="row">${this.input(`deadlines.${i}.date`, d.date, `${L.deadlineDate}${i + 1}`, P.date)}
          ${beside ? html`<span class="aside">${beside}</span>` : null}
          ${this.input(`deadlines.${i}.what`, d.what, `${L.deadlineWhat}${i + 1}`, P.deadlineWhat, 'wide')}
          ${this.listButtons('deadlines', i, m.deadlines.length)}
          ${this.message(`deadlines.${i}.date`)}${this.message(`deadlines.${i}.what`)}</div>`
        })}
        <button class="add-deadline" ?disabled=${this.readonly}
          @click=${() => this.edit({ op: 'add', list: 'deadlines' })}>${zh.meeting.add}</button>
      </fieldset>

      <fieldset class="contacts" data-path="contacts" tabindex="-1"><legend>${S.contacts}</legend>
        ${m.contacts.map(
          (
            c,
            i,
          ) => html`<div class="row">${this.input(`contacts.${i}.name`, c.name, `${L.contactName}${i + 1}`, P.chairName)}
          ${this.input(`contacts.${i}.phone`, c.phone, `${L.contactPhone}${i + 1}`, P.contactPhone)}
          ${this.listButtons('contacts', i, m.contacts.length)}
          ${this.message(`contacts.${i}.name`)}${this.message(`contacts.${i}.phone`)}</div>`,
        )}
        <button class="add-contact" ?disabled=${this.readonly}
          @click=${() => this.edit({ op: 'add', list: 'contacts' })}>${zh.meeting.add}</button>
      </fieldset>

      <fieldset class="items" data-path="items" tabindex="-1"><legend>${S.items}</legend>
        ${this.message('items')}
        ${m.items.map((item, i) => this.renderItem(item, i))}
        <button class="add-item" ?disabled=${this.readonly}
          @click=${() => this.edit({ op: 'add', list: 'items' })}>${zh.meeting.addItem}</button>
      </fieldset>
    `
  }

  private renderItem(item: AgendaItem, i: number) {
    const m = this.meeting
    const action = actionOf(item.action)
    const main = mainSpeechIndex(m) === i
    const base = `items.${i}`
    const linked = item.speech ? this.speeches.find((s) => s.id === item.speech) : null
    // 讲话 and 总结讲话 say nothing of what: the item reads the same whatever it would be.
    const usesWhat = !action || action.content('X', true) !== action.content('', true)
    return html`<div class="item" data-index=${i}>
      <header>
        <span class="no">${levelLabel(1, i + 1)}</span>
        <select data-path="${base}.action" aria-label=${L.action} ?disabled=${this.readonly} .value=${live(item.action)}
          @change=${(e: Event) => this.edit({ op: 'set', path: `${base}.action`, text: targetOf(e, HTMLSelectElement).value })}>
          ${
            // The value is set on the select itself too: a row shows another item after a move, and
            // a select the user has chosen in need not follow its options' selected attributes
            // (tryout 14 C3). The attributes give the first render, when the select's value is set
            // before its options exist.
            ACTIONS.map((a) => html`<option value=${a.id} ?selected=${a.id === item.action}>${a.id}</option>`)
          }
        </select>
        <span class="phrase">${agendaPhrase(item)}</span>
        ${main ? html`<span class="main">${zh.meeting.mainSpeech}</span>` : null}
        ${this.listButtons('items', i, m.items.length)}
      </header>
      ${this.message(`${base}.action`)}
      ${
        usesWhat
          ? html`<div class="row"><span class="label">${zh.meeting.whatLabel(L.what, action?.needsWhat ?? true)}</span>
        ${this.input(`${base}.what`, item.what, zh.meeting.itemField(i + 1, L.what), '', 'wide')}
        ${this.message(`${base}.what`)}</div>`
          : null
      }
      <div class="who" data-path="${base}.who" tabindex="-1">
        ${this.message(`${base}.who`)}
        ${item.who.map(
          (p, j) => html`<div class="row"><span class="label">${L.speaker}${item.who.length > 1 ? j + 1 : ''}</span>
          ${this.input(`${base}.who.${j}.title`, p.title, zh.meeting.speakerField(i + 1, j + 1, L.whoTitle), P.whoTitle, 'who-title')}
          ${this.input(`${base}.who.${j}.name`, p.name, zh.meeting.speakerField(i + 1, j + 1, L.whoName), P.whoName, 'who-name')}
          <button class="remove-speaker" ?disabled=${this.readonly}
            @click=${() => this.edit({ op: 'remove-speaker', item: i, index: j })}>${zh.meeting.remove}</button>
          ${this.message(`${base}.who.${j}.title`)}${this.message(`${base}.who.${j}.name`)}</div>`,
        )}
        <div class="row"><button class="add-speaker" ?disabled=${this.readonly}
          @click=${() => this.edit({ op: 'add-speaker', item: i })}>${zh.meeting.addSpeaker}</button></div>
      </div>
      <div class="row"><span class="label">${L.speech}</span>
        <select data-path="${base}.speech" aria-label=${zh.meeting.itemField(i + 1, L.speech)} ?disabled=${this.readonly}
          @change=${(e: Event) => this.edit({ op: 'set', path: `${base}.speech`, text: targetOf(e, HTMLSelectElement).value })}>
          <option value="" ?selected=${!item.speech}>${zh.meeting.noSpeech}</option>
          ${item.speech && !linked ? html`<option value=${item.speech} selected>${zh.meeting.speechGone}</option>` : null}
          ${this.speeches.map((s) => html`<option value=${s.id} ?selected=${s.id === item.speech}>${s.label}</option>`)}
        </select>
        ${linked ? html`<a href="#/draft/${linked.id}">${zh.meeting.open}</a>` : null}
      </div>
      ${
        main
          ? html`<div class="row"><span class="label">${L.summary}</span>
        <textarea data-path="${base}.summary" aria-label=${L.summary} placeholder=${P.summary} ?disabled=${this.readonly}
          .value=${item.summary}
          @change=${(e: Event) => this.edit({ op: 'set', path: `${base}.summary`, text: targetOf(e, HTMLTextAreaElement).value })}></textarea>
        ${this.message(`${base}.summary`)}</div>`
          : null
      }
    </div>`
  }
}
customElements.define('jg-meeting-form', JgMeetingForm)

declare global {
  interface HTMLElementTagNameMap {
    'jg-meeting-form': JgMeetingForm
  }
}
