/**
 * Numbers with a unit that are not figures to fill in each year: ordinals, ranges, age and
 * size thresholds, rankings, durations that name a mechanism, counts inside a title. Each entry
 * is one pattern of the genre with an example it must reject and one it must leave alone
 * (run by test/node/recognisers.test.ts). Adding a case is adding a row.
 */
import { anyOf, CHANGE_VERBS, LEVEL_WORDS, TO_A_LEVEL } from '../lang/changes'
import { insideBookTitle } from '../lang/punctuation'
import { COUNTING_UNIT, writtenBase } from '../lang/units'
import { after, before, type Candidate, UNIT } from './candidates'
import { CAUSE_VERBS, OBJECT_VERBS } from './labels'

/** How far a rule reads for the sentence around a number: a sentence is rarely longer. */
const SENTENCE_REACH = 400

export interface NotFigure {
  id: string
  purpose: string
  /** Whether the candidate is not a figure. */
  applies(c: Candidate): boolean
  /** Texts whose last candidate with a unit (else last candidate) this entry rejects. */
  matches: string[]
  /** Texts whose such candidate this entry leaves alone. */
  rejects: string[]
}

/** A number, with or without its unit, and the word that opens a range: "3至", "3个到". */
const RANGE_START = new RegExp(`\\d(?:\\.\\d+)?\\s*(?:${UNIT})?\\s*[至到～~—\\-－]\\s*$`)

/**
 * A span bounded both ways by 以上 and 以下 (a fine, a term, a size in a rule): "处500元以上2000元以下
 * 罚款", "2000元以上2万元以下", "50平方米以上100平方米以下". BOUNDED_FROM follows its first end, BOUNDED_TO
 * comes before its second, which 以下 (以内) closes.
 */
const BOUNDED_FROM = new RegExp(`^\\s*(?:及)?以上\\s*\\d[\\d,]*(?:\\.\\d+)?\\s*(?:${UNIT})?\\s*(?:及)?以[下内]`)
const BOUNDED_TO = new RegExp(`\\d(?:\\.\\d+)?\\s*(?:${UNIT})?\\s*(?:及)?以上\\s*$`)

const baseUnit = (c: Candidate) => writtenBase(c.unit)

/** "帮助500名以上退役军人": after a verb, a counting unit and its bound count the noun, not a class of it. */
function countsWhatFollows(c: Candidate): boolean {
  const verb = before(c).replace(/\s+$/, '')
  return COUNTING_UNIT.test(baseUnit(c)) && (OBJECT_VERBS.test(verb) || CAUSE_VERBS.test(verb))
}

/** Units of measure a material or a per-unit may be glued to ("吨标准煤", "立方米/日"). */
const MEASURE_UNIT = /^(?:吨|千克|公斤|立方米|千瓦时|千瓦|兆瓦|元)$/
/** Words that end a metric's name and put its level after them: 降至0.38吨…, 达到12万吨 (lang/changes). */
const COMPLEMENT = new RegExp(`${anyOf(LEVEL_WORDS)}\\s*$`)
/** Words that may follow a measure without being part of its unit: bounds, 级, a scale. */
const NOT_UNIT_WORD = /^(?:以|左右|上下|之|的|级|规模|水平|大关|目标|多|余)/

/**
 * A measure glued to more words than the unit table knows ("12万吨/月", "0.62吨二氧化碳" when
 * no row reads them): the figure's unit is a compound the program cannot name, and a slot of
 * its first word alone (0.38吨 with 标准煤 left as text) would be a wrong figure.
 */
function unknownCompound(c: Candidate): boolean {
  if (!MEASURE_UNIT.test(baseUnit(c))) return false
  const rest = after(c)
  if (/^[/／]\s*[\u4e00-\u9fffA-Za-z]/.test(rest)) return true
  if (/^每[\u4e00-\u9fff]/.test(rest)) return true
  const glued = /^([\u4e00-\u9fffA-Za-z]{1,5})(?=[，。；、！？,;]|$)/.exec(rest)
  return !!glued && baseUnit(c) !== '元' && !NOT_UNIT_WORD.test(glued[1]) && COMPLEMENT.test(before(c))
}

/**
 * Verbs of a change (lang/changes), and 控制 (kept within a bound): a length that was shortened,
 * raised or held is a result of the year's work.
 */
const CHANGE_VERB = new RegExp(anyOf([...CHANGE_VERBS, '控制']))
/** Verbs that move a rank, before the places it moved: 前移2位, 上升3个位次. */
const RANK_MOVE = /(?:前移|后移|上移|下移|前进|后退|上升|下降|提升|提高|跃升|下滑|进位|退位)\s*$/
/**
 * Words that put a sentence at the meeting itself: 刚才, 这次会议, 会上 opening a clause (not
 * 运动会上, 博览会上: another event), and those commended today (今天受表彰的).
 */
const MEETING_NOW =
  /刚才|今天受到?表彰|(?:^|[，；：])\s*(?:今天)?[上下]午(?!\d)|(?:^|[，；：])\s*(?:在)?(?:今天|这次|本次)?(?:的)?会[上前]|(?:^|[，；：])\s*(?:本次|这次)?(?:会议|全会|全委会|大会)(?:还|同时|上)|(?:这次|本次|今天的?)(?:会议|大会|全会)/
/**
 * What units do at a meeting: speak, share their experience (作了经验交流, 交流了经验, 介绍了做法),
 * take a pledge (the pledge's name may be long: 2026年度道路交通安全目标责任书), receive an award in
 * person, are commended.
 */
const MEETING_ACT =
  /发言|表态|述职|考核测评|(?:作|做|进行)了?[^，。；]{0,4}?交流|(?:交流|介绍)了?[^，。；]{0,16}?(?:经验|做法)|签订了?[^，。；]{0,24}(?:责任书|承诺书|协议|合同)|领奖|进行了?表彰|受到表彰/
/**
 * What the meeting does to those it counts, said before them in the clause: commends (会上表彰了
 * 6个先进窗口; 受表彰的有先进集体30个), elects or adds members (会议还增补了3名执委, 选举产生8名常委).
 * Or the sites it visits (会前，大家实地观摩了城南智能制造产业园、县第二水厂等9个重点项目).
 */
const MEETING_DEED =
  /(?:表彰|通报表扬|增补|增选|补选|选举产生|选举|选出|颁发|授予|命名)(?:了|的(?:有|是|共有)?)?(?:[^，。；：！？、\d]{0,10}[\d.,]+[^，。；：！？、\d]{0,3}、)*[^，。；：！？、]{0,10}$|(?:观摩|参观|察看|视察|考察)了[^，。；：！？\d]{0,40}$/

/** A clause that only totals what the clause before counted: 共, 共计, 合计. */
const TOTAL_LEAD = /^\s*(?:共|共计|合计|总计|一共)\s*$/
/** The meeting's deed in a clause, anywhere in it (授予……称号). */
const DEED_VERB = /表彰|通报表扬|授予|命名|颁发|增补|增选|补选|选举产生/
/** Those commended, named again with 这: 这100名先进个人, 这些受表彰的30名优秀教师. */
const HONOUREES_BACK = /(?:这|这些)(?:受表彰的|获奖的)?\s*$/
const HONOUREES = /^\s*(?:受表彰的)?(?:先进|优秀|模范|标兵|最美|获奖)/

/** Units of rates and shares: a rate all the items reach is their figure, not a bar. */
const RATE_UNIT = /[%‰]|百分点/
/**
 * Words that put every item of what was just said past one line: 全部超过, 均在, 都不低于. Not the
 * 均 of an amount per head, per village or per year (人均不低于1.5元, 村均, 年均): that is a figure.
 */
const ALL_PAST = /(?:全部|(?<![人户亩村年月日平])均|都|一律)(?:超过|突破|高于|低于|不低于|不超过|少于|在)\s*$/
/**
 * A count of units whose measure passes a line, said before the line: 已有3个区县研发投入强度超过,
 * 仍有4所学校……低于. Not an ordinal or a span of time (第3个季度, 前3个季度, 3个月).
 */
const COUNTED_PAST_LINE =
  /(?<![第前后近\d.])\d+\s*(?:个|家|所|座)(?!季度|月|百分点|工作日|小时|点)[^，。；：\d]{1,16}(?:超过|突破|高于|低于|不足)\s*$/
/** Words that compare with a bar: 超过, 低于, 不足. */
const PAST = /(?:超过|突破|高于|低于|不低于|不足|少于|大于|小于|达到)\s*$/
/**
 * A bar defines a class when a measure is compared with it (收入超过30万元的村), not when a verb
 * says how much was done (新建超过12公里的农村公路, 实现超过10亿元的交易额).
 */
function comparesAMeasure(c: Candidate): boolean {
  const head = before(c).replace(PAST, '')
  return !OBJECT_VERBS.test(head) && !CAUSE_VERBS.test(head) && !/(?:实现|取得|累计|达|共|了)$/.test(head)
}
/**
 * What a class defined by a bar is not: a measure of the year's work (超过10亿元的交易额, 好成绩),
 * or a standard set by it (每村每年不低于2万元的标准, 补助标准): the amount each gets is a figure;
 * nor the length of an activity set as a requirement (不少于3天的岗前培训, 不少于32学时的集中轮训),
 * nor the size of a body to be formed (组建不少于30人的应急抢险分队, 成立不少于5人的工作专班).
 */
const MEASURE_AFTER_OF =
  /^的[\u4e00-\u9fff]{0,6}?(?:额|量|值|收入|成绩|成效|规模|效益|水平|增长|增幅|基础|标准(?!线)|培训|轮训|学习|演练|实训|见习|训练|队伍|分队|小组|专班|队(?![长员]))/
/**
 * What a rate's bar marks out (完成进度低于45%的企业, 投资完成率低于60%的项目): those to be acted on,
 * named by what they are. A rate reached (达到45%的目标, 超过50%的良好态势) is a figure.
 */
const RATE_CLASS_AFTER =
  /^的(?:[\u4e00-\u9fff]{0,4}?)(?:企业|单位|村|社区|乡镇|街道|项目|学校|医院|部门|县区|地区|行业|户|家庭|机构)(?![\u4e00-\u9fff]{0,2}(?:数|比例|占比))/
/** Time units of a service's limit. */
const TIME_LIMIT_UNIT = /^(?:分钟|小时|天|日|工作日|个工作日|个月|月)$/
/**
 * What a duty must get done within its time: arrive, answer, handle, report, and for information
 * and complaints check, refute, publish or take down (2小时内核实、及时辟谣; 24小时内签收).
 */
const DUTY_VERBS = [
  ...['到达', '到场', '赶到', '赶赴', '抵达', '出警', '出动', '启动', '响应', '答复', '回复', '回应', '反馈'],
  ...['受理', '签收', '办结', '办理', '完成', '处置', '处理', '解决', '整改', '报告', '上报', '报送', '开工'],
  ...['发现', '核实', '核查', '研判', '辟谣', '发布', '删除', '下架', '派单', '转办', '审核', '送达', '立案'],
]
/** A time then 内 and what must happen in it: 30分钟内到达, 2小时内响应; earlier items of a list of such times first. */
const WITHIN_ACTION = new RegExp(
  '^(?:、[^，。；、\\d]{0,6}[\\d.]+\\s*(?:个)?(?:分钟|小时|天|日|工作日))*(?:以)?内\\s*' +
    `(?:${DUTY_VERBS.join('|')})`,
)
/** Verbs that make a time a result of the year's work: 缩短至12分钟以内. */
/**
 * A time limit said reached, right before it: 全部实现1个工作日办结 (a result of the year). Not one
 * compressed to (压缩至3个工作日、1个工作日内办结): that is the service's promise, as 内 says.
 */
const LIMIT_REACHED = /实现\s*$/
const CHANGED_TO = new RegExp(`${CHANGE_VERB.source}(?:到|至|在)?\\s*$`)

/** A level held over years, before the bar: 连续五年稳定在（30万吨以上）, 连续三年保持在. */
const YEARS_HELD =
  /连续\s*(?:[一二三四五六七八九十两]{1,3}|\d{1,2})\s*年(?:来)?(?:稳定在|保持在|稳在|维持在|站稳|稳居)\s*$/
/** A step set as a target in its sentence: 到2028年, 力争, 确保, 争取, 目标. */
const STEP_AS_TARGET = /到\s*\d{4}\s*年|力争|确保|争取|目标|计划|要/

export const NOT_FIGURES: readonly NotFigure[] = [
  {
    id: 'ordinal',
    purpose: '“第”后的数是序数：第3名、第5批。',
    applies: (c) => /第\s*$/.test(before(c)),
    matches: ['位列第3名', '第5批'],
    rejects: ['新增3批'],
  },
  {
    id: 'date',
    purpose: '日期不是数字：8月、10日、5号。',
    applies: (c) => !c.unit && /^\s*[月日号]/.test(after(c)),
    matches: ['**月**日召开'],
    rejects: ['**人参加', '**同志于本月到任'],
  },
  {
    id: 'book-title',
    purpose: '书名号里的数属于文件名称：《2022年工作要点》《“十四五”规划》。',
    applies: (c) => insideBookTitle(c.text, c.from),
    matches: ['印发《关于做好3项工作的通知》'],
    rejects: ['印发文件3项'],
  },
  {
    id: 'range',
    purpose: '区间（3至5个、2-3名、3个到5个，500元以上2000元以下的罚款）不是一个数。',
    applies: (c) =>
      RANGE_START.test(before(c)) ||
      /^\s*[至到～~—\-－]\s*\d/.test(after(c)) ||
      BOUNDED_FROM.test(after(c)) ||
      (BOUNDED_TO.test(before(c)) && /^\s*(?:及)?以[下内]/.test(after(c))),
    matches: [
      '选择3至5个重点领域',
      '配备2至3名信息员',
      '培训3-5天',
      // a span bounded by 以上 and 以下 (生态环境, 市场监管, 交通, 住建); its first end: import-figures.test.ts
      '由镇综合行政执法队依法处500元以上2000元以下罚款',
      '对违法主体处1万元以上10万元以下罚款',
      '对超限运输车辆处2000元以上2万元以下罚款',
      '套内建筑面积50平方米以上100平方米以下的住房',
    ],
    rejects: [
      '新增5个重点领域',
      '从12.6亿元增加到13.2亿元',
      // 以上 of one figure, the next figure another (人社, 农业)
      '新增就业1,200人以上，城镇登记失业率控制在3.5%以内',
      '粮食产量稳定在36万吨以上',
    ],
  },
  {
    id: 'age-threshold',
    purpose: '年龄界限（60岁以上、3岁以下）说的是人群，不是统计数。',
    applies: (c) => /岁$/.test(c.unit) && /^\s*(?:及)?以[上下]/.test(after(c)),
    matches: ['每千人口拥有3岁以下婴幼儿托位数', '为65岁及以上老年人体检'],
    rejects: ['人均预期寿命达到79.6岁'],
  },
  {
    id: 'size-threshold',
    purpose:
      '“500万元以上的企业”这类门槛修饰一类对象，不是统计数；“增长5%以上”、动词后数对象本身的“帮助500名以上退役军人”仍是数字。',
    applies: (c) =>
      !/[%‰]|百分点/.test(c.unit) &&
      /^\s*(?:及)?以[上下](?:的|[\u4e00-\u9fff])/.test(after(c)) &&
      !countsWhatFollows(c),
    matches: [
      '对年纳税额500万元以上的企业实行跟踪服务',
      '年销售额2000万元以上企业',
      '力争全年引进10亿元以上项目',
      '对从业人员50人以上的企业',
    ],
    rejects: ['新增经营主体1.3万户以上。', '增长5%以上的好成绩', '力争帮助300名以上返乡青年创业', '新增1000户以上农户'],
  },
  {
    id: 'step-crossed',
    purpose:
      '跨过或守住的一道整数关口（经济总量迈上3,000亿元台阶、税收收入突破10亿元大关、接待游客跨上千万人次台阶、粮食总产量连续五年站稳35万吨台阶、连续五年稳定在30万吨以上）说的是上了哪一级、守了几年，不是这一年的统计数（那一年的数另有）；当作目标提出的（到2028年集体经济收入迈上100万元的台阶、力争突破50亿元大关）和没有“连续几年”的“稳定在36万吨以上”仍是数字。',
    applies: (c) =>
      ((/^\s*(?:的)?(?:新)?(?:台阶|大关|关口)/.test(after(c)) &&
        /(?:迈上|迈入|跨上|跨入|站上|站稳|稳居|登上|突破|跨越|越过)\s*$/.test(before(c))) ||
        (/^\s*(?:及)?以上/.test(after(c)) && YEARS_HELD.test(before(c)))) &&
      !STEP_AS_TARGET.test(
        c.text
          .slice(Math.max(0, c.from - SENTENCE_REACH), c.from)
          .split(/[。！？；]/)
          .at(-1) ?? '',
      ),
    matches: [
      '从全市看，经济总量迈上3,000亿元台阶后，新产业、新业态不断涌现',
      '全县税收收入首次突破10亿元大关',
      '全年接待游客跨上1000万人次台阶',
      // a bar held for years, the year's own figure told beside it (农业, 税务, 文旅)
      '总产量37.8万吨，连续五年站稳35万吨台阶',
      '全县粮食总产量达到32.6万吨，连续五年稳定在30万吨以上',
      '税收收入12.3亿元，连续四年保持在10亿元以上',
      '接待游客1260万人次，连续3年稳定在千万人次以上，旅游收入连续三年保持在100亿元以上',
    ],
    rejects: [
      '到2028年集体经济收入迈上100万元的台阶',
      '粮食产量稳定在36万吨以上',
      '力争粮食总产量连续三年稳定在30万吨以上',
      '连续五年增长8%以上',
      '力争全县地区生产总值突破500亿元大关',
      '地区生产总值突破1万亿元，',
      '全年实现营业收入3,000亿元',
    ],
  },
  {
    id: 'shared-bar',
    purpose:
      '几个对象都越过的一道线（12个村、3个社区集体经济收入全部超过10万元，均在24小时内完成）不是统计数，数的是对象；几个指标共用的比率（规范管理率均达到80%）和没有“全部、均”的总数仍是数字。',
    applies: (c) => !RATE_UNIT.test(c.unit) && ALL_PAST.test(before(c)),
    matches: [
      '12个村、3个社区集体经济收入全部超过10万元',
      '全县126个行政村集体经济收入均超过5万元',
      '3起突发公共卫生事件均在24小时内完成流行病学调查',
      '参训人员考核成绩都不低于80分',
    ],
    rejects: [
      '高血压、糖尿病患者规范管理率均达到80%',
      '两项指标均超过95%',
      '村级集体经济收入总额超过428万元',
      '全部项目完成投资12亿元',
      '全县科普经费人均不低于1.5元',
      '村级组织运转经费村均不低于12万元',
    ],
  },
  {
    id: 'class-by-bar',
    purpose:
      '用一道线划出的一类对象（超过30万元的村、年销售额超过2000万元的企业）里的数是门槛，不是统计数；“实现超过10亿元的交易额”说的是数量本身，仍是数字。',
    applies: (c) =>
      (!RATE_UNIT.test(c.unit) || RATE_CLASS_AFTER.test(after(c))) &&
      PAST.test(before(c)) &&
      /^的/.test(after(c)) &&
      !MEASURE_AFTER_OF.test(after(c)) &&
      comparesAMeasure(c),
    matches: [
      '力争集体经济收入超过30万元的村',
      '对年销售额超过2000万元的企业',
      '欠薪金额低于5万元的案件',
      '全年新增城镇就业超过3000人的乡镇',
      // a rate's bar that marks out those to be acted on (国资, 招商, 医保, 教育)
      '对利润完成进度低于45%的企业，市国资委将逐户约谈',
      '对投资完成率低于60%的项目进行挂牌督办',
      '基金使用率低于70%的定点医院',
      '对巩固率低于95%的学校实行约谈',
    ],
    rejects: [
      '全年实现超过10亿元的交易额',
      '取得了超过5000万元的好成绩',
      '集体经济收入超过30万元',
      '新建超过12公里的农村公路',
      '单位地区生产总值能耗在0.41吨标准煤的基础上',
      '营业收入达到12亿元的基础上',
      '帮助超过300名的返乡青年',
      // a standard each one gets (农业农村, 人社, 住建): a figure of the requirement
      '按照每个行政村每年不低于2万元的标准落实管护经费',
      '按每人每年不低于80元的标准安排培训经费',
      // the length of an activity each must take (教育, 组织, 应急): a figure of the requirement
      '新教师要参加不少于3天的岗前培训',
      '每名村干部每年参加不少于32学时的集中轮训',
      '每个企业每年开展不少于2次的应急演练',
      '按照每平方米不低于300元的补助标准给予奖补',
      // the size of a body each must form (水利, 教育, 林业): a figure of the requirement
      '各乡镇组建不少于30人的应急抢险分队',
      '每个考点成立不少于5人的应急处置专班',
      '每个重点林区村组建不少于10人的护林防火队，',
      // a rate reached, followed by what it is of or for
      '森林覆盖率达到45%的目标',
      '完成进度超过50%的良好态势',
      '城镇化率达到62%的水平',
    ],
  },
  {
    id: 'counted-past-rate',
    purpose:
      '数的是越过一道比率线的对象（已有3个区县研发投入强度超过3%、有12个乡镇森林覆盖率超过60%），或没达到一道线的对象（16个村集体经营性收入不足10万元、3所学校生均经费低于800元）：数字是对象的个数，比率或金额是那道线，不是统计数；没有对象个数的比率（全县投资增速超过8%）、几个对象合计超过的数（5个项目总投资超过10亿元）仍是数字。',
    applies: (c) =>
      COUNTED_PAST_LINE.test(before(c)) && (RATE_UNIT.test(c.unit) || /(?:不足|低于)\s*$/.test(before(c))),
    matches: [
      '从全市看，已有3个区县研发投入强度超过3%',
      '全市有5个县（市、区）城镇化率突破50%',
      '全县已有12个乡镇森林覆盖率超过60%',
      '仍有4所学校学生体质健康优良率低于50%',
      // short of a bar of any unit (组织, 教育, 农业)
      '还有2个软弱涣散村党组织没有完成转化，16个村集体经营性收入不足10万元',
      '全县还有3所学校生均公用经费低于800元',
      '仍有5家合作社年经营收入不足20万元',
    ],
    rejects: [
      '前3个季度全县地区生产总值增长超过6%',
      '全县5个重点项目总投资超过10亿元',
      '12个乡镇全年完成造林1.2万亩',
      '第3个季度规上工业增加值增速超过5%',
      '两项指标均超过95%',
      '全县投资增速超过8%',
      '连续3个月空气质量优良率超过90%',
      '项目从签约到开工平均用时3个月，未出现延误',
      '提前2个月完成全部整改任务',
    ],
  },
  {
    id: 'share-under-bar',
    purpose:
      '“超过一半投资额在5亿元以下”：说的是多少对象落在一条线的哪一边，线不是统计数；“失业率控制在4%以内”是目标，仍是数字。',
    applies: (c) =>
      /^\s*(?:及)?以[上下]/.test(after(c)) &&
      /(?:一半|半数|多数|大多|大部分|[一二三四五六七八九]成)[^，。；\d]{0,10}在\s*$/.test(before(c)),
    matches: ['签约项目中超过一半投资额在5亿元以下', '全县企业大多数年营业收入在500万元以下'],
    rejects: ['城镇登记失业率控制在4%以内', '单个项目投资额均在5亿元以上的有12个'],
  },
  {
    id: 'service-time-limit',
    purpose:
      '服务必须做到的时限（接警后城区15分钟、农村30分钟内到达，2小时内响应，谣言2小时内核实）是承诺，不是统计数；测得的平均用时（平均到场时间6.5分钟）、缩短到的时限仍是数字。',
    applies: (c) => TIME_LIMIT_UNIT.test(baseUnit(c)) && WITHIN_ACTION.test(after(c)) && !CHANGED_TO.test(before(c)),
    matches: [
      '确保接警后城区15分钟、农村30分钟内到达现场',
      '群众诉求实行2小时内响应',
      '接到报告后医疗救援人员30分钟内赶到现场',
      '重要情况接报后30分钟内报告市防指',
      '签约项目原则上6个月内开工',
      // a duty on information and complaints (网信, 12345 热线, 市场监管)
      '对涉及突发事件的谣言，要在2小时内核实、及时辟谣',
      '涉企诉求工单24小时内签收',
      '投诉举报线索7个工作日内核查',
      '重大舆情1小时内发现、2小时内研判',
    ],
    rejects: [
      '专职消防队平均到场时间6.5分钟，',
      '平均出警时间缩短至12分钟以内到达',
      '全年开展应急演练36小时，完成培训',
    ],
  },
  {
    id: 'share-in-name',
    purpose:
      '调查、抽样的名称里的比例（全国1%人口抽样调查、5‰人口变动抽样调查）是名称的一部分，如“一村一品”里的数；抽查的合格率、抽样比例仍是数字。',
    applies: (c) => /^[%‰]$/.test(c.unit) && /^[\u4e00-\u9fff]{0,6}?(?:抽样调查|抽样|普查|调查)/.test(after(c)),
    matches: ['高质量完成2025年全国1%人口抽样调查', '开展5‰人口变动抽样调查'],
    rejects: ['产品质量抽查合格率达到98.5%，', '抽样比例提高到5%，调查质量明显提升'],
  },
  {
    id: 'ranking',
    purpose: '名次（排名后3位、前10名）不是统计数。',
    applies: (c) => /^[名位]$/.test(baseUnit(c)) && /(?:前|后|排名|排在|位列)\s*$/.test(before(c)),
    matches: ['对考核排名后3位的乡镇进行约谈', '进入全省前10名'],
    rejects: ['表彰先进个人10名', '会前，表彰先进个人10名'],
  },
  {
    id: 'ranking-field',
    purpose:
      '排名的范围（在全市11个县（市、区）中排名第2位、在全省16个地市中位列第3）数的是一起排名的地方，不是统计数；名次本身是序数。',
    applies: (c) =>
      /^(?:个|家|所)$/.test(baseUnit(c)) &&
      /^[^，。；：！？\d]{0,16}?(?:中|里|之中)?(?:排名|排在|排|位列|位居|居|列)第/.test(after(c)),
    matches: [
      '全年统计工作考核在全市11个县（市、区）中排名第二',
      '人均外借图书在全市9个县（市、区）中排第6',
      '营商环境评价在全省16个地市中位列第3',
      '在全市13个县区高质量发展考核中位居第1',
    ],
    rejects: [
      '新建11个乡镇综合文化站，综合排名全市第2位',
      '全县11个项目列入省重点项目',
      '对11个排名靠后的乡镇进行约谈',
    ],
  },
  {
    id: 'rank-change',
    purpose:
      '名次的进退（比上年前移2位、排名上升3个位次、较上年下降1位）说的是名次变了多少，和名次一样不是统计数；“新增省级非遗传承人3位”数的是人，仍是数字。',
    applies: (c) =>
      RANK_MOVE.test(before(c)) && (baseUnit(c) === '位' || (baseUnit(c) === '个' && /^\s*位次/.test(after(c)))),
    matches: ['平安建设考核位列全省第3位，比上年前移2位', '营商环境评价排名上升3个位次', '综合考核排名较上年下降1位'],
    rejects: ['新增省级非遗传承人3位', '全县现有百岁老人28位', '规上企业数量上升3个'],
  },
  {
    id: 'distance-in-name',
    purpose:
      '指标或范围名称里的距离（公交站点500米覆盖率、轨道站点300米范围内、公园绿地500米服务半径、20公里医疗服务圈）是名称的一部分，如“15分钟生活圈”里的时长；修建、改造的长度（新建防火隔离带12公里）仍是数字。',
    applies: (c) =>
      /^(?:米|公里|千米)$/.test(baseUnit(c)) &&
      /^(?:(?:服务|辐射)?(?:范围|半径)|[\u4e00-\u9fff]{0,4}?(?:覆盖率|服务圈|生活圈|健身圈|圈))/.test(after(c)),
    matches: [
      '“十四五”期间，城区公交站点500米覆盖率稳步提高',
      '实现轨道站点300米范围内公交接驳全覆盖',
      '提高城区公园绿地500米服务半径覆盖率',
      '建成乡镇卫生院20公里医疗服务圈',
      '中小学校周边200米范围内不得开设网吧',
    ],
    rejects: [
      '新建防火隔离带12公里，实现连续二十八年未发生森林火灾',
      '完成县城老城区雨污分流改造11.6公里',
      '新建城市绿道8.5公里，串联公园12个',
      '路灯间距控制在50米以内',
    ],
  },
  {
    id: 'capacity-in-name',
    purpose:
      '项目、生产线名称开头的年产能（年产5万吨新型环保涂料项目、年产10万台新能源汽车电机生产线、年处理30万吨建筑垃圾资源化利用项目）是名称的一部分，如“500米覆盖率”里的距离；粮食年产量、新增的产能（新增年产5万吨生产能力）仍是数字。',
    applies: (c) =>
      /年(?:产|处理|加工|生产|出栏)\s*$/.test(before(c)) &&
      /^[^，。；：！？\d]{1,30}?(?:项目|生产线|工厂|车间|产业园)(?!产值|投资|建设进度)/.test(
        c.text.slice(c.to, c.to + 40),
      ),
    matches: [
      '年产5万吨新型环保涂料、智能农机装备产业园等一批重点项目从签约到开工',
      '加快推进年产10万台新能源汽车电机项目建设',
      '建成年处理30万吨建筑垃圾资源化利用项目',
      '年出栏20万头生猪养殖项目顺利投产',
    ],
    rejects: [
      '全县粮食年产52万吨，连续多年稳定',
      '企业新增年产5万吨生产能力',
      '项目全部投产后，年产各类涂料5万吨，实现产值8亿元',
    ],
  },
  {
    id: 'duration-in-name',
    purpose:
      '雨情、水情指标名称里的时长（最大24小时降雨量、最大1小时雨强、24小时降水量超过100毫米）是指标的名字，如“500米覆盖率”里的距离；降雨的天数、历时（累计降雨42天、持续降雨5天）仍是数字。',
    applies: (c) =>
      /^(?:小时|分钟|天|日)$/.test(baseUnit(c)) &&
      /^\s*(?:最大|累计|平均)?(?:降雨量|降水量|雨量|雨强|降雪量|面雨量|涨幅|水位涨幅)/.test(after(c)),
    matches: [
      '其中“7·16”暴雨过程最大24小时降雨量为有气象记录以来第二',
      '主城区最大1小时雨强创历史极值',
      '部分站点24小时降水量破历史纪录',
      '流域最大3小时面雨量偏大',
    ],
    rejects: ['汛期累计降雨42天，', '出现持续降雨5天，', '全年开展应急演练36小时，', '平均提前3小时预报到位'],
  },
  {
    id: 'time-left',
    purpose:
      '离一个日子还有多久（当前距年底只有100多天、距高考还有30天、距春节不到20天）是催促的说法，不是统计数；提前、缩短了多少天仍是数字。',
    applies: (c) =>
      /^(?:天|日|个月|周|个星期|小时)$/.test(baseUnit(c)) &&
      /距(?:离)?[^，。；：\d]{1,8}?(?:还有|还剩|只有|只剩|仅有|仅剩|不到|不足|尚有)\s*$/.test(before(c)),
    matches: ['当前距年底只有100多天', '距高考还有30天，各校要抓紧备考', '距春节不到20天', '距离汛期仅剩2个月'],
    rejects: ['比计划提前3天完成全部整改', '距县城12公里的集镇', '用时比上年缩短5天'],
  },
  {
    id: 'class-by-run',
    purpose:
      '连续几个月、几年怎样的对象（对连续2个月进出口下降的县（市、区）进行约谈、连续3个月零申报的企业、连续2年考核排名靠后的学校），或某事之后过了多久仍未怎样的对象（签约3个月未开工的项目、交办6个月仍未整改的企业）：时长是划出一类对象的线，不是统计数；做到的连续天数、年数（连续安全生产365天、实现连续28年未发生森林火灾）仍是数字。',
    applies: (c) =>
      /^(?:天|日|个月|月|年|个季度|季度|周)$/.test(baseUnit(c)) &&
      (/连续\s*$/.test(before(c)) || /^\s*(?:及?以上)?(?:仍|尚|还)?(?:未|没有)/.test(after(c))) &&
      /^[^，。；：！？\d]{0,14}?的[\u4e00-\u9fff]{0,4}?(?:企业|单位|村|社区|乡镇|街道|项目|学校|医院|部门|县|区|市|地区|行业|户|家庭|机构|合作社|窗口)/.test(
        after(c),
      ),
    matches: [
      '对连续2个月进出口下降的县（市、区）进行约谈',
      '对连续3个月零申报的企业开展核查',
      '对连续3个月工资发放异常的用人单位实行重点监控',
      // a time since an event with nothing done: 签约3个月未开工的项目 (招商, 生态环境, 人社)
      '对签约3个月未开工的项目逐一分析原因、限期销号',
      '对交办6个月仍未整改到位的企业实行挂牌督办',
      '对欠薪2个月以上未解决的用人单位依法查处',
    ],
    rejects: [
      '新建防火隔离带12公里，实现连续28年未发生森林火灾',
      '截至12月31日，全县连续安全生产365天',
      '连续3个月空气质量优良率超过90%',
    ],
  },
  {
    id: 'time-from-event',
    purpose:
      '从某件事算起的时刻（开考前1小时至考试结束、开赛前2小时起实行交通管制、每日发车前30分钟完成安检）说的是什么时候做，不是统计数；提前了多少（比计划提前3天、提前3小时预报）仍是数字。',
    applies: (c) =>
      /^(?:分钟|小时|天|日)$/.test(baseUnit(c)) &&
      /(?:开考|考试|开赛|比赛|发车|开幕|开场|开始|入场|开工|开会|放学|上学|起飞|开闸|泄洪)(?:前|后)\s*$/.test(
        before(c),
      ),
    matches: [
      // 教育, 公安, 交通, 会务, 水利
      '开考前1小时至考试结束后实行交通疏导',
      '马拉松开赛前2小时起对沿线道路实行交通管制',
      '客运班车每日发车前30分钟完成安全检查',
      '大会开幕前2小时完成会场安检',
      '水库开闸前1小时通知下游群众转移',
    ],
    rejects: [
      '比计划提前3天完成全部整改',
      '平均提前3小时预报到位',
      '考前至少组织2轮全流程演练',
      '全年开展应急演练36小时，',
    ],
  },
  {
    id: 'stretch-of-time',
    purpose:
      '“前11个月”“近6个月”“过去5个月”说的是一段时间（拿来比较或计数的时段），不是统计数；“提前3天完成”“用时缩短了5天”说的是做到了多少，仍是数字。',
    applies: (c) =>
      /^(?:个月|天|年|周|个季度|季度)$/.test(baseUnit(c)) &&
      /(?:^|[^提超之以此])(?:前|近|头|过去|最近)\s*$/.test(before(c)),
    matches: [
      '12月份月均进度必须明显快于前11个月',
      '本月新增市场主体数超过近6个月',
      '四季度招商进度要明显快于过去5个月',
      '3月份投资增速高于头2个月',
    ],
    rejects: ['比计划提前3天完成全部整改', '用时比上年缩短5天', '力争再用3年时间全面完成改造', '此前3个月'],
  },
  {
    id: 'reach-time',
    purpose:
      '说服务离群众多近的时长（群众出门15分钟就能走进书房、步行10分钟即可到达公园、半小时车程可达）是目标的说法，如“15分钟生活圈”；测得的平均用时、缩短到的时长仍是数字。',
    applies: (c) =>
      /^(?:分钟|小时)$/.test(baseUnit(c)) &&
      !CHANGED_TO.test(before(c)) &&
      /^\s*(?:车程|路程)?(?:以内|之内|内)?\s*(?:就能|就可以?|即可|便能|便可|可达|可以到达|能到达|就到)/.test(after(c)),
    matches: [
      '新建城市书房3个，让群众出门15分钟就能走进书房',
      '城区居民步行10分钟即可到达公园绿地',
      '群众出门5分钟就可以享受健身服务',
      '实现农村居民30分钟内便能就近就医',
      '县城到各乡镇1小时车程可达',
    ],
    rejects: [
      '专职消防队平均到场时间6.5分钟，',
      '群众办事平均等候时间缩短至15分钟就能办结',
      '全年开展志愿服务2.6万小时，',
      '城市书房日均开放12小时，',
    ],
  },
  {
    id: 'mechanism',
    purpose:
      '表示机制、服务时限的时长（24小时值班、15分钟生活圈、推行“1小时办结”）是名称的一部分；“全部实现1个工作日办结”说的是做到了的时限，仍是数字；“压缩至1个工作日内办结”是承诺的时限，不是。',
    applies: (c) =>
      /^(?:小时|天|工作日|个工作日|分钟)$/.test(baseUnit(c)) &&
      !LIMIT_REACHED.test(before(c)) &&
      /^[^，。；]{0,12}(?:机制|制度|服务|值守|值班|在线|不间断|热线|响应|全天候|待命|办结|畅通|开机|生活圈|服务圈|健身圈|圈)/.test(
        after(c),
      ),
    matches: [
      '建立24小时值班服务机制',
      '建成城市15分钟健身圈',
      '落实24小时值班值守制度',
      '汛期手机24小时保持畅通',
      '查封、注销等8类业务推行“1小时办结”',
      '一般登记、抵押登记分别压缩至3个工作日、1个工作日内办结',
    ],
    rejects: [
      '平均到达时间缩短至25分钟。',
      '审批时限压缩至3个工作日，服务质量明显提升',
      // a time limit reached (不动产登记, 政务服务, 公积金)
      '抵押登记全部实现1个工作日办结',
      '企业开办全面实现0.5个工作日办结',
      '公积金提取业务实现2小时办结',
    ],
  },
  {
    id: 'per-occasion-length',
    purpose:
      '每一次活动的时长（每次试鸣全程约15分钟、每场演出约2小时）说的是活动怎么办，不是每年要填的数；缩短、延长了的时长（每次平均用时缩短至8分钟）仍是数字。',
    applies: (c) => {
      if (!/^(?:小时|分钟|秒|天)$/.test(baseUnit(c))) return false
      const clause = /每(?:次|场|轮|期)([^，。；、\d]{0,8})$/.exec(before(c))
      return !!clause && !CHANGE_VERB.test(clause[1])
    },
    matches: ['连续五年组织防空警报试鸣，每次试鸣全程约15分钟', '每场演出约2小时'],
    rejects: [
      '每次应急演练平均用时缩短至8分钟',
      '专职消防队接警后平均到场时间缩短至6.5分钟',
      '每期培训学员50人',
      // any verb of a change (lang/changes)
      '每次平均用时压减至8分钟',
    ],
  },
  {
    id: 'matching-ratio',
    purpose: '“按1：1比例配套”：一比一是配套、分担的规矩，不是当年的数；“生师比16.8：1”是数字。',
    applies: (c) => /^[：:]1$/.test(c.unit) && /^1(?:\.0+)?$/.test(c.num),
    matches: ['省级奖补资金按1：1比例配套', '市县两级按1:1分担'],
    rejects: ['全县小学生师比16.8：1', '床护比达到1.6:1'],
  },
  {
    id: 'meeting-fact',
    purpose:
      '会议本身的情况（刚才3个乡镇作了交流发言、会上与12家重点企业签订责任书、会上表彰了6个先进窗口、会议还增补了3名执委、会前观摩了9个重点项目）说的是这次会怎么开，不是工作的数字；全年签订责任书的企业数、全年表彰的先进个人数仍是数字。',
    applies: (c) => {
      // The whole sentence: 刚才 may open it far before the number (刚才，县应急管理局通报了……，县政府与12个乡镇).
      // Read within SENTENCE_REACH on either side: a paragraph of thousands of figures and no full
      // stop made each figure read the whole paragraph before it.
      const before = c.text.slice(Math.max(0, c.from - SENTENCE_REACH), c.from)
      const sentence = before.slice(Math.max(...[...'。！？'].map((m) => before.lastIndexOf(m))) + 1)
      const clause = sentence.slice(Math.max(...[...'，；：'].map((m) => sentence.lastIndexOf(m))) + 1)
      // The total of those just commended (授予……“先进集体”称号，共55个先进集体): the clause before is the deed.
      const lead = sentence.slice(0, sentence.length - clause.length - 1)
      const totalOfDeed =
        TOTAL_LEAD.test(clause) &&
        DEED_VERB.test(lead.slice(Math.max(...[...'，；：'].map((m) => lead.lastIndexOf(m))) + 1))
      return (
        (MEETING_NOW.test(sentence) &&
          (MEETING_ACT.test(c.text.slice(c.to, c.to + SENTENCE_REACH).split(/[。！？；]/)[0]) ||
            MEETING_DEED.test(clause) ||
            totalOfDeed)) ||
        (HONOUREES_BACK.test(before) && HONOUREES.test(after(c)))
      )
    },
    matches: [
      '刚才，县信访局局长作了工作报告，3个乡镇和县直部门作了交流发言',
      '刚才，某某同志宣读了表彰通报，受表彰的5个县（市、区）体育部门作了交流发言',
      '会上，我们与12家重点企业签订了安全生产目标责任书',
      '刚才，市政府与9个县（市、区）签订了2026年度道路交通安全目标责任书',
      '刚才，县应急管理局通报了全县安全生产形势，县政府与12个乡镇（街道）签订了2026年度安全生产目标责任书',
      '刚才，县教育局与18所中小学校签订了2026年度校园安全工作目标管理责任书',
      '刚才，组织部通报了述职评议情况，6个街道党工委书记作了现场述职',
      // units sharing their experience (街道, 农业, 应急, 人社)
      '刚才，东湖、文昌2个社区和锦绣花园小区业委会作了经验交流',
      '刚才，3个乡镇作了典型经验交流',
      '刚才，2家企业交流了安全生产标准化建设的经验',
      '刚才，4个县（市、区）人社局介绍了各自的经验做法',
      '刚才，会上与12个重点项目签订了投资协议',
      '刚才会议还对8个代表小组进行了年终考核测评',
      // the sites the meeting visits before it sits (发改, 农业农村, 住建)
      '会前，大家实地观摩了城南智能制造产业园、县第二水厂等9个重点项目',
      '会前，与会人员现场观摩了6个美丽乡村示范点',
      '刚才，我们一起察看了2个老旧小区改造现场',
      // this morning or afternoon, on the meeting's day (商务, 住建)
      '今天我们在开发区召开全市外贸稳增长现场推进会，上午大家实地观摩了4个现场，看了企业',
      '下午，与会同志察看了3个老旧小区改造项目',
      // whom the meeting commends, elects or adds (审批局, 工商联, 团委, 妇联, 人大)
      '刚才，王丽萍副局长通报了2025年度窗口考核情况，会上表彰了6个先进窗口',
      '会议还增补了3名执委',
      '这次会议选举产生了12名新一届委员会委员',
      '会上，对2025年度20个五四红旗团支部进行了表彰',
      '刚才，会议补选了2名常务委员会委员',
      '全会还增选了2名常委',
      // a list of those commended, each kind with its count (文明创建, 平安建设)
      '这次大会表彰了文明村镇40个、文明单位56个、文明家庭100户',
      '这次大会表彰了文明村镇40个、文明单位56个、文明家庭100户、优秀志愿者120名',
      '本次大会表彰了平安乡镇8个、平安单位26个',
      // those commended today, listed after 受表彰的有 (科技, 文明创建, 人社)
      '刚才，区委书记为受表彰的单位和个人颁了奖，今天受表彰的有科技创新突出贡献企业10家、科技创新先进个人20名',
      '今天受表彰的有文明村镇40个、文明单位56个',
      '刚才，会议宣读了表彰决定，受到表彰的有先进集体30个、先进个人50名',
      // their total, after the deed that names them (乡村振兴, 文明创建)
      '刚才，王海燕同志宣读了表彰决定，授予5个乡镇、30个村（社区）和20个县直单位“乡村振兴先进集体”称号，共55个',
      '刚才，会议命名了文明村镇40个、文明单位56个，共计96个',
      // those commended, named again with 这 (乡村振兴, 教育, 卫健)
      '这100名先进个人，就是全县干部群众学习的身边榜样',
      '这些受表彰的30名优秀教师',
      '这12个先进集体是全县卫生健康战线的排头兵',
    ],
    rejects: [
      // the year's commendations and elections, told in a review
      '全年表彰先进个人120名',
      '2025年，县政府表彰了6个先进窗口',
      '在全省总结表彰大会上，我县3个单位受到表彰',
      '去年的会上，我们表彰了10个先进集体',
      '全年表彰文明村镇40个、文明单位56个、文明家庭100户',
      '这次大会之前，全县已累计创建文明村镇86个、文明单位126个',
      '全年受表彰的有先进集体12个、先进个人36名',
      '刚才听了汇报，很受启发。去年受到表彰的有先进集体12个',
      '全年增补执委5名',
      '上半年组织各乡镇观摩了16个重点项目',
      '今年上半年观摩了16个重点项目',
      '全年组织现场观摩活动12场',
      '会前已经下发了3个文件，全年观摩重点项目24个',
      '全年增选理事12名',
      '全年与386家企业签订安全生产目标责任书',
      '全年组织126名村党组织书记向镇党委述职',
      '组织12家企业作交流发言，培训企业负责人320人次',
      '在省运动会上，12名运动员作为代表发言',
      // experience shared in the year's work, not at this meeting
      '全年组织6个社区开展经验交流活动',
      '在全市经验交流会上，我县3个乡镇作了经验交流',
      '刚才听了汇报，很受启发。全年组织12家企业进行经验交流',
      // a total of the year's work, and a count named again that is no honour
      '刚才，县统计局通报了全年经济运行情况，新建学校6所、幼儿园8所，共14所',
      '全年表彰先进集体25个、先进个人60名，共85个',
      '这3个项目总投资12亿元',
      '这两年新增先进制造业企业12家',
    ],
  },
  {
    id: 'forecast-range',
    purpose: '预报的时效（24小时晴雨预报、72小时天气预报）是预报种类的名称；“提前3小时预报”的提前量仍是数字。',
    applies: (c) =>
      /^(?:小时|天)$/.test(baseUnit(c)) &&
      /^[\u4e00-\u9fff]{0,4}?(?:预报|预测)/.test(after(c)) &&
      !/(?:提前|前|早)\s*$/.test(before(c)),
    matches: [
      '72小时天气预报准确率稳步提高',
      '全市24小时降水预报准确率提高',
      '发布未来7天预报产品',
      '汛前发布24小时降水预报',
    ],
    rejects: ['平均提前3小时预报到位', '出现连续降雨5天，预报服务及时'],
  },
  {
    id: 'deadline',
    purpose: '办事时限（出生后90天内、受理之日起5个工作日内）是规定，不是统计数。',
    applies: (c) =>
      /^(?:小时|天|日|工作日|个工作日|个月)$/.test(baseUnit(c)) &&
      /^\s*内/.test(after(c)) &&
      /(?:后|起)\s*$/.test(before(c)),
    matches: ['新生儿出生后90天内参保', '自受理之日起5个工作日内办结'],
    rejects: ['企业开办压缩至1个工作日以内', '审批时限压缩到3个工作日内'],
  },
  {
    id: 'set-period-length',
    purpose:
      '按日期或安排定下的一段时期的长度（春运从1月26日开始、到3月5日结束，共40天；2023年春运40天；国庆假期8天；主汛期为期92天）是时间的框子，不是工作的数字；这段时期里做到的天数（汛期累计降雨42天、连续安全生产365天、优良天数312天）仍是数字。',
    applies: (c) =>
      /^(?:天|日|个月|周)$/.test(baseUnit(c)) &&
      (SET_PERIOD_NAME.test(before(c)) || DATE_SPAN_END.test(before(c)) || CONCENTRATED_SPAN.test(after(c))),
    matches: [
      '今年春运从1月26日（星期五）开始，到3月5日（星期二）结束，共40天',
      '2023年春运40天，全县道路客运平稳有序',
      '今年国庆、中秋假期8天，全市接待游客',
      '全县主汛期为期92天，',
      '禁渔期自3月1日起至6月30日止，共122天',
      '秋冬季森林防火期从10月1日至次年4月30日，历时7个月',
      // the span a campaign is given to push (城管, 人社, 生态环境)
      '必须下决心、花力气，在100天内集中攻坚、打赢打好',
      '用3个月时间集中开展根治欠薪专项行动',
      '利用60天时间集中整治“散乱污”企业',
    ],
    rejects: [
      '汛期累计降雨42天，',
      '全年空气质量优良天数达到312天',
      '截至12月31日，全县连续安全生产365天',
      '比计划提前3天完成全部整改',
      '假期期间平均入住率达到86%，游客平均停留2天',
      '连续集中攻坚30天，完成整改',
    ],
  },
  {
    id: 'pairing',
    purpose: '“1对1帮扶”这类配比不是数字；“325户1062人”是同一群人的两个数，都是数字。',
    applies: (c) => baseUnit(c) === '对' && /^\d/.test(after(c)),
    matches: ['开展1对1帮扶', '实行2对1结对'],
    rejects: ['办理婚姻登记3280对。', '办理婚姻登记3280对新人，较2024年增加'],
  },
  {
    id: 'dui-preposition',
    purpose: '“对”作单位只数成对的（婚姻登记3280对）；后面接着说话时是介词：“组长***对全系统……”。',
    applies: (c) => baseUnit(c) === '对' && !/^(?:\s*$|[，。；、：！？,;]|新人|夫妇|夫妻)/.test(after(c)),
    matches: ['组长***对全系统党风廉政建设工作作了部署'],
    rejects: ['办理婚姻登记3280对，', '办理婚姻登记3280对'],
  },
  {
    id: 'unknown-compound-unit',
    purpose:
      '单位后面还粘着单位表里没有的字（12万吨/月、亩均产出12.6万元每亩、降至0.62吨二氧化碳）：单位认不全，只取前半截会成为错的数字，留作文字。',
    applies: unknownCompound,
    matches: [
      '垃圾日处理能力达到12万吨/月，',
      '亩均产出达到12.6万元每亩，',
      '单位地区生产总值二氧化碳排放降至0.62吨二氧化碳。',
      // after any verb of lang/changes before the second end of a change
      '单位地区生产总值二氧化碳排放压减至0.62吨二氧化碳。',
      '单位地区生产总值二氧化碳排放降低至0.62吨二氧化碳。',
      // after any word of a level held (lang/changes LEVEL_WORDS): 保持 as 保持在
      '单位地区生产总值二氧化碳排放保持0.62吨二氧化碳。',
      '单位地区生产总值二氧化碳排放稳定在0.62吨二氧化碳。',
    ],
    rejects: [
      '新建1,200立方米蓄水池，',
      '粮食总产量达到33.6万吨，',
      '综合能耗降至0.38吨标准煤，',
      '综合能耗降至0.38吨标准煤',
      '日处理能力达到12万吨以上，',
      '人均可支配收入达到5.1万元人民币，',
    ],
  },
  {
    id: 'no-unit',
    purpose:
      '不带单位的数（热线12345、G105线、三级医院）不是数字；打码的人名另行识别。系数、指数这类本身没有单位的量（灌溉水有效利用系数0.582、空气质量综合指数3.86）是数字。',
    applies: (c) => !c.unit && !c.masked && !DIMENSIONLESS.test(before(c)),
    matches: ['拨打12345热线', '邮编730000，'],
    rejects: [
      '培训3000人次',
      '农田灌溉水有效利用系数达到0.582，',
      '空气质量综合指数为3.86，',
      '出生人口性别比降至106.2，',
      '农田灌溉水有效利用系数提高至0.586，',
      // an index known by its letters, and the second end of a change (卫健, 工信 数据中心, 生态环境)
      '全院CMI值由0.86提高到0.93，',
      '病例组合指数CMI由上年的0.86提高到0.94，',
      'CMI值达到0.98，',
      '新建数据中心PUE值控制在1.25，',
      '空气质量综合指数由4.12下降到3.86，',
    ],
  },
]

/**
 * Measures with no unit of their own: 系数, 指数, 性别比, and the indexes known by their letters with
 * 值 or not (医院 CMI值 病例组合指数, 数据中心 PUE值 电能利用效率), an aside of letters after the name too
 * (病例组合指数CMI).
 */
const DIMENSIONLESS_NAME = '(?:系数|指数|性别比|CMI值?|PUE值?)(?:[A-Z]{2,5})?'
/**
 * Such a measure just before the number: 有效利用系数达到0.582, 综合指数3.86, 性别比106.2, CMI值达到0.98;
 * between them any word of a level (lang/changes), 是, the 由/从 of a change's first end (由上年的
 * 0.86), or that first end and the verb to the second (CMI值由0.86提高到0.93).
 */
const DIMENSIONLESS = new RegExp(
  `${DIMENSIONLESS_NAME}(?:力争|确保|争取)?(?:${anyOf(LEVEL_WORDS)}|是|(?:由|从)(?:上年|去年|年初)?的?(?:\\d+(?:\\.\\d+)?\\s*${TO_A_LEVEL})?)?\\s*$`,
)

/**
 * A period set by calendar or by an authority, named just before its length: 春运40天, 国庆假期8天,
 * 主汛期为期92天. Not what happened in it (汛期降雨42天: a verb stands between).
 */
const SET_PERIOD_NAME =
  /(?:春运|暑运|寒假|暑假|假期|小长假|长假|黄金周|汛期|主汛期|防火期|禁渔期|休渔期|禁牧期|休牧期|会期|展期|赛期)\s*(?:共|共计|为期|历时)?\s*$/
/** A span given to a campaign's push, said before it: 在100天内集中攻坚, 用3个月时间集中开展. */
const CONCENTRATED_SPAN = /^\s*(?:的)?(?:时间)?(?:内|里)?\s*集中/
/** The end of a span of dates, then its length: …到3月5日（星期二）结束，共40天; 至6月30日止，共122天. */
const DATE_SPAN_END = /(?:\d+[日号](?:（[^）]{1,4}）)?(?:结束|止)?|结束|止)\s*[，,]?\s*(?:共|共计|为期|历时)\s*$/

/** The entry that rules a candidate out, if any. */
export function notFigure(c: Candidate): NotFigure | undefined {
  return NOT_FIGURES.find((n) => n.applies(c))
}
