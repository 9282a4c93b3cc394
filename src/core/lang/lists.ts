/**
 * Where a list starts and where it ends. A list of parts starts at the first figure after 其中
 * (其中出口62.3亿美元、进口24.4亿美元). Its items are joined alike, so the mark between its first two
 * items is its join, and a stronger mark between two items ends it: 其中药品案件186件、医疗器械案件84件，
 * 罚没款1,086.5万元 (joined by 、, it ends at the ，), 其中给予党纪政务处分41人，组织处理11人；移送… (joined
 * by ，, it ends at the ；). Every reader of a 其中 breakdown asks this here.
 */
import { escapeRegExp } from './regexp'
import { MAGNITUDE } from './units'

/** How strongly a mark parts what it stands between; words alone (和, 及) join weakest of all. */
export const LIST_JOINS: Readonly<Record<string, number>> = { '、': 0, '，': 1, ',': 1, '；': 2, ';': 2 }

/** A comma between digits separates thousands (投资1,000万元以上项目): it parts nothing. */
const THOUSANDS = /(?<=\d),(?=\d{3})/g

/** The strongest mark in the words between two items, -1 when there is none. */
export const joinOf = (between: string): number =>
  Math.max(-1, ...[...between.replace(THOUSANDS, '')].map((c) => LIST_JOINS[c] ?? -1))

/** The word that opens the parts of a whole (其中出口62.3亿美元、进口24.4亿美元). */
export const PARTS_WORD = '其中'

/** The marks that end a sentence: no list runs past one. */
const SENTENCE_ENDS = /[。！？]/

/**
 * Whether the words before a figure start a list of parts at it: 其中, its own ：or ，after it
 * (其中：工程建设项目…, 其中，民事案件…), and nothing after that which parts a clause. Past a ，or a ；
 * the 其中 has said its part in words (其中高校毕业生占三成，培训农民工8600人): the figure is the
 * sentence's own. The last 其中 in the words decides.
 */
export function startsParts(words: string): boolean {
  const at = words.lastIndexOf(PARTS_WORD)
  const byKind = [...words.matchAll(new RegExp(`(?:^|[。！？])\\s*(${BY_KIND.source})`, 'g'))].at(-1)
  const kindEnd = byKind ? (byKind.index ?? 0) + byKind[0].length : -1
  if (at < 0 && kindEnd < 0) return false
  const after = kindEnd > at ? words.slice(kindEnd) : words.slice(at + PARTS_WORD.length).replace(/^[：:，,]/, '')
  return joinOf(after) <= joinOf('、') && !SENTENCE_ENDS.test(after)
}

/**
 * A sentence that opens by the kind it sorts the sentence before's things into: 从产业看，先进制造业
 * 项目23个、现代服务业项目11个…; 从交易类别看，工程建设项目412个…; 从行业分布看，…. Like 其中 opening a
 * sentence, its figures are parts of a whole there. Not 从全省看 (a wider place, no parts of this one).
 */
export const BY_KIND =
  /从[\u4e00-\u9fff]{0,4}?(?:产业|行业|类别|类型|门类|领域|层级|来源|投向|用途)(?:分布|结构|构成|上)?(?:看|来看)[，,：:]/

/** The words before a figure, and whether a list of parts starts at it. */
export const PARTS_START_EXAMPLES: readonly { words: string; starts: boolean }[] = [
  { words: '外贸进出口总额□，其中出口', starts: true },
  // a sentence that sorts the one before's things by kind (招商, 公共资源交易, 工信)
  { words: '全年新签约项目□。从产业看，先进制造业项目', starts: true },
  { words: '从交易类别看，工程建设项目', starts: true },
  { words: '规上工业企业□。从行业分布看，装备制造企业', starts: true },
  { words: '全县接待游客□。从全省看，游客', starts: false },
  { words: '从产业看，先进制造业项目□，制造业项目占比', starts: false },
  { words: '受理案件□，审结□。其中，民事案件', starts: true },
  { words: '全年完成交易项目□，其中：工程建设项目', starts: true },
  { words: '播种面积□，同比增加□；其中小麦', starts: true },
  { words: '，其中工业项目、服务业项目、农业项目分别为', starts: true },
  { words: '新开工项目□，其中投资1,000万元以上项目', starts: true },
  // One year out of a span's total is a share of it (其中2025年完成13.2万亩 of 12.6万亩 is a slip).
  { words: '“十四五”期间累计完成营造林□，其中2025年完成', starts: true },
  { words: '新增就业□，其中高校毕业生占三成，培训农民工', starts: false },
  { words: '查处案件□，其中大部分已结案；处罚金额', starts: false },
  { words: '外贸进出口总额□，同比增长', starts: false },
]

/**
 * A set named right after a count, then 中, 当中 or 之中 (AMONG_WORD): "86起火灾中", "52家规上工业企业
 * 当中", "9户市属企业之中". Not the 中 of a word (高中, 初中, 集中). Group 1: the set's noun. How the
 * words after it use the set is a row of SET_THEN.
 */
export const AMONG_WORD = '(?<![高初集])(?:当|之)?中'
export const SET_THEN_AMONG = `^\\s*([\\u4e00-\\u9fff]{1,8}?)${AMONG_WORD}`
/** The set `set` and its 中 (当中, 之中) that `words` start with (火灾当中居民住宅火灾 → 火灾当中), or null. */
export function setAmong(words: string, set: string): string | null {
  const among = words.startsWith(set) ? new RegExp(`^${AMONG_WORD}`).exec(words.slice(set.length)) : null
  return among ? set + among[0] : null
}

/** The words that open a part of a set named next (中尚未开工的, 中已有): no kind of its things. */
const PART_OPENS = '尚|仍|已|还'

/** A ranking is no kind of a set's things: 120名选手中排名第3名, 11个县中位列第2. */
const RANKED = /^(?:排名|排位|排序|位列|位居|名列|(?:居|列|排)(?:第|前|全))/

export type SetUse = 'referred' | 'part' | 'kind'

/** One way the words after a set and its 中 use it, with words it must read and words it must not. */
export interface SetThen {
  use: SetUse
  purpose: string
  /** What follows the 中: a lookahead, or group 2, the kind named after it. */
  after: string
  /** Words after a count; `base` the unit the count is in (for a kind counted right after); the set read, or null. */
  examples: readonly { words: string; base?: string; set: string | null }[]
}

export const SET_THEN: readonly SetThen[] = [
  {
    use: 'referred',
    purpose:
      'The count referred to again as the set something is among, a mark, 有 or 的 after it: 4860万人次游客中，…; 23起事故中有一多半….',
    after: '(?=[，,]|有|的)',
    examples: [
      { words: '游客中，省外游客', set: '游客' },
      { words: '游客当中，省外游客', set: '游客' },
      { words: '事故中有一多半是', set: '事故' },
      { words: '市属企业之中，', set: '市属企业' },
      { words: '信访事项当中的', set: '信访事项' },
      { words: '高中，', set: null },
      { words: '集中，', set: null },
      { words: '项目中央预算内投资', set: null },
    ],
  },
  {
    use: 'part',
    purpose: 'A part of the set named next: 47个项目中尚未开工的19个项目, 38个乡镇中已有26个.',
    after: `(?=${PART_OPENS})`,
    examples: [
      { words: '项目中尚未开工的', set: '项目' },
      { words: '乡镇当中已有', set: '乡镇' },
      { words: '整改问题之中仍有', set: '整改问题' },
      { words: '初中已有', set: null },
      { words: '项目中央', set: null },
    ],
  },
  {
    use: 'kind',
    purpose:
      "A kind of its things counted right after it with no mark between: 2起事故中道路交通事故1起, 120名学员中女性45名. The kind ends as the set's noun does (事故, 学员), or its count follows at once in the set's unit; so the 中 inside a word (19个乡镇中心卫生院, 3个项目中央预算内投资1.2亿元) and a ranking (11个县中排名第2位) are no kind.",
    after: `(?!${PART_OPENS})([\\u4e00-\\u9fff]{1,12})`,
    examples: [
      { words: '事故中道路交通事故', set: '事故' },
      { words: '火灾当中居民住宅火灾', set: '火灾' },
      { words: '学员中女学员', set: '学员' },
      { words: '重点帮扶村中脱贫村', set: '重点帮扶村' },
      { words: '规上企业之中高新技术企业', set: '规上企业' },
      { words: '学员中女性45名、男性80名', base: '名', set: '学员' },
      { words: '新录用公务员中研究生学历28名', base: '名', set: '新录用公务员' },
      { words: '受助群众中低保对象860人', base: '人', set: '受助群众' },
      { words: '县中排名第2位', base: '个', set: null },
      { words: '选手中排名第3名', base: '名', set: null },
      { words: '选手中位列第5名', base: '名', set: null },
      { words: '乡镇中心卫生院', base: '个', set: null },
      { words: '项目中央预算内投资1.2亿元', base: '个', set: null },
      { words: '学校中小学生3200名', base: '所', set: null },
      { words: '项目中尚未开工的19个项目', base: '个', set: null },
      { words: '高中', set: null },
      { words: '村中有', set: null },
    ],
  },
]

const SET_THEN_PATTERNS = new Map(SET_THEN.map((r) => [r.use, new RegExp(SET_THEN_AMONG + r.after)]))

/**
 * The set the words after a count name before 中, used as `use` says; null when they name none.
 * `countAfter` (a pattern) is how a count in the set's own unit is written, for a kind counted
 * right after it (120名学员中女性45名); without it a kind must end as the set's noun does.
 */
export function setThen(use: SetUse, words: string, countAfter?: string): string | null {
  const m = SET_THEN_PATTERNS.get(use)?.exec(words)
  if (!m) return null
  if (use !== 'kind') return m[1]
  const kind = m[2]
  if (kind.length < 2 || RANKED.test(kind)) return null
  if (kind.endsWith(m[1].slice(-1))) return m[1]
  const rest = words.slice((m.index ?? 0) + m[0].length)
  return countAfter !== undefined && new RegExp(`^(?:${countAfter})`).test(rest) ? m[1] : null
}

/** A count written in the unit `base`, 万/亿 before it allowed (45名, 1,260人, 2.3万人): a setThen's countAfter. */
export const countIn = (base: string) => `\\d[\\d,.]*${MAGNITUDE}?${escapeRegExp(base)}`

/**
 * The join of a list after one more item: `join` is the list's so far (undefined after its first
 * item), `between` the words since the item before. Null when a mark stronger than the list's
 * join stands between: the list ended before this item.
 */
export function listJoinAfter(join: number | undefined, between: string): number | null {
  const mark = joinOf(between)
  if (join === undefined) return mark
  return mark > join ? null : join
}

/**
 * Lists read side by side in one pass, one per key: the 件 and the 万元 of one breakdown
 * (其中药品案件186件、罚没款320万元，器械案件84件、罚没款95万元) are two lists, each with its own join.
 * An item is one character of the text (a figure's slot).
 */
export class ListsByKey<K> {
  private lists = new Map<K, { after: number; join: number | undefined }>()
  /** Adds the item of list `key` at `at` in `text`; false, adding nothing, when its list ended before it. */
  add(key: K, text: string, at: number): boolean {
    const last = this.lists.get(key)
    const join = last ? listJoinAfter(last.join, text.slice(last.after, at)) : undefined
    if (join === null) return false
    this.lists.set(key, { after: at + 1, join })
    return true
  }
  clear(): void {
    this.lists.clear()
  }
}

/**
 * Lists as speeches write them, by the words between their items: how many items the list has
 * before one that a stronger mark keeps off it.
 */
export const LIST_EXAMPLES: readonly { text: string; between: readonly string[]; items: number }[] = [
  {
    text: '其中药品案件186件、医疗器械案件84件、化妆品案件42件',
    between: ['、医疗器械案件', '、化妆品案件'],
    items: 3,
  },
  { text: '其中药品案件186件、医疗器械案件84件，移送案件9件', between: ['、医疗器械案件', '，移送案件'], items: 2 },
  { text: '其中给予党纪政务处分41人，组织处理11人，诫勉谈话6人', between: ['，组织处理', '，诫勉谈话'], items: 3 },
  {
    text: '其中给予党纪政务处分41人，组织处理11人；移送检察机关9人',
    between: ['，组织处理', '；移送检察机关'],
    items: 2,
  },
  { text: '其中城区学校12所和农村学校30所、教学点5个', between: ['和农村学校', '、教学点'], items: 2 },
  { text: '其中市本级32个；县（区）54个', between: ['；县（区）'], items: 2 },
  {
    text: '其中新开工项目32个、投资1,000万元以上项目12个，续建项目54个',
    between: ['、投资1,000万元以上项目', '，续建项目'],
    items: 2,
  },
]
