/**
 * Small words of written Chinese that change what the word after them means, shared by the
 * recognisers and the checks.
 */

/** A negation before a word: 不合格 is not 合格, 未达标 not 达标. Tested at the end of what precedes the word. */
export const NEGATION_BEFORE = /[不未非无]$/

/**
 * Words after a noun that make it a total: the same thing as the noun ("经营主体总量" is
 * "经营主体", "执行到位金额" is what was 执行到位). A figure's unit still tells a count from an amount.
 */
export const TOTAL_NAMES = ['总量', '总数', '总额', '数量', '总规模', '金额']
export const TOTAL_WORDS = new RegExp(`(?:${TOTAL_NAMES.join('|')})$`)

/** A name less a total word after it, when a noun is left: 经营主体总量 → 经营主体; 总数 stays. */
export const withoutTotal = (label: string) => label.replace(new RegExp(`(?<=.)${TOTAL_WORDS.source}`), '')

/**
 * The words between a list and its total said again after it: "金牌3枚、银牌2枚、铜牌5枚，共10枚",
 * "其中来信120件、来访150件，合计270件". Tested on the whole of those words.
 */
export const RESTATED_TOTAL = /^[，,]?(?:共计|共|合计|总计|总共)$/

/**
 * Words before a number that make it approximate (约3200人, 近3300人, 超过3200人, 总量突破5万人): it
 * cannot be checked to its digit. 突破 says a threshold crossed, as 超过 does.
 */
export const APPROXIMATE = /(?:近|约|超过|逾|不到|不足|接近|将近|大约|突破)$/
/**
 * Words after a number that make it approximate or a bound (71万千瓦左右, 3500人以上, 3%以内): as
 * APPROXIMATE, it cannot be checked to its digit. Tested at the start of what follows the number.
 */
export const APPROXIMATE_AFTER = /^(?:左右|上下|以上|以下|以内|开外|有余|之多)/

/** Words that link a sentence to the one before, set off by a comma: 同时，此外，另外，其次，最后. */
const SENTENCE_LINKS = '同时|与此同时|此外|另外|其次|再次|最后|总之'

/**
 * A sentence that asks someone to do something: 要 (not 要求), 必须, 务必, 不得, 不准, in its first clause,
 * after its subject or none ("要坚持……", "被巡察党组织要……", "各科室主任必须……"), or after a word
 * that links it to the sentence before ("同时，要加强宣传", "此外，各单位要……").
 */
export const ASKS = new RegExp(
  `^(?:(?:${SENTENCE_LINKS})[，,])?[^，。；：！？]{0,20}?(?:要(?!求)|必须|务必|不得|不准|严禁)`,
)
