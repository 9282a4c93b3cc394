import { LitElement, css, html } from 'lit'
import type { Node as PMNode } from 'prosemirror-model'
import { slotsOf } from '../../core/outline'
import { change, normalizeLabel, type FigureIndex } from '../../core/figures/model'
import type { FigureKind, SlotAttrs } from '../../core/schema'
import { convert, formatNumber } from '../../core/units'
import type { RowError, FigureRow } from '../../core/figures/csv'
import { parseSlotInput } from '../editor/slot-view'

export interface FigureLine {
  key: string
  label: string
  unit: string
  year: number | null
  kind: FigureKind
  /** The value in the speech (of its first slot). */
  value: string | null
  slots: number
  /** Last year's actual, in this line's unit. */
  previous: string | null
  /** The target set for this year (by last year's speech), for actuals. */
  target: string | null
}

/** The figures a speech uses, one line per metric, year and kind, with last year's value and the target beside. */
export function figureLines(doc: PMNode, index: FigureIndex): FigureLine[] {
  const lines = new Map<string, FigureLine>()
  const inUnit = (v: { value: string; unit: string } | undefined, unit: string) =>
    v ? convert(v.value, v.unit || unit, unit || v.unit) : null
  for (const { attrs } of slotsOf(doc)) {
    if (attrs.role !== 'metric') continue
    const key = `${index.metricFor(attrs.label)?.key ?? normalizeLabel(attrs.label)}|${attrs.year}|${attrs.kind}`
    const line = lines.get(key)
    if (line) {
      line.slots++
      continue
    }
    const year = attrs.year
    lines.set(key, {
      key,
      label: attrs.label,
      unit: attrs.unit,
      year,
      kind: attrs.kind,
      value: attrs.value,
      slots: 1,
      previous: year === null ? null : (inUnit(index.value(attrs.label, year - 1, 'actual'), attrs.unit) ?? attrs.prev),
      target:
        year === null || attrs.kind === 'target' ? null : inUnit(index.value(attrs.label, year, 'target'), attrs.unit),
    })
  }
  return [...lines.values()]
}

export interface CsvPreview {
  fileName: string
  rows: FigureRow[]
  errors: RowError[]
}

/**
 * The figures panel: the metrics the open speech uses, editable; events go up to the editor
 * page, which owns storage: jg-set-figure, jg-fill-figures, jg-import-csv, jg-confirm-csv,
 * jg-export-csv, jg-merge-metrics.
 */
export class JgFigures extends LitElement {
  static override properties = {
    doc: { attribute: false },
    index: { attribute: false },
    message: { type: String },
    csv: { attribute: false },
  }
  declare doc: PMNode | null
  declare index: FigureIndex | null
  declare message: string
  declare csv: CsvPreview | null

  constructor() {
    super()
    this.doc = null
    this.index = null
    this.message = ''
    this.csv = null
  }

  static override styles = css`
    :host { display: block; font: 13px/1.5 var(--font-ui, sans-serif); container-type: inline-size; }
    .bar { display: flex; flex-wrap: wrap; gap: 4px; padding: 6px; border-bottom: 1px solid #eee; }
    button, label.button { font: 12px var(--font-ui, sans-serif); padding: 2px 8px; border: 1px solid #aab; background: #fff; border-radius: 3px; cursor: pointer; }
    table { border-collapse: collapse; width: 100%; }
    th, td { padding: 3px 4px; border-bottom: 1px solid #eee; text-align: left; vertical-align: top; }
    th { font-weight: normal; color: #666; font-size: 12px; white-space: nowrap; }
    /* The label never narrower than a short phrase: a whole label on one or two lines. */
    td:first-child { min-width: 8em; overflow-wrap: anywhere; }
    td.num { text-align: right; white-space: nowrap; }
    input.value { width: 5em; font: 13px var(--font-ui); text-align: right; }
    input.value:invalid, input.value.bad { outline: 2px solid #c0392b; }
    .kind { font-size: 11px; color: #8a6d3b; }
    .below { color: #c0392b; font-weight: 600; }
    .up { color: #1b5e20; } .down { color: #c0392b; }
    .message { padding: 6px 8px; background: #eef4fc; }
    .csv { padding: 8px; border: 1px solid #d49a2a; background: #fff8e6; margin: 6px; }
    .csv ul { margin: 4px 0; padding-left: 1.2em; color: #b00020; }
    /* 合并到: a narrow column that always shows. */
    td:last-child { width: 4.8em; }
    select.merge { font: 12px var(--font-ui); width: 4.8em; max-width: 100%; }
    /*
     * In the side panel (narrower than the six columns need) each metric takes two lines: its label
     * across the panel, then value, last year, change, target and 合并到 in columns of their own.
     */
    @container (max-width: 559px) {
      table, thead, tbody { display: block; }
      tr { display: grid; grid-template-columns: minmax(max-content, 1.4fr) repeat(3, minmax(2.5em, 1fr)) 6em; column-gap: 4px;
        border-bottom: 1px solid #eee; padding: 2px 0; }
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
    })
  }

  private renderLine(line: FigureLine) {
    const value = line.value === null ? null : Number(line.value)
    const prev = line.previous === null ? null : Number(line.previous)
    const diff = value !== null && prev !== null ? change(value, prev) : null
    const rate =
      value !== null && line.target !== null && Number(line.target) !== 0 ? (value / Number(line.target)) * 100 : null
    const metrics = this.index?.metrics ?? []
    const own = this.index?.metricFor(line.label)
    return html`<tr data-key=${line.key}>
      <td>${line.label}<div class="kind">${line.year ?? '?'}年${line.kind === 'target' ? '目标' : '实际'}${line.slots > 1 ? ` · ${line.slots}处` : ''}</div></td>
      <td class="num"><input class="value" inputmode="decimal" aria-label=${`${line.label}（${line.unit}）`} .value=${line.value ?? ''}
        placeholder="待填" @change=${(e: Event) => this.setValue(line, e.target as HTMLInputElement)}> ${line.unit}</td>
      <td class="num prev">${line.previous ?? '—'}</td>
      <td class="num change">${diff ? html`<span class=${diff.diff >= 0 ? 'up' : 'down'}>${diff.diff >= 0 ? '+' : ''}${formatNumber(diff.diff)}</span>${diff.rate !== null ? html`<br>${diff.rate >= 0 ? '+' : ''}${formatNumber(diff.rate, 1)}%` : null}` : '—'}</td>
      <td class="num target">${line.target ?? '—'}${rate !== null ? html`<br><span class=${rate < 100 ? 'below' : ''} title=${rate < 100 ? '低于目标' : '完成目标'}>完成${formatNumber(rate, 1)}%</span>` : null}</td>
      <td>${
        own && metrics.length > 1
          ? html`<select class="merge" aria-label="合并到另一个指标" @change=${(e: Event) => {
              const keep = (e.target as HTMLSelectElement).value
              ;(e.target as HTMLSelectElement).value = ''
              if (keep)
                this.fire('jg-merge-metrics', {
                  keep,
                  drop: own.key,
                  keepLabel: metrics.find((m) => m.key === keep)?.label,
                  dropLabel: own.label,
                })
            }}><option value="">合并到…</option>${metrics.filter((m) => m.key !== own.key).map((m) => html`<option value=${m.key}>${m.label}</option>`)}</select>`
          : null
      }</td>
    </tr>`
  }

  override render() {
    if (!this.doc || !this.index) return null
    const lines = figureLines(this.doc, this.index)
    const empty = lines.filter((l) => l.value === null).length
    return html`
      <div class="bar">
        <button class="fill" @click=${() => this.fire('jg-fill-figures', null)}>用数字库填写空位</button>
        <label class="button">导入 CSV… <input class="csv-file" type="file" accept=".csv,text/csv" hidden
          @change=${(e: Event) => {
            const input = e.target as HTMLInputElement
            const f = input.files?.[0]
            input.value = ''
            if (f) this.fire('jg-import-csv', { file: f })
          }}></label>
        <button class="export-csv" @click=${() => this.fire('jg-export-csv', null)}>导出 CSV</button>
      </div>
      ${this.message ? html`<div class="message" role="status">${this.message}</div>` : null}
      ${
        this.csv
          ? html`<div class="csv" role="dialog" aria-label="导入数字">
        <div>“${this.csv.fileName}”：可导入 ${this.csv.rows.length} 行。${this.csv.errors.length ? `有 ${this.csv.errors.length} 行看不懂，不会导入：` : ''}</div>
        ${this.csv.errors.length ? html`<ul>${this.csv.errors.slice(0, 30).map((e) => html`<li>第 ${e.line} 行：${e.message}</li>`)}</ul>` : null}
        <button class="confirm-csv" ?disabled=${!this.csv.rows.length} @click=${() => this.fire('jg-confirm-csv', true)}>导入这 ${this.csv.rows.length} 行</button>
        <button class="cancel-csv" @click=${() => this.fire('jg-confirm-csv', false)}>取消</button>
      </div>`
          : null
      }
      <p class="hidden" style="margin:6px">本讲稿用到 ${lines.length} 项数字，${empty} 项待填。</p>
      <table>
        <thead><tr><th>指标</th><th>数值</th><th>上年</th><th>增减</th><th>目标</th><th></th></tr></thead>
        <tbody>${lines.map((l) => this.renderLine(l))}</tbody>
      </table>`
  }
}
customElements.define('jg-figures', JgFigures)

declare global {
  interface HTMLElementTagNameMap {
    'jg-figures': JgFigures
  }
}
