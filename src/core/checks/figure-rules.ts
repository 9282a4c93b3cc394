/** Rules on the figures of one paragraph. (Figures that disagree across the speech: structure-rules.ts.) */
import type { BlockRule } from './types'

/** Every slot must be filled before the speech goes out. */
export const emptySlot: BlockRule = {
  id: 'empty-slot',
  name: '空位未填',
  severity: 'error',
  group: '数字',
  scope: 'block',
  usesSlots: true,
  check({ slots }) {
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
                ? `会议信息“${s.attrs.label}”还没有填写：请在会议记录里填写，或把这里改写成文字。`
                : `“${s.attrs.label}”（${s.attrs.unit || '数值'}）还没有填写。`,
      }))
  },
}

/** A rate (…率) above 100%: possible (完成率), but worth a second look. */
export const rateOver100: BlockRule = {
  id: 'rate-over-100',
  name: '比率超过100%',
  severity: 'warning',
  group: '数字',
  scope: 'block',
  usesSlots: true,
  check({ slots }) {
    return slots
      .filter(
        (s) =>
          s.attrs.role === 'metric' &&
          s.attrs.unit === '%' &&
          /率/.test(s.attrs.label) &&
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
