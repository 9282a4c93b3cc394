import { describe, expect, it } from 'vitest'
import { createRequire } from 'node:module'
import JSZip from 'jszip'
import { importText } from '../../src/core/import'
import { speechDocx } from '../../src/core/export/docx'
import { docxToText } from '../../src/core/import/docx'
import { LAYOUTS } from '../../src/core/export/layout'
import { outlineJSON } from '../../src/core/outline'
import { printBlocks } from '../../src/core/text'
import { fixture } from './helpers'

const require = createRequire(import.meta.url)
const mammoth = async () => require('mammoth')

describe('.docx export', () => {
  for (const name of ['seed-hrss-2022.txt', 'agri-2023.txt', 'edu-notitle.txt']) {
    it(`${name}: importing the exported file gives the printed text and the same structure`, async () => {
      const doc = importText(fixture(name)).doc
      const bytes = await speechDocx(doc, LAYOUTS.gongwen)
      const text = await docxToText(bytes, mammoth)
      // Empty slots are written as blanks for a person to fill in ("＿＿人"), never as markup.
      expect(text).not.toContain('{{')
      const printed = (d: typeof doc) =>
        printBlocks(d, { slots: 'blank' })
          .map((b) => b.runs.map((r) => r.text).join(''))
          .filter(Boolean)
          .join('\n')
      const back = importText(text).doc
      expect(printed(back)).toBe(printed(doc))
      const { slots: _a, ...structure } = outlineJSON(back)
      const { slots: _b, ...original } = outlineJSON(doc)
      expect(structure).toEqual(original)
    })
  }

  it('sets the page, the fonts per level, an exact line pitch and spacing that fit 22 lines of 28, and page numbers on both sides', async () => {
    const bytes = await speechDocx(importText(fixture('seed-hrss-2022.txt')).doc, LAYOUTS.gongwen)
    const zip = await JSZip.loadAsync(bytes)
    const xml = await zip.file('word/document.xml')!.async('string')
    const styles = await zip.file('word/styles.xml')!.async('string')
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/)
    expect(xml).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/)
    // Chinese and Latin text in the same GB font: its digits are half a character wide, as the grid assumes.
    for (const font of ['方正小标宋简体', '黑体', '楷体_GB2312', '仿宋_GB2312'])
      expect(styles).toContain(`<w:rFonts w:ascii="${font}" w:hAnsi="${font}" w:eastAsia="${font}"`)
    // 225 mm of text block: 22 lines of 579 twips fit (580 would leave room for 21 only).
    expect(styles).toContain('<w:spacing w:before="0" w:after="0" w:line="579" w:lineRule="exact"/>')
    expect(22 * 579).toBeLessThanOrEqual(Math.round((225 * 1440) / 25.4))
    // 156 mm of line: 28 characters of 16 pt at -0.3 pt fit, 29 do not.
    expect(styles).toMatch(
      /<w:style w:type="paragraph" w:customStyle="1" w:styleId="JgBody">.*?<w:spacing w:val="-6"\/>/,
    )
    expect(28 * (16 - 0.3)).toBeLessThanOrEqual((156 * 72) / 25.4)
    expect(29 * (16 - 0.3)).toBeGreaterThan((156 * 72) / 25.4)
    for (const off of ['<w:autoSpaceDE w:val="0"/>', '<w:autoSpaceDN w:val="0"/>']) expect(styles).toContain(off)
    // Digits: half the spacing, so a digit stays half a character wide.
    expect(xml).toMatch(/<w:r><w:rPr><w:spacing w:val="-3"\/><\/w:rPr><w:t xml:space="preserve">2021<\/w:t><\/w:r>/)
    const fonts = await zip.file('word/fontTable.xml')!.async('string')
    expect(fonts).toContain('<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/>')
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
