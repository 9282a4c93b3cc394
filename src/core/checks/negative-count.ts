/**
 * A count with a minus sign typed in the text: 全年化解信访积案-6件 prints a number of cases below
 * zero, which no count can be (tryout 10: the figure's input refuses it, the text took it). Where
 * the words before it say a change (同比增长-8.6%, 比上年增加-3家 as a bulletin writes a fall), the
 * sign is the change's direction, not the count's: quiet here (a fall verb's own minus is the
 * signed-change rule's).
 */
import { FALL_BY_VERBS, FALL_VERBS, CUT_VERBS, RISE_BY_VERBS, RISE_VERBS, anyOf } from '../lang/changes'
import { COUNTING_UNITS, MAGNITUDE } from '../lang/units'
import { negativeCount } from '../units'
import type { BlockFinding, BlockRule } from './types'

/** Words after which a signed number is a change, not a count: the verbs of a change and 同比/比上年 said alone. */
const CHANGE_BEFORE = new RegExp(
  `(?:${anyOf([...RISE_VERBS, ...RISE_BY_VERBS, ...FALL_VERBS, ...FALL_BY_VERBS, ...CUT_VERBS, '回落', '下滑', '增减', '变化', '变动', '增量', '同比', '比上年', '较上年'])})了?\\s*$`,
)

/**
 * How many characters before a minus sign (or a figure without one) the words of a change are
 * read in: the longest (比上年, 增加了) with room to spare. Spaces before the sign are skipped
 * first, so 增加 -3户 and 增加-3户 read alike, typed or in a figure.
 */
const CHANGE_REACH = 8

/** Whether the words before `at` say a change, so a minus there is the change's direction. */
const saysChange = (text: string, at: number) => {
  const words = text.slice(0, at).trimEnd()
  return CHANGE_BEFORE.test(words.slice(Math.max(0, words.length - CHANGE_REACH)))
}

/** Count units, the longer first (人次 before 人). */
const COUNT_UNIT = [...COUNTING_UNITS].sort((a, b) => b.length - a.length).join('|')

/**
 * A minus sign, its number and a count unit, typed as text: not after a digit or letter (3-5家, 2025-2026,
 * A-1), and not 个百分点 (a gap, which may be below zero) or 个月 (a time).
 */
const SIGNED_COUNT = new RegExp(
  `(?<![0-9０-９A-Za-z.．~～])([-－−])\\s*(\\d+(?:\\.\\d+)?)\\s*(${MAGNITUDE}?(?:${COUNT_UNIT}))(?!百分点|千分点|月|工作日)`,
  'g',
)

export const negativeCountRule: BlockRule = {
  id: 'negative-count',
  name: '个数带负号',
  severity: 'error',
  group: '数字',
  scope: 'block',
  usesSlots: true,
  purpose:
    '以家、件、人、个等计的是个数，不能是负数：“化解信访积案-6件”印出来是负的件数。减少了请用文字写明（减少6件）。前面说了变化（同比增长-8.6%）的不算。',
  fires: [
    '全年化解信访积案-6件，重复信访明显减少。',
    '全县新增市场主体-120户，主要是个体工商户注销较多。',
    '全年开展消防安全检查-15次，排查整改隐患236处。',
    { text: '全年新建改建农村公路-12公里，建成便民服务中心-2个。', in: 'tasks' },
  ],
  quiet: [
    '全年化解信访积案6件，重复信访同比减少12件。',
    '火灾造成直接财产损失同比增长-8.6%。',
    '新增市场主体比上年增加-3户，增速放缓。',
    '学生体质健康测试优良率56.8%，近视率下降1.2个百分点，增幅比上年-0.5个百分点。',
    '全县冬季最低气温-12.5℃，农作物受冻面积3.2万亩。',
    '每个村配备2-3名网格员，每季度开展1-2次排查。',
    '2025-2026年度共培训1200人次。',
  ],
  check({ text, slots }) {
    const out: BlockFinding[] = []
    for (const m of text.matchAll(SIGNED_COUNT)) {
      if (saysChange(text, m.index)) continue
      const message = negativeCount(`${m[1]}${m[2]}`, m[3])
      if (message) out.push({ rule: this.id, from: m.index, to: m.index + m[0].length, message: `${message}。` })
    }
    // A filled figure holding a minus (an imported 积案-6件), or a minus typed before a figure (积案-￼).
    for (const s of slots) {
      const a = s.attrs
      if (a.role !== 'metric' || a.value === null) continue
      // The sign and the spaces after it, right before the figure.
      const typed = /(?<![0-9A-Za-z.~～])[-－−]\s*$/.exec(text.slice(Math.max(0, s.offset - CHANGE_REACH), s.offset))
      const sign = typed ? s.offset - typed[0].length : s.offset
      const value = typed ? `-${a.value}` : a.value
      if (saysChange(text, sign)) continue
      const message = negativeCount(value, a.unit)
      if (message)
        out.push({
          rule: this.id,
          from: sign,
          to: s.offset + 1,
          message: `${message}。`,
        })
    }
    return out
  },
}
