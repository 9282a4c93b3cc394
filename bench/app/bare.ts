/**
 * The baseline of the keystroke benchmarks: a bare ProseMirror EditorView (paragraphs and
 * headings, history and the base keymap, nothing else) holding the same text as the app's
 * draft, in a page of the same size and type. Loaded at /bare.html by the bench server.
 */
import { Schema, type Node as PMNode } from 'prosemirror-model'
import { EditorState, TextSelection } from 'prosemirror-state'
import { EditorView } from 'prosemirror-view'
import { history, undo, redo } from 'prosemirror-history'
import { keymap } from 'prosemirror-keymap'
import { baseKeymap } from 'prosemirror-commands'

const schema = new Schema({
  nodes: {
    doc: { content: 'block+' },
    paragraph: { group: 'block', content: 'text*', toDOM: () => ['p', 0], parseDOM: [{ tag: 'p' }] },
    heading: {
      group: 'block',
      content: 'text*',
      attrs: { level: { default: 1 } },
      toDOM: (n) => [`h${n.attrs.level}`, 0],
      parseDOM: [1, 2, 3].map((level) => ({ tag: `h${level}`, attrs: { level } })),
    },
    text: {},
  },
})

/** A block of the app's draft as plain text: a heading of some level (0: a paragraph). */
export type BareBlock = [level: number, text: string]

let view: EditorView | null = null

function open(blocks: BareBlock[]) {
  view?.destroy()
  const doc = schema.node(
    'doc',
    null,
    blocks.map(([level, text]) =>
      level
        ? schema.node('heading', { level }, text ? schema.text(text) : undefined)
        : schema.node('paragraph', null, text ? schema.text(text) : undefined),
    ),
  )
  view = new EditorView(document.querySelector('#editor'), {
    state: EditorState.create({
      doc,
      plugins: [history(), keymap({ 'Mod-z': undo, 'Mod-y': redo, 'Shift-Mod-z': redo }), keymap(baseKeymap)],
    }),
  })
}

/** The start of the `index`-th textblock's content. */
function blockStart(doc: PMNode, index: number): number {
  let at = -1
  let seen = 0
  doc.forEach((_node, pos) => {
    if (seen++ === index) at = pos + 1
  })
  if (at < 0) throw new RangeError(`No block ${index}`)
  return at
}

/** Put the cursor at the end of the `index`-th block and bring it on screen. */
function cursorAtEnd(index: number) {
  const v = view!
  const start = blockStart(v.state.doc, index)
  const end = start + v.state.doc.resolve(start).parent.content.size
  v.dispatch(v.state.tr.setSelection(TextSelection.create(v.state.doc, end)).scrollIntoView())
  v.focus()
}

;(window as unknown as { bare: unknown }).bare = { open, cursorAtEnd }
