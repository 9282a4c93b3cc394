/**
 * Figures of the tasks that are not targets of the year they plan. Targets set for a named year
 * later than the one the tasks plan: in the tasks of 2026, "力争到2027年，全县森林覆盖率达到92%"
 * is a target of 2027, not of 2026. A phrase naming the year governs the rest of its sentence
 * (to 。；！？), until a clause names another year; a figure that names its own year (由2025年的A)
 * keeps it. Last year's figures restated in the tasks are past-years.ts's.
 * The years a figure of a span covers are periods.ts's.
 */
import { insideBookTitle } from '../lang/punctuation'
import { TURN_OF_YEAR_MONTHS } from '../lang/year-end'
import { RANGE_JOIN, YEAR } from '../lang/years'
import type { NamedPattern } from './patterns'

/** Phrases naming the year a target is for; group 1 is the year. */
export const TARGET_YEAR_PHRASES: readonly NamedPattern[] = [
  {
    id: 'by-year',
    purpose: '“到2027年”“到2027年底”“至2028年”：到那一年要达到的目标；“2021年到2025年”是一段年份，不算。',
    pattern: new RegExp(`(?<!\\d\\s*年?\\s*)(?:到|至)\\s*(${YEAR})\\s*年(?:底|末)?`),
    matches: [
      '力争到2027年，全县森林覆盖率达到92%',
      '到2027年底，全市建成5G基站3000个',
      '至2028年，农村自来水普及率达到95%',
    ],
    rejects: ['2021年到2025年，累计新建农村公路1020公里', '力争全年新增就业3300人'],
  },
  {
    id: 'before-year',
    purpose: '“2027年底前”“2028年前”：那一年之前要完成的目标。',
    pattern: new RegExp(`(${YEAR})\\s*年(?:底|末)?(?:前|以前)`),
    matches: ['2027年底前，全部完成老旧小区改造120个', '确保2028年前建成区域医疗中心2个'],
    rejects: ['2025年以来，累计培训1.2万人次', '2027年全县森林覆盖率达到92%'],
  },
  {
    id: 'aim-at-year',
    purpose: '“力争2027年……”“确保2027年……”：计划在那一年实现的目标。',
    pattern: new RegExp(`(?:力争|争取|确保|计划|预计)\\s*(${YEAR})\\s*年(?!以来|${RANGE_JOIN})`),
    matches: ['力争2027年全县森林覆盖率达到92%', '确保2027年建成区域医疗中心2个'],
    rejects: ['确保全年新增就业3300人', '2027年全县森林覆盖率达到92%'],
  },
]

/**
 * A sentence that opens with a year and announces that year's targets: "2026年，全局工作的总体目标
 * 是：……". Its figures are targets of that year wherever it stands, outside a tasks part too (a
 * speech whose points are paragraphs, 第一，……第二，……, has no tasks part around them); the list of
 * targets after it runs on past ； to the sentence's end.
 */
export const YEAR_TARGETS: NamedPattern = {
  id: 'year-targets',
  purpose:
    '以年份开头、接着说那一年目标的句子（“2026年，全局工作的总体目标是：”“2026年全县就业工作的主要目标是”）：后面列的数字是那一年的目标，不论它在哪个部分；“2025年，全县完成了……目标”说的是完成的事，不算。',
  pattern: new RegExp(
    `(?:^|[。！？；])\\s*(${YEAR})\\s*年(?:度)?[，,]?[^。；！？，,]{0,16}?的?(?:总体|主要|预期|奋斗)?目标(?:任务)?(?:是|为)[：:，,]?`,
  ),
  matches: [
    '2026年，全局工作的总体目标是：城乡居民医保参保率稳定在95%以上',
    '2026年全县就业工作的主要目标是：城镇新增就业3300人',
    '2026年，学校的奋斗目标是本科上线率达到80%',
  ],
  rejects: [
    '2025年，全县完成了省下达的目标任务，新增就业3250人',
    '力争到2027年，全县森林覆盖率达到92%',
    '围绕这些目标，重点抓好四项工作',
  ],
}

/**
 * The same set for 明年: "确保明年县级重点项目不少于120个", "到明年底", "明年汛期前". 明年 counts from
 * the year the speech is given in (its date line): in a meeting that plans the year it is held in
 * (a 前三季度 analysis meeting readying next year) it is a later year; at a year-end meeting it is
 * the year planned, and changes nothing.
 */
export const NEXT_YEAR_TARGET: NamedPattern = {
  id: 'next-year-target',
  purpose:
    '任务里给明年定的目标：“确保明年县级重点项目不少于120个”“力争明年……”“到明年底”“明年6月底前”。明年从讲话的年份算（日期行）：年中、秋季部署当年的会议里是下一年；年底部署明年的会议里就是部署年，不变。“明年是……之年”“为明年开好局”不是目标。',
  pattern:
    /(?:(?:力争|争取|确保|计划|预计)\s*|(?:到|至)\s*)明年(?:底|末)?|明年(?:底|末|[^，。；！？]{0,6}?前)(?:前|以前)?/,
  matches: ['确保明年县级重点项目不少于120个', '力争明年全县森林覆盖率达到65%', '到明年底，全市建成5G基站3000个'],
  rejects: ['明年是“十五五”规划的关键之年', '为明年开好局、起好步打下坚实基础', '明年的订单要早谋划'],
}

const GLOBAL = TARGET_YEAR_PHRASES.map((p) => new RegExp(p.pattern.source, 'g'))
const NEXT_YEAR_GLOBAL = new RegExp(NEXT_YEAR_TARGET.pattern.source, 'g')
const YEAR_TARGETS_GLOBAL = new RegExp(YEAR_TARGETS.pattern.source, 'g')
/**
 * A date in the first months of the year after the one planned ("到2027年1月15日（星期五）前" in a
 * winter campaign of 2026 that runs to 春节): a deadline of the campaign at the turn of the year
 * (lang/year-end TURN_OF_YEAR_MONTHS), its figures the plan's own, not a later year's targets.
 */
const TURN_OF_YEAR_DATE = new RegExp(`^\\s*0?[1-${TURN_OF_YEAR_MONTHS}]\\s*月`)
/** A clause that names a year of its own: "；2026年，……" ends the reach of the year before. */
const YEAR_CLAUSE = new RegExp(`(?:^|[，：])\\s*(?:其中|特别是)?\\s*${YEAR}\\s*年`)

export interface TargetYearScope {
  from: number
  to: number
  year: number
}

/** The stretches of a paragraph a later year than `year` governs; `given`, the year the speech is given in, tells 明年's. */
export function targetYearScopes(text: string, year: number | null, given?: number | null): TargetYearScope[] {
  if (year === null) return []
  const scopes: TargetYearScope[] = []
  const nextYear = given == null ? [] : [...text.matchAll(NEXT_YEAR_GLOBAL)].map((m) => ({ m, named: given + 1 }))
  for (const { m, named } of [
    ...GLOBAL.flatMap((re) => [...text.matchAll(re)].map((m) => ({ m, named: Number(m[1]) }))),
    ...nextYear,
  ]) {
    // 《到2027年全面建成……的实施意见》 is a document's name, not a target's year.
    if (named <= year || insideBookTitle(text, m.index)) continue
    const from = m.index + m[0].length
    if (named === year + 1 && TURN_OF_YEAR_DATE.test(text.slice(from))) continue
    const rest = text.slice(from)
    const end = rest.search(/[。；！？;!?]/)
    const sentence = end < 0 ? rest : rest.slice(0, end)
    const cut = YEAR_CLAUSE.exec(sentence)
    scopes.push({ from, to: from + (cut ? cut.index : sentence.length), year: named })
  }
  return scopes
}

/**
 * Outside the tasks, the stretches a later year's targets govern: the sentences that announce
 * them (YEAR_TARGETS), to the sentence's end or a clause naming another year.
 */
export function yearTargetScopes(text: string, year: number | null): TargetYearScope[] {
  if (year === null) return []
  const scopes: TargetYearScope[] = []
  for (const m of text.matchAll(YEAR_TARGETS_GLOBAL)) {
    const named = Number(m[1])
    if (named <= year) continue
    const from = m.index + m[0].length
    const rest = text.slice(from)
    const end = rest.search(/[。！？!?]/)
    const sentence = end < 0 ? rest : rest.slice(0, end)
    const cut = YEAR_CLAUSE.exec(sentence)
    scopes.push({ from, to: from + (cut ? cut.index : sentence.length), year: named })
  }
  return scopes
}

/** The later year a figure at `at` is a target of, if a phrase governs it. */
export function targetYearAt(scopes: TargetYearScope[], at: number): number | undefined {
  return scopes.filter((s) => s.from <= at && at < s.to).sort((a, b) => b.from - a.from)[0]?.year
}
