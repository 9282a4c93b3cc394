/**
 * Printing and exports of the open speech, through the gate: with errors in the speech the user
 * first sees them, and either goes to fix them or lets the speech out marked 草稿. With warnings
 * only, the user is asked once about the warnings not yet let through (a rate over 100 %, parts
 * that add up to more than their whole: tryout 12's secretary printed those without a word), and
 * looks at them or lets the speech out unmarked. A Lit ReactiveController; the page shows `busy`
 * and `message`.
 */
import { userMessage } from './problem'
import { zh } from '../i18n/zh'
import type { ReactiveController, ReactiveControllerHost } from 'lit'
import type { Node as PMNode } from 'prosemirror-model'
import { findingKey, type Finding } from '../core/checks/types'
import type { LayoutId } from '../core/export/layout'
import { speechTextBytes } from '../core/text'
import type { GateAnswer, GateKind } from './components/jg-gate'
import {
  download,
  fileName,
  printSpeech,
  hasPrintCopy,
  putPrintCopy,
  removePrintCopy,
  speechDocxBytes,
  type PrintRange,
} from './output'

export type OutputKind = 'print' | 'docx' | 'txt'

const ACTIONS: Record<OutputKind, string> = {
  print: zh.editor.print,
  docx: zh.editor.exportDocx,
  txt: zh.editor.exportTxt,
}

export interface OutputSource {
  /** A speech is open (doc, findings and layout can be read). */
  open(): boolean
  doc(): PMNode
  findings(): readonly Finding[]
  layout(): LayoutId
  /**
   * Ask the user about the errors first; `marked` says how a draft of this kind is marked. With
   * `kind` 'warnings', about warnings (the answer 'go' lets the speech out unmarked).
   */
  ask(findings: Finding[], action: string, marked: string, kind?: GateKind): Promise<GateAnswer>
  /** The user chose to go and fix the errors (or look at the warnings). */
  fix(first: Finding): void
}

export class OutputController implements ReactiveController {
  busy = false
  /** Why the last output failed, for the page. */
  message = ''
  /** Warnings the user let through (by rule and words, as an ignored finding is): not asked about again on this page. */
  private readonly letThrough = new Set<string>()
  /** Side effects a test may replace: the browser's print dialog and file download. */
  print: () => void = () => window.print()
  saveFile: (data: Uint8Array | string, name: string, type: string) => void = download

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly source: OutputSource,
  ) {
    host.addController(this)
  }

  /** The app's 打印 is printing: the copy it put in place is the one to print. */
  private printing = false
  /** What the copy in place was made of (by the app's 打印, with its range and the gate's answer). */
  private copied: { doc: PMNode; layout: LayoutId } | null = null

  /**
   * The browser's own 打印 (its menu; Ctrl+P is the app's) prints what the print stylesheet shows:
   * the copy of the speech open now, made as it begins. It cannot ask about errors (the browser
   * does not wait for an answer), so a speech with errors is printed marked 草稿, as the gate's
   * “作为草稿” would.
   */
  private readonly beforePrint = () => {
    if (this.printing || !this.source.open()) return
    const doc = this.source.doc()
    const layout = this.source.layout()
    // The app's copy of this very speech (nothing changed since) is still the one on screen.
    if (this.copied?.doc === doc && this.copied.layout === layout && hasPrintCopy()) return
    const draft = this.source.findings().some((f) => f.severity === 'error')
    try {
      putPrintCopy(doc, layout, draft)
      this.copied = null
    } catch (e) {
      // Nothing of this speech to print: the stylesheet shows nothing rather than another document.
      removePrintCopy()
      this.set(false, zh.output.failed(ACTIONS.print, userMessage(e, zh.output.failedWhy)))
    }
  }

  private readonly afterPrint = () => {
    removePrintCopy()
    this.copied = null
  }

  hostConnected() {
    window.addEventListener('beforeprint', this.beforePrint)
    window.addEventListener('afterprint', this.afterPrint)
  }

  hostDisconnected() {
    window.removeEventListener('beforeprint', this.beforePrint)
    window.removeEventListener('afterprint', this.afterPrint)
    this.afterPrint()
  }

  async output(kind: OutputKind, range: PrintRange = { kind: 'all' }) {
    if (this.busy) return
    const action = ACTIONS[kind]
    const findings = this.source.findings()
    const errors = findings.filter((f) => f.severity === 'error')
    let draft = false
    if (errors.length) {
      const answer = await this.source.ask(errors, action, zh.output.draftMarked[kind])
      if (answer === 'cancel') return
      if (answer === 'fix') {
        this.source.fix(errors[0])
        return
      }
      draft = true
    } else {
      const warnings = findings.filter((f) => f.severity === 'warning' && !this.letThrough.has(findingKey(f)))
      if (warnings.length) {
        const answer = await this.source.ask(warnings, action, '', 'warnings')
        if (answer === 'cancel') return
        if (answer === 'fix') {
          this.source.fix(warnings[0])
          return
        }
        for (const w of warnings) this.letThrough.add(findingKey(w))
      }
    }
    const doc = this.source.doc()
    const layout = this.source.layout()
    this.set(true, '')
    try {
      if (kind === 'print') {
        this.printing = true
        this.copied = { doc, layout }
        try {
          printSpeech(doc, layout, draft, this.print, range)
        } finally {
          this.printing = false
        }
      } else if (kind === 'txt')
        this.saveFile(speechTextBytes(doc, { draft }), fileName(doc, 'txt', draft), 'text/plain;charset=utf-8')
      else
        this.saveFile(
          await speechDocxBytes(doc, layout, draft),
          fileName(doc, 'docx', draft),
          'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        )
      this.set(false, '')
    } catch (e) {
      this.set(false, zh.output.failed(action, userMessage(e, zh.output.failedWhy)))
    }
  }

  private set(busy: boolean, message: string) {
    this.busy = busy
    this.message = message
    this.host.requestUpdate()
  }
}
