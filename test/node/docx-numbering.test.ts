/**
 * Word's automatic numbering (多级列表) read from a .docx as Word shows it: 一、（一）1.（1）
 * written into the text before mammoth, which keeps only "a list item", so a speech numbered
 * with Word's buttons imports as its typed copy does.
 */
import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import { readDocx } from '../../src/core/import/docx'
import { loadSpeechFile, textToSpeech } from '../../src/core/import/source'
import { speechToJSON } from '../../src/core/serialize'
import { outlineJSON } from '../../src/core/outline'
import { fixture, fixtureBytes } from './helpers'
import { CASES } from './docx-numbering-cases'
import { inList, para, wordDocx } from './word-docx'
import { NUMBER_FORMATS } from '../../src/core/import/docx-number-formats'

const require = createRequire(import.meta.url)
const mammoth = async () => require('mammoth')

describe('a speech numbered by Word imports as its typed copy', () => {
  it.each([
    ['seed-hrss-2022-autonum.docx', 'seed-hrss-2022.txt'],
    ['zrzy-city-planning-autonum.docx', 'corpus/08-zrzy-city-planning.txt'],
    ['market-december-autonum-restart.docx', 'market-december.txt'],
    ['edu-notitle-autonum-style.docx', 'edu-notitle.txt'],
  ])('%s: the same parts, sections, items, figures and text as %s', async (docx, txt) => {
    const loaded = await loadSpeechFile(fixtureBytes(docx), docx, mammoth)
    const typed = textToSpeech(fixture(txt))
    expect(outlineJSON(loaded.doc)).toEqual(outlineJSON(typed.doc))
    expect(speechToJSON(loaded.doc)).toEqual(speechToJSON(typed.doc))
    expect(loaded.speech?.notes).toEqual(typed.speech.notes)
  })
})

describe('bullets and formats the importer cannot write', () => {
  it('a bullet list keeps no mark, and the numbered parts and sections around it count on', async () => {
    const { text, notes } = await readDocx(fixtureBytes('autonum-bullet.docx'), mammoth)
    expect(text.split('\n').slice(3, 11)).toEqual([
      '一、2025年工作回顾',
      '（一）\t市场主体持续壮大',
      '全县新登记市场主体3860户，同比增长12.8%。',
      '开展“双随机、一公开”抽查1260次；',
      '办结投诉举报4321件。',
      '（二）\t监管执法有力有效',
      '全年查办案件215件，罚没款386万元。',
      '二、2026年工作任务',
    ])
    expect(notes).toEqual([])
  })

  it('a format it does not know leaves those paragraphs unnumbered and says so; the others are numbered', async () => {
    const { text, notes } = await readDocx(fixtureBytes('autonum-unknown-format.docx'), mammoth)
    const lines = text.split('\n')
    expect(lines).toContain('一、2025年工作回顾')
    expect(lines).toContain('市场主体持续壮大')
    expect(lines).toContain('二、2026年工作任务')
    expect(lines).toContain('持续优化营商环境')
    expect(notes).toEqual([
      '有 3 段的自动编号格式（ordinalText）程序不认识，这些段落导入时没有编号（如“市场主体持续壮大”）。识别出的提纲可能不全，请核对；也可以在 Word 里把编号改为“一、”“（一）”这类格式后再导入。',
    ])
  })

  it('the notes reach the import preview with the recogniser’s own', async () => {
    const loaded = await loadSpeechFile(fixtureBytes('autonum-unknown-format.docx'), 'a.docx', mammoth)
    expect(loaded.speech?.notes[0]).toMatch(/^有 3 段的自动编号格式（ordinalText）程序不认识/)
    expect(
      outlineJSON(loaded.doc)
        .parts.filter((p) => p.number)
        .map((p) => p.heading),
    ).toEqual(['2025年工作回顾', '2026年工作任务'])
  })
})

describe('counted as Word counts', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, { docx, lines, notes = [] }) => {
    const read = await readDocx(docx, mammoth)
    expect(read.text.split('\n')).toEqual(lines)
    expect(read.notes).toEqual(notes)
  })

  it('every format writes its examples', () => {
    for (const [name, format] of Object.entries(NUMBER_FORMATS))
      for (const [n, shown] of format.examples) expect([name, n, format.write(n)]).toEqual([name, n, shown])
  })

  it('a numbering part that is not XML is refused as a broken file, as before', async () => {
    const docx = wordDocx({ numbering: '<w:abstractNum <<<', body: para('回顾', inList(1)) })
    await expect(readDocx(docx, mammoth)).rejects.toThrow(/^这个 \.docx 文件的正文已损坏/)
  })
})
