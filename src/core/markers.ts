/**
 * Slot markers as templates and text exports write them:
 *
 *   {{城镇新增就业|人}}        an empty figure: label and unit
 *   {{城镇新增就业|人|3250}}   a filled figure
 *   {{@常务副县长}}            an empty name, labelled by role
 *   {{@常务副县长|张三}}       a filled name
 *   {{文字:部门}}              an empty text of the speech (a department, a field of work): not a name
 *   {{文字:部门|县人社局}}      a filled one
 *   {{回顾年}} {{计划年}}       the years of the speech (templates only)
 *   {{会议.时间}}              a field of the meeting record (议程2.发言人: of its second item)
 */

export type Marker =
  | { type: 'metric'; label: string; unit: string; value: string | null }
  | { type: 'person'; label: string; value: string | null }
  | { type: 'text'; label: string; value: string | null }
  | { type: 'year'; which: 'review' | 'plan' }
  | { type: 'field'; label: string }

export type Segment = { text: string } | { marker: Marker; raw: string }

export class MarkerError extends Error {
  constructor(
    message: string,
    readonly column: number,
  ) {
    super(message)
  }
}

/** The text slot a template names its department by ({{文字:部门}}): the library lists drafts by it. */
export const DEPARTMENT_SLOT = '部门'

/** The prefix of a text slot's marker: {{文字:部门}} (a full-width colon too). */
const TEXT_PREFIX = /^文字\s*[:：]/

const YEAR_TOKENS: Record<string, 'review' | 'plan'> = { 回顾年: 'review', 计划年: 'plan' }

/**
 * A field of the meeting record: its namespaces are the record's (会议, and 议程/参会/截止/联系人
 * with the entry's number); src/core/meeting/fields.ts names the fields and says which exist.
 */
export const FIELD_LABEL = /^(会议|议程|参会|截止|联系人)(\d*)\.([^\s|｜{}]+)$/

/** Split text into plain runs and markers; throws MarkerError on a malformed marker. */
export function splitMarkers(text: string): Segment[] {
  const out: Segment[] = []
  let at = 0
  for (;;) {
    const open = text.indexOf('{{', at)
    const strayClose = text.indexOf('}}', at)
    if (strayClose >= 0 && (open < 0 || strayClose < open))
      throw new MarkerError('多了“}}”，前面没有对应的“{{”。', strayClose + 1)
    if (open < 0) break
    const close = text.indexOf('}}', open + 2)
    const nextOpen = text.indexOf('{{', open + 2)
    if (close < 0 || (nextOpen >= 0 && nextOpen < close)) throw new MarkerError('“{{”没有用“}}”闭合。', open + 1)
    if (open > at) out.push({ text: text.slice(at, open) })
    const raw = text.slice(open, close + 2)
    out.push({ marker: parseMarker(text.slice(open + 2, close).trim(), open + 1), raw })
    at = close + 2
  }
  if (at < text.length) out.push({ text: text.slice(at) })
  return out
}

function parseMarker(body: string, column: number): Marker {
  if (body in YEAR_TOKENS) return { type: 'year', which: YEAR_TOKENS[body] }
  if (FIELD_LABEL.test(body)) return { type: 'field', label: body }
  const text = TEXT_PREFIX.exec(body)
  if (text) {
    const [label, value, ...rest] = body
      .slice(text[0].length)
      .split(/[|｜]/)
      .map((f) => f.trim())
    if (!label) throw new MarkerError(`文字空位“{{${body}}}”缺少名称，如 {{文字:部门}}。`, column)
    if (rest.length) throw new MarkerError(`文字空位“{{${body}}}”最多写成 {{文字:名称|内容}}。`, column)
    return { type: 'text', label, value: value || null }
  }
  const person = body.startsWith('@')
  const fields = (person ? body.slice(1) : body).split(/[|｜]/).map((f) => f.trim())
  const label = fields[0]
  if (!label) throw new MarkerError(`空位“{{${body}}}”缺少名称。`, column)
  if (person) {
    if (fields.length > 2) throw new MarkerError(`人名空位“{{${body}}}”最多写成 {{@职务|姓名}}。`, column)
    return { type: 'person', label, value: fields[1] || null }
  }
  if (fields.length < 2)
    throw new MarkerError(`数字空位“{{${body}}}”要写明单位，如 {{${label}|人}}；没有单位写 {{${label}|}}。`, column)
  if (fields.length > 3) throw new MarkerError(`数字空位“{{${body}}}”最多写成 {{名称|单位|数值}}。`, column)
  const value = fields[2] || null
  if (value !== null && !/^-?\d+(\.\d+)?$/.test(value))
    throw new MarkerError(`数字空位“{{${body}}}”的数值“${value}”不是数字。`, column)
  return { type: 'metric', label, unit: fields[1], value }
}
