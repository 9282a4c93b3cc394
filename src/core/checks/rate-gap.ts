/**
 * Two growth rates and the gap said between them: "普惠小微贷款余额同比增长15.8%，比各项贷款增速
 * 高6.6个百分点" holds against "各项贷款余额……同比增长9.2%" said anywhere in the speech, often a
 * paragraph before. Part of the arithmetic check; a document rule because the other rate may
 * stand in another block.
 */
import type { SlotAttrs } from '../schema'
import type { BlockView, DocumentFinding, DocumentRule } from './types'
import { decimals, sameTime, slotsInSentences } from './sentences'

/** The name of what grew, from a growth rate's label: 各项贷款余额同比增长 → 各项贷款余额. */
const GROWTH = /^(.{2,}?)(?:同比|比上年|较上年)?(?:增长|增速|增幅)$/
/**
 * A gap against another rate, said after the rate it is of: 比各项贷款增速高, 农村居民收入增速快于
 * 城镇居民 (group 1 or 2: the other's name; group 3 or 4: which way). 比全市平均高 names a rate the
 * speech does not give: no rate of that name is found, and nothing is said.
 */
export const GAP =
  /(?:比|较)([\u4e00-\u9fff]{2,16}?)的?(?:增速|增幅|增长)?(高|快|低|慢)出?$|(?:增速|增幅)(?:比|较)?[^，。；]*?(?:(快|高|慢|低)于)([\u4e00-\u9fff]{2,16})$/

interface Rate {
  name: string
  value: number
  written: string
  attrs: SlotAttrs
  /** Its position in the document. */
  at: number
  /** Where its sentence starts. */
  sentence: number
}

interface Gap {
  attrs: SlotAttrs
  at: number
  words: string
  sentence: number
}

/**
 * The growth rates and gaps of a block, at offsets in it. Cached by the block's view: after a
 * keystroke only the block typed in is read again. One pass over its text, however many figures.
 */
function ratesOf(view: BlockView): { rates: Rate[]; gaps: Gap[] } {
  const cached = read.get(view)
  if (cached) return cached
  const rates: Rate[] = []
  const gaps: Gap[] = []
  const { text } = view
  for (const { offset, attrs: a, sentence, clause } of slotsInSentences(view)) {
    if (a.role !== 'metric' || a.value === null) continue
    const growth = a.unit === '%' ? GROWTH.exec(a.label.replace(/\s/g, '')) : null
    if (growth)
      rates.push({ name: growth[1], value: Number(a.value), written: a.value, attrs: a, at: offset, sentence })
    else if (a.unit === '个百分点')
      gaps.push({ attrs: a, at: offset, words: text.slice(clause, offset).replace(/\s/g, ''), sentence })
  }
  const out = { rates, gaps }
  read.set(view, out)
  return out
}
const read = new WeakMap<BlockView, { rates: Rate[]; gaps: Gap[] }>()

/**
 * The other rate's name as said (各项贷款, 城镇居民) names a rate whose name starts or ends with it.
 * Not the name-equivalence table (import/same-name.ts), which asks another question: whether a
 * plan's base, a full name written another way, restates a reviewed label, so it joins no name by
 * its head (比各项贷款增速高 means 各项贷款余额; that table must not join 各项贷款 to it) and takes
 * the latest of several; here a gap names a rate in short, and two rates it could name say nothing.
 */
export const namesRate = (said: string, name: string) => name === said || name.startsWith(said) || name.endsWith(said)

export const rateGap: DocumentRule = {
  id: 'arithmetic',
  name: '数字对不上',
  severity: 'warning',
  group: '数字',
  scope: 'document',
  purpose:
    '两个增长率相差几个百分点（“比各项贷款增速高6.6个百分点”），要等于文中写的两个增长率之差，另一个增长率可以在别的段落。',
  fires: [
    '各项贷款余额8,965.3亿元，同比增长9.2%。普惠小微贷款余额1,326亿元，同比增长15.8%，比各项贷款增速高7.6个百分点。',
    '城镇居民人均可支配收入增长4.6%，农村居民人均可支配收入增长6.8%，农村居民收入增速快于城镇居民3.2个百分点。',
    '全县税收收入增长5.1%。非税收入增长2.3%，比税收收入增速低2.2个百分点。',
  ],
  quiet: [
    '各项贷款余额8,965.3亿元，同比增长9.2%。普惠小微贷款余额1,326亿元，同比增长15.8%，比各项贷款增速高6.6个百分点。',
    '城镇居民人均可支配收入增长4.6%，农村居民人均可支配收入增长6.8%，农村居民收入增速快于城镇居民2.2个百分点。',
    '全县税收收入增长5.1%。非税收入增长2.3%，比税收收入增速低2.8个百分点。',
    '全县规上工业增加值增长8.2%，增速比全市平均高1.5个百分点。',
    '贷款余额同比增长9.2%，涉农贷款同比增长8.1%。普惠小微贷款同比增长15.8%，比贷款增速高5.0个百分点。',
  ],
  check(tops) {
    const rates: Rate[] = []
    const gaps: Gap[] = []
    for (const t of tops)
      for (const b of t.blocks) {
        const base = t.pos + b.offset
        const read = ratesOf(b.view)
        for (const r of read.rates) rates.push({ ...r, at: base + r.at, sentence: base + r.sentence })
        for (const g of read.gaps) gaps.push({ ...g, at: base + g.at, sentence: base + g.sentence })
      }
    const out: DocumentFinding[] = []
    for (const gap of gaps) {
      const m = GAP.exec(gap.words)
      if (!m || gap.attrs.value === null) continue
      const said = m[1] ?? m[4]
      const way = m[2] ?? m[3]
      // The rate the gap is of: the last growth rate before it in its sentence.
      const own = rates.filter((r) => r.sentence === gap.sentence && r.at < gap.at).at(-1)
      if (!own) continue
      // The other: the one rate of that name, of the same year and kind; two names alike say nothing.
      const others = rates.filter((r) => r !== own && namesRate(said, r.name) && sameTime(r.attrs, own.attrs))
      if (new Set(others.map((r) => r.name)).size !== 1) continue
      const other = others.at(-1)
      if (!other) continue
      const d = /[高快]/.test(way) ? own.value - other.value : other.value - own.value
      const slack =
        (10 ** -decimals(own.written) + 10 ** -decimals(other.written) + 10 ** -decimals(gap.attrs.value)) / 2
      if (Math.abs(d - Number(gap.attrs.value)) <= slack) continue
      const places = Math.max(decimals(own.written), decimals(other.written))
      out.push({
        rule: this.id,
        message: `“${own.attrs.label}”是${own.written}%，“${other.attrs.label}”是${other.written}%，相差${d.toFixed(places)}个百分点，文中写的是${gap.attrs.value}个百分点，请核对。`,
        from: gap.at,
        to: gap.at + 1,
        excerpt: `${gap.words}${gap.attrs.value}个百分点`,
      })
    }
    return out
  },
}
