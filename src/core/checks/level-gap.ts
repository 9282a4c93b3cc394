/**
 * Our level, another's level and the gap said between them, our level said earlier: "2025年，全县
 * 脱贫人口人均纯收入达到14,862元" and, a paragraph later, "我县脱贫人口人均纯收入比全市平均水平
 * 15,390元还低528元" (15,390 − 14,862). Part of the arithmetic check; a document rule because our
 * level stands in another sentence, often another paragraph. When our level is said in the same
 * sentence, or is not said, or two levels of that name could be it, nothing is said.
 */
import { OUR_PLACE, WHOLE_PLACE } from '../lang/scopes'
import type { SlotAttrs } from '../schema'
import { inBase, parseUnit, slackOf } from '../units'
import type { BlockView, DocumentFinding, DocumentRule } from './types'
import { CLAUSE_ENDS, sameTime, slotsInSentences } from './sentences'

/**
 * The words before the other's level, in its clause: our thing (group 1), 比, and the other (group 2).
 * 我县脱贫人口人均纯收入比全市平均水平, 城镇居民人均可支配收入比全省平均水平.
 */
export const AGAINST_LEVEL = new RegExp(
  `^(?:${OUR_PLACE}|${WHOLE_PLACE})?的?([\\u4e00-\\u9fff]{2,20}?)(?:比|较)([\\u4e00-\\u9fff]{2,12})$`,
)
/** The words between the other's level and the gap: 还低, 高, 多出, 要少. Group 1: which way. */
export const GAP_AFTER = /^(?:还|要|仍)?(高|低|多|少)出?了?$/

interface Level {
  attrs: SlotAttrs
  at: number
  sentence: number
  /** The words before it in its clause. */
  clause: string
  /** The words between it and the figure before it. */
  words: string
}

/** A clause here ends at a colon too. */
const CLAUSE_ENDS_OR_COLON = `${CLAUSE_ENDS}：`

/** Longer than any clause AGAINST_LEVEL matches (a place, 的, 20 characters, 比, 12), with spaces. */
const CLAUSE_READ = 120

function read(view: BlockView): Level[] {
  const cached = cache.get(view)
  if (cached) return cached
  const out: Level[] = []
  const { text } = view
  let last = 0
  for (const { offset, attrs: a, sentence, clause } of slotsInSentences(view, CLAUSE_ENDS_OR_COLON)) {
    const words = text.slice(last, offset).replace(/\s/g, '')
    last = offset + 1
    if (a.role !== 'metric' || a.value === null || a.approx || a.unit === '%' || a.unit === '个百分点') continue
    // A clause longer than AGAINST_LEVEL can match is never read: not copied (a clause of 20,000
    // figures was copied whole before each of them).
    const own = offset - clause <= CLAUSE_READ ? text.slice(clause, offset).replace(/\s/g, '') : ''
    out.push({ attrs: a, at: offset, sentence, clause: own, words })
  }
  cache.set(view, out)
  return out
}
const cache = new WeakMap<BlockView, Level[]>()

const base = (l: Level) => parseUnit(l.attrs.unit).base
const amount = (l: Level) => inBase(l.attrs.value ?? '', l.attrs.unit)
const slack = (l: Level) => slackOf(l.attrs.value ?? '', l.attrs.unit)
const shown = (l: Level) => `${l.attrs.value}${l.attrs.unit}`

export const levelGap: DocumentRule = {
  id: 'arithmetic',
  name: '数字对不上',
  severity: 'warning',
  group: '数字',
  scope: 'document',
  purpose:
    '“我县……比全市平均水平15,390元还低528元”，本地的数在前文已经写过（全县……达到14,862元）时，相差的数要等于两个数之差。',
  fires: [
    '2025年，全县脱贫人口人均纯收入达到14,862元。我县脱贫人口人均纯收入比全市平均水平15,390元还低582元。',
    '全县城镇居民人均可支配收入42,180元，同比增长5.1%。城镇居民人均可支配收入比全省平均水平40,650元高1,350元。',
    '全县人均公园绿地面积达到13.3平方米。我县人均公园绿地面积比全市平均水平12.1平方米多1.0平方米。',
  ],
  quiet: [
    '2025年，全县脱贫人口人均纯收入达到14,862元。我县脱贫人口人均纯收入比全市平均水平15,390元还低528元。',
    '全县城镇居民人均可支配收入42,180元，同比增长5.1%。城镇居民人均可支配收入比全省平均水平40,650元高1,530元。',
    '全县人均公园绿地面积达到13.3平方米。我县人均公园绿地面积比全市平均水平12.1平方米多1.2平方米。',
    // Our level is not said: nothing to hold the gap against.
    '我县农村居民人均可支配收入比全市平均水平21,500元低860元。',
    // Two levels of that name: which one is meant is not said.
    '全县农村居民人均可支配收入21,360元，脱贫户农村居民人均可支配收入16,800元。农村居民人均可支配收入比全市平均水平22,000元低900元。',
  ],
  check(tops) {
    const levels: Level[] = []
    for (const t of tops)
      for (const b of t.blocks) {
        const at = t.pos + b.offset
        for (const l of read(b.view)) levels.push({ ...l, at: at + l.at, sentence: at + l.sentence })
      }
    const out: DocumentFinding[] = []
    for (const [i, other] of levels.entries()) {
      const gap = levels[i + 1]
      const m = AGAINST_LEVEL.exec(other.clause)
      const way = gap && GAP_AFTER.exec(gap.words)
      if (!m || !gap || !way || gap.sentence !== other.sentence || base(gap) !== base(other)) continue
      const name = m[1]
      const named = (l: Level) => {
        const label = l.attrs.label.replace(/\s/g, '')
        return label.length >= 2 && (label === name || label.endsWith(name) || name.endsWith(label))
      }
      const ours = levels.filter(
        (l) => l.sentence < other.sentence && base(l) === base(other) && sameTime(l.attrs, other.attrs) && named(l),
      )
      if (new Set(ours.map((l) => l.attrs.label)).size !== 1) continue
      const own = ours.at(-1)
      if (!own) continue
      const d = /[高多]/.test(way[1]) ? amount(own) - amount(other) : amount(other) - amount(own)
      if (Math.abs(d - amount(gap)) <= slack(own) + slack(other) + slack(gap)) continue
      const factor = parseUnit(gap.attrs.unit).factor
      out.push({
        rule: this.id,
        message: `前文“${own.attrs.label}”是${shown(own)}，${m[2]}是${shown(other)}，相差${Number((d / factor).toFixed(6))}${gap.attrs.unit}，文中写的是${shown(gap)}，请核对。`,
        from: gap.at,
        to: gap.at + 1,
        excerpt: `${m[1]}比${m[2]}${shown(other)}${gap.words}${shown(gap)}`,
      })
    }
    return out
  },
}
