/**
 * A plain text hard-wrapped by a PDF or saved with line ends (corpus 225): lines break every
 * 28–36 characters, inside sentences and words. The importer finds the wrap from the whole text
 * (article.ts hardWrapWidth) and joins the lines by the break rules of line-breaks.ts, so a wrapped
 * speech reads as its unwrapped self. Must-not: every corpus speech set one paragraph a line, and
 * short lines of their own (headings, a list, a poem) in a wrapped text.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { importText } from '../../src/core/import'
import { hardWrapWidth, joinBrokenLines } from '../../src/core/import/article'
import { outlineJSON } from '../../src/core/outline'

const dir = 'test/fixtures/corpus'
const files = readdirSync(dir).filter((f) => f.endsWith('.txt'))
const corpus = (name: string) => readFileSync(join(dir, files.find((f) => f.startsWith(name)) ?? name), 'utf8')

/** A line wrapped as a PDF lays it out: every `width` characters, never inside a number. */
function wrapLine(line: string, width: number): string[] {
  const numbers = [...line.matchAll(/\d[\d,.]*[%‰]?/g)].map((m) => ({ from: m.index, to: m.index + m[0].length }))
  const out: string[] = []
  let from = 0
  while (line.length - from > width) {
    let at = from + width
    const inside = numbers.find((n) => n.from < at && at < n.to)
    if (inside && inside.from > from) at = inside.from
    out.push(line.slice(from, at))
    from = at
  }
  out.push(line.slice(from))
  return out
}

const wrap = (text: string, width: number) =>
  text
    .split('\n')
    .flatMap((line) => wrapLine(line, width))
    .join('\n')

/** What the importer recognises: parts, their kinds and sections, every figure with its label, kind and year. */
const recognised = (text: string) => outlineJSON(importText(text).doc)

/** One-paragraph-a-line speeches of several departments: 财政, 卫健, 交通, 应急, 教育, 住建, 方志, 网信, 组织, 防汛, 市场监管, 政法. */
const WRAPPED = ['01-', '02-', '04-', '06-', '09-', '21-', '44-', '69-', '104-', '130-', '144-', '206-', '209-', '232-']

describe('a hard-wrapped plain text reads as its unwrapped self', () => {
  for (const name of WRAPPED)
    it(name, () => {
      const text = corpus(name)
      const plain = recognised(text)
      for (const width of [28, 32, 36]) {
        const wrapped = wrap(text, width)
        expect(hardWrapWidth(wrapped.split('\n')), `${name} at ${width}`).not.toBeNull()
        expect(recognised(wrapped), `${name} at ${width}`).toEqual(plain)
      }
    })

  it('corpus 225, pasted from a PDF, joins its lines: labels and figures whole across them', () => {
    const { slots } = recognised(corpus('225-'))
    const label = (value: number) => slots.find((s) => s.value === value)?.label
    expect(label(318)).toBe('国省干线')
    expect(label(2180)).toBe('安全生命防护工程投资')
    expect(label(118)).toContain('平交路口')
  })
})

describe('a text set one paragraph a line is not hard-wrapped', () => {
  it('no corpus speech but 225 (the PDF paste) is read as wrapped', () => {
    const wrapped = files.filter((f) => hardWrapWidth(readFileSync(join(dir, f), 'utf8').split('\n')) !== null)
    expect(wrapped).toEqual(['225-glzx-county-road-maintenance-february.txt'])
  })
})

describe('short lines of their own stay apart in a wrapped text', () => {
  /** A wrapped body of a health speech to set the width (about 30). */
  const body = wrap(
    '过去一年，全区卫生健康系统坚持以人民健康为中心，深化医药卫生体制改革，推进紧密型县域医共体建设，基层医疗卫生服务能力明显提升，全区家庭医生签约服务覆盖率达到78.6%，重点人群签约率达到92.3%，群众就医获得感持续增强。全年新建村卫生室26个，改造提升乡镇卫生院8家，基层诊疗量占比达到61.4%，比上年提高2.1个百分点。',
    30,
  )
  const cases: [string, string, string[]][] = [
    [
      'an unnumbered heading (文旅)',
      `${body}\n文化旅游融合发展\n全年接待游客386.5万人次，实现旅游收入32.6亿元，同比分别增长12.1%和\n15.3%，乡村旅游成为新的增长点。`,
      ['文化旅游融合发展'],
    ],
    [
      'a list of one line each (民政)',
      `${body}\n主要抓好三项工作：\n1.兜牢困难群众基本生活底线\n2.提升养老服务质量\n3.加强社会组织管理`,
      ['1.兜牢困难群众基本生活底线', '2.提升养老服务质量', '3.加强社会组织管理'],
    ],
    [
      'a poem in the closing (教育)',
      `${body}\n同志们，让我们牢记\n雄关漫道真如铁\n而今迈步从头越\n谢谢大家！`,
      ['雄关漫道真如铁', '而今迈步从头越'],
    ],
    [
      'a part heading as long as the text is wide (应急)',
      `${body}\n二、突出重点，全力抓好2026年安全生产和应急管理工作\n2026年是“十五五”开局之年，全县安全生产工作的总体目标是：生产安全事\n故起数和死亡人数实现“双下降”。`,
      ['二、突出重点，全力抓好2026年安全生产和应急管理工作'],
    ],
    [
      'a part heading as long as the text is wide, then a short sentence (应急)',
      `${body}\n二、突出重点，全力抓好2026年安全生产和应急管理工作\n全县上下要狠抓落实。\n（一）严防重特大事故。`,
      ['二、突出重点，全力抓好2026年安全生产和应急管理工作', '全县上下要狠抓落实。'],
    ],
    [
      'a part heading longer than the width, its tail on a short line (网信)',
      `${body}\n一、提高站位，深刻认识开展“清朗”专项行动的重要性和紧迫\n性\n网络空间是亿万民众共同的精神家园，网络生态好不好，直接关系群众\n切身利益。`,
      ['一、提高站位，深刻认识开展“清朗”专项行动的重要性和紧迫性'],
    ],
  ]
  for (const [what, text, own] of cases)
    it(what, () => {
      expect(hardWrapWidth(text.split('\n'))).not.toBeNull()
      const lines = joinBrokenLines(text).text.split('\n')
      for (const line of own) expect(lines, what).toContain(line)
    })
})
