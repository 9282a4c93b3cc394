/**
 * Our rate and other places' rates, and the gap said between them: "1—11月全省税费收入同比增长3.1%，
 * 全市增长2.6%，我县增速分别高出全省、全市1.1个百分点和1.6个百分点" holds against the county's own
 * rate (全县……税费收入……同比增长4.2%) said a sentence or a paragraph before; "从全市看，火灾起数同比
 * 下降11.2%，我县降幅高于全市4.4个百分点" against 火灾……比上年下降15.6%. Part of the arithmetic
 * check; a document rule because our rate may stand in another block.
 *
 * Each place's rate is the last rate before the gap in its sentence that the sentence puts under
 * that place (全省税费收入同比增长, 从全市看，……下降). Our rate is a rate of the same sentence put
 * under no place named by the gap; else, said earlier, the one rate whose name shares most of
 * what the places' rates measure (税费收入, 火灾起数), two such rates alike saying nothing.
 */
import { WHOLE_PLACE } from '../lang/scopes'
import type { SlotAttrs } from '../schema'
import type { BlockView, DocumentFinding, DocumentRule } from './types'
import { decimals, sameTime, slotsInSentences } from './sentences'

/** A rate's label: what grew (group 1) or fell (group 2). */
const RISE = /^(.*?)(?:同比|比上年|较上年)?(?:增长|增速|增幅)$/
const FALL = /^(.*?)(?:同比|比上年|较上年)?(?:下降|减少|降低)$/
/** The places a gap is to; the words before a place's rate name it last. */
const PLACE = `(?:全国|${WHOLE_PLACE})`
const PLACES = new RegExp(PLACE, 'g')
/**
 * A gap to places, said after our rate (group 1: which rate, rise or fall; 2: 分别; 3: which way;
 * 4: the places, 、 or 和 between; 5: the gaps before this one, in the 分别 form).
 */
export const PLACE_GAP = new RegExp(
  `(增速|增幅|增长|降幅|下降幅度|下降)?(分别)?(高|快|低|慢)(?:出|于)(${PLACE}(?:平均)?(?:水平)?(?:[、和]${PLACE}(?:平均)?(?:水平)?)*)((?:\\uFFFC(?:个百分点)?[、和])*)$`,
)

interface Rate {
  name: string
  value: number
  written: string
  fall: boolean
  attrs: SlotAttrs
  at: number
  sentence: number
  /** The last place the sentence names before it ('' for none). */
  place: string
}

interface Gap {
  attrs: SlotAttrs
  at: number
  words: string
  sentence: number
}

function read(view: BlockView): { rates: Rate[]; gaps: Gap[] } {
  const cached = cache.get(view)
  if (cached) return cached
  const rates: Rate[] = []
  const gaps: Gap[] = []
  const { text, slots } = view
  for (const { index: i, offset, attrs: a, sentence, clause } of slotsInSentences(view)) {
    if (a.role !== 'metric' || a.value === null) continue
    const label = a.label.replace(/\s/g, '')
    if (a.unit === '%') {
      const rise = RISE.exec(label)
      const fall = rise ? null : FALL.exec(label)
      const m = rise ?? fall
      if (m) {
        const place = text.slice(sentence, offset).match(PLACES)?.at(-1) ?? ''
        rates.push({
          name: m[1],
          value: Number(a.value),
          written: a.value,
          fall: !rise,
          attrs: a,
          at: offset,
          sentence,
          place,
        })
      }
    } else if (a.unit === '个百分点' || (a.unit === '个' && gapShortened(text, offset, slots[i + 1]?.attrs)))
      gaps.push({ attrs: a, at: offset, words: text.slice(clause, offset).replace(/\s/g, ''), sentence })
  }
  const out = { rates, gaps }
  cache.set(view, out)
  return out
}
/** 1.1个、1.6个百分点: the first gap written short, its unit said once after the last. */
const gapShortened = (text: string, offset: number, next: SlotAttrs | undefined) =>
  /^[、和]\uFFFC/.test(text.slice(offset + 1, offset + 3)) && next?.unit === '个百分点'
const cache = new WeakMap<BlockView, { rates: Rate[]; gaps: Gap[] }>()

/** What a place's rate measures: its name after the place and any period before it (1—11月全省税费收入 → 税费收入). */
const measure = (name: string) =>
  name.replace(new RegExp(`^.*${PLACE}`), '').replace(/^[\d—\-~～至月份年上下半季度前]+/, '')
/** The longest run of characters two names share. */
function shared(a: string, b: string): number {
  let best = 0
  for (let i = 0; i < a.length; i++)
    for (let j = 0; j < b.length; j++) {
      let k = 0
      while (a[i + k] !== undefined && a[i + k] === b[j + k]) k++
      if (k > best) best = k
    }
  return best
}

export const placeGap: DocumentRule = {
  id: 'arithmetic',
  name: '数字对不上',
  severity: 'warning',
  group: '数字',
  scope: 'document',
  purpose:
    '本地增速比全省、全市高出几个百分点（“分别高出全省、全市1.1个、1.6个百分点”“降幅高于全市4.4个百分点”），要等于文中写的各自增速之差，本地增速可以在前文。',
  fires: [
    '全县组织税费收入28.64亿元，同比增长4.2%。全省税费收入同比增长3.1%，全市增长2.6%，我县增速分别高出全省、全市1.3个百分点和1.6个百分点。',
    '全年共发生火灾394起，比上年下降15.6%。从全市看，火灾起数同比下降11.2%，我县降幅高于全市5.4个百分点。',
    '全县规上工业增加值同比增长8.2%。全市规上工业增加值增长6.5%，全省增长5.9%，我县增速分别高于全市、全省1.7个百分点和3.3个百分点。',
    '全区社会消费品零售总额同比增长6.1%，全市增长5.2%，高于全市1.2个百分点。',
    '全市外贸进出口总额同比增长9.4%。全国外贸进出口增长5.0%，全省增长6.1%，我市增速分别高于全国、全省4.4个、3.6个百分点。',
  ],
  quiet: [
    '全县组织税费收入28.64亿元，同比增长4.2%。全省税费收入同比增长3.1%，全市增长2.6%，我县增速分别高出全省、全市1.1个百分点和1.6个百分点。',
    '全年共发生火灾394起，比上年下降15.6%。从全市看，火灾起数同比下降11.2%，我县降幅高于全市4.4个百分点。',
    '全县规上工业增加值同比增长8.2%。全市规上工业增加值增长6.5%，全省增长5.9%，我县增速分别高于全市、全省1.7个百分点和2.3个百分点。',
    '全区社会消费品零售总额同比增长6.1%，全市增长5.2%，高于全市0.9个百分点。',
    '全市外贸进出口总额同比增长9.4%。全国外贸进出口增长5.0%，全省增长6.1%，我市增速分别高于全国、全省4.4个、3.3个百分点。',
    // The places' rates are not given: nothing to hold the gap against.
    '全县一般公共预算收入同比增长7.5%，增速高于全市平均2.1个百分点。',
    // Two earlier rates could be ours: nothing is said.
    '城镇居民收入增长4.6%，农村居民收入增长6.8%。全市居民收入增长5.0%，我县增速高于全市0.6个百分点。',
  ],
  check(tops) {
    const rates: Rate[] = []
    const gaps: Gap[] = []
    for (const t of tops)
      for (const b of t.blocks) {
        const base = t.pos + b.offset
        const r = read(b.view)
        for (const x of r.rates) rates.push({ ...x, at: base + x.at, sentence: base + x.sentence })
        for (const g of r.gaps) gaps.push({ ...g, at: base + g.at, sentence: base + g.sentence })
      }
    const out: DocumentFinding[] = []
    for (const gap of gaps) {
      const m = PLACE_GAP.exec(gap.words)
      if (!m || gap.attrs.value === null) continue
      const places: string[] = m[4].match(PLACES) ?? []
      const before = (m[5].match(/\uFFFC/g) ?? []).length
      if (!m[2] && (places.length !== 1 || before)) continue
      if (m[2] && places.length < 2) continue
      const place = places[before]
      if (!place) continue
      const said = m[1] ? /降|下/.test(m[1]) : null
      const inSentence = rates.filter((r) => r.sentence === gap.sentence && r.at < gap.at)
      const other = inSentence.filter((r) => r.place === place).at(-1)
      if (!other || (said !== null && other.fall !== said)) continue
      const alike = (r: Rate) => r.fall === other.fall && sameTime(r.attrs, other.attrs) && !places.includes(r.place)
      let own = inSentence.filter(alike).at(-1)
      if (!own) {
        // Said before: the rate sharing most of what the places' rates measure, and only one.
        const measures = places
          .map((p) => measure(inSentence.filter((r) => r.place === p).at(-1)?.name ?? ''))
          .filter((x) => x.length >= 2)
        if (!measures.length) continue
        let best = 1
        let found: Rate[] = []
        for (const r of rates) {
          if (r.sentence >= gap.sentence || !alike(r)) continue
          const s = Math.max(...measures.map((x) => shared(x, r.name)))
          if (s > best) {
            best = s
            found = [r]
          } else if (s === best) found.push(r)
        }
        if (new Set(found.map((r) => r.name)).size !== 1) continue
        own = found.at(-1)
      }
      if (!own) continue
      const d = /[高快]/.test(m[3]) ? own.value - other.value : other.value - own.value
      const slack =
        (10 ** -decimals(own.written) + 10 ** -decimals(other.written) + 10 ** -decimals(gap.attrs.value)) / 2
      if (Math.abs(d - Number(gap.attrs.value)) <= slack) continue
      const places2 = Math.max(decimals(own.written), decimals(other.written))
      out.push({
        rule: this.id,
        message: `“${own.attrs.label}”是${own.written}%，${place}“${other.attrs.label}”是${other.written}%，相差${d.toFixed(places2)}个百分点，文中写的是${gap.attrs.value}个百分点，请核对。`,
        from: gap.at,
        to: gap.at + 1,
        excerpt: `${gap.words.replace(/\uFFFC/g, '')}${gap.attrs.value}个百分点`,
      })
    }
    return out
  },
}
