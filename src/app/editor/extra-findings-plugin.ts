/**
 * Marks in the text for findings the check engine does not make (the checks across a meeting's
 * documents): drawn from a function of the document, so a change elsewhere (the meeting record,
 * a sibling document) shows after the editor's redraw().
 */
import type { Node as PMNode } from 'prosemirror-model'
import { Plugin } from 'prosemirror-state'
import { DecorationSet, type Decoration } from 'prosemirror-view'
import type { Finding } from '../../core/checks/types'
import { decoration, offSelection } from './checks-plugin'

export function extraFindingsPlugin(findings: (doc: PMNode) => readonly Finding[]): Plugin {
  let last: { list: readonly Finding[]; set: DecorationSet } | null = null
  return new Plugin({
    props: {
      decorations(state) {
        const list = findings(state.doc)
        if (last?.list !== list) {
          const marks = list.map((f) => decoration(f, state.doc)).filter((d): d is Decoration => d !== null)
          last = { list, set: DecorationSet.create(state.doc, marks) }
        }
        // As the checks' marks: none drawn in the selected words (an IME typing over them).
        return offSelection(state, last.set)
      },
    },
  })
}
