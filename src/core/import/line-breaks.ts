/**
 * A line break inside a paragraph of pasted HTML (<br>): Word's 手动换行 (Shift+Enter), WPS's 软回车,
 * a line of a web page. Word keeps the lines one paragraph (one first-line indent, one number, one
 * space after), and writers break a line inside one to lay it out: a long title over two lines, a
 * line ended early so that a figure or a name is not split. So a break is soft, the lines are one
 * paragraph again, unless a rule below says the next line starts one of its own: the break follows a
 * sentence's end, a heading or a byline, or comes before one, a blank line or an indent.
 * Each rule carries breaks it must and must not split (test/node/line-breaks.test.ts).
 */
import { enumerations, numberMark } from '../lang/numbering'
import { SPEECH_AT_MEETING } from '../subtitle'
import { classifyLine, LINE_PATTERNS } from './lines'

export interface BreakRule {
  id: string
  purpose: string
  /** Whether the break between `before` (the paragraph so far) and `after` (the next line, as written) starts a paragraph. */
  starts: (before: string, after: string) => boolean
  /** Breaks (before, after) this rule must split. */
  splits: [before: string, after: string][]
  /** Breaks this rule must leave to the others. */
  keeps: [before: string, after: string][]
}

/** Space at a line's start that indents it: a full-width space, or two of any other kind. */
const INDENT = /^[ \t\u00a0]*\u3000|^[ \t\u00a0]{2,}/
/** A sentence's end, with the quotes and brackets that close after it. */
const SENTENCE_END = /[。！？!?…][”’"'」』）)》]*$/
/** The longest a heading, title or byline set on a line of its own runs. */
const HEAD_MAX = 60
/**
 * Marks after which a clause goes on, or a sentence's end with more text after it: a number's
 * heading that holds one has run on into its text ("（一）……平稳运行。全年完成……").
 */
const CLAUSE_MARK = /[，,、；;：:]|[。！？!?][”’"'」』）)》]*[^\s”’"'」』）)》]/
const SPEAKER = LINE_PATTERNS.speaker.pattern
/** A title that names the speech by its meeting ends there ("……工作会议上的讲话"). */
const WHOLE_TITLE = new RegExp(`${SPEECH_AT_MEETING.source}$`)

/** A line a speech sets on its own: a greeting, subtitle, date line or the speaker's name. */
function ownLine(text: string): boolean {
  const kind = classifyLine(text).type
  return kind === 'greeting' || kind === 'subtitle' || kind === 'dateline' || SPEAKER.test(text)
}

/** The same, as the line before a break: a subtitle is whole only once it names its meeting (a long one is set on two lines). */
function ownLineBefore(text: string): boolean {
  const kind = classifyLine(text).type
  return kind === 'greeting' || kind === 'dateline' || SPEAKER.test(text) || WHOLE_TITLE.test(text)
}

export const BREAK_RULES: readonly BreakRule[] = [
  {
    id: 'blank-line',
    purpose: '空一行（两个换行）：网页和公众号文章用空行分段。',
    starts: (_before, after) => after.trim() === '',
    splits: [
      ['过去的一年，全区住建系统取得了新成效', ''],
      ['2025年工作回顾', ' '],
    ],
    keeps: [['全区累计完成房地产开发投资498.7亿元，', '累计筹集各类保障性住房8620套']],
  },
  {
    id: 'indented',
    purpose: '下一行以全角空格或两个以上空格缩进：从网页、旧文档复制来的文字，每段换行后缩进。',
    starts: (_before, after) => INDENT.test(after),
    splits: [
      ['2025年主要指标完成情况', '　　全年完成地区生产总值386亿元，增长5.2%'],
      ['全年完成房地产开发投资86.4亿元', '\u00a0\u00a0\u00a0\u00a0同比下降3.2%'],
    ],
    keeps: [
      ['全区累计完成房地产开发投资498.7亿元，', '累计筹集各类保障性住房8620套'],
      // Word's HTML wraps its source lines: one space from that is no indent.
      ['在2026年全区住房和城乡建设', ' 工作会议上的讲话'],
    ],
  },
  {
    id: 'heading-next',
    purpose:
      '下一行是编号标题（一、（一）1.（1））、称呼、副标题、日期行或讲话人署名：它们各占一段。“一是”“二要”这类段内列举不是标题。',
    starts: (_before, after) => {
      const line = after.trim()
      return numberMark(line) !== null || ownLine(line)
    },
    splits: [
      ['建筑施工安全生产形势保持稳定', '二、准确把握当前形势'],
      ['今年重点抓好以下工作：', '（一）促进房地产市场平稳健康发展。'],
      ['主要目标是：', '1.房地产开发投资保持在85亿元左右'],
      ['在2026年全区住房和城乡建设工作会议上的讲话', '区住房和城乡建设局局长　陈建国'],
      ['在2026年全区住房和城乡建设工作会议上的讲话', '（2026年2月6日）'],
      ['坚定信心 真抓实干', '——在2026年全区住房和城乡建设工作会议上的讲话'],
      ['在全区住房和城乡建设工作会议上的讲话', '同志们：'],
    ],
    keeps: [
      ['全区累计完成房地产开发投资498.7亿元，', '累计筹集各类保障性住房8620套'],
      ['在2026年全区住房和城乡建设', '工作会议上的讲话'],
      ['重点抓好三项工作：一是加强领导，', '二是压实责任，三是严格考核。'],
      ['城市生活污水集中收集率达到', '72.5%，比上年提高3.1个百分点'],
      ['全年接待游客', '12.6万人次，增长8.5%'],
    ],
  },
  {
    id: 'enumeration-next',
    purpose:
      '下一行以“二是”“三要”“第二，”这类列举开头，而这一行没有以逗号、分号、冒号结束：一行一条的列举；“一是……，”之后换行接着写“二是……”仍是同一段。',
    starts: (before, after) => enumerations(after.trim())[0]?.index === 0 && !/[，,、；;：:]$/.test(before.trim()),
    splits: [
      ['一是加强组织领导', '二是压实工作责任'],
      ['第一，提高政治站位', '第二，强化责任落实'],
      ['一要严格落实防汛责任制。', '二要加强监测预警'],
      ['三是强化执法检查，确保食品安全。', '四是加强宣传引导'],
    ],
    keeps: [
      ['重点抓好三项工作：一是加强领导，', '二是压实责任，三是严格考核。'],
      ['一要提高认识；', '二要压实责任。'],
      ['全年完成投资', '二十亿元'],
      ['全面加强驻村', '第一书记和工作队管理'],
    ],
  },
  {
    id: 'heading-before',
    purpose:
      '这一行是单独的标题或署名：只有编号和标题、没有句子的“一、2025年工作回顾”，称呼、副标题、日期行、讲话人署名，或以会议命名的讲话标题（“在……会议上的讲话”）。',
    starts: (before) => {
      const line = before.trim()
      if (line.length > HEAD_MAX) return false
      const mark = numberMark(line)
      if (mark) return !CLAUSE_MARK.test(line.slice(mark.length))
      return ownLineBefore(line)
    },
    splits: [
      ['一、2025年工作回顾', '2025年，全区住建系统坚持稳中求进'],
      ['（一）房地产市场平稳运行', '全年完成房地产开发投资86.4亿元'],
      ['同志们：', '今天我们召开全区住房和城乡建设工作会议'],
      ['区住房和城乡建设局局长　陈建国', '（2026年2月6日）'],
      ['在2026年全区住房和城乡建设工作会议上的讲话', '坚定信心 真抓实干 奋力开创住建工作新局面'],
    ],
    keeps: [
      ['（一）房地产市场平稳运行。全年完成房地产开发投资86.4亿元，', '同比下降3.2%'],
      ['1.加强党的建设，', '深入开展党纪学习教育'],
      // a run-in heading whose line breaks in its text (a hard-wrapped copy)
      ['三、加强领导。要把行政审批服务工作摆在更加突出的', '位置，局党组每季度专题研究一次'],
      ['（二）推进优质医疗资源扩容下沉。加快市级区域医疗中心建设', '推动城市医院专家常态化下沉基层'],
      ['在2026年全区住房和城乡建设', '工作会议上的讲话'],
      ['全区累计完成房地产开发投资498.7亿元，', '累计筹集各类保障性住房8620套'],
      // a subtitle set on two lines, as the .docx export breaks a long one
      ['——在全县人力资源和社会保障工作暨人社系统', '党风廉政建设工作会议上的讲话'],
    ],
  },
  {
    id: 'sentence-end',
    purpose:
      '这一行以句号、问号、叹号（及其后的引号括号）结束：写完一句再换行，是另起一段（从网页、公众号复制来的文字每段一个换行）；句中（逗号、分号、冒号后或词语中间）换行只是排版。',
    starts: (before) => SENTENCE_END.test(before.trim()),
    splits: [
      ['较好完成了年度目标任务，“十四五”规划圆满收官。', '2026年是“十五五”开局之年'],
      ['为推动全区高质量发展作出新的更大贡献！', '谢谢大家！'],
      ['打造“安居住建”党建品牌。”', '下面，我讲三点意见'],
    ],
    keeps: [
      ['全区建筑业总产值达到229.6亿元，增长6.6%；', '新增资质等级建筑企业31家'],
      ['全区累计完成房地产开发投资498.7亿元，', '累计筹集各类保障性住房8620套'],
      ['2026年全区住建工作的主要目标是：', '房地产开发投资保持在85亿元左右'],
      ['在2026年全区住房和城乡建设', '工作会议上的讲话'],
    ],
  },
]

/**
 * The rules for a line break a writer made in Word or WPS (Shift+Enter, 软回车) inside one of
 * their paragraphs: there the paragraph is the word processor's own, so a break is a line wrap even
 * after a sentence's end ("五要强化宣传引导。" then "加强政策解读……" on the next line, tryout 13,
 * finding C4): the lines are one paragraph again. Only a line that is a paragraph of its own goes
 * apart: one after a blank line, an indented one, a heading or byline, the line after a lone
 * heading, or the next item of a list typed one a line ("一是加强组织领导" then "二是压实工作责任",
 * "第一，……" then "第二，……": enumeration-next). Web pages, whose lines are often paragraphs, keep
 * all of BREAK_RULES.
 */
export const WORD_BREAK_RULES: readonly BreakRule[] = BREAK_RULES.filter((rule) => rule.id !== 'sentence-end')

/** Whether a line break between `before` (the paragraph so far) and `after` (the next line) starts a paragraph. */
export function breakStartsParagraph(before: string, after: string, rules = BREAK_RULES): boolean {
  return before.trim() === '' || rules.some((rule) => rule.starts(before, after))
}

/**
 * A line of phrases set apart by spaces, with no punctuation: a title such as “聚力同心 真抓实干”,
 * which breaks between its phrases (as the .docx export sets it), so a space joins its lines again.
 */
const SPACED_PHRASES = /^[^，。；：！？、,;:!?]*[\u4e00-\u9fff][ \u3000\u00a0]+[\u4e00-\u9fff][^，。；：！？、,;:!?]*$/

/**
 * What joins two lines of one paragraph (`head` trimmed at its end, `tail` at its start): nothing
 * between Chinese words, a space between two Latin or digit runs ("Windows Server", "Office 2021")
 * and between the phrases of a spaced title.
 */
function joint(head: string, tail: string): string {
  return (/[A-Za-z0-9]$/.test(head) && /^[A-Za-z0-9]/.test(tail)) || SPACED_PHRASES.test(head) ? ' ' : ''
}

/** Two lines of one paragraph, joined. */
export function joinLines(before: string, after: string): string {
  const head = before.trimEnd()
  const tail = after.trimStart()
  return head + joint(head, tail) + tail
}

/**
 * How much of a long paragraph the rules read: its end. A heading, title or byline is far shorter,
 * and reading all of a paragraph at every one of its line breaks would read it once a line.
 */
const READ = 200

/** The paragraphs a block's lines make: soft breaks joined, the others kept (`rules` say which start one). */
export function paragraphsOfLines(lines: readonly string[], rules = BREAK_RULES): string[] {
  const out: string[] = []
  let pieces: string[] | null = null
  /** The paragraph so far, or its last READ characters once it is longer. */
  let seen = ''
  for (const line of lines) {
    if (pieces === null || breakStartsParagraph(seen, line, rules)) {
      if (pieces !== null) out.push(pieces.join(''))
      pieces = [line]
      seen = line.length > READ ? line.slice(-READ) : line
      continue
    }
    const head = seen.trimEnd()
    const tail = line.trimStart()
    const last = pieces.length - 1
    pieces[last] = pieces[last].trimEnd()
    const between = joint(head, tail)
    pieces.push(between, tail)
    seen = (head + between + (tail.length > READ ? tail.slice(-READ) : tail)).slice(-READ)
  }
  if (pieces !== null) out.push(pieces.join(''))
  return out
}
