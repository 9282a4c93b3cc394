/**
 * Find and replace across the speech. Text is matched by prosemirror-search's SearchQuery (a
 * plain, case-insensitive string; its replacement keeps the marks around a match); as an
 * option, slots are matched too, by their label or what they read ("城镇新增就业", "3250人").
 * A slot is found and selected, never replaced: its figure is changed where figures are.
 *
 * The query and its matches are plugin state, recomputed when the query or the document changes
 * and only while there is a query. Replacing all is one transaction and one undo step.
 */
import {
  NodeSelection,
  Plugin,
  PluginKey,
  TextSelection,
  type Command,
  type EditorState,
  type Transaction,
} from 'prosemirror-state'
import { Decoration, DecorationSet } from 'prosemirror-view'
import { SearchQuery } from 'prosemirror-search'
import { present } from '../../core/guards'
import { slotAttrs } from '../../core/schema'
import { slotReading } from '../../core/text'
import { STANDALONE } from './undo-groups'

export interface FindRequest {
  text: string
  replace: string
  /** Also find slots by their label or their value. */
  inSlots: boolean
}

export interface Match {
  from: number
  to: number
  /** A slot, found by its label or value: selected, never replaced. */
  slot: boolean
}

interface FindState {
  request: FindRequest
  query: SearchQuery
  matches: Match[]
}

const EMPTY: FindRequest = { text: '', replace: '', inSlots: false }
export const findKey = new PluginKey<FindState>('jg-find')

/** The find plugin's state; every editor state the app makes has the plugin. */
function findOf(state: EditorState): FindState {
  return present(findKey.getState(state), 'the find plugin in the editor state')
}

function queryOf(request: FindRequest): SearchQuery {
  // Literal text, in the replacement too ("$" is not a group reference here).
  return new SearchQuery({ search: request.text, replace: request.replace.replace(/\$/g, '$$$$'), literal: true })
}

/** Every match in document order. */
export function findMatches(state: EditorState, request: FindRequest, query = queryOf(request)): Match[] {
  if (!query.valid) return []
  const out: Match[] = []
  for (let pos = 0; ; ) {
    const next = query.findNext(state, pos)
    if (!next) break
    out.push({ from: next.from, to: next.to, slot: false })
    pos = Math.max(next.to, pos + 1)
  }
  if (request.inSlots) {
    const needle = request.text.toLowerCase()
    state.doc.descendants((node, pos) => {
      if (node.type.name !== 'slot') return
      const a = slotAttrs(node)
      if (`${a.label}\n${slotReading(a)}`.toLowerCase().includes(needle))
        out.push({ from: pos, to: pos + node.nodeSize, slot: true })
    })
    out.sort((a, b) => a.from - b.from)
  }
  return out
}

export function findPlugin(): Plugin<FindState> {
  return new Plugin<FindState>({
    key: findKey,
    state: {
      init: () => ({ request: EMPTY, query: queryOf(EMPTY), matches: [] }),
      apply(tr, value, _old, state) {
        // biome-ignore lint/nursery/noUnsafeTypeAssertion: only setFind sets this key, always with a FindRequest
        const request = tr.getMeta(findKey) as FindRequest | undefined
        if (request) {
          const query = queryOf(request)
          return { request, query, matches: findMatches(state, request, query) }
        }
        if (tr.docChanged && value.query.valid)
          return { ...value, matches: findMatches(state, value.request, value.query) }
        return value
      },
    },
    props: {
      decorations(state) {
        const { matches } = findOf(state)
        if (!matches.length) return null
        const { from, to } = state.selection
        return DecorationSet.create(
          state.doc,
          matches.map((m) => {
            const attrs = { class: m.from === from && m.to === to ? 'find-match find-current' : 'find-match' }
            return m.slot ? Decoration.node(m.from, m.to, attrs) : Decoration.inline(m.from, m.to, attrs)
          }),
        )
      },
    },
  })
}

/**
 * Set what to find (an empty text clears the highlights). A new text selects its first match from
 * the selection on, as the user types it: the bar then names a current match, and 替换 replaces
 * that one at the first click. A new replacement alone leaves the selection where it is.
 */
export const setFind =
  (request: FindRequest): Command =>
  (state, dispatch) => {
    if (!dispatch) return true
    const tr = state.tr.setMeta(findKey, request)
    const before = findOf(state).request
    if (request.text !== before.text || request.inSlots !== before.inSlots) {
      const matches = findMatches(state, request)
      const first = matches.find((m) => m.from >= state.selection.from) ?? matches[0]
      if (first) tr.setSelection(select(state, first)).scrollIntoView()
    }
    dispatch(tr)
    return true
  }

export function findState(state: EditorState): { request: FindRequest; matches: Match[]; current: number } {
  const { request, matches } = findOf(state)
  const { from, to } = state.selection
  return { request, matches, current: matches.findIndex((m) => m.from === from && m.to === to) }
}

function select(state: EditorState, m: Match) {
  return m.slot ? NodeSelection.create(state.doc, m.from) : TextSelection.create(state.doc, m.from, m.to)
}

/** Select the next (1) or previous (-1) match from the selection, going round at the ends. */
export const findStep =
  (dir: 1 | -1): Command =>
  (state, dispatch) => {
    const { matches } = findOf(state)
    if (!matches.length) return false
    const { from, to } = state.selection
    const next =
      dir > 0
        ? (matches.find((m) => m.from >= to && !(m.from === from && m.to === to)) ?? matches[0])
        : ([...matches].reverse().find((m) => m.to <= from && !(m.from === from && m.to === to)) ??
          matches[matches.length - 1])
    dispatch?.(state.tr.setSelection(select(state, next)).scrollIntoView())
    return true
  }

/**
 * Replace the selected match and select the next; with no match selected, select the next one.
 * A slot is not replaced (the next match is selected instead).
 */
export const replaceOne: Command = (state, dispatch) => {
  const { query, matches } = findOf(state)
  const { current } = findState(state)
  const match = matches[current]
  if (!match || match.slot) return findStep(1)(state, dispatch)
  if (dispatch) {
    const tr = state.tr.setMeta(STANDALONE, true)
    const result = present(query.findNext(state, match.from, match.to), 'the match the query found')
    const ranges = query.getReplacements(state, result)
    for (let i = ranges.length - 1; i >= 0; i--) tr.replace(ranges[i].from, ranges[i].to, ranges[i].insert)
    const after = matches.find((m) => m.from >= match.to)
    if (after)
      tr.setSelection(
        after.slot
          ? NodeSelection.create(tr.doc, tr.mapping.map(after.from))
          : TextSelection.create(tr.doc, tr.mapping.map(after.from, 1), tr.mapping.map(after.to, -1)),
      )
    dispatch(tr.scrollIntoView())
  }
  return true
}

/** Replace every text match (slots are left as they are) in one step; says how many. */
export function replaceAll(state: EditorState, dispatch?: (tr: Transaction) => void): number {
  const { query, matches } = findOf(state)
  const text = matches.filter((m) => !m.slot)
  if (!text.length) return 0
  if (dispatch) {
    const tr = state.tr.setMeta(STANDALONE, true)
    for (let i = text.length - 1; i >= 0; i--) {
      const result = present(query.findNext(state, text[i].from, text[i].to), 'the match the query found')
      const ranges = query.getReplacements(state, result)
      for (let j = ranges.length - 1; j >= 0; j--) tr.replace(ranges[j].from, ranges[j].to, ranges[j].insert)
    }
    dispatch(tr)
  }
  return text.length
}
