/**
 * A line break inside a pasted paragraph (<br>: Word's Shift+Enter) is one paragraph going on,
 * unless line-breaks.ts's rules say the next line starts a paragraph: each rule on its examples,
 * then Word's clipboard HTML imported as the same speech as its plain text.
 */
import { describe, expect, it } from 'vitest'
import { importText } from '../../src/core/import'
import { htmlParagraphs, htmlToText } from '../../src/core/import/html'
import { BREAK_RULES, breakStartsParagraph } from '../../src/core/import/line-breaks'
import { outlineJSON, slotsOf } from '../../src/core/outline'
import { fixture } from './helpers'

describe.each(BREAK_RULES.map((r) => [r.id, r] as const))('line break rule: %s', (_id, rule) => {
  it('has a purpose and examples both ways', () => {
    expect(rule.purpose).toMatch(/[\u4e00-\u9fff]/)
    expect(rule.splits.length * rule.keeps.length).toBeGreaterThan(0)
  })
  it.each(rule.splits)('splits %s | %s', (before, after) => {
    expect(rule.starts(before, after)).toBe(true)
    expect(breakStartsParagraph(before, after)).toBe(true)
  })
  it.each(rule.keeps)('leaves %s | %s', (before, after) => {
    expect(rule.starts(before, after)).toBe(false)
  })
})

describe('a line break inside a paragraph of pasted HTML', () => {
  it.each([
    // Word's Shift+Enter in a title, and mid-sentence after a comma or semicolon: one paragraph
    ['<p><b>在2026年全区住房和城乡建设<br>工作会议上的讲话</b></p>', ['在2026年全区住房和城乡建设工作会议上的讲话']],
    [
      '<p>“十四五”期间，累计完成投资<span lang=EN-US>498.7</span>亿元，<br>累计筹集各类保障性住房<span lang=EN-US>8620</span>套。</p>',
      ['“十四五”期间，累计完成投资498.7亿元，累计筹集各类保障性住房8620套。'],
    ],
    ['<p>增长6.6%；<br/>新增资质等级建筑企业31家。</p>', ['增长6.6%；新增资质等级建筑企业31家。']],
    ['<p>Windows<br>Server</p>', ['Windows Server']],
    // a title of phrases set apart by spaces breaks between them, where a space joins them again
    ['<p>聚力同心 真抓实干<br>推动住建工作再上新台阶</p>', ['聚力同心 真抓实干 推动住建工作再上新台阶']],
    [
      '<p>——在全县人力资源和社会保障工作暨人社系统<br>党风廉政建设工作会议上的讲话</p>',
      ['——在全县人力资源和社会保障工作暨人社系统党风廉政建设工作会议上的讲话'],
    ],
    // a title block set with line breaks: title, speaker, date each a line
    [
      '<p>在全区住房和城乡建设工作会议上的讲话<br>区住房和城乡建设局局长　陈建国<br>（2026年2月6日）</p>',
      ['在全区住房和城乡建设工作会议上的讲话', '区住房和城乡建设局局长　陈建国', '（2026年2月6日）'],
    ],
    // before a heading number, after a bare heading, after a sentence's end, a blank line, an indent
    ['<p>保持稳定<br>二、准确把握当前形势</p>', ['保持稳定', '二、准确把握当前形势']],
    [
      '<p>（一）房地产市场平稳运行<br>全年完成投资86.4亿元。</p>',
      ['（一）房地产市场平稳运行', '全年完成投资86.4亿元。'],
    ],
    ['<div>圆满收官。<br>2026年是开局之年。</div>', ['圆满收官。', '2026年是开局之年。']],
    ['<div>取得了新成效<br><br>全年完成投资</div>', ['取得了新成效', '全年完成投资']],
    ['<div>主要指标<br>&nbsp;&nbsp;全年完成投资</div>', ['主要指标', '全年完成投资']],
  ])('%s', (html, paragraphs) => {
    expect(htmlToText(html).split('\n')).toEqual(paragraphs)
  })

  it('reads a line end of the HTML source as a browser does: no paragraph, no space between Chinese words', () => {
    expect(htmlToText('<p>累计完成投资498.7亿元，\r\n  累计筹集住房8620套</p>')).toBe(
      '累计完成投资498.7亿元，累计筹集住房8620套',
    )
    expect(htmlToText('<p>城乡\n建设 Windows\nServer</p>')).toBe('城乡建设 Windows Server')
    expect(htmlToText('<p><span\nlang=EN-US>2025</span>年</p>')).toBe('2025年')
    // inside <pre> a line end is a line break, under the same rules
    expect(htmlToText('<pre>圆满收官。\n2026年是开局之年，\n意义重大。</pre>')).toBe(
      '圆满收官。\n2026年是开局之年，意义重大。',
    )
  })

  it('gives the editor paragraphs without Word’s indent (&nbsp; runs, full-width spaces)', () => {
    expect(
      htmlParagraphs(
        "<p><span style='mso-spacerun:yes'>&nbsp;&nbsp;&nbsp; </span>“十四五”期间，<br>累计筹集8620套。</p><p>　　同志们：</p><p>&nbsp;</p>",
      ),
    ).toEqual(['“十四五”期间，累计筹集8620套。', '同志们：'])
  })

  it('reads a paragraph of 40,000 soft breaks once, not once a break', () => {
    const lines = '在全区住房和城乡建设工作中累计完成投资498.7亿元，<br>'.repeat(40_000)
    const started = performance.now()
    const text = htmlToText(`<p>${lines}</p>`)
    expect(text.split('\n')).toHaveLength(1)
    expect(text.length).toBe(40_000 * 27)
    expect(performance.now() - started).toBeLessThan(2000)
  })

  it('imports Word clipboard HTML with Shift+Enter breaks as the same speech as its plain text', () => {
    // The title and the “十四五” paragraph have a <br>; everything else is Word's usual markup.
    const html = fixture('zj-district-2026-word-clip.html')
    expect(html).toMatch(/建设<br>工作会议/)
    expect(html).toMatch(/498\.7<\/span>亿元，<br>累计/)
    const word = importText(htmlToText(html)).doc
    const plain = importText(fixture('zj-district-2026.txt')).doc
    expect(outlineJSON(word)).toEqual(outlineJSON(plain))
    expect(outlineJSON(word).title).toBe('在2026年全区住房和城乡建设工作会议上的讲话')
    expect(slotsOf(word).map((s) => s.attrs)).toEqual(slotsOf(plain).map((s) => s.attrs))
    // the five-year totals stay totals of 2021—2025, not one year's figures
    const total = slotsOf(word).find((s) => s.attrs.value === '8620')
    expect(total?.attrs).toMatchObject({ label: '筹集各类保障性住房', period: '2021-2025' })
  })
})
