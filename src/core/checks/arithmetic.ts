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
import { COUNTING_UNIT, PER_QUALIFIER } from '../lang/units'
import { NEGATION_BEFORE } from '../lang/words'
import { ON_LAST_YEAR } from '../lang/years'
import { inBase, parseUnit } from '../units'
import type { BlockFinding, BlockRule, BlockView, FigureLookup } from './types'

/** What the words just before a figure make it. */
export type Role = 'rate-up' | 'rate-down' | 'change-up' | 'change-down' | 'from' | 'to' | 'completion'

/** A pattern read from the words just before a figure: its name, its purpose, and examples. */
export interface RolePattern {
  name: string
  purpose: string
  role: Role
  /** Matches the end of the words before the figure. */
  before: RegExp
  /** The figure must be a rate (%) or an amount. */
  unit: 'rate' | 'amount'
  /** Words before a figure that this pattern must read, and words it must not. */
  examples: { match: string[]; noMatch: string[] }
}

const SINCE = `(?:${ON_LAST_YEAR}|比\\d{4}年)?`

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
    purpose: 'A growth rate: up by a share of last year (同比增长8.2%).',
    role: 'rate-up',
    before: new RegExp(`${SINCE}(?:分别)?(?:增长|提高|上升|提升|增加|增幅为|增速为)了?$`),
    unit: 'rate',
    examples: { match: ['同比增长', '比上年增长', '分别增长', '增长了'], noMatch: ['增长到', '下降'] },
  },
  {
    name: 'rate-down',
    purpose: 'A fall as a share of last year (分别下降25%、18.2%).',
    role: 'rate-down',
    before: new RegExp(`${SINCE}(?:分别)?(?:下降|减少|降低|回落)了?$`),
    unit: 'rate',
    examples: { match: ['同比下降', '分别下降', '下降了'], noMatch: ['下降到', '增长'] },
  },
  {
    name: 'to',
    purpose: 'Where a change ended (由386.5亿元增加到425.6亿元).',
    role: 'to',
    before: new RegExp(`(?:增加|增长|提高|上升|提升|下降|减少|降低)(?:到|至)(?:\\d{4}年的?)?${PER_QUALIFIER}?$`),
    unit: 'amount',
    examples: { match: ['增加到', '提高至2025年的', '下降到', '提高到每人每月'], noMatch: ['增加', '达到'] },
  },
  {
    name: 'from',
    purpose: 'Where a change started (由2024年的386.5亿元…).',
    role: 'from',
    before: new RegExp(`(?:由|从)(?:\\d{4}年(?:底)?的?)?${PER_QUALIFIER}?$`),
    unit: 'amount',
    examples: { match: ['由', '从2024年的', '由2020年底的', '由每人每月'], noMatch: ['其中', '来自'] },
  },
  {
    name: 'change-up',
    purpose: 'An increase over last year, as an amount (比上年增加480元, 增收0.95亿元).',
    role: 'change-up',
    before: new RegExp(`${SINCE}(?:分别)?(?:增加|增收|增长|多|提高)了?$`),
    unit: 'amount',
    examples: { match: ['比上年增加', '增收', '同比分别增加'], noMatch: ['增加到', '新增'] },
  },
  {
    name: 'change-down',
    purpose: 'A fall from last year, as an amount (同比分别减少4起、2人).',
    role: 'change-down',
    before: new RegExp(`${SINCE}(?:分别)?(?:减少|下降|少|减收|降低)了?$`),
    unit: 'amount',
    examples: { match: ['同比分别减少', '减收', '比上年少'], noMatch: ['减少到', '增加'] },
  },
]

/** Words that open the parts of a whole: 其中出口62.3亿美元、进口24.4亿美元. */
export const PARTS_START = /其中[：:，,]?/

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
  message: string
  severity?: 'info'
}

const RATE_BASES = new Set(['%'])
const SENTENCE_END = /[。！？；]/g
/** Words that make a figure approximate: its arithmetic cannot be checked. */
const APPROXIMATE = /(?:近|约|超过|逾|不到|不足|接近|将近|大约)$/

/**
 * How far a written figure may be from the true value. A count of whole things written to its
 * last unit (由31人下降到26人) is exact; a round count (3250人) may be rounded to tens.
 */
function slackOf(written: string, unit: string): number {
  const decimals = written.split('.')[1]?.length ?? 0
  const u = parseUnit(unit)
  if (!decimals && u.factor === 1 && COUNTING_UNIT.test(u.base) && !written.endsWith('0')) return 0
  return 0.5 * 10 ** -decimals * u.factor
}

const PER = new RegExp(`${PER_QUALIFIER}$`)
/**
 * A figure said against another base (比底价增值18.6亿元, 比预算节约): a difference from that
 * base, not a part of the whole before it, so a rate named after it (增值率) is over that base.
 */
const AGAINST_ANOTHER_BASE = /比[\u4e00-\u9fff]{1,8}$/

/** The figures of one sentence with their roles, read from the words before each. */
function readSentence(view: BlockView, from: number, to: number): Figure[] {
  const out: Figure[] = []
  let inParts = false
  let last = from
  for (const s of view.slots) {
    if (s.offset < from || s.offset >= to) continue
    const a = s.attrs
    const words = view.text.slice(last, s.offset).replace(/\s/g, '')
    last = s.offset + 1
    if (a.role !== 'metric' || a.value === null || a.approx || APPROXIMATE.test(words)) continue
    const unit = parseUnit(a.unit)
    const rate = RATE_BASES.has(unit.base)
    let role: Role | null = null
    for (const p of ROLE_PATTERNS) {
      if ((p.unit === 'rate') === rate && p.before.test(words)) {
        role = p.role
        break
      }
    }
    // A list continues the role of the figure before it: 分别减少4起、2人.
    const prev = out.at(-1)
    if (!role && prev && prev.rate === rate && /^[、和及与]$/.test(words)) role = prev.role
    if (PARTS_START.test(words)) inParts = true
    out.push({
      offset: s.offset,
      words,
      attrs: a,
      value: inBase(a.value, a.unit),
      slack: slackOf(a.value, a.unit),
      base: unit.base,
      rate,
      role,
      part: inParts && role === null && !rate,
      per: PER.test(words),
    })
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
/** A rate averaged over years (年均增长7.8%): compound growth, not the change on last year. */
const ANNUAL_AVERAGE = /年均|年平均|平均每年/
const yearIn = (words: string) => {
  const m = /((?:19|20)\d{2})年/.exec(words)
  return m ? Number(m[1]) : null
}
const isChange = (f: Figure) => f.role === 'change-up' || f.role === 'change-down'
const isPlain = (f: Figure) => !f.rate && f.role === null && !f.part

/** Value, increase and growth rate of one thing in a sentence; also 由A增加到B，增长r%. */
function changeFindings(figures: Figure[]): Found[] {
  const out: Found[] = []
  const values = figures.filter(isPlain)
  const changes = figures.filter(isChange)
  const rates = figures.filter(isRate)
  // Increases and rates pair in order when the sentence lists them alike (分别减少…，分别下降…).
  const pairs: [Figure, Figure][] =
    changes.length === rates.length
      ? (changes.map((c, i) => [c, rates[i]]).filter(([, r]) => !ANNUAL_AVERAGE.test(r.words)) as [Figure, Figure][])
      : []
  for (const [change, rate] of pairs) {
    const up = change.role === 'change-up'
    if (up !== (rate.role === 'rate-up')) {
      out.push({
        at: rate,
        message: `这里说数额${up ? '增加' : '减少'}了${shown(change)}，比率却说${up ? '下降' : '增长'}了${shown(rate)}，方向不一致，请核对。`,
      })
      continue
    }
    // The thing that changed: the nearest figure before the change counted in the same unit.
    const value = values.filter((v) => v.base === change.base && v.offset < change.offset).at(-1)
    if (!value) continue
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
        message: `${shown(value)}比上年${up ? '增加' : '减少'}${shown(change)}，算下来${up ? '增长' : '下降'}约${around(bounds)}，文中写的是${shown(rate)}，请核对。`,
      })
  }
  const from = figures.find((f) => f.role === 'from')
  const to = from && figures.find((f) => f.role === 'to' && f.base === from.base && f.offset > from.offset)
  const rate = to && figures.find((f) => isRate(f) && f.offset > to.offset)
  if (from && to && rate && !pairs.some(([, r]) => r === rate)) {
    if (ANNUAL_AVERAGE.test(rate.words)) return [...out, ...averageFindings(from, to, rate)]
    const d = to.value - from.value
    const bounds = rateBounds(
      { value: Math.abs(d), slack: to.slack + from.slack },
      { low: from.value - from.slack, high: from.value + from.slack },
    )
    if (bounds && d !== 0 && d > 0 !== (rate.role === 'rate-up'))
      out.push({
        at: rate,
        message: `从${shown(from)}到${shown(to)}是${d > 0 ? '增加' : '减少'}，文中却说${rate.role === 'rate-up' ? '增长' : '下降'}，请核对。`,
      })
    else if (bounds && outside(rate, bounds))
      out.push({
        at: rate,
        message: `从${shown(from)}到${shown(to)}，算下来变化约${around(bounds)}，文中写的是${shown(rate)}，请核对。`,
      })
  }
  return out
}

/** 由2020年的A增加到2025年的B，年均增长r%: the compound rate over the years between. */
function averageFindings(from: Figure, to: Figure, rate: Figure): Found[] {
  const start = yearIn(from.words)
  const end = yearIn(to.words)
  if (start === null || end === null || end <= start || from.value - from.slack <= 0) return []
  const n = end - start
  const grow = (a: number, b: number) => ((b / a) ** (1 / n) - 1) * 100
  const bounds = {
    low: grow(from.value + from.slack, to.value - to.slack),
    high: grow(from.value - from.slack, to.value + to.slack),
  }
  const stated = rate.role === 'rate-up' ? rate : { ...rate, attrs: { ...rate.attrs, value: `-${rate.attrs.value}` } }
  if (!outside(stated, bounds)) return []
  return [
    {
      at: rate,
      message: `从${start}年的${shown(from)}到${end}年的${shown(to)}，${n}年间年均变化约${around(bounds)}，文中写的是${shown(rate)}，请核对。`,
    },
  ]
}

/** Parts after 其中 that add to more than their whole (or fall just short of it, as an info). */
function partsFindings(figures: Figure[]): Found[] {
  const first = figures.findIndex((f) => f.part)
  if (first < 0) return []
  const parts = figures.filter((f, i) => i >= first && f.part && f.base === figures[first].base)
  if (parts.length < 2) return []
  const whole = figures
    .slice(0, first)
    .reverse()
    .find((f) => f.base === parts[0].base && isPlain(f) && !f.per)
  if (!whole) return []
  const sum = parts.reduce((s, p) => s + p.value, 0)
  const slack = whole.slack + parts.reduce((s, p) => s + p.slack, 0)
  const last = parts[parts.length - 1]
  const inUnit = (v: number) => Number((v / parseUnit(whole.attrs.unit).factor).toFixed(6))
  if (sum - slack > whole.value)
    return [
      { at: last, message: `其中各项加起来是${inUnit(sum)}${whole.attrs.unit}，超过了总数${shown(whole)}，请核对。` },
    ]
  // Listed parts covering all but a sliver of the whole: more likely a slip than a part left out.
  if (sum + slack < whole.value && whole.value - sum < whole.value * 0.01)
    return [
      {
        at: last,
        severity: 'info',
        message: `其中各项加起来是${inUnit(sum)}${whole.attrs.unit}，比总数${shown(whole)}少一点；若已列全，可能有个数字写错了。`,
      },
    ]
  return []
}

/** Whether one name ends with the other, and what the longer adds is not a negation (不合格 and 合格). */
function sameEnd(a: string, b: string): boolean {
  const [long, short] = a.length >= b.length ? [a, b] : [b, a]
  return long.endsWith(short) && !NEGATION_BEFORE.test(long.slice(0, -short.length))
}

/**
 * A rate named by a part of a whole (合格率 after 合格1498批次, 审结率 after 审结248件): the
 * part over the whole counted before it in the sentence, in the same unit and year. Not when the
 * whole is itself of that name (参保人数 and 参保率 over the population: another base).
 */
function partRateFindings(figures: Figure[]): Found[] {
  const out: Found[] = []
  for (const rate of figures) {
    if (!rate.rate || rate.base !== '%' || (rate.role !== null && rate.role !== 'to')) continue
    const stem = rate.attrs.label.replace(/\s/g, '').replace(/率$/, '')
    if (stem === rate.attrs.label || stem.length < 2) continue
    // The rate's name as written before it ("参保率达到"), when the words name one.
    const written = /([\u4e00-\u9fff]{2,})率[^\u4e00-\u9fff]*(?:达到|为|是|达)?$/.exec(rate.words)?.[1] ?? stem
    // The part: the count whose name the rate's ends with (or that ends with the rate's), the
    // longest; not one that differs by a negation (不合格 is not 合格).
    const part = figures
      .filter(
        (f) =>
          f.offset < rate.offset &&
          !f.rate &&
          f.role === null &&
          !f.per &&
          !AGAINST_ANOTHER_BASE.test(f.words) &&
          f.attrs.year === rate.attrs.year,
      )
      .filter((f) => f.attrs.label.length >= 2 && sameEnd(stem, f.attrs.label))
      .sort((a, b) => b.attrs.label.length - a.attrs.label.length)[0]
    if (!part) continue
    const key = part.attrs.label.length < stem.length ? part.attrs.label : stem
    const whole = figures.filter((f) => f.offset < part.offset && isPlain(f) && !f.per && f.base === part.base).at(-1)
    const ofWhole = (name: string) => whole?.attrs.label.includes(name.slice(-key.length)) ?? false
    if (!whole || ofWhole(key) || ofWhole(written) || whole.value - whole.slack <= 0) continue
    const bounds = {
      low: (Math.max(0, part.value - part.slack) / (whole.value + whole.slack)) * 100,
      high: ((part.value + part.slack) / (whole.value - whole.slack)) * 100,
    }
    if (bounds.low > 100) continue
    if (outside(rate, bounds))
      out.push({
        at: rate,
        message: `${shown(whole)}中${part.attrs.label}${shown(part)}，算下来${rate.attrs.label}约${around(bounds)}，文中写的是${shown(rate)}，请核对。`,
      })
  }
  return out
}

/** What is left of income after spending: 当期结余 = 收入 − 支出 (not 累计结余, a fund's stock). */
const BALANCE = {
  income: /收入$/,
  spending: /支出$/,
  balance: /^(?!.*(?:累计|滚存))[\u4e00-\u9fff]*(?:结余|节余|盈余|结存)$/,
}

/** A balance stated with its income and spending in one sentence must be their difference. */
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
    const bounds = {
      low: ((actual.value - actual.slack) / (t.value + t.slack)) * 100,
      high: ((actual.value + actual.slack) / (t.value - t.slack)) * 100,
    }
    if (outside(rate, bounds))
      out.push({
        at: rate,
        message: `${shown(actual)}对目标${target}${actual.attrs.unit}，完成率约${around(bounds)}，文中写的是${shown(rate)}，请核对。`,
      })
  }
  return out
}

/** A growth rate against this year's value in the sentence and last year's actual in the figures store. */
function storeGrowthFindings(figures: Figure[], lookup: FigureLookup | undefined): Found[] {
  if (!lookup) return []
  const rates = figures.filter(isRate)
  if (figures.some(isChange) || rates.length !== 1 || figures.some((f) => f.role === 'from')) return []
  const rate = rates[0]
  // Only a change on last year (同比, 比上年, or none said) is read against last year's figure;
  // not one on an earlier year, nor a rate averaged over years (年均增长: compound, over many).
  if (/[比较]\d{4}年/.test(rate.words) || ANNUAL_AVERAGE.test(rate.words)) return []
  const value = figures.filter((f) => isPlain(f) && f.offset < rate.offset).at(-1)
  if (!value || value.attrs.year === null || value.attrs.kind !== 'actual') return []
  const before = lookup(value.attrs.label, value.attrs.year - 1, 'actual', value.attrs.unit)
  if (!before) return []
  const p = { value: inBase(before, value.attrs.unit), slack: slackOf(before, value.attrs.unit) }
  const d = value.value - p.value
  const bounds = rateBounds(
    { value: Math.abs(d), slack: value.slack + p.slack },
    { low: p.value - p.slack, high: p.value + p.slack },
  )
  if (!bounds) return []
  const unit = value.attrs.unit
  if (Math.abs(d) > value.slack + p.slack && d > 0 !== (rate.role === 'rate-up'))
    return [
      {
        at: rate,
        message: `上年是${before}${unit}，今年${shown(value)}，是${d > 0 ? '增加' : '减少'}，文中却说${rate.role === 'rate-up' ? '增长' : '下降'}，请核对。`,
      },
    ]
  if (outside(rate, bounds))
    return [
      {
        at: rate,
        message: `上年是${before}${unit}，今年${shown(value)}，算下来变化约${around(bounds)}，文中写的是${shown(rate)}，请核对。`,
      },
    ]
  return []
}

/** The arithmetic check, sentence by sentence. */
export const arithmetic: BlockRule = {
  id: 'arithmetic',
  name: '数字对不上',
  severity: 'warning',
  group: '数字',
  scope: 'block',
  usesSlots: true,
  purpose:
    '同一句里的数值、增减额和增长率要对得上，“其中”各项加起来不能超过总数，合格率、结案率这类比率是其中一项占总数的比例，结余是收入减支出（按四舍五入留余地）。',
  fires: [
    '农村居民人均可支配收入达到5,120元，同比增长9.6%，比上年增加210元。',
    '外贸进出口总额86.7亿元，其中出口63.3亿元、进口24.4亿元。',
    '规上工业总产值由2024年的386.5亿元增加到2025年的425.6亿元，增长12.1%。',
    '农村低保标准由每人每月560元提高到620元，提高15.2%。',
    '全县道路交通事故死亡人数由31人下降到26人，下降19.1%。',
    '全年受理行政复议案件260件，审结248件，审结率97.4%。',
    '全年抽检农产品1,520批次，其中合格1,498批次、不合格22批次，合格率98.6%，不合格率2.4%。',
    '医保基金总收入12.6亿元，总支出11.8亿元，当期结余1.2亿元。',
  ],
  quiet: [
    '农村居民人均可支配收入达到5,120元，同比增长4.3%，比上年增加210元。',
    '外贸进出口总额86.7亿元，其中出口62.3亿元、进口24.4亿元。',
    '新增就业3250人，其中高校毕业生1200人、就业困难人员300人。',
    '收入近5120元，比上年增加210元，增长9.6%。',
    '农村低保标准由每人每月560元提高到620元，提高10.7%。',
    '全县道路交通事故死亡人数由31人下降到26人，下降16.1%。',
    '全年受理行政复议案件260件，审结248件，审结率95.4%。',
    '全年抽检农产品1,520批次，每千人3.6批次，其中合格1,498批次、不合格22批次，合格率98.6%，不合格率1.4%。',
    '全县参保人数达到48.6万人，其中城乡居民参保36.2万人，参保率96.8%。',
    '医保基金总收入12.6亿元，总支出11.8亿元，累计结余9.3亿元。',
  ],
  check(view, ctx) {
    const out: BlockFinding[] = []
    let start = 0
    const ends = [...view.text.matchAll(SENTENCE_END)].map((m) => (m.index ?? 0) + 1)
    for (const end of [...ends, view.text.length]) {
      if (end <= start) continue
      const figures = readSentence(view, start, end)
      start = end
      if (figures.length < 2) continue
      const found = [
        ...changeFindings(figures),
        ...partsFindings(figures),
        ...partRateFindings(figures),
        ...balanceFindings(figures),
        ...completionFindings(figures, ctx.options.figures),
        ...storeGrowthFindings(figures, ctx.options.figures),
      ]
      for (const f of found)
        out.push({
          rule: this.id,
          message: f.message,
          from: f.at.offset,
          to: f.at.offset + 1,
          ...(f.severity ? { severity: f.severity } : {}),
        })
    }
    return out
  },
}
