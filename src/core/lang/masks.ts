/**
 * Masks: digits or a name left out on purpose, marked with a run of mask characters (***万元,
 * ××家, XX同志, "*批**人次" in the seed). A lone Latin X is no mask: it is a letter of a term
 * (X波段天气雷达, X射线, X光机), as A级景区, B超, C端, 5G and AI are; read as a mask, import would
 * turn the user's word into a blank.
 */

/** A mask as a pattern source: a run of *, ＊ or ×, or of two X or more standing apart from Latin letters. */
export const MASK = String.raw`[*＊×]+|(?<![A-Za-z])X{2,}(?![A-Za-z])`

/** Texts where MASK finds the mask shown, and texts where it finds none. */
export const MASK_EXAMPLES: {
  matches: readonly (readonly [text: string, mask: string])[]
  rejects: readonly string[]
} = {
  matches: [
    ['新设外商投资企业××家', '××'],
    ['开工建设农村公路XX公里', 'XX'],
    ['全年办理助保贷款*批', '*'],
    ['驻纪检组组长***对全系统党风廉政建设作了部署', '***'],
    ['XXX同志宣读了表彰决定', 'XXX'],
  ],
  rejects: [
    '投入资金486万元，完成X波段天气雷达配套工程建设。',
    '配备X射线安检机12台',
    '新增国家A级旅游景区3个',
    '开展B超筛查1.2万人次',
    '建成5G基站860个',
    '推广XXL-Job平台',
  ],
}
