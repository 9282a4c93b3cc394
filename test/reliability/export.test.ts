/**
 * What the exports write (issue #13, items 6, 7, 13): figures CSV keeps the decimal text as
 * stored and neutralises cells a spreadsheet would run as formulas; no export carries a
 * character XML 1.0 forbids, so Word opens every .docx.
 */
import { describe, expect, it } from 'vitest'
import { createRequire } from 'node:module'
import JSZip from 'jszip'
import { figuresToCsv, parseFiguresCsv, type FigureRow } from '../../src/core/figures/csv'
import { importText } from '../../src/core/import'
import { speechDocx } from '../../src/core/export/docx'
import { speechHtml } from '../../src/core/export/html'
import { LAYOUTS } from '../../src/core/export/layout'
import { speechToText } from '../../src/core/text'
import { docxToText } from '../../src/core/import/docx'
import { ImportError } from '../../src/core/import/decode'
import { Tally } from './ledger'
import { expectUserMessage } from './messages'
import { expectLedger } from './ledger-node'

const require = createRequire(import.meta.url)
const mammoth = async () => require('mammoth')
const tally = new Tally('恶意输入', '导出与数字 CSV')
const trial = (name: string, run: () => unknown) => {
  tally.plan()
  it(name, () => tally.trial(name, run), 30_000)
}

const row = (over: Partial<FigureRow>): Omit<FigureRow, 'line'> => ({
  label: '城镇新增就业',
  year: 2025,
  value: '3250',
  unit: '人',
  kind: 'actual',
  ...over,
})
/** The cells of the CSV's data lines, unquoted, as a spreadsheet receives them. */
const cells = (csv: string) =>
  csv
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n')
    .slice(1)
    .map((l) =>
      [...l.matchAll(/("(?:[^"]|"")*"|[^,]*)(,|$)/g)].map((m) => m[1].replace(/^"|"$/g, '').replace(/""/g, '"')),
    )
const roundTrip = (rows: Omit<FigureRow, 'line'>[]) => parseFiguresCsv(new TextEncoder().encode(figuresToCsv(rows)))

/** XML 1.0's Char production, code point by code point: what every part of a .docx must be made of. */
function xmlChars(text: string): string[] {
  const bad: string[] = []
  for (let i = 0; i < text.length; i++) {
    const c = text.codePointAt(i)!
    if (c > 0xffff) i++
    const ok =
      c === 0x9 ||
      c === 0xa ||
      c === 0xd ||
      (c >= 0x20 && c <= 0xd7ff) ||
      (c >= 0xe000 && c <= 0xfffd) ||
      (c >= 0x10000 && c <= 0x10ffff)
    if (!ok) bad.push(`U+${c.toString(16).toUpperCase().padStart(4, '0')}`)
  }
  return bad
}

describe('figures CSV keeps what was stored (item 6)', () => {
  trial('0.00001 stays 0.00001', () => {
    expect(cells(figuresToCsv([row({ value: '0.00001' })]))[0][2]).toBe('0.00001')
    expect(roundTrip([row({ value: '0.00001' })]).rows[0].value).toBe('0.00001')
  })
  trial('a 27-digit value is written whole, not as 1e+26', () => {
    const value = '100000000000000000000000000'
    expect(cells(figuresToCsv([row({ value })]))[0][2]).toBe(value)
    expect(roundTrip([row({ value })]).rows[0].value).toBe(value)
  })
  trial('trailing zeros the user wrote stay (3.50)', () =>
    expect(cells(figuresToCsv([row({ value: '3.50' })]))[0][2]).toBe('3.50'),
  )
})

describe('cells a spreadsheet would run are neutralised (item 13)', () => {
  const formulas = ['=1+1', '+SUM(A1:A9)', '-2+3', '@SUM(1)', '\t=cmd', '\r=cmd', '=HYPERLINK("http://x","点")']
  for (const f of formulas)
    trial(`a label ${JSON.stringify(f)} goes out as text and comes back unchanged`, () => {
      const [cell] = cells(figuresToCsv([row({ label: f })]))
      expect(cell[0].startsWith("'")).toBe(true)
      expect(roundTrip([row({ label: f })]).rows[0]?.label ?? roundTrip([row({ label: f })]).errors).toBe(f.trim())
    })
  trial('source and unit cells are neutralised too', () => {
    const [cell] = cells(figuresToCsv([row({ unit: '@人', source: '=cmd|"/c calc"!A1' })]))
    expect([cell[3][0], cell[5][0]]).toEqual(["'", "'"])
  })
  trial('a label with the separators the reader accepts (， and tab) comes back whole', () => {
    for (const label of ['就业，含灵活就业', '就业\t人数', '“就业”, 人数'])
      expect(roundTrip([row({ label })]).rows[0].label).toBe(label)
  })
  trial('a negative value is a number, not a formula, and stays as it is', () => {
    expect(cells(figuresToCsv([row({ value: '-3.2' })]))[0][2]).toBe('-3.2')
  })
})

describe('figures CSV files that are not what they seem', () => {
  const refusedCsv = (bytes: Uint8Array, message: RegExp) => {
    let error: unknown = null
    try {
      parseFiguresCsv(bytes)
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(ImportError)
    expect((error as Error).message).toMatch(message)
    expectUserMessage((error as Error).message)
  }
  const enc = (s: string) => new TextEncoder().encode(s)
  trial('a CSV larger than any table of figures', () =>
    refusedCsv(enc(`指标,年度,数值\n${'城镇新增就业,2025,3250\n'.repeat(300_000)}`), /上限/),
  )
  trial('a Word file given as CSV', () => refusedCsv(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]), /另存为/))
  trial('a header without the needed columns', () => refusedCsv(enc('a,b,c\n1,2,3\n'), /缺少“指标”列/))
  trial('a quote never closed swallows no good rows before it', () => {
    const r = parseFiguresCsv(enc('指标,年度,数值\n城镇新增就业,2025,3250\n"坏,2025,1\n城镇新增就业,2026,3300\n'))
    expect(r.rows.map((x) => x.value)).toContain('3250')
  })
  trial('100,000 empty columns', () => {
    const r = parseFiguresCsv(enc(`指标,年度,数值${','.repeat(100_000)}\n城镇新增就业,2025,3250\n`))
    expect(r.rows).toHaveLength(1)
  })
})

describe('no export carries a character XML forbids (item 7)', () => {
  const hostile =
    '标题\uFFFE里有\u0001怪字\uD800\n同志们：\n开场\u000B。\n一、2025年工作回顾\n新增\uFFFF就业\u001F3250人\uDC00。\n'
  trial('the .docx: every part is XML 1.0, and Word-reading (mammoth) opens it', async () => {
    const doc = importText(hostile).doc
    const bytes = await speechDocx(doc, LAYOUTS.gongwen, { draft: true })
    const zip = await JSZip.loadAsync(bytes)
    for (const name of Object.keys(zip.files)) {
      if (zip.files[name].dir) continue
      expect(xmlChars(await zip.file(name)!.async('string')), name).toEqual([])
    }
    expect(await docxToText(bytes, mammoth)).toContain('新增\uFFFD就业')
  })
  trial('the HTML and text exports', () => {
    const doc = importText(hostile).doc
    expect(xmlChars(speechHtml(doc, LAYOUTS.reading))).toEqual([])
    expect(xmlChars(speechToText(doc))).toEqual([])
  })
  trial('the figures CSV', () => {
    expect(xmlChars(figuresToCsv([row({ label: '就业\uFFFE\u0002', source: '\uD800' })]))).toEqual([])
  })
})

it('RELIABILITY.md shows what was measured', () => {
  expectLedger(tally)
})
