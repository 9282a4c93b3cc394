/**
 * A speech as a web page or a WeChat (公众号) article prints it: part headings in 【…】 or as
 * "第一部分", section headings led by ▲/■/◆/●, or a short line of its own with no number at all;
 * the page's own lines around the speech (原创/来源/作者/阅读量, 图为… captions, 编辑/审核,
 * 点击上方蓝字关注, 往期推荐); and a plain-text copy whose lines break in the middle of a sentence.
 * Each style is a pattern with lines it must and must not match (test/node/recognisers.test.ts).
 * structure.ts uses these only where the speech's own numbering (一、（一）) says nothing, so a
 * speech numbered as an office writes it reads exactly as before.
 */
import { numberMark, ORDINAL_PART } from '../lang/numbering'
import { parseChineseNumeral } from '../lang/numerals'
import { breakStartsParagraph } from './line-breaks'
import type { LineKind } from './lines'
import type { NamedPattern } from './patterns'

/** The longest an article's heading runs. */
const HEADING_MAX = 40

/** Article heading styles, each the level it is read as when the speech has no numbered headings. */
export const ARTICLE_HEADINGS = {
  bracketPart: {
    id: 'article-bracket-part',
    purpose:
      '公众号、网页文章用“【……】”单独一行标部分标题；方括号里是一句标题（不带句号），“【编者按】”这类栏目名不是标题（另作网页文字）。',
    pattern: /^【(?!编者按|编者的话|导读|摘要|延伸阅读|相关阅读|往期回顾|往期推荐)([^【】。！？；]{2,40})】$/,
    matches: [
      '【过去一年，我们攻坚克难、成效明显】',
      '【锤炼过硬作风，确保各项任务落地见效】',
      '【2026年重点任务】',
      '【全面从严治党向纵深推进】',
    ],
    rejects: [
      '【编者按】',
      '【过去一年】全区财政收入增长5.2%。',
      '全年完成【税收收入】3.86亿元',
      '【】',
      '【坚持稳中求进。全年完成投资12亿元。】',
    ],
  },
  ordinalPart: {
    id: 'article-ordinal-part',
    purpose:
      '“第一部分 2025年工作回顾”“第二部分：重点任务”单独一行，是部分标题；后面接着正文句子的（带句号）、“第一，”这类段内列举不算。',
    pattern: new RegExp(`${ORDINAL_PART.source}(?:[\\s　：:、，,.．]*([^。！？；]{2,40}))?$`),
    matches: ['第一部分 2025年工作回顾', '第二部分：2026年重点任务', '第三部分　加强组织领导', '第四部分'],
    rejects: [
      '第一部分资金已拨付到位。',
      '第一，提高政治站位',
      '第一部分是总结，第二部分是部署，第三部分是要求。',
      '一、第一部分工作回顾',
    ],
  },
  bulletSection: {
    id: 'article-bullet-section',
    purpose:
      '以▲■◆●★◎◇►▶等符号开头的一行短标题（不带句号）：文章的小标题。有部分标题时读作节，没有时读作部分。“▲图为……”是图片说明，不是标题。',
    pattern: /^[▲■◆●★◎◇□►▶➤❖◉◥]\s*(?!图为|图片|摄影)(?=[^。！？；]*[\u4e00-\u9fff])([^。！？；]{2,40})$/,
    matches: [
      '▲经济发展稳中有进',
      '▲聚焦招商引资，推动经济提质增效',
      '■ 持续优化营商环境',
      '◆民生保障更加有力',
      '●坚持教育优先发展，办好人民满意教育',
    ],
    rejects: ['▲图为会议现场', '●全年完成税收收入3.86亿元，同比增长6.2%。', '■', '经济发展稳中有进', '★★★★★'],
  },
} satisfies Record<string, NamedPattern>

/**
 * A short line of its own with no number, between two paragraphs of prose: a heading whose
 * 一、 the article left out. Read only when a speech has no heading of any other style.
 */
export const UNNUMBERED_HEADING: NamedPattern = {
  id: 'unnumbered-heading',
  purpose:
    '没有编号、单独一行的短标题（4—30字，不以标点结尾，不带句号），前后都是成段的正文：文章省掉了“一、”。只在全文没有任何编号标题和文章标题时才这样读。',
  pattern: /^(?=.*[\u4e00-\u9fff])[^。！？；：:]*[^。！？；：:，,、\s—…]$/,
  matches: ['过去一年工作回顾', '2026年重点任务', '聚焦主责主业，推动经济提质增效', '持续深化改革开放'],
  rejects: ['全年完成税收收入3.86亿元。', '主要目标是：', '新增就业1820人，', '谢谢大家！'],
}

/** The page's own words around an article: never the speech's. */
export const WEB_LEFTOVERS = {
  byline: {
    id: 'web-byline',
    purpose:
      '公众号文章标题下的署名行：“原创 某某 某某发布 2026-01-18 09:30”，或带“来源：”“作者：”“阅读量”“发布时间”的一行。',
    pattern:
      /^原创(?:[\s　]|$)|^(?:来源|作者|发布时间|发布日期|发布者|发布单位|信息来源|文章来源|阅读量|阅读|浏览量|浏览次数)\s*[：:|｜]|(?:^|[\s　|｜])阅读量\s*[：:]?\s*\d|^\S{0,20}[\s　]+\d{4}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2})?$|^\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}$/,
    matches: [
      '原创　东湖街道党工委　东湖发布　2026-01-18 09:30',
      '来源：东湖街道党工委办公室　作者：综合办　阅读量：2368',
      '发布时间：2026-02-03 10:15　来源：县人社局',
      '作者：县委办公室 | 阅读：1532',
      '平安青山 2026-02-20',
      '东湖发布　阅读量 2368',
      '2026-01-18 09:30',
    ],
    rejects: [
      '原创性成果不断涌现，全年获得专利授权320件。',
      // a read count the speech tells, in a sentence or a line of it hard-wrapped (方志, 融媒体)
      '“清河记忆”微信公众号全年推送文章286篇，阅读量42.8万次。',
      '文章286篇，阅读量42.8万次；开展方志进机关、进学校',
      '来源于群众的意见建议我们都认真研究。',
      '（2026年1月16日）',
      '作者队伍不断壮大。',
    ],
  },
  credits: {
    id: 'web-credits',
    purpose:
      '文末的编辑、审核、校对署名：“编辑：某某 审核：某某”“责任编辑：某某”“图片：某某”“摄影：某某”“供稿：某某”。',
    pattern:
      /^(?:编辑|责任编辑|责编|审核|审校|校对|初审|复审|终审|排版|美编|供稿|撰稿|摄影|图片|图文|文字|监制|出品|值班编辑|文)\s*[：:|｜]\s*\S{1,20}(?:[\s　]+\S{1,8}\s*[：:|｜]\s*\S{1,20})*$/,
    matches: [
      '编辑：李晓雯　审核：张建国',
      '责任编辑：王芳',
      '供稿：县农业农村局',
      '摄影：刘洋　编辑：陈静',
      '文 | 综合办',
    ],
    rejects: ['编辑出版《东湖街道志》一部。', '审核：', '文字材料要简明扼要，不讲空话套话。'],
  },
  caption: {
    id: 'web-caption',
    purpose: '图片说明：“图为会议现场”“▲图为改造后的小区”“（摄影 某某）”，单独一行、不成句。',
    pattern:
      /^[▲△↑（(]?\s*(?:图为|图片为|上图为|下图为|图片来源|图源|图\d\s*[：:])[^。！？]{0,40}[）)]?$|^[（(]\s*(?:摄影|图片)[^）)]{0,20}[）)]$/,
    matches: [
      '图为会议现场',
      '图为改造后的明珠苑小区',
      '▲图为志愿者为老人义诊',
      '（摄影 刘洋）',
      '图片来源：县融媒体中心',
    ],
    rejects: ['图为我们指明了方向。', '试图为群众办实事，全年办结民生实事12件。'],
  },
  prompt: {
    id: 'web-prompt',
    purpose:
      '公众号的引导语和栏目：“点击上方蓝字关注我们”“往期推荐”“推荐阅读”“长按识别二维码”“分享、点赞、在看”“阅读原文”“END”“【编者按】”。',
    pattern:
      /^[▲↑\s]*(?:点击(?:上方|下方)?蓝字.*|点击上方.{0,10}关注.*|关注我们.{0,10}|长按(?:识别)?二维码.*|扫码关注.*|往期(?:推荐|回顾|精彩)|推荐阅读|相关阅读|延伸阅读|精彩推荐|阅读原文|分享.{0,3}点赞.{0,3}在看.*|点个?“?在看”?.*|[-—\s]*END[-—\s]*|【(?:编者按|编者的话|导读|延伸阅读|相关阅读|往期回顾|往期推荐)】.*)$/i,
    matches: [
      '点击上方蓝字关注我们',
      '往期推荐',
      '推荐阅读',
      '- END -',
      '分享、点赞、在看，让更多人看到',
      '长按识别二维码关注',
      '【编者按】',
    ],
    rejects: [
      '推荐阅读书目已印发各学校。',
      '点击率大幅提升的政务新媒体作品12件。',
      '往期经验表明，早部署早主动。',
      '关注我们身边的困难群众，全年走访慰问1260户。',
    ],
  },
} satisfies Record<string, NamedPattern>

const LEFTOVER_MAX = 80

/** A line of the page around the speech, not the speech. */
export function isWebLeftover(line: string): boolean {
  const text = line.trim()
  if (!text || text.length > LEFTOVER_MAX) return false
  return Object.values(WEB_LEFTOVERS).some((p) => p.pattern.test(text))
}

export type ArticleStyle = '【】' | '第X部分' | '▲' | '无编号'

/** An article heading style found and what it was read as. */
export interface ArticleHeadings {
  style: ArticleStyle
  level: 'part' | 'section'
  count: number
}

/** A heading found: its style, its text, and for 第X部分 the number and mark written. */
type Heading = { style: ArticleStyle; text: string; number?: number; mark?: string }

function articleHeading(line: string): Heading | null {
  if (line.length > HEADING_MAX + 8) return null
  const bracket = ARTICLE_HEADINGS.bracketPart.pattern.exec(line)
  if (bracket) return { style: '【】', text: bracket[1].trim() }
  const ordinal = ARTICLE_HEADINGS.ordinalPart.pattern.exec(line)
  if (ordinal)
    return {
      style: '第X部分',
      text: ordinal[2]?.trim() || line,
      number: parseChineseNumeral(ordinal[1]) ?? undefined,
      mark: ordinal[0],
    }
  const bullet = ARTICLE_HEADINGS.bulletSection.pattern.exec(line)
  if (bullet && /[\u4e00-\u9fff]/.test(bullet[1])) return { style: '▲', text: bullet[1].trim() }
  return null
}

/** Whether a line is a part heading in an article's style: 【…】 or 第一部分. */
export const isArticlePartHeading = (line: string): boolean => {
  const style = articleHeading(line.trim())?.style
  return style === '【】' || style === '第X部分'
}

/** Whether a line is a heading in one of the article styles (it starts a paragraph of its own). */
export const isArticleHeading = (line: string): boolean => articleHeading(line.trim()) !== null

/** A paragraph of prose around an unnumbered heading: a sentence's end, or long. */
const isProse = (k: LineKind | undefined) =>
  k !== undefined && k.type === 'paragraph' && (/[。！？；…][”’」）)]*$/.test(k.text) || k.text.length > 60)

/**
 * Headings in the article styles, where the speech's own numbering leaves them out: 【…】 and
 * 第X部分 lines as parts when no line is numbered 一、; ▲-led lines as sections under parts that have
 * no （一）, or as parts when nothing else is; and, with none of these, short unnumbered lines
 * between paragraphs of prose as parts. Lines before `from` (the title, bylines, greeting) are not
 * read. `kinds` is changed in place; what was read is returned, for the preview to say.
 */
export function readArticleHeadings(kinds: LineKind[], from: number): ArticleHeadings[] {
  const hasParts = kinds.some((k) => k.type === 'part')
  const hasSections = kinds.some((k) => k.type === 'section')
  const found = kinds.map((k, i) => (i >= from && k.type === 'paragraph' ? articleHeading(k.text) : null))
  const partStyles = new Set<ArticleStyle>(['【】', '第X部分'])
  const anyPart = !hasParts && found.some((h) => h && partStyles.has(h.style))
  const bulletLevel: 'part' | 'section' | null =
    hasParts || anyPart ? (hasSections ? null : 'section') : hasSections ? null : 'part'
  const counts = new Map<ArticleStyle, ArticleHeadings>()
  const count = (style: ArticleStyle, level: 'part' | 'section') => {
    const c = counts.get(style) ?? { style, level, count: 0 }
    c.count++
    counts.set(style, c)
  }
  let part = kinds.slice(0, from).filter((k) => k.type === 'part').length
  let section = 0
  kinds.forEach((k, i) => {
    if (k.type === 'part') {
      part = k.number
      section = 0
      return
    }
    if (k.type === 'section') {
      section = k.number
      return
    }
    const h = found[i]
    if (!h) return
    if (partStyles.has(h.style) && anyPart) {
      part++
      section = 0
      // The number written (第四部分 after 第二部分) is kept, for the check to tell a skip.
      kinds[i] = { type: 'part', number: part, mark: h.mark ?? '', text: h.text }
      count(h.style, 'part')
    } else if (h.style === '▲' && bulletLevel === 'part') {
      part++
      kinds[i] = { type: 'part', number: part, mark: '', text: h.text }
      count(h.style, 'part')
    } else if (h.style === '▲' && bulletLevel === 'section' && part > 0) {
      section++
      kinds[i] = { type: 'section', number: section, mark: '', heading: h.text, body: '' }
      count(h.style, 'section')
    }
  })
  if (counts.size || hasParts) return [...counts.values()]
  // No heading of any style: short lines of their own between paragraphs of prose, two or more.
  const bare = kinds
    .map((_k, i) => i)
    .filter((i) => {
      const k = kinds[i]
      return (
        i >= from &&
        k.type === 'paragraph' &&
        k.text.length >= 4 &&
        k.text.length <= 30 &&
        UNNUMBERED_HEADING.pattern.test(k.text) &&
        isProse(kinds[i - 1]) &&
        isProse(kinds[i + 1])
      )
    })
  if (bare.length < 2) return []
  bare.forEach((i, n) => {
    const k = kinds[i]
    if (k.type === 'paragraph') kinds[i] = { type: 'part', number: n + 1, mark: '', text: k.text }
  })
  return [{ style: '无编号', level: 'part', count: bare.length }]
}

/** Space that indents a line: a full-width space, or two of any other kind. */
const INDENT = /^[ \t\u00a0]*\u3000|^[ \t\u00a0]{2,}/
/** A line that stops mid-clause: after a comma or 顿号. */
const MID_CLAUSE = /[，、,]$/
/** A line that stops on a word or a figure, not on punctuation. */
const MID_WORD = /[\u4e00-\u9fffA-Za-z0-9%）)”’]$/

/**
 * A line of prose, a sentence ended inside it, that stops on a word or a figure: a column's line of a
 * two-column PDF or an OCR, broken in mid-sentence ("……开展领事保护" / "宣传进企业……"). A paragraph of
 * a speech ends on its punctuation; a heading holds no sentence's end, a run-in one ends on its full stop.
 */
const PROSE_ON_WORD = /[。！？；][^。！？；]*[\u4e00-\u9fffA-Za-z0-9%]$/
/** The shortest such a line runs: a column's line is long; a short line with a full stop in it is a title or a slogan. */
const PROSE_LINE_MIN = 30

/** The share of a text's line breaks, and how many at least, that fall inside a paragraph in a hard-wrapped text. */
const WRAPPED_SHARE = 1 / 3
const WRAPPED_MIN = 4
/**
 * A line of a hard-wrapped text is full, its paragraph going on, when it and the next line's first
 * word (a number or a Latin word, which a layout keeps whole, else one character) reach this share
 * of the width; a shorter line ends its paragraph: a heading, a poem's line.
 */
const FULL_LINE = 0.85
/** A heading's number as written: 一、（一）1.（1）, not the 一， of prose ("比较单一，"), which a wrap may set at a line's start. */
const HEADING_MARK_STYLE =
  /^\s*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.．、](?!\d))/
/** A part's heading on a line of its own: numbered 一、 and no sentence in it (a run-in one says its first sentence: “三、加强领导。要……”). */
const partHeadingLine = (line: string) => numberMark(line)?.level === 1 && !/[。！？!?]/.test(line)
/** A line's first word as a layout keeps it whole. */
const FIRST_WORD = /^[0-9A-Za-z][0-9A-Za-z.,%‰:/-]*|^./u

/**
 * The width a hard-wrapped plain text is wrapped at (a copy from a PDF, a .txt saved with line
 * ends): a property of the whole text, not of one line. Its line breaks fall inside paragraphs
 * (no break rule of line-breaks.ts parts the lines: no sentence's end, heading, byline or indent),
 * at least WRAPPED_MIN of them and WRAPPED_SHARE of all; the width is their lines' median length.
 * A text that sets each paragraph on a line of its own (the whole corpus) has none but a title
 * set on two lines, and is not wrapped.
 */
export function hardWrapWidth(lines: readonly string[]): number | null {
  let breaks = 0
  const inside: number[] = []
  for (let i = 0; i + 1 < lines.length; i++) {
    const before = lines[i].trim()
    const after = lines[i + 1].trim()
    if (!before || !after) continue
    breaks++
    const parts =
      breakStartsParagraph(before, lines[i + 1]) ||
      isArticleHeading(before) ||
      isArticleHeading(after) ||
      isWebLeftover(before) ||
      isWebLeftover(after)
    if (!parts) inside.push(before.length)
  }
  if (inside.length < WRAPPED_MIN || inside.length < breaks * WRAPPED_SHARE) return null
  inside.sort((a, b) => a - b)
  return inside[Math.floor(inside.length / 2)]
}

/**
 * A plain text whose lines break inside a sentence (a copy from a web page or a PDF): a line that
 * stops after a comma, or a line of prose that stops on a word (PROSE_ON_WORD), or, in a text that indents its paragraphs, an indented paragraph's line
 * that stops on a word, or a full line of a hard-wrapped text (hardWrapWidth, FULL_LINE), is
 * joined with the next line, unless that line starts a paragraph of its own (line-breaks.ts:
 * indented, a heading, a greeting, a date line, a sentence's end…), is an article heading or the
 * page's own words. Blank lines always part paragraphs. Returns the text and the joins made,
 * each as the end of the line before and the start of the line after.
 */
export function joinBrokenLines(text: string): { text: string; joins: [string, string][] } {
  const lines = text.split(/\r\n|\r|\n/)
  const indents = lines.filter((l) => INDENT.test(l) && l.trim()).length >= 3
  const width = hardWrapWidth(lines)
  const out: string[] = []
  const joins: [string, string][] = []
  /** The paragraph's first line, and the line before this one. */
  let first: string | null = null
  let last = ''
  for (const line of lines) {
    const prev = out.length ? out[out.length - 1] : null
    const before = prev?.trim() ?? ''
    const after = line.trim()
    const full = width !== null && last.trim().length + (FIRST_WORD.exec(after)?.[0].length ?? 0) >= width * FULL_LINE
    // A part's heading stands alone, unless longer than the width: then its tail is a short line
    // with no sentence's end ("一、……的重要性和紧迫" / "性").
    const headingTail = width !== null && after.length < width * FULL_LINE && !/[。！？!?；;：:，,]$/.test(after)
    const wrapped = full && (!partHeadingLine(last.trim()) || headingTail)
    /** A full line stopped on a word goes on into a next line that only looks numbered ("……比较单" / "一，新增……"). */
    const onWord = full && MID_WORD.test(last.trim()) && numberMark(after) !== null && !HEADING_MARK_STYLE.test(after)
    const broken =
      prev !== null &&
      first !== null &&
      before !== '' &&
      after !== '' &&
      (MID_CLAUSE.test(before) ||
        wrapped ||
        (indents && INDENT.test(first) && MID_WORD.test(before)) ||
        (PROSE_ON_WORD.test(before) && before.length >= PROSE_LINE_MIN)) &&
      (onWord || (!breakStartsParagraph(before.slice(-200), line) && numberMark(after) === null)) &&
      !isArticleHeading(after) &&
      !isWebLeftover(after) &&
      !isArticleHeading(before) &&
      !isWebLeftover(before)
    last = line
    if (broken) {
      joins.push([before.slice(-12), after.slice(0, 12)])
      out[out.length - 1] = prev.trimEnd() + after
      continue
    }
    out.push(line)
    first = after ? line : null
  }
  return { text: out.join('\n'), joins }
}
