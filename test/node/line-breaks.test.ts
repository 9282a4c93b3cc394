/**
 * A line break inside a pasted paragraph (<br>: Word's Shift+Enter) is one paragraph going on,
 * unless line-breaks.ts's rules say the next line starts a paragraph: each rule on its examples,
 * then Word's clipboard HTML imported as the same speech as its plain text.
 */
import { describe, expect, it } from 'vitest'
import { importText } from '../../src/core/import'
import { fromWordProcessor, htmlParagraphs, htmlToText } from '../../src/core/import/html'
import {
  BREAK_RULES,
  breakStartsParagraph,
  paragraphsOfLines,
  WORD_BREAK_RULES,
} from '../../src/core/import/line-breaks'
import { outlineJSON, slotsOf } from '../../src/core/outline'
import { speechLines } from '../../src/core/import/normalize'
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

/** A paragraph as WPS puts it on the clipboard (tryout 13, s10), around `body`. */
const wps = (body: string) =>
  `<html><head><meta name=Generator content="WPS Office"><style>p.MsoNormal{margin:0pt}</style></head><body><!--StartFragment--><p class=MsoNormal style="text-indent:32.0000pt"><span style="font-family:仿宋_GB2312">${body}</span></p><!--EndFragment--></body></html>`
/** The same as Word puts it. */
const word = (body: string) =>
  `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta name=Generator content="Microsoft Word 15"></head><body><p class=MsoNormal><span lang=ZH-CN>${body}</span></p></body></html>`

describe('a line break in Word’s or WPS’s clipboard HTML is a line wrap (tryout 13, finding C4)', () => {
  it('takes its rules from BREAK_RULES, the import’s own, leaving out the sentence’s end only', () => {
    for (const rule of WORD_BREAK_RULES) expect(BREAK_RULES).toContain(rule)
    expect(WORD_BREAK_RULES.map((r) => r.id)).not.toContain('sentence-end')
    expect(WORD_BREAK_RULES.map((r) => r.id)).toContain('enumeration-next')
  })

  it('knows Word’s and WPS’s HTML from a web page’s', () => {
    expect(fromWordProcessor(wps('x'))).toBe(true)
    expect(fromWordProcessor(word('x'))).toBe(true)
    expect(fromWordProcessor("<p class=MsoNormal><span style='mso-spacerun:yes'> </span>x</p>")).toBe(true)
    expect(fromWordProcessor('<div class="rich_media_content"><p>圆满收官。<br>2026年是开局之年。</p></div>')).toBe(
      false,
    )
    expect(fromWordProcessor('<p>WPS Office 的用法<br>第二行</p>')).toBe(false)
  })

  it.each([
    // after a sentence's end: the writer wrapped the line, one paragraph (s10's WPS paste)
    [
      wps('　　五要强化宣传引导。<br>加强政策解读，全年发布商务政策解读稿件不少于60篇。'),
      ['五要强化宣传引导。加强政策解读，全年发布商务政策解读稿件不少于60篇。'],
    ],
    [
      word('全市社会消费品零售总额增长5.8%。<br>外贸进出口总额达到515.2亿元。'),
      ['全市社会消费品零售总额增长5.8%。外贸进出口总额达到515.2亿元。'],
    ],
    // after 一是……, before 二是: the writer's comma says the list goes on in one paragraph
    [
      word('重点抓好三项工作：一是加强领导，<br>二是压实责任，三是严格考核。'),
      ['重点抓好三项工作：一是加强领导，二是压实责任，三是严格考核。'],
    ],
    // mid-sentence, as before; Latin or digit runs keep a space between them
    [wps('全面推广应用 Windows<br>Server 系统'), ['全面推广应用 Windows Server 系统']],
    [word('升级到 Office<br>2021 版本'), ['升级到 Office 2021 版本']],
    [word('全年完成<br>2026年计划的一半'), ['全年完成2026年计划的一半']],
  ])('joins %s', (html, paragraphs) => {
    expect(htmlParagraphs(html)).toEqual(paragraphs)
  })

  it.each([
    // the next line a heading: 一、（一）1.
    [wps('确保不发生重大安全事故。<br>二、准确把握当前形势'), ['确保不发生重大安全事故。', '二、准确把握当前形势']],
    [
      word('今年重点抓好以下工作：<br>（一）促进消费扩容提质。'),
      ['今年重点抓好以下工作：', '（一）促进消费扩容提质。'],
    ],
    [word('主要目标是：<br>1.外贸进出口保持稳定'), ['主要目标是：', '1.外贸进出口保持稳定']],
    // the next line indented with the paragraph indent (two full-width spaces)
    [wps('五要强化宣传引导。<br>　　六要严守纪律规矩。'), ['五要强化宣传引导。', '六要严守纪律规矩。']],
    // a title block: title, speaker, date each a line of its own
    [
      word('在全市商务工作会议上的讲话<br>市商务局局长　王明<br>（2026年2月6日）'),
      ['在全市商务工作会议上的讲话', '市商务局局长　王明', '（2026年2月6日）'],
    ],
    // after a lone heading
    [
      word('（一）消费市场稳步恢复<br>全年实现社会消费品零售总额1362.8亿元。'),
      ['（一）消费市场稳步恢复', '全年实现社会消费品零售总额1362.8亿元。'],
    ],
  ])('splits %s', (html, paragraphs) => {
    expect(htmlParagraphs(html)).toEqual(paragraphs)
  })

  it('leaves a web page’s line breaks to all the rules: a line after a sentence’s end is a paragraph there', () => {
    expect(htmlParagraphs('<div>圆满收官。<br>2026年是开局之年。</div>')).toEqual(['圆满收官。', '2026年是开局之年。'])
  })
})

/**
 * A list typed one item a line with soft breaks in Word or WPS (一是……<br>二是……): each item its
 * own paragraph, as the paste reads it (src/app/editor/paste.ts: htmlParagraphs with boldHeadings
 * for HTML, paragraphsOfLines on \v for Ctrl+Shift+V's plain text).
 */
describe('a list typed one item a line in Word or WPS keeps its lines (review 28b)', () => {
  const pasted = (html: string) => htmlParagraphs(html, { boldHeadings: true })
  const plain = (text: string) => paragraphsOfLines(text.split('\v'), WORD_BREAK_RULES)
  it.each([
    // 一是/二是 without a full stop (组织), and with one (纪检)
    [
      '一是加强组织领导<br>二是压实工作责任<br>三是强化督查考核',
      ['一是加强组织领导', '二是压实工作责任', '三是强化督查考核'],
    ],
    [
      '一是严明政治纪律。<br>二是严格作风建设。<br>三是严肃追责问责。',
      ['一是严明政治纪律。', '二是严格作风建设。', '三是严肃追责问责。'],
    ],
    // 第一，/第二， (宣传), 一要/二要 (水利)
    ['第一，提高政治站位<br>第二，强化责任落实', ['第一，提高政治站位', '第二，强化责任落实']],
    ['一要严格落实防汛责任制。<br>二要加强监测预警。', ['一要严格落实防汛责任制。', '二要加强监测预警。']],
    // （一） and 1． (商务, 农业)
    ['（一）扩大消费需求<br>（二）稳定外贸外资', ['（一）扩大消费需求', '（二）稳定外贸外资']],
    ['1．稳定粮食生产<br>2．发展特色产业', ['1．稳定粮食生产', '2．发展特色产业']],
  ])('splits %s', (body, paragraphs) => {
    expect(pasted(wps(body))).toEqual(paragraphs)
    expect(pasted(word(body))).toEqual(paragraphs)
    expect(plain(body.replaceAll('<br>', '\v'))).toEqual(paragraphs)
  })
  it.each([
    // tryout 13, C4: a line wrap after a full stop is still one paragraph
    [
      '　　五要强化宣传引导。<br>加强政策解读，全年发布商务政策解读稿件不少于60篇。',
      ['五要强化宣传引导。加强政策解读，全年发布商务政策解读稿件不少于60篇。'],
    ],
    // a list going on after a comma or a semicolon, and a numeral that is no item
    ['一是加强领导，<br>二是压实责任。', ['一是加强领导，二是压实责任。']],
    ['一要提高认识；<br>二要压实责任。', ['一要提高认识；二要压实责任。']],
    ['全面加强驻村<br>第一书记和工作队管理。', ['全面加强驻村第一书记和工作队管理。']],
  ])('joins %s', (body, paragraphs) => {
    expect(pasted(wps(body))).toEqual(paragraphs)
    expect(plain(body.replaceAll('<br>', '\v')).map((p) => p.trim())).toEqual(paragraphs)
  })
})

/**
 * The import reads Word's and WPS's \v as the editor's paste does (review 28a #6: pasted on the import
 * page, “120亿元。\v同比增长” came out with a stray space, the same text pasted in the editor without).
 */
describe('a \\v in a text imported reads as the paste reads it', () => {
  const plain = (text: string) => paragraphsOfLines(text.split('\v'), WORD_BREAK_RULES)
  it.each([
    ['地区生产总值120亿元。\v同比增长6.5%。', ['地区生产总值120亿元。同比增长6.5%。']],
    ['一是加强组织领导\v二是压实工作责任', ['一是加强组织领导', '二是压实工作责任']],
    ['全面加强驻村\v第一书记和工作队管理。', ['全面加强驻村第一书记和工作队管理。']],
  ])('%s', (text, lines) => {
    expect(speechLines(text)).toEqual(lines)
    expect(speechLines(text)).toEqual(plain(text).map((p) => p.trim()))
  })
})
