/**
 * Figures that cover several years, exactly: the span each phrase names for the year a part
 * speaks of, how far in a paragraph that span reaches, and which figures inside it are totals
 * over it (not levels, not changes since a year).
 */
import { describe, expect, it } from 'vitest'
import { findFigures } from '../../src/core/import'
import { PERIOD_PHRASES, periodAt, periodScopes } from '../../src/core/import/periods'

const phrase = (id: string) => {
  const found = PERIOD_PHRASES.find((p) => p.id === id)
  if (!found) throw new Error(`no phrase ${id}`)
  return found
}

describe('the span each phrase names', () => {
  it.each([
    // [phrase, text, the year the part speaks of, span]
    ['five-year-plan', '“十四五”期间，全市累计投入', 2025, [2021, 2025]],
    ['five-year-plan', '“十四五”期间，全市累计投入', 2023, [2021, 2023]],
    ['five-year-plan', '“十四五”期间，全市累计投入', 2027, [2021, 2025]],
    ['five-year-plan', '“十四五”以来，全县累计新建', 2027, [2021, 2027]],
    ['five-year-plan', '“十四五”以来，全县累计新建', 2022, [2021, 2022]],
    ['five-year-plan', '“十四五”规划期间', 2025, [2021, 2025]],
    ['five-year-plan', '“十四五”时期', 2025, [2021, 2025]],
    ['five-year-plan', '“十四五”以来', 2021, null],
    // a plan not begun yet: its whole five years, of targets (“十五五”期间累计下降6%)
    ['five-year-plan', '“十五五”期间', 2025, [2026, 2030]],
    ['five-year-plan', '“十五五”以来', 2025, null],
    ['five-year-plan', '回顾“十四五”，全县累计实现', 2025, [2021, 2025]],
    ['five-year-plan', '回顾“十四五”', 2024, [2021, 2024]],
    ['since-year', '2021年以来，累计培训', 2025, [2021, 2025]],
    ['since-year', '2024 年以来', 2025, [2024, 2025]],
    ['since-year', '2025年以来', 2025, null],
    ['year-span', '2021—2025年，累计新建', 2025, [2021, 2025]],
    ['year-span', '2021年至2023年', 2025, [2021, 2023]],
    ['year-span', '2021-2025年', 2030, [2021, 2025]],
    ['year-span', '2025—2025年', 2025, null],
    ['year-span', '2025—2021年', 2025, null],
    ['recent-years', '五年来，全市累计', 2025, [2021, 2025]],
    ['recent-years', '近三年来', 2022, [2020, 2022]],
    ['recent-years', '过去十年间', 2025, [2016, 2025]],
    ['recent-years', '3年以来', 2025, [2023, 2025]],
    ['recent-years', '5年累计', 2025, [2021, 2025]],
    ['recent-years', '10年共计', 2025, [2016, 2025]],
    ['recent-years', '五年新建', 2025, [2021, 2025]],
  ] as const)('%s: %s in %i', (id, text, year, span) => {
    const m = phrase(id).pattern.exec(text)
    if (!m) throw new Error(`${id} does not match ${text}`)
    const got = phrase(id).span(m, year)
    expect(got && [got.from, got.to]).toEqual(span)
  })

  it.each([
    ['year-span', '2025年是开局之年，2026—2030年是'],
    ['recent-years', '连续五年新增就业'],
    ['recent-years', '2025年累计培训'],
    ['since-year', '2025年，全县培训'],
  ])('%s does not match %s', (id, text) => {
    const m = phrase(id).pattern.exec(text)
    expect(m && phrase(id).span(m, 2025)).toBeFalsy()
  })
})

/** The stretches of `text` a span reaches, each with its years. */
const scopes = (text: string, year: number | null, heading?: string) =>
  periodScopes(text, year, heading).map((s) => [text.slice(s.from, s.to), s.period.from, s.period.to])

describe('how far a span reaches in its paragraph', () => {
  it('to the end of its sentence, cut short by a clause of one year, which also ends its reach', () => {
    expect(
      scopes('五年来，全市累计投入28.6亿元，其中2024年投入6亿元。累计新建学校12所。累计培训100人。', 2025),
    ).toEqual([['，全市累计投入28.6亿元', 2021, 2025]])
    expect(scopes('2021年以来，累计培训1万人次；2025年培训2000人。累计3项。', 2025)).toEqual([
      ['，累计培训1万人次', 2021, 2025],
    ])
  })

  it('to each 累计 of a later sentence, past a sentence of one year inside it, until a sentence names a year', () => {
    expect(
      scopes(
        '五年来，全市累计投入28.6亿元。其中，2025年新建学校12所。累计培训100人！新建道路3条。累计建成5处？今年累计完成5项。累计又3项',
        2025,
      ),
    ).toEqual([
      ['，全市累计投入28.6亿元', 2021, 2025],
      ['累计培训100人', 2021, 2025],
      ['累计建成5处', 2021, 2025],
    ])
    // a later 累计 cut by a clause of one year ends the reach there
    expect(scopes('五年来，累计投入6亿元。累计建成5处，2025年建成1处。累计又3项。', 2025)).toEqual([
      ['，累计投入6亿元', 2021, 2025],
      ['累计建成5处', 2021, 2025],
    ])
    // a year named in the sentence after its 累计 does not end the reach
    expect(scopes('五年来，累计投入6亿元。累计建成5处，比2020年多2处。', 2025)).toEqual([
      ['，累计投入6亿元', 2021, 2025],
      ['累计建成5处，比2020年多2处', 2021, 2025],
    ])
  })

  it('the span a part’s heading names reaches each 累计 whose sentence gives no year before it', () => {
    expect(
      scopes(
        '全区累计培训人防骨干4800余人次。全年累计完成5项。2025年累计建成3处。新建12所，累计培训3人',
        2025,
        '“十四五”以来全区人防事业稳步发展',
      ),
    ).toEqual([
      ['累计培训人防骨干4800余人次', 2021, 2025],
      ['累计培训3人', 2021, 2025],
    ])
    expect(scopes('全区累计培训4800人次。', 2025, '2025年工作回顾')).toEqual([])
    // a paragraph that opens with one year of its own (水文, 人社, 人防): that year's 累计
    const both = '2025年和“十四五”时期工作回顾'
    expect(scopes('2025年，全市降水偏多。全系统累计开展流量测验2380次。', 2025, both)).toEqual([])
    expect(scopes('今年，全县累计发放创业担保贷款1.2亿元。', 2025, '“十四五”以来就业工作成效')).toEqual([])
    expect(scopes('2021年以来，全区累计培训人防骨干4800人次。', 2025, both)).toEqual([
      ['，全区累计培训人防骨干4800人次', 2021, 2025],
    ])
    expect(scopes('全区累计培训4800人次。', 2025)).toEqual([])
    // a heading's phrase that names no span (the plan not yet begun) gives none
    expect(scopes('全区累计培训4800人次。', 2025, '“十五五”以来')).toEqual([])
  })

  it('none without the year the part speaks of, nor for a phrase naming no span', () => {
    expect(scopes('“十四五”以来，累计3项。', null, '“十四五”以来')).toEqual([])
    expect(scopes('2021—2025年，累计新建3所。', null)).toEqual([])
    expect(scopes('2025年以来，累计培训3人。', 2025)).toEqual([])
  })

  it('a sentence naming a year without a 累计 ends the reach; a year after a 累计 does not take it away', () => {
    expect(scopes('五年来，累计投入6亿元。2025年新建3所。累计又3项。', 2025)).toEqual([['，累计投入6亿元', 2021, 2025]])
    expect(scopes('五年来，累计投入6亿元。全市累计建成5处。', 2025)).toEqual([
      ['，累计投入6亿元', 2021, 2025],
      ['累计建成5处', 2021, 2025],
    ])
    expect(scopes('全区累计培训4800人次，比2020年多800人次。', 2025, '五年来成效显著')).toEqual([
      ['累计培训4800人次，比2020年多800人次', 2021, 2025],
    ])
  })
})

describe('years inside a document’s title', () => {
  it.each([
    ['认真落实《某某县委巡察工作规划（2023—2027年）》，今年完成对21个党组织的常规巡察。', 2025],
    ['用好《2024—2026年科技成果转化行动方案》，全年转化科技成果300项以上。', 2026],
    ['按照《“十四五”以来重点项目清单》，累计建成12个。', 2025],
  ])('name the document, not the years of the figures after it: %s', (text, year) => {
    expect(scopes(text, year)).toEqual([])
  })
  it('a span said outside the title still reaches', () => {
    expect(scopes('落实《2024—2026年行动方案》，2021—2025年累计新建3所。', 2025)).toEqual([['累计新建3所', 2021, 2025]])
  })
})

describe('which figures inside a span are totals over it', () => {
  const text =
    '五年来，累计投入28.6亿元，三级医院达到9家，床位增至5000张，比2020年增加1200张，新建学校12所，达到并新建道路3条。'
  const at = (figure: string) => text.indexOf(figure)
  const clauseOf = (figure: string) => text.slice(text.lastIndexOf('，', at(figure)) + 1, at(figure))

  it.each([
    ['28.6亿元', '2021-2025'],
    ['9家', null],
    ['5000张', null],
    ['1200张', null],
    ['12所', '2021-2025'],
    ['3条', '2021-2025'],
  ])('%s', (figure, period) => {
    const s = periodScopes(text, 2025)
    expect(periodAt(s, at(figure), clauseOf(figure))).toBe(period)
  })

  it.each([
    ['达到', null],
    ['提高到', null],
    // the second end of a change after any verb of lang/changes
    ['压降至', null],
    ['增长到', null],
    ['缩短至', null],
    ['保持', null],
    ['保持在', null],
    ['稳定在', null],
    ['控制在', null],
    ['为', null],
    ['化解率', null],
    ['占比', null],
    ['比重 ', null],
    ['累计达到', '2021-2025'],
    ['共为', '2021-2025'],
    ['比2020年增长', null],
    ['较2020年底提高了', null],
    ['比 2020 年末下降', null],
    // every verb of a change (lang/changes), not only the plain ones
    ['比2020年压减', null],
    ['比2020年缩小', null],
    ['比2020年净增', null],
    ['比2020年增长的基础上又完成', '2021-2025'],
    ['完成', '2021-2025'],
  ])('after “%s”', (clause, period) => {
    const s = [{ from: 0, to: 10, period: { from: 2021, to: 2025 } }]
    expect(periodAt(s, 3, clause)).toBe(period)
  })

  it('only inside the stretch, its end excluded', () => {
    const s = [{ from: 5, to: 10, period: { from: 2021, to: 2025 } }]
    expect([4, 5, 9, 10].map((at) => periodAt(s, at, '投入'))).toEqual([null, '2021-2025', '2021-2025', null])
  })
})

describe('the size of one thing built inside a span is no total over it', () => {
  const read = (text: string) => findFigures(text, { year: 2025 }).map((f) => [f.value, f.unit, f.period ?? ''])
  it.each([
    // a library's floor area, a greenway's length, a reservoir's capacity (文化, 住建, 水利)
    [
      '“十四五”期间，全县累计投入资金1.86亿元，建成建筑面积1.2万平方米的县图书馆新馆。',
      [
        ['1.86', '亿元', '2021-2025'],
        ['1.2', '万平方米', ''],
      ],
    ],
    ['“十四五”期间，新建全长12公里的滨河绿道。', [['12', '公里', '']]],
    ['五年来，建成库容860万立方米的中型水库。', [['860', '万立方米', '']]],
    // many built, their sizes added, or a length built without a thing after it: a total
    ['“十四五”期间，累计建成面积1.2万平方米的保障性住房。', [['1.2', '万平方米', '2021-2025']]],
    ['“十四五”期间，新建农村公路长度326公里。', [['326', '公里', '2021-2025']]],
  ] as const)('%s', (text, figures) => expect(read(text)).toEqual(figures))
})

describe('a breakdown (其中……) keeps the years of the whole it breaks down', () => {
  const read = (text: string) => findFigures(text, { year: 2025 }).map((f) => [f.value, f.unit, f.period ?? ''])
  it.each([
    // the parts of a level reached at the end of the span are levels (人才, 养老, 卫健)
    [
      '五年来，全县人才总量由2020年底的4.12万人增加到2025年底的5.86万人，其中党政人才0.42万人、专业技术人才2.15万人。',
      [
        ['4.12', '万人', ''],
        ['5.86', '万人', ''],
        ['0.42', '万人', ''],
        ['2.15', '万人', ''],
      ],
    ],
    [
      '“十四五”期间，全市养老床位由2.1万张增加到3.4万张，其中护理型床位1.9万张。',
      [
        ['2.1', '万张', ''],
        ['3.4', '万张', ''],
        ['1.9', '万张', ''],
      ],
    ],
    // the parts of a total over the span are totals over it (人才, 教育)
    [
      '“十四五”期间累计引进各类人才3,268名，其中博士46名、硕士512名。',
      [
        ['3268', '名', '2021-2025'],
        ['46', '名', '2021-2025'],
        ['512', '名', '2021-2025'],
      ],
    ],
    // a part said with a verb of a total is one, whatever its whole (卫健)
    [
      '五年来，全市医疗机构由120家增加到156家，其中新建社区卫生服务中心12家。',
      [
        ['120', '家', ''],
        ['156', '家', ''],
        ['12', '家', '2021-2025'],
      ],
    ],
  ] as const)('%s', (text, figures) => expect(read(text)).toEqual(figures))
})

describe('a clause that singles one year out of the span ends its reach', () => {
  it.each([
    // 人才, 交通, 农业: 仅, 单是, 光是 that year
    ['“十四五”期间累计投入人才资金1.18亿元，仅2025年就兑现补贴2,150万元。', '累计投入人才资金1.18亿元'],
    ['五年来，全县累计新改建农村公路1,020公里，单是2024年就新建326公里。', '，全县累计新改建农村公路1,020公里'],
    ['“十四五”以来，累计建成高标准农田12万亩，光是2025年就建成3.2万亩。', '，累计建成高标准农田12万亩'],
  ])('%s', (text, reach) => {
    expect(scopes(text, 2025).map((s) => s[0])).toEqual([reach])
  })
  it.each([
    // 农业农村, 教育, 民政, 水利: the year spoken of or the one before, named by a word, not its number
    ['“十四五”以来，全县累计完成农村户厕改造3.26万户，其中今年完成4,850户。', '，全县累计完成农村户厕改造3.26万户'],
    ['五年来，全县累计新建幼儿园18所，今年新建4所。', '，全县累计新建幼儿园18所'],
    ['“十四五”期间累计建成养老服务中心26个，其中当年建成7个。', '累计建成养老服务中心26个'],
    ['五年来累计治理水土流失面积86平方公里，去年治理18平方公里。', '累计治理水土流失面积86平方公里'],
    ['五年来，全县累计投入资金3.2亿元，今年以来新增投入0.6亿元。', '，全县累计投入资金3.2亿元'],
  ])('%s', (text, reach) => {
    expect(scopes(text, 2025).map((s) => s[0])).toEqual([reach])
  })
  it('not a 仅 that limits a figure of the span', () => {
    expect(scopes('五年来，全县累计投入资金3.2亿元，仅占预算的12%。', 2025).map((s) => s[0])).toEqual([
      '，全县累计投入资金3.2亿元，仅占预算的12%',
    ])
  })
})
