import { LitElement, css } from 'lit'
import { rendered } from './dom'

/** The look of the app's modal dialogs. */
export const dialogStyles = css`
  dialog {
    border: none;
    border-radius: 8px;
    padding: 20px 24px;
    font: 15px/1.6 var(--font-ui, sans-serif);
    box-shadow: 0 8px 30px rgba(0,0,0,.25);
  }
  .buttons { display: flex; gap: 8px; justify-content: flex-end; margin-top: 12px; }
  button {
    font: inherit;
    padding: 4px 14px;
    border-radius: 4px;
    border: 1px solid #aab;
    background: #fff;
    cursor: pointer;
  }
  button:focus-visible { outline: 2px solid #2a6fd1; outline-offset: 2px; }
`

/**
 * A question asked in a modal <dialog>, answered as a promise. Closing it with Escape gives
 * `dismissed`; asking again while open answers the earlier question with `dismissed` too.
 */
export abstract class ModalQuestion<T> extends LitElement {
  private resolve: ((answer: T) => void) | null = null
  protected abstract readonly dismissed: T
  /** The button that has the focus when the dialog opens: the safe answer. */
  protected abstract readonly safeButton: string

  protected get dialog(): HTMLDialogElement {
    return rendered(this.renderRoot, 'dialog')
  }

  /** Open the dialog (after rendering what the subclass set) and wait for the answer. */
  protected question(): Promise<T> {
    this.resolve?.(this.dismissed)
    return new Promise((resolve) => {
      this.resolve = resolve
      void this.updateComplete.then(() => {
        this.dialog.showModal()
        this.renderRoot.querySelector<HTMLButtonElement>(this.safeButton)?.focus()
      })
    })
  }

  protected answer(answer: T) {
    this.dialog.close()
    this.resolve?.(answer)
    this.resolve = null
  }
}
