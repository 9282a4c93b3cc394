/**
 * Typing over (keys, an input method, voice), pasting over or cutting a selection from one kind
 * of block into another (the last part into the closing): ProseMirror's own replacement joins the
 * two ends, cannot join a closing onto a part, and threw a page error (tryout 11, finding C9).
 * Each starts from the deletion of core/delete-across.ts: the selected text goes, each block stays
 * what it was. A cut, like Backspace, takes a part or section selected whole with it.
 */
import { Plugin } from 'prosemirror-state'
import { selectionDeleted, selectionRemoved } from '../../core/delete-across'
import { TYPED_OVER } from './undo-groups'

export function selectionAcrossPlugin(): Plugin {
  return new Plugin({
    props: {
      handleTextInput(view, from, to, text) {
        const { selection } = view.state
        if (from !== selection.from || to !== selection.to) return false
        const tr = selectionDeleted(view.state)
        if (!tr) return false
        view.dispatch(tr.insertText(text).scrollIntoView().setMeta(TYPED_OVER, true))
        return true
      },
      // A paste over it: the selection goes, then the paste is put in at the caret as any other
      // (the paste plugin's reading of Word and web pages, or ProseMirror's own).
      handlePaste(view) {
        const tr = selectionDeleted(view.state)
        if (tr) view.dispatch(tr)
        return false
      },
      handleDOMEvents: {
        // Text the browser would write over the selection itself (a character Chrome inserts
        // without a keypress, an input method's word, voice input): the selection goes first.
        beforeinput(view, event) {
          if (event.inputType !== 'insertText' && event.inputType !== 'insertReplacementText') return false
          const tr = selectionDeleted(view.state)
          if (!tr) return false
          event.preventDefault()
          view.dispatch((event.data ? tr.insertText(event.data) : tr).scrollIntoView().setMeta(TYPED_OVER, true))
          return true
        },
        // An input method's composition over the selection: the selection goes as it starts, so the
        // word is composed at a caret and not across two blocks.
        compositionstart(view) {
          const tr = selectionDeleted(view.state)
          if (tr) view.dispatch(tr.setMeta(TYPED_OVER, true))
          return false
        },
        cut(view, event) {
          // A cut takes what Backspace takes: a whole part selected goes whole.
          const tr = selectionRemoved(view.state)
          if (!tr || !event.clipboardData) return false
          const { dom, text } = view.serializeForClipboard(view.state.selection.content())
          event.preventDefault()
          event.clipboardData.clearData()
          event.clipboardData.setData('text/html', dom.innerHTML)
          event.clipboardData.setData('text/plain', text)
          view.dispatch(tr.scrollIntoView().setMeta('uiEvent', 'cut'))
          return true
        },
      },
    },
  })
}
