/**
 * A table's figure against the text (checks/table-figures.ts), on tryout 14's Word file: a table
 * of main indicators (指标/2024年/2025年/增长) whose rows are kept as text. The rule's own examples
 * (several departments, must and must not) run in rule-table.test.ts.
 */
import { createRequire } from 'node:module'
import { Fragment, type Node as PMNode, Slice } from 'prosemirror-model'
import { describe, expect, it } from 'vitest'
import { checkDocument } from '../../src/core/checks/engine'
import { loadSpeechFile } from '../../src/core/import/source'
import { slotsOf } from '../../src/core/outline'
import { fixtureBytes } from './helpers'

const require = createRequire(import.meta.url)
const load = async () =>
  (await loadSpeechFile(fixtureBytes('tryout14/njzx-2025.docx'), 'njzx-2025.docx', async () => require('mammoth'))).doc

/** The speech with the value of the slot of `label` in the part of `partKind` set to `value`. */
function withValue(doc: PMNode, partKind: string, label: string, value: string): PMNode {
  const slot = slotsOf(doc).find((s) => s.partKind === partKind && s.attrs.label === label)
  if (!slot) throw new Error(`no slot ${label} in ${partKind}`)
  const changed = doc.type.schema.nodes.slot.create({ ...slot.attrs, value })
  return doc.replace(slot.pos, slot.pos + 1, new Slice(Fragment.from(changed), 0, 0))
}

describe('tryout 14: a figure restated in the table, changed in the text (A2)', () => {
  it('the speech as imported, its table and text agreeing, raises nothing on the table, nor on its header (B2)', async () => {
    const found = checkDocument(await load())
    expect(found.filter((f) => f.rule === 'table-figure')).toEqual([])
    expect(found.filter((f) => f.excerpt.includes('增长'))).toEqual([])
  }, 60_000)

  it('a target changed in the tasks while the table keeps it: one warning, naming row, column and sentence', async () => {
    const doc = withValue(await load(), 'tasks', '农机总动力', '73.5')
    const found = checkDocument(doc).filter((f) => f.rule === 'table-figure')
    expect(found.map((f) => [f.severity, f.message, doc.textBetween(f.from, f.to, '', () => '73.5')])).toEqual([
      [
        'warning',
        '表格“农机总动力（万千瓦）”一行“2025年”一栏是70.5，正文“全县农机总动力达到73.5万千瓦”一句是73.5万千瓦：两处不一致，请核对后改正其中一处。',
        '73.5',
      ],
    ])
  }, 60_000)

  it('a figure of the review changed: held to the 2024年 column; a figure the table has no row for: nothing', async () => {
    const doc = withValue(await load(), 'review', '主要农作物耕种收综合机械化率', '83.6')
    const found = checkDocument(doc).filter((f) => f.rule === 'table-figure')
    expect(found.map((f) => f.message)).toEqual([
      '表格“主要农作物耕种收综合机械化率（%）”一行“2024年”一栏是86.3，正文“全县主要农作物耕种收综合机械化率达到83.6%”一句是83.6%：两处不一致，请核对后改正其中一处。',
    ])
    const other = withValue(await load(), 'review', '玉米机收率', '80.1')
    expect(checkDocument(other).filter((f) => f.rule === 'table-figure')).toEqual([])
  }, 60_000)
})
