/**
 * Find the figures in a paragraph of a speech: a number or a mask glued to a unit
 * ("3250人", "1.2亿元", "3.6个百分点", "***万元", "368.5 万吨", "860余万元"), with what it
 * counts as its label and, for a total over several years, its period; and the names of people
 * (persons.ts). Candidates come from candidates.ts, what is not a figure from not-figures.ts,
 * labels from labels.ts, periods from periods.ts.
 *
 * A FigureReader reads a speech's paragraphs in order and remembers the labels it gave, so a
 * later "8.6万户经营主体" is the same metric as an earlier "经营主体总量达到8.6万户".
 */
import { countIn, setAmong, setThen } from '../lang/lists'
import { restated } from './same-name'
import { TITLES } from '../lang/names'
import { NEGATION_BEFORE, RESTATED_TOTAL, TOTAL_NAMES, TOTAL_WORDS } from '../lang/words'
import { ANNUAL_AVERAGE, periodOf, YEAR } from '../lang/years'
import { COUNTING_UNIT, writtenBase } from '../lang/units'
import { OUR_OWN, WHOLE_PLACE } from '../lang/scopes'
import { inBase, parseUnit } from '../units'
import { type Candidate, candidates } from './candidates'
import {
  BASE_END,
  COMPARED_END,
  BASE_FOLLOWS,
  BASE_THEN_CLAUSE,
  COMPANION,
  FROM_END,
  LAST_TERM,
  TO_END,
  TO_FOLLOWS,
  classRateOwner,
  cleanLabel,
  whichOfSet,
  commentedSubject,
  disposedAfter,
  standardOf,
  spentOn,
  barComparedAgainst,
  barInBrackets,
  doneBefore,
  EFFECT_VERB,
  endsInCause,
  frequencyOf,
  LABEL_MAX,
  leadOf,
  LIMITED,
  MEASURE_OF,
  subjectOf,
  actAfterTimes,
  levelAfterChange,
  measureName,
  NEXT_COUNT,
  ONE_CHARACTER_PLACE,
  namesCounted,
  nounAfter,
  outcomeAfter,
  reachOf,
  ownedRate,
  ownerShared,
  renamedMeasure,
  namedRunningTotalOf,
  countedRunningTotal,
  runningTotalOf,
  scopeTotalOf,
  wholeYearOf,
  sharedVerbOf,
  estimateAfterTarget,
  ownAgainstAverage,
  shareBefore,
  stripLead,
  totalOf,
  TITLE_BEFORE,
  TRAIL_WORDS,
  wantsNounAfter,
  servedAfter,
  OBJECT_VERBS,
  wishedSubject,
} from './labels'
import { notFigure } from './not-figures'
import { breakdownOfLevel, periodAt, periodScopes } from './periods'
import { respectivelyLabel } from './respectively'
import { findPersons } from './persons'
import { pastYearAt, pastYearScopes, yearSoFarScopes } from './past-years'
import { targetYearAt, targetYearScopes, yearTargetScopes } from './target-years'
import { scopedLabel, scopeIn, type PlaceLevel } from './own-place'
import { PLANNING_PARTS } from '../figures/context'

export interface FoundFigure {
  from: number
  to: number
  role: 'metric' | 'person'
  label: string
  /** The unit as written, 余/多 included ("万余户"); '' for a person. */
  unit: string
  /** The number as written, without separators; null for a mask. For a person, the name. */
  value: string | null
  /** For a total over several years, the span ("2021-2025"); else null. */
  period: string | null
  /** The year of a figure of another year than the part's (the first end of 由上年的A增加到B), an actual. */
  year?: number
  /**
   * What stands now, restated as a plan's base ("在目前累计注册24.6万人的基础上"), or a school's last
   * term as a change's first end (由上学期的11元/天): the actual of the year reviewed, which in a meeting
   * that reviews the year it plans is the part's own year.
   */
  standing?: true
  /** A target set for that later year (力争到2027年……, 2026年……的总体目标是：……), wherever it stands. */
  target?: true
}

export interface ReadContext {
  /** The year the paragraph's part speaks of: spans "以来" run up to it. */
  year: number | null
  /** The kind of part the paragraph is in: a figure referred to again is one of the same part. */
  part?: string
  /** The heading of that part: a span it names reaches a 累计 in its paragraphs. */
  heading?: string
  /**
   * The year the speech plans. A part that speaks of it (the tasks; every part of a meeting that
   * reviews the year it plans, 今年以来) says 去年 of the year before: a figure there is its actual.
   */
  plan?: number | null
  /**
   * The year the speech reviews. What stands now (现有, 目前) stands at its end: the year before the
   * plan at a year's start, the plan year itself in a meeting that reviews the year it plans.
   */
  review?: number | null
  /** The year the speech is given in, when its date line tells: what its 今年 is. */
  given?: number | null
}

/** A base said of now (BASE_END group 2): 现有, 目前, 当前, 现在, and 今年 or 本年 of the year reviewed. */
const STANDING_BASE = /^(?:现有|目前|当前|现在|今年|本年)$/

/**
 * A verb of causing and its object, right before a count of that object (带动移民群众, 帮助失业人员,
 * 吸纳脱贫劳动力): group 1 the object. The count is of those who then did what follows it.
 */
const CAUSED_OBJECT = /(?:帮助|带动|引导|吸纳|扶持|促进)([\u4e00-\u9fff]{2,6})$/

/** A plan named in a label: 今年计划改造, 年度计划新建, 全年任务. */
const PLANNED = /^(?:今年|全年|年度|本年)?(?:计划|任务|目标)(?:是|为)?/
/**
 * The words that open a bracket giving the figure before it in another unit: （合189亩）, （约合800公顷）,
 * （折合人民币10.8亿元）, （即1.2万千瓦）. The figure in it is the same metric, not one named 合.
 */
const CONVERTED = /^(?:约合|折合(?:人民币)?|合|即|相当于)$/

/** Words that say only that part of a plan is done by now: 目前已完成, 现已完成, 截至目前累计完成. */
const DONE_SO_FAR = /^(?:目前|现|截至目前|到目前为止)?[，,]?\s*(?:已经?|累计)完成$/

/** A list item that is a count in Chinese numerals and what it counts, before a 、: 两个考点, 三所学校. */
const WRITTEN_COUNT_ITEM = /[一二两三四五六七八九十]+(?:个|家|所|座|名|处|项|条|支|台|辆|批|场)[\u4e00-\u9fff]{1,6}$/

/** Marks that end a clause: what a label cannot reach across. */
const CLAUSE_END = '，。；：！？,;:'
/** The speaker's own place or body named in a figure's words: 我县, 本院 (lang/scopes). */
const OWN_WORD = new RegExp(OUR_OWN)

/** Marks that end a sentence. */
const SENTENCE_END = '。；！？;!?'
/** Marks that end a list item as well. */
const ITEM_END = `${CLAUSE_END}、《》\n`
const TOTAL_ONLY = new RegExp(`^${TOTAL_WORDS.source}`)
const TRAIL = new RegExp(`(?:${TRAIL_WORDS.join('|')})+$`)
/** The verb of two characters right before a count of times (研究, 专题研究, 调度), its bound after it (至少) left out. */
const WORK_TAKEN_UP = new RegExp(`([\\u4e00-\\u9fff]{2})(?:${TRAIL_WORDS.join('|')})*\\s*$`)
const TITLE_AFTER = new RegExp(`^(${TITLES.join('|')})`)
const TITLE_AT_END = new RegExp(`(${TITLES.filter((t) => t !== '同志' && t !== '常务').join('|')})$`)
/** Light clean-up when every word of a short label would be stripped ("已实现就业" keeps 实现). */
const LIGHT_LEAD = new RegExp(`^(?:已经|已|共|并|还|其中|全年|${WHOLE_PLACE}|${YEAR}年(?:度)?)+`)

/**
 * 比2025年下降 in a figure of 2026 is 比上年下降: named so, the metric keeps one name from year to
 * year (and the roll-over need not move a year in it). A change since an earlier year (比2020年) keeps it.
 */
const ON_YEAR = new RegExp(`([比较])\\s*(${YEAR})\\s*年(?!底|末|[—\\-–~～至到]|以来)`, 'g')
function onLastYear(label: string, year: number | null): string {
  return year === null
    ? label
    : label.replace(ON_YEAR, (m, word: string, y: string) => (Number(y) === year - 1 ? `${word}上年` : m))
}

/** A measure with no thing of its own: 总规模, 总投资, 面积 (of a fund, a project, a zone set up just before). */
const BARE_MEASURE = /^(?:总)?(?:规模|投资|面积|资金|金额|容量|库容)$/
/**
 * A clause that sets up one thing, right before a clause of its measure: "设立区科技创新引导基金，",
 * "启动城东片区棚户区改造项目，". Group 1 the thing.
 */
const SET_UP_BEFORE =
  /(?:设立|成立|组建|启动|实施|新建|建设|开工建设|签约|引进)([\u4e00-\u9fff“”]{2,16}?(?:基金|项目|工程|园区|示范区|基地|中心|片区|水库))[，,]\s*$/
/**
 * A deed of building or adding with no thing of its own, the count ending its clause: 年内建成150张,
 * 全年新增50辆 (what is left of the words once 年内, 全年 are read as when).
 */
const BARE_DEED = /^(?:建成|新建|新增|建设|改造|投用|开通|配备)$/
/**
 * A clause that promotes one kind of thing, right before a clause of how many are built: "积极发展家庭
 * 养老床位，", "大力推广新能源公交车，", "加快布局公共充电桩，". Group 1 the thing.
 */
const PROMOTED_BEFORE =
  /(?:发展|推广|布局|配建|增设|培育|推进建设|建设)([\u4e00-\u9fff]{2,10}?(?:床位|车|桩|站|点|室|中心|公墓|场所|设施|基地))[，,]\s*$/
/** A rate with no subject of its own: 合格率, 办结率, 达标率 (not 森林覆盖率, which names what it covers). */
/**
 * A verb that does something to a part of an amount, opening the name before it, after a few
 * words (审计, 全年, 依法): "核减政府投资项目送审金额8.25亿元中的6,850万元", "清偿拖欠企业账款3.2亿元中的
 * 2.8亿元", "完成省下达造林任务2.6万亩中的1.8万亩". Read only before X中的Y.
 */
export const DEED_OF_PART =
  /^[\u4e00-\u9fff]{0,4}?(?:核减|审减|调减|削减|压减|清偿|偿还|化解|追回|兑付|完成|处置|消化|核销|拨付)(?=[\u4e00-\u9fff]{2})/
/** The deed said of a set before its count, "去年查处的9起案件中" (group 1: 查处): two characters before 的. */
const SAID_DEED = /([\u4e00-\u9fff]{2})的\s*$/
const BARE_RATE = /^[\u4e00-\u9fff]{2,3}率$/

/**
 * "高考本科上线1862人，上线率68.5%": a rate or count named by the end of the label before and
 * one character of measure (率/数/额/量) is that label's rate. Not when what the label before
 * adds is a negation: "不合格22批次，合格率98.6%" is the rate of 合格, not of 不合格.
 */
function overlapWith(prev: string, label: string): string {
  const head = label.slice(0, -1)
  return head.length >= 2 &&
    /[率数额量]$/.test(label) &&
    prev.endsWith(head) &&
    prev !== head &&
    !NEGATION_BEFORE.test(prev.slice(0, -head.length))
    ? prev + label.at(-1)
    : label
}

/**
 * Whether the mark at `i` is inside a number: a comma grouping thousands (46,280), or the colon of
 * a ratio (16.8：1). Neither ends a clause.
 */
const inNumber = (text: string, i: number) =>
  (text[i] === ',' && /\d,\d{3}/.test(text.slice(i - 1, i + 4))) ||
  ((text[i] === '：' || text[i] === ':') && /^\d[：:]1(?![\d.．])/.test(text.slice(i - 1, i + 3)))

/**
 * A target said met, before its size: 完成年度任务, 完成省下达任务; or what a figure is a share of,
 * before its size: 占年度计划 (占年度计划260亿元的48.7%), 占全市报名考生 (占全市报名考生4.26万人的9.1%),
 * 占行政村总数 (占行政村总数206个的54.4%: the whole named by its total).
 */
/** 占 and the scope of a whole counted after it: 占全县, 占全市, 占 (占212个行政村的87.7%). */
const WHOLE_OF_SHARE = /^占(?:全[国省市县区州盟镇乡村]|总)?$/

/** The noun of a whole counted, then 的 and the share of it: "行政村的87.7%". */
const shareOfWholeAfter = (rest: string) => {
  const noun = nounAfter(rest)
  return noun.length >= 2 && rest.startsWith(`${noun}的`) && /^\s*\d/.test(rest.slice(noun.length + 1))
}

const TARGET_DONE =
  /(?:完成|占)[\u4e00-\u9fff]{0,8}(?:任务|计划|目标|预算)$|占(?:全[国省市县区州盟]|总)[\u4e00-\u9fff]{0,10}$|占[\u4e00-\u9fff]{1,8}(?:总数|总量|总额)$/

/** A name in quotes that ends a clause, maybe with its kind after: “带押过户”, “商转公”贷款. Groups 1 and 2 the name. */
const QUOTED_AT_END = /[“"]([^“”"]{2,12})[”"]([\u4e00-\u9fff]{0,4})$/

/** Where the clause (or list item, with `items`) holding position `at` starts; short （…） asides do not end it. */
function clauseStart(text: string, at: number, marks: string): number {
  for (let i = at - 1; i >= 0; i--) {
    const ch = text[i]
    if (inNumber(text, i)) continue
    if (ch === '）' || ch === ')') {
      const open = Math.max(text.lastIndexOf('（', i), text.lastIndexOf('(', i))
      if (open >= 0 && i - open <= 8 && ![...text.slice(open + 1, i)].some((c) => ITEM_END.includes(c))) {
        i = open
        continue
      }
      return i + 1
    }
    if (ch === '（' || ch === '(' || marks.includes(ch)) return i + 1
  }
  return 0
}

/** Marks a label can neither start nor end with: they join or part what is counted ("村、"). */
/**
 * The metric of a base named after it (labels.ts BASE_THEN_CLAUSE): the words of the next clause
 * before its figure, when that figure is in the base's unit; '' otherwise ("在上年12.4亿元的基础上，
 * 力争增长10%" names no metric of its own).
 */
function namedAfterBase(text: string, c: Candidate): string {
  const then = BASE_THEN_CLAUSE.exec(text.slice(c.to))
  if (!then) return ''
  const from = c.to + then[0].length
  const next = candidates(text.slice(from)).find((x) => x.unit)
  if (!next || parseUnit(next.unit).base !== parseUnit(c.unit).base) return ''
  const clause = text.slice(from, from + next.from)
  return /[，。；：！？,;:]/.test(clause) ? '' : cleanLabel(clause)
}

const EDGE_MARKS = /^[、，；：,;:\s]+|[、，；：,;:\s]+$/g

/**
 * Where the brackets open around a figure they hold alone, right after words ("新增就业（3250人）"):
 * the figure is of those words. Not one with words of its own inside ("（2个在建）", "（同比增长8%）").
 */
function bracketOpen(text: string, c: Candidate): number | null {
  const open = c.from - 1
  if (!'（('.includes(text[open] ?? '') || !/^[）)]/.test(text.slice(c.to))) return null
  return /[\u4e00-\u9fff]$/.test(text.slice(0, open)) ? open : null
}

export class FigureReader {
  /**
   * `own` is the level of the speech's own place (own-place.ts): a figure said of another place
   * keeps that place's scope in its label. null (unknown) drops every scope.
   */
  constructor(private readonly own: PlaceLevel | null = null) {}

  /** Labels given so far in the speech, with their base unit and the kind of part they are in. */
  private earlier: { label: string; base: string; part: string; value?: number }[] = []
  /** The same, as base|label, for the lookups every figure makes. */
  private named = new Set<string>()
  /** The names of persons found so far in the speech: a later mention may give only 同志 or a short title. */
  private persons = new Set<string>()

  read(text: string, ctx: ReadContext = { year: null }): FoundFigure[] {
    const found: FoundFigure[] = []
    const persons = findPersons(text, this.persons)
    for (const p of persons) if (p.value !== null) this.persons.add(p.value)
    for (const p of persons) found.push({ ...p, role: 'person', unit: '', period: null })
    const scopes = periodScopes(text, ctx.year, ctx.heading)
    // A target of the tasks set for a later year ("力争到2027年……达到92%") is that year's; outside
    // the tasks, so are the targets a sentence announces for a later year ("2026年，……的总体目标是：").
    // The requirements plan the year as the tasks do.
    const planning = PLANNING_PARTS.has(ctx.part ?? '')
    const later = planning ? targetYearScopes(text, ctx.year, ctx.given) : yearTargetScopes(text, ctx.year)
    // Last year's figure said again in the tasks ("去年排查的2.36万件矛盾纠纷中") is last year's actual;
    // so is one said anywhere in a meeting that reviews the year it plans ("去年暑期，全市共发生……").
    const now = planning || (ctx.year !== null && ctx.year === ctx.plan)
    const lastYears = now ? pastYearScopes(text, ctx.year, ctx.review, ctx.given) : []
    // The year so far told outside the tasks and the review (今年一季度，全市已查处……; 截至4月25日，……
    // in the 形势 part of an April campaign that reviews last year): the year the speech is given in.
    const soFar =
      ctx.part === 'other' && ctx.given != null && ctx.year !== null && ctx.given > ctx.year
        ? yearSoFarScopes(text, ctx.given, ctx.heading)
        : []

    /** The label of the last figure that was not a companion of another. */
    let prev = ''
    /** That figure. */
    let prevFigure: FoundFigure | null = null
    /** The label of the last rate or share (in %): what a change in 个百分点 is a change of. */
    let lastRate = ''
    /** Labels of the last list of figures ("12起、死亡9人", or a 分别 list), for 分别 companions. */
    let list: string[] = []
    let listEnd = -1
    /** The owners the last 分别 list named (城网, 农网), and where it was: a later list of its sentence may be theirs. */
    let owners: { names: readonly string[]; at: number } | null = null
    /** "完成年度任务2,000户": the target a figure is, named with the verb that says it was met ('' if none). */
    const targetDone = (f: FoundFigure) =>
      TARGET_DONE.exec(text.slice(clauseStart(text, f.from, CLAUSE_END), f.from).trim())?.[0] ?? ''
    /** The figures read that were not companions of another: what a later 分别 clause may refer back to. */
    const heads: FoundFigure[] = []
    let segStart = 0
    /** The last level set against (比上年的21起), where it ends and its year: a list joined to it (、12人) is of that year too. */
    const comparedEnd: { to: number; year: number | undefined }[] = []
    let carried = ''
    /** The label of the figure just read when it was the first end of a change (由上年的A增加到B). */
    let firstEnd = ''
    /** The whole just counted after 占 (占全县212个行政村), whose share follows it, and whose subject's. */
    let wholeOfShare: { to: number; noun: string; scope: string; subject: string } | null = null
    /** Whether the figure just read was a base (在上年A的基础上). */
    let wasBase = false
    /** The comparison a bar in brackets was named by, and where its brackets close (高于全市平均水平（58.2%）). */
    let barAside: { comparison: string; subject: string; close: number } | null = null
    /** The last first end of a change that named its year (由2020年底的A), and where. */
    let namedStart: { year: number; at: number } | null = null
    /** Where the last second end of a change ended (…下降到B): a change after it is theirs. */
    let changeEnd = -1
    /** The year of the last first end of a change, and the years its change ran over once its second end is read. */
    let firstEndYear: number | undefined
    let changeYears: { from: number; to: number } | null = null
    /** Another place than the speech's own said before a figure, and the sentence it opens: its later figures are of it too. */
    const otherPlace: { at: { sentence: number; scope: string } | null } = { at: null }
    // The figures read so far between two positions. Figures are read in text order, so the walk
    // goes back from the last and stops at the first before `from`: a paragraph of 20,000 figures
    // asked this once a figure walked all of them each time.
    const metricsFrom = (from: number, to: number) => {
      const out: FoundFigure[] = []
      for (let i = found.length - 1; i >= 0; i--) {
        const f = found[i]
        if (f.role !== 'metric') continue
        if (f.from < from) break
        if (f.to <= to) out.push(f)
      }
      return out.reverse()
    }
    // Where the sentence at a position starts, read once along the text (positions asked in order):
    // asking each figure of a long paragraph to look back would walk it once a figure.
    let sentenceFrom = 0
    let read = 0
    const sentenceAt = (at: number) => {
      for (; read < at; read++) if (SENTENCE_END.includes(text[read])) sentenceFrom = read + 1
      return sentenceFrom
    }
    /** The labels of the last few figures of the sentence before `at`, latest last. */
    const lastInSentence = (at: number, few: number) => {
      const from = sentenceAt(at)
      const out: string[] = []
      for (let i = found.length - 1; i >= 0 && out.length < few && found[i].from >= from; i--)
        if (found[i].role === 'metric') out.unshift(found[i].label)
      return out
    }

    /**
     * Whether a figure at `at` is a part of a breakdown (其中……) of a level said before it in its
     * sentence, in its unit ("由2020年底的4.12万人增加到2025年底的5.86万人，……其中党政人才0.42万人"):
     * a level of one year as its whole is, not a total over a span the sentence names.
     */
    /** Where the last 其中 begins, up to `at` (-1: none), read forward as `sentenceAt` is. */
    let qizhong = -1
    let qizhongRead = 0
    const qizhongAt = (at: number) => {
      // Places come in order; one out of order (a bracket opening before) is looked up backwards.
      if (at < qizhongRead) return text.lastIndexOf('其中', at)
      for (; qizhongRead <= at; qizhongRead++) if (text.startsWith('其中', qizhongRead)) qizhong = qizhongRead
      return qizhong
    }
    const partOfLevel = (at: number, unit: string) => {
      const from = sentenceAt(at)
      // Not text.lastIndexOf: in a paragraph with no 其中 it read back to the start for every figure.
      const of = qizhongAt(at)
      if (of < from || !breakdownOfLevel(text.slice(of, at))) return false
      const base = parseUnit(unit).base
      for (let i = heads.length - 1; i >= 0 && heads[i].from >= from; i--)
        if (heads[i].to <= of && parseUnit(heads[i].unit).base === base) return heads[i].period === null
      return false
    }

    for (const c of candidates(text)) {
      if (persons.some((p) => p.from < c.to && c.from < p.to)) continue
      if (notFigure(c)) {
        // A mask ruled out with its unit ("***对全系统") may still be a name without it.
        const bare = { ...c, unit: '', to: c.from + c.num.length }
        if (c.masked && c.unit && !notFigure(bare)) {
          found.push(this.maskedName(text, bare, Math.max(clauseStart(text, c.from, ITEM_END), segStart)))
          segStart = bare.to
        }
        continue
      }
      if (!c.unit && c.masked) {
        found.push(this.maskedName(text, c, Math.max(clauseStart(text, c.from, ITEM_END), segStart)))
        segStart = c.to
        continue
      }
      // "新增就业（3250人）": a figure alone in brackets is read from where the brackets open.
      const at = bracketOpen(text, c) ?? c.from
      const start = clauseStart(text, at, CLAUSE_END)
      // A 、 ends an item only after a figure ("12起、死亡9人") or a count in Chinese numerals ("设两个
      // 考点、129个考场"); else it joins words ("新建、改扩建学校").
      let itemStart = clauseStart(text, at, ITEM_END)
      if (
        text[itemStart - 1] === '、' &&
        metricsFrom(start, itemStart).length === 0 &&
        !WRITTEN_COUNT_ITEM.test(text.slice(start, itemStart - 1))
      )
        itemStart = start
      itemStart = Math.max(itemStart, segStart)
      let raw = text.slice(itemStart, at)
      if (carried && itemStart === segStart && raw.startsWith(carried)) raw = raw.slice(carried.length)
      carried = ''
      // After a base ("在上年12.4亿元的基础上增长10%"), 的基础上 joins it to what follows.
      if (wasBase && itemStart === segStart) raw = raw.replace(BASE_FOLLOWS, '')
      wasBase = false

      let label = ''
      let companion = false
      /** Whether the figure is a bar in brackets (高于全市平均水平（58.2%）): no rate a later gap is of. */
      let bar = false
      /** The figure read just before, a companion or not. */
      const justRead = found.at(-1)?.role === 'metric' ? found.at(-1) : undefined
      /** The second end of a change (由A增加到B): a level in one year. */
      let secondEnd = false
      /** The first figure of a 分别 list whose subject names its own metric: a new list starts. */
      let freshList = false
      let year: number | undefined
      let standing = false
      const wasFirstEnd = firstEnd
      firstEnd = ''
      // Only a 分别 in this clause counts: looked for there, not back through the whole paragraph
      // (a paragraph of 20,000 figures searched its whole length once a figure).
      const near = text.slice(start, c.from + 2).lastIndexOf('分别')
      const fenbie = near < 0 ? -1 : start + near
      const inList = fenbie >= start && metricsFrom(start, fenbie).length === 0
      if (inList) {
        // The figures the list gives: those of its clause after 分别 (a comma in 46,280 ends none).
        let clauseEnd = fenbie
        while (clauseEnd < text.length && !('，。；！？,;'.includes(text[clauseEnd]) && !inNumber(text, clauseEnd)))
          clauseEnd++
        const firstAfter = metricsFrom(fenbie, c.from)[0]?.from ?? c.from
        const sentence = Math.max(...[...SENTENCE_END].map((m) => text.lastIndexOf(m, start)))
        const read = respectivelyLabel({
          subject: text.slice(start, fenbie),
          verb: text.slice(fenbie + 2, firstAfter),
          own: text.slice(Math.max(fenbie + 2, metricsFrom(fenbie, c.from).at(-1)?.to ?? 0), c.from),
          given: candidates(text.slice(fenbie, clauseEnd)).filter((x) => x.unit).length,
          index: metricsFrom(fenbie, c.from).length,
          said: heads.filter((h) => h.from > sentence && h.to <= start).map((h) => h.label),
          list,
          prev,
          owners: owners && owners.at > sentence ? owners.names : [],
        })
        if (read.owners) owners = { names: read.owners, at: c.from }
        label = read.label
        companion = read.companion
        freshList = read.fresh
      } else {
        const plain = raw.trim().replace(/^(?:并|且|还|同时|其中)+/, '')
        const effect = EFFECT_VERB.test(plain.replace(TRAIL, '')) && nounAfter(text.slice(c.to)).length < 2
        const follows = BASE_FOLLOWS.exec(text.slice(c.to))
        const base = follows ? BASE_END.exec(raw) : null
        const from = base ?? FROM_END.exec(raw)
        const to = wasFirstEnd ? TO_END.exec(plain) : null
        // 由今年的A提高到B: this year's level, read only when the date line tells which year 今年 is.
        const thisYear = !base && !!from?.[3]
        if (
          from &&
          (base || TO_FOLLOWS.test(text.slice(c.to))) &&
          (from[1] || ctx.year !== null) &&
          (!thisYear || ctx.given != null)
        ) {
          wasBase = !!base
          // The first end of a change: the metric, in the year named, else the year before the
          // span the sentence speaks of.
          // 在上年完成投资A的基础上: the metric named inside the base is the label.
          // (As written: 完成投资 is the metric there, not a verb before 投资.)
          // 在今年A的基础上，公务用车总数控制在B: named after the base, by the clause that follows.
          // 在上年处置A的基础上，全年处置有害信息B: a verb alone inside the base is named in full after it.
          const inside = base?.[3] ?? ''
          const after = base ? namedAfterBase(text, c) : ''
          const fuller = inside && after.length > inside.length && after.includes(inside) ? after : inside
          // 在现有312个事业单位的基础上: the noun after the count is what it counts.
          const counted = base ? (follows?.[1] ?? '') : ''
          const named = counted || fuller || cleanLabel(raw.slice(0, from.index)) || after
          // 在上年486家的基础上新增入库50家以上: a base its clause names nowhere is the reviewed
          // figure of its value and unit, when only one has it.
          const sameValue =
            base && !named && !c.masked ? this.reviewedWithValue(inBase(c.num.replace(/,/g, ''), c.unit), c.unit) : null
          // Else the one reviewed figure its sentence names before it ("建立“四上”企业培育库，……在上年
          // 468家的基础上": 在库“四上”企业), so a slipped base is still matched to it.
          const sameName =
            base && !named && !sameValue ? this.reviewedNamedIn(text.slice(sentenceAt(c.from), c.from), c.unit) : null
          // "完成交通固定资产投资20亿元以上，在上年完成18.6亿元的基础上增长7.5%": a base named by a verb
          // alone (under three characters, a verb or a noun alone, as checks/figure-rules namesAMetric
          // reads it) is the reviewed figure its sentence names.
          const verbOnly =
            base && named && named.length < 3
              ? this.reviewedNamedIn(text.slice(sentenceAt(c.from), c.from), c.unit)
              : null
          label = verbOnly || named || sameValue || sameName || prev
          // Last year's level restated as the plan's base is the review's figure: named as there.
          if (base) label = this.reviewedAs(label, c.unit)
          const scope = scopes.find((s) => s.from <= c.from && c.from < s.to)
          const speaks = pastYearAt(lastYears, c.from) ?? targetYearAt(later, c.from) ?? ctx.year
          const before = speaks === null ? undefined : from[2] || !scope ? speaks - 1 : scope.period.from - 1
          // "参保人数由2020年底的A增加到……，参保率由C提高到D": a change in the same sentence
          // after one that named its start runs from that start too.
          const sentence = Math.max(...[...'。！？；'].map((m) => text.lastIndexOf(m, c.from)))
          const shared = !from[2] && namedStart && namedStart.at > sentence ? namedStart.year : undefined
          // 在现有A、在目前A的基础上: the level now, at the end of the year reviewed (the plan year
          // itself in a meeting that reviews the year it plans, 今年 in a December speech).
          standing = !!base && !!from[2] && STANDING_BASE.test(from[2]) && ctx.review != null
          // 由上学期的A调整为B: the term reviewed, in the year reviewed (an autumn term's meeting reviews
          // the spring of the year it plans).
          const lastTerm = !!from[2] && LAST_TERM.test(from[2]) && ctx.review != null
          // …an actual, as what stands now is, however the year reviewed falls against the part's.
          if (lastTerm) standing = true
          year = from[1]
            ? Number(from[1])
            : thisYear && ctx.given != null
              ? ctx.given
              : (standing || lastTerm) && ctx.review != null
                ? ctx.review
                : (shared ?? before)
          if (from[1]) namedStart = { year: Number(from[1]), at: c.from }
          firstEnd = label
          firstEndYear = year
        } else if (to) {
          // The second end: the metric itself, in the year named if any.
          secondEnd = true
          label = wasFirstEnd
          if (to[1]) year = Number(to[1])
          changeEnd = c.to
          const last = year ?? ctx.year
          changeYears = firstEndYear !== undefined && last !== null ? { from: firstEndYear + 1, to: last } : null
        } else if (
          c.unit === '%' &&
          justRead &&
          wholeOfShare &&
          wholeOfShare.to === justRead.to &&
          text.slice(justRead.to, c.from) === `${wholeOfShare.noun}的`
        ) {
          // "占全县212个行政村的87.7%": the share of the whole just counted, the subject's.
          const whole = `${wholeOfShare.subject}占${wholeOfShare.scope}${wholeOfShare.noun}`
          label =
            whole.length <= LABEL_MAX ? whole : `${wholeOfShare.subject}占${wholeOfShare.noun}`.slice(0, LABEL_MAX)
          companion = true
        } else if (
          prev &&
          WHOLE_OF_SHARE.test(plain) &&
          COUNTING_UNIT.test(writtenBase(c.unit)) &&
          shareOfWholeAfter(text.slice(c.to))
        ) {
          // "……的村达到186个，占全县212个行政村的87.7%": the count after 占 is the whole the share
          // after it is of, named by its noun, not a share of the figure before.
          const noun = nounAfter(text.slice(c.to))
          label = noun
          wholeOfShare = { to: c.to, noun, scope: plain.slice(1), subject: prev }
        } else if (c.unit === '%' && justRead && text.slice(justRead.to, c.from) === '的' && targetDone(justRead)) {
          // "完成年度任务2,000户的108%": the share of the target just named that was done.
          // "占全市报名考生4.26万人的9.1%": likewise the share of a wider whole.
          // "占年度计划260亿元的48.7%": the share of the plan (the plan's size read as a companion
          // of the amount before), named as the plan's size was (固定资产投资占年度计划).
          const done = targetDone(justRead)
          label = done.startsWith('占') && justRead.label.endsWith(done) ? justRead.label : done
        } else if (bracketOpen(text, c) !== null && barInBrackets(text.slice(start, at))) {
          // "高于全市平均水平（58.2%）": the bar, not a change of the figure before it.
          const aside = barInBrackets(text.slice(start, at))
          companion = true
          bar = true
          // What is compared: the clause's own subject before the comparison (小学生近视率低于……), else the figure before.
          const words = text.slice(start, at).trim()
          const subject = aside ? cleanLabel(words.slice(0, words.length - aside.comparison.length)) : ''
          // The bar is of what is compared (森林覆盖率全市平均水平): two averages of one place in one
          // speech (漏登率的, 增速的) are two figures, not one said twice.
          const of = /\d/.test(subject) ? '' : subject || prev
          label = aside ? (aside.bar.startsWith(of) ? aside.bar : of + aside.bar) : ''
          barAside = aside && { comparison: aside.comparison, subject, close: c.to + 1 }
        } else if (barAside && barAside.close <= c.from && /^\s*$/.test(text.slice(barAside.close, c.from))) {
          // "……（58.2%）5.6个百分点": the gap of the figure before the comparison, against the bar.
          label = (/\d/.test(barAside.subject) ? '' : barAside.subject || prev) + barAside.comparison
          companion = true
        } else if (barComparedAgainst(plain, text.slice(c.to))) {
          // "低于省定1.5‰的控制指标": the bar compared against, a figure of its own.
          label = barComparedAgainst(plain, text.slice(c.to))
        } else if (prev && CONVERTED.test(raw.trim()) && /[（(]\s*$/.test(text.slice(0, itemStart))) {
          // "过火面积12.6公顷（合189亩）": the figure before, said again in another unit.
          label = prev
          companion = true
        } else if (prev && (COMPANION.test(plain) || effect)) {
          // A change in percentage points is a change of the last rate, not of the amount before it.
          const of = /百分点$/.test(c.unit) && lastRate ? lastRate : prev
          label = of + plain.replace(TRAIL, '')
          companion = true
        } else {
          const cleaned = cleanLabel(raw)
          const title = raw.trim().replace(TRAIL, '') ? null : TITLE_BEFORE.exec(text.slice(start, c.from))
          if (title) label = title[1]
          const attributive = /的\s*$/.test(raw)
          const wished = wishedSubject(raw, c.unit)
          // "DRG支付方式改革覆盖全县26家医疗机构": what a subject reaches, counted.
          const reach =
            title || !COUNTING_UNIT.test(writtenBase(c.unit)) ? '' : reachOf(cleaned, nounAfter(text.slice(c.to)))
          if (
            !title &&
            (reach ||
              attributive ||
              wished ||
              wantsNounAfter(cleaned) ||
              // "主汛期前完成6座小型水库除险加固": a verb of doing right before the count, whatever
              // the words before it (a time, a place) that cleaning leaves.
              OBJECT_VERBS.test(raw.trim()) ||
              servedAfter(raw, text.slice(c.to), c.unit) ||
              standardOf(text.slice(c.to)) ||
              namesCounted(raw, c.num, c.unit) ||
              doneBefore(raw, c.unit) ||
              shareBefore(raw, text.slice(c.to), c.unit))
          ) {
            const caused = endsInCause(raw.trim())
            const rest = text.slice(c.to)
            // "投入2,350万元完成……改造11.6公里": the work an amount was spent on is named by the
            // spending; the words stay the next figure's own (not carried).
            const spent = spentOn(raw, rest, parseUnit(c.unit).base === '元')
            const noun =
              spent ||
              standardOf(rest) ||
              disposedAfter(raw, rest) ||
              (caused ? outcomeAfter(rest) : wished ? this.saidNoun(nounAfter(rest), c.unit) : nounAfter(rest))
            // "12个村、3个社区": in a list of counts, a noun of one character is what is counted.
            const counted =
              noun.length === 1 &&
              text.startsWith(noun, c.to) &&
              (NEXT_COUNT.test(text.slice(c.to + 1)) ||
                (ONE_CHARACTER_PLACE.test(noun) && COUNTING_UNIT.test(writtenBase(c.unit))) ||
                (raw.trim() === '' && text[itemStart - 1] === '、' && metricsFrom(start, itemStart).length > 0))
            // "47个项目中尚未开工的19个项目": the set, up to 中; the words after it are the next count's.
            // "2起事故中道路交通事故1起": likewise the set, up to 中, before a kind of its things.
            const set = setThen('part', rest) ?? setThen('kind', rest, countIn(writtenBase(c.unit)))
            const among = set ? setAmong(noun, set) : null
            const ofSet = set && among ? set : noun
            if (ofSet.length >= 2 || counted) {
              // "新建改造的210公里农村公路": the words before 的 and the noun after make one label.
              // "未完成的7个问题": which of the set is counted (those not yet done) is part of what is counted.
              const which = whichOfSet(raw)
              // "每月至少研究1次人居环境整治工作": the times a piece of work is taken up are the verb's
              // (研究, 调度); a work is no occasion, as 演练 or 检查 are.
              const takenUp = writtenBase(c.unit) === '次' && /工作$/.test(ofSet) ? WORK_TAKEN_UP.exec(raw) : null
              label =
                reach ||
                (which && !ofSet.startsWith(which)
                  ? (which + ofSet).slice(0, LABEL_MAX)
                  : attributive && cleaned.length > 2
                    ? cleaned + ofSet
                    : takenUp
                      ? (takenUp[1] + ofSet).slice(0, LABEL_MAX)
                      : ofSet)
              carried = spent ? '' : (among ?? noun)
            }
          }
          // "金牌3枚、银牌2枚、铜牌5枚，共10枚": the total of the list just read, named by its items.
          if (list.length >= 2 && listEnd >= 0 && RESTATED_TOTAL.test(text.slice(listEnd, c.from)))
            label = `${list.join('、')}合计`
          // "入会率还不高，只有61.5%": the figure the clause before comments on.
          if (!label && LIMITED.test(raw.trim()) && start > 0)
            label = commentedSubject(text.slice(clauseStart(text, start - 1, CLAUSE_END), start - 1))
          // "社会消费品零售总额增长6%，达到136亿元": the level a change reached, said bare after it in
          // its sentence, is the metric itself, not the change's amount.
          const reached =
            !label && prevFigure && ![...text.slice(prevFigure.to, c.from)].some((ch) => SENTENCE_END.includes(ch))
              ? levelAfterChange(prev, raw)
              : null
          if (reached) label = reached
          // "职工医保基金收入2.46亿元，支出2.18亿元，累计结余……": a measure written bare after its
          // sibling, in the same sentence, is the same owner's (a 累计 there is the measure's, no running total).
          if (!label && prevFigure && ![...text.slice(prevFigure.to, c.from)].some((ch) => '。！？!?'.includes(ch))) {
            const bare = raw.trim().replace(LIGHT_LEAD, '').replace(TRAIL, '')
            const shared = ownerShared(prev, bare)
            if (shared !== bare) label = shared
          }
          // "新建创新工作室9个，累计达到46个": the running total of the thing just counted.
          if (!label && prevFigure && parseUnit(prevFigure.unit).base === parseUnit(c.unit).base)
            label = runningTotalOf(prev, raw) ?? scopeTotalOf(prev, raw) ?? ''
          // "下半年……完成投资27.8亿元，确保全年达到66亿元": the year's whole after a step of it.
          if (!label && prevFigure && ![...text.slice(prevFigure.to, c.from)].some((ch) => SENTENCE_END.includes(ch)))
            label = wholeYearOf(prev, raw) ?? ''
          // "规划目标4件，预计只有2.6件": the estimate or actual after a target, not the target again.
          if (!label && prevFigure && ![...text.slice(prevFigure.to, c.from)].some((ch) => SENTENCE_END.includes(ch)))
            label = estimateAfterTarget(prev, raw) ?? ''
          // "全省……占比平均为17.5%，我院只有13.6%": the speaker's own figure after a wider average.
          if (!label && prevFigure && ![...text.slice(prevFigure.to, c.from)].some((ch) => SENTENCE_END.includes(ch)))
            label = ownAgainstAverage(prev, raw) ?? ''
          // "新增注册用户3.86万人，累计注册用户达到24.6万人": the running total of the thing just counted new.
          const namedTotal =
            prevFigure && parseUnit(prevFigure.unit).base === parseUnit(c.unit).base
              ? namedRunningTotalOf(prev, raw)
              : null
          if (namedTotal) label = namedTotal
          // "完成《…》送审稿，约45万字": a measure in a clause of its own, of what the clause before names;
          // so is one said only with its time ("招生人数已连续两年下降，2025年秋季为8,940人").
          if (
            !label &&
            '，,'.includes(text[start - 1] ?? '.') &&
            (stripLead(raw).replace(TRAIL, '') === '' || frequencyOf(raw, c.unit)) &&
            metricsFrom(start, c.from).length === 0
          ) {
            const before = clauseStart(text, start - 1, CLAUSE_END)
            if (metricsFrom(before, start).length === 0) label = subjectOf(text.slice(before, start - 1))
          }
          // "县长……全年先后4次带队巡林", "先后3次赴省汇报": the times of the act the words after the count name.
          if (!label && writtenBase(c.unit) === '次') label = actAfterTimes(raw, text.slice(c.to)) ?? ''
          // "带动移民群众1,350余人就近务工": a verb of causing and its object before the count, what
          // they did after it: the object counted by what it did, as 帮助586名退役军人实现就业 is.
          const causedObject = label ? null : CAUSED_OBJECT.exec(raw.trim())
          const outcome = causedObject ? outcomeAfter(text.slice(c.to)) : ''
          if (causedObject && outcome.length >= 2) label = (causedObject[1] + outcome).slice(0, LABEL_MAX)
          if (!label) label = cleaned
          // "全市共发生溺水事故4起，其中我区发生1起": a part said of the speaker's own place keeps
          // its words, which cleaning leaves empty (我区, 发生); a place alone (其中我市有9家) does not.
          const own = /^其中/.test(raw.trim()) ? raw.trim().replace(LIGHT_LEAD, '').replace(TRAIL, '') : ''
          if (!label && own.length >= 3) label = own
          if (label.length > 0 && label.length <= 2 && !carried)
            label = raw.trim().replace(LIGHT_LEAD, '').replace(TRAIL, '') || label
          // "全面推行二手房“带押过户”，全年办理426件": a bare verb of handling, in a clause of its
          // own, counts the service the clause before names in quotes.
          if (
            label.length <= 2 &&
            OBJECT_VERBS.test(label) &&
            '，,'.includes(text[start - 1] ?? '.') &&
            metricsFrom(start, c.from).length === 0
          ) {
            const before = clauseStart(text, start - 1, CLAUSE_END)
            const named = metricsFrom(before, start).length ? null : QUOTED_AT_END.exec(text.slice(before, start - 1))
            if (named) label = named[1] + named[2] + label
          }
          if (prev && TOTAL_NAMES.includes(label)) label = totalOf(prev, label)
          if (prev && text[itemStart - 1] === '、' && MEASURE_OF.test(raw.trim())) label = prev + raw.trim()
          // "新建幼儿园3所、小学2所": the first item's verb is the work of the next that names none.
          else if (prev && text[itemStart - 1] === '、' && raw.trim() === label) label = sharedVerbOf(prev, label)
          // "其中2024年新建改造210公里" after "新建改造农村公路1020公里": the same thing, said short.
          // (Of the same measure: "投入2,350万元完成……改造11.6公里" is no amount said short.)
          if (
            !reached &&
            label.length >= 2 &&
            prev.startsWith(label) &&
            prev !== label &&
            (!prevFigure || parseUnit(prevFigure.unit).base === parseUnit(c.unit).base)
          )
            label = prev
          // "高考本科上线1862人，上线率68.5%": the rate of what was just counted.
          label = overlapWith(prev, label)
          // "参保人数达到41.26万人，参保率稳定在96.8%": the rate of the count's owner.
          const owned = prev && raw.trim().replace(TRAIL, '') === label ? ownedRate(prev, label) : null
          // "办理欠薪投诉案件87件，帮助……追回工资2380万元，结案率100%": a rate that names the class
          // it counts (结案率: 案件) is the rate of that class counted in its sentence, not of the figure before it.
          const ofClass =
            prev && c.unit === '%' && BARE_RATE.test(label) && raw.trim().replace(TRAIL, '') === label
              ? classRateOwner(label, lastInSentence(c.from, 6))
              : null
          if (owned !== null) label = owned
          else if (ofClass !== null) label = ofClass + label
          // "医疗器械抽检620批次，合格率97.4%": a rate named by itself alone is the rate of that count.
          // (After "审结248件" the 审结率 already says whose rate it is.)
          else if (
            prev &&
            c.unit === '%' &&
            BARE_RATE.test(label) &&
            !prev.endsWith(label.slice(0, -1)) &&
            !/率$/.test(prev) &&
            raw.trim().replace(TRAIL, '') === label
          )
            label = prev + label
          // "全年4860万人次游客中": the figure stated before, referred to again.
          // Last year's, said again in the tasks ("去年排查的2.36万件矛盾纠纷中"), was stated in the review.
          // So is "今年发生的23起事故中有一多半是……": among what was counted.
          // "2起事故中道路交通事故1起": the set before a kind of its things, with no mark between.
          const after = text.slice(c.to)
          const among = setThen('referred', after) ?? setThen('kind', after, countIn(writtenBase(c.unit)))
          if (among)
            label = this.statedBefore(
              `${among}中`,
              c.unit,
              // Last year's may also have been stated in this part ("去年，全镇共发生生产安全事故2起……
              // 2起事故中" in the tasks). A part of 认识 or 问题 after the review refers to the
              // review's counts ("86项任务中还有4项没有按期完成", "14个试点中有3个进展滞后").
              pastYearAt(lastYears, c.from) !== undefined || ctx.part === 'other'
                ? ['review', ctx.part ?? '']
                : [ctx.part ?? ''],
              raw,
              c.masked ? undefined : inBase(c.num.replace(/,/g, ''), c.unit),
            )
          label = this.sameAsEarlier(label, c.unit)
          // "全年归集……68.4亿元……全市累计归集住房公积金486.3亿元": the running total of a thing counted before.
          label = countedRunningTotal(
            leadOf(raw),
            () => text.slice(sentenceAt(c.from), c.from),
            label,
            this.named.has(`${parseUnit(c.unit).base}|${label}`),
          )
        }
      }
      // "设立区科技创新引导基金，总规模5亿元": a bare measure opening its clause is of the thing the
      // clause before sets up, when that clause counts nothing.
      if (!companion && BARE_MEASURE.test(label) && raw.trim().replace(TRAIL, '') === label && start > 0) {
        const setUp = SET_UP_BEFORE.exec(text.slice(Math.max(0, start - 30), start))
        if (setUp && metricsFrom(clauseStart(text, start - 1, CLAUSE_END), start).length === 0) label = setUp[1] + label
      }
      // "积极发展家庭养老床位，年内建成150张": a bare deed of building ending its clause counts the
      // thing the clause before promotes, when that clause counts nothing.
      if (!companion && BARE_DEED.test(cleanLabel(raw)) && start > 0 && !nounAfter(text.slice(c.to))) {
        const promoted = PROMOTED_BEFORE.exec(text.slice(Math.max(0, start - 30), start))
        if (promoted && metricsFrom(clauseStart(text, start - 1, CLAUSE_END), start).length === 0)
          label = promoted[1] + cleanLabel(raw)
      }
      label = label.replace(EDGE_MARKS, '')
      // "今年计划改造45公里，目前已完成12.3公里": what is done so far of a plan just named is not the plan.
      // (Its words may leave a scrap of themselves as the label: 现已.) So is the part done of any
      // count just named, its clause naming nothing else ("年初确定的86项年度改革任务，已完成82项",
      // "安排的48个重点项目，已累计完成41个"): the count's name and 已完成.
      const done = raw.trim()
      if (PLANNED.test(prev) && DONE_SO_FAR.test(done) && (!label || done.startsWith(label)))
        label = `${prev.replace(PLANNED, '')}已完成`
      else if (prev && DONE_SO_FAR.test(done) && (!label || done.startsWith(label))) label = `${prev}完成`
      if (!label) label = prev || '数值'
      // "降幅高于全市（全市分别下降14.6%和11.3%）", "同比分别增长8.6%和12.1%，全市分别增长5.2%和7.4%": a
      // change or share whose own words open with another place is that place's, not the figure's before it.
      const companionScope =
        companion && this.own !== null ? scopeIn(leadOf(inList ? text.slice(start, fenbie) : raw)) : null
      if (companionScope !== null && this.own !== null && companionScope.slice(1) !== this.own) {
        const scoped = scopedLabel(label, companionScope, this.own)
        if (scoped !== label) label = scoped
      } else if (!companion && this.own !== null) {
        // The place the figure is said of, as its words open: its own, or the clause's when it is
        // an item joined by 、 to the clause's first.
        const joinedItem = itemStart > start && text[itemStart - 1] === '、'
        const sentence = sentenceAt(c.from)
        // "2025年全市共有在校生51.8万人，教育经费总投入96.4亿元": another place said once for its
        // sentence is the place of each figure after it that names none (nor the speaker's, 我县).
        const sameSentence = otherPlace.at?.sentence === sentence && !OWN_WORD.test(raw) ? otherPlace.at.scope : null
        const scope =
          scopeIn(leadOf(inList ? text.slice(start, fenbie) : raw)) ??
          (joinedItem ? scopeIn(leadOf(text.slice(start, itemStart))) : null) ??
          sameSentence
        otherPlace.at =
          scope !== null && scope.slice(1) !== this.own ? { sentence, scope } : scope === null ? otherPlace.at : null
        // "全市粮食总产量" in a county's speech: the city's, another metric than the county's own.
        // "全市粮食总产量达到210.6万吨，我县达到30.2万吨": named after the city's, the county's own.
        const scoped = scope === null ? label : scopedLabel(label, scope, this.own)
        if (scoped !== label) {
          label = scoped
          if (firstEnd) firstEnd = label
        }
      }
      if (label.length > LABEL_MAX + 12) label = label.slice(0, LABEL_MAX + 12)
      // "审计核减政府投资项目送审金额8.25亿元中的6,850万元": the verb's object is the part (named by the
      // clause, 审计核减……); the whole inside the phrase is the noun alone (政府投资项目送审金额).
      const deed =
        !companion && prevFigure && text.slice(prevFigure.to, c.from).trim() === '中的'
          ? DEED_OF_PART.exec(prevFigure.label)
          : null
      if (deed && prevFigure && parseUnit(prevFigure.unit).base === parseUnit(c.unit).base) {
        label = prevFigure.label
        prevFigure.label = prevFigure.label.slice(deed[0].length)
        // biome-ignore lint/style/noNonNullAssertion: prevFigure was said, so earlier holds at least it
        const said = this.earlier.at(-1)!
        this.named.delete(`${said.base}|${said.label}`)
        said.label = prevFigure.label
        this.named.add(`${said.base}|${said.label}`)
        if (list.at(-1) === label) list[list.length - 1] = prevFigure.label
      }
      // Two measures of one thing in one sentence, in units that do not convert: named apart.
      if (
        !companion &&
        prevFigure &&
        label === prevFigure.label &&
        ![...text.slice(prevFigure.to, c.from)].some((ch) => SENTENCE_END.includes(ch)) &&
        parseUnit(prevFigure.unit).base !== parseUnit(c.unit).base
      ) {
        if (renamedMeasure(prevFigure.unit, c.unit) === 'second') label = measureName(label, c.unit)
        else {
          prevFigure.label = measureName(label, prevFigure.unit)
          // biome-ignore lint/style/noNonNullAssertion: prevFigure was said, so earlier holds at least it
          const said = this.earlier.at(-1)!
          this.named.delete(`${said.base}|${said.label}`)
          said.label = prevFigure.label
          this.named.add(`${said.base}|${said.label}`)
          if (list.at(-1) === label) list[list.length - 1] = prevFigure.label
        }
      }

      // A list: figures joined by 、 (or the items of a 分别 list).
      const joined = listEnd >= 0 && /^[^，。；：！？]*、[^，。；：！？]*$/.test(text.slice(listEnd, c.from))
      if (!companion) {
        list = !freshList && (joined || inList) ? [...list, label] : [label]
        listEnd = c.to
        prev = label
        const base = parseUnit(c.unit).base
        const value = c.masked ? undefined : inBase(c.num.replace(/,/g, ''), c.unit)
        this.earlier.push({ label, base, part: ctx.part ?? '', ...(value === undefined ? {} : { value }) })
        this.named.add(`${base}|${label}`)
      } else if (!inList) listEnd = -1
      if (c.unit === '%' && !bar) lastRate = label
      if (!bar) barAside = null

      // "由2020年底的A增加到B，年均增长9.3%": a rate averaged over the years the change between the
      // two ends just read ran over is a figure of those years, as a total over them is.
      const ofEnds = changeEnd >= 0 && !/[。！？；]/.test(text.slice(changeEnd, c.from))
      const averaged =
        ofEnds && changeYears && changeYears.from < changeYears.to && ANNUAL_AVERAGE.test(raw)
          ? periodOf(changeYears.from, changeYears.to)
          : null
      // One end of a change is a level in one year, not a total over a span; nor is the change
      // between the ends (由0.96平方米提高到1.32平方米，提高0.36平方米): the difference of two levels.
      const period =
        firstEnd || secondEnd || (ofEnds && companion && !ANNUAL_AVERAGE.test(raw)) || partOfLevel(at, c.unit)
          ? null
          : (periodAt(scopes, c.from, text.slice(start, c.from), text.slice(c.to)) ?? averaged)
      // "比上年同期的243起下降23.5%": the level set against is of the earlier year.
      const compared = year === undefined && period === null ? COMPARED_END.exec(raw) : null
      if (compared) {
        const speaks = pastYearAt(lastYears, c.from) ?? ctx.year
        year = compared[1] ? Number(compared[1]) : speaks === null ? undefined : speaks - 1
      }
      // "比上年的21起、12人分别下降……": the levels listed after the first one set against are of its year.
      const against = comparedEnd.at(-1)
      const listedAgainst: boolean =
        !compared &&
        year === undefined &&
        period === null &&
        against !== undefined &&
        /^[、和及与]$/.test(text.slice(against.to, c.from))
      if (listedAgainst && against) year = against.year
      comparedEnd.length = 0
      if (compared || listedAgainst) comparedEnd.push({ to: c.to, year })
      const targetYear = year === undefined && period === null ? targetYearAt(later, c.from) : undefined
      if (year === undefined && period === null)
        year = targetYear ?? pastYearAt(lastYears, c.from) ?? pastYearAt(soFar, c.from)
      const figure: FoundFigure = {
        from: c.from,
        to: c.to,
        role: 'metric',
        label,
        unit: c.unit,
        value: c.masked ? null : c.num.replace(/,/g, '').replace(/^[−－]/, '-'),
        period,
        ...(year !== undefined && (year !== ctx.year || standing) ? { year } : {}),
        ...(standing ? { standing: true } : {}),
        ...(targetYear !== undefined ? { target: true } : {}),
      }
      found.push(figure)
      if (!companion) {
        prevFigure = figure
        heads.push(figure)
      }
      segStart = c.to
    }
    for (const f of found) if (f.role === 'metric') f.label = onLastYear(f.label, f.year ?? ctx.year)
    return found.sort((a, b) => a.from - b.from)
  }

  /**
   * The noun after a count cut where a noun said before in the same unit ends: "干部职工拧成一股绳"
   * after "现有干部职工104人" → 干部职工. A clause has no marks where its subject ends; a noun the
   * speech has counted before is the likeliest end.
   */
  private saidNoun(noun: string, unit: string): string {
    const base = parseUnit(unit).base
    const said = this.earlier.filter((e) => e.base === base).map((e) => e.label)
    for (let k = noun.length - 1; k >= 2; k--) {
      const head = noun.slice(0, k)
      if (said.some((label) => label.endsWith(head))) return head
    }
    return noun
  }

  /** "经营主体" after "经营主体总量" in the same unit: the same metric, named as before. */
  private sameAsEarlier(label: string, unit: string): string {
    const base = parseUnit(unit).base
    return TOTAL_NAMES.map((w) => label + w).find((total) => this.named.has(`${base}|${total}`)) ?? label
  }

  /**
   * "4860万人次游客中": a figure stated before, now named by its noun; the latest earlier label
   * of the same part (or parts: last year's, in the review or its own) and unit that ends with it.
   */
  private statedBefore(label: string, unit: string, parts: string[], said = '', value?: number): string {
    const base = parseUnit(unit).base
    const noun = label.replace(/中$/, '')
    const same = this.earlier.filter((e) => parts.includes(e.part) && e.base === base)
    // The total named by the noun itself first ("经营主体总量" for 经营主体), else the latest that
    // ends with it; not a count of new ones (新登记经营主体): "X中" speaks of all of X. The deed
    // said before the count names which ("去年查处的9起案件中": 立案查处非法集资案件, not the
    // 存量案件 counted after it); else the count of X with this value (126起事故中: 道路交通事故126起,
    // not 其中酒驾事故12起).
    const total = same.find(
      (e) => e.label === noun || (e.label.startsWith(noun) && TOTAL_ONLY.test(e.label.slice(noun.length))),
    )
    const endings = [...same].reverse().filter((e) => e.label.endsWith(noun) && !/^新/.test(e.label))
    const deed = SAID_DEED.exec(said)?.[1]
    const ending =
      (deed ? endings.find((e) => e.label.includes(deed)) : undefined) ??
      endings.find((e) => value !== undefined && e.value === value) ??
      endings[0]
    return total?.label ?? ending?.label ?? noun
  }

  /**
   * "集装箱吞吐量在去年126.8万标准箱的基础上" after "港口集装箱吞吐量……达到126.8万标准箱" in the
   * review: the label the review gave it, the same or the latest that ends with it, in the same unit.
   * A part that is no review but tells last year's results before the plan (一、深刻认识……: 2025年，
   * 全区……处置有害信息3.62万条) is read as the review is; so is the opening, where a speech whose
   * points are paragraphs (第一，……) tells last year's results.
   */
  private reviewedAs(label: string, unit: string): string {
    const base = parseUnit(unit).base
    const reviewed = this.earlier
      .filter((e) => (e.part === 'review' || e.part === 'other' || e.part === 'opening') && e.base === base)
      .map((e) => e.label)
    return restated(label, reviewed, base) ?? label
  }

  /**
   * The one label the review (or a part or opening read as one, as in reviewedAs) gave a figure of
   * this value and unit; null when none or several did.
   */
  private reviewedWithValue(value: number | undefined, unit: string): string | null {
    if (value === undefined) return null
    const base = parseUnit(unit).base
    const labels = new Set(
      this.earlier
        .filter((e) => (e.part === 'review' || e.part === 'other' || e.part === 'opening') && e.base === base)
        .filter((e) => e.value === value)
        .map((e) => e.label),
    )
    return labels.size === 1 ? [...labels][0] : null
  }

  /**
   * The reviewed figure (of this unit) whose name shares a word of four characters or more with
   * `words`: the whole when the others found are it with more (在库“四上”企业, not its 比上年净增);
   * null when none or several.
   */
  private reviewedNamedIn(words: string, unit: string): string | null {
    const base = parseUnit(unit).base
    const labels = [
      ...new Set(
        this.earlier
          .filter((e) => (e.part === 'review' || e.part === 'other' || e.part === 'opening') && e.base === base)
          .map((e) => e.label),
      ),
    ]
    const SHARED = 4
    const shares = (label: string) =>
      [...label].some((_, i) => i + SHARED <= label.length && words.includes(label.slice(i, i + SHARED)))
    const found = labels.filter(shares).sort((a, b) => a.length - b.length)
    return found.length > 0 && found.every((l) => l.startsWith(found[0])) ? found[0] : null
  }

  /** A mask with no unit is a name: labelled by the title after it, or before it. */
  private maskedName(text: string, c: Candidate, start: number): FoundFigure {
    const title = TITLE_AFTER.exec(text.slice(c.to))
    let label = title?.[1]
    if (!label) {
      const before = text.slice(start, c.from)
      label = TITLE_AT_END.test(before) ? stripLead(before).slice(-LABEL_MAX) : '姓名'
    }
    return { from: c.from, to: c.to, role: 'person', label, unit: '', value: null, period: null }
  }
}

/** All figures and names in one piece of text, in order. */
export function findFigures(
  text: string,
  ctx: ReadContext = { year: null },
  own: PlaceLevel | null = null,
): FoundFigure[] {
  return new FigureReader(own).read(text, ctx)
}
