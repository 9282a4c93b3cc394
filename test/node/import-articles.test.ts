/**
 * A speech copied from a web page or a WeChat (公众号) article (tryout 10, items 3 and 4): its
 * heading styles (【…】, ▲/■/◆, 第一部分, a short unnumbered line), the page's own lines around it,
 * and lines broken inside a sentence. Three articles of different departments and sources, and the
 * whole corpus, which is numbered 一、（一） and must read exactly as before.
 */
import { ORDINAL_PART } from '../../src/core/lang/numbering'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { importText } from '../../src/core/import'
import { joinBrokenLines } from '../../src/core/import/article'
import { htmlToText } from '../../src/core/import/html'
import { stripMarkdown } from '../../src/core/import/markdown'
import { dropPageMargins } from '../../src/core/import/page-margins'
import { outlineJSON } from '../../src/core/outline'
import { speechToJSON } from '../../src/core/serialize'

const fixture = (name: string) => readFileSync(join('test/fixtures/articles', name), 'utf8')

function read(name: string) {
  const { doc, speech } = importText(fixture(name))
  const parts = outlineJSON(doc).parts.filter((p) => p.number)
  return { doc, speech, parts }
}

const ARTICLES = [
  {
    name: 'wjw-county-health-website.txt',
    headings: ['2025年工作回顾', '2026年重点任务', '加强组织领导'],
    kinds: ['review', 'tasks', 'requirements'],
    sections: [3, 2, 0],
    web: [
      '发布时间：2026-02-12 16:20 来源：青山县卫生健康委员会 浏览次数：1875',
      '（摄影 刘洋）',
      '责任编辑：王芳 校对：陈静',
    ],
    joins: 3,
  },
  {
    name: 'scjg-city-market-wechat.txt',
    headings: [
      '2025年，全市市场监管工作稳中有进',
      '2026年，要在守牢底线上实现新突破',
      '强化自身建设，锻造过硬市场监管队伍',
    ],
    kinds: ['review', 'tasks', 'requirements'],
    sections: [2, 2, 0],
    web: [
      '点击上方蓝字关注我们',
      '原创 平江市场监管 2026-03-05 08:00',
      '作者 | 办公室',
      '▲图为市场监管人员开展食品安全抽检',
      '往期推荐',
      '分享、点赞、在看，让更多人看到',
    ],
    joins: 0,
  },
  {
    name: 'nyb-town-agriculture-plain.txt',
    headings: ['2025年工作回顾', '2026年重点任务', '强化工作保障'],
    kinds: ['review', 'tasks'],
    sections: [0, 0, 0],
    web: ['图为会议现场', '编辑：周敏', '审核：孙志强'],
    joins: 0,
  },
]

describe.each(ARTICLES)('article $name', (a) => {
  it('reads its parts, their kinds and sections', () => {
    const { parts, speech } = read(a.name)
    expect(parts.map((p) => p.heading)).toEqual(a.headings)
    expect(parts.map((p) => p.kind).slice(0, a.kinds.length)).toEqual(a.kinds)
    expect(parts.map((p) => p.sections.length)).toEqual(a.sections)
    expect(speech.greeting).toMatch(/同志们：$/)
    expect(speech.closing[0]).toMatch(/^同志们，/)
    expect(speech.reviewYear).toBe(2025)
  })
  it('sets the page’s own lines aside, listed, and keeps them when asked', () => {
    const { doc, speech } = read(a.name)
    expect(speech.webLines).toEqual(a.web)
    for (const line of a.web) expect(doc.textContent).not.toContain(line.slice(0, 6))
    expect(speech.title).not.toMatch(/原创|来源|发布|\d{4}-\d\d/)
    const kept = importText(fixture(a.name), undefined, { keepWebLines: true })
    expect(kept.speech.webLines).toEqual([])
    // Kept, they still stay out of the title.
    expect(kept.speech.title).toBe(importText(fixture(a.name)).speech.title)
    for (const line of a.web) expect(kept.doc.textContent).toContain(line.slice(-4))
  })
  it('joins the lines broken inside a sentence, and says so', () => {
    const { speech, doc } = read(a.name)
    expect(speech.joinedLines).toHaveLength(a.joins)
    const paragraphs: string[] = []
    doc.descendants((n) => {
      if (n.type.name === 'paragraph') paragraphs.push(n.textContent)
    })
    // A figure is a slot, not text: the words around both figures are in one paragraph.
    if (a.joins)
      expect(paragraphs.some((p) => p.includes('县域就诊率达到') && p.includes('基层医疗卫生机构诊疗'))).toBe(true)
    expect(paragraphs.some((p) => /^[，、]/.test(p))).toBe(false)
  })
})

describe('a web page that sets its headings in bold alone, without a number or a mark', () => {
  const html = fixture('jyj-district-education-bold.html')
  it('reads bold-only paragraphs after the greeting as headings, nothing before it or inside a sentence', () => {
    const text = htmlToText(html, { boldHeadings: true })
    const lines = text.split('\n')
    // Two looks: the larger type of the first heading marks the parts.
    expect(lines.filter((l) => /^[■【]/.test(l))).toEqual([
      '【2025年工作回顾】',
      '■学前教育普惠发展',
      '■义务教育优质均衡',
      '【2026年重点任务】',
      '■扩大优质教育资源供给',
      '■建设高素质教师队伍',
      '■全面加强党的领导',
    ])
    expect(lines[0]).toBe('办好人民满意教育 奋力建设教育强区')
    expect(lines).toContain('同志们：')
    // Without the option (an ordinary paste into a paragraph, a .docx), nothing is marked.
    expect(htmlToText(html)).not.toMatch(/[■【\uE000-\uE005]/)
    // One look: every bold-only heading is marked alike.
    const oneLook = html.replace(/<strong><span style="font-size:18px">([^<]*)<\/span><\/strong>/g, '<b>$1</b>')
    expect(
      htmlToText(oneLook, { boldHeadings: true })
        .split('\n')
        .filter((l) => /^[■【]/.test(l)),
    ).toHaveLength(7)
  })
  it('imports them as the parts they are', () => {
    const { doc, speech } = importText(htmlToText(html, { boldHeadings: true }))
    const parts = outlineJSON(doc).parts.filter((p) => p.number)
    expect(parts.map((p) => p.heading)).toEqual(['2025年工作回顾', '2026年重点任务'])
    expect(parts.map((p) => p.kind)).toEqual(['review', 'tasks'])
    expect(parts.map((p) => p.sections.map((s) => s.heading))).toEqual([
      ['学前教育普惠发展', '义务教育优质均衡'],
      ['扩大优质教育资源供给', '建设高素质教师队伍', '全面加强党的领导'],
    ])
    expect(speech.webLines).toEqual(['发布时间：2026-02-26 09:12 来源：区教育局 浏览次数：962', '责任编辑：吴敏'])
    expect(speech.title).toBe('办好人民满意教育 奋力建设教育强区')
  })
})

describe('joining lines broken inside a sentence', () => {
  it('joins after a comma, and an indented paragraph’s line stopped on a word', () => {
    const text =
      '　　全年完成税收收入3.86亿元，\n同比增长6.2%。\n　　新建社区养老服务站3个，老年助餐点\n全年服务老人4.2万人次。\n　　第三段。'
    expect(joinBrokenLines(text).text).toBe(
      '　　全年完成税收收入3.86亿元，同比增长6.2%。\n　　新建社区养老服务站3个，老年助餐点全年服务老人4.2万人次。\n　　第三段。',
    )
  })
  it('leaves a sentence’s end, a heading, a greeting, an indent and a blank line alone', () => {
    const cases = [
      '全年完成投资12亿元。\n新签约项目5个。',
      '主要抓好三项工作，\n二、2026年重点任务',
      '为此，\n同志们：',
      '全年完成投资12亿元，\n　　同比增长8.5%。',
      '全年完成投资12亿元，\n\n同比增长8.5%。',
      '过去一年，我们攻坚克难，\n【2026年重点任务】',
      '凝心聚力谋发展 实干笃行开新局\n——在全县工作会议上的讲话',
    ]
    for (const text of cases) expect(joinBrokenLines(text).joins, text).toEqual([])
  })
})

describe('a speech numbered 一、（一） reads as before', () => {
  const dir = 'test/fixtures/corpus'
  // 225 is pasted from a PDF, its lines hard-wrapped, and 247 from an OCR, lines broken mid-sentence: the
  // article reading joins them (hard-wrap.test.ts, page-margins.test.ts); a speech that numbers its parts
  // 第一部分 (227, 244) is the article reading's to read (below). A chat tool's Markdown (246) and pages'
  // numbers (13) are taken off by the article reading: the rest reads as without it.
  const partsByOrdinal = (f: string) =>
    readFileSync(join(dir, f), 'utf8')
      .split('\n')
      .some((line) => ORDINAL_PART.test(line.trim()))
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt') && !/^(?:225|247)-/.test(f) && !partsByOrdinal(f))
  it('every corpus speech builds the same document with and without the article reading', () => {
    expect(files.length).toBeGreaterThan(100)
    for (const f of files) {
      const text = readFileSync(join(dir, f), 'utf8')
      const now = importText(text)
      const plain = importText(dropPageMargins(stripMarkdown(text).text).text, undefined, { article: false })
      expect(speechToJSON(now.doc), f).toEqual(speechToJSON(plain.doc))
      expect(now.speech.webLines, f).toEqual([])
      expect(now.speech.articleHeadings, f).toEqual([])
    }
  }, 120_000)
  it('a text with no heading of any style has no parts, and nothing read as one', () => {
    const { speech } = importText('同志们：\n今天召开会议，部署全年工作。\n各单位要抓好落实，确保完成任务。')
    expect(speech.parts).toHaveLength(0)
    expect(speech.articleHeadings).toEqual([])
  })
})

describe('parts headed 第一部分, as a Word writer numbers them', () => {
  const dir = 'test/fixtures/corpus'
  /** A corpus speech (社科联 227, 园林 228, 住建 21) with its 一、 lines written 第一部分　… instead. */
  const ordinal = (text: string) =>
    text.replace(/^([一二三四五六七八九十]{1,3})、/gm, (_m, n: string) => `第${n}部分　`)
  for (const name of [
    '227-skl-county-social-sciences-plenary-march.txt',
    '228-ylzx-city-landscaping-january.txt',
    '21-zjj-city-housing.txt',
  ])
    it(`reads ${name.slice(0, 3)} with 第X部分 headings as it reads it with 一、`, () => {
      // 227 is written 第一部分 in the corpus: its 一、 form first.
      const text = readFileSync(join(dir, name), 'utf8').replace(/^第([一二三四五六七八九十]{1,3})部分　/gm, '$1、')
      const written = ordinal(text)
      expect(written).toMatch(/^第二部分　/m)
      const want = outlineJSON(importText(text).doc)
      const got = outlineJSON(importText(written).doc)
      expect(got.parts.map((p) => [p.kind, p.heading, p.sections.length])).toEqual(
        want.parts.map((p) => [p.kind, p.heading, p.sections.length]),
      )
      expect(got.slots).toEqual(want.slots)
    })
  it('一部分 in a sentence is no part (一部分同志, 第一部分资金)', () => {
    const { speech } = importText(
      '同志们：\n今天召开会议。\n第一部分　2025年工作回顾\n全年完成投资12亿元。一部分同志思想认识还不到位。\n一部分同志存在畏难情绪。\n第一部分资金已拨付到位。\n第二部分　2026年重点任务\n确保完成投资15亿元。',
    )
    expect(speech.parts.map((p) => p.heading)).toEqual(['2025年工作回顾', '2026年重点任务'])
  })
})
