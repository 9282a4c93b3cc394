/**
 * Candidate figures in a piece of text: a number or a mask, with the unit written after it
 * ("3250人", "1,286.4亿元", "860余万元", "4万多人", "***万元", "368.5 万吨"). Whether a
 * candidate is a figure is for not-figures.ts to say; what it counts is for labels.ts.
 */
import { MASK } from '../lang/masks'
import { WRITTEN_UNIT } from '../lang/units'

export interface Candidate {
  /** The whole text the candidate was found in. */
  text: string
  from: number
  to: number
  /** The number as written (separators included), or the mask. */
  num: string
  /** The unit as written, with any 余/多; '' for a bare number or mask. */
  unit: string
  masked: boolean
}

/** A unit as written after a number, 余/多 included (lang/units WRITTEN_UNIT). */
export const UNIT = WRITTEN_UNIT
/**
 * A minus sign before a number not itself after a digit or letter: a negative rate
 * ("人口自然增长率为-1.2‰", "增长−0.5%"), not the dash of a range ("1-11月", "2021－2025年").
 */
const SIGN = '[-−－]'
const NUMBER = String.raw`${SIGN}?(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)`
const CANDIDATE = new RegExp(`(?<![\\d.A-Za-z])(${NUMBER}|${MASK})(?: ?(${UNIT}))?`, 'g')

export function candidates(text: string): Candidate[] {
  return [...text.matchAll(CANDIDATE)].map((m) => ({
    text,
    from: m.index,
    to: m.index + m[0].length,
    num: m[1],
    unit: m[2] ?? '',
    masked: !/\d/.test(m[1]),
  }))
}

/**
 * The text just before a candidate and after it, for the recognisers' patterns. A pattern
 * anchored at the end of "before" needs only its tail: testing the whole paragraph would cost
 * a scan per position.
 */
export const before = (c: Candidate) => c.text.slice(Math.max(0, c.from - 24), c.from)
export const after = (c: Candidate) => c.text.slice(c.to, c.to + 24)
