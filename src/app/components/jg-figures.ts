import { lowerIsBetter } from '../../core/lang/lower-better'
import { LitElement, css, html } from 'lit'
import type { Node as PMNode } from 'prosemirror-model'
import { slotsOf } from '../../core/outline'
import type { FigureIndex, Metric } from '../../core/figures/model'
import { figureKey, twoFigures } from '../../core/figures/fill'
import { changeBetween, compareSlot, type Comparison } from '../../core/figures/compare'
import { docYears, type FigureKind, type SlotAttrs } from '../../core/schema'
import { formatNumber } from '../../core/units'
import { writtenUnit } from '../../core/lang/units'
import type { CsvNote, RowError, FigureRow } from '../../core/figures/csv'
import type { StoredChange } from '../../core/figures/incoming'
import { parseSlotInput } from '../editor/slot-view'
import { typedFiguresOf } from '../../core/typed-slots'
import { likelySameMetric } from '../../core/figures/same-metric'
import { zh } from '../../i18n/zh'
import './jg-confirm'
import { currentTargetOf, rendered, targetOf } from './dom'

export interface FigureLine {
  key: string
  label: string
  unit: string
  year: number | null
  kind: FigureKind
  /** The span of a total over several years, or null. */
  period: string | null
  /** The value in the speech (of its first slot; null when `split`). */
  value: string | null
  /** Its unit as the speech writes and prints it, 余/多 included (1323余次, 860万余元): what the panel shows. */
  written: string
  slots: number
  /**
   * The numbers the slots hold when they differ: two figures under one name (core `twoFigures`),
   * which the panel never sets as one; otherwise null.
   */
  split: string[] | null
  /** What the figure is measured against: last year's actual, last year's target, this year's target. */
  against: Comparison
}

/** The figures a speech uses, one line per metric, year and kind, with last year's value and the target beside. */
export function figureLines(doc: PMNode, index: FigureIndex): FigureLine[] {
  const lines = new Map<string, FigureLine>()
  const groups = new Map<string, { attrs: SlotAttrs }[]>()
  for (const slot of slotsOf(doc)) {
    const { attrs } = slot
    if (attrs.role !== 'metric') continue
    const key = figureKey(attrs, index)
    const line = lines.get(key)
    const group = groups.get(key)
    if (group) group.push(slot)
    else groups.set(key, [slot])
    if (line) {
      line.slots++
      continue
    }
    lines.set(key, {
      key,
      label: attrs.label,
      unit: attrs.unit,
      year: attrs.year,
      kind: attrs.kind,
      period: attrs.period,
      value: attrs.value,
      written: writtenUnit(attrs.unit, attrs.approx, attrs.approxPos),
      slots: 1,
      split: null,
      against: compareSlot(index, attrs),
    })
  }
  for (const [key, group] of groups) {
    const line = lines.get(key)
    if (!line || !twoFigures(group)) continue
    line.split = group.map(
      ({ attrs: a }) => `${a.value ?? zh.figures.toFill}${writtenUnit(a.unit, a.approx, a.approxPos)}`,
    )
    line.value = null
  }
  return [...lines.values()]
}

/** Labels in the order of a Chinese list (localeCompare with a locale makes a collator at each call). */
const BY_PINYIN = new Intl.Collator('zh-CN')

/**
 * The metrics 合并到 offers: the store's metrics this speech uses, and those with a stored value
 * for a year the speech speaks of (the year before its review year to its plan year), as last
 * year's speech may name the same thing differently. Not every metric of every speech.
 */
export function mergeCandidates(doc: PMNode, index: FigureIndex, lines: FigureLine[]) {
  // 15所 of 乡镇卫生院, a metric in 人, is 乡镇卫生院（所）'s (core keptLabel).
  const own = new Set(lines.map((l) => index.metricFor(index.labelFor(l.label, l.unit))?.key))
  const { reviewYear, planYear } = docYears(doc)
  const years = [reviewYear === null ? null : reviewYear - 1, reviewYear, planYear].filter((y) => y !== null)
  const byLabel = (a: Metric, b: Metric) => BY_PINYIN.compare(a.label, b.label)
  return {
    inSpeech: index.metrics.filter((m) => own.has(m.key)).sort(byLabel),
    sameYears: index.metrics
      .filter(
        (m) =>
          !own.has(m.key) &&
          years.some((y) => index.valueByKey(m.key, y, 'actual') || index.valueByKey(m.key, y, 'target')),
      )
      .sort(byLabel),
  }
}

/**
 * Put the 合并到 menu's choices in as it is opened (focused by a click, a tap or Tab): the
 * speech's other metrics, then those the library holds for its years. Drawn in every line, they
 * were each line's count of metrics over again, 45,618 <option>s for the 230 lines of a county
 * speech, and a freeze of seconds each time the panel opened (tryout 15, C1). Put in afresh at
 * each opening, as the lines and the library may have changed since the last.
 */
function fillMergeMenu(select: HTMLSelectElement, options: Metric[][]) {
  for (const group of select.querySelectorAll(':scope > optgroup')) group.remove()
  options.forEach((list, i) => {
    if (!list.length) return
    const group = document.createElement('optgroup')
    group.label = i === 0 ? zh.figures.inSpeech : zh.figures.sameYears
    for (const m of list) group.append(new Option(m.label, m.key))
    select.append(group)
  })
}

export interface CsvPreview {
  fileName: string
  /** The rows importing would write. */
  rows: FigureRow[]
  errors: RowError[]
  /** What the reader did beyond reading rows (core/figures/csv.ts CsvNote), said before anything is stored. */
  notes: CsvNote[]
  /** Rows in a unit their metric's does not convert to: not imported. */
  refused: RowError[]
  /** Stored values the rows would change, each with the other drafts that show the stored number. */
  changes: (StoredChange & { shownIn?: string[] })[]
  /**
   * What importing would let a fill do to the open speech: empty slots filled, slots holding a
   * changed figure's old number updated, slots refused (units), left (unsure), and why each
   * refused slot or unsure group is left, named (tryout 12: “2 个因无法确定” named none).
   */
  fill: { filled: number; updated: number; refused: number; unsure: number; why: string[] }
  /** Filled slots holding a number of their own that the CSV gives another: never changed, named. */
  kept: { place: string; value: string }[]
  /** How many of the rows name a metric this speech's slots use; the rest only go to the library. */
  forSlots: number
}

/**
 * The figures panel: the metrics the open speech uses, editable; events go up to the editor
 * page, which owns storage: jg-set-figure, jg-fill-figures, jg-slot-typed, jg-import-csv, jg-confirm-csv,
 * jg-export-csv, jg-merge-metrics, jg-trial-refused.
 */
export class JgFigures extends LitElement {
  static override properties = {
    doc: { attribute: false },
    index: { attribute: false },
    message: { type: String },
    failed: { type: Boolean },
    csv: { attribute: false },
    trial: { type: Boolean },
  }
  declare doc: PMNode | null
  declare index: FigureIndex | null
  declare message: string
  /** `message` says why something failed (a CSV that cannot be read, storage): the error style. */
  declare failed: boolean
  declare csv: CsvPreview | null
  /**
   * The open draft is a trial copy: 导入 CSV and 合并, which write the library itself, fire
   * jg-trial-refused ('csv' or 'merge') instead of asking for a file or a confirmation.
   */
  declare trial: boolean

  constructor() {
    super()
    this.doc = null
    this.index = null
    this.message = ''
    this.failed = false
    this.csv = null
    this.trial = false
  }

  static override styles = css`
    :host { display: block; font: 13px/1.5 var(--font-ui, sans-serif); container-type: inline-size; }
    .bar { display: flex; flex-wrap: wrap; gap: 4px; padding: 6px; border-bottom: 1px solid #eee; }
    button {
      font: 12px var(--font-ui, sans-serif);
      padding: 2px 8px;
      border: 1px solid #aab;
      background: #fff;
      border-radius: 3px;
      cursor: pointer;
    }
    table { border-collapse: collapse; width: 100%; }
    th, td { padding: 3px 4px; border-bottom: 1px solid #eee; text-align: left; vertical-align: top; }
    th { font-weight: normal; color: #666; font-size: 12px; white-space: nowrap; }
    /* The label never narrower than a short phrase: a whole label on one or two lines. */
    td:first-child { min-width: 8em; overflow-wrap: anywhere; }
    td.num { text-align: right; white-space: nowrap; }
    input.value { width: 5em; font: 13px var(--font-ui); text-align: right; }
    input.value:invalid, input.value.bad { outline: 2px solid #c0392b; }
    .kind { font-size: 11px; color: #8a6d3b; }
    .split-mark { color: #b00020; font-weight: 600; }
    button.same-metric { display: block; margin-top: 2px; font-size: 12px; padding: 1px 6px; color: #1a4f8b; border-color: #9bb8d8; }
    .split-values { font-size: 11px; color: #b00020; white-space: normal; }
    .below { color: #c0392b; font-weight: 600; }
    .up { color: #1b5e20; } .down { color: #c0392b; }
    .message { padding: 6px 8px; background: #eef4fc; }
    .typed { padding: 6px 8px; margin: 6px 0; background: #fff8e1; }
    .typed button { display: block; margin-top: 4px; }
    .typed p { margin: 4px 0 0; }
    .typed .typed-no-parts { color: #b71c1c; }
    .message.error { background: #fdecee; color: #b00020; }
    .csv { padding: 8px; border: 1px solid #d49a2a; background: #fff8e6; margin: 6px; }
    .csv ul { margin: 4px 0; padding-left: 1.2em; color: #b00020; }
    .csv ul.changes, .csv ul.kept, .csv ul.fill-left { color: #8a4b00; }
    /* The merge column: narrow, and always showing. */
    td:last-child { width: 4.8em; }
    select.merge { font: 12px var(--font-ui); width: 4.8em; max-width: 100%; }
    /*
     * In the side panel (narrower than the six columns need) each metric takes two lines: its label
     * across the panel, then value, last year, change, target and the merge menu in columns of their own.
     */
    @container (max-width: 559px) {
      table, thead, tbody { display: block; }
      tr { display: grid; grid-template-columns: minmax(max-content, 1.4fr) repeat(3, minmax(2.5em, 1fr)) 6em; column-gap: 4px;
        border-bottom: 1px solid #eee; padding: 2px 0; }
      /*
       * A line out of view is laid out when it scrolls near: laying out all 230 lines of a county
       * speech took 200–600 ms each time the panel opened (tryout 15, C1). Until then it holds a
       * line's usual height (label above, numbers below); once seen, its own.
       */
      tbody tr { content-visibility: auto; contain-intrinsic-size: auto 46px; }
      td:last-child { width: auto; }
      select.merge { width: 100%; }
      th, td { border-bottom: none; padding: 1px 2px; min-width: 0; }
      tbody td:first-child { grid-column: 1 / -1; min-width: 0; font-weight: 600; }
      tbody td:first-child .kind { display: inline; margin-left: .5em; font-weight: normal; }
      thead th:first-child { grid-column: 1 / -1; }
      td.num { overflow-wrap: anywhere; white-space: normal; }
      td.num:nth-child(2) { white-space: nowrap; }
      input.value { width: 4.4em; }
    }
  `

  private fire(name: string, detail: unknown) {
    this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }))
  }

  private setValue(line: FigureLine, input: HTMLInputElement) {
    // ParseSlotInput reads only a slot's role and unit, which are given.
    // biome-ignore lint/nursery/noUnsafeTypeAssertion: the reason is the comment above
    const parsed = parseSlotInput({ role: 'metric', unit: line.unit } as SlotAttrs, input.value)
    if ('error' in parsed) {
      input.setCustomValidity(parsed.error)
      input.reportValidity()
      return
    }
    input.setCustomValidity('')
    this.fire('jg-set-figure', {
      label: line.label,
      unit: line.unit,
      year: line.year,
      kind: line.kind,
      value: parsed.value,
      period: line.period,
    })
    // Two figures under one name are never set from here (the page says why): the box keeps showing none.
    if (line.split) input.value = ''
  }

  /** Ask before two metrics become one: it cannot be undone. */
  private async merge(keep: Metric, drop: Metric) {
    if (this.trial) {
      this.fire('jg-trial-refused', 'merge')
      return
    }
    const confirm = rendered(this.renderRoot, 'jg-confirm')
    if (!(await confirm.ask(zh.figures.confirmMerge(drop.label, keep.label), zh.figures.merge))) return
    this.fire('jg-merge-metrics', { keep: keep.key, drop: drop.key, keepLabel: keep.label, dropLabel: drop.label })
  }

  private renderLine(line: FigureLine, candidates: ReturnType<typeof mergeCandidates>) {
    const { previous, previousTarget, target } = line.against
    const diff = line.value !== null && previous !== null ? changeBetween(line.value, previous, line.unit) : null
    const rate =
      line.value !== null && target !== null && Number(target) !== 0
        ? (Number(line.value) / Number(target)) * 100
        : null
    // Less is better (死亡率, 事故): its target is a ceiling, met from below, and a fall is good news.
    const lower = lowerIsBetter(line.label)
    const own = this.index?.metricFor(this.index.labelFor(line.label, line.unit))
    const others = (list: Metric[]) => list.filter((m) => m.key !== own?.key)
    const options = [others(candidates.inSpeech), others(candidates.sameYears)]
    // Last year's speech may have named it otherwise: the one metric that fills what this line lacks.
    const same = own && this.index ? likelySameMetric(this.index, line) : null
    return html`<tr data-key=${line.key}>
      <td>${line.label}<div class="kind">${zh.figures.yearKind(line.period, line.year, line.kind === 'target')}${line.slots > 1 ? zh.figures.slots(line.slots) : ''}${
        line.split ? html` <span class="split-mark" title=${zh.figures.splitTip}>${zh.figures.splitMark}</span>` : null
      }</div>${
        own && same
          ? html`<button class="same-metric" title=${zh.figures.sameMetricTip(same.label)}
              @click=${() => void this.merge(own, same)}>${zh.figures.sameMetric(same.label)}</button>`
          : null
      }</td>
      <td class="num"><input class="value" inputmode="decimal" aria-label=${zh.figures.valueOf(line.label, line.unit)} .value=${line.value ?? ''}
        placeholder=${line.split ? zh.figures.splitPlaceholder : zh.figures.toFill} @change=${(e: Event) => this.setValue(line, targetOf(e, HTMLInputElement))}> ${line.written}${
          line.split ? html`<div class="split-values">${zh.figures.splitValues(line.split)}</div>` : null
        }</td>
      <td class="num prev">${previous ?? '—'}</td>
      <td class="num change">${
        diff
          ? html`<span class=${diff.diff.startsWith('-') !== lower ? 'down' : 'up'}>${diff.diff}${diff.unit === line.unit ? '' : diff.unit}</span>${diff.rate !== null ? html`<br>${diff.rate}%` : null}`
          : '—'
      }</td>
      <td class="num target">${
        line.kind === 'target'
          ? previousTarget !== null
            ? html`<span class="previous-target"
              title=${zh.figures.previousTarget}>${zh.figures.previousTargetShort(previousTarget)}</span>`
            : '—'
          : html`${target ?? '—'}${
              rate === null
                ? null
                : lower
                  ? html`<br><span class=${rate > 100 ? 'below' : ''}>${rate > 100 ? zh.figures.ceilingMissed : zh.figures.ceilingMet}</span>`
                  : html`<br><span class=${rate < 100 ? 'below' : ''} title=${rate < 100 ? zh.figures.below : zh.figures.reached}>${zh.figures.completion(formatNumber(rate, 1))}</span>`
            }`
      }</td>
      <td>${
        own && options.some((o) => o.length)
          ? html`<select class="merge" aria-label=${zh.figures.mergeInto}
              @focus=${(e: Event) => fillMergeMenu(targetOf(e, HTMLSelectElement), options)}
              @pointerdown=${(e: Event) => fillMergeMenu(currentTargetOf(e, HTMLSelectElement), options)}
              @change=${(e: Event) => {
                const key = targetOf(e, HTMLSelectElement).value
                targetOf(e, HTMLSelectElement).value = ''
                const keep = options.flat().find((m) => m.key === key)
                if (keep) void this.merge(keep, own)
              }}><option value="">${zh.figures.mergeMenu}</option></select>`
          : null
      }</td>
    </tr>`
  }

  /** Figures typed as words: named, with the one step that makes them slots (core/typed-slots.ts). */
  private renderTyped() {
    if (!this.doc) return null
    const typed = typedFiguresOf(this.doc)
    if (!typed.length) return null
    // What each will be kept as, by year and kind: a target read as an actual is stored wrong (tryout 9, finding 2).
    const groups = new Map<string, string[]>()
    for (const { attrs: a, partOfYear } of typed) {
      const as = partOfYear
        ? zh.figures.typedPartOfYear
        : a.year
          ? zh.figures.yearKind(a.period, a.year, a.kind === 'target')
          : zh.figures.typedNoYear
      groups.set(as, [...(groups.get(as) ?? []), `${a.label} ${a.value}${writtenUnit(a.unit, a.approx, a.approxPos)}`])
    }
    let parts = 0
    this.doc.forEach((node) => {
      if (node.type.name === 'part') parts++
    })
    return html`<div class="typed" role="status">${zh.figures.typedNotice(typed.map(({ attrs: a }) => `${a.label} ${a.value}${writtenUnit(a.unit, a.approx, a.approxPos)}`))}
      <p class="typed-as">${zh.figures.typedStoreAs([...groups])}</p>
      ${parts ? null : html`<p class="typed-no-parts">${zh.figures.typedNoParts}</p>`}
      <button class="slot-typed" title=${zh.figures.typedToSlotsTip}
        @click=${() => this.fire('jg-slot-typed', null)}>${zh.figures.typedToSlots(typed.length)}</button></div>`
  }

  override render() {
    if (!this.doc || !this.index) return null
    const lines = figureLines(this.doc, this.index)
    const candidates = mergeCandidates(this.doc, this.index, lines)
    const empty = lines.filter((l) => l.value === null).length
    return html`
      <div class="bar">
        <button class="fill" @click=${() => this.fire('jg-fill-figures', null)}>${zh.figures.fill}</button>
        <!-- A button, not a label over the hidden input: a label is not reached with Tab. -->
        <button class="choose-csv" @click=${() =>
          this.trial
            ? this.fire('jg-trial-refused', 'csv')
            : rendered(this.renderRoot, 'input.csv-file', HTMLInputElement).click()}>${zh.figures.importCsv}</button>
        <input class="csv-file" type="file" accept=".csv,text/csv" hidden
          @change=${(e: Event) => {
            const input = targetOf(e, HTMLInputElement)
            const f = input.files?.[0]
            input.value = ''
            if (f) this.fire('jg-import-csv', { file: f })
          }}>
        <button class="export-csv" @click=${() => this.fire('jg-export-csv', null)}>${zh.figures.exportCsv}</button>
      </div>
      ${
        this.message
          ? this.failed
            ? html`<div class="message error" role="alert">${this.message}</div>`
            : html`<div class="message" role="status">${this.message}</div>`
          : null
      }
      ${
        this.csv
          ? html`<div class="csv" role="dialog" aria-label=${zh.figures.csvDialog}>
        ${this.csv.notes.map((n) => html`<p class="csv-note">${zh.figures.csvNote(n)}</p>`)}
        <div>${zh.figures.csvRows(this.csv.fileName, this.csv.rows.length, this.csv.errors.length)}</div>
        ${this.csv.rows.length ? html`<p class="csv-for-slots">${zh.figures.csvForSlots(this.csv.forSlots, this.csv.rows.length)}</p>` : null}
        ${this.csv.errors.length ? html`<ul>${this.csv.errors.slice(0, 30).map((e) => html`<li>${zh.figures.csvLine(e.line, e.message)}</li>`)}</ul>` : null}
        ${
          this.csv.refused.length
            ? html`<div>${zh.figures.csvRefused(this.csv.refused.length)}</div>
              <ul class="refused">${this.csv.refused.slice(0, 30).map((e) => html`<li>${zh.figures.csvLine(e.line, e.message)}</li>`)}</ul>`
            : null
        }
        ${
          this.csv.changes.length
            ? html`<div>${zh.figures.csvChanges(this.csv.changes.length)}</div>
              <ul class="changes">${this.csv.changes.slice(0, 30).map((c) => html`<li>${zh.figures.csvLine(c.line, zh.figures.csvChange(c))}${c.shownIn?.length ? zh.figures.csvShownIn(c.from, c.shownIn) : ''}</li>`)}</ul>`
            : null
        }
        ${this.csv.rows.length ? html`<p class="fill-offer">${zh.figures.csvFillOffer(this.csv.fill)}</p>` : null}
        ${
          this.csv.rows.length && this.csv.fill.why.length
            ? html`<ul class="fill-left">${this.csv.fill.why.slice(0, 30).map((w) => html`<li>${w}</li>`)}</ul>`
            : null
        }
        ${
          this.csv.kept.length
            ? html`<div>${zh.figures.csvKept(this.csv.kept.length)}</div>
              <ul class="kept">${this.csv.kept.slice(0, 30).map((k) => html`<li>${zh.figures.csvKeptLine(k)}</li>`)}</ul>`
            : null
        }
        ${
          this.csv.fill.filled || this.csv.fill.updated
            ? html`<button class="confirm-csv-fill"
              @click=${() => this.fire('jg-confirm-csv', { ok: true, fill: true })}>${zh.figures.importAndFill(this.csv.fill.filled, this.csv.fill.updated)}</button>`
            : null
        }
        <button class="confirm-csv" ?disabled=${!this.csv.rows.length}
          @click=${() => this.fire('jg-confirm-csv', { ok: true, fill: false })}>${zh.figures.importOnly(this.csv.rows.length)}</button>
        ${
          this.csv.changes.length && this.csv.rows.length > this.csv.changes.length
            ? html`<button class="confirm-csv-keep"
                @click=${() => this.fire('jg-confirm-csv', { ok: true, fill: false, keepStored: true })}>${zh.figures.csvKeepStored(this.csv.rows.length - this.csv.changes.length)}</button>`
            : null
        }
        <button class="cancel-csv"
          @click=${() => this.fire('jg-confirm-csv', { ok: false, fill: false })}>${zh.cancel}</button>
      </div>`
          : null
      }
      <p class="hidden" style="margin:6px">${zh.figures.summary(lines.length, empty)}</p>
      ${this.renderTyped()}
      <table>
        <thead><tr>${zh.figures.columns.map((c) => html`<th>${c}</th>`)}<th></th></tr></thead>
        <tbody>${lines.map((l) => this.renderLine(l, candidates))}</tbody>
      </table>
      <jg-confirm></jg-confirm>`
  }
}
customElements.define('jg-figures', JgFigures)

declare global {
  interface HTMLElementTagNameMap {
    'jg-figures': JgFigures
  }
}
