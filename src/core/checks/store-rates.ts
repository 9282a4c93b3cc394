/**
 * A figure of the speech against the library's figure of last year: a target said to rise that
 * is below last year's actual. (A stated growth rate against the library's years is arithmetic's
 * store growth: one check of it, not two.)
 */
import { inBase, slackOf } from '../units'
import { slotsInSentences } from './sentences'
import type { BlockView, DocumentFinding, DocumentRule } from './types'
import { anyOf, RISE_VERBS } from '../lang/changes'

/** A rate's label, the name of what changed and which way: 税收收入同比增长 → 税收收入, up (a rate is no level to reach). */
const RATE_LABEL = /^(.{2,}?)(?:同比|比上年|较上年)?(增长|增速|增幅|下降|减少)$/

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
