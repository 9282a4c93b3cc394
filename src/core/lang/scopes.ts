/**
 * Scope words: the whole of a place a figure is said of (全县, 全市, 全省), the speaker's own
 * place (我县, 我市) and the department's own ranks (全系统, 全行业). One definition, read by the
 * figure labels (import/labels.ts, import/figures.ts) and the checks that read a whole before a
 * count (checks/restated-counts.ts).
 */

/** The level of a place a scope word names, one character each: 县 of 全县, 市 of 我市. */
export const PLACE_LEVEL = '[县市区省镇乡州旗]'

/** The whole of a place: 全县, 全市, 全区, 全省, 全镇, 全乡, 全州, 全旗 (not 全国, which figures keep in their names). */
export const WHOLE_PLACE = `全${PLACE_LEVEL}`

/**
 * The whole of a place or of the department's own ranks: 全县, 全系统, 全行业; and of the speaker's
 * own company, hospital or school (组织全集团1,286名职工分批轮训, 全院, 全校). Not 全局: the whole
 * situation (服务全局) far oftener than the bureau.
 */
export const WHOLE_SCOPE = `(?:${WHOLE_PLACE}|全系统|全行业|全集团|全公司|全院|全校)`

/** The speaker's own place: 我县, 我市, 我区, 我镇, 我乡. */
export const OUR_PLACE = `我${PLACE_LEVEL}`

/**
 * The speaker's own place or body, as a speech sets it against a wider one: 我县, 我院 (a hospital's
 * speech), 我局, 我校, 我行, 本院, 本单位.
 */
export const OUR_OWN = `(?:${OUR_PLACE}|[我本](?:院|局|校|行|委|办|所|站|队|中心|公司|集团|单位|系统))`
