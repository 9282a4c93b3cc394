/** Rules on the figures: each slot filled, rates within 100%, one figure quoted with one value. */
import { anyOf, FALL_VERBS, RISE_VERBS } from '../lang/changes'
import { ListsByKey, PARTS_WORD, startsParts } from '../lang/lists'
import { withoutTotal } from '../lang/words'
import { fieldTitle } from '../meeting/fields'
import { ON_LAST_YEAR } from '../lang/years'
import { TO_END } from '../import/labels'
import { inBase, parseUnit } from '../units'
import type { SlotAttrs } from '../schema'
import { restatementFindings } from './restatements'
import { figureBlocks, filled } from './typed-figures'
import type { BlockRule, BlockView, DocumentFinding, DocumentRule } from './types'

/** Every slot must be filled before the speech goes out (while most are still to fill: a draft). */
export const emptySlot: BlockRule = {
  id: 'empty-slot',
  name: '空位未填',
  severity: 'error',
  group: '数字',
  scope: 'block',
  usesSlots: true,
  purpose: '讲稿送出前每个数字和人名空位都要填好。',
  fires: [
    {
      text: '标题\n同志们：\n开场。\n一、2025年工作回顾\n全年实现城镇新增就业****人，培训***人次。\n二、2026年工作任务\n确保新增就业3300人。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
  ],
  quiet: ['全年实现城镇新增就业3250人。'],
  check({ slots }, ctx) {
    if (ctx.mostlyFilled) return []
    return slots
      .filter((s) => s.attrs.value === null)
      .map((s) => ({
        rule: this.id,
        from: s.offset,
        to: s.offset + 1,
        message:
          s.attrs.role === 'person'
            ? `人名“${s.attrs.label}”还没有填写。`
            : s.attrs.role === 'text'
              ? `“${s.attrs.label}”还没有填写。`
              : s.attrs.role === 'field'
                ? `会议信息“${fieldTitle(s.attrs.label)}”还没有填写：请在会议记录里填写，或把这里改写成文字。`
                : `“${s.attrs.label}”（${s.attrs.unit || '数值'}）还没有填写。`,
      }))
  },
}

/**
 * In a speech whose figures are mostly filled, an empty one is a placeholder left behind
 * ("新设外商投资企业××家" in last year's final text), reported as such.
 */
export const leftoverSlot: BlockRule = {
  id: 'placeholder-text',
  name: '遗留占位符',
  severity: 'error',
  group: '数字',
  scope: 'block',
  usesSlots: true,
  purpose: '其他数字都已填好时，空着的数字是遗留的占位符（××、XX、***）。',
  fires: ['全年新增就业3250人，培训1200人次，新设外商投资企业××家。'],
  quiet: ['新设外商投资企业28家。'],
  check({ slots }, ctx) {
    if (!ctx.mostlyFilled) return []
    return slots
      .filter((s) => s.attrs.value === null)
      .map((s) => ({
        rule: this.id,
        from: s.offset,
        to: s.offset + 1,
        message:
          s.attrs.role === 'person'
            ? `这里还是占位符，请填上“${s.attrs.label}”的姓名。`
            : `“${s.attrs.label}”这里还是占位符，其他数字都已填好，请填上实际数字（${s.attrs.unit || '数值'}）。`,
      }))
  },
}

/** A figure is a rate or a share when its label ends in one: 覆盖率, 占比, 比重, 进度. */
const RATE = /(?:率|占比|比重|比例|进度|覆盖面|满意度(?:测评|调查|评价)?)$/
/**
 * A share written as 占 and its whole ("教育支出占一般公共预算支出的20.4%", "女性占40%"), unless
 * the whole is a plan: "占省下达任务的118%", "占年初预算的103%" say how much of it was done.
 */
const SHARE = /占(?:[^占]*[^占务划标算求])?$/
/**
 * Rates that pass 100% in the normal course: what was done against a plan (投资完成率, 年度目标完成率;
 * not 整改完成率, the share of problems put right), a growth rate, the state-capital 保值增值率
 * (above 100% when capital grew), and the cover a regulator sets a floor of 100% or more to: a
 * bank's provisions against its bad loans (拨备覆盖率, often 150–300%), its liquid assets against
 * a month's outflow (流动性覆盖率) and its stable funding (净稳定资金比例), an insurer's capital
 * against the capital it must hold (综合/核心偿付能力充足率). Not the bank's 资本充足率 (10–20%),
 * nor the 覆盖率 of people or places (医保覆盖率, 5G网络覆盖率): those over 100% are slips.
 */
const MAY_PASS_100 =
  /(?:(?:计划|目标|任务|预算|投资)完成率|增长率|保值增值率|(?:拨备|流动性)覆盖率|净稳定资金比例|偿付能力充足率)$/
/**
 * An average of a rate over several places or times is still that rate ("满意度平均为97.6%",
 * "验收合格率平均达到98%"): the label keeps 平均 after the rate's name, as the sentence puts it.
 */
const AVERAGED = /平均(?:值)?$/

/**
 * A rate or share above 100% is almost always a slip. Completion of a plan ("完成年度预算的101.6%",
 * "占省下达任务的118%") can pass 100%: its label ends in the plan, not in a rate.
 */
export const rateOver100: BlockRule = {
  id: 'rate-over-100',
  name: '比率超过100%',
  severity: 'warning',
  group: '数字',
  scope: 'block',
  usesSlots: true,
  purpose:
    '覆盖率、占比、“占……的”这类比率超过100%多半是写错了；完成计划（占下达任务的、完成率）的百分比、增长率、国有资本保值增值率，以及监管要求不低于100%的拨备覆盖率、流动性覆盖率、净稳定资金比例、偿付能力充足率可以超过。',
  fires: [
    '家庭医生重点人群签约率达到112.5%。',
    '民生支出30.9亿元，占比达到108.3%。',
    '其中教育支出8.6亿元，占一般公共预算支出的102.4%。',
    '推行“一件事一次办”，群众满意度测评达到103.5%。',
    '巡察反馈问题整改完成率达到103%。',
    // Coverage of people or places, and a bank's capital ratio, stay within 100%.
    '全县5G网络行政村覆盖率达到102%。',
    '城乡居民基本医疗保险参保覆盖率达到101.2%。',
    '不良贷款率1.52%，拨备覆盖率218.6%，资本充足率134.2%。',
    // An average of a rate is a rate.
    '学员对教学的满意度平均为107.6%。',
    '群众对窗口服务的满意率平均达到103%。',
    '全县高标准农田建设项目验收合格率平均为101.5%。',
  ],
  quiet: [
    '推行“一件事一次办”，群众满意度测评达到98.5%。',
    '时效内结案率100%。',
    '一般公共预算收入12.6亿元，完成年度预算的101.6%。',
    '投资18.7亿元，占市下达任务的118%。',
    '一般公共预算收入12.6亿元，占年初预算的103.2%。',
    '其中教育支出8.6亿元，占一般公共预算支出的20.4%。',
    '区属企业国有资本保值增值率为101.6%。',
    '全市重点项目年度投资完成率达到106.2%。',
    '全县固定资产投资增长率为112.4%。',
    '不良贷款率1.52%，拨备覆盖率218.6%，资本充足率13.42%，各项监管指标全部达标。',
    '拨备覆盖率保持在200%以上。',
    '流动性覆盖率182.5%，净稳定资金比例126.3%，均高于监管要求。',
    '公司综合偿付能力充足率为236%，核心偿付能力充足率为168%。',
    '学员对教学的满意度平均为97.6%。',
    '各重点项目年度投资完成率平均为106.2%。',
  ],
  check({ slots }) {
    const rate = (label: string) => label.replace(AVERAGED, '')
    return slots
      .filter(
        (s) =>
          s.attrs.role === 'metric' &&
          s.attrs.unit === '%' &&
          (RATE.test(rate(s.attrs.label)) || SHARE.test(s.attrs.label)) &&
          !MAY_PASS_100.test(rate(s.attrs.label)) &&
          s.attrs.value !== null &&
          Number(s.attrs.value) > 100,
      )
      .map((s) => ({
        rule: this.id,
        from: s.offset,
        to: s.offset + 1,
        message: `“${s.attrs.label}”是 ${s.attrs.value}%，超过了 100%，请核实。`,
      }))
  },
}

/** 同比增长 is 增长: the change on the year before, said with or without the words. */
const SAID_ON_LAST_YEAR = new RegExp(
  `(?:${ON_LAST_YEAR})(?=${anyOf([...RISE_VERBS, ...FALL_VERBS, '回落', '增收', '减收'])})`,
  'g',
)

/** What makes two figures one (also to restated-counts.ts): the label (less spaces, 同比 and a total word), kind, year, period and base unit. */
export const figureKey = (a: SlotAttrs) =>
  `${withoutTotal(a.label.replace(/\s/g, '').replace(SAID_ON_LAST_YEAR, ''))}|${a.kind}|${a.year}|${a.period}|${parseUnit(a.unit).base}`

/** A slot in the text of its top, as one U+FFFC. */
const SLOT = '\uFFFC'

/**
 * A threshold passed before the value itself ("突破300亿元，达到306.8亿元", "超过120万标准箱，
 * 达到126.8万标准箱"): the threshold is a round mark the value passed, not the metric's value.
 */
export const PASSED = /(?:突破|超过|迈上|跨越|跨过|站上)(?:了)?$/
export const THEN_VALUE = new RegExp(`^(?:大关|关口)?[，,]?(?:达到|为|至|实现)${SLOT}`)

/**
 * The place of a slot in a 分别 list ("分别增长4.6%和6.8%", "分别下降18.2%、21.5%和36.4%"): each
 * is its own figure under the list's one label; -1 when the slot is in no such list.
 */
const IN_LIST = new RegExp(`分别[^。；！？${SLOT}]{0,8}((?:${SLOT}[、，,和及与]{1,2})*)$`)
export function listPlace(text: string, offset: number): number {
  const m = IN_LIST.exec(text.slice(Math.max(0, offset - 40), offset))
  return m ? m[1].split(SLOT).length - 1 : -1
}

/**
 * Which slots of a block are parts after 其中, in the sentence of the figure they are part of
 * ("处理52人，其中给予党纪政务处分41人", "查办案件312件，其中药品案件186件、医疗器械案件84件"): a share
 * of that figure, not the metric its label names for the whole speech (全年给予党纪政务处分198人).
 * A part is counted in the unit of a figure before 其中 (its whole); where the list starts and
 * where it ends are the rules of lang/lists, as the arithmetic check reads them: a list joined by
 * 、 ends at the first ，(…化妆品案件42件，罚没款1,086.5万元 is the sentence's own again), one
 * joined by ，at the first ；.
 * 其中2025年… picks one year out of a span: that year's figure, not a part (PICKS_A_YEAR).
 * One pass over the text between slots, so a paragraph of thousands of figures costs its length.
 */
function partsAfterQizhong(text: string, slots: BlockView['slots']): Set<number> {
  const parts = new Set<number>()
  /** The units of the figures before 其中 in the sentence: the wholes a part may be of. */
  const wholes = new Set<string>()
  const lists = new ListsByKey<string>()
  let inPart = false
  let from = 0
  for (const { offset: at, attrs } of slots) {
    let seg = text.slice(from, at)
    const end = Math.max(seg.lastIndexOf('。'), seg.lastIndexOf('！'), seg.lastIndexOf('？'))
    if (end >= 0) {
      seg = seg.slice(end + 1)
      wholes.clear()
      inPart = false
    }
    const unit = parseUnit(attrs.unit).base
    if (inPart) inPart = lists.add(unit, text, at)
    if (!inPart && wholes.size > 0 && opensParts(seg)) {
      inPart = true
      lists.clear()
      lists.add(unit, text, at)
    }
    if (inPart && wholes.has(unit)) parts.add(at)
    if (!inPart) wholes.add(unit)
    from = at + 1
  }
  return parts
}

/**
 * 其中2025年… picks one year out of a span: here that year's figure, to be held to the same year's
 * figure elsewhere. The arithmetic check reads it as a part (a year's share is no larger than the
 * span's total), so the year is left out here and not in lang/lists' start of a list.
 */
const PICKS_A_YEAR = new RegExp(`^${PARTS_WORD}\\s*\\d{4}\\s*年`)
/** Whether the words before a figure start parts (lang/lists) that are not one year of a span. */
const opensParts = (seg: string) => startsParts(seg) && !PICKS_A_YEAR.test(seg.slice(seg.lastIndexOf(PARTS_WORD)))

/**
 * A label of fewer than three characters is a verb or a noun alone (处理, 立案, 死亡): under two
 * campaigns it counts two things (查处问题37个，处理52人 … 查处问题142个，处理203人), so it names
 * no one metric to hold the speech to.
 */
export const namesAMetric = (label: string) => label.replace(/\s/g, '').length >= 3

/** A filled metric slot as the consistency rule compares it: its key, its value in the base unit. */
export interface StatedFigure {
  key: string
  value: number
  shown: string
  label: string
  offset: number
  /** A part after 其中 earlier in the block that this figure says again (…132户深度困难职工全部落实). */
  restates?: { value: number; shown: string }
  /** A part after 其中: held only to what says it again, never taken as the year's figure. */
  part?: true
  /** The level a change reached (存量案件由2020年底的23起下降到4起): all there are of the metric. */
  reached?: true
  /**
   * A target said with 力争/争取: `paired` after a floor in its sentence (确保4个、力争6个), else
   * `alone`. Where the speech pairs them for its key anywhere, every stretch of it is a second
   * target, held only to the others; where it never does, a 力争 is the target said again.
   */
  stretch?: 'paired' | 'alone'
}

/**
 * Words after a count that say it again of a set already counted: “132户深度困难职工全部落实”,
 * “36户均已完成改造”. The part after 其中 it repeats is compared with it, within the paragraph.
 */
const SAID_AGAIN = /^[\u4e00-\u9fff（）]{0,12}?(?:全部|均已|都已|已全部|全都)/

/**
 * Where a change starts: 由 or 从 and the words that name when (上年末的, 年初的, 去年同期的, 改革前的,
 * 每人每月, 2020年底的), up to its first end. Whatever the words, the first end is the metric at another time
 * than the second (TO_END, the verb to it: 降至, 提高到2025年的).
 */
export const CHANGE_STARTS = /(?:由|从)(?:\d{4}\s*年)?[^\d，。；：！？,;:由从]{0,8}$/

/**
 * Whether the slot at `at` is the second end of a change whose first end is the slot at `prev`
 * (不良贷款率由上年末的1.86%降至1.52%): the two are one metric at two times, never one figure
 * said twice, however the year of the first was read.
 */
const endsAChange = (text: string, prev: number, at: number) =>
  TO_END.test(text.slice(prev + 1, at)) && CHANGE_STARTS.test(text.slice(Math.max(0, prev - 12), prev))

const stated = new WeakMap<BlockView, StatedFigure[]>()

/**
 * The filled metric figures of a block, less thresholds passed on the way to the value. Cached by
 * the block's view: after a keystroke only the block typed in is read again.
 */
/**
 * A step of the year short of its whole, in a figure's sentence before it: a deadline within the
 * year (6月底前, 8月10日前) or the half still ahead (下半年). A target for such a step is not the
 * year's: it is held only to figures said of the same step (去向落实率 6月底前75%, 8月底前90% against
 * the year's 95%; 下半年……要完成101.4亿元 against the year's 200亿元). The year's end (12月底前,
 * 年底前) is the year's own; a date a figure stands at (截至3月31日, 1—10月) is the year so far, as
 * 今年以来 is, and keeps the year's key.
 */
const STEP_OF_YEAR =
  /(?<![年\d])(?!12月)\d{1,2}月(?:\d{1,2}日)?(?:（星期[一二三四五六日天]）)?(?:底|末|上旬|中旬|下旬)?(?:前|之前|以前)|下半年/g

/**
 * A stretch target set above the floor (确保完成1.35亿元、力争突破1.4亿元; 确保4个、力争6个; 确保增长6%、
 * 争取增长7%): the clause before the figure says 力争 or 争取, so it is a second target of the metric, not
 * the first one said again. The floor (确保) and a plain target keep the metric's key.
 */
const STRETCH_TARGET = /(?:力争|争取)[^，,；;、。：:]*$/
/** The floor a stretch target is set above, said before it in its sentence: 确保, 保底. */
const FLOOR_BEFORE = /确保|保底/

/**
 * Whether the figure at `at` is a stretch target (力争, 争取 in its clause), and whether a floor
 * (确保, 保底) is said before it in its sentence (a pair: 确保4个、力争6个). Read within 60 characters
 * before the figure, so a long paragraph is not read again for each figure.
 */
const stretchOf = (text: string, at: number): StatedFigure['stretch'] => {
  const clause = clauseBefore(text, at)
  if (!STRETCH_TARGET.test(clause)) return undefined
  const head = text.slice(Math.max(0, at - 60), at - clause.length)
  const sentence = head.slice(Math.max(...[...'。！？；;'].map((m) => head.lastIndexOf(m))) + 1)
  return FLOOR_BEFORE.test(sentence) ? 'paired' : 'alone'
}

/** The clause of `text` before `at`: from the last mark that ends a clause or an item. */
const clauseBefore = (text: string, at: number) => {
  const head = text.slice(Math.max(0, at - 30), at)
  return head.slice(Math.max(...[...'，,；;、。：:！？'].map((m) => head.lastIndexOf(m))) + 1)
}

/**
 * The last step of the year (STEP_OF_YEAR) said in the sentence before a place of `text`, or '':
 * the steps and the sentences' ends found once for the block, each place looked up by halving (a
 * paragraph of 20,000 figures in one sentence took a scan of the sentence for each: 2.6 s).
 */
function stepsBefore(text: string): (at: number) => string {
  const ends: number[] = []
  for (let i = 0; i < text.length; i++) if (text[i] === '。' || text[i] === '！' || text[i] === '？') ends.push(i)
  const steps = [...text.matchAll(STEP_OF_YEAR)].map((m) => ({ from: m.index, to: m.index + m[0].length, said: m[0] }))
  /** How many of `xs` are below `at` (they are in order). */
  const below = (xs: readonly number[], at: number) => {
    let lo = 0
    let hi = xs.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (xs[mid] < at) lo = mid + 1
      else hi = mid
    }
    return lo
  }
  const stepEnds = steps.map((x) => x.to)
  return (at) => {
    const n = below(ends, at)
    const sentence = n ? ends[n - 1] + 1 : 0
    // The last step ending at or before `at`, if it begins in the sentence.
    const last = steps[below(stepEnds, at + 1) - 1]
    return last && last.from >= sentence ? last.said : ''
  }
}

/**
 * What a project is measured by (总投资, 建设规模, 占地面积 …): a label of these words alone names no
 * metric of the speech but an amount of the project its clause names, after the figure and 的
 * (总投资32亿元的清河新能源装备产业园, 总投资9.8亿元的城乡供水一体化工程) or before it in the sentence
 * (县人民医院新院区建成投用，建筑面积12万平方米): four projects, four figures, never one said four times.
 */
const OF_A_PROJECT = [
  '总投资',
  '总投资额',
  '投资',
  '投资额',
  '计划投资',
  '建设规模',
  '规模',
  '总规模',
  '占地',
  '占地面积',
  '建筑面积',
  '总建筑面积',
  '库容',
  '总库容',
  '装机容量',
  '总装机',
  '全长',
  '总长',
]
/**
 * What a speech says a project did, after its name (…一级公路全线通车, …产业园一期投产, …污水处理厂顺利
 * 竣工, …小学秋季开学): the name ends before these words, so one project told twice is one project.
 */
const SAID_OF_A_PROJECT = [
  '等',
  '全线',
  '全面',
  '顺利',
  '正式',
  '秋季',
  '主体',
  '建成',
  '开工',
  '竣工',
  '完工',
  '通车',
  '投产',
  '投用',
  '开学',
  '开通',
  '惠及',
  '落地',
  '签约',
  '启动',
  '已',
  '将',
]
/** The project named after a project's amount (48个班的…: a word of the unit may come first): 的 and its name. */
const PROJECT_AFTER = new RegExp(
  `^(?:以上|以下|左右|多|[\u4e00-\u9fff]{0,2}?)的([^，。；：！？、,;:${SLOT}]{2,30}?)(?=${anyOf(SAID_OF_A_PROJECT)}|[，。；：！？、,;:${SLOT}]|$)`,
)
/** The sentence before a figure, back to its last stop (县人民医院新院区建成投用，建筑面积…). */
const SENTENCE_BEFORE = new RegExp(`[^。；！？${SLOT}]{0,40}$`)

/** The project a bare project's amount (OF_A_PROJECT) is of, as its clause names it; '' for any other label. */
function projectOf(text: string, at: number, label: string): string {
  const bare = label.replace(/\s/g, '')
  if (!OF_A_PROJECT.includes(bare)) return ''
  const after = PROJECT_AFTER.exec(text.slice(at + 1, at + 40))
  if (after) return after[1]
  const before = SENTENCE_BEFORE.exec(text.slice(Math.max(0, at - 40), at))?.[0] ?? ''
  return before.replace(bare, '')
}

export function statedFigures(view: BlockView): StatedFigure[] {
  let figures = stated.get(view)
  if (figures) return figures
  figures = []
  const { text } = view
  const parts = partsAfterQizhong(text, view.slots)
  /** The keys that more than one figure of a 分别 list in the block is read under. */
  const inLists = new Map<string, number>()
  for (const { offset: at, attrs: a } of view.slots)
    if (a.role === 'metric' && a.value !== null && listPlace(text, at) >= 0)
      inLists.set(figureKey(a), (inLists.get(figureKey(a)) ?? 0) + 1)
  const sharedInList = new Set([...inLists].filter(([, n]) => n > 1).map(([k]) => k))
  /** The parts after 其中 met so far in the block, by key. */
  const partsMet = new Map<string, { value: number; shown: string }>()
  /** Where the last metric slot read stands: the first end of a change the next may end. */
  let before = -1
  const stepBefore = stepsBefore(text)
  for (const { offset: at, attrs: a } of view.slots) {
    if (!filled(a)) continue
    if (PASSED.test(text.slice(Math.max(0, at - 4), at)) && THEN_VALUE.test(text.slice(at + 1, at + 8))) continue
    if (!namesAMetric(a.label)) continue
    const place = listPlace(text, at)
    // A 分别 list read under one label gives each of its figures its place; a list whose figures
    // each have their own label (“五星”“四星”党支部分别为42个和96个) names them as any figure.
    // The importer names each by its owner where the words name the owners (import/labels.ts
    // listItems, COMPOUND_SUBJECTS); one label is left where they do not (上访批次分别下降…).
    const step = stepBefore(at)
    const keyed = place < 0 || !sharedInList.has(figureKey(a)) ? figureKey(a) : `${figureKey(a)}|分别${place}`
    const project = projectOf(text, at, a.label)
    const ofProject = project ? `${keyed}|${project}` : keyed
    const key = step ? `${ofProject}|${step}` : ofProject
    const stretch = stretchOf(text, at)
    const figure = { value: inBase(a.value, a.unit), shown: a.value + a.unit }
    // The first end of a change read under the second's key (由年初的64.7%降至63.2%, both read as
    // this year's) is the metric before the change: left out, the second is the year's figure.
    const last = figures.at(-1)
    if (last?.key === key && endsAChange(text, last.offset, at)) figures.pop()
    const reached = before >= 0 && endsAChange(text, before, at)
    before = at
    if (parts.has(at)) {
      partsMet.set(key, figure)
      figures.push({ key, ...figure, label: a.label, offset: at, part: true })
      continue
    }
    // Said again only when the count opens its clause (not 新增的18户…, 已验收的30户…).
    const opensClause = /(?:^|[，。；：！？,;:])(?:这|这些)?$/.test(text.slice(Math.max(0, at - 4), at))
    const restates = opensClause && SAID_AGAIN.test(text.slice(at + 1, at + 20)) ? partsMet.get(key) : undefined
    figures.push({
      key,
      ...figure,
      label: a.label,
      offset: at,
      ...(restates ? { restates } : {}),
      ...(reached ? { reached: true as const } : {}),
      ...(stretch ? { stretch } : {}),
    })
  }
  stated.set(view, figures)
  return figures
}

/**
 * One figure, two values: the same label, kind, year, period and unit must say the same thing.
 * The two ends of a change (由上年的46分钟缩短至32分钟, 由年初的64.7%降至63.2%) are two times, so two figures; last
 * year's level restated as the tasks' base (在上年12.4亿元的基础上) is the review's figure again.
 */
export const inconsistentFigure: DocumentRule = {
  id: 'inconsistent-figure',
  name: '同一数字前后不一',
  severity: 'warning',
  group: '数字',
  scope: 'document',
  purpose:
    '同一指标、同一年、同为实际数或目标数时，前后写的数字要一致；任务里换个说法再提到的数（对3,180名留守儿童、剩余的9处易涝点、在去年81.7%的基础上）也要和前面一致。',
  fires: [
    '全年发放创业担保贷款1.2亿元。其中，发放创业担保贷款1.5亿元。',
    '全年建档困难职工486户，其中深度困难职工132户、相对困难职工291户，123户深度困难职工全部落实帮扶措施。',
    '全县改造农村危房92户，其中危房改造户36户、抗震改造户56户，63户危房改造户均已完成验收。',
    '全县粮食总产量增长3.2%，保持稳定。全县粮食总产量同比增长2.3%。',
    '全县粮食总产量提升3.2%，保持稳定。全县粮食总产量同比提升2.3%。',
    // The same stretch target said twice must agree.
    '新签约亿元以上项目确保4个、力争6个。全年新签约亿元以上项目力争8个。',
    // A 力争 on its own is the year's target said again (水利, tryout 7; 就业).
    '2028年，全县农村自来水普及率达到94%。要加快管网延伸，力争到2028年全县农村自来水普及率达到95%。',
    '全年城镇新增就业3200人。力争全年城镇新增就业3500人。',
    // Last year's result told in the opening and said again in the tasks, in the speaker's words.
    {
      text: '标题\n老师们：\n先说说去年。2025年高考，咱们学校参考1,286人，本科上线1,012人，上线率78.7%。\n一、2026年工作任务\n本科上线力争1,050人以上。去年咱们本科上线1,021人，今年要多出这几十个人。\n二、工作要求\n一要严。\n老师们，谢谢！',
      in: 'speech',
    },
    // A part after 其中, then the level a change of it reached, of the same year (金融, 教育, 科技): all there are of it.
    '全年立案查处非法集资案件9起，其中新发案件5起、存量案件4起。存量案件由2020年底的23起下降到6起。',
    '全县中小学86所，其中民办学校12所。民办学校由上年的8所增加到14所。',
    '全县规上工业企业126家，其中高新技术企业38家。高新技术企业由2020年的21家增加到36家。',
    // The second end of a change is the year's figure, held to the same figure said again.
    '资产负债率由年初的64.7%降至63.2%，主体信用评级保持AA级。资产负债率由年初的64.7%降至62.3%。',
    // An amount is the thing it is the amount of (lang/words TOTAL_NAMES), in another part too.
    {
      text: '标题\n同志们：\n今天召开会议，总结2025年工作，部署2026年任务。\n一、2025年工作回顾\n全年执行到位金额6.83亿元，同比增长12.6%。\n二、2026年工作任务\n去年我们执行到位6.38亿元，今年要力争执行到位金额达到7亿元以上。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    '全县地区生产总值突破300亿元，达到306.8亿元。全县地区生产总值306.9亿元。',
    // One project's amount said twice, of the same project named (交通, 卫健).
    '总投资18.6亿元的县城至港口一级公路全线通车。总投资16.8亿元的县城至港口一级公路通车后，港城通行时间缩短一半。',
    '县人民医院新院区建成投用，建筑面积12万平方米。县人民医院新院区建成投用，建筑面积21万平方米。',
    // A measure written bare after its sibling is its owner's: held to that owner's said again.
    '全年职工医保基金收入2.46亿元，支出2.18亿元。职工医保基金支出2.81亿元，运行平稳。',
    '到市赴省进京上访批次分别下降18.2%和21.5%。到市赴省进京上访批次分别下降18.2%和25.1%。',
    // A list whose figures each have their own name: each is held to that name said again.
    '开展星级评定，评出“五星”“四星”党支部分别为42个和96个，“五星”党支部由上年的31个增加到45个。',
    '全年给予党纪政务处分198人；移送检察机关9人。其中，给予党纪政务处分189人。',
    '查办案件312件，其中药品案件186件、器械案件84件，罚没款1086.5万元。全年罚没款1068.5万元。',
    // 罚没款 joins the list, but no figure before 其中 is counted in 元: it is a part of nothing.
    '查办案件312件，其中药品案件186件，罚没款1086.5万元。全年罚没款1068.5万元。',
    // 其中2025年 picks one year out of the span: that year's figure, held to the year's figure elsewhere.
    '“十四五”期间累计完成营造林12.6万亩，其中2025年完成营造林3.2万亩。全年完成营造林3.6万亩。',
    // One step of the year, said twice; the year's end is the year's own; a date a figure stands
    // at is the year so far (农业, 教育, 消防).
    '6月10日前，小麦机收率达到95%。6月10日前，小麦机收率达到96%。',
    '12月底前，毕业生去向落实率达到94.8%。全年毕业生去向落实率达到95.8%。',
    '1—10月，全县共接报火灾286起。今年以来268起火灾中，居民住宅火灾150起。',
    // Past the ，the 其中 has said its part in words: 培训农民工8600人 is the year's own (lang/lists).
    '全年新增就业3250人，其中高校毕业生占三成，培训农民工8600人。全年培训农民工9200人。',
    {
      text: '标题\n同志们：\n今天召开会议，总结2025年工作，部署2026年任务。\n一、2025年工作回顾\n全县农产品网络零售额达到12.4亿元，同比增长9.3%。\n二、2026年工作任务\n全县农产品网络零售额在上年12.6亿元的基础上增长10%左右。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    {
      text: '标题\n同志们：\n今天召开会议，总结2025年工作，部署2026年任务。\n一、2025年工作回顾\n全市经营主体由2020年底的31.2万户增加到48.6万户。\n二、2026年工作任务\n经营主体总量在现有46.8万户的基础上突破52万户。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    {
      text: '标题\n同志们：\n今天召开会议，总结2025年工作，部署2026年任务。\n一、2025年工作回顾\n全县公立医院完成门急诊126.4万人次。\n二、2026年工作任务\n门急诊人次在上年162.4万人次的基础上增长3%。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    {
      text: '标题\n同志们：\n今天召开会议，总结2025年工作，部署2026年任务。\n一、2025年工作回顾\n全镇村集体经济经营性收入达到412万元。\n二、2026年工作任务\n村级集体经济经营性收入在上年421万元的基础上增长10%。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    {
      text: '标题\n同志们：\n今天召开会议，总结2025年工作，部署2026年任务。\n一、2025年工作回顾\n港口集装箱吞吐量达到126.8万标准箱。\n二、2026年工作任务\n集装箱吞吐量在去年128.6万标准箱的基础上力争达到140万标准箱。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
  ],
  quiet: [
    // A stretch target (力争, 争取) is a second target above the floor (确保), not the floor said again.
    '一般公共预算收入确保完成1.35亿元、力争突破1.4亿元；新签约亿元以上项目确保4个、力争6个。',
    // Once paired, a 力争 said again on its own is that second target (review 29: it was held to the floor).
    '新签约亿元以上项目确保4个、力争6个。全年新签约亿元以上项目力争6个。',
    '一般公共预算收入确保完成1.35亿元、力争突破1.4亿元。力争全年一般公共预算收入突破1.4亿元。',
    '全年城镇新增就业确保3200人，争取3500人。',
    '粮食总产量确保稳定在45万吨以上，力争达到46万吨。',
    // A target of a step of the year is not the year's (教育, 农业, 招商).
    // A project's amount is the project's: four projects, four figures (交通, 水利, 生态环境, 卫健, 教育).
    '总投资32亿元的清河新能源装备产业园一期投产，总投资18.6亿元的县城至港口一级公路全线通车，总投资9.8亿元的城乡供水一体化工程惠及农村人口36万人。此外，总投资6.5亿元的县第二污水处理厂顺利竣工。',
    '县人民医院新院区建成投用，建筑面积12万平方米；县妇幼保健院迁建工程开工，建筑面积3.6万平方米。',
    '建设规模48个班的县第三实验小学秋季开学，建设规模36个班的城东初级中学主体完工。',
    '全年毕业生去向落实率达到95%。6月底前，毕业生去向落实率达到75%。',
    '全年小麦机收率98%。6月10日前，小麦机收率达到95%。',
    '全年实际到位资金200亿元。下半年，实际到位资金101.4亿元。',
    '全年发放创业担保贷款1.2亿元。其中，发放创业担保贷款12000万元。',
    '全年建档困难职工486户，其中深度困难职工132户、相对困难职工291户，132户深度困难职工全部落实帮扶措施。',
    '处理52人，其中给予党纪政务处分41人。全县共给予党纪政务处分198人，全部在规定时限内办结。',
    '全年立案查处非法集资案件9起，其中新发案件5起、存量案件4起。存量案件由2020年底的23起下降到4起。',
    '全县中小学86所，其中民办学校12所。民办学校由上年的8所增加到12所。',
    // The part's year is not the change's: a level of 2020 is no figure of the year.
    '全县规上工业企业126家，其中高新技术企业38家。高新技术企业由2020年的21家增加到2023年的32家。',
    '全年建档困难职工486户，其中深度困难职工132户、相对困难职工291户，年内新增的18户深度困难职工全部纳入帮扶。',
    '全县改造农村危房92户，其中危房改造户36户、抗震改造户56户，已验收的30户危房改造户全部入住。',
    '全县粮食总产量增长3.2%，保持稳定。全县粮食总产量同比增长3.2%。',
    '全县粮食总产量提升3.2%，保持稳定。全县粮食总产量同比提升3.2%。',
    '全年执行到位金额6.83亿元，同比增长12.6%。全年执行到位6.83亿元。',
    // Counted in another unit, the deals are not their amount.
    '全年网上交易金额6.8亿元。全年网上交易1.2万笔。',
    // A table's row keeps its numbers as text, its cells with a unit too: the table rule's (table-figures.ts).
    '全年城镇新增就业3520人。\n指标 2025年 2026年目标 增长\n城镇新增就业 3250人 3300人 1.5%',
    '群众办事平均等待时间由上年的25分钟缩短至18分钟。',
    // The first end of a change is the metric before it, whatever words say when.
    '不良贷款率由上年末的1.86%降至1.52%，各项监管指标全部达标。',
    '集团资产负债率由年初的64.7%降至63.2%。',
    '企业平均开办时间从去年同期的3个工作日压缩至1个工作日。',
    '粮食总产量由2020年的31.2万吨增加到2025年的33.6万吨。',
    '城市低保标准由每人每月680元提高到720元。',
    '全县地区生产总值突破300亿元，达到306.8亿元，增长6.3%。',
    // Two owners' measures, each named only with the first: two funds, not one 支出 said twice.
    '全年职工医保基金收入2.46亿元，支出2.18亿元，当期结余0.28亿元；城乡居民医保基金收入3.12亿元，支出3.05亿元，当期结余0.07亿元。',
    '一般公共预算收入12.6亿元，支出30.9亿元；政府性基金预算收入8.2亿元，支出7.9亿元。',
    '城乡居民人均可支配收入分别达到46280元和23950元，分别增长4.6%和6.8%。',
    '到市赴省进京上访批次分别下降18.2%、21.5%和36.4%。',
    '开展星级评定，评出“五星”“四星”党支部分别为42个和96个，“五星”党支部由上年的31个增加到42个。',
    // Running totals after the year's new ones are figures of their own.
    '新创建省级科普示范学校6所、示范社区4个，累计分别达到38所和27个。',
    '获得金牌3枚、银牌2枚、铜牌5枚，共10枚。',
    '全年给予党纪政务处分198人。查处违反中央八项规定精神问题37个，处理52人，其中给予党纪政务处分41人。',
    '查处违反中央八项规定精神问题37个，处理52人。集中整治群众身边不正之风，查处问题142个，处理203人。',
    // A list after 其中 joined by ，goes on to the ；: 组织处理11人 is a part of the 52, not the year's.
    '全年组织处理35人。查处问题37个，处理52人，其中给予党纪政务处分41人，组织处理11人；移送司法机关3人。',
    // The comma of 1,000 parts nothing: 32个 is a part of the 86 new projects, not the city's count.
    '全年新开工项目86个，其中投资1,000万元以上项目32个。全市投资1,000万元以上项目45个。',
    {
      text: '标题\n同志们：\n今天召开会议，总结2025年工作，部署2026年任务。\n一、2025年工作回顾\n全县农产品网络零售额达到12.4亿元，同比增长9.3%。\n二、2026年工作任务\n全县农产品网络零售额在上年12.4亿元的基础上增长10%左右。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    {
      text: '标题\n同志们：\n今天召开会议，总结2025年工作，部署2026年任务。\n一、2025年工作回顾\n全市经营主体由2020年底的31.2万户增加到48.6万户。\n二、2026年工作任务\n经营主体总量在现有48.6万户的基础上突破52万户。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
  ],
  check(tops, ctx) {
    const out: DocumentFinding[] = []
    const seen = new Map<string, { value: number; shown: string }>()
    /** The parts after 其中 met so far, by key: held only to the level a change reached. */
    const partsSeen = new Map<string, { value: number; shown: string }>()
    // Figures typed as plain text are figures too (typed-figures.ts); a finding points at the typed words.
    const blocks = [...figureBlocks(tops, ctx)].map(({ figures, pos }) => ({
      stated: statedFigures(figures.view),
      pos,
    }))
    // Keys the speech gives a floor and a stretch (确保4个、力争6个): each 力争 of them is the second target.
    const paired = new Set(blocks.flatMap((b) => b.stated.filter((f) => f.stretch === 'paired').map((f) => f.key)))
    for (const { stated, pos } of blocks) {
      for (const stretchOrNot of stated) {
        const f =
          stretchOrNot.stretch && paired.has(stretchOrNot.key)
            ? { ...stretchOrNot, key: `${stretchOrNot.key}|力争` }
            : stretchOrNot
        if (f.part) {
          if (!partsSeen.has(f.key)) partsSeen.set(f.key, { value: f.value, shown: f.shown })
          continue
        }
        // The level a change reached, of a metric told so far only as a part after 其中 (其中……
        // 存量案件4起, then 存量案件由2020年底的23起下降到4起): all there are of it, as the part was.
        const whole = seen.get(f.key)
        const ofPart = f.restates ?? (whole === undefined && f.reached ? partsSeen.get(f.key) : undefined)
        const first = f.restates ?? whole ?? ofPart
        if (!f.restates && !whole) seen.set(f.key, { value: f.value, shown: f.shown })
        if (!first) continue
        if (Math.abs(first.value - f.value) > 1e-9 * Math.max(1, Math.abs(f.value))) {
          out.push({
            rule: this.id,
            // A part said again may be a share of it after all (截至年底，120户…全部脱困): a note, not a warning.
            ...(ofPart ? { severity: 'info' as const } : {}),
            message: ofPart
              ? `“${f.label}”前面（其中一项）写的是${first.shown}，这里是${f.shown}；若说的是同一批，请核对，若只是其中一部分可不理会。`
              : `“${f.label}”前面写的是${first.shown}，这里是${f.shown}，前后不一致。`,
            from: pos(f.offset),
            to: pos(f.offset + 1),
            excerpt: `${f.label}${f.shown}`,
          })
        }
      }
    }
    // A figure said again under other words (restatements.ts), unless said above already.
    for (const f of restatementFindings(tops, ctx, this.id)) if (!out.some((o) => o.from === f.from)) out.push(f)
    return out
  },
}
