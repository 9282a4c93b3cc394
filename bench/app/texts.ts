/** The speeches the app benchmarks type into: the seed, fifty different copies of it, and a draft thick with figures. */
import { readFileSync } from 'node:fs'
import { importText } from '../../src/core/import'
import { slotsOf } from '../../src/core/outline'

export const seed = readFileSync(new URL('../../test/fixtures/seed-hrss-2022.txt', import.meta.url), 'utf8')

/** `n` copies of the seed, every paragraph marked with its copy's number so no two blocks read alike. */
export function distinctCopies(n: number): string {
  return Array.from({ length: n }, (_, i) =>
    seed
      .split('\n')
      .map((line) => (line && !/^(同志们：|——)/.test(line) && i > 0 ? `${line}〔${i + 1}〕` : line))
      .join('\n'),
  ).join('\n')
}

const PLACES = ['城关镇', '新城乡', '河口镇', '石桥镇', '青山乡', '工业园区', '高新区', '东江街道', '南湖乡', '北山镇']
const METRICS: [string, string][] = [
  ['城镇新增就业', '人'],
  ['失业人员再就业', '人'],
  ['就业困难人员就业', '人'],
  ['农村劳动力转移就业', '人'],
  ['职业技能培训', '人次'],
  ['发放创业担保贷款', '万元'],
  ['企业职工养老保险参保', '万人'],
  ['城乡居民养老保险参保', '万人'],
  ['工伤保险参保', '人'],
  ['失业保险参保', '人'],
  ['发放社会保障卡', '万张'],
  ['招聘事业单位工作人员', '人'],
  ['办结劳动监察案件', '件'],
  ['追讨农民工工资', '万元'],
  ['仲裁案件结案', '件'],
]

/** A paragraph of review figures: every clause a metric of a place with its value and its growth. */
function figureParagraph(p: number, clauses: number): string {
  const out: string[] = []
  for (let c = 0; c < clauses; c++) {
    const k = p * clauses + c
    const [metric, unit] = METRICS[k % METRICS.length]
    const place = PLACES[Math.floor(k / METRICS.length) % PLACES.length]
    const value = unit.startsWith('万') ? ((k % 97) + 1.5).toFixed(1) : String(100 + ((k * 37) % 9000))
    out.push(`${place}${metric}${value}${unit}，同比增长${((k % 19) + 0.5).toFixed(1)}%`)
  }
  return `${out.join('；')}。`
}

/**
 * A draft as thick with figures as an import may be: the seed's parts, its review part grown with
 * paragraphs of figures until the speech has `slots` slots, within `chars` characters.
 */
export function denseSpeech(slots = 16_000, chars = 300_000): string {
  const lines = seed.split('\n')
  const review = lines.findIndex((l) => /^一、/.test(l))
  const tasks = lines.findIndex((l) => /^二、/.test(l))
  const head = lines.slice(0, review + 1)
  const tail = lines.slice(tasks)
  // The seed's own review paragraphs, to bring the text up to its length once the figures are there.
  const prose = lines.slice(review + 1, tasks).filter((l) => l.length > 60 && !/^（/.test(l))
  const build = (sections: number, padding: number) => {
    const body: string[] = []
    for (let s = 0; s < sections + padding; s++) {
      body.push(`（${chineseCount(s + 1)}）过去的一年，我们扎实推进第${s + 1}项重点工作`)
      if (s < sections) for (let p = 0; p < 6; p++) body.push(figureParagraph(s * 6 + p, 8))
      else body.push(...prose.map((l) => `${l}〔${s + 1}〕`))
    }
    return [...head, ...body, ...tail].join('\n')
  }
  // Sections of the review are added until the slots are there; each adds about 100 slots.
  let sections = Math.ceil(slots / 100)
  for (;;) {
    const text = build(sections, 0)
    const count = slotsOf(importText(text).doc).length
    if (count >= slots) {
      if (text.length > chars) throw new Error(`A dense draft of ${count} slots has ${text.length} characters`)
      const perSection = prose.join('').length + 40
      return build(sections, Math.floor((chars - text.length) / perSection))
    }
    sections += Math.ceil((slots - count) / 90)
  }
}

const DIGITS = '〇一二三四五六七八九'
/** 1–999 in Chinese numerals as a section is numbered (十一, 一百零五). */
function chineseCount(n: number): string {
  const h = Math.floor(n / 100)
  const t = Math.floor((n % 100) / 10)
  const u = n % 10
  let s = h ? `${DIGITS[h]}百` : ''
  if (t) s += `${t === 1 && !h ? '' : DIGITS[t]}十`
  else if (h && u) s += '零'
  if (u) s += DIGITS[u]
  return s
}
