/** The seed speech for Node benchmarks, alone or as copies of itself. */
import { readFileSync } from 'node:fs'

export const seed = readFileSync(new URL('../test/fixtures/seed-hrss-2022.txt', import.meta.url), 'utf8')

export function copies(n: number): string {
  return Array.from({ length: n }, () => seed).join('\n')
}
