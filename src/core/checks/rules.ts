/**
 * Every rule, in one table. Adding a check is adding its rule object here; the engine runs
 * each by its scope, and test/node/rule-table.test.ts runs each rule's examples.
 */
import {
  type BlockRule,
  type DocumentRule,
  type Finding,
  findingKey,
  type Rule,
  type RuleInfo,
  type TopRule,
} from './types'
import {
  doubledPunctuation,
  doubledWord,
  halfWidthPunctuation,
  longSentence,
  placeholderText,
  repeatedPhrase,
  unpairedMarks,
} from './text-rules'
import { relativeTime, timeBoundPhrase, wrongYear } from './time-rules'
import { olderYearInReview } from './review-years'
import { restatedCount } from './restated-counts'
import { emptySlot, inconsistentFigure, leftoverSlot, rateOver100 } from './figure-rules'
import { signedChange } from './signed-change'
import { tableFigure } from './table-figures'
import { negativeCountRule } from './negative-count'
import { announcedCountRule, emptyPart, partAnnouncedCount, requiredParts } from './structure-rules'
import {
  handNumbering,
  sourceNumbering,
  sourceNumberWidth,
  sourcePartNumbering,
  typedHeadingNumber,
} from './numbering-rules'
import { arithmetic } from './arithmetic'
import { rateGap } from './rate-gap'
import { placeGap } from './place-gap'
import { levelGap } from './level-gap'
import { shareOfEarlierTotal } from './shares-across'
import { weekdayRule } from './weekday'
import { differsFromStore } from './store-rules'
import { targetBelowActual } from './store-rates'

export const ALL_RULES: readonly Rule[] = [
  requiredParts,
  emptyPart,
  typedHeadingNumber,
  handNumbering,
  sourceNumbering,
  sourcePartNumbering,
  announcedCountRule,
  partAnnouncedCount,
  emptySlot,
  placeholderText,
  leftoverSlot,
  rateOver100,
  signedChange,
  negativeCountRule,
  arithmetic,
  shareOfEarlierTotal,
  rateGap,
  placeGap,
  levelGap,
  inconsistentFigure,
  tableFigure,
  restatedCount,
  differsFromStore,
  targetBelowActual,
  wrongYear,
  olderYearInReview,
  relativeTime,
  timeBoundPhrase,
  weekdayRule,
  halfWidthPunctuation,
  sourceNumberWidth,
  unpairedMarks,
  doubledPunctuation,
  doubledWord,
  repeatedPhrase,
  longSentence,
]

export const BLOCK_RULES = ALL_RULES.filter((r): r is BlockRule => r.scope === 'block')
export const TOP_RULES = ALL_RULES.filter((r): r is TopRule => r.scope === 'top')
export const DOCUMENT_RULES = ALL_RULES.filter((r): r is DocumentRule => r.scope === 'document')

/** Each rule id once, with its Chinese name, severity and group (the settings list shows these). */
export const RULES: RuleInfo[] = [
  ...new Map(ALL_RULES.map(({ id, name, severity, group }) => [id, { id, name, severity, group }])).values(),
]

/**
 * Rules split out of an older rule, each with the id its findings had before. An ignored finding
 * is remembered by its rule id and its words (findingKey), so one ignored under the older id
 * would come back under the new id: at the same words it stays ignored. Nothing else follows the
 * older id: its other findings, and switching it off, do not reach the new rule.
 */
export const SPLIT_FROM: Readonly<Partial<Record<string, string>>> = {
  /** The restated count of a whole (restated-counts.ts), once said as 同一数字前后不一. */
  'restated-count': 'inconsistent-figure',
  /** The older year opening a one-year review (review-years.ts), once said as 年份不符. */
  'older-review-year': 'wrong-year',
}

/** Whether the user ignored `f`: by its own rule and words, or by the older id of its rule at the same words. */
export function isIgnored(f: Pick<Finding, 'rule' | 'excerpt'>, ignored: readonly string[]): boolean {
  if (ignored.includes(findingKey(f))) return true
  const older = SPLIT_FROM[f.rule]
  return older !== undefined && ignored.includes(findingKey({ rule: older, excerpt: f.excerpt }))
}
