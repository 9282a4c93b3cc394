/**
 * Verbs of a change, as speeches write them: up or down, by an amount (增长8.2%, 减少4起) or to a
 * level (由86%提高到92%, 由5家压降至2家). Every reader of a change (labels, periods, the arithmetic
 * check, one figure one value) builds its pattern from these lists; a list one reader needs longer
 * adds its own words to them, saying why where it does. So do the words of a level held or reached
 * (LEVEL_WORDS).
 */

/** The plain verbs of a rise, said before its size (增长8.2%) and before its second end (提高到). */
export const RISE_VERBS: readonly string[] = ['增加', '增长', '提高', '提升', '上升']

/** The plain verbs of a fall, likewise (下降18.2%, 减少到). */
export const FALL_VERBS: readonly string[] = ['下降', '减少', '降低']

/**
 * Verbs said of a change by an amount only, never to a level (no 净增到): 比上年净增38家, 增收1.72亿元,
 * 减支0.8亿元.
 */
export const RISE_BY_VERBS: readonly string[] = ['净增', '增收', '增支']
export const FALL_BY_VERBS: readonly string[] = ['净减', '减收', '减支']

/**
 * Verbs of a cut: a level made shorter, smaller or leaner, said before its second end (压缩至4.2个
 * 工作日) and, like a plain fall, before its size (压缩38.2%, 缩短2.6个工作日).
 */
export const CUT_VERBS: readonly string[] = ['缩短', '缩小', '缩减', '压缩', '压减', '压降', '精简']

/**
 * Verbs of a cut an office sets, read only before a change's second end (事业编制由10,293名核减到
 * 9,865名, 公用经费由1.26亿元调减至1.08亿元, 排放总量由3.62万吨削减到3.41万吨). Before a size they
 * are no fall of a level: 送审金额12.6亿元，核减1.05亿元，核减率8.3% is the part a review struck off,
 * and its rate is that part's share.
 */
export const SET_CUT_VERBS: readonly string[] = ['核减', '调减', '削减']

/**
 * Verbs of a change written as its two ends (由A提高到B, 由5家压降至2家, 由过去的20分钟缩短到5分钟),
 * before 到/至. Adding a verb is adding a row: it then both leaves the label and joins the ends.
 * Beyond the plain verbs: a level made wider, longer or smaller (扩大, 延长, 缩小, 缩短), cut (缩减, 压缩, 压减,
 * 压降, 精简), and the one-character 增/减/降 of 增至, 减至, 降至.
 */
export const CHANGE_VERBS: readonly string[] = [
  ...RISE_VERBS,
  '扩大',
  '延长',
  ...FALL_VERBS,
  ...CUT_VERBS,
  ...SET_CUT_VERBS,
  '增',
  '减',
  '降',
]

/**
 * Verbs of a level reshaped, with no direction of their own, read only between a change's two
 * ends, before 到, 至 or 为: 社区专职网格员由上年的48名充实到56名, 投放点由上年的386个优化为215个,
 * 行政村由186个调整为142个, 乡镇卫生院由24家整合为16家, 中小学由58所合并为41所. Before a size
 * (优化3个, 调整5项) they say what was done, not by how much a level moved: no companion verbs.
 */
export const RESHAPE_VERBS: readonly string[] = ['充实', '优化', '调整', '整合', '合并']

/** The verbs of a change as a pattern, for building others. */
export const anyOf = (words: readonly string[]): string => `(?:${words.join('|')})`

/**
 * A verb of a change before its second end, the level it reached: 提高到, 压降至, 缩短到, and a
 * level reshaped: 充实到, 优化为 (RESHAPE_VERBS).
 */
export const TO_A_LEVEL = `(?:${anyOf(CHANGE_VERBS)}(?:到|至)|${anyOf(RESHAPE_VERBS)}(?:到|至|为))`

/**
 * Words that put the level held or reached before its value: 控制在3.5%以内, 保持在96%以上,
 * 稳定在98%, 保持12家, 达到12万吨, 达9家, 为86.5%, and every verb of a change to its second end
 * (TO_A_LEVEL). What follows them is where a metric stands, not an amount added over the years;
 * its name ends before them. Not the 为 of 行为: 违法行为326起 is a count of acts.
 */
export const LEVEL_WORDS: readonly string[] = [
  TO_A_LEVEL,
  '控制在',
  '保持在',
  '稳定在',
  '保持',
  '达到',
  '达',
  '(?<!行)为',
]

/** LEVEL_WORDS said last, each example the words just before a value. */
export const LEVEL_EXAMPLES: { match: readonly string[]; noMatch: readonly string[] } = {
  match: [
    '城镇登记失业率控制在',
    '粮食播种面积稳定在',
    '森林覆盖率保持在',
    '空气质量优良天数比例保持',
    '全市A级旅游景区达到',
    '全市A级旅游景区达',
    '综合行政执法事项为',
    '审批时限由20个工作日压缩至',
    '公务用车由412辆压减到',
    '事业编制由10,293名核减到',
    '年初预算由3.2亿元调减至',
    '社区专职网格员由上年的48名充实到',
    '垃圾分类投放点由上年的386个优化为',
    '全县行政村由186个调整为',
  ],
  noMatch: ['全市查处环境违法行为', '全年新增就业', '累计完成投资', '增加', '达标', '稳定', '优化', '充实'],
}

/** The verbs of a fall by an amount: a plain fall, a cut, 净减, 回落, 下滑. */
const FALLS: readonly string[] = [...FALL_VERBS, ...FALL_BY_VERBS, ...CUT_VERBS, '回落', '下滑']

/**
 * Words that end on a verb of a fall (group 1), where a number with a minus sign after it says the
 * opposite of what is meant: 下降-1.2个百分点 reads as a rise. Not a rise: 同比增长-8.6% is how
 * statistical bulletins write a fall, and speeches copy it.
 */
export const FALL_BEFORE = new RegExp(`(${anyOf(FALLS)})了?\\s*$`)

/** The same, with a minus sign typed after the verb (下降-): group 2 is the sign. */
export const FALL_THEN_MINUS = new RegExp(`(${anyOf(FALLS)})了?\\s*([-－−])\\s*$`)

/** A number with a minus sign: -1.2, －1.2, −1.2 (a spreadsheet writes any of them). */
export const NEGATIVE_NUMBER = /^\s*[-－−]\s*\d/

/** The verb of a rise a fall is the opposite of, for saying what to write when it went the other way. */
const OPPOSITE_VERB: Readonly<Record<string, string>> = {
  下降: '上升',
  降低: '提高',
  减少: '增加',
  回落: '上升',
  下滑: '上升',
}

/** What 下降-1.2 reads as and what to write instead, in the user's words. */
export function signedFallAdvice(verb: string, value: string): string {
  const size = value.replace(/^\s*[-－−]\s*/, '')
  const other = OPPOSITE_VERB[verb]
  return `“${verb}-${size}”读起来方向是反的：“${verb}”已说了方向，后面的数不带负号。确实${verb}了就写“${verb}${size}”；其实是反方向，就改写成${other ? `“${other}${size}”` : '表示相反方向的词'}。`
}

/**
 * A rate at comparable prices, by its metric's name or the words before it: the statistics office
 * deflates it, so it does not follow from two nominal totals (地区生产总值增长5.2% with 306.8亿元
 * against 286.1亿元 is no 7.2% slip). One definition for every check that reads a rate against
 * two totals (arithmetic's store growth: last year's from the library, this year's from it or the text).
 */
export function atComparablePrices(name: string, words: string): boolean {
  return REAL_GROWTH_NAME.test(name) || REAL_GROWTH_WORDS.test(words)
}
const REAL_GROWTH_NAME = /生产总值|GDP|增加值|产值/
const REAL_GROWTH_WORDS = /实际增长|可比价|不变价|扣除价格因素/
