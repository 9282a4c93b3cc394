/**
 * Printing and exports of the open speech, through the gate: with errors in the speech the user
 * first sees them, and either goes to fix them or lets the speech out marked 草稿. A Lit
 * ReactiveController; the page shows `busy` and `message`.
 */
import { userMessage } from './problem'
import { zh } from '../i18n/zh'
import type { ReactiveController, ReactiveControllerHost } from 'lit'
import type { Node as PMNode } from 'prosemirror-model'
import type { Finding } from '../core/checks/types'
import type { LayoutId } from '../core/export/layout'
import { speechToText } from '../core/text'
import type { GateAnswer } from './components/jg-gate'
import { download, fileName, printSpeech, speechDocxBytes, type PrintRange } from './output'

export type OutputKind = 'print' | 'docx' | 'txt'

const ACTIONS: Record<OutputKind, string> = {
  print: zh.editor.print,
  docx: zh.editor.exportDocx,
  txt: zh.editor.exportTxt,
}

export interface OutputSource {
  doc(): PMNode
  findings(): readonly Finding[]
  layout(): LayoutId
  /** Ask the user about the errors first; `marked` says how a draft of this kind is marked. */
  ask(errors: Finding[], action: string, marked: string): Promise<GateAnswer>
  /** The user chose to go and fix the errors. */
  fix(first: Finding): void
}

export class OutputController implements ReactiveController {
  busy = false
  /** Why the last output failed, for the page. */
  message = ''
  /** Side effects a test may replace: the browser's print dialog and file download. */
  print: () => void = () => window.print()
  saveFile: (data: Uint8Array | string, name: string, type: string) => void = download

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly source: OutputSource,
  ) {
    host.addController(this)
  }

  hostConnected() {}

  async output(kind: OutputKind, range: PrintRange = { kind: 'all' }) {
    if (this.busy) return
    const action = ACTIONS[kind]
    const errors = this.source.findings().filter((f) => f.severity === 'error')
    let draft = false
    if (errors.length) {
      const answer = await this.source.ask(errors, action, zh.output.draftMarked[kind])
      if (answer === 'cancel') return
      if (answer === 'fix') {
        this.source.fix(errors[0])
        return
      }
      draft = true
    }
    const doc = this.source.doc()
    const layout = this.source.layout()
    this.set(true, '')
    try {
      if (kind === 'print') printSpeech(doc, layout, draft, this.print, range)
      else if (kind === 'txt')
        this.saveFile(speechToText(doc, { draft }), fileName(doc, 'txt', draft), 'text/plain;charset=utf-8')
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
