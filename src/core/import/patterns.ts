/**
 * A recogniser that is one pattern: its name, what it is for, and texts it must and must not
 * match. Tables of these are run as tests (test/node/recognisers.test.ts); adding a case is
 * adding a row.
 */
export interface NamedPattern {
  id: string
  purpose: string
  pattern: RegExp
  matches: string[]
  rejects: string[]
}
