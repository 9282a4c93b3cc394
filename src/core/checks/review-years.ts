/**
 * The year a paragraph of a one-year review opens with. The block rule (time-rules.ts) reports a
 * review paragraph opening with the year before the one reviewed; older years it lets pass, since
 * they open the steps of a five-year review (2021年，我们启动……；2022年，……). What tells the two
 * apart is the part's heading: a review headed by the one year it reviews (一、2025年工作回顾),
 * naming no span (“十四五”以来, 2021—2025年, 五年来), reviews that year alone. Its first paragraph
 * is the year's lead (2025年，县文联在县委的坚强领导下……): opening with an older year, it is an
 * older speech's lead kept. Further in, an older year may open what a step of the year goes back
 * to (2023年，我们启动了三年行动，今年全面完成), and is left alone.
 */
import { headingSpan } from '../import/periods'
import { OPENS_WITH_YEAR, RANGE_JOIN, YEAR } from '../lang/years'
import type { DocumentFinding, DocumentRule } from './types'

/** A year named in a heading that is not the start or end of a span (2021年以来, 2021—2025年). */
const YEAR_ALONE = new RegExp(`(?<!${RANGE_JOIN}\\s*)(${YEAR})\\s*年(?!以来|来|起|${RANGE_JOIN})`, 'g')

/** Whether a review part's heading names the year reviewed as its one year and no span. */
/** Words that bring a paragraph back to the year reviewed. */
const BACK_TO_THE_YEAR = /今年|一年来|过去一年|这一年|本年度/

export function headsOneYear(heading: string, reviewYear: number): boolean {
  if (headingSpan(heading, reviewYear)) return false
  const years = [...heading.matchAll(YEAR_ALONE)].map((m) => Number(m[1]))
  return years.length > 0 && years.every((y) => y === reviewYear)
}

export const olderYearInReview: DocumentRule = {
  id: 'older-review-year',
  name: '回顾开头年份偏早',
  // A warning, not the error of a wrong year: the older year may open the background of this one.
  severity: 'warning',
  group: '年份',
  scope: 'document',
  purpose:
    '标题写明回顾哪一年（一、2025年工作回顾）的回顾部分，开头一段以更早的年份开头（2023年，……），多半是往年讲话的原话；五年回顾（“十四五”以来、过去五年）不算。',
  fires: [
    {
      text: '标题\n同志们：\n开场。\n一、2025年工作回顾\n2023年，县文联在县委的坚强领导下，各项工作取得新成效。\n二、2026年工作任务\n确保完成。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    {
      text: '标题\n同志们：\n开场。\n一、2025年全县民政工作回顾\n2022年，全县民政系统紧扣中心大局，各项工作稳步推进。\n全年完成了任务。\n二、2026年工作任务\n确保完成。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
  ],
  quiet: [
    // A five-year review: its heading names the span, or no one year.
    {
      text: '标题\n同志们：\n开场。\n一、“十四五”以来工作回顾\n2021年，我们启动了三年行动。\n2023年，全县完成了任务。\n二、2026年工作任务\n确保完成。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    {
      text: '标题\n同志们：\n开场。\n一、2021—2025年工作回顾\n2023年，全县完成了任务。\n二、2026年工作任务\n确保完成。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    {
      text: '标题\n同志们：\n开场。\n一、过去五年的工作回顾\n2023年，全县完成了任务。\n二、2026年工作任务\n确保完成。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    // Past the lead, an older year opens what the year's work goes back to.
    {
      text: '标题\n同志们：\n开场。\n一、2025年工作回顾\n全年完成了任务。\n2023年，我们启动了体育公园三年建设行动，今年全面完成。\n二、2026年工作任务\n确保完成。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    // An older year as the background of the year reviewed.
    {
      text: '标题\n同志们：\n开场。\n一、2025年工作回顾\n2023年，县委部署开展的三年攻坚行动，今年全面收官。\n二、2026年工作任务\n确保完成。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    {
      text: '标题\n同志们：\n开场。\n一、2025年工作回顾\n2020年，全县实现脱贫攻坚目标；一年来，巩固成果持续推进。\n二、2026年工作任务\n确保完成。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    // The year reviewed, and an older year not opening the paragraph.
    {
      text: '标题\n同志们：\n开场。\n一、2025年工作回顾\n2025年，全县完成了任务，2023年启动的三年行动圆满收官。\n二、2026年工作任务\n确保完成。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
  ],
  check(tops, ctx) {
    const out: DocumentFinding[] = []
    const { reviewYear } = ctx
    if (reviewYear === null) return out
    for (const t of tops) {
      if (t.type !== 'part' || t.kind !== 'review') continue
      const [heading, lead] = t.blocks
      if (!heading || !lead || lead.view.node.type.name !== 'paragraph') continue
      if (!headsOneYear(heading.view.text, reviewYear)) continue
      const opening = OPENS_WITH_YEAR.exec(lead.view.text)
      // The year before is the block rule's; a later one the review's other check.
      if (!opening || Number(opening[1]) >= reviewYear - 1) continue
      // A paragraph that goes on to the year reviewed (……今年全面收官, 一年来……, 2025年……) opens with
      // the older year as the background of this one, not as last year's opening kept.
      const rest = lead.view.text.slice(opening.index + opening[0].length)
      if (rest.includes(`${reviewYear}年`) || BACK_TO_THE_YEAR.test(rest)) continue
      const from = t.pos + lead.offset + opening.index + opening[0].indexOf(opening[1])
      out.push({
        rule: this.id,
        from,
        to: from + 4,
        message: `回顾部分的标题写的是${reviewYear}年，开头一段却以${opening[1]}年开头，可能是往年讲话的原话，应为${reviewYear}年。`,
        excerpt: lead.view.text.slice(opening.index, opening.index + 20),
      })
    }
    return out
  },
}
