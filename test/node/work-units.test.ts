/**
 * The units a department counts its own work in (lang/units.ts WORK_UNITS), each run on its
 * examples: a figure read with its unit where the word is one, none where it opens another word.
 */
import { describe, expect, it } from 'vitest'
import { findFigures } from '../../src/core/import'
import { COUNTING_UNIT, WORK_UNITS, writtenBase } from '../../src/core/lang/units'

const metrics = (text: string) => findFigures(text, { year: 2025 }).filter((f) => f.role === 'metric')

describe.each(WORK_UNITS.map((u) => [u.id, u] as const))('work unit: %s', (_id, entry) => {
  const words = entry.words.map(([word]) => word)
  it('has a purpose, examples both ways, and an example of each word', () => {
    expect(entry.purpose).toMatch(/[\u4e00-\u9fff]/)
    expect(entry.matches.length * entry.rejects.length).toBeGreaterThan(0)
    for (const word of words) expect(entry.matches.some(([, , unit]) => writtenBase(unit) === word)).toBe(true)
  })
  it.each(entry.matches.map((m) => [...m]))('%s holds %s %s', (text, value, unit) => {
    expect(metrics(text).map((f) => [f.value, f.unit])).toContainEqual([value, unit])
  })
  it.each(entry.rejects.map((r) => [r]))('%s counts nothing in these words', (text) => {
    expect(metrics(text).filter((f) => words.includes(writtenBase(f.unit)))).toEqual([])
  })
})

describe('a figure in a work unit', () => {
  it('keeps its unit and no bare 万 is left (136万 with 字 as text)', () => {
    expect(metrics('完成初稿136万字，整理口述资料26万字。').map((f) => [f.label, f.value, f.unit])).toEqual([
      ['完成初稿', '136', '万字'],
      ['整理口述资料', '26', '万字'],
    ])
  })
  it('keeps a volume in 万毫升 whole, no bare 万 left (blood given to the Red Cross)', () => {
    expect(metrics('全县无偿献血8,652人次，献血量达到286.4万毫升。').map((f) => [f.value, f.unit])).toEqual([
      ['8652', '人次'],
      ['286.4', '万毫升'],
    ])
  })
})

describe('things counted times the times done (…次)', () => {
  it('keep 次 in the unit: 50款次 of apps checked, 1.2万条次 of warnings sent', () => {
    expect(metrics('全年抽查AI类应用不少于50款次，发布预警信息1.2万条次。').map((f) => [f.value, f.unit])).toEqual([
      ['50', '款次'],
      ['1.2', '万条次'],
    ])
  })
  it('leave 次 to the word it opens: 3条次干道 is 3条', () => {
    expect(metrics('新建城市3条次干道。').map((f) => [f.value, f.unit])).toEqual([['3', '条']])
  })
})

describe('whole things counted in a work unit', () => {
  it('are counts like 个 and 名, a length in 字 is not', () => {
    for (const entry of WORK_UNITS)
      for (const [word] of entry.words) expect([word, COUNTING_UNIT.test(word)]).toEqual([word, entry.whole])
  })
  it('count the noun after a verb done, as 名 does', () => {
    expect(metrics('县老年大学今年开设了32门老年教育课程').map((f) => f.label)).toEqual(['老年教育课程'])
  })
})

describe('a score (分)', () => {
  it('is a figure after the words of a score, and 元/箱 a price per case', () => {
    expect(
      metrics('单箱结构达到38,650元/箱，零售客户满意度测评得分92.6分。').map((f) => [f.label, f.value, f.unit]),
    ).toEqual([
      ['单箱结构', '38650', '元/箱'],
      ['零售客户满意度测评得分', '92.6', '分'],
    ])
  })
  it('is no unit in a time of day, 分钟 or 分公司', () => {
    expect(metrics('会议于9时30分开始，平均出警时间12分钟，新设3分公司。').map((f) => f.unit)).toEqual(['分钟'])
  })
})

describe('computing power (P)', () => {
  it('is a figure after the words of 算力, in its clause or the next', () => {
    expect(
      metrics('新增智能算力200P，总规模达到520P；新建5G基站200个。').map((f) => [f.label, f.value, f.unit]),
    ).toEqual([
      ['新增智能算力', '200', 'P'],
      ['智能算力总规模', '520', 'P'],
      ['新建5G基站', '200', '个'],
    ])
  })
  it('is no unit without them (P2P)', () => {
    expect(metrics('全年清退P2P网贷机构3家。').map((f) => f.unit)).toEqual(['家'])
  })
})
