/**
 * Keyboard shortcuts of a whole page (print, find, replace), listened for on the window while
 * the page is connected. A shortcut the page handles is kept from the browser (Ctrl+F would open
 * the browser's own find bar, Ctrl+H its history, Ctrl+P its print dialog without our pages).
 * A Lit ReactiveController.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit'

/** A chord as "Mod-f" (Ctrl, or ⌘ on a Mac), "Escape"; returns whether it was handled. */
export type PageKeyMap = Record<string, (e: KeyboardEvent) => boolean>

function chord(e: KeyboardEvent): string {
  const mod = e.ctrlKey || e.metaKey
  return `${mod ? 'Mod-' : ''}${e.altKey ? 'Alt-' : ''}${e.shiftKey && mod ? 'Shift-' : ''}${e.key.length === 1 ? e.key.toLowerCase() : e.key}`
}

/** Inputs that take no typed text (their Ctrl+Z is no undo of their own). */
const NOT_TEXT = new Set(['button', 'checkbox', 'radio', 'range', 'color', 'file', 'submit', 'reset', 'image'])

/**
 * Whether a key goes to where text is typed: an input or textarea, which keep their own undo, or
 * editable content such as the speech, which handles its keys itself.
 */
export function inTextField(e: KeyboardEvent): boolean {
  const target = e.composedPath()[0]
  if (target instanceof HTMLTextAreaElement) return true
  if (target instanceof HTMLInputElement) return !NOT_TEXT.has(target.type)
  return target instanceof HTMLElement && target.isContentEditable
}

export class PageKeys implements ReactiveController {
  private readonly onKey = (e: KeyboardEvent) => {
    if (e.isComposing) return
    const handler = this.keys()[chord(e)]
    if (handler?.(e)) e.preventDefault()
  }

  constructor(
    host: ReactiveControllerHost,
    private readonly keys: () => PageKeyMap,
  ) {
    host.addController(this)
  }

  hostConnected() {
    // Capture: before the editor or the browser acts on the chord.
    addEventListener('keydown', this.onKey, true)
  }

  hostDisconnected() {
    removeEventListener('keydown', this.onKey, true)
  }
}
