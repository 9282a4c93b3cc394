/**
 * Parts after 其中 that say attributes of the same people do not add up: 全年发展党员46名，其中35岁以下
 * 的31名、大专及以上学历的42名 counts many members twice, once by age and once by education. Parts
 * that are kinds of the whole (党委、党总支、党支部) or bands of one attribute that do not overlap
 * (35岁以下、36至45岁) do add up, and may not come to more than the whole. Read from the parts' names.
 * Things counted by size are alike: 亿元以上项目31个，10亿元以上项目8个 counts the larger projects twice.
 */

/** Where a part lies on its attribute's scale, both ends included; an open band runs to ±Infinity. */
interface Band {
  low: number
  high: number
}

/** One attribute a count of people is broken down by, with names it must and must not read. */
export interface Attribute {
  id: string
  purpose: string
  /** A part's name that says this attribute. */
  pattern: RegExp
  /**
   * Where on the attribute's scale the name lies, when the attribute has one; null when the name
   * does not say (满18岁的). Parts of an attribute without a scale (女性, 男性) are apart by their names.
   */
  band?: (name: string) => Band | null
  /**
   * Whether open bands listed from the far end inward may each be the rest down to its own level:
   * 10万元以上的村9个、5万元以上的村3个 (the 3 are 5万 to 10万: fewer than the 9, so no band holding
   * them), while listed outward they nest (亿元以上项目31个，10亿元以上项目8个: the 8 are among the 31).
   * Listed inward with counts that never fall (90分以上42人、80分以上48人), each may hold the ones
   * before it as well: read so, as nested, they are not added.
   */
  steps?: boolean
  examples: { match: string[]; noMatch: string[] }
}

/** 以上 and 以下 after a level: the band from it up or down, the level itself included. */
const OPEN_END = /^(?:及|或)?(以上|以下)/

/** The band a level, or a level opened up or down, covers on a scale of ranks. */
function ranked(name: string, ranks: readonly (readonly [RegExp, number, number])[]): Band | null {
  for (const [word, low, high] of ranks) {
    const level = word.exec(name)
    if (!level) continue
    const open = OPEN_END.exec(name.slice(level.index + level[0].length))?.[1]
    if (open === '以上') return { low, high: Infinity }
    if (open === '以下') return { low: -Infinity, high }
    return { low, high }
  }
  return null
}

/** Levels of schooling, lowest first; 研究生 is both 硕士 and 博士. */
const SCHOOLING: readonly (readonly [RegExp, number, number])[] = [
  [/初中/, 1, 1],
  [/高中|中专|中职|技校/, 2, 2],
  [/大专|专科/, 3, 3],
  [/本科/, 4, 4],
  [/硕士/, 5, 5],
  [/博士/, 6, 6],
  [/研究生/, 5, 6],
]

/** Professional titles, lowest first; 高级 is both 副高 and 正高. */
const TITLES: readonly (readonly [RegExp, number, number])[] = [
  [/初级/, 1, 1],
  [/中级/, 2, 2],
  [/副高/, 3, 3],
  [/正高/, 4, 4],
  [/高级/, 3, 4],
]

/** An amount of money written in a name (10亿元, 亿元, 2000万元, 1.5万元): its value in 元. */
const AMOUNT = /(\d+(?:\.\d+)?)?([千万亿]*)(?:美?元)/
const MAGNITUDE: Readonly<Record<string, number>> = { 千: 1e3, 万: 1e4, 亿: 1e8 }

function amountOf(written: string): number | null {
  const m = AMOUNT.exec(written)
  if (!m || (!m[1] && !m[2])) return null
  return [...m[2]].reduce((v, c) => v * (MAGNITUDE[c] ?? 1), m[1] ? Number(m[1]) : 1)
}

/** Attributes of people a 其中 list may give, each a list of its own. Adding one is adding a row. */
export const ATTRIBUTES: readonly Attribute[] = [
  {
    id: 'age',
    purpose:
      '年龄段：35岁以下、36至45岁、60岁以上，说出岁数的；“青年”不算（农村青年致富带头人、返乡大学生、退役军人是几类人）。',
    pattern: /\d+周?岁/,
    band(name) {
      const span = /(\d+)周?岁?(?:至|到|—|－|-|~|～)(\d+)周?岁/.exec(name)
      if (span) return { low: Number(span[1]), high: Number(span[2]) }
      const open = /(\d+)周?岁(?:及|或)?(以上|以下)/.exec(name)
      if (!open) return null
      const age = Number(open[1])
      return open[2] === '以上' ? { low: age, high: Infinity } : { low: -Infinity, high: age }
    },
    examples: {
      match: ['35岁以下', '35岁及以下党员', '36至45岁', '60周岁以上老人'],
      noMatch: ['党支部', '高校毕业生', '岁末年初走访', '农村青年致富带头人', '青年志愿者'],
    },
  },
  {
    id: 'score',
    purpose: '分数段：90分以上、80至89分、60分以下，说出分数的；“部分”“满分”“得分率”不算。',
    pattern: /\d+(?:\.\d+)?分(?:及|或)?(?:以上|以下)|\d+(?:\.\d+)?分?(?:至|到|—|－|-|~|～)\d+(?:\.\d+)?分(?!钟)/,
    band(name) {
      const span = /(\d+(?:\.\d+)?)分?(?:至|到|—|－|-|~|～)(\d+(?:\.\d+)?)分/.exec(name)
      if (span) return { low: Number(span[1]), high: Number(span[2]) }
      const open = /(\d+(?:\.\d+)?)分(?:及|或)?(以上|以下)/.exec(name)
      if (!open) return null
      const score = Number(open[1])
      return open[2] === '以上' ? { low: score, high: Infinity } : { low: -Infinity, high: score }
    },
    steps: true,
    examples: {
      match: ['90分以上', '80至89分', '60分以下的', '85分及以上学员', '80-89分'],
      noMatch: ['部分', '满分', '得分率', '3分钟以上', '10至15分钟'],
    },
  },
  {
    id: 'schooling',
    purpose: '学历：大专及以上学历、本科学历、研究生学历、高中以下文化程度。',
    pattern: /学历|学位|文化程度|(?:初中|高中|中专|中职|大专|专科|本科|研究生|硕士|博士)(?:及|或)?(?:以上|以下)/,
    band: (name) => ranked(name, SCHOOLING),
    examples: {
      match: ['大专及以上学历', '本科学历', '研究生学历的', '高中以下文化程度', '本科以上', '硕士学位'],
      noMatch: ['高中', '初中', '普通高中学校', '高校毕业生', '博士后工作站'],
    },
  },
  {
    id: 'title',
    purpose: '职称：高级职称、中级职称、副高以上职称。',
    pattern: /职称/,
    band: (name) => ranked(name, TITLES),
    examples: { match: ['高级职称', '中级及以上职称', '副高以上职称'], noMatch: ['专业技术人员', '职工'] },
  },
  {
    id: 'sex',
    purpose: '性别：女性、男性、妇女、女党员、女干部。',
    pattern: /女性|男性|妇女|^[女男](?!子)/,
    examples: { match: ['女性', '女党员', '男性', '妇女', '女职工'], noMatch: ['妇幼保健院', '男子组'] },
  },
  {
    id: 'amount-band',
    purpose:
      '规模档次：亿元以上项目、10亿元以上项目、主营业务收入2000万元以上企业；10亿元以上的也是亿元以上的，各档只有互不重叠时才相加。',
    pattern:
      /(?:\d+(?:\.\d+)?[千万亿]*|[千万亿]+)美?元(?:及|或)?(?:以上|以下)|\d+(?:\.\d+)?[千万亿]*美?元?(?:至|到|—|－|-|~|～)\d+(?:\.\d+)?[千万亿]*美?元/,
    band(name) {
      const span = /(\d+(?:\.\d+)?[千万亿]*美?元?)(?:至|到|—|－|-|~|～)(\d+(?:\.\d+)?[千万亿]*美?元)/.exec(name)
      if (span) {
        const high = amountOf(span[2])
        // 5000万至1亿元: the lower end written without 元 takes it from the higher.
        const low = amountOf(/元$/.test(span[1]) ? span[1] : `${span[1]}元`)
        return low === null || high === null ? null : { low, high }
      }
      const open = /((?:\d+(?:\.\d+)?[千万亿]*|[千万亿]+)美?元)(?:及|或)?(以上|以下)/.exec(name)
      const amount = open && amountOf(open[1])
      if (!open || amount === null) return null
      return open[2] === '以上' ? { low: amount, high: Infinity } : { low: -Infinity, high: amount }
    },
    steps: true,
    examples: {
      match: [
        '亿元以上项目',
        '10亿元以上项目',
        '主营业务收入2000万元以上企业',
        '合同额5000万元及以上工程',
        '纳税1000万元以上企业',
        '5000万至1亿元项目',
      ],
      noMatch: ['新能源汽车零部件产业链项目', '规模以上工业企业', '亿元项目', '总投资', '35岁以下', '限额以上批零企业'],
    },
  },
  {
    id: 'ethnicity',
    purpose: '民族：少数民族党员、少数民族干部。',
    pattern: /少数民族|汉族/,
    examples: { match: ['少数民族', '少数民族干部'], noMatch: ['民族团结进步示范单位'] },
  },
]

/**
 * Whether two bands share a level. Two that only meet at one (35岁以下 and 35岁以上; 20万—50万元 and
 * 50万元以上; 36至45岁 and 45岁以上) split the scale between them, as speeches say it; a band of one
 * level (本科学历) within another (本科及以上学历) is shared.
 */
function overlap(a: Band, b: Band): boolean {
  const low = Math.max(a.low, b.low)
  const high = Math.min(a.high, b.high)
  if (low < high) return true
  if (low > high) return false
  return a.low === a.high || b.low === b.high
}

/** Open bands each reaching past the one before: 10万元以上、5万元以上 (or 35岁以下、45岁以下). */
function inward(bands: readonly (Band | null)[]): boolean {
  const up = bands.every((b, i) => b && b.high === Infinity && (i === 0 || b.low < (bands[i - 1]?.low ?? 0)))
  const down = bands.every((b, i) => b && b.low === -Infinity && (i === 0 || b.high > (bands[i - 1]?.high ?? 0)))
  return bands.length > 1 && (up || down)
}

/** The attribute a part's name says, or undefined for a kind of the whole. */
export const attributeOf = (name: string): Attribute | undefined => ATTRIBUTES.find((a) => a.pattern.test(name))

/**
 * The parts, in order, as lists that add up: the kinds of the whole together, each attribute's
 * parts together when its bands do not overlap, and each part alone where they may (本科及以上学历
 * and 研究生学历, 35岁以下 and 40岁以下). A part alone still may not be more than its whole.
 * `count` is what each part counts: open bands listed inward are steps only when a count falls.
 */
export function addingLists<T>(parts: readonly T[], name: (part: T) => string, count: (part: T) => number): T[][] {
  const lists = new Map<Attribute | undefined, T[]>()
  for (const part of parts) {
    const attribute = attributeOf(name(part))
    lists.set(attribute, [...(lists.get(attribute) ?? []), part])
  }
  return [...lists.entries()].flatMap(([attribute, list]) => {
    if (!attribute?.band) return [list]
    const bands = list.map((p) => attribute.band?.(name(p)) ?? null)
    const falls = list.some((p, i) => i > 0 && count(p) < count(list[i - 1]))
    if (attribute.steps && inward(bands) && falls) return [list]
    const apart = bands.every((a, i) => a && bands.every((b, j) => j <= i || (b && !overlap(a, b))))
    return apart ? [list] : list.map((p) => [p])
  })
}
