import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

export const fixture = (name: string) =>
  readFileSync(fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url)), 'utf8')
export const fixtureBytes = (name: string) =>
  new Uint8Array(readFileSync(fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url))))
export const templateSource = (name: string) =>
  readFileSync(fileURLToPath(new URL(`../../templates/${name}`, import.meta.url)), 'utf8')
