/**
 * The bounds of the app's settings: one definition for the settings controls and for a
 * backup's check. (The settings record itself is the app's, in store/db.ts.)
 */
export const SETTING_BOUNDS = {
  /** Speaking rate, characters a minute. */
  charsPerMinute: { min: 50, max: 600 },
  /** The longest sentence the checks let pass, in characters. */
  maxSentenceChars: { min: 10, max: 1000 },
  /** Time-bound phrases: how many, and how long each. */
  timeBoundPhrases: { count: 1000, chars: 100 },
} as const
