/**
 * Rules on the speech's structure: required parts and their order, empty parts, and the number
 * of points the opening announces. (Numbering: numbering-rules.ts.)
 */
import type { Node as PMNode } from 'prosemirror-model'
import { AUDIENCE_ADDRESSED, AUDIENCE_GREETED } from '../lang/audience'
import { ASKS } from '../lang/words'
import { OPENS_WITH_YEAR } from '../lang/years'
import { parseChineseNumeral } from '../lang/numerals'
import { type Enumeration, enumerations, inlineNumbers } from '../lang/numbering'
import { excerptOf, viewOf } from './blocks'
import { classifyLine } from '../import/lines'
import { missingSeverity, REQUIRED_LABELS, requiredLabel, type RequiredId } from '../schema'
import { present } from '../guards'
import { inlineText } from '../text'
import type { DocumentFinding, DocumentRule, TopRule, TopSummary } from './types'

/**
 * What to do when a speech has no parts but paragraphs that read as part or section headings
 * typed by hand (“一、认清形势……”, “（一）……”, as the import reads a line; tryout 16, C1): the
 * end of a message that says the parts are missing; empty when there are parts or no such lines.
 */
export function typedHeadingsHint(tops: readonly TopSummary[]): string {
  if (tops.some((t) => t.type === 'part')) return ''
  const lines = tops
    .filter((t) => t.type === 'opening' || t.type === 'closing')
    .flatMap((t) => t.blocks.map((b) => b.view.text.trim()))
  const parts = lines.filter((l) => classifyLine(l).type === 'part')
  if (!parts.length) return ''
  const sections = lines.filter((l) => classifyLine(l).type === 'section').length
  return (
    `正文里“${parts[0]}”等${parts.length}段是手写编号的标题，还是普通段落，不算部分：` +
    '把光标放在“一、……”这一段，点“新增部分”，它和下面的段落就成为一个部分' +
    (sections ? '；“（一）……”这样的段落，按 Ctrl+Enter 或点“新增一节”，就成为一节' : '') +
    '。也可以从 Word 或 WPS 复制整篇讲稿，在这里按 Ctrl+A 全选后粘贴，就会按标题分好部分和节。'
  )
}

/** A part with no heading or nothing under it; a section likewise (a warning). */
export const emptyPart: TopRule = {
  id: 'empty-part',
  name: '空的部分',
  severity: 'error',
  group: '结构',
  scope: 'top',
  purpose: '部分要有标题和内容；节没有内容时提醒。',
  fires: [
    {
      text: '标题\n同志们：\n开场。\n一、2025年工作回顾\n二、2026年工作任务\n确保完成。\n同志们，谢谢！',
      in: 'speech',
    },
  ],
  quiet: ['全年完成了各项任务。'],
  check(part) {
    const out: DocumentFinding[] = []
    if (part.type.name !== 'part') return out
    const heading = present(part.firstChild, 'a part heading (the schema requires one)')
    const headingText = inlineText(heading)
    // A paragraph of spaces is nothing under the heading; a figure alone, or a section, is something.
    const hasBody = (n: PMNode) => {
      let body = false
      n.forEach((c, _o, i) => {
        // Cheap test first: a part of a thousand paragraphs need not build each one's text.
        if (!body && i > 0 && (hasNonText(c) || c.textContent.trim())) body = true
      })
      return body
    }
    const headingRange = { from: 0, to: heading.nodeSize + 1 }
    if (!headingText.trim())
      out.push({ rule: this.id, message: '这个部分没有标题。', ...headingRange, excerpt: '（无标题部分）' })
    if (!hasBody(part))
      out.push({
        rule: this.id,
        message: `“${headingText || '这个部分'}”下面还没有内容。`,
        ...headingRange,
        excerpt: headingText,
      })
    part.forEach((c, offset) => {
      if (c.type.name !== 'section') return
      const base = offset + 1
      const sectionHeading = present(c.firstChild, 'a section heading (the schema requires one)')
      const h = inlineText(sectionHeading)
      const range = { from: base, to: base + sectionHeading.nodeSize + 1 }
      if (!h.trim())
        out.push({ rule: this.id, severity: 'warning', message: '这一节没有标题。', ...range, excerpt: '（无标题节）' })
      else if (!hasBody(c) && !c.attrs.runIn)
        out.push({
          rule: this.id,
          severity: 'warning',
          message: `“${h}”这一节下面还没有内容。`,
          ...range,
          excerpt: h,
        })
    })
    return out
  },
}

function hasNonText(node: PMNode): boolean {
  let found = false
  node.forEach((c) => {
    if (!c.isText) found = true
  })
  return found
}

/**
 * The requirements said in the closing rather than a part of their own: two asks at least
 * ("一要提高站位……；二要密切配合……", "要坚持目标导向……；要改进工作作风……", "各乡镇要……；县直有关
 * 部门要……"), each clause read by the one definition of an ask (ASKS).
 */
export function closingAsks(text: string): boolean {
  const asks = text.split(/[。；;！？!?：:]/).filter((s) => ASKS.test(s.trim().replace(AUDIENCE_ADDRESSED, '')))
  return asks.length >= 2
}

/**
 * The year reviewed told in the opening rather than a part of its own: a sentence that names
 * that year (2025年, 过去一年, 去年, 一年来) and states a figure ("总的看，2025年全县接待游客636.8万
 * 人次……"), or a paragraph that opens with that year and states figures ("2025年，全县……。县委保密
 * 委员会全年召开全体会议2次……"). Not the year so far (今年以来) of a meeting in the year it plans.
 */
export function openingReviews(opening: TopSummary | undefined, reviewYear: number | null): boolean {
  if (!opening || reviewYear === null) return false
  const named = new RegExp(`(?<!\\d)${reviewYear}\\s*年(?!度?(?:工作)?(?:总结|回顾))|过去的?一年|去年|上一?年|一年来`)
  return opening.blocks.some(({ view }) => {
    // A paragraph of its own on the year ("2025年，全县各级各部门……全年召开全体会议2次……"): its figures are that year's.
    const metric = view.slots.some((x) => x.attrs.role === 'metric')
    if (metric && Number(OPENS_WITH_YEAR.exec(view.text)?.[1]) === reviewYear) return true
    let from = 0
    for (const sentence of view.text.split(/(?<=[。！？!?])/)) {
      const to = from + sentence.length
      const figure = view.slots.some((x) => x.attrs.role === 'metric' && x.offset >= from && x.offset < to)
      if (figure && named.test(sentence)) return true
      from = to
    }
    return false
  })
}

/** Where a missing part would go, and what to show for it. */
function requiredPresent(tops: TopSummary[], id: RequiredId, reviewYear: number | null): { ok: boolean; pos: number } {
  const parts = tops.filter((t) => t.type === 'part')
  const find = (type: string) => tops.find((t) => t.type === type)
  const last = present(tops.at(-1), 'a top-level block (the schema requires a title)')
  const end = last.pos + last.size
  switch (id) {
    case 'title':
      return { ok: !!find('title')?.text.trim(), pos: 1 }
    case 'greeting':
      // The greeting said as the opening's first words ("各位领导、同志们，今天我们召开……", "同志们：今天，
      // 区委……") greets too.
      return {
        ok:
          !!find('greeting')?.text.trim() ||
          AUDIENCE_ADDRESSED.test(find('opening')?.text.trim() ?? '') ||
          AUDIENCE_GREETED.test(find('opening')?.text.trim() ?? ''),
        pos: find('opening')?.pos ?? 1,
      }
    case 'opening':
      return { ok: !!find('opening')?.text.trim(), pos: find('opening')?.pos ?? 1 }
    case 'closing':
      return { ok: !!find('closing')?.text.trim(), pos: end }
    case 'requirements':
      return {
        ok: parts.some((p) => p.kind === id) || closingAsks(find('closing')?.text ?? ''),
        pos: parts[0]?.pos ?? end,
      }
    case 'review':
      // A campaign's mobilising speech may tell last year in its first part, on the situation
      // (一、认清形势…… 2025年，全县共受理……), as another speech tells it in its opening.
      return {
        ok:
          parts.some((p) => p.kind === id) ||
          openingReviews(find('opening'), reviewYear) ||
          (parts[0]?.kind === 'other' && openingReviews(parts[0], reviewYear)),
        pos: parts[0]?.pos ?? end,
      }
    default:
      return { ok: parts.some((p) => p.kind === id), pos: parts[0]?.pos ?? end }
  }
}

/** A meeting that commends, as its title or subtitle names it: 先进集体和先进个人表彰大会, 表彰会. */
const COMMENDATION_MEETING = /表彰(?:大会|会议?)/

/** The required parts that are parts of a kind, not the title, greeting, opening or closing. */
const PART_KIND_IDS: ReadonlySet<RequiredId> = new Set<RequiredId>(['review', 'tasks', 'requirements'])

/**
 * The parts the speech must have. Those often left out (OFTEN_LEFT_OUT: the greeting, the review,
 * the closing) are a warning when missing from an imported speech, an error when a template asked
 * for them; the requirements an imported speech is not told it lacks (IMPORTED_MAY_LACK). The
 * requirements may be said in the closing (一要……二要……, closingAsks), the year reviewed told in
 * the opening (openingReviews).
 */
export const requiredParts: DocumentRule = {
  id: 'required-parts',
  name: '必需部分',
  severity: 'error',
  group: '结构',
  scope: 'document',
  purpose:
    '讲稿要有必需的部分（标题、称呼、回顾、任务、要求、结束语），回顾、任务、要求依次排列。结束语里提了两条以上要求（一要……二要……、各乡镇要……县直部门要……）就是有要求；开头用数字讲了上一年的就是有回顾；导入的讲稿不提示缺少要求部分（年度讲话常以任务收尾）。几点意见写成各自成段的“第一，……第二，……”、没有“一、”部分的讲稿，分不出部分，不查回顾、任务、要求。',
  fires: [
    { text: '标题\n同志们：\n开场。\n一、2025年工作回顾\n完成了任务。\n同志们，谢谢！', in: 'speech' },
    // an opening that names the audience only later is no greeting
    {
      text: '标题\n今天召开会议，同志们都来了。\n一、2025年工作回顾\n完成了任务。\n二、2026年工作任务\n确保完成。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    // a meeting of the year so far whose first part is no situation: its review is missing
    {
      text: '标题\n（2026年6月24日）\n同志们：\n今年以来，全区排查出危险水域127处。\n一、专项行动的重点任务\n确保不发生溺水死亡事故。\n二、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    // the opening says the year was summed up elsewhere, with no figure of it (文旅): no review
    {
      text: '标题\n同志们：\n今天召开会议，安排部署2026年全县文旅重点工作。过去一年的工作，年度报告已作了总结，这里不再展开。下面，我讲两点意见。\n一、2026年重点任务\n今年要全力推进景区创建，力争接待游客700万人次以上。\n二、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    // a first part on the situation that tells no year reviewed with a figure (网信): no review
    {
      text: '标题\n（2026年3月12日）\n同志们：\n开场。\n一、统一思想，充分认识专项行动的重要意义\n网络空间是亿万民众共同的精神家园。\n二、专项行动的重点任务\n确保完成。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    // a work meeting joined with a commendation (暨表彰大会) still plans its year: its tasks are missing
    {
      text: '在全县精神文明建设工作暨先进表彰大会上的讲话\n同志们：\n开场。\n一、2025年工作回顾\n全县新建文明村镇12个。\n二、工作要求\n一要严。二要实。\n同志们，谢谢！',
      in: 'speech',
    },
    // no parts, and no points as paragraphs either
    {
      text: '标题\n同志们：\n今天召开会议。下面，我讲三点意见。\n一是肯定成绩。二是抓好工作。三是强化保障。\n同志们，谢谢！',
      in: 'speech',
    },
  ],
  quiet: [
    // an imported speech that closes on its tasks with a call to work hard (交通, 水利): not told it lacks requirements
    {
      text: '标题\n同志们：\n开场。\n一、2025年工作回顾\n完成农村公路养护工程80公里。\n二、2026年工作任务\n确保完成。\n同志们，交通运输工作责任重大。全县交通运输系统要真抓实干，奋力开创新局面。',
      in: 'speech',
    },
    // last year told in the opening with its figures (文旅, 融媒体中心, 医保): the speech reviews
    {
      text: '标题\n同志们：\n今天召开会议，安排部署2026年全县文旅重点工作。过去一年的工作，年度报告已作了总结。总的看，2025年全县接待游客636.8万人次。下面，我讲两点意见。\n一、2026年重点任务\n今年要全力推进景区创建，力争接待游客700万人次以上。\n二、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    {
      text: '标题\n同志们：\n去年，中心全年发布稿件1.2万条。\n一、2026年工作任务\n确保完成。\n二、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    {
      text: '标题\n同志们：\n今天召开全县保密工作会议，总结2025年工作。\n2025年，全县保密工作总体平稳。县委保密委员会全年召开全体会议2次。\n下面，我讲两点意见。\n一、2026年重点任务\n确保完成。\n二、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    // the greeting as the opening's first words, no line of its own (住建, 司法)
    {
      text: '标题\n各位领导、同志们，今天我们召开全县建筑施工安全生产部署会。\n一、2025年工作回顾\n完成了任务。\n二、2026年工作任务\n确保完成。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    {
      text: '标题\n同志们，岁末年初，我们召开全县社区矫正工作会议。\n一、2025年工作回顾\n完成了任务。\n二、2026年工作任务\n确保完成。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    // the greeting run in with the opening's first words, its colon kept (城管, 卫健)
    {
      text: '标题\n同志们：今天，区委、区政府召开百日攻坚行动动员会。\n一、2025年工作回顾\n完成了任务。\n二、2026年工作任务\n确保完成。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    {
      text: '标题\n各位领导、同志们：今天召开全县行风建设专项整治动员会。\n一、2025年工作回顾\n完成了任务。\n二、2026年工作任务\n确保完成。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    // a campaign's first part tells last year on the situation, with its figures (城管, 卫健, 网信)
    {
      text: '标题\n（2026年3月16日）\n同志们：\n开场。\n一、统一思想，充分认识百日攻坚的紧迫性\n去年，全区拆除违法建设3.12万平方米。\n二、百日攻坚的重点任务\n确保完成。\n三、压实责任\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    {
      text: '标题\n（2026年4月10日）\n同志们：\n开场。\n一、认清形势，增强专项整治的自觉\n2025年，全县共受理行风问题线索68条。\n二、专项整治的重点任务\n确保完成。\n三、强化保障\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    // a meeting that reviews the year it plans, its situation first (暑期安全, 三夏)
    {
      text: '标题\n（2026年6月24日）\n同志们：\n开场。\n一、认清形势，增强紧迫感\n今年以来，全区排查出危险水域127处。\n二、专项行动的重点任务\n确保不发生溺水死亡事故。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    {
      text: '标题\n（2026年5月27日）\n同志们：\n开场。\n一、认清形势，增强责任感\n今年全县小麦种植面积35万亩，比上年增加0.6万亩。\n二、夏收夏种的重点任务\n确保颗粒归仓。\n三、压实责任\n一要加强组织领导。二要严明纪律。\n同志们，谢谢！',
      in: 'speech',
    },
    // a meeting held only to commend: review, those commended, hopes (乡村振兴, 教育)
    {
      text: '在全县乡村振兴先进集体和先进个人表彰大会上的讲话\n同志们：\n开场。\n一、过去一年的成绩令人鼓舞\n全县粮食总产量达到32.6万吨。\n二、先进典型是我们学习的榜样\n这次受表彰的先进集体和先进个人是优秀代表。\n三、学习先进，在新征程上建功立业\n一是见贤思齐。二是真抓实干。\n同志们，谢谢！',
      in: 'speech',
    },
    {
      text: '在全县优秀教师表彰会上的讲话\n同志们：\n开场。\n一、2025年工作回顾\n全县新建学校6所。\n二、对受表彰教师的希望\n一要潜心育人。二要锤炼师德。\n同志们，谢谢！',
      in: 'speech',
    },
    // points as paragraphs of their own (医院, 街道)
    {
      text: '标题\n同志们：\n今天召开全院工作会议。下面，我讲三点意见。\n第一，肯定成绩，正视问题。2025年，全院完成门急诊26.4万人次。\n第二，突出重点，扎实抓好2026年各项工作。\n第三，强化保障，确保各项任务落到实处。\n同志们，谢谢！',
      in: 'speech',
    },
    {
      text: '标题\n同志们：\n今天召开街道工作会议。我讲两点意见。\n第一，肯定成绩，看到不足。\n第二，突出重点，抓好今年工作。\n同志们，谢谢！',
      in: 'speech',
    },
    {
      text: '标题\n同志们：\n开场。\n一、2025年工作回顾\n完成了任务。\n二、2026年工作任务\n确保完成。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
  ],
  check(tops, ctx) {
    const out: DocumentFinding[] = []
    // A speech whose points are paragraphs (第一，……第二，……) has no parts to tell their kinds by.
    const pointsAsParagraphs =
      !tops.some((t) => t.type === 'part') && (tops.find((t) => t.type === 'opening')?.announced?.points ?? 0) > 0
    // A campaign or seasonal meeting that reviews the year it plans (今年以来, a May 三夏 meeting) may
    // open with the situation (认清形势) in place of a review: an imported speech so built lacks none.
    const firstPart = tops.find((t) => t.type === 'part')
    const situationFirst =
      ctx.templateId === null &&
      ctx.reviewYear !== null &&
      ctx.reviewYear === ctx.planYear &&
      firstPart?.kind === 'other'
    // A meeting held only to commend (表彰大会, not joined to a work meeting with 暨) reviews, holds up
    // those commended and closes on hopes: an imported speech so built lacks no tasks.
    const head = tops
      .filter((t) => t.type === 'title' || t.type === 'subtitle')
      .map((t) => t.text)
      .join('\n')
    const commendationOnly = ctx.templateId === null && COMMENDATION_MEETING.test(head) && !/暨/.test(head)
    let hinted = false
    for (const id of ctx.required) {
      if (pointsAsParagraphs && PART_KIND_IDS.has(id)) continue
      if (id === 'review' && situationFirst) continue
      if (id === 'tasks' && commendationOnly) continue
      const severity = missingSeverity(id, ctx.templateId)
      if (severity === null) continue
      const { ok, pos } = requiredPresent(tops, id, ctx.reviewYear)
      if (ok) continue
      const label = requiredLabel(id, ctx.docKind)
      // Said once, with the first part missing.
      const hint = PART_KIND_IDS.has(id) && !hinted ? typedHeadingsHint(tops) : ''
      if (hint) hinted = true
      out.push({
        rule: this.id,
        severity,
        message: `缺少必需的部分：${label}。${hint}`,
        from: pos,
        to: pos,
        excerpt: label,
      })
    }
    const parts = tops.filter((t) => t.type === 'part')
    const order: RequiredId[] = ['review', 'tasks', 'requirements']
    const firsts = order.map((k) => parts.findIndex((p) => p.kind === k))
    for (let i = 1; i < order.length; i++) {
      for (let j = 0; j < i; j++) {
        if (firsts[i] >= 0 && firsts[j] >= 0 && firsts[i] < firsts[j]) {
          const p = parts[firsts[i]]
          out.push({
            rule: this.id,
            severity: 'warning',
            message: `“${REQUIRED_LABELS[order[i]]}”部分排在了“${REQUIRED_LABELS[order[j]]}”部分前面，通常应先回顾、再部署任务、最后提要求。`,
            from: p.pos,
            to: p.pos + p.size,
            excerpt: p.text.slice(0, 20),
          })
        }
      }
    }
    return out
  },
}

/**
 * The speaker's own announcement ("下面，我讲三点意见", "下面，我再强调三点"), not another's ("某某副县长提了三点要求").
 * Between 我 and 讲 a few words (我再简要讲), or whom the speaker speaks for or on what, however
 * long its name (我代表市民族宗教事务局讲, 我就做好今年工作讲, 我围绕……谈); or, in a terse
 * outline, a sentence of its own (讲三个方面。). Or the count first, as what the speaker speaks on
 * (我就两个方面的工作讲点意见, 我从四个方面谈几点看法, 下面围绕三个问题讲点意见): group 2.
 */
const ANNOUNCED =
  /(?<=(?:我|下面)(?:[^，。；！？]{0,8}?|[^，。；！？]{0,4}?(?:代表|就|围绕|结合)[^，。；！？]{1,30}?)|(?:^|[。！？])\s*)(?:讲|谈|提|说|强调)(?:以下|这么|如下)?([一二三四五六七八九十两]{1,3})(?:点|个方面|个问题|条)(?:意见|看法|要求|体会)?|(?<=(?:我|下面)[^，。；！？]{0,4}?)(?:就|从|围绕)(?:以下)?([一二三四五六七八九十两]{1,3})(?:个方面|个问题)(?:的(?:工作|问题|情况))?(?:讲|谈|说)/

/** "下面，我讲三点意见" in the opening: how many points, and where. */
export function announcedCount(text: string): { count: number; index: number; length: number } | null {
  const m = ANNOUNCED.exec(text)
  if (!m) return null
  const said = m[1] ?? m[2]
  const count = said === '两' ? 2 : parseChineseNumeral(said)
  return count === null ? null : { count, index: m.index, length: m[0].length }
}

/**
 * The points of a speech written as paragraphs of their own, each opening with its ordinal
 * (第一，……／第二，……／第三，……), not as parts 一、二、三、: how many follow in order. The paragraphs
 * between them (a point's sub-headings, its shortcomings) belong to the point before.
 */
export function paragraphPoints(texts: readonly string[]): number {
  let n = 0
  for (const t of texts) {
    const first = enumerations(t)[0]
    if (first?.index === 0 && first.marker.startsWith('第') && first.number === n + 1) n++
  }
  return n
}

/**
 * The points announced in the opening must be the parts that follow; in a speech without parts,
 * the paragraphs that open with 第一，第二，…… after the announcement.
 */
export const announcedCountRule: DocumentRule = {
  id: 'announced-count',
  name: '开头所说点数',
  severity: 'error',
  group: '结构',
  scope: 'document',
  purpose: '开头说“讲三点意见”，正文就要有三个部分。',
  fires: [
    { text: '今天召开会议。下面，我讲四点意见：', in: 'opening' },
    { text: '今天召开会议。下面，我代表县人力资源和社会保障局讲四个问题。', in: 'opening' },
    { text: '今天召开会议。下面，我就做好今年全县交通运输工作谈四点意见。', in: 'opening' },
    { text: '今天召开全县春耕备耕工作会议。讲四个方面。', in: 'opening' },
    // 强调 after the work was laid out by another (三夏, 防汛, 征兵)
    { text: '刚才，县农业农村局对“三夏”工作作了具体安排，我都同意。下面，我再强调四点意见。', in: 'opening' },
    { text: '刚才，水利局通报了汛情。下面，我就做好今年防汛工作强调四点。', in: 'opening' },
    // The count first, as what the speaker speaks on.
    { text: '今天召开全场工作总结会议。下面，我就两个方面的工作讲点意见。', in: 'opening' },
    { text: '今天召开全县教育工作会议。下面，我从四个方面谈几点看法。', in: 'opening' },
    { text: '今天召开全市交通运输工作会议。下面，我围绕两个问题讲点意见。', in: 'opening' },
    // 强调 as the speaker's verb, after others have arranged the work (金融, 林业)
    { text: '刚才，周敏同志作了具体安排，我都同意。下面，我再强调四点。', in: 'opening' },
    { text: '今天召开会议。下面，我就抓好秋冬季森林防火强调四点意见。', in: 'opening' },
    {
      text: '标题\n同志们：\n今天召开街道工作会议。下面，我讲三点意见。\n第一，肯定成绩，看到不足。\n第二，突出重点，抓好今年工作。\n同志们，谢谢！',
      in: 'speech',
    },
  ],
  quiet: [
    { text: '今天召开会议。下面，我讲三点意见：', in: 'opening' },
    { text: '今天召开会议。下面，我代表县人力资源和社会保障局讲三个问题。', in: 'opening' },
    { text: '我完全赞同某某同志代表县委提出的四点要求。下面，我讲三点意见：', in: 'opening' },
    { text: '刚才，某某副县长对全县工作提四点要求，我都同意。下面，我讲三点意见：', in: 'opening' },
    { text: '今天召开全县春耕备耕工作会议。讲三个方面。', in: 'opening' },
    { text: '今天召开全场工作总结会议。下面，我就三个方面的工作讲点意见。', in: 'opening' },
    { text: '今天召开全县教育工作会议。下面，我从三个方面谈几点看法。', in: 'opening' },
    { text: '刚才，周敏同志作了具体安排，我都同意。下面，我再强调三点。', in: 'opening' },
    { text: '省里强调四点要求，我们要认真落实。下面，我讲三点意见：', in: 'opening' },
    { text: '刚才，人武部对征兵工作作了部署。下面，我再强调三点意见。', in: 'opening' },
    // Not the speaker's announcement: what was done, or another's words.
    { text: '一年来，我们就两个方面的工作开展了专项督查。下面，我讲三点意见：', in: 'opening' },
    { text: '刚才，某某副县长就两个方面的工作讲了意见，我都同意。下面，我讲三点意见：', in: 'opening' },
    { text: '刚才，某某副县长强调了四点要求，我都同意。下面，我讲三点意见：', in: 'opening' },
    // Points as paragraphs of their own, without parts (医院, 学校, 街道)
    {
      text: '标题\n同志们：\n今天召开全院工作会议。下面，我讲三点意见。\n第一，肯定成绩，正视问题。2025年，全院完成门急诊26.4万人次。\n服务能力明显增强。新开展新技术12项。\n第二，突出重点，扎实抓好2026年各项工作。\n第三，强化保障，确保各项任务落到实处。\n同志们，谢谢！',
      in: 'speech',
    },
    {
      text: '标题\n老师们：\n今天召开开学工作会议。我讲两个问题。\n第一，认清形势，坚定信心。\n第二，聚焦质量，抓好教学。\n老师们，谢谢大家！',
      in: 'speech',
    },
  ],
  check(tops) {
    const opening = tops.find((t) => t.type === 'opening')
    const announced = opening?.announced
    const parts = tops.filter((t) => t.type === 'part').length
    if (!opening || !announced) return []
    const byParagraphs = parts === 0 && announced.points > 0
    const points = byParagraphs ? announced.points : parts
    if (announced.count === points) return []
    return [
      {
        rule: this.id,
        message: byParagraphs
          ? `开头说讲${announced.count}点，后面以“第一，”“第二，”……开头的段落却有${points}段。`
          : `开头说讲${announced.count}点，正文却有${parts}个部分。${typedHeadingsHint(tops)}`,
        from: opening.pos + announced.from,
        to: opening.pos + announced.to,
        excerpt: announced.excerpt,
      },
    ]
  },
}

/**
 * A part's own announcement of its points: "重点抓好四个方面工作", "着力做好以下五项重点任务",
 * "主要做了三个方面的工作", "重点抓好三件事："; the 方面 bare at the end of its sentence ("重点抓好
 * 四个方面。"), and the points named by what they are, right before a colon ("要重点抓好三项改革：",
 * "着力推进四项行动："); and where the effort goes ("要在以下四个方面持续用力", "着力在四个方面下功夫",
 * "重点在四个方面求突破"): group 2; or the hopes the speaker puts to the audience ("我向全县广大干部群众
 * 提三点希望", "再提两点要求"): group 3. That group is the count.
 */
export const PART_ANNOUNCED =
  /(?:抓好|做好|做了|推进|突出|落实|把握|推动|开展|实施)(?:好)?(?:以下|如下)?([一二三四五六七八九十两]{1,3})(?:(?:个方面|方面|项|件)(?:的)?(?:重点)?(?:工作|任务|事情|大事|实事|事(?=[：:，,。；]))|个?方面(?=[：:。])|[项件](?:重点)?[\u4e00-\u9fff]{1,4}?(?=[：:]))|(?<=在)(?:以下|如下)?([一二三四五六七八九十两]{1,3})个方面(?:持续|集中|重点)?(?:用力|发力|下功夫|求突破)|(?<=提)([一二三四五六七八九十两]{1,3})点(?:希望|要求|建议)/

/**
 * How many points a paragraph that opens with one lists in order, written the same way: one for
 * "一是稳就业。" alone, four for "一是……。二是……。三是……。四是……。" written inline in one paragraph
 * (a review's points, each a few sentences). A sub-list that starts again (第一，……。一是……二是……)
 * or is written another way ends the count.
 */
/** How a number is written: 第一， and 一是 are two shapes, 第一， and 第二， one. */
const markShape = (e: Enumeration) => `${e.marker.startsWith('第')}${e.marker.slice(-1)}`

function inSequence(listed: readonly Enumeration[]): number {
  const [first] = listed
  const shape = markShape
  let n = 1
  for (const e of listed.slice(1)) {
    if (shape(e) !== shape(first) || e.number !== first.number + n) break
    n++
  }
  return n
}

/**
 * How many points follow an announcement: those the paragraph lists after it (一是…二是…,
 * （1）…（2）…), else those its container holds after it: the sections of a part, or the items
 * of the part or section (the level below an item that announces), or the paragraphs right after
 * it that open with the next number (第一，…／第二，…／第三，…, each a paragraph of its own, or
 * 一是…二是…三是… inline in the paragraph after the announcement).
 */
function pointsOf(container: PMNode, block: PMNode, index: number, text: string, after: number): number {
  const tail = text.slice(after)
  const listed = enumerations(tail).length || inlineNumbers(tail).length
  if (listed) return listed
  let sections = 0
  let items = 0
  let led = 0
  let leading = true
  // Points written as headings of their own lines (第一、持续优化营商环境), each with its body in the
  // paragraphs below: the body goes on to the next heading of the same shape.
  let headed = false
  let shape = ''
  const level = block.type.name === 'item' ? block.attrs.level + 1 : 3
  container.forEach((c, _o, i) => {
    if (c.type.name === 'section') sections++
    else if (i > index && c.type.name === 'item' && c.attrs.level === level) items++
    else if (i > index && leading && c.type.name === 'paragraph') {
      const text = viewOf(c).text
      const listed = enumerations(text)
      const first = listed[0]
      const opens = first?.index === 0 ? first : undefined
      if (opens && opens.number === led + 1 && (led === 0 || markShape(opens) === shape)) {
        headed = (led === 0 || headed) && listed.length === 1 && !/[。！？；;!?]/.test(text)
        shape = markShape(opens)
        led += inSequence(listed)
      } else if (!(headed && (!opens || markShape(opens) !== shape))) leading = false
    }
  })
  return sections || items || led
}

/**
 * The heading, paragraphs and items of a part, in sections too (their headings as well: "二、今年要重点
 * 抓好四项工作" announces the part's sections), with their container and their position in the part.
 */
function textblocksOf(part: PMNode): { block: PMNode; container: PMNode; index: number; pos: number }[] {
  const out: { block: PMNode; container: PMNode; index: number; pos: number }[] = []
  const announcing = (b: PMNode) => /^(?:paragraph|item|part_heading|section_heading)$/.test(b.type.name)
  part.forEach((c, offset, i) => {
    if (announcing(c)) out.push({ block: c, container: part, index: i, pos: offset + 1 })
    else if (c.type.name === 'section')
      c.forEach((b, o, j) => {
        if (announcing(b)) out.push({ block: b, container: c, index: j, pos: offset + 1 + o + 1 })
      })
  })
  return out
}

export const partAnnouncedCount: TopRule = {
  id: 'announced-count',
  name: '开头所说点数',
  severity: 'error',
  group: '结构',
  scope: 'top',
  purpose: '部分或节里说“重点抓好四个方面工作”，下面就要有四节、四条（或一是……四是……、（1）……（4）……）。',
  fires: [
    {
      text: '标题\n同志们：\n开场。\n一、2025年工作回顾\n完成了任务。\n二、2026年工作任务\n2026年要重点抓好三个方面工作。\n（一）稳就业。确保新增就业3300人。\n（二）保民生。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    { text: '今年着力做好以下四项重点工作：一是稳就业；二是保民生；三是促发展。', in: 'tasks' },
    {
      text: '（一）守牢安全底线\n1.抓好隐患治理。重点做好四项工作：（1）开展隐患排查；（2）强化执法检查；（3）完善应急预案。\n2.提升应急能力。',
      in: 'tasks',
    },
    {
      text: '（一）守牢安全底线。重点做好三件事情。\n1.开展隐患排查。\n2.强化执法检查。',
      in: 'tasks',
    },
    // Points as paragraphs of their own, each opening with its number.
    { text: '明年重点抓好四件事：\n第一，抓提质扩面。\n第二，抓安全监管。\n第三，抓权益保障。', in: 'tasks' },
    { text: '今年要着力做好三项工作。\n一是稳就业，确保新增就业3300人。\n二是保民生。', in: 'tasks' },
    // Points inline in the paragraph after the announcement (消防, 税务, 医院): all of them count.
    {
      text: '主要做了四个方面的工作：\n一是救援能力持续提升。接警出动2846起。二是隐患整治扎实开展。三是宣传培训深入人心。',
      in: 'review',
    },
    { text: '重点抓好三个方面工作：\n一是抓征管。二是抓服务。三是抓队伍。四是抓作风。', in: 'tasks' },
    // The part's heading announces its sections (乡镇, 人社, 交通).
    {
      text: '标题\n同志们：\n开场。\n一、2025年工作回顾\n完成了任务。\n二、今年要重点抓好五项工作\n（一）抓好粮食生产\n新建高标准农田5,000亩。\n（二）抓好村集体经济\n（三）抓好和美乡村建设\n（四）抓好民生实事\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    {
      text: '标题\n同志们：\n开场。\n一、2025年工作回顾\n完成了任务。\n二、2026年重点做好三个方面工作\n（一）稳就业\n确保新增就业3300人。\n（二）保民生\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    {
      text: '（二）突出抓好三件实事\n1.改造农村公路120公里。\n2.新建港湾式停靠站30个。\n3.开通城乡公交线路4条。\n4.建设充电桩200个。',
      in: 'tasks',
    },
    // 方面 bare at the end of its sentence, points named by what they are before a colon (妇联, 深改, 应急)
    {
      text: '全县妇联组织要重点抓好五个方面。\n一是助力乡村振兴。\n二是办好民生实事。\n三是建设家庭文明。\n四是维护妇女权益。',
      in: 'tasks',
    },
    { text: '要重点抓好四项改革：一是深化营商环境改革；二是深化农村改革；三是深化医药卫生体制改革。', in: 'tasks' },
    { text: '今年着力推进两项行动：一是隐患排查行动；二是执法检查行动；三是应急演练行动。', in: 'tasks' },
    // Points as headings of their own lines, each with its body below (市场监管, 教育).
    {
      text: '着力抓好四个方面工作。\n第一、持续优化营商环境\n深化登记注册便利化改革。\n第二、守牢食品安全底线\n落实“两个责任”。\n第三、规范市场秩序\n开展“铁拳”行动。',
      in: 'tasks',
    },
    {
      text: '重点做好三项工作：\n第一，促进教育优质均衡\n新建改扩建学校6所。\n第二，加强教师队伍建设\n招聘教师260名。',
      in: 'tasks',
    },
    // Where the effort goes (外事, 老干部, 乡镇).
    {
      text: '全市外事工作要在以下五个方面持续用力。\n（一）聚焦服务大局。\n（二）聚焦开放发展。\n（三）聚焦便利服务。\n（四）聚焦底线安全。',
      in: 'tasks',
    },
    { text: '具体来说，要在三个方面下功夫：一是抓学习；二是抓服务；三是抓阵地；四是抓队伍。', in: 'tasks' },
    { text: '重点在三个方面求突破。\n一是抓招商。\n二是抓项目。\n三是抓集体经济。\n四是抓作风。', in: 'tasks' },
    // The hopes put to the audience, listed inline after (乡村振兴 表彰, 教育, 共青团).
    {
      text: '借此机会，我向全县广大干部群众提四点希望。\n一是见贤思齐，把榜样力量转化为奋进动力。二是真抓实干。三是再接再厉，保持荣誉。',
      in: 'requirements',
    },
    { text: '对全县教师，我再提两点希望：一是潜心教书育人；二是加强师德修养；三是提升专业能力。', in: 'requirements' },
  ],
  quiet: [
    {
      text: '全市外事工作要在以下四个方面持续用力。\n（一）聚焦服务大局。\n（二）聚焦开放发展。\n（三）聚焦便利服务。\n（四）聚焦底线安全。',
      in: 'tasks',
    },
    { text: '具体来说，要在四个方面下功夫：一是抓学习；二是抓服务；三是抓阵地；四是抓队伍。', in: 'tasks' },
    {
      text: '借此机会，我向全县广大干部群众提三点希望。\n一是见贤思齐，把榜样力量转化为奋进动力。二是真抓实干。三是再接再厉，保持荣誉。',
      in: 'requirements',
    },
    {
      text: '对全县团员青年，我提三点希望：一是坚定理想信念；二是勇于担当作为；三是锤炼过硬本领。',
      in: 'requirements',
    },
    // Another's points, quoted: 提出了.
    { text: '刚才，李副县长提出了四点要求，我完全同意。\n一是压实责任。二是强化督导。', in: 'requirements' },
    // What was achieved in so many respects, not where the effort goes.
    { text: '全县在三个方面走在全市前列。\n一是抓招商。\n二是抓项目。', in: 'review' },
    {
      text: '全县妇联组织要重点抓好四个方面。\n一是助力乡村振兴。\n二是办好民生实事。\n三是建设家庭文明。\n四是维护妇女权益。',
      in: 'tasks',
    },
    { text: '要重点抓好三项改革：一是深化营商环境改革；二是深化农村改革；三是深化医药卫生体制改革。', in: 'tasks' },
    { text: '今年着力推进三项行动：一是隐患排查行动；二是执法检查行动；三是应急演练行动。', in: 'tasks' },
    // Points as headings of their own lines, each with its body below, a list of its own in it (市场监管, 林业).
    {
      text: '着力抓好三个方面工作。\n第一、持续优化营商环境\n深化登记注册便利化改革。\n第二、守牢食品安全底线\n落实“两个责任”。\n第三、规范市场秩序\n开展“铁拳”行动。',
      in: 'tasks',
    },
    {
      text: '重点抓好两件大事：\n第一，推进国土绿化\n完成造林1.2万亩。一是抓好苗木，二是抓好管护。\n一是抓好苗木。\n第二，加强森林防火\n建设防火通道30公里。',
      in: 'tasks',
    },
    // a count of what is carried out, not an announcement: no colon or end after it
    { text: '严格落实三项制度，确保政策落地。一是首问负责；二是限时办结。', in: 'tasks' },
    {
      text: '明年重点抓好三件事：\n第一，抓提质扩面。\n第二，抓安全监管。\n第三，抓权益保障。\n同时，要加强队伍建设。',
      in: 'tasks',
    },
    { text: '今年要着力做好两项工作。\n一是稳就业，确保新增就业3300人。\n二是保民生。', in: 'tasks' },
    // A count of things done, not of the points that follow.
    { text: '去年办成了三件事，群众满意。\n第一，抓提质扩面。', in: 'tasks' },
    {
      text: '（一）守牢安全底线\n1.抓好隐患治理。重点做好三项工作：（1）开展隐患排查；（2）强化执法检查；（3）完善应急预案。\n2.提升应急能力。',
      in: 'tasks',
    },
    {
      text: '（一）守牢安全底线。重点做好两件事情。\n1.开展隐患排查。\n2.强化执法检查。',
      in: 'tasks',
    },
    {
      text: '标题\n同志们：\n开场。\n一、2025年工作回顾\n完成了任务。\n二、2026年工作任务\n2026年要重点抓好两个方面工作。\n（一）稳就业。确保新增就业3300人。\n（二）保民生。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    { text: '今年着力做好以下三项重点工作：一是稳就业；二是保民生；三是促发展。', in: 'tasks' },
    { text: '各乡镇要抓好三个方面的衔接，确保政策落地。', in: 'tasks' },
    // Points inline in the paragraph after the announcement (消防, 税务, 医院).
    {
      text: '主要做了四个方面的工作：\n一是救援能力持续提升。接警出动2846起。二是隐患整治扎实开展。三是基层基础不断夯实。四是宣传培训深入人心。',
      in: 'review',
    },
    { text: '重点抓好三个方面工作：\n一是抓征管。二是抓服务。\n三是抓队伍。', in: 'tasks' },
    // A point's own sub-list starts again: it is not more points.
    {
      text: '全年做了两件大事：\n第一，新建门诊楼。一是完成主体施工，二是完成设备采购。\n第二，引进专家5名。',
      in: 'review',
    },
    // The part's heading and its sections agree (乡镇, 人社, 交通).
    {
      text: '标题\n同志们：\n开场。\n一、2025年工作回顾\n完成了任务。\n二、今年要重点抓好四项工作\n（一）抓好粮食生产\n新建高标准农田5,000亩。\n（二）抓好村集体经济\n（三）抓好和美乡村建设\n（四）抓好民生实事\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    {
      text: '标题\n同志们：\n开场。\n一、2025年工作回顾\n完成了任务。\n二、2026年重点做好两个方面工作\n（一）稳就业\n确保新增就业3300人。\n（二）保民生\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    {
      text: '（二）突出抓好四件实事\n1.改造农村公路120公里。\n2.新建港湾式停靠站30个。\n3.开通城乡公交线路4条。\n4.建设充电桩200个。',
      in: 'tasks',
    },
  ],
  check(part) {
    const out: DocumentFinding[] = []
    if (part.type.name !== 'part') return out
    for (const { block, container, index, pos } of textblocksOf(part)) {
      const view = viewOf(block)
      const m = PART_ANNOUNCED.exec(view.text)
      if (!m) continue
      const said = m[1] ?? m[2] ?? m[3]
      const count = said === '两' ? 2 : parseChineseNumeral(said)
      const points = pointsOf(container, block, index, view.text, m.index + m[0].length)
      if (count === null || points === 0 || points === count) continue
      out.push({
        rule: this.id,
        message: `这里说${m[0]}，下面却有${points}个方面。`,
        from: pos + 1 + m.index,
        to: pos + 1 + m.index + m[0].length,
        excerpt: excerptOf(view, m.index, m.index + m[0].length, 0),
      })
      break
    }
    return out
  },
}
