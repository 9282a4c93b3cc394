/**
 * Whose a backup is. Merging another department's backup put the 市场监管局's speech into the
 * health bureau's list without a word (tryout 11, finding A6). A library says whose it is in
 * two ways: the units it names (a meeting's organiser, a template's 部门), and the field of work
 * its meetings name (——在全县2026年卫生健康工作会议上的讲话, 全县2026年卫生健康工作会议议程).
 * A backup whose units, or failing those whose fields of work, share none with this library's
 * is likely another unit's: the restore question says so before anything is written.
 */

import { PLACE_LEVEL, WHOLE_PLACE } from './lang/scopes'

/** What a library or a backup says about whose it is. */
export interface UnitWords {
  /** Units it names: meeting organisers, the 部门 of template speeches. */
  units: readonly string[]
  /** Where meetings are named: speeches' subtitles and titles, meeting records' names. */
  meetings: readonly string[]
}

/** A field of work as a meeting's name gives it; `counter` is a name that gives none. */
interface FieldRule {
  pattern: RegExp
  example: { text: string; field: string }
  counter: string
}

/** The scope and year before a meeting's field (全县, 2026年, 2026年度全市) and 工作 after it. */
const SCOPE = `(?:${WHOLE_PLACE})?(?:\\d{4}年度?)?(?:${WHOLE_PLACE})?`

/** The field of work in a meeting's name: 全县2026年市场监管工作会议 → 市场监管. */
export const MEETING_FIELD: FieldRule = {
  pattern: new RegExp(`${SCOPE}([\\u4e00-\\u9fa5]{2,16}?)(?:工作)?(?:会议|大会)`),
  example: { text: '——在全县2026年市场监管工作会议上的讲话', field: '市场监管' },
  counter: '凝心聚力强基层 守正创新护健康',
}

/** The field of work in a unit's name: 县卫生健康局 → 卫生健康, 市交通运输局 → 交通运输. */
export const UNIT_FIELD: FieldRule = {
  pattern: new RegExp(
    `^(?:[^${PLACE_LEVEL.slice(1, -1)}]{0,8}${PLACE_LEVEL})?([\\u4e00-\\u9fa5]{2,16}?)(?:委员会|局|委|办公室|办|中心)$`,
  ),
  example: { text: '县卫生健康局', field: '卫生健康' },
  counter: '各乡镇卫生院',
}

/** What a few words name with a rule ("关于召开" and 的通知 around it do not matter), or null. */
function fieldBy(rule: FieldRule, text: string): string | null {
  const found = rule.pattern.exec(text.replace(/^关于召开|^——在|\s/g, ''))
  return found?.[1] ?? null
}

export const fieldOfMeeting = (name: string) => fieldBy(MEETING_FIELD, name)
export const fieldOfUnit = (name: string) => fieldBy(UNIT_FIELD, name)

const fieldsBy = (names: readonly string[], of: (s: string) => string | null) => [
  ...new Set(names.map(of).filter((f): f is string => f !== null)),
]

/**
 * The short names county documents give departments' fields (县卫健局 is 县卫生健康局): a field is
 * compared by its short name, so one unit's two ways of writing it are one (review 27: the short
 * name and the full one were two units, and every restore of one's backup asked whether it was
 * another unit's).
 */
export const SHORT_FIELDS: readonly (readonly [full: string, short: string])[] = [
  ['卫生健康', '卫健'],
  ['市场监督管理', '市场监管'],
  ['人力资源和社会保障', '人社'],
  ['住房和城乡建设', '住建'],
  ['发展和改革', '发改'],
  ['工业和信息化', '工信'],
  ['文化广电和旅游', '文旅'],
  ['文化和旅游', '文旅'],
  ['教育和体育', '教体'],
  ['自然资源和规划', '自然资源'],
  ['退役军人事务', '退役军人'],
  ['应急管理', '应急'],
  ['医疗保障', '医保'],
  ['科学技术', '科技'],
  ['交通运输', '交通'],
  ['民族宗教事务', '民宗'],
  ['机关事务管理', '机关事务'],
  ['行政审批服务', '行政审批'],
  ['城市管理综合执法', '城管'],
  ['城市管理', '城管'],
  ['粮食和物资储备', '粮食'],
]

/** A field by its short name: 卫生健康 → 卫健, 市场监督管理 → 市场监管. */
export function shortField(field: string): string {
  let out = field
  for (const [full, short] of SHORT_FIELDS) out = out.replaceAll(full, short)
  return out
}

/** Two lists of fields share one (县卫生健康 and 卫生健康 are one: one holds the other; 卫健 and 卫生健康 too). */
const share = (a: readonly string[], b: readonly string[]) =>
  a.map(shortField).some((x) => b.map(shortField).some((y) => x.includes(y) || y.includes(x)))

/**
 * The fields of work a backup and this library name when they share none (the backup likely
 * another unit's), else null. Units decide when both name some; else the meetings' fields; a
 * side that names neither (an empty library, a backup of one template) cannot be told.
 */
export function foreignFields(here: UnitWords, theirs: UnitWords): { here: string[]; theirs: string[] } | null {
  for (const [of, pick] of [
    [fieldOfUnit, (w: UnitWords) => w.units],
    [fieldOfMeeting, (w: UnitWords) => w.meetings],
  ] as const) {
    const mine = fieldsBy(pick(here), of)
    const yours = fieldsBy(pick(theirs), of)
    if (mine.length && yours.length) return share(mine, yours) ? null : { here: mine, theirs: yours }
  }
  return null
}
