/**
 * The vocabulary of checks. A rule is an object: an id, a Chinese name, its severity (the one
 * place it is set; a finding may only name a milder one for a milder case), a one-line purpose,
 * examples that must and must not fire, and a pure check function of one of three scopes:
 *
 * - block: one paragraph or heading, cached per block, so typing re-checks only what changed;
 * - top: one top-level node (a part, the opening), cached per node, for what a part says alone;
 * - document: the speech as a whole, read through the cached per-node summaries.
 */
import type { Node as PMNode } from 'prosemirror-model'
import type { DocKind, PartKind, RequiredId, SlotAttrs } from '../schema'
import type { PlaceLevel } from '../import/own-place'

export type Severity = 'error' | 'warning' | 'info'
export const SEVERITY_NAMES: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' }

export interface Finding {
  rule: string
  severity: Severity
  message: string
  /** Document positions of what the finding is about (from === to for something missing). */
  from: number
  to: number
  /** The words concerned, for lists and for remembering an ignored finding. */
  excerpt: string
}

/** A finding within one block: offsets into BlockView.text. */
export interface BlockFinding {
  rule: string
  severity?: Severity
  message: string
  from: number
  to: number
}

/** One textblock as block rules see it: its text with each slot as one U+FFFC, so offsets are positions. */
export interface BlockView {
  node: PMNode
  text: string
  slots: { offset: number; attrs: SlotAttrs }[]
}

export type Container = 'head' | 'opening' | 'part' | 'closing'

export interface BlockContext {
  container: Container
  partKind: PartKind | null
  /** title, subtitle, byline, greeting, paragraph, item, part_heading, section_heading */
  blockType: string
  reviewYear: number | null
  planYear: number | null
  options: CheckOptions
  /** The speech's date line is in the year it reviews (a December speech): its 今年 is that year. */
  givenInReviewYear?: boolean
  /**
   * The speech is given in the year it plans: its date line says so, or, with none, the speech
   * says its 今年 is that year (今年是“十五五”开局之年). Its 今年 is then not the year reviewed.
   */
  givenInPlanYear?: boolean
  /** The year and month the date line gives the speech (its month null when it names none). */
  givenOn?: { year: number; month: number | null }
  /** Most figures of the speech are filled: an empty slot is a placeholder left behind. */
  mostlyFilled?: boolean
}

export interface CheckOptions {
  /** Time-bound phrases to flag (召开之年, 开局之年 …); the user's list. */
  timeBoundPhrases: string[]
  /** The longest sentence, in characters, that reads well aloud. */
  maxSentenceChars: number
  /** Rules switched off for this speech. */
  disabledRules: string[]
  /** Findings the user chose to ignore, by key (see findingKey). */
  ignored: string[]
  /** The figures store, for checks that read a figure against last year's or its target (the app's). */
  figures?: FigureLookup
  /** Changes whenever the figures behind `figures` change, so results that read them are redone. */
  figuresVersion?: number
}

/** A stored figure for a metric, year and kind, written in the given unit; undefined when none or not convertible. */
export type FigureLookup = (
  label: string,
  year: number,
  kind: 'actual' | 'target',
  unit: string,
  /** A total over years (2021-2025); '' or none for the year's own figure. */
  span?: string,
) => string | undefined

export const DEFAULT_TIME_BOUND_PHRASES = [
  '召开之年',
  '开局之年',
  '收官之年',
  '关键之年',
  '决胜之年',
  '攻坚之年',
  '献礼',
  '胜利召开',
  '迎接党的',
]

export const DEFAULT_CHECK_OPTIONS: CheckOptions = {
  timeBoundPhrases: DEFAULT_TIME_BOUND_PHRASES,
  maxSentenceChars: 120,
  disabledRules: [],
  ignored: [],
}

export interface RuleInfo {
  id: string
  name: string
  severity: Severity
  group: '结构' | '数字' | '年份' | '文字' | '会议'
}

/**
 * Where a rule's example sits: a paragraph in the review (the default), the tasks, the
 * requirements, the opening or the closing of a clean speech reviewing 2025 and planning 2026,
 * or a whole speech.
 */
export type ExamplePlace = 'review' | 'tasks' | 'requirements' | 'opening' | 'closing' | 'speech'
/** A figure the figures library holds for an example: label, year, kind, value, unit (a total over years: its span, 2021-2025). */
export type StoredExample = {
  label: string
  year: number
  kind: 'actual' | 'target'
  value: string
  unit: string
  span?: string
}
/** An example: a sentence set in the review, or a text set where `in` says, with the library the rule reads (`store`). */
export type RuleExample = string | { text: string; in: ExamplePlace; store?: readonly StoredExample[] }

export interface RuleDoc {
  /** What the rule is for, in one line. */
  purpose: string
  /** Texts on which the rule must fire, and texts on which it must stay quiet (run by test/node/rule-table.test.ts). */
  fires: RuleExample[]
  quiet: RuleExample[]
}

/**
 * `usesSlots`: the rule reads the slots' values. Rules that do not read only the text (slots
 * as U+FFFC), so their results stand while only figures change.
 */
export type BlockRule = RuleInfo &
  RuleDoc & {
    scope: 'block'
    usesSlots?: boolean
    check(view: BlockView, ctx: BlockContext): BlockFinding[]
  }

/** A finding of a top or document rule: positions (relative to the node, for a top rule) and its words. */
export type DocumentFinding = Omit<Finding, 'severity'> & { severity?: Severity }

/** A rule on one top-level node alone; positions relative to the node. */
export type TopRule = RuleInfo &
  RuleDoc & {
    scope: 'top'
    check(node: PMNode): DocumentFinding[]
  }

/** What document rules read of each top-level node (cached per node, see summaries.ts). */
export interface TopSummary {
  type: string
  kind: PartKind | null
  pos: number
  size: number
  text: string
  /**
   * Its textblocks, each as rules read it, at the offset from the node's position to the block's
   * first character: a slot of a block is at `pos + offset + slot.offset`. Unchanged blocks keep
   * their views, so a rule may cache what it reads from one by the view.
   */
  blocks: { offset: number; view: BlockView }[]
  /**
   * "我讲三点意见" in the opening, positions relative to the node; `points`, the paragraphs after it
   * that open with 第一，第二，…… in order (a speech whose points are paragraphs, not parts).
   */
  announced: { count: number; from: number; to: number; excerpt: string; points: number } | null
  /** A part's number as the imported text wrote it, where it differs from the printed one. */
  sourceNumber: string | null
  /** How many of its metric slots are filled, and how many empty. */
  filled: number
  empty: number
}

export interface DocumentContext {
  required: readonly RequiredId[]
  /** The template the speech was made from, or null for an imported speech. */
  templateId: string | null
  reviewYear: number | null
  planYear: number | null
  /** Which document it is: a meeting's notice names its 称呼 the 主送机关. */
  docKind: DocKind
  /** The level of the speech's own place (import/own-place.ts), as its head names it; null when unknown. */
  own?: PlaceLevel | null
  /** The figures library (the app's), and a number that changes when it does. */
  figures?: FigureLookup
  figuresVersion?: number
}

export type DocumentRule = RuleInfo &
  RuleDoc & {
    scope: 'document'
    check(tops: TopSummary[], ctx: DocumentContext): DocumentFinding[]
  }

export type Rule = BlockRule | TopRule | DocumentRule

/** A finding is remembered as ignored by its rule and its words, so it stays ignored while the text moves. */
export function findingKey(f: Pick<Finding, 'rule' | 'excerpt'>): string {
  return `${f.rule}|${f.excerpt}`
}
