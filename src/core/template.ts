/**
 * Speech templates: human-readable text files (templates/*.txt).
 *
 *   名称：全县某某工作会议讲话
 *   说明：一句话介绍（可选）
 *   必需：标题 称呼 回顾 任务 要求 结束语
 *   ---
 *   the speech, numbered 一、（一）1.（1） as usual, with {{…}} slots (markers.ts) and
 *   {{回顾年}} / {{计划年}}; a part heading may end with #回顾 #任务 #要求 #其他.
 *
 * A malformed template throws TemplateError naming the line.
 */
import { PART_KIND_BY_NAME, PART_KIND_NAMES, PART_KINDS, REQUIRED_NAMES, type RequiredId } from './schema'
import { MarkerError, splitMarkers } from './markers'

export interface TemplateMeta {
  id: string
  name: string
  description: string
  required: RequiredId[]
}

export interface Template extends TemplateMeta {
  /** The speech text after the --- line, markers unexpanded. */
  body: string
  /** Line number in the file of the body's first line. */
  bodyLine: number
}

export class TemplateError extends Error {
  constructor(
    readonly line: number,
    readonly detail: string,
    readonly file = '',
  ) {
    super(`${file ? file + '：' : ''}第${line}行：${detail}`)
  }
}

export { REQUIRED_LABELS, REQUIRED_NAMES } from './schema'

/** What a required part is called in a document of this kind: a notice's greeting is its 主送机关. */
export { requiredLabel } from './schema'

const HEADER = /^([^：:]+)[：:]\s*(.*)$/
const PART_LINE = /^[一二三四五六七八九十]{1,3}\s*[、．.]/

/** A template file split at its --- line, with its information lines as key and value. */
export interface TemplateHead {
  lines: string[]
  /** Index of the --- line. */
  sep: number
  entries: { key: string; value: string; line: number }[]
}

/** The information lines of any template (speech or meeting document); the caller knows the keys. */
export function readTemplateHead(source: string, file = ''): TemplateHead {
  const lines = source.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/)
  const sep = lines.findIndex((l) => l.trim() === '---')
  if (sep < 0) throw new TemplateError(1, '缺少分隔行“---”：文件开头写名称等信息，“---”之后写正文。', file)
  const entries: TemplateHead['entries'] = []
  for (let i = 0; i < sep; i++) {
    const line = lines[i].trim()
    if (!line || line.startsWith('//')) continue
    const m = HEADER.exec(line)
    if (!m) throw new TemplateError(i + 1, `看不懂这一行“${line}”：信息行要写成“名称：…”。`, file)
    entries.push({ key: m[1].trim(), value: m[2].trim(), line: i + 1 })
  }
  return { lines, sep, entries }
}

/** The parts named on a 必需 line. */
export function readRequired(value: string, line: number, file = ''): RequiredId[] {
  return value
    .split(/[\s、，,]+/)
    .filter(Boolean)
    .map((name) => {
      const req = REQUIRED_NAMES[name]
      if (!req)
        throw new TemplateError(
          line,
          `“必需”里的“${name}”不是部分名称；可用：${Object.keys(REQUIRED_NAMES).join('、')}。`,
          file,
        )
      return req
    })
}

export function parseTemplate(source: string, id: string, file = ''): Template {
  const { lines, sep, entries } = readTemplateHead(source, file)
  const meta: TemplateMeta = { id, name: '', description: '', required: [] }
  let requiredSet = false
  for (const { key, value, line } of entries) {
    switch (key) {
      case '名称':
        meta.name = value
        break
      case '说明':
        meta.description = value
        break
      case '必需':
        requiredSet = true
        meta.required.push(...readRequired(value, line, file))
        break
      default:
        throw new TemplateError(line, `不认识的信息项“${key}”；可用：名称、说明、必需。`, file)
    }
  }
  if (!meta.name) throw new TemplateError(1, '缺少“名称：…”一行。', file)
  if (!requiredSet) meta.required = ['title', 'greeting', 'review', 'tasks', 'requirements', 'closing']
  const bodyLines = lines.slice(sep + 1)
  bodyLines.forEach((line, i) => {
    try {
      splitMarkers(line)
    } catch (e) {
      if (e instanceof MarkerError) throw new TemplateError(sep + 2 + i, `${e.message}（第${e.column}个字符处）`, file)
      throw e
    }
    const kind = /#(\S*)\s*$/.exec(line)
    if (kind && PART_LINE.test(line.trim()) && !(kind[1] in PART_KIND_BY_NAME)) {
      throw new TemplateError(
        sep + 2 + i,
        `部分类型“#${kind[1]}”不对；可用：${PART_KINDS.map((k) => `#${PART_KIND_NAMES[k]}`).join(' ')}。`,
        file,
      )
    }
  })
  if (!bodyLines.some((l) => PART_LINE.test(l.trim())))
    throw new TemplateError(sep + 2, '正文里没有“一、”这样编号的部分。', file)
  return { ...meta, body: bodyLines.join('\n'), bodyLine: sep + 2 }
}
