/**
 * The vocabulary of checks. A rule is a small pure function: block rules look at one
 * paragraph or heading (and are cached per block, so typing re-checks only what changed);
 * document rules look at the speech's structure through cached per-part summaries.
 */
import type { Node as PMNode } from 'prosemirror-model'
import type { PartKind, SlotAttrs } from '../schema'

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
export type FigureLookup = (label: string, year: number, kind: 'actual' | 'target', unit: string) => string | undefined

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
 * `usesSlots`: the rule reads the slots' values. Rules that do not read only the text (slots
 * as U+FFFC), so their results stand while only figures change.
 */
export type BlockRule = RuleInfo & {
  scope: 'block'
  usesSlots?: boolean
  check(view: BlockView, ctx: BlockContext): BlockFinding[]
}

/** A finding is remembered as ignored by its rule and its words, so it stays ignored while the text moves. */
export function findingKey(f: Pick<Finding, 'rule' | 'excerpt'>): string {
  return `${f.rule}|${f.excerpt}`
}
