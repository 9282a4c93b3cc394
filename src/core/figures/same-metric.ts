/**
 * A metric the library holds under another name that is most likely the one a figure of the
 * speech names: last year's speech set 招聘教师 as a target, this year's reports 公开招聘教师 done.
 * Under two names the panel shows no 完成率 and no 上年; 合并到… joins them, but only if the
 * secretary thinks of it. This says which metric to offer, never merges by itself.
 *
 * Offered only when both hold:
 * - the years complement each other: the figure lacks what the other metric has (an actual
 *   lacks its year's target, which the other holds without an actual; a target lacks last
 *   year's actual, which the other holds without a target of the year), so joining them loses
 *   nothing and fills a gap;
 * - the names are alike: one holds nearly every character of the other (word order may differ:
 *   组织教师培训 / 培训教师; 城镇新增就业 / 新增城镇就业), in a unit of the same kind.
 * A figure with more than one such metric is offered none: the secretary chooses from 合并到….
 */
import type { FigureKind } from '../schema'
import { compatible } from '../units'
import { type FigureIndex, type Metric, normalizeLabel } from './model'

/** How much of the shorter name the longer must hold, by characters. */
const ALIKE = 0.75
/** Names shorter than this say too little to be matched by their characters (增长, 收入). */
const SHORTEST = 3

/** Whether two metric names are alike enough to be offered as one (examples: SAME_METRIC_EXAMPLES). */
export function namesAlike(a: string, b: string): boolean {
  const [short, long] = [normalizeLabel(a), normalizeLabel(b)].sort((x, y) => x.length - y.length)
  if (short === long || short.length < SHORTEST) return false
  if (long.includes(short)) return true
  const pool = [...long]
  let held = 0
  for (const c of short) {
    const at = pool.indexOf(c)
    if (at < 0) continue
    pool.splice(at, 1)
    held++
  }
  return held / short.length >= ALIKE
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
  ],
  unlike: [
    ['一般公共预算收入', '税收收入'],
    ['粮食播种面积', '粮食总产量'],
    ['增长', '增长率'],
    ['新增就业', '新增就业'],
    ['培训农民', '农村劳动力转移就业'],
    ['城乡居民医保参保率', '职工医保参保率'],
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
  const has = (m: Metric, y: number, kind: FigureKind) => index.value(m.label, y, kind) !== undefined
  // What this figure lacks (an actual its year's target, a target last year's actual), which the
  // other must hold; and the other must not hold a figure of this one's own year and kind.
  const [y, missing] = f.kind === 'actual' ? ([year, 'target'] as const) : ([year - 1, 'actual'] as const)
  if (has(own, y, missing)) return null
  const found = index.metrics.filter(
    (m) =>
      m.key !== own.key &&
      compatible(m.unit, f.unit) &&
      has(m, y, missing) &&
      !has(m, year, f.kind) &&
      [m.label, ...m.aliases].some((name) => namesAlike(name, f.label)),
  )
  return found.length === 1 ? found[0] : null
}
