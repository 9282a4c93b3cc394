/**
 * The find and replace bar of the editor page: whether it is open, whether it replaces too, and
 * what it last said. The matches themselves live in the editor state (editor/find.ts); this
 * owns only the bar, and the host re-renders when it changes.
 */
import { html, type ReactiveController, type ReactiveControllerHost } from 'lit'
import type { EditorController } from './editor/controller'
import type { FindRequest } from './editor/find'
import type { FindInfo, JgFind } from './components/jg-find'
import { zh } from '../i18n/zh'

export class FindController implements ReactiveController {
  open = false
  replacing = false
  message = ''

  constructor(
    private readonly host: ReactiveControllerHost & { readonly renderRoot: ParentNode },
    private readonly editor: () => EditorController | null,
    /** The bar takes the place of the comparison and the wide preview: the host closes them. */
    private readonly onOpen: () => void,
  ) {
    host.addController(this)
  }

  hostConnected() {}

  /** Open the bar (with replace when asked, or when it was already replacing) and focus its field. */
  show(replacing: boolean): boolean {
    if (!this.editor()) return false
    this.open = true
    this.replacing = replacing || this.replacing
    this.onOpen()
    this.host.requestUpdate()
    void this.host.updateComplete.then(() => this.host.renderRoot.querySelector<JgFind>('jg-find')?.focusFind())
    return true
  }

  /** Close the bar: its highlights go, and typing goes on in the speech. */
  close() {
    this.open = false
    this.message = ''
    this.host.requestUpdate()
    const editor = this.editor()
    if (!editor) return
    editor.find({ text: '', replace: '', inSlots: false })
    // Leave the cursor after the match, not on it: a key typed after Esc must not replace the
    // found words, which the user may no longer be looking at.
    const { to, empty } = editor.state.selection
    if (!empty) editor.select(to, to)
    editor.editorView?.focus()
  }

  toggle() {
    if (this.open) this.close()
    else this.show(false)
  }

  private say(message: string) {
    this.message = message
    this.host.requestUpdate()
  }

  private info(editor: EditorController): FindInfo {
    const { matches, current } = editor.findInfo
    return { total: matches.length, slots: matches.filter((m) => m.slot).length, current }
  }

  render(editor: EditorController) {
    if (!this.open) return null
    return html`<jg-find .replacing=${this.replacing} .info=${this.info(editor)} message=${this.message}
      @jg-find=${(e: CustomEvent<FindRequest>) => {
        this.say('')
        editor.find(e.detail)
      }}
      @jg-find-step=${(e: CustomEvent<{ dir: 1 | -1 }>) => editor.findStep(e.detail.dir)}
      @jg-replace=${() => editor.replaceOne()}
      @jg-replace-all=${() => {
        const n = editor.replaceAll()
        this.say(n ? zh.find.replaced(n) : '')
      }}
      @jg-find-replacing=${(e: CustomEvent<boolean>) => {
        this.replacing = e.detail
        this.host.requestUpdate()
      }}
      @jg-find-close=${() => this.close()}></jg-find>`
  }
}
