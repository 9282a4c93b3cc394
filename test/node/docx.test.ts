import { describe, expect, it } from 'vitest'
import { createRequire } from 'node:module'
import JSZip from 'jszip'
import { importText } from '../../src/core/import'
import { speechDocx } from '../../src/core/export/docx'
import { docxToText } from '../../src/core/import/docx'
import { LAYOUTS } from '../../src/core/export/layout'
import { outlineJSON } from '../../src/core/outline'
import { speechToText } from '../../src/core/text'
import { fixture } from './helpers'

const require = createRequire(import.meta.url)
const mammoth = async () => require('mammoth')

describe('.docx export', () => {
  for (const name of ['seed-hrss-2022.txt', 'agri-2023.txt', 'edu-notitle.txt']) {
    it(`${name}: importing the exported file gives the same text and structure`, async () => {
      const doc = importText(fixture(name)).doc
      const bytes = await speechDocx(doc, LAYOUTS.gongwen)
      const back = importText(await docxToText(bytes, mammoth)).doc
      expect(speechToText(back)).toBe(speechToText(doc))
      expect(outlineJSON(back)).toEqual(outlineJSON(doc))
    })
  }

  it('sets the page, East Asian fonts per level, exact line pitch and page numbers on both sides', async () => {
    const bytes = await speechDocx(importText(fixture('seed-hrss-2022.txt')).doc, LAYOUTS.gongwen)
    const zip = await JSZip.loadAsync(bytes)
    const xml = await zip.file('word/document.xml')!.async('string')
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/)
    expect(xml).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/)
    for (const font of ['方正小标宋简体', '黑体', '楷体_GB2312', '仿宋_GB2312'])
      expect(xml).toContain(`w:eastAsia="${font}"`)
    expect(xml).toMatch(/<w:spacing w:after="0" w:before="0" w:line="580" w:lineRule="exact"\/>/)
    const settings = await zip.file('word/settings.xml')!.async('string')
    expect(settings).toContain('<w:evenAndOddHeaders/>')
    const footers = await Promise.all(
      Object.keys(zip.files)
        .filter((f) => /word\/footer\d+\.xml/.test(f))
        .map((f) => zip.file(f)!.async('string')),
    )
    expect(footers).toHaveLength(2)
    for (const f of footers) expect(f).toMatch(/PAGE/)
    expect(footers.map((f) => /<w:jc w:val="(\w+)"/.exec(f)![1]).sort()).toEqual(['left', 'right'])
    expect(Object.keys(zip.files).some((f) => /header/.test(f))).toBe(false)
  })

  it('writes slot values, and marks every page of a draft', async () => {
    const doc = importText('同志们：\n开场。\n一、2025年工作回顾\n全年实现城镇新增就业3250人。\n').doc
    const bytes = await speechDocx(doc, LAYOUTS.reading, { draft: true })
    expect(await docxToText(bytes, mammoth)).toContain('全年实现城镇新增就业3250人。')
    const zip = await JSZip.loadAsync(bytes)
    const header = await zip.file(Object.keys(zip.files).find((f) => /word\/header\d+\.xml/.test(f))!)!.async('string')
    expect(header).toContain('草稿')
  })
})
