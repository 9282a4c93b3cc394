/**
 * Find the figures in a sentence of a speech: a number or a mask glued to a unit
 * ("3250人", "1.2亿元", "3.6个百分点", "***万元", "368.5 万吨"), with the noun phrase it
 * counts as its label. Masks without a unit next to a name or a title are names ("**同志").
 *
 * Years, dates, ordinals, Chinese numerals and durations naming a mechanism are not figures.
 */
import { BASE_UNITS } from '../lang/units'
import { insideBookTitle } from '../lang/punctuation'

export interface FoundFigure {
  from: number
  to: number
  role: 'metric' | 'person'
  label: string
  unit: string
  /** The number as written, without separators; null for a mask. */
  value: string | null
}

const UNIT_WORDS = [...BASE_UNITS].sort((a, b) => b.length - a.length)

const UNIT = `(?:(?:千万|百万|万|亿)?(?:余|多)?(?:${UNIT_WORDS.join('|')})|(?:万|亿)(?:余|多)?)`
const NUMBER = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`
const MASK = String.raw`[*＊×]+|(?<![A-Za-z])X+(?![A-Za-z])`
const CANDIDATE = new RegExp(`(?<![\\d.A-Za-z])(${NUMBER}|${MASK})(?: ?(${UNIT}))?`, 'g')

/** Words before a number that are not part of what it counts. */
const LEAD =
  /^(?:(?:19|20)\d{2}年度?|其中|全年|全县|全市|全区|全省|全镇|全乡|今年|去年|年内|当年|目前|现有|累计|共计|共有|共|已经|已|并|还|同时|另外|此外|实现|完成|达到|确保|力争|争取|预计|计划|截至目前|截至|的)+/
const TRAIL =
  /(?:控制在|保持在|稳定在|分别为|分别达|达到了?|已达|达|为|至|在|是|了|突破|超过|逾|近|约|共计?|累计|总计|合计|实现|完成|有|的)+$/
const COMPANION = /^(同比|比上年|较上年|比去年|较去年|环比|比年初|较年初)?(增长|增加|提高|提升|上升|下降|减少|降低)了?$/
const CLASSIFIERS = new Set([
  '名',
  '位',
  '个',
  '家',
  '户',
  '所',
  '项',
  '批',
  '起',
  '件',
  '条',
  '座',
  '人',
  '人次',
  '户次',
  '家次',
])
const AFTER_VERB =
  /缴交|增收|脱贫|获评|获得|维护|追回|挽回|缴纳|解决|参加|参与|获得|享受|实现|通过|完成|领取|申报|入选|被批准|得到|开展|提供|办理|发放|支付|参训|就业|创业|签订|落实|纳入|受益/
const TITLE =
  /^(常务副[县市区]长|副?[省市县区镇乡]长|副?书记|副?局长|副?主任|副?组长|组长|副?部长|副?主席|同志|先生|女士|副?处长|副?科长|副?所长|副?站长|副?校长|副?院长|经理|董事长|委员|代表)/
const TITLE_AT_END =
  /(常务副[县市区]长|副?[省市县区镇乡]长|副?书记|副?局长|副?主任|组长|副?部长|副?主席|副?处长|副?科长|副?校长|副?院长|委员)$/
const BOUNDARY = new Set([...'，。；、：！？,;:（）()《》\n'].map((c) => c.charCodeAt(0)))
const isBoundary = (text: string, i: number) => BOUNDARY.has(text.charCodeAt(i))
/** Digits and mask characters: where the noun after a count ends. */
const FIGURE_START = new Set([...'0123456789*＊×'].map((c) => c.charCodeAt(0)))
const MECHANISM = /^[^，。；]{0,12}(机制|服务|值守|在线|不间断|热线|响应|全天候|待命|办结)/
const LABEL_MAX = 16

/** All figures and masked names in one piece of text, in order. */
export function findFigures(text: string): FoundFigure[] {
  const found: FoundFigure[] = []
  /** The label of the last figure that was not a companion ("同比增长…") of another. */
  let prevLabel = ''
  /** A noun taken from after the previous count ("为**名职工解决…"): not part of the next label. */
  let carried = ''
  let segStart = 0
  for (const m of text.matchAll(CANDIDATE)) {
    const from = m.index!
    const [whole, num, unitRaw] = m
    const to = from + whole.length
    const masked = !/\d/.test(num)
    const unit = unitRaw ?? ''
    if (!isFigure(text, from, to, num, unit, masked)) continue
    const boundaryBefore = lastBoundary(text, from)
    const start = Math.max(boundaryBefore, segStart)
    if (!unit) {
      if (!masked) continue
      found.push({
        from,
        to: from + num.length,
        role: 'person',
        label: personLabel(text, from, from + num.length, start),
        unit: '',
        value: null,
      })
      segStart = from + num.length
      continue
    }
    let before = text.slice(start, from)
    if (carried && start === segStart && before.startsWith(carried)) before = before.slice(carried.length)
    carried = ''
    let label = cleanLabel(before)
    // "已实现就业***人": stripping every verb leaves too little; keep the verb.
    if (label.length > 0 && label.length <= 2)
      label =
        before
          .trim()
          .replace(/^(已经|已|共|并|还)/, '')
          .replace(TRAIL, '') || label
    const companion = COMPANION.exec(stripLead(before).trim())
    if (companion && prevLabel) label = prevLabel + (companion[1] ?? '') + companion[2]
    // "带动4万余户农户…", "共有1200名被征地农民…": a bare verb before a count; the noun follows.
    if (label.length <= 2 && !companion && CLASSIFIERS.has(baseUnit(unit))) {
      const after = labelAfter(text, to)
      if (after) label = carried = after
    }
    if (!label) label = prevLabel || '数值'
    found.push({ from, to, role: 'metric', label, unit, value: masked ? null : num.replace(/,/g, '') })
    if (!companion) prevLabel = label
    segStart = to
  }
  return found
}

function isFigure(text: string, from: number, to: number, num: string, unit: string, masked: boolean): boolean {
  const before = text.slice(Math.max(0, from - 1), from)
  if (before === '第') return false
  if (insideBookTitle(text, from)) return false
  if (/^\d+\.?$/.test(num) && /^[月日号]/.test(text.slice(from + num.length).trim())) return false
  if ((unit === '小时' || unit === '天' || unit === '工作日') && MECHANISM.test(text.slice(to))) return false
  if (!masked && !unit) return false
  return true
}

function lastBoundary(text: string, at: number): number {
  for (let i = at - 1; i >= 0; i--) if (isBoundary(text, i)) return i + 1
  return 0
}

function stripLead(s: string): string {
  return s
    .trim()
    .replace(/^[”"’」』等及和与]+/, '')
    .replace(LEAD, '')
}

function cleanLabel(before: string): string {
  // "“减、降、免”等各项补贴": what a quoted list stands for comes after its 等.
  let label = stripLead(before.replace(/^.*[”」]等/, ''))
    .replace(TRAIL, '')
    .trim()
  if (COMPANION.test(label)) return ''
  if (label.length > LABEL_MAX) label = label.slice(-LABEL_MAX)
  return label
}

/** "共有1200名被征地农民缴交…": the label is the noun after the count, up to its verb. */
function labelAfter(text: string, to: number): string {
  let end = to
  while (end < text.length && !isBoundary(text, end) && !FIGURE_START.has(text.charCodeAt(end))) end++
  const after = text.slice(to, end)
  const verb = AFTER_VERB.exec(after.slice(1))
  const noun = verb ? after.slice(0, verb.index + 1) : after
  return noun.replace(/^的/, '').slice(0, LABEL_MAX)
}

function baseUnit(unit: string): string {
  return unit.replace(/^(千万|百万|万|亿)?(余|多)?/, '')
}

function personLabel(text: string, from: number, to: number, segStart: number): string {
  const title = TITLE.exec(text.slice(to))
  if (title) return title[1]
  const before = text.slice(segStart, from)
  const t = TITLE_AT_END.exec(before)
  if (t) return before.replace(LEAD, '').slice(-LABEL_MAX)
  return '姓名'
}
