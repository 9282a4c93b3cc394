import { LitElement, css, html } from 'lit'
import type { Node as PMNode } from 'prosemirror-model'
import { FLAG_NAMES, flagWords, locateFlag, rewrittenFlags } from '../../core/rollover-flags'
import type { RolloverReport } from '../store/db'
import { zh } from '../../i18n/zh'
import { present } from '../../core/guards'
import { emptyFigureSlots } from '../../core/figures/fill'
import { fillSlotKey } from '../fill-said'
import type { SlotAttrs } from '../../core/schema'

/**
 * What the roll-over flagged, to go through one by one: choosing a flag finds its words in
 * the current text (`jg-select-range`); 已处理 marks it done (`jg-flag-done`). A flag whose
 * words the user has rewritten away shows as dealt with by that edit, still quoting what it
 * asked, so nothing quotes a sentence that is no longer there as if it were; it comes back if
 * the words do (an undo). Which flags are rewritten, and how many slots are empty, are worked out
 * from the speech as it is when the page draws the panel with a new document (after a pause in
 * typing): the document is their one owner, nothing of them is stored at the roll-over.
 */
export class JgRolloverReport extends LitElement {
  static override properties = { report: { attribute: false }, doc: { attribute: false }, gone: { state: true } }
  declare report: RolloverReport | null
  declare doc: PMNode | null
  /** Flags whose words were not found when last chosen. */
  declare gone: ReadonlySet<number>
  /** Flags whose words are no longer in `doc`. */
  private rewritten: ReadonlySet<number> = new Set()

  /** The figure slots empty in `doc`, and what each asks for. */
  private empty: SlotAttrs[] = []
  /** What the fill said of slots it refused or could not choose for, of those still empty. */
  private notes: string[] = []
  /** The empty slots the library had no number for (not those `notes` are about). */
  private notInLibrary: SlotAttrs[] = []

  protected override willUpdate(changed: Map<string, unknown>) {
    if ((changed.has('doc') || changed.has('report')) && this.doc && this.report) {
      this.rewritten = rewrittenFlags(this.doc, this.report.flags)
      this.empty = emptyFigureSlots(this.doc).map((s) => s.attrs)
      const fill = this.report.fill
      const emptyKeys = new Set(this.empty.map(fillSlotKey))
      const reasons = fill?.said.slice(1) ?? []
      // Reports written before the fill kept its reasons' slots show each while any slot is empty.
      const about = (i: number) => fill?.slots?.[i] ?? null
      this.notes = reasons.filter((_r, i) => {
        const keys = about(i)
        return keys === null ? this.empty.length > 0 : keys.some((k) => emptyKeys.has(k))
      })
      const saidOf = new Set(reasons.flatMap((_r, i) => about(i) ?? []))
      this.notInLibrary = this.empty.filter((s) => !saidOf.has(fillSlotKey(s)))
    }
  }

  constructor() {
    super()
    this.report = null
    this.doc = null
    this.gone = new Set()
  }

  private choose(index: number) {
    const doc = present(this.doc, 'the document the report is about')
    const at = locateFlag(doc, present(this.report, 'the roll-over report').flags[index])
    const gone = new Set(this.gone)
    if (at) gone.delete(index)
    else gone.add(index)
    this.gone = gone
    if (at) this.fire('jg-select-range', at)
  }

  static override styles = css`
    :host { display: block; font: 13px/1.5 var(--font-ui, sans-serif); }
    .summary { padding: 8px; background: #eef4fc; }
    .fill { padding: 0 8px 8px; margin: 0; background: #eef4fc; }
    ol { list-style: none; margin: 0; padding: 0; }
    li { border-bottom: 1px solid #eee; padding: 6px 8px; }
    li.done { opacity: .5; }
    .go { all: unset; cursor: pointer; display: block; }
    .go:focus-visible, button:focus-visible { outline: 2px solid #2a6fd1; }
    .kind { font-size: 11px; color: #fff; background: #8a6d3b; border-radius: 3px; padding: 0 4px; margin-right: 4px; }
    .excerpt { color: #666; font-family: var(--font-body, serif); }
    li.rewritten .excerpt { text-decoration: line-through; }
    .gone { color: #1b5e20; font-size: 12px; }
    button.done { font: 12px var(--font-ui); padding: 0 6px; margin-top: 2px; }
  `

  private fire(name: string, detail: unknown) {
    this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }))
  }

  override render() {
    const r = this.report
    if (!r || !this.doc) return null
    const open = r.flags.filter((_f, i) => !r.done.includes(i) && !this.rewritten.has(i)).length
    const rewrittenOpen = r.flags.filter((_f, i) => !r.done.includes(i) && this.rewritten.has(i)).length
    return html`
      <p class="summary">${r.noYears ? zh.rolloverReport.noYears : zh.rolloverReport.summary(r.from, r.to, open)}${
        rewrittenOpen ? zh.rolloverReport.rewrittenCount(rewrittenOpen) : ''
      }</p>
      ${
        // What the fill said of the slots it left (a unit that does not convert…) holds while any is empty.
        r.fill
          ? html`<p class="fill">${zh.rolloverReport.fill(r.fill.filled, this.empty.length)}${
              this.empty.length
                ? [zh.figures.stillEmpty(this.notInLibrary), ...this.notes].filter(Boolean).join(' ')
                : ''
            }</p>`
          : null
      }
      <ol>${r.flags.map((f, i) => {
        const done = r.done.includes(i)
        const rewritten = !done && this.rewritten.has(i)
        return html`<li class=${done ? 'done' : rewritten ? 'done rewritten' : ''} data-kind=${f.kind}>
          <button class="go" @click=${() => this.choose(i)}>
            <span class="kind">${FLAG_NAMES[f.kind]}</span>${f.message}
            <div class="excerpt">${f.excerpt}</div>
            ${
              rewritten
                ? html`<div class="gone">${zh.rolloverReport.rewritten(flagWords(f))}</div>`
                : this.gone.has(i)
                  ? html`<div class="gone">${zh.rolloverReport.gone}</div>`
                  : null
            }
          </button>
          ${done || rewritten ? null : html`<button class="done" @click=${() => this.fire('jg-flag-done', { index: i })}>${zh.rolloverReport.done}</button>`}
        </li>`
      })}</ol>`
  }
}
customElements.define('jg-rollover-report', JgRolloverReport)

declare global {
  interface HTMLElementTagNameMap {
    'jg-rollover-report': JgRolloverReport
  }
}
