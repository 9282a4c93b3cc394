/**
 * The speech's own place and a figure's scope. A county's speech drops 全县 and 我县 from its
 * figures' names (the library keys them so: 粮食总产量 is the county's), but a figure said of
 * another place (全市粮食总产量 in a county speech, 全省平均水平) is another metric, and keeps
 * its scope in its name, so it is neither stored, filled nor compared as the county's own.
 *
 * The own place is read from what names the meeting: the subtitle, the title and the lines under
 * them (在全县……会议上的讲话, 在青山镇2026年……, 县人民医院院长, 副县长). When they name no
 * level, or two, it is unknown, and every scope is dropped, as before.
 */
import { OUR_PLACE, PLACE_LEVEL, WHOLE_PLACE } from '../lang/scopes'

/** A level of place a speech is given for: 县, 市, 区, 镇, 乡 … and 街道. */
export type PlaceLevel = string

/** Words that open with a level's character but name no place: 市场, 区域, 县域, 乡村 … */
const NOT_A_PLACE = '(?!场|民|域|村|镇|县|乡|政(?!府|协)|容|级|属|直)'

/**
 * What names the level of the place a line speaks for, each alternative one group: the whole
 * (在全县……会议), a named town or street (青山镇, 望江街道), a county named in the party's name
 * (中共某某县委), a department or organ named by its level (县人民医院, 市妇联, 区民政局), and
 * a head of a place (副县长, 市长).
 */
const NAMES_LEVEL = new RegExp(
  [
    `全(${PLACE_LEVEL})`,
    // A town's own name, not 全县乡村 or 县乡镇: it holds no level, and its 乡 is no 乡村's or 乡镇's.
    '(?:^|在|——|—)(?:(?![全在县市区省乡镇])[\\u4e00-\\u9fff]){2,3}?(镇|乡|街道)(?![村镇级])(?=\\d|[\\u4e00-\\u9fff]{2})',
    '(?:中共|中国共产党)[\\u4e00-\\u9fff]{1,4}?(县|市|区)',
    `(?:^|在|——|—|、)(${PLACE_LEVEL})${NOT_A_PLACE}(?=[\\u4e00-\\u9fff]{2})`,
    // not the 市长 of 城市长效, the 区长 of 园区长期
    `(?<![城都园社])(${PLACE_LEVEL})长(?![效期远足])`,
    '(?:高新|开发)(区)',
  ].join('|'),
  'g',
)

/**
 * A meeting or document of another level whose spirit the speech carries out: 深入贯彻全市经济工作
 * 会议精神 in a county speech's title names the city's meeting, not the speaker's place.
 */
const CARRIED_OUT = /(?:贯彻|落实|传达|学习)[^，。；\s]*?(?:精神|部署|要求)/g

/** The levels a line names, in order. */
function levelsIn(line: string): string[] {
  return [...line.replace(CARRIED_OUT, '').matchAll(NAMES_LEVEL)].map(
    (m) => m.slice(1).find((g) => g !== undefined) ?? '',
  )
}

/**
 * The level of the speech's own place, from the lines that name the meeting, most telling first
 * (the subtitle, the lines under the title that name the speaker, then the title, which may name
 * another level's meeting it carries out): the first line that names a level decides, if it names
 * one only. null when none does, or the first names two.
 */
export function ownPlace(lines: readonly (string | null)[]): PlaceLevel | null {
  for (const line of lines) {
    if (!line) continue
    const levels = new Set(levelsIn(line))
    if (levels.size) return levels.size === 1 ? [...levels][0] : null
  }
  return null
}

const SCOPE_WORD = new RegExp(`(?:${WHOLE_PLACE}|${OUR_PLACE})`, 'g')

/**
 * The place the words that open a label (`lead`, those the label leaves out before what is
 * counted) say a figure is of, as its whole (我市 is 全市): 全市 of "全市实现", 全县 of "其中我县";
 * null when they name none.
 */
export function scopeIn(lead: string): string | null {
  const last = [...lead.matchAll(SCOPE_WORD)].filter((m) => !ACTED_UPON.test(lead.slice(0, m.index))).at(-1)?.[0]
  return last ? `全${last.slice(1)}` : null
}

/**
 * Words before a place that make it what the sentence acts on or gives to, not what the figure is
 * of: 完成全市下达的任务, 向全市输送, 为全市贡献, 争取全省项目资金.
 */
const ACTED_UPON = /(?:对|为|向|给|替|完成|争取|承接|承担|输送|贡献)$/

/** A label that opens with the whole of a place: 全市粮食总产量. */
const OPENS_WITH_PLACE = new RegExp(`^${WHOLE_PLACE}`)

/**
 * A figure's label given the place its words say it is of (`scope`) and the speech's own (`own`):
 * another place's scope goes in front, unless the label names a place already (全省平均水平,
 * 高于全市); the own place takes away another's that the label was given by the figure before
 * ("全市粮食总产量……，我县达到30.2万吨": the county's 粮食总产量).
 */
export function scopedLabel(label: string, scope: string, own: PlaceLevel): string {
  if (scope.slice(1) === own) return label.replace(OPENS_WITH_PLACE, (whole) => (whole.slice(1) === own ? whole : ''))
  return NAMES_SCOPE.test(label) ? label : scope + label
}

/** Whether a label names a place's scope already (全市平均水平, 高于全省, 全国劳模). */
const NAMES_SCOPE = new RegExp(`${WHOLE_PLACE}|${OUR_PLACE}|全国`)
