/** Every rule, by id, with its Chinese name and default severity. */
import type { BlockRule, RuleInfo } from './types'
import {
  doubledPunctuation,
  halfWidthPunctuation,
  longSentence,
  placeholderText,
  repeatedPhrase,
  unpairedMarks,
} from './text-rules'
import { relativeTime, timeBoundPhrase, wrongYear } from './time-rules'
import { emptySlot, rateOver100 } from './figure-rules'
import { arithmetic } from './arithmetic'
import { handNumber } from './structure-rules'
import { weekdayRule } from './weekday'

/** A heading whose number is generated must not carry a typed one too. */
const doubleNumbering: BlockRule = {
  id: 'numbering',
  name: '编号',
  severity: 'error',
  group: '结构',
  scope: 'block',
  check({ text, node }) {
    const generated =
      node.type.name === 'part_heading' || node.type.name === 'section_heading' || node.type.name === 'item'
    const hand = generated ? handNumber(text) : null
    return hand
      ? [
          {
            rule: 'numbering',
            message: `编号会自动生成，这里又手写了“${text.slice(0, hand.length)}”，印出来会重复。`,
            from: 0,
            to: hand.length,
          },
        ]
      : []
  },
}

export const BLOCK_RULES: BlockRule[] = [
  emptySlot,
  placeholderText,
  rateOver100,
  arithmetic,
  wrongYear,
  relativeTime,
  timeBoundPhrase,
  weekdayRule,
  halfWidthPunctuation,
  unpairedMarks,
  doubledPunctuation,
  repeatedPhrase,
  longSentence,
  doubleNumbering,
]

export const RULES: RuleInfo[] = [
  { id: 'required-parts', name: '必需部分', severity: 'error', group: '结构' },
  { id: 'empty-part', name: '空的部分', severity: 'error', group: '结构' },
  { id: 'numbering', name: '编号', severity: 'error', group: '结构' },
  { id: 'announced-count', name: '开头所说点数', severity: 'error', group: '结构' },
  ...BLOCK_RULES.filter((r) => r.id !== 'numbering').map(({ id, name, severity, group }) => ({
    id,
    name,
    severity,
    group,
  })),
  { id: 'inconsistent-figure', name: '同一数字前后不一', severity: 'warning', group: '数字' },
]
