/**
 * What LibreOffice, a Word-compatible reader, shows for the automatic numbers the importer
 * writes: the numbered fixtures and the hand-written cases converted to text by soffice, each
 * paragraph compared with the importer's (spaces and tabs aside: LibreOffice's text export
 * puts its own after a number).
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createRequire } from 'node:module'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { readDocx } from '../../src/core/import/docx'
import { CASES } from './docx-numbering-cases'
import { fixtureBytes } from './helpers'

const require = createRequire(import.meta.url)
const mammoth = async () => require('mammoth')

const FIXTURES = [
  'seed-hrss-2022-autonum.docx',
  'zrzy-city-planning-autonum.docx',
  'market-december-autonum-restart.docx',
  'edu-notitle-autonum-style.docx',
]

/** The paragraphs LibreOffice shows for each file, by soffice's text export. */
function officeLines(files: { name: string; bytes: Uint8Array }[]): string[][] {
  const dir = mkdtempSync(join(tmpdir(), 'jianggao-numbering-'))
  const paths = files.map(({ name, bytes }) => {
    const path = join(dir, name)
    writeFileSync(path, bytes)
    return path
  })
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`,
      '--headless',
      '--convert-to',
      'txt:Text (encoded):UTF8',
      '--outdir',
      dir,
      ...paths,
    ],
    { stdio: 'pipe', timeout: 180_000 },
  )
  return paths.map((p) => lines(readFileSync(p.replace(/\.docx$/, '.txt'), 'utf8').replace(/^\uFEFF/, '')))
}

const lines = (text: string) =>
  text
    .split(/\r?\n/)
    .map((l) => l.replace(/[\s\u3000]+/g, ''))
    .filter(Boolean)

describe('LibreOffice shows the numbers the importer writes', () => {
  const files = [
    ...FIXTURES.map((name) => ({ name, bytes: fixtureBytes(name) })),
    ...CASES.filter((c) => c.office).map((c, i) => ({ name: `case-${i}.docx`, bytes: c.docx })),
  ]
  const office = officeLines(files)
  it.each(files.map((f, i) => [f.name, i] as const))('%s', async (_name, i) => {
    expect(lines((await readDocx(files[i].bytes, mammoth)).text)).toEqual(office[i])
  })
})
