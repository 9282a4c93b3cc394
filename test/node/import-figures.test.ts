/**
 * Figures read in context, exactly: how far back a label reaches past a bracketed aside, the total
 * of a list just read, the two ends of changes sharing a named start, and a figure said again
 * later in the speech, named as it was first said (in the same part, or the review's).
 */
import { describe, expect, it } from 'vitest'
import { FigureReader, findFigures } from '../../src/core/import'
import { figureSlot } from '../../src/core/import/figure-slot'
import { DEED_OF_PART } from '../../src/core/import/figures'

/** Each figure as [label, value, unit, its own year or '', its period or '']. */
const read = (text: string) =>
  findFigures(text, { year: 2025 }).map((f) => [f.label, f.value, f.unit, f.year ?? '', f.period ?? ''])

describe('how far back a label reaches', () => {
  it.each([
    // a short aside is reached past, and one on how the figure is counted is no part of the label
    ['城镇新增就业（含灵活就业）3250人', [['城镇新增就业', '3250', '人', '', '']]],
    ['全年实现税收收入（不含土地出让）12亿元', [['税收收入', '12', '亿元', '', '']]],
    // an alternative name of the thing is
    ['乡镇（街道）综合文化站达到18个', [['乡镇（街道）综合文化站', '18', '个', '', '']]],
    // 明确, 确定 a number of people: those named after (商务, 应急), not the verb
    ['各乡镇要明确1名联络员，负责政策宣传', [['联络员', '1', '名', '', '']]],
    ['各村要确定2名安全员，负责日常巡查', [['安全员', '2', '名', '', '']]],
    // a verb of reach alone: what it reaches (商务)
    [
      '企业增加到83家，覆盖全县12个乡镇',
      [
        ['企业', '83', '家', '', ''],
        ['乡镇', '12', '个', '', ''],
      ],
    ],
    // a modal after the count: the words before 的 name it (商务)
    ['剩余的942万元必须在12月20日前全部兑付到位', [['剩余', '942', '万元', '', '']]],
    // X中的Y after a verb done to a part (审计, 财政, 医保): the part is what the verb did, the whole the noun
    [
      '审计核减政府投资项目送审金额8.25亿元中的6,850万元',
      [
        ['政府投资项目送审金额', '8.25', '亿元', '', ''],
        ['审计核减政府投资项目送审金额', '6850', '万元', '', ''],
      ],
    ],
    [
      '全年清偿拖欠企业账款3.2亿元中的2.8亿元',
      [
        ['拖欠企业账款', '3.2', '亿元', '', ''],
        ['清偿拖欠企业账款', '2.8', '亿元', '', ''],
      ],
    ],
    [
      '追回医保基金违规金额1,286万元中的1,020万元',
      [
        ['医保基金违规金额', '1286', '万元', '', ''],
        ['追回医保基金违规金额', '1020', '万元', '', ''],
      ],
    ],
    // a long one, or one holding a comma, ends the clause
    ['全县（含经济开发区和高新技术产业园区）新增就业3250人', [['新增就业', '3250', '人', '', '']]],
    ['全县（含开发区，不含园区）新增就业3250人', [['新增就业', '3250', '人', '', '']]],
    ['全县（含开发区、园区）新增就业3250人', [['新增就业', '3250', '人', '', '']]],
    // 46,280: a comma inside a number ends nothing
    [
      '收入1,286.4亿元，增长8%',
      [
        ['收入', '1286.4', '亿元', '', ''],
        ['收入增长', '8', '%', '', ''],
      ],
    ],
  ] as const)('%s', (text, figures) => {
    expect(read(text)).toEqual(figures)
  })
})

describe('the total of a list just read', () => {
  it('is named by its items', () => {
    expect(read('金牌3枚、银牌2枚、铜牌5枚，共10枚').map((f) => f[0])).toEqual([
      '金牌',
      '银牌',
      '铜牌',
      '金牌、银牌、铜牌合计',
    ])
    expect(read('金牌3枚、银牌2枚，合计5枚').map((f) => f[0])).toEqual(['金牌', '银牌', '金牌、银牌合计'])
  })

  it('not after one figure, nor after other words', () => {
    expect(read('金牌3枚，共10枚').map((f) => f[0])).toEqual(['金牌', '金牌'])
    expect(read('金牌3枚、银牌2枚，获奖总数10枚').map((f) => f[0])).toEqual(['金牌', '银牌', '获奖总数'])
  })
})

describe('the two ends of a change', () => {
  it('a change after one that named its start year starts then too', () => {
    expect(read('参保人数由2020年底的12万人增加到15万人，参保率由90%提高到95%')).toEqual([
      ['参保人数', '12', '万人', 2020, ''],
      ['参保人数', '15', '万人', '', ''],
      ['参保率', '90', '%', 2020, ''],
      ['参保率', '95', '%', '', ''],
    ])
  })

  it('but not one in the next sentence', () => {
    expect(read('参保人数由2020年底的12万人增加到15万人。参保率由90%提高到95%')).toEqual([
      ['参保人数', '12', '万人', 2020, ''],
      ['参保人数', '15', '万人', '', ''],
      ['参保率', '90', '%', 2024, ''],
      ['参保率', '95', '%', '', ''],
    ])
  })

  it.each([
    [
      '46个小区的投放点由上年的386个优化为215个',
      [
        ['小区', '46', '个', '', ''],
        ['投放点', '386', '个', 2024, ''],
        ['投放点', '215', '个', '', ''],
      ],
    ],
    [
      '全县12个乡镇的卫生院床位由2020年的860张增加到1,120张',
      [
        ['乡镇', '12', '个', '', ''],
        ['卫生院床位', '860', '张', 2020, ''],
        ['卫生院床位', '1120', '张', '', ''],
      ],
    ],
    [
      '全市126家企业的研发投入由上年的3.2亿元增加到4.1亿元',
      [
        ['企业', '126', '家', '', ''],
        ['研发投入', '3.2', '亿元', 2024, ''],
        ['研发投入', '4.1', '亿元', '', ''],
      ],
    ],
  ] as const)('a count of the places whose level changes, before its first end: %s', (text, figures) => {
    expect(read(text)).toEqual(figures)
  })

  it.each([
    ['地震自动速报时间由上年的平均4.2分钟缩短到2.8分钟', '4.2', '2.8', '分钟'],
    ['群众办事等待时间由去年平均46分钟缩短至32分钟', '46', '32', '分钟'],
    ['城区主干道车流量由上年的日均3.2万辆次增加到日均3.6万辆次', '3.2', '3.6', '万辆次'],
  ])('an average between the year and the number (%s) is the change of last year', (text, a, b, unit) => {
    const [from, to] = read(text)
    expect([from?.[1], from?.[2], from?.[3]]).toEqual([a, unit, 2024])
    expect([to?.[1], to?.[3], to?.[0]]).toEqual([b, '', from?.[0]])
  })
})

describe('a figure said again', () => {
  it('“X中” names the total of X stated before, whichever came first', () => {
    expect(
      read('经营主体总量达到8.6万户。全年新登记经营主体1.2万户，8.6万户经营主体中，个体工商户6.1万户').map((f) => f[0]),
    ).toEqual(['经营主体总量', '新登记经营主体', '经营主体总量', '个体工商户'])
  })

  it.each([
    // the deed said before the count names which of the counts of X (金融, 环保), else its value (交警)
    ['全年立案查处非法集资案件9起，其中存量案件4起。去年查处的9起案件中，有6起侵害老年人。', '立案查处非法集资案件'],
    ['全年发生道路交通事故126起，其中酒驾事故12起。全年发生的126起事故中，有一半发生在农村道路。', '道路交通事故'],
    ['全年受理环境信访投诉326件，其中噪声投诉86件。受理的326件投诉中，有120件涉及餐饮油烟。', '受理环境信访投诉'],
  ])('“X中” after the deed that counted X, or with its value, takes that count’s label: %s', (text, label) => {
    const reader = new FigureReader()
    const read = reader.read(text, { year: 2025, part: 'review' })
    // the third figure: the whole, its part after 其中, then the whole said again before 中
    expect(read.filter((f) => f.role === 'metric')[2]?.label).toBe(label)
  })

  it('“X中” in the same part takes the label that ends with X; in another part, X itself', () => {
    const reader = new FigureReader()
    const labels = (text: string, part: string, year: number) => reader.read(text, { year, part }).map((f) => f.label)
    expect(labels('接待国内外游客4860万人次。', 'review', 2025)).toEqual(['接待国内外游客'])
    expect(labels('4860万人次游客中，过夜游客1200万人次。', 'review', 2025)).toEqual(['接待国内外游客', '过夜游客'])
    expect(labels('4860万人次游客中，过夜游客1200万人次。', 'tasks', 2026)).toEqual(['游客', '过夜游客'])
  })

  it.each([
    // a count, its things, 中 and a kind of them with no mark between (乡镇安全生产, 消防, 人社培训)
    [
      '去年，全镇共发生生产安全事故2起、死亡1人，2起事故中道路交通事故1起、建筑施工事故1起。',
      ['生产安全事故', '死亡', '生产安全事故', '道路交通事故', '建筑施工事故'],
    ],
    [
      '去年，全县发生火灾86起，86起火灾中居民住宅火灾52起、电气火灾24起。',
      ['发生火灾', '发生火灾', '居民住宅火灾', '电气火灾'],
    ],
    ['全年新招录学员120名，120名学员中女学员45名、男学员75名。', ['新招录学员', '学员', '女学员', '男学员']],
    // the 中 of a word is no set: 乡镇中心卫生院 is what is counted
    ['全县建成19个乡镇中心卫生院，新增床位1,200张。', ['乡镇中心卫生院', '新增床位']],
  ])('“X中” right before a kind of X names the count stated before, in the tasks too: %s', (text, labels) => {
    const reader = new FigureReader()
    expect(reader.read(text, { year: 2026, part: 'tasks' }).map((f) => f.label)).toEqual(labels)
  })

  it('last year’s level restated as the plan’s base is named as the review named it', () => {
    const reader = new FigureReader()
    expect(
      reader.read('港口集装箱吞吐量达到126.8万标准箱。', { year: 2025, part: 'review' }).map((f) => f.label),
    ).toEqual(['港口集装箱吞吐量'])
    expect(
      reader
        .read('集装箱吞吐量在去年126.8万标准箱的基础上增长10%。', { year: 2026, part: 'tasks' })
        .map((f) => [f.label, f.year ?? '']),
    ).toEqual([
      ['港口集装箱吞吐量', 2025],
      ['港口集装箱吞吐量增长', ''],
    ])
  })

  it('what counted establishments hold, and a crop’s output and yield, are theirs; a base named short restates their whole', () => {
    const reader = new FigureReader()
    expect(
      reader
        .read('全县医院32家、床位2,860张，其中公立医院8家、床位2,160张，民营医院24家、床位700张。', {
          year: 2025,
          part: 'review',
        })
        .map((f) => f.label),
    ).toEqual(['医院', '医院床位', '公立医院', '公立医院床位', '民营医院', '民营医院床位'])
    expect(
      reader
        .read('在现有2,860张床位的基础上，新增床位200张。', { year: 2026, part: 'tasks' })
        .map((f) => [f.label, f.year ?? '']),
    ).toEqual([
      ['医院床位', 2025],
      ['新增床位', ''],
    ])
    expect(
      new FigureReader()
        .read('全年早稻面积18.6万亩，总产7.4万吨，单产398公斤。', { year: 2025, part: 'review' })
        .map((f) => f.label),
    ).toEqual(['早稻面积', '早稻总产', '早稻单产'])
  })

  // 公安 反诈, 卫健, 医保: what stands now, restated as the base of a plan, is the actual of the year
  // reviewed; in a meeting that reviews the year it plans, that is the plan year itself.
  it('a base of now (在目前、在现有……的基础上) is the actual at the end of the year reviewed', () => {
    const slots = (text: string, years: { review: number; plan: number }) =>
      new FigureReader()
        .read(text, { year: years.plan, part: 'tasks', plan: years.plan, review: years.review })
        .map((f) => figureSlot(f, { kind: 'target', year: years.plan }).attrs)
        .map((a) => [a.value, a.kind, a.year])
    const midYear = { review: 2026, plan: 2026 }
    expect(slots('在目前累计注册24.6万人的基础上，年底前注册用户要达到30万人。', midYear)).toEqual([
      ['24.6', 'actual', 2026],
      ['30', 'target', 2026],
    ])
    expect(slots('在现有2,860张床位的基础上，下半年新增床位200张。', midYear)).toEqual([
      ['2860', 'actual', 2026],
      ['200', 'target', 2026],
    ])
    // At a year's start the level now is last year's; 上年 is always the year before the plan.
    expect(slots('在现有48.6万人的基础上，参保人数突破52万人。', { review: 2025, plan: 2026 })).toEqual([
      ['48.6', 'actual', 2025],
      ['52', 'target', 2026],
    ])
    expect(slots('在上年8.6亿元的基础上增长6%。', midYear)).toEqual([
      ['8.6', 'actual', 2025],
      ['6', 'target', 2026],
    ])
  })

  // 公安, 消防, 统计, 教育: the level a figure is set against (比上年同期的A, 较去年的A, 比2024年的A) is
  // of that earlier year, in an annual review as in a mid-year one.
  it('a level set against (比上年同期的A) is of the earlier year', () => {
    const years = (text: string, year: number) =>
      new FigureReader()
        .read(text, { year, part: 'review', plan: year, review: year })
        .map((f) => [f.value, f.year ?? ''])
    expect(years('1—6月，全县共发生电信网络诈骗案件186起，比上年同期的243起下降23.5%。', 2026)).toEqual([
      ['186', ''],
      ['243', 2025],
      ['23.5', ''],
    ])
    expect(years('全年共发生火灾168起，较去年的186起减少18起。', 2025)).toEqual([
      ['168', ''],
      ['186', 2024],
      ['18', ''],
    ])
    expect(years('城镇化率达到70.5%，比2023年的68.4%提高2.1个百分点。', 2025)).toEqual([
      ['70.5', ''],
      ['68.4', 2023],
      ['2.1', ''],
    ])
    // 应急, 公安 交通, 人社: levels listed after the first set against (比上年的21起、12人) are of its year too.
    expect(years('全年共发生生产安全事故17起、死亡9人，比上年的21起、12人分别下降19.0%和25.0%。', 2026)).toEqual([
      ['17', ''],
      ['9', ''],
      ['21', 2025],
      ['12', 2025],
      ['19.0', ''],
      ['25.0', ''],
    ])
    expect(years('全县发生道路交通事故86起、死亡23人，比2024年的102起和27人分别下降15.7%、14.8%。', 2025)).toEqual([
      ['86', ''],
      ['23', ''],
      ['102', 2024],
      ['27', 2024],
      ['15.7', ''],
      ['14.8', ''],
    ])
    // A list with no level set against before it stays the part's.
    expect(years('全县新增城镇就业3,860人、农村劳动力转移1.26万人。', 2025)).toEqual([
      ['3860', ''],
      ['1.26', ''],
    ])
    // Not a level set against: 比上年增加 (a change), 比上年多 (no 的 before the figure).
    expect(years('本科上线1,260人，比上年增加86人。', 2025)).toEqual([
      ['1260', ''],
      ['86', ''],
    ])
  })

  // 住建 燃气管网, 林业 造林, 住房保障: the part of a plan done so far is named apart from the plan.
  it('what is done so far of a plan just named (计划A，目前已完成B) is not the plan', () => {
    const labels = (text: string) =>
      new FigureReader().read(text, { year: 2026, part: 'review', plan: 2026, review: 2026 }).map((f) => f.label)
    expect(labels('今年计划改造45公里，目前已完成12.3公里，占年度计划的27.3%。')).toEqual([
      '今年计划改造',
      '改造已完成',
      '改造已完成占年度计划',
    ])
    expect(labels('年度计划造林2.5万亩，现已完成1.8万亩。')).toEqual(['年度计划造林', '造林已完成'])
    expect(labels('今年任务是新建保障性住房320套，目前已完成186套。')).toEqual([
      '任务是新建保障性住房',
      '新建保障性住房已完成',
    ])
    // Not after a figure that names no plan: the same metric said again.
    expect(labels('全年改造老旧管网45公里，其中已完成12.3公里。')).not.toContain('改造已完成')
  })

  // 深改委, 交通, 信访: the part done of a count just named, its clause naming nothing else, is that
  // count done, not the count again (which the check of one figure with two values would flag).
  it('what is done of a count just named (N项任务，已完成M项) is named as its done part', () => {
    const labels = (text: string) => new FigureReader().read(text, { year: 2025, part: 'review' }).map((f) => f.label)
    expect(labels('年初确定的86项年度改革任务，已完成82项，完成率95.3%。')).toEqual([
      '年初确定年度改革任务',
      '年初确定年度改革任务完成',
      '年初确定年度改革任务完成率',
    ])
    expect(labels('列入年度计划的农村公路项目126个，已完成118个。')).toEqual([
      '列入年度计划的农村公路项目',
      '列入年度计划的农村公路项目完成',
    ])
    expect(labels('全年受理群众诉求3,260件，现已完成3,198件。')).toEqual(['受理群众诉求', '受理群众诉求完成'])
    // a clause that names what it did keeps its name
    expect(labels('全县排查隐患1,260处，已整改1,198处。')).toEqual(['排查隐患', '整改'])
  })

  // 教育 考务, 农业农村, 商务: a share of a wider whole stated before it is named as that whole is.
  it('a share of a wider whole (占全市W N的P%) is named by the share, not by the figure before', () => {
    const last = (text: string) => new FigureReader().read(text, { year: 2026, part: 'review' }).at(-1)?.label
    expect(last('今年全县高考报名考生3,862人，比上年增加145人，增长3.9%，占全市报名考生4.26万人的9.1%。')).toBe(
      '高考报名考生占全市报名考生',
    )
    expect(last('全县粮食总产量36.2万吨，占全市粮食总产量210万吨的17.2%。')).toBe('粮食总产量占全市粮食总产量')
    expect(last('全县社会消费品零售总额86.4亿元，占全市1,020亿元的8.5%。')).toBe('社会消费品零售总额占全市')
  })

  // 公安 反诈, 工会, 市场监管: a running total that names again what was just counted new.
  it('a running total with its own noun (新增X A，累计X达到B) is the running total of X', () => {
    const review = new FigureReader()
      .read('国家反诈中心APP新增注册用户3.86万人，累计注册用户达到24.6万人。', { year: 2026, part: 'review' })
      .map((f) => f.label)
    expect(review).toEqual(['国家反诈中心APP新增注册用户', '国家反诈中心APP累计注册用户'])
    expect(
      new FigureReader()
        .read('全年新发展会员1,260名，全县累计发展会员达到2.36万名。', { year: 2025, part: 'review' })
        .map((f) => f.label),
    ).toEqual(['新发展会员', '累计发展会员'])
    expect(
      new FigureReader()
        .read('新增市场主体1.2万户，累计市场主体达到8.6万户。', { year: 2025, part: 'review' })
        .map((f) => f.label),
    ).toEqual(['新增市场主体', '累计市场主体'])
  })

  // 教育 考务, 教育 基建, 农业农村: a count in Chinese numerals ends a list item as a figure does.
  it('after a count in Chinese numerals and a 、, a count is named by its own noun', () => {
    const labels = (text: string) => new FigureReader().read(text, { year: 2026, part: 'review' }).map((f) => f.label)
    expect(labels('全县设两个考点、129个考场。')).toEqual(['考场'])
    expect(labels('新建三所学校、126个教室。')).toEqual(['教室'])
    expect(labels('全县有一个国家级示范区、12个省级示范村。')).toEqual(['省级示范村'])
    // 、 joining verbs still joins them
    expect(labels('新建、改扩建学校12所。')).toEqual(['新建、改扩建学校'])
  })

  // 民政, 交通, 能源: a bare deed of building ending its clause counts what the clause before promotes.
  it('a bare deed after a clause that promotes a thing (发展家庭养老床位，年内建成150张) counts that thing', () => {
    const labels = (text: string) => new FigureReader().read(text, { year: 2026, part: 'tasks' }).map((f) => f.label)
    expect(labels('积极发展家庭养老床位，年内建成150张。')).toEqual(['家庭养老床位建成'])
    expect(labels('大力推广新能源公交车，全年新增50辆。')).toEqual(['新能源公交车新增'])
    expect(labels('加快布局公共充电桩，年内新建1,200个。')).toEqual(['公共充电桩新建'])
    // a noun after the count, or a clause before that counts, names it as before
    expect(labels('积极发展家庭养老床位，年内建成150张养老床位。')).toEqual(['养老床位'])
    expect(labels('全县新建学校3所，年内建成2所。')[1]).not.toContain('学校建成')
  })

  // 林业, 自然资源, 商务, 能源: a bracket giving the figure before in another unit says it again.
  it('a figure converted in brackets (（合189亩）, （折合人民币……）) is the metric before it', () => {
    const labels = (text: string) => new FigureReader().read(text, { year: 2025, part: 'review' }).map((f) => f.label)
    expect(labels('过火面积12.6公顷（合189亩），均做到了打早、打小。')).toEqual(['过火面积', '过火面积'])
    expect(labels('全年完成造林1.2万亩（约合800公顷）。')).toEqual(['完成造林', '完成造林'])
    expect(labels('项目总投资1.5亿美元（折合人民币10.8亿元）。')).toEqual(['项目总投资', '项目总投资'])
    expect(labels('新建光伏电站装机容量12兆瓦（即1.2万千瓦）。')).toEqual([
      '新建光伏电站装机容量',
      '新建光伏电站装机容量',
    ])
    // a bracket that counts something else, or 合计 outside brackets, names its own
    expect(labels('全县开展培训36场（合计培训1,200人次）。')).toEqual(['开展培训', '合计培训'])
    expect(labels('全年查处案件28起，合计罚没款186万元。')).toEqual(['查处案件', '合计罚没款'])
  })

  it('a span bounded by 以上 and 以下 in a rule is no figure at either end (生态环境, 交通, 住建)', () => {
    const metrics = (text: string) =>
      findFigures(text)
        .filter((f) => f.role === 'metric')
        .map((f) => text.slice(f.from, f.to))
    expect(metrics('对露天焚烧秸秆的，由镇综合行政执法队依法处500元以上2000元以下罚款。')).toEqual([])
    expect(metrics('对超限运输车辆处2000元以上2万元以下罚款。')).toEqual([])
    expect(metrics('对套内面积50平方米以上100平方米以下的住房给予补贴。')).toEqual([])
    // two figures each with its own 以上 are figures
    expect(metrics('全年新增就业1,200人以上，粮食产量稳定在36万吨以上。')).toEqual(['1,200人', '36万吨'])
  })

  it('a count referred to again as the set something is among is the count stated before', () => {
    const reader = new FigureReader()
    reader.read('全年共发生各类生产安全事故23起。', { year: 2025, part: 'review' })
    expect(
      reader.read('今年发生的23起事故中有一多半是道路交通事故。', { year: 2025, part: 'review' }).map((f) => f.label),
    ).toEqual(['各类生产安全事故'])
    expect(reader.read('新建23个服务中心的建设任务。', { year: 2025, part: 'review' }).map((f) => f.label)).not.toEqual(
      ['各类生产安全事故'],
    )
  })

  it('so is one referred to in a part of 问题 or 认识 after the review, the review’s count (深改委, 应急, 卫健)', () => {
    const reader = new FigureReader()
    reader.read('全县承担国家级和省级改革试点14个。全年发生较大生产安全事故5起。', { year: 2025, part: 'review' })
    reader.read('全县建成标准化村卫生室36个。', { year: 2025, part: 'review' })
    const other = (text: string) => reader.read(text, { year: 2025, part: 'other' }).map((f) => f.label)
    expect(other('14个试点中有3个进展相对滞后。')[0]).toBe('承担国家级和省级改革试点')
    expect(other('5起事故中有3起发生在建筑施工领域。')[0]).toBe('较大生产安全事故')
    expect(other('36个村卫生室中，有9个还没有配齐村医。')[0]).toBe('建成标准化村卫生室')
    // the tasks' set is their own, not the review's
    expect(reader.read('14个试点中要有3个形成经验。', { year: 2026, part: 'tasks' }).map((f) => f.label)[0]).toBe(
      '试点',
    )
  })

  it('so is a base told in the opening (a speech of 第一，…… paragraphs), under a name that adds 量', () => {
    const reader = new FigureReader()
    expect(reader.read('全年完成门急诊28.6万人次。', { year: 2025, part: 'opening' }).map((f) => f.label)).toEqual([
      '门急诊',
    ])
    expect(
      reader
        .read('在上年门急诊28.6万人次的基础上，门急诊量力争达到30万人次。', { year: 2026, part: 'opening' })
        .map((f) => [f.label, f.year ?? '']),
    ).toEqual([
      ['门急诊', 2025],
      ['门急诊量', ''],
    ])
  })

  it('so is a base its clause names nowhere, by the one reviewed figure of its value and unit (统计, 人社, 市场监管)', () => {
    const reader = new FigureReader()
    const review =
      '全县在库“四上”企业达到486家，比上年净增52家。全县企业职工养老保险参保人数达到8.62万人。全县经营主体总数达到4.82万户。'
    reader.read(review, { year: 2025, part: 'review' })
    const tasks = (text: string) =>
      reader.read(text, { year: 2026, part: 'tasks' }).map((f) => [f.label, f.year ?? ''] as const)[0]
    expect(tasks('建立“四上”企业培育库，在上年486家的基础上新增入库50家以上。')).toEqual(['在库“四上”企业', 2025])
    expect(tasks('持续推进全民参保，在上年8.62万人的基础上扩面3,000人。')).toEqual(['企业职工养老保险参保人数', 2025])
    expect(tasks('在上年48,200户的基础上净增3,000户以上。')).toEqual(['经营主体总数', 2025])
    // another value (a slip): named by the reviewed figure its sentence names before it (统计, 人社)
    expect(tasks('建立“四上”企业培育库，在上年468家的基础上新增入库50家以上。')).toEqual(['在库“四上”企业', 2025])
    expect(tasks('扩大企业职工养老保险覆盖面，在上年8.26万人的基础上扩面3,000人。')).toEqual([
      '企业职工养老保险参保人数',
      2025,
    ])
    // neither the value nor a name of the review: not named after any
    expect(tasks('在上年468家的基础上新增入库50家以上。')?.[0]).not.toBe('在库“四上”企业')
    const twice = new FigureReader()
    twice.read('新建村级服务站12个。新增规上企业12个。', { year: 2025, part: 'review' })
    expect(
      twice.read('在上年12个的基础上再增加3个。', { year: 2026, part: 'tasks' }).map((f) => f.label)[0],
    ).not.toMatch(/服务站|规上企业/)
  })

  it('so is a base counted by the noun after it, or named with the campaign it came from', () => {
    const reader = new FigureReader()
    const review = '全县共有事业单位312个。深入开展“慈善一日捐”活动，募集善款612.4万元。'
    expect(reader.read(review, { year: 2025, part: 'review' }).map((f) => f.label)).toEqual(['事业单位', '募集善款'])
    expect(
      reader
        .read(
          '在现有312个事业单位的基础上，全县事业单位总数控制在300个以内。在上年“慈善一日捐”募集善款612.4万元的基础上，力争增长5%以上。',
          {
            year: 2026,
            part: 'tasks',
          },
        )
        .map((f) => [f.label, f.year ?? '']),
    ).toEqual([
      ['事业单位', 2025],
      ['事业单位总数', ''],
      ['募集善款', 2025],
      ['募集善款力争增长', ''],
    ])
  })
})

describe('numbers that are no figures of the year’s work (recog15: unseen speeches)', () => {
  it.each([
    // a time in a service's reach (文化馆), a stretch of time (税务), a rate's bar marking out those
    // to act on (国资), and those the meeting itself commends (文明创建)
    ['新建城市书房3个，让群众出门15分钟就能走进书房。', [['3', '个']]],
    ['12月份还需组织税费收入2.86亿元，月均进度必须明显快于前11个月。', [['2.86', '亿元']]],
    ['对利润完成进度低于45%的企业，市国资委将逐户约谈。', []],
    ['这次大会表彰了文明村镇40个、文明单位56个、文明家庭100户。', []],
  ] as const)('%s', (text, figures) => {
    expect(findFigures(text, { year: 2025 }).map((f) => [f.value, f.unit])).toEqual(figures)
  })
})

describe('a verb done to a part of an amount (X中的Y)', () => {
  it.each([
    ['审计核减政府投资项目送审金额', '审计核减'],
    ['清偿拖欠企业账款', '清偿'],
    ['依法追回医保基金违规金额', '依法追回'],
    ['完成省下达造林任务', '完成'],
    // no verb opens the name, or the verb is the whole of it
    ['规上企业', null],
    ['政府投资项目送审金额', null],
    ['完成率', null],
    ['核减', null],
  ])('%s', (label, deed) => {
    expect(DEED_OF_PART.exec(label)?.[0] ?? null).toBe(deed)
  })
})
