/**
 * A minus sign after a verb that says a fall: 近视率下降-1.2个百分点 (a CSV's -1.2 filled after 下降)
 * reads as a rise, the opposite of what is meant. After a rise (财产损失同比增长-8.6%) it is how
 * statistical bulletins write a fall, and speeches copy it (the labelled corpus has one): not flagged.
 */
import { FALL_BEFORE, FALL_THEN_MINUS, NEGATIVE_NUMBER, signedFallAdvice } from '../lang/changes'
import type { BlockFinding, BlockRule } from './types'

export const signedChange: BlockRule = {
  id: 'signed-change',
  name: '方向词后带负号',
  severity: 'error',
  group: '数字',
  scope: 'block',
  usesSlots: true,
  purpose:
    '“下降”“减少”“压缩”已说了方向，后面的数不带负号：“下降-1.2个百分点”读起来是上升。“增长-3.2%”是统计公报的写法，不算错。',
  fires: [
    '学生体质健康测试优良率达到56.8%，近视率下降-1.2个百分点。',
    '全年发生生产安全事故12起，比上年减少-3起。',
    '审批时限压缩-2.5个工作日。',
    '全县一般公共预算收入比上年减收－0.6亿元。',
  ],
  quiet: [
    '近视率下降1.2个百分点。',
    '全年平均气温-3.5℃，比上年下降1.2℃。',
    '规模以上工业增加值下降3.2%。',
    '火灾造成直接财产损失同比增长-8.6%。',
    '全县规模以上工业增加值增速为-3.2%，比上年回落4.1个百分点。',
    '城镇登记失业率控制在3.5%以内。',
  ],
  check({ text, slots }) {
    const out: BlockFinding[] = []
    for (const s of slots) {
      if (s.attrs.role !== 'metric' || s.attrs.value === null) continue
      const before = text.slice(Math.max(0, s.offset - 12), s.offset)
      // 下降-￼ (the sign typed as text), or 下降￼ holding -1.2 (a CSV's number filled in).
      const typed = FALL_THEN_MINUS.exec(before)
      const m = typed ?? (NEGATIVE_NUMBER.test(s.attrs.value) ? FALL_BEFORE.exec(before) : null)
      if (!m) continue
      out.push({
        rule: this.id,
        from: s.offset - before.length + m.index,
        to: s.offset + 1,
        message: signedFallAdvice(m[1], typed ? `-${s.attrs.value}` : s.attrs.value),
      })
    }
    return out
  },
}
