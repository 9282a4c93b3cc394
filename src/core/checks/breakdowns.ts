/**
 * When the text shows that the parts after 其中 are all of their whole, so that they must add up
 * to it and not just stay under it. Most breakdowns name only some parts (其中高校毕业生1200人), and
 * a shortfall says nothing; these say more. Read from the parts' names alone.
 */

/** A pair of kinds that between them are all of what they qualify, with names it must and must not complete. */
export interface ComplementaryKinds {
  kinds: readonly [string, string]
  /** Names of parts this pair shows are complete, and names it must not. */
  examples: { complete: string[][]; partial: string[][] }
}

/**
 * Two kinds that leave nothing between them: 专职网格员 and 兼职网格员 are all the 网格员. Not
 * 国有/民营 (外资, 混合所有制 besides) nor 新建/改扩建 (维修, 迁建 besides). Adding a pair is adding a row.
 */
export const COMPLEMENTARY_KINDS: readonly ComplementaryKinds[] = [
  {
    kinds: ['公办', '民办'],
    examples: {
      complete: [
        ['公办园', '民办园'],
        ['公办园', '普惠性民办园', '其他民办园'],
      ],
      partial: [['公办园', '普惠性民办园'], ['公办园'], ['公办学校', '民办园']],
    },
  },
  {
    kinds: ['专职', '兼职'],
    examples: { complete: [['专职网格员', '兼职网格员']], partial: [['专职网格员'], ['专职网格员', '兼职调解员']] },
  },
  {
    kinds: ['男', '女'],
    examples: {
      complete: [
        ['男性', '女性'],
        ['女职工', '男职工'],
      ],
      partial: [['男性', '少数民族女性']],
    },
  },
  {
    kinds: ['城镇', '农村'],
    examples: { complete: [['城镇学生', '农村学生']], partial: [['农村教师', '城镇骨干教师']] },
  },
  // 社会消费品零售总额 by where it is sold: 城镇 and 乡村 (the statistics' own two parts)
  {
    kinds: ['城镇', '乡村'],
    examples: {
      complete: [
        ['城镇消费品零售额', '乡村消费品零售额'],
        ['城镇', '乡村'],
        ['城镇常住人口', '乡村常住人口'],
      ],
      partial: [['城镇消费品零售额'], ['城镇消费品零售额', '乡村旅游收入'], ['城镇', '乡村振兴示范村']],
    },
  },
  {
    kinds: ['城市', '农村'],
    examples: { complete: [['城市低保对象', '农村低保对象']], partial: [['城市低保对象', '农村特困人员']] },
  },
  {
    kinds: ['线上', '线下'],
    examples: { complete: [['线上培训', '线下培训']], partial: [['线上培训', '线下集中培训']] },
  },
  {
    kinds: ['省内', '省外'],
    examples: { complete: [['省内游客', '省外游客']], partial: [['省内游客']] },
  },
  {
    // 9户市属企业中，7户实现盈利、2户亏损: the firms that made a profit and those that made a loss.
    kinds: ['盈利', '亏损'],
    examples: {
      complete: [
        ['实现盈利', '亏损'],
        ['盈利企业', '亏损企业'],
        ['盈利', '出现亏损'],
      ],
      partial: [['盈利企业'], ['盈利企业', '亏损国有企业'], ['实现盈利', '减亏']],
    },
  },
  {
    kinds: ['境内', '境外'],
    examples: { complete: [['境内游客', '境外游客']], partial: [['境内游客', '港澳游客']] },
  },
]

/**
 * A whole of every level (设立各级林长1,126名, 各级河长) broken down by its levels, each named by its level
 * and the whole's noun (县级林长、乡级林长、村级林长): the levels the whole says it holds all of. Not
 * parts of another noun (县级林长、护林员), nor a whole not of every level (林长 alone).
 */
export const ALL_LEVELS = {
  whole: /各级([\u4e00-\u9fff]{2,})$/,
  part: /^(?:省|市|县|区|乡镇|乡|镇|街道|村|社区|组)级([\u4e00-\u9fff]{2,})$/,
  examples: {
    complete: [
      ['设立各级林长', '县级林长', '乡级林长', '村级林长'],
      ['各级河长', '市级河长', '县级河长', '乡镇级河长', '村级河长'],
      ['各级网格员', '镇级网格员', '村级网格员'],
    ],
    partial: [
      ['设立各级林长', '县级林长', '护林员'],
      ['林长', '县级林长', '乡级林长'],
      ['各级河长', '县级河长'],
    ],
  },
}

/**
 * A whole whose quoted name counts its kinds (“四上”企业: 规上工业、限上批零住餐、规上服务业、资质内
 * 建筑业和房地产; “两新”组织; “三资”企业) broken down into as many parts: all of it. Not fewer parts,
 * nor a name that is no count of kinds (“十四五”).
 */
export const COUNTED_KINDS = {
  whole: /“([两二三四五六七八九])[\u4e00-\u9fff]{1,2}”/,
  examples: {
    complete: [
      ['在库“四上”企业', '规上工业企业', '限上批零住餐企业', '规上服务业企业', '资质内建筑业和房地产开发经营企业'],
      ['“两新”组织', '非公有制经济组织', '社会组织'],
      ['“三资”企业', '中外合资企业', '中外合作企业', '外商独资企业'],
    ],
    partial: [
      ['在库“四上”企业', '规上工业企业', '限上批零住餐企业', '规上服务业企业'],
      ['“三资”企业', '中外合资企业'],
      ['“十四五”重点项目', '交通项目', '水利项目', '能源项目'],
    ],
  },
}
const KIND_COUNT = '一二三四五六七八九'

/**
 * A sentence that counts the kinds its whole is of before it ("两项考试共设考场318个，抽调监考员676名，
 * 其中高考296名、中考380名"; "三个园区共有入驻企业420家，其中……"), broken down into as many parts
 * named by the kinds, not by narrower things of the whole's name (两个园区共有企业…，其中规上企业…、
 * 高新企业…): all of it. Each example: the sentence's words before the whole, the whole, its parts.
 */
export const KINDS_SAID_BEFORE = {
  said: /([两二三四五六七八九])(项|类|种|个)([\u4e00-\u9fff]{1,4}?)(?:共|合计|一共|总共)/,
  examples: {
    complete: [
      // 教育, 开发区, 民政
      ['两项考试共设考场318个，抽调监考员', '监考员', '高考', '中考'],
      ['三个园区共有入驻企业', '入驻企业', '经开区', '高新区', '物流园'],
      ['两类对象共发放救助金', '救助金', '低保金', '特困供养金'],
    ],
    partial: [
      ['两个园区共有企业', '企业', '规上企业', '高新企业'],
      ['两项考试共设考场318个，抽调监考员', '监考员', '高考'],
      ['全县共设考场318个，抽调监考员', '监考员', '高考', '中考'],
    ],
  },
}

/**
 * Wholes whose kinds are fixed by rule, named each by its kind: 基层党组织 are 党委, 党总支 and 党支部
 * (the Party's constitution sets no other), broken down into the three, all of it. Not fewer kinds,
 * nor a whole of another name (党组织 of the 机关 may count 党组). Adding a whole is adding a row.
 */
export const FIXED_KINDS: readonly {
  whole: RegExp
  kinds: readonly string[]
  examples: { complete: string[][]; partial: string[][] }
}[] = [
  {
    whole: /基层党组织$/,
    kinds: ['党委', '党总支', '党支部'],
    examples: {
      complete: [
        ['全县共有基层党组织', '党委', '党总支', '党支部'],
        ['全市国有企业基层党组织', '基层党委', '党总支', '党支部'],
        ['全区教育系统基层党组织', '党委', '党总支', '党支部'],
      ],
      partial: [
        ['全县共有基层党组织', '党委', '党支部'],
        ['全县党组织', '党委', '党总支', '党支部'],
        ['全县共有基层党组织', '党委', '党总支', '联合党支部'],
      ],
    },
  },
]

/** A part named as the rest of what was listed before it: 其他项目, 其余乡镇, 其他民办园. */
export const THE_REST = /^(?:其他|其余)/

/** A verb a part's name may open with that says nothing of its kind: 实现盈利 is 盈利, 出现亏损 亏损. */
const STATE_VERB = /^(?:实现|出现|处于)/

/**
 * Why the parts, by their names in order, are all of their whole, or null when the names do not
 * show it: both kinds of a pair, each kind either named whole (民办园) or listed to its rest
 * (普惠性民办园、其他民办园), all with the same name after the kind; or a last part that is the rest
 * of the whole itself (交易项目: 其他项目), not of some kind of it (学校: 其他乡镇学校, after 中心镇学校);
 * or as many parts as the sentence (`said`, its words before the whole) counts kinds (KINDS_SAID_BEFORE).
 */
export function completeness(names: readonly string[], whole: string, said = ''): string | null {
  if (names.length < 2) return null
  const counted = KINDS_SAID_BEFORE.said.exec(said)
  if (
    counted &&
    names.length === (counted[1] === '两' ? 2 : KIND_COUNT.indexOf(counted[1]) + 1) &&
    !names.some((n) => n.endsWith(whole))
  )
    return `前面说共${counted[1]}${counted[2]}${counted[3]}，已列全`
  for (const { kinds } of COMPLEMENTARY_KINDS) {
    const split = names.map((said) => {
      const name = said.replace(STATE_VERB, '')
      const side = kinds.findIndex((k) => name.includes(k))
      if (side < 0) return null
      const at = name.indexOf(kinds[side])
      return { side, before: name.slice(0, at), after: name.slice(at + kinds[side].length) }
    })
    if (split.some((s) => s === null) || new Set(split.map((s) => s?.after)).size !== 1) continue
    const allOf = (side: number) => {
      const on = split.filter((s) => s?.side === side)
      return (on.length === 1 && on[0]?.before === '') || THE_REST.test(on.at(-1)?.before ?? '')
    }
    if (allOf(0) && allOf(1)) return `${kinds.join('、')}之外没有别的`
  }
  const kinds = COUNTED_KINDS.whole.exec(whole)
  if (kinds && names.length === (kinds[1] === '两' ? 2 : KIND_COUNT.indexOf(kinds[1]) + 1))
    return `${kinds[0]}共${kinds[1]}类，已列全`
  for (const fixed of FIXED_KINDS) {
    if (!fixed.whole.test(whole) || names.length !== fixed.kinds.length) continue
    // Each kind named by exactly one part, its name the kind alone or the kind of the whole (基层党委).
    const ofKind = (k: string) => names.filter((n) => n === k || n === `基层${k}`).length === 1
    if (fixed.kinds.every(ofKind)) return `${whole.match(fixed.whole)?.[0]}只有${fixed.kinds.join('、')}这几种`
  }
  const levels = ALL_LEVELS.whole.exec(whole)?.[1]
  if (levels && names.every((n) => ALL_LEVELS.part.exec(n)?.[1] === levels)) return `“${whole}”按级别分完了`
  const last = names[names.length - 1]
  return THE_REST.test(last) && whole.endsWith(last.replace(THE_REST, '')) ? `“${last}”已包括其余各项` : null
}

/**
 * Where a unit's income comes from: given by the budget (财政补助, 财政拨款) or earned by its own
 * work (经营收入, 事业收入). A 收入 broken down into one of each (全场全年总收入2,860万元，其中财政补助
 * 1,920万元、经营收入940万元) names both sources; only a small 其他收入 may be left out, so a part
 * that leaves the two well short of the whole is asked about. Each side with names it must and must not read.
 */
export const INCOME_SOURCES = {
  whole: /收入$/,
  given: /^(?:[\u4e00-\u9fff]{0,4}?)财政(?:补助|拨款|补贴)(?:收入|资金)?$/,
  earned: /^(?:[\u4e00-\u9fff]{0,4}?)(?:经营|事业|自营|营业)收入$/,
  examples: {
    both: [
      ['财政补助', '经营收入', '全场全年总收入'],
      ['财政拨款收入', '事业收入', '医院总收入'],
      ['经营收入', '财政补贴', '公司全年收入'],
    ],
    not: [
      ['财政补助', '经营收入', '总投资'],
      ['财政补助', '社会捐赠', '总收入'],
      ['财政补助', '经营收入', '其他收入', '总收入'],
      ['税收收入', '非税收入', '一般公共预算收入'],
    ],
  },
} as const

/** Whether the parts, by their names, are the two sources of an income: one given, one earned. */
export function bothIncomeSources(names: readonly string[], whole: string): boolean {
  if (names.length !== 2 || !INCOME_SOURCES.whole.test(whole)) return false
  const given = names.filter((n) => INCOME_SOURCES.given.test(n)).length
  const earned = names.filter((n) => INCOME_SOURCES.earned.test(n)).length
  return given === 1 && earned === 1
}
