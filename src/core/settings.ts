/**
 * App-wide settings and their one validation. Settings come from storage and from backups,
 * both of which can hold anything; a bad field falls back to its default and is named, so the
 * app always opens and the user is told what was reset.
 */
import { DEFAULT_CHECK_OPTIONS, DEFAULT_TIME_BOUND_PHRASES } from './checks/types'
import { isRecord } from './guards'

export interface Settings {
  /** Speaking rate for time estimates, characters a minute. */
  charsPerMinute: number
  /** Phrases bound to one year, flagged by the checks and by the roll-over. */
  timeBoundPhrases: string[]
  /** The longest sentence, in characters, that the checks let pass. */
  maxSentenceChars: number
}

export const DEFAULT_SETTINGS: Settings = {
  charsPerMinute: 200,
  timeBoundPhrases: DEFAULT_TIME_BOUND_PHRASES,
  maxSentenceChars: DEFAULT_CHECK_OPTIONS.maxSentenceChars,
}

/** The bounds of the settings: one definition for the settings controls and for a backup's check. */
export const SETTING_BOUNDS = {
  /** Speaking rate, characters a minute. */
  charsPerMinute: { min: 50, max: 600 },
  /** The longest sentence the checks let pass, in characters. */
  maxSentenceChars: { min: 10, max: 1000 },
  /** Time-bound phrases: how many, and how long each. */
  timeBoundPhrases: { count: 1000, chars: 100 },
} as const

const within = (v: unknown, b: { min: number; max: number }) =>
  typeof v === 'number' && Number.isInteger(v) && v >= b.min && v <= b.max

/** Each setting: its Chinese name and what a valid value is. */
const FIELDS: { [K in keyof Settings]: { name: string; valid: (v: unknown) => boolean } } = {
  charsPerMinute: { name: '语速', valid: (v) => within(v, SETTING_BOUNDS.charsPerMinute) },
  timeBoundPhrases: {
    name: '有时效的提法',
    valid: (v) =>
      Array.isArray(v) &&
      v.length <= SETTING_BOUNDS.timeBoundPhrases.count &&
      v.every((p) => typeof p === 'string' && p.length > 0 && p.length <= SETTING_BOUNDS.timeBoundPhrases.chars),
  },
  maxSentenceChars: { name: '句子最长字数', valid: (v) => within(v, SETTING_BOUNDS.maxSentenceChars) },
}

export interface CheckedSettings {
  settings: Settings
  /** The Chinese names of the settings that were not valid and now have their defaults. */
  reset: string[]
}

/** Settings from whatever storage or a backup holds: valid fields kept, others reset and named. */
export function checkSettings(raw: unknown): CheckedSettings {
  const settings: Settings = { ...DEFAULT_SETTINGS }
  const reset: string[] = []
  if (raw === null || raw === undefined) return { settings, reset }
  if (!isRecord(raw)) return { settings, reset: Object.values(FIELDS).map((f) => f.name) }
  const given = raw
  // biome-ignore lint/nursery/noUnsafeTypeAssertion: FIELDS's type gives it exactly the keys of Settings
  for (const key of Object.keys(FIELDS) as (keyof Settings)[]) {
    if (!Object.hasOwn(given, key)) continue
    const value = given[key]
    // The value has just passed the check FIELDS holds for this very field.
    // biome-ignore lint/nursery/noUnsafeTypeAssertion: the reason is the comment above
    if (FIELDS[key].valid(value)) (settings as unknown as Record<string, unknown>)[key] = value
    else reset.push(FIELDS[key].name)
  }
  return { settings, reset }
}

/** Whether a value is a complete, valid settings record (a backup's settings must be). */
export function settingsProblems(raw: unknown): string[] {
  return checkSettings(raw).reset
}
