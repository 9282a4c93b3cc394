/**
 * A figure said of another place than the speech's own keeps that place's scope in its label
 * (import/own-place.ts): 全市粮食总产量 in a county's speech is the city's, not the county's
 * 粮食总产量. The own place's scope is dropped, as the libraries are keyed.
 */
import { describe, expect, it } from 'vitest'
import { checkDocument } from '../../src/core/checks/engine'
import { fillSlots } from '../../src/core/figures/fill'
import { figureToKeep } from '../../src/core/figures/incoming'
import { FigureIndex } from '../../src/core/figures/model'
import { importText } from '../../src/core/import'
import { ownPlace } from '../../src/core/import/own-place'
import { slotsOf } from '../../src/core/outline'
import { closing, doc, greeting, h2, opening, p, part, subtitle, title } from './build'

/** The lines that name a meeting (subtitle, title, lines under them) and the level they name. */
const OWN_PLACES: [string, (string | null)[], string | null][] = [
  ['a county department', ['——在全县财政工作会议上的讲话', '聚力增收 精准保障'], '县'],
  ['a city department', ['——在2026年全市金融工作会议上的讲话', '坚持金融为民'], '市'],
  ['a district department', ['——在全区民政工作会议上的讲话', '兜牢民生底线'], '区'],
  ['a township', ['——在全乡三级干部大会上的讲话', '凝心聚力谋发展'], '乡'],
  ['a town named', ['——在青山镇2026年党建暨经济社会发展工作会议上的讲话', '抓党建 促振兴'], '镇'],
  ['a street', ['——在望江街道2026年工作会议上的讲话', '聚力基层治理'], '街道'],
  ['a county hospital', ['——县人民医院院长在第五届职工代表大会第三次会议上的工作报告', '凝心聚力谋发展'], '县'],
  ['a county party committee', ['——在中共某某县委经济工作会议上的讲话', '坚定信心'], '县'],
  ['a county’s CPPCC', ['——在县政协2026年工作会议上的讲话', '凝心聚力谋发展'], '县'],
  ['a city’s federation', [null, '在市工商联（总商会）十三届五次执委会议上的讲话'], '市'],
  ['a head of a county by the byline', [null, '在全县统计工作会议上的讲话', '副县长　陈立军'], '县'],
  ['a development zone', ['——在高新区2026年科技创新和工业经济工作会议上的讲话', '以科技创新引领'], '区'],
  ['a county’s 乡村振兴 is no township', ['——在全县乡村振兴工作会议上的讲话'], '县'],
  ['a city’s 乡村振兴 is no township', ['——在全市乡村振兴工作会议上的讲话'], '市'],
  [
    'a title that carries out the city’s meeting names the city’s meeting, not the speaker’s place',
    [null, '深入贯彻全市经济工作会议精神 奋力推动高质量发展', '县长　张明'],
    '县',
  ],
]
/** Lines that name no level, or two: the own place is unknown and every scope is dropped, as before. */
const NO_OWN_PLACE: [string, (string | null)[]][] = [
  ['no place named', ['——在2026年工作会议上的讲话', '凝心聚力 担当作为', '董事长 刘振华']],
  ['a market, a region and the countryside are no levels', ['——在市场监管暨区域协调和乡村振兴工作会议上的讲话']],
  ['two levels on the deciding line', ['——在全市暨全县工作会议上的讲话']],
  ['县乡镇 names no town', ['——在县乡镇财政管理工作会议上的讲话']],
  ['城乡 in a meeting’s name is no township', [null, '在住房和城乡建设工作会议上的讲话']],
  ['城市长效 is no head of a city', ['——在城市长效管理工作推进会上的讲话', '健全城市长效管理机制']],
]

describe('the speech’s own place', () => {
  it.each(OWN_PLACES)('%s', (_what, lines, level) => {
    expect(ownPlace(lines)).toBe(level)
  })
  it.each(NO_OWN_PLACE)('unknown: %s', (_what, lines) => {
    expect(ownPlace(lines)).toBeNull()
  })
})

/** A speech of one paragraph in its review, given at `meeting`. */
const speech = (meeting: string, review: string) =>
  `讲话\n${meeting}\n同志们：\n今天召开会议。\n一、2025年工作回顾\n${review}\n二、2026年工作任务\n确保完成全年目标任务。\n三、工作要求\n一要严。\n同志们，谢谢！`

const labels = (text: string) =>
  slotsOf(importText(text).doc)
    .filter((s) => s.attrs.role === 'metric')
    .map((s) => s.attrs.label)

/** [department, meeting line, review paragraph, labels of its figures]. */
const LABELS: [string, string, string, string[]][] = [
  [
    'county agriculture: the city’s and the province’s harvest are theirs, ours is bare',
    '——在全县农业农村工作会议上的讲话',
    '全市粮食总产量达到210.6万吨，我县粮食总产量达到30.2万吨，全省粮食总产量达到3600万吨。',
    ['全市粮食总产量', '粮食总产量', '全省粮食总产量'],
  ],
  [
    'county finance: 全县 is ours, 全市 the city’s',
    '——在全县财政工作会议上的讲话',
    '全县一般公共预算收入完成12.6亿元。全市一般公共预算收入完成86.5亿元。',
    ['一般公共预算收入', '全市一般公共预算收入'],
  ],
  [
    'district health: the city’s life expectancy is the city’s',
    '——在全区卫生健康工作会议上的讲话',
    '全区人均预期寿命达到80.1岁，全市人均预期寿命达到79.6岁。',
    ['人均预期寿命', '全市人均预期寿命'],
  ],
  [
    'town economy: the county’s income is the county’s',
    '——在全镇2025年经济工作总结暨2026年工作部署会议上的讲话',
    '全镇农村居民人均可支配收入达到2.36万元，全县农村居民人均可支配收入达到2.52万元。',
    ['农村居民人均可支配收入', '全县农村居民人均可支配收入'],
  ],
  [
    'city commerce: 全市 is ours, the province’s average keeps its scope',
    '——在全市商务工作会议上的讲话',
    '全市实现社会消费品零售总额1,286.4亿元。全省平均水平为6.8%。',
    ['社会消费品零售总额', '全省平均水平'],
  ],
  [
    'county industry: a list joined by 、 is all of the scope that opens its clause',
    '——在全县工业经济工作会议上的讲话',
    '全市新增规上工业企业126家、专精特新企业38家。',
    ['全市新增规上工业企业', '全市专精特新企业'],
  ],
  [
    'county education: another place said once for its sentence is each figure’s after it, until ours is named',
    '——在全县教育工作会议上的讲话',
    '从全市看，2025年全市共有在校生51.8万人，教育经费总投入96.4亿元，我县在校生占全市的9.4%。',
    ['全市在校生', '全市教育经费总投入', '在校生占全市'],
  ],
  [
    'county employment: the next sentence is ours again',
    '——在全县人力资源和社会保障工作会议上的讲话',
    '全市城镇新增就业8.6万人，城镇登记失业率3.2%。城镇新增就业3250人。',
    ['全市城镇新增就业', '全市城镇登记失业率', '城镇新增就业'],
  ],
  [
    'county industry: a change against a wider area is a change of our figure, not the area’s',
    '——在全县工业经济工作会议上的讲话',
    '规上工业增加值增长8.2%，比全省高1.3个百分点。',
    ['规上工业增加值增长', '规上工业增加值增长比全省高'],
  ],
  [
    'county agriculture: our share of the city’s harvest, named after the city’s, is ours',
    '——在全县农业农村工作会议上的讲话',
    '全市粮食总产量达到210.6万吨，其中我县30.2万吨，占全市的14.3%。',
    ['全市粮食总产量', '粮食总产量', '粮食总产量占全市'],
  ],
  [
    'county employment: the province’s, the city’s and ours in one sentence',
    '——在全县人力资源和社会保障工作会议上的讲话',
    '全省城镇新增就业68万人，全市新增就业8.6万人，我县新增就业3250人。',
    ['全省城镇新增就业', '全市新增就业', '新增就业'],
  ],
  [
    'county emergency: changes a 分别 list gives of the city, set beside ours, are the city’s',
    '——在全县安全生产工作会议上的讲话',
    '全县发生生产安全事故12起、死亡9人，同比分别下降25%和18.2%，降幅高于全市（全市分别下降14.6%和11.3%）。',
    ['生产安全事故', '死亡', '生产安全事故同比下降', '死亡同比下降', '全市生产安全事故下降', '全市死亡下降'],
  ],
  [
    'district market regulation: the city’s growth after ours is the city’s',
    '——在全区市场监管工作会议上的讲话',
    '全区新登记经营主体1.26万户、企业3860户，同比分别增长8.6%和12.1%，全市分别增长5.2%和7.4%。',
    ['新登记经营主体', '企业', '新登记经营主体同比增长', '企业同比增长', '全市新登记经营主体增长', '全市企业增长'],
  ],
  [
    'county emergency: changes said of our own place stay ours',
    '——在全县安全生产工作会议上的讲话',
    '全县发生生产安全事故12起、死亡9人，全县分别下降25%和18.2%。',
    ['生产安全事故', '死亡', '生产安全事故下降', '死亡下降'],
  ],
  [
    'county economy: a share of the city and a gap to it are our figure’s companions',
    '——在中共某某县委经济工作会议上的讲话',
    '我县地区生产总值达到306.8亿元，占全市的18.2%，增速高于全市0.8个百分点。',
    ['地区生产总值', '地区生产总值占全市', '增速高于全市'],
  ],
  [
    'county industry: the city’s running total after our new count is the city’s',
    '——在全县工业和信息化工作会议上的讲话',
    '新建5G基站300个，全市累计达到1200个。',
    ['新建5G基站', '全市5G基站累计'],
  ],
  [
    'county forestry: a place the sentence acts on or gives to is not the figure’s',
    '——在全县林业工作会议上的讲话',
    '全县完成全市下达的造林任务3.2万亩，我县为全市贡献木材12万立方米，全年争取全省项目资金1.2亿元。',
    ['下达的造林任务', '贡献木材', '项目资金'],
  ],
  [
    'county rural revitalisation: 全县 and 我县 are ours',
    '——在全县乡村振兴工作会议上的讲话',
    '全县农村居民人均可支配收入达到21560元，我县脱贫人口人均纯收入达到15200元。',
    ['农村居民人均可支配收入', '脱贫人口人均纯收入'],
  ],
  [
    'no own place known: every scope is dropped, as before',
    '——在2026年工作会议上的讲话',
    '全市粮食总产量达到210.6万吨。',
    ['粮食总产量'],
  ],
]

describe('a figure of another place keeps its scope', () => {
  it.each(LABELS)('%s', (_what, meeting, review, want) => {
    expect(labels(speech(meeting, review))).toEqual(want)
  })
})

const COUNTY = speech('——在全县农业农村工作会议上的讲话', '全市粮食总产量达到210.6万吨，全县粮食总产量达到30.2万吨。')

describe('the city’s figure in a county speech is not the county’s', () => {
  it('is not compared with the county’s as one figure said twice', () => {
    expect(checkDocument(importText(COUNTY).doc).filter((f) => f.rule === 'inconsistent-figure')).toEqual([])
  })

  it('is not stored as the county’s: it keeps a metric of its own', () => {
    const index = new FigureIndex([], [])
    const kept = slotsOf(importText(COUNTY).doc).map((s) => {
      const a = s.attrs
      const k = figureToKeep(index, {
        label: a.label,
        value: a.value,
        unit: a.unit,
        kind: a.kind,
        year: 2025,
        period: null,
      })
      return k && 'metric' in k ? [k.metric.key, k.value.value] : null
    })
    expect(kept).toEqual([
      ['全市粮食总产量', '210.6'],
      ['粮食总产量', '30.2'],
    ])
  })

  it('is not filled with the county’s figure from the library', () => {
    // The library, as a county's speeches keyed it: 粮食总产量 is the county's.
    const library = new FigureIndex(
      [{ key: '粮食总产量', label: '粮食总产量', unit: '万吨', aliases: [] }],
      [{ metric: '粮食总产量', year: 2025, kind: 'actual', span: '', value: '31.5', unit: '万吨', changedAt: 1 }],
    )
    const filled = fillSlots(importText(COUNTY).doc, library, { overwrite: true }).doc
    expect(slotsOf(filled).map((s) => [s.attrs.label, s.attrs.value])).toEqual([
      ['全市粮食总产量', '210.6'],
      ['粮食总产量', '31.5'],
    ])
  })
})

describe('figures typed as words are read with the speech’s own place', () => {
  /** The two harvests typed into the review of a county's speech, not slots. */
  const typed = (meeting: string) =>
    doc(
      { reviewYear: 2025, planYear: 2026 },
      title('讲话'),
      subtitle(meeting),
      greeting('同志们：'),
      opening(p('今天召开会议。')),
      part({ kind: 'review' }, h2('2025年工作回顾'), p('全市粮食总产量达到210.6万吨，全县粮食总产量达到30.2万吨。')),
      part({ kind: 'tasks' }, h2('2026年工作任务'), p('确保完成全年目标任务。')),
      closing(p('同志们，谢谢！')),
    )
  const inconsistent = (meeting: string) =>
    checkDocument(typed(meeting)).filter((f) => f.rule === 'inconsistent-figure').length

  it('a county’s: the city’s harvest and the county’s are two figures', () => {
    expect(inconsistent('——在全县农业农村工作会议上的讲话')).toBe(0)
  })
  it('no place named: read as one figure, as before', () => {
    expect(inconsistent('——在2026年工作会议上的讲话')).toBe(1)
  })
})
