/**
 * A .docx's comments, headers and footers, footnotes and text boxes (docx-extras.ts): none is
 * dropped without a note, no footnote mark or text is left in the speech. The file is the one a
 * tester made for tryout 11 in LibreOffice: a 卫健局 speech with a comment, a header and a footer,
 * a footnote, a text box and a table.
 */
import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import { readDocx, tablesAsRows } from '../../src/core/import/docx'
import { withoutNotes } from '../../src/core/import/docx-extras'
import { fixtureBytes as file } from './helpers'

const require = createRequire(import.meta.url)
const mammoth = async () => require('mammoth')

describe('what a .docx holds beside its body', () => {
  it('names the comment, the header and footer, the text box and the footnote, and leaves no footnote in the text', async () => {
    const { text, notes } = await readDocx(file('tryout11/leader.docx'), mammoth)
    const said = notes.join('\n')
    expect(said).toContain('1 条批注（如“此数请统计科再核实”）')
    expect(said).toContain('页眉、页脚的文字（如“内部资料 注意保存（2025年')
    expect(said).toContain('1 个文本框')
    expect(said).toContain('1 条脚注或尾注')
    expect(said).toContain('“县域内就诊率按医保结算口径计算，2023年为90.6%。”')
    expect(text).not.toContain('[1]')
    expect(text).not.toContain('↑')
    expect(text).not.toContain('按医保结算口径')
    expect(text.trim().endsWith('谢谢大家！')).toBe(true)
    // The sentence the footnote was on is whole.
    expect(text).toContain('县域内就诊率达到91.3%，高于全市平均水平2.1个百分点')
  })

  for (const name of ['seed-hrss-2022.docx', 'agri-2023.docx', 'zrzy-city-planning-autonum.docx'])
    it(`says nothing of the kind for a plain speech (${name})`, async () => {
      const { notes } = await readDocx(file(name), mammoth)
      expect(notes.join('\n')).not.toMatch(/批注|页眉|文本框|脚注/)
    })

  it('takes endnotes as footnotes, and leaves a list that is not notes alone', () => {
    const html =
      '<p>全年完成投资5.2亿元<sup><a href="#endnote-1" id="endnote-ref-1">[1]</a></sup>。</p><ol><li><p>第一项</p></li></ol><ol><li id="endnote-1"><p>含结转项目。 <a href="#endnote-ref-1">↑</a></p></li></ol>'
    const { html: out, notes } = withoutNotes(html)
    expect(out).toBe('<p>全年完成投资5.2亿元。</p><ol><li><p>第一项</p></li></ol>')
    expect(notes).toEqual([
      '文件里有 1 条脚注或尾注，没有放进讲稿正文（讲话稿念出来没有脚注）：“含结转项目。”。需要的话，请把它写进正文。',
    ])
    expect(withoutNotes('<p>没有注释。</p>')).toEqual({ html: '<p>没有注释。</p>', notes: [] })
  })

  it('reads a table of figures a row a line, with a note; a table of one cell is a frame, its paragraphs kept', () => {
    const figures = tablesAsRows(
      '<table><tr><td><p>指标</p></td><td><p>2024年</p></td></tr><tr><td><p>出院患者（万人次）</p></td><td><p>4.12</p></td></tr></table>',
    )
    expect(figures.html).toBe('<p>指标　2024年</p><p>出院患者（万人次）　4.12</p>')
    expect(figures.notes).toHaveLength(1)
    const framed = tablesAsRows('<table><tr><td><p>一、2025年工作回顾</p><p>全年新增就业3250人。</p></td></tr></table>')
    expect(framed).toEqual({ html: '<p>一、2025年工作回顾</p><p>全年新增就业3250人。</p>', notes: [] })
  })
})
