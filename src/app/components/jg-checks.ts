import { LitElement, css, html } from 'lit'
import type { CheckRun } from '../../core/checks/engine'
import { RULES } from '../../core/checks/rules'
import { MEETING_RULES } from '../../core/meeting/checks'
import { findingKey, SEVERITY_NAMES, type Finding, type Severity } from '../../core/checks/types'
import { zh } from '../../i18n/zh'

const RULE_NAMES = new Map([...RULES, ...MEETING_RULES].map((r) => [r.id, r.name]))
/** The list shows this many at once; the counts above it cover them all. */
const SHOWN = 200

/**
 * The checks panel: findings of the open speech by severity. Choosing one fires
 * `jg-select-finding` (with the finding); 忽略 and 关闭此规则 fire `jg-ignore` and `jg-disable-rule`.
 */
export class JgChecks extends LitElement {
  static override properties = {
    run: { attribute: false },
    disabledRules: { attribute: false },
    ignoredCount: { type: Number },
    filter: { state: true },
  }
  declare run: CheckRun | null
  declare disabledRules: string[]
  declare ignoredCount: number
  declare filter: Severity | 'all'

  constructor() {
    super()
    this.run = null
    this.disabledRules = []
    this.ignoredCount = 0
    this.filter = 'all'
  }

  static override styles = css`
    :host { display: block; font: 13px/1.5 var(--font-ui, sans-serif); }
    .counts { display: flex; gap: 4px; padding: 4px 6px; flex-wrap: wrap; }
    .counts button { all: unset; cursor: pointer; padding: 1px 8px; border-radius: 10px; border: 1px solid #ccc; }
    .counts button[aria-pressed="true"] { background: #333; color: #fff; border-color: #333; }
    .counts button:focus-visible, li button:focus-visible { outline: 2px solid #2a6fd1; outline-offset: 1px; }
    ol { list-style: none; margin: 0; padding: 0; }
    li { border-bottom: 1px solid #eee; padding: 6px 8px; }
    li .go { all: unset; display: block; cursor: pointer; width: 100%; }
    .sev { display: inline-block; font-size: 11px; padding: 0 4px; border-radius: 3px; margin-right: 4px; color: #fff; }
    .sev.error { background: #c0392b; } .sev.warning { background: #d68910; } .sev.info { background: #2e86c1; }
    .excerpt { color: #666; font-family: var(--font-body, serif); }
    .actions { display: flex; gap: 6px; margin-top: 2px; }
    .actions button {
      font: 12px var(--font-ui, sans-serif);
      padding: 0 6px;
      border: 1px solid #ccc;
      background: #fff;
      border-radius: 3px;
      cursor: pointer;
    }
    .none { padding: 12px; color: #2e7d32; }
    .checking { padding: 12px; color: #666; }
    .hidden { padding: 6px 8px; color: #777; }
    .hidden button { font: inherit; }
  `

  private fire(name: string, detail: unknown) {
    this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }))
  }

  override render() {
    // No run yet: the speech was just opened and is checked at the first pause (checks-plugin.ts).
    if (!this.run) return html`<p class="checking">${zh.checks.checking}</p>`
    const findings = this.run.findings
    const count = (s: Severity) => findings.filter((f) => f.severity === s).length
    const shown = this.filter === 'all' ? findings : findings.filter((f) => f.severity === this.filter)
    const tab = (key: Severity | 'all', label: string) =>
      html`<button aria-pressed=${this.filter === key} @click=${() => {
        this.filter = key
      }}>${label}</button>`
    return html`
      <div class="counts" role="toolbar" aria-label=${zh.checks.bySeverity}>
        ${tab('all', zh.checks.all(findings.length))}
        ${(['error', 'warning', 'info'] satisfies Severity[]).map((s) => tab(s, zh.checks.severity(SEVERITY_NAMES[s], count(s))))}
      </div>
      ${findings.length === 0 ? html`<p class="none">${zh.checks.none}</p>` : null}
      <ol aria-label=${zh.checks.list}>${shown.slice(0, SHOWN).map((f) => this.renderFinding(f))}</ol>
      ${shown.length > SHOWN ? html`<p class="hidden">${zh.checks.notListed(shown.length - SHOWN)}</p>` : null}
      ${
        this.ignoredCount || this.disabledRules.length
          ? html`<p class="hidden">
        ${this.ignoredCount ? zh.checks.ignored(this.ignoredCount) : ''}
        ${this.disabledRules.length ? zh.checks.disabled(this.disabledRules.map((r) => RULE_NAMES.get(r) ?? r)) : ''}
        <button class="restore"
          @click=${() => this.fire('jg-restore-checks', null)}>${zh.checks.restoreAll}</button></p>`
          : null
      }
    `
  }

  private renderFinding(f: Finding) {
    return html`<li data-rule=${f.rule}>
      <button class="go" @click=${() => this.fire('jg-select-finding', { from: f.from, to: f.to, finding: f })}>
        <span class="sev ${f.severity}">${SEVERITY_NAMES[f.severity]}</span>${f.message}
        <div class="excerpt">${f.excerpt}</div>
      </button>
      <div class="actions">
        <button class="ignore"
          @click=${() => this.fire('jg-ignore', { key: findingKey(f) })}>${zh.checks.ignore}</button>
        <button class="disable"
          @click=${() => this.fire('jg-disable-rule', { rule: f.rule })}>${zh.checks.disable(RULE_NAMES.get(f.rule) ?? f.rule)}</button>
      </div>
    </li>`
  }
}
customElements.define('jg-checks', JgChecks)

declare global {
  interface HTMLElementTagNameMap {
    'jg-checks': JgChecks
  }
}
