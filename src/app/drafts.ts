/** Making draft records from documents: the one place that knows a draft's title and stamps. */
import type { Node as PMNode } from 'prosemirror-model'
import { speechToJSON } from '../core/serialize'
import { inlineText } from '../core/text'
import { newId, type DraftRecord } from './store/db'
import { zh } from '../i18n/zh'

export function draftTitle(doc: PMNode): string {
  const title = inlineText(doc.firstChild!).trim()
  if (title) return title
  const opening = doc.childCount > 1 ? doc.textContent.slice(0, 24).trim() : ''
  return opening || zh.untitled
}

export function newDraft(doc: PMNode, origin: string, now = Date.now()): DraftRecord {
  return { id: newId(), title: draftTitle(doc), createdAt: now, updatedAt: now, origin, speech: speechToJSON(doc) }
}

export function updatedDraft(record: DraftRecord, doc: PMNode, now = Date.now()): DraftRecord {
  return { ...record, title: draftTitle(doc), updatedAt: now, speech: speechToJSON(doc) }
}
