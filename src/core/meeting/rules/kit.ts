/**
 * What the checks across the meeting's documents share: a finding that says which document it
 * is in, the documents as the rules read them, and the shape of a rule.
 */
import type { Node as PMNode } from 'prosemirror-model'
import type { Finding, RuleInfo } from '../../checks/types'
import type { Meeting } from '../model'
import { excerptAt, type ScannedBlock } from '../scan'
import type { MeetingDocKind } from '../template'
import { YEAR } from '../../lang/years'

export type FindingDoc = MeetingDocKind | 'speech' | 'record'

export interface MeetingFinding extends Finding {
  /** Which document the positions are in; 'record' for the meeting record itself. */
  doc: FindingDoc
  /** For a speech: its link in the record. */
  speech?: string
  /** For the record: the field concerned ("items.1.who.0.name"). */
  path?: string
}

export interface MeetingDocs {
  notice?: PMNode
  agenda?: PMNode
  script?: PMNode
}

export interface MeetingCheckInput {
  meeting: Meeting
  docs: MeetingDocs
  /** The speeches the record's items link to, by link. */
  speeches?: Record<string, PMNode>
}

/** One document as the rules see it. */
export interface Target {
  doc: FindingDoc
  speech?: string
  node: PMNode
  blocks: ScannedBlock[]
}

export interface Context {
  meeting: Meeting
  targets: Target[]
  target(kind: MeetingDocKind): Target | undefined
}

export type MeetingRule = RuleInfo & { check(ctx: Context): MeetingFinding[] }

export const at = (t: Target, b: ScannedBlock, from: number, to: number) => ({
  doc: t.doc,
  ...(t.speech ? { speech: t.speech } : {}),
  from: b.pos(from),
  to: b.pos(to, true),
  excerpt: excerptAt(b.text, from, to),
})
export const record = (path: string, excerpt: string) => ({ doc: 'record' as const, path, from: 0, to: 0, excerpt })
/** A name without the year in front: 2027年全县…会议 → 全县…会议. */
const YEAR_IN_FRONT = new RegExp(`^${YEAR}\\s*年度?`)
export const coreName = (name: string) => name.replace(YEAR_IN_FRONT, '')
