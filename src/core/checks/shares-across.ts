/**
 * A rate named after its own part, whose whole is a total said earlier in the part, in another
 * paragraph: "全年共办理各类不动产登记业务3.86万件。" and, paragraphs later, "线上办理量2.65万件，线上
 * 办理率由上年的52.3%提高到68.7%" (2.65 of 3.86). The arithmetic check reads one sentence; this reads
 * the part. The whole may be another total after all, so the finding is a note.
 */
import { inBase, parseUnit, slackOf } from '../units'
import { figureBlocks, filled } from './typed-figures'
import type { DocumentFinding, DocumentRule, TopSummary } from './types'

interface Counted {
  label: string
  value: number
  slack: number
  shown: string
  base: string
  year: number | null
}

/** A total said as one: 共, 累计, 合计 or 总 in its clause before it (全年共办理各类不动产登记业务). */
const TOTAL_CLAUSE = /(?:共|累计|合计|总计|总)[^，。；：！？]*$/
/** How far back a clause is read: a clause runs a few dozen characters, a paragraph without marks far more. */
const CLAUSE_REACH = 64
/** The clause a figure stands in, up to it: read back to the last mark, and no further than CLAUSE_REACH. */
function clauseBefore(text: string, at: number): string {
  let from = at
  while (from > 0 && at - from < CLAUSE_REACH && !'，。；：！？'.includes(text[from - 1])) from--
  return text.slice(from, at)
}
/** A count named as its rate is, with a measure word after (线上办理量 and 线上办理率, 一次性办结件数 and 一次性办结率). */
const MEASURE = /(?:量|数量|件数|人数|户数|数)$/

/**
 * The rate's part: the count said just before it in its sentence, named as the rate is less 率,
 * with a measure word after (rates between, such as the first end of a change, aside); and no
 * count of its unit before that in the sentence (a whole there is the arithmetic check's).
 */
function partOf(stem: string, sentence: Counted[]): Counted | undefined {
  const counts = sentence.filter((c) => c.base !== '%')
  const part = counts.at(-1)
  const name = part?.label.replace(MEASURE, '')
  if (!part || name === part.label || !name?.endsWith(stem)) return undefined
  return counts.slice(0, -1).some((c) => c.base === part.base) ? undefined : part
}

/** A rate outside what its part over its whole gives, each allowed its rounding (and one unit of the rate's last digit). */
function outside(rate: { value: number; written: string }, part: Counted, whole: Counted) {
  const low = ((part.value - part.slack) / (whole.value + whole.slack)) * 100
  const high = ((part.value + part.slack) / (whole.value - whole.slack)) * 100
  const unit = 10 ** -(rate.written.split('.')[1]?.length ?? 0)
  return { out: rate.value + unit < low || rate.value - unit > high, around: `${((low + high) / 2).toFixed(1)}%` }
}

/**
 * A share of a plan or target named without its number right before 的 (占年度计划的44.1%, 完成全年
 * 目标的56%): group 1 the name. Its number is said in an earlier sentence of the part (年度计划投资
 * 186.5亿元。1—5月，……累计完成投资82.3亿元，占年度计划的44.1%).
 */
const NAMED_PLAN = /(?:占|完成|为|达到)(年度计划|全年计划|年度目标|全年目标|年度任务|全年任务|目标任务)的$/

/** Whether two names share a word of two characters: 年度计划投资 less the plan and 累计完成投资 share 投资. */
function shareAWord(a: string, b: string): boolean {
  for (let i = 0; i + 2 <= a.length; i++) if (b.includes(a.slice(i, i + 2))) return true
  return false
}

/**
 * The plan a share names, said before in the part: the last figure of the part's unit and year
 * whose name holds the plan's name and names the part's doing too (年度计划投资 for 累计完成投资; not
 * a bare 年度目标340亿元 said of another thing, 营业收入). The part's own sentence states none (the
 * arithmetic check reads that).
 */
function planOf(plan: string, part: Counted, said: readonly Counted[]): Counted | undefined {
  return said
    .filter(
      (w) =>
        w.base === part.base &&
        w.year === part.year &&
        w.label.includes(plan) &&
        shareAWord(w.label.replace(plan, ''), part.label),
    )
    .at(-1)
}

export const shareOfEarlierTotal: DocumentRule = {
  id: 'arithmetic',
  name: '数字对不上',
  severity: 'warning',
  group: '数字',
  scope: 'document',
  purpose:
    '“线上办理率”这类以其中一项命名的比率，整体在同一部分前面的段落里（全年共办理……3.86万件）时，比率要等于这一项除以整体。',
  fires: [
    '全年共办理各类不动产登记业务3.86万件，同比增长6.2%。\n全年线上办理量2.65万件，线上办理率由上年的52.3%提高到78.6%。',
    '今年全县共确定重点项目156个，年度计划投资186.5亿元。1—5月，重点项目累计完成投资82.3亿元，占年度计划的54.1%。',
    '全年交通建设年度计划投资16.5亿元。截至6月底，完成交通投资9.2亿元，占年度计划的65.8%。',
    '全年共办理12345热线工单8.6万件。\n按时办理量7.9万件，按时办理率达到81.9%。',
    '全年共受理政务服务事项12.6万件。\n其中网上受理量9.8万件，网上受理率达到87.8%。',
  ],
  quiet: [
    // A share of the plan said in an earlier sentence, as its numbers give (发改, 交通, 住建).
    '今年全县共确定重点项目156个，年度计划投资186.5亿元。1—5月，重点项目累计完成投资82.3亿元，占年度计划的44.1%。',
    '全年交通建设年度计划投资16.5亿元。截至6月底，完成交通投资9.2亿元，占年度计划的55.8%。',
    '今年计划改造老旧燃气管网45公里，目前已完成12.3公里，占年度计划的27.3%。',
    // A plan said of another thing (营业收入) is not the part's (利润总额).
    '市属国有企业实现营业收入186.4亿元，完成年度目标340亿元的54.8%。实现利润总额9.82亿元，完成年度目标的49.1%。',
    // No plan of that name and unit before it: not read.
    '全县秋冬种粮油面积安排84.5万亩。截至10月18日，已完成秋播21.3万亩，占年度计划的35.2%。',
    '全年共办理各类不动产登记业务3.86万件，同比增长6.2%。\n全年线上办理量2.65万件，线上办理率由上年的52.3%提高到68.7%。',
    '全年共办理12345热线工单8.6万件。\n按时办理量7.9万件，按时办理率达到91.9%。',
    // A total of another doing (受理, not 办结).
    '全年共受理群众来电来信8.6万件。\n一次性办结量7.2万件，一次性办结率达到93.7%。',
    // A rate not named after the count before it.
    '全年共受理群众来电来信8.6万件。\n回访量2.1万件，群众满意率达到98.6%。',
    // No total of the activity before it.
    '全年办理12345热线工单8.6万件。\n按时办理量7.9万件，按时办理率达到81.9%。',
  ],
  check(tops, ctx) {
    const out: DocumentFinding[] = []
    /** The totals said so far in the part, wholes for the paragraphs after them. */
    let totals: Counted[] = []
    /** The figures of the part in the sentences before this one: the plans a later share may name. */
    let said: Counted[] = []
    let top: TopSummary | undefined
    for (const { top: t, figures, pos } of figureBlocks(tops, ctx)) {
      if (t !== top) {
        top = t
        totals = []
        said = []
      }
      const { text } = figures.view
      let sentence: Counted[] = []
      let from = 0
      for (const { offset: at, attrs: a } of figures.view.slots) {
        const words = text.slice(from, at)
        if (/[。！？；]/.test(words)) {
          said.push(...sentence)
          sentence = []
        }
        from = at + 1
        if (!filled(a)) continue
        // A share of a plan named without its number, its number said in an earlier sentence.
        const plan = parseUnit(a.unit).base === '%' ? NAMED_PLAN.exec(words)?.[1] : undefined
        const own = plan ? sentence.filter((c) => c.base !== '%').at(-1) : undefined
        const target =
          plan && own && !sentence.some((c) => c.label.includes(plan)) ? planOf(plan, own, said) : undefined
        if (own && target && target.value - target.slack > 0) {
          const { out: wrong, around } = outside({ value: Number(a.value), written: a.value }, own, target)
          if (wrong)
            out.push({
              rule: this.id,
              severity: 'info',
              message: `前面写的是${target.label}${target.shown}，这里${own.label}${own.shown}，算下来约${around}，文中写的是${a.value}${a.unit}；若说的是同一个计划，请核对。`,
              from: pos(at),
              to: pos(at + 1),
              excerpt: `${a.value}${a.unit}`,
            })
        }
        const c: Counted = {
          label: a.label.replace(/\s/g, ''),
          value: inBase(a.value, a.unit),
          slack: slackOf(a.value, a.unit),
          shown: a.value + a.unit,
          base: parseUnit(a.unit).base,
          year: a.year,
        }
        const stem = c.label.replace(/率$/, '')
        const part = c.base === '%' && stem !== c.label && stem.length >= 2 ? partOf(stem, sentence) : undefined
        // The whole: a total said before, in another paragraph, of the same unit and year, of the same doing.
        const whole =
          part &&
          part.year === c.year &&
          totals.filter((w) => w.base === part.base && w.year === part.year && w.label.includes(stem.slice(-2))).at(-1)
        if (part && whole && whole.value - whole.slack > part.value) {
          const { out: wrong, around } = outside({ value: Number(a.value), written: a.value }, part, whole)
          if (wrong)
            out.push({
              rule: this.id,
              severity: 'info',
              message: `前面写的是${whole.label}${whole.shown}，这里${part.label}${part.shown}，算下来${c.label}约${around}，文中写的是${c.shown}；若说的是同一个总数，请核对。`,
              from: pos(at),
              to: pos(at + 1),
              excerpt: `${c.label}${c.shown}`,
            })
        }
        sentence.push(c)
      }
      said.push(...sentence)
      // Totals of this paragraph are wholes for the paragraphs after it.
      for (const { offset: at, attrs: a } of figures.view.slots)
        if (filled(a) && TOTAL_CLAUSE.test(clauseBefore(text, at)))
          totals.push({
            label: a.label.replace(/\s/g, ''),
            value: inBase(a.value, a.unit),
            slack: slackOf(a.value, a.unit),
            shown: a.value + a.unit,
            base: parseUnit(a.unit).base,
            year: a.year,
          })
    }
    return out
  },
}
