/**
 * Arithmetic the text states must add up: a secretary checks by hand that a value, its increase
 * and its growth rate agree, that a completion rate is the actual over the target, and that the
 * parts of a whole do not add to more than the whole. This rule does it for every sentence.
 *
 * Each figure is read with its rounding: a number is good to half a unit of its last written
 * digit, so a rate is wrong only when no value inside those bounds gives it, and the stated rate
 * is allowed one unit of its own last digit on top (the tolerance the rule promises).
 */
import type { SlotAttrs } from '../schema'
import {
  anyOf,
  atComparablePrices,
  CUT_VERBS,
  FALL_BY_VERBS,
  FALL_VERBS,
  RISE_BY_VERBS,
  RISE_VERBS,
  TO_A_LEVEL,
} from '../lang/changes'
import { AMONG_WORD, BY_KIND, ListsByKey, PARTS_WORD, setThen, startsParts } from '../lang/lists'
import { AVERAGE_QUALIFIER, COUNTING_UNIT, PER_CLAUSE, PER_QUALIFIER, POINTS_OF } from '../lang/units'
import { COUNT_WORDS, parseChineseCount } from '../lang/numerals'
import { APPROXIMATE, NEGATION_BEFORE, RESTATED_TOTAL } from '../lang/words'
import { ANNUAL_AVERAGE, ON_LAST_YEAR, YEAR } from '../lang/years'
import { FROM_END } from '../import/labels'
import { inBase, parseUnit, slackOf } from '../units'
import { addingLists } from './attributes'
import { bothIncomeSources, completeness } from './breakdowns'
import { slipApart } from './restatements'
import type { BlockFinding, BlockRule, BlockView, FigureLookup } from './types'
import { firstSlotFrom } from './blocks'

/** What the words just before a figure make it. */
export type Role = 'rate-up' | 'rate-down' | 'change-up' | 'change-down' | 'from' | 'to' | 'completion' | 'base'

/** A pattern read from the words just before a figure: its name, its purpose, and examples. */
export interface RolePattern {
  name: string
  purpose: string
  role: Role
  /** Matches the end of the words before the figure. */
  before: RegExp
  /** The figure must be a rate (%), an amount, or either (the ends of a change). */
  unit: 'rate' | 'amount' | 'any'
  /** Words before a figure that this pattern must read, and words it must not. */
  examples: { match: string[]; noMatch: string[] }
}

const SINCE = `(?:${ON_LAST_YEAR}|比\\d{4}年)?`

/**
 * The verbs of a change by an amount (比上年净增38家, 减收1.2亿元, lang/changes), and those that say
 * one only right before its number (比上年多2处, 比底价增值18.6亿元, 溢价3.2亿元): labels do not take
 * these as a companion's words.
 */
const RISES_BY = [...RISE_VERBS, ...RISE_BY_VERBS, '多', '增值', '溢价']
const FALLS_BY = [...FALL_VERBS, ...CUT_VERBS, ...FALL_BY_VERBS, '少']
/** A rate falls back (回落) as it falls; an amount is not said to. A cut is a fall (压缩38.2%). */
const RATE_FALLS = [...FALL_VERBS, ...CUT_VERBS, '回落']
/** A change said of a thing it names (森林覆盖率提高0.5个百分点): of that thing, not of the levels before it. */
const NAMED_CHANGE = new RegExp(`[\\u4e00-\\u9fff]{2,}(?:净)?${anyOf([...RISE_VERBS, ...FALL_VERBS, '多', '少'])}了?$`)

/**
 * What a change is measured against when the sentence names it (比底价增值, 比预算增加, 较计划
 * 减少, 比2020年增长): its base is that, not last year. Group 1 is its name; 上年 and 同比 are
 * last year. Not 比重, 比例 (a share), nor 较快, 较大 (a degree).
 */
export const AGAINST = new RegExp(
  `(?:比|较)(?![重例率快好大高低])([\\u4e00-\\u9fff\\d]{1,8}?)(?:同期)?的?(?:分别)?${anyOf([...RISES_BY, ...FALLS_BY, '回落'])}`,
)

/** Bases that are last year's for a year's figure: a balance at the start of the year is last year's end. */
const LAST_YEARS_BASE = /^(?:去年|上年|年初|上年末|去年底|上年底)$/

/**
 * What the words before a change or rate say it is against, or null when they say nothing: 上年 for
 * 同比, 比上年, 比年初 (贷款余额…同比增长9.2%，比年初增加755.3亿元) …; the name for 比预算, 较计划 ….
 */
function namedBase(words: string): string | null {
  const clause = clauseOf(words)
  if (new RegExp(`(?:${ON_LAST_YEAR})`).test(clause)) return '上年'
  const m = AGAINST.exec(clause)
  return m ? (LAST_YEARS_BASE.test(m[1]) ? '上年' : m[1]) : null
}

/**
 * A change and a rate that say they are against different things (利润总额2.36亿元，同比增长5.8%，
 * 比预算增加1,860万元): the rate is over last year, the change over the budget; neither is the other's.
 */
export function againstOtherBases(change: string, rate: string): boolean {
  const a = namedBase(change)
  const b = namedBase(rate)
  return a !== null && b !== null && a !== b
}

/** The name of what a change is against, as the words before it say; 上年 when they say none. */
function against(...words: string[]): string {
  for (const w of words) {
    const m = AGAINST.exec(w)
    if (m) return m[1] === '去年' ? '上年' : m[1]
  }
  return '上年'
}

/** The patterns, in the order they are tried. Adding a way of writing a change is adding a row. */
export const ROLE_PATTERNS: RolePattern[] = [
  {
    name: 'completion-rate',
    purpose: 'A completion rate: what was done over what was set (完成年度目标的98.5%).',
    role: 'completion',
    before: /(?:完成(?:了)?(?:年度|全年|年初)?(?:目标任务|目标|任务|计划|预算)的?|完成率(?:为|达到?|是)?)$/,
    unit: 'rate',
    examples: { match: ['完成年度目标的', '完成目标任务的', '完成率为'], noMatch: ['占省下达任务的', '同比增长'] },
  },
  {
    name: 'rate-up',
    purpose:
      'A growth rate: up by a share of what it is compared with (同比增长8.2%, 比底价增值18.6亿元，增值率22.2%).',
    role: 'rate-up',
    before: new RegExp(
      `${SINCE}(?:分别)?(?:${anyOf(RISE_VERBS)}了?|(?:增幅|增速|增长率|(?<!保值)增值率|溢价率)(?:为|达到?|是)?)$`,
    ),
    unit: 'rate',
    examples: {
      match: ['同比增长', '比上年增长', '分别增长', '增长了', '增幅为', '增值率', '溢价率达'],
      noMatch: ['增长到', '下降', '国有资产保值增值率'],
    },
  },
  {
    name: 'rate-down',
    purpose: 'A fall as a share of last year (分别下降25%、18.2%).',
    role: 'rate-down',
    before: new RegExp(`${SINCE}(?:分别)?(?:${anyOf(RATE_FALLS)}了?|降幅(?:为|达到?|是)?)$`),
    unit: 'rate',
    examples: {
      match: ['同比下降', '分别下降', '下降了', '降幅为', '压缩', '缩短了'],
      noMatch: ['下降到', '压缩至', '增长'],
    },
  },
  {
    name: 'to',
    purpose: 'Where a change ended (由386.5亿元增加到425.6亿元, 由86%提高到92%).',
    role: 'to',
    before: new RegExp(`${TO_A_LEVEL}(?:\\d{4}年(?:底|末)?的?)?${AVERAGE_QUALIFIER}?${PER_QUALIFIER}?$`),
    unit: 'any',
    examples: {
      match: ['增加到', '提高至2025年的', '增加到2025年底的', '下降到', '提高到每人每月', '缩短至', '压减到', '降至'],
      noMatch: ['增加', '达到'],
    },
  },
  {
    name: 'from',
    purpose:
      'Where a change started (由2024年的386.5亿元…, 由上年的86%…, 由上年同期的28.5%…): as the importer reads it.',
    role: 'from',
    before: FROM_END,
    unit: 'any',
    examples: {
      match: ['由', '从2024年的', '由2020年底的', '由每人每月', '由上年的', '从去年底的', '由上年同期的', '由年初的'],
      noMatch: ['其中', '来自', '比上年的'],
    },
  },
  {
    name: 'base',
    purpose:
      "A level named as what a change is measured against (比去年同期的453.6亿元增加32.7亿元, 比上年的51.6万吨增长2.3%): last year's level, not the thing the sentence counts now.",
    role: 'base',
    before: new RegExp(`(?:比|较)(?:上年|去年|${YEAR}年)(?:同期|底|末)?的$`),
    unit: 'any',
    examples: {
      match: ['比去年同期的', '比上年的', '较2020年的', '比2024年底的', '较上年同期的'],
      noMatch: ['由上年的', '比上年增长', '占全市的', '比全省平均水平'],
    },
  },
  {
    name: 'priced-base',
    purpose:
      'A price set for a sale, said before the rise on it (底价合计18.9亿元，成交后增值2.7亿元，溢价率14.3%; 挂牌底价, 起拍价, 评估值): the level the rise and its rate are over, not the price reached.',
    role: 'base',
    before: /(?:底价|起拍价|起始价|挂牌价|评估价|评估值)(?:合计|总额|总计|共计)?(?:为|是|达到?)?$/,
    unit: 'amount',
    examples: {
      match: ['土地和矿业权出让底价合计', '挂牌底价', '国有产权起拍价为', '资产评估值'],
      noMatch: ['比底价增值', '成交价', '底价合计18.9亿元，成交后增值'],
    },
  },
  {
    name: 'change-up',
    purpose:
      'An increase over last year or what it is compared with, as an amount (比上年增加480元, 比上年净增38家, 增收1.72亿元).',
    role: 'change-up',
    before: new RegExp(`${SINCE}(?:分别)?${anyOf(RISES_BY)}了?$`),
    unit: 'amount',
    examples: {
      match: ['比上年增加', '增收', '增支', '比上年净增', '同比分别增加', '比底价增值', '溢价'],
      noMatch: ['增加到', '新增', '工业增加值'],
    },
  },
  {
    name: 'change-down',
    purpose: 'A fall from last year, as an amount (同比分别减少4起、2人, 比上年净减12户).',
    role: 'change-down',
    before: new RegExp(`${SINCE}(?:分别)?${anyOf(FALLS_BY)}了?$`),
    unit: 'amount',
    examples: {
      match: ['同比分别减少', '减收', '减支', '比上年净减', '比上年少', '压缩', '比上年精简'],
      noMatch: ['减少到', '增加', '缩减到'],
    },
  },
]

interface Figure {
  offset: number
  /** The words between the previous figure (or the sentence's start) and this one. */
  words: string
  attrs: SlotAttrs
  value: number
  /** Half a unit of its last written digit, in base units. */
  slack: number
  base: string
  rate: boolean
  role: Role | null
  /** Among the parts after 其中. */
  part: boolean
  /** An amount per head or per area (每千人3.6批次): a ratio, not a whole of counts. */
  per: boolean
}

interface Found {
  at: Figure
  /** The last figure the finding is about, when it is about a stretch (the parts of a list). */
  through?: Figure
  message: string
  severity?: 'info'
}

const RATE_BASES = new Set(['%'])
const SENTENCE_END = /[。！？；]/g
/**
 * What opens the parts of the whole before a ； and gives a part's share of it: 其中……占比 (比重,
 * 比例). A rate named by the part (一本上线率) may be over a wider whole, and is left to its sentence.
 */
const PARTS_AFTER_SEMICOLON = /^\s*其中[^。！？；;]*?(?:占比|比重|比例)/

const PER = new RegExp(`${PER_QUALIFIER}$`)
/** The clause a figure stands in, as far as the words before it go: after the last ，；：. */
/** Words that join a figure to the one before as items of one enumeration: 、工矿商贸领域. */
const LISTED_WITH = /^[、和及]/
/**
 * A count and the things it counts, then 中 (当中, 之中: lang/lists AMONG_WORD): the whole of the parts that follow, as after 其中
 * (9户市属企业中，7户实现盈利、2户亏损; 全县86个重点帮扶村中，……的村53个). The words before 中 must be
 * the count's own things (its label), so 中 in another sense says nothing: 3个项目正在建设中,
 * 工作中, 在实施过程中; or ends them, as the count said again is named by what it first counted (2起事故中
 * after 生产安全事故2起). Group 1: the things counted.
 */
export const AMONG = new RegExp(`^([\\u4e00-\\u9fff（）]{2,12}?)${AMONG_WORD}[，,：:][^，,；;：:。]*$`)
const AMONG_IN_TEXT = new RegExp(`\uFFFC[\\u4e00-\\u9fff（）]{2,12}?${AMONG_WORD}[，,：:]`)
/** The words between two figures that name a set, 中 and a kind of its things ("2起事故中道路交通事故1起"). */
const BETWEEN_FIGURES = /\uFFFC([\u4e00-\u9fff]{2,24})(?=\uFFFC)/g
// A kind whose name is not the set's (120名学员中女性45名) is taken here with any figure after it:
// readSentence's amongWhole asks that it count in the whole's unit before any figure is a part.
const kindAmong = (clause: string) =>
  [...clause.matchAll(BETWEEN_FIGURES)].find((m) => setThen('kind', `${m[1]}\uFFFC`, '\uFFFC') !== null)
/** Things in the middle of being done, not things counted: 2个口袋公园在建设中, 3个项目正在审批中. */
const IN_PROGRESS =
  /(?:建设|实施|推进|办理|施工|运行|进行|调查|审查|审批|整改|筹备|洽谈|公示|申报|创建|谈判|工作|过程)$/
/**
 * Whether the words after a count (`whole`) open a list of its parts; `next` is the figure after
 * the words, a count in the whole's unit may follow a kind at once (120名学员中女性45名).
 */
export function amongWhole(
  whole: { attrs: SlotAttrs; base: string; rate: boolean } | undefined,
  words: string,
  next?: { base: string },
) {
  // "2起事故中道路交通事故1起": no mark after 中, a kind of the things right after it (lang/lists).
  const counted = next !== undefined && whole !== undefined && next.base === whole.base
  const set =
    AMONG.exec(words)?.[1] ??
    (/^[\u4e00-\u9fff]+$/.test(words) ? setThen('kind', `${words}\uFFFC`, counted ? '\uFFFC' : undefined) : null)
  // A sum of money, like a count, may be named by the noun after it: 在3.8亿元总投资中，争取上级资金……
  if (!set || !whole || whole.rate || !(COUNTING_UNIT.test(whole.base) || whole.base === '元')) return false
  const label = whole.attrs.label.replace(/\s/g, '')
  // The set named by the count's noun or more fully by it (2起事故中 after 生产安全事故2起, named so).
  return label.length >= 2 && !IN_PROGRESS.test(set) && (set.endsWith(label) || label.endsWith(set))
}

const clauseOf = (words: string) => words.slice(Math.max(...[...'，,；;：:'].map((m) => words.lastIndexOf(m))) + 1)
/** Whether the words before a figure make it an amount per head or per area, not a whole. */
const isPer = (words: string) => PER.test(words) || PER_CLAUSE.test(clauseOf(words))
/**
 * A figure said against another base (比底价增值18.6亿元, 比预算节约): a difference from that
 * base, not a part of the whole before it, so a rate named after it (增值率) is over that base.
 */
const AGAINST_ANOTHER_BASE = /比[\u4e00-\u9fff]{1,8}$/

/** The figures of one sentence with their roles, read from the words before each. */
function readSentence(view: BlockView, from: number, to: number): Figure[] {
  const out: Figure[] = []
  let inParts = false
  /** The parts listed so far, one list per unit: where each ends is lang/lists' one rule. */
  const listed = new ListsByKey<string>()
  let last = from
  for (let i = firstSlotFrom(view, from); i < view.slots.length && view.slots[i].offset < to; i++) {
    const s = view.slots[i]
    const a = s.attrs
    const words = view.text.slice(last, s.offset).replace(/\s/g, '')
    last = s.offset + 1
    if (a.role !== 'metric' || a.value === null || a.approx || APPROXIMATE.test(words)) continue
    const unit = parseUnit(a.unit)
    const rate = RATE_BASES.has(unit.base)
    let role: Role | null = null
    for (const p of ROLE_PATTERNS) {
      if ((p.unit === 'any' || (p.unit === 'rate') === rate) && p.before.test(words)) {
        role = p.role
        break
      }
    }
    // A list continues the role of the figure before it: 分别减少4起、2人.
    const prev = out.at(-1)
    if (!role && prev && prev.rate === rate && /^[、和及与]$/.test(words)) role = prev.role
    if (startsParts(words) || amongWhole(prev, words, unit)) {
      inParts = true
      listed.clear()
    }
    // 共/合计 N after the parts says their total again: it is none of them, and ends them.
    const restated = RESTATED_TOTAL.test(words)
    const candidate = inParts && role === null && !rate && !restated
    // A mark stronger than the one joining the parts so far ends them: this figure is none of them.
    if (candidate && !listed.add(unit.base, view.text, s.offset)) inParts = false
    out.push({
      offset: s.offset,
      words,
      attrs: a,
      value: inBase(a.value, a.unit),
      slack: slackOf(a.value, a.unit),
      base: unit.base,
      rate,
      role,
      part: inParts && role === null && !rate && !restated,
      per: isPer(words),
    })
    if (restated) inParts = false
  }
  return out
}

type Bounds = { low: number; high: number }

/** The bounds of a rate (in percent) of a change over a base, each allowed its rounding. */
function rateBounds(change: { value: number; slack: number }, base: Bounds): Bounds | null {
  if (base.low <= 0) return null
  const all = [change.value - change.slack, change.value + change.slack].flatMap((d) => [
    (d / base.low) * 100,
    (d / base.high) * 100,
  ])
  return { low: Math.min(...all), high: Math.max(...all) }
}

/** The bounds of a share (in percent) of a part over its whole, each allowed its rounding. */
function shareBounds(part: { value: number; slack: number }, whole: { value: number; slack: number }): Bounds {
  return {
    low: ((part.value - part.slack) / (whole.value + whole.slack)) * 100,
    high: ((part.value + part.slack) / (whole.value - whole.slack)) * 100,
  }
}

/** One unit of a written number's last digit. */
const unitOf = (written: string) => 10 ** -(written.split('.')[1]?.length ?? 0)

/** A stated rate no value within the bounds gives, even allowing one unit of its last digit. */
function outside(stated: Figure, bounds: Bounds): boolean {
  const r = Number(stated.attrs.value)
  const tolerance = unitOf(stated.attrs.value ?? '0')
  return r + tolerance < bounds.low || r - tolerance > bounds.high
}

const shown = (f: Figure) => `${f.attrs.value}${f.attrs.unit}`
const around = (b: Bounds) => `${((b.low + b.high) / 2).toFixed(1)}%`
const isRate = (f: Figure) => f.role === 'rate-up' || f.role === 'rate-down'
/** The first year the words name (比2020年增长). */
const YEAR_IN_WORDS = new RegExp(`(${YEAR})年`)
const yearIn = (words: string) => {
  const m = YEAR_IN_WORDS.exec(words)
  return m ? Number(m[1]) : null
}
/** A change between two rates, in points (提高6个百分点): no growth rate is a share of it. */
const isPoints = (f: Figure) => Object.values(POINTS_OF).includes(f.base) && !f.rate
const isChange = (f: Figure) => (f.role === 'change-up' || f.role === 'change-down') && !isPoints(f)
const isPlain = (f: Figure) => !f.rate && f.role === null && !f.part

/**
 * Words before a rate's verb that name no other thing: how it changed (由A增加到B，年均增长r%, 累计
 * 增长r%), against what (比“十三五”末增长r%), or the change itself (增长率提高6%): the rate is still
 * of the thing before it.
 */
const OF_THE_CHANGE =
  /年均|年平均|平均每年|平均|累计|总体|整体|大幅|明显|分别|(?:增长|下降|变化)?(?:率|幅度)|增幅|增速|降幅|涨幅|(?:比|较|与)(?![重例])[^，,；;]{1,12}$/g

/**
 * Whether the clause of a rate names its own thing before its verb (检出率由1.6‰下降至0.9‰，
 * 全区网络举报受理量同比下降12.6%): that thing's change, not the change between the two ends before it.
 */
export function namesOwnThing(words: string): boolean {
  const clause = clauseOf(words)
  const verb = ROLE_PATTERNS.filter((p) => p.role === 'rate-up' || p.role === 'rate-down')
    .map((p) => p.before.exec(clause))
    .find((m) => m !== null)
  return verb ? /[\u4e00-\u9fff]{2,}/.test(clause.slice(0, verb.index).replace(OF_THE_CHANGE, '')) : false
}

/** Value, increase and growth rate of one thing in a sentence; also 由A增加到B，增长r%. */
function changeFindings(figures: Figure[]): Found[] {
  const out: Found[] = []
  // A part after 其中 has its own change (其中，税费收入41.7亿元，同比增长4.3%，增收1.72亿元).
  const values = figures.filter((f) => !f.rate && f.role === null)
  const changes = figures.filter(isChange)
  const rates = figures.filter(isRate)
  // Increases and rates pair in order when the sentence lists them alike (分别减少…，分别下降…).
  const pairs: [Figure, Figure][] =
    changes.length === rates.length
      ? changes
          .map((c, i): [Figure, Figure] => [c, rates[i]])
          .filter(([c, r]) => !ANNUAL_AVERAGE.test(r.words) && !againstOtherBases(c.words, r.words))
      : []
  // Rates read with their change here; one whose change has no value before it (由A增加到B，增加C，增长r%)
  // is read against the change's two ends below.
  const read = new Set<Figure>()
  for (const [change, rate] of pairs) {
    const up = change.role === 'change-up'
    if (up !== (rate.role === 'rate-up')) {
      read.add(rate)
      out.push({
        at: rate,
        message: `这里说数额${up ? '增加' : '减少'}了${shown(change)}，比率却说${up ? '下降' : '增长'}了${shown(rate)}，方向不一致，请核对。`,
      })
      continue
    }
    // The thing that changed: the nearest figure before the change counted in the same unit.
    const value = values.filter((v) => v.base === change.base && v.offset < change.offset).at(-1)
    // A price set for a sale nearer the change (底价合计18.9亿元，成交后增值2.7亿元，溢价率14.3%) is
    // what the rise is over: the rate is the change over it.
    const priced = figures
      .filter((f) => f.role === 'base' && !f.rate && f.base === change.base && f.offset < change.offset)
      .at(-1)
    if (priced && (!value || priced.offset > value.offset)) {
      read.add(rate)
      const bounds = rateBounds(change, { low: priced.value - priced.slack, high: priced.value + priced.slack })
      if (bounds && outside(rate, bounds))
        out.push({
          at: rate,
          message: `比${shown(priced)}${up ? '增加' : '减少'}${shown(change)}，算下来${up ? '增长' : '下降'}约${around(bounds)}，文中写的是${shown(rate)}，请核对。`,
        })
      continue
    }
    if (!value) continue
    read.add(rate)
    // Last year's value: this year's less the increase (or plus the decrease), with the rounding of both.
    const sign = up ? -1 : 1
    const base = {
      low: value.value - value.slack + sign * change.value - change.slack,
      high: value.value + value.slack + sign * change.value + change.slack,
    }
    const bounds = rateBounds(change, base)
    if (bounds && outside(rate, bounds))
      out.push({
        at: rate,
        message: `${shown(value)}比${against(change.words, rate.words)}${up ? '增加' : '减少'}${shown(change)}，算下来${up ? '增长' : '下降'}约${around(bounds)}，文中写的是${shown(rate)}，请核对。`,
      })
  }
  // Each 由A…到B with the first rate after it, before the next 由 (疫点乡镇由9个减少到6个，发生面积由
  // 3.86万亩下降到2.14万亩，下降44.6%: the rate is of the second change, the first has none).
  const froms = figures.filter((f) => f.role === 'from')
  froms.forEach((from, k) => {
    const limit = froms[k + 1]?.offset ?? Number.POSITIVE_INFINITY
    const before = (f: Figure) => f.offset < limit
    const to = figures.find((f) => f.role === 'to' && f.base === from.base && f.offset > from.offset && before(f))
    // The first rate after the second end, when it is of the thing that changed and not of one its clause names.
    const next = to && figures.find((f) => isRate(f) && f.offset > to.offset && before(f))
    const rate = next && !namesOwnThing(next.words) ? next : undefined
    if (!to || !rate || read.has(rate)) return
    if (ANNUAL_AVERAGE.test(rate.words)) {
      out.push(...averageFindings(from, to, rate))
      return
    }
    const d = to.value - from.value
    const bounds = rateBounds(
      { value: Math.abs(d), slack: to.slack + from.slack },
      { low: from.value - from.slack, high: from.value + from.slack },
    )
    // Between two rates, a change in % that is not their ratio but their difference is a slip for 个百分点.
    const asPoints = from.rate && Math.abs(Math.abs(d) - rate.value) <= from.slack + to.slack + rate.slack
    if (bounds && asPoints && outside(rate, bounds))
      out.push({
        at: rate,
        message: `从${shown(from)}到${shown(to)}相差${shown(rate)}，两个百分比之差应写作“${rate.attrs.value}${POINTS_OF[from.base]}”，请核对。`,
      })
    else if (bounds && d !== 0 && d > 0 !== (rate.role === 'rate-up'))
      out.push({
        at: rate,
        message: `从${shown(from)}到${shown(to)}是${d > 0 ? '增加' : '减少'}，文中却说${rate.role === 'rate-up' ? '增长' : '下降'}，请核对。`,
      })
    else if (bounds && outside(rate, bounds))
      out.push({
        at: rate,
        message: `从${shown(from)}到${shown(to)}，算下来变化约${around(bounds)}，文中写的是${shown(rate)}，请核对。`,
      })
  })
  return out
}

/**
 * The readings of what a sentence counts now, before figure `i`, in `base`: the last value, and when
 * that is a part after 其中, also the whole the parts are of (粮食总产预计52.8万吨，其中夏粮27.6万吨、
 * 秋粮25.2万吨，比去年的51.6万吨增长2.3%: of the whole or of 秋粮, the words cannot tell). A base
 * of comparison (比去年的51.6万吨) is last year's level, none of them.
 */
function nowReadings(figures: readonly Figure[], i: number, base: string): Figure[] {
  const now = (f: Figure, j: number) =>
    !f.rate && f.role === null && !f.per && f.base === base && !isShareWhole(figures, j)
  const last = lastBefore(figures, i, now)
  const whole = lastBefore(figures, i, (f, j) => now(f, j) && !f.part)
  return [last, whole].filter((f, k, all): f is Figure => f !== undefined && all.indexOf(f) === k)
}

/** A figure joined to the one before it as the next of a list (、 和 及 与). */
const LIST_NEXT = /^[、和及与]$/

/**
 * The index of the level a rate is measured against: the figure right before it, or, for rates
 * listed 分别 after as many levels listed alike (死亡9人，比上年的21起、12人分别下降19.0%和25.0%;
 * 比上年的486户、1,260人分别增长8.2%、6.5%), the level of the same place in its list. Null when
 * the lists differ in length.
 */
function baseOfRate(figures: readonly Figure[], i: number): number | null {
  let first = i
  while (first > 0 && isRate(figures[first - 1]) && LIST_NEXT.test(figures[first].words)) first--
  let from = first
  while (from > 0 && figures[from - 1].role === 'base' && (from === first || LIST_NEXT.test(figures[from].words)))
    from--
  const bases = first - from
  if (bases <= 1) return i === first ? i - 1 : null
  let last = i
  while (last + 1 < figures.length && isRate(figures[last + 1]) && LIST_NEXT.test(figures[last + 1].words)) last++
  const respectively = /分别/.test(figures[first].words)
  return respectively && last - first + 1 === bases ? from + (i - first) : null
}

/**
 * The value a listed level (baseOfRate) is compared with: the figure of the same place among as
 * many plain values, each in its level's unit, last before the levels (全县新增城镇就业3,860人、农村劳动力转移1.2万人，比上年
 * 的3,520人、1.1万人分别增长9.7%和9.1%), else undefined (read as for one level: nowReadings).
 */
function nowOfListed(figures: readonly Figure[], at: number): Figure | undefined {
  let from = at
  while (from > 0 && figures[from - 1].role === 'base' && LIST_NEXT.test(figures[from].words)) from--
  const bases: Figure[] = []
  for (
    let j = from;
    j < figures.length && figures[j].role === 'base' && (j === from || LIST_NEXT.test(figures[j].words));
    j++
  )
    bases.push(figures[j])
  if (bases.length <= 1) return undefined
  const nows = figures.slice(0, from).filter(isPlain).slice(-bases.length)
  const listed = nows.length === bases.length && nows.every((f, k) => f.base === bases[k].base)
  return listed ? nows[at - from] : undefined
}

/**
 * A growth rate right after the level it is measured against (486.3亿元，比去年同期的453.6亿元
 * 增长7.2%; 比上年的51.6万吨增长2.3%): the value the sentence counts now over that level. Quiet when
 * one reading of that value (nowReadings) gives the rate.
 */
function againstBaseFindings(figures: Figure[]): Found[] {
  const out: Found[] = []
  for (const [i, rate] of figures.entries()) {
    const at = baseOfRate(figures, i)
    const base = at === null ? undefined : figures[at]
    if (!isRate(rate) || !base || base.role !== 'base' || base.rate || /[，,；;：:]/.test(rate.words)) continue
    if (base.value - base.slack <= 0) continue
    const up = rate.role === 'rate-up'
    const fits = (now: Figure) => {
      const d = now.value - base.value
      const bounds = rateBounds(
        { value: Math.abs(d), slack: now.slack + base.slack },
        { low: base.value - base.slack, high: base.value + base.slack },
      )
      return bounds !== null && (d === 0 || d > 0 === up) && !outside(rate, bounds)
    }
    const listed = at === null ? undefined : nowOfListed(figures, at)
    const readings = listed ? [listed] : nowReadings(figures, at ?? i - 1, base.base)
    const now = readings.at(-1)
    if (!now || readings.some(fits)) continue
    const d = now.value - base.value
    const bounds = rateBounds(
      { value: Math.abs(d), slack: now.slack + base.slack },
      { low: base.value - base.slack, high: base.value + base.slack },
    )
    if (bounds)
      out.push({
        at: rate,
        message: `${shown(now)}比${shown(base)}${d >= 0 ? '增长' : '下降'}，算下来约${around(bounds)}，文中写的是${up ? '增长' : '下降'}${shown(rate)}，请核对。`,
      })
  }
  return out
}

/**
 * The change a sentence states between the two levels it names: in points between two rates
 * (由上年的86%提高到92%，提高6个百分点), or in the levels' own unit (人均面积由2020年底的0.96平方米
 * 提高到1.32平方米，提高0.36平方米): their difference, each end allowed its rounding, and the
 * direction the verb says.
 */
function pointsFindings(figures: Figure[]): Found[] {
  const out: Found[] = []
  for (const [i, said] of figures.entries()) {
    // 新增 (累计新增, 净增) right after the second end, of no thing named, is the rise between the ends.
    const change: Figure =
      said.role === null && ADDED_BETWEEN_ENDS.test(said.words) ? { ...said, role: 'change-up' } : said
    if (change.role !== 'change-up' && change.role !== 'change-down') continue
    // The change said right after the second end, of no other thing (…提高到62.5%，森林覆盖率提高0.5个百分点).
    const to = figures[i - 1]
    if (!to || to.role !== 'to') continue
    const ofLevels = to.rate
      ? isPoints(change) && POINTS_OF[to.base] === change.base && !/[率例重]/.test(change.words)
      : !change.rate && change.base === to.base && !NAMED_CHANGE.test(change.words)
    if (!ofLevels) continue
    const from = figures.filter((f) => f.role === 'from' && f.base === to.base && f.offset < to.offset).at(-1)
    if (!from) continue
    const found = changeOfEnds(endOf(from), endOf(to), change, `从${shown(from)}到${shown(to)}`)
    if (found) out.push(found)
  }
  return out
}

/**
 * The words of a rise said right after a change's second end, naming no thing of its own: 由2020年底的
 * 440个增加到2025年底的1,890个，累计新增1,450个; 由12家增加到20家，新增8家. (新增 alone is a flow, not a
 * change: see change-up.)
 */
const ADDED_BETWEEN_ENDS = /^[，,](?:累计|共|合计)?(?:新增|净增)了?$/

/** Words before a level given beside a rate to compare with it: 比全省平均水平（, 高于全市（. */
const AGAINST_BESIDE = /(?:比|较|高于|低于|超过|快于|慢于)[^，。；：]{0,16}[（(]$/
/** Words after that level, before the gap: ）高出, ）低, ）. Group 1: the way, when said here. */
const GAP_BESIDE = /^[）)](高|低|多|少|快|慢)?出?了?$/

/**
 * A rate, a level of another place or group given beside it in brackets, and the gap said between
 * them in points: 退役军人就业率达到94.6%，比全省平均水平（92.3%）高出2.3个百分点; 高于全市（86.5%）
 * 3.1个百分点. The gap is their difference, each allowed its rounding. The rate's own change in
 * points may stand between it and the comparison (森林覆盖率达到63.8%，比2020年提高2.1个百分点，高于
 * 全市平均水平（58.2%）5.6个百分点): the rate compared is the last one before the other's that is no such change.
 */
/**
 * The last of `figures` before index `end` that `pick` takes (it is given each one's index), or
 * undefined: read back from `end`, so asking it of each figure of a paragraph does not walk the
 * paragraph each time (figures.slice(0, i).filter(…).at(-1) did: 20,000 figures in one paragraph).
 */
function lastBefore(
  figures: readonly Figure[],
  end: number,
  pick: (f: Figure, index: number) => boolean,
): Figure | undefined {
  for (let j = Math.min(end, figures.length) - 1; j >= 0; j--) if (pick(figures[j], j)) return figures[j]
  return undefined
}

function besideGapFindings(figures: Figure[]): Found[] {
  const out: Found[] = []
  for (const [i, gap] of figures.entries()) {
    out.push(...gapThenLevel(figures, i))
    const other = figures[i - 1]
    if (!other || !isPoints(gap)) continue
    const own = lastBefore(figures, i - 1, (f) => !isPoints(f))
    if (!own || own.base !== other.base || POINTS_OF[own.base] !== gap.base) continue
    const against = AGAINST_BESIDE.exec(other.words)
    const after = GAP_BESIDE.exec(gap.words)
    if (!against || !after) continue
    const lower = /低|少|慢/.test(after[1] ?? against[0])
    const found = changeOfEnds(
      endOf(other),
      endOf(own),
      { ...gap, role: lower ? 'change-down' : 'change-up' },
      `${shown(own)}和${shown(other)}`,
    )
    if (found) out.push(found)
  }
  return out
}

/** Words before a gap in points said against another place or group, no bracket yet: ，高于全市, ，比全省高. */
const AGAINST_GAP = /(?:比|较|高于|低于|超过|快于|慢于)[^，。；：（）()]{0,16}$/
/** Words before that place's level, in brackets after the gap: （全市年均增长, （全省同比增长. */
const LEVEL_IN_BRACKETS = /^[（(][^，。；：（）()]{0,16}$/

/**
 * The same comparison with the other's level in brackets after the gap: 年均增长6.4%，高于全市0.6个
 * 百分点（全市年均增长5.8%）; 同比增长7.2%，高于全省平均水平2.1个百分点（全省同比增长5.1%）. The gap at
 * `i` is the difference of the rate before it and the level after it.
 */
function gapThenLevel(figures: Figure[], i: number): Found[] {
  const gap = figures[i]
  const other = figures[i + 1]
  const own = figures
    .slice(0, i)
    .reverse()
    .find((f) => !isPoints(f))
  if (!own || !other || !isPoints(gap) || own.base !== other.base || POINTS_OF[own.base] !== gap.base) return []
  if (!AGAINST_GAP.test(gap.words) || !LEVEL_IN_BRACKETS.test(other.words)) return []
  const lower = /低|少|慢/.test(AGAINST_GAP.exec(gap.words)?.[0] ?? '')
  const found = changeOfEnds(
    endOf(other),
    endOf(own),
    { ...gap, role: lower ? 'change-down' : 'change-up' },
    `${shown(own)}和${shown(other)}`,
  )
  return found ? [found] : []
}

/** One end of a change: its value and slack in base units, and the number as written (for its decimals). */
interface End {
  value: number
  slack: number
  written: string | null
}

const endOf = (f: Figure): End => ({ value: f.value, slack: f.slack, written: f.attrs.value })

/**
 * The change stated between two levels (`change`, after the second), against their difference:
 * each end allowed its rounding, and the direction the verb says. `span` names the two ends as
 * the message shows them (从86%到92%, 上年是96.3%，今年96.8%，). The one reading of a change in
 * points or in the levels' unit, for ends the sentence names and for last year's from the store.
 */
function changeOfEnds(from: End, to: End, change: Figure, span: string): Found | null {
  const d = to.value - from.value
  const slack = from.slack + to.slack
  const up = change.role === 'change-up'
  if (Math.abs(d) > slack && d > 0 !== up)
    return { at: change, message: `${span}是${d > 0 ? '提高' : '下降'}，文中却说${up ? '提高' : '下降'}，请核对。` }
  if (Math.abs(Math.abs(d) - change.value) <= slack + change.slack) return null
  const decimals = Math.max(...[from, to].map((e) => e.written?.split('.')[1]?.length ?? 0))
  const inUnit = Math.abs(d) / parseUnit(change.attrs.unit).factor
  return {
    at: change,
    message: `${span}相差${inUnit.toFixed(decimals)}${change.attrs.unit}，文中写的是${shown(change)}，请核对。`,
  }
}

/**
 * 由2020年的A增加到2025年的B，年均增长r%: the compound rate over the years between. When the
 * second end names no year (“十四五”以来，由2020年的A增加到B，年均增长r%), the rate's span says
 * where it ends, else the year of the figure itself (the year the part reviews).
 */
/**
 * How far a year's prices may move on average over a span, in %: growth at comparable prices
 * (地区生产总值, 增加值, 产值) is the nominal growth less it. Between −1% (the deflation of
 * 2023—2024 averaged under 1%) and 5% a stated rate is a real growth the levels allow (tryout 15:
 * 198.6→286.5亿元 is 7.6% a year at current prices, 年均增长6.8% at comparable ones); past it, a slip
 * (221.5→306.8亿元 is 6.7%, and 年均增长8.7% would need prices to fall 1.8% a year).
 */
const PRICE_CHANGE = { low: -1, high: 5 }

function averageFindings(from: Figure, to: Figure, rate: Figure): Found[] {
  const start = yearIn(from.words)
  const end = yearIn(to.words) ?? (rate.attrs.period ? Number(rate.attrs.period.slice(5)) : to.attrs.year)
  if (start === null || end === null || end <= start || from.value - from.slack <= 0) return []
  const n = end - start
  const grow = (a: number, b: number) => ((b / a) ** (1 / n) - 1) * 100
  const bounds = {
    low: grow(from.value + from.slack, to.value - to.slack),
    high: grow(from.value - from.slack, to.value + to.slack),
  }
  const stated = rate.role === 'rate-up' ? rate : { ...rate, attrs: { ...rate.attrs, value: `-${rate.attrs.value}` } }
  if (atComparablePrices(to.attrs.label, rate.words) || atComparablePrices(from.attrs.label, rate.words)) {
    const real = (nominal: number, prices: number) => ((1 + nominal / 100) / (1 + prices / 100) - 1) * 100
    const allowed = { low: real(bounds.low, PRICE_CHANGE.high), high: real(bounds.high, PRICE_CHANGE.low) }
    if (!outside(stated, allowed)) return []
    const higher = Number(stated.attrs.value) > allowed.high
    return [
      {
        at: rate,
        message: `从${start}年的${shown(from)}到${end}年的${shown(to)}，按现价算${n}年间年均约${around(bounds)}；按可比价算的增速不会比它${higher ? '高' : '低'}这么多，文中写的是${shown(rate)}，请核对。`,
      },
    ]
  }
  if (!outside(stated, bounds)) return []
  return [
    {
      at: rate,
      message: `从${start}年的${shown(from)}到${end}年的${shown(to)}，${n}年间年均变化约${around(bounds)}，文中写的是${shown(rate)}，请核对。`,
    },
  ]
}

/**
 * A list of parts after 其中 and where its whole may be: the figures of `from`…`to`, the parts
 * those at or after `partsFrom`, and the offsets of the ； that part its items, if any.
 */
interface PartsList {
  from: number
  partsFrom: number
  to: number
  items: number[]
  /** 其中 opens the sentence: the whole is in the sentence before. */
  opensSentence: boolean
  /**
   * The sentence opens by the kind it sorts things into (从产业看, lang/lists BY_KIND), not 其中: read
   * only as a list of two or more parts. One part alone (从案件类型看，三类案件120起，占发案总数的64.5%)
   * may be of another whole than the sentence before's (6月份发案38起: held-out 170).
   */
  byKind?: true
}

/** A sentence or clause that opens with 其中, and 其中 with a colon. */
const OPENS_WITH_PARTS = new RegExp(`^\\s*(?:${PARTS_WORD}|${BY_KIND.source})`)
const PARTS_WITH_COLON = new RegExp(`${PARTS_WORD}[：:]`)

/**
 * Where lists of parts are, sentence by sentence (。！？):
 * - 其中 opening a sentence (全年完成交易项目2846宗。其中，工程建设项目1236宗、交易额312.5亿元；
 *   政府采购项目1168宗……): the whole is in the sentence before, the parts run to the end, an item between ；;
 * - 其中 and a colon within one (全年完成交易项目2846宗，其中：工程建设项目1236宗；……): likewise, the whole before it;
 * - 其中 within a clause (其中市本级32个、县（区）54个；查出问题金额……): the list ends with its clause;
 *   opening one after ； (播种面积86.4万亩，同比增加1.2万亩；其中小麦……), the whole is in the clause before.
 */
function partsLists(text: string): PartsList[] {
  const out: PartsList[] = []
  const semicolons = (a: number, b: number) => [...text.slice(a, b).matchAll(/；/g)].map((m) => a + (m.index ?? 0))
  let previous = 0
  let start = 0
  for (const end of [...[...text.matchAll(/[。！？]/g)].map((m) => (m.index ?? 0) + 1), text.length]) {
    if (end <= start) continue
    const sentence = text.slice(start, end)
    const colon = PARTS_WITH_COLON.exec(sentence)
    if (OPENS_WITH_PARTS.test(sentence))
      out.push({
        from: previous,
        partsFrom: start,
        to: end,
        items: semicolons(start, end),
        opensSentence: true,
        ...(OPENS_WITH_PARTS.exec(sentence)?.[0].includes(PARTS_WORD) ? {} : { byKind: true as const }),
      })
    else if (colon)
      out.push({
        from: start,
        partsFrom: start + colon.index,
        to: end,
        items: semicolons(start + colon.index, end),
        opensSentence: false,
      })
    else {
      let a = start
      let before = start
      for (const b of [...semicolons(start, end).map((i) => i + 1), end]) {
        const clause = text.slice(a, b)
        const at = clause.indexOf(PARTS_WORD)
        // "播种面积86.4万亩，同比增加1.2万亩；其中小麦……": 其中 opening a clause after ； breaks down the clause before.
        const from = OPENS_WITH_PARTS.test(clause) ? before : a
        if (at >= 0) out.push({ from, partsFrom: a + at, to: b, items: [], opensSentence: false })
        else {
          // "9户市属企业中，7户实现盈利、2户亏损": a count of things, then 中 (read as parts only when
          // the words are the count's own things: amongWhole).
          const among = AMONG_IN_TEXT.exec(clause) ?? kindAmong(clause)
          if (among) out.push({ from: a, partsFrom: a + among.index + 1, to: b, items: [], opensSentence: false })
        }
        before = a
        a = b
      }
    }
    previous = start
    start = end
  }
  return out
}

/**
 * Whether a part counted with one measure word is one of the things its whole counts with another
 * (美术作品46幅 of 作品97件): both are counts of things, and the part's name ends as the whole's does.
 */
function sameThingsCounted(part: Figure, whole: Figure): boolean {
  const head = whole.attrs.label.slice(-2)
  return (
    part.base !== whole.base &&
    COUNTING_UNIT.test(part.base) &&
    COUNTING_UNIT.test(whole.base) &&
    head.length === 2 &&
    part.attrs.label.endsWith(head)
  )
}

/**
 * Which of the things a sentence lists before 其中 its parts break down, when the parts say it:
 * a part named as that thing with a qualifier before it. 全年供应化肥6.82万吨、农药1160吨、农膜850吨，
 * 其中春耕期间供应化肥3.95万吨 breaks down 供应化肥, not 农膜, the figure nearest; 出口额, not 进口额,
 * for 对东盟出口额. Otherwise the nearest (受理案件520件，审结498件，其中民事案件…: the cases decided).
 */
function namedWhole(candidates: readonly Figure[], part: Figure): Figure | undefined {
  const names = (f: Figure) =>
    f.attrs.label.length >= 2 &&
    f.attrs.label.length < part.attrs.label.length &&
    part.attrs.label.endsWith(f.attrs.label)
  const nearest = candidates.at(-1)
  return nearest && !names(nearest) ? (candidates.filter(names).at(-1) ?? nearest) : nearest
}

/**
 * The parts after 其中 without those a part before them breaks down: a part whose name the next
 * parts' names end with, and which they make up, is their subtotal (其中A级景区11家，4A级景区3家、
 * 3A级景区8家; 其中国有企业12家，市属国有企业5家、县属国有企业7家): the kinds inside it are not
 * counted again. Parts of other names (民事案件320件，刑事案件150件、行政案件170件) are all counted.
 */
export function withoutNested<T extends { value: number; slack: number; attrs: { label: string } }>(parts: T[]): T[] {
  const out: T[] = []
  for (let i = 0; i < parts.length; i++) {
    out.push(parts[i])
    const name = parts[i].attrs.label
    if (name.length < 2) continue
    let sum = 0
    let slack = parts[i].slack
    for (let j = i + 1; j < parts.length && parts[j].attrs.label.endsWith(name) && parts[j].attrs.label !== name; j++) {
      sum += parts[j].value
      slack += parts[j].slack
      if (j > i + 1 && Math.abs(sum - parts[i].value) <= slack) {
        i = j
        break
      }
    }
  }
  return out
}

/**
 * Whether parts adding to `sum` (each rounded, `slack` their rounding and the whole's together) are
 * more than a whole written as `whole`. A written figure stands for the values that round to it, half
 * up: 3.2 for 3.15 up to but not 3.25. Parts at the least they may be that still reach the whole's
 * open end are more than it (1.3、1.5、0.6万亩 are at least 3.25万亩, which would be written 3.3, not
 * 3.2); a whole written exact (a count of 86) is reached, not passed. The small margin keeps the sum
 * of decimals in binary from deciding.
 */
const overWhole = (sum: number, slack: number, whole: { value: number; slack: number }) =>
  whole.slack > 0 ? sum - slack >= whole.value - 1e-9 * Math.max(1, Math.abs(whole.value)) : sum - slack > whole.value

/**
 * Parts after 其中 that add to more than their whole (or fall just short of it, as an info), in
 * each unit the list counts in. Items parted by ； count by the first figure of each unit in
 * them (政府采购项目1168宗、交易额58.6亿元，节约财政资金4.72亿元: 58.6亿元 is the item's share
 * of the whole, 4.72亿元 a detail of it).
 */
function partsFindings(figures: Figure[], list: PartsList): Found[] {
  const out: Found[] = []
  const listed = figures.filter((f) => f.part && f.offset >= list.partsFrom)
  const itemOf = (f: Figure) => list.items.filter((i) => i < f.offset).length
  const firstOfItems = (ofBase: Figure[]) =>
    list.items.length ? ofBase.filter((f, i) => ofBase.findIndex((g) => itemOf(g) === itemOf(f)) === i) : ofBase
  // "作品97件，其中文学作品39件、美术作品46幅、音乐作品12首": each kind of thing its own measure word,
  // all of them the whole's things (their names end as its name does): counted in the whole's unit.
  const before = figures.filter((f) => f.offset < list.partsFrom && isPlain(f)).at(-1)
  const baseOf = (f: Figure) => (before && sameThingsCounted(f, before) ? before.base : f.base)
  // Parts saying attributes of the same people (35岁以下的, 大专及以上学历的) overlap: each adds up on its own.
  const lists = [...new Set(listed.map(baseOf))].flatMap((base) =>
    addingLists(
      firstOfItems(listed.filter((f) => baseOf(f) === base)),
      (f) => f.attrs.label,
      (f) => f.value,
    ),
  )
  for (const listedParts of lists) {
    if (list.byKind && listedParts.length < 2) continue
    const base = baseOf(listedParts[0])
    // The level a change reached is a whole too: 由上年的412辆压减到386辆，其中执法执勤用车231辆…
    const wholes = figures.filter(
      (f) =>
        f.offset < listedParts[0].offset &&
        f.base === base &&
        !f.rate &&
        (f.role === null || f.role === 'to') &&
        !f.part &&
        !f.per,
    )
    // Within the sentence, the whole is the figure just before 其中; in the sentence before, which
    // of its figures is meant is not said (受理520件，审结498件。其中，民事案件320件……): the largest.
    // Not a target the sentence measures its progress by (累计组织税费收入28.64亿元，完成年度预期目标
    // 31.5亿元的90.9%。其中，税收收入…; 招收新生1,286人，完成市下达招生计划1,200人的107.2%，其中
    // 三年制中职1,032人…): the parts break down what was done.
    const done = wholes.filter((f) => !STATED_TARGET.test(clauseOf(f.words)))
    const inSentence = wholes.filter((f) => f.offset >= list.from)
    const doneInSentence = done.filter((f) => f.offset >= list.from)
    const whole = list.opensSentence
      ? (done.length ? done : wholes).reduce<Figure | undefined>((a, f) => (a && a.value >= f.value ? a : f), undefined)
      : (namedWhole(doneInSentence.length ? doneInSentence : inSentence, listedParts[0]) ??
        doneInSentence.at(-1) ??
        wholes.at(-1))
    if (!whole) continue
    // Parts that already make the whole close it: a figure after them would add nothing, so it
    // counts a subset or an outcome of the whole (…，市级抽检1280批次，不合格34批次), not a part.
    // Not when the next one is listed with them (……16起、工矿商贸领域5起、火灾2起): an item of the
    // same enumeration is a part, whatever the ones before it add up to.
    const closing = listedParts.findIndex((_, i) => {
      const prefix = listedParts.slice(0, i + 1)
      const slack = prefix.reduce((s, p) => s + p.slack, whole.slack)
      const listedNext = LISTED_WITH.test(listedParts[i + 1]?.words ?? '')
      return !listedNext && Math.abs(prefix.reduce((s, p) => s + p.value, 0) - whole.value) <= slack
    })
    const parts = withoutNested(closing >= 0 ? listedParts.slice(0, closing + 1) : listedParts)
    const sum = parts.reduce((s, p) => s + p.value, 0)
    const slack = whole.slack + parts.reduce((s, p) => s + p.slack, 0)
    const [first, last] = [parts[0], parts[parts.length - 1]]
    const inUnit = (v: number) => Number((v / parseUnit(whole.attrs.unit).factor).toFixed(6))
    // "其中来信120件、来访150件，合计270件": the total said again right after the parts.
    const next = figures[figures.indexOf(last) + 1]
    const restated = next && next.base === base && RESTATED_TOTAL.test(next.words) ? next : undefined
    // The sentence's words before the whole, where it may count the kinds (两项考试共……).
    const upTo = figures.slice(0, figures.indexOf(whole) + 1)
    const said = upTo.map((f, i) => (i < upTo.length - 1 ? f.words + shown(f) : f.words)).join('')
    const complete = completeness(
      parts.map((p) => p.attrs.label),
      whole.attrs.label,
      said.slice(Math.max(...[...'。！？'].map((m) => said.lastIndexOf(m))) + 1),
    )
    if (overWhole(sum, slack, whole))
      out.push({
        at: first,
        through: last,
        message:
          parts.length > 1
            ? `其中各项加起来是${inUnit(sum)}${whole.attrs.unit}，超过了总数${shown(whole)}，请核对。`
            : `其中${first.attrs.label}${shown(first)}，超过了总数${shown(whole)}，请核对。`,
      })
    // Parts the text shows are all of the whole (专职、兼职; …、其他项目) must make it, not less.
    else if (sum + slack < whole.value && complete)
      out.push({
        at: first,
        through: last,
        message: `其中各项加起来是${inUnit(sum)}${whole.attrs.unit}，比总数${shown(whole)}少${inUnit(whole.value - sum)}${whole.attrs.unit}；${complete}，请核对。`,
      })
    // The two sources of an income, given and earned, well short of it: 其他收入 is seldom so large.
    else if (
      sum + slack < whole.value * 0.9 &&
      bothIncomeSources(
        parts.map((p) => p.attrs.label),
        whole.attrs.label,
      )
    )
      out.push({
        at: first,
        through: last,
        message: `其中${first.attrs.label}和${last.attrs.label}加起来是${inUnit(sum)}${whole.attrs.unit}，比${whole.attrs.label}${shown(whole)}少${inUnit(whole.value - sum)}${whole.attrs.unit}；收入只有这两项来源时应正好相等，请核对。`,
      })
    // Listed parts covering all but a sliver of the whole: more likely a slip than a part left out.
    // (One part alone may be all but a sliver of its whole: 其中高校毕业生 of the new jobs, say.)
    else if (parts.length > 1 && sum + slack < whole.value && whole.value - sum < whole.value * 0.01)
      out.push({
        at: first,
        through: last,
        severity: 'info',
        message: `其中各项加起来是${inUnit(sum)}${whole.attrs.unit}，比总数${shown(whole)}少一点；若已列全，可能有个数字写错了。`,
      })
    else if (restated && Math.abs(sum - restated.value) > slack - whole.slack + restated.slack)
      out.push({
        at: first,
        through: last,
        message: `其中各项加起来是${inUnit(sum)}${whole.attrs.unit}，后面合计写的是${shown(restated)}，请核对。`,
      })
    // 其中 opening a sentence, read against the largest figure of the one before, may break down
    // another of its figures (毕业生3,286人，落实毕业去向3,115人。其中，协议就业2,216人，升学586人……):
    // parts that add up to one slip of the keys from that figure (3,215 against 3,115), and do not
    // make the largest, likely hold the slip. A note, as the text does not say which figure they
    // break down. Several parts: one part alone (其中，查处管网占压12处) against a figure one key from
    // it (剩余16处) is chance, not a sum (held-out 234).
    else if (list.opensSentence && parts.length > 1 && sum + slack < whole.value) {
      const other = (done.length ? done : wholes).find(
        (f) =>
          f !== whole && f.offset >= list.from && Math.abs(f.value - sum) > slack + f.slack && slipApart(f.value, sum),
      )
      if (other)
        out.push({
          at: first,
          through: last,
          severity: 'info',
          message: `其中各项加起来是${inUnit(sum)}${whole.attrs.unit}，和前面的${other.attrs.label}${shown(other)}只差一个数字；若分的是这一项，可能有个数字写错了。`,
        })
    }
  }
  return out
}

/**
 * Breakdowns that leave nothing out: their parts must add up to the whole exactly, not just stay
 * under it. Each row names its parts by how their labels end. Adding a breakdown is adding a row.
 */
export const COMPLETE_BREAKDOWNS: readonly { id: string; purpose: string; parts: readonly string[] }[] = [
  {
    id: 'medals',
    purpose:
      '奖牌总数是金、银、铜牌之和：获得奖牌10枚，其中金牌3枚、银牌2枚、铜牌5枚；金牌3枚、银牌2枚、铜牌5枚，共10枚。',
    parts: ['金牌', '银牌', '铜牌'],
  },
]

/** A complete breakdown whose parts do not add up to its whole, stated before them or after (共N). */
function breakdownFindings(figures: Figure[]): Found[] {
  const out: Found[] = []
  for (const row of COMPLETE_BREAKDOWNS) {
    const parts = row.parts.map((name) => figures.find((f) => !f.rate && f.attrs.label.endsWith(name)))
    if (parts.some((p) => !p)) continue
    const listed = parts.filter((p): p is Figure => p !== undefined).sort((a, b) => a.offset - b.offset)
    const [first, last] = [listed[0], listed[listed.length - 1]]
    if (listed.some((p) => p.base !== first.base)) continue
    const whole =
      figures.find((f) => f.offset > last.offset && f.base === first.base && RESTATED_TOTAL.test(f.words)) ??
      figures.filter((f) => f.offset < first.offset && f.base === first.base && !f.rate && f.role === null).at(-1)
    if (!whole) continue
    const sum = listed.reduce((n, p) => n + p.value, 0)
    if (Math.abs(sum - whole.value) > whole.slack + listed.reduce((n, p) => n + p.slack, 0))
      out.push({
        at: first,
        through: last,
        message: `${row.parts.join('、')}加起来是${Number((sum / parseUnit(whole.attrs.unit).factor).toFixed(6))}${whole.attrs.unit}，总数写的是${shown(whole)}，请核对。`,
      })
  }
  return out
}

/**
 * The total said right after a list of kinds, its own clause: ……三等奖9项，奖项总数16项; ……，共计86个.
 * Group-free: the words between the list's last figure and the total.
 */
const LIST_TOTAL = /^[，,]\s*[\u4e00-\u9fff]{0,6}?(?:总数|总计|合计|共计|总共|共)(?:达到?|为|是|有)?$/
/**
 * A total that says it is the sum of what comes before (合计, 总计): it adds the list up whatever
 * the list's names are (专职巡护员412名、生态护林员824名，合计1236名), where 共 and 总数 may count
 * something wider than a list of unlike names.
 */
const SUM_WORD = /(?:合计|总计)(?:达到?|为|是|有)?$/
/** The words before an item joined to the one before by 、, with no other mark: 、二等奖. */
const LISTED_ITEM = /^、[^，,；;：:。！？]*$/

/**
 * Kinds of one thing listed with 、 (一等奖2项、二等奖5项、三等奖9项: their names end alike, in two
 * characters or more) and their total said right after them (，奖项总数16项): the total is theirs,
 * so they add up to it. More than it is wrong; less may leave a kind unlisted (优秀奖), a note.
 */
function listTotalFindings(figures: Figure[]): Found[] {
  const out: Found[] = []
  figures.forEach((total, i) => {
    if (i < 2 || !isPlain(total) || !LIST_TOTAL.test(total.words)) return
    const list: Figure[] = []
    for (let j = i - 1; j >= 0; j--) {
      const f = figures[j]
      if (!isPlain(f) || f.per || f.base !== total.base) break
      list.unshift(f)
      if (!LISTED_ITEM.test(f.words)) break
    }
    if (list.length < 2 || list.slice(1).some((f) => !LISTED_ITEM.test(f.words))) return
    if (sharedEnd(list.map((f) => f.attrs.label)).length < 2 && !SUM_WORD.test(total.words)) return
    const sum = list.reduce((n, f) => n + f.value, 0)
    const slack = list.reduce((n, f) => n + f.slack, total.slack)
    if (Math.abs(sum - total.value) <= slack) return
    const added = `${list.map(shown).join('、')}加起来是${Number((sum / parseUnit(total.attrs.unit).factor).toFixed(6))}${total.attrs.unit}，后面总数写的是${shown(total)}`
    out.push(
      sum > total.value
        ? { at: list[0], through: total, message: `${added}，请核对。` }
        : { at: list[0], through: total, severity: 'info', message: `${added}；若已列全，请核对。` },
    )
  })
  return out
}

/**
 * A sum that says how many figures it adds (两项合计, 以上三项共计, 二者合计), its own clause: group 1
 * the count, in Chinese numerals.
 */
const COUNTED_SUM = new RegExp(
  `(?:^|[，,；;])(?:以上|上述|这|前)?(${COUNT_WORDS})(?:项|类|者|个方面)(?:数量|数)?(?:合计|共计|总计|共|累计)(?:达到?|为|是|有)?$`,
)

/**
 * "对615块违规户外广告牌依法拆除，对238块破损店招店牌督促规范提升，两项合计853块", "新建公办园6所、
 * 改扩建9所，两项共计15所": the sum is of the last figures before it in its unit, as many as it says,
 * in its sentence, each a plain count (no rate, no change, no part of another whole).
 */
function countedSumFindings(figures: Figure[]): Found[] {
  const out: Found[] = []
  figures.forEach((total, i) => {
    const said = COUNTED_SUM.exec(total.words)
    const n = said ? parseChineseCount(said[1]) : null
    if (!n || n < 2 || total.rate || total.per) return
    const added = figures.slice(0, i).filter((f) => f.base === total.base && !f.rate && !f.per)
    const list = added.slice(-n)
    if (list.length < n || list.some((f) => f.role !== null)) return
    const sum = list.reduce((m, f) => m + f.value, 0)
    const slack = list.reduce((m, f) => m + f.slack, total.slack)
    if (Math.abs(sum - total.value) <= slack) return
    out.push({
      at: total,
      message: `${list.map(shown).join('、')}加起来是${Number((sum / parseUnit(total.attrs.unit).factor).toFixed(6))}${total.attrs.unit}，这里合计写的是${shown(total)}，请核对。`,
    })
  })
  return out
}

/**
 * The rest of a whole, after some of it is counted: ，其余11座正在建设; ，剩余8处限期整改; what is
 * still left of it, ，仍有15个正在整改中, ，尚有3户未脱贫 (not 另有, one more besides).
 */
const THE_REST = /^(?:其余|剩余|余下|剩下|仍有|尚有|尚余)(?:的)?$/

/**
 * A whole, what is counted of it, and the rest ("规划建设公墓32座，已建成21座，其余11座正在建设";
 * "86项年度改革任务，已完成82项，完成率95.3%，其余4项已取得阶段性成果"): the rest is what the
 * others leave, so whole = counted + rest. The whole is the sentence's first plain figure in the
 * rest's unit; a change or a part after 其中 on the way says another thing, and is left alone.
 */
function remainderFindings(figures: Figure[]): Found[] {
  const out: Found[] = []
  figures.forEach((rest, i) => {
    if (i < 2 || !isPlain(rest) || rest.per || !THE_REST.test(clauseOf(rest.words))) return
    const same = figures.slice(0, i).filter((f) => f.base === rest.base && !f.rate)
    if (same.length < 2 || same.some((f) => !isPlain(f) || f.per)) return
    const [whole, ...counted] = same
    const sum = counted.reduce((n, f) => n + f.value, rest.value)
    const slack = counted.reduce((n, f) => n + f.slack, rest.slack + whole.slack)
    if (Math.abs(sum - whole.value) <= slack) return
    out.push({
      at: counted[0],
      through: rest,
      message: `${[...counted, rest].map(shown).join('、')}加起来是${Number((sum / parseUnit(whole.attrs.unit).factor).toFixed(6))}${whole.attrs.unit}，总数写的是${shown(whole)}，“${clauseOf(rest.words).replace(/的$/, '')}”应是总数减去前面各项，请核对。`,
    })
  })
  return out
}

/** A total said right after a 分别 list, of what it lists: ……，基层科协组织总数达到86个. */
const TOTAL_AFTER = /(?:总数|总量|总计|合计|共计)(?:达到?|为|是|有)?$/

/** Names listed before 分别 and what they are given as: 县级领导带队走访和各单位自行走访分别为, 县级学会、企业科协分别发展到. */
const RESPECTIVELY = /^([\u4e00-\u9fff、和与及（）]+?)分别(?:为|是|达到?|有|发展到|增加到|增至|完成)$/

/** An average per household, loan, village or head said right after a count and its amount: ，户均, ，笔均, ，村均, ，人均. */
const PER_EACH_AFTER = /^[，,](?:户|笔|村|人|家|所|个)均$/

/**
 * A count, the amount it comes to, and the average per each said right after them (发放小额信贷386笔
 * 1,742万元，户均4.51万元; 帮扶村126个投入资金3,260万元，村均25.9万元): the average is the amount
 * over the count, each allowed its rounding.
 */
function perEachFindings(figures: Figure[]): Found[] {
  const out: Found[] = []
  figures.forEach((avg, i) => {
    const [count, amount] = [figures[i - 2], figures[i - 1]]
    if (!count || !amount || !PER_EACH_AFTER.test(avg.words) || avg.rate || amount.rate || count.rate) return
    // The count in things (笔, 户, 个), the amount and the average in one measure (元).
    if (amount.base !== avg.base || count.base === amount.base || count.base === '元') return
    // The amount right after its count (386笔1,742万元, 126个投入资金3,260万元): in the count's clause.
    if (/[，,；;。]/.test(amount.words) || count.value - count.slack <= 0) return
    const bounds = {
      low: (amount.value - amount.slack) / (count.value + count.slack),
      high: (amount.value + amount.slack) / (count.value - count.slack),
    }
    const factor = parseUnit(avg.attrs.unit).factor
    const r = avg.value
    const tolerance = unitOf(avg.attrs.value ?? '0') * factor
    if (r + tolerance < bounds.low || r - tolerance > bounds.high)
      out.push({
        at: avg,
        message: `${shown(amount)}分到${shown(count)}，算下来每${count.attrs.unit.slice(-1)}约${Number(((bounds.low + bounds.high) / 2 / factor).toFixed(2))}${avg.attrs.unit}，文中写的是${shown(avg)}，请核对。`,
      })
  })
  return out
}

/** 分别为 (分别是) right after a whole, naming nothing of its own: the whole split into the list that follows. */
const SPLIT_OF_WHOLE = /^[，,]分别(?:为|是)$/

/**
 * A whole split into a list right after it (三种渠道新招教师236名，分别为80名、42名、114名; 开展卫生监督
 * 检查1,860户次，分别是620户次、540户次、700户次): the list's items are the whole's parts, and cannot add
 * to more.
 */
function splitWholeFindings(figures: Figure[]): Found[] {
  const out: Found[] = []
  figures.forEach((first, i) => {
    const whole = figures[i - 1]
    if (!whole || !SPLIT_OF_WHOLE.test(first.words) || !isPlain(first) || !isPlain(whole) || whole.per) return
    if (whole.base !== first.base) return
    const list = [first]
    for (const f of figures.slice(i + 1)) {
      if (!/^[、和及与]$/.test(f.words) || f.base !== first.base || !isPlain(f)) break
      list.push(f)
    }
    if (list.length < 2) return
    const sum = list.reduce((n, f) => n + f.value, 0)
    const slack = list.reduce((n, f) => n + f.slack, whole.slack)
    if (sum - slack > whole.value)
      out.push({
        at: first,
        through: list[list.length - 1],
        message: `分别列出的各项加起来是${Number((sum / parseUnit(whole.attrs.unit).factor).toFixed(6))}${whole.attrs.unit}，超过了总数${shown(whole)}，请核对。`,
      })
  })
  return out
}

/** 分别占 one whole 的, then the shares: 分别占全县公共机构能源消费总量的16.7%、33.3%…. */
const SHARES_OF_ONE_WHOLE = /分别占[^，,；;。]{1,30}的$/

/**
 * Shares of one whole listed 分别 (县直机关、教育系统、卫生健康系统和乡镇能耗分别占全县公共机构能源
 * 消费总量的16.7%、33.3%、28.5%和21.5%): kinds named apart, each a share of the same whole, cannot
 * add to more than all of it. Not shares of a target (分别占县下达任务的106.7%、100%和112%): each is
 * of its own task.
 */
function sharesOfOneWholeFindings(figures: Figure[]): Found[] {
  const out: Found[] = []
  figures.forEach((first, i) => {
    const clause = clauseOf(first.words)
    if (first.base !== '%' || first.role !== null || !SHARES_OF_ONE_WHOLE.test(clause)) return
    // 分别占县下达任务的106.7%、100%和112%: each of its own target, a completion, not a share of one whole.
    if (STATED_TARGET.test(clause.slice(0, -1))) return
    const list = [first]
    for (const f of figures.slice(i + 1)) {
      if (!/^[、和及与]$/.test(f.words) || f.base !== '%' || f.role !== null) break
      list.push(f)
    }
    if (list.length < 2) return
    const sum = list.reduce((n, f) => n + f.value, 0)
    const slack = list.reduce((n, f) => n + unitOf(f.attrs.value ?? '0'), 0)
    if (sum - slack > 100)
      out.push({
        at: first,
        through: list[list.length - 1],
        message: `分别占同一总量的各项加起来是${Number(sum.toFixed(6))}%，超过了100%，请核对。`,
      })
  })
  return out
}

/** The longest ending all names share. */
function sharedEnd(names: string[]): string {
  let n = 0
  while (n < Math.min(...names.map((x) => x.length)) && names.every((x) => x.at(-n - 1) === names[0].at(-n - 1))) n++
  return n ? names[0].slice(-n) : ''
}

/**
 * Kinds of one thing given 分别 with their whole, in one sentence, the whole before them (全县共走访
 * 慰问老干部1,260人次，县级领导带队走访和各单位自行走访分别为426人次、834人次) or after them as its
 * total (……分别发展到18个、42个、26个，基层科协组织总数达到86个): named alike (…走访, …游客), they
 * are kinds of what the whole counts, and cannot add to more. Names that share no ending may
 * overlap (寄宿学生和留守儿童): what they add to past the whole is asked about, as a note.
 */
function respectivelyFindings(figures: Figure[]): Found[] {
  const out: Found[] = [
    ...splitWholeFindings(figures),
    ...sharesOfOneWholeFindings(figures),
    ...perEachFindings(figures),
  ]
  figures.forEach((first, i) => {
    const named = RESPECTIVELY.exec(clauseOf(first.words))
    if (!named || !isPlain(first)) return
    const names = named[1].split(/[、和与及]/).filter(Boolean)
    const list = [first]
    for (const f of figures.slice(i + 1)) {
      if (!/^[、和及与]$/.test(f.words) || f.base !== first.base || !isPlain(f)) break
      list.push(f)
    }
    if (list.length < 2 || names.length !== list.length) return
    // Names of one kind end alike (…走访, …游客); names that do not (县级学会、企业科协) are asked about.
    const head = sharedEnd(names)
    const alike = head.length >= 2 && !names.some((n) => n === head)
    const last = list[list.length - 1]
    // The whole: said before them in the sentence, or after them as its total (……，总数达到86个).
    const before = lastBefore(figures, i, (f) => isPlain(f) && !f.per && f.base === first.base)
    const after = figures[figures.indexOf(last) + 1]
    // The whole before them, named as the kinds are when they are alike; or the total after them.
    const whole =
      before && (!alike || `${clauseOf(before.words)}${before.attrs.label}`.includes(head))
        ? before
        : after && isPlain(after) && after.base === first.base && TOTAL_AFTER.test(clauseOf(after.words))
          ? after
          : undefined
    if (!whole) return
    const sum = list.reduce((n, f) => n + f.value, 0)
    const slack = list.reduce((n, f) => n + f.slack, whole.slack)
    if (sum - slack > whole.value) {
      const total = `${names.join('、')}加起来是${Number((sum / parseUnit(whole.attrs.unit).factor).toFixed(6))}${whole.attrs.unit}，超过了总数${shown(whole)}`
      // Kinds the table knows leave nothing over and share nothing (省内、省外); others may overlap
      // (党员志愿者、青年志愿者): a note that asks, not a warning.
      out.push(
        alike && completeness(names, whole.attrs.label)
          ? { at: first, through: last, message: `${total}，请核对。` }
          : { at: first, through: last, severity: 'info', message: `${total}；若这几类互不重叠，请核对。` },
      )
    }
  })
  return out
}

/** Whether one name ends with the other, and what the longer adds is not a negation (不合格 and 合格). */
function sameEnd(a: string, b: string): boolean {
  const [long, short] = a.length >= b.length ? [a, b] : [b, a]
  return long.endsWith(short) && !NEGATION_BEFORE.test(long.slice(0, -short.length))
}

/** A measure a part's name may end in that its rate's does not: 审减金额 and 审减率, 节约资金 and 节约率. */
const MEASURE_AFTER = /(?<=[\u4e00-\u9fff]{2})(?:金额|资金|数量|人数|户数|件数)$/

/** What ends the name of a share of a whole: 审结率, 新能源车辆占比, 税收收入比重, 装配式建筑比例. */
const SHARE_END = /(?:率|占比|比重|比例)$/
/** The share's name as written before it (参保率达到, 新能源车辆占比由上年的…提高到), when the words name one. */
const SHARE_WRITTEN = /([\u4e00-\u9fff]{2,})(?:率|占比|比重|比例)[^\u4e00-\u9fff]*(?:达到|为|是|达)?$/

/** The length of the start two names share. */
function sharedStart(a: string, b: string): number {
  let n = 0
  while (n < Math.min(a.length, b.length) && a[n] === b[n]) n++
  return n
}

/**
 * A share named after the count just before it in another way than by its ending, each kept to
 * the count right before the share:
 * - the share's name inside the count's (结余率 after 年终结余留用3,260万元, 税收占比 after
 *   税收收入9.8亿元), not after a negation (合格率 is not of 不合格22批次);
 * - a part after 其中 named by its first word, the share by that word and what the whole counts
 *   (总诊疗186.4万人次，其中基层医疗卫生机构121.7万人次，基层就诊率65.3%: 基层 + 诊 of 诊疗). Not a
 *   share of the part's own people (其中高校毕业生1200人，高校毕业生就业率95%: the part's whole name
 *   opens the share's), nor one whose words are the part's own (其中城镇新增就业3250人，城镇登记失业率);
 * - a share named by the part's deed and what the whole counts, every word of it from the two
 *   (结案率 after 办结203起 of 受理欠薪案件214起: 结 of 办结, 案 of 案件; after 执结 of 受理执行案件),
 *   not one that names the part whole (高校毕业生就业率 after 高校毕业生).
 */
export const SHARE_OF_PART_EXAMPLES = {
  match: [
    ['结余', '年终结余留用', '医保基金预付'],
    ['税收', '税收收入', '一般公共预算收入'],
    ['基层就诊', '基层医疗卫生机构', '医共体总诊疗'],
    // the part's deed of what the whole counts (人社, 法院, 司法)
    ['结案', '办结', '受理欠薪案件'],
    ['结案', '执结', '受理执行案件'],
    ['结案', '审结', '受理行政复议案件'],
  ],
  noMatch: [
    ['合格', '不合格', '抽检'],
    ['高校毕业生就业', '高校毕业生', '城镇新增就业'],
    ['城镇登记失业', '城镇新增就业', '全年新增就业'],
    ['结案', '立案', '受理举报线索'],
    ['办结', '受理', '信访事项'],
  ],
} as const
export function namesPartOtherwise(share: string, part: string, whole: string, listed: boolean): boolean {
  const at = part.indexOf(share)
  if (at >= 0 && !NEGATION_BEFORE.test(part.slice(0, at))) return true
  const words = [...share]
  if (
    words.length >= 2 &&
    !share.includes(part) &&
    words.every((c) => part.includes(c) || whole.includes(c)) &&
    words.some((c) => part.includes(c) && !whole.includes(c)) &&
    words.some((c) => whole.includes(c) && !part.includes(c))
  )
    return true
  const start = sharedStart(share, part)
  if (!listed || start < 2 || start === part.length) return false
  return [...share.slice(start)].some((c) => whole.includes(c) && !part.includes(c))
}

/**
 * The words between a count and some of its things: 行政村中已有 (180个行政村中已有168个), 县级党政机关
 * 当中有 (62个县级党政机关当中有58个). The count after them is a part of the one before.
 */
const SOME_OF_THE_COUNT = new RegExp(`^[\\u4e00-\\u9fff（）]{1,16}?${AMONG_WORD}(?:已经有|已有|有)$`)

/**
 * A rate named by a part of a whole (合格率 after 合格1498批次, 审结率 after 审结248件, 新能源车辆占比
 * after 其中新能源车辆2,498辆): the part over the whole counted before it in the sentence, in the same
 * unit and year. Not when the whole is itself of that name (参保人数 and 参保率 over the population:
 * another base).
 */
function partRateFindings(figures: Figure[]): Found[] {
  const out: Found[] = []
  const targets = statedTargets(figures)
  for (const [i, rate] of figures.entries()) {
    // A completion rate (完成率) is read here only of the count done right before it (done, below).
    const completion = rate.role === 'completion'
    if (!rate.rate || rate.base !== '%' || (rate.role !== null && rate.role !== 'to' && !completion)) continue
    const stem = rate.attrs.label.replace(/\s/g, '').replace(SHARE_END, '')
    if (stem === rate.attrs.label || stem.length < 2) continue
    // The rate's name as written before it ("参保率达到"), when the words name one.
    const written = SHARE_WRITTEN.exec(rate.words)?.[1] ?? stem
    const counts = figures.filter(
      (f) =>
        f.offset < rate.offset &&
        !f.rate &&
        f.role === null &&
        !f.per &&
        !AGAINST_ANOTHER_BASE.test(f.words) &&
        f.attrs.year === rate.attrs.year,
    )
    const wholeOf = (part: Figure) =>
      wholeBefore(
        part,
        figures.filter(
          (f) => f.offset < part.offset && isPlain(f) && !f.per && f.base === part.base && !targets.has(f),
        ),
      )
    // The part: the count whose name the rate's ends with (or that ends with the rate's), the
    // longest; not one that differs by a negation (不合格 is not 合格). Else the count right before
    // the rate, when the rate names it another way.
    const named = counts
      .filter((f) => f.attrs.label.length >= 2 && sameEnd(stem, f.attrs.label.replace(MEASURE_AFTER, '')))
      .sort((a, b) => b.attrs.label.length - a.attrs.label.length)[0]
    const before = figures[i - 1]
    const other =
      before &&
      counts.includes(before) &&
      namesPartOtherwise(written, before.attrs.label, wholeOf(before)?.attrs.label ?? '', before.part)
        ? before
        : undefined
    // A part said as some of the count before it (180个行政村中已有168个……，覆盖率93.3%): the share
    // right after it is of those, whatever its name.
    const among = before && counts.includes(before) && SOME_OF_THE_COUNT.test(before.words) ? before : undefined
    // A count said with the deed the rate names, right before it (42项指标中，预计完成或超额完成36项，
    // 完成率85.7%; 排查隐患158处，已整改121处，整改率76.6%): those done, whatever the label says.
    const deed = before ? clauseOf(before.words).replace(/了$/, '') : ''
    const done =
      before &&
      counts.includes(before) &&
      deed.endsWith(written) &&
      !NEGATION_BEFORE.test(deed.slice(0, deed.length - written.length))
        ? before
        : undefined
    const part = completion ? done : (named ?? other ?? among ?? done)
    if (!part) continue
    const key = part !== named ? written : part.attrs.label.length < stem.length ? part.attrs.label : stem
    const whole = wholeOf(part)
    const ofWhole = (name: string) => whole?.attrs.label.includes(name.slice(-key.length)) ?? false
    if (!whole || ofWhole(key) || ofWhole(written) || whole.value - whole.slack <= 0) continue
    const bounds = {
      low: (Math.max(0, part.value - part.slack) / (whole.value + whole.slack)) * 100,
      high: ((part.value + part.slack) / (whole.value - whole.slack)) * 100,
    }
    if (bounds.low > 100) continue
    // A count read by its deed is named by the deed (完成36项, 完成率), whatever its label.
    const byDeed = part === done && part !== named && part !== other && part !== among
    const saidBy = byDeed ? written : part.attrs.label
    const rateName = byDeed ? `${written}${/(?:率|占比|比重|比例)/.exec(rate.words)?.[0] ?? '率'}` : rate.attrs.label
    if (outside(rate, bounds))
      out.push({
        at: rate,
        message: `${shown(whole)}中${saidBy}${shown(part)}，算下来${rateName}约${around(bounds)}，文中写的是${shown(rate)}，请核对。`,
      })
  }
  return out
}

/**
 * The whole a part is counted in: the figure just before it, unless the figures between an
 * earlier one and the part add up with it to that earlier one — a row of parts of one whole
 * (受理260件，审结248件，未审结12件: 248 and 12 are the parts of 260, and 未审结率 is over 260).
 */
function wholeBefore(part: Figure, before: Figure[]): Figure | undefined {
  for (let i = before.length - 2; i >= 0; i--) {
    const row = before.slice(i + 1)
    const sum = row.reduce((s, f) => s + f.value, part.value)
    const slack = row.reduce((s, f) => s + f.slack, part.slack + before[i].slack)
    if (Math.abs(sum - before[i].value) <= slack) return before[i]
  }
  return before.at(-1)
}

/** The three industries a region's output is told by, in order; the whole they make (地区生产总值). */
const INDUSTRIES = ['第一产业', '第二产业', '第三产业'] as const
const REGION_OUTPUT = /(?:地区|国内)生产总值$/

/**
 * 地区生产总值98.6亿元……分产业看，第一产业增加值9.8亿元……；第二产业增加值41.2亿元……；第三产业增加值
 * 47.6亿元: the three industries' value added make the region's output, by the statistics' own
 * definition, so they add up to it. Read over the paragraph (the industries are often a sentence
 * each, or parted by ；), the output before the first industry, all in one unit.
 */
function industriesFindings(view: BlockView): Found[] {
  const figures = readSentence(view, 0, view.text.length).filter((f) => !f.rate && !f.per)
  const first = figures.findIndex((f) => f.attrs.label.includes(INDUSTRIES[0]))
  if (first < 0) return []
  const each = INDUSTRIES.map((name) =>
    figures.slice(first).filter((f) => f.attrs.label.includes(name) && f.role === null),
  )
  if (each.some((fs) => fs.length !== 1)) return []
  const parts = each.map((fs) => fs[0])
  const whole = figures
    .slice(0, first)
    .filter((f) => f.role === null && REGION_OUTPUT.test(f.attrs.label))
    .at(-1)
  if (!whole || parts.some((p) => p.base !== whole.base)) return []
  const sum = parts.reduce((n, p) => n + p.value, 0)
  const slack = parts.reduce((n, p) => n + p.slack, whole.slack)
  if (Math.abs(sum - whole.value) <= slack) return []
  return [
    {
      at: parts[0],
      through: parts[2],
      message: `三次产业增加值加起来是${Number((sum / parseUnit(whole.attrs.unit).factor).toFixed(6))}${whole.attrs.unit}，地区生产总值写的是${shown(whole)}，三者之和应等于总量，请核对。`,
    },
  ]
}

/** A bare share right after a count, naming no whole: ，占77.2%, ，占比18.6%. */
const BARE_SHARE = /^[，,]占(?:比)?(?:为|达到?)?$/

/**
 * A part after 其中 and its share said bare right after it (发展党员412名，其中35岁以下的318名，占77.2%;
 * 查处案件86件，其中食品案件52件，占60.5%): the share is of the whole the part is counted in, in its unit.
 */
function bareShareFindings(figures: Figure[]): Found[] {
  const out: Found[] = []
  const targets = statedTargets(figures)
  for (const [i, rate] of figures.entries()) {
    const part = figures[i - 1]
    if (!rate.rate || rate.base !== '%' || rate.role !== null || !BARE_SHARE.test(rate.words)) continue
    if (!part?.part || part.rate || part.per) continue
    const whole = wholeBefore(
      part,
      figures.slice(0, i - 1).filter((f) => isPlain(f) && !f.per && f.base === part.base && !targets.has(f)),
    )
    if (!whole || part.value + part.slack > whole.value + whole.slack || whole.value - whole.slack <= 0) continue
    const found = shareOfWhole(rate, part, whole)
    if (found) out.push(found)
  }
  return out
}

/** A share `rate` of `part` in `whole` that the two do not give: said with the part's name (…中X N，算下来约占…). */
function shareOfWhole(rate: Figure, part: Figure, whole: Figure): Found | null {
  const bounds = shareBounds(part, whole)
  if (!outside(rate, bounds)) return null
  return {
    at: rate,
    message: `${shown(whole)}中${part.attrs.label}${shown(part)}，算下来约占${around(bounds)}，文中写的是${shown(rate)}，请核对。`,
  }
}

/** What is left of income after spending: 当期结余 = 收入 − 支出 (not 累计结余, a fund's stock). */
const BALANCE = {
  income: /收入$/,
  spending: /支出$/,
  balance: /^(?!.*(?:累计|滚存))[\u4e00-\u9fff]*(?:结余|节余|盈余|结存)$/,
}

/** The sentences of a text to 。！？ (not ；), as [from, to). */
function fullSentences(text: string): [number, number][] {
  const ends = [...text.matchAll(/[。！？]/g)].map((m) => (m.index ?? 0) + 1)
  const out: [number, number][] = []
  let start = 0
  for (const end of [...ends, text.length]) {
    if (end > start) out.push([start, end])
    start = end
  }
  return out
}

/**
 * A balance stated with its income and spending in one sentence must be their difference; the
 * sentence runs to 。！？, past the ； a clause each may end with (医保基金收入12.86亿元，同比增长5.3%；
 * 基金支出11.94亿元，同比增长7.1%；当期结余0.92亿元).
 */
function balanceFindings(figures: Figure[]): Found[] {
  const out: Found[] = []
  for (const balance of figures.filter((f) => isPlain(f) && BALANCE.balance.test(f.attrs.label))) {
    const before = figures.filter((f) => f.offset < balance.offset && isPlain(f) && f.base === balance.base)
    const income = before.filter((f) => BALANCE.income.test(f.attrs.label)).at(-1)
    const spending = before.filter((f) => BALANCE.spending.test(f.attrs.label)).at(-1)
    if (!income || !spending) continue
    const d = income.value - spending.value
    const slack = income.slack + spending.slack + balance.slack
    if (Math.abs(d - balance.value) > slack) {
      const inUnit = Number((d / parseUnit(balance.attrs.unit).factor).toFixed(6))
      out.push({
        at: balance,
        message: `收入${shown(income)}减去支出${shown(spending)}是${inUnit}${balance.attrs.unit}，文中写的${balance.attrs.label}是${shown(balance)}，请核对。`,
      })
    }
  }
  return out
}

/** A completion rate against the actual before it and the target the figures store holds. */
function completionFindings(figures: Figure[], lookup: FigureLookup | undefined): Found[] {
  const out: Found[] = []
  if (!lookup) return out
  for (const rate of figures.filter((f) => f.role === 'completion')) {
    const actual = figures.filter((f) => isPlain(f) && f.offset < rate.offset).at(-1)
    if (!actual || actual.attrs.year === null) continue
    const target = lookup(actual.attrs.label, actual.attrs.year, 'target', actual.attrs.unit)
    if (!target) continue
    const t = { value: inBase(target, actual.attrs.unit), slack: slackOf(target, actual.attrs.unit) }
    if (t.value - t.slack <= 0) continue
    const bounds = shareBounds(actual, t)
    if (outside(rate, bounds))
      out.push({
        at: rate,
        message: `${shown(actual)}对目标${target}${actual.attrs.unit}，完成率约${around(bounds)}，文中写的是${shown(rate)}，请核对。`,
      })
  }
  return out
}

/** The words before a target the sentence states, of which a share follows: 完成年度任务, 占省下达任务, 为年度目标. */
export const STATED_TARGET = /(?:完成|占|为|达到)了?[\u4e00-\u9fff“”]{0,10}?(?:目标任务|目标|任务|计划|预算)$/

/**
 * The targets a sentence states with a share of them right after (完成年度预算12.5亿元的78.6%, 占省下达
 * 任务1,200套的105%): the measure of the actual before them, never the whole a later part is counted in
 * (……的78.6%，其中税收收入7.15亿元，税收占比72.8%: of the 9.82亿元 collected, not of the budget).
 */
function statedTargets(figures: Figure[]): Set<Figure> {
  return new Set(
    figures.filter((f, i) => {
      const next = figures[i + 1]
      return isPlain(f) && STATED_TARGET.test(clauseOf(f.words)) && next?.rate === true && next.words === '的'
    }),
  )
}

/**
 * A share of a target the sentence states with it (化解历史遗留问题2,160户，完成年度任务2,000户的108%;
 * 新开工1,260套，占省下达任务1,200套的105%): the actual before the target over the target.
 */
function statedTargetFindings(figures: Figure[]): Found[] {
  const out: Found[] = []
  for (const [i, rate] of figures.entries()) {
    const target = figures[i - 1]
    if (!rate.rate || rate.base !== '%' || rate.words !== '的' || !target || !isPlain(target)) continue
    if (!STATED_TARGET.test(clauseOf(target.words)) || target.value - target.slack <= 0) continue
    const actual = lastBefore(figures, i - 1, (f) => isPlain(f) && !f.per && f.base === target.base)
    if (!actual) continue
    const bounds = shareBounds(actual, target)
    if (outside(rate, bounds))
      out.push({
        at: rate,
        message: `${shown(actual)}对任务${shown(target)}，算下来约${around(bounds)}，文中写的是${shown(rate)}，请核对。`,
      })
  }
  return out
}

/**
 * Whether the figure at `j` is the whole or the target of a share right after it (为年计划16.5亿元的
 * 112.7%, 占全市210万吨的17.2%): what the share is of, never the part of a later share of another
 * whole (完成交通投资18.6亿元，为年计划16.5亿元的112.7%，……占全市交通投资112.4亿元的16.5%: 18.6 of 112.4).
 */
const isShareWhole = (figures: readonly Figure[], j: number) =>
  figures[j + 1]?.rate === true && figures[j + 1].base === '%' && figures[j + 1].words === '的'

/** A wider whole the sentence states, after 占 and before its number: 占全市报名考生4.26万人的, 占全市210万吨的. */
/** What stands between a stated whole and its share: 的, or the things the whole counts and 的 (占全县212个行政村的87.7%). */
const OF_THE_WHOLE = /^[\u4e00-\u9fff]{0,8}的$/
export const STATED_WHOLE = /占[\u4e00-\u9fff“”]{1,12}$/

/**
 * A share of a wider whole the sentence states with it (高考报名考生3,862人，……占全市报名考生4.26万人的
 * 9.1%; 粮食总产量36.2万吨，占全市210万吨的17.2%): the county's figure before the whole, in its unit
 * (a part after 其中 when that is the last), over the whole. Not when the whole is not larger.
 */
function statedWholeFindings(figures: Figure[]): Found[] {
  const out: Found[] = []
  for (const [i, rate] of figures.entries()) {
    const whole = figures[i - 1]
    if (
      !rate.rate ||
      rate.base !== '%' ||
      !OF_THE_WHOLE.test(rate.words) ||
      !whole ||
      whole.rate ||
      whole.role !== null
    )
      continue
    const clause = clauseOf(whole.words)
    if (!STATED_WHOLE.test(clause) || STATED_TARGET.test(clause) || whole.per) continue
    const readings = nowReadings(figures, i - 1, whole.base)
    const own = readings[0]
    if (!own || own.value + own.slack >= whole.value - whole.slack) continue
    const bounds = shareBounds(own, whole)
    if (readings.every((f) => outside(rate, shareBounds(f, whole))))
      out.push({
        at: rate,
        message: `${shown(own)}占${shown(whole)}，算下来约${around(bounds)}，文中写的是${shown(rate)}，请核对。`,
      })
  }
  return [...out, ...namedWholeShareFindings(figures)]
}

/** A whole named after 占 without its number, then 的 and the share: 占住院手术的13.6%. Group 1: the name. */
const NAMED_WHOLE = /占([\u4e00-\u9fff“”]{2,12})的$/

/**
 * A share of a whole the sentence counted before, named again after 占 (住院手术1.58万台次，其中四级
 * 手术2,146台次，占住院手术的13.6%; 受理案件520件，其中民事案件320件，占受理案件的61.5%): the count
 * right before the share over the count of that name before it, in the same unit.
 */
function namedWholeShareFindings(figures: Figure[]): Found[] {
  const out: Found[] = []
  for (const [i, rate] of figures.entries()) {
    const own = figures[i - 1]
    const name = NAMED_WHOLE.exec(clauseOf(rate.words))?.[1]
    if (!rate.rate || rate.base !== '%' || rate.role !== null || !name || !own || own.rate || own.role !== null)
      continue
    const whole = lastBefore(
      figures,
      i - 1,
      (f) =>
        (isPlain(f) || (f.role === null && !f.rate)) &&
        !f.per &&
        f.base === own.base &&
        f.attrs.label.length >= 2 &&
        sameEnd(f.attrs.label, name),
    )
    if (!whole || own.value + own.slack >= whole.value - whole.slack) continue
    const found = shareOfWhole(rate, own, whole)
    if (found) out.push(found)
  }
  return out
}

/**
 * A growth rate against the figures library: last year's actual from the library, this year's
 * from the library too when it holds it (the panel shows 3.86→4.05亿元 +4.9% while the text says
 * 同比增长6.2%, tryout 9 #7, tryout 10 #5), else the value the sentence states. The one check of a
 * stated rate against the library: quiet when the library lacks last year, for growth at
 * comparable prices (no ratio of two nominal totals), and when the library holds another number
 * for the rate itself (differs-from-store says that slip, once).
 */
function storeGrowthFindings(figures: Figure[], lookup: FigureLookup | undefined): Found[] {
  if (!lookup) return []
  const rates = figures.filter(isRate)
  if (figures.some(isChange) || rates.length !== 1 || figures.some((f) => f.role === 'from')) return []
  const rate = rates[0]
  // Only a change on last year (同比, 比上年, or none said) is read against last year's figure;
  // not one on an earlier year or on another base (比预算), nor a rate averaged over years (年均增长: compound, over many).
  if (against(rate.words) !== '上年' || ANNUAL_AVERAGE.test(rate.words)) return []
  const value = figures.filter((f) => isPlain(f) && f.offset < rate.offset).at(-1)
  // A total over years (2021—2025年累计) has no last year's figure in the library: one year's is
  // not one to grow from (tryout 13: 6222.8 against 2024's 1286.4, “变化约383.7%”), as compareSlot.
  if (!value || value.attrs.year === null || value.attrs.kind !== 'actual' || value.attrs.period !== null) return []
  const { label, year, unit } = value.attrs
  // Growth at comparable prices does not follow from the two nominal totals.
  if (atComparablePrices(label, rate.words)) return []
  const before = lookup(label, year - 1, 'actual', unit)
  if (!before) return []
  const own = lookup(rate.attrs.label, rate.attrs.year ?? year, 'actual', '%')
  if (own !== undefined && Math.abs(Number(own) - Number(rate.attrs.value)) > unitOf(rate.attrs.value ?? '0') / 2)
    return []
  const stored = lookup(label, year, 'actual', unit)
  const now = stored === undefined ? value : { value: inBase(stored, unit), slack: slackOf(stored, unit) }
  const p = { value: inBase(before, unit), slack: slackOf(before, unit) }
  const d = now.value - p.value
  const bounds = rateBounds(
    { value: Math.abs(d), slack: now.slack + p.slack },
    { low: p.value - p.slack, high: p.value + p.slack },
  )
  if (!bounds) return []
  const up = rate.role === 'rate-up'
  const wrongWay = Math.abs(d) > now.slack + p.slack && d > 0 !== up
  if (!wrongWay && !outside(rate, bounds)) return []
  if (stored !== undefined) {
    const said = wrongWay ? (d > 0 ? '是增加' : '是减少') : `${d > 0 ? '增长' : '下降'}约${around(bounds)}`
    return [
      {
        at: rate,
        message: `数字库里“${label}”${year - 1}年实际是${before}${unit}，${year}年实际是${stored}${unit}，算下来${said}；这里写的是${up ? '增长' : '下降'}${shown(rate)}。请核对：数字库对的，请改这里；这里对的，请在数字库里改。`,
      },
    ]
  }
  return [
    {
      at: rate,
      message: wrongWay
        ? `上年是${before}${unit}，今年${shown(value)}，是${d > 0 ? '增加' : '减少'}，文中却说${up ? '增长' : '下降'}，请核对。`
        : `上年是${before}${unit}，今年${shown(value)}，算下来变化约${around(bounds)}，文中写的是${shown(rate)}，请核对。`,
    },
  ]
}

/** 同比, 比上年 … taken out of a change's words before asking whether it names a thing of its own. */
const LAST_YEAR_WORDS = new RegExp(ON_LAST_YEAR, 'g')

/**
 * A change in points on last year (参保率达到96.8%，比上年提高0.5个百分点) against last year's rate in
 * the figures store, when the sentence names no first end of its own (pointsFindings reads those).
 */
function storePointsFindings(figures: Figure[], lookup: FigureLookup | undefined): Found[] {
  if (!lookup || figures.some((f) => f.role === 'from' || f.role === 'to')) return []
  const out: Found[] = []
  for (const [i, change] of figures.entries()) {
    if ((change.role !== 'change-up' && change.role !== 'change-down') || !isPoints(change)) continue
    if (against(change.words) !== '上年' || NAMED_CHANGE.test(change.words.replace(LAST_YEAR_WORDS, ''))) continue
    const level = lastBefore(figures, i, (f) => f.rate && f.role === null && !f.part)
    if (!level || POINTS_OF[level.base] !== change.base) continue
    if (level.attrs.year === null || level.attrs.kind !== 'actual') continue
    const before = lookup(level.attrs.label, level.attrs.year - 1, 'actual', level.attrs.unit)
    if (!before) continue
    // Last year's rate from the store is the first end, this year's the second.
    const first = { value: inBase(before, level.attrs.unit), slack: slackOf(before, level.attrs.unit), written: before }
    const found = changeOfEnds(first, endOf(level), change, `上年是${before}${level.attrs.unit}，今年${shown(level)}，`)
    if (found) out.push(found)
  }
  return out
}

const finding = (rule: string, f: Found): BlockFinding => ({
  rule,
  message: f.message,
  from: f.at.offset,
  to: (f.through ?? f.at).offset + 1,
  ...(f.severity ? { severity: f.severity } : {}),
})

/** The arithmetic check, sentence by sentence. */
/** The bases a count of people is in: 人均 is over them. */
const PEOPLE = new Set(['人', '名'])
/** How far a per-head figure may stand from total ÷ people beyond rounding: the people may be a year's average. */
const PER_HEAD_LEEWAY = 0.02

/**
 * A per-head figure and the total and the people it is of, said in its sentence or the one before:
 * 注册志愿者由上年的7.35万人增加到8.62万人……。全年……志愿服务时长186.5万小时，人均志愿服务时长
 * 21.6小时 (186.5万 ÷ 8.62万). Only when each is one: one total named as the per-head figure is less
 * 人均, in its unit; one count of people (the level reached, not where it started nor the change).
 * Beyond rounding it may stray 2 % (人均地区生产总值 is over the year's average people).
 */
function perHeadFindings(view: BlockView): Found[] {
  const out: Found[] = []
  // Sentences to 。！？: the people may be counted a clause before ； (……净增1.27万人；……。全年……人均……).
  const ends = [...view.text.matchAll(/[。！？]/g)].map((m) => (m.index ?? 0) + 1)
  let start = 0
  let before: Figure[] = []
  for (const end of [...ends, view.text.length]) {
    if (end <= start) continue
    const sentence = readSentence(view, start, end)
    start = end
    const level = (f: Figure) => !f.rate && !f.per && !f.part && (f.role === null || f.role === 'to')
    for (const [i, head] of sentence.entries()) {
      const thing = head.attrs.label.replace(/\s/g, '').match(/^人均(.{2,})$/)?.[1]
      if (!thing || head.rate) continue
      const earlier = [...before, ...sentence.slice(0, i)].filter(level)
      const totals = earlier.filter((f) => f.base === head.base && f.attrs.label.replace(/\s/g, '').endsWith(thing))
      const people = earlier.filter((f) => PEOPLE.has(f.base))
      if (totals.length !== 1 || new Set(people.map((f) => f.attrs.label)).size !== 1) continue
      const [total, count] = [totals[0], people.at(-1)]
      if (!count || count.value - count.slack <= 0) continue
      const low = ((total.value - total.slack) / (count.value + count.slack)) * (1 - PER_HEAD_LEEWAY)
      const high = ((total.value + total.slack) / (count.value - count.slack)) * (1 + PER_HEAD_LEEWAY)
      if (head.value + head.slack >= low && head.value - head.slack <= high) continue
      const factor = parseUnit(head.attrs.unit).factor
      out.push({
        at: head,
        message: `${shown(total)}÷${shown(count)}约是${Number((total.value / count.value / factor).toPrecision(3))}${head.attrs.unit}，文中${head.attrs.label}写的是${shown(head)}，请核对。`,
      })
    }
    before = sentence
  }
  return out
}

export const arithmetic: BlockRule = {
  id: 'arithmetic',
  name: '数字对不上',
  severity: 'warning',
  group: '数字',
  scope: 'block',
  usesSlots: true,
  purpose:
    '同一句里的数值、增减额和增长率要对得上，两个比率相差几个百分点要算得对，“其中”各项加起来不能超过总数、要等于随后的“合计”“共N”，用顿号列出的同类几项（一等奖、二等奖、三等奖）要等于紧随其后的“总数”“共计”，已分全的（专职和兼职、列到“其他”）要正好等于总数，合格率、结案率这类比率是其中一项占总数的比例，结余是收入减支出（按四舍五入留余地）。',
  fires: [
    // Nested kinds counted once, and still more than the whole (文旅, 卫健); parts of other names all count.
    '全县18家景区全部正常开放，其中A级景区11家，4A级景区3家、3A级景区8家，其他景区9家。',
    '全年受理案件600件，其中民事案件320件，刑事案件150件、行政案件170件。',
    // a growth rate against the library's years of its metric (税务, 文旅, 应急)
    {
      text: '全年完成税收收入4.05亿元，同比增长6.2%。',
      in: 'review',
      store: [
        { label: '税收收入', year: 2025, kind: 'actual', value: '4.05', unit: '亿元' },
        { label: '税收收入', year: 2024, kind: 'actual', value: '3.86', unit: '亿元' },
      ],
    },
    {
      text: '全年接待游客486万人次，比上年增长12.5%。',
      in: 'review',
      store: [
        { label: '接待游客', year: 2025, kind: 'actual', value: '486', unit: '万人次' },
        { label: '接待游客', year: 2024, kind: 'actual', value: '452', unit: '万人次' },
      ],
    },
    {
      text: '全年发生生产安全事故12起，同比下降20%。',
      in: 'review',
      store: [
        { label: '生产安全事故', year: 2025, kind: 'actual', value: '12', unit: '起' },
        { label: '生产安全事故', year: 2024, kind: 'actual', value: '18', unit: '起' },
      ],
    },
    '农村居民人均可支配收入达到5,120元，同比增长9.6%，比上年增加210元。',
    '外贸进出口总额86.7亿元，其中出口63.3亿元、进口24.4亿元。',
    '规上工业总产值由2024年的386.5亿元增加到2025年的425.6亿元，增长12.1%。',
    '农村低保标准由每人每月560元提高到620元，提高15.2%。',
    '地震自动速报时间由上年的平均4.2分钟缩短到2.8分钟，下降23.3%。',
    // A cut said with the cut's own verb (lang/changes CUT_VERBS), as a share and as an amount.
    '平均承诺时限由上年的6.8个工作日压缩至4.2个工作日，压缩28.2%。',
    '会议数量由上年的126个精简到98个，精简12个。',
    '全县道路交通事故死亡人数由31人下降到26人，下降19.1%。',
    '全年受理行政复议案件260件，审结248件，审结率97.4%。',
    '全年抽检农产品1,520批次，其中合格1,498批次、不合格22批次，合格率98.6%，不合格率2.4%。',
    '医保基金总收入12.6亿元，总支出11.8亿元，当期结余1.2亿元。',
    // income, spending and balance a clause each, parted by ； (医保, 财政, 工会)
    '全年医保基金收入12.86亿元，同比增长5.3%；基金支出11.94亿元，同比增长7.1%；当期结余0.29亿元。',
    '全年工会经费收入2,860万元；经费支出2,640万元；当年结余320万元。',
    '机关事业单位养老保险基金收入8.6亿元，增长4.2%；支出8.1亿元，增长5.6%；当期结余0.8亿元。',
    // The parts name which of the things listed before 其中 they break down (供销, 商务).
    '全年供应化肥6.82万吨、农药1,160吨、农膜850吨，其中春耕期间供应化肥7.95万吨。',
    '全年出口额30亿元、进口额12亿元，其中对东盟出口额32亿元。',
    // Bands of size that do not overlap add up (招商, 工信).
    '新签约项目47个，其中亿元以上项目31个、5000万元以下项目18个。',
    // A band alone still may not be more than its whole.
    '新签约项目47个，其中亿元以上项目31个，10亿元以上项目48个。',
    // Parts of what was done, not of the target it is measured by (税务, 财政).
    '1—11月，全县累计组织税费收入28.64亿元，同比增长4.2%，完成年度预期目标31.5亿元的90.9%。其中，税收收入19.73亿元，社保费收入7.85亿元，非税收入1.42亿元。',
    '全年一般公共预算收入12.6亿元，完成预算15亿元的84%。其中，税收收入9.8亿元，非税收入3.2亿元。',
    // Kinds listed with 、 and their total said right after them (职校, 文联, 科技): more is wrong, less a note.
    '在全省职业院校技能大赛中获一等奖2项、二等奖5项、三等奖9项，奖项总数18项。',
    // a part's share of the whole before a ； (民政, 交通, 人社)
    '全县养老床位4,260张，每千名老年人拥有养老床位49.4张；其中护理型床位2,385张，护理型床位占比65.0%。',
    '全市公交车辆1,860辆；其中新能源公交车1,420辆，新能源公交车占比85.3%。',
    '全县参保职工12.6万人；其中灵活就业人员2.3万人，灵活就业人员比重22.4%。',
    // a whole, what is counted of it, and the rest that does not make it up (民政, 深改委, 应急, 教育)
    '全县规划建设农村公益性公墓32座，已建成23座，其余11座正在建设。',
    '年初确定的86项年度改革任务，已完成84项，完成率95.3%，其余4项已取得阶段性成果。',
    '全县排查出重大隐患126处，已整改118处，剩余12处限期整改。',
    '今年招聘中小学教师120名，已到岗96名，其余18名9月底前到岗。',
    // unlike names, and a total that says it adds them (林业, 民政, 卫健)
    '全县聘用专职巡护员421名、生态护林员824名，合计1236名，常年在山巡护。',
    '全年发放城乡低保金2,860万元、特困供养金1,240万元，合计4,200万元。',
    '全年完成门诊诊疗12.6万人次、急诊3.4万人次，总计15.2万人次。',
    '全年在省级以上报刊发表文学作品39件、美术作品46件、音乐作品12件，作品总数95件。',
    '全年获批省级科技计划项目12个、市级科技计划项目26个，共计36个。',
    // Within the sentence too: 其中 after the share of the plan breaks down what was done (职校, 人社).
    '2025年秋季招收新生1,286人，完成市下达招生计划1,200人的107.2%，其中三年制中职1,132人、五年一贯制高职254人。',
    // 其中 opening a sentence, its parts one slip of the keys from another figure of the sentence
    // before than the largest (高校, 检察, 人社): a note.
    '全院毕业生3,286人，落实毕业去向3,115人。其中，协议就业2,216人，升学586人，入伍58人，灵活就业355人。',
    '全县登记失业人员4,860人，实现再就业4,120人。其中，自主创业1,460人，企业吸纳1,760人，公益性岗位安置1,000人。',
    '全年受理审查起诉案件920件，提起公诉786件。其中，刑事案件486件，经济案件300件，职务案件100件。',
    '全年城镇新增就业3,260人，完成省下达目标任务3,000人的108.7%，其中高校毕业生1,360人、农村劳动力2,000人。',
    // Bands listed from the top down whose counts fall are each the rest down to their level, and add up (农业, 工信).
    '全镇12个村集体经济收入合计486.5万元，其中收入10万元以上的村9个、5万元以上的村5个。',
    '全县规上工业企业40家，其中营业收入10亿元以上企业32家、5亿元以上企业10家。',
    '我市运动员获得奖牌12枚，其中金牌3枚、银牌2枚、铜牌5枚。',
    '获得金牌3枚、银牌2枚、铜牌5枚，共12枚。',
    '人均公园绿地面积由2020年底的10.96平方米提高到13.32平方米，提高2.46平方米。',
    '全县一般公共预算收入由2020年的221.5亿元增加到2025年的306.8亿元，年均增长8.7%。',
    '全县各项存款余额由2020年的198.6亿元增加到2025年的286.5亿元，年均增长6.8%。',
    // At comparable prices, more than prices could account for (统计).
    '全县地区生产总值由2020年的221.5亿元增加到2025年的306.8亿元，年均增长8.7%。',
    '全县森林覆盖率由上年的61.4%提高到62.5%，提高1.3个百分点。',
    // a start said as the same months of last year (a mid-year review) or the start of the year
    '装配式建筑占新开工建筑面积的比例由上年同期的28.5%提高到32.4%，提高4.9个百分点。',
    '不良贷款率由年初的1.86%降至1.52%，下降0.43个百分点。',
    '土地出让成交额102.4亿元，比底价增值18.6亿元，增值率18.2%。',
    '在库“四上”企业达到526家，比上年净增38家，增长9.8%。',
    '全年完成交易项目2846宗。其中，工程建设项目1836宗、交易额312.5亿元；政府采购项目1168宗、交易额58.6亿元，节约资金4.72亿元；其他项目442宗。',
    '全年受理信访事项320件，其中来信120件、来访150件、网上信访50件，合计300件。',
    '配备网格员138名，其中专职网格员68名、兼职网格员52名。',
    // a whole of every level by its levels (林长制, 河长制)
    '共设立各级林长1,126名，其中县级林长15名、乡级林长168名、村级林长925名。',
    '全市共有各级河长2,460名，其中市级河长12名、县级河长96名、乡镇级河长528名、村级河长1,742名。',
    '全年审计送审金额12.6亿元，审减金额1.05亿元，审减率9.3%。',
    // a cut an office sets (核减), said as an amount: the part struck off, its rate that part's share
    '全年完成预算评审项目128个，送审金额12.6亿元，核减1.05亿元，核减率9.3%。',
    '全县共走访慰问老干部1,260人次，县级领导带队走访和各单位自行走访分别为426人次、864人次。',
    '全年接待游客1,250万人次，省内游客、省外游客分别为860万人次和420万人次。',
    // a rate, another's level beside it in brackets, and the gap said in points
    '退役军人就业率达到94.6%，比全省平均水平（92.3%）高出3.2个百分点。',
    // the rate's own change in points between it and the comparison (林业, 教育)
    '全县森林覆盖率达到63.8%，比2020年提高2.1个百分点，高于全市平均水平（58.2%）6.5个百分点。',
    '学前三年毛入园率达到93.6%，比上年提高1.2个百分点，高于全省平均水平（90.1%）2.5个百分点。',
    '城镇调查失业率为4.8%，比全省（5.2%）低0.6个百分点。',
    // kinds named unalike, over their whole or given their total after them: asked about, as a note
    '共培训党员干部10,935人次，县管干部、村（社区）党组织书记、农村党员分别为1,260人次、1,350人次、8,640人次。',
    '县级学会、农村专业技术协会、企业科协分别发展到18个、42个、28个，基层科协组织总数达到86个。',
    '全区公务用车由上年的412辆压减到386辆，其中执法执勤用车231辆、机要通信用车48辆、其他公务用车127辆。',
    // a share beside its part and whole, however it is named; a share of a target stated with it
    '集团营运车辆总数2,860辆，其中新能源车辆2,498辆，新能源车辆占比由上年的81.6%提高到83.7%。',
    '一般公共预算收入12.6亿元，其中税收收入9.8亿元，税收占比67.8%。',
    '全年医共体总诊疗186.4万人次，其中基层医疗卫生机构121.7万人次，基层就诊率达到56.3%。',
    '全年医保基金按人头总额预付6.85亿元，年终结余留用3,260万元，结余率8.4%。',
    '全年新开工保障性住房1,260套，占省下达任务1,200套的115%。',
    '化解不动产登记历史遗留问题2,160户，完成年度任务2,000户的118%。',
    // parts whose least values reach the open end of a rounded whole: more than it (林业, 农业)
    '全年完成造林3.2万亩，占市下达任务2.8万亩的114.3%，其中人工造林1.3万亩、封山育林1.5万亩、退化林修复0.6万亩。',
    '全县粮食播种面积86.4万亩，其中小麦42.5万亩、玉米36.2万亩、大豆7.9万亩。',
    // the things the whole counts written between it and the share (农业农村, 教育, 卫健)
    '集体经济年收入10万元以上的村达到186个，占全县212个行政村的97.7%。',
    '全县义务教育学校达到省定办学标准的有86所，占全县104所义务教育学校的92.7%。',
    '全县建成标准化村卫生室268个，占全县312个行政村卫生室的75.9%。',
    // the share of a wider whole after a share of the plan: the sentence's own figure over the whole (财政)
    '全县税收收入9.8亿元，完成年度预算9.5亿元的103.2%，占全市税收收入86亿元的13.4%。',
    // a share of a wider whole stated with it (教育 考务, 农业农村, 商务)
    '今年全县高考报名考生3,862人，比上年增加145人，增长3.9%，占全市报名考生4.26万人的19.1%。',
    '全县粮食总产量36.2万吨，占全市粮食总产量210万吨的27.2%。',
    '全县社会消费品零售总额86.4亿元，占全市1,020亿元的6.5%。',
    // a count of things, then 中, and its parts (国资, 工信, 农业)
    '9户市属企业中，6户实现盈利、2户亏损，亏损额同比减少0.38亿元。',
    '全县52家规上工业企业中，盈利企业41家、亏损企业9家。',
    '全县18个乡镇中，12个乡镇完成高标准农田建设任务、8个乡镇正在推进。',
    // a per-head figure against its total and people, in its sentence or the one before (宣传, 人社, 农业)
    '全县注册志愿者由上年的7.35万人增加到8.62万人，净增1.27万人；志愿服务团队发展到1,046支。全年志愿服务时长186.5万小时，人均志愿服务时长26.1小时。',
    '全年发放创业担保贷款2.4亿元，扶持创业1,600人，人均贷款18万元。',
    '全年培训高素质农民2,400人，培训补助720万元，人均补助3,600元。',
    // an income's two sources, given and earned, well short of it
    '全场全年总收入2,860万元，其中财政补助1,290万元、经营收入940万元。',
    '中心全年总收入1,560万元，其中财政拨款收入620万元、事业收入740万元。',
  ],
  quiet: [
    // A part the next parts break down is their subtotal, counted once (文旅, 国资, 教育).
    '全县18家景区全部正常开放，其中A级景区11家，4A级景区3家、3A级景区8家。',
    '全县国有企业42家，其中国有独资企业12家，市属国有独资企业5家、县属国有独资企业7家，国有控股企业30家。',
    '全县共有学校86所，其中中学20所，完全中学8所、初级中学12所，小学66所。',
    // a growth rate against the library's years of its metric (税务, 文旅, 应急, 统计, 商务)
    {
      text: '全年完成税收收入4.05亿元，同比增长4.9%。',
      in: 'review',
      store: [
        { label: '税收收入', year: 2025, kind: 'actual', value: '4.05', unit: '亿元' },
        { label: '税收收入', year: 2024, kind: 'actual', value: '3.86', unit: '亿元' },
      ],
    },
    {
      text: '全年完成税收收入4.05亿元，同比增长6.2%。',
      in: 'review',
      store: [{ label: '税收收入', year: 2025, kind: 'actual', value: '4.05', unit: '亿元' }],
    },
    {
      // The library's own rate differs: differs-from-store says so, once.
      text: '全年完成税收收入4.05亿元，同比增长6.2%。',
      in: 'review',
      store: [
        { label: '税收收入', year: 2025, kind: 'actual', value: '4.05', unit: '亿元' },
        { label: '税收收入', year: 2024, kind: 'actual', value: '3.86', unit: '亿元' },
        { label: '税收收入同比增长', year: 2025, kind: 'actual', value: '4.9', unit: '%' },
      ],
    },
    {
      text: '全年发生生产安全事故12起，同比下降33.3%。',
      in: 'review',
      store: [
        { label: '生产安全事故', year: 2025, kind: 'actual', value: '12', unit: '起' },
        { label: '生产安全事故', year: 2024, kind: 'actual', value: '18', unit: '起' },
      ],
    },
    {
      text: '全县地区生产总值306.8亿元，增长5.2%。',
      in: 'review',
      store: [
        { label: '地区生产总值', year: 2025, kind: 'actual', value: '306.8', unit: '亿元' },
        { label: '地区生产总值', year: 2024, kind: 'actual', value: '286.1', unit: '亿元' },
      ],
    },
    {
      text: '全年社会消费品零售总额128.6亿元，扣除价格因素实际增长3.1%。',
      in: 'review',
      store: [
        { label: '社会消费品零售总额', year: 2025, kind: 'actual', value: '128.6', unit: '亿元' },
        { label: '社会消费品零售总额', year: 2024, kind: 'actual', value: '122.4', unit: '亿元' },
      ],
    },
    {
      text: '全年接待游客486万人次，比上年增长7.5%。',
      in: 'review',
      store: [
        { label: '接待游客', year: 2025, kind: 'actual', value: '486', unit: '万人次' },
        { label: '接待游客', year: 2024, kind: 'actual', value: '452', unit: '万人次' },
      ],
    },
    // Parts that make the largest figure, one slip from another (政法: 排查2.36万件, 化解2.31万件).
    '全市排查矛盾纠纷2.36万件，化解2.31万件，化解率97.9%。其中，婚姻家庭纠纷8,420件、邻里纠纷6,150件、土地山林权属纠纷3,280件、劳动争议及其他纠纷5,750件。',
    // Parts that make another figure of the sentence before, or are far from all of them.
    '全院毕业生3,286人，落实毕业去向3,115人。其中，协议就业2,216人，升学486人，入伍58人，灵活就业355人。',
    // one part after 其中 opening a sentence, a key from an earlier figure by chance (燃气, 应急)
    '排查各类安全隐患1,368处，已整改1,352处，剩余16处全部限期整改销号。其中，查处管网占压12处，督促餐饮用户更换软管2,430根。',
    '检查企业486家，发现隐患1,260处，已整改1,236处，剩余24处挂牌督办。其中，重大隐患34处。',
    '全年受理案件520件，审结498件。其中，民事案件320件，刑事案件150件。',
    '农村居民人均可支配收入达到5,120元，同比增长4.3%，比上年增加210元。',
    '共培训党员干部10,935人次，县管干部、村（社区）党组织书记、农村党员分别为1,260人次、1,035人次、8,640人次。',
    '县级学会、农村专业技术协会、企业科协分别发展到18个、42个、26个，基层科协组织总数达到86个。',
    '退役军人就业率达到94.6%，比全省平均水平（92.3%）高出2.3个百分点。',
    '全县森林覆盖率达到63.8%，比2020年提高2.1个百分点，高于全市平均水平（58.2%）5.6个百分点。',
    '学前三年毛入园率达到93.6%，比上年提高1.2个百分点，高于全省平均水平（90.1%）3.5个百分点。',
    '全县森林覆盖率达到62.5%，高于全市（58.1%）4.4个百分点。',
    '城镇调查失业率为4.8%，比全省（5.2%）低0.4个百分点。',
    // what follows is no total of the kinds, which may overlap
    '全县寄宿学生和留守儿童分别为3,200人、2,800人，共关爱学生5,100人。',
    '平均承诺时限由上年的6.8个工作日压缩至4.2个工作日，压缩38.2%。',
    '会议数量由上年的126个精简到98个，精简28个。',
    '外贸进出口总额86.7亿元，其中出口62.3亿元、进口24.4亿元。',
    '全县注册志愿者由上年的7.35万人增加到8.62万人，净增1.27万人。全年志愿服务时长186.5万小时，人均志愿服务时长21.6小时。',
    '全年发放创业担保贷款2.4亿元，扶持创业1,600人，人均贷款15万元。',
    '全年培训高素质农民2,400人，培训补助720万元，人均补助3,000元。',
    // two counts of people: which the per-head figure is over is not said (30.6 is over those who served)
    '全县注册志愿者8.62万人，参加服务的志愿者6.1万人。志愿服务时长186.5万小时，人均志愿服务时长30.6小时。',
    // over the year's average people: a little off total ÷ people at the year's end (统计)
    '全县地区生产总值306.8亿元，年末常住人口52.3万人，人均地区生产总值5.8万元。',
    // a count of things, then 中: its parts, not all of it unless they say so (国资, 乡村振兴, 卫健)
    '9户市属企业中，7户实现盈利、2户亏损，亏损额同比减少0.38亿元。',
    '全县86个重点帮扶村中，集体经济经营性收入10万元以上的村只有53个，占61.6%，还有33个村“底子薄、路子少”。',
    '全县21家乡镇卫生院中，12家卫生院建成中医馆。',
    // 中 in another sense: 在建设中 is no whole of what follows (住建)
    '新建口袋公园5个，2个口袋公园在建设中，8个已完成设计。',
    '新增就业3250人，其中高校毕业生1200人、就业困难人员300人。',
    // The parts name which of the things listed before 其中 they break down (供销, 商务, 农业).
    '全年供应化肥6.82万吨、农药1,160吨、农膜850吨，其中春耕期间供应化肥3.95万吨。',
    '全年出口额30亿元、进口额12亿元，其中对东盟出口额15亿元。',
    // Bands of size that overlap: 10亿元以上 projects are 亿元以上 ones too (招商, 工信, 住建).
    '上半年新签约项目47个，其中，亿元以上项目31个，10亿元以上项目8个，新能源汽车产业链项目12个。',
    '全县规上工业企业126家，其中主营业务收入2000万元以上企业98家、5亿元以上企业40家。',
    '全年新开工工程85个，其中合同额5000万元以上工程60个、1亿元以上工程38个。',
    '全镇12个村集体经济收入合计486.5万元，其中收入10万元以上的村9个、5万元以上的村3个。',
    '1—11月，全县累计组织税费收入28.64亿元，同比增长4.2%，完成年度预期目标31.5亿元的90.9%。其中，税收收入19.37亿元，社保费收入7.85亿元，非税收入1.42亿元。',
    '全年一般公共预算收入12.6亿元，完成预算15亿元的84%。其中，税收收入9.4亿元，非税收入3.2亿元。',
    '2025年秋季招收新生1,286人，完成市下达招生计划1,200人的107.2%，其中三年制中职1,032人、五年一贯制高职254人。',
    '全年城镇新增就业3,260人，完成省下达目标任务3,000人的108.7%，其中高校毕业生1,260人、农村劳动力2,000人。',
    '在全省职业院校技能大赛中获一等奖2项、二等奖5项、三等奖9项，奖项总数16项。',
    '全县聘用专职巡护员412名、生态护林员824名，合计1236名，常年在山巡护。',
    '全年发放城乡低保金2,860万元、特困供养金1,240万元，合计4,100万元。',
    '全县规划建设农村公益性公墓32座，已建成21座，其余11座正在建设。',
    '年初确定的86项年度改革任务，已完成82项，完成率95.3%，其余4项已取得阶段性成果。',
    '全县排查出重大隐患126处，已整改118处，剩余8处限期整改。',
    '全县养老床位4,260张，每千名老年人拥有养老床位49.4张；其中护理型床位2,385张，护理型床位占比56.0%。',
    '全市公交车辆1,860辆；其中新能源公交车1,420辆，新能源公交车占比76.3%。',
    // a rate named by the part after a ；, over a wider whole (教育)
    '参考1,286人，本科上线1,012人，上线率78.7%；其中一本上线436人，一本上线率33.9%。',
    // the rest of something other than the counts before it, or after a change (教育, 住建)
    '今年招聘中小学教师120名，比上年增加18名，其余岗位年底前补齐。',
    '全县126个行政村中，86个村已通天然气，同比增加12个，其余40个村明年实现全覆盖。',
    // unlike names and 共: the total may count more than the list
    '全年培训农村实用人才1,200人、新型职业农民860人，共培训3,000人。',
    '全年在省级以上报刊发表文学作品39件、美术作品46件、音乐作品12件，作品总数97件。',
    '全年获批省级科技计划项目12个、市级科技计划项目26个，共计38个。',
    '全县规上工业企业40家，其中营业收入10亿元以上企业12家、5亿元以上企业20家。',
    // …and whose counts never fall may each hold the ones before (教育, 工信): nested, not added.
    '全县规上工业企业40家，其中营业收入10亿元以上企业12家、5亿元以上企业30家。',
    '参加考试的学员50人，其中90分以上42人、80分以上48人。',
    '收入近5120元，比上年增加210元，增长9.6%。',
    '农村低保标准由每人每月560元提高到620元，提高10.7%。',
    '地震自动速报时间由上年的平均4.2分钟缩短到2.8分钟，下降33.3%。',
    '全县道路交通事故死亡人数由31人下降到26人，下降16.1%。',
    '全年受理行政复议案件260件，审结248件，审结率95.4%。',
    '全年抽检农产品1,520批次，每千人3.6批次，其中合格1,498批次、不合格22批次，合格率98.6%，不合格率1.4%。',
    '全县参保人数达到48.6万人，其中城乡居民参保36.2万人，参保率96.8%。',
    '医保基金总收入12.6亿元，总支出11.8亿元，累计结余9.3亿元。',
    '全年医保基金收入12.86亿元，同比增长5.3%；基金支出11.94亿元，同比增长7.1%；当期结余0.92亿元。',
    '全年工会经费收入2,860万元；经费支出2,640万元；当年结余220万元；累计结余1,580万元。',
    '我市运动员获得奖牌10枚，其中金牌3枚、银牌2枚、铜牌5枚。',
    '获得金牌3枚、银牌2枚、铜牌5枚，共10枚。',
    '人均公园绿地面积由2020年底的10.96平方米提高到13.32平方米，提高2.36平方米。',
    '全县一般公共预算收入由2020年的221.5亿元增加到2025年的306.8亿元，年均增长6.7%。',
    // Growth of value added is at comparable prices: no compound rate of the nominal levels (统计, 工信, 农业).
    '全县地区生产总值由2020年的198.6亿元增加到2025年的286.5亿元，年均增长6.8%。',
    '全市规模以上工业增加值由2020年的412.3亿元增加到2025年的598.6亿元，年均增长7.2%。',
    '全县农业总产值由2020年的36.2亿元增加到2025年的45.8亿元，年均增长3.1%。',
    '全县森林覆盖率由上年的61.4%提高到62.5%，提高1.1个百分点。',
    '装配式建筑占新开工建筑面积的比例由上年同期的28.5%提高到32.4%，提高3.9个百分点。',
    '不良贷款率由年初的1.86%降至1.52%，下降0.34个百分点。',
    '土地出让成交额102.4亿元，比底价增值18.6亿元，增值率22.2%。',
    '在库“四上”企业达到526家，比上年净增38家，增长7.8%。',
    '全年完成交易项目2846宗。其中，工程建设项目1236宗、交易额312.5亿元；政府采购项目1168宗、交易额58.6亿元，节约资金4.72亿元；其他项目442宗。',
    '全年审计项目86个，其中市本级32个、县（区）54个；查出问题金额12.36亿元，移送问题线索23件。',
    '全年受理信访事项320件，其中来信120件、来访150件、网上信访50件，合计320件。',
    '获得奖牌12枚，其中金牌5枚、银牌4枚、铜牌3枚，共12枚。',
    '查办案件312件，其中药品案件186件、医疗器械案件84件、化妆品案件42件，移送涉嫌犯罪案件9件。',
    '配备网格员138名，其中专职网格员86名、兼职网格员52名。',
    '共设立各级林长1,126名，其中县级林长15名、乡级林长186名、村级林长925名。',
    '全市共有各级河长2,378名，其中市级河长12名、县级河长96名、乡镇级河长528名、村级河长1,742名。',
    // some levels only, of a whole not of every level
    '全县共有林长1,126名，其中县级林长15名、乡级林长168名。',
    '配备网格员138名，其中专职网格员68名。',
    '全年审计送审金额12.6亿元，审减金额1.05亿元，审减率8.3%。',
    '全年完成预算评审项目128个，送审金额12.6亿元，核减1.05亿元，核减率8.3%。',
    '事业编制由10,293名核减到9,865名，核减428名。',
    '全县共走访慰问老干部1,260人次，县级领导带队走访和各单位自行走访分别为426人次、834人次。',
    '全年接待游客1,250万人次，省内游客、省外游客分别为830万人次和420万人次。',
    '全区公务用车由上年的412辆压减到386辆，其中执法执勤用车231辆、机要通信用车48辆、其他公务用车107辆。',
    '全年新建村级服务站和社区服务站分别为30个、40个，累计建成服务站60个。',
    '集团营运车辆总数2,860辆，其中新能源车辆2,498辆，新能源车辆占比由上年的81.6%提高到87.3%。',
    '一般公共预算收入12.6亿元，其中税收收入9.8亿元，税收占比77.8%。',
    '全年医共体总诊疗186.4万人次，其中基层医疗卫生机构121.7万人次，基层就诊率达到65.3%。',
    '全年医保基金按人头总额预付6.85亿元，年终结余留用3,260万元，结余率4.8%。',
    '全年新开工保障性住房1,260套，占省下达任务1,200套的105%。',
    // a share of a wider whole that agrees with the figure before it
    '今年全县高考报名考生3,862人，比上年增加145人，增长3.9%，占全市报名考生4.26万人的9.1%。',
    '全县社会消费品零售总额86.4亿元，占全市1,020亿元的8.5%。',
    '全县粮食总产量36.2万吨，占全市粮食总产量210万吨的17.2%。',
    // parts that may make the rounded whole, or reach a whole counted exactly (林业, 农业, 人社)
    '全年完成造林3.2万亩，占市下达任务2.8万亩的114.3%，其中人工造林1.1万亩、封山育林1.5万亩、退化林修复0.6万亩。',
    '全县粮食播种面积86.4万亩，其中小麦42.4万亩、玉米36.2万亩、大豆7.9万亩。',
    '全年培训农民工2,600人次，其中电工1,200人次、焊工1,400人次。',
    '集体经济年收入10万元以上的村达到186个，占全县212个行政村的87.7%。',
    '全县义务教育学校达到省定办学标准的有86所，占全县104所义务教育学校的82.7%。',
    '全县建成标准化村卫生室268个，占全县312个行政村卫生室的85.9%。',
    // after a share of the plan, the share of a wider whole is still the sentence's own figure's (交通, 农业, 商务)
    '全县完成交通固定资产投资18.6亿元，为年计划16.5亿元的112.7%，同比增长9.4%，占全市交通投资112.4亿元的16.5%。',
    '全县粮食总产量36.2万吨，完成年度目标35万吨的103.4%，占全市210万吨的17.2%。',
    '全县社会消费品零售总额86.4亿元，为年度预期目标84亿元的102.9%，占全市1,020亿元的8.5%。',
    '全年新增就业5,000人，其中城镇新增就业3,250人，城镇登记失业率3.2%。',
    '新增就业3,250人，其中高校毕业生1,200人，高校毕业生就业率95%。',
    '全场全年总收入2,860万元，其中财政补助1,920万元、经营收入940万元。',
    '项目总投资2,860万元，其中财政补助1,290万元、企业自筹940万元。',
  ],
  check(view, ctx) {
    const out: BlockFinding[] = []
    let start = 0
    // A 其中 after a ； that gives a part's share opens the parts of the whole the clause before
    // counts ("养老床位4,260张；其中护理型床位2,385张，护理型床位占比56.0%"): one sentence for the sums.
    const ends = [...view.text.matchAll(SENTENCE_END)]
      .filter((m) => !(/[；;]/.test(m[0]) && PARTS_AFTER_SEMICOLON.test(view.text.slice((m.index ?? 0) + 1))))
      .map((m) => (m.index ?? 0) + 1)
    for (const end of [...ends, view.text.length]) {
      if (end <= start) continue
      const figures = readSentence(view, start, end)
      start = end
      if (figures.length < 2) continue
      const found = [
        ...changeFindings(figures),
        ...againstBaseFindings(figures),
        ...countedSumFindings(figures),
        ...pointsFindings(figures),
        ...besideGapFindings(figures),
        ...partRateFindings(figures),
        ...bareShareFindings(figures),
        ...breakdownFindings(figures),
        ...listTotalFindings(figures),
        ...remainderFindings(figures),
        ...respectivelyFindings(figures),
        ...statedTargetFindings(figures),
        ...statedWholeFindings(figures),
        ...completionFindings(figures, ctx.options.figures),
        ...storeGrowthFindings(figures, ctx.options.figures),
        ...storePointsFindings(figures, ctx.options.figures),
      ]
      for (const f of found) out.push(finding(this.id, f))
    }
    for (const f of perHeadFindings(view)) out.push(finding(this.id, f))
    for (const f of industriesFindings(view)) out.push(finding(this.id, f))
    // A fund's income, spending and balance are often told a clause each, parted by ；: read to 。！？.
    for (const [from, to] of fullSentences(view.text))
      for (const f of balanceFindings(readSentence(view, from, to))) out.push(finding(this.id, f))
    // One finding a stretch: a complete breakdown (金牌、银牌、铜牌) has said already what is wrong with its parts.
    const said = (f: BlockFinding) => out.some((o) => o.from === f.from && o.to === f.to)
    for (const list of partsLists(view.text))
      for (const f of partsFindings(readSentence(view, list.from, list.to), list)) {
        const found = finding(this.id, f)
        if (!said(found)) out.push(found)
      }
    return out
  },
}
