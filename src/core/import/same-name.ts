/**
 * When a plan's base restates a reviewed figure under another way of writing its name: "村级集体
 *经济收入在上年421万元的基础上" restates "村集体经济收入达到421万元". A wrong match would give
 * the base another metric's name, and a fill from the store that metric's value, so each way is a
 * row with names it must and must not join; a base that no row joins keeps its own name.
 */

/** One way two names are written for one metric; `unit` is the base unit the figures share. */
export interface NameEquivalence {
  id: string
  purpose: string
  /** Whether `base` (the plan's words) restates `reviewed` (the review's label). */
  same(base: string, reviewed: string, unit: string): boolean
  examples: { same: [string, string, string][]; different: [string, string, string][] }
}

/** A name without the 级 of a level: 村级集体经济 → 村集体经济. */
const levelless = (name: string) => name.replace(/([村乡镇县市区省])级/g, '$1')
/** A name without the unit it ends in: 门急诊人次 → 门急诊 (counted in 人次 either way). */
const unitless = (name: string, unit: string) =>
  name.length > unit.length + 1 && name.endsWith(unit) ? name.slice(0, -unit.length) : name
/** A name without the words that say it is of every kind: 处置各类有害信息 → 处置有害信息. */
const allKindsless = (name: string) => name.replace(/各(?:类|项|种)/g, '')
/** A name without the campaign or project named in quotes before it: “慈善一日捐”募集善款 → 募集善款. */
const campaignless = (name: string) => name.replace(/^“[^“”]{1,12}”/, '')
/** A name without the 量 that says it is an amount: 门急诊量 → 门急诊 (two characters left at least). */
const amountless = (name: string) => name.replace(/^(.{2,}?)(?:总量|数量|量)$/, '$1')
/** Fewer characters than this (投资, 收入) end too many names to say which one is meant. */
const SHORTEST_TAIL = 3

/** Rows in the order they are tried: the surest first. */
export const NAME_EQUIVALENCES: readonly NameEquivalence[] = [
  {
    id: 'level-written-or-not',
    purpose: '“村级”“村”：写不写“级”是同一个指标。',
    same: (base, reviewed) => levelless(base) === levelless(reviewed),
    examples: {
      same: [
        ['村级集体经济经营性收入', '村集体经济经营性收入', '元'],
        ['县级公立医院', '县公立医院', '家'],
      ],
      different: [['村级集体经济经营性收入', '镇集体经济经营性收入', '元']],
    },
  },
  {
    id: 'unit-named-in-name',
    purpose: '“门急诊人次”和“门急诊……万人次”：名称末尾写的单位不算名称的一部分。',
    same: (base, reviewed, unit) => unitless(base, unit) === unitless(reviewed, unit),
    examples: {
      same: [
        ['门急诊人次', '门急诊', '人次'],
        ['接待游客人次', '接待游客', '人次'],
      ],
      different: [['门急诊人次', '住院', '人次']],
    },
  },
  {
    id: 'shorter-name-of-the-same',
    purpose:
      '“集装箱吞吐量”是回顾里“港口集装箱吞吐量”的简称：回顾里的名称以它结尾（三个字以上；“投资”“收入”太短，说不清是哪一个）。',
    same: (base, reviewed, unit) => {
      const tail = unitless(base, unit)
      return tail.length >= SHORTEST_TAIL && reviewed.endsWith(tail)
    },
    examples: {
      same: [
        ['集装箱吞吐量', '港口集装箱吞吐量', '标箱'],
        ['一般公共预算收入', '全县一般公共预算收入', '元'],
      ],
      different: [
        ['收入', '一般公共预算收入', '元'],
        ['集装箱吞吐量', '港口货物吞吐量', '吨'],
      ],
    },
  },
  {
    id: 'all-kinds-said-or-not',
    purpose:
      '“处置有害信息”和回顾里的“巡查处置各类有害信息”：“各类”“各项”“各种”只说包括所有种类，去掉后名称相同或回顾的以它结尾（三个字以上）。',
    same: (base, reviewed, unit) => {
      const tail = unitless(allKindsless(base), unit)
      const whole = unitless(allKindsless(reviewed), unit)
      return tail.length >= SHORTEST_TAIL && whole.endsWith(tail) && allKindsless(reviewed) !== reviewed
    },
    examples: {
      same: [
        ['处置有害信息', '巡查处置各类有害信息', '条'],
        ['受理投诉举报', '受理各类投诉举报', '件'],
      ],
      different: [
        ['处置有害信息', '处置各类违法广告', '条'],
        // Too short to say which: 培训 ends many names.
        ['培训', '开展各类培训', '人次'],
      ],
    },
  },
  {
    id: 'amount-said-or-not',
    purpose:
      '“门急诊量”和回顾里的“门急诊”：名称末尾的“量”“总量”“数量”只说它是个量，去掉后相同就是同一个指标（至少剩两个字）。',
    same: (base, reviewed, unit) =>
      unitless(amountless(base), unit) === unitless(amountless(reviewed), unit) &&
      (amountless(base) !== base || amountless(reviewed) !== reviewed),
    examples: {
      same: [
        ['门急诊量', '门急诊', '人次'],
        ['全社会用电量', '全社会用电', '千瓦时'],
        ['粮食总产量', '粮食总产', '吨'],
      ],
      different: [
        ['门急诊量', '住院', '人次'],
        ['存量', '存', '元'],
        ['货运量', '客运量', '吨'],
      ],
    },
  },
  {
    id: 'campaign-named-in-base',
    purpose:
      '“在上年“慈善一日捐”募集善款……的基础上”：基数前用引号写出活动或项目名，回顾里活动名写在前一句（开展“慈善一日捐”活动，募集善款……），去掉引号里的名称后和回顾的名称相同，就是同一个指标；回顾的名称自带另一个引号名称的不算。',
    same: (base, reviewed) => campaignless(base) !== base && campaignless(base) === reviewed,
    examples: {
      same: [
        ['“慈善一日捐”募集善款', '募集善款', '元'],
        ['“春风行动”提供就业岗位', '提供就业岗位', '个'],
        ['“订单农业”带动农户', '带动农户', '户'],
      ],
      different: [
        ['“慈善一日捐”募集善款', '“慈善助学”募集善款', '元'],
        ['“慈善一日捐”募集善款', '网络募集善款', '元'],
      ],
    },
  },
]

/**
 * The reviewed label a plan's base restates: the same name, else the latest reviewed name a row
 * joins it to (rows tried in order), else null.
 */
export function restated(base: string, reviewed: readonly string[], unit: string): string | null {
  if (reviewed.includes(base)) return base
  for (const row of NAME_EQUIVALENCES) {
    const found = [...reviewed].reverse().find((r) => row.same(base, r, unit))
    if (found) return found
  }
  return wholeOfItsParts(base, reviewed)
}

/**
 * A short name (床位) the review gave only with owners, as a whole and its parts (养老机构床位, then
 * 其中公办养老机构床位, 民办养老机构床位): the one whole two others or more end with, whatever else
 * ends with the short name (每千名老年人拥有养老床位). One name alone is not enough: 收入 ends too
 * many names to say it is 一般公共预算收入.
 */
function wholeOfItsParts(base: string, reviewed: readonly string[]): string | null {
  if (base.length < 2) return null
  const ending = [...new Set(reviewed.filter((r) => r.length > base.length && r.endsWith(base)))]
  const wholes = ending.filter((whole) => ending.filter((r) => r !== whole && r.endsWith(whole)).length >= 2)
  return wholes.length === 1 ? wholes[0] : null
}
