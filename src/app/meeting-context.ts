/**
 * The meeting around an open draft: for one of a meeting's documents (notice, agenda, script),
 * or a speech an agenda item links. It loads the meeting record and the other documents and
 * speeches, keeps the open document's meeting fields in step with the record (refreshed as an
 * editor transaction, so undo and autosave see it, whenever the record is saved in any tab),
 * and contributes the checks across the documents to the check panel, the text and the gate.
 * It never regenerates a document by itself: only when asked, after saying what will go.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit'
import type { Node as PMNode } from 'prosemirror-model'
import type { Plugin } from 'prosemirror-state'
import { closeHistory } from 'prosemirror-history'
import type { CheckRun } from '../core/checks/engine'
import type { Finding } from '../core/checks/types'
import {
  checkMeeting,
  fieldPath,
  generateDocument,
  parseFieldLabel,
  refreshFields,
  staleEntries,
  staleFields,
  MEETING_DOC_KINDS,
  type MeetingDocKind,
  type MeetingDocs,
  type MeetingFinding,
  type StaleEntries,
} from '../core/meeting'
import { bundledMeetingTemplate } from '../core/meeting/bundled'
import { scanBlocks } from '../core/meeting/scan'
import type { DocKind } from '../core/schema'
import { speechFromJSON, storedDocKind } from '../core/serialize'
import { errorMessage, isOneOf } from '../core/guards'
import type { EditorController } from './editor/controller'
import { extraFindingsPlugin } from './editor/extra-findings-plugin'
import { meetingOfSpeech } from './meetings'
import type { DraftSession } from './session/draft-session'
import { TabChannel } from './session/tabs'
import type { DraftRecord, MeetingRecord, Store } from './store/db'
import { zh } from '../i18n/zh'

export interface MeetingContextSource {
  store(): Store
  draftId(): string
  session(): DraftSession | null
  editor(): EditorController | null
}

interface Checked {
  doc: PMNode
  version: number
  options: unknown
  /** Findings in this draft (and, for a document, in the record), in-document ones first. */
  own: MeetingFinding[]
  /** Findings in the other documents and speeches of the meeting. */
  others: MeetingFinding[]
}

export class MeetingContext implements ReactiveController {
  /** The meeting this draft belongs to, once loaded; null when none. */
  record: MeetingRecord | null = null
  /** This draft's kind: a meeting document, or a speech. */
  kind: DocKind = 'speech'
  /** The meeting's other documents, as stored. */
  siblings: DraftRecord[] = []
  /** What the last refresh did, for the page. */
  message = ''
  /** The text marks of the checks across documents; given to the editor. */
  readonly plugin: Plugin = extraFindingsPlugin((doc) => this.inText(doc))
  private meetingId: string | null = null
  private docs: MeetingDocs = {}
  private speeches: Record<string, PMNode> = {}
  /** Bumped whenever what the checks read besides the open document changes. */
  private version = 0

  /** Changes with everything read besides the open document: views drawn from this context redraw on it. */
  get changes(): number {
    return this.version
  }
  private loads = 0
  private checked: Checked | null = null
  private channel: TabChannel | null = null
  private editorSeen: EditorController | null = null

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly source: MeetingContextSource,
  ) {
    host.addController(this)
  }

  private readonly onVisible = () => {
    // Back from another tab: the other documents may have changed there.
    if (document.visibilityState === 'visible' && this.meetingId) void this.reload()
  }

  hostConnected() {
    document.addEventListener('visibilitychange', this.onVisible)
  }

  hostDisconnected() {
    document.removeEventListener('visibilitychange', this.onVisible)
    this.channel?.close()
    this.channel = null
  }

  hostUpdated() {
    // A new editor (the draft opened, or taken over from another tab): bring its fields up to date.
    const editor = this.source.editor()
    if (editor && editor !== this.editorSeen) {
      this.editorSeen = editor
      queueMicrotask(() => this.refresh())
    }
  }

  /** The draft is open: find its meeting, if it has one. */
  async open(draft: DraftRecord) {
    const store = this.source.store()
    this.kind = storedDocKind(draft.speech.doc)
    this.channel ??= this.listen(store)
    this.meetingId = draft.meeting?.id ?? (await store.meetingsOfSpeech(draft.id))[0]?.id ?? null
    if (this.meetingId) await this.reload()
  }

  private listen(store: Store): TabChannel {
    const channel = new TabChannel(store.name)
    channel.listen((m) => {
      if (m.type === 'meeting-changed' && m.id === this.meetingId) void this.reload()
      else if (m.type === 'meeting-changed' && !this.meetingId && this.kind === 'speech')
        // A record elsewhere may have just linked this speech.
        void store.meetingsOfSpeech(this.source.draftId()).then(([linked]) => {
          if (linked && !this.meetingId) {
            this.meetingId = linked.id
            void this.reload()
          }
        })
      else if ((m.type === 'meeting-deleted' && m.id === this.meetingId) || m.type === 'restored') this.forget()
    })
    return channel
  }

  private forget() {
    this.meetingId = null
    this.record = null
    this.siblings = []
    this.docs = {}
    this.speeches = {}
    this.version++
    this.source.editor()?.redraw()
    this.host.requestUpdate()
  }

  /** Read the record, the other documents and the linked speeches again; then refresh the fields. */
  async reload() {
    const id = this.meetingId
    if (!id) return
    const load = ++this.loads
    const store = this.source.store()
    const self = this.source.draftId()
    const [record, documents] = await Promise.all([store.getMeeting(id), store.meetingDocuments(id)])
    const links = [...new Set(record?.meeting.items.map((i) => i.speech).filter((s): s is string => !!s && s !== self))]
    const linked = await Promise.all(links.map((l) => store.getDraft(l)))
    if (load !== this.loads) return
    if (!record) {
      this.forget()
      return
    }
    this.record = record
    this.siblings = documents.filter((d) => d.id !== self && d.meeting)
    this.docs = {}
    for (const d of this.siblings) {
      const parsed = readable(d)
      if (parsed && d.meeting) this.docs[d.meeting.kind] = parsed
    }
    this.speeches = {}
    linked.forEach((d, i) => {
      const parsed = d && readable(d)
      if (parsed) this.speeches[links[i]] = parsed
    })
    this.version++
    this.refresh()
    this.source.editor()?.redraw()
    this.host.requestUpdate()
  }

  /** Bring the open document's meeting fields in line with the record: one undoable step, saved like typing. */
  refresh() {
    const editor = this.source.editor()
    const session = this.source.session()
    const record = this.record
    if (!record || this.kind === 'speech' || !editor || !session?.editable) return
    let changed = 0
    editor.change((tr) => {
      // Its own step in the history: undo takes back the refresh, not what was typed just before.
      changed = refreshFields(closeHistory(tr), record.meeting)
      return changed > 0
    })
    if (changed) {
      this.message = zh.meeting.refreshed(changed)
      this.host.requestUpdate()
    }
  }

  private check(doc: PMNode): Checked {
    const options = this.source.session()?.fields.checks
    const c = this.checked
    if (c && c.doc === doc && c.version === this.version && c.options === options) return c
    const self = this.source.draftId()
    let own: MeetingFinding[] = []
    let others: MeetingFinding[] = []
    if (this.record) {
      const all = checkMeeting(
        this.kind === 'speech'
          ? { meeting: this.record.meeting, docs: this.docs, speeches: { ...this.speeches, [self]: doc } }
          : { meeting: this.record.meeting, docs: { ...this.docs, [this.kind]: doc }, speeches: this.speeches },
        options,
      )
      const mine = (f: MeetingFinding) =>
        this.kind === 'speech' ? f.doc === 'speech' && f.speech === self : f.doc === this.kind || f.doc === 'record'
      own = all.filter(mine).sort((a, b) => Number(a.doc === 'record') - Number(b.doc === 'record') || a.from - b.from)
      others = all.filter((f) => !mine(f))
    }
    this.checked = { doc, version: this.version, options, own, others }
    return this.checked
  }

  /** The checks across documents that concern this draft (and the record, for a document). */
  findings(doc: PMNode): MeetingFinding[] {
    return this.check(doc).own
  }

  /** Those findings that are in this draft's text, for the marks (not those about the whole document). */
  private inText(doc: PMNode): readonly Finding[] {
    return this.check(doc).own.filter((f) => f.doc !== 'record' && f.to > 0)
  }

  /** Findings in the meeting's other documents; fields not yet refreshed there are left out (opening refreshes them). */
  others(doc: PMNode): MeetingFinding[] {
    return this.check(doc).others.filter((f) => !isStaleField(f))
  }

  private merged: { run: CheckRun; own: MeetingFinding[]; out: CheckRun } | null = null

  /**
   * The editor's check run with these findings added, for the check panel and the gate. One
   * finding per stretch of text: a weekday the speech's own check already finds wrong is not
   * listed again by the check against the record.
   */
  withFindings(run: CheckRun, doc: PMNode): CheckRun {
    const own = this.findings(doc)
    if (!own.length) return run
    if (this.merged?.run !== run || this.merged.own !== own) {
      const found = new Set(run.findings.filter((f) => f.to > f.from).map((f) => `${f.from}:${f.to}`))
      const added = own.filter((f) => !(f.to > f.from && found.has(`${f.from}:${f.to}`)))
      this.merged = {
        run,
        own,
        out: { ...run, findings: [...run.findings, ...added].sort((a, b) => a.from - b.from || a.to - b.to) },
      }
    }
    return this.merged.out
  }

  /** The lists of the record changed length since this document was written: it must be made again. */
  stale(doc: PMNode): StaleEntries[] {
    return this.record && this.kind !== 'speech' ? staleEntries(doc, this.record.meeting) : []
  }

  /** Field slots showing something else than the record (after an undo of a refresh). */
  staleFieldCount(doc: PMNode): number {
    return this.record && this.kind !== 'speech' ? staleFields(doc, this.record.meeting).length : 0
  }

  /** The paragraphs of the open document that making it again would not bring back (the user's words, or gone entries). */
  lostOnRegenerate(doc: PMNode): string[] {
    const fresh = this.regenerated()
    if (!fresh) return []
    const kept = new Set(scanBlocks(fresh).map((b) => b.text.trim()))
    return scanBlocks(doc)
      .map((b) => b.text.trim())
      .filter((t) => t && !kept.has(t))
  }

  private regenerated(): PMNode | null {
    if (!this.record || !isOneOf(MEETING_DOC_KINDS, this.kind)) return null
    return generateDocument(bundledMeetingTemplate(this.kind), this.record.meeting)
  }

  /** Make the document again from the record: one step, undoable. Only when the user asked and confirmed. */
  regenerate() {
    const fresh = this.regenerated()
    const editor = this.source.editor()
    if (!fresh || !editor) return
    editor.change((tr) => {
      closeHistory(tr).replaceWith(0, tr.doc.content.size, fresh.content)
      for (const [key, value] of Object.entries(fresh.attrs)) tr.setDocAttribute(key, value)
      return true
    })
    this.message = ''
  }

  /** Open the record page at a field's place (by its slot label or its path in the record). */
  openField(labelOrPath: string) {
    if (!this.meetingId) return
    const path = fieldPath(labelOrPath) ?? labelOrPath
    location.hash = `#/meeting/${this.meetingId}/${path}`
  }

  /** A finding chosen in the check panel: one of the record opens the record there. Returns whether it did. */
  select(f: Finding): boolean {
    if (!('doc' in f) || f.doc !== 'record') return false
    this.openField('path' in f && typeof f.path === 'string' ? f.path : '')
    return true
  }

  /** Open the meeting record; for a speech without one, begin it from the speech. */
  async openRecord() {
    if (this.meetingId) {
      location.hash = `#/meeting/${this.meetingId}`
      return
    }
    try {
      await this.source.session()?.flush()
      location.hash = `#/meeting/${await meetingOfSpeech(this.source.store(), this.source.draftId())}`
    } catch (e) {
      this.message = zh.meeting.createFailed + errorMessage(e)
      this.host.requestUpdate()
    }
  }

  /** The other documents of the meeting, by kind, for links. */
  siblingOf(kind: MeetingDocKind): DraftRecord | undefined {
    return this.siblings.find((d) => d.meeting?.kind === kind)
  }

  get documentKinds(): readonly MeetingDocKind[] {
    return MEETING_DOC_KINDS
  }
}

/** A field slot showing an older value of the record: put right by itself when its document is opened. */
export function isStaleField(f: MeetingFinding): boolean {
  return f.rule === 'meeting-field' && parseFieldLabel(f.excerpt) !== null
}

/** A stored draft's document, or null when it cannot be read (it is then left out of the checks). */
function readable(d: DraftRecord): PMNode | null {
  try {
    return speechFromJSON(d.speech)
  } catch {
    return null
  }
}
