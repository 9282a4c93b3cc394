/**
 * What kind a part is: a review of the past year, the next year's tasks, requirements (how
 * to carry them out), or something else (形势, 认识). Judged from the heading, the year it
 * names, and the body together, because departments title their parts in many ways: a themed
 * heading ("聚焦重点，推动……提质增效") over a plan for the year is tasks; a heading like a task
 * ("压实责任，推动各项工作落地落实") over 一是…二是… with no figures is requirements.
 *
 * The rules are tried in order; the first that applies decides. Each has examples that must
 * and must not match (test/node/recognisers.test.ts).
 */
import { enumerations } from '../lang/numbering'
import { ASKS } from '../lang/words'
import type { PartKind } from '../schema'
import { candidates } from './candidates'
import { notFigure } from './not-figures'
import { FIRST_HALF_REVIEWED, SECOND_HALF_PLANNED } from './mid-year'
import { YEAR_SO_FAR_HEADING } from './past-years'

/** What the rules read of a part. */
export interface PartView {
  heading: string
  /** The year the heading names, if any. */
  year: number | null
  /** The texts of its paragraphs and sections, section headings included. */
  body: string[]
  sections: number
  /** Its numbered items (1. 2. 3.) outside any section: points like sections, where it has none. */
  items: number
  /** Whether it is the speech's last part (requirements close a speech; 形势 and 认识 do not). */
  last: boolean
}

/**
 * The speech's years: the one it reviews, the one it plans, and (when its date line tells) the one
 * it is given in, which its 今年 is.
 */
export interface KindYears {
  review: number | null
  plan: number | null
  now?: number | null
}

export interface KindRule {
  id: string
  kind: PartKind
  purpose: string
  applies(part: PartView, years: KindYears): boolean
  /** Parts (heading, and body after a newline) this rule decides. */
  matches: string[]
  rejects: string[]
}

/**
 * The year's tasks as what the requirements secure: 确保各项任务落地见效, 以更实作风推动任务落地,
 * 确保全年目标任务圆满完成. The 任务 there is the object of 确保 (or 推动) with its outcome, the
 * tasks as a whole, not a list of them: a heading that ends so ("压实责任，确保各项任务落地见效",
 * "强化保障，……") opens the requirements, however its first words sound.
 */
const SECURES_TASKS =
  /(?:确保|推动|保证|促进)[^，。；]{0,6}?任务(?:落地见效|落地落实|落实落细|落细落实|落到实处|落实到位|见到实效|取得实效|(?:圆满|全面|如期|顺利)完成|落地)/

/**
 * The year's measures, policies or decisions as what the requirements secure: 确保政策落地见效,
 * 确保各项措施落地见效, 确保各项举措落到实处, 确保决策部署见到实效. Only 确保: 推动专项行动落地见效 names
 * a campaign to carry out (a field of the tasks), and 确保重点项目落地见效 a field too.
 */
const SECURES_MEASURES =
  /确保[^，。；]{0,6}?(?:政策|措施|举措|部署|工作)(?:落地见效|落地落实|落实落细|落到实处|落实到位|见到实效|取得实效|落地生根)/

/**
 * A campaign speech's campaign as a whole, secured to bear fruit by responsibility or support
 * placed first: 压实责任，确保攻坚取得实效; 强化保障，确保专项整治取得实实在在的成效. The lead says it
 * is the requirements: 突出重点，确保专项行动取得实效 opens the campaign's tasks.
 */
const SECURES_CAMPAIGN =
  /^(?:压实|压紧|强化|夯实|扛牢|落实)[^，。；]{0,4}?(?:责任|保障)[，,\s]*确保[^，。；]{0,6}?(?:攻坚|整治|专项行动|行动|活动)取得(?:[^，。；]{0,6}?的)?(?:实效|成效)/

/**
 * The lead over the year's work, as a heading asks for it: 加强领导 (run in with its body: "三、加强
 * 领导。要把……摆在更加突出的位置"), 切实加强对工会工作的领导, 加强党对经济工作的全面领导. Not the
 * leaders as a field of work: 加强领导班子建设, 领导干部教育培训.
 */
const LEAD_THE_WORK = /加强(?:党)?(?:对[^，。；]{1,14}?的)?(?:全面)?领导(?!班子|干部|力)/

/**
 * A heading that asks to see the work from higher up, the party's standpoint: 提高站位, 提高政治站位,
 * 提升政治站位 (巡察, 林业, 统战). Like 统一思想 it opens a part of 认识, whatever figures its body
 * recalls; 提高 alone opens a capacity to build (提高教育教学质量).
 */
const RAISE_STANDPOINT = /(?:提高|提升)(?:政治)?站位/

/**
 * A heading that asks to see something soberly: 清醒看到改革工作中存在的问题, 清醒地看到面临的困难.
 * Like 清醒认识 it opens a part of 认识, even over the year's shortfalls with their figures; one that
 * also says the results (充分肯定成绩，清醒看到不足) is a review's.
 */
const SEE_SOBERLY = /清醒(?:地)?看到/

/**
 * A heading that names the year it reviews as 去年 (上年): 去年“五一”假期……, 去年防汛工作……,
 * 客观看待去年道路交通安全形势 — not 去年以来 (a span up to now) nor 去年同期.
 */
export const LAST_YEAR_IN_HEADING = /^(?:[^，。]{0,6})?(?:去年|上年|上一年)(?!以来|同期)/

export const HEADING_WORDS: Record<Exclude<PartKind, 'other'>, RegExp> & { other: RegExp } = {
  requirements: new RegExp(
    `要求|保障措施|组织保障|组织领导|${LEAD_THE_WORK.source}|抓好落实|狠抓落实|抓落实|作风|纪律|担当作为|确保.*落实|落到实处|${SECURES_TASKS.source}|${SECURES_MEASURES.source}|${SECURES_CAMPAIGN.source}`,
  ),
  review: /回顾|总结|成绩|成效|过去的一年|过去一年|一年来|以来|肯定|取得的|工作情况|进展/,
  // 抓好/做好/干好 a year's work (突出重点抓好2026年工作, 扎实做好2026年各项工作): the year it plans;
  // not why doing it matters (深刻认识做好2026年“三农”工作的重要意义, an 认识 part).
  tasks:
    /任务|部署|目标|重点工作|工作重点|工作安排|工作思路|主要工作|谋划|打算|安排|思路|(?:抓好|做好|干好)[^，。；、]{0,4}?(?:19|20)\d{2}年[^，。；]{0,10}?工作(?!的?(?:重要)?(?:意义|重要性|紧迫性))/,
  // 使命任务, 职责使命: what the department is for (深刻把握新时代人民防空的使命任务), not 牢记使命
  // as a motto over a plan.
  other: new RegExp(`形势|认识|意义|统一思想|${RAISE_STANDPOINT.source}|${SEE_SOBERLY.source}|使命任务|职责使命`),
}

/**
 * A heading that asks to see the situation clearly and draw a resolve from it (认清形势，切实增强
 * ……的责任感; 认清形势，坚定完成全年任务的信心), or to grasp or weigh the situation the work faces
 * (准确把握当前商务工作面临的形势, 科学研判安全生产形势: tryout 13's 形势 part, whose body quoted the
 * province's growth, was read as the review and drew four false warnings): like 认识, whatever
 * figures its body recalls. A heading that states the situation (园区安全形势保持总体平稳) is not this.
 */
const SEE_AND_RESOLVE =
  /认清(?:形势|大势)|看清形势|(?:把握|研判)[^，。；]{0,20}?(?:形势|大势)|增强[^，。；]{0,16}?(?:紧迫感|责任感|使命感|危机感)|坚定[^，。；]{0,16}?信心/

/**
 * A heading that asks to understand why the work matters (提高站位，深刻认识……的重要性和紧迫性,
 * 统一思想, 充分认识……的重要意义, 认清形势，增强……的紧迫感): the part is 认识 even where its body
 * recalls last year's figures to make the point. 形势 alone is not this: a heading on the
 * situation may state last year's (园区安全形势保持总体平稳).
 */
const UNDERSTANDING = new RegExp(
  `认识|意义|统一思想|${RAISE_STANDPOINT.source}|${SEE_SOBERLY.source}|${SEE_AND_RESOLVE.source}`,
)

/**
 * A heading about the department's own ranks rather than its work: 加强自身建设, 锻造……铁军,
 * 全面加强系统党的建设. Over a body without figures it is the requirements of how to carry the
 * year's work; over figures (教师队伍建设 with 招聘教师120名) it is a field of work.
 */
export const OWN_RANKS =
  /自身建设|班子建设|系统党的建设|机关党的建设|干部队伍建设|队伍建设|铁军|过硬[^，。；！？]{0,8}?队伍|模范机关/

const BODY_WORDS: [PartKind, RegExp][] = [
  [
    'review',
    // 达到 in a goal (总的目标是：覆盖率达到100%; 确保……达到95%) is a level set, not one reached.
    /完成了|实现了|取得了|累计|同比|全年(?:实现|完成|共)|圆满|开展了|成功|比上年|一年来|过去的一年|(?<![要将须应争])(?<!(?:目标是|目标为|确保|力争)[^。；！？]*)达到\d/g,
  ],
  [
    'tasks',
    // 必须达到100%, 要达到95%, 应达到98%: a level the speech sets, not one reached.
    /确保|力争|争取|要进一步|持续推进|着力|扎实推进|全面推进|积极推进|深化|健全|完善|推动|开局之年|目标是|以上[，。；]|左右|(?:必须|务必|应当?|要)达到\d/g,
  ],
]

/** Figures in texts (numbers with a unit that are figures). */
function figureCount(texts: string[]): number {
  return texts.reduce((n, t) => n + candidates(t).filter((c) => c.unit && !c.masked && !notFigure(c)).length, 0)
}

function hasFigures(texts: string[]): boolean {
  return figureCount(texts) > 0
}

/** Figures in texts other than funds the finance sets aside for the work (FUNDS_SET_ASIDE). */
function hasFiguresBeyondFunds(texts: string[]): boolean {
  return texts.some((t) =>
    candidates(t).some((c) => c.unit && !c.masked && !notFigure(c) && !FUNDS_SET_ASIDE.test(t.slice(0, c.from))),
  )
}

/**
 * A heading on how the year's work will be carried: under the party's lead, with a guarantee
 * given to it ("加强党的领导，为……提供坚强保证", "坚持党的全面领导"). Over a body without figures
 * it is the requirements; a department whose work is a service says it of its work too
 * ("为防汛救灾提供坚强气象保障" over 发布预警信息120期).
 */
export const GUARANTEE =
  /(?:加强|坚持)党的(?:全面)?领导|提供(?:坚强|有力|坚实|强有力的?)?(?:的)?(?:政治|组织|纪律|作风)?(?:保证|保障)/

/**
 * A heading that places the responsibility for the year's work: 压实责任, 层层压紧压实工作责任,
 * 强化责任担当, 扛牢主体责任. Over a body without figures it says who answers for carrying the work
 * (各单位主要负责同志要……), so it is the requirements; over figures (压实责任，守牢安全底线 with the
 * year's accidents counted) it is a field of work.
 */
export const RESPONSIBILITY = /(?:压实|压紧|落实|强化|夯实|明确|扛起|扛牢|担起|层层)[^，。；！？]{0,4}?责任/

/**
 * The outline of the plan: the year's 总体要求 (its guiding line) said with its main targets
 * ("2026年总体要求和主要目标"). It opens the tasks; a part is the requirements only for what
 * else its heading asks (工作要求, 作风, 保障, 纪律), not for 总体要求.
 */
const PLAN_OUTLINE = /总体要求|总要求/g

/**
 * A body that reviews the year with figures (its words and the review year say review): a
 * themed heading over it ("园区安全形势保持总体平稳") is the review, whatever word the theme uses.
 */
function reviewsWithFigures(part: PartView, years: { review: number | null; plan: number | null }): boolean {
  return hasFigures(part.body) && bodyKind(part, years) === 'review'
}

/**
 * A heading that asks to understand (UNDERSTANDING) and says no result of the year (充分肯定成绩，
 * 清醒认识不足 is a review's).
 */
const asksUnderstanding = (heading: string) => UNDERSTANDING.test(heading) && !HEADING_WORDS.review.test(heading)

/**
 * A heading of 形势, 认识 or 意义 that names the plan year speaks of the year ahead ("准确把握2026年
 * 经济发展面临的形势"), not of its work, unless it names tasks too ("认清形势，明确2026年目标任务")
 * or its body plans the year with figures.
 */
function facesPlanYear(part: PartView, years: { review: number | null; plan: number | null }): boolean {
  return (
    part.year !== null &&
    part.year === years.plan &&
    part.year !== years.review &&
    !HEADING_WORDS.tasks.test(part.heading) &&
    !(hasFigures(part.body) && bodyKind(part, years) === 'tasks')
  )
}

/** The points of a body made of 一是…二是… or 一要…二要… (from one) without sections; 0 if it is not. */
function points(part: PartView): number {
  if (part.sections > 0) return 0
  const numbers = part.body.flatMap((t) => enumerations(t).map((e) => e.number))
  return numbers.length >= 2 && numbers[0] === 1 && numbers[1] === 2 ? numbers.length : 0
}

/** A body made of 一是…二是… or 一要…二要… (from one), without sections or figures. */
function enumerated(part: PartView): boolean {
  return points(part) > 0 && !hasFigures(part.body)
}

/**
 * A body of points most of which carry no figure (一是狠抓落实……二是依法行政，每年至少学法4次……
 * 三是勤俭节约……四是清正廉洁): how to carry the work, not a list of targets, where each point
 * has its figure (一是新建学校3所。二是改造校舍5万平方米。).
 */
function pointsMostlyWithoutFigures(part: PartView): boolean {
  const n = points(part)
  return n > 0 && 2 * pointsWithFigures(part) <= n
}

/** How many of a body's points (一是…, 一要…) carry a figure. */
function pointsWithFigures(part: PartView): number {
  let n = 0
  for (const text of part.body) {
    const starts = enumerations(text).map((e) => e.index)
    starts.forEach((from, i) => {
      if (figureCount([text.slice(from, starts[i + 1] ?? text.length)]) > 0) n++
    })
  }
  return n
}

/**
 * A heading that is an imperative naming a field of work: 抓内容, 抓好项目建设, 做好民生保障,
 * 扎实推进乡村振兴. It says what is to be done, so it opens tasks, even where its body first
 * restates last year's figures to set this year's against them. A review's headings state
 * results (城市管理质效稳步提升); the work as a whole (抓好落实, 推动各项工作落地见效) is the
 * requirements.
 */
const IMPERATIVE_HEADING = /^(?:全力|扎实|着力|全面|持续)?(?:抓(?:好|实|牢|紧|细)?|做(?:好|实|优|强)|办好|推进)/
const WORK_AS_A_WHOLE = /落实|落地|见效|各项工作|各项任务/

/**
 * A heading that asks to build a capacity or raise a level: 着力提升医保经办服务能力, 全面提升公共
 * 就业服务水平, 持续加强纳税服务体系建设. Over a body that sets the year's plans with figures
 * (新建……24个, 力争……达到85%) it is a field of work of the tasks; without figures, or in points
 * most of which carry none, it says how to carry the work (切实加强党的建设), and over a body that
 * reviews the year it is a review's theme. A review's heading states the result instead
 * (经办服务能力明显提升), so the verb opens the heading.
 */
const CAPACITY_HEADING =
  /^(?:着力|全面|持续|切实|不断|进一步|大力|全力|扎实|努力)?(?:提升|提高|增强|加强|强化|深化|优化|加快)/

/**
 * A heading that says what must be done, opened by 要 ("一、要咬定高考目标不放松", "二、要在课堂
 * 教学上下真功夫", "三、要把教师队伍带好"): a speech's "我讲几个‘要’". A review never asks, so
 * over figures or a target it is the tasks; without either it may be the requirements (要真抓实干),
 * which the order of the parts decides. 要求 is a noun, not this. So is a field of the work said
 * to be a must ("试卷安全必须万无一失", "粮食生产务必稳住面积", "项目建设必须提速"): a deployment's
 * "……必须……" headings, a field each; 作风必须过硬 and 责任必须压实 are the requirements' (an earlier
 * rule), and a review states results, never a must. Not who must (我们必须清醒看到, 各级必须……).
 */
const MODAL_HEADING = /^要(?!求)|^(?!我们|咱们|大家|各级|各单位|各部门)[\u4e00-\u9fff“”]{2,10}?(?:必须|务必)/

/**
 * Words that set a target (确保, 力争, 今年要): not 深化 or 推动, which a review uses of what was
 * done (深化“两新”组织党建), nor 确保了.
 */
const SETS_TARGET = /确保(?!了)|力争|争取|目标是|计划|(?:今年|明年)要/

/** Those commended at this meeting, as a body's first sentence tells them: 这次受表彰的, 今天受到表彰的, 这次大会表彰了. */
const HONOURED_TODAY =
  /(?:这次|今天|本次|此次)(?:大会)?(?:受到?表彰|获得表彰|获表彰)的|(?:这次|本次|此次)(?:大会|会议)?表彰了/

/**
 * A heading that opens with the stretch of time still ahead it works for, as its subject: 年底工作,
 * 明年工作, 下一步工作, 四季度重点工作, 今冬明春工作. What is to be done then is tasks, however plainly
 * its points are written (一是抓好设施收尾。二是抓好节日保障。). 今年 is not such a time (a December
 * speech's 今年工作 is its review); a heading that says the work is to be secured (明年工作要求,
 * 年底工作有保障, 下一步工作抓落实) is the requirements.
 */
const PERIOD_AHEAD =
  /^(?:明年|来年|年底|年末|岁末|今冬明春|(?:第)?四季度|下一步|下(?:一)?阶段|近期|今后一个时期|今后一段时期)(?:的)?(?:主要|重点)?(?:工作|任务|打算)/
/**
 * A heading that asks to hold a line in a field of work: 守牢安全生产底线, 兜牢民生保障底线, 守住耕地保护
 * 红线, 守住不发生系统性金融风险的底线. Over a body with figures, last year's and this year's to reach,
 * it is a field of the tasks (safety, 民生, 耕地) even as the last part; without figures (压紧压实责任，
 * 守牢安全底线 over 一要落实属地管理责任……) or with figures that are standards to keep (守牢廉洁底线,
 * 每季度廉政谈话不少于1次) it says how to carry the work, and over a body that reviews the year it is a
 * review's theme.
 */
const GUARD_LINE = /(?:守牢|守住|守好|筑牢|兜牢|兜住|坚守|扎牢)[^，。；！？]{0,14}?(?:底线|红线|防线)/

/** The work said to be secured, as a heading's predicate: 有保障, 保障有力, 强保障, 强化保障. */
const WORK_SECURED = /有保障|保障有力|强保障|强化保障/

/**
 * A result sought, as a heading's aim: 奋力夺取2026年经济发展新成效, 推动2026年医保工作取得新成效,
 * 力争2026年人社工作再创新成绩. 成效, 成绩 and 进展 are a review's words only for a result had: a
 * heading that names the plan year and seeks them opens that year's tasks (plan-year-heading);
 * one that names the year reviewed (2025年全市商务工作取得新成效) is its review.
 */
const SOUGHT_RESULT =
  /(?:夺取|取得|实现|赢得|创造|创|见到|交出)[^，。；]{0,14}?(?:新的?|更大的?|更好的?|更加明显的?|明显的?|实实在在的?)(?:成效|成绩|进展)/

/** A heading that names the plan year (not the year reviewed) and seeks a result in it (SOUGHT_RESULT). */
function seeksResultInPlanYear(part: PartView, years: { review: number | null; plan: number | null }): boolean {
  return (
    part.year !== null &&
    part.year === years.plan &&
    part.year !== years.review &&
    SOUGHT_RESULT.test(part.heading) &&
    !HEADING_WORDS.review.test(part.heading.replace(SOUGHT_RESULT, ''))
  )
}

/** Whether a body sets a target: its words, or the plan year named. */
function setsTarget(part: PartView, years: { review: number | null; plan: number | null }): boolean {
  const text = part.body.join('')
  return SETS_TARGET.test(text) || (years.plan !== null && text.includes(`${years.plan}年`))
}

/**
 * A dated step of a timetable: a deadline or a start (5月31日前, 6月1日（星期一）起, 7月底前, 9月上旬前)
 * or the span of a stage (4月16日至6月30日). A timetable (倒排工期, 时间节点) is three or more of them.
 */
const DATED_STEP =
  /\d{1,2}月(?:\d{1,2}日|底|初|上旬|中旬|下旬)?(?:（星期[一二三四五六日天]）)?(?:前|之前|以前|起)|\d{1,2}月\d{1,2}日\s*(?:[—–\-~～]|至)\s*\d{1,2}月\d{1,2}日/g

/** How many dated steps a body sets (DATED_STEP). */
function datedSteps(part: PartView): number {
  return part.body.reduce((n, t) => n + (t.match(DATED_STEP) ?? []).length, 0)
}

export const KIND_RULES: readonly KindRule[] = [
  {
    id: 'honourees-body',
    kind: 'other',
    purpose:
      '表彰大会上讲受表彰者的一部分：正文第一句就说这次（今天）受表彰的集体和个人（“这次受表彰的先进集体和先进个人，来自……”“这次大会表彰了文明村镇40个……”），讲他们的事迹、号召学习，是其他部分，不是任务；事迹里的数字是他们的，不是部署的目标。最后一部分（号召、希望）和正文定了目标的不归这条；回顾部分只在句末提到“今天受表彰的”不算。',
    applies: (p, y) => {
      const first = p.body.join('').split(/[。！？]/)[0] ?? ''
      return !p.last && HONOURED_TODAY.test(first) && !setsTarget(p, y)
    },
    matches: [
      '先进典型是我们学习的榜样\n这次受表彰的先进集体和先进个人，来自乡村振兴的各条战线，是全县干部群众中的优秀代表。青山镇党委书记刘红梅同志带领全镇发展特色茶产业，茶园面积由2020年的1.2万亩扩大到2.1万亩。',
      '珍惜荣誉，发挥先进示范作用\n这次大会表彰了文明村镇40个、文明单位56个、文明家庭100户。这些先进集体和个人，是全县精神文明建设的排头兵。',
      '向先进学习\n今天受到表彰的30名优秀教师，都是扎根乡村、默默奉献的好老师。实验小学王芳老师从教28年，所带班级合格率连续10年保持100%。',
      '弘扬崇高精神\n今天受表彰的12个先进集体和50名先进个人，是全县卫生健康战线的优秀代表。县人民医院急诊科全年抢救危重病人1,260人次。',
    ],
    rejects: [
      '过去一年的成绩令人鼓舞\n2025年是“十四五”规划收官之年。全县粮食总产量达到32.6万吨。这些成绩也凝聚着今天受表彰的先进集体和先进个人的心血和汗水。',
      '2026年重点任务\n今年要表彰一批先进集体和先进个人。力争新建示范村12个。',
      '学习先进，推动工作再上新台阶\n这次受表彰的同志要珍惜荣誉。2026年，力争新创建省级文明单位3家。',
      '2025年工作回顾\n全年表彰先进集体25个、先进个人60名，新建示范村12个。',
    ],
  },
  {
    id: 'other-heading',
    kind: 'other',
    purpose:
      '标题说形势、认识、意义、使命，不写年份或写的是部署之年（“准确把握2026年经济发展面临的形势”），且不是最后一部分：其他部分（形势、认识）；标题说的是去年（上年）的形势（“客观看待去年道路交通安全形势”），和写出回顾之年一样，不归这条，要人认识的除外；标题只说形势、正文用数字回顾这一年的（“园区安全形势保持总体平稳”下是全年事故起数）是回顾部分，标题要人认识重要性的（提高站位，深刻认识……的重要性）正文引了去年的数字仍是认识；标题也说任务或正文用数字部署这一年的是任务部分。',
    applies: (p, y) =>
      HEADING_WORDS.other.test(p.heading) &&
      (p.year === null || facesPlanYear(p, y)) &&
      !p.last &&
      // The situation of last year (客观看待去年道路交通安全形势) is the year reviewed, as a heading
      // that names that year is; one that asks to understand it stays 认识.
      (asksUnderstanding(p.heading) || !LAST_YEAR_IN_HEADING.test(p.heading)) &&
      (asksUnderstanding(p.heading) || !reviewsWithFigures(p, y)),
    matches: [
      '清醒认识当前安全生产面临的严峻形势',
      '统一思想，充分认识做好“三农”工作的重要意义',
      '准确把握统计工作面临的新形势新要求',
      '深刻把握新时代人民防空的使命任务\n人民防空是国防的重要组成部分。全区人防系统要增强忧患意识。',
      // the situation the plan year faces, named by that year
      '准确把握2026年经济发展面临的形势\n2026年是“十五五”规划的开局之年。外部环境不确定性增多，稳增长的任务依然艰巨。',
      '清醒认识2026年安全生产面临的严峻形势',
      '深刻认识做好2026年“三农”工作的重要意义',
      // an 认识 part that recalls last year's figures to make its point (网信, 动物防疫, 安全生产)
      '提高站位，深刻认识开展“清朗”专项行动的重要性和紧迫性\n网络生态好不好，直接关系群众切身利益。2025年，全区共巡查处置各类有害信息3.62万条，同比增长15.3%；依法关停违法违规账号约1,800个。',
      '统一思想，充分认识做好春季集中免疫工作的重要意义\n2025年，全县累计免疫生猪18.6万头次，同比增长4.2%，全年未发生区域性重大动物疫情。但也要看到，周边疫情形势依然严峻。',

      // 提高（提升）政治站位 over a body that asks to understand and recalls last year (审计, 林业)
      '提高政治站位\n要充分认识审计监督在党和国家监督体系中的重要地位。2025年，全市审计机关共完成审计项目126个，促进增收节支2.3亿元，确保了审计全覆盖。',
      '提升政治站位，切实增强森林防火的责任感\n要深刻认识到，森林防火事关生态安全。2025年，全县发生森林火灾2起，同比下降50%，力争今年不发生重大火灾。',
      // 认清形势 with a resolve drawn from it, over the figures that show the situation (驻村帮扶,
      // 税收冲刺, 暑期安全, 卫生健康)
      '认清形势，切实增强驻村帮扶的责任感\n上一轮驻村两年来，全县86支工作队扎根一线，帮助争取各类项目资金1.28亿元，实施产业帮扶项目312个，为巩固拓展脱贫攻坚成果立下了汗马功劳。\n2025年，全县脱贫人口人均纯收入达到14,862元，同比增长9.2%，增速高于全县农村居民1.6个百分点。',
      '认清形势，坚定完成全年任务的信心\n2025年，全县税务系统依法组织收入，收入保持平稳增长。全年累计组织税费收入28.64亿元，同比增长4.2%，完成了年度预期目标的90.9%。',
      '认清形势，切实增强做好暑期安全工作的紧迫感\n去年暑期，全区发生学生溺水事故2起。今年以来，全区排查出危险水域127处，已设置警示标志98处。',
      '准确把握形势，切实增强做好卫生健康工作的责任感和紧迫感\n2025年，全县居民人均预期寿命达到79.2岁，孕产妇死亡率为0。',
      // the situation the work faces, to grasp or weigh, over figures of the wider place (商务, 农业, 应急)
      '准确把握当前商务工作面临的形势\n从国际看，全球贸易增速放缓。从全省看，2025年全省社会消费品零售总额同比增长5.2%，外贸进出口同比增长5.1%，我市主要指标增速均高于全省平均水平。',
      '全面把握农业农村工作面临的新形势\n2025年，全省粮食总产量达到702亿斤，同比增长1.2%；全县粮食总产量达到38.6万吨。',
      '科学研判当前安全生产形势\n2025年，全市共发生各类生产安全事故86起，同比下降12.2%。',
      // shortfalls to see soberly, restating the year's figures (深改委, 统计, 交通)
      '清醒看到改革工作中存在的问题\n一方面，86项任务中还有4项没有按期完成。另一方面，14个试点中有3个进展相对滞后。',
      '清醒看到存在的问题和差距\n一是发展不平衡。二是基础设施欠账多。',
      '清醒地看到统计工作面临的困难\n全年统计执法检查发现问题企业36家，同比增加8家。',
    ],
    rejects: [
      '聚焦重点，推动财政管理提质增效',
      '2025年工作回顾和当前形势',
      // the plan year with its tasks named, or a plan of figures under a 形势 heading
      '认清形势，明确2026年目标任务',
      '准确把握形势，全力做好2026年招商引资工作\n（一）抓项目。2026年，确保引进项目36个，力争到位资金120亿元。（二）优环境。着力推进审批提速。',
      '不忘初心、牢记使命，奋力谱写高质量发展新篇章',
      // last year's situation, named as 去年 or 上年 (公安 交通, 统计, 应急)
      '客观看待去年道路交通安全形势\n去年，全县共发生一般程序道路交通事故86起、死亡31人，比前年分别下降12.2%、13.9%。',
      '正确看待上年经济运行形势\n上年全县地区生产总值增长5.2%，规模以上工业增加值增长6.8%。',
      '全面分析去年安全生产形势\n去年全县发生生产安全事故12起，同比下降20%。',
      '园区安全形势保持总体平稳\n2025年，安全生产形势持续稳定。全年发生一般生产安全事故2起，同比下降33.3%。（一）隐患整治扎实有效。全年检查企业2,460家次，整改率达到98.6%。',
      // a review's heading that also asks to see the shortfalls
      '充分肯定成绩，清醒认识不足\n2025年，全县完成了各项目标任务，全年新增就业3,250人，同比增长5.2%，累计培训1.2万人次。',
      '充分肯定成绩，清醒看到不足\n2025年，全县公路客运量完成了386万人次，同比增长4.6%，全年实现安全运营。',

      // 提高 a level, not a standpoint: a capacity of the tasks
      '全面提升基层站所服务水平\n2026年，确保新建乡镇农技推广站8个，力争服务覆盖率达到95%。',
      // a resolve without the situation to see: not 认识 (商务, 招商)
      '坚定信心，奋力开创商务高质量发展新局面\n2026年，力争全市社会消费品零售总额增长6%。',
      '正视差距，增强紧迫感\n上半年，全区签约项目47个，完成年度目标的42.7%。',
    ],
  },
  {
    id: 'plan-outline-heading',
    kind: 'tasks',
    purpose:
      '标题说的是这一年工作的总体要求（和主要目标）：任务部分的开头；标题另说工作要求、作风、保障的才是要求部分。',
    applies: (p) => {
      const rest = p.heading.replace(PLAN_OUTLINE, '')
      return rest !== p.heading && !HEADING_WORDS.requirements.test(rest)
    },
    matches: ['2027年全县农业农村工作的总体要求和主要目标', '明年工作的总体要求和预期目标', '总体要求和重点任务'],
    rejects: ['做好2026年人社工作有关要求', '明确总体要求，强化保障措施', '几点工作要求'],
  },
  {
    id: 'secured-tasks-planned',
    kind: 'tasks',
    purpose:
      '标题只以“确保……任务如期完成（圆满完成、落地见效）”收尾，没有别的要求、作风、保障字样，正文用数字定下目标（确保再完成4个、达到92%以上、年内完成126亩），不是大多不带数字的几点、数字也不是大多为要守的标准，正文不是回顾，且不是最后一部分：任务部分（这一年要完成的任务本身）；正文没有数字的、或是最后一部分的，仍是要求部分。',
    applies: (p, y) =>
      SECURES_TASKS.test(p.heading) &&
      !HEADING_WORDS.requirements.test(p.heading.replace(SECURES_TASKS, '')) &&
      !WORK_SECURED.test(p.heading) &&
      !p.last &&
      hasFigures(p.body) &&
      setsTarget(p, y) &&
      !pointsMostlyWithoutFigures(p) &&
      !mostlyStandards(p) &&
      bodyKind(p, y) !== 'review',
    matches: [
      // 督察整改, 征兵, 项目建设, 国土: the year's targets with figures under a heading that secures them
      '聚焦短板，确保整改任务如期完成\n距离年底只有两个多月时间，确保年底前再完成4个问题的整改，整改完成率达到92%以上。\n（一）集中攻坚重点难点问题。年内完成治理面积126亩。',
      '压茬推进，确保征兵任务圆满完成\n（一）抓好兵役登记。确保8月10日前完成兵役登记，登记率达到100%。\n（二）提高征集质量。力争大学生新兵占比达到75%以上。',
      '挂图作战，确保年度投资任务全面完成\n（一）抓开工。力争新开工项目32个。\n（二）抓投资。确保全年完成投资126亿元。',
      '攻坚克难，确保耕地保护任务落地见效\n今年，确保完成耕地恢复1,200亩，新建高标准农田3.5万亩。',
    ],
    rejects: [
      // no figures: how to carry the work (政法委, 发改)
      '压实责任，确保各项任务落地见效\n（一）压实领导责任。各级党委主要负责同志是平安建设第一责任人。\n（二）强化考核问责。完善平安建设考评办法。',
      '凝心聚力，确保全年目标任务圆满完成\n（一）加强统筹调度。（二）强化督查考核。',
      // the heading asks for more than the tasks secured (保障, 作风)
      '强化保障，确保各项任务落到实处\n（一）加强资金保障。确保安排专项资金500万元。',
      // standards to keep, not targets (纪检)
      '严明纪律，确保各项任务落地落实\n班子成员每季度开展谈心谈话不少于1次，全年开展警示教育不少于4次。',
      // a review: what was done (应急)
      '攻坚克难，确保全年任务圆满完成\n2025年，全县累计排查隐患3,260处，整改率达到了100%，圆满完成了年度目标，同比下降20%。',
    ],
  },
  {
    id: 'requirements-heading',
    kind: 'requirements',
    purpose: '标题说要求、保障、作风、落实：要求部分。',
    applies: (p) => HEADING_WORDS.requirements.test(p.heading),
    matches: [
      '做好2022年人社工作有关要求',
      '强化保障，确保各项任务落到实处',
      '加强组织领导，确保各项任务落地见效',
      // the organisation that secures the work, over 一要…二要… with a figure or two (农机, 教育, 文旅)
      '切实加强组织保障\n一要加强组织领导。各乡镇要层层压实责任。二要强化资金保障。今年县财政安排专项资金300万元。三要加强宣传引导，全年刊发宣传稿件60篇以上。',
      '强化组织保障，确保各项任务落地见效',
      '加强组织保障',
      // 任务 as what the requirements secure, over sections of how (政法委, 教育局, 乡镇, 市场监管局)
      '压实责任，确保各项任务落地见效\n（一）压实领导责任。各级党委主要负责同志是平安建设第一责任人。\n（二）强化考核问责。完善平安建设考评办法。',
      '凝心聚力，确保全年目标任务圆满完成\n（一）加强统筹调度。（二）强化督查考核。',
      '转变作风，以实干实绩推动各项任务落地见效',
      '以钉钉子精神推动各项任务落地落实',
      // the lead over the work: run in with its body (审批局), or over whose work (工会, 经济工作)
      '加强领导。\n要把行政审批服务工作摆在更加突出的位置，局党组每季度专题研究一次，班子成员分片包干、靠前指挥。',
      '切实加强对工会工作的领导',
      '加强党对经济工作的全面领导',
      // measures, policies or decisions secured, over a body with a figure of its own (商务, 医保, 水利, 民政)
      '压紧压实责任确保政策落地见效\n各乡镇要明确1名联络员，负责政策宣传。县商务局实行周调度、旬通报。',
      '凝聚合力，确保各项举措落地见效',
      '强化督导，确保惠民政策落地生根\n各乡镇民政办要每月走访困难群众不少于1次。',
      '压实责任，确保防汛决策部署见到实效',
      // a campaign secured to bear fruit, over a body with figures of how (城管, 卫健, 网信)
      '压实责任，确保攻坚取得实效\n区里成立百日攻坚指挥部，下设6个专项工作组，每周至少开展1次联合执法。',
      '强化保障，确保专项整治取得实实在在的成效',
      '压实责任，确保秸秆禁烧专项行动取得实效\n各乡镇要组建巡查队伍，每村不少于2名巡查员，每周至少巡查3次。',
    ],
    rejects: [
      '2025年工作回顾',
      // the leaders as a field of work
      '加强领导班子建设，提升班子整体功能',
      '加强领导干部教育培训\n全年举办领导干部专题培训班6期，培训1,200人次。',
      '聚焦重点，推动财政管理提质增效',
      // 任务 named as the work to do, not secured by the part
      '聚焦中心任务，在服务大局中彰显政协作为',
      '明确目标任务，推动重大项目落地见效',
      // a campaign or a project carried out: a field of the tasks (市场监管, 发改, 招商)
      '聚焦重点，全力推动专项行动落地见效',
      '确保重点项目落地见效\n（一）抓开工。全年新开工项目30个。',
      // a campaign's results told, not secured (城管 review)
      '专项整治取得明显成效\n全年拆除违法建设3.12万平方米，规范整治户外广告1460块。',
      // the campaign secured under a lead of its fields: its tasks (人社)
      '突出重点，确保专项行动取得实效\n（一）全面排查欠薪隐患。对在建工程项目逐一排查。',
      '推动助企纾困政策落地见效\n（一）兑现奖补。全年兑付奖补资金5000万元。',
      '2026年重点任务\n（一）抓就业。确保新增就业3300人。',
    ],
  },
  {
    id: 'own-ranks-heading',
    kind: 'requirements',
    purpose:
      '标题说的是本系统自身（自身建设、队伍建设、铁军），正文没有数字，或是大多不带数字的几点（二要……每位委员每年至少提交1件提案），或数字大多是要守的标准（不少于2次）：要求部分（怎样落实），不是一项业务工作。',
    applies: (p) =>
      OWN_RANKS.test(p.heading) &&
      !hasFigures([p.heading]) &&
      (!hasFigures(p.body) || pointsMostlyWithoutFigures(p) || mostlyStandards(p)),
    matches: [
      '加强自身建设，锻造忠诚干净担当的统计铁军\n（一）坚持政治引领。把党的政治建设摆在首位。\n（二）锤炼过硬作风。坚决整治形式主义。',
      '全面加强队伍建设，为税务事业发展提供坚强保证\n一是强化政治建设。二是加强业务培训。',
      '加强自身建设，不断提高履职水平\n一要强化政治建设，坚持党的全面领导。二要强化代表队伍建设，每名代表每年至少联系选民2次。三要强化机关建设，提高服务水平。',
      // its figures all standards to keep (tryout 6, a 住建局's closing part)
      '加强自身建设，打造过硬队伍\n（一）强化政治建设。坚持党建引领。\n（二）改进工作作风。班子成员每季度下基层不少于2次。\n（三）守牢廉洁底线。全年开展警示教育不少于4次。\n（四）加强业务培训。全年培训干部职工300人次。',
      // a 过硬 team named by who is in it (驻村干部, 执法, 消防)
      '严管厚爱，建设过硬驻村干部队伍\n一是严格日常管理。驻村工作时间每年不少于220天。二是压实派出单位责任。派出单位主要负责同志每年到所驻村调研不少于2次。三是强化关心激励。',
      '从严治警，锻造过硬执法队伍\n一要强化政治建设。二要严格执法监督，每季度开展案卷评查不少于1次。三要从严管理。',
      '打造过硬的消防救援队伍\n（一）坚持政治建警。（二）从严管理队伍。（三）强化实战练兵。',
    ],
    rejects: [
      '加强教师队伍建设，夯实教育发展根基\n（一）补充师资力量。全年招聘教师120名。',
      '加强人才队伍建设，夯实发展根基\n一是引进人才86名。二是培训技术骨干1,200人次。三是强化激励。',
      '建设过硬志愿服务队伍\n一是新招募志愿者1,200名。二是培训骨干志愿者300人次。三是新建志愿服务站点18个。',
      '聚焦重点，推动财政管理提质增效\n（一）抓收入。确保完成收入12亿元。',
    ],
  },
  {
    id: 'guarantee-heading',
    kind: 'requirements',
    purpose:
      '标题说加强党的领导、为工作提供坚强保证，正文没有数字：要求部分（怎样落实）；有数字时是一项业务工作（为防汛提供气象保障）。',
    applies: (p) => GUARANTEE.test(p.heading) && !hasFigures([p.heading, ...p.body]),
    matches: [
      '坚持党的全面领导，为全县水利改革发展提供坚强政治保证\n（一）压实主体责任。各乡镇要把水利工作列入重要议事日程。\n（二）严格督查考核。定期通报进度。',
      '凝心聚力，为建设文化强市提供有力保障\n（一）强化统筹。建立联席会议制度。\n（二）加强宣传。讲好文旅故事。',
    ],
    rejects: [
      '精准服务，为防汛救灾提供坚强气象保障\n（一）做好预警发布。全年发布预警信息120期。',
      '聚焦重点，推动财政管理提质增效\n（一）抓收入。确保完成收入12亿元。',
    ],
  },
  {
    id: 'first-half-heading',
    kind: 'review',
    purpose:
      '年中会议的标题说上半年的工作（上半年工作完成情况、2026年上半年工作回顾）：回顾部分；它写的年份是会议之年，也是部署之年，不因此算作任务。',
    applies: (p) => FIRST_HALF_REVIEWED.test(p.heading),
    matches: ['2026年上半年工作完成情况', '上半年主要工作进展\n上半年，全市完成固定资产投资126亿元，同比增长5.2%。'],
    rejects: ['2026年上半年征兵任务', '下半年重点任务'],
  },
  {
    id: 'second-half-heading',
    kind: 'tasks',
    purpose: '年中会议的标题说下半年的工作（下半年重点任务、扎实做好下半年各项工作）：任务部分。',
    applies: (p) => SECOND_HALF_PLANNED.test(p.heading),
    matches: ['2026年下半年重点任务', '凝心聚力，扎实做好下半年各项工作'],
    rejects: ['2025年下半年以来工作回顾', '上半年工作完成情况'],
  },
  {
    id: 'plan-year-so-far-heading',
    kind: 'other',
    purpose:
      '讲话在部署之年开（日期行说明），回顾的是上一年，标题却说今年以来的进展、情况（今年以来汛前准备工作进展、今年以来征兵工作开展情况）：这是部署之年到目前的情况（兼讲形势），不是第二个回顾部分，记作其他；它的数字是部署之年的。年末开的会（今年就是回顾之年）和年中会议（回顾、部署同一年）里这样的标题仍是回顾。',
    applies: (p, y) =>
      y.now != null &&
      y.now === y.plan &&
      y.review !== y.plan &&
      YEAR_SO_FAR_HEADING.pattern.test(p.heading) &&
      HEADING_WORDS.review.test(p.heading) &&
      !HEADING_WORDS.tasks.test(p.heading),
    matches: [
      // 水利, 征兵, 农业农村: the plan year so far, after a review of last year
      '今年以来汛前准备工作进展\n今年以来，县防指先后召开专题会议2次，对汛前准备工作作了具体安排。',
      '今年以来征兵工作开展情况\n截至目前，全县已有1,860名适龄青年网上报名。',
      '今年春播以来农业生产进展\n全县已完成春播面积12.6万亩，占计划的45%。',
    ],
    rejects: [
      '2025年汛期工作简要回顾\n去年汛期，全县平均降雨量986.5毫米。',
      '今年要重点抓好四项工作\n一是抓项目。二是抓招商。',
      '今年以来工作进展和下一步工作打算\n全县已完成投资56亿元。',
      '“十四五”以来全市卫生健康事业发展成效\n全市新增床位2,860张。',
    ],
  },
  {
    id: 'review-heading',
    kind: 'review',
    purpose:
      '标题是回顾年，或说回顾、成效、过去一年：回顾部分。正文部署下一年、只有标题的年份是回顾年的（2025年重点任务，正文部署2026年），是年份写错了的任务部分。',
    applies: (p, y) =>
      (p.year !== null && p.year === y.review && p.year !== y.plan && bodyKind(p, y) !== 'tasks') ||
      (HEADING_WORDS.review.test(p.heading) && !seeksResultInPlanYear(p, y)),
    matches: [
      '过去一年的工作回顾与体会',
      '2025年全市商务工作取得新成效',
      '“十四五”以来全市卫生健康事业发展成效',
      // a result had in the year reviewed, named so (人社, 医保)
      '2025年全县人社工作取得新成绩',
      '推动2025年医保工作取得明显成效\n全年追回医保基金1268万元，同比增长12%。',
      // the plan year, but reviewed too
      '回顾2026年以来工作，奋力夺取新成效',
    ],
    rejects: [
      '2026年重点工作任务',
      '清醒认识当前安全生产面临的严峻形势',
      // a result sought in the plan year: its tasks (乡镇 经济, 医保, 人社, 应急)
      '突出工作重点，奋力夺取2026年经济发展新成效\n2026年全镇经济工作的主要预期目标是：地区生产总值增长6%，一般公共预算收入增长5%。',
      '聚焦主责主业，推动2026年医保工作取得新成效\n（一）守牢基金安全底线。全年追回医保基金不少于1000万元。',
      '真抓实干，力争2026年人社工作再创新成绩',
      '凝心聚力，确保2026年安全生产工作取得实实在在的进展',
    ],
  },
  {
    id: 'plan-year-heading',
    kind: 'tasks',
    purpose: '标题写的是部署之年：任务部分。',
    applies: (p, y) => p.year !== null && p.year === y.plan,
    matches: [
      '突出重点，全力抓好2026年安全生产和应急管理工作',
      '突出工作重点，奋力夺取2026年经济发展新成效\n2026年全镇经济工作的主要预期目标是：地区生产总值增长6%，一般公共预算收入增长5%。',
      '聚焦主责主业，推动2026年医保工作取得新成效\n（一）守牢基金安全底线。全年追回医保基金不少于1000万元。',
    ],
    rejects: ['压实责任，推动各项工作落地落实'],
  },
  {
    id: 'period-ahead-heading',
    kind: 'tasks',
    purpose:
      '标题开头说的是往后的一段时间的工作（年底工作、明年工作、下一步工作、四季度重点工作）：任务部分，哪怕正文只是一是……二是……、没有数字；标题说要求、说工作有保障的（明年工作要求、年底工作有保障）不算。',
    applies: (p) =>
      PERIOD_AHEAD.test(p.heading) && !HEADING_WORDS.requirements.test(p.heading) && !WORK_SECURED.test(p.heading),
    matches: [
      '年底工作：抓好收尾，不松劲、不断档\n一是抓好设施收尾。二是抓好节日保障。三是抓好考核总结。',
      '下一步工作\n一是抓好秋冬季森林防火。二是抓好林长制年度考核。',
      '明年工作：重点抓好三件事\n一要稳住粮食生产。二要抓好高标准农田建设。三要抓好农村改革。',
      '四季度重点工作：决战四季度，冲刺全年目标\n一是抓项目开工。二是抓招商引资。',
      '今冬明春工作\n一要抓好冬季征兵。二要抓好退役军人走访慰问。',
    ],
    rejects: [
      '今年工作：以垃圾分类为切口，社区治理有了新气象',
      '明年工作要求\n一要提高政治站位。二要强化统筹协调。',
      // the work secured: how it is carried (不动产登记, 税务)
      '年底工作有保障\n一要守牢安全底线。二要抓好节前服务。三要转变窗口作风。',
      '下一步工作强保障\n一要加强组织领导。二要严格督查考核。',
      '压实责任，推动各项工作落地落实\n一是强化政治担当。二是强化协同配合。',
      '扎实做好年底各项工作\n一是抓安全。二是抓稳定。',
      '年底前完成的几件大事\n全年新建村级活动场所12个。',
    ],
  },
  {
    id: 'shortcomings-heading',
    kind: 'review',
    purpose:
      '标题说存在的不足、问题和差距：回顾过去一年的讲话里，是这一年工作的另一面，属于回顾。回顾和部署同一年的会（年中会、专项整治动员会、整改推进会）里，问题部分分析的是今年余下的工作要解决的情况，和“形势”一样算其他，不归这条。',
    applies: (p, y) =>
      /存在的(?:主要)?(?:不足|问题|短板|差距)|(?:问题|不足|差距)(?:和|与|及)(?:不足|问题|差距|短板)/.test(p.heading) &&
      !HEADING_WORDS.tasks.test(p.heading) &&
      !(y.review !== null && y.review === y.plan),
    matches: [
      '存在的不足\n成绩来之不易，但也要看到不足：一是少数代表履职意识不强。二是监督刚性不够。',
      '看到存在的问题和差距\n一是发展不平衡。二是基础设施欠账多。',
    ],
    rejects: ['正视问题，补齐短板，全力完成2026年目标任务', '聚焦问题整改，推动各项工作落地见效'],
  },
  {
    id: 'enumerated-body',
    kind: 'requirements',
    purpose: '正文是一是……二是……（一要……二要……），没有分节和数字：要求部分，不管标题像不像任务。',
    applies: (p) => enumerated(p),
    matches: [
      '压实责任，推动各项工作落地落实\n一是强化政治担当。二是强化协同配合。三是强化作风建设。',
      '坚持真抓实干，全面完成年度目标任务\n一要提高政治站位。二要强化统筹协调。',
    ],
    rejects: [
      '2026年工作任务\n（一）抓就业。确保新增就业3300人。',
      '工作安排\n一是新建学校3所。二是改造校舍5万平方米。',
    ],
  },
  {
    id: 'responsibility-heading',
    kind: 'requirements',
    purpose:
      '标题说压实责任、强化责任担当、扛牢主体责任，正文和标题都没有数字，或只有财政为这项工作安排的经费（县财政今年安排防控经费1,200万元）（各单位主要负责同志要……，某某局长要带好队伍）：要求部分（谁来落实）；有数字时是一项业务工作（压实责任，守牢安全底线，下有事故起数）。',
    applies: (p) => RESPONSIBILITY.test(p.heading) && !hasFiguresBeyondFunds([p.heading, ...p.body]),
    matches: [
      '压实责任，把好事办好\n各单位主要负责同志要把这项工作当成分内事，不能当甩手掌柜。财政、审计等部门要加强协作，形成合力。',
      '层层压紧压实工作责任\n各乡镇党委书记要亲自抓、负总责。县直各部门要各司其职，主动靠前服务。',
      '强化责任担当，以钉钉子精神抓好每一项工作\n各级领导干部要带头深入一线，一级抓一级、层层抓落实。',
      '扛牢主体责任，凝聚工作合力\n各成员单位要把这项工作纳入重要议事日程，定期研究，及时解决问题。',
      // with only the funds the finance sets aside (林业, 民政)
      '压紧压实防控责任\n各乡镇要把松材线虫病防控纳入林长制考核。县财政今年安排防控经费1,200万元，要及早拨付到位，专款专用。',
      '强化责任落实\n各部门要各司其职。市财政要落实养老服务保障资金300万元，确保按时足额拨付。',
    ],
    rejects: [
      '压实责任，守牢安全生产底线\n（一）严防重特大事故。全年生产安全事故起数控制在12起以内。',
      '落实食品安全责任，守护群众舌尖上的安全\n2026年，确保抽检食品样品4,800批次，主要农产品抽检合格率稳定在98%以上。',
      '聚焦重点，推动财政管理提质增效\n（一）抓收入。确保完成收入12亿元。',
      '2026年重点任务\n（一）抓就业。各乡镇要履行属地责任。',
    ],
  },
  {
    id: 'guard-line-heading',
    kind: 'tasks',
    purpose:
      '标题要守住一个领域的底线、红线（守牢安全生产底线、兜牢民生保障底线、守住耕地保护红线），正文有数字、不是大多为要守的标准、也不是回顾这一年：任务部分里的一项工作，哪怕是最后一部分、正文先说去年的事故和隐患；正文没有数字或数字大多是标准的（守牢廉洁底线）是要求，正文回顾这一年的是回顾。',
    applies: (p, y) =>
      GUARD_LINE.test(p.heading) && hasFigures(p.body) && !mostlyStandards(p) && bodyKind(p, y) !== 'review',
    matches: [
      // 乡镇 (安全生产), 民政, 自然资源, 生态环境, 金融: the field's figures, last year's and this year's
      '守牢安全生产底线\n去年，全镇共发生生产安全事故2起、死亡1人，同比分别下降33.3%和50%；排查各类安全隐患426处，已整改420处。今年，各村要落实好党政同责，每个村每月至少开展1次隐患排查。',
      '兜牢民生保障底线\n去年，全县保障城乡低保对象1.2万人。今年，要把农村低保月人均救助水平提高到780元，新建区域性养老服务中心3个。',
      '守住耕地保护红线\n2025年，全县耕地保有量56.3万亩。今年，各乡镇要确保新增违法占用耕地面积下降10%以上，完成耕地恢复1,200亩。',
      '守牢生态环境安全底线\n今年，力争全县空气优良天数比例达到86%，新建乡镇污水处理设施12座。',
      '守住不发生系统性金融风险的底线\n今年要处置不良资产3.6亿元，压降不良贷款率至1.8%。',
    ],
    rejects: [
      // how to carry the work: no figures (市场监管), or standards to keep (纪检)
      '压紧压实责任，守牢安全底线\n一要落实属地管理责任。各乡镇主要负责同志要亲自过问。二要落实部门监管责任。',
      '守牢廉洁底线\n班子成员每季度开展廉政谈话不少于1次，全年开展警示教育不少于4次。',
      // a review's theme: the year's results (应急)
      '守牢安全生产底线，全县安全形势持续平稳\n2025年，全县累计排查隐患3,260处，整改率达到了100%，事故起数同比下降20%，圆满完成了年度目标。',
      // 守正 is no line to hold
      '守正创新，推动精神文明建设再上新台阶\n全年创建文明村12个。',
    ],
  },
  {
    id: 'modal-heading',
    kind: 'tasks',
    purpose:
      '标题以“要”开头，说要做什么（要咬定目标不放松、要在课堂教学上下真功夫、要把队伍带好），正文有数字或定了目标：任务部分；回顾的标题不说“要”，正文既无数字也无目标的（要真抓实干）留给部分的次序判断；说要求、作风、落实的是要求。',
    applies: (p, y) =>
      MODAL_HEADING.test(p.heading) && !WORK_AS_A_WHOLE.test(p.heading) && (setsTarget(p, y) || hasFigures(p.body)),
    matches: [
      // 中学, 医院, 卫健, 乡镇: this year's numbers under a heading that asks
      '要在课堂教学上下真功夫\n青年教师每学期听课不少于20节，教研组长不少于30节。今年力争省级以上获奖达到50项。',
      '要把教师队伍带好\n今年学校新进教师12人，其中研究生5人。学校拿出培训经费48万元，全年选派骨干教师外出学习60人次。',
      '要把医疗质量抓在手上\n今年门诊量力争达到52万人次，三四级手术占比提高到45%。',
      '要下大力气补齐基层医疗短板\n新建村卫生室8个，为每个乡镇卫生院配备DR设备1台。',
      '要坚定不移抓招商\n2026年，全镇确保引进亿元以上项目5个。',
      // 教育, 农业农村, 发改: a field of the work as a must, over its figures
      '试卷安全必须万无一失\n县试卷保密室要落实双人值守，监控录像保存不少于6个月。',
      '粮食生产务必稳住面积\n今年全县粮食播种面积稳定在86万亩，新建高标准农田3.5万亩。',
      '重点项目建设必须提速\n确保新开工亿元以上项目28个，完成投资156亿元。',
    ],
    rejects: [
      '要真抓实干\n一分部署，九分落实。大家要拿出干劲，把各项工作抓实抓细。',
      '要推动各项工作落地见效\n今年确保各项任务按期完成，每季度通报1次进度。',
      '要求\n今年确保完成12项重点工作。',
      '教学质量稳步提升\n2025年高考本科上线1,012人，上线率78.7%。',
      '重要的是抓落实\n各单位要确保年底前全部完成。',
      // a must with nothing to count, or the must not at the heading's head
      '安全生产必须常抓不懈\n各单位要牢固树立安全发展理念，时刻绷紧安全这根弦。',
      '我们必须清醒看到\n2025年全县事故起数同比下降12%。',
    ],
  },
  {
    id: 'imperative-heading',
    kind: 'tasks',
    purpose:
      '标题是祈使句，说抓什么、做好什么、推进什么（抓内容、做好民生保障、扎实推进乡村振兴），正文定了目标（确保、力争、今年要、部署之年）：任务部分，哪怕正文先复述去年的数字再定今年的目标；标题说成效的是回顾，说抓好落实、推动各项工作落地见效的是要求。',
    applies: (p, y) =>
      IMPERATIVE_HEADING.test(p.heading) &&
      !WORK_AS_A_WHOLE.test(p.heading) &&
      !HEADING_WORDS.review.test(p.heading) &&
      setsTarget(p, y),
    matches: [
      // 融媒体中心, 招商, 民政, 农业农村: last year's figures first, then this year's targets
      '抓内容。\n2026年，咱们的头等大事还是内容。去年全平台阅读量达到3.26亿次，同比增长18.6%，其中短视频播放量2.41亿次，同比增长32.4%。2026年，全平台阅读量力争突破4亿次。',
      '抓项目\n去年全县新签约项目42个，到位资金86亿元，同比增长12.5%。今年要确保新签约项目50个以上。',
      '做好民生保障\n去年全县城乡低保对象1.2万人，累计发放低保金8,600万元。今年要确保应保尽保，力争特困供养标准提高5%。',
      '扎实推进乡村振兴\n2025年全县农村居民人均可支配收入达到2.1万元，同比增长7.2%。2026年力争达到2.25万元。',
    ],
    rejects: [
      '抓好落实\n一要压实责任。二要强化督查。确保各项工作见效。',
      '推动各项工作落地见效\n各单位要确保年底前全部完成。',
      '抓党建促发展成效明显\n2025年，新建党群服务中心12个，同比增长20%。',
      '抓项目\n去年全县新签约项目42个，到位资金86亿元，同比增长12.5%。',
      '凝心聚力，城市管理质效稳步提升\n全年完成了道路整治126条，确保了汛期安全。',
      // a review's themed heading: what was done, deepened and pushed, with no target
      '抓党建强堡垒，基层组织更加坚强有力\n2025年，全县新建党群服务中心12个，深化“两新”组织党建，推动村级集体经济收入全部达到10万元以上，确保了换届平稳有序。',
    ],
  },
  {
    id: 'capacity-heading',
    kind: 'tasks',
    purpose:
      '标题要求提升能力、提高水平、加强建设（着力提升医保经办服务能力、全面提升公共就业服务水平、持续加强纳税服务体系建设），正文用数字定下这一年的计划（新建……个、力争……达到、全年组织……）：任务部分；正文没有数字、或是大多不带数字的几点的是要求部分，正文回顾这一年的是回顾，标题说“能力明显提升”的是成效；正文的数字大多是要守的标准（培训不少于6期、每月至少调度1次）的，说的是怎样落实（强化保障），不是任务。',
    applies: (p, y) =>
      CAPACITY_HEADING.test(p.heading) &&
      !WORK_AS_A_WHOLE.test(p.heading) &&
      !HEADING_WORDS.review.test(p.heading) &&
      hasFigures(p.body) &&
      !pointsMostlyWithoutFigures(p) &&
      !mostlyStandards(p) &&
      setsTarget(p, y) &&
      bodyKind(p, y) !== 'review',
    matches: [
      // 医保, 人社, 税务, 应急, 教育: a capacity to build, then the year's plans with figures
      '着力提升医保经办服务能力\n（一）推进服务下沉。新建村级医保服务点24个，实现行政村全覆盖。\n（二）提升数字化水平。力争定点医药机构医保移动支付开通率达到85%。\n（三）加强队伍建设。全年组织医保业务培训6期，培训经办人员420人次。',
      '全面提升公共就业服务水平\n（一）建强基层服务平台。新建零工市场3个，力争社区就业服务站覆盖率达到100%。\n（二）加强职业技能培训。全年开展补贴性职业技能培训1.2万人次。',
      '持续加强纳税服务体系建设\n2026年，新建城市税务驿站5个，力争“非接触式”办税率达到95%以上。',
      '着力提升基层应急救援能力\n（一）建强救援队伍。新建乡镇应急救援队8支，确保每个乡镇至少配备1支。\n（二）强化实战演练。全年组织综合应急演练12场次。',
      '进一步提高教育教学质量\n确保高考本科上线率达到65%，新创建省级示范性高中1所。',
    ],
    rejects: [
      // a review's heading states the result
      '医保经办服务能力明显提升\n2025年，新建村级医保服务点24个，全年培训经办人员420人次，同比增长12%。',
      // a heading that names the result it reviews
      '持续加强基金监管取得新成效\n全年追回医保基金1268万元，确保了基金安全，完成年度计划的112%。',
      // the imperative over a body that reviews the year (完成了年度计划 is no plan)
      '全面提升医疗保障服务水平\n2025年，全县建成乡镇医保服务站18个，同比增长12.5%，圆满完成了年度计划。异地就医直接结算4.82万人次，比上年增长23.6%。',
      // how to carry the work: no figures, or points most of which carry none
      '切实加强党的建设，凝聚干事创业强大合力\n（一）强化政治引领。确保党的路线方针政策落到实处。\n（二）锤炼过硬作风。驰而不息纠治“四风”。',
      '持续加强党风廉政建设\n一是压实主体责任，确保“一岗双责”落实。二是严格监督执纪，每季度至少开展1次廉政谈话。三是强化警示教育。',
      // the work as a whole is the requirements
      '切实提高各项工作落实水平\n各单位要确保全年培训不少于6期。',
      // what the work needs, its figures standards to keep (园林, 交通, 卫健): how to carry it
      '强化保障，在担当实干中汇聚新合力\n（一）锻造过硬专业队伍。一是要加强业务培训，全年开展园林技术培训不少于6期；二是要严明纪律作风。\n（二）加大资金保障力度。确保重点项目资金及时足额到位。',
      '强化督导调度，推动工作提质增效\n（一）加强调度。局领导每月至少召开1次调度会。\n（二）严格考核。确保每季度通报不少于1次。',
      '加强队伍和作风保障\n（一）从严管理。班子成员每季度下基层不少于2次，确保问题及时解决。\n（二）强化培训。全年开展业务培训不少于4期。',
      // figures without a target: last year's, restated
      '加强基金监管\n全年检查定点医药机构312家，追回医保基金1268万元。',
    ],
  },
  {
    id: 'tasks-heading',
    kind: 'tasks',
    purpose: '标题说任务、部署、目标、重点工作、打算：任务部分。',
    applies: (p) => HEADING_WORDS.tasks.test(p.heading),
    matches: [
      '今后工作打算',
      '锚定目标，加快建设教育强县',
      // The review year in a tasks heading over a body that plans: last year's heading kept, still tasks.
      '2025年重点任务\n（一）稳就业。2026年，确保新增就业3300人，力争城镇登记失业率控制在4%以内。',
    ],
    rejects: ['清醒认识卫生健康工作面临的新形势'],
  },
  {
    id: 'timetable-body',
    kind: 'tasks',
    purpose:
      '正文是这项工作的时间表：三个以上带日期的节点（5月31日前完成……；6月1日起……；4月16日至6月30日为集中整治阶段），不是最后一部分，正文也不是回顾：任务部分（倒排工期、挂图作战），标题怎么写都一样；回顾里说哪天起做了什么的是回顾，最后一部分里要求几号前报送的是要求。',
    applies: (p, y) => !p.last && datedSteps(p) >= 3 && bodyKind(p, y) !== 'review',
    matches: [
      // 农业农村, 人武部, 市场监管, 水利: the work's timetable under a heading of its own
      '倒排工期，严格按照时间节点推进\n各乡镇要对照以下时间节点，倒排工期、挂图作战：5月31日（星期日）前，完成农机具检修和机手培训，全县培训机手2,400人次；6月1日（星期一）起，小麦全面开镰；6月15日（星期一）前，小麦收获全面结束，夏播进度达到85%。',
      '把握节点，确保征兵工作有序衔接\n8月10日前，完成兵役登记；8月20日前，完成初检初审；9月上旬前，完成体检政考，确保新兵按时起运。',
      '分步实施，扎实推进\n4月15日前为动员部署阶段，各地制定实施方案；4月16日至6月30日为集中整治阶段，每个乡镇至少查处案件5起；7月底前为总结验收阶段。',
      '抓住关键环节，全力备战汛期\n5月15日前，完成水库、堤防汛前检查；5月底前，完成隐患整改；6月1日起，全面进入汛期工作状态。',
    ],
    rejects: [
      // a report deadline or two in how the work is carried
      '强化督查考核\n县里每两天通报一次进度，各乡镇6月25日前报送工作总结。',
      // a review that tells when it did what
      '集中整治\n3月1日起，全县集中开展整治；4月底前，完成了排查；6月30日前，累计整改隐患1,286处，圆满完成了年度任务，取得了明显成效，同比下降12%。',
      '聚焦重点，推动财政管理提质增效\n（一）抓收入。确保完成收入12亿元。',
    ],
  },
]

/**
 * When no rule applies (a themed heading): the kind whose words and year the body uses clearly
 * more: the plan year, 确保, 力争 for tasks; the review year, 完成了, 同比 for a review.
 */
export function bodyKind(part: PartView, years: { review: number | null; plan: number | null }): PartKind {
  const text = part.body.join('')
  const score: Partial<Record<PartKind, number>> = {}
  for (const [kind, re] of BODY_WORDS) score[kind] = (text.match(re) ?? []).length
  const count = (y: number | null) => (y === null ? 0 : text.split(`${y}年`).length - 1)
  score.review = (score.review ?? 0) + 2 * count(years.review)
  score.tasks = (score.tasks ?? 0) + 2 * count(years.plan)
  // `score` is keyed by PartKind only; Object.entries types its keys as string.
  // biome-ignore lint/nursery/noUnsafeTypeAssertion: the reason is the comment above
  const [best, second] = (Object.entries(score) as [PartKind, number][]).sort((a, b) => b[1] - a[1])
  return best[1] > 2 && best[1] > second[1] ? best[0] : 'other'
}

/**
 * Infer a part's kind from its heading, the year it names, and its body; `rule` is the rule that
 * decided, or null when only the body's words did (a themed heading), which the order of the
 * parts may still correct (see byOrder).
 */
export function inferPartKind(part: PartView, years: KindYears): { kind: PartKind; rule: string | null } {
  for (const rule of KIND_RULES) if (rule.applies(part, years)) return { kind: rule.kind, rule: rule.id }
  return { kind: bodyKind(part, years), rule: null }
}

/**
 * A figure set as a standard to keep, not a result to reach: 公开率保持100%, 控制在3%以内, 不少于2次,
 * 每周至少报告1次. Requirements state such standards; tasks set targets (达到, 新建, 引进).
 */
const STANDARD_BEFORE = /(?:保持在?|控制在|不少于|不低于|不超过|不高于|至少|最多)[\u4e00-\u9fff]{0,4}\s*$/
const STANDARD_AFTER = /^(?:以内|以下)/

/**
 * Funds the finance sets aside for the work, just before their sum: 县财政要安排“百日攻坚”行动专项工作
 * 经费60万元, 县财政今年安排防控经费1,200万元, 市财政落实保障资金300万元. A guarantee of how the work
 * is carried, as a standard to keep is: the requirements state it (林业, 住建, 民政), not a target to reach.
 */
const FUNDS_SET_ASIDE = /财政[^，。；！？]{0,12}?(?:安排|落实|保障|列支|预算)[^，。；！？\d]{0,16}?(?:经费|资金)\s*$/

/** Whether the figure at `from` in `text` is a standard to keep, or funds set aside for the work. */
function keptOrSecured(text: string, from: number, to: number): boolean {
  const before = text.slice(0, from)
  return STANDARD_BEFORE.test(before) || STANDARD_AFTER.test(text.slice(to)) || FUNDS_SET_ASIDE.test(before)
}

/**
 * A body of two or more sentences each of which asks (要……。要……。被巡察单位要……。), its figures, if
 * any, only standards: how to carry the work, a run of 一要…二要… without the numbers.
 */
function asksThroughout(part: PartView): boolean {
  const sentences = part.body.flatMap((t) => t.split(/[。！？]/)).filter((s) => s.trim() !== '')
  if (sentences.length < 2 || !sentences.every((s) => ASKS.test(s))) return false
  return part.body.every((t) =>
    candidates(t)
      .filter((c) => c.unit && !c.masked && !notFigure(c))
      .every((c) => keptOrSecured(t, c.from, c.to)),
  )
}

/**
 * A body whose figures, one at least, are all standards to keep (不少于120次, 控制在3%以内): how
 * the work is carried, as a closing part of 作风, 安全 and 党建 sets it (tryout 6: 切实加强自身建设).
 */
function onlyStandards(part: PartView): boolean {
  const { figures, standards } = standardsIn(part)
  return figures > 0 && standards === figures
}

/** Whether at least half a body's figures, one at least, are standards to keep. */
function mostlyStandards(part: PartView): boolean {
  const { figures, standards } = standardsIn(part)
  return figures > 0 && 2 * standards >= figures
}

/** How many figures a body has, and how many of them are standards to keep. */
function standardsIn(part: PartView): { figures: number; standards: number } {
  let figures = 0
  let standards = 0
  for (const t of part.body)
    for (const c of candidates(t)) {
      if (!c.unit || c.masked || notFigure(c)) continue
      figures++
      if (keptOrSecured(t, c.from, c.to)) standards++
    }
  return { figures, standards }
}

/**
 * The usual order is review, tasks, requirements, with 形势 or 认识 between. A part only its body
 * judged, with figures, before the tasks where no part reviews, is the review; after the review
 * where no part sets tasks, it is the tasks. Without figures, as the last part after the tasks,
 * in sections (a themed heading over points on how to carry them out: 心往一处想，劲往一处使), it
 * is the requirements, and so in numbered items (a company's closing 党建 part: 1.把牢政治方向。
 * 2.锤炼过硬作风。3.关心关爱职工。); so is a last part of points most of which carry no figure
 * (一是狠抓落实……二是依法行政，每年至少学法4次……), one whose every sentence asks (要……。要……。各单位
 * 要……。), its figures only standards to keep, and one in sections or items whose figures are all
 * standards; so is a last part whose heading gives the guarantee (加强党的建设，为集团高质量发展提供坚强
 * 保证), the figures of its body those of the ranks that carry the work (招聘专业人才40名, 轮训职工
 * 1,286名). A few loose sentences there say too little to tell. A part between the tasks and the
 * last, in points on what to do, goes on with the tasks.
 */
export function byOrder(parts: { kind: PartKind; decided: boolean; view: PartView }[]): PartKind[] {
  const kinds = parts.map((p) => p.kind)
  parts.forEach((p, i) => {
    if (p.decided || p.kind !== 'other') return
    const firstTasks = kinds.indexOf('tasks')
    const firstReview = kinds.indexOf('review')
    const closing = p.view.last && firstTasks >= 0 && i > firstTasks
    const structured = p.view.sections > 0 || p.view.items > 1
    if (
      closing &&
      (pointsMostlyWithoutFigures(p.view) ||
        asksThroughout(p.view) ||
        (structured && onlyStandards(p.view)) ||
        GUARANTEE.test(p.view.heading))
    ) {
      kinds[i] = 'requirements'
      return
    }
    // Between the tasks and the last part, points on what to do (一是抓好……二是抓好……) go on with the tasks.
    if (!p.view.last && i > 0 && kinds[i - 1] === 'tasks' && points(p.view) > 1) {
      kinds[i] = 'tasks'
      return
    }
    // Right after the tasks, sections that carry figures (（一）抓牢校车安全。全县现有运营校车64辆……
    // 配备率100%) are a second part of tasks, the speech's last or not, as a requirements part
    // (taken above: standards, asks throughout) is not.
    if (i > 0 && kinds[i - 1] === 'tasks' && p.view.sections > 0 && hasFigures(p.view.body)) {
      kinds[i] = 'tasks'
      return
    }
    if (!hasFigures(p.view.body)) {
      if (closing && (p.view.sections > 0 || p.view.items > 1)) kinds[i] = 'requirements'
      return
    }
    if (firstReview < 0 && (firstTasks < 0 || i < firstTasks)) kinds[i] = 'review'
    else if (firstTasks < 0 && firstReview >= 0 && i > firstReview) kinds[i] = 'tasks'
  })
  return kinds
}

/** The kind a heading alone says, for reading the speech's years before the bodies are judged. */
export function headingKind(heading: string): PartKind | null {
  for (const kind of ['requirements', 'review', 'tasks'] as const) if (HEADING_WORDS[kind].test(heading)) return kind
  return null
}
