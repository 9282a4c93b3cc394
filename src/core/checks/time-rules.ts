/** Rules on years and time words, read against the years the speech reviews and plans. */
import { PASSING_AFTER, PASSING_BEFORE, reviewedByMonth } from '../lang/year-end'
import {
  ANNUAL_MEETING_YEAR,
  FIVE_YEAR_PLAN,
  fiveYearPlanYears,
  OPENS_WITH_YEAR,
  PLAN_NAMED,
  PLANNED_YEAR,
  planMilestonesIn,
  RANGE_JOIN,
  REVIEW_NAMED,
  REVIEWED_YEAR,
  COMMENDED_YEAR,
  STATED_YEAR,
  targetsMetIn,
  YEAR,
  dateOf,
  MEETING_YEAR,
  STANDS_AT_YEAR_END,
  YEAR_COMING,
  YEAR_ITSELF,
} from '../lang/years'
import { type EventInText, eventsIn } from '../lang/events'
import { insideBookTitle } from '../lang/punctuation'
import { PLAN_FIRST, PLAN_LAST } from '../lang/plan-stages'
import { OUR_OWN, WHOLE_SCOPE } from '../lang/scopes'
import { isCellLine } from '../table-rows'
import type { BlockContext, BlockFinding, BlockRule } from './types'

/** A year named in the text: 2025年. Group 1 is the year. */
const YEAR_NAMED = new RegExp(`(${YEAR})\\s*年`, 'g')

/** What after a year makes it the start of a span, not the year itself: 2021年以来, 2021—2025年. */
const SPAN_FROM = new RegExp(`^(?:以来|来|起|${RANGE_JOIN})`)
/** What before a year makes it the end of a span: 2021—2025年. */
const SPAN_TO = new RegExp(`${RANGE_JOIN}\\s*$`)
/** The start of the span a year ends (2021—2030年, 2026年至2027年): group 1 is its year. */
const SPAN_START_BEFORE = new RegExp(`(${YEAR})\\s*年?\\s*${RANGE_JOIN}\\s*$`)

/** A year said to be ending or just ended: 2025年就要过去了, 即将过去的2025年. Group 1 is the year. */
const YEAR_ENDING = new RegExp(`(${YEAR})\\s*年(?=${PASSING_AFTER})|(?<=${PASSING_BEFORE})(${YEAR})\\s*年`, 'g')

/** The new work a year's plan counts (新建, 新培育, 新开工…): "2025年新建的12个站" is what it made. */
const NEW_WORK =
  '新增|新建|新培育|培育|新开工|开工|建成|新创建|创建|打造|新认定|认定|新引进|引进|招引|新发展|新改建|改建|改造|新招录|招录'

/**
 * A reform the year's plan takes on, opening its clause: "2026年深化县属国有企业改革", "2026年全面
 * 深化医药卫生体制改革" (tryout 15: 2025年深化县属国有企业改革 typed into the 2026 tasks, nothing said).
 * Not what the reform made or a base (2025年深化改革的成果, 在2025年深化改革的基础上): no 的 after it in its clause.
 */
const REFORM_WORK = '(?:全面深化|深化)(?![^，。；！？]{0,14}的)'

/**
 * A clause that opens with a year and says what is to be done in it: "2026年全面推行乡镇财政所
 * 标准化建设", "2026年要新建……", "2026年深化……改革". In the tasks it must be the plan year or later;
 * not 2025年度 (the year a review is of), 2025年底, 2025年以来, a span, or a clause that tells what
 * was done (了, 已) or names what the work made (2025年新建的12个站要全部投入运营).
 */
const YEAR_OF_ACTION = new RegExp(
  `(?<![^。！？；，：\\s])(${YEAR})\\s*年${YEAR_ITSELF}[，,]?((?:(?![了已]|(?:${NEW_WORK})的)[^，。；！？]){0,16}?)(?:要|将|力争|确保|争取|计划|拟|全面推行|推行|启动|${REFORM_WORK})`,
  'g',
)

/**
 * A clause that opens with a year and the new work of that year, its figure the object: "2026年新
 * 培育农机专业合作社8家", "2026年新建村级养老服务站12个", "2026年新开工亿元以上项目15个". In the
 * tasks that is the year's plan, said without 要 or 力争 (tryout 14: 2025年新培育…6家 typed into the
 * 2026 tasks, nothing said). Not what the work made (2025年新建的12个站), a base (在2025年…基础上:
 * not at a clause's start), nor a year set against now in its sentence (NOW_BESIDE). Group 1 is the year.
 */
const YEAR_OF_NEW_WORK = new RegExp(
  `(?<![^。！？；，：\\s])(${YEAR})\\s*年[，,]?(?:${WHOLE_SCOPE}|${OUR_OWN})?(?:${NEW_WORK})[^，。；！？的]{0,14}?[\\d\\uFFFC]`,
  'g',
)

/**
 * After a later year in a review, what names that year's plan, not its deeds: 2026年预期目标,
 * 2026年的主要目标任务, 2026年工作安排 (a review that sets its results beside next year's targets).
 */
const PLAN_OF_YEAR_AFTER = /^度?的?(?:主要|总体)?(?:预期目标|预期|目标任务|目标|计划|工作安排|工作打算|安排|打算)/

/** What in a sentence sets a year against now: the year planned or 今年, a base, a change, or what is done. */
const NOW_BESIDE = /今年|明年|本年|当年|基础上|同比|比上年|较上年|比去年|较去年|已|了|以来|去年|上年|累计/

/**
 * The date line's year against the years the speech reviews and plans: given in November or
 * December, a speech reviews that year; in the first half of the year, it plans it; in between,
 * either. A date line kept from
 * last year's file ("（2024年12月26日）" over a review of 2025) is reported where it stands.
 */
function dateLineYear(text: string, reviewYear: number, planYear: number): BlockFinding[] {
  const date = dateOf(text)
  if (!date) return []
  // From the second half of the year until its end a speech may be given in either year: its words decide.
  const reviewed = date.month === null ? 'words' : reviewedByMonth(date.month)
  const want = reviewed === 'words' ? null : reviewed === 'held' ? reviewYear : planYear
  if (want === null ? date.year === reviewYear || date.year === planYear : date.year === want) return []
  const at = date.at
  return [
    {
      rule: 'wrong-year',
      from: at,
      to: at + 4,
      message: `日期行写的是${date.year}年${date.month === null ? '' : `${date.month}月`}，但这篇讲话回顾${reviewYear}年、部署${planYear}年，应为${want ?? planYear}年。`,
    },
  ]
}

/**
 * The meeting a title or subtitle names by its year ("——在2026年全县科协工作会议上的讲话", "在……
 * 2026年度工作会议上的讲话") is held in the year it plans, as the importer reads it: an earlier year
 * is last year's subtitle kept. Given in December (the date line says so), a speech may name its
 * meeting by the year it is held in, the review year. A meeting named as a review and a plan
 * (……总结暨2026年工作部署会议) is read by REVIEW_NAMED and PLAN_NAMED. A 年度 naming is less sure
 * than a year's: a warning.
 */
function meetingYear(text: string, ctx: BlockContext, reviewYear: number, planYear: number): BlockFinding[] {
  // search, not test: the two are global, and test would move their lastIndex.
  if (text.search(REVIEW_NAMED) >= 0 || text.search(PLAN_NAMED) >= 0) return []
  const year = MEETING_YEAR.exec(text)
  const annual = year ? null : ANNUAL_MEETING_YEAR.exec(text)
  const m = year ?? annual
  if (!m) return []
  const y = Number(m[1])
  const at = m.index + m[0].indexOf(m[1])
  const where = ctx.blockType === 'title' ? '标题' : '副标题'
  // The date line names the meeting's year too: the two must agree, whichever the years were read
  // from (one of them was kept from last year's file). A meeting from the year's second half on
  // may be named by the year it works towards.
  const on = ctx.givenOn
  if (on && y !== on.year && !((on.month === null || reviewedByMonth(on.month) !== 'before') && y === on.year + 1))
    return [
      {
        rule: 'wrong-year',
        from: at,
        to: at + 4,
        message: `${where}里的会议写的是${y}年，日期行写的是${on.year}年${on.month === null ? '' : `${on.month}月`}，两处不一致，请核对哪一处是对的。`,
      },
    ]
  if (y === planYear || (ctx.givenInReviewYear && y === reviewYear)) return []
  return [
    {
      rule: 'wrong-year',
      ...(annual ? { severity: 'warning' as const } : {}),
      from: at,
      to: at + 4,
      message: `${where}里的会议写的是${y}年，但这篇讲话回顾${reviewYear}年、部署${planYear}年，会议应为${planYear}年。`,
    },
  ]
}

/**
 * Years named where the speech says what it reviews and plans ("总结2025年全县财政工作",
 * "安排部署2026年教育重点工作", a meeting "2025年经济工作总结暨2026年工作部署会议", a heading
 * "2025年全县城市管理工作总结") must be the review and the plan year; so must "2026年是……" in
 * the opening and the tasks.
 */
/**
 * A year whose tasks the speech says it is to finish (确保2026年组织收入任务圆满完成, 奋力完成2026年外贸目标任务, 确保完成2026年
 * 各项目标任务): the year it plans, or, at a year-end meeting, the year it reviews; a year before
 * both is last year's sentence kept. A year reached for later (力争到2027年……完成) is not this.
 */
const FINISH_YEAR = new RegExp(
  `(?:确保|坚决|全力|奋力|努力)(?:全面|圆满|如期|超额)?(?:完成)?(${YEAR})\\s*年[^。；！？，,]{0,14}?(?:任务|目标)`,
  'g',
)

/**
 * The meeting the opening says is being held, named by its year: "今天，我们召开2026年全县数据工作
 * 会议", "这次2026年全市教育工作会议". Like a subtitle's, it is held in the year it plans (or, at a
 * year-end meeting, the year it reviews). Not a 年度 of honours or reviews (2025年度总结表彰大会), nor
 * a span. Group 1 is the year.
 */
const MEETING_NOW = new RegExp(
  `(?:召开|举行|这次|此次|今天的)(?:了)?(?:这次|此次)?[^，。；！？\\d]{0,8}?(?<![\\d—\\-–~～至到])(${YEAR})\\s*年(?!度|${RANGE_JOIN})(?:(?!总结|表彰|述职|评议|考核|先进)[^，。；！？的\\d]){0,20}?(?:工作会议|工作会|大会|推进会|动员会|调度会|部署会)`,
  'g',
)

/**
 * The year whose work the opening says it mobilises or deploys, said before the verb: "对全县2026年
 * “三夏”工作进行再动员、再部署", "对2026年全市征兵工作作出安排". It is the year the speech plans.
 * Group 1 is the year.
 */
const DEPLOYED_YEAR = new RegExp(
  `对[^，。；！？\\d]{0,10}?(${YEAR})\\s*年(?!度)[^，。；！？]{0,16}?(?:工作|任务)(?:进行|作出|作|进一步)了?(?:再|全面|专题)?(?:动员|部署|安排)`,
  'g',
)

/**
 * A plan of one year named as a document: 《柳河镇2026年秋季秸秆禁烧工作方案》, 《2026年县委巡察工作
 * 要点》, 《2026年县委理论学习中心组学习计划》. The speech reads, issues or follows it as its year's
 * plan, so it is of the year planned or the year reviewed; an earlier year is last year's name kept.
 * Not a plan over a span (三年行动方案（2024—2026年）), a revision or an edition (（2025年修订）,
 * （2025年版）), nor a document that is no plan (通知, 汇编, 办法). Group 1 is the document's name.
 */
const PLAN_DOCUMENT = /《([^《》]{1,60}?(?:工作要点|要点|方案|计划|安排|任务清单))》/g

/**
 * A year a target is reached by, in the plan (力争到2027年……达到75%, 确保到2026年底全面完成): a year
 * still ahead, the plan's or a later one. One before the year reviewed is already past: last
 * year's plan kept, or a slip of the keys. Group 1 is the year.
 */
const REACHED_BY = new RegExp(`(?:力争|确保|争取|计划|预计|目标是|目标为)(?:在)?到(${YEAR})\\s*年`, 'g')

/**
 * A target the tasks set for a year, the verb before the year (力争2026年社会消费品零售总额突破1442
 * 亿元, 确保2026年新增就业3300人): the year planned, or at a year-end meeting the year reviewed. An
 * earlier year is last year's target kept when the speech was rolled forward (tryout 13: typed
 * into the 2026 tasks, nothing said). Not a base (力争在2025年基础上增长10%), a span, a year's end
 * (确保2025年底前), a 年度, nor a year reached by (REACHED_BY). Group 1 is the year.
 */
const TARGET_YEAR = new RegExp(`(?:力争|确保|争取)(?:在)?(${YEAR})\\s*年${YEAR_ITSELF}(?!的?(?:基础|水平)上)`, 'g')

/**
 * The years the tasks may speak of as their own: the year planned and, in a meeting that reviews
 * and plans the year it is held in (a mid-year meeting, a 前三季度 analysis meeting), the next one
 * too, which a section of its tasks readies (提前谋划明年工作: "2027年是……关键之年，要立足早").
 */
function tasksYears(ctx: BlockContext): (number | null)[] {
  const { reviewYear, planYear } = ctx
  return planYear !== null && reviewYear === planYear && ctx.partKind === 'tasks'
    ? [planYear, planYear + 1]
    : [planYear]
}

export const wrongYear: BlockRule = {
  id: 'wrong-year',
  name: '年份不符',
  severity: 'error',
  group: '年份',
  scope: 'block',
  purpose:
    '开头“总结……年工作”“部署……年任务”的年份要是讲稿回顾和部署的年份；回顾部分的标题和“完成了……年各项目标任务”是回顾之年；任务部分的标题和“2026年要……”说的是部署之年；日期行的年份与讲话的年份相符。',
  fires: [
    // a target reached by a year already past (农业农村, 住建, 交通)
    { text: '新增完成生活污水治理行政村30个，力争到2024年农村生活污水治理率达到75%。', in: 'tasks' },
    // next year said as the subject in the tasks of an annual plan (发改)
    { text: '2027年是“十五五”规划的关键之年，要确保各项目标完成。', in: 'tasks' },
    { text: '确保到2023年底全面完成城镇老旧小区改造任务。', in: 'tasks' },
    { text: '力争到2024年实现行政村通客车全覆盖。', in: 'opening' },
    { text: '今天召开会议，总结2024年工作，部署2026年任务。下面，我讲三点意见：', in: 'opening' },
    { text: '现在，我代表县红十字会理事会，向大会报告2024年工作和2026年工作安排，请予审议。', in: 'opening' },
    { text: '2024年就要过去了，回头看这一年，大家辛苦了。', in: 'opening' },
    // the year whose tasks it is to finish, kept from an older speech (税务, 统计)
    { text: '召开这次会议，就是要鼓足干劲，确保2024年组织收入任务圆满完成。', in: 'opening' },
    { text: '确保完成2024年各项统计调查任务。', in: 'tasks' },
    // … said with 奋力, 努力 (商务, 农业)
    { text: '大家要以只争朝夕的劲头，奋力完成2024年外贸目标任务。', in: 'closing' },
    { text: '努力完成2024年粮食生产目标任务。', in: 'tasks' },
    { text: '即将过去的2024年，是极不平凡的一年。', in: 'review' },
    // an occasion about to begin, of a year already past (渔业 休渔, 水利 汛期, 教育 高考)
    { text: '再过三天，2024年伏季休渔就要开始了。今天召开会议，部署2026年任务。', in: 'opening' },
    { text: '即将到来的2024年汛期，形势不容乐观。', in: 'tasks' },
    {
      text: '标题\n（2026年4月28日）\n同志们：\n再过三天，2025年伏季休渔就要开始了。今天召开会议，部署今年休渔工作。\n一、去年休渔工作回顾\n完成了任务。\n二、2026年休渔重点任务\n确保完成。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    // given in the year it reviews: the occasion is of that year or later (人武 征兵, 住建 供暖)
    {
      text: '标题\n（2025年11月20日）\n同志们：\n2024年冬季征兵即将开始，今天召开会议，总结今年工作，部署明年工作。\n一、2025年工作回顾\n完成了任务。\n二、2026年工作任务\n确保完成。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    {
      text: '标题\n（2025年11月5日）\n同志们：\n2024年冬季供暖即将开始，今天召开会议，部署供暖保障工作。\n一、2025年工作回顾\n完成了任务。\n二、2026年工作任务\n确保完成。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    {
      text: '标题\n（2026年5月20日）\n同志们：\n2025年高考即将来临，考务工作要万无一失。\n一、去年考务工作回顾\n完成了任务。\n二、2026年考务重点任务\n确保完成。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    { text: '今天召开会议，总结2025年全市民政工作，安排部署2025年教育重点工作。下面，我讲三点意见：', in: 'opening' },
    { text: '今天召开会议，回顾总结2024年全市文化广电旅游工作，部署2026年任务。我讲三点意见：', in: 'opening' },
    { text: '这次全区2024年统计工作总结暨2026年工作部署会议，主要任务是回顾成绩、明确任务。', in: 'opening' },
    { text: '这次全区2025年统计工作总结暨2025年工作部署会议，主要任务是回顾成绩、明确任务。', in: 'opening' },
    {
      text: '标题\n同志们：\n开场。\n一、2024年全区统计工作总结\n完成了任务。\n二、2026年工作任务\n确保完成。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    { text: '2025年全面推行乡镇财政所标准化建设，确保年底前全覆盖。', in: 'tasks' },
    { text: '健全预算管理制度，2025年要新建乡镇财政所8个。', in: 'tasks' },
    // a reform of last year's plan kept in the tasks (国资, 卫健, 农业)
    { text: '2025年深化县属国有企业改革，推动国有资本向重点产业集中。', in: 'tasks' },
    { text: '2025年全面深化医药卫生体制改革，推进紧密型县域医共体建设。', in: 'tasks' },
    { text: '发展新型农村集体经济，2024年深化农村集体产权制度改革。', in: 'tasks' },
    { text: '2025年，全平台阅读量力争突破4亿次。', in: 'tasks' },
    // a target set for last year, the verb before the year, kept in the tasks (商务, 人社, 林业)
    { text: '加快建设区域消费中心城市，力争2025年社会消费品零售总额突破1442亿元。', in: 'tasks' },
    { text: '确保2025年城镇新增就业3300人以上。', in: 'tasks' },
    { text: '争取2024年森林覆盖率提高到63.5%。', in: 'tasks' },
    // the year's new work, its figure the object, kept from last year's tasks (农机, 民政, 发改, 工信): a warning
    { text: '扶持壮大农机专业合作社，2025年新培育农机专业合作社6家。', in: 'tasks' },
    { text: '2025年全县新建村级养老服务站12个，实现乡镇全覆盖。', in: 'tasks' },
    { text: '加快产业项目建设，2025年新开工亿元以上项目15个。', in: 'tasks' },
    { text: '2024年，新认定国家级专精特新“小巨人”企业3家。', in: 'tasks' },
    // the meeting held, or the year's work deployed, named in the opening by last year (数据, 农业, 人武, 教育)
    { text: '今天，我们召开2025年全县数据工作会议。这是县数据局组建以来的第一次会议。', in: 'opening' },
    { text: '今天县政府召开这次会议，对全县2025年“三夏”工作进行再动员、再部署。', in: 'opening' },
    { text: '今天召开会议，对2025年全县征兵工作作出安排。', in: 'opening' },
    { text: '这次2024年全市教育工作会议，是在“十五五”开局之年召开的。', in: 'opening' },
    // the year commended is the year reviewed (民政 year-end, 科技, 安监)
    {
      text: '标题\n（2026年12月29日）\n同志们：\n刚才，会议宣读了《关于表彰2025年度全县民政工作先进集体和先进个人的决定》。\n一、2026年民政工作回顾\n完成了任务。\n二、2027年工作任务\n确保完成。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    // review 29b: a June campaign that reviews its own year commends the year closed last, not an older one
    {
      text: '标题\n（2026年6月10日）\n同志们：\n今天召开百日攻坚动员会，会上表彰了2024年度安全生产先进单位。\n一、今年以来安全生产形势\n今年以来，全县安全生产形势总体平稳。\n二、攻坚任务\n确保完成。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    { text: '今天召开会议，总结2025年工作，表彰2024年度科技创新先进集体和先进个人。', in: 'opening' },
    { text: '会上表彰了2024年度安全生产先进单位，部署2026年任务。', in: 'opening' },
    '一年来，全县上下团结奋斗，圆满完成了2024年各项目标任务。',
    '2024年重点任务高质量完成，群众满意度持续提升。',
    {
      text: '标题\n（2024年12月26日）\n同志们：\n今天召开会议，总结今年工作。\n一、2025年工作回顾\n完成了任务。\n二、2026年工作任务\n确保完成。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    { text: '2024年，全市体育系统紧扣建设体育强市目标，各项工作取得新进展。', in: 'review' },
    // a review paragraph opening with last year and the place its figures are of (交通, 财政, 农业)
    { text: '2024年全县完成交通固定资产投资18.6亿元，同比增长9.4%。', in: 'review' },
    { text: '2024年全市一般公共预算收入完成86.5亿元，增长5.2%。', in: 'review' },
    { text: '2024年我县粮食总产量达到33.6万吨，实现“二十一连丰”。', in: 'review' },
    { text: '妇女儿童发展规划中期评估全面完成，2026年全市新建儿童之家20个。', in: 'review' },
    { text: '2026年全县新增就业3,300人，城镇调查失业率5.2%。', in: 'review' },
    // the review's figures stated at the end of the year before (高校, 工信, 金融)
    { text: '全院2025届毕业生3,286人，截至2024年12月31日，落实毕业去向3,115人。', in: 'review' },
    { text: '截至2024年底，全县累计建成5G基站1,260个，实现乡镇全覆盖。', in: 'review' },
    { text: '截至2024年末，全市各项贷款余额1,862亿元，同比增长8.6%。', in: 'review' },
    { text: '过去的一年，我们全面完成了2024年全年任务。今天召开会议，部署2026年任务。', in: 'opening' },
    { text: '确保全面完成2025年各项目标任务，为“十五五”开好局。', in: 'tasks' },
    {
      text: '标题\n同志们：\n开场。\n一、2025年工作回顾\n2025年完成了任务。\n二、2025年重点任务\n2026年，确保新增就业3300人，力争完成各项任务。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    {
      text: '标题\n同志们：\n开场。\n一、2025年工作回顾\n2025年完成了任务。\n二、聚焦目标任务，扎实做好2024年各项工作\n2026年，确保新增就业3300人，力争完成各项任务。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    {
      text: '标题\n——在全县2026年春季动物疫病集中免疫动员大会上的讲话\n同志们：\n今天召开会议，总结2025年全县动物防疫工作。\n一、充分肯定2024年全县动物防疫工作成绩\n完成了任务。\n二、突出重点，打好春防攻坚战\n确保完成。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    {
      text: '标题\n（2025年12月29日）\n同志们：\n今天开个年终总结会。\n一、今年工作回顾\n完成了任务。\n二、明年重点工作\n明年是“十五五”规划实施的第二年，要确保完成。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    // a plan of one year the meeting reads, issues or follows, kept from last year (农业, 巡察, 宣传)
    { text: '刚才，镇党委副书记宣读了《柳河镇2024年秋季秸秆禁烧工作方案》。', in: 'opening' },
    { text: '各巡察组要对照《2024年县委巡察工作要点》，逐项抓好落实。', in: 'tasks' },
    // the year reviewed, outside the review, at a meeting held in the year planned (城管, 农业, 组织): a warning
    { text: '刚才，区城管局宣读了《2025年全区市容环境百日攻坚行动方案》。', in: 'opening' },
    { text: '各乡镇要按照《2025年春季农业生产工作方案》，抓紧备耕。', in: 'tasks' },
    { text: '严格执行《2025年全县党员发展工作计划》。', in: 'requirements' },
    { text: '制定《2024年县委理论学习中心组学习计划》，全年集中学习12次。', in: 'tasks' },
    // the title's year slipped against the date line: said at the title, whichever won the years
    {
      text: '在全区2025年中小学暑期安全工作动员部署会上的讲话\n（2026年6月24日）\n各位校长、同志们：\n开场。\n一、认清形势\n今年以来，全区排查出危险水域127处。\n二、专项行动\n确保不发生溺水死亡事故。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    {
      text: '在全县2025年防汛工作动员部署会议上的讲话\n（2026年4月14日）\n同志们：\n开场。\n一、去年防汛工作经受住了考验\n2025年汛期，全县转移群众3,842户。\n二、今年防汛任务\n确保安全度汛。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    // the meeting's year in a subtitle or title kept from last year's file
    // (no date line: the review headed 去年 names last year's occasion by its year; 文旅)
    {
      text: '在全县2025年“五一”假期旅游安全工作会议上的讲话\n同志们：\n开场。\n一、去年“五一”假期全县旅游市场平稳有序\n2025年“五一”假期，全县接待游客42.6万人次，同比增长17.3%。\n二、全力抓好今年假期各项工作\n确保安全。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    {
      text: '标题\n——在2025年全县科协工作会议上的讲话\n同志们：\n开场。\n一、2025年工作回顾\n完成了任务。\n二、2026年工作任务\n确保完成。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    {
      text: '在县融媒体中心2025年度工作会议上的讲话\n同志们：\n开场。\n一、2025年工作回顾\n完成了任务。\n二、2026年工作任务\n确保完成。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
  ],
  quiet: [
    // the year commended is the year reviewed: a December meeting's own year, a January one's last year
    {
      text: '标题\n（2026年12月29日）\n同志们：\n刚才，会议宣读了《关于表彰2026年度全县民政工作先进集体和先进个人的决定》。\n一、2026年民政工作回顾\n完成了任务。\n二、2027年工作任务\n确保完成。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    { text: '今天召开会议，总结2025年工作，表彰2025年度科技创新先进集体和先进个人。', in: 'opening' },
    // a meeting that reviews the year it is held in, before its end, commends the last year finished
    // (应急 June campaign, tryout 16; 县政府 July mid-year)
    {
      text: '标题\n（2026年6月10日）\n同志们：\n今天召开百日攻坚动员会，会上表彰了2025年度安全生产先进单位。\n一、今年以来安全生产形势\n今年以来，全县安全生产形势总体平稳。\n二、攻坚任务\n确保完成。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    {
      text: '标题\n（2026年7月15日）\n同志们：\n会议表彰了2025年度招商引资先进集体。\n一、上半年工作回顾\n今年以来，全县新签约项目18个。\n二、下半年工作安排\n确保完成。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    // a meeting that plans the year it is held in readies the next in its tasks (统计 mid-year; 县政府 前三季度, corpus 249)
    {
      text: '标题\n（2026年7月10日）\n同志们：\n今天召开会议，主要是回顾全市今年上半年统计工作，安排部署下半年工作。\n一、上半年主要工作\n今年以来，全市完成统计调查项目46个。\n二、下半年工作打算\n要提前谋划明年工作。2027年是“十五五”规划的关键之年，要抓紧储备一批项目。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    { text: '今天召开会议，总结2025年工作，部署2026年任务。下面，我讲三点意见：', in: 'opening' },
    { text: '现在，我代表县红十字会理事会，向大会报告2025年工作和2026年工作安排，请予审议。', in: 'opening' },
    { text: '下面，我向大家报告2026年工作安排。', in: 'opening' },
    { text: '2025年就要过去了，回头看这一年，大家辛苦了。', in: 'opening' },
    { text: '即将过去的2025年，是极不平凡的一年。', in: 'review' },
    // an occasion about to begin in the year given, or later; not a deed of that year (渔业, 征兵, 住建, 交通)
    {
      text: '标题\n（2026年4月28日）\n同志们：\n再过三天，2026年伏季休渔就要开始了。今天召开会议，部署今年休渔工作。\n一、去年休渔工作回顾\n完成了任务。\n二、2026年休渔重点任务\n确保完成。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    {
      text: '标题\n（2025年11月20日）\n同志们：\n2025年冬季征兵即将开始，今天召开会议，总结今年工作，部署明年工作。\n一、2025年工作回顾\n完成了任务。\n二、2026年工作任务\n确保完成。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    { text: '2024年启动的老旧小区改造项目就要开始验收了。', in: 'review' },
    // a 年度's appraisal, review or return begins in the year after it (组织, 税务, 统计, 机关党建)
    {
      text: '标题\n（2026年1月20日）\n同志们：\n2025年度目标绩效考核即将开始，各单位要认真准备。今天召开会议，总结2025年工作，部署2026年任务。\n一、2025年工作回顾\n完成了任务。\n二、2026年工作任务\n确保完成。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    {
      text: '标题\n（2026年2月26日）\n同志们：\n2025年度个税汇算即将开始，纳税服务要早作准备。\n一、2025年税收工作回顾\n完成了任务。\n二、2026年工作任务\n确保完成。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    {
      text: '标题\n（2026年1月8日）\n同志们：\n即将开始的2025年度统计年报工作，任务重、要求高。\n一、2025年统计工作回顾\n完成了任务。\n二、2026年工作任务\n确保完成。\n三、工作要求\n一要严。\n2025年度述职评议就要开始了，大家要认真准备。\n同志们，谢谢！',
      in: 'speech',
    },
    { text: '即将到来的2027年春运，客流将再创新高。', in: 'tasks' },
    { text: '今天召开会议，回顾“十四五”以来特别是2025年全市工作，部署2026年任务。我讲三点意见：', in: 'opening' },
    { text: '这次全区2025年统计工作总结暨2026年工作部署会议，主要任务是回顾成绩、明确任务。', in: 'opening' },
    { text: '今天召开会议，回顾总结过去一年工作并安排部署2026年任务。下面，我讲三点意见：', in: 'opening' },
    { text: '今天召开全市2021—2025年工作回顾暨2026年工作部署会议。下面，我讲三点意见：', in: 'opening' },
    { text: '在2025年的基础上，2026年全面推行乡镇财政所标准化建设。', in: 'tasks' },
    // the plan year's reform; last year's as a base or for what it made; a review's (国资, 卫健, 农业)
    { text: '2026年深化县属国有企业改革，推动国有资本向重点产业集中。', in: 'tasks' },
    { text: '在2025年深化改革的基础上，持续推进国有企业提质增效。', in: 'tasks' },
    { text: '2025年深化医药卫生体制改革的成果，为县域医共体建设打下了基础。', in: 'tasks' },
    { text: '2025年深化农村集体产权制度改革，村级集体经济年收入全部超过10万元。', in: 'review' },
    { text: '2026年，全平台阅读量力争突破4亿次。', in: 'tasks' },
    { text: '力争2026年社会消费品零售总额突破1442亿元。', in: 'tasks' },
    { text: '力争在2025年基础上增长10%，确保2025年底前开工的项目年内投产。', in: 'tasks' },
    { text: '确保2025年度考核结果运用到位，争取2021—2025年规划目标全面收官。', in: 'tasks' },
    { text: '力争2027年森林覆盖率提高到64%。', in: 'tasks' },
    { text: '力争2025年社会消费品零售总额突破1442亿元。', in: 'review' },
    {
      text: '标题\n（2025年12月26日）\n同志们：\n今天召开会议，总结今年工作。\n一、2025年工作回顾\n完成了任务。\n二、2026年工作任务\n冲刺最后几天，力争2025年财政收入突破10亿元。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    { text: '今天，我们召开2026年全县数据工作会议。这是县数据局组建以来的第一次会议。', in: 'opening' },
    { text: '今天县政府召开这次会议，对全县2026年“三夏”工作进行再动员、再部署。', in: 'opening' },
    { text: '今天召开2025年度全县教育系统总结表彰大会，表彰先进。', in: 'opening' },
    { text: '今天召开全市2021—2025年工作总结会议。', in: 'opening' },
    // given as the reviewed year ends, the meeting is that year's (岁末将至)
    { text: '岁末将至，今天我们召开2025年全县经济工作会议。', in: 'opening' },
    { text: '2025年，全平台阅读量突破3亿次，今年力争再上台阶。', in: 'tasks' },
    { text: '开展2025年度部门整体支出绩效评价，2025年底前启动的项目要加快建设。', in: 'tasks' },
    { text: '2025年，全县财政收入增长5.1%，已为今年工作打下基础。2027年要实现全覆盖。', in: 'tasks' },
    '一年来，全县上下团结奋斗，圆满完成了2025年各项目标任务。',
    { text: '2025年，全市体育系统紧扣建设体育强市目标，各项工作取得新进展。', in: 'review' },
    {
      text: '标题\n（2025年12月26日）\n同志们：\n今天召开会议，总结今年工作。\n一、2025年工作回顾\n完成了任务。\n二、2026年工作任务\n确保完成。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    {
      text: '标题\n（2026年2月10日）\n同志们：\n今天召开会议。\n一、2025年工作回顾\n完成了任务。\n二、2026年工作任务\n确保完成。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    { text: '配合完成《全市妇女发展规划（2021—2030年）》中期评估，推进2021—2030年儿童发展纲要落实。', in: 'review' },
    // the next year's targets beside the review's results, and a table's header row (农机, 统计, 财政)
    { text: '2025年主要指标完成情况和2026年预期目标如下表。', in: 'review' },
    { text: '这些成绩为实现2026年的主要目标任务打下了坚实基础。', in: 'review' },
    { text: '指标\u30002025年\u30002026年预期\u3000增长', in: 'review' },
    // tryout 14 B2: a Word table's header, imported with single spaces between its cells (table-rows.ts cellsOf)
    { text: '指标\u30002025年\u30002026年\u3000增长', in: 'review' },
    { text: '指标 2024年 2025年 2026年 增长', in: 'review' },
    // the plan year's new work; last year's told against now, or what it made (农机, 民政, 发改, 文旅)
    { text: '扶持壮大农机专业合作社，2026年新培育农机专业合作社8家。', in: 'tasks' },
    { text: '2025年新培育农机专业合作社6家，今年要再培育8家。', in: 'tasks' },
    { text: '2025年新建的12个村级养老服务站要全部投入运营。', in: 'tasks' },
    { text: '2025年新开工亿元以上项目15个，已竣工9个，其余要加快建设。', in: 'tasks' },
    { text: '在2025年新建12个站的基础上，再建8个。', in: 'tasks' },
    { text: '2025年新增A级景区4家，2026年力争再增3家。', in: 'tasks' },
    { text: '2025年新培育农机专业合作社6家。', in: 'review' },
    // a plan of the year planned or reviewed, over a span, revised, or no plan (农业, 巡察, 住建, 纪检)
    { text: '刚才，镇党委副书记宣读了《柳河镇2026年秋季秸秆禁烧工作方案》。', in: 'opening' },
    { text: '全面完成《2025年县委巡察工作要点》确定的各项任务。', in: 'review' },
    { text: '刚才，区城管局宣读了《2026年全区市容环境百日攻坚行动方案》。', in: 'opening' },
    { text: '认真落实《全县保密宣传教育三年行动方案（2024—2026年）》。', in: 'tasks' },
    { text: '严格落实《县委巡察整改和成果运用实施办法（2024年修订）》。', in: 'tasks' },
    { text: '对照《关于开展2024年度巡察整改“回头看”的通知》，逐项销号。', in: 'tasks' },
    { text: '用好《2024—2026年科技成果转化行动方案》。', in: 'tasks' },
    { text: '全市体育系统紧扣目标，2024年，我们启动了体育公园建设。', in: 'review' },
    { text: '全院2025届毕业生3,286人，截至2025年12月31日，落实毕业去向3,115人。', in: 'review' },
    { text: '截至2025年底，全县累计建成5G基站1,260个，实现乡镇全覆盖。', in: 'review' },
    // the first end of a change, the reviewed year's end named beside it; or not a review
    { text: '全县5G基站由截至2024年底的860个增加到2025年底的1,260个。', in: 'review' },
    { text: '截至2024年底，全市各项贷款余额1,862亿元。', in: 'opening' },
    { text: '2021年，我们启动了体育公园三年建设行动。', in: 'review' },
    { text: '2025年全县完成交通固定资产投资18.6亿元，同比增长9.4%。', in: 'review' },
    // the end of last year, since last year, or a year inside the sentence: no opening of last year's work
    { text: '2024年底全县粮食总产量33.6万吨，今年再创新高。', in: 'review' },
    { text: '2024年以来全市累计建成5G基站1,260个。', in: 'review' },
    { text: '全县对照2024年全市一般公共预算收入目标，完成86.5亿元。', in: 'review' },
    '五年来，提前超额完成2021年的职业技能提升行动目标任务，2021—2025年各项目标任务全面完成。',
    { text: '过去的一年，我们全面完成了2025年全年任务。今天召开会议，部署2026年任务。', in: 'opening' },
    { text: '确保全面完成2026年各项目标任务，为“十五五”开好局。', in: 'tasks' },
    // the plan year, the review year at a year-end meeting, or a later year reached for
    { text: '召开这次会议，就是要鼓足干劲，确保2026年组织收入任务圆满完成。', in: 'opening' },
    { text: '冲刺四季度，确保2025年各项目标任务圆满收官。', in: 'opening' },
    { text: '大家要以只争朝夕的劲头，奋力完成2026年外贸目标任务。', in: 'closing' },
    { text: '力争到2027年全面完成老旧小区改造任务。', in: 'tasks' },
    { text: '新增完成生活污水治理行政村30个，力争到2026年农村生活污水治理率达到75%。', in: 'tasks' },
    { text: '确保到2028年底全县义务教育学校全部达到省定办学标准。', in: 'requirements' },
    // a target of a past plan, told in the review
    { text: '2023年县里提出力争到2024年实现行政村通客车全覆盖，这一目标如期实现。', in: 'review' },
    {
      text: '标题\n同志们：\n开场。\n一、2025年工作回顾\n2025年完成了任务。\n二、2026年重点任务\n2026年，确保新增就业3300人，力争完成各项任务。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    {
      text: '标题\n同志们：\n开场。\n一、2025年工作回顾\n2025年完成了任务。\n二、聚焦目标任务，到2030年基本建成教育强县\n2026年，确保新增就业3300人。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    {
      text: '标题\n同志们：\n今天召开会议，总结2025年工作。\n一、2021年以来全县工作取得的成效\n完成了任务。\n二、2026年工作任务\n确保完成。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    {
      text: '标题\n（2026年12月29日）\n同志们：\n今天开个年终总结会。\n一、今年工作回顾\n完成了任务。\n二、明年重点工作\n明年是“十五五”规划实施的第二年，要确保完成。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    {
      text: '标题\n——在2026年全县科协工作会议上的讲话\n同志们：\n开场。\n一、2025年工作回顾\n完成了任务。\n二、2026年工作任务\n确保完成。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    {
      text: '在县融媒体中心2026年度工作会议上的讲话\n同志们：\n开场。\n一、2025年工作回顾\n完成了任务。\n二、2026年工作任务\n确保完成。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    // the title and the date line agree (a June campaign, an April flood meeting)
    {
      text: '在全区2026年中小学暑期安全工作动员部署会上的讲话\n（2026年6月24日）\n各位校长、同志们：\n开场。\n一、认清形势\n今年以来，全区排查出危险水域127处。\n二、专项行动\n确保不发生溺水死亡事故。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    {
      text: '在全县2026年防汛工作动员部署会议上的讲话\n（2026年4月14日）\n同志们：\n开场。\n一、去年防汛工作经受住了考验\n2025年汛期，全县转移群众3,842户。\n二、今年防汛任务\n确保安全度汛。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    {
      text: '在全县2026年“五一”假期旅游安全工作会议上的讲话\n同志们：\n开场。\n一、去年“五一”假期全县旅游市场平稳有序\n2025年“五一”假期，全县接待游客42.6万人次，同比增长17.3%。\n二、全力抓好今年假期各项工作\n确保安全。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    // given in December, in the year it reviews: the meeting is that year's
    {
      text: '标题\n——在2025年全县经济工作会议上的讲话\n（2025年12月26日）\n同志们：\n开场。\n一、2025年工作回顾\n完成了任务。\n二、2026年工作任务\n确保完成。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    {
      text: '标题\n——在全镇2025年经济工作总结暨2026年工作部署会议上的讲话\n同志们：\n开场。\n一、2025年工作回顾\n完成了任务。\n二、2026年工作任务\n确保完成。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
  ],
  check({ text }, ctx) {
    const out: BlockFinding[] = []
    const { reviewYear, planYear } = ctx
    if (reviewYear === null || planYear === null) return out
    if (ctx.blockType === 'byline') return dateLineYear(text, reviewYear, planYear)
    if (ctx.blockType === 'title' || ctx.blockType === 'subtitle')
      out.push(...meetingYear(text, ctx, reviewYear, planYear))
    const push = (m: RegExpExecArray, year: number, want: number, what: string) =>
      out.push({
        rule: this.id,
        from: m.index + m[0].lastIndexOf(String(year)),
        to: m.index + m[0].lastIndexOf(String(year)) + 4,
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
    // The year whose best the meeting commends is the year it reviews (表彰2026年度…先进集体 at a
    // December 2026 year-end meeting, 表彰2025年度… at a January 2026 one).
    // A meeting that reviews the year it is held in (a June campaign, a July mid-year) commends the
    // last year finished as well (表彰了2025年度… at a June 2026 meeting: tryout 16).
    for (const m of text.matchAll(COMMENDED_YEAR)) {
      const y = Number(m[1])
      // The year such a meeting commends is the last one closed (2025年度 at a June 2026 campaign).
      const want = reviewYear === planYear ? reviewYear - 1 : reviewYear
      if (y !== reviewYear && y !== want) push(m, y, want, '表彰')
    }
    for (const m of text.matchAll(REVIEW_NAMED)) {
      const y = Number(m[1])
      if (y !== reviewYear) push(m, y, reviewYear, '总结')
    }
    for (const m of text.matchAll(PLAN_NAMED)) {
      const y = Number(m[1])
      if (y !== planYear) push(m, y, planYear, '部署')
    }
    if (ctx.container === 'opening') {
      for (const m of text.matchAll(DEPLOYED_YEAR)) {
        const y = Number(m[1])
        if (y !== planYear) push(m, y, planYear, '部署')
      }
      for (const m of text.matchAll(MEETING_NOW)) {
        const y = Number(m[1])
        if (y === planYear || (ctx.givenInReviewYear && y === reviewYear)) continue
        const at = m.index + m[0].lastIndexOf(String(y))
        // Without a date line, a year-end meeting may name itself by the year it reviews: a warning.
        const maybeYearEnd = y === reviewYear && !ctx.givenOn
        out.push({
          rule: this.id,
          ...(maybeYearEnd ? { severity: 'warning' as const } : {}),
          from: at,
          to: at + 4,
          message: `这里召开的会议写的是${y}年，但这篇讲话回顾${reviewYear}年、部署${planYear}年，会议应为${planYear}年。`,
        })
      }
    }
    for (const doc of text.matchAll(PLAN_DOCUMENT)) {
      const name = doc[1]
      for (const m of name.matchAll(YEAR_NAMED)) {
        const y = Number(m[1])
        const rest = name.slice(m.index + m[0].length)
        // Outside the review, a plan the meeting reads, issues or follows now is the year planned
        // (the year reviewed at a year-end meeting): one of the year reviewed is last year's name
        // kept, less surely than an older one (it may be the plan just carried out): a warning.
        const lastYears = y === reviewYear && !ctx.givenInReviewYear && ctx.partKind !== 'review' && y < planYear
        if (
          (y >= reviewYear && !lastYears) ||
          SPAN_FROM.test(rest) ||
          SPAN_TO.test(name.slice(0, m.index)) ||
          /^(?:修订|版)/.test(rest)
        )
          continue
        const at = doc.index + 1 + m.index
        out.push({
          rule: this.id,
          ...(lastYears ? { severity: 'warning' as const } : {}),
          from: at,
          to: at + 4,
          message: `这份文件写的是${y}年的${name.slice(-2)}，但这篇讲话回顾${reviewYear}年、部署${planYear}年，应为${planYear}年。`,
        })
      }
    }
    for (const m of text.matchAll(FINISH_YEAR)) {
      const y = Number(m[1])
      if (y < reviewYear) push(m, y, planYear, '要完成任务')
    }
    if (ctx.partKind === 'tasks' || ctx.partKind === 'requirements' || ctx.container === 'opening')
      for (const m of text.matchAll(REACHED_BY)) {
        const y = Number(m[1])
        if (y >= reviewYear) continue
        const at = m.index + m[0].lastIndexOf(m[1])
        out.push({
          rule: this.id,
          from: at,
          to: at + 4,
          message: `这里力争做到的是${y}年，但这篇讲话回顾${reviewYear}年、部署${planYear}年，${y}年已经过去。`,
        })
      }
    if (ctx.partKind === 'tasks')
      for (const m of text.matchAll(TARGET_YEAR)) {
        const y = Number(m[1])
        if (y >= planYear || (ctx.givenInReviewYear && y === reviewYear)) continue
        const at = m.index + m[0].lastIndexOf(m[1])
        out.push({
          rule: this.id,
          from: at,
          to: at + 4,
          message: `任务部分的目标写的是${y}年，但这篇讲话部署的是${planYear}年，可能是去年的原话没改。`,
        })
      }
    if (ctx.partKind === 'tasks' || ctx.container === 'opening') {
      for (const m of text.matchAll(STATED_YEAR)) {
        const y = Number(m[1])
        if (!tasksYears(ctx).includes(y) && !(ctx.container === 'opening' && y === reviewYear))
          out.push({
            rule: this.id,
            from: m.index,
            to: m.index + 4,
            message: `“${y}年是……”说的是${y}年，但这篇讲话部署的是${planYear}年，可能是去年的原话。`,
          })
      }
    }
    // A tasks part's heading names the year it plans: "二、2025年重点任务" under a plan for 2026
    // is last year's heading kept (a year reached for, 到2027年, is later and stays).
    if (ctx.partKind === 'tasks' && ctx.blockType === 'part_heading') {
      const named = [...text.matchAll(YEAR_NAMED)]
      if (!named.some((m) => Number(m[1]) === planYear))
        for (const m of named.filter((m) => Number(m[1]) < planYear))
          out.push({
            rule: this.id,
            from: m.index,
            to: m.index + 4,
            message: `这一部分部署的是${planYear}年的任务，标题写的却是${m[1]}年，应为${planYear}年。`,
          })
    }
    // So does a review's heading name the year it reviews: "一、充分肯定2024年全县动物防疫工作成绩"
    // over a review of 2025 is last year's heading kept (a span it starts, 2021年以来, stays).
    if (ctx.partKind === 'review' && ctx.blockType === 'part_heading') {
      const named = [...text.matchAll(YEAR_NAMED)].filter(
        (m) => !SPAN_FROM.test(text.slice(m.index + m[0].length)) && !SPAN_TO.test(text.slice(0, m.index)),
      )
      if (!named.some((m) => Number(m[1]) === reviewYear))
        // One report a year: "2024年全区统计工作总结" is reported above as what it 总结.
        for (const m of named.filter((m) => Number(m[1]) < reviewYear && !out.some((f) => f.from === m.index)))
          out.push({
            rule: this.id,
            from: m.index,
            to: m.index + 4,
            message: `这一部分回顾的是${reviewYear}年的工作，标题写的却是${m[1]}年，应为${reviewYear}年。`,
          })
    }
    if (ctx.partKind === 'review')
      // A review states its figures at the end of the year it reviews; the end of the year before, in a
      // sentence that names no end of the reviewed year (as the first end of a change does: 由截至2024年底
      // 的860个增加到2025年底的1,260个), is last year's sentence kept.
      for (const m of text.matchAll(STANDS_AT_YEAR_END)) {
        const y = Number(m[1])
        const sentence = sentenceAround(text, m.index, '。！？；')
        if (y === reviewYear - 1 && !sentence.includes(`${reviewYear}年`))
          out.push({
            rule: this.id,
            severity: 'warning',
            from: m.index + m[0].indexOf(m[1]),
            to: m.index + m[0].indexOf(m[1]) + 4,
            message: `回顾${reviewYear}年的部分里，这里写的是截至${y}年底的数，可能是去年的原话，应为${reviewYear}年。`,
          })
      }
    if (ctx.partKind === 'tasks') {
      for (const m of text.matchAll(YEAR_OF_ACTION)) {
        const y = Number(m[1])
        if (y < planYear && !/年是/.test(m[0]))
          out.push({
            rule: this.id,
            severity: 'warning',
            from: m.index,
            to: m.index + 4,
            message: `任务部分说${y}年要做的事，但这篇讲话部署的是${planYear}年，可能是去年的原话。`,
          })
      }
    }
    if (ctx.partKind === 'tasks')
      for (const m of text.matchAll(YEAR_OF_NEW_WORK)) {
        const y = Number(m[1])
        if (y >= planYear || (ctx.givenInReviewYear && y === reviewYear)) continue
        const sentence = sentenceAround(text, m.index, '。！？')
        if (NOW_BESIDE.test(sentence) || sentence.includes(`${planYear}年`)) continue
        const at = m.index + m[0].indexOf(m[1])
        out.push({
          rule: this.id,
          severity: 'warning',
          from: at,
          to: at + 4,
          message: `任务部分写的是${y}年要新做的事，但这篇讲话部署的是${planYear}年，可能是去年的原话没改。`,
        })
      }
    // A year's targets met as a whole: in the review, or said done in the opening or closing, the
    // review year's; in the tasks, to be met, not a year before the plan's.
    for (const t of targetsMetIn(text)) {
      const review = ctx.partKind === 'review' || (ctx.container !== 'part' && t.past)
      const wrong = review ? t.year !== reviewYear : ctx.partKind === 'tasks' && t.year < planYear
      if (wrong)
        out.push({
          rule: this.id,
          severity: 'warning',
          from: t.from,
          to: t.to,
          message: review
            ? `这里说完成的是${t.year}年的目标任务，但这篇讲话回顾的是${reviewYear}年，应为${reviewYear}年。`
            : `任务部分说要完成${t.year}年的目标任务，但这篇讲话部署的是${planYear}年，可能是去年的原话。`,
        })
    }
    // "2025年就要过去了": a year said to be ending is the one the speech reviews (a December speech's).
    for (const m of text.matchAll(YEAR_ENDING)) {
      const y = Number(m[1] ?? m[2])
      if (y !== reviewYear)
        out.push({
          rule: this.id,
          severity: 'warning',
          from: m.index,
          to: m.index + 4,
          message: `这里说${y}年就要过去，但这篇讲话回顾的是${reviewYear}年，应为${reviewYear}年。`,
        })
    }
    // "2026年伏季休渔就要开始了": an occasion about to begin falls in the year the speech is given in
    // or later; one before the year reviewed, or the year reviewed in a speech given in the year
    // it plans, is last year's sentence kept. The year to write is the one the speech is given in
    // (its date line's, or the one its words say), not the year it plans: a November speech's
    // 冬季征兵 is that year's. Not knowing it, the check says only that the year is past.
    const givenIn = ctx.givenInPlanYear ? planYear : ctx.givenInReviewYear ? reviewYear : null
    for (const m of text.matchAll(YEAR_COMING)) {
      const y = Number(m[1] ?? m[2])
      // In a meeting that reviews the year it plans (a May exam meeting), that year is the one it is given in.
      if (y > reviewYear || (y === reviewYear && (!ctx.givenInPlanYear || reviewYear === planYear))) continue
      const at = m.index + m[0].indexOf(String(y))
      out.push({
        rule: this.id,
        severity: 'warning',
        from: at,
        to: at + 4,
        message:
          givenIn === null
            ? `这里说${y}年的事就要开始，但这篇讲话回顾${reviewYear}年、部署${planYear}年，${y}年已经过去，请核对年份。`
            : `这里说${y}年的事就要开始，但这篇讲话在${givenIn}年讲，应为${givenIn}年或以后。`,
      })
    }
    // A review paragraph that opens with its year ("2025年，全市体育系统……") opens with the year it
    // reviews; the year before is last year's opening kept (older years open the steps of a
    // five-year review: 2021年，我们启动……). A later one the next check reports.
    // A paragraph's, not a heading's: a review heading naming last year is the heading check's (an error).
    const opening = ctx.partKind === 'review' && ctx.blockType === 'paragraph' ? OPENS_WITH_YEAR.exec(text) : null
    if (opening && Number(opening[1]) === reviewYear - 1)
      out.push({
        rule: this.id,
        severity: 'warning',
        from: opening.index + opening[0].indexOf(opening[1]),
        to: opening.index + opening[0].indexOf(opening[1]) + 4,
        message: `回顾部分这一段以${opening[1]}年开头，但这篇讲话回顾的是${reviewYear}年，可能是去年的原话。`,
      })
    if (ctx.partKind === 'review') {
      // A table's header row (指标　2025年　2026年　增长) lists the years its columns hold.
      const row = isCellLine(text)
      for (const m of text.matchAll(YEAR_NAMED)) {
        const y = Number(m[1])
        // The end of a span the review year is in (2021—2030年) is a plan's period; a span all
        // after it (2026年至2027年) is not this review's. A year inside 《》 names a document.
        const spanFrom = SPAN_START_BEFORE.exec(text.slice(0, m.index))
        if (
          y > reviewYear &&
          !new RegExp(`^年${RANGE_JOIN}`).test(text.slice(m.index + 4)) &&
          !PLAN_OF_YEAR_AFTER.test(text.slice(m.index + m[0].length)) &&
          !row &&
          !(spanFrom && Number(spanFrom[1]) <= reviewYear) &&
          !insideBookTitle(text, m.index)
        )
          out.push({
            rule: this.id,
            severity: 'warning',
            from: m.index,
            to: m.index + 4,
            message: `回顾${reviewYear}年的部分里出现了${y}年，请确认这不是别年的内容。`,
          })
      }
    }
    return onePerPlace(out)
  },
}

/** The sentence of `text` around `at`, between the marks in `ends` (the marks themselves left out). */
function sentenceAround(text: string, at: number, ends: string): string {
  const from = Math.max(...[...ends].map((ch) => text.lastIndexOf(ch, at))) + 1
  const end = [...ends].map((ch) => text.indexOf(ch, at)).filter((i) => i >= 0)
  return text.slice(from, end.length ? Math.min(...end) : text.length)
}

/**
 * One finding for one wrong year: the readings above overlap (确保2024年各项目标任务 is a task to
 * finish, a year's targets and a target set), and the secretary should see the year once, by the
 * surest reading (an error before a warning, then the first said).
 */
function onePerPlace(findings: BlockFinding[]): BlockFinding[] {
  const rank = (f: BlockFinding) => (f.severity === 'warning' ? 1 : f.severity === 'info' ? 2 : 0)
  return findings.filter((f, i) =>
    findings.every(
      (g, j) => j === i || !(g.from < f.to && f.from < g.to) || rank(g) > rank(f) || (rank(g) === rank(f) && j > i),
    ),
  )
}

/**
 * 今年/去年/明年 inside a review: they count from the day the speech is given, so after a year's
 * roll they point at the wrong year. 上年, 上一年度 and 同期 count from the year the review
 * speaks of ("上一年度审计查出问题整改率", "比上年增长") and stay right.
 *
 * In a speech given in the year it reviews (December), the tasks are next year's: a 今年 there
 * sets this year's task, one already over, unless it is what the plan is measured from (比今年,
 * 在今年……的基础上, 今年以来), or the year's own count that a task is set on (今年未完工的5个项目,
 * 今年排查出的12处隐患: 今年, a few words and 的 before a figure, restate what the year left), or
 * this year's level a task raises (覆盖率由今年的86.3%提高到100%, 从今年的12家增加到20家: 今年的 right
 * before a figure).
 */
const THIS_YEAR_AS_PLAN = /(?<![比较与同在])今年(?!以来|的基础|基础上|同期|相比|[^，。；！？的]{0,8}的\s*[\d\uFFFC])/g

/** A clause opening with 今年 (not 今年是, 今年以来, 今年要) and a figure in its sentence: group 2 the words between. */
const THIS_YEAR_DONE = /(^|[，。；：！？])今年(?![是以要将])[，,]?([^。；！？\uFFFC]*)\uFFFC/g
/**
 * Words that make such a clause say what is to be done: a plan's verbs, and the bounds and budget
 * words a year's target is set with (不少于3300人, 安排民生支出25.6亿元, 控制在, 以上).
 */
const FORWARD_WORDS =
  /要|将|力争|确保|争取|计划|目标|预计|拟|有信心|预期|奋力|安排|预算|下达|不少于|不低于|不超过|控制在|以上|以内/
/**
 * The relative words a review should not use; not 今年 that turns to what is to be done (今年要,
 * 今年将, 今年力争, 在今年的工作中认真加以解决, 在今年的专项检查中必须切实加以解决, 必须在今年假期前解决好):
 * a review's shortcomings end so
 * ("……这些问题，今年要下大力气解决"), and that 今年 is the year the speech is given in, which it names
 * rightly every year.
 */
const RELATIVE_IN_REVIEW =
  /今年以来|(?<!(?:必须|务必|要|力争|确保|争取|应当|需要)在)今年(?!要|将|还要|力争|确保|争取|计划|必须|务必|的?[^，。；！？]{0,8}?中[^，。；！？]*?(?:解决|改进|克服|整改|补齐))|去年|明年|本年度/g

/** A clause that gives a whole year's result. */
const WHOLE_YEAR = /全年|一年来|一年中/

export const relativeTime: BlockRule = {
  id: 'relative-time',
  name: '相对时间词',
  severity: 'warning',
  group: '年份',
  scope: 'block',
  purpose: '回顾部分里的“今年、去年”换年后指错年份，应写明年份；年底讲的讲话，任务部分的“今年”指的是已经过去的这一年。',
  fires: [
    '今年以来，全县新增就业3250人。',
    '去年考核发现的问题全部整改到位。',
    // 今年的工作中 that tells a result, not what is to be solved
    { text: '在今年的工作中，全县完成人工造林2.6万亩。', in: 'review' },
    { text: '在今年的专项检查中，全县共检查食品经营主体6,842户次。', in: 'review' },
    // 今年 that states a result, though a plan follows later in the sentence
    '今年，全县新增就业3250人，下一步要巩固提升。',
    {
      text: '标题\n同志们：\n今年，中心全年发布各类稿件1.86万条。\n一、2026年工作任务\n确保完成。\n二、工作要求\n一要严。\n今年是“十五五”开局之年，同志们，谢谢！',
      in: 'speech',
    },
    {
      text: '标题\n（2025年12月26日）\n同志们：\n今天召开会议，总结今年以来工作，部署明年工作。\n一、今年以来的主要成效\n全年新增就业3250人。\n二、明年工作任务\n今年全县新增就业力争达到3300人以上。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    // Dated in the year it plans: 今年以来 in its review of last year is the plan year's (防汛).
    {
      text: '标题\n（2026年4月14日）\n同志们：\n开场。\n一、去年防汛工作经受住了严峻考验\n今年以来，全县转移群众3,842户。\n二、2026年工作任务\n确保完成。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    // No date line; the opening plans 明年 (lang/year-end): the tasks' 今年 is the year reviewed (林场).
    {
      text: '标题\n同志们：\n我们召开全场工作总结会议，回顾一年来的工作，安排明年的重点任务。\n一、2026年主要工作成效\n完成了任务。\n二、2027年重点工作安排\n今年全场工作的总体要求是：完成人工造林2,500亩。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    // No date line, and a review heading that names its year: nothing says when the speech is given.
    {
      text: '在全县2026年“五一”假期旅游安全工作会议上的讲话\n同志们：\n开场。\n一、2025年“五一”假期全县旅游市场平稳有序\n去年“五一”假期没有发生安全事故。\n二、全力抓好2026年假期各项工作\n确保完成。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    // No date line: the opening says the year is ending (lang/year-end).
    {
      text: '标题\n同志们：\n岁末将至，我们召开全局年终工作会议，回顾总结2025年工作，安排部署2026年工作。\n一、2025年工作回顾\n今年以来，全局卷烟销量4.2万箱。\n二、2026年重点工作\n今年卷烟销量力争达到4.3万箱。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
  ],
  quiet: [
    // A plan-year opening that sets this year's whole-year targets or budget: not last year's results.
    {
      text: '标题\n同志们：\n今年，全年安排民生支出25.6亿元，比上年增长6%；今年，全年城镇新增就业不少于3300人。\n一、2026年工作任务\n确保完成。\n二、工作要求\n一要严。\n今年是“十五五”开局之年，同志们，谢谢！',
      in: 'speech',
    },
    { text: '今年要确保新增就业3300人。', in: 'tasks' },
    // a review's shortcomings turning to this year's work (村, 医院, 商务)
    { text: '农村人居环境整治还有短板，群众还有意见，今年要集中力量补上。', in: 'review' },
    { text: '同时也要看到，产科、儿科医生缺口较大，今年将通过公开招聘补齐。', in: 'review' },
    { text: '招商引资质效还不高，重大项目偏少，今年力争有新突破。', in: 'review' },
    // … or to be solved in this year's work (征兵, 统计, 卫健)
    { text: '对这些问题，必须高度重视，在今年的工作中认真加以解决。', in: 'review' },
    { text: '基层统计基础还比较薄弱，要在今年工作中切实加以改进。', in: 'review' },
    { text: '部分乡镇卫生院人才流失问题突出，需要在今年的工作中着力补齐。', in: 'review' },
    // … or in this year's campaign, check or term (市场监管, 交通, 教育)
    { text: '这些问题在今年的专项检查中必须切实加以解决。', in: 'review' },
    { text: '少数班线发班不正常，要在今年的春运组织中加以改进。', in: 'review' },
    { text: '个别学校安全隐患排查不彻底，今年的开学检查中要全部整改。', in: 'review' },
    // … or to be solved within this year, the modal before it (文旅, 交通, 环保)
    { text: '这些问题，必须在今年假期前解决好。', in: 'review' },
    { text: '少数旅客反映购票难、候车时间长，这些问题必须在今年切实加以解决。', in: 'review' },
    { text: '督察反馈的问题还有3项没有销号，要在今年年底前全部整改到位。', in: 'review' },
    {
      text: '标题\n同志们：\n去年，中心全年发布各类稿件1.86万条。今年，全平台阅读量力争突破4亿次。\n一、2026年工作任务\n确保完成。\n二、工作要求\n一要严。\n今年是“十五五”开局之年，同志们，谢谢！',
      in: 'speech',
    },
    {
      text: '标题\n同志们：\n今年1—2月，全县规模以上工业增加值同比增长6.5%。今年春节期间，全县接待游客12.5万人次。今年，全县上下有信心实现全年地区生产总值增长6%。\n一、2026年工作任务\n确保完成。\n二、工作要求\n一要严。\n今年是“十五五”开局之年，同志们，谢谢！',
      in: 'speech',
    },
    {
      text: '标题\n同志们：\n今年，全县新增就业3250人。\n一、2025年工作回顾\n完成了任务。\n二、2026年工作任务\n确保完成。\n三、工作要求\n一要严。\n今年是“十四五”收官之年，同志们，谢谢！',
      in: 'speech',
    },
    '对上一年度考核发现的问题全部整改到位，上一年结转资金全部盘活。',
    {
      text: '标题\n（2025年12月26日）\n同志们：\n今天召开会议，总结今年以来工作，部署2026年工作。\n一、今年以来的主要成效\n今年以来，全县新增就业3250人。\n二、2026年工作任务\n确保完成。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    {
      text: '标题\n（2025年12月26日）\n同志们：\n今天召开会议，总结今年以来工作，部署明年工作。\n一、今年以来的主要成效\n全年新增就业3250人。\n二、明年工作任务\n明年全县新增就业力争达到3300人以上，在今年的基础上稳中有进，巩固今年以来的好势头。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    {
      text: '标题\n同志们：\n岁末将至，我们召开全局年终工作会议，回顾总结2025年工作，安排部署2026年工作。\n一、2025年工作回顾\n今年以来，全局卷烟销量4.2万箱。\n二、2026年重点工作\n明年卷烟销量力争达到4.3万箱。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    // Dated in the year it plans, a review of the year before says 去年 of it plainly (防汛, 教育).
    {
      text: '标题\n（2026年4月14日）\n同志们：\n开场。\n一、去年防汛工作经受住了严峻考验\n去年，全县转移群众3,842户。\n二、2026年工作任务\n确保完成。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    {
      text: '标题\n（2026年2月10日）\n同志们：\n开场。\n一、2025年工作回顾\n2025年，全县新建学校6所，比去年多2所。\n二、2026年工作任务\n确保完成。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    // No date line; the opening plans this year's work: given in the year it plans, 去年 is the year reviewed (防汛, 安全生产).
    {
      text: '在全县2026年防汛抗旱工作会议上的讲话\n同志们：\n今天召开全县防汛抗旱工作会议，全面部署今年防汛抗旱工作。\n一、2025年防汛抗旱工作回顾\n去年汛期全县共有水毁工程214处。\n二、2026年重点任务\n确保完成。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    {
      text: '标题\n同志们：\n今天召开全市安全生产工作会议，安排部署今年的重点任务。\n一、2025年安全生产工作回顾\n去年，全市生产安全事故起数下降12.5%。\n二、2026年重点任务\n确保完成。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    // No date line; the review's heading calls the year it reviews 去年: given in the year it plans (文旅, 交通).
    {
      text: '在全县2026年“五一”假期旅游安全工作会议上的讲话\n同志们：\n开场。\n一、去年“五一”假期全县旅游市场平稳有序\n2025年“五一”假期，全县接待游客42.6万人次。去年“五一”假期没有发生安全事故。\n二、全力抓好2026年假期各项工作\n确保完成。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    {
      text: '在全县2024年春运工作会议上的讲话\n同志们：\n开场。\n一、去年春运工作总体平稳有序\n2023年春运，全县发送旅客86.4万人次。去年春运中个别线路发班不正常。\n二、2024年春运重点工作\n确保完成。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    // No date line; the opening plans 明年's priorities: 今年 and 明年 in the review are plain (水利 移民).
    {
      text: '标题\n同志们：\n我们召开年终会议，主要任务是盘点今年工作，谋划明年重点。\n一、2026年工作回顾\n今年以来，全县发放直补资金747.6万元。这些问题，必须在明年工作中认真加以解决。\n二、2027年工作安排\n明年实施项目42个。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    // No date line; the opening plans 明年: 今年 in the review is the year reviewed (林场).
    {
      text: '标题\n同志们：\n我们召开全场工作总结会议，回顾一年来的工作，安排明年的重点任务。\n一、2026年主要工作成效\n今年是“十五五”开局之年。一年来，全场完成了各项任务。\n二、2027年重点工作安排\n明年全场工作的总体要求是：完成人工造林2,500亩。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    // Given in the year it reviews, this year's level as the start of a task's change (应急, 卫健, 市场监管).
    {
      text: '标题\n（2026年12月28日）\n同志们：\n开场。\n一、2026年工作回顾\n完成了任务。\n二、2027年工作安排\n重点企业执法检查覆盖率由今年的86.3%提高到100%。家庭医生签约率从今年的68.5%提高到72%。食品抽检合格率由今年的97.2%稳定在98%以上。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    // Given in the year it reviews, the tasks set on what this year left undone restate it (水利, 应急, 住建).
    {
      text: '标题\n（2026年12月20日）\n同志们：\n开场。\n一、2026年工作回顾\n完成了任务。\n二、2027年工作安排\n今年未完工的5个项目，要在明年4月底前全部完工。今年排查出的12处隐患，明年一季度前全部整改到位。对今年尚未开工的3个老旧小区，明年汛期前完成改造。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    // A mid-year meeting reviews and plans the year it is held in: its 今年 and 去年 are plain (税务, 统计).
    {
      text: '标题\n——在全市税务系统2026年年中工作会议上的讲话\n同志们：\n今天召开全局年中工作会议，总结上半年工作，部署下半年任务。\n一、上半年工作完成情况\n今年以来，全局组织税收收入12.6亿元，比去年同期增长5.2%。\n二、下半年重点任务\n今年要确保全年组织税收收入25亿元。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    {
      text: '标题\n（2026年7月10日）\n同志们：\n今天召开会议，主要是回顾全市今年上半年统计工作，安排部署下半年工作。\n一、上半年主要工作\n今年以来，全市完成统计调查项目46个。\n二、下半年工作打算\n今年下半年要完成经济普查准备工作，确保今年全年统计数据质量合格率达到100%。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
  ],
  check({ text }, ctx) {
    // A mid-year meeting reviews the year it plans, the year it is held in: 今年 is that year.
    if (ctx.reviewYear !== null && ctx.reviewYear === ctx.planYear) return []
    if (ctx.partKind === 'tasks' && ctx.givenInReviewYear)
      return [...text.matchAll(THIS_YEAR_AS_PLAN)].map((m) => ({
        rule: this.id,
        from: m.index,
        to: m.index + m[0].length,
        message: `这篇讲话在${ctx.reviewYear}年讲，任务部分的“今年”是${ctx.reviewYear}年；部署的是${ctx.planYear}年，应写“明年”或“${ctx.planYear}年”。`,
      }))
    // In the opening of a speech given in the year it plans, a clause opening with 今年 that gives
    // figures says last year's results as this year's (今年，中心全年发布各类稿件1.86万条).
    if (ctx.container === 'opening' && ctx.givenInPlanYear)
      return (
        [...text.matchAll(THIS_YEAR_DONE)]
          // Only a whole year's result (今年，中心全年发布……): 今年1—2月, 今年一季度, 今年春节 are this year's own.
          .filter((m) => WHOLE_YEAR.test(m[2]) && !FORWARD_WORDS.test(m[2]))
          .map((m) => ({
            rule: this.id,
            from: m.index + m[1].length,
            to: m.index + m[1].length + 2,
            message: `这篇讲话在${ctx.planYear}年讲，“今年”是${ctx.planYear}年；这里说的是${ctx.reviewYear}年已有的数字，应为“去年”或“${ctx.reviewYear}年”。`,
          }))
      )
    // A speech given in the year it reviews (December) rightly says 今年 of that year.
    if (ctx.partKind !== 'review' || ctx.givenInReviewYear) return []
    // One given in the year after the one it reviews says 去年 of that year, rightly.
    const lastYearIsReviewed =
      ctx.givenInPlanYear && ctx.reviewYear !== null && ctx.planYear !== null && ctx.reviewYear === ctx.planYear - 1
    return [...text.matchAll(RELATIVE_IN_REVIEW)]
      .filter((m) => !(lastYearIsReviewed && m[0] === '去年'))
      .map((m) => ({
        rule: this.id,
        from: m.index,
        to: m.index + m[0].length,
        message: `回顾部分里的“${m[0]}”指哪一年不明确${ctx.reviewYear ? `，建议写明年份（如“${ctx.reviewYear}年”）` : ''}。`,
      }))
  },
}

/** Words that look forward to an event: said in the year it falls in. */
const FORWARD = /迎接|献礼|庆祝|喜迎/

/**
 * The year a sentence names as its subject ("2026年是……", "今年是……", "明年是……"), or the year
 * written right before the phrase, of which it is said (开好明年开局之年的头, 今年收官之年).
 */
function statedYear(before: string, ctx: BlockContext): number | null {
  const all = [...before.matchAll(new RegExp(`(?:(${YEAR})\\s*年|(今|明)年)(?:是|为|将是|的?$)`, 'g'))]
  const m = all.at(-1)
  if (!m) return null
  if (m[1]) return Number(m[1])
  const thisYear = ctx.givenInReviewYear ? ctx.reviewYear : ctx.planYear
  return thisYear === null ? null : m[2] === '今' ? thisYear : thisYear + 1
}

/**
 * The year a phrase itself implies: "“十五五”开局之年" is 2026, "“十四五”规划收官之年" 2025; an
 * event beside it dates it too: "党的二十大召开之年", "迎接党的二十大胜利召开" are 2022 (not
 * "贯彻党的二十大精神的开局之年": the event is not beside the phrase).
 */
function impliedYear(
  before: string,
  phrase: string,
  event: EventInText | undefined,
): { year: number; plan: string } | null {
  if (event && !PLAN_FIRST.test(phrase) && !PLAN_LAST.test(phrase)) return { year: event.year, plan: event.text }
  const m = new RegExp(`${FIVE_YEAR_PLAN.source}(?:规划)?(?:的)?[^，。；]{0,6}$`).exec(before)
  const plan = m ? fiveYearPlanYears(m[1]) : null
  if (!m || !plan) return null
  if (PLAN_FIRST.test(phrase)) return { year: plan.from, plan: m[0].replace(/[^“”"十一二三四五六七八九]/g, '') }
  if (PLAN_LAST.test(phrase)) return { year: plan.to, plan: m[0].replace(/[^“”"十一二三四五六七八九]/g, '') }
  return null
}

/**
 * The words that look back on an event or a milestone said just before them: ……收官以来,
 * ……开局至今, 党的二十大胜利召开以后, 与……开局相比. The one definition of looking back, for a
 * milestone (LOOKED_BACK) and for a phrase bound to an event (timeBoundPhrase).
 */
const LOOK_BACK = '以来|至今|之后|以后|后|相比|以前'
/** A phrase bound to an event, looked back on by the words right after it: 党的二十大胜利召开以来. */
const LOOKING_BACK = new RegExp(`^(?:${LOOK_BACK})`)

/**
 * Words after a milestone, in its clause, that look back on it (LOOK_BACK) or make it a time or a
 * modifier: ……收官以来, 在……收官的基础上, ……开局之际, 开局当年, 开好局的基础.
 */
const LOOKED_BACK = new RegExp(`^[^，,。；！？]*?(?:${LOOK_BACK}|之际|时|当年)|^的`)
/** Words before a milestone, in its clause, that make it one end of a span or a comparison: 从……开局到……, 与……相比. */
const SPAN_OR_COMPARED = /(?:从|自|与|同|较|比)[^，,。；！？]*$/

/** A sentence that opens with its year ("2026年，全区……"): what it goes on to say is of that year. */
const SENTENCE_YEAR = new RegExp(`^\\s*(${YEAR})\\s*年[，,]`)

/** Words before a milestone that make it one still to reach: 为……作出贡献, 确保……, 奋力实现…… */
const TOWARDS = /(?:为|确保|奋力|全力|力争|推动|助力|实现|保障|服务)[^，。；！？]{0,12}$/

/**
 * Phrases bound to one year (开局之年, 收官之年, 献礼 … from the user's list). Stale when the year
 * they are said of is not the year the passage speaks of (the plan year; the review year in a
 * review), or contradicts the phrase itself ("2026年是“十四五”收官之年"). Said of no year, they
 * are left to the writer to confirm.
 */
export const timeBoundPhrase: BlockRule = {
  id: 'time-bound',
  name: '时效性提法',
  severity: 'warning',
  group: '年份',
  scope: 'block',
  purpose:
    '“开局之年”“献礼”“为‘十五五’开好局”这类提法和“成立75周年”这类纪念只对某一年适用：说的年份不是讲稿的年份，或与提法本身矛盾时要改写。',
  fires: [
    { text: '2025年是“十四五”收官之年。确保完成。', in: 'tasks' },
    { text: '2027年是“十五五”规划的关键之年，要确保各项目标完成。', in: 'tasks' },
    { text: '2026年是“十四五”收官之年，做好今年工作意义重大。', in: 'tasks' },
    { text: '以优异成绩迎接党的二十大胜利召开。', in: 'tasks' },
    '2025年是党的二十大召开之年，全县上下真抓实干。',
    { text: '2026年是新中国成立75周年，做好今年工作意义重大。', in: 'tasks' },
    { text: '同志们，让我们以优异成绩庆祝建党100周年！', in: 'closing' },
    { text: '同志们，让我们以优异成绩献礼新中国成立76周年！', in: 'closing' },
    { text: '同志们，让我们凝心聚力，为“十四五”圆满收官作出新的更大贡献！', in: 'closing' },
    { text: '全力以赴确保“十四五”规划目标任务圆满收官。', in: 'tasks' },
    // 之际 is no look back: the phrase says the event is now.
    { text: '值此党的二十大胜利召开之际，我们召开全市交通运输工作会议。', in: 'tasks' },
    // Given in 2025, the tasks speak of 2026: 今年开局之年 is 2025's.
    {
      text: '标题\n（2025年12月20日）\n同志们：\n今天召开全县财政工作会议。\n一、2025年财政工作回顾\n完成了任务。\n二、2026年财政工作任务\n抓好今年开局之年的预算安排。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
  ],
  quiet: [
    { text: '2026年是“十五五”开局之年，做好今年工作意义重大。', in: 'tasks' },
    // a meeting that plans the year it is held in readies the next in its tasks (统计 mid-year)
    {
      text: '标题\n（2026年7月10日）\n同志们：\n今天召开会议，主要是回顾全市今年上半年统计工作，安排部署下半年工作。\n一、上半年主要工作\n今年以来，全市完成统计调查项目46个。\n二、下半年工作打算\n要提前谋划明年工作。2027年是“十五五”规划的关键之年，要抓紧储备一批项目。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    { text: '推进乡村振兴示范村建设。', in: 'tasks' },
    '2025年是“十四五”收官之年。一年来，全县完成了各项任务。',
    '2025年是全面贯彻党的二十届三中全会精神的关键之年，全县完成了各项任务。',
    '2025年是深入贯彻党的二十大精神的关键之年，全县上下真抓实干。',
    '全区隆重纪念中国人民抗日战争暨世界反法西斯战争胜利80周年，开展宣讲活动。',
    { text: '同志们，让我们以优异成绩庆祝中国共产党成立105周年！', in: 'closing' },
    '党的二十大胜利召开以来，全县上下认真学习贯彻大会精神。',
    '党的二十大胜利召开以后，县卫生健康系统认真学习贯彻大会精神。',
    '党的二十大胜利召开至今，全区市场监管系统持续深化改革。',
    { text: '同志们，让我们凝心聚力，为“十五五”开好局、起好步作出新的更大贡献！', in: 'closing' },
    { text: '“十四五”圆满收官，“十五五”蓝图已经绘就。', in: 'tasks' },
    // No date line; the opening plans 明年 (lang/year-end): its 今年 is the year reviewed, 2026 (林场).
    {
      text: '标题\n同志们：\n我们召开全场工作总结会议，回顾一年来的工作，安排明年的重点任务。\n一、2026年主要工作成效\n今年是“十五五”开局之年。一年来，全场完成了各项任务。\n二、2027年重点工作安排\n明年全场工作的总体要求是：完成人工造林2,500亩。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    '全力以赴确保“十四五”圆满收官，为“十五五”开好局奠定坚实基础。',
    // The year written right before the phrase is the one it is said of: given in 2025, 明年 is 2026 (发改, 财政).
    {
      text: '标题\n同志们：\n今天召开会议，对明年经济工作作出安排。\n一、2025年工作回顾\n完成了任务。\n二、2026年工作任务\n开好明年开局之年的头。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    {
      text: '标题\n（2025年12月20日）\n同志们：\n今天召开全县财政工作会议。\n一、2025年财政工作回顾\n完成了任务。\n二、2026年财政工作任务\n抓好明年开局之年的预算安排。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
  ],
  check({ text }, ctx) {
    const out: BlockFinding[] = []
    /** The years a passage may speak of; looking forward to an event, only the year it plans. */
    const expectedFor = (forward: boolean) =>
      ctx.partKind === 'review'
        ? [ctx.reviewYear]
        : !forward && (ctx.container === 'opening' || ctx.container === 'closing')
          ? [ctx.reviewYear, ctx.planYear]
          : tasksYears(ctx)
    const speaks = ctx.partKind === 'review' ? `回顾的是${ctx.reviewYear}年` : `部署的是${ctx.planYear}年`
    const sentenceBefore = (at: number) =>
      text
        .slice(0, at)
        .split(/[。！？]/)
        .at(-1) ?? ''
    const events = eventsIn(text)
    /** Events read with a phrase beside them; the others are read alone below. */
    const used = new Set<EventInText>()
    for (const phrase of ctx.options.timeBoundPhrases) {
      if (!phrase) continue
      for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + phrase.length)) {
        const sentence = sentenceBefore(at)
        const stated = statedYear(sentence, ctx)
        const event = events.find((e) => e.to >= at - 2 && e.from <= at + phrase.length + 2)
        if (event) used.add(event)
        const forward = FORWARD.test(text.slice(Math.max(0, Math.min(at, event?.from ?? at) - 4), at + phrase.length))
        // An event dates the phrase when the phrase is its year (召开之年) or looks forward to it
        // (迎接……胜利召开, 献礼); "党的二十大胜利召开以来" looks back, and stays right after it.
        const dating = event && (forward || /之年$/.test(phrase)) ? event : undefined
        const implied = impliedYear(sentence, phrase, dating)
        const expected = expectedFor(forward)
        const lookingBack = LOOKING_BACK.test(text.slice(at + phrase.length))
        if (event && !dating && lookingBack && expected.every((y) => y === null || y >= event.year)) continue
        const range = { rule: this.id, from: at, to: at + phrase.length }
        if (stated !== null && implied && stated !== implied.year)
          out.push({
            ...range,
            message: `${implied.plan}的${phrase}是${implied.year}年，这里说的却是${stated}年，前后矛盾。`,
          })
        else if (stated !== null || implied) {
          const year = stated ?? implied?.year
          if (year !== undefined && !expected.includes(year) && !expected.includes(null))
            out.push({ ...range, message: `“${phrase}”说的是${year}年，这篇讲话${speaks}，可能是往年的原话。` })
        } else
          out.push({
            ...range,
            severity: 'info',
            message: `“${phrase}”是有时效的提法，请确认今年仍然适用。`,
          })
      }
    }
    // A plan's milestone still to reach ("为“十五五”开好局、起好步作出贡献") is of the year the
    // passage works towards: the plan year (in a review, the year reviewed as well).
    for (const m of planMilestonesIn(text)) {
      if (!TOWARDS.test(text.slice(0, m.from))) continue
      const expected = ctx.partKind === 'review' ? [ctx.reviewYear, ctx.planYear] : [ctx.planYear]
      if (expected.includes(null) || expected.includes(m.year)) continue
      out.push({
        rule: this.id,
        from: m.from,
        to: m.to,
        message: `“${m.text}”是${m.year}年的事，这篇讲话${speaks}，可能是往年的原话。`,
      })
    }
    // A milestone reached ("“十四五”规划圆满收官") in a review is of the year reviewed, or of the
    // year its sentence opens with; one looked back on (……收官以来, 在……收官的基础上) is not.
    if (ctx.partKind === 'review' && ctx.reviewYear !== null)
      for (const m of planMilestonesIn(text)) {
        const clauseBefore =
          text
            .slice(0, m.from)
            .split(/[，,。；！？]/)
            .at(-1) ?? ''
        if (
          TOWARDS.test(text.slice(0, m.from)) ||
          LOOKED_BACK.test(text.slice(m.to)) ||
          SPAN_OR_COMPARED.test(clauseBefore)
        )
          continue
        const opens = SENTENCE_YEAR.exec(
          text
            .slice(0, m.from)
            .split(/[。；！？]/)
            .at(-1) ?? '',
        )
        const year = opens ? Number(opens[1]) : ctx.reviewYear
        if (year === m.year) continue
        out.push({
          rule: this.id,
          from: m.from,
          to: m.to,
          message: opens
            ? `“${m.text}”是${m.year}年的事，这里说的却是${year}年，前后矛盾。`
            : `“${m.text}”是${m.year}年的事，这篇讲话${speaks}，可能是往年的原话。`,
        })
      }
    // An anniversary (N周年) is of one year whatever phrase goes with it.
    for (const e of events) {
      if (used.has(e) || !e.text.endsWith('周年')) continue
      const stated = statedYear(sentenceBefore(e.from), ctx)
      const expected = expectedFor(FORWARD.test(text.slice(Math.max(0, e.from - 6), e.from)))
      const range = { rule: this.id, from: e.from, to: e.to }
      if (stated !== null && stated !== e.year)
        out.push({ ...range, message: `${e.text}是${e.year}年，这里说的却是${stated}年，前后矛盾。` })
      else if (stated === null && !expected.includes(e.year) && !expected.includes(null))
        out.push({ ...range, message: `“${e.text}”是${e.year}年，这篇讲话${speaks}，可能是往年的原话。` })
    }
    return out.sort((a, b) => a.from - b.from)
  },
}
