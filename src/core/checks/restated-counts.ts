/**
 * A count of a whole said again before its noun, under a shorter name than it was first given:
 * "全县持证零售户1,862户" then "对全县1,862户零售户实施分档分类管理", "全县各级文艺家协会现有会员
 * 1,426名" then "是全县1,426名会员共同奋斗的结果". The restatement names only the noun the first
 * name ends in, so one figure, one value (figure-rules.ts), which holds one name to one value,
 * does not meet it. A narrower count may end in the same noun (规上工业企业186家 … 全县1,260家工业
 * 企业), so the restatement is held to it only when no count of that noun has its value and one
 * is a slip of the keys away (a digit wrong, two swapped); and then as a note, not a warning.
 */
import { ONE_CHARACTER_PLACE } from '../import/labels'
import { parseChineseCount } from '../lang/numerals'
import { withoutTotal } from '../lang/words'
import { WHOLE_SCOPE } from '../lang/scopes'
import { inBase, parseUnit } from '../units'
import { figureKey, namesAMetric } from './figure-rules'
import { MEASURE_END, slipApart } from './restatements'
import { figureBlocks, filled } from './typed-figures'
import type { DocumentFinding, DocumentRule } from './types'

/** The whole of a place, a system or the department's own ranks, just before a count: 全县, 对全市, 是全局. */
const WHOLE_BEFORE = new RegExp(`(?:${WHOLE_SCOPE}|全[局行校院])$`)
/** The noun a count is written before: the words right after it. */
const NOUN_AFTER = /^[\u4e00-\u9fff]{2,12}/
/**
 * A count that opens its sentence or clause, said before its noun and 全部 (or 均, 都): "12个农贸市场
 * 全部落实“一场一长”制度", "8个社区全部建立“居民议事厅”", "32座水库汛期一律不得超汛限水位蓄水" (一律: every
 * one of them, what it is told to do). All of them: the whole already named,
 * as 全县 before the count says, whatever year the part it stands in reads it as.
 */
const OPENS_CLAUSE = /(?:^|[。！？；：，])\s*$/
const NOUN_THEN_ALL = /^([\u4e00-\u9fff]{1,12}?)(?:全部|均已|都已|均|都|一律)/
/**
 * A whole said again as the set its parts are then told of, after 的: "今年发生的3起火情中，2起由……",
 * "全年受理的126件投诉中，". All of them, as 全部 says.
 */
const SET_THEN_PARTS = /^([\u4e00-\u9fff]{1,12}?)中[，,：:]/
/**
 * A whole after its scope, asked to act (全县18家景区要落实……, 全市36所高校必须……): those that are,
 * as they stand, whatever year the part reads them as. Not the 要 of 主要, 重要, 需要.
 */
const NOUN_THEN_ASKED = /^([\u4e00-\u9fff]{1,12}?)(?<![主重需只])(?:要|必须|务必)/

/**
 * A count in words right after the names it counts, listed with 、 (推广杨庄、王湾、东岗三个村的经验,
 * 前营村、后营村、小湖村三个村, 县、乡、村三级): as many as the names. Group 1 the count, group 2 its
 * measure. The count stands alone (not 十四五, 二十三个), after a name's last character.
 */
const COUNT_OF_NAMES =
  /(?<![零〇一二两三四五六七八九十百千])([两二三四五六七八九十])(?![零〇一二三四五六七八九十百千万])(个|家|所|座|项|名|位|支|处|条|类|级|户|片|种|批|方面)/g
/** The names before such a count: after the clause's last mark, with no word that leaves the list open or joins differently (等, 和, 及, 与, 或). */
const NAMES_BEFORE = /[^，。；：！？,;:（）()\n]*$/
const NOT_ALL_NAMED = /[等和及与或]/
/** The last character of a list's last name: no quote (做到“两个维护”), no word that is no name (第, 前, 约, 的 …). */
const ENDS_A_NAME = /[\u4e00-\u9fff](?<![第等这那前后近约共的])$/
const ALL_NUMERALS = /^[零〇一二两三四五六七八九十百千]+$/

/**
 * The lists of names whose count in words right after them is not how many they are: where
 * the count stands, as many as it says, and the names.
 */
export function namesMiscounted(text: string): { at: number; said: string; names: string[] }[] {
  const out: { at: number; said: string; names: string[] }[] = []
  for (const m of text.matchAll(COUNT_OF_NAMES)) {
    const tail = NAMES_BEFORE.exec(text.slice(Math.max(0, m.index - 40), m.index))?.[0] ?? ''
    if (!tail.includes('、') || NOT_ALL_NAMED.test(tail) || !ENDS_A_NAME.test(tail)) continue
    const names = tail.split('、')
    // A heading's number (二、今年要重点抓好四项工作) is no name.
    if (names.some((n) => n === '' || ALL_NUMERALS.test(n))) continue
    if (parseChineseCount(m[1]) !== names.length) out.push({ at: m.index, said: m[0], names })
  }
  return out
}

/** A count as first named: its name, value in the base unit, base unit, and its key (one figure, one value). */
interface NamedCount {
  label: string
  value: number
  shown: string
  base: string
  key: string
}

export const restatedCount: DocumentRule = {
  id: 'restated-count',
  name: '复述的总数不一',
  // A note: the restatement may be a narrower count ending in the same noun.
  severity: 'info',
  group: '数字',
  scope: 'document',
  purpose:
    '“全县1,862户零售户”“12个农贸市场全部落实”“今年发生的3起火情中”“全县18家景区要落实”这样把前面说过的总数（全县持证零售户1,862户、对全县12个农贸市场、全县共发生森林火情3起、全县18家景区）换个简短的说法再说一遍时，数字要一致；只差一两位数字时提示核对。',
  fires: [
    '全县持证零售户1,862户，办证审批平均时限压缩至3个工作日。要对全县1,826户零售户实施分档分类管理。',
    '全县各级文艺家协会现有会员1,426名，其中省级会员158名；全年新发展会员86名。一年来的成绩，是全县1,462名会员共同奋斗的结果。',
    // Names listed right before their count in words: as many as it says (乡镇, 教育, 社区).
    '推广杨庄、王湾、东岗四个村的经验，一村一策制定增收方案。',
    '县一中、县二中、实验中学两所学校被评为省级示范高中。',
    '城关、城东、城西、城南三个社区率先建成新时代文明实践站。',
    // The review's whole, acted on in the tasks as it stands.
    {
      text: '标题\n同志们：\n开场。\n一、2025年工作回顾\n全县持证零售户1,862户。\n二、2026年工作任务\n要对全县1,826户零售户实施分档分类管理。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    // The whole first counted before its noun, however short (水库, 高校).
    {
      text: '标题\n同志们：\n开场。\n一、2025年工作回顾\n全县57座水库，其中中型水库3座、小型水库54座，汛期全部安全度汛。\n二、2026年工作任务\n对全县59座水库逐一明确“三个责任人”。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    {
      text: '标题\n同志们：\n开场。\n一、2025年工作回顾\n全市36所高校全部开设心理健康课程。\n二、2026年工作任务\n对全市38所高校开展专项督查。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    // The whole said again with a word for all of it before its noun (林业, 民政 志愿者, 机关党建)
    {
      text: '标题\n同志们：\n开场。\n一、2025年工作回顾\n全县共设立县乡村三级林长1,126名，其中县级林长15名。\n二、2026年工作任务\n确保完成。\n三、工作要求\n全县1,162名各级林长要认真履行巡林护林职责。\n同志们，谢谢！',
      in: 'speech',
    },
    {
      text: '标题\n同志们：\n开场。\n一、2025年工作回顾\n全市登记注册志愿者12.6万名。\n二、2026年工作任务\n全市16.2万名各类志愿者要积极参与结对帮扶。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    {
      text: '标题\n同志们：\n开场。\n一、2025年工作回顾\n县直机关现有党员1,286名。\n二、2026年工作任务\n全县1,268名全体党员要带头落实。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    // The whole said again opening its clause, before its noun and 全部 (爱卫, 街道, 开发区), in the tasks too.
    {
      text: '标题\n同志们：\n开场。\n一、2025年工作回顾\n对全县12个农贸市场开展标准化改造。\n二、2026年工作任务\n14个农贸市场全部落实“一场一长”管理制度。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    '街道辖8个社区、46个住宅小区。全年协商议事226次，9个社区全部建立“居民议事厅”。',
    '开发区管辖5个社区，常住人口3.6万人。6个社区均已建成新时代文明实践站。',
    // … or 一律, every one of them told what to do (水利, 交通, 市场监管), in the tasks too.
    {
      text: '标题\n同志们：\n开场。\n一、2025年工作回顾\n全县32座水库、186公里堤防无一出险。\n二、2026年工作任务\n严格执行汛限水位，36座水库汛期一律不得超汛限水位蓄水。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    '全县现有客运站12个，日均发送旅客1.6万人次。21个客运站一律实行实名制售票。',
    '全县学校食堂86家全部纳入监管。68家食堂一律实行“明厨亮灶”。',
    // The noun a place of one character (乡镇 禁烧, 交通), said again before 全部.
    '全镇24个行政村全面落实网格化管控。26个村全部建立禁烧工作专班。',
    '全乡共有12个行政村，常住人口2.1万人。13个村全部建成村级综合服务站。',
    // The whole said again as the set its parts are told of, after 的 (林业, 交通).
    {
      text: '标题\n同志们：\n开场。\n一、2025年工作回顾\n全县共发生森林火情3起，同比减少5起。\n二、2026年工作任务\n今年发生的4起火情中，2起由上坟烧纸引发，要严管野外用火。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    {
      text: '标题\n同志们：\n开场。\n一、2025年工作回顾\n全年发生较大道路交通事故86起。\n二、2026年工作任务\n今年发生的68起事故中，有41起与酒驾有关，要严查酒驾。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    // A whole first named by its measure (面积, 数量), said again as the thing in its unit (林业, 自然资源).
    {
      text: '标题\n同志们：\n开场。\n一、2025年工作回顾\n全县现有松林面积68.5万亩。\n二、2026年工作任务\n对全县65.8万亩松林开展全覆盖普查。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    '全县耕地面积86.2万亩，永久基本农田72.4万亩。要守住全县82.6万亩耕地。',
    '全市森林面积326.4万亩，森林覆盖率41.2%。要管护好全市324.6万亩森林。',
    // The review's whole asked to act in the tasks, as it stands (文旅, 教育).
    {
      text: '标题\n同志们：\n开场。\n一、2025年工作回顾\n全县18家景区（点）全部正常开放。\n二、2026年工作任务\n全县16家景区要落实“限量、预约、错峰”要求。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    {
      text: '标题\n同志们：\n开场。\n一、2025年工作回顾\n全市36所高校全部开设心理健康课程。\n二、2026年工作任务\n全市38所高校必须配齐专职心理教师。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    // The whole the closing rallies with its scope, counted in the tasks or the review (教育, 工会, 林业).
    {
      text: '标题\n同志们：\n开场。\n一、2025年工作回顾\n完成了任务。\n二、2026年工作任务\n本学期，全县预计在校学生48,620名，在岗教师3,952名。\n三、工作要求\n一要严。\n同志们，开学工作关系到全县48,260名学生的健康成长。谢谢！',
      in: 'speech',
    },
    {
      text: '标题\n同志们：\n开场。\n一、2025年工作回顾\n完成了任务。\n二、2026年工作任务\n全县共划分网格1,260个，配备专职网格员1,862名。\n三、工作要求\n一要严。\n同志们，平安建设要靠全县1,826名网格员守好一方平安。谢谢！',
      in: 'speech',
    },
    {
      text: '标题\n同志们：\n开场。\n一、2025年工作回顾\n全县工会会员达到12.6万名。\n二、2026年工作任务\n确保完成。\n三、工作要求\n一要严。\n同志们，让我们团结带领全县16.2万名会员，再创佳绩！',
      in: 'speech',
    },
    {
      text: '标题\n同志们：\n开场。\n一、2025年工作回顾\n全县共设立县乡村三级林长1,126名。\n二、2026年工作任务\n确保完成。\n三、工作要求\n一要严。\n同志们，希望全县1,162名林长守好每一片林。谢谢！',
      in: 'speech',
    },
  ],
  quiet: [
    // As many names as the count says; a list left open (等) or joined otherwise, a quoted name, a heading's number.
    '推广杨庄、王湾、东岗三个村的经验；新建改建村组道路23.4公里，其中前营村、后营村、小湖村三个村8.6公里。',
    '建立县、乡、村三级网格，县一中、县二中两所学校被评为省级示范高中。',
    '推广杨庄、王湾等四个村的经验，城关、城东和城西三个社区率先建成文明实践站。',
    '增强“四个意识”、坚定“四个自信”、做到“两个维护”。',
    {
      text: '标题\n同志们：\n开场。\n一、2025年工作回顾\n对全县12个农贸市场开展标准化改造。\n二、2026年工作任务\n12个农贸市场全部落实“一场一长”管理制度。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    '街道辖8个社区、46个住宅小区。全年协商议事226次，8个社区全部建立“居民议事厅”。',
    '全镇24个行政村全面落实网格化管控。24个村全部建立禁烧工作专班。',
    '全县现有客运站12个，日均发送旅客1.6万人次。12个客运站一律实行实名制售票。',
    {
      text: '标题\n同志们：\n开场。\n一、2025年工作回顾\n全县共发生森林火情3起，同比减少5起。\n二、2026年工作任务\n今年发生的3起火情中，2起由上坟烧纸引发，要严管野外用火。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    // The whole said again under its own name, beside narrower counts of the same noun (金融).
    '全县共立案查处非法集资案件9起，其中新发案件5起、存量案件4起。去年查处的9起案件中，有6起以老年人为主要侵害对象。',
    {
      text: '标题\n同志们：\n开场。\n一、2025年工作回顾\n全县18家景区（点）全部正常开放，其中A级景区11家。\n二、2026年工作任务\n全县18家景区要落实“限量、预约、错峰”要求。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    // Not opening its clause: some of them, not the whole (已验收的, 其中).
    '街道辖8个社区、46个住宅小区。已验收的9个社区全部建立“居民议事厅”。',
    '开发区管辖5个社区，其中6个社区均已建成新时代文明实践站。',
    {
      text: '标题\n同志们：\n开场。\n一、2025年工作回顾\n全县57座水库，其中中型水库3座、小型水库54座，汛期全部安全度汛。\n二、2026年工作任务\n对全县57座水库逐一明确“三个责任人”。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    // Counts of another year: the review's level grows by the tasks' (a target, not a slip).
    {
      text: '标题\n同志们：\n开场。\n一、2025年工作回顾\n全县省级文明村36个。\n二、2026年工作任务\n新创建省级文明村2个，推动全县38个文明村提档升级。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    {
      text: '标题\n同志们：\n开场。\n一、2025年工作回顾\n全市登记在册志愿者12.6万名。\n二、2026年工作任务\n组织全市12.8万名志愿者开展结对帮扶。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    '全县持证零售户1,862户，办证审批平均时限压缩至3个工作日。要对全县1,862户零售户实施分档分类管理。',
    '全县各级文艺家协会现有会员1,426名，其中省级会员158名；全年新发展会员86名。一年来的成绩，是全县1,426名会员共同奋斗的结果。',
    {
      text: '标题\n同志们：\n开场。\n一、2025年工作回顾\n全县共设立县乡村三级林长1,126名，其中县级林长15名。\n二、2026年工作任务\n确保完成。\n三、工作要求\n全县1,126名各级林长要认真履行巡林护林职责。\n同志们，谢谢！',
      in: 'speech',
    },
    // The closing rallies the whole as counted, or a count far from it (教育, 林业).
    {
      text: '标题\n同志们：\n开场。\n一、2025年工作回顾\n完成了任务。\n二、2026年工作任务\n本学期，全县预计在校学生48,620名，在岗教师3,952名。\n三、工作要求\n一要严。\n同志们，开学工作关系到全县48,620名学生的健康成长。谢谢！',
      in: 'speech',
    },
    {
      text: '标题\n同志们：\n开场。\n一、2025年工作回顾\n全县共设立县乡村三级林长1,126名。\n二、2026年工作任务\n确保完成。\n三、工作要求\n一要严。\n同志们，希望全县3,400名护林员守好每一片林。谢谢！',
      in: 'speech',
    },
    // A narrower count ending in the same noun, far from the whole's value.
    '全县规上工业企业186家，实现产值126亿元。全县1,260家工业企业全部纳入监测。',
    // The whole said again with its total word dropped (经营主体总量 … 8.6万户经营主体), and a count
    // of the year's new ones far from it.
    '截至2025年底，全区经营主体总量达到8.6万户。全年新登记经营主体超过1.2万户。全区8.6万户经营主体中，企业占27.3%。',
    // Not a count of the whole said before its noun.
    '全县持证零售户1,862户。新增1,826户零售户纳入信用评价。',
    '全县耕地面积86.2万亩，永久基本农田72.4万亩。要守住全县86.2万亩耕地。',
    {
      text: '标题\n同志们：\n开场。\n一、2025年工作回顾\n全县现有松林面积68.5万亩。\n二、2026年工作任务\n对全县68.5万亩松林开展全覆盖普查。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    // The whole as the review counts it, said again in the tasks beside a target for some of it.
    {
      text: '标题\n同志们：\n开场。\n一、2025年工作回顾\n全县18家乡镇卫生院全部达到基本标准。\n二、2026年工作任务\n力争达到推荐标准的乡镇卫生院增加到12家。远程医疗服务覆盖全县18家乡镇卫生院。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
    {
      text: '标题\n同志们：\n开场。\n一、2025年工作回顾\n全市共有A级旅游景区36家。\n二、2026年工作任务\n创建4A级以上旅游景区达到16家，推动全市36家旅游景区提档升级。\n三、工作要求\n一要严。\n同志们，谢谢！',
      in: 'speech',
    },
  ],
  check(tops, ctx) {
    const out: DocumentFinding[] = []
    const named: NamedCount[] = []
    for (const { top, figures, pos } of figureBlocks(tops, ctx)) {
      const { text } = figures.view
      // The names listed right before their count: as many as it says.
      for (const { at, said, names } of namesMiscounted(text))
        out.push({
          rule: this.id,

          message: `前面列了${names.length}个（${names.join('、')}），这里说“${said}”，请核对。`,
          from: pos(at),
          to: pos(at + 1),
          excerpt: `${names.join('、')}${said}`,
        })
      for (const { offset: at, attrs: a } of figures.view.slots) {
        if (!filled(a)) continue
        const count: NamedCount = {
          label: withoutTotal(a.label.replace(/\s/g, '')),
          value: inBase(a.value, a.unit),
          shown: a.value + a.unit,
          base: parseUnit(a.unit).base,
          key: figureKey(a),
        }
        const after = text.slice(at + 1, at + 17)
        const whole = WHOLE_BEFORE.test(text.slice(Math.max(0, at - 3), at))
        const all = OPENS_CLAUSE.test(text.slice(Math.max(0, at - 2), at)) ? NOUN_THEN_ALL.exec(after) : null
        const set = text[at - 1] === '的' ? SET_THEN_PARTS.exec(after) : null
        const asked = whole ? NOUN_THEN_ASKED.exec(after) : null
        // The noun as said, when the words after it show where it ends: one character may be it (24个村全部建立).
        const said = (all ?? set ?? asked)?.[1] ?? ''
        const noun = whole || all || set ? NOUN_AFTER.exec(after.slice(0, 12)) : null
        if (noun) {
          // The counts first named with a name that ends in the noun the restatement begins with.
          // One of the same key is held here only when its name is too short for one figure, one
          // value to hold it (社区: a noun alone, figure-rules namesAMetric).
          // A short aside in a name is another word for it, not its end: 景区（点） names 景区.
          // A measure of the thing is the thing counted in its unit: 松林面积68.5万亩 names 松林.
          const nameOf = (n: NamedCount) => n.label.replace(ASIDE, '').replace(MEASURE_END, '')
          // 各级, 各类, 全体 before the noun say all of them (全县1,126名各级林长): the noun is what follows.
          const thing = noun[0].replace(EVERY_ONE, '')
          const sameNoun = named.filter(
            (n) =>
              n.base === count.base &&
              ([...Array(nameOf(n).length - 1).keys()].some((i) => thing.startsWith(nameOf(n).slice(i))) ||
                (ONE_CHARACTER_PLACE.test(said) && nameOf(n).endsWith(said))),
          )
          const ofNoun = sameNoun.filter((n) => n.key !== count.key || !namesAMetric(count.label))
          // Of the same year, kind and span: a count grows from the review to the tasks
          // (推动全县38个文明村 after 36). A whole acted on as it stands (对全县1,862户零售户实施…)
          // is the count already named, whatever year the tasks read it as.
          // So is a whole the closing rallies with its scope (关系到全县48,620名学生的健康成长): the
          // whole as it stands, counted in the review or the tasks.
          const rallied = whole && top.type === 'closing'
          const of = ofNoun.filter(
            (n) =>
              sameTime(n.key, count.key) ||
              all ||
              set ||
              asked ||
              rallied ||
              ACTED_ON.test(text.slice(Math.max(0, at - 8), at)),
          )
          // A count of the noun with this value, of any year, is what is said again (the review's
          // 全县18家乡镇卫生院 in the tasks' 覆盖全县18家乡镇卫生院, not the target 12家 of some of them).
          // The count itself first named under the same name is one too (查处非法集资案件9起 … 查处的9起案件中).
          const first = sameNoun.some((n) => n.value === count.value)
            ? undefined
            : of.find((n) => slipApart(n.value, count.value))
          if (first)
            out.push({
              rule: this.id,
              message: `前面写的是${first.label}${first.shown}，这里是${count.shown}；若说的是同一批，请核对。`,
              from: pos(at),
              to: pos(at + 1),
              excerpt: `${count.shown}${noun[0]}`,
            })
        }
        // A count said before its noun (全县57座水库, 街道辖8个社区) names them, however short the noun.
        if (namesAMetric(count.label) || NOUN_AFTER.exec(after)?.[0].startsWith(count.label)) named.push(count)
      }
    }
    return out
  },
}

/**
 * Words before a noun said again that take in every one of it (全县1,126名各级林长, 全市12.6万名各类
 * 志愿者, 全县86名全体党员): the whole, named by the noun after them. Not 各 alone (各乡镇: each).
 */
const EVERY_ONE = /^(?:各级|各类|全体|所有)(?=[\u4e00-\u9fff]{2})/

/** A short aside naming the same thing otherwise: 景区（点）, 村（社区）. */
const ASIDE = /[（(][\u4e00-\u9fff、]{1,4}[）)]/g

/** A whole the sentence acts on, named by its scope: 对全县, 为全市, 向全区. */
const ACTED_ON = new RegExp(`(?:对|为|向|给)${WHOLE_SCOPE}$`)

/** Two figure keys (label|kind|year|period|unit) of the same kind, year and span. */
function sameTime(a: string, b: string): boolean {
  return a.split('|').slice(1, 4).join('|') === b.split('|').slice(1, 4).join('|')
}
