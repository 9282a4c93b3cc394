/**
 * Type guards for values that come from outside the types (a select's value, a command-line
 * argument, a stored or parsed record): checked, so no cast has to promise what they are.
 */

/** Whether `value` is one of `values`: `isOneOf(PART_KINDS, select.value)` narrows it to a PartKind. */
export function isOneOf<T>(values: readonly T[], value: unknown): value is T {
  return values.some((v) => v === value)
}

/** Whether `value` is a plain object, whose fields can be read by name. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** The message of a caught value: an Error's own message, else the value as text. */
export function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e)
}

/**
 * `value`, which the caller knows is there (a map entry it has just set, a heading the schema
 * requires). A miss is a bug, and the error names what was expected instead of failing later on
 * `undefined`.
 */
export function present<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`Expected ${what}, found ${String(value)}.`)
  return value
}
