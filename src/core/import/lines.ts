/**
 * What a single line of a speech is, judged by its own text: a part heading (一、),
 * a section heading (（一）, own-line or run-in), an item (1. or （1）), a greeting,
 * a subtitle, a date line, or a plain paragraph.
 */
import { AUDIENCE } from '../lang/audience'
import { numberMark } from '../lang/numbering'
import { NAME_PLACEHOLDER } from '../lang/names'
import type { NamedPattern } from './patterns'
import { FULL_NAME, SPACED_NAME, TITLE } from './persons'

export type LineKind =
  | { type: 'part'; number: number; mark: string; text: string }
  | { type: 'section'; number: number; mark: string; heading: string; body: string }
  | { type: 'item'; level: 3 | 4; number: number; mark: string; text: string }
  | { type: 'greeting'; text: string }
  | { type: 'subtitle'; text: string }
  | { type: 'dateline'; text: string }
  | { type: 'paragraph'; text: string }

/** Lines known by their own words, each with examples (test/node/recognisers.test.ts). */
export const LINE_PATTERNS = {
  greeting: {
    id: 'greeting',
    purpose:
      '称呼：列举听众、以“同志们”“各位同志”“各位领导”等结尾（或其后再列“朋友们”这类听众）、带冒号的一行；理事会、委员会、代表大会、老干部会上称“各位理事”“各位委员”“各位执委”“各位会员代表”“各位老同志”。',
    pattern: new RegExp(`^[^。！？：:]{0,24}${AUDIENCE.source}(?:[、，,][^。！？，,：:]{1,12}){0,2}[：:]$`),
    matches: [
      '同志们：',
      '各位领导、同志们：',
      '同志们、朋友们:',
      '各社区书记、主任，各位同志：',
      '各位老党员、各位村干部，同志们：',
      '尊敬的各位领导、各位来宾，同志们：',
      '各位理事：',
      '各位常务理事、各位理事：',
      '各位委员：',
      '各位执委、同志们：',
      '各位会员代表：',
      '各位职工代表、同志们：',
      '各位老同志：',
      '老师们、同志们：',
      '老师们、同学们：',
      '各位老师：',
      '各位职工、同志们：',
    ],
    rejects: [
      '同志们，让我们奋发有为！',
      '今天召开会议，同志们都来了。',
      '各位同志要做到以下三点：',
      '各位理事，新的一年，任务艰巨、使命光荣。',
      '请各位委员审议：',
      '常务理事会审议通过了以下事项：',
      '各位老同志的关心支持，我们铭记在心。',
      '会议的主要任务是：',
      '老师们要做到以下几点：',
    ],
  },
  subtitle: {
    id: 'subtitle',
    purpose: '副标题：破折号开头的一行，“——在全县……会议上的讲话”。',
    pattern: /^[—－\-─]{1,3}\s*\S.*$/,
    matches: ['——在全县财政工作会议上的讲话', '—在全市商务工作会议上的讲话'],
    rejects: ['在全县财政工作会议上的讲话'],
  },
  dateline: {
    id: 'dateline',
    purpose: '日期行：括号里的日期，“（2026年2月10日）”“（二〇二五年十二月二十六日）”。',
    pattern: /^[（(]\s*(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年[^）)]{1,12}[）)]$/,
    matches: ['（2026年2月10日）', '(2025年12月26日)', '（二〇二五年十二月二十六日）'],
    rejects: ['（一）2025年工作回顾', '（2026年2月10日'],
  },
  closingDate: {
    id: 'closing-date',
    purpose:
      '文末日期（落款）：讲话最后一行只写日期，带不带括号都行，“2026年3月16日”“（2026年3月16日）”“二〇二六年三月十六日”；它就是日期行，只是写在了结尾之后（structure.ts 只看最后一行）。',
    pattern:
      /^[（(]?\s*(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[〇零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)\s*[）)]?$/,
    matches: ['2026年3月16日', '（2026年3月16日）', '二〇二六年三月十六日', '2025年12月26日'],
    rejects: ['2026年3月16日，全区召开动员会。', '2026年3月', '2026年', '3月16日', '谢谢大家！'],
  },
  speaker: {
    id: 'speaker',
    purpose:
      '讲话人署名行（structure.ts 在标题之后读）：职务（可空一格写姓名）、只写姓名（某某、王建华同志）；不是标题的第二行。',
    pattern: new RegExp(
      `^(?:[^。，；！？：\\s]{0,30}${TITLE}(?:[\\s\u3000]+(?:${FULL_NAME}|${SPACED_NAME}|${NAME_PLACEHOLDER}))?|(?:${FULL_NAME}|${NAME_PLACEHOLDER})(?:同志)?)\\s*$`,
    ),
    matches: [
      '县委副书记、县长 某某',
      '市数据局党组书记、局长',
      '副县长　陈立军',
      '园长　陈　静',
      '某某',
      '王建华',
      '张建国同志',
      '县长 王某某',
    ],
    rejects: [
      '奋力开创全县卫生健康事业新局面',
      '在全县卫生健康工作会议上的讲话',
      '坚定信心 真抓实干',
      '县长王建华作了讲话。',
      '（2025年12月26日）',
    ],
  },
  partHeadedYao: {
    id: 'part-headed-yao',
    purpose:
      '以“要”开头的部分标题：“三、要切实加强组织领导”单独成行、不带句号，编号接着上一部分时是部分标题（structure.ts 看编号），不是“一要、二要”那样的列举；后面接着正文句子的不算。',
    pattern: /^([一二三四五六七八九十]{1,3})\s*[、，,．.]\s*(要[^。！？；;!?]{3,38})$/,
    matches: [
      '三、要切实加强组织领导',
      '四、要强化责任担当，确保各项任务落地见效',
      '一、 要充分认识做好今年工作的重要意义',
    ],
    rejects: [
      '三、要切实加强组织领导。各乡镇要把这项工作摆上重要议事日程。',
      '一要提高认识，二要压实责任。',
      '三、要求',
      '（三）要切实加强组织领导',
    ],
  },
} satisfies Record<string, NamedPattern>

const GREETING = LINE_PATTERNS.greeting.pattern
const SUBTITLE = LINE_PATTERNS.subtitle.pattern
const DATELINE = LINE_PATTERNS.dateline.pattern

export function classifyLine(line: string): LineKind {
  const mark = numberMark(line)
  const rest = mark ? line.slice(mark.length) : ''
  if (mark && rest) {
    const written = { number: mark.number, mark: line.slice(0, mark.length).trim() }
    switch (mark.level) {
      case 1:
        return { type: 'part', ...written, text: rest }
      case 2:
        return { type: 'section', ...written, ...splitRunIn(rest) }
      case 3:
      case 4:
        // What follows the mark may open with a year or a count ("1、 2025年……", "3） 12个乡镇……"):
        // the mark has told a decimal (1.5万) from a number.
        return { type: 'item', level: mark.level, ...written, text: rest }
    }
  }
  if (GREETING.test(line)) return { type: 'greeting', text: line }
  if (SUBTITLE.test(line) && line.length <= 60)
    return { type: 'subtitle', text: line.replace(/^[—－\-─]{1,3}\s*/, '——') }
  if (DATELINE.test(line)) return { type: 'dateline', text: line }
  return { type: 'paragraph', text: line }
}

/**
 * A section line either is its heading ("（一）过去的一年，我们全力以赴做好就业创业工作")
 * or starts with it and runs on ("（一）实施就业优先战略，千方百计稳定和扩大就业。坚持把…").
 * The heading of a run-in section is its first sentence, with its full stop.
 */
export function splitRunIn(text: string): { heading: string; body: string } {
  const end = /[。！？；;]/.exec(text)
  if (end && end.index + 1 < text.length) {
    return { heading: text.slice(0, end.index + 1), body: text.slice(end.index + 1).trim() }
  }
  // One sentence, however long, is the heading whole: the section's words follow on the next lines.
  return { heading: text, body: '' }
}
