/**
 * What the speech-wide checks read of each part (summaries.ts): where the opening announces its
 * points, the slots in sections, which figures count as filled, a part's words.
 */
import { describe, expect, it } from 'vitest'
import { checkDocument } from '../../src/core/checks/engine'
import { importText } from '../../src/core/import'
import { fig, h2, p, part, person, speechOf } from './build'

const speech = (body: string) => `标题\n同志们：\n${body}\n三、工作要求\n一要严。\n同志们，谢谢！\n`

describe('the points the opening announces', () => {
  it('are found in any paragraph of the opening, and the finding points at the words', () => {
    const d = importText(
      '标题\n同志们：\n今天召开全县工作会议。\n总结2025年工作，部署2026年任务。下面，我讲四点意见：\n一、2025年工作回顾\n完成了任务。\n二、2026年工作任务\n确保完成。\n三、工作要求\n一要严。\n同志们，谢谢！\n',
    ).doc
    const f = checkDocument(d).filter((x) => x.rule === 'announced-count')
    expect(f.map((x) => [x.message, x.excerpt, d.textBetween(x.from, x.to)])).toEqual([
      ['开头说讲4点，正文却有3个部分。', '讲四点意见', '讲四点意见'],
    ])
  })
})

describe('figures in the sections of a part', () => {
  it('are read with their sentence: a threshold passed is not the figure', () => {
    const text = speech(
      '开场。\n一、2025年工作回顾\n（一）经济运行\n全县地区生产总值突破300亿元，达到306.8亿元。\n二、2026年工作任务\n（一）稳增长\n确保完成。',
    )
    expect(checkDocument(importText(text).doc).filter((x) => x.rule === 'inconsistent-figure')).toEqual([])
  })
  it('are compared with the same figure elsewhere', () => {
    const text = speech(
      '开场。\n一、2025年工作回顾\n（一）经济运行\n全县地区生产总值达到306.8亿元。\n（二）民生\n全县地区生产总值306.9亿元。\n二、2026年工作任务\n确保完成。',
    )
    expect(
      checkDocument(importText(text).doc)
        .filter((x) => x.rule === 'inconsistent-figure')
        .map((x) => x.message),
    ).toEqual(['“地区生产总值”前面写的是306.8亿元，这里是306.9亿元，前后不一致。'])
  })
})

describe('how many figures are filled', () => {
  it('counts metric slots only: empty names do not make a filled speech a draft', () => {
    const d = speechOf(
      part(
        { kind: 'review' },
        h2('2025年工作回顾'),
        p(
          '新增就业',
          fig('新增就业', '3250', '人'),
          '，由',
          person('负责人', null),
          '和',
          person('联络人', null),
          '负责。',
        ),
      ),
    )
    const f = checkDocument(d).filter((x) => x.rule === 'empty-slot' || x.rule === 'placeholder-text')
    expect(f.map((x) => [x.rule, x.message])).toEqual([
      ['placeholder-text', '这里还是占位符，请填上“负责人”的姓名。'],
      ['placeholder-text', '这里还是占位符，请填上“联络人”的姓名。'],
    ])
  })
})

describe('a part’s words', () => {
  it('are its heading and paragraphs, one a line, shown for a part out of order', () => {
    const text =
      '标题\n同志们：\n开场。\n一、2026年工作任务\n确保完成任务。\n二、2025年工作回顾\n完成了任务。\n三、工作要求\n一要严。\n同志们，谢谢！\n'
    const f = importText(text).doc
    const found = checkDocument(f).filter((x) => x.rule === 'required-parts')
    expect(found.map((x) => [x.severity, x.message, x.excerpt])).toEqual([
      [
        'warning',
        '“任务”部分排在了“回顾”部分前面，通常应先回顾、再部署任务、最后提要求。',
        '2026年工作任务\n确保完成任务。',
      ],
    ])
  })
  it('are the heading alone when sections follow it', () => {
    const text =
      '标题\n同志们：\n开场。\n一、2026年工作任务\n（一）稳就业\n确保完成任务。\n二、2025年工作回顾\n完成了任务。\n三、工作要求\n一要严。\n同志们，谢谢！\n'
    const found = checkDocument(importText(text).doc).filter((x) => x.rule === 'required-parts')
    expect(found.map((x) => x.excerpt)).toEqual(['2026年工作任务'])
  })
})
