/**
 * A table's figure against the text (checks/table-figures.ts), on tryout 14's Word file: a table
 * of main indicators (指标/2024年/2025年/增长) whose rows are kept as text. The rule's own examples
 * (several departments, must and must not) run in rule-table.test.ts.
 */
import { createRequire } from 'node:module'
import { Fragment, type Node as PMNode, Slice } from 'prosemirror-model'
import { describe, expect, it } from 'vitest'
import { checkDocument } from '../../src/core/checks/engine'
import { importText } from '../../src/core/import'
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

/** The speech with the text of its paragraph reading `line` set to `typed`, as typed in the editor. */
function withLine(doc: PMNode, line: string, typed: string): PMNode {
  let found: { at: number; size: number } | null = null
  doc.descendants((node, pos) => {
    if (!found && node.isTextblock && node.textContent === line) found = { at: pos, size: node.content.size }
    return !found
  })
  if (!found) throw new Error(`no line ${line}`)
  const { at, size }: { at: number; size: number } = found
  return doc.replace(at + 1, at + 1 + size, new Slice(Fragment.from(doc.type.schema.text(typed)), 0, 0))
}

describe('a cell’s number is read as the row reads it (table-rows.ts cellNumber)', () => {
  const speech = (review: string) =>
    `标题\n县人民政府副县长 张明\n同志们：\n今天召开会议，总结2025年工作，部署2026年任务。\n一、2025年工作回顾\n${review}\n二、2026年工作任务\n做好各项工作。\n三、工作要求\n一要严。\n同志们，谢谢！`
  it('full-width digits typed into a row (人社, 卫健) are held to the text as the same numbers in ASCII are', () => {
    for (const [text, row, typed, shown] of [
      [
        '全年城镇新增就业3520人。',
        '城镇新增就业（人） 3250 3300 1.5%',
        '城镇新增就业（人） ３２５０ ３３００ 1.5%',
        '３２５０',
      ],
      [
        '全县总诊疗人次达到178.2万人次。',
        '总诊疗人次（万人次） 177.2 186.4 5.2%',
        '总诊疗人次（万人次） １７７．２ １８６．４ ５．２％',
        '１７７．２',
      ],
    ]) {
      const imported = importText(speech(`${text}\n指标 2025年 2026年目标 增长\n${row}`)).doc
      const doc = withLine(imported, row, typed)
      const found = checkDocument(doc).filter((f) => f.rule === 'table-figure')
      expect(found.map((f) => f.message.slice(0, f.message.indexOf('，')))).toEqual([
        `表格“${row.split(' ')[0]}”一行“2025年”一栏是${shown}`,
      ])
    }
  })
})

describe('a figure the text says roughly, or of a stretch of the year, is not held to a year’s column', () => {
  const speech = (date: string, review: string, tasks = '做好各项工作。') =>
    `标题\n县人民政府副县长 张明\n${date}同志们：\n今天召开会议，总结2025年工作，部署2026年任务。\n一、2025年工作回顾\n${review}\n二、2026年工作任务\n${tasks}\n三、工作要求\n一要严。\n同志们，谢谢！`
  const table = '指标 2025年 2026年 增长\n农机总动力（万千瓦） 70.8 72.5 2.4%\n城镇新增就业（人） 3520 3600 2.3%'
  const warned = (text: string) => checkDocument(importText(text).doc).filter((f) => f.rule === 'table-figure')

  it.each([
    '全县农机总动力突破70万千瓦。',
    '全县农机总动力达到71万千瓦左右。',
    '全县农机总动力约71万千瓦。',
    '全年城镇新增就业3500余人。',
    '全年城镇新增就业超过3500人。',
    '全年城镇新增就业3500多人。',
  ])('said roughly: %s', (review) => expect(warned(speech('', `${review}\n${table}`))).toEqual([]))

  it.each([
    [
      '（2025年12月20日）\n',
      '1—11月，全县一般公共预算收入完成11.8亿元，增长6.9%。\n指标 2025年预计 2026年目标 增长\n一般公共预算收入（亿元） 12.6 13.5 7.1%',
    ],
    ['', '截至10月底，全县城镇新增就业2860人。\n指标 2025年 2026年 增长\n城镇新增就业（人） 3250 3300 1.5%'],
    ['', '前10个月，全县城镇新增就业2860人。\n指标 2025年 2026年 增长\n城镇新增就业（人） 3250 3300 1.5%'],
  ])('of a stretch of the year: %s%s', (date, review) => expect(warned(speech(date, review))).toEqual([]))

  it('the same figures said exactly, of the whole year, are held to it', () => {
    expect(
      warned(speech('', `全县农机总动力达到71万千瓦，全年城镇新增就业3500人。\n${table}`)).map((f) => f.excerpt),
    ).toEqual(['农机总动力71万千瓦', '城镇新增就业3500人'])
    const wholeYear = '1—11月，全县一般公共预算收入完成11.8亿元，预计全年完成12.8亿元。'
    const rows = '指标 2025年预计 2026年目标 增长\n一般公共预算收入（亿元） 12.6 13.5 7.1%'
    expect(warned(speech('', `${wholeYear}\n${rows}`)).map((f) => f.excerpt)).toEqual(['一般公共预算收入12.8亿元'])
  })
})
