/** Rules on years and time words, read against the years the speech reviews and plans. */
import { PLANNED_YEAR, REVIEWED_YEAR } from '../lang/years'
import type { BlockFinding, BlockRule } from './types'

/**
 * Years named where the speech says what it reviews and plans ("总结2025年全县财政工作",
 * "安排部署2026年教育重点工作") must be the review and the plan year; so must "2026年是……" in
 * the opening and the tasks.
 */
export const wrongYear: BlockRule = {
  id: 'wrong-year',
  name: '年份不符',
  severity: 'error',
  group: '年份',
  scope: 'block',
  purpose: '开头“总结……年工作”“部署……年任务”的年份要是讲稿回顾和部署的年份。',
  fires: [
    { text: '今天召开会议，总结2024年工作，部署2026年任务。下面，我讲三点意见：', in: 'opening' },
    { text: '今天召开会议，总结2025年全市民政工作，安排部署2025年教育重点工作。下面，我讲三点意见：', in: 'opening' },
    { text: '今天召开会议，回顾总结2024年全市文化广电旅游工作，部署2026年任务。我讲三点意见：', in: 'opening' },
  ],
  quiet: [
    { text: '今天召开会议，总结2025年工作，部署2026年任务。下面，我讲三点意见：', in: 'opening' },
    { text: '今天召开会议，回顾“十四五”以来特别是2025年全市工作，部署2026年任务。我讲三点意见：', in: 'opening' },
  ],
  check({ text }, ctx) {
    const out: BlockFinding[] = []
    const { reviewYear, planYear } = ctx
    if (reviewYear === null || planYear === null) return out
    const push = (m: RegExpMatchArray, year: number, want: number, what: string) =>
      out.push({
        rule: this.id,
        from: m.index! + m[0].lastIndexOf(String(year)),
        to: m.index! + m[0].lastIndexOf(String(year)) + 4,
        message: `这里${what}的是${year}年，但这篇讲话回顾${reviewYear}年、部署${planYear}年，应为${want}年。`,
      })
    for (const m of text.matchAll(REVIEWED_YEAR)) {
      const y = Number(m[1])
      if (y !== reviewYear) push(m, y, reviewYear, m[0].slice(0, 2))
    }
    for (const m of text.matchAll(PLANNED_YEAR)) {
      const y = Number(m[1])
      if (y !== planYear) push(m, y, planYear, m[0].slice(0, 2))
    }
    if (ctx.partKind === 'tasks' || ctx.container === 'opening') {
      for (const m of text.matchAll(/((?:19|20)\d{2})\s*年是/g)) {
        const y = Number(m[1])
        if (y !== planYear && !(ctx.container === 'opening' && y === reviewYear))
          out.push({
            rule: this.id,
            from: m.index!,
            to: m.index! + 4,
            message: `“${y}年是……”说的是${y}年，但这篇讲话部署的是${planYear}年，可能是去年的原话。`,
          })
      }
    }
    if (ctx.partKind === 'review') {
      for (const m of text.matchAll(/((?:19|20)\d{2})\s*年/g)) {
        const y = Number(m[1])
        if (y > reviewYear && !/^年[—\-–~～至到]/.test(text.slice(m.index! + 4)))
          out.push({
            rule: this.id,
            severity: 'warning',
            from: m.index!,
            to: m.index! + 4,
            message: `回顾${reviewYear}年的部分里出现了${y}年，请确认这不是别年的内容。`,
          })
      }
    }
    return out
  },
}

/** 今年/去年/明年 inside a review: after a year's roll they point at the wrong year. */
export const relativeTime: BlockRule = {
  id: 'relative-time',
  name: '相对时间词',
  severity: 'warning',
  group: '年份',
  scope: 'block',
  purpose: '回顾部分里的“今年、去年”换年后指错年份，应写明年份。',
  fires: ['今年以来，全县新增就业3250人。'],
  quiet: [
    { text: '今年要确保新增就业3300人。', in: 'tasks' },
    {
      text: '标题\n（2025年12月26日）\n同志们：\n今天召开会议，总结今年以来工作，部署2026年工作。\n一、今年以来的主要成效\n今年以来，全县新增就业3250人。\n二、2026年工作任务\n确保完成。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
  ],
  check({ text }, ctx) {
    // A speech given in the year it reviews (December) rightly says 今年 of that year.
    if (ctx.partKind !== 'review' || ctx.givenInReviewYear) return []
    return [...text.matchAll(/今年以来|今年|去年|明年|本年度|上一年/g)].map((m) => ({
      rule: this.id,
      from: m.index!,
      to: m.index! + m[0].length,
      message: `回顾部分里的“${m[0]}”指哪一年不明确${ctx.reviewYear ? `，建议写明年份（如“${ctx.reviewYear}年”）` : ''}。`,
    }))
  },
}

/** Phrases bound to one year (召开之年, 献礼 …) from the user's list: stale once the year has passed. */
export const timeBoundPhrase: BlockRule = {
  id: 'time-bound',
  name: '时效性提法',
  severity: 'warning',
  group: '年份',
  scope: 'block',
  purpose: '“开局之年”“献礼”这类提法只对某一年适用，换年后要改写。',
  fires: [{ text: '以优异成绩迎接党的二十大胜利召开。', in: 'tasks' }],
  quiet: [{ text: '推进乡村振兴示范村建设。', in: 'tasks' }],
  check({ text }, ctx) {
    const out: BlockFinding[] = []
    for (const phrase of ctx.options.timeBoundPhrases) {
      if (!phrase) continue
      for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + phrase.length)) {
        out.push({
          rule: this.id,
          from: at,
          to: at + phrase.length,
          message: `“${phrase}”是有时效的提法，请确认今年仍然适用。`,
        })
      }
    }
    return out.sort((a, b) => a.from - b.from)
  },
}
