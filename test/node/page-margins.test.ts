/**
 * A speech pasted from printed pages (a two-column PDF through OCR, corpus 247; Word with its page
 * numbers, corpus 13): the page numbers and the running header next to them are left out and
 * said in the preview as a .docx's headers and footers are; a column's line broken in mid-sentence
 * is joined. No word of the speech is lost; a line the speech repeats stays.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { importText } from '../../src/core/import'
import { joinBrokenLines } from '../../src/core/import/article'
import { dropPageMargins, PAGE_NUMBER } from '../../src/core/import/page-margins'
import { speechToText } from '../../src/core/text'

const CORPUS = join(__dirname, '../fixtures/corpus')
const OCR = readFileSync(join(CORPUS, '247-wb-city-foreign-affairs-ocr-march.txt'), 'utf8')
const WORD = readFileSync(join(CORPUS, '13-xzf-county-work-safety-fire-word.txt'), 'utf8')

describe('page numbers and a running header', () => {
  it('are left out of 247 and 13, every other line kept in order', () => {
    for (const [text, dropped] of [
      [OCR, ['— 2 —', '全市外事工作会议材料之二', '— 3 —', '全市外事工作会议材料之二']],
      [WORD, ['— 2 —', '— 3 —']],
    ] as const) {
      const out = dropPageMargins(text)
      expect(out.dropped).toEqual(dropped)
      const kept = text.split('\n').filter((l) => !(dropped as readonly string[]).includes(l.trim()))
      expect(out.text.split('\n')).toEqual(kept)
    }
  })

  it('say so in the preview; none is in the speech, and the broken lines are one sentence again (247)', () => {
    const { doc, speech } = importText(OCR)
    expect(speech.notes).toContain(
      '页眉、页脚的文字（如“— 2 —”“全市外事工作会议材料之二”）不导入讲稿；打印和导出时按版式另加页码。',
    )
    const text = speechToText(doc)
    expect(text).not.toMatch(/— [23] —|材料之二/)
    expect(text).toContain('开展领事保护宣传进企业、进校园活动16场')
    expect(text).toContain('三要提升专业能力')
  })

  it('leave a speech without page numbers alone, and a line it repeats (人社, 教育)', () => {
    for (const text of [
      '同志们：\n一、2025年工作回顾\n稳就业\n全年新增就业3250人。\n二、2026年工作任务\n稳就业\n确保新增就业3300人。',
      '同志们：\n第2页的表格已更新。\n一、工作回顾\n全年新建学校6所。\n1/3的村完成改造。',
    ])
      expect(dropPageMargins(text)).toEqual({ text, dropped: [] })
    // A repeated line away from the page number is the speech's.
    const text = '同志们：\n抓落实\n全年新增就业3250人。\n— 2 —\n全年新建学校6所。\n抓落实\n谢谢大家！'
    expect(dropPageMargins(text).dropped).toEqual(['— 2 —'])
  })

  // Review 29: “- 2 -” read as a Markdown list's mark first was left in the speech as “2 -”.
  it('are dropped when written with hyphens, before the Markdown reading sees them (住建, 人社)', () => {
    for (const text of [
      '全县住建工作会议讲话\n同志们：\n一、2025年工作回顾\n全年改造老旧小区42个，整治隐患3,120处。\n- 2 -\n二、2026年重点任务\n确保整治隐患3,500处以上。\n- 3 -\n同志们，谢谢大家！',
      '全县人社工作会议讲话\n同志们：\n一、2025年工作回顾\n全年新增就业3250人。\n- 12 -\n二、2026年工作任务\n确保新增就业3300人。\n- 13 -\n三、工作要求\n一要严。\n同志们，谢谢！',
    ]) {
      const r = importText(text)
      const words = speechToText(r.doc)
      expect(words).not.toMatch(/^\s*\d+\s*-\s*$/m)
      expect(r.speech.notes.join('')).not.toContain('Markdown')
    }
  })
})

describe('a line of prose broken on a word', () => {
  it('is joined with the next (外事, 人社, 教育)', () => {
    for (const [text, joined] of [
      ['全年压减出访团组21批次。妥善处置涉外案事件38起，开展领事保护\n宣传进企业活动16场。', '开展领事保护宣传进企业'],
      ['全年城镇新增就业3250人，完成目标的108.3%。发放创业担保贷款2.6\n亿元，扶持创业1200人。', '2.6亿元'],
      ['新建改扩建学校6所，新增学位3600个。全县义务教育巩固率达到99\n.6%，高考本科上线率提高2个百分点。', '99.6%'],
    ])
      expect(joinBrokenLines(text).text).toContain(joined)
  })
  it('is not joined where the line ends its sentence, is short, or the next is a heading', () => {
    for (const text of [
      '全年压减出访团组21批次。妥善处置涉外案事件38起。\n开展领事保护宣传活动16场。',
      '坚定信心。真抓实干\n奋力开创外事工作新局面',
      '全年压减出访团组21批次。妥善处置涉外案事件38起，开展领事保护\n（四）加强队伍建设。',
    ])
      expect(joinBrokenLines(text).joins).toEqual([])
  })
})

it('page number pattern: examples both ways', () => {
  for (const t of PAGE_NUMBER.matches) expect(PAGE_NUMBER.pattern.test(t), t).toBe(true)
  for (const t of PAGE_NUMBER.rejects) expect(PAGE_NUMBER.pattern.test(t), t).toBe(false)
})
