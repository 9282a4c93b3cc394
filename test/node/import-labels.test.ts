/**
 * The pieces a label is made of, exactly: the name of a second measure of one thing, the total of
 * what was just counted, the items of a 分别 list, the noun after a count, the words stripped before
 * and after a label, and which words before a count make it one of the noun after.
 */
import { readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { findFigures, importText } from '../../src/core/import'
import {
  classRateOwner,
  cleanLabel,
  endsInCause,
  listItems,
  measureName,
  nounAfter,
  outcomeAfter,
  renamedMeasure,
  stripLead,
  totalOf,
  wantsNounAfter,
  whichOfSet,
} from '../../src/core/import/labels'
import { slotsOf } from '../../src/core/outline'
import { fixture } from './helpers'

describe('two measures of one thing', () => {
  it.each([
    ['支付工伤保险待遇', '人次', '支付工伤保险待遇人次'],
    ['办理', '名', '办理人数'],
    ['培训', '人', '培训人数'],
    ['新增', '户', '新增户数'],
    ['发放', '万元', '发放金额'],
    ['收入', '亿美元', '收入金额'],
    ['建成', '公里', '建成公里'],
  ])('%s in %s is named %s', (label, unit, name) => {
    expect(measureName(label, unit)).toBe(name)
  })

  it.each([
    ['人次', '万元', 'first'],
    ['万元', '人次', 'second'],
    ['人', '户', 'second'],
    ['万元', '公里', 'second'],
  ] as const)('of %s then %s, the %s takes the longer name', (first, second, which) => {
    expect(renamedMeasure(first, second)).toBe(which)
  })
})

describe('a bare total after a count of new things', () => {
  it.each([
    ['新增规上工业企业', '总数', '规上工业企业总数'],
    ['规上工业企业新增', '总量', '规上工业企业总量'],
    ['新认定高新技术企业', '总数', '高新技术企业总数'],
    ['规上工业企业', '总数', '总数'],
  ])('%s, then %s', (prev, total, label) => {
    expect(totalOf(prev, total)).toBe(label)
  })
})

describe('the items of a 分别 list', () => {
  it.each([
    ['机电产品、农产品出口额', 2, ['机电产品出口额', '农产品出口额']],
    ['婴儿死亡率、5岁以下儿童死亡率', 2, ['婴儿死亡率', '5岁以下儿童死亡率']],
    ['失业保险金和临时生活补助', 2, ['失业保险金', '临时生活补助']],
    ['失业保险金和临时生活补助', 3, ['失业保险金和临时生活补助']],
    ['国家级、省级农业产业化龙头企业', 2, ['国家级农业产业化龙头企业', '省级农业产业化龙头企业']],
    ['城乡居民人均可支配收入', 2, ['城镇居民人均可支配收入', '农村居民人均可支配收入']],
    ['城乡低保', 2, ['城市低保', '农村低保']],
    ['中小学', 2, ['中学', '小学']],
    ['中小学', 3, ['中小学']],
    ['到市赴省进京上访批次', 3, ['到市上访批次', '赴省上访批次', '进京上访批次']],
    ['进京赴省上访', 2, ['进京上访', '赴省上访']],
    ['到市赴省进京上访批次', 2, ['到市赴省进京上访批次']],
    ['刑事、民事、行政案件', 3, ['刑事案件', '民事案件', '行政案件']],
    ['最高、最低气温预报准确率', 2, ['最高气温预报准确率', '最低气温预报准确率']],
    ['城镇、农村居民人均可支配收入', 2, ['城镇居民人均可支配收入', '农村居民人均可支配收入']],
    [
      '职工医保和城乡居民医保政策范围内住院费用报销比例',
      2,
      ['职工医保政策范围内住院费用报销比例', '城乡居民医保政策范围内住院费用报销比例'],
    ],
    ['职工医保、城乡居民医保参保率', 2, ['职工医保参保率', '城乡居民医保参保率']],
    ['普及率、巩固率', 2, ['普及率', '巩固率']],
    // an exam's line shared by the schools or kinds listed (教育 中考, 高考, 人社 招考); roads are no line
    ['县一中、县二中录取分数线', 2, ['县一中录取分数线', '县二中录取分数线']],
    ['普通类、艺术类本科录取线', 2, ['普通类本科录取线', '艺术类本科录取线']],
    ['综合管理类、专业技术类笔试合格分数线', 2, ['综合管理类笔试合格分数线', '专业技术类笔试合格分数线']],
    ['高速公路、国省干线', 2, ['高速公路', '国省干线']],
    ['甲', 0, ['甲']],
    ['', 0, []],
  ] as const)('%s (%i figures)', (subject, count, items) => {
    expect(listItems(subject, count)).toEqual(items)
  })
})

describe('the noun after a count', () => {
  it.each([
    ['被征地农民缴交了养老保险费', '被征地农民'],
    ['以上退役军人实现就业', '退役军人'],
    ['以上', ''],
    ['行政村和8个社区', '行政村'],
    ['国、省控断面', '国、省控断面'],
    ['县（区）推进', '县（区）推进'],
    ['的农民', '农民'],
    ['企业，同比增长', '企业'],
    ['、省级龙头企业', ''],
    ['', ''],
    // a change's first end opens: the count is of the words before 的 (街道, 卫健)
    ['小区的投放点由上年的386个优化为215个', '小区'],
    ['乡镇的卫生院床位由2020年的860张增加到1,120张', '乡镇'],
    ['社区由上年的12个增加到15个', '社区'],
    // a modal opens the predicate: no noun said (商务, 水利, 财政); 必需品 is a noun
    ['必须在12月20日前全部兑付到位', ''],
    ['务必在主汛期前完成除险加固', ''],
    ['应当在年底前全部清零', ''],
    ['必需品储备点', '必需品储备点'],
    // where those counted stand now, or what most of them are (督察整改, 发改, 信访, 住建)
    ['问题正在加快推进', '问题'],
    ['项目尚未开工建设', '项目'],
    ['信访积案仍在化解之中', '信访积案'],
    ['问题多为历史遗留矿山修复', '问题'],
    ['老旧小区大多为上世纪八十年代建成', '老旧小区'],
    // a deed not done, with no noun of its own: the deed, its verb kept (深改委, 发改, 督察整改)
    ['没有按期完成，有的部门满足于出台文件', '没有按期完成'],
    ['仍未实现开工', '仍未实现开工'],
    ['尚未整改到位', '尚未整改到位'],
    ['未成年人得到救助', '未成年人'],
  ])('after the count: %s', (rest, noun) => {
    expect(nounAfter(rest)).toBe(noun)
  })

  it('those counted and what they did, after a verb of causing', () => {
    expect(outcomeAfter('名退役军人实现就业，另有')).toBe('名退役军人实现就业')
    expect(outcomeAfter('以上退役军人实现就业')).toBe('退役军人实现就业')
    expect(outcomeAfter(`名${'字'.repeat(25)}`)).toBe(nounAfter(`名${'字'.repeat(25)}`))
    // what they did ends where a figure of its own starts; a bound on those counted is no figure
    expect(outcomeAfter('农民工追回工资2380万元，结案率达到100%')).toBe('农民工追回工资')
    expect(outcomeAfter('35岁以下青年实现就业')).toBe('35岁以下青年实现就业')
    expect(outcomeAfter('3岁以下婴幼儿家庭领取补贴96万元')).toBe('3岁以下婴幼儿家庭领取补贴')
  })
})

describe('the words around a label', () => {
  it.each([
    ['”等各项补贴', '各项补贴'],
    ['及时受理率', '及时受理率'],
    ['及格率', '及格率'],
    ['和谐社区', '和谐社区'],
    ['和美乡村', '和美乡村'],
    ['与会代表', '与会代表'],
    ['等级公路比例', '等级公路比例'],
    ['等待时间', '等待时间'],
    ['、及和等与新增', '新增'],
    ['  全年新增就业 ', '新增就业'],
    // The owner before 现有/目前 is the scope (held-out 70: 中心现有干部职工104人 … 104名干部职工).
    ['中心现有干部职工', '干部职工'],
    ['我局目前在编人员', '在编人员'],
    ['全县现有A级旅游景区', 'A级旅游景区'],
    ['发现有安全隐患的企业', '发现有安全隐患的企业'],
    ['表现有突出贡献的集体', '表现有突出贡献的集体'],
    ['全年兑现有关惠企政策资金', '兑现有关惠企政策资金'],
    ['落实现有关爱政策', '落实现有关爱政策'],
  ])('%s', (before, label) => {
    expect(stripLead(before)).toBe(label)
    expect(cleanLabel(before)).toBe(label)
  })

  it.each([
    ['“减、降、免”等各项补贴', '各项补贴'],
    ['抽检量达到每千人', '每千人抽检量'],
    ['全年实现城镇新增就业', '城镇新增就业'],
    ['字'.repeat(30), '字'.repeat(20)],
  ])('cleaned: %s', (before, label) => {
    expect(cleanLabel(before)).toBe(label)
  })

  it.each([
    ['推动', true, true],
    ['引导全县', true, true],
    ['组织', true, false],
    ['对全县', true, false],
    ['和', true, false],
    ['覆盖全部', true, false],
    ['县城污水处理厂扩建等', true, false],
    ['每个乡镇', true, false],
    ['各社区', true, false],
    ['新增就业', false, false],
    ['完成投资', false, false],
    // a verb of reach alone with its scope: what it reaches is the noun after (商务, 邮政, 医保)
    ['覆盖全县', true, false],
    ['惠及全市', true, false],
    ['覆盖率', false, false],
    // 明确, 确定, 指定 a number of people or places (商务, 应急, 民政)
    ['各乡镇要明确', true, false],
    ['每个村确定', true, false],
    ['指定', true, false],
    ['明确目标', false, false],
    // 抽调, 选调 people (卫健 体检组, 纪委 巡察组, 统计 普查员); a verb with the place one answers for
    // (公安 督促辖区内网点, 应急 检查本辖区企业, 市场监管 引导所在辖区商户)
    ['县人民医院要抽调', true, false],
    ['从县直单位选调', true, false],
    ['县纪委抽派', true, false],
    ['县通信行业管理部门要督促辖区内', true, true],
    ['各乡镇要检查本辖区', true, false],
    ['各市场监管所要引导所在辖区', true, true],
    ['辖区内企业', false, false],
    // 组成, 派出 groups of people (林业 督导组, 市场监管 检查组, 卫健 医疗队); not a 派出所 or 组成部分
    ['县指挥部将组成', true, false],
    ['市局将派出', true, false],
    ['县卫健局派出', true, false],
    ['全县派出所', false, false],
    ['重要组成部分', false, false],
  ])('%s: wants the noun after %s, a verb of causing %s', (label, wants, cause) => {
    expect([wantsNounAfter(label), endsInCause(label)]).toEqual([wants, cause])
  })
})

describe('a bare rate that names the class it counts', () => {
  it('is the rate of that class counted earlier in its sentence', () => {
    expect(classRateOwner('结案率', ['办理欠薪投诉案件', '农民工追回工资人数', '农民工追回工资'])).toBe(
      '办理欠薪投诉案件',
    )
    // the class just before it: the usual bare rate (prev + rate) already names it
    expect(classRateOwner('结案率', ['罚没款项', '立案查处违法案件'])).toBe(null)
    // a rate that names no class, or no class counted
    expect(classRateOwner('办结率', ['受理信访案件', '追回工资'])).toBe(null)
    expect(classRateOwner('结案率', ['追回工资人数', '追回工资'])).toBe(null)
  })
})

describe('no label holds a figure', () => {
  const corpus = readdirSync(fileURLToPath(new URL('../fixtures/corpus/', import.meta.url)))
    .filter((name) => name.endsWith('.txt'))
    .map((name) => `corpus/${name}`)
  // A figure written into a label ("农民工追回工资2380万元") names last year's number for ever:
  // the label outlives the figure, and next year's CSV row does not match it.
  // The reader itself says what a figure is: a bound on what is counted ("年收入10万元以上的村",
  // "6个月内开工率") is none.
  it.each(['zj-district-2026.txt', ...corpus])('%s', (name) => {
    const labels = new Set(slotsOf(importText(fixture(name)).doc).map((s) => s.attrs.label))
    const holding = [...labels].filter((label) => findFigures(label).some((f) => f.role === 'metric'))
    expect(holding).toEqual([])
  })
})

describe('the level a target change reaches', () => {
  // Tryout 9: "力争社会消费品零售总额增长6%，达到136亿元" stored 136 as 社会消费品零售总额增长金额,
  // so the metric had no 2027 target under its own name.
  it('is stored under the metric itself, as its target', () => {
    const slots = slotsOf(importText(fixture('commerce-reach-2027.txt')).doc)
      .filter((s) => s.partKind === 'tasks')
      .map((s) => [s.attrs.label, s.attrs.value, s.attrs.unit, s.attrs.kind, s.attrs.year])
    expect(slots).toEqual([
      ['社会消费品零售总额增长', '6', '%', 'target', 2027],
      ['社会消费品零售总额', '136', '亿元', 'target', 2027],
      ['外贸进出口总额增长', '7', '%', 'target', 2027],
      ['外贸进出口总额', '25', '亿元', 'target', 2027],
      ['网络零售额增长', '10', '%', 'target', 2027],
      ['网络零售额', '20.6', '亿元', 'target', 2027],
    ])
  })
})

describe('which of a set a count counts, said before it', () => {
  it.each([
    ['未完成的', '未完成'],
    ['全县尚未开工的', '尚未开工'],
    ['仍未销号的', '仍未销号'],
    // no set: a negated verb without its 的, the rest of a class, or no such words
    ['今年未发生', ''],
    ['剩余', ''],
    ['完成', ''],
  ])('%s → %s', (raw, words) => expect(whichOfSet(raw)).toBe(words))

  const labels = (text: string) => findFigures(text, { year: 2025 }).map((f) => f.label)
  it.each([
    // 督察整改, 发改, 信访, 住建: those not yet done are what is counted; the rest of a class, the class
    ['截至9月底，已完成整改31个，剩余7个问题正在加快推进。', ['完成整改', '问题']],
    ['一是攻坚难度加大。未完成的7个问题多为历史遗留矿山修复。', ['未完成问题']],
    ['全县重点项目86个，已开工82个，尚未开工的4个项目要倒排工期。', ['重点项目', '开工', '尚未开工项目']],
    ['全年受理信访积案126件，已化解118件，仍未化解的8件积案正在攻坚。', ['受理信访积案', '化解', '仍未化解积案']],
  ])('%s', (text, want) => expect(labels(text)).toEqual(want))
})

describe('a deadline before what is counted, and the 要 that asks it', () => {
  it.each([
    ['6月底前去向落实率要达到', '去向落实率'],
    ['5月31日前小麦机收率要达到', '小麦机收率'],
    ['8月10日（星期一）前兵役登记率达到', '兵役登记率'],
    ['到10月15日前秋播面积', '秋播面积'],
    ['年底前税收收入要完成', '税收收入'],
    // 要 inside a word stays: 主要, 重要, 需要, 必要
    ['主要农作物耕种收综合机械化率', '主要农作物耕种收综合机械化率'],
    ['重要', '重要'],
    ['需要', '需要'],
  ])('%s → %s', (before, label) => expect(cleanLabel(before)).toBe(label))

  const labels = (text: string) => findFigures(text, { year: 2026 }).map((f) => f.label)
  it.each([
    // 高校就业, 农业, 征兵: the steps of a timetable, each the same metric
    ['6月底前去向落实率要达到75%以上，8月底前达到90%以上。', ['去向落实率', '去向落实率']],
    ['5月31日前小麦机收率要达到60%，6月10日前达到95%以上。', ['小麦机收率', '小麦机收率']],
    ['8月10日（星期一）前兵役登记率达到100%。', ['兵役登记率']],
  ])('%s', (text, want) => expect(labels(text)).toEqual(want))
})
