import { describe, expect, it } from 'vitest'
import { createRequire } from 'node:module'
import JSZip from 'jszip'
import { importText } from '../../src/core/import'
import { speechDocx } from '../../src/core/export/docx'
import { docxToText } from '../../src/core/import/docx'
import { LAYOUTS } from '../../src/core/export/layout'
import { outlineJSON } from '../../src/core/outline'
import { printBlocks, speechToText } from '../../src/core/text'
import { fixture, fixtureBytes } from './helpers'
import { loadSpeechFile } from '../../src/core/import/source'
import { rollover } from '../../src/core/rollover'

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

// Tryout 11 (A2): the leader's table (指标/2023年/2024年) became twelve loose lines, unmentioned.
describe('a table in a .docx', () => {
  it('is read a row a line, its cells side by side, and the preview notes say its numbers are no slots', async () => {
    const loaded = await loadSpeechFile(fixtureBytes('tryout11/leader.docx'), 'leader.docx', mammoth)
    const lines = speechToText(loaded.doc).split('\n')
    const at = lines.indexOf('指标 2023年 2024年')
    expect(lines.slice(at, at + 4)).toEqual([
      '指标 2023年 2024年',
      '总诊疗人次（万人次） 177.2 186.4',
      '出院患者（万人次） 3.98 4.12',
      '家庭医生签约（万人） 17.9 18.6',
    ])
    expect(loaded.speech?.notes).toContain(
      '第 1 张有数字的表格（指标、2023年、2024年）按行读成了 4 段文字：表里的数字不是数字空位，换年时不会清空，也不会存入数字库，请逐一核对；需要随年份更新的数，最好写进正文的句子里。',
    )
    // A speech without a table has no such note.
    const plain = await loadSpeechFile(fixtureBytes('seed-hrss-2022.docx'), 'seed.docx', mammoth)
    expect((plain.speech?.notes ?? []).filter((n) => n.includes('表格'))).toEqual([])
  })

  it('after the roll, its header row whose year moved is flagged; the rows of numbers and other lines are not', async () => {
    const loaded = await loadSpeechFile(fixtureBytes('tryout11/leader.docx'), 'leader.docx', mammoth)
    const r = rollover(loaded.doc)
    const table = r.flags.filter((f) => f.message.includes('表头'))
    expect(table.map((f) => f.words)).toEqual(['指标 2023年 2025年'])
    expect(table[0].message).toBe(
      '“指标 2023年 2025年”像是表格的表头：其中的年份已改为2025年，表里的数字却还是去年讲稿的（不是数字空位，换年时没有清空）。请把表中数字改成对应年份的，或删去这张表。',
    )
    // Its year cell alone (as a table read a cell a line, or pasted so) is flagged too; headings, date lines, sentences not.
    const lone = rollover(
      importText(
        '标题\n（2025年1月16日）\n同志们：\n开场。\n一、2024年工作回顾\n2024年，全县完成任务。\n项目\n2024年\n产值\n二、2025年工作任务\n确保完成。\n同志们，谢谢！',
      ).doc,
    )
    expect(lone.flags.filter((f) => f.message.includes('表头')).map((f) => f.words)).toEqual(['2025年'])
  })
})
