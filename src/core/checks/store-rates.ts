/**
 * A growth rate said against the figures library's two years of its metric: the panel shows
 * 3.86→4.05亿元 (+4.9%) while the speech says 同比增长6.2% (tryout 9 #7, tryout 10 #5). When the
 * library holds the metric's actual for the rate's year and the year before, the rate follows
 * from them; a rate outside what their rounding allows is named with both numbers. Nothing is
 * said where the library lacks either year, and none of a rate at comparable prices (生产总值,
 * 增加值, 实际增长), which is no ratio of the two nominal numbers.
 */
import { atComparablePrices } from '../lang/changes'
import { inBase, slackOf } from '../units'
import { decimals, slotsInSentences } from './sentences'
import type { BlockView, DocumentFinding, DocumentRule, FigureLookup } from './types'
import { anyOf, RISE_VERBS } from '../lang/changes'

/** A rate's label, the name of what changed and which way: 税收收入同比增长 → 税收收入, up. */
const RATE_LABEL = /^(.{2,}?)(?:同比|比上年|较上年)?(增长|增速|增幅|下降|减少)$/

interface StatedRate {
  /** The rate's own label (税收收入同比增长) and the name of what changed (税收收入). */
  label: string
  name: string
  /** The rate as a signed percentage (a fall below zero). */
  value: number
  written: string
  year: number
  /** The unit of the figure of its name said just before it, if any: the library's numbers are read in it. */
  unit: string
  offset: number
  shown: string
}

const read = new WeakMap<BlockView, StatedRate[]>()

/** The rates of actuals in a block (cached by its view), each with its metric's name and the unit it is said in. */
function ratesOf(view: BlockView): StatedRate[] {
  const hit = read.get(view)
  if (hit) return hit
  const out: StatedRate[] = []
  let before: { label: string; unit: string; sentence: number } | null = null
  for (const { offset, attrs: a, sentence } of slotsInSentences(view)) {
    const m = a.role === 'metric' && a.unit === '%' ? RATE_LABEL.exec(a.label.replace(/\s/g, '')) : null
    if (m && a.value !== null && a.kind === 'actual' && a.year !== null && a.period === null) {
      const clause = view.text.slice(Math.max(0, offset - 12), offset)
      if (!atComparablePrices(m[1], clause)) {
        const up = /增/.test(m[2])
        out.push({
          label: a.label,
          name: m[1],
          value: up ? Number(a.value) : -Number(a.value),
          written: a.value,
          year: a.year,
          unit: before && before.sentence === sentence && before.label === m[1] ? before.unit : '',
          offset,
          shown: `${a.label}${a.value}%`,
        })
      }
    }
    before = a.role === 'metric' ? { label: a.label.replace(/\s/g, ''), unit: a.unit, sentence } : null
  }
  read.set(view, out)
  return out
}

/** The rate the library's two years give, with the lowest and highest their rounding allows; null without both. */
function libraryRate(lookup: FigureLookup, r: StatedRate) {
  const now = lookup(r.name, r.year, 'actual', r.unit)
  const then = lookup(r.name, r.year - 1, 'actual', r.unit)
  if (now === undefined || then === undefined) return null
  const a = Number(now)
  const b = Number(then)
  if (!(b > 0) || !Number.isFinite(a)) return null
  // slackOf is in the unit's base (元 of 亿元): back into the unit the numbers are written in.
  const base = inBase('1', r.unit)
  const sa = slackOf(now, r.unit) / base
  const sb = slackOf(then, r.unit) / base
  return {
    now,
    then,
    rate: (a / b - 1) * 100,
    low: ((a - sa) / (b + sb) - 1) * 100,
    high: ((a + sa) / Math.max(b - sb, Number.MIN_VALUE) - 1) * 100,
  }
}

export const rateAgainstStore: DocumentRule = {
  id: 'rate-against-store',
  name: '增长率与数字库不符',
  severity: 'warning',
  group: '数字',
  scope: 'document',
  purpose:
    '数字库里有这个指标本年和上年的实际数时，文中写的增长率（同比增长6.2%）要和两年的数算出来的一致；数字库缺一年的不查，按可比价计算的（地区生产总值、增加值、实际增长）不查。',
  fires: [
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
  ],
  quiet: [
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
  ],
  check(tops, ctx) {
    const lookup = ctx.figures
    if (!lookup) return []
    const out: DocumentFinding[] = []
    for (const t of tops)
      for (const b of t.blocks)
        for (const r of ratesOf(b.view)) {
          const lib = libraryRate(lookup, r)
          if (!lib) continue
          const slack = 0.5 * 10 ** -decimals(r.written)
          if (r.value >= lib.low - slack && r.value <= lib.high + slack) continue
          // The library holding another number for the rate itself is differs-from-store's to say: one slip, one warning.
          const own = lookup(r.label, r.year, 'actual', '%')
          if (own !== undefined && Math.abs(Number(own) - Number(r.written)) > slack) continue
          const places = Math.max(1, decimals(r.written))
          const said = lib.rate >= 0 ? `增长${lib.rate.toFixed(places)}%` : `下降${(-lib.rate).toFixed(places)}%`
          const unit = r.unit
          const at = t.pos + b.offset + r.offset
          out.push({
            rule: this.id,
            message: `数字库里“${r.name}”${r.year - 1}年实际是${lib.then}${unit}，${r.year}年实际是${lib.now}${unit}，算下来${said}；这里写的是${r.written}%。请核对：数字库对的，请改这里；这里对的，请在数字库里改。`,
            from: at,
            to: at + 1,
            excerpt: r.shown,
          })
        }
    return out
  },
}

/**
 * A target the speech says is a rise, below the actual the library holds for the year before:
 * 力争税收收入达到3.9亿元，增长6%以上 against 4.05亿元 last year. "Should grow" is read from the
 * text's own words only: a rise to the target (提高到, 增加至) or a rise said of the same metric in
 * the same sentence (税收收入…增长6%). A target without such words (新增停车位900个, a yearly
 * amount that may well be lower than last year's) says nothing.
 */
const RISE_TO = new RegExp(`${anyOf([...RISE_VERBS, '增'])}(?:到|至)\\s*$`)

interface Target {
  label: string
  value: string
  unit: string
  year: number
  offset: number
  shown: string
}

const targetsRead = new WeakMap<BlockView, Target[]>()

/** The targets of a block said to rise (cached by its view). */
function risingTargets(view: BlockView): Target[] {
  const hit = targetsRead.get(view)
  if (hit) return hit
  const placed = [...slotsInSentences(view)]
  const out: Target[] = []
  for (const p of placed) {
    const a = p.attrs
    if (a.role !== 'metric' || a.kind !== 'target' || a.value === null || a.year === null || a.period !== null) continue
    const label = a.label.replace(/\s/g, '')
    // A rate is no level to reach (增长6%); a share is (绿地率提高到38%).
    if (a.unit === '个百分点' || (a.unit === '%' && RATE_LABEL.test(label))) continue
    const risesTo = RISE_TO.test(view.text.slice(p.clause, p.offset))
    // A rise of the same metric said after it in its sentence: 税收收入达到4.1亿元，增长6%.
    const rate = placed.find((q) => {
      if (q.offset <= p.offset || q.sentence !== p.sentence || q.attrs.unit !== '%' || q.attrs.value === null)
        return false
      const m = RATE_LABEL.exec(q.attrs.label.replace(/\s/g, ''))
      return m !== null && m[1] === label && /增/.test(m[2]) && Number(q.attrs.value) > 0
    })
    if (!risesTo && !rate) continue
    out.push({
      label,
      value: a.value,
      unit: a.unit,
      year: a.year,
      offset: p.offset,
      shown: `${a.label}${a.value}${a.unit}`,
    })
  }
  targetsRead.set(view, out)
  return out
}

export const targetBelowActual: DocumentRule = {
  id: 'target-below-actual',
  name: '目标低于上年实际',
  severity: 'warning',
  group: '数字',
  scope: 'document',
  purpose:
    '文中说要增长（提高到、增长6%）的目标，比数字库里上一年的实际数还低：多是目标没随上年实际更新。文中没说增长的目标（新增停车位900个）不查。',
  fires: [
    {
      text: '全年力争税收收入达到3.9亿元，增长6%以上。',
      in: 'tasks',
      store: [{ label: '税收收入', year: 2025, kind: 'actual', value: '4.05', unit: '亿元' }],
    },
    {
      text: '把森林覆盖率提高到62.5%，城市建成区绿地率提高到38%。',
      in: 'tasks',
      store: [{ label: '城市建成区绿地率', year: 2025, kind: 'actual', value: '38.6', unit: '%' }],
    },
    {
      text: '全年接待游客增加到480万人次。',
      in: 'tasks',
      store: [{ label: '接待游客', year: 2025, kind: 'actual', value: '486', unit: '万人次' }],
    },
  ],
  quiet: [
    {
      text: '全年力争税收收入达到4.3亿元，增长6%以上。',
      in: 'tasks',
      store: [{ label: '税收收入', year: 2025, kind: 'actual', value: '4.05', unit: '亿元' }],
    },
    {
      text: '完成老旧小区改造12个，新增停车位880个。',
      in: 'tasks',
      store: [{ label: '新增停车位', year: 2025, kind: 'actual', value: '920', unit: '个' }],
    },
    {
      text: '生产安全事故起数控制在15起以内。',
      in: 'tasks',
      store: [{ label: '生产安全事故起数', year: 2025, kind: 'actual', value: '18', unit: '起' }],
    },
    {
      text: '全年力争税收收入达到4.0亿元，增长6%以上。',
      in: 'tasks',
      store: [{ label: '税收收入', year: 2024, kind: 'actual', value: '4.05', unit: '亿元' }],
    },
  ],
  check(tops, ctx) {
    const lookup = ctx.figures
    if (!lookup) return []
    const out: DocumentFinding[] = []
    for (const t of tops)
      for (const b of t.blocks)
        for (const g of risingTargets(b.view)) {
          const last = lookup(g.label, g.year - 1, 'actual', g.unit)
          if (last === undefined) continue
          const slack = slackOf(g.value, g.unit) + slackOf(last, g.unit)
          if (inBase(g.value, g.unit) >= inBase(last, g.unit) - slack) continue
          const at = t.pos + b.offset + g.offset
          out.push({
            rule: this.id,
            message: `“${g.label}”${g.year}年目标是${g.value}${g.unit}，文中说要增长，却比数字库里${g.year - 1}年实际数${last}${g.unit}还低。请核对目标（或数字库里的上年实际数）。`,
            from: at,
            to: at + 1,
            excerpt: g.shown,
          })
        }
    return out
  },
}
