/** Making draft records from documents: the one place that knows a draft's title and stamps. */
import type { Node as PMNode } from 'prosemirror-model'
import { speechToJSON } from '../core/serialize'
import { slotAttrs, slotText } from '../core/schema'
import { newId, type DraftRecord, type Store } from './store/db'
import { EditLock, lockName } from './session/tabs'
import { zh } from '../i18n/zh'
import { present } from '../core/guards'
import { shownName } from './draft-name'

/** The speech's first line as the list shows it: an empty slot reads as its label in 【】, not as a marker. */
export function draftTitle(doc: PMNode): string {
  let title = ''
  present(doc.firstChild, "the speech's title").forEach((child) => {
    if (child.isText) title += child.text
    else if (child.type.name === 'slot') {
      const a = slotAttrs(child)
      title += a.value === null ? zh.draftList.emptySlotInTitle(a.label) : slotText(a)
    }
  })
  title = title.trim()
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

/** The name a draft is listed under (draft-name.ts, which the store shares). */
export { shownName }

/** A draft the library cannot change because a tab has it open for editing. */
export class DraftOpenElsewhereError extends Error {
  constructor() {
    super(zh.draftList.openElsewhere)
  }
}

/**
 * Give a draft a name in the library (empty: back to its title). The speech is not touched.
 * The draft is held, as an editing tab holds it, while its record is rewritten: a draft open in
 * another tab is refused (DraftOpenElsewhereError), and a tab that opens it meanwhile waits and
 * then reads the renamed record. The write checks the stored revision, so even a tab without
 * Web Locks cannot save over the name unawares.
 */
export async function renameDraft(store: Store, id: string, name: string, now = Date.now()): Promise<void> {
  const lock = new EditLock(lockName(store.name, id), () => undefined)
  if (!(await lock.acquire())) throw new DraftOpenElsewhereError()
  try {
    const record = await store.getDraft(id)
    if (!record) throw new Error(zh.draftMissing)
    const { name: _old, ...rest } = record
    const trimmed = name.trim()
    await store.writeDraft({ ...rest, ...(trimmed ? { name: trimmed } : {}), updatedAt: now }, record.rev ?? 0)
  } finally {
    await lock.free()
  }
}

/**
 * A copy of a draft as stored, under a new id, named “…（副本）”; a trial one (`trial`) keeps the
 * figures typed in it out of the library, a shared one writes them there. Returns the copy.
 */
export async function duplicateDraft(
  store: Store,
  id: string,
  { trial = false, now = Date.now() }: { trial?: boolean; now?: number } = {},
): Promise<DraftRecord> {
  const record = await store.getDraft(id)
  if (!record) throw new Error(zh.draftMissing)
  // The write-ahead mark belongs to the original's editing sessions; the copy starts without one.
  // The stored record may carry the session's walMark, which DraftRecord does not name; it is dropped here.
  // So does the figure left typing in a slot's input (slotBox): it is the original's, put back there, not in both.
  // The copy is trial or not as asked, whatever the original was.
  // biome-ignore lint/nursery/noUnsafeTypeAssertion: the reason is the comment above
  const stored = record as DraftRecord & { walMark?: unknown }
  const { rev: _rev, walMark: _mark, slotBox: _box, trial: _trial, ...rest } = stored
  const copy: DraftRecord = {
    ...rest,
    ...(trial ? { trial: true } : {}),
    id: newId(),
    name: zh.draftList.copyName(shownName(record)),
    createdAt: now,
    updatedAt: now,
  }
  await store.saveDraft(copy)
  return copy
}

/** Whether a tab of this app has the draft open for editing (it holds the draft's Web Lock). */
export async function openElsewhere(store: Store, id: string): Promise<boolean> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined
  if (!locks) return false
  const { held = [] } = await locks.query()
  const name = lockName(store.name, id)
  return held.some((l) => l.name === name)
}
