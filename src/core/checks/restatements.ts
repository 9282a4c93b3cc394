/**
 * A figure said again under other words than it was first given, so that one figure, one value
 * (figure-rules.ts), which holds one name to one value, does not meet it: the set a task acts on
 * (对3,180名农村留守儿童…建立台账, after 农村留守儿童3,180名), what is left after a fall (对县城剩余的
 * 9处易涝点, after 城区易涝点由23处减少到9处), last year's level as the tasks' base (推动代表建议解决率
 * 在去年81.7%的基础上稳步提高, after 已经解决或列入计划逐步解决的152件，占81.7%). Each way of saying a
 * figure again is a row: the words around it, which figure before it it must be, and how sure.
 * A whole said again with its scope (全县1,862户零售户) is restated-counts.ts's.
 */
import { anyOf, CUT_VERBS, FALL_VERBS, RISE_VERBS, SET_CUT_VERBS } from '../lang/changes'
import { inBase, parseUnit } from '../units'
import { figureBlocks, filled } from './typed-figures'
import type { DocumentContext, DocumentFinding, TopSummary } from './types'

/** A figure as said before: its name, value in base units, as written, its base unit, and the words before it. */
export interface SaidFigure {
  label: string
  value: number
  shown: string
  base: string
  year: number | null
  /** The words just before it (up to 12 characters). */
  before: string
  /**
   * For a target the sentence measures progress by (实现营业收入186.4亿元，完成年度目标340亿元的54.8%),
   * the name of the figure before it in its sentence, whose target it is.
   */
  targetOf?: string
}

/** The words before a target of which a share of progress follows: 完成年度目标, 完成全年计划. */
const PROGRESS_TARGET = /完成[\u4e00-\u9fff]{0,6}?(?:目标任务|目标|任务|计划)$/

/** The year's target named before its figure (全年营业收入达到, 年度固定资产投资): group 1 the name, group 2 the verb of reaching, if any. */
const YEAR_TARGET_BEFORE = /(?:全年|年度)([\u4e00-\u9fff]{2,10}?)(达到|突破|完成|实现)?$/
/** A verb of reaching said before the name instead (全年完成投资186.5亿元): group 1 the name after it. */
const VERB_FIRST = /^(?:完成|实现|达到)([\u4e00-\u9fff]{2,})$/
/** The year's plan named before its figure, the plan's word first (年度计划投资186.5亿元, 全年目标任务新增就业): group 1 what it is of. */
const PLAN_NAMED_FIRST = /(?:全年|年度)(?:计划|目标任务|目标|任务)([\u4e00-\u9fff]{2,8})$/
/** The plan's word in such a name: what is left names the thing (交通建设年度计划投资 → 交通建设投资). */
const PLAN_WORD = /(?:全年|年度)(?:计划|目标任务|目标|任务)/

/** A way of saying a figure again: the words around it and which figure said before it must be. */
export interface Restatement {
  id: string
  purpose: string
  /** The words just before the figure said again. */
  before: RegExp
  /** The words just after it. */
  after: RegExp
  /**
   * The figure said before that this one says again, if any: the candidates are those said
   * before in the same base unit; `noun` is the noun after the figure (its first 2–12 characters).
   */
  first(candidates: readonly SaidFigure[], said: SaidFigure, noun: string): SaidFigure | undefined
  /** A warning when the words leave no doubt which figure is meant; a note when it may be another. */
  severity: 'warning' | 'info'
  /** Each a sentence of the review and one of the tasks that says a figure of it again. */
  examples: { fires: [string, string][]; quiet: [string, string][] }
}

/** Words that make a name every kind of its noun: 各类隐患, 各种风险, 全部问题. */
const EVERY_KIND = /(?:各类|各种|各项|全部|所有)$/

/** The noun after a count: the words right after it, a quoted name in it too (新一届“两委”成员). */
const NOUN_AFTER = /^(?:[\u4e00-\u9fff]|“[^“”，。；]{1,6}”){2,12}/
/**
 * A word of measure a name ends in, the thing before it counted in the figure's unit: 松林面积
 * (万亩 of 松林), 耕地面积, 企业数量, 会员总数, 馆藏档案总量. Said again, the count names the thing
 * alone (全县68.5万亩松林, 对18.6万卷（件）馆藏档案). Also read by restated-counts.ts.
 */
export const MEASURE_END = /(?<=[\u4e00-\u9fff]{2})(?:总?面积|数量|总数|总量)$/

/** A name the noun after a count begins with: the whole name, or its ending of two characters or more. */
const endings = (label: string) => [...Array(Math.max(0, label.length - 1)).keys()].map((i) => label.slice(i))
/** The level a fall reached, as the words before it say: 减少到, 压减至, 降至. */
const FELL_TO = new RegExp(`${anyOf([...FALL_VERBS, ...CUT_VERBS, ...SET_CUT_VERBS, '减', '降'])}(?:到|至)$`)
/** Words that say a count is what remains, before it: 剩余7个问题, 剩下的3个村, 还有8件积案. */
const REMAINING_BEFORE = /(?:剩余|剩下|余下|还剩|还有|尚有|仍有)的?$/
/** Words that say a count is still left undone, before it: 还有7个小区没有物业服务, 尚有12个村未通自来水. */
const STILL_LEFT = /(?:还有|尚有|仍有|还剩)$/
/** The pieces of two characters of a name, less the verbs a base's label may open with. */
const pieces = (label: string) =>
  [...Array(Math.max(0, label.length - 1)).keys()]
    .map((i) => label.slice(i, i + 2))
    .filter((p) => /^[\u4e00-\u9fff]{2}$/.test(p) && !/^(?:推动|推进|确保|力争|保持|实现|提高|提升)$/.test(p))

/**
 * Whether two values are a slip of the keys apart: of one order of magnitude and, read to their
 * last significant digit, the same number of digits with one of them wrong or two side by side
 * swapped (1,862 and 1,826; 1,426 and 1,462; 12.6万 and 12.8万), not two counts of their own
 * (1.2万 and 8.6万, 186 and 1,260).
 */
export function slipApart(a: number, b: number): boolean {
  if (a <= 0 || b <= 0 || Math.floor(Math.log10(a)) !== Math.floor(Math.log10(b))) return false
  // Read in base units a value may carry a float's error (8.62万 is 86199.99999999999): to 12 digits.
  const [p, q] = [a, b].map((v) =>
    String(Number(v.toPrecision(12)))
      .replace(/\./, '')
      .replace(/0+$/, ''),
  )
  // Of one order of magnitude, the digits line up from the left: 340 and 304 are read to three.
  const [x, y] = [p.padEnd(q.length, '0'), q.padEnd(p.length, '0')]
  if (x.length !== y.length || x === y) return false
  const differ = [...x].flatMap((c, i) => (c === y[i] ? [] : [i]))
  if (differ.length === 1) return true
  const [i, j] = differ
  return differ.length === 2 && j === i + 1 && x[i] === y[j] && x[j] === y[i]
}

/** A first figure one slip of the keys from this one, when none said before has this one's value. */
const slippedFrom = (candidates: readonly SaidFigure[], said: SaidFigure) =>
  candidates.some((c) => c.value === said.value) ? undefined : candidates.find((c) => slipApart(c.value, said.value))

/**
 * The figure of `said`'s year whose name shares a piece (pieces) with `name`, that `said` is one
 * slip of the keys from (slippedFrom): a task or a base said again under a name of its own.
 */
const slippedFromNamed = (candidates: readonly SaidFigure[], said: SaidFigure, name: string) => {
  const mine = pieces(name)
  return slippedFrom(
    candidates.filter((c) => c.year === said.year && mine.some((p) => c.label.includes(p))),
    said,
  )
}

/**
 * The year so far, said again in the tasks as what is done already (前8个月已兑付, 上半年已完成,
 * 今年以来已组织): the span, 已 or 累计, and the verb (group 1) that the figure of the span was done by.
 */
const DONE_SO_FAR =
  /(?:前[一二三四五六七八九十\d]{1,2}个?月|1?[至—–-]\d{1,2}月|上半年|前三季度|今年以来|年初以来|截至目前)[，,]?(?:已经|已|累计|共)+([\u4e00-\u9fff]{2})$/

/**
 * The second end of a change from an earlier year, as the words before it say (由2020年底的45.3万户
 * 增加到, 从上年的12座减少到): the level the change reached, in the year of the figure.
 */
const REACHED_FROM = new RegExp(
  `(?:由|从)[^。；！？，]{0,8}\uFFFC${anyOf([...RISE_VERBS, ...FALL_VERBS, ...CUT_VERBS, '发展', '扩大'])}(?:到|至)$`,
)

export const RESTATEMENTS: readonly Restatement[] = [
  {
    id: 'level-reached',
    purpose:
      "The level a change from an earlier year reached (“十四五”时期，全市经营主体由2020年底的45.3万户增加到68.4万户) is the year's level said before under a longer name (年末全市登记在册经营主体达到68.4万户): a figure of the same year whose name ends in the change's, one slip of the keys from it, and none with this value. A note: a narrower count may end alike.",
    before: REACHED_FROM,
    after: /^/,
    first(candidates, said) {
      if (said.label.length < 3) return undefined
      return slippedFrom(
        candidates.filter((c) => c.year === said.year && c.label !== said.label && c.label.endsWith(said.label)),
        said,
      )
    },
    severity: 'info',
    examples: {
      // 市场监管, 消防, 民政
      fires: [
        [
          '年末全市登记在册经营主体达到68.4万户。“十四五”时期，全市经营主体由2020年底的45.3万户增加到64.8万户。',
          '做好各项工作。',
        ],
        ['全县建成乡镇专职消防队12支。五年来，专职消防队由5支增加到21支。', '做好各项工作。'],
        ['全县实有注册志愿者8.62万人。全县注册志愿者由上年的7.35万人增加到8.26万人。', '做好各项工作。'],
      ],
      quiet: [
        [
          '年末全市登记在册经营主体达到68.4万户。“十四五”时期，全市经营主体由2020年底的45.3万户增加到68.4万户。',
          '做好各项工作。',
        ],
        // Not a slip of the keys: a count of its own.
        ['全县建成乡镇专职消防队12支。五年来，专职消防队由3支增加到9支。', '做好各项工作。'],
        // The first end, of an earlier year, is no level of this one.
        ['年末全市登记在册经营主体达到45.8万户。全市经营主体由2020年底的45.3万户增加到68.4万户。', '做好各项工作。'],
      ],
    },
  },
  {
    id: 'remaining',
    purpose:
      'What is left after a fall (城区易涝点由23处减少到9处 … 对县城剩余的9处易涝点) is the level the fall reached: the last such level of that noun.',
    before: /(?:剩余|剩下|余下|尚存)的?$/,
    after: /^/,
    first(candidates, _said, noun) {
      return candidates.filter((c) => FELL_TO.test(c.before) && endings(c.label).some((e) => noun.startsWith(e))).at(-1)
    },
    severity: 'warning',
    examples: {
      fires: [
        ['城区易涝点由上年的23处减少到9处。', '对县城剩余的11处易涝点逐一制定“一点一策”。'],
        ['全县病险水库由12座减少到5座。', '对剩余的6座病险水库加快除险加固。'],
        ['城乡结合部违建点位由86处压减至14处。', '年内对剩下的16处违建点位全部拆除到位。'],
      ],
      quiet: [
        ['城区易涝点由上年的23处减少到9处。', '对县城剩余的9处易涝点逐一制定“一点一策”。'],
        // Not the end of a fall: what is left of a plan is not the plan.
        ['全市计划实施重点项目12个。', '对剩余的3个重点项目加快推进。'],
      ],
    },
  },
  {
    id: 'left-undone',
    purpose:
      'What the review said is still undone (还有7个小区没有物业服务, 还有3所学校没有建成标准化食堂) said again as what remains in the tasks (对剩余的7个无物业小区…): the last such count whose name shares two words or more with the noun after the remaining count (小区, 物业), one slip of the keys from it, and none with this value.',
    before: /(?:剩余|剩下|余下|尚存)的?$/,
    after: /^/,
    first(candidates, said, noun) {
      return slippedFrom(
        candidates.filter(
          (c) => STILL_LEFT.test(c.before) && pieces(c.label).filter((p) => noun.includes(p)).length >= 2,
        ),
        said,
      )
    },
    severity: 'info',
    examples: {
      fires: [
        ['还有7个小区没有物业服务，环境卫生主要靠社区兜底。', '对剩余的9个无物业小区实行“社区兜底、物业托管”。'],
        ['全县还有12个村没有通自来水。', '年内对剩余的21个未通自来水村实施管网延伸。'],
        ['全县还有3所学校没有建成标准化食堂。', '对剩余的5所未建标准化食堂的学校加快建设。'],
      ],
      quiet: [
        ['还有7个小区没有物业服务，环境卫生主要靠社区兜底。', '对剩余的7个无物业小区实行“社区兜底、物业托管”。'],
        ['全县还有3所学校没有建成标准化食堂。', '对剩余的3所未建标准化食堂的学校加快建设。'],
        // Another set that only shares a word (小区) with what is undone.
        ['还有7个小区没有物业服务，环境卫生主要靠社区兜底。', '对剩余的9个老旧小区加装电梯。'],
      ],
    },
  },
  {
    id: 'still-undone',
    purpose:
      'What was said to remain (剩余7个问题正在加快推进, 还有8件积案正在化解) said again as those not yet done (未完成的7个问题, 对尚未开工的4个项目, 对未化解的8件积案): the count after 剩余, 剩下, 余下, 还有, 尚有 or 仍有 whose name the noun after this one begins with; one slip of the keys from it, and none with this value.',
    before: /(?:未|尚未|仍未|还未|没有)[\u4e00-\u9fff]{1,4}的$/,
    after: /^/,
    first(candidates, said, noun) {
      return slippedFrom(
        candidates.filter(
          (c) => REMAINING_BEFORE.test(c.before) && endings(c.label).some((e) => e.length >= 2 && noun.startsWith(e)),
        ),
        said,
      )
    },
    severity: 'info',
    examples: {
      fires: [
        // 督察整改, 发改, 信访
        ['截至9月底，已完成整改31个，剩余7个问题正在加快推进。', '未完成的9个问题多为历史遗留矿山修复。'],
        ['全县重点项目已开工82个，剩余4个项目正在办理前期手续。', '对尚未开工的6个项目实行专班推进。'],
        ['全年已化解信访积案118件，还有8件积案正在化解。', '对未化解的9件积案实行县级领导包案。'],
      ],
      quiet: [
        ['截至9月底，已完成整改31个，剩余7个问题正在加快推进。', '未完成的7个问题多为历史遗留矿山修复。'],
        // not said to remain: a count of all of them (督察整改)
        ['中央督察反馈我县问题38个。', '未完成的39个问题要倒排工期。'],
        // another noun
        ['全县重点项目已开工82个，剩余4个项目正在办理前期手续。', '对尚未验收的6个小区加快整改。'],
      ],
    },
  },
  {
    id: 'acted-on',
    purpose:
      'The set a task acts on (对, 把, 聚焦, 针对 it), named as first counted (农村留守儿童3,180名 … 对3,180名农村留守儿童逐一建立台账), or by its thing when the first name was a measure of it (馆藏档案总量 … 对18.6万卷（件）馆藏档案), or by the ending of that name (重点税源企业 of 年纳税500万元以上的重点税源企业), or by a short noun qualified as the first was (对上半年签约的47个项目): one slip of the keys from that count, and no count of it with this value.',
    // 对, or a verb that takes the set as its object first: 聚焦96家超亿元企业, 把1,486名新一届“两委”成员作为培训重点.
    before: /(?:^|[，。；：！？])(?:要|将|还要)?(?:对|把|聚焦|针对)(?:[^，。；：！？\d]{1,8}的)?$/,
    after: /^/,
    first(candidates, said, noun) {
      // 对上半年签约的47个项目: the words between 对 and the count qualify the noun as the first did.
      const qualifier = /(?:对|把|聚焦|针对)([^，。；：！？\d]{1,8})的$/.exec(said.before)?.[1] ?? ''
      const qualified = pieces(qualifier)
      return slippedFrom(
        candidates.filter((c) =>
          // 进出口额超亿元的企业 is named again as 超亿元企业: the name without its 的.
          [c.label, c.label.replace(MEASURE_END, ''), c.label.replace(/的/g, '')].some((name) =>
            endings(name).some(
              (e) =>
                noun.startsWith(e) &&
                (e.length >= 3 ||
                  (e.length === 2 &&
                    // qualified as the first was, or the first counted every kind of it (排查出各类隐患)
                    (qualified.some((p) => c.label.includes(p)) || EVERY_KIND.test(name.slice(0, -2))))),
            ),
          ),
        ),
        said,
      )
    },
    severity: 'info',
    examples: {
      fires: [
        ['全区农村留守儿童3,180名。', '对3,810名农村留守儿童和困境儿童逐一建立关爱台账。'],
        ['全县建档立卡脱贫户1,862户。', '对1,826户建档立卡脱贫户开展动态监测。'],
        // The ending of the first name (税务, 市场监管), or a short noun qualified alike (招商).
        ['年纳税500万元以上的重点税源企业68户。', '对66户重点税源企业实行“一户一策”。'],
        ['全县在册食品生产企业134家。', '对143家食品生产企业开展全覆盖检查。'],
        ['上半年全区新签约项目47个，总投资286.4亿元。', '对上半年签约的45个项目逐一建立推进台账。'],
        // The thing of a measure named first (总量, 总数, 面积), acted on by its name alone (档案, 林业, 社团)
        ['截至年底，馆藏档案总量达到18.6万卷（件）。', '对16.8万卷（件）馆藏档案逐卷清点、逐箱封装。'],
        ['全县公益林面积86.4万亩。', '对68.4万亩公益林落实管护责任。'],
        ['全县登记社会组织总数412家。', '对421家社会组织开展年检。'],
        // A verb that takes the set first (商务, 组织), and a name said again without its 的.
        ['进出口额超亿元的企业96家，合计进出口348.2亿元。', '聚焦69家超亿元企业，实行“一企一策”跟踪服务。'],
        ['新一届“两委”成员1,486名，平均年龄42.3岁。', '把1,468名新一届“两委”成员作为培训重点。'],
        // A first count of every kind of a short noun (水利, 应急).
        ['共排查出各类隐患158处，已整改121处。', '对185处隐患实行销号管理。'],
        ['全面排查各类风险点326个。', '对362个风险点逐一落实管控措施。'],
      ],
      quiet: [
        ['全区农村留守儿童3,180名。', '对3,180名农村留守儿童和困境儿童逐一建立关爱台账。'],
        ['截至年底，馆藏档案总量达到18.6万卷（件）。', '对18.6万卷（件）馆藏档案逐卷清点、逐箱封装。'],
        // A subset acted on, far from the count: another set.
        ['全区农村留守儿童3,180名。', '对1,240名农村留守儿童开展结对帮扶。'],
        // Not acted on: a new count of its own.
        ['全区农村留守儿童3,180名。', '新增3,810名农村留守儿童纳入关爱范围。'],
        ['年纳税500万元以上的重点税源企业68户。', '对68户重点税源企业实行“一户一策”。'],
        ['上半年全区新签约项目47个，总投资286.4亿元。', '对上半年签约的47个项目逐一建立推进台账。'],
        // A short noun qualified otherwise: another set.
        ['上半年全区新签约项目47个，总投资286.4亿元。', '对已开工的45个项目加强要素保障。'],
        // Another set whose name only ends alike.
        ['全县规上工业企业134家。', '对143家小微企业落实减税降费政策。'],
        ['全县规上工业企业134家。', '聚焦143家小微企业落实减税降费政策。'],
        ['共排查出各类隐患158处，已整改121处。', '对158处隐患实行销号管理。'],
        ['全县共有各类企业134家。', '对143家小微企业开展走访。'],
        ['进出口额超亿元的企业96家，合计进出口348.2亿元。', '聚焦96家超亿元企业，实行“一企一策”跟踪服务。'],
        ['新一届“两委”成员1,486名，平均年龄42.3岁。', '把1,486名新一届“两委”成员作为培训重点。'],
      ],
    },
  },
  {
    id: 'whole-of-breakdown',
    purpose:
      'The whole a breakdown is of, said again before it (计划完成投资3.8亿元 … 在3.8亿元总投资中，争取上级资金2.1亿元……): 在, the figure, its noun (总 before it or not) and 中, the noun the ending of a name counted before; one slip of the keys from that figure, and none with this value.',
    before: /(?:^|[，。；：！？])在$/,
    after: /^总?[\u4e00-\u9fff]{2,10}?(?:当|之)?中[，,]/,
    first(candidates, said, noun) {
      const thing = noun.replace(/^总/, '').replace(/(?:当|之)?中$/, '')
      return slippedFrom(
        candidates.filter((c) => endings(c.label).some((e) => e.length >= 2 && thing.startsWith(e))),
        said,
      )
    },
    severity: 'info',
    examples: {
      fires: [
        // 水利 (corpus 250), 财政, 农业农村
        [
          '全年完成水利投资4.86亿元。',
          '全县计划完成投资3.8亿元。在3.6亿元总投资中，争取上级资金2.1亿元，县级财政配套0.9亿元。',
        ],
        ['全年争取上级资金2.1亿元。', '全县安排专项奖补资金1.2亿元。在1.3亿元总资金中，省级资金0.8亿元。'],
        // 交通: a transposition of the digits
        ['全年完成交通投资12亿元。', '全年计划完成农村公路建设投资1.56亿元。在1.65亿元总投资中，上级补助0.9亿元。'],
      ],
      quiet: [
        [
          '全年完成水利投资4.86亿元。',
          '全县计划完成投资3.8亿元。在3.8亿元总投资中，争取上级资金2.1亿元，县级财政配套0.9亿元。',
        ],
        // another whole: a noun no name before ends with, or no 中 after it
        ['全年争取上级资金2.1亿元。', '全县安排奖补资金1.2亿元。在1.3亿元债券额度中，省级额度0.8亿元。'],
        ['全年完成投资12亿元。', '全县整合项目资金2,860万元。在2,680万元项目资金的基础上再争取500万元。'],
      ],
    },
  },
  {
    id: 'secured-whole',
    purpose:
      'The set a target secures as a whole (今年我院毕业生3,512人 … 确保3,512名毕业生人人有出路; 脱贫户1,862户 … 确保1,862户脱贫户全部稳定增收): the count after 确保 or 保证, its noun then 人人, 户户, 全部, 都 or 均, is the set first counted under that name (its ending of three characters or more); one slip of the keys from that count, and no count of it with this value.',
    before: /(?:^|[，。；：！？])(?:要|将|还要)?(?:确保|保证)$/,
    after: /^[\u4e00-\u9fff]{2,12}?(?:人人|户户|个个|村村|全部|全都|都|均)/,
    first(candidates, said, noun) {
      return slippedFrom(
        candidates.filter((c) => endings(c.label).some((e) => e.length >= 3 && noun.startsWith(e))),
        said,
      )
    },
    severity: 'info',
    examples: {
      fires: [
        // 高校, 乡村振兴, 发改
        ['今年全院毕业生3,512人，比上年增加226人。', '确保3,521名毕业生人人有出路。'],
        ['全县建档立卡脱贫户1,862户。', '确保1,826户建档立卡脱贫户全部稳定增收。'],
        ['全县在建重点项目46个。', '确保64个在建重点项目全部按期完工。'],
      ],
      quiet: [
        ['今年全院毕业生3,512人，比上年增加226人。', '确保3,512名毕业生人人有出路。'],
        // another set: far from the count, or not the whole (全部 missing)
        ['全县建档立卡脱贫户1,862户。', '确保1,200户建档立卡脱贫户全部稳定增收。'],
        ['全县在建重点项目46个。', '确保64个在建重点项目中的30个年内完工。'],
        // a name that only ends alike in two characters
        ['全县规上工业企业134家。', '确保143家小微企业全部享受减税政策。'],
      ],
    },
  },
  {
    id: 'task-named',
    purpose:
      'A task said again as the task it is, with 任务 after its count (节日期间完成监督抽检不少于600批次 … 确保600批次抽检任务在春节前完成过半; 完成人工造林3.2万亩 … 按期完成3.2万亩造林任务): the figure of the same year whose name holds the words before 任务, one slip of the keys from it, and none with this value.',
    before: /(?:确保|完成|落实|抓好|按期完成|全面完成)$/,
    after: /^[\u4e00-\u9fff]{1,8}?任务/,
    first: (candidates, said, noun) =>
      slippedFromNamed(candidates, said, /^([\u4e00-\u9fff]{1,8}?)任务/.exec(noun)?.[1] ?? ''),
    severity: 'info',
    examples: {
      // 市场监管, 林业, 人社: the task first set, then said again as the task to carry.
      fires: [
        ['全年各项工作稳步推进。', '节日期间完成监督抽检不少于600批次。确保500批次抽检任务在春节前完成过半。'],
        ['全年各项工作稳步推进。', '今年完成人工造林3.2万亩。要按期完成2.3万亩造林任务。'],
        ['全年各项工作稳步推进。', '今年开展职业技能培训1.2万人次。确保2.1万人次培训任务按期完成。'],
      ],
      quiet: [
        ['全年各项工作稳步推进。', '节日期间完成监督抽检不少于600批次。确保600批次抽检任务在春节前完成过半。'],
        // another task's count (快检, not 抽检)
        ['全年各项工作稳步推进。', '节日期间完成监督抽检不少于600批次。确保500批次快检任务按时完成。'],
        // last year's figure is not this year's task
        ['全年完成人工造林3.2万亩。', '要按期完成2.3万亩造林任务。'],
      ],
    },
  },
  {
    id: 'year-target',
    purpose:
      "The year's target said again in the tasks (确保全年营业收入达到340亿元, after 实现营业收入186.4亿元，完成年度目标340亿元的54.8%; or named so by 目标 after it: 确保全年固定资产投资135亿元目标不打折扣): the target of the figure so named, one slip of the keys from it, and none with this value.",
    before: YEAR_TARGET_BEFORE,
    after: /^/,
    first(candidates, said, noun) {
      const [, named = '', after] = YEAR_TARGET_BEFORE.exec(said.before) ?? []
      const first = VERB_FIRST.exec(named)
      const name = first ? first[1] : named
      const verb = after ?? first
      // Without a verb of reaching, the words after it must call it the target.
      if (!verb && !/^(?:目标|任务)/.test(noun)) return undefined
      return slippedFrom(
        candidates.filter((c) => c.year === said.year && c.targetOf !== undefined && c.targetOf.endsWith(name)),
        said,
      )
    },
    severity: 'info',
    examples: {
      // A meeting at midyear: the year so far and the rest of it, both this year's (国资, 发改, 商务).
      fires: [
        [
          '上半年各项工作稳步推进。',
          '上半年，市属国有企业实现营业收入186.4亿元，完成年度目标340亿元的54.8%。下半年要确保全年营业收入达到304亿元。',
        ],
        [
          '上半年各项工作稳步推进。',
          '1—6月，全县完成固定资产投资48.6亿元，完成年度计划95亿元的51.2%。下半年要确保全年固定资产投资突破59亿元。',
        ],
        [
          '上半年各项工作稳步推进。',
          '上半年，全县实现外贸进出口总额86.2亿元，完成年度目标176亿元的49%。确保全年进出口总额达到167亿元。',
        ],
        // the plan named by its word first, said again with the verb first (发改 项目, 交通, 水利)
        [
          '上半年各项工作稳步推进。',
          '今年全县共确定重点项目156个，年度计划投资186.5亿元。确保6月底重点项目完成投资93.3亿元以上，全年完成投资185.6亿元。',
        ],
        [
          '上半年各项工作稳步推进。',
          '今年交通建设年度计划投资16.5亿元。下半年要加快进度，确保全年完成交通建设投资15.6亿元。',
        ],
        ['上半年各项工作稳步推进。', '今年全县水利工程年度计划投资4.86亿元。确保全年完成投资4.68亿元。'],
        // named the target by 目标 after it, no verb (县政府 前三季度, corpus 249; 商务)
        [
          '上半年各项工作稳步推进。',
          '1—9月，全县固定资产投资累计完成98.6亿元，完成全年目标135亿元的73.0%。第四季度要确保全年固定资产投资130亿元目标不打折扣。',
        ],
        [
          '上半年各项工作稳步推进。',
          '前三季度，全县实现外贸进出口总额126.2亿元，完成年度目标176亿元的71.7%。第四季度要确保全年进出口总额167亿元目标圆满完成。',
        ],
      ],
      quiet: [
        [
          '上半年各项工作稳步推进。',
          '上半年，市属国有企业实现营业收入186.4亿元，完成年度目标340亿元的54.8%。下半年要确保全年营业收入达到340亿元。',
        ],
        [
          '上半年各项工作稳步推进。',
          '今年全县共确定重点项目156个，年度计划投资186.5亿元。确保6月底重点项目完成投资93.3亿元以上，全年完成投资186.5亿元。',
        ],
        // A plan of another thing (交通, not 水利), or last year's plan.
        ['上半年各项工作稳步推进。', '今年交通建设年度计划投资16.5亿元。确保全年完成水利投资15.6亿元。'],
        ['2025年全县年度计划投资186.5亿元。', '全年完成投资185.6亿元。'],
        // Another figure's target: the name does not follow.
        [
          '上半年各项工作稳步推进。',
          '上半年，市属国有企业实现营业收入186.4亿元，完成年度目标340亿元的54.8%。下半年要确保全年利润总额达到304亿元。',
        ],
        // A target raised far above: the speaker's own choice.
        [
          '上半年各项工作稳步推进。',
          '1—6月，全县完成固定资产投资48.6亿元，完成年度计划95亿元的51.2%。下半年要确保全年固定资产投资突破100亿元。',
        ],
        // Last year's target is not this year's.
        ['全年实现营业收入352亿元，完成年度目标340亿元的103.5%。', '确保全年营业收入达到304亿元。'],
        // Named without a verb, not called the target: the year's own figure, not said again.
        [
          '上半年各项工作稳步推进。',
          '1—9月，全县固定资产投资累计完成98.6亿元，完成全年目标135亿元的73.0%。第四季度要确保全年固定资产投资130亿元以上。',
        ],
        [
          '上半年各项工作稳步推进。',
          '1—9月，全县固定资产投资累计完成98.6亿元，完成全年目标135亿元的73.0%。第四季度要确保全年固定资产投资135亿元目标不打折扣。',
        ],
      ],
    },
  },
  {
    id: 'done-so-far',
    purpose:
      'The year so far said again in the tasks as what is done already, before what is left (1至8月累计兑付补贴资金3,458万元 … 前8个月已兑付3,458万元，剩余的942万元): the figure of this year done by the same verb, one slip of the keys from it, and none with this value.',
    before: DONE_SO_FAR,
    after: /^/,
    first(candidates, said) {
      const verb = DONE_SO_FAR.exec(said.before)?.[1] ?? ''
      return slippedFrom(
        candidates.filter((c) => c.year === said.year && c.label.includes(verb)),
        said,
      )
    },
    severity: 'info',
    examples: {
      // A sprint to the year's end (商务, 税务, 人社): both figures of the year planned.
      fires: [
        [
          '前8个月各项工作稳步推进。',
          '1至8月，全县累计兑付以旧换新补贴资金3,458万元。完成全年4,400万元兑付任务，前8个月已兑付3,548万元，剩余的942万元要在年底前兑付到位。',
        ],
        [
          '今年以来各项工作稳步推进。',
          '今年以来，全县累计组织税费收入21.36亿元。全年任务28亿元，今年以来已组织21.63亿元，其余要确保四季度完成。',
        ],
        [
          '今年以来各项工作稳步推进。',
          '今年以来，全县城镇新增就业2,860人。全年目标3,300人，今年以来已新增2,680人，还需新增620人。',
        ],
      ],
      quiet: [
        [
          '前8个月各项工作稳步推进。',
          '1至8月，全县累计兑付以旧换新补贴资金3,458万元。完成全年4,400万元兑付任务，前8个月已兑付3,458万元，剩余的942万元要在年底前兑付到位。',
        ],
        // Another deed than the one said before (发放, not 兑付).
        ['前8个月各项工作稳步推进。', '1至8月，全县累计兑付以旧换新补贴资金3,458万元。前8个月已发放消费券3,548万元。'],
        // Last year's figure is not this year's so far.
        ['全年完成固定资产投资48.6亿元。', '全年计划95亿元，上半年已完成46.8亿元。'],
      ],
    },
  },
  {
    id: 'base',
    purpose:
      "Last year's level, or the level now, as the tasks' base (在去年81.7%的基础上, 在现有12支的基础上; a mid-year or year-end meeting's 在上半年44.7%的基础上, 在前三季度21.6亿元的基础上) is a figure of the review, under whatever name: named alike, one slip of the keys from it, and none with this value.",
    // 今年 (预计) at a meeting in the year it reviews: the year's level, or its estimate, as next year's base.
    before: /在(?:(?:去年|上年|上一年)(?:底|末)?|今年(?:预计)?|现有|目前|当前|上半年|前三季度|一季度|今年以来)的?$/,
    after: /^的?基础上/,
    first: (candidates, said) => slippedFromNamed(candidates, said, said.label),
    severity: 'info',
    examples: {
      fires: [
        ['代表建议152件已经解决或列入计划逐步解决，占81.7%。', '推动代表建议解决率在去年87.1%的基础上稳步提高。'],
        ['全县农村集体经济经营性收入达到4,120万元。', '村级集体收入在上年4,210万元的基础上增长10%。'],
        // Values in 万 (a float's error in base units must not hide the slip: 文明办, 医保).
        ['全县注册志愿者由上年的7.35万人增加到8.62万人。', '在上年8.26万人的基础上，新增注册志愿者5,000人以上。'],
        ['全县城乡居民医保参保28.64万人。', '在上年28.46万人的基础上，新增参保群众5,000人。'],
        // The level now as the base (消防, 民政).
        ['全县专职消防队由9支增加到12支。', '在现有13支的基础上，再新建乡镇专职消防队2支。'],
        ['全县建成村级互助养老站126个。', '在现有162个的基础上，新建互助养老站20个。'],
        // This year's level or estimate, at a meeting late in the year it reviews (农业, 发改).
        ['全年粮食总产预计52.8万吨。', '粮食总产在今年58.2万吨的基础上稳中有增。'],
        ['全县地区生产总值预计达到412.8亿元。', '地区生产总值在今年预计421.8亿元的基础上增长6.5%左右。'],
      ],
      quiet: [
        ['全年粮食总产预计52.8万吨。', '粮食总产在今年52.8万吨的基础上稳中有增。'],
        ['全县地区生产总值预计达到412.8亿元。', '地区生产总值在今年预计412.8亿元的基础上增长6.5%左右。'],
        ['代表建议152件已经解决或列入计划逐步解决，占81.7%。', '推动代表建议解决率在去年81.7%的基础上稳步提高。'],
        // Another thing's level, far from it.
        ['全县农村集体经济经营性收入达到4,120万元。', '农民人均可支配收入在上年2.1万元的基础上增长7%。'],
        ['全县注册志愿者由上年的7.35万人增加到8.62万人。', '在上年8.62万人的基础上，新增注册志愿者5,000人以上。'],
        ['全县专职消防队由9支增加到12支。', '在现有12支的基础上，再新建乡镇专职消防队2支。'],
        ['全县建成村级互助养老站126个。', '在现有126个的基础上，新建互助养老站20个。'],
      ],
    },
  },
]

/**
 * The figures said again in the speech, each held to the figure it says again: a finding where
 * the two differ. Read over the whole speech in order, as one figure, one value is.
 */
export function restatementFindings(
  tops: readonly TopSummary[],
  ctx: DocumentContext,
  rule: string,
): DocumentFinding[] {
  const out: DocumentFinding[] = []
  /** The figures said so far, by base unit: the candidates a restatement is read against. */
  const said = new Map<string, SaidFigure[]>()
  for (const { figures, pos } of figureBlocks(tops, ctx)) {
    const { text } = figures.view
    /** The last figure of each base unit in this block, and where it stands. */
    const lastInBlock = new Map<string, { figure: SaidFigure; at: number }>()
    for (const { offset: at, attrs: a } of figures.view.slots) {
      if (!filled(a)) continue
      const figure: SaidFigure = {
        label: a.label.replace(/\s/g, ''),
        value: inBase(a.value, a.unit),
        shown: a.value + a.unit,
        base: parseUnit(a.unit).base,
        year: a.year,
        before: text.slice(Math.max(0, at - 12), at),
      }
      const after = text.slice(at + 1, at + 21)
      const noun = NOUN_AFTER.exec(after)?.[0] ?? ''
      const candidates = said.get(figure.base) ?? []
      for (const r of RESTATEMENTS) {
        if (!r.before.test(figure.before) || !r.after.test(after)) continue
        const first = r.first(candidates, figure, noun)
        if (!first || Math.abs(first.value - figure.value) <= 1e-9 * Math.max(1, Math.abs(figure.value))) continue
        out.push({
          rule,
          severity: r.severity,
          message:
            r.severity === 'warning'
              ? `前面写的是${first.label}${first.shown}，这里说的是同一批，却写成${figure.shown}，前后不一致。`
              : `前面写的是${first.label}${first.shown}，这里是${figure.shown}；若说的是同一个数，请核对。`,
          from: pos(at),
          to: pos(at + 1),
          excerpt: `${figure.shown}${noun}`,
        })
        break
      }
      // The target's owner: the last figure in its unit before it, within its sentence.
      const owner = lastInBlock.get(figure.base)
      if (PROGRESS_TARGET.test(figure.before) && owner && !/[。！？；]/.test(text.slice(owner.at + 1, at)))
        figure.targetOf = owner.figure.label
      // A plan named by its word first (年度计划投资186.5亿元) is the target of what it names (投资).
      else {
        const plan = PLAN_NAMED_FIRST.exec(figure.before)
        if (plan) figure.targetOf = figure.label.replace(PLAN_WORD, '')
      }
      lastInBlock.set(figure.base, { figure, at })
      candidates.push(figure)
      if (!said.has(figure.base)) said.set(figure.base, candidates)
    }
  }
  return out
}
