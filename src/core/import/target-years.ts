/**
 * Figures of the tasks that are not targets of the year they plan. Targets set for a named year
 * later than the one the tasks plan: in the tasks of 2026, "力争到2027年，全县森林覆盖率达到92%"
 * is a target of 2027, not of 2026. A phrase naming the year governs the rest of its sentence
 * (to 。；！？), until a clause names another year; a figure that names its own year (由2025年的A)
 * keeps it. And last year's figures restated to set this year's against them (RESTATED_PHRASES).
 * The years a figure of a span covers are periods.ts's.
 */
import { insideBookTitle } from '../lang/punctuation'
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

const GLOBAL = TARGET_YEAR_PHRASES.map((p) => new RegExp(p.pattern.source, 'g'))
/** A clause that names a year of its own: "；2026年，……" ends the reach of the year before. */
const YEAR_CLAUSE = new RegExp(`(?:^|[，：])\\s*(?:其中|特别是)?\\s*${YEAR}\\s*年`)

export interface TargetYearScope {
  from: number
  to: number
  year: number
}

/** The stretches of a paragraph a later year than `year` governs. */
export function targetYearScopes(text: string, year: number | null): TargetYearScope[] {
  if (year === null) return []
  const scopes: TargetYearScope[] = []
  for (const re of GLOBAL)
    for (const m of text.matchAll(re)) {
      const named = Number(m[1])
      // 《到2027年全面建成……的实施意见》 is a document's name, not a target's year.
      if (named <= year || insideBookTitle(text, m.index)) continue
      const from = m.index + m[0].length
      const rest = text.slice(from)
      const end = rest.search(/[。；！？;!?]/)
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

/** Where a clause starts, and the few words of its subject before a phrase (中心现有, 去年中心). */
const CLAUSE_HEAD = '(?<=(?:^|[，。；：！？])[^，。；：！？]{0,6}?)'

/**
 * Phrases in the tasks that turn to the year reviewed: its figures restated, the year ahead's to
 * be set against them ("去年排查的2.36万件矛盾纠纷中，……占61.7%，要把排查重心……", "说实话，去年的
 * 数据有喜有忧：……"), or the level the year starts from ("中心现有干部职工104人"). Not a
 * comparison (比去年, 与去年同期相比) nor a base (在去年……的基础上, 在现有……的基础上).
 */
export const RESTATED_PHRASES: readonly NamedPattern[] = [
  {
    id: 'last-year',
    purpose:
      '任务部分里分句开头的“去年”：复述去年的数字（去年排查的2.36万件矛盾纠纷中……），是回顾之年的实际数；“比去年”“与去年同期相比”“在去年……的基础上”不算。',
    pattern: new RegExp(`${CLAUSE_HEAD}(?<![比较与同在])去年(?!同期|的基础|基础上|相比)`),
    matches: [
      '去年排查的2.36万件矛盾纠纷中，婚姻家庭和邻里纠纷占61.7%，要把排查重心放在村一级',
      '说实话，去年的数据有喜有忧：全平台总阅读量达到3.26亿次，同比增长18.6%',
      '还有，去年全中心因为稿件质量被上级通报过2次',
      '全县去年新签约项目42个，今年要确保新签约项目50个以上',
    ],
    rejects: [
      '本科上线率在去年71.3%的基础上稳中有升',
      '与去年同期相比，火灾起数下降12.3%',
      '新发展团员1,126名，比去年多发展了94名',
    ],
  },
  {
    id: 'standing',
    purpose: '任务部分里的“现有”“目前”“截至目前”：讲话时的现状，是回顾之年年底的实际数；“在现有……的基础上”不算。',
    pattern: new RegExp(`${CLAUSE_HEAD}(?<![在])(?:现有|截至目前|目前)(?!的基础|基础上)`),
    matches: [
      '中心现有干部职工104人，其中在编人员46人、聘用人员58人',
      '全县现有A级旅游景区12家，今年力争新创建3家',
      '目前全县还有3个行政村未通客车，年底前要全部通达',
    ],
    rejects: ['在现有48.6万户的基础上突破52万户', '力争新增A级旅游景区3家'],
  },
]

const RESTATED = RESTATED_PHRASES.map((p) => new RegExp(p.pattern.source, 'g'))
/** A clause that turns to what is to be done: the reach of a restated year ends there. */
const TURN_TO_PLAN = new RegExp(`[，；：]\\s*(?:但|可|而)?(?:今年|明年|要|力争|确保|争取|计划|年底前|${YEAR}\\s*年)`)

/**
 * The stretches of a paragraph of the tasks of `year` that restate the year before: from a
 * phrase of RESTATED_PHRASES to its sentence's end (。！？: a list of last year's figures runs on
 * past ；), until a clause turns to what is to be done.
 */
export function restatedScopes(text: string, year: number | null): TargetYearScope[] {
  if (year === null) return []
  const scopes: TargetYearScope[] = []
  for (const re of RESTATED)
    for (const m of text.matchAll(re)) {
      const from = m.index + m[0].length
      const rest = text.slice(from)
      const end = rest.search(/[。！？!?]/)
      const sentence = end < 0 ? rest : rest.slice(0, end)
      const cut = TURN_TO_PLAN.exec(sentence)
      scopes.push({ from, to: from + (cut ? cut.index : sentence.length), year: year - 1 })
    }
  return scopes
}
