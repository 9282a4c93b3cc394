/**
 * The speech against the figures library: a figure filled in a draft keeps the number it had
 * when filled, while the library moves on (a CSV imported later, the figure corrected in another
 * draft). A draft opened after that would go out with the old number, and nothing would say so.
 */
import { APPROXIMATE } from '../lang/words'
import { inBase, parseUnit, slackOf } from '../units'
import { listPlace, namesAMetric, PASSED, THEN_VALUE } from './figure-rules'
import type { BlockView, DocumentFinding, DocumentRule, FigureLookup } from './types'

/** How the library names a kind of figure. */
const KIND_WORD = { actual: '实际数', target: '目标' } as const

interface Compared {
  key: string
  value: number
  offset: number
  /** The figure as the speech writes it, with its name: what an ignored finding is known by. */
  shown: string
  message: string | null
}

const read = new WeakMap<BlockView, { lookup: FigureLookup; version: number | undefined; figures: Compared[] }>()

/** A block's filled figures, each with what the library says of it. Cached by the view and the library's version. */
function compared(view: BlockView, lookup: FigureLookup, version: number | undefined): Compared[] {
  const hit = read.get(view)
  if (hit && hit.lookup === lookup && hit.version === version) return hit.figures
  const figures: Compared[] = []
  const { text } = view
  for (const { offset: at, attrs: a } of view.slots) {
    if (a.role !== 'metric' || a.value === null || a.year === null || !namesAMetric(a.label)) continue
    // A threshold passed (突破300亿元), and the figures of a 分别 list under one name, are not the library's figure.
    if (PASSED.test(text.slice(Math.max(0, at - 4), at)) && THEN_VALUE.test(text.slice(at + 1, at + 8))) continue
    if (listPlace(text, at) >= 0) continue
    // An approximate figure (3200余人, 约3200人) is no number to hold the library to: told to copy it, one would write a wrong one.
    if (a.approx || APPROXIMATE.test(text.slice(Math.max(0, at - 4), at))) continue
    const value = inBase(a.value, a.unit)
    const stored = lookup(a.label, a.year, a.kind, a.unit, a.period ?? '')
    const differs =
      stored !== undefined && Math.abs(inBase(stored, a.unit) - value) > slackOf(a.value, a.unit) * (1 + 1e-9)
    figures.push({
      // 412人 and 15所 under one label are two figures (figures/model.ts keptLabel), not two numbers of one.
      key: `${a.label}|${parseUnit(a.unit).base}|${a.year}|${a.kind}|${a.period ?? ''}`,
      value,
      offset: at,
      shown: `${a.label}${a.value}${a.unit}`,
      message: differs
        ? `数字库里${a.period ? `${a.period.replace('-', '—')}年累计` : `${a.year}年`}${KIND_WORD[a.kind]}“${a.label}”是${stored}${a.unit}，这里是${a.value}${a.unit}。数字库对的，请改这里（或用“用数字库填写”）；这里对的，请在数字库里改。`
        : null,
    })
  }
  read.set(view, { lookup, version, figures })
  return figures
}

export const differsFromStore: DocumentRule = {
  id: 'differs-from-store',
  name: '与数字库不同',
  severity: 'warning',
  group: '数字',
  scope: 'document',
  purpose:
    '讲稿里填的数和数字库里同一指标、同一年的数不一样：多是数字库后来更新了（导入了新的 CSV，或在别的稿子里改过），这篇稿子还是旧数。',
  fires: [
    {
      text: '全年城镇新增就业3250人。',
      in: 'review',
      store: [{ label: '城镇新增就业', year: 2025, kind: 'actual', value: '3320', unit: '人' }],
    },
    {
      text: '确保全年城镇新增就业3300人。',
      in: 'tasks',
      store: [{ label: '城镇新增就业', year: 2026, kind: 'target', value: '3400', unit: '人' }],
    },
    {
      text: '一般公共预算收入达到12.6亿元。',
      in: 'review',
      store: [{ label: '一般公共预算收入', year: 2025, kind: 'actual', value: '128000', unit: '万元' }],
    },
    // 乡镇卫生院 in 人 and in 所 are two figures of one label (tryout 11 A5), not two numbers of one.
    {
      text: '全县共有执业（助理）医师1265人，其中乡镇卫生院412人。全县15所乡镇卫生院全部建成中医馆。',
      in: 'review',
      store: [{ label: '乡镇卫生院', year: 2025, kind: 'actual', value: '16', unit: '所' }],
    },
  ],
  quiet: [
    {
      text: '全年城镇新增就业3250人。',
      in: 'review',
      store: [{ label: '城镇新增就业', year: 2025, kind: 'actual', value: '3250', unit: '人' }],
    },
    {
      text: '一般公共预算收入达到12.6亿元。',
      in: 'review',
      store: [{ label: '一般公共预算收入', year: 2025, kind: 'actual', value: '126000', unit: '万元' }],
    },
    {
      text: '一般公共预算收入达到12.6亿元。',
      in: 'review',
      store: [{ label: '一般公共预算收入', year: 2025, kind: 'actual', value: '12.63', unit: '亿元' }],
    },
    {
      text: '全年城镇新增就业3250人。',
      in: 'review',
      store: [{ label: '城镇新增就业', year: 2024, kind: 'actual', value: '3100', unit: '人' }],
    },
    {
      text: '全县地区生产总值突破300亿元，达到306.8亿元。',
      in: 'review',
      store: [{ label: '地区生产总值', year: 2025, kind: 'actual', value: '306.8', unit: '亿元' }],
    },
    {
      text: '城乡居民人均可支配收入分别达到46280元和23950元。',
      in: 'review',
      store: [{ label: '城乡居民人均可支配收入', year: 2025, kind: 'actual', value: '46280', unit: '元' }],
    },
    '全年城镇新增就业3250人。',
    {
      text: '全年城镇新增就业3200余人，约3200名高校毕业生实现就业。',
      in: 'review',
      store: [
        { label: '城镇新增就业', year: 2025, kind: 'actual', value: '3250', unit: '人' },
        { label: '高校毕业生实现就业', year: 2025, kind: 'actual', value: '3250', unit: '名' },
      ],
    },
  ],
  check(tops, ctx) {
    const lookup = ctx.figures
    if (!lookup) return []
    const all: { t: (typeof tops)[number]; offset: number; f: Compared }[] = []
    const values = new Map<string, Set<number>>()
    for (const t of tops)
      for (const b of t.blocks)
        for (const f of compared(b.view, lookup, ctx.figuresVersion)) {
          all.push({ t, offset: b.offset, f })
          const seen = values.get(f.key) ?? new Set()
          seen.add(f.value)
          values.set(f.key, seen)
        }
    const out: DocumentFinding[] = []
    for (const { t, offset, f } of all) {
      // Two numbers under one name in the speech are the inconsistency rule's to report, not the library's.
      if (f.message === null || (values.get(f.key)?.size ?? 0) > 1) continue
      out.push({
        rule: this.id,
        message: f.message,
        from: t.pos + offset + f.offset,
        to: t.pos + offset + f.offset + 1,
        excerpt: f.shown,
      })
    }
    return out
  },
}
