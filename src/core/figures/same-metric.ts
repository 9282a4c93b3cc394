/**
 * A metric the library holds under another name that is most likely the one a figure of the
 * speech names: last year's speech set 招聘教师 as a target, this year's reports 公开招聘教师 done.
 * Under two names the panel shows no 完成率 and no 上年; 合并到… joins them, but only if the
 * secretary thinks of it. This says which metric to offer, never merges by itself.
 *
 * Offered only when both hold:
 * - the years complement each other: the figure lacks what the other metric has (its own
 *   number: 在校生 2026 stored as 在校学生; an actual its year's target; a target last year's
 *   actual), and the two hold no figure of one year and kind with different numbers, so joining
 *   them loses nothing and fills a gap;
 * - the names are alike: the shorter's characters all stand in the longer in their order
 *   (在校生 / 在校学生), or in that order once two of its words swap (培训教师 / 组织教师培训;
 *   新增城镇就业 / 城镇新增就业), in a unit of the same kind; and neither adds a word of change
 *   the other lacks: 新建幼儿园 counts the schools built, 幼儿园 all there are.
 * A figure with more than one such metric is offered none: the secretary chooses from 合并到….
 */
import type { FigureKind } from '../schema'
import { compatible, convert } from '../units'
import { FALL_VERBS, RISE_VERBS } from '../lang/changes'
import { type FigureIndex, type Metric, normalizeLabel } from './model'

/** Names shorter than this say too little to be matched by their characters (增长, 收入). */
const SHORTEST = 3
/** Pieces of a name swapped to read it in another word order are words: two characters or more. */
const WORD = 2

/**
 * Words that make a name count a change, not a level: 新建幼儿园 is how many were built, 幼儿园 how
 * many there are; 在校生同比增长 is a rate of change of 在校生.
 */
const CHANGE_WORDS: readonly string[] = ['新建', '新增', '新开工', ...RISE_VERBS, ...FALL_VERBS, '同比', '比上年']

/** Whether every character of `short` stands in `long`, in order (in 在校学生: 在校生). */
function inOrder(short: string, long: string): boolean {
  let at = 0
  for (const c of short) {
    at = long.indexOf(c, at)
    if (at < 0) return false
    at++
  }
  return true
}

/** `name` with two neighbouring words swapped, every way: 培训教师 → 教师培训, …. */
function swaps(name: string): string[] {
  const out: string[] = []
  for (let i = 0; i + 2 * WORD <= name.length; i++)
    for (let j = i + WORD; j + WORD <= name.length; j++)
      for (let k = j + WORD; k <= name.length; k++)
        out.push(name.slice(0, i) + name.slice(j, k) + name.slice(i, j) + name.slice(k))
  return out
}

/** Whether two metric names are alike enough to be offered as one (examples: SAME_METRIC_EXAMPLES). */
export function namesAlike(a: string, b: string): boolean {
  const [short, long] = [normalizeLabel(a), normalizeLabel(b)].sort((x, y) => x.length - y.length)
  if (short === long || short.length < SHORTEST) return false
  // In order or once swapped, the shorter's characters all stand in the longer: with one of them
  // missing, nothing below can match (the panel asks this of every line against every metric,
  // 230 × 240 times for a county speech; the swaps are many for a long name).
  if (![...short].every((c) => long.includes(c))) return false
  const changeOnlyIn = (x: string, y: string) =>
    CHANGE_WORDS.some((w) => x.includes(w) && ![...w].every((c) => y.includes(c)))
  if (changeOnlyIn(long, short) || changeOnlyIn(short, long)) return false
  if (inOrder(short, long)) return true
  return swaps(short).some((s) => inOrder(s, long))
}

export const SAME_METRIC_EXAMPLES: { alike: [string, string][]; unlike: [string, string][] } = {
  alike: [
    ['公开招聘教师', '招聘教师'],
    ['教育投入', '安排教育投入'],
    ['组织教师培训', '培训教师'],
    ['专任教师本科以上学历占比', '本科以上学历占比'],
    ['举办马拉松、篮球、乒乓球等群众性体育赛事', '举办群众性体育赛事'],
    ['城镇新增就业', '新增城镇就业'],
    ['新建改建农村公路', '农村公路新改建'],
    ['一般公共预算收入', '全县一般公共预算收入'],
    // Tryout 12 (C2): 在校学生 in the library, 在校生 in the speech.
    ['在校学生', '在校生'],
    ['规模以上工业增加值', '规上工业增加值'],
    ['农村居民人均可支配收入', '农村居民人均收入'],
  ],
  unlike: [
    ['一般公共预算收入', '税收收入'],
    ['粮食播种面积', '粮食总产量'],
    ['增长', '增长率'],
    ['新增就业', '新增就业'],
    ['培训农民', '农村劳动力转移就业'],
    ['城乡居民医保参保率', '职工医保参保率'],
    // Tryout 12 (A4): 3,862 专任教师 offered as the 1 专职心理健康教师 each school must have.
    ['专任教师', '专职心理健康教师'],
    // A count of those built or added is an increase, not the level (tryout 12, A2).
    ['幼儿园', '新建幼儿园'],
    ['医疗机构', '新增医疗机构'],
    ['在校生', '在校生同比增长'],
    ['专任教师', '专任教师比上年增加'],
  ],
}

/** What a figure of the speech is: the line the figures panel shows. */
export interface FigureOf {
  label: string
  unit: string
  year: number | null
  kind: FigureKind
}

/** The one metric stored under another name that is likely this figure's, or null (see the head of this file). */
export function likelySameMetric(index: FigureIndex, f: FigureOf): Metric | null {
  const own = index.metricFor(f.label)
  if (!own || f.year === null) return null
  const year = f.year
  // By key, not label: the panel asks this of every line (tryout 15, C1).
  const has = (m: Metric, y: number, kind: FigureKind) => index.valueByKey(m.key, y, kind) !== undefined
  // What this figure lacks: its own number (在校生 2026, stored as 在校学生), or what it is read
  // against (an actual its year's target, a target last year's actual). The other must hold one
  // of these, and no figure this one's metric holds with another number: joining them loses nothing.
  const [y, missing] = f.kind === 'actual' ? ([year, 'target'] as const) : ([year - 1, 'actual'] as const)
  const gaps = (
    [
      [year, f.kind],
      [y, missing],
    ] as const
  ).filter(([gy, gk]) => !has(own, gy, gk))
  // A figure both hold with different numbers: two things, both reported (or one of them wrong).
  const clashes = (m: Metric) =>
    index.valuesOf(m.key).some((v) => {
      const o = index.valueByKey(own.key, v.year, v.kind, v.span ?? '')
      return o !== undefined && Number(convert(v.value, v.unit, o.unit) ?? Number.NaN) !== Number(o.value)
    })
  // Only a metric holding a figure this one lacks can fill a gap: those are asked, not every metric.
  const holders = new Set(gaps.flatMap(([gy, gk]) => index.metricsHolding(gy, gk)))
  const found = [...holders].filter(
    (m) =>
      m.key !== own.key &&
      compatible(m.unit, f.unit) &&
      !clashes(m) &&
      [m.label, ...m.aliases].some((name) => namesAlike(name, f.label)),
  )
  return found.length === 1 ? found[0] : null
}
