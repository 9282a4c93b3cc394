/**
 * A speech copied from an AI chat tool keeps its Markdown: a first line that hands the speech over
 * ("以下是讲话稿："), "# " and "## " before the title and the headings, "**…**" around the byline,
 * the date and run-in headings, "- " before the points of a list, "---" between parts. Read as
 * text, "**" is a mask (lang/masks.ts: a blank the user must fill), "## 一、" no part heading and
 * "- " a subtitle's dash. The marks are taken off before the structure is read, every word kept;
 * the preview says what was taken off.
 *
 * A mark is taken off only where the text is Markdown: at least MARKDOWN_MIN lines show a sign of
 * it (a "#" heading, a line opening with a "**…**" span, a "- " point, a "---" rule). A speech
 * typed in an office has none (the corpus, every template), and its masks (***万元, 由**同志负责)
 * and its one dash line ("- 在全县……会议上的讲话") stay as they are.
 */
import type { NamedPattern } from './patterns'

/** Markdown marks of a line, each with lines it must and must not match (test/node/recognisers.test.ts). */
export const MARKDOWN_MARKS = {
  heading: {
    id: 'markdown-heading',
    purpose:
      'Markdown 标题符号：行首一到六个“#”再空一格，“# 在全县……会议上的讲话”“## 一、2025年工作回顾”“### （一）……”。',
    pattern: /^[ \t]{0,3}#{1,6}[ \t\u3000]+(?=\S)/,
    matches: [
      '# 在全县农业机械化工作会议上的讲话',
      '## 一、2025年工作回顾',
      '### （一）持续优化营商环境',
      '#### 1.加强统筹',
    ],
    rejects: ['一、重点任务 #任务', '#任务', '第#号', '#1号文件已印发', '##', 'C#语言培训班3期'],
  },
  rule: {
    id: 'markdown-rule',
    purpose: 'Markdown 分隔线：单独一行的三个以上“-”“*”“_”（可隔空格），“---”“***”“* * *”。',
    pattern: /^[ \t]*(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$/,
    matches: ['---', '***', '* * *', '______', ' ----- '],
    rejects: ['- END -', '——', '***万元', '-在全县工作会议上的讲话', '--'],
  },
  bullet: {
    id: 'markdown-bullet',
    purpose: 'Markdown 列表符号：行首“-”“*”“+”再空一格，“- **一是压实工作责任。**……”“* 二是……”。',
    pattern: /^[ \t]*[-*+][ \t]+(?=\S)(?!(?:[-*+][ \t]*)+$)/,
    matches: [
      '- **一是压实工作责任。** 各乡镇要……',
      '* 二是加强资金监管。',
      '+ 三是强化安全监管。',
      '  - 新增植保无人机60架',
    ],
    rejects: [
      '-在全县财政工作会议上的讲话',
      '——在全县工作会议上的讲话',
      '***同志作了讲话',
      '-1.2%',
      '- - -',
      '**（一）……**',
    ],
  },
  strong: {
    id: 'markdown-strong',
    purpose:
      'Markdown 加粗：一对“**”夹住的文字，里面不以空格起止、不含“*”，前后不再紧挨“*”：“**（一）农机装备总量稳步增长。**”“**（2026年2月27日）**”。连着的“***”“****”是掩码，不是加粗。',
    pattern: /(?<!\*)\*\*(?=[^\s*])([^*\n]*?[^\s*])\*\*(?!\*)/g,
    matches: [
      '**县农业机械化服务中心主任　刘振华**',
      '**（2026年2月27日）**',
      '**（一）农机装备总量稳步增长。** 全县……',
      '要做到**三个坚持**，',
    ],
    rejects: [
      '全年城镇新增就业****人',
      '***万元，***人',
      '驻纪检组组长***对全系统作了部署',
      '** 空格 **',
      '全年办理*批',
    ],
  },
} satisfies Record<string, NamedPattern>

/** A chat tool's line handing the speech over, first in the text: never the speech's words. */
export const CHAT_PREAMBLE: NamedPattern = {
  id: 'chat-preamble',
  purpose:
    'AI 对话工具交出讲稿的第一行：“以下是讲话稿：”“好的，以下是为您撰写的讲话稿：”“下面是修改后的发言稿全文：”。只看全文第一行；讲话里的“以下是几点意见”不是。',
  pattern:
    /^(?:好的|当然|没问题)?[，,！!。]?\s*(?:以下|下面)(?:是|为)[^。！？：:]{0,30}(?:讲话稿|发言稿|讲稿|稿子|范文|全文|正文)[^。！？：:]{0,6}[：:]$/,
  matches: ['以下是讲话稿：', '好的，以下是为您撰写的讲话稿：', '下面是修改后的发言稿全文：', '以下为讲话稿正文:'],
  rejects: ['下面，我讲三点意见：', '以下是今年的主要任务：', '以下是讲话稿。', '在全县工作会议上的讲话'],
}

/** A chat tool's last line, offering more: never the speech's words. */
export const CHAT_EPILOGUE: NamedPattern = {
  id: 'chat-epilogue',
  purpose:
    'AI 对话工具在讲稿后面加的最后一行：“希望这篇讲话稿对您有所帮助！”“以上讲话稿供参考，如需调整请告诉我。”“如需修改字数或语气，请随时告诉我。”。只看全文最后一行；讲话的结束语（“谢谢大家！”“希望同志们……”）不是。',
  pattern:
    /^(?:(?:以上|这篇|本篇)[^。！？]{0,12}(?:讲话稿|发言稿|讲稿|稿子|内容)[^。！？]{0,16}(?:参考|帮助|调整|修改)|希望(?:这篇|以上|本篇)?[^。！？]{0,12}(?:讲话稿|发言稿|讲稿|稿子|内容)?[^。！？]{0,6}对(?:您|你)有(?:所)?帮助|如(?:需|果需要)[^。！？]{0,16}(?:调整|修改|补充|润色)[^。！？]{0,20}(?:告诉我|联系我|随时))[^。！？]*[。！？!.]?(?:[^。！？]{0,30}[。！？!.]?)?$/,
  matches: [
    '希望这篇讲话稿对您有所帮助！',
    '以上讲话稿供参考，如需调整请告诉我。',
    '如需修改字数或语气，请随时告诉我。',
    '希望对你有帮助！如需调整，请随时告诉我。',
  ],
  rejects: ['谢谢大家！', '希望同志们再接再厉，再创佳绩！', '以上是我讲的几点意见。', '希望受表彰的同志珍惜荣誉。'],
}

/** Lines that must show Markdown before any mark is taken off. */
const MARKDOWN_MIN = 2

/** A line opening with a bold span (the byline, the date, a run-in heading), after any heading or list mark. */
const OPENS_STRONG = /^[ \t]*(?:#{1,6}[ \t]+|[-*+][ \t]+)?\*\*(?=[^\s*])[^*\n]*?[^\s*]\*\*(?!\*)(?:\s|$)/

const isMarkdownLine = (line: string) =>
  MARKDOWN_MARKS.heading.pattern.test(line) ||
  MARKDOWN_MARKS.rule.pattern.test(line) ||
  MARKDOWN_MARKS.bullet.pattern.test(line) ||
  OPENS_STRONG.test(line)

export interface MarkdownTaken {
  /** The chat tool's first line, left out of the speech. */
  preamble: string | null
  /** The chat tool's last line, left out of the speech. */
  epilogue: string | null
  headings: number
  strong: number
  bullets: number
  rules: number
}

/** The text with its Markdown marks taken off, and what was taken off (nothing in a text that is not Markdown). */
export function stripMarkdown(text: string): { text: string; taken: MarkdownTaken } {
  const taken: MarkdownTaken = { preamble: null, epilogue: null, headings: 0, strong: 0, bullets: 0, rules: 0 }
  const lines = text.split(/\r\n|\r|\n/)
  const first = lines.findIndex((l) => l.trim())
  if (first >= 0 && CHAT_PREAMBLE.pattern.test(lines[first].trim())) {
    taken.preamble = lines[first].trim()
    lines.splice(first, 1)
  }
  let last = lines.length - 1
  while (last >= 0 && !lines[last].trim()) last--
  if (last >= 0 && CHAT_EPILOGUE.pattern.test(lines[last].trim())) {
    taken.epilogue = lines[last].trim()
    lines.splice(last, 1)
  }
  const chatLines = taken.preamble !== null || taken.epilogue !== null
  if (lines.filter(isMarkdownLine).length < MARKDOWN_MIN) return { text: chatLines ? lines.join('\n') : text, taken }
  const out: string[] = []
  for (const line of lines) {
    if (MARKDOWN_MARKS.rule.pattern.test(line)) {
      taken.rules++
      continue
    }
    let l = line
    if (MARKDOWN_MARKS.heading.pattern.test(l)) {
      taken.headings++
      l = l.replace(MARKDOWN_MARKS.heading.pattern, '')
    } else if (MARKDOWN_MARKS.bullet.pattern.test(l)) {
      taken.bullets++
      l = l.replace(MARKDOWN_MARKS.bullet.pattern, '')
    }
    l = l.replace(MARKDOWN_MARKS.strong.pattern, (_m, inner: string) => {
      taken.strong++
      return inner
    })
    out.push(l)
  }
  return { text: out.join('\n'), taken }
}

/** What the preview says of the marks taken off, or null when none was. */
export function markdownNote(taken: MarkdownTaken): string | null {
  const each = [
    taken.headings && `标题前的“#”${taken.headings} 处`,
    taken.strong && `加粗用的“**”${taken.strong} 对`,
    taken.bullets && `列表前的“- ”${taken.bullets} 处`,
    taken.rules && `分隔线“---”${taken.rules} 行`,
  ].filter(Boolean)
  const chat = [taken.preamble && `第一行“${taken.preamble}”`, taken.epilogue && `最后一行“${taken.epilogue}”`].filter(
    Boolean,
  )
  const preamble = chat.length ? `${chat.join('和')}是对话工具的话，不是讲稿，没有放进讲稿` : ''
  if (!each.length) return preamble ? `${preamble}。` : null
  return `原文带着从 AI 对话工具复制来的 Markdown 排版符号，已去掉：${each.join('、')}，文字一字未改${preamble ? `；${preamble}` : ''}。请核对标题和编号。`
}
