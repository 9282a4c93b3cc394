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
