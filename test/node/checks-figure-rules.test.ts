/**
 * The figure rules (figure-rules.ts) read exactly: which slot each finding points at, its message
 * and its severity, on speeches built in one line.
 */
import type { Node as PMNode } from 'prosemirror-model'
import { describe, expect, it } from 'vitest'
import { checkDocument } from '../../src/core/checks/engine'
import { slotAttrs, type SlotAttrs } from '../../src/core/schema'
import { slotReading } from '../../src/core/text'
import { closing, doc, fig, greeting, h2, opening, p, part, person, title } from './build'

/** A speech reviewing 2025 and planning 2026 with these paragraphs in the review (and the tasks). */
const speech = (review: PMNode[], tasks: PMNode[] = [p('确保完成全年目标任务。')]) =>
  doc(
    { reviewYear: 2025, planYear: 2026 },
    title('讲话'),
    greeting('同志们：'),
    opening(p('今天召开会议。')),
    part({ kind: 'review' }, h2('2025年工作回顾'), ...review),
    part({ kind: 'tasks' }, h2('2026年工作任务'), ...tasks),
    closing(p('同志们，谢谢！')),
  )

/** Each finding of the rule: [the slot as read, message, severity]. */
function findings(d: PMNode, rule: string) {
  return checkDocument(d)
    .filter((f) => f.rule === rule)
    .map((f) => [d.textBetween(f.from, f.to, '\n', (n) => slotReading(slotAttrs(n))), f.message, f.severity])
}

const text = (label: string, value: string | null) => fig(label, value, '', { role: 'text' })
const field = (label: string, value: string | null) => fig(label, value, '', { role: 'field' })

describe('a slot still to fill, in a draft', () => {
  it('names what is missing, by the kind of slot', () => {
    const d = speech([
      p(
        '新增就业',
        fig('新增就业', null, '人'),
        '，增幅',
        fig('增幅', null, ''),
        '，由',
        person('负责人', null),
        '牵头。',
      ),
      p('围绕', text('主题', null), '，在', field('会议地点', null), '召开，培训', fig('培训', '1200', '人次'), '。'),
    ])
    expect(findings(d, 'empty-slot')).toEqual([
      ['＿＿人', '“新增就业”（人）还没有填写。', 'error'],
      ['＿＿', '“增幅”（数值）还没有填写。', 'error'],
      ['＿＿', '人名“负责人”还没有填写。', 'error'],
      ['＿＿', '“主题”还没有填写。', 'error'],
      ['＿＿', '会议信息“会议地点”还没有填写：请在会议记录里填写，或把这里改写成文字。', 'error'],
    ])
    expect(findings(d, 'placeholder-text')).toEqual([])
  })
  it('is still a draft when as many figures are empty as filled', () => {
    const d = speech([p('新增就业', fig('新增就业', '3250', '人'), '，培训', fig('培训', null, '人次'), '。')])
    expect(findings(d, 'empty-slot')).toEqual([['＿＿人次', '“培训”（人次）还没有填写。', 'error']])
    expect(findings(d, 'placeholder-text')).toEqual([])
  })
})

describe('an empty slot in a speech whose figures are mostly filled', () => {
  it('is a placeholder left behind', () => {
    const d = speech([
      p('新增就业', fig('新增就业', '3250', '人'), '，培训', fig('培训', '1200', '人次'), '。'),
      p(
        '新设企业',
        fig('新设企业', null, '家'),
        '，增幅',
        fig('增幅', null, ''),
        '，由',
        person('负责人', null),
        '牵头。',
      ),
      p('新增', fig('新增', '12', '个'), '，建成', fig('建成', '8', '个'), '。'),
    ])
    expect(findings(d, 'placeholder-text')).toEqual([
      ['＿＿家', '“新设企业”这里还是占位符，其他数字都已填好，请填上实际数字（家）。', 'error'],
      ['＿＿', '“增幅”这里还是占位符，其他数字都已填好，请填上实际数字（数值）。', 'error'],
      ['＿＿', '这里还是占位符，请填上“负责人”的姓名。', 'error'],
    ])
    expect(findings(d, 'empty-slot')).toEqual([])
  })
})

describe('a rate over 100%', () => {
  const rate = (label: string, value: string, more: Partial<SlotAttrs> = {}) =>
    findings(speech([p(label, fig(label, value, more.unit ?? '%', more), '。')]), 'rate-over-100')

  it('is flagged for a rate or a share, with its value', () => {
    expect(rate('家庭医生重点人群签约率', '112.5')).toEqual([
      ['112.5%', '“家庭医生重点人群签约率”是 112.5%，超过了 100%，请核实。', 'warning'],
    ])
    for (const label of ['民生支出占比', '二产比重', '党员比例', '项目进度', '医保覆盖面', '群众满意度', '女性占'])
      expect(rate(label, '100.1').map((f) => f[0])).toEqual(['100.1%'])
    expect(rate('教育支出占一般公共预算支出', '102.4').map((f) => f[0])).toEqual(['102.4%'])
  })
  it('is not flagged at 100% or below, nor for what is not a rate', () => {
    expect(rate('结案率', '100')).toEqual([])
    expect(rate('结案率', '99.9')).toEqual([])
    expect(rate('增长', '112.5')).toEqual([])
    expect(rate('签约率', '112.5', { unit: '个' })).toEqual([])
    expect(rate('签约率', '112.5', { role: 'text' })).toEqual([])
  })
  it('is not flagged for a plan done beyond itself', () => {
    for (const label of ['投资占市下达任务', '收入占年初预算', '占年度计划', '占目标', '占省定要求'])
      expect(rate(label, '118')).toEqual([])
  })
  it('is not flagged for the cover a regulator wants at 100% or more', () => {
    for (const label of [
      '拨备覆盖率',
      '不良贷款拨备覆盖率',
      '流动性覆盖率',
      '净稳定资金比例',
      '综合偿付能力充足率',
      '核心偿付能力充足率',
    ])
      expect(rate(label, '218.6')).toEqual([])
  })
  it('is flagged for the coverage of people or places and for a bank’s capital ratio', () => {
    for (const label of ['资本充足率', '医保覆盖率', '5G网络覆盖率', '家庭医生签约覆盖率', '覆盖率'])
      expect(rate(label, '134.2').map((f) => f[0])).toEqual(['134.2%'])
  })
  it('is not flagged for a rate still empty', () => {
    const d = speech([
      p('签约率', fig('签约率', null, '%'), '，新增', fig('新增', '3', '个'), fig('新增', '3', '个'), '。'),
    ])
    expect(findings(d, 'rate-over-100')).toEqual([])
  })
})

describe('one figure, two values', () => {
  const twice = (a: PMNode[], b: PMNode[] = []) => findings(speech(a, b.length ? b : undefined), 'inconsistent-figure')

  it('points at the second value and says both', () => {
    const d = speech([
      p('发放贷款', fig('创业担保贷款', '1.2', '亿元'), '。'),
      p('其中，发放贷款', fig('创业担保贷款', '1.5', '亿元'), '。'),
    ])
    const found = checkDocument(d).filter((f) => f.rule === 'inconsistent-figure')
    expect(found.map((f) => [f.message, f.excerpt, f.severity])).toEqual([
      ['“创业担保贷款”前面写的是1.2亿元，这里是1.5亿元，前后不一致。', '创业担保贷款1.5亿元', 'warning'],
    ])
    expect(d.textBetween(found[0].from, found[0].to, '', (n) => slotReading(slotAttrs(n)))).toBe('1.5亿元')
  })
  it('compares values in the base unit', () => {
    expect(twice([p(fig('贷款余额', '1.2', '亿元'), '，', fig('贷款余额', '12000', '万元'), '。')])).toEqual([])
    expect(twice([p(fig('工业产值', '30.68', '亿元'), '，', fig('工业产值', '306800', '万元'), '。')])).toEqual([])
    expect(twice([p(fig('常住人口', '3.2', '万人'), '，', fig('常住人口', '32000', '人'), '。')])).toEqual([])
    expect(
      twice([p(fig('贷款余额', '1.2', '亿元'), '，', fig('贷款余额', '12001', '万元'), '。')]).map((f) => f[0]),
    ).toEqual(['12001万元'])
  })
  it('is one figure whatever the spaces, 同比 or total word in its name', () => {
    const cases: [string, string][] = [
      ['粮食 总产量', '粮食总产量'],
      ['粮食总产量同比增长', '粮食总产量增长'],
      ['粮食总产量比上年增长', '粮食总产量增长'],
      ['经营主体总量', '经营主体'],
      ['经营主体数量', '经营主体'],
    ]
    for (const [a, b] of cases)
      expect(twice([p(fig(a, '3.2', '%'), '，', fig(b, '2.3', '%'), '。')]).map((f) => f[1])).toEqual([
        `“${b}”前面写的是3.2%，这里是2.3%，前后不一致。`,
      ])
  })
  it('is two figures when the kind, the year, the span or the base unit differ', () => {
    const pair = (a: Partial<SlotAttrs>, b: Partial<SlotAttrs>, ua = '人', ub = '人') =>
      twice([p(fig('新增就业', '3250', ua, a), '，', fig('新增就业', '3300', ub, b), '。')])
    expect(pair({ kind: 'actual' }, { kind: 'target' })).toEqual([])
    expect(pair({ year: 2024 }, { year: 2025 })).toEqual([])
    expect(pair({ period: null }, { period: '2021-2025' })).toEqual([])
    expect(pair({}, {}, '人', '人次')).toEqual([])
    expect(pair({ year: 2025 }, { year: 2025 }).map((f) => f[0])).toEqual(['3300人'])
  })
  it('leaves names, text slots and empty figures alone', () => {
    expect(twice([p(person('负责人', '张三'), '，', person('负责人', '李四'), '。')])).toEqual([])
    expect(twice([p(text('主题', '甲'), '，', text('主题', '乙'), '。')])).toEqual([])
    expect(
      twice([p(fig('新增就业', null, '人'), '，', fig('新增就业', '3250', '人'), '，', fig('新增就业', null, '人'))]),
    ).toEqual([])
  })
  it('compares across parts, pointing into the later one', () => {
    const found = twice(
      [p('农产品网络零售额', fig('农产品网络零售额', '12.4', '亿元'), '。')],
      [p('农产品网络零售额在上年', fig('农产品网络零售额', '12.6', '亿元'), '的基础上增长10%左右。')],
    )
    expect(found).toEqual([
      ['12.6亿元', '“农产品网络零售额”前面写的是12.4亿元，这里是12.6亿元，前后不一致。', 'warning'],
    ])
  })
  it('does not take the first end of a change for the figure, whatever its year was read as', () => {
    const ratio = (v: string) => fig('资产负债率', v, '%')
    for (const when of ['由上年末的', '由年初的', '从去年底的', '由改革前的', '由'])
      expect(twice([p(`资产负债率${when}`, ratio('64.7'), '降至', ratio('63.2'), '。')])).toEqual([])
    // The second end is the year's figure, held to the same figure said again.
    expect(
      twice([p('资产负债率由上年末的', ratio('64.7'), '降至', ratio('63.2'), '。年末资产负债率', ratio('62.3'), '。')]),
    ).toEqual([['62.3%', '“资产负债率”前面写的是63.2%，这里是62.3%，前后不一致。', 'warning']])
    // Not joined as a change's two ends: one figure said twice.
    expect(twice([p('资产负债率为', ratio('64.7'), '，资产负债率降至', ratio('63.2'), '。')]).map((f) => f[0])).toEqual(
      ['63.2%'],
    )
    expect(twice([p('资产负债率', ratio('64.7'), '降至', ratio('63.2'), '。')]).map((f) => f[0])).toEqual(['63.2%'])
  })
  it('does not take a threshold passed for the figure', () => {
    const gdp = (v: string) => fig('地区生产总值', v, '亿元')
    for (const passed of ['突破', '超过', '迈上', '跨越', '跨过', '站上', '突破了'])
      expect(twice([p(`全县地区生产总值${passed}`, gdp('300'), '，达到', gdp('306.8'), '。')])).toEqual([])
    expect(twice([p('突破', gdp('300'), '，达到', gdp('306.8'), '。')])).toEqual([])
    expect(twice([p('全县地区生产总值突破', gdp('300'), '大关，为', gdp('306.8'), '。')])).toEqual([])
    expect(twice([p('全县地区生产总值突破', gdp('300'), '关口,至', gdp('306.8'), '。')])).toEqual([])
    expect(twice([p('全县地区生产总值突破', gdp('300'), '实现', gdp('306.8'), '。')])).toEqual([])
    // A threshold not followed by the value, or a value not after a threshold, is the figure.
    expect(twice([p('地区生产总值突破', gdp('300'), '。地区生产总值', gdp('306.8'), '。')]).map((f) => f[0])).toEqual([
      '306.8亿元',
    ])
    expect(twice([p('地区生产总值为', gdp('300'), '，达到', gdp('306.8'), '。')]).map((f) => f[0])).toEqual([
      '306.8亿元',
    ])
    expect(twice([p('地区生产总值突破', gdp('300'), '，全年累计达到', gdp('306.8'), '。')]).map((f) => f[0])).toEqual([
      '306.8亿元',
    ])
  })
  it('reads a 分别 list as one figure per place', () => {
    const down = (v: string) => fig('上访批次', v, '%')
    expect(twice([p('上访批次分别下降', down('18.2'), '、', down('21.5'), '和', down('36.4'), '。')])).toEqual([])
    expect(
      twice([
        p(
          '上访批次分别下降',
          down('18.2'),
          '和',
          down('21.5'),
          '，信访总量持续下降，群众满意度稳步提升，社会大局保持和谐稳定。',
        ),
      ]),
    ).toEqual([])
    expect(
      twice([
        p('上访批次分别下降', down('18.2'), '和', down('21.5'), '。'),
        p('上访批次分别下降', down('18.2'), '和', down('25.1'), '。'),
      ]),
    ).toEqual([['25.1%', '“上访批次”前面写的是21.5%，这里是25.1%，前后不一致。', 'warning']])
    // Out of a list (after its sentence ends), a figure is the list's label alone.
    expect(
      twice([
        p('上访批次下降', down('20'), '。'),
        p('上访批次分别下降', down('18.2'), '和', down('21.5'), '。上访批次下降', down('25'), '。'),
      ]).map((f) => f[0]),
    ).toEqual(['25%'])
  })
})

// Tryout 8 (B8): a CSV's -1.2 filled after 下降 printed “近视率下降-1.2个百分点”, and no check said so.
describe('a minus sign after a verb that says the direction (signed-change)', () => {
  it('is an error after a fall, in a filled slot or typed before one, and says what to write', () => {
    const d = speech([
      p('学生体质健康测试近视率下降', fig('近视率下降', '-1.2', '个百分点'), '。'),
      p('生产安全事故比上年减少-', fig('生产安全事故减少', '3', '起'), '。'),
      p('农村居民人均可支配收入下降', fig('人均可支配收入下降', '1.5', '%'), '。'),
    ])
    expect(findings(d, 'signed-change')).toEqual([
      [
        '下降-1.2个百分点',
        '“下降-1.2”读起来方向是反的：“下降”已说了方向，后面的数不带负号。确实下降了就写“下降1.2”；其实是反方向，就改写成“上升1.2”。',
        'error',
      ],
      [
        '减少-3起',
        '“减少-3”读起来方向是反的：“减少”已说了方向，后面的数不带负号。确实减少了就写“减少3”；其实是反方向，就改写成“增加3”。',
        'error',
      ],
    ])
  })

  it('is quiet after a rise (增长-8.6%, a statistical bulletin’s way, which speeches copy) and without a verb', () => {
    const d = speech([
      p('规模以上工业增加值增长', fig('规模以上工业增加值增长', '-3.2', '%'), '。'),
      p('全年平均气温', fig('平均气温', '-3.5', '℃'), '，增速为', fig('增速', '-3.2', '%'), '。'),
    ])
    expect(findings(d, 'signed-change')).toEqual([])
  })
})
