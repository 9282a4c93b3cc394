/**
 * The clean speech the checks' examples are set in (reviewing 2025, planning 2026), and a rule's
 * findings on an example read exactly: the words each points at, its message and its severity.
 */
import { checkDocument } from '../../src/core/checks/engine'
import type { CheckOptions, FigureLookup, RuleExample, Severity, StoredExample } from '../../src/core/checks/types'
import { convert } from '../../src/core/units'
import { importText } from '../../src/core/import'
import { slotAttrs } from '../../src/core/schema'
import { slotReading } from '../../src/core/text'

/** A clean speech reviewing 2025 and planning 2026, with one paragraph added where the example says. */
export function speechWith(example: RuleExample): string {
  const { text, in: place } = typeof example === 'string' ? { text: example, in: 'review' as const } : example
  if (place === 'speech') return text
  const at = (p: string) => (place === p ? `${text}\n` : '')
  return [
    '真抓实干 推动工作再上新台阶',
    '同志们：',
    place === 'opening' ? text : '今天召开全县工作会议，总结2025年工作，部署2026年任务。下面，我讲三点意见：',
    '一、2025年工作回顾',
    `全年完成了各项工作任务。\n${at('review')}二、2026年工作任务`,
    `确保完成全年目标任务。\n${at('tasks')}三、工作要求`,
    `一要加强领导。二要压实责任。\n${at('requirements')}${place === 'closing' ? text : '同志们，让我们奋发有为，再创佳绩！'}`,
  ].join('\n')
}

/** The figures library an example names, as the app's lookup reads it (in the unit asked for). */
export function lookupFrom(store: readonly StoredExample[]): FigureLookup {
  return (label, year, kind, unit, span = '') => {
    const row = store.find((r) => r.label === label && r.year === year && r.kind === kind && (r.span ?? '') === span)
    return row ? (convert(row.value, row.unit, unit) ?? undefined) : undefined
  }
}

/** The check options an example asks for: the library it names, if any. */
export function exampleOptions(example: RuleExample): Partial<CheckOptions> {
  return typeof example !== 'string' && example.store ? { figures: lookupFrom(example.store), figuresVersion: 1 } : {}
}

/** Each finding of `rule` on the example: [the words it points at (slots as read), message, severity]. */
export function exactFindings(
  example: RuleExample,
  rule: string,
  options: Partial<CheckOptions> = {},
): [string, string, Severity][] {
  const doc = importText(speechWith(example)).doc
  return checkDocument(doc, { ...exampleOptions(example), ...options })
    .filter((f) => f.rule === rule)
    .map((f) => [doc.textBetween(f.from, f.to, '\n', (n) => slotReading(slotAttrs(n))), f.message, f.severity])
}
