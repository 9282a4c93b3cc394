/**
 * What a figure counts: its label, read from the words around it. Usually the noun phrase
 * before the number, stripped of scope and time words in front ("全年", "其中") and of verbs
 * and qualifiers behind ("达到", "近", "超过"); a companion ("同比增长8.2%", "占比80.3%",
 * "完成年度预算的101.6%") is labelled as a change or share of the figure before it; a count
 * after a bare verb takes the noun after it ("开展2次综合应急演练"); a 分别 list gives each
 * figure its own item ("机电产品、农产品出口额分别达到……").
 *
 * The word lists are tables: adding a word is adding it to its list, with the examples in
 * test/node/recognisers.test.ts.
 */
import {
  anyOf,
  CHANGE_VERBS,
  FALL_BY_VERBS,
  FALL_VERBS,
  LEVEL_WORDS,
  RISE_BY_VERBS,
  RISE_VERBS,
  TO_A_LEVEL,
} from '../lang/changes'
import { COUNT_WORDS } from '../lang/numerals'
import { AVERAGE_QUALIFIER, COUNTING_UNIT, COUNTING_UNITS, PER_QUALIFIER, writtenBase } from '../lang/units'
import { NEGATION_BEFORE } from '../lang/words'
import { OUR_OWN, OUR_PLACE, WHOLE_PLACE, WHOLE_SCOPE } from '../lang/scopes'
import { FIVE_YEAR_PLAN, STANDING, STANDING_WORDS, TERM_AFTER, YEAR } from '../lang/years'

/** Scope, time and linking words before what is counted. */
export const LEAD_WORDS = [
  `${FIVE_YEAR_PLAN.source}(?:规划)?(?:期间|以来|时期)`,
  `${YEAR}年以来`,
  '(?:近|过去)?[三五十]年(?:来|间|以来|累计|共计)',
  // a year, or a season of it (2025年秋季: the autumn intake, the autumn harvest)
  `${YEAR}年(?:度|底|末|全年|[春夏秋冬]季)?`,
  `截至${YEAR}年底`,
  // a later year a target is set for: 力争到2027年全市80%以上的村, 到2030年底前
  `到${YEAR}年(?:底|末)?前?`,
  // a deadline within the year, a step of a timetable: 6月底前去向落实率要达到75%, 8月底前达到90%,
  // 到10月15日前完成, 年底前再完成4个 (when, not what)
  '(?:到|在|于)?(?:\\d{1,2}月(?:\\d{1,2}日|底|末|初|上旬|中旬|下旬)?(?:（星期[一二三四五六日天]）)?|年底|年末)(?:前|之前|以前)',
  // where, not what: 在全县范围内, 在国、省道沿线
  '在[^，。；]{1,10}?(?:沿线|范围内|境内|辖区内?|周边|一带)',
  ...STANDING_WORDS,
  '截至',
  '其中',
  '全年',
  WHOLE_PLACE,
  // the speaker's side as the subject: 去年我们执行到位, 我县粮食总产量, spoken 去年咱们本科上线 (not 我国: a nation's figure is named so)
  `我(?:们|局|院|委)|${OUR_PLACE}|咱们`,
  // the speech telling what must be done, before the plan's verb: 今年要力争执行到位金额达到
  '要(?=力争|确保|争取|实现|完成)',
  // what a rating or award picked out is counted as what it picked: 评出“五星”党支部, 评选出先进集体
  '评(?:选|定)?出',
  // the department's own ranks as the scope: 全系统实现销售总额, 全行业, 系统内12家社有企业
  WHOLE_SCOPE,
  '(?:系统|行业|辖区)内',
  '今年',
  '去年',
  '明年',
  '年内',
  '当年',
  // a school's terms, as a year is named (本学期伙食标准 is the meals standard)
  `(?:本|上|下)${TERM_AFTER}`,
  '累计',
  '共计',
  '共有',
  '共',
  '已经',
  '已',
  '并',
  '还',
  '又',
  '同时',
  '另外',
  '此外',
  '实现',
  '完成',
  '发生',
  '确保',
  '力争',
  '争取',
  '预计',
  '计划',
  // not of a metric named so: 直接经济损失, 直接财产损失, 直接融资
  '直接(?!经济损失|财产损失|融资)',
  '成功',
  '的',
  '对',
  '为',
  // not a direction that names the thing (向上转诊, 向下转诊患者)
  '向(?![上下]转)',
  '给',
  '将',
  '把',
  '使',
  '让',
]

/**
 * The verbs of a companion: a change by a size (同比增长8.2%, 比上年净增38家), any verb of a change
 * to a level said by its size instead ("平均提前量达到52分钟，比上年延长8分钟", 缩短, 扩大, 压减),
 * and what a year saved (节约, 节省) or added on last year's increase (多增). Not the one-character
 * 增/减/降, nor 多, 少, 增值, 溢价, which the arithmetic check reads right before a number: as the
 * words after a figure they would open other names (多措并举, 增值率).
 */
const COMPANION_VERBS = [
  ...CHANGE_VERBS.filter((verb) => verb.length > 1),
  ...RISE_BY_VERBS,
  ...FALL_BY_VERBS,
  '回落',
  '节约',
  '节省',
  '多增',
]

/**
 * Verbs and qualifiers between what is counted and the number: they belong to neither. The words
 * of a level (lang/changes) first; the rest only leave a label, so they are written here.
 */
export const TRAIL_WORDS = [
  ...LEVEL_WORDS,
  '分别为',
  '分别达到',
  '分别达',
  '分别降至',
  '分别提高到',
  '分别',
  '达到了',
  '已达',
  '不少于',
  '不低于',
  '不高于',
  '不超过',
  '至少',
  // one figure of all the items before, after a rate or amount: 高血压、糖尿病患者规范管理率均达到80%
  // (not 村均, 人均, 年均: an amount per village, per head)
  '(?<=[率数量额值重费金入出资])均',
  // what the plan aims at, after its subject: 基金总收入力争达到49亿元 (not the 争取 done more or less
  // than last year: 比上年多争取310万元, which is the verb of the amount)
  '力争',
  '确保',
  '(?<![多少])争取',
  '虽然',
  '尽管',
  '仍然',
  '依然',
  '仍',
  '也',
  // what the count is short of, said before it: 专职人员仅9人, 网办率只有41.5%, 问题还有2项
  // (not the 还 of 偿还, 退还; the 才 of 人才; the 只 of 船只)
  '仅有',
  '仅为',
  '仅占',
  '只占',
  '仅',
  '(?<!船)只',
  '(?<![人英帅天将秀奇])才',
  '(?<![偿归退返送交奉])还',
  '突破',
  '超过',
  '逾',
  '近',
  // 约 alone is about; in 节约, 签约, 制约 it is part of the word
  '(?<![节签制合预])约',
  '超',
  '共计',
  '共',
  '累计',
  '总计',
  '合计',
  // how far, before the verb of a result: 抵押登记全部实现, 企业开办全面实现 (not 全部 before a count)
  '(?:全部|全面|基本)(?=实现|完成)',
  '实现',
  '完成',
  '至',
  '在',
  // the level now, after a verb or an owner: 推动现有207个党支部, 中心现有104人 (not 发现有, 实现有)
  `(?<![发实表出体呈兑])${STANDING}`,
  '是',
  '了',
  // not the 有 of 实有 (编制实有1,389名, 在编人员实有812名): the label's own word
  '(?<!实)有',
  '的',
  // the speech asking it, after the subject: 去向落实率要达到75% (not 主要, 重要, 需要, 纲要, 摘要, 必要)
  '(?<![主重需纲摘必只])要',
  // or insisting on it: 考核合格率必须达到100%, 整改率务必达到100%
  '必须',
  '务必',
]

const alternation = (words: readonly string[]) => `(?:${words.join('|')})`
const LEAD = new RegExp(`^${alternation(LEAD_WORDS)}+`)
const TRAIL = new RegExp(`${alternation(TRAIL_WORDS)}+$`)

/**
 * A companion: a change or share of the figure before it. The label is that figure's label
 * followed by these words ("一般公共预算收入同比增长").
 */
export const COMPANION = new RegExp(
  // over the span of a plan: 装机容量达到386万千瓦，“十四五”期间年均增长18.4%
  `^(?:${FIVE_YEAR_PLAN.source}(?:规划)?(?:期间|以来|时期))?(?:(?:力争|确保|争取|预计|努力)?(?:同比|环比|(?:比|较)(?:上年|去年)(?:末|底|同期)?|比年初|较年初|(?:比|较)${YEAR}年|年均|年平均|平均每年)?(?:分别)?${anyOf(COMPANION_VERBS)}了?(?![\\u4e00-\\u9fff]{2})` +
    // against the normal of many years, as weather and harvests are told: 较常年偏多
    '|(?:比|较)(?:常年|历年同期|历年|多年平均|同期)?(?:偏多|偏少|偏高|偏低)' +
    // against a wider area: 比全省高1.3个百分点, 高于全市平均水平0.4个百分点 (not 高于全省平均水平的乡镇)
    `|(?:比|较)(?:全国|${WHOLE_PLACE})(?:平均)?(?:水平)?(?:高|低|快|慢)|(?:高于|低于|快于|慢于)(?![^，。；]*的)` +
    // against the share of the year gone by: 完成年度计划的53.4%，超时序进度3.4个百分点 (落后序时进度)
    '|(?:超|超过|落后于?)(?:时序|序时)进度' +
    '|占(?:比|[^，。；]{1,16}的(?:比重|比例)?)?' +
    '|完成[^，。；]{1,12}的' +
    ')',
)

/**
 * Last year, or its end, as a change's first end names it: 由上年的, 由去年同期的, and a stock at the
 * end of last year, 由上年末的1.86%降至1.52%, 由去年底的, 由年初的 (a year's start is the end of
 * the year before); a school's last term, 由上学期的11元/天调整为12元/天 (LAST_TERM: the term the
 * speech reviews). Not 由今年的 nor 由年底的 (this year's).
 */
const LAST_YEAR_END = new RegExp(`(?:上年|去年|上一年)(?:同期|末|底)?|年初|上${TERM_AFTER}`)

/** A school's last term (上学期, 上一学期, 上个学期): the term a term's speech reviews, in the year reviewed. */
export const LAST_TERM = new RegExp(`^上${TERM_AFTER}$`)

/**
 * A change written as its two ends, "规上工业总产值由2024年的386.5亿元增加到2025年的425.6亿元",
 * "平均处置时间由上年的46分钟缩短至32分钟": the first end is the same metric in an earlier year,
 * the second the metric itself. FROM_END is the words before the first: group 1 a year named,
 * group 2 上年/去年 or its end (LAST_YEAR_END), group 3 今年 (the year the speech is given in, as
 * its date line tells: "覆盖率由今年的86.3%提高到100%" in a December speech's tasks); with none ("床位数从3.2张增加到3.5张", "由过去的20分钟缩短到5分钟") the year before the span spoken
 * of (the year before, or before “十四五” in a sentence under “十四五”以来). An amount per head
 * or per month between 由 and the number is the same change ("由每人每月560元提高到620元"), and so
 * is an average (AVERAGE_QUALIFIER: "由上年的平均4.2分钟缩短到2.8分钟", "由上年的日均1.2万辆次").
 */
export const FROM_END = new RegExp(
  `(?:由|从)\\s*(?:(${YEAR})\\s*年(?:底|末)?|(${LAST_YEAR_END.source})|(今年)(?:底|末)?|过去|原来|以往|以前)?的?\\s*${AVERAGE_QUALIFIER}?\\s*${PER_QUALIFIER}?\\s*$`,
)
/**
 * Last year's level named as what a figure is set against: "比上年同期的243起下降23.5%",
 * "较去年的186起减少12起", "比2024年的68.4%提高2.1个百分点": like a change's first end, it is the
 * level of that earlier year (group 1 a year named, group 2 上年/去年 or its end, LAST_YEAR_END).
 */
export const COMPARED_END = new RegExp(
  `(?:比|较|与)\\s*(?:(${YEAR})\\s*年(?:同期|底|末)?|(${LAST_YEAR_END.source}))的\\s*$`,
)
/**
 * A level a plan starts from, "在上年12.4亿元的基础上增长10%", "在现有48.6万户的基础上突破52万户",
 * "在58.2%的基础上提高到60%": the metric in an earlier year (group 1 a year named, group 2
 * 上年/去年, 今年 in a speech given before the year it plans (December: 在今年23.75亿元的基础上),
 * or 现有/目前/当前/现在: the level now, at the end of the year reviewed, or its estimate, 在今年预计
 * 412.8亿元的基础上, 预计 naming no metric; with none, the
 * year before the one spoken of), as the first end of a change is; group 3 is the metric when it is
 * named after the year (在上年完成投资1,268.5亿元的基础上). BASE_FOLLOWS is what comes after it.
 */
export const BASE_END = new RegExp(
  `在\\s*(?:(?:(${YEAR})\\s*年(?:底|末)?|(上年|去年|上一年|今年|本年|现有|目前|当前|现在))的?(?:预计)?((?:[\\u4e00-\\u9fff]|“[^“”，。；]{1,12}”){0,10}?))?的?\\s*$`,
)
/**
 * The base's 的基础上 after the figure, maybe after the noun it counts: "在现有312个事业单位的基础上",
 * "在上年1,260户家庭农场的基础上" (group 1 the noun).
 */
export const BASE_FOLLOWS = /^\s*([\u4e00-\u9fff]{0,8}?)的?基础上/
/**
 * A base whose metric is named after it, as the subject of the clause that follows: "在今年386辆的
 * 基础上，公务用车总数控制在380辆以内", "在上年1,260户的基础上，家庭农场总数达到1,400户". What follows
 * this is that clause (figures.ts takes its words before its figure, when that figure is in the
 * base's unit).
 */
export const BASE_THEN_CLAUSE = /^\s*的?基础上[，,]\s*/

/** What follows a first end: the verb to the second. */
export const TO_FOLLOWS = new RegExp(`^\\s*${TO_A_LEVEL}`)
/**
 * The words before the second end: "增加到2025年的", "缩短至" (group 1 a year); this year's, or its
 * estimate, in a speech given before the year is out: "增加到今年预计的", "提高到预计的".
 */
export const TO_END = new RegExp(
  `^${TO_A_LEVEL}\\s*(?:(?:(${YEAR})\\s*年(?:底|末)?|今年(?:底|末)?)?(?:预计)?的?)?\\s*${AVERAGE_QUALIFIER}?\\s*${PER_QUALIFIER}?\\s*$`,
)

/**
 * A bare verb of effect before a count: "惠及1.8万人" is the reach of the figure before it,
 * unless a noun follows ("带动4万余户农户增收": the households).
 */
export const EFFECT_VERB = /^(?:惠及|带动|涉及|覆盖|受益|撬动|拉动|吸纳|服务|辐射)$/

/** Verbs after which the number counts the noun that follows: "开展2次综合应急演练". */
export const OBJECT_VERBS =
  /(?:下设|内设|下辖|辖|经历|(?<!未|没有|不)出现|依托|开展|组织|举办|召开|实施|完成|建成|新建|创建|培育|引进|发放|办理|受理|查处|处理|培训|帮助|开通|设立|配备|安排|投入|筹集|争取|兑现|落实|推动|带动|解决|吸纳|扶持|救助|慰问|走访|检查|抽检|统筹|整合|拨付|下达|安置|转移|签约|新增|评选|表彰|认定|带领|率领|包联|联系|组建|成立|设置|划分|分成|分为|整合为|给予|布局|奖励|补助|资助|招引|选派|选聘|招聘|明确|确定|指定|抽调|选调|抽派|组成|派出)$/

/**
 * Verbs that make others do something: the count after one counts those who did it ("帮助586名
 * 退役军人实现就业", "推动2家重点用能企业开展清洁生产审核"). Not a noun that ends in one:
 * 运动员 is athletes, not 运 + 动员.
 */
export const CAUSE_VERBS = /(?:帮助|推动|带动|引导|促进|支持|(?<!运)动员|鼓励|吸引|督促|指导|扶持)$/

/**
 * A verb done (了) right before a count in whole things: "中心还走了5名业务骨干", "发生了3起火灾".
 * The count is of the noun after it, whatever the words before the verb are (not 为了, 除了).
 */
export function doneBefore(words: string, unit: string): boolean {
  return /[\u4e00-\u9fff](?<![为除])了\s*$/.test(words) && COUNTING_UNIT.test(writtenBase(unit))
}

/**
 * A verb whose object is a clause, and the whole the clause's subject belongs to, before a count
 * in whole things: "希望中心104名干部职工拧成一股绳", "号召全县2.3万名党员带头": the count is of
 * the noun after it (干部职工), not of the words before.
 */
const WISHED_SUBJECT = /^(?:希望|要求|号召|倡议|期望|期待|祝愿|恳请)[\u4e00-\u9fff]{0,4}$/
export const wishedSubject = (words: string, unit: string) =>
  WISHED_SUBJECT.test(words.trim()) && COUNTING_UNIT.test(writtenBase(unit))

/**
 * Where the noun after a count ends: a verb or adverb that starts the predicate (共同奋斗, 起早贪黑,
 * 奋力拼搏, as a speech thanks those counted), or 和 to a whole group the count is not of
 * (1,426名会员和广大文艺工作者), or 要 asking those counted to act (42家银行保险机构网点要统一设立
 * 咨询台; not 主要, 重要, 要素, 要求), or where those counted stand now or what most of them are
 * (剩余7个问题正在加快推进, 14个项目尚未开工, 未完成的7个问题多为历史遗留……). Not one that a noun of
 * persons or posts ends: 灵活就业人员, 脱贫人口, 参训学员, 创业者 are what is counted.
 */
export const AFTER_STOP =
  /(?:共同|一起|齐心|奋力|辛勤|起早|默默|(?:和|与|及)(?=广大|全体|各级|各界|社会各界)|缴交|增收|脱贫|获评|获得|维护|追回|挽回|缴纳|解决|参加|参与|享受|实现|通过|完成|领取|申报|入选|被|得到|开展|提供|办理|发放|支付|参训|就业|创业|签订|开设|开立|落实|纳入|受益|全部|均|都|已|将|扶持|支持|用于|全面|顺利|提高|逐一|逐个|逐户|免费|自愿|主动|正在|尚未|尚在|仍在|多为|大多为)(?!人员|人口|学员|者|群体|岗位)|(?<=[\u4e00-\u9fff])(?<![主重必需纲摘首紧只想])要(?=[\u4e00-\u9fff])(?![求素件点害闻塞务员领地职案])|中$/

/**
 * Putting what was counted on a list or into a scheme, after the count: "将1,026人次纳入失信被执行人
 * 名单", "把126户认定为低保对象", "将符合条件的2936名残疾人纳入最低生活保障范围". Group 1 is the noun
 * counted, if written, group 2 the verb, group 3 where they are put, without the list's own word
 * (名单, 范围).
 */
const PUT_INTO =
  /^([\u4e00-\u9fff]{0,10}?)(纳入|列入|录入|划入|编入|认定为|确定为|列为)([\u4e00-\u9fff]{2,}?)(?:名单|范围|清单|目录|库)?$/

/** 将/把 opening the words before a count, after at most an adverb (依法将, 及时把): a disposal of what is counted. */
const DISPOSAL = /^[\u4e00-\u9fff]{0,5}?[将把]/

/**
 * What a count put on a list or into a scheme by 将/把 is of: the noun and where it is put
 * ("将符合条件的2936名残疾人纳入最低生活保障范围" → 残疾人纳入最低生活保障), as a verb of causing
 * gives the noun and what it did; with no noun, those put there ("依法将1,026人次纳入失信被执行人名单" →
 * 失信被执行人). '' when the words are no such disposal.
 */
export function disposedAfter(words: string, rest: string): string {
  if (!DISPOSAL.test(words.trim())) return ''
  const put = PUT_INTO.exec(rest.split(/[，。；：！？,;:（(、]/)[0])
  if (!put) return ''
  return (put[1] ? put[1] + put[2] + put[3] : put[3]).slice(0, LABEL_MAX)
}

/**
 * An honour won by those counted, "156个村（社区）获评县级以上文明村镇", "1名职工获评省公司劳动模范":
 * the count is of the winners of that title, named by both (group 1 the noun, 2 the verb, 3 the title).
 */
const HONOURED = /^([^，。；]{1,10}?)(获评|被评为|被命名为|被授予|入选|荣获)([^，。；]{2,})$/
/**
 * The levels of an honour joined by 、 right after its verb ("27人入选省、市好人榜", "获评国家、省级
 * 示范社"): one title of two levels, not two items (up to the 、 and the level after it).
 */
const HONOUR_LEVELS = /(?:获评|被评为|被命名为|被授予|入选|荣获)(?:国家|省|市|县|区)级?、(?:省|市|县|区)$/

/** A comparison right before a figure, and who set or holds the bar (group 1): 低于省定, 低于全市平均. */
const COMPARED_WITH = /(?:低于|高于|优于|好于|超过|超出)([\u4e00-\u9fff]{1,8})$/
/** Who sets or holds a bar: a wider area's average, a level set by a higher office (全市平均水平, 省定标准). */
const BAR_HOLDER = new RegExp(`^(?:全国|${WHOLE_PLACE}|省定|市定|国家|行业)|平均`)

/**
 * A bar given alone in brackets right after the comparison that names it: "高于全市平均水平（58.2%）
 * 5.6个百分点", "有6个法院结案率超过全省平均水平（72.4%）". The figure in brackets is the bar (全市平均水平),
 * and the gap after the brackets is the comparison of the figure before it. `words` are those of the
 * clause before the brackets; '' when they end in no such comparison.
 */
export function barInBrackets(words: string): { bar: string; comparison: string } | null {
  const by = COMPARED_WITH.exec(words.trim())
  return by && BAR_HOLDER.test(by[1]) ? { bar: by[1], comparison: by[0] } : null
}

/** The bar a figure is, said after it: 的控制指标, 的水平. Group 1 its noun. */
const BAR_AFTER = /^的([\u4e00-\u9fff]{0,4}?(?:指标|标准|目标|红线|上限|下限|水平|要求))(?=[，。；：！？,;:]|$)/

/**
 * A figure a result is compared against, named as a bar after it: "成灾率为0.6‰，低于省定1.5‰的
 * 控制指标" → 省定控制指标, "低于全市平均4.5个工作日的水平" → 全市平均水平. Not a change of the
 * figure before it (a companion): another figure, the bar's. '' when the words are no such bar.
 */
export function barComparedAgainst(words: string, rest: string): string {
  const by = COMPARED_WITH.exec(words.trim())
  const bar = by ? BAR_AFTER.exec(rest) : null
  return by && bar ? (by[1] + bar[1]).slice(0, LABEL_MAX) : ''
}

/** Verbs that spend an amount, right before it: 投入, 安排, 拨付, 筹集. */
const SPENT = /(?:投入|安排|拨付|筹集)$/
/**
 * What an amount spent went to, right after it (用于医共体建设, 完成……雨污分流改造): group 1, up to
 * a mark or a figure.
 */
const SPENT_ON = /^(?:专项用于|用于|完成)([^，。；：！？,;:\d]{2,16}?)(?=[，。；：！？,;:\d]|$)/

/**
 * An amount spent on a named work, "累计投入4.6亿元用于医共体建设", "投入2,350万元完成县城老城区
 * 雨污分流改造": the spending on that work (医共体建设投入), as the department's ledger names it; an
 * amount set aside or raised for it is its funds (农村公路养护资金). '' when the words are no such
 * spending. `money` says the amount is in 元.
 */
export function spentOn(words: string, rest: string, money: boolean): string {
  const verb = money ? (SPENT.exec(words.trim())?.[0] ?? '') : ''
  const on = verb ? (SPENT_ON.exec(rest)?.[1] ?? '') : ''
  const label = on + (verb === '投入' ? '投入' : '资金')
  return on && label.length <= LABEL_MAX ? label : ''
}

/**
 * An amount set as a standard, then what it is the standard of: "按照每个行政村每年不低于2万元的标准
 * 落实管护经费" → 管护经费, "按每人每年80元的补助标准安排培训经费" → 培训经费. '' when no such standard.
 */
const STANDARD_OF =
  /^的[\u4e00-\u9fff]{0,4}?标准(?:足额)?(?:落实|安排|发放|拨付|给予|列支|保障|筹集|兑现|核拨)([\u4e00-\u9fff]{2,10}?)(?=[，。；,;：]|$)/
export function standardOf(rest: string): string {
  return STANDARD_OF.exec(rest)?.[1].slice(0, LABEL_MAX) ?? ''
}

/** Verbs that start a purpose clause after an amount: "3,250万元支持……改善办学条件". */
const PURPOSE = /^(?:支持|用于|专项用于|保障|扶持)/

/**
 * Measures of a thing already counted, with at most two characters before the measure:
 * "拆除违法建设186处、面积4.26万平方米" is the area of the demolished buildings,
 * "组建签约团队86个、服务人数12.4万人" the people the teams serve, "出让土地36宗、成交额18.6亿元"
 * the sum the plots fetched.
 */
export const MEASURE_OF =
  /^[\u4e00-\u9fff]{0,2}(?:面积|金额|资金|投资|长度|里程|产值|容量|重量|人数|户数|(?:交易|成交|销售|营业|签约|合同)(?:额|量))$/

/**
 * Verbs that make a count one of new things, before the thing or after it: what is left is the
 * thing ("新认定高新技术企业", "规上工业企业新增" → 规上工业企业).
 */
const NEW_VERB = '新(?:增|认定|培育|建|登记|发展|引进|设立?|开工|注册|创建)?|引进|培育|认定|创建'
export const NEWLY = new RegExp(`^(?:${NEW_VERB})|(?:${NEW_VERB})$`)

/** "新增规上工业企业28家，总数达到236家": a bare 总数 is the total of the things just counted. */
export function totalOf(prev: string, total: string): string {
  const thing = prev.replace(NEWLY, '')
  return thing && thing !== prev ? thing + total : total
}

/** A label ending in a change by an amount (社会消费品零售总额增长, 地区生产总值同比增长): group 1 the metric. */
const CHANGED_METRIC = new RegExp(
  `^([\\u4e00-\\u9fff\\w“”]{2,}?)(?:同比|环比|比上年|较上年|比去年|较去年|年均|年平均)?${anyOf([...RISE_VERBS, ...FALL_VERBS])}$`,
)
/** Words before a level reached, bare: 达到, 力争达到, 总量达到, 规模突破, 提高到 (not 增量达到: the change's own amount). */
const LEVEL_REACHED = new RegExp(
  `^(?:力争|确保|争取|预计|将)?(?:总量|总额|总规模|规模)?(?:达到|达|突破|${TO_A_LEVEL})$`,
)

/**
 * "社会消费品零售总额增长6%，达到136亿元", "一般公共预算收入增加1200万元，达到3.2亿元", "地区生产总值
 * 同比增长5.5%，总量达到320亿元": the level a change reached, said bare after it, is the metric itself
 * (社会消费品零售总额), not the change's amount. `prev` is the change's label, `words` those before the
 * level; null when they are no bare level after a change (增量达到1.2亿元 is the change's amount).
 */
export function levelAfterChange(prev: string, words: string): string | null {
  const metric = CHANGED_METRIC.exec(prev)?.[1]
  return metric && LEVEL_REACHED.test(words.trim()) ? metric : null
}

/** The whole of a place or a system as the scope of a figure: 全县, 全市, 全系统. */
const SCOPE = WHOLE_SCOPE

/**
 * A share written before what it is a share of, after a verb (done, or with its scope): "民营经济贡献
 * 了全市62.5%的税收", "覆盖全县85%的行政村". The figure counts the noun after 的; `rest` is the text
 * after the figure.
 */
const VERB_THEN_SCOPE = new RegExp(`[\\u4e00-\\u9fff](?:(?<![为除])了\\s*(?:${SCOPE})?|${SCOPE})\\s*$`)
export const shareBefore = (words: string, rest: string, unit: string) =>
  unit === '%' && VERB_THEN_SCOPE.test(words) && /^\s*(?:以上|以下|左右)?的[\u4e00-\u9fff]{2}/.test(rest)

/**
 * A running total said after this year's count with no noun of its own: a scope, 累计, at most a
 * verb (group 1) and trail words ("全市累计达到", "累计建成").
 */
const RUNNING_TOTAL = new RegExp(`^${SCOPE}?累计([\\u4e00-\\u9fff]{0,2}?)${alternation(TRAIL_WORDS)}*$`)

/**
 * "新建创新工作室9个，累计达到46个": the running total of the thing just counted, named by that
 * thing and 累计 (劳模创新工作室累计), not by this year's new count, so the two are not one metric
 * said twice. `words` are those before the number; null when they are not a bare running total.
 */
export function runningTotalOf(prev: string, words: string): string | null {
  const bare = RUNNING_TOTAL.exec(words.trim())
  return bare ? `${prev.replace(NEWLY, '') || prev}累计${bare[1]}` : null
}

/**
 * The whole place's total said bare after a count of new things: "年内新增医养结合机构2家，全县达到
 * 14家", "新建村级综合服务站12个，全镇共有86个": the total of the thing just counted (医养结合机构总数),
 * as 总数达到 says it (totalOf), not the new count said again. null unless `prev` counts new things
 * (新增, 新建, 新认定 …) and `words` are a scope with at most 共 and a verb of level.
 */
const SCOPE_TOTAL = new RegExp(`^${SCOPE}(?:共|总共|已)?(?:达到|达|有|增至|增加到|增加至)$`)
export function scopeTotalOf(prev: string, words: string): string | null {
  return NEWLY.test(prev) && SCOPE_TOTAL.test(words.trim()) ? totalOf(prev, '总数') : null
}

/**
 * Verbs of building or bringing in that open a count's name (新建幼儿园, 改扩建中学, 新认定高新技术
 * 企业): the work the count is of, shared by the items of a 、 list that name no verb of their own.
 */
const LIST_VERB = new RegExp(
  `^(?:(?:要|将|计划)?(?:新改扩建|改扩建|新建|扩建|改建|建成|新增|创建|创成|新培育|培育|新认定|认定|新引进|引进|改造提升|提升改造|改造))`,
)
/** Projects told by their stage (新建项目、续建项目、预备项目): classes, each its own name, no verb shared. */
const STAGE_CLASS = /项目$/

/**
 * "新建幼儿园3所、小学2所", "新建农村公路86公里、桥梁12座": a verb the first item of a 、 list opens
 * with is the work of every item that names none (新建小学: the schools to be built, not all 小学
 * of the county). `label` as it is when it has a verb of its own or the first has none.
 */
export function sharedVerbOf(prev: string, label: string): string {
  const verb = LIST_VERB.exec(prev)?.[0].replace(/^(?:要|将|计划)/, '')
  const classes = STAGE_CLASS.test(prev) && STAGE_CLASS.test(label)
  return verb && !classes && label.length >= 2 && !LIST_VERB.test(label) ? (verb + label).slice(0, LABEL_MAX) : label
}

/** A step of the year opening a label: 下半年, 一季度, 前三季度, 6月底前, 8月10日前. */
const STEP_LEAD = /^(?:[上下]半年|前三季度|第?[一二三四]季度|\d{1,2}月(?:\d{1,2}日)?(?:底|末)?(?:之|以)?前)/
/** The year's whole said bare: 确保全年达到, 全年完成, 力争全年累计实现. */
const WHOLE_YEAR = /^(?:确保|力争|争取|预计)?全年(?:累计)?要?(?:达到|达|完成|实现|突破|超过)?$/

/**
 * "下半年产业项目要完成投资27.8亿元以上，确保全年达到66亿元", "上半年完成造林1.2万亩，全年完成2.5万亩":
 * the year's whole said bare after a step of it is the same thing over the whole year (全年产业项目要
 * 完成投资), not the step's figure said again. null unless `prev` opens with a step of the year and
 * `words` say only 全年 and a verb.
 */
export function wholeYearOf(prev: string, words: string): string | null {
  const step = STEP_LEAD.exec(prev)
  return step && WHOLE_YEAR.test(words.trim()) ? `全年${prev.slice(step[0].length)}` : null
}

/** An average of a wider place or of its peers, as the label of its figure ends: 平均, 平均值, 平均水平. */
const AVERAGE_END = /平均(?:值|水平)?$/
/** The wider place an average is of, as a label keeps it (own-place.ts): 全省, 全市, 全国. */
const WIDER_LEAD = new RegExp(`^(?:${WHOLE_PLACE}|全国)`)
/** The speaker's own place or body said bare before its figure: 我院只有, 我县为, 而我市仅. */
const OWN_BARE = new RegExp(`^(?:而|但|可)?(${OUR_OWN})(?:只有|仅有|仅为|仅|只|才|为|是|达到|达)?$`)

/**
 * "全省三级综合医院四级手术占比平均为17.5%，我院只有13.6%", "全市农村居民人均可支配收入平均为2.36万元，
 * 我县只有2.08万元": after a wider average, the speaker's own figure said bare is its own of that
 * metric (我院三级综合医院四级手术占比), not the average said again. null unless `prev` is an average
 * and `words` the own place or body with at most a verb.
 */
export function ownAgainstAverage(prev: string, words: string): string | null {
  const own = OWN_BARE.exec(words.trim())
  const metric = prev.replace(AVERAGE_END, '').replace(WIDER_LEAD, '')
  return own && AVERAGE_END.test(prev) ? (own[1] + metric).slice(0, LABEL_MAX) : null
}

/** A target's word at the end of its label: 规划目标, 年度计划, 目标任务. */
const TARGET_END = /(?:规划|年度|全年)?(?:目标任务|目标|计划|任务)$/
/** An estimate or actual said bare after a target, group 1 its word: 预计只有, 实际完成, 预计实际仅为. */
const ESTIMATE_BARE = /^(?:而|但)?((?:预计)?实际|预计)(?:只有|仅有|仅为|仅|只|才|为|是|可达|能达到|达到|完成|将)?$/

/**
 * "每万人口高价值发明专利拥有量，规划目标4件，预计只有2.6件", "保障性住房年度目标任务3,600套，预计可达3,420套":
 * after a target, the estimate or actual said bare is the same thing as it stands (预计, 实际), not the
 * target said again. null unless `prev` names a target and `words` are an estimate's or actual's alone.
 */
export function estimateAfterTarget(prev: string, words: string): string | null {
  const said = ESTIMATE_BARE.exec(words.trim())
  return said && TARGET_END.test(prev) ? (prev.replace(TARGET_END, '') + said[1]).slice(0, LABEL_MAX) : null
}

/** A running total with a noun of its own after 累计 (group 1): "累计注册用户达到", "全县累计发展会员". */
const NAMED_RUNNING_TOTAL = new RegExp(`^${SCOPE}?累计([\\u4e00-\\u9fff]{2,12}?)${alternation(TRAIL_WORDS)}*$`)

/**
 * "新增注册用户3.86万人，累计注册用户达到24.6万人": a running total that names again the thing just
 * counted as new keeps its 累计 and the owner named with the new count (国家反诈中心APP累计注册用户):
 * the thing alone (注册用户) would name neither. null when the words or the count before are not so.
 */
export function namedRunningTotalOf(prev: string, words: string): string | null {
  const m = NAMED_RUNNING_TOTAL.exec(words.trim())
  if (!m) return null
  const at = prev.search(new RegExp(`(?:${NEW_VERB})${m[1]}$`))
  return at < 0 ? null : `${prev.slice(0, at)}累计${m[1]}`
}

/** 累计 in the words that open a label (leadOf), its sentence saying neither the year (全年累计) nor a span (“十四五”时期，全市累计: the figure's period says it). */
const RUNNING_LEAD = /累计/
const OF_A_SPAN = /全年|今年|当年|年内|本年|期间|以来|年来|年间|时期/

/**
 * "全年归集住房公积金68.4亿元……截至2025年末，全市累计归集住房公积金486.3亿元", "全年发放创业担保
 * 贷款1.2亿元……累计发放创业担保贷款8.6亿元": a running total of a thing the speech has counted
 * already (`counted`: its label, in the same unit) is another metric than the year's count, named
 * with its 累计 (累计归集住房公积金). `label` as it is when the lead has no 累计, the words of the
 * sentence before the figure (`before`) say the year or a span, or the thing was not counted before.
 */
export function countedRunningTotal(lead: string, before: () => string, label: string, counted: boolean): string {
  // `before` (the sentence up to the figure) is made only when asked: a sentence of thousands of figures.
  if (!counted || !RUNNING_LEAD.test(lead) || label.includes('累计') || OF_A_SPAN.test(before())) return label
  return `累计${label}`.slice(0, LABEL_MAX)
}

/**
 * Measures one owner states side by side, naming the owner only with the first: "职工医保基金收入
 * 2.46亿元，支出2.18亿元，当期结余0.28亿元", "一般公共预算收入……，支出……", "外贸进出口总额……，
 * 其中出口……、进口……", "公路客运量……，货运量……". Each row is a family of measures, with the
 * qualifiers one may carry (当期, 累计, 总). Not 可支配收入: what is disposable is the income alone.
 */
const SIBLING_MEASURES: readonly RegExp[] = [
  /(?:当期|本年|累计|滚存)?总?(?:收入|支出|结余)/,
  /(?:进出口|出口|进口)(?:总额|总值|额)?/,
  /(?:客运|货运)(?:周转)?量/,
  // a crop's: 夏粮面积……，总产……，平均亩产……
  /(?:(?:播种|种植)?面积|(?:预计)?总产量?|(?:平均)?(?:亩产|单产))/,
]

/**
 * Establishments counted, then what they hold, bare: "公办养老机构18家、床位1,980张", "规上工业企业
 * 126家，从业人员1.2万人"; projects counted, then their investment: "产业项目71个，完成投资38.2亿元；
 * 基础设施项目33个，完成投资17.5亿元". What follows is theirs: 公办养老机构床位, not every owner's 床位.
 * Deals counted by their kind, then their amount: "工程建设项目412个，交易额52.3亿元；国有产权交易
 * 34宗，成交额2.7亿元", "国有建设用地出让56宗，成交价款12.3亿元": 国有产权交易成交额, not one 成交额
 * that every kind of deal shares.
 */
const ESTABLISHMENT = /(?:机构|医院|学校|幼儿园|企业|合作社|基地|园区|项目|交易|出让|转让|拍卖)$/
const HELD_BY_ESTABLISHMENT =
  /^(?:床位|床位数|从业人员|职工|教职工|在校生|在园幼儿|营业收入|产值|社员|成员|总投资|(?:完成|计划|年度计划|协议|签约)投资(?:额)?|(?:成交|交易|中标|合同)(?:总)?(?:额|金额|价款)|出让(?:金|价款))$/

/**
 * A measure written bare after a sibling that named its owner, in the same sentence: the owner's
 * ("支出" after "职工医保基金收入" → 职工医保基金支出), not one metric that every owner of the speech
 * would share. The owner must be a name of its own (not the verb of 实现收入). `label` otherwise.
 */
export function ownerShared(prev: string, label: string): string {
  if (ESTABLISHMENT.test(prev) && HELD_BY_ESTABLISHMENT.test(label) && cleanLabel(prev) === prev) {
    // Establishments named by a list of their kinds ("城市更新、产业园区、水利设施等项目") too long to
    // carry the measure whole: named by what they are (项目完成投资), the measure kept whole.
    const owner = prev.length + label.length > LABEL_MAX ? prev.replace(/^.*[、等]/, '') : prev
    return (owner + label).slice(0, LABEL_MAX)
  }
  for (const family of SIBLING_MEASURES) {
    if (!new RegExp(`^${family.source}$`).test(label)) continue
    const sibling = new RegExp(`(?<!可支配)${family.source}$`).exec(prev)
    const owner = sibling ? prev.slice(0, sibling.index) : ''
    if (owner.length >= 2 && cleanLabel(owner) === owner) return (owner + label).slice(0, LABEL_MAX)
  }
  return label
}

/** Verbs of reach: a subject covers, benefits or serves what is counted after it. */
const REACH_VERBS = ['覆盖', '惠及', '辐射']
const REACH_AT_END = new RegExp(`(${REACH_VERBS.join('|')})${SCOPE}?$`)

/**
 * A subject and a verb of reach before a count with its noun after: "DRG支付方式改革覆盖全县26家
 * 医疗机构", "大病保险惠及全市1.3万名患者". The figure is what the subject reaches, named by the
 * subject, the verb and the noun (DRG支付方式改革覆盖医疗机构); the scope between (全县) is no part
 * of it. '' when the words before are the verb alone (覆盖全县126个行政村: the villages) or no noun
 * follows (惠及1.8万人: the reach of the figure before).
 */
export function reachOf(words: string, noun: string): string {
  const reach = REACH_AT_END.exec(words)
  if (!reach || reach.index < 2 || noun.length < 2) return ''
  return (words.slice(0, reach.index) + reach[1] + noun).slice(-LABEL_MAX)
}

/** The end of a count of those who did a thing: 参保人数, 签约户数, 激活数量. */
const COUNT_OF_DOERS = /(?:人数|户数|人次|家数|个数|数量|数|量)$/

/**
 * A rate named by the verb of the count before it, where that count is of those who did it:
 * "基本医疗保险参保人数达到41.26万人，参保率稳定在96.8%" → 基本医疗保险参保率, "家庭医生签约人数
 * 12.6万人，签约率45.2%" → 家庭医生签约率: the owner's rate, not a rate of 人数. null when the
 * label before is no such count (整改隐患126处，整改率100%: there the verb opens what was done);
 * the rate alone when the owner is a negation (未参保人数: 参保率 is not 未参保's).
 */
export function ownedRate(prev: string, label: string): string | null {
  if (!/^[\u4e00-\u9fff]{2,4}率$/.test(label)) return null
  const verb = label.slice(0, -1)
  // "DRG支付方式改革覆盖医疗机构" (reachOf), then 覆盖率: the subject's.
  const reached = REACH_VERBS.includes(verb) ? prev.indexOf(verb) : -1
  if (reached >= 2) return prev.slice(0, reached) + label
  const count = COUNT_OF_DOERS.exec(prev)
  if (!count || !prev.slice(0, count.index).endsWith(verb)) return null
  const owner = prev.slice(0, count.index - verb.length)
  return NEGATION_BEFORE.test(owner) ? label : owner + label
}

/**
 * Nouns of a class that the kinds listed before it share ("刑事、民事、行政案件" are three kinds of
 * 案件, "婚姻、邻里、土地纠纷" three of 纠纷), as a metric's head is shared.
 */
const CLASS_HEAD = /(?:纠纷|案件|事故|隐患|投诉|诉求)$/

/**
 * The owner of a bare rate that names the class it counts ("结案率": 案 of 案件): the latest of
 * `labels` (the figures before it in its sentence) ending in that class, or null. Without such a
 * figure the rate is the last figure's, as other bare rates are (合格率 after 抽检620批次).
 */
export function classRateOwner(rate: string, labels: readonly string[]): string | null {
  const counted = [...rate.slice(0, -1)]
  for (let i = labels.length - 1; i >= 0; i--) {
    const head = CLASS_HEAD.exec(labels[i])?.[0]
    if (head && counted.some((ch) => head.includes(ch))) return i === labels.length - 1 ? null : labels[i]
  }
  return null
}

/**
 * Two measures of one thing in one sentence, in units that do not convert ("为85人次支付工伤保险
 * 待遇120万元", "办理助保贷款2批35人次"): one label cannot name both, or the figures store would
 * keep one number in the other's unit. The count is named by what it counts: its unit, with 数
 * unless the unit is itself a count of times (人 → 人数, 户 → 户数, 人次 → 人次); an amount in
 * money is the 金额; any other measure is named by its unit.
 */
export function measureName(label: string, unit: string): string {
  const base = writtenBase(unit)
  if (COUNTING_UNIT.test(base)) return label + (base === '名' ? '人' : base) + (/次$/.test(base) ? '' : '数')
  return label + (/元$/.test(base) ? '金额' : base)
}

/** Of two measures of one thing that one label would name (see measureName), which takes the longer name. */
export function renamedMeasure(first: string, second: string): 'first' | 'second' {
  // The amount keeps the plain name ("支付工伤保险待遇" is the money paid) when the other is a count.
  return COUNTING_UNIT.test(writtenBase(first)) && !COUNTING_UNIT.test(writtenBase(second)) ? 'first' : 'second'
}

/** Head nouns of a metric: a list item ending in one names a complete metric ("婴儿死亡率"). */
const METRIC_HEAD = /(?:率|额|量|值|数|金|费|款|收入|支出|产值|人次|面积|产量|规模|资金|总额|比例|比重)$/
/**
 * The head shared by the items of a list, taken from the last: a two-character word with
 * 率/额/量/值/数 ("农产品出口额" → 出口额, "职工医保参保率" → 参保率), or a noun of measure, with
 * the measure's modifiers before it ("电视综合人口覆盖率" → 综合人口覆盖率); an exam's line too
 * ("县一中、县二中录取分数线" → 县一中录取分数线), not any 线 (高速公路、国省干线 are two roads).
 */
const SHARED_HEAD =
  /(?:综合|人口|平均|人均|年均|总)*(?:[\u4e00-\u9fff]{2}(?:率|额|量|值|数|比)|收入|支出|产值|产量|面积|资金|比例|比重|分数线|录取线)$/

export const LABEL_MAX = 20

/** A rank or grade before a noun: 国家级, 省级, 一类, 三甲. */
const RANK_END = /(?:级|类|甲|乙|星)$/
/** The noun after the last item's rank: "省级农业产业化龙头企业" → 农业产业化龙头企业. */
const RANKED = /^[\u4e00-\u9fff]{1,3}(?:级|类|甲|乙|星)([\u4e00-\u9fff]{2,})$/

export function stripLead(s: string): string {
  return (
    s
      .trim()
      // 及, 和 and 与 join words, and 等 ends a list before the noun, but each opens some words too:
      // 及时受理率, 和谐, 和美乡村, 与会, 等级公路, 等待时间.
      .replace(/^(?:[”"’」』、]|等(?![级待候效])|与(?!会)|及(?![时格])|和(?![谐美]))+/, '')
      .replace(LEAD, '')
      // The owner before 现有/目前 (中心现有干部职工, 我局目前) is the scope, as 全县 is: what is counted comes after.
      .replace(STANDING_AFTER_OWNER, '')
  )
}

/** The words stripLead leaves out at the start of `s`: "全市实现" of "全市实现社会消费品零售总额". */
export function leadOf(s: string): string {
  const t = s.trim()
  return t.slice(0, t.length - stripLead(t).length)
}

/**
 * A short owner and 现有/目前 opening a label; not the 现 of 发现, 实现, 表现, 出现, 体现, 呈现,
 * 兑现, nor 现 + 有关 (兑现有关惠企政策资金).
 */
const STANDING_AFTER_OWNER = new RegExp(
  `^[\\u4e00-\\u9fff]{1,4}?(?<![发实表出体呈兑])${STANDING}(?=[\\u4e00-\\u9fff]{2})`,
)

/**
 * A bracketed aside that says how a figure is counted, not what it counts: （含开发区）,
 * （不含高新区）, （按可比价计算）. Not an alternative name of the thing: 村（社区）, 乡镇（街道）.
 */
export const QUALIFIER_ASIDE =
  /[（(]\s*(?:含|不含|包含|包括|不包括|剔除|扣除|除去|下同|同口径|全口径|可比价|现价|不变价|按[^（）()]{0,10}(?:计算|计|口径))[^（）()]{0,16}[）)]/g

/** The label written before a number, cleaned of lead and trail words and of asides on how it is counted. */
export function cleanLabel(before: string): string {
  // "“减、降、免”等各项补贴": what a quoted list stands for comes after its 等.
  let label = stripLead(before.replace(QUALIFIER_ASIDE, '').replace(/^.*[”」]等/, ''))
  label = label.replace(TRAIL, '').trim()
  label = stripLead(label)
  // "抽检量达到每千人4.2批次": an amount per head said after the verb is the metric per head.
  const per = PER_AT_END.exec(label)
  const metric = per ? label.slice(0, per.index).replace(TRAIL, '') : ''
  if (per && metric) label = per[0] + metric
  // "数字经济核心产业增加值占地区生产总值的比重": too long whole, it keeps what the share is of.
  const share = label.length > LABEL_MAX ? SHARE_OF.exec(label) : null
  if (share && share[1].length + share[2].length <= LABEL_MAX) label = share[1] + share[2]
  // "统筹用于教育、卫生健康、基层治理等重点领域": too long whole, the examples give way to their class.
  if (label.length > LABEL_MAX) label = label.replace(EXAMPLES_AFTER_VERB, '$1')
  if (label.length > LABEL_MAX) label = label.slice(-LABEL_MAX)
  return label
}

/**
 * A negated verb right before a count, with its 的, says which of a set is counted, those not yet
 * done: "未完成的7个问题", "尚未开工的4个项目". It belongs to what is counted (未完成问题, 尚未开工项目,
 * as "47个项目中尚未开工的19个项目" names its part), not the verb of the count that cleaning drops
 * (完成12个); without its 的 it is no set (今年未发生1起). The rest of a class (剩余8个老旧小区,
 * 其余12座) is counted as the class.
 */
const WHICH_OF_SET = /(?:尚未|仍未|还未|未能|未|没有)[\u4e00-\u9fff]{1,4}?(?=的\s*$)/

/** The words of WHICH_OF_SET before a count, or ''. */
export function whichOfSet(raw: string): string {
  return WHICH_OF_SET.exec(raw)?.[0] ?? ''
}

/**
 * Words before a number that only limit it, "只有61.5%", "仅为21.5%", "不到三成": said after a
 * comment on the figure ("入会率还不高，只有61.5%"), whose clause names what it is.
 */
export const LIMITED = /^(?:只有|仅有|仅为|仅占|只占|仅|只|才|才有|不到|不足)$/
/** A comment that ends a clause on a figure before the figure is given: 还不高, 偏低, 仍然不够. */
const COMMENT =
  /(?:还|仍|仍然|依然|比较|较|偏|太|很)?(?:不高|偏低|较低|很低|太低|不够|不足|不理想|不大|较少|偏少|不多|偏小)$/
/** An enumeration's marker opening a clause: 一是, 二是. */
const ENUMERATED = /^[一二三四五六七八九十]是/

/**
 * The figure a comment speaks of, from the clause of the comment: "一是新就业形态劳动者入会率还不高"
 * → 新就业形态劳动者入会率. '' when the clause ends in no comment or names nothing before it.
 */
export function commentedSubject(clause: string): string {
  const comment = COMMENT.exec(clause)
  return comment ? cleanLabel(clause.slice(0, comment.index).replace(ENUMERATED, '')) : ''
}

/**
 * Examples listed before 等 and their class, after a verb of where a thing goes or what it covers
 * (group 1): "统筹用于教育、卫生健康、基层治理等重点领域", "主要投向交通、水利、能源等基础设施".
 */
const EXAMPLES_AFTER_VERB = /(用于|投向|投入|涉及|覆盖|聚焦)[^，。；、]+(?:、[^，。；、]+)+等(?=[\u4e00-\u9fff]{2})/

/** A share said whole: what it is of (group 1), of what whole, and its word (group 2). */
const SHARE_OF = /^(.+?)占.+?的?(比重|比例)$/

const PER_AT_END = new RegExp(`${PER_QUALIFIER}$`)

const NOUN_STOP = /[，。；：！？,;:（）()《》\d*＊×\n]/
/** An age or size that bounds those counted, written before them: 70周岁以上, 3岁以下, 500万元以上. */
const COUNTED_BOUND = /^\d+(?:\.\d+)?\s*(?:周岁|岁|万元|亿元|元|吨|亩|平方米)(?:及以上|及以下|以上|以下)/
/** A short aside naming the same thing otherwise: 县（区）, 村（社区）, 乡镇（街道）. */
const ALTERNATIVE = /^[（(][\u4e00-\u9fff、]{1,4}[）)]/
/**
 * A term whose first letters are digits glued to Latin ones: 5G网络, 4K超高清, 3D打印, 8K. It is a
 * word of the noun, not a number that ends it.
 */
const DIGIT_TERM = /^\d{1,2}[A-Za-z]+(?![\d.])/

/**
 * A 、 that goes on with the next count of a list, "12个村、3个社区", "12个村、两个社区": the noun
 * before it is whole, however short.
 */
export const NEXT_COUNT = new RegExp(`^、\\s*(?:\\d|${COUNT_WORDS}\\s*(?:${COUNTING_UNITS.join('|')}))`)

/**
 * Places and units of one character a count after a verb may count, as a department says them:
 * 帮扶118个村, 包联12个镇, 新建3个站. Other single characters after a count are no noun (开展3次，
 * 完成12个。) and leave the label as it was.
 */
export const ONE_CHARACTER_PLACE = /^[村镇乡街站校园院所点库馆厂店]$/

/**
 * Where the noun after a count ends: at a mark, or at a 、 between words ("12个乡镇、326个行政村");
 * one character before 、 is a prefix the word after shares ("6个国、省控断面", "县、乡、村三级"),
 * unless a count follows the 、 ("12个村、3个社区"); a short aside is part of the noun ("8个县（区）").
 */
function nounEnd(rest: string): number {
  let piece = 0
  for (let i = 0; i < rest.length; i++) {
    const ch = rest[i]
    const aside = ALTERNATIVE.exec(rest.slice(i))
    if (aside && piece > 0) {
      i += aside[0].length - 1
      continue
    }
    const term = /\d/.test(rest[i - 1] ?? '') ? null : DIGIT_TERM.exec(rest.slice(i))
    if (term) {
      i += term[0].length - 1
      piece++
      continue
    }
    if (NOUN_STOP.test(ch)) return i
    if (ch !== '、') piece++
    else if (piece === 1 && !NEXT_COUNT.test(rest.slice(i))) piece = 0
    else if (HONOUR_LEVELS.test(rest.slice(0, i + 2))) continue
    else return i
  }
  return -1
}

/**
 * A modal verb right after a count, or a word for all of those counted: the predicate opens
 * (必须在……前兑付, 务必, 应当, 要在; 其余85处全部落实了管控措施, 均已完成, 都已建成). Not 均衡, 均值,
 * 都市, 都会.
 */
const MODAL_AFTER = /^(?:必须|务必|应当|应该|一律|要在|要于|全部|均(?![衡值等])|都(?![市会]))/

/**
 * The noun after a count, up to the predicate: "1200名被征地农民缴交了……" → 被征地农民; an
 * amount followed by its purpose: "3,250万元支持……改善办学条件" → the purpose.
 */
export function nounAfter(rest: string): string {
  // A bound on the count ("40吨以上", "500名以上退役军人") is not what is counted.
  rest = rest.replace(/^(?:以上|以下|以内|左右)/, '')
  // A bound on those counted ("1.2万名70周岁以上驾驶人", "3,200名3岁以下婴幼儿") is part of the noun.
  const bound = COUNTED_BOUND.exec(rest)?.[0] ?? ''
  if (bound) {
    const noun = nounAfter(rest.slice(bound.length))
    return noun ? (bound + noun).slice(0, LABEL_MAX) : ''
  }
  // "剩余的942万元必须在12月20日前兑付": a modal opens the predicate, no noun is said.
  if (MODAL_AFTER.test(rest)) return ''
  const end = nounEnd(rest)
  const clause = end < 0 ? rest : rest.slice(0, end)
  // "46个小区的投放点由上年的386个……": the count's noun ends where a change's first end opens, and
  // what changes (的投放点) is the change's, not the count's: the count is of the words before 的.
  const change = FROM_END.exec(clause)
  if (change && change.index > 0) {
    const subject = clause.slice(0, change.index)
    const of = subject.indexOf('的')
    return (of > 0 ? subject.slice(0, of) : subject).replace(TRAIL, '').slice(0, LABEL_MAX)
  }
  if (PURPOSE.test(clause)) return clause.slice(0, LABEL_MAX)
  const honoured = HONOURED.exec(clause)
  if (honoured) {
    const [, noun, verb, title] = honoured
    return noun.length + verb.length + title.length <= LABEL_MAX ? noun + verb + title : title.slice(0, LABEL_MAX)
  }
  // "12户纳入低保": with no noun of their own, those put on a list are named by it.
  const put = PUT_INTO.exec(clause)
  if (put && !put[1]) return put[3].slice(0, LABEL_MAX)
  // "4项没有按期完成", "5个尚未整改到位": those counted are named by the deed they have not done,
  // its verb kept (完成 and 实现 end a label elsewhere only as the verb of a count after them).
  const notDone = NOT_DONE_AFTER.exec(clause)
  if (notDone) return notDone[0].slice(0, LABEL_MAX)
  const stop = AFTER_STOP.exec(clause.slice(1))
  // After 的 the words are a noun phrase: a verb that ends them is part of it ("78.6%的城镇劳动就业").
  const ofNoun = clause.startsWith('的') && stop && stop.index + 1 + stop[0].length === clause.length
  const noun = stop && !ofNoun ? clause.slice(0, stop.index + 1) : clause
  // "126个行政村和8个社区": the conjunction joins the next count, not this noun.
  return noun
    .replace(/^的/, '')
    .replace(TRAIL, '')
    .replace(/(?:和|及|与|以及)$/, '')
    .slice(0, LABEL_MAX)
}

/**
 * A deed not done, right after a count, to the clause's end: 没有按期完成, 尚未整改到位, 仍未实现开工.
 * Not 未成年人 (a noun), nor a deed with a figure of its own.
 */
const NOT_DONE_AFTER = /^(?:没有|没能|尚未|仍未|还未|还没有|未能|未(?!成年))[^，。；：！？,;:\d（(]{1,10}$/

/**
 * The clause after a count that follows a verb of causing: those counted and what they did
 * ("586名退役军人实现就业" → 退役军人实现就业), which is what the count is of.
 */
export function outcomeAfter(rest: string): string {
  const clause = rest.replace(/^(?:以上|以下|左右)/, '').split(/[，。；：！？,;:（(]/)[0]
  // The clause ends where a figure of its own starts ("1260名农民工追回工资2380万元": the workers
  // are counted by what they did, 追回工资; the 2380万元 is a figure): no label holds a figure. A
  // bound on those counted ("586名35岁以下青年实现就业") is no figure.
  const bound = COUNTED_BOUND.exec(clause)?.[0].length ?? 0
  const figure = clause.slice(bound).search(/\d/)
  const outcome = figure < 0 ? clause : clause.slice(0, bound + figure)
  return outcome.length <= LABEL_MAX ? outcome.replace(TRAIL, '') : nounAfter(rest)
}

/**
 * A preposition (with a scope) before a count, "对全县68座水库开展……", "将全镇1,260户纳入……", or a
 * conjunction (with a scope), "对市本级和26个部门开展审计", "各成员单位和全县42家银行保险机构网点要……":
 * the count is of what follows.
 */
const PREPOSITION = new RegExp(`(?:对|为|向|给|在|将|把|和|及|与|以及|或)(?:${WHOLE_PLACE})?$`)

/**
 * Those a subject serves, counted after its 为 (beneficiaries): "“政银担”合作模式全年为286家企业提供担保
 * 贷款", "县医保局全年为1,260名困难群众办理参保", "各乡镇为86户特困家庭办理救助": whatever the
 * subject before it, the count in whole things is of the noun after it, which a predicate then
 * follows. Not the copula 为 before a level (企业总数为386家，, 占比为12%).
 */
export function servedAfter(words: string, rest: string, unit: string): boolean {
  return /[\u4e00-\u9fff”’」]为\s*$/.test(words) && COUNTING_UNIT.test(writtenBase(unit)) && nounAfter(rest) !== ''
}

/**
 * Words before a count that make it one of the noun after: examples before their class
 * ("县城污水处理厂扩建等6个项目" counts 项目), the whole of it ("覆盖全部126个行政村"), or what is
 * left of it ("剩余8个老旧小区全部开工", "其余3个乡镇", "剩下的2个项目").
 */
const NOUN_FOLLOWS = /(?:等|全部|所有|剩余|剩下的?|其余|余下的?)$/

/**
 * Names listed before a count of as many things, "完成了和平里、东风苑、纺织新村3个老旧小区改造",
 * "建成城东、城西2个污水处理厂": the names are examples of the class after the count, as with 等,
 * and the count is of that class. Only when the names are as many as the count: "刑事、民事案件"
 * before a count is the count's own subject.
 */
export function namesCounted(words: string, num: string, unit: string): boolean {
  if (!COUNTING_UNIT.test(writtenBase(unit))) return false
  const names = words.trim().split('、')
  return (
    names.length >= 2 &&
    names.length === Number(num) &&
    names.slice(1).every((name) => /^[“‘]?[\u4e00-\u9fff]{2,8}[”’]?$/.test(name))
  )
}

/**
 * A copula before a count, maybe with its scope: "成绩……是全县1,426名会员共同奋斗的结果", "靠的是
 * 全市2.3万名环卫工人". What is counted is the noun after the count; a metric named before its 是
 * (企业总数是236家) is not this.
 */
const COPULA = new RegExp(`(?:^|[的就都正也这那])是${WHOLE_SCOPE}?$`)

/**
 * Each of a kind of place or unit as the subject, "确保每个乡镇至少有1个应急供应网点", "各社区3名
 * 网格员": a scope, what is counted is the noun after the count.
 */
const EACH = /^(?:每一?个|各个?)[\u4e00-\u9fff]{1,4}$/

/**
 * A place named by its own name as the subject, "青石镇18个行政村实现污水治理全覆盖", "城关街道8个社区",
 * "河口乡6个村", or the land of one's level, "县域内3个高速公路出口": its scope, as 全县 is; what is
 * counted is the noun after the count. Not a class of places named so (乡镇, 城镇, 示范镇), nor a
 * metric that starts with the land (县域内就诊率: no count there).
 */
const NAMED_PLACE =
  /^(?:[\u4e00-\u9fff]{2,3}(?<!示范|重点|中心|特色|美丽|贫困|脱贫|文明|城|集|村|乡)(?:镇|乡|街道)|(?:县|市|区|镇|乡)域内|境内)$/

/**
 * A title in 《》 just before a count, "编印《统计月报》12期": the count is of issues or copies of
 * it, named by the title (group 1).
 */
export const TITLE_BEFORE = new RegExp(`《([^《》]{1,20})》\\s*${alternation(TRAIL_WORDS)}*\\s*$`)

/**
 * How often a thing is done, said in a clause of its own with no noun after the count: each period
 * or each one (每季度, 每家每年), a bound, a verb of holding at most ("常态化开展“政企面对面”活动，每季度
 * 至少举办1场", "实行全覆盖检查，每家每年不少于2次"). The count, in times or sessions, is of what the
 * clause before names (namedIn).
 */
const FREQUENCY = /^(?:每一?[\u4e00-\u9fff]{1,3}?)+(?:至少|最少|最多|起码|不少于|不低于|不超过)?[\u4e00-\u9fff]{0,2}$/
export const frequencyOf = (words: string, unit: string) =>
  /^(?:次|场|期|轮|回)$/.test(unit) && FREQUENCY.test(words.trim())

/**
 * What a clause names, as the label of a measure given in the clause after it with no noun of its
 * own ("完成《中共清河县历史》送审稿，约45万字"): the clause cleaned, a title kept without its marks.
 */
export const namedIn = (clause: string) => cleanLabel(clause.replace(/[《》]/g, ''))

/** Words before a count of times that say each was an occasion of the act after it: 先后, 先后共. */
const OCCASIONS_BEFORE = /先后共?$/
/** The act after a count of times, up to its clause's end: 带队巡林, 赴省汇报, 深入基层调研. */
const ACT_AFTER = /^[\u4e00-\u9fff“”]{2,12}(?=[，。；、！？]|$)/

/**
 * "县长李红梅同志全年先后4次带队巡林", "先后3次赴省汇报": a count of times after 先后 counts the act
 * the words after it name, up to the clause's end, not the one who did it. null when not so.
 */
export function actAfterTimes(raw: string, after: string): string | null {
  return OCCASIONS_BEFORE.test(raw.trim()) ? (ACT_AFTER.exec(after)?.[0] ?? null) : null
}

/** What a clause says of its subject's state after it: 已连续两年下降, 保持稳定, 仍在增长. */
const STATE_OF_SUBJECT = /(?:已经|已|仍然|仍|保持|持续|连续)[\u4e00-\u9fff]{1,10}$/

/**
 * The thing a clause before a figure said only with its time names ("小学一年级招生人数已连续两年下降，
 * 2025年秋季为8,940人" → 小学一年级招生人数): the clause cleaned, less what it says of its state.
 */
export const subjectOf = (clause: string) => namedIn(clause.replace(STATE_OF_SUBJECT, ''))

/** The whole of a place or a system said after a verb, before the count: 组织全县42家单位, 推动全市12个乡镇. */
/** A scope between a verb and its count: 全县, 全系统, and the place one is responsible for (辖区内, 本辖区). */
const SCOPE_AT_END = new RegExp(`(?:${SCOPE}|(?:本|所在)?辖区内?)$`)

/** A ceiling or floor said after a verb, before its count: 最高, 最多, 最低. */
const CEILING_AT_END = /(?:最高|最多|最低)$/

/**
 * A floor or ceiling said before the verb of a count, "每个乡镇（街道）至少布设2台自助终端",
 * "每位委员每年至少提交1件提案": the count is the verb's object, what is counted the noun after it.
 * (至少 right before the number bounds the figure itself and leaves the label: 至少达到, 至少有.)
 */
const BOUND_THEN_VERB = /(?:至少|最少|起码|最多)[\u4e00-\u9fff]{1,2}$/

/** Whether a label ends in a verb of causing, maybe with its scope: 推动, 引导全县. */
export function endsInCause(label: string): boolean {
  return CAUSE_VERBS.test(label.replace(SCOPE_AT_END, ''))
}

/**
 * Whether a cleaned label is only a verb, ends in one that takes the noun after the count (with
 * or without its scope: 组织全县), or in a preposition.
 */
export function wantsNounAfter(label: string): boolean {
  // A ceiling said between the verb and the count: 给予最高200万元奖补, 补助最多50万元.
  const verb = label.replace(SCOPE_AT_END, '').replace(CEILING_AT_END, '')
  return (
    label.length <= 2 ||
    OBJECT_VERBS.test(verb) ||
    CAUSE_VERBS.test(verb) ||
    // A verb of reach alone, with its scope (覆盖全县12个乡镇): what is reached (reachOf, when no subject).
    REACH_AT_END.test(label) ||
    PREPOSITION.test(label) ||
    NOUN_FOLLOWS.test(label) ||
    COPULA.test(label) ||
    EACH.test(label) ||
    NAMED_PLACE.test(label) ||
    BOUND_THEN_VERB.test(label)
  )
}

/**
 * Subjects that name two kinds or more at once: a 分别 list over one such subject gives one figure
 * of each kind, in this order ("城乡居民人均可支配收入分别达到46,280元和23,950元": 城镇居民…, 农村
 * 居民…). 城乡居民 only before what a household has: 城乡居民医保 is one scheme, not two. `parts`
 * reads the kinds from the words matched, where their order is the text's.
 */
const COMPOUND_SUBJECTS: readonly { whole: RegExp; parts: (whole: string) => readonly string[] }[] = [
  { whole: /城乡居民(?=人均|收入|储蓄|存款)/, parts: () => ['城镇居民', '农村居民'] },
  { whole: /城乡低保/, parts: () => ['城市低保', '农村低保'] },
  { whole: /中小学/, parts: () => ['中学', '小学'] },
  // Petitions counted by the level they went to, run together as the petition statistics say them
  // (到市赴省进京上访, 进京赴省上访): one figure for each level, in the order written.
  {
    whole: /(?:到县|到市|赴省|进京){2,}(?=(?:越级|集体|重复)?(?:上访|信访|访))/,
    parts: (whole) => whole.match(/到县|到市|赴省|进京/g) ?? [],
  },
]

/** The kinds a compound subject names, in the order it names them, when the list gives one figure for each; else null. */
function compoundParts(subject: string, count: number): readonly { whole: RegExp; part: string }[] | null {
  for (const { whole, parts } of COMPOUND_SUBJECTS) {
    const m = whole.exec(subject)
    const named = m ? parts(m[0]) : []
    if (named.length >= 2 && named.length === count) return named.map((part) => ({ whole, part }))
  }
  return null
}

/** The kinds a compound subject names, as labels, when the list gives one figure for each; else null. */
function compoundItems(subject: string, count: number): string[] | null {
  return compoundParts(subject, count)?.map(({ whole, part }) => subject.replace(whole, part)) ?? null
}

/** Words that join the last two items of a list: 和, 以及, 及, 与. */
const LAST_JOIN = /以及|和|及|与/

/**
 * The items of a 分别 list's subject, each a complete label: "机电产品、农产品出口额" →
 * 机电产品出口额, 农产品出口额; "婴儿死亡率、5岁以下儿童死亡率" stays as it is. `count`, the
 * figures the list gives, lets a last pair joined by 和 split ("失业保险金和临时生活补助分别发放…
 * 和…"); only when that makes the count, since 和 and 及 also sit inside words (和美, 普及).
 */
export function listItems(subject: string, count = 0): string[] {
  let items = subject
    // Quoted names side by side are listed as if 、 stood between: “五星”“四星”党支部.
    .replace(/([”’』」])(?=[“‘『「])/g, '$1、')
    .split('、')
    .map((s) => stripLead(s).replace(TRAIL, '').trim())
    .filter(Boolean)
  if (items.length && items.length < count) {
    const pieces = items[items.length - 1].split(LAST_JOIN)
    if (items.length - 1 + pieces.length === count && pieces.every((p) => p.length >= 2))
      items = [...items.slice(0, -1), ...pieces]
  }
  if (items.length === 1) return compoundItems(items[0], count) ?? items
  if (items.length < 2) return items
  const last = items[items.length - 1]
  // "一、二、三季度": numerals before one word each name that word (一季度, 二季度).
  const numbered = /^[一二三四五六七八九十]+(.+)$/.exec(last)
  if (numbered && items.slice(0, -1).every((item) => /^[一二三四五六七八九十]+$/.test(item)))
    return items.map((item, i) => (i === items.length - 1 ? item : item + numbered[1]))
  // "“五星”“四星”党支部": quoted names before one noun each name that noun.
  const quoted = /^[“‘『「][^”’』」]+[”’』」](.+)$/.exec(last)
  if (quoted && items.slice(0, -1).every((item) => /^[“‘『「][^”’』」]+[”’』」]$/.test(item)))
    return items.map((item, i) => (i === items.length - 1 ? item : item + quoted[1]))
  // "国家级、省级农业产业化龙头企业": ranks before one noun each name that noun of their rank.
  const ranked = RANKED.exec(last)
  if (ranked && items.slice(0, -1).every((item) => RANK_END.test(item)))
    return items.map((item, i) => (i === items.length - 1 ? item : item + ranked[1]))
  const found = SHARED_HEAD.exec(last)?.[0] ?? CLASS_HEAD.exec(last)?.[0]
  if (!found || METRIC_HEAD.test(items[0]) || items[0].endsWith(found)) return items
  // "最高、最低气温预报准确率", "城镇、农村居民人均可支配收入": a first item as long as the last
  // one's own modifier shares all the words after it, not only the metric's head.
  const rest = ownersTail(items[0], last, found) ?? last.slice(items[0].length)
  const head = rest.length > found.length && rest.endsWith(found) ? rest : found
  return items.map((item, i) =>
    i === items.length - 1 || METRIC_HEAD.test(item) || item.endsWith(head) ? item : item + head,
  )
}

/**
 * What the last item of a list says after its owner, where the owners end alike: "职工医保和城乡居民
 * 医保政策范围内住院费用报销比例" → 政策范围内住院费用报销比例, the 医保 both owners end in said
 * once, not twice (职工医保医保…). The first item's longest ending of two characters or more
 * that the last has after words of its own, followed by words that end in the shared head;
 * null when there is none (城镇、农村居民…: owners of the same length, read by place).
 */
function ownersTail(first: string, last: string, found: string): string | null {
  for (let k = first.length - 1; k >= 2; k--) {
    const at = last.indexOf(first.slice(-k))
    const tail = at > 0 ? last.slice(at + k) : ''
    if (tail.length >= found.length && tail.endsWith(found)) return tail
  }
  return null
}

/**
 * Who the items of a 分别 list are, when they are owners of one metric each ("城网、农网供电可靠率" →
 * 城网, 农网; "城乡居民人均可支配收入" → 城镇居民, 农村居民): a later 分别 list in the sentence that
 * names only its metric ("户均停电时间分别为……") gives one figure for each of them. null when the
 * items share no metric (国家级、省级龙头企业; 高新技术企业、专精特新企业).
 */
export function listOwners(subject: string, count: number): string[] | null {
  const written = subject
    .split('、')
    .map((s) => stripLead(s).replace(TRAIL, '').trim())
    .filter(Boolean)
  const items = listItems(subject, count)
  if (items.length < 2) return null
  if (written.length === 1) return compoundParts(subject, items.length)?.map(({ part }) => part) ?? null
  const head = items[0].startsWith(written[0]) ? items[0].slice(written[0].length) : ''
  if (!SHARED_HEAD.test(head) || !items.every((item) => item.length > head.length && item.endsWith(head))) return null
  return items.map((item) => item.slice(0, -head.length))
}

/**
 * How labels are read, one rule a row, each with sentences it decides and sentences that look
 * alike where it must not (the labels expected of each, in order; lines of one text are
 * paragraphs of one part). The reading itself is FigureReader's (figures.ts); this table is its
 * specification, run by test/node/recognisers.test.ts.
 */
export interface LabelRule {
  id: string
  purpose: string
  matches: { text: string; labels: string[] }[]
  rejects: { text: string; labels: string[] }[]
}

export const LABEL_RULES: readonly LabelRule[] = [
  {
    id: 'lead-and-trail',
    purpose: '数字前的名词短语，去掉前面的范围、时间词和后面的动词、限定词（近、超过、逾、达到）。',
    matches: [
      { text: '全年实现城镇新增就业3250人', labels: ['城镇新增就业'] },
      { text: '争取新增地方政府债券资金近5亿元，惠及群众超过3.4万户', labels: ['新增地方政府债券资金', '惠及群众'] },
      { text: '全县粮食总产量虽然达到33.6万吨，但单产仍然低于全市平均水平', labels: ['粮食总产量'] },
      { text: '城镇登记失业率仍然控制在3.5%以内', labels: ['城镇登记失业率'] },
      { text: '在全县范围内新建应急避难场所36处', labels: ['新建应急避难场所'] },
      { text: '全系统实现利润总额3,260万元，全行业从业人员1.2万人', labels: ['利润总额', '从业人员'] },
      // the ranks or the area the department answers for, said with 内 (供销社 145, 商务, 应急)
      { text: '系统内12家社有企业有11家实现盈利', labels: ['社有企业', '实现盈利'] },
      { text: '行业内规上企业达到126家', labels: ['规上企业'] },
      { text: '辖区内共有加油站46座', labels: ['加油站'] },
      { text: '明年全市医保基金总收入力争达到52亿元', labels: ['医保基金总收入'] },
      // 争取 done more than last year is the amount's verb (公路, 农业), not a hedge; 力争争取 still is one (财政)
      { text: '比上年多争取310万元，有效缓解了县级配套压力', labels: ['比上年多争取'] },
      { text: '全年比去年多争取上级补助资金860万元', labels: ['比去年多争取上级补助资金'] },
      { text: '今年新增专项债券资金力争争取5亿元', labels: ['新增专项债券资金'] },
      // 必须, 务必 insist on the target, as 要 asks it (医院, 生态环境, 应急)
      { text: '5月底前完成全院职工应知应会考核，考核合格率必须达到100%', labels: ['考核合格率'] },
      { text: '督察反馈问题整改率务必达到100%', labels: ['督察反馈问题整改率'] },
      { text: '应急演练覆盖率必须达到95%以上', labels: ['应急演练覆盖率'] },
      // The speaker's side as subject, and 要 before the plan's verb, are no part of the name.
      {
        text: '去年我们执行到位6.83亿元，今年要力争执行到位金额达到7亿元以上',
        labels: ['执行到位', '执行到位金额'],
      },
      { text: '我县粮食总产量达到33.6万吨，我局全年受理投诉1,260件', labels: ['粮食总产量', '受理投诉'] },
      { text: '去年咱们本科上线1,012人，咱们全县粮食总产量达到33.6万吨', labels: ['本科上线', '粮食总产量'] },
      // 直接 is a lead word, but opens the names of losses and of direct finance
      {
        text: '全年发生生产安全事故21起、直接经济损失386.5万元，直接带动就业3200人',
        labels: ['生产安全事故', '直接经济损失', '带动就业'],
      },
      { text: '全县共接报火灾286起，直接财产损失186.4万元', labels: ['接报火灾', '直接财产损失'] },
      { text: '全年实现直接融资126亿元', labels: ['直接融资'] },
      // an adverb of how few, before the number: 仅, 只有, 还有, 才 (医保, 政务, 环保, 档案, 消防)
      { text: '全县医保基金监管专职人员仅9人', labels: ['医保基金监管专职人员'] },
      { text: '全程网办事项的实际网办率只有41.5%', labels: ['全程网办事项的实际网办率'] },
      { text: '督察反馈问题还有2项没有完成整改', labels: ['督察反馈问题'] },
      { text: '全馆具有档案专业背景的干部仅有4人', labels: ['全馆具有档案专业背景的干部'] },
      { text: '乡镇专职消防员才12人', labels: ['乡镇专职消防员'] },
      { text: '药品抽检量达到每千人3.2批次', labels: ['每千人药品抽检量'] },
      // how far a result went, before its verb: no determiner of a count (不动产登记, 政务服务)
      { text: '抵押登记全部实现1个工作日办结', labels: ['抵押登记'] },
      { text: '企业开办全面实现0.5个工作日办结', labels: ['企业开办'] },
      // 向上/向下 before a referral names its direction, not a preposition (医共体, 分级诊疗)
      {
        text: '全年向上转诊患者3,120人次，向下转诊患者4,860人次',
        labels: ['向上转诊患者', '向下转诊患者'],
      },
      { text: '向下转诊康复期患者1,260人次', labels: ['向下转诊康复期患者'] },
      // Numerals before one word each name that word.
      {
        text: '一、二、三季度分别接待游客412万人次、536万人次和688万人次',
        labels: ['一季度接待游客', '二季度接待游客', '三季度接待游客'],
      },
      // A ratio written 几比一 (16.8：1), its head shared as a rate's is.
      { text: '小学、初中生师比分别为15.2：1和11.8:1', labels: ['小学生师比', '初中生师比'] },
      // A share too long to keep whole keeps what it is of.
      {
        text: '数字经济核心产业增加值占地区生产总值的比重达到10%，研发经费投入占地区生产总值比重2.6%',
        labels: ['数字经济核心产业增加值比重', '研发经费投入占地区生产总值比重'],
      },
      // 和 or 与 opening a clause joins it to the one before, but 和美乡村, 和谐 and 与会 are words of their own.
      { text: '会议期间，与会代表共计200人', labels: ['与会代表'] },
      {
        text: '创建示范村12个，和美乡村覆盖率达到60%，和谐社区创建率90%，及时受理率98%',
        labels: ['创建示范村', '和美乡村覆盖率', '和谐社区创建率', '及时受理率'],
      },
    ],
    rejects: [
      // the words of 人才, 船只, 退还 end as an adverb would
      { text: '全年引进急需紧缺人才150名', labels: ['引进急需紧缺人才'] },
      { text: '全市登记渔业船只126艘', labels: ['登记渔业船只'] },
      { text: '全年为纳税人退还3.6亿元', labels: ['纳税人退还'] },
      { text: '立案查处安全生产违法行为86起', labels: ['立案查处安全生产违法行为'] },
      // 要素 and 我国 are names, not the speech's own voice.
      { text: '全县要素市场交易额12.6亿元', labels: ['要素市场交易额'] },
      // the 有 of 实有 is the word's own (编办 staffing, 公安 population)
      { text: '核定行政编制1,426名，实有1,389名', labels: ['核定行政编制', '实有'] },
      { text: '机关事业单位在编人员实有812名', labels: ['机关事业单位在编人员实有'] },
      { text: '全县实有人口42.6万人，其中实有流动人口3.2万人', labels: ['实有人口', '实有流动人口'] },
      // a list of examples too long to keep whole gives way to its class, not a cut inside a word
      {
        text: '收回空余编制315名，统筹用于教育、卫生健康、基层治理等重点领域125名',
        labels: ['收回空余编制', '统筹用于重点领域'],
      },
      {
        text: '新增专项债券资金主要投向交通、水利、能源、新型基础设施等重点领域12.6亿元',
        labels: ['新增专项债券资金主要投向重点领域'],
      },
      {
        text: '全年培训涉及种植、养殖、农产品加工、乡村旅游等新型农业经营主体负责人1,260人次',
        labels: ['培训涉及新型农业经营主体负责人'],
      },
    ],
  },
  {
    id: 'companion',
    purpose: '增长率、增减额、占比、完成计划的百分比跟在一个数字后面，标为那个指标的增长、占比。',
    matches: [
      {
        text: '一般公共预算收入完成12.6亿元，同比增长8.2%，增收0.95亿元，完成年度预算的101.6%',
        labels: [
          '一般公共预算收入',
          '一般公共预算收入同比增长',
          '一般公共预算收入增收',
          '一般公共预算收入完成年度预算',
        ],
      },
      { text: '民生支出30.9亿元，占比达到80.3%', labels: ['民生支出', '民生支出占比'] },
      {
        text: '全年培训农民1.2万人次，其中女性4800人次，占40%',
        labels: ['培训农民', '女性', '女性占'],
      },
      { text: '全年降水量1126毫米，较常年偏少12.5%', labels: ['降水量', '降水量较常年偏少'] },
      // A plan's change, aimed at: 力争增长, 确保增长.
      {
        text: '税收收入在上年8.6亿元的基础上力争增长6%',
        labels: ['税收收入', '税收收入力争增长'],
      },
      { text: '外贸进出口总额达到32亿元，确保增长10%以上', labels: ['外贸进出口总额', '外贸进出口总额确保增长'] },
      // A rate named by itself alone, after a count: the rate of that count.
      {
        text: '医疗器械抽检620批次，合格率97.4%；化妆品抽检480批次，合格率98.1%',
        labels: ['医疗器械抽检', '医疗器械抽检合格率', '化妆品抽检', '化妆品抽检合格率'],
      },
      { text: '受理群众信访事项1,260件，办结率98.2%', labels: ['受理群众信访事项', '受理群众信访事项办结率'] },
      // ... unless it names the class it counts (结案率: 案件) and its sentence counted that class before
      {
        text: '立案查处违法案件43起，罚没款项286万元，结案率100%',
        labels: ['立案查处违法案件', '罚没款项', '立案查处违法案件结案率'],
      },
      {
        text: '办理欠薪投诉案件87件，帮助1260名农民工追回工资2380万元，结案率达到100%',
        labels: ['办理欠薪投诉案件', '农民工追回工资人数', '农民工追回工资', '办理欠薪投诉案件结案率'],
      },
      // against last year's end or the same months of last year (商务, 市场监管, 商贸)
      {
        text: '全县电商企业达到436家，比上年末增加58家；其中规模企业47家，比上年末增加11家',
        labels: ['电商企业', '电商企业比上年末增加', '规模企业', '规模企业比上年末增加'],
      },
      {
        text: '全县实有经营主体8.6万户，较去年底增加6200户',
        labels: ['实有经营主体', '实有经营主体较去年底增加'],
      },
      {
        text: '全县社会消费品零售总额86亿元，比上年同期增长5.2%',
        labels: ['社会消费品零售总额', '社会消费品零售总额比上年同期增长'],
      },
      // Any verb of a change to a level, said by its size: 延长, 扩大, 缩小 as 缩短.
      {
        text: '暴雨预警信号平均提前量达到52分钟，比上年延长8分钟',
        labels: ['暴雨预警信号平均提前量', '暴雨预警信号平均提前量比上年延长'],
      },
      {
        text: '城市公交日均运营时间达到16.5小时，较上年延长0.5小时',
        labels: ['城市公交日均运营时间', '城市公交日均运营时间较上年延长'],
      },
      {
        text: '农村土地流转面积达到12.6万亩，比上年扩大1.8万亩',
        labels: ['农村土地流转面积', '农村土地流转面积比上年扩大'],
      },
      // against a wider area, and over the span of a plan
      {
        text: '全市固定资产投资增长4.6%，比全省高1.3个百分点',
        labels: ['固定资产投资增长', '固定资产投资增长比全省高'],
      },
      {
        text: '规上工业增加值同比增长8.6%，高于全市平均水平1.3个百分点',
        labels: ['规上工业增加值同比增长', '规上工业增加值同比增长高于全市平均水平'],
      },
      // against the share of the year gone by (发改, 财政, 商务): of the completion rate before it
      {
        text: '亿元以上项目完成投资42.7亿元，完成年度计划的53.4%，超时序进度3.4个百分点',
        labels: [
          '亿元以上项目完成投资',
          '亿元以上项目完成投资完成年度计划',
          '亿元以上项目完成投资完成年度计划超时序进度',
        ],
      },
      {
        text: '一般公共预算收入完成年度预算的48.2%，落后序时进度1.8个百分点',
        labels: ['一般公共预算收入完成年度预算', '一般公共预算收入完成年度预算落后序时进度'],
      },
      {
        text: '全市可再生能源装机容量达到386万千瓦，“十四五”期间年均增长18.4%',
        labels: ['可再生能源装机容量', '可再生能源装机容量“十四五”期间年均增长'],
      },
    ],
    rejects: [
      { text: '新增城镇就业3300人，新增转移劳动力1200人', labels: ['新增城镇就业', '新增转移劳动力'] },
      {
        text: '完成节能改造项目12个，节约运行费用360万元，能耗4.6万吨标准煤，节约0.4万吨标准煤',
        labels: ['节能改造项目', '节约运行费用', '能耗', '能耗节约'],
      },
      // A verb of change that opens a name of its own is no companion: 延长产业链.
      { text: '新建农产品加工项目8个，延长产业链条12条', labels: ['新建农产品加工项目', '延长产业链条'] },
      // a class defined against a wider area is what is counted
      {
        text: '新建农产品加工项目8个，高于全省平均水平的乡镇12个',
        labels: ['新建农产品加工项目', '高于全省平均水平的乡镇'],
      },
    ],
  },
  {
    id: 'rate-of-owner',
    purpose:
      '“参保人数达到41.26万人，参保率稳定在96.8%”：只写“参保率”“签约率”这类以前一个人数的动词命名的比率，是那个人数的主体的比率（基本医疗保险参保率），不是“人数”的比率；前一个数不是做这件事的人数的（检查企业……整改率），仍按前一个数命名。',
    matches: [
      {
        text: '全县基本医疗保险参保人数达到41.26万人，参保率稳定在96.8%',
        labels: ['基本医疗保险参保人数', '基本医疗保险参保率'],
      },
      { text: '家庭医生签约人数12.6万人，签约率45.2%', labels: ['家庭医生签约人数', '家庭医生签约率'] },
      { text: '全县适龄儿童入学人数5860人，入学率100%', labels: ['适龄儿童入学人数', '适龄儿童入学率'] },
      { text: '高校毕业生就业人数2860人，就业率92.4%', labels: ['高校毕业生就业人数', '高校毕业生就业率'] },
      { text: '医保电子凭证激活人数32.6万人，激活率78.5%', labels: ['医保电子凭证激活人数', '医保电子凭证激活率'] },
      // with no owner written, the rate alone
      { text: '全县参保人数41.26万人，参保率96.8%', labels: ['参保人数', '参保率'] },
    ],
    rejects: [
      // a count of what was done to, not of who did it
      { text: '检查企业1260家次，整改率98.5%', labels: ['检查企业', '检查企业整改率'] },
      // those who did not: the rate is not theirs
      { text: '未参保人数0.6万人，参保率96.8%', labels: ['未参保人数', '参保率'] },
    ],
  },
  {
    id: 'percentage-points',
    purpose: '以“个百分点”计的变化是前面那个比率的变化，不是前面金额的变化。',
    matches: [
      {
        text: '税收收入9.12亿元，占一般公共预算收入的比重为72.4%，比上年提高1.3个百分点',
        labels: ['税收收入', '税收收入占一般公共预算收入的比重', '税收收入占一般公共预算收入的比重比上年提高'],
      },
    ],
    rejects: [{ text: '税收收入9.12亿元，比上年增加0.5亿元', labels: ['税收收入', '税收收入比上年增加'] }],
  },
  {
    id: 'from-to',
    purpose:
      '“由2020年的A增加到2025年的B”“由上年的A缩短至B”：两头是同一个指标（前一头是更早一年的数），随后的增长、年均增长也是它的。',
    matches: [
      {
        text: '全县森林蓄积量由2020年的86.5万立方米增加到2025年的102.3万立方米，年均增长3.4%',
        labels: ['森林蓄积量', '森林蓄积量', '森林蓄积量年均增长'],
      },
      {
        text: '120急救平均到达时间由上年的18分钟缩短至15分钟，群众满意率达到96%',
        labels: ['120急救平均到达时间', '120急救平均到达时间', '群众满意率'],
      },
      { text: '每千人口床位数从3.2张增加到3.5张', labels: ['每千人口床位数', '每千人口床位数'] },
      // this year's estimate as the second end, at a meeting before the year is out (发改, 统计)
      {
        text: '全县地区生产总值由2020年的286.4亿元增加到今年预计的412.8亿元，年均增长6.4%',
        labels: ['地区生产总值', '地区生产总值', '地区生产总值年均增长'],
      },
      {
        text: '全县常住人口城镇化率由2020年的52.1%提高到预计的58.6%',
        labels: ['常住人口城镇化率', '常住人口城镇化率'],
      },
      { text: '农村低保标准由每人每月560元提高到620元', labels: ['农村低保标准', '农村低保标准'] },
      { text: '高风险机构由5家压降至2家', labels: ['高风险机构', '高风险机构'] },
      { text: '企业法人户数由上年的186户压减至169户', labels: ['企业法人户数', '企业法人户数'] },
      { text: '平均查档时间由过去的20分钟缩短到5分钟', labels: ['平均查档时间', '平均查档时间'] },
      { text: '市级审批事项由原来的326项精简至198项', labels: ['市级审批事项', '市级审批事项'] },
      { text: '乡镇执法队伍由上年的18支减至12支', labels: ['乡镇执法队伍', '乡镇执法队伍'] },
      // a school's term named before the metric, as a year is (幼儿园, 中学)
      { text: '本学期伙食标准由上学期的11元/天调整为12元/天', labels: ['伙食标准', '伙食标准'] },
      { text: '上学期全校课后服务参与率达到86.5%', labels: ['课后服务参与率'] },
      // a stock at the end of last year (银行, 国企, 医保, 林业)
      { text: '不良贷款率由上年末的1.86%降至1.52%', labels: ['不良贷款率', '不良贷款率'] },
      { text: '资产负债率由上年末的64.7%降至63.2%', labels: ['资产负债率', '资产负债率'] },
      { text: '医保基金累计结余由去年底的8.6亿元增加到9.2亿元', labels: ['医保基金累计结余', '医保基金累计结余'] },
      { text: '森林覆盖率由年初的61.4%提高到62.5%', labels: ['森林覆盖率', '森林覆盖率'] },
      // an average said between the year and the number, at either end
      { text: '地震自动速报时间由上年的平均4.2分钟缩短到2.8分钟', labels: ['地震自动速报时间', '地震自动速报时间'] },
      {
        text: '城区主干道车流量由上年的日均3.2万辆次增加到日均3.6万辆次',
        labels: ['城区主干道车流量', '城区主干道车流量'],
      },
      {
        text: '公共图书馆周开放时间由上年的48小时延长至60小时',
        labels: ['公共图书馆周开放时间', '公共图书馆周开放时间'],
      },
    ],
    rejects: [
      {
        text: '由县财政安排奖补资金300万元，增加到户补助',
        labels: ['由县财政安排奖补资金'],
      },
    ],
  },
  {
    id: 'from-base',
    purpose:
      '“在上年12.4亿元的基础上增长10%，达到13.6亿元”“在58.2%的基础上提高到60%”：基数是同一指标更早一年的数，随后的增长和达到的数也是它的；基数里只有一个动词（在上年完成18.6亿元的基础上）时，是这句前面说到、回顾里数过的那个指标。',
    matches: [
      {
        text: '全县农产品网络零售额在上年12.4亿元的基础上增长10%，达到13.6亿元',
        labels: ['农产品网络零售额', '农产品网络零售额增长', '农产品网络零售额'],
      },
      { text: '城镇化率在58.2%的基础上提高到60%', labels: ['城镇化率', '城镇化率'] },
      // the metric named after the base, as the subject of the next clause, in the same unit
      {
        text: '在今年386辆的基础上，公务用车总数控制在380辆以内',
        labels: ['公务用车总数', '公务用车总数'],
      },
      { text: '在上年1,260户的基础上，家庭农场总数达到1,400户', labels: ['家庭农场总数', '家庭农场总数'] },
      { text: '经营主体总量在现有48.6万户的基础上突破52万户', labels: ['经营主体总量', '经营主体总量'] },
      { text: '一般公共预算收入在今年12.3亿元的基础上增长6%', labels: ['一般公共预算收入', '一般公共预算收入增长'] },
      {
        text: '年度计划投资980亿元，在上年完成投资912.6亿元的基础上增长7.4%',
        labels: ['年度计划投资', '完成投资', '完成投资增长'],
      },
      // a verb alone inside the base, the metric named in full after it
      {
        text: '在上年处置3.62万条的基础上，全年处置有害信息不少于4万条',
        labels: ['处置有害信息', '处置有害信息'],
      },
      // a verb alone inside the base, the metric named before it in the sentence as the review named it (交通, 财政, 文旅)
      {
        text: '全县完成交通固定资产投资18.6亿元。\n完成交通固定资产投资20亿元以上，在上年完成18.6亿元的基础上增长7.5%',
        labels: ['交通固定资产投资', '交通固定资产投资', '交通固定资产投资', '交通固定资产投资增长'],
      },
      {
        text: '全县一般公共预算收入12.6亿元。\n一般公共预算收入力争达到13.4亿元，在上年实现12.6亿元的基础上增长6%',
        labels: ['一般公共预算收入', '一般公共预算收入', '一般公共预算收入', '一般公共预算收入增长'],
      },
      {
        text: '全年接待游客636.8万人次。\n力争接待游客700万人次，在上年完成636.8万人次的基础上增长10%',
        labels: ['接待游客', '接待游客', '接待游客', '接待游客增长'],
      },
      // the noun after the count, before 的基础上, is what the base counts (编办, 工信)
      {
        text: '在现有312个事业单位的基础上，全县事业单位总数控制在300个以内',
        labels: ['事业单位', '事业单位总数'],
      },
      { text: '力争在现有86家规上工业企业的基础上净增10家', labels: ['规上工业企业', '规上工业企业净增'] },
      // a campaign or project named in quotes inside the base (慈善, 人社, 民生实事)
      {
        text: '在上年“慈善一日捐”募集善款612.4万元的基础上，力争增长5%以上',
        labels: ['“慈善一日捐”募集善款', '“慈善一日捐”募集善款力争增长'],
      },
      {
        text: '在上年“春风行动”提供就业岗位1.2万个的基础上增长10%',
        labels: ['“春风行动”提供就业岗位', '“春风行动”提供就业岗位增长'],
      },
    ],
    rejects: [
      { text: '在全县范围内新建应急避难场所36处', labels: ['新建应急避难场所'] },
      // named after the base by other words: the base keeps its own
      {
        text: '在上年完成投资912.6亿元的基础上，全年新开工项目86个',
        labels: ['完成投资', '新开工项目'],
      },
    ],
  },
  {
    id: 'effect-verb',
    purpose: '“惠及1.8万人”是前一个数字惠及的人数；后面跟着名词时（带动4万余户农户）数的是那个名词。',
    matches: [{ text: '发放高龄津贴2160万元，惠及1.8万人', labels: ['发放高龄津贴', '发放高龄津贴惠及'] }],
    rejects: [{ text: '培育农民合作社48家，带动4万余户农户增收', labels: ['培育农民合作社', '农户增收'] }],
  },
  {
    id: 'caused-outcome',
    purpose:
      '“帮助586名退役军人实现就业”：使动的动词后，数的是做成了那件事的对象，指标是对象连同那件事；那件事里又有一个数字（追回工资2380万元）时，名称到这个数字为止，名称里不带数字。',
    matches: [
      { text: '帮助1200名农村劳动力实现转移就业', labels: ['农村劳动力实现转移就业'] },
      {
        text: '帮助1260名农民工追回工资2380万元',
        labels: ['农民工追回工资人数', '农民工追回工资'],
      },
      { text: '帮助586名35岁以下青年实现就业', labels: ['35岁以下青年实现就业'] },
      // the object before the count, what it did after it (水利 移民, 人社, 乡村振兴)
      {
        text: '发展特色水产养殖基地8个，带动移民群众1,350余人就近务工',
        labels: ['发展特色水产养殖基地', '移民群众就近务工'],
      },
      { text: '帮助失业人员1,260人实现再就业', labels: ['失业人员实现再就业'] },
      { text: '扶贫车间吸纳脱贫劳动力320人就业', labels: ['脱贫劳动力就业'] },
      {
        text: '引导35家企业开展节水改造，县水利局推动8个乡镇建成污水处理站',
        labels: ['企业开展节水改造', '乡镇建成污水处理站'],
      },
    ],
    rejects: [
      { text: '共有1200名被征地农民缴交了养老保险费', labels: ['被征地农民'] },
      { text: '组织开展2次综合应急演练', labels: ['综合应急演练'] },
      // the object counted with no deed after it keeps its own words
      { text: '全年带动就业3200人，', labels: ['带动就业'] },
    ],
  },
  {
    id: 'noun-after',
    purpose:
      '只有动词或介词在前时，数的是数字后面的名词：开展2次综合应急演练、对全县68座水库；“47个项目中尚未开工的19个项目”里前一个数的名词到“中”为止，后一个数是其中尚未开工的项目。',
    matches: [
      { text: '各乡镇每年至少组织开展2次综合应急演练', labels: ['综合应急演练'] },
      // a work taken up so many times is counted with its verb: it is no occasion (农业农村, 应急, 党建)
      { text: '每月至少研究1次人居环境整治工作', labels: ['研究人居环境整治工作'] },
      { text: '县政府每季度至少调度1次安全生产工作', labels: ['调度安全生产工作'] },
      { text: '各党组织每季度至少研究1次意识形态工作', labels: ['研究意识形态工作'] },
      { text: '共有1200名被征地农民缴交了养老保险费', labels: ['被征地农民'] },
      { text: '汛前对全县68座水库开展安全检查', labels: ['水库'] },
      { text: '对县本级和18个乡镇财政所开展专项检查', labels: ['乡镇财政所'] },
      // a conjunction with the scope of what follows (金融, 防汛, 应急)
      {
        text: '县处非领导小组各成员单位和全县42家银行保险机构网点要统一设立咨询台',
        labels: ['银行保险机构网点'],
      },
      { text: '县直各部门和全市26个乡镇要把防汛工作摆上日程', labels: ['乡镇'] },
      { text: '组织县直单位及全县126个行政村开展隐患排查', labels: ['行政村'] },
      // 要 asking those counted to act ends the noun (网格, 教育); 主要, 重要 do not
      { text: '全县1,200名网格员要主动上门走访', labels: ['网格员'] },
      { text: '对全县86所中小学校要逐一开展安全检查', labels: ['中小学校'] },
      { text: '组织126名主要负责人参加培训', labels: ['主要负责人'] },
      { text: '对全县12家重要企业开展检查', labels: ['重要企业'] },
      { text: '家庭医生团队覆盖全部126个行政村和8个社区', labels: ['行政村', '社区'] },
      { text: '加快推进县城污水处理厂扩建等6个项目建设', labels: ['项目建设'] },
      { text: '组织全市36家重点企业开展应急演练', labels: ['重点企业'] },
      // the whole of the speaker's own company, hospital or school (国企, 医院, 学校)
      { text: '组织全集团1,286名职工参加轮训', labels: ['职工'] },
      { text: '组织全院320名医护人员开展急救技能培训', labels: ['医护人员'] },
      { text: '组织全校86名教师参加信息化培训', labels: ['教师'] },
      { text: '为1.8万名80周岁以上老年人发放高龄津贴', labels: ['80周岁以上老年人'] },
      { text: '为3,200名3岁以下婴幼儿提供免费健康体检', labels: ['3岁以下婴幼儿'] },
      // a subject before its 为: those it serves are still what is counted (金融, 医保, 民政)
      { text: '“政银担”合作模式全年为286家企业提供担保贷款', labels: ['企业'] },
      { text: '县医保局全年为1,260名困难群众办理医保参保', labels: ['困难群众'] },
      { text: '各乡镇民政办今年为86户特困家庭办理临时救助', labels: ['特困家庭'] },
      { text: '对126个500万元以上项目开展跟踪审计', labels: ['500万元以上项目'] },
      // a set, then the part of it the next count is (招商 150, 住建, 教育): the set ends at 中
      { text: '对上半年签约的47个项目中尚未开工的19个项目，实行专班推进', labels: ['上半年签约项目', '尚未开工项目'] },
      { text: '对全县38个乡镇中尚未完成改造的9个乡镇，挂牌督办', labels: ['乡镇', '尚未完成改造乡镇'] },
      { text: '全县4所普通高中有3所达到省级示范标准', labels: ['普通高中', '达到省级示范标准'] },
      // a term of digits and Latin letters is a word of the noun (数据, 教育, 工信)
      { text: '全县168个行政村已有164个实现5G网络覆盖', labels: ['行政村', '实现5G网络覆盖'] },
      { text: '全县126所学校已有118所建成4K高清录播教室', labels: ['学校', '建成4K高清录播教室'] },
      { text: '全县36家规上企业已有12家应用3D打印技术', labels: ['规上企业', '应用3D打印技术'] },
      // those counted, then what they open, counted (人社 账户, 金融, 教育)
      { text: '全县268个在建工程项目开设农民工工资专用账户264个', labels: ['在建工程项目', '开设农民工工资专用账户'] },
      { text: '全县12家银行网点开立普惠金融账户3,260个', labels: ['银行网点', '开立普惠金融账户'] },
      { text: '全县86所中小学开设心理健康课程', labels: ['中小学'] },
      { text: '镇党委带领12个村党组织和860名党员开展志愿服务', labels: ['村党组织', '党员'] },
      { text: '将全镇划分为48个网格，县级领导包联36家重点企业', labels: ['网格', '重点企业'] },
      { text: '将城区划分为126个网格', labels: ['网格'] },
      { text: '县农业农村局成立5个督导组，分片包干督导', labels: ['督导组'] },
      // pairing and helping as a department's work: what is helped, a village of one character too
      { text: '132家民营企业结对帮扶118个村', labels: ['民营企业结对帮扶', '村'] },
      { text: '52个机关党组织与76个社区结对共建', labels: ['机关党组织', '社区结对共建'] },
      { text: '县级领导挂钩联系12个镇', labels: ['镇'] },
      // a bare verb of handling after a clause that names a service in quotes (不动产, 政务, 公积金)
      { text: '全面推行二手房“带押过户”，全年办理426件', labels: ['带押过户办理'] },
      { text: '深化“跨省通办”，全年受理1,260件', labels: ['跨省通办受理'] },
      { text: '推出“商转公”贷款，全年办理386笔', labels: ['商转公贷款办理'] },
      // what a season went through, and what a system rests on (防汛, 气象)
      { text: '先后经历9次强降雨过程，防汛形势异常严峻', labels: ['强降雨过程'] },
      // what a season brought (水文, 气象, 应急)
      { text: '主汛期先后出现6次强降雨过程', labels: ['强降雨过程'] },
      { text: '全年共出现12次区域性暴雨天气过程', labels: ['区域性暴雨天气过程'] },
      { text: '入冬以来出现3次寒潮天气', labels: ['寒潮天气'] },
      { text: '依托全县128个自动雨量站、36个水位站', labels: ['自动雨量站', '水位站'] },
      // a verb of doing right before the count, after a time or a place (水利, 农业, 住建)
      { text: '主汛期前完成6座小型水库除险加固主体工程', labels: ['小型水库除险加固主体工程'] },
      { text: '春耕前完成12个高标准农田项目', labels: ['高标准农田项目'] },
      { text: '年底前城区建成3个口袋公园', labels: ['口袋公园'] },
      // a verb that ends a noun of persons is part of it: 灵活就业人员, 脱贫人口
      { text: '为860名灵活就业人员办理参保', labels: ['灵活就业人员'] },
      { text: '全年有1,280名灵活就业人员自愿开户缴存', labels: ['灵活就业人员'] },
      { text: '为560名农村脱贫人口发放交通补贴', labels: ['农村脱贫人口'] },
      // 现有 between the verb and the count: the level now, not part of a word
      { text: '推动现有207个党支部全部达到标准化规范化要求', labels: ['党支部'] },
      { text: '组织现有36家规上企业开展安全生产标准化创建', labels: ['规上企业'] },
      { text: '督促目前12家未整改企业限期整改', labels: ['未整改企业限期整改'] },
      // 将/把 before a count, and a list or scheme they are put into when no noun follows
      {
        text: '依法将1,026人次纳入失信被执行人名单，限制高消费2,318人次',
        labels: ['失信被执行人', '限制高消费'],
      },
      { text: '把126户认定为低保对象', labels: ['低保对象'] },
      // a copula with its scope: those whose work the speech thanks (文联, 环卫, 党建)
      { text: '一年来的成绩，是全县1,426名会员和广大文艺工作者共同奋斗的结果', labels: ['会员'] },
      { text: '城市干净整洁，靠的是全市2.3万名环卫工人起早贪黑', labels: ['环卫工人'] },
      { text: '这些成绩的取得，是全镇860名党员干部奋力拼搏的结果', labels: ['党员干部'] },
      { text: '将全镇1,260户纳入农村低保范围', labels: ['农村低保'] },
      // the noun counted and where it is put, as a verb of causing gives the noun and what it did
      { text: '将3,260名困难群众纳入医疗救助范围', labels: ['困难群众纳入医疗救助'] },
      { text: '把符合条件的860户脱贫户纳入防返贫监测范围', labels: ['符合条件脱贫户纳入防返贫监测'] },
      // a body's own units, after the verb that sets them up (社区, 机关, 协会)
      { text: '社区党委下设8个网格党支部', labels: ['网格党支部'] },
      { text: '局机关内设9个股室，下辖3个二级机构', labels: ['股室', '二级机构'] },
      { text: '县慈善总会下设6个专项基金', labels: ['专项基金'] },
      // the places a body governs, after 辖 (街道, 开发区, 乡镇)
      { text: '街道辖8个社区、46个住宅小区', labels: ['社区', '住宅小区'] },
      { text: '经济开发区管辖5个社区，常住人口3.6万人', labels: ['社区', '常住人口'] },
      { text: '镇辖14个行政村', labels: ['行政村'] },
      // what is left of a class, said before the count (住建, 水利, 乡村振兴)
      { text: '9月底前剩余8个老旧小区全部开工', labels: ['老旧小区'] },
      { text: '汛前完成其余12座病险水库除险加固', labels: ['病险水库除险加固'] },
      { text: '剩下的3个脱贫村全部达标', labels: ['脱贫村'] },
      // what is left with no noun of its own, 全部 or 均 opening its deed (政法, 应急, 住建): the words before name it
      { text: '已整改2,291处，其余85处全部落实了管控措施', labels: ['整改', '其余'] },
      { text: '排查隐患126处，其余12处均已落实管控措施', labels: ['排查隐患', '其余'] },
      { text: '已完工38个，剩余6个都已进入扫尾阶段', labels: ['完工', '剩余'] },
      // a place named by its own name, or the land of one's level, as the scope (农业农村, 宣传, 交通, 卫健)
      { text: '青石镇18个行政村实现污水治理全覆盖', labels: ['行政村'] },
      { text: '城关街道8个社区全部建成新时代文明实践站', labels: ['社区'] },
      { text: '县域内5个高速公路服务区全部建成充电设施', labels: ['高速公路服务区'] },
      { text: '市域内12家三级医院全部接入预约平台', labels: ['三级医院'] },
      // names listed before a count of as many: examples of the class after it
      { text: '今年完成了和平里、东风苑、纺织新村3个老旧小区改造', labels: ['老旧小区改造'] },
      { text: '建成城东、城西2个污水处理厂', labels: ['污水处理厂'] },
      {
        text: '新创建“红旗”“先锋”两个示范党支部，培育柳林、桃园、杏花、梨园4个美丽乡村示范村',
        labels: ['美丽乡村示范村'],
      },
    ],
    rejects: [
      { text: '新建通组公路86.5公里', labels: ['新建通组公路'] },
      { text: '全年开设农民工工资专用账户126个', labels: ['开设农民工工资专用账户'] },
      { text: '全市规上企业达到360家', labels: ['规上企业'] },
      // a metric named before its 是 is the label
      { text: '全县规上工业企业总数是236家', labels: ['规上工业企业总数'] },
      // 为 as the copula before a level: the metric named before it
      { text: '全县规上工业企业总数为236家，同比增加12家', labels: ['规上工业企业总数', '规上工业企业总数同比增加'] },
      { text: '全市养老机构床位总数为8,600张。', labels: ['养老机构床位总数'] },
      // one character after a count that is no place: the label stays the words before
      { text: '全年开展3次', labels: ['开展'] },
      // a quoted name inside the clause before, not ending it: no service named
      { text: '以“放管服”改革为抓手优化流程，全年办理1,260件', labels: ['办理'] },
      // the same verb starting the predicate still ends the noun
      { text: '安置300名退役军人就业', labels: ['退役军人'] },
      // 现有 after an owner is the scope, and 发现有 is a verb of its own
      { text: '中心现有104人', labels: ['中心'] },
      { text: '排查发现有3处隐患', labels: ['排查发现'] },
      // a thing counted before its number, then put on a list: the thing
      { text: '新开工项目12个纳入省重点项目库', labels: ['新开工项目'] },
      // kinds listed before a count with no noun after, or not as many as the count: their subject
      { text: '全县受理刑事、民事案件2件', labels: ['受理刑事、民事案件'] },
      { text: '完成城东、城西5个片区改造', labels: ['城东、城西'] },
      // 剩余 inside a metric's name
      { text: '剩余资金1.2亿元', labels: ['剩余资金'] },
      // a class of places named before its count, and a metric that starts with the land
      { text: '全县创建省级示范镇3个', labels: ['创建省级示范镇'] },
      { text: '县域内就诊率达到91.2%', labels: ['县域内就诊率'] },
    ],
  },
  {
    id: 'own-place-part',
    purpose:
      '“全市共发生……4起，其中我区发生1起”：上级地区总数里本地的那一部分，清理后只剩“我区发生”这类词时保留原词；只剩地名（其中我市有9家）时仍按前一个数命名。',
    matches: [
      {
        text: '去年暑期，全市共发生中小学生溺水事故4起、死亡5人，其中我区发生1起、死亡1人',
        labels: ['中小学生溺水事故', '死亡', '我区发生', '死亡'],
      },
      { text: '全市共发生较大道路交通事故6起，其中我县发生2起。', labels: ['较大道路交通事故', '我县发生'] },
      { text: '全市共接报森林火情12起，其中我县接报3起。', labels: ['接报森林火情', '我县接报'] },
    ],
    rejects: [{ text: '全省共认定省级示范社120家，其中我市有9家。', labels: ['认定省级示范社', '认定省级示范社'] }],
  },
  {
    id: 'target-done-share',
    purpose:
      '“完成年度任务2,000户的108%”“完成年度预算12.5亿元的78.6%”：任务（预算）的大小写在前面，后面的百分数是完成了那项任务的多少，标为“完成年度任务”“完成年度预算”；“占年度计划260亿元的48.7%”同样，百分数和计划的大小同名（固定资产投资占年度计划）；“占县下达任务的106.7%”“完成年度预算的101.6%”照旧；“占全县212个行政村的87.7%”：整体的数后面跟着它的名词，这个数是那个整体（行政村），百分数是前面那一项占它的份额。',
    matches: [
      {
        text: '化解历史遗留问题2,160户，完成年度任务2,000户的108%。',
        labels: ['化解历史遗留问题', '年度任务', '完成年度任务'],
      },
      {
        text: '全年新增城镇就业3,360人，完成省下达任务3,000人的112%。',
        labels: ['新增城镇就业', '省下达任务', '完成省下达任务'],
      },
      // a budget done so far, its size written first (财政 前三季度, corpus 249; 教育经费)
      {
        text: '一般公共预算收入9.82亿元，完成年度预算12.5亿元的78.6%。',
        labels: ['一般公共预算收入', '年度预算', '完成年度预算'],
      },
      {
        text: '全县教育经费支出3.2亿元，完成年度预算4亿元的80%。',
        labels: ['教育经费支出', '年度预算', '完成年度预算'],
      },
      // what it is a share of, with that size written first (国资, 招商): named as that size is
      {
        text: '上半年完成固定资产投资126.5亿元，占年度计划260亿元的48.7%。',
        labels: ['上半年完成固定资产投资', '上半年完成固定资产投资占年度计划', '上半年完成固定资产投资占年度计划'],
      },
      {
        text: '签约项目总投资286.5亿元，占全年目标500亿元的57.3%。',
        labels: ['签约项目总投资', '签约项目总投资占全年目标', '签约项目总投资占全年目标'],
      },
      // the whole named by its total (农业农村, 教育)
      {
        text: '完成污水治理行政村112个，占行政村总数206个的54.4%。',
        labels: ['污水治理行政村', '污水治理行政村占行政村总数', '污水治理行政村占行政村总数'],
      },
      {
        text: '达标学校86所，占学校总数120所的71.7%。',
        labels: ['达标学校', '达标学校占学校总数', '达标学校占学校总数'],
      },
      // the whole named by its noun after the count (农业农村, 教育, 民政): the count is of that noun
      {
        text: '集体经济年收入10万元以上的村达到186个，占全县212个行政村的87.7%。',
        labels: ['集体经济年收入10万元以上的村', '行政村', '集体经济年收入10万元以上的村占行政村'],
      },
      {
        text: '达标学校86所，占全县120所学校的71.7%。',
        labels: ['达标学校', '学校', '达标学校占全县学校'],
      },
      {
        text: '建成农村互助养老服务站126个，占全县186个行政村的67.7%。',
        labels: ['建成农村互助养老服务站', '行政村', '建成农村互助养老服务站占全县行政村'],
      },
    ],
    rejects: [
      { text: '完成人工造林3,200亩，占县下达任务的106.7%。', labels: ['人工造林', '人工造林占县下达任务'] },
      {
        text: '一般公共预算收入完成12.6亿元，完成年度预算的101.6%',
        labels: ['一般公共预算收入', '一般公共预算收入完成年度预算'],
      },
    ],
  },
  {
    id: 'bar-compared',
    purpose:
      '结果和一道标准比：“低于省定1.5‰的控制指标”“低于全市平均4.5个工作日的水平”，后面的数是那道标准（省定控制指标、全市平均水平），不是前一个数的增减；括号里单写的标准是所比那一项的（森林覆盖率全市平均水平）；没有“的指标、的水平”时（高于全省平均1.2个百分点）仍是前一个数的比较。',
    matches: [
      { text: '林业有害生物成灾率为0.6‰，低于省定1.5‰的控制指标', labels: ['林业有害生物成灾率', '省定控制指标'] },
      {
        text: '一般登记办理时限压缩至3个工作日，低于全市平均4.5个工作日的水平',
        labels: ['一般登记办理时限', '全市平均水平'],
      },
      {
        text: '城市生活垃圾无害化处理率达到99.2%，高于省定95%的考核目标',
        labels: ['城市生活垃圾无害化处理率', '省定考核目标'],
      },
      // the bar alone in brackets, the gap after them (林业, 发改, 教育, 法院)
      {
        text: '全县森林覆盖率达到63.8%，高于全市平均水平（58.2%）5.6个百分点',
        labels: ['森林覆盖率', '森林覆盖率全市平均水平', '森林覆盖率高于全市平均水平'],
      },
      {
        text: '全市常住人口城镇化率达到62.4%，高于全省平均水平（58.1%）4.3个百分点',
        labels: ['常住人口城镇化率', '常住人口城镇化率全省平均水平', '常住人口城镇化率高于全省平均水平'],
      },
      {
        text: '全县小学生近视率低于全省平均（38.2%）2.6个百分点',
        labels: ['小学生近视率全省平均', '小学生近视率低于全省平均'],
      },
      { text: '全市法院平均结案率超过全省平均水平（72.4%），居全省第3位', labels: ['法院平均结案率全省平均水平'] },
      // two averages of one place in one text are of what each compares (统计): two figures
      {
        text: '人口漏登率为0.12%，低于全市平均水平（0.35%）；地区生产总值增速高于全市平均水平（5.4%）',
        labels: ['人口漏登率', '人口漏登率全市平均水平', '地区生产总值增速全市平均水平'],
      },
    ],
    rejects: [
      // a figure in brackets after another comparison: no bar (上年 holds none)
      { text: '新增就业比上年（3,100人）增加150人', labels: ['新增就业比上年', '新增就业比上年增加'] },
      {
        text: '全县居民人均可支配收入增长6.8%，高于全省平均1.2个百分点',
        labels: ['居民人均可支配收入增长', '居民人均可支配收入增长高于全省平均'],
      },
    ],
  },
  {
    id: 'spent-on',
    purpose:
      '投入、安排、拨付、筹集的金额后面紧跟“用于……”“完成……”，是花在那项工作上的钱：医共体建设投入、雨污分流改造投入、农村公路养护资金；后面的长度等数字仍按自己的话命名。“统筹……支持……”、收入“用于……”不是。',
    matches: [
      { text: '“十四五”期间，全县累计投入4.6亿元用于医共体建设', labels: ['医共体建设投入'] },
      {
        text: '投入2,350万元完成县城老城区雨污分流改造11.6公里',
        labels: ['县城老城区雨污分流改造投入', '县城老城区雨污分流改造'],
      },
      { text: '投入830万元完成校园安防设施升级', labels: ['校园安防设施升级投入'] },
      { text: '全年安排1,200万元专项用于农村公路养护', labels: ['农村公路养护资金'] },
    ],
    rejects: [
      { text: '全县经营收入达到了1260万元用于设备更新', labels: ['经营收入'] },
      { text: '统筹3,250万元支持城乡义务教育学校改善办学条件', labels: ['支持城乡义务教育学校改善办学条件'] },
      { text: '全年投入资金3,260万元，完成校舍改造12所', labels: ['投入资金', '校舍改造'] },
      { text: '全年投入12.6万人次完成志愿服务', labels: ['完成志愿服务'] },
    ],
  },
  {
    id: 'standard-of',
    purpose:
      '按“每……不低于多少元的标准”落实、安排、发放的钱，数的是那笔钱（管护经费、培训经费、慰问金），不是前面的“每个行政村”“每人”。',
    matches: [
      { text: '按照每个行政村每年不低于2万元的标准落实管护经费', labels: ['管护经费'] },
      { text: '按每人每年不低于80元的补助标准安排培训经费', labels: ['培训经费'] },
      { text: '按照每户500元的标准发放慰问金', labels: ['慰问金'] },
    ],
    rejects: [
      { text: '全年落实村级管护经费412万元', labels: ['落实村级管护经费'] },
      { text: '全年发放困难群众慰问金86万元', labels: ['发放困难群众慰问金'] },
    ],
  },
  {
    id: 'reach',
    purpose:
      '“DRG支付方式改革覆盖全县26家医疗机构”：主语加覆盖、惠及、辐射，数字后有名词的，数的是主语覆盖到的对象，指标是主语、动词连同名词（DRG支付方式改革覆盖医疗机构），中间的“全县”是范围；随后只写“覆盖率”的，是主语的覆盖率；只有动词（覆盖全部126个行政村）、是比例（覆盖全县85%的行政村）或数字后没有名词（惠及1.8万人）的不是。',
    matches: [
      {
        text: 'DRG支付方式改革覆盖全县26家医疗机构，覆盖率达到100%',
        labels: ['DRG支付方式改革覆盖医疗机构', 'DRG支付方式改革覆盖率'],
      },
      { text: '大病保险惠及全市1.3万名患者', labels: ['大病保险惠及患者'] },
      { text: '城乡学校共同体覆盖全县36所乡村学校', labels: ['城乡学校共同体覆盖乡村学校'] },
      { text: '农业社会化服务辐射全县1.2万户农户', labels: ['农业社会化服务辐射农户'] },
    ],
    rejects: [
      { text: '家庭医生签约服务覆盖全县85%的行政村', labels: ['行政村'] },
      { text: '家庭医生团队覆盖全部126个行政村和8个社区', labels: ['行政村', '社区'] },
      { text: '发放高龄津贴2160万元，惠及1.8万人', labels: ['发放高龄津贴', '发放高龄津贴惠及'] },
    ],
  },
  {
    id: 'honoured',
    purpose:
      '“156个村（社区）获评县级以上文明村镇”“1名职工获评省公司劳动模范”：数字后的对象获评、入选、被评为一个称号时，数的是得到这个称号的对象，指标是对象连同称号。',
    matches: [
      { text: '156个村（社区）获评县级以上文明村镇', labels: ['村（社区）获评县级以上文明村镇'] },
      { text: '全年1名职工获评省公司劳动模范', labels: ['职工获评省公司劳动模范'] },
      { text: '全年有5个乡镇被评为全市“信访三无”乡镇', labels: ['乡镇被评为全市“信访三无”乡镇'] },
      { text: '培育12家企业入选省级专精特新企业名单', labels: ['企业入选省级专精特新企业名单'] },
      // two levels of one title joined by 、 (文明办 152, 合作社, 农业)
      { text: '全县有27人入选省、市好人榜', labels: ['入选省、市好人榜'] },
      { text: '全年有8家合作社获评国家、省级示范社', labels: ['合作社获评国家、省级示范社'] },
      { text: '3个村获评省、市级美丽乡村示范村', labels: ['村获评省、市级美丽乡村示范村'] },
    ],
    rejects: [
      // a certificate or a service got is no title: the noun is what is counted
      { text: '培训1200名农民获得职业技能证书', labels: ['农民'] },
      { text: '为2680名残疾人提供基本康复服务', labels: ['残疾人'] },
    ],
  },
  {
    id: 'share-of-class',
    purpose:
      '“力争到2027年全市80%以上的村（社区）创成平安村”：百分比后接“（以上）的”和名词时，是这类对象中做成那件事的比例，指标是对象连同那件事；前面的“到2027年”“全市”是时间和范围，不是指标；动词（贡献了全市、覆盖全县）后的“62.5%的税收”是税收的比例；“力争到2028年达到15%”去掉时间后没有名词，是句中前面说的那个指标。',
    matches: [
      {
        text: '力争到2027年全市80%以上的村（社区）创成“平安村（社区）”',
        labels: ['村（社区）创成“平安村（社区）”'],
      },
      { text: '到2028年底前全县90%的行政村建成幸福院', labels: ['行政村建成幸福院'] },
      // after a verb done or its scope: the share of the noun after 的, a verb ending it included
      {
        text: '民营经济贡献了全市62.5%的税收、78.6%的城镇劳动就业',
        labels: ['税收', '城镇劳动就业'],
      },
      { text: '家庭医生签约服务覆盖全县85%的行政村', labels: ['行政村'] },
      { text: '全县小微企业吸纳了68%的城镇新增就业', labels: ['城镇新增就业'] },
      // with no words of its own after 到2028年, the subject said before in the sentence
      {
        text: '公民具备科学素质的比例在上年12.36%的基础上提高到13.5%，力争到2028年达到15%以上',
        labels: ['公民具备科学素质的比例', '公民具备科学素质的比例', '公民具备科学素质的比例'],
      },
    ],
    rejects: [
      { text: '到2027年全县森林覆盖率达到65%', labels: ['森林覆盖率'] },
      // a level reached, not a share given: the noun before is the metric
      { text: '全县森林覆盖率达到65%的目标如期实现', labels: ['森林覆盖率'] },
      { text: '到2030年全市农村自来水普及率达到95%', labels: ['农村自来水普及率'] },
    ],
  },
  {
    id: 'done-before',
    purpose:
      '“去年中心还走了5名业务骨干”“全年发生了3起较大火灾”：“了”紧挨着数的，数的是数字后面的名词，不管动词前面是什么；后面没有名词或是金额时不是。',
    matches: [
      { text: '去年中心还走了5名业务骨干，都是干得最好的年轻人', labels: ['业务骨干'] },
      { text: '全年全县发生了3起较大火灾事故', labels: ['较大火灾事故'] },
      { text: '县医院今年引进了12名硕士研究生', labels: ['硕士研究生'] },
    ],
    rejects: [
      { text: '全年培训人数达到了1.2万人次，', labels: ['培训人数'] },
      { text: '全县经营收入达到了1260万元用于设备更新', labels: ['经营收入'] },
    ],
  },
  {
    id: 'after-comment',
    purpose:
      '“入会率还不高，只有61.5%”“健康素养水平偏低，仅为21.5%”：先评一句、再用“只有、仅为”说出的数，是前一小句说的那个指标（去掉“还不高、偏低”这类评语）；前一小句没有评语时不是。',
    matches: [
      { text: '一是新就业形态劳动者入会率还不高，只有61.5%；二是', labels: ['新就业形态劳动者入会率'] },
      { text: '全县居民健康素养水平偏低，仅为21.5%', labels: ['居民健康素养水平'] },
      { text: '农村劳动力技能培训覆盖面仍然不够，不到36%', labels: ['农村劳动力技能培训覆盖面'] },
    ],
    rejects: [{ text: '全年新增就业1200人，只有计划的80%', labels: ['新增就业', '只有计划'] }],
  },
  {
    id: 'clause-before',
    purpose:
      '“完成《中共清河县历史》送审稿，约45万字”：一个数单独成一小句、前面只有“约、共计”这类词或只有时间（2025年秋季为）时，是前一小句（同一句里、没有数字）说的那个东西的量（去掉“已连续两年下降”“保持稳定”这类说状态的话）；“每季度至少举办1场”这样只说多久做几次、数字后没有名词的，是前一小句说的那件事的次数。',
    matches: [
      { text: '完成《中共清河县历史（第三卷）》送审稿，约45万字；', labels: ['中共清河县历史（第三卷）送审稿'] },
      { text: '编写《乡村振兴调研报告》初稿，共计3.6万字', labels: ['编写乡村振兴调研报告初稿'] },
      { text: '收集整理口述资料，约26万字', labels: ['收集整理口述资料'] },
      // how often it is done, in times or sessions, with no noun after the count
      { text: '常态化开展“政企面对面”活动，每季度至少举办1场', labels: ['常态化开展“政企面对面”活动'] },
      { text: '对食品生产企业实行全覆盖检查，每家每年不少于2次', labels: ['食品生产企业实行全覆盖检查'] },
      { text: '建立联席会议制度，每月至少召开1次', labels: ['建立联席会议制度'] },
      // the figure said only with its time (a year, a season): of the thing the clause before names (教育, 农业, 人社)
      { text: '全区小学一年级招生人数已连续两年下降，2025年秋季为8,940人', labels: ['小学一年级招生人数'] },
      { text: '全县秋粮播种面积保持稳定，2025年为52.6万亩', labels: ['秋粮播种面积'] },
      { text: '全县城镇登记失业人员持续减少，2025年底为1,260人', labels: ['城镇登记失业人员'] },
    ],
    rejects: [
      { text: '全年新增就业1200人，超过3000人', labels: ['新增就业', '新增就业'] },
      { text: '完成县志初稿。约45万字', labels: ['数值'] },
      // not when the number is not the first of its clause
      { text: '纳入防返贫监测对象，共计325户1,062人', labels: ['纳入防返贫监测对象', '纳入防返贫监测对象人数'] },
      // a frequency with its own noun after the count, or an amount each: not of the clause before
      { text: '落实团员教育评议制度，每年至少开展2次团员教育评议', labels: ['团员教育评议'] },
      { text: '加大村级投入，每个村补助5万元', labels: ['每个村补助'] },
    ],
  },
  {
    id: 'times-of-act',
    purpose:
      '“县长李红梅同志全年先后4次带队巡林”“先后3次赴省汇报”：“先后N次”后面到小句末尾的那件事是数的东西，不是前面做事的人。',
    matches: [
      { text: '县级总林长、县长李红梅同志全年先后4次带队巡林，督办解决问题23个', labels: ['带队巡林', '督办解决问题'] },
      { text: '县委主要领导先后3次赴省汇报对接', labels: ['赴省汇报对接'] },
      { text: '局领导班子全年先后共12次深入基层调研', labels: ['深入基层调研'] },
    ],
    rejects: [
      // without 先后 the count is read as before
      { text: '全年开展综合检查4次，发现问题12个', labels: ['开展综合检查', '发现问题'] },
      { text: '开展2次综合应急演练', labels: ['综合应急演练'] },
    ],
  },
  {
    id: 'wished-subject',
    purpose:
      '“希望中心104名干部职工拧成一股绳”“号召全县2.3万名党员带头”：希望、号召、要求后面是一句话，数字在这句话的主语里，数的是数字后面的名词（前面说过这个名词时到它为止），不是前面的动词和单位。',
    matches: [
      {
        text: '中心现有干部职工104人。\n希望中心104名干部职工拧成一股绳，把牌子擦得更亮。',
        labels: ['干部职工', '干部职工'],
      },
      { text: '号召全县2.3万名党员带头参与志愿服务', labels: ['党员带头'] },
    ],
    rejects: [
      { text: '要求各乡镇配备专职网格员不少于3名', labels: ['要求各乡镇配备专职网格员'] },
      { text: '希望大家再接再厉', labels: [] },
    ],
  },
  {
    id: 'each-scope',
    purpose: '“每个乡镇至少有1个应急供应网点”“各社区配齐3名网格员”：每个、各个地方是范围，数的是数字后面的名词。',
    matches: [
      { text: '确保每个乡镇至少有1个应急供应网点', labels: ['应急供应网点'] },
      { text: '每个行政村都有1名村级统计员', labels: ['村级统计员'] },
      // a floor before the verb of the count: what is counted is the verb's object
      { text: '每个乡镇（街道）至少布设2台政务服务自助终端', labels: ['政务服务自助终端'] },
      { text: '每位委员每年至少提交1件提案、反映1条社情民意信息', labels: ['提案', '社情民意信息'] },
      { text: '每名县级领导每季度至少督导2个乡镇', labels: ['乡镇'] },
      { text: '每个网格员每月最多承担3项临时任务', labels: ['临时任务'] },
    ],
    rejects: [
      { text: '每个乡镇补助5万元', labels: ['每个乡镇补助'] },
      { text: '全县乡镇综合文化站达到18个', labels: ['乡镇综合文化站'] },
      // a floor on the figure itself, or a change, with no verb of a count after it
      { text: '每个乡镇储备物资至少达到200件', labels: ['每个乡镇储备物资'] },
      { text: '全县每年至少新增就业岗位1200个', labels: ['每年至少新增就业岗位'] },
    ],
  },
  {
    id: 'title-before',
    purpose: '“编印《统计月报》12期”：紧接在书名号后的数，数的是这份刊物、文件的期数、份数，以书名为指标。',
    matches: [
      { text: '全年编印《统计月报》12期', labels: ['统计月报'] },
      { text: '编发《信息专报》36期，撰写分析报告18篇', labels: ['信息专报', '撰写分析报告'] },
      // with a bound or verb between: 不少于, 达到
      { text: '全年编印《史志资政》不少于12期', labels: ['史志资政'] },
      { text: '编印《妇女工作简报》达到24期', labels: ['妇女工作简报'] },
    ],
    rejects: [{ text: '印发《应急预案》等制度文件12件', labels: ['制度文件'] }],
  },
  {
    id: 'measure-of-item',
    purpose: '“拆除违法建设186处、面积4.26万平方米”：顿号后只写面积、投资这类量，是前面那项的面积、投资。',
    matches: [
      { text: '新建改造农村公厕126座、面积3800平方米', labels: ['新建改造农村公厕', '新建改造农村公厕面积'] },
      { text: '改造老旧管网65公里、投资1.2亿元', labels: ['改造老旧管网', '改造老旧管网投资'] },
      { text: '建成托育机构12所、服务人数860人', labels: ['建成托育机构', '建成托育机构服务人数'] },
      {
        text: '挂牌出让国有建设用地36宗、成交额18.6亿元',
        labels: ['挂牌出让国有建设用地', '挂牌出让国有建设用地成交额'],
      },
    ],
    rejects: [{ text: '新建改造农村公厕126座，完成投资1800万元', labels: ['新建改造农村公厕', '完成投资'] }],
  },
  {
    id: 'measure-of-set-up',
    purpose:
      '“设立区科技创新引导基金，总规模5亿元”：只写“总规模、总投资、面积”的数，是前一分句设立、启动的那个基金、项目、示范区的；前一分句自己有数时不算。',
    matches: [
      { text: '设立区科技创新引导基金，总规模5亿元', labels: ['区科技创新引导基金总规模'] },
      { text: '启动城东片区棚户区改造项目，总投资12.6亿元', labels: ['城东片区棚户区改造项目总投资'] },
      { text: '组建县产业投资基金，规模3亿元', labels: ['县产业投资基金规模'] },
      { text: '新建高标准农田示范区，面积1.2万亩', labels: ['高标准农田示范区面积'] },
    ],
    rejects: [
      // the clause's own count owns it (shared-owner)
      { text: '新建学校3所，总投资1.2亿元', labels: ['新建学校', '新建学校总投资'] },
      { text: '全年招商引资到位资金32亿元，总投资12亿元', labels: ['招商引资到位资金', '总投资'] },
    ],
  },
  {
    id: 'shared-prefix',
    purpose: '“6个国、省控断面”：顿号前只有一个字时，它和后面的词共用后半截，是一个对象；“8个县（区）”的括注也是。',
    matches: [
      { text: '全市18个省、市级重点项目全部开工', labels: ['省、市级重点项目'] },
      { text: '对全县126个村（社区）开展集中排查', labels: ['村（社区）'] },
    ],
    rejects: [{ text: '建成12个村级服务站、3个社区服务中心', labels: ['村级服务站', '社区服务中心'] }],
  },
  {
    id: 'counted-list',
    purpose:
      '“12个村、3个社区”：数+量词+名词用顿号连成的一串，每个数数的是量词后的名词，一个字的（村、镇、站）也是；顿号不属于任何一项。',
    matches: [
      { text: '全县共有12个村、3个社区', labels: ['村', '社区'] },
      { text: '对8个镇、2个乡开展专项督查', labels: ['镇', '乡'] },
      { text: '设立3个站、5个点', labels: ['站', '点'] },
      { text: '全县12个村、3个社区全部建成服务站', labels: ['村', '社区'] },
      { text: '全县有12个村、两个社区', labels: ['村'] },
    ],
    rejects: [
      { text: '全市18个省、市级重点项目全部开工', labels: ['省、市级重点项目'] },
      { text: '建成12个村级服务站、3个社区服务中心', labels: ['村级服务站', '社区服务中心'] },
      { text: '全县12个乡镇、326个行政村全部通硬化路', labels: ['乡镇', '行政村'] },
    ],
  },
  {
    id: 'qualifier-aside',
    purpose:
      '“全县（含开发区）新增就业”“地区生产总值（按可比价计算）”：括号里说统计口径的话（含、不含、包括、按……计算）不是指标名的一部分；“村（社区）”“乡镇（街道）”这类说同一对象另一种叫法的括注是。',
    matches: [
      { text: '全县（含开发区）新增就业3250人', labels: ['新增就业'] },
      { text: '全市（不含高新区）规上工业增加值增长8.5%', labels: ['规上工业增加值增长'] },
      { text: '城镇新增就业（含灵活就业）3250人', labels: ['城镇新增就业'] },
      { text: '地区生产总值（按可比价计算）增长6.5%', labels: ['地区生产总值增长'] },
      { text: '全县（包括经开区）完成固定资产投资58.6亿元', labels: ['固定资产投资'] },
    ],
    rejects: [
      { text: '乡镇（街道）综合文化站达到18个', labels: ['乡镇（街道）综合文化站'] },
      { text: '对全县126个村（社区）开展集中排查', labels: ['村（社区）'] },
      { text: '建成服务站12个（2个在建），覆盖8个县（区）', labels: ['建成服务站', '在建', '县（区）'] },
    ],
  },
  {
    id: 'bracketed-figure',
    purpose: '“新增就业（3250人）”：括号里只有一个数字时，数的是紧挨着括号前面的那个词。',
    matches: [
      { text: '新增就业（3250人）', labels: ['新增就业'] },
      {
        text: '全年新增就业（3250人），培训农村劳动力（1.2万人次）',
        labels: ['新增就业', '培训农村劳动力'],
      },
      { text: '完成固定资产投资(58.6亿元)，同比增长6.2%', labels: ['固定资产投资', '固定资产投资同比增长'] },
    ],
    rejects: [
      { text: '新增就业3250人（同比增长8%）', labels: ['新增就业', '新增就业同比增长'] },
      { text: '完成投资58.6亿元（占年度计划的105%）', labels: ['完成投资', '完成投资占年度计划'] },
    ],
  },
  {
    id: 'attributive',
    purpose: '“新建改造的210公里农村公路”：“的”前的词和数字后的名词合成一个指标。',
    matches: [{ text: '全年新建改造的210公里农村公路全部通过交工验收', labels: ['新建改造农村公路'] }],
    rejects: [{ text: '全年新建改造农村公路210公里', labels: ['新建改造农村公路'] }],
  },
  {
    id: 'list',
    purpose:
      '“分别”列举时每个数字各有自己的指标，随后“分别增长”的是各自的增长；完整的指标名不再拼接；“国家级、省级龙头企业”的几个级别、“刑事、民事案件”的几类、“最大、最小日供水量”的几个修饰语共用后面的名词；数字个数要求时，“和”连着的两项也分开；同一句后面的“分别”只说指标（户均停电时间分别为）时，是第一处列举的各方（城网、农网）的指标。',
    matches: [
      {
        text: '机电产品、农产品出口额分别达到28.5亿美元、9.2亿美元，分别增长12.3%、7.8%',
        labels: ['机电产品出口额', '农产品出口额', '机电产品出口额增长', '农产品出口额增长'],
      },
      {
        text: '新创建国家级、省级农业产业化龙头企业分别为2家和9家',
        labels: ['新创建国家级农业产业化龙头企业', '省级农业产业化龙头企业'],
      },
      {
        text: '全年受理刑事、民事、行政案件分别为126件、1850件和42件',
        labels: ['受理刑事案件', '民事案件', '行政案件'],
      },
      {
        text: '最大、最小日供水量分别为12.6万吨和8.3万吨',
        labels: ['最大日供水量', '最小日供水量'],
      },
      {
        text: '失业保险金和临时生活补助分别发放1260万元和380万元',
        labels: ['失业保险金', '临时生活补助'],
      },
      // Quoted names side by side, no 、 between them.
      {
        text: '开展党支部星级评定，评出“五星”“四星”党支部分别为42个和96个',
        labels: ['“五星”党支部', '“四星”党支部'],
      },
      {
        text: '“十佳”“百优”志愿者分别为10名、100名',
        labels: ['“十佳”志愿者', '“百优”志愿者'],
      },
      // a later 分别 list of the sentence naming only a metric: the metric of each owner named first
      {
        text: '城网、农网供电可靠率分别达到99.978%、99.912%，户均停电时间分别为1.93小时、7.71小时，同比分别减少0.62小时、2.15小时',
        labels: [
          '城网供电可靠率',
          '农网供电可靠率',
          '城网户均停电时间',
          '农网户均停电时间',
          '城网户均停电时间同比减少',
          '农网户均停电时间同比减少',
        ],
      },
      // a figure after the first that says its own change
      {
        text: '全年完成公路客运量486万人次，货运量1,925万吨，同比分别下降3.2%和增长6.8%',
        labels: ['公路客运量', '公路货运量', '公路客运量同比下降', '公路货运量同比增长'],
      },
      { text: '出口额、进口额分别增长12%、下降3.5%', labels: ['出口额增长', '进口额下降'] },
      // owners that end alike (职工医保, 城乡居民医保): what they share is said once, not twice
      {
        text: '职工医保和城乡居民医保政策范围内住院费用报销比例分别达到85.2%和70.6%',
        labels: ['职工医保政策范围内住院费用报销比例', '城乡居民医保政策范围内住院费用报销比例'],
      },
      {
        text: '职工医保、城乡居民医保参保率分别达到97.1%和97.6%',
        labels: ['职工医保参保率', '城乡居民医保参保率'],
      },
      {
        text: '企业职工和机关事业单位职工养老保险参保人数分别为8.2万人和1.6万人',
        labels: ['企业职工养老保险参保人数', '机关事业单位职工养老保险参保人数'],
      },
      {
        text: '农村集体经营性建设用地和国有建设用地出让面积分别为120亩和860亩',
        labels: ['农村集体经营性建设用地出让面积', '国有建设用地出让面积'],
      },
      {
        text: '小学、初中入学率分别为100%、99.8%，巩固率分别为99.5%、98.7%',
        labels: ['小学入学率', '初中入学率', '小学巩固率', '初中巩固率'],
      },
    ],
    rejects: [
      {
        text: '创建和美乡村、美丽庭院分别为12个和360户',
        labels: ['创建和美乡村', '美丽庭院'],
      },
      {
        text: '全市道路交通事故、火灾事故分别下降12.5%和8.2%',
        labels: ['道路交通事故下降', '火灾事故下降'],
      },
      // owners that end in nothing alike share all the last item says after a modifier as long
      {
        text: '最高、最低气温预报准确率分别为86.5%和88.2%',
        labels: ['最高气温预报准确率', '最低气温预报准确率'],
      },
      {
        text: '婴儿死亡率、5岁以下儿童死亡率分别降至2.8‰、3.9‰',
        labels: ['婴儿死亡率', '5岁以下儿童死亡率'],
      },
      {
        text: '高新技术企业、省级专精特新企业分别达到48家、16家',
        labels: ['高新技术企业', '省级专精特新企业'],
      },
      // owners are named for their sentence only
      {
        text: '城网、农网供电可靠率分别达到99.978%、99.912%。户均停电时间分别为1.93小时、7.71小时',
        labels: ['城网供电可靠率', '农网供电可靠率', '户均停电时间', '户均停电时间'],
      },
    ],
  },
  {
    id: 'compound-subject',
    purpose:
      '“城乡居民人均可支配收入分别达到……和……”“中小学、城乡低保……分别……”：一个主语说了两类，数字个数相同时每个数字各是一类的指标（城镇居民、农村居民；中学、小学；城市低保、农村低保）；“城乡居民医保”是一项制度，不拆。',
    matches: [
      {
        text: '全县城乡居民人均可支配收入分别达到46,280元和23,950元',
        labels: ['城镇居民人均可支配收入', '农村居民人均可支配收入'],
      },
      {
        text: '城乡低保标准分别提高到每人每月860元和每人每年9120元',
        labels: ['城市低保标准', '农村低保标准'],
      },
      {
        text: '全县中小学生近视率分别为62.5%和35.8%',
        labels: ['中学生近视率', '小学生近视率'],
      },
      // petitions by the level they went to, in the order the text names them
      {
        text: '到市赴省进京上访批次分别下降18.2%、21.5%和36.4%',
        labels: ['到市上访批次下降', '赴省上访批次下降', '进京上访批次下降'],
      },
      {
        text: '全年进京赴省上访分别为2批次和9批次',
        labels: ['进京上访', '赴省上访'],
      },
      // and a later 分别 list of the sentence is of the same two kinds
      {
        text: '全县城乡居民人均可支配收入分别达到46,280元和23,950元，人均消费支出分别为28,600元和16,300元',
        labels: ['城镇居民人均可支配收入', '农村居民人均可支配收入', '城镇居民人均消费支出', '农村居民人均消费支出'],
      },
    ],
    rejects: [
      {
        text: '城乡居民医保参保率分别达到97.1%和97.6%',
        labels: ['城乡居民医保参保率', '城乡居民医保参保率'],
      },
      {
        text: '中小学和幼儿园分别为14所和6所',
        labels: ['中小学', '幼儿园'],
      },
      // as many levels as figures, or the list is not one of them
      {
        text: '到市赴省进京上访总量分别为126批次和98批次',
        labels: ['到市赴省进京上访总量', '到市赴省进京上访总量'],
      },
    ],
  },
  {
    id: 'words-joined',
    purpose: '顿号连着几个词时是一个指标（新建、改扩建学校）；跟在数字后面时才分开（12起、死亡9人）。',
    matches: [{ text: '新建、改扩建学校8所', labels: ['新建、改扩建学校'] }],
    rejects: [{ text: '全县共发生生产安全事故12起、死亡9人', labels: ['生产安全事故', '死亡'] }],
  },
  {
    id: 'said-again',
    purpose: '同一指标说得短一些（其中2024年新建改造）、或以“上线率”接着“上线1862人”时，用原来的指标名。',
    matches: [
      {
        text: '累计新建改造农村公路1020公里，其中2024年新建改造210公里',
        labels: ['新建改造农村公路', '新建改造农村公路'],
      },
      { text: '高考本科上线1862人，上线率68.5%', labels: ['高考本科上线', '高考本科上线率'] },
    ],
    rejects: [
      { text: '城镇新增就业3250人，就业困难人员就业860人', labels: ['城镇新增就业', '就业困难人员就业'] },
      {
        text: '抽检农产品1520批次，其中合格1498批次、不合格22批次，合格率98.6%',
        labels: ['抽检农产品', '合格', '不合格', '合格率'],
      },
    ],
  },
  {
    id: 'shared-owner',
    purpose:
      '“职工医保基金收入2.46亿元，支出2.18亿元，当期结余0.28亿元”：同一句里紧跟着只写“支出”“当期结余”“出口”“货运量”这类同一组量的，是前面那个量的主体的（职工医保基金支出），不是全篇各个主体共用的一个指标；“夏粮面积……，总产……”（作物的面积、总产、亩产）、“公办养老机构18家、床位1,980张”（机构数之后光写床位、从业人员）、“产业项目71个，完成投资38.2亿元”（项目数之后光写总投资、完成投资）、“工程建设项目412个，交易额52.3亿元”“国有产权交易34宗，成交额2.7亿元”（各类交易的数目之后光写交易额、成交额、成交价款）也是，项目名是一串类别、连上量名太长时只用“项目”（项目完成投资）；主体只是动词（实现收入）、“可支配收入”这类只属于收入的、另起一句的、不是同一组量的，不加。',
    matches: [
      {
        text: '全年职工医保基金收入2.46亿元，支出2.18亿元，当期结余0.28亿元；城乡居民医保基金收入3.12亿元，支出3.05亿元，当期结余0.07亿元',
        labels: [
          '职工医保基金收入',
          '职工医保基金支出',
          '职工医保基金当期结余',
          '城乡居民医保基金收入',
          '城乡居民医保基金支出',
          '城乡居民医保基金当期结余',
        ],
      },
      {
        text: '全县一般公共预算收入12.6亿元，同比增长8.2%，支出30.9亿元，增长5.1%',
        labels: ['一般公共预算收入', '一般公共预算收入同比增长', '一般公共预算支出', '一般公共预算支出增长'],
      },
      {
        text: '全市社会保险基金总收入286.3亿元，总支出271.5亿元，累计结余412.6亿元',
        labels: ['社会保险基金总收入', '社会保险基金总支出', '社会保险基金累计结余'],
      },
      {
        text: '全县外贸进出口总额8.62亿美元，增长6.4%，其中出口6.15亿美元、进口2.47亿美元',
        labels: ['外贸进出口总额', '外贸进出口总额增长', '外贸出口', '外贸进口'],
      },
      { text: '全区外贸进口3.2亿元，出口5.6亿元', labels: ['外贸进口', '外贸出口'] },
      { text: '全年完成铁路客运量126万人次，货运量860万吨', labels: ['铁路客运量', '铁路货运量'] },
      // a crop's area, output and yield; what establishments counted hold
      {
        text: '全年粮食播种面积52.6万亩，总产21.3万吨，单产405公斤',
        labels: ['粮食播种面积', '粮食总产', '粮食单产'],
      },
      {
        text: '其中公办养老机构18家、床位1,980张，民办养老机构10家、床位1,280张',
        labels: ['公办养老机构', '公办养老机构床位', '民办养老机构', '民办养老机构床位'],
      },
      { text: '全县规上工业企业126家，从业人员1.2万人', labels: ['规上工业企业', '规上工业企业从业人员'] },
      // projects counted, then their investment (发改, 招商, 水利)
      {
        text: '产业项目71个，完成投资38.2亿元；基础设施项目33个，完成投资17.5亿元',
        labels: ['产业项目', '产业项目完成投资', '基础设施项目', '基础设施项目完成投资'],
      },
      { text: '全年签约招商项目42个，协议投资186亿元', labels: ['签约招商项目', '签约招商项目协议投资'] },
      // projects named by a list of their kinds, too long to carry the measure: 项目 names them (国企, 住建)
      {
        text: '全年实施城市更新、产业园区、水利设施等项目38个，完成投资41.7亿元',
        labels: ['实施城市更新、产业园区、水利设施等项目', '项目完成投资'],
      },
      {
        text: '新开工保障性住房、城中村改造等项目26个，完成投资18.6亿元',
        labels: ['新开工保障性住房、城中村改造等项目', '项目完成投资'],
      },
      { text: '新谋划储备水利项目36个，总投资52.4亿元', labels: ['新谋划储备水利项目', '新谋划储备水利项目总投资'] },
      // deals counted by their kind, then their amount (公共资源交易, 自然资源, 农村产权)
      {
        text: '工程建设项目412个，交易额52.3亿元；国有产权交易34宗，成交额2.7亿元',
        labels: ['工程建设项目', '工程建设项目交易额', '国有产权交易', '国有产权交易成交额'],
      },
      {
        text: '全年国有建设用地出让56宗，成交价款12.3亿元',
        labels: ['国有建设用地出让', '国有建设用地出让成交价款'],
      },
      { text: '农村产权流转交易128宗，成交金额0.86亿元', labels: ['农村产权流转交易', '农村产权流转交易成交金额'] },
    ],
    rejects: [
      // the owner only a verb, or an income that alone is disposable
      { text: '全年实现收入42.5亿元，支出38.6亿元', labels: ['实现收入', '支出'] },
      { text: '城镇居民人均可支配收入4.62万元，支出2.86万元', labels: ['城镇居民人均可支配收入', '支出'] },
      // another sentence, or a measure of another family
      {
        text: '全县一般公共预算收入12.6亿元。支出结构持续优化，民生支出30.9亿元',
        labels: ['一般公共预算收入', '民生支出'],
      },
      { text: '职工医保基金收入2.46亿元。支出2.18亿元', labels: ['职工医保基金收入', '支出'] },
      { text: '一般公共预算收入12.6亿元，出口5.6亿美元', labels: ['一般公共预算收入', '出口'] },
      // a measure with its own owner keeps it
      { text: '税收收入9.12亿元，非税收入3.48亿元', labels: ['税收收入', '非税收入'] },
      // what follows no establishment is its own
      { text: '新建养老服务中心3个，床位120张', labels: ['新建养老服务中心', '床位'] },
      { text: '开工项目58个，累计完成投资63.8亿元', labels: ['开工项目', '累计完成投资'] },
      // an amount after no count of deals is its own
      { text: '全年办理业务1.2万笔，交易额52.3亿元', labels: ['办理业务', '交易额'] },
    ],
  },
  {
    id: 'total-of-new',
    purpose: '“新认定高新技术企业48家，总数达到326家”：光说“总数”时，是刚数过的那类对象的总数。',
    matches: [
      { text: '新培育家庭农场35家，总数达到286家', labels: ['新培育家庭农场', '家庭农场总数'] },
      { text: '全年新登记市场主体4200户，总量达到3.1万户', labels: ['新登记市场主体', '市场主体总量'] },
      { text: '乡村旅游重点村新增5个，总数达到23个', labels: ['乡村旅游重点村新增', '乡村旅游重点村总数'] },
    ],
    rejects: [{ text: '开工项目35个，总数达到86个', labels: ['开工项目', '总数'] }],
  },
  {
    id: 'shared-verb',
    purpose:
      '“新建幼儿园3所、小学2所”：顿号连着的几项，第一项开头的新建、改扩建、新增、培育这类动词，是后面没写动词的各项共用的（新建小学），数的是要建的，不是全县所有的小学；后面一项自己有动词、或是面积投资这类量的，不加。',
    matches: [
      { text: '今年新建幼儿园3所、小学2所', labels: ['新建幼儿园', '新建小学'] },
      { text: '全年新建农村公路86公里、桥梁12座', labels: ['新建农村公路', '新建桥梁'] },
      { text: '新认定高新技术企业48家、专精特新企业12家', labels: ['新认定高新技术企业', '新认定专精特新企业'] },
      { text: '全年培育家庭农场35家、农民合作社12家', labels: ['培育家庭农场', '培育农民合作社'] },
    ],
    rejects: [
      { text: '今年新建幼儿园3所、改扩建小学2所', labels: ['新建幼儿园', '改扩建小学'] },
      { text: '全县共有幼儿园58所、小学42所', labels: ['幼儿园', '小学'] },
      // projects told by their stage are classes (发改)
      { text: '其中，新开工项目58个、续建项目52个、预备项目16个', labels: ['新开工项目', '续建项目', '预备项目'] },
      { text: '其中，新建项目12个、续建项目20个', labels: ['新建项目', '续建项目'] },
      {
        text: '新建村级党群服务中心12个、面积1.2万平方米',
        labels: ['新建村级党群服务中心', '新建村级党群服务中心面积'],
      },
    ],
  },
  {
    id: 'own-against-average',
    purpose:
      '“全省三级综合医院四级手术占比平均为17.5%，我院只有13.6%”：在全省、全市或同行的平均数之后，只写“我院、我县、我局只有/为”的数，是本单位、本地自己的这个指标（我院……四级手术占比），不是平均数再说一遍；前面不是平均数的，不算。',
    matches: [
      {
        text: '全省三级综合医院四级手术占比平均为17.5%，我院只有13.6%',
        labels: ['三级综合医院四级手术占比平均', '我院三级综合医院四级手术占比'],
      },
      {
        text: '全市农村居民人均可支配收入平均为2.36万元，我县只有2.08万元',
        labels: ['农村居民人均可支配收入平均', '我县农村居民人均可支配收入'],
      },
      { text: '全省县域森林覆盖率平均为38.6%，我县达到46.2%', labels: ['县域森林覆盖率平均', '我县县域森林覆盖率'] },
    ],
    rejects: [{ text: '全省平均办案周期为42天，我院平均办案周期38天', labels: ['平均办案周期', '平均办案周期'] }],
  },
  {
    id: 'estimate-after-target',
    purpose:
      '“规划目标4件，预计只有2.6件”“保障性住房年度目标任务3,600套，预计可达3,420套”：在目标、计划数之后，只写“预计/实际（只有、完成）”的数，是同一件事现在的预计数或实际数，不是目标再说一遍；前面不是目标的，不算。',
    matches: [
      {
        text: '另一项是每万人口高价值发明专利拥有量，规划目标4件，预计只有2.6件',
        labels: ['规划目标', '预计'],
      },
      {
        text: '全市保障性住房年度目标任务3,600套，预计可达3,420套',
        labels: ['保障性住房年度目标任务', '保障性住房预计'],
      },
      { text: '全县植树造林目标任务1.2万亩，预计完成1.26万亩', labels: ['植树造林目标任务', '植树造林预计'] },
    ],
    rejects: [{ text: '全年新增就业3,250人，预计只有3,100人', labels: ['新增就业', '新增就业'] }],
  },
  {
    id: 'whole-year-after-step',
    purpose:
      '“下半年产业项目要完成投资27.8亿元以上，确保全年达到66亿元”：在上半年、下半年、某季度、某月底前的数之后，只写“全年达到/完成”的数，是同一件事全年的数（全年产业项目要完成投资），不是那一段的数再说一遍；前面的数不是一段时间的、或写了自己名词的，不算。',
    matches: [
      {
        text: '下半年产业项目要完成投资27.8亿元以上，确保全年达到66亿元',
        labels: ['下半年产业项目要完成投资', '全年产业项目要完成投资'],
      },
      { text: '上半年完成造林1.2万亩，全年完成2.5万亩', labels: ['上半年完成造林', '全年完成造林'] },
      { text: '一季度新增城镇就业860人，力争全年达到3300人', labels: ['一季度新增城镇就业', '全年新增城镇就业'] },
    ],
    rejects: [
      { text: '6月底前完成造林1.2万亩，全年森林覆盖率达到41%', labels: ['6月底前完成造林', '森林覆盖率'] },
      { text: '上半年完成造林1.2万亩，全年义务植树86万株', labels: ['上半年完成造林', '义务植树'] },
    ],
  },
  {
    id: 'scope-total-of-new',
    purpose:
      '“年内新增医养结合机构2家，全县达到14家”：新增、新建、新认定的数之后，只写“全县（共）达到/有”的数，是刚数过的那类对象在全县的总数（医养结合机构总数），不是新增数再说一遍；前面不是新增的数、或写了自己名词的，不算。',
    matches: [
      { text: '年内新增医养结合机构2家，全县达到14家', labels: ['新增医养结合机构', '医养结合机构总数'] },
      { text: '新建村级综合服务站12个，全镇共有86个', labels: ['新建村级综合服务站', '村级综合服务站总数'] },
      { text: '新认定市级龙头企业5家，全市达到48家', labels: ['新认定市级龙头企业', '市级龙头企业总数'] },
      { text: '今年新发展家庭农场35家，全区增至286家', labels: ['新发展家庭农场', '家庭农场总数'] },
    ],
    rejects: [
      // a total with a noun of its own, or no count after
      { text: '新建养老服务中心3个，全县共有养老机构28家', labels: ['新建养老服务中心', '养老机构'] },
      { text: '新建5G基站120个，全县行政村覆盖率达到96%', labels: ['新建5G基站', '行政村覆盖率'] },
    ],
  },
  {
    id: 'running-total',
    purpose:
      '“新建创新工作室9个，累计达到46个”：紧跟当年数、只写“累计”（和一个动词）的数，是刚数过的那类对象的累计数，指标名是对象加“累计”，不与当年新增的数当作同一指标；写了自己名词的（累计投入资金）、单位不同的不是。讲话前面已数过当年数的事项（全年归集住房公积金），后面“累计归集住房公积金”是另一个指标，名字保留“累计”；“全年累计”、“十四五”期间累计的不是。',
    matches: [
      {
        text: '全年新建劳模和工匠人才创新工作室9个，累计达到46个',
        labels: ['新建劳模和工匠人才创新工作室', '劳模和工匠人才创新工作室累计'],
      },
      {
        text: '新认定市级巾帼示范基地32个，全市累计达到218个',
        labels: ['新认定市级巾帼示范基地', '市级巾帼示范基地累计'],
      },
      { text: '新建高标准农田4.2万亩；累计建成52.6万亩', labels: ['新建高标准农田', '高标准农田累计建成'] },
      // a 分别 list of running totals, one for each thing just counted
      {
        text: '新创建省级科普示范学校6所、示范社区4个，累计分别达到38所和27个',
        labels: ['新创建省级科普示范学校', '示范社区', '省级科普示范学校累计', '示范社区累计'],
      },
      {
        text: '培训新型职业农民1.2万人次，累计达到8.6万人次',
        labels: ['培训新型职业农民', '培训新型职业农民累计'],
      },
      // a running total of a thing counted earlier in the speech, in a later sentence (公积金, 人社, 金融)
      {
        text: '全年归集住房公积金68.4亿元。\n截至2025年末，全市累计归集住房公积金486.3亿元。',
        labels: ['归集住房公积金', '累计归集住房公积金'],
      },
      {
        text: '全年发放创业担保贷款1.2亿元，扶持创业1,260人。\n累计发放创业担保贷款8.6亿元。',
        labels: ['发放创业担保贷款', '扶持创业', '累计发放创业担保贷款'],
      },
      {
        text: '全年新增普惠小微贷款46.2亿元。\n截至年末，全县累计新增普惠小微贷款186.5亿元。',
        labels: ['新增普惠小微贷款', '累计新增普惠小微贷款'],
      },
    ],
    rejects: [
      { text: '新建村级党群服务中心12个，累计投入资金1.2亿元', labels: ['新建村级党群服务中心', '投入资金'] },
      { text: '全年新建充电桩120个，累计投资860万元', labels: ['新建充电桩', '累计投资'] },
      { text: '新培育家庭农场35家，总数达到286家', labels: ['新培育家庭农场', '家庭农场总数'] },
      // the year's own 累计, and one over a named span (its period tells it), are the thing counted
      { text: '接待游客412万人次。\n全年累计接待游客412万人次。', labels: ['接待游客', '接待游客'] },
      {
        text: '新建高标准农田4.2万亩。\n“十四五”期间，累计新建高标准农田21.6万亩。',
        labels: ['新建高标准农田', '新建高标准农田'],
      },
      // a 累计 of a thing not counted before is named as written
      { text: '截至2025年末，累计发放创业担保贷款8.6亿元', labels: ['发放创业担保贷款'] },
    ],
  },
  {
    id: 'referred-back',
    purpose: '“8.6万户经营主体中”指前面说过的总数，用那个指标名（经营主体总量），不用新增的那个。',
    matches: [
      {
        text: '全区经营主体总量达到8.6万户。\n全区8.6万户经营主体中，企业占27.3%。',
        labels: ['经营主体总量', '经营主体总量', '企业占'],
      },
    ],
    rejects: [
      {
        text: '全年新登记经营主体1.2万户。\n全区8.6万户经营主体中，企业占27.3%。',
        labels: ['新登记经营主体', '经营主体', '企业占'],
      },
    ],
  },
  {
    id: 'two-measures',
    purpose:
      '同一句里同一件事的两个数、单位不能换算（人次和万元、批和人次）：不能共用一个指标名，数的那个以单位命名（支付工伤保险待遇人次），金额保留原名。',
    matches: [
      {
        text: '全年认定工伤120起，为85人次支付工伤保险待遇120万元',
        labels: ['认定工伤', '支付工伤保险待遇人次', '支付工伤保险待遇'],
      },
      { text: '全年办理助保贷款2批35人次，发放金额860万元', labels: ['办理助保贷款', '办理助保贷款人次', '发放金额'] },
      { text: '为85人次支付工伤保险待遇，共计120万元', labels: ['支付工伤保险待遇人次', '支付工伤保险待遇'] },
    ],
    rejects: [{ text: '每千人口床位数从3.2张增加到3.5张', labels: ['每千人口床位数', '每千人口床位数'] }],
  },
  {
    id: 'level-after-change',
    purpose:
      '“X增长N%，达到M”“X增加N万元，达到M万元”“同比增长N%，总量达到M”：变化之后单说“达到”的数是X本身的水平，不是增长金额；句子说“增量”“其中……”或另起一句时不是。',
    matches: [
      { text: '力争社会消费品零售总额增长6%，达到136亿元', labels: ['社会消费品零售总额增长', '社会消费品零售总额'] },
      { text: '一般公共预算收入增加1200万元，达到3.2亿元', labels: ['一般公共预算收入增加', '一般公共预算收入'] },
      { text: '地区生产总值同比增长5.5%，总量达到320亿元', labels: ['地区生产总值同比增长', '地区生产总值'] },
      { text: '城镇化率提高1.2个百分点，达到62%', labels: ['城镇化率提高', '城镇化率'] },
      { text: '粮食总产量增加0.8万吨，达到33.6万吨', labels: ['粮食总产量增加', '粮食总产量'] },
      { text: '全年接待游客增长12%、达到860万人次', labels: ['接待游客增长', '接待游客'] },
      { text: '工业用电量下降3.2%，达到12亿千瓦时', labels: ['工业用电量下降', '工业用电量'] },
    ],
    rejects: [
      { text: '税收收入增长8%，增量达到1.2亿元', labels: ['税收收入增长', '增量'] },
      { text: '外贸进出口总额增长12%，其中出口达到18亿元', labels: ['外贸进出口总额增长', '出口'] },
      { text: '网络零售额增长10%。全县电商企业达到42家', labels: ['网络零售额增长', '电商企业'] },
      { text: '参保人数由38.5万人增加到41.2万人，参保率达到96.8%', labels: ['参保人数', '参保人数', '参保率'] },
    ],
  },
]
