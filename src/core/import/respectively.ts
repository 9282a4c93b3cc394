/**
 * Which metric each figure of a 分别 clause is: the n-th figure after 分别 belongs to the n-th
 * item the clause refers to. The items are the subject's own list ("事故起数、死亡人数和直接财产
 * 损失同比分别下降…"), or, when the subject names no list, the figures said before it in the same
 * sentence ("机动车保有量达到186.4万辆，机动车驾驶人236.8万人，分别比上年末增长6.2%和5.1%";
 * "高血压患者3.42万人、糖尿病患者1.16万人，规范管理率分别为78.4%和76.9%").
 */
import { YEAR } from '../lang/years'
import { COMPANION, listItems, listOwners, runningTotalOf, stripLead, TRAIL_WORDS } from './labels'

const TRAIL = new RegExp(`(?:${TRAIL_WORDS.join('|')})+$`)

/** A comparison before a change, before 分别 or after it: 同比, 比上年末, 较2020年. */
const COMPARISON = `(?:同比|环比|(?:比|较)(?:上年|去年|上一年|年初|同期|${YEAR}年)(?:末|底|同期)?)`
const COMPARISON_END = new RegExp(`${COMPARISON}$`)
const COMPARISON_START = new RegExp(`^${COMPARISON}`)

/**
 * A measure that is of whatever was counted just before it, not a metric of its own: 规范管理率,
 * 参保率, 总投资, 增速. "城乡居民医保参保率" names its own owner and is not one.
 */
const OWNED_MEASURE = /^[\u4e00-\u9fff]{0,4}(?:率|比例|比重|占比|增速|增幅|人数|户数|金额|资金|投资)$/

export interface RespectivelyClause {
  /** The words of the clause before 分别. */
  subject: string
  /** The words between 分别 and the first figure after it. */
  verb: string
  /** The words between the figure before in the list and this one: a verb of its own ("下降3.2%和增长6.8%"). */
  own: string
  /** How many figures the clause gives, and which of them this one is. */
  given: number
  index: number
  /** Labels of the figures said before the clause in its sentence, companions left out. */
  said: readonly string[]
  /** Labels of the last list of figures read, and of the last figure: what older speeches refer back to. */
  list: readonly string[]
  prev: string
  /** The owners an earlier 分别 list of the sentence named (城网, 农网; see listOwners), or none. */
  owners: readonly string[]
}

export interface RespectivelyLabel {
  label: string
  /** Whether the figure is a change or share of one said before (not a metric of its own). */
  companion: boolean
  /** Whether it starts a new list of metrics. */
  fresh: boolean
  /** The owners the list gives one figure each, for a later list of the sentence. */
  owners?: readonly string[]
}

/** An item that is a stretch of time (一季度, 上半年, 1至6月): the list says when, not what. */
const TIME_ITEM = /(?:季度|月份|月|上半年|下半年|全年|年度)$/

/** The label of the `index`-th figure of a 分别 clause. */
export function respectivelyLabel(clause: RespectivelyClause): RespectivelyLabel {
  const { subject, given, index, said, list, prev } = clause
  // "同比分别下降3.2%和增长6.8%": a figure after the first may say its own change.
  const own = clause.own.replace(/^\s*(?:和|及|与|、|，|,)\s*/, '').replace(TRAIL, '')
  const verb = index > 0 && own && COMPANION.test(own) ? own : clause.verb.replace(TRAIL, '')
  const comparison = COMPARISON_END.exec(subject)?.[0] ?? ''
  const change = comparison + verb
  const items = listItems(subject.slice(0, subject.length - comparison.length), given)
  if (items.length >= 2) {
    // "事故起数、死亡人数同比分别下降8.4%、6.9%": the change of each item, not the item itself.
    const item = items[Math.min(index, items.length - 1)]
    const isChange = COMPANION.test(change.replace(COMPARISON_START, ''))
    // "一、二、三季度分别接待游客": a time is no metric; what is counted is said after 分别.
    const when = TIME_ITEM.test(item) && verb.length >= 2
    const owners = listOwners(subject.slice(0, subject.length - comparison.length), given) ?? undefined
    return { label: isChange || when ? item + change : item, companion: false, fresh: index === 0, owners }
  }
  const named = stripLead(subject).replace(TRAIL, '')
  // The figures of the sentence before the clause, when there are as many as the clause gives.
  const referred = given >= 2 && said.length >= given ? said.slice(-given) : null
  // "城网、农网供电可靠率分别达到……，户均停电时间分别为1.93小时、7.71小时": the metric of each
  // owner the sentence's first list named, when it names a metric and none of its own owners.
  const { owners } = clause
  const metric = stripLead(subject.slice(0, subject.length - comparison.length)).replace(TRAIL, '')
  if (
    owners.length === given &&
    metric.length >= 2 &&
    !COMPANION.test(metric) &&
    !owners.some((owner) => metric.includes(owner))
  )
    return { label: owners[index] + metric + change, companion: false, fresh: index === 0, owners }
  if (named.length >= 4 && !COMPANION.test(named) && !(referred && OWNED_MEASURE.test(named)))
    // "城乡居民人均可支配收入分别达到46,280元和23,950元": the subject is a metric of its own.
    return { label: named + verb, companion: false, fresh: index === 0 }
  const of = referred?.[index] ?? list[index] ?? prev
  // "新创建示范学校6所、示范社区4个，累计分别达到38所和27个": the running total of each, a metric of its own.
  const total = referred ? runningTotalOf(of, subject) : null
  if (total) return { label: total, companion: false, fresh: false }
  return { label: of + named + verb, companion: true, fresh: false }
}
