/**
 * Last year's figures said again in the tasks: in the tasks of 2026, "去年排查的2.36万件矛盾纠纷中，
 * 婚姻家庭和邻里纠纷占61.7%，要把排查重心放在……" restates two actuals of 2025 before the task it
 * grounds. A clause opening with a year before the planned one governs the rest of its sentence,
 * until a clause names another time or turns to what is to be done (要, 力争, 确保); a figure that
 * names its own year keeps it. Later years are target-years.ts's, spans of years periods.ts's.
 */
import { RANGE_JOIN, STANDING, YEAR } from '../lang/years'

export interface PastYearPhrase {
  id: string
  purpose: string
  /** At the opening of a clause; group 1 a year named, if any. */
  pattern: RegExp
  /** Clauses whose figures are of that year, and look-alikes that are not. */
  matches: string[]
  rejects: string[]
}

/** Where a clause opens: the paragraph's start or a mark, and a word that only links. */
const CLAUSE_OPEN = '(?:^|[，。；：！？,;:])\\s*(?:其中|同时|特别是)?\\s*'
/** A few words of a clause's subject before its time word (中心现有, 全县去年): never 比, 与, 在, 较, nor 由/从 (a change's first end). */
const SUBJECT = '[^，。；：！？,;:比较与同在由从]{0,6}?'

export const PAST_YEAR_PHRASES: readonly PastYearPhrase[] = [
  {
    id: 'last-year',
    purpose:
      '任务部分里以“去年”“上年”开头的小句（去年排查的2.36万件矛盾纠纷中、去年中心经营收入1,260万元）说的是回顾那一年的实际数；“比去年”“在上年……的基础上”“去年以来”不是。',
    // A few words of the subject may come first (全县去年, 中心去年), never a comparison's 比/与/在.
    pattern: new RegExp(
      `${CLAUSE_OPEN}${SUBJECT}(?:去年|上年|上一年)(?:度|底|末|全年)?(?!以来|同期|的基础|基础上|相比)`,
    ),
    matches: [
      '去年排查的2.36万件矛盾纠纷中，婚姻家庭和邻里纠纷占61.7%',
      '去年中心经营收入1,260万元，同比下降4.7%',
      '上年全县粮食总产量33.6万吨，单产仍低于全市平均水平',
      '说实话，去年的数据有喜有忧：全平台总阅读量达到3.26亿次，同比增长18.6%',
      '还有，去年全中心因为稿件质量被上级通报过2次',
      '全县去年新签约项目42个，总投资86.5亿元',
    ],
    rejects: [
      '经营收入比去年增长10%',
      '税收收入在上年8.6亿元的基础上增长6%',
      '去年以来，累计培训1.2万人次',
      '本科上线率在去年71.3%的基础上稳中有升',
      '与去年同期相比，火灾起数下降12.3%',
      '新发展团员1,126名，比去年多发展了94名',
      '全县森林覆盖率由上年的61.4%提高到62.5%',
    ],
  },
  {
    id: 'standing',
    purpose:
      '任务部分里的“现有”“目前”“截至目前”，或小句开头截至讲话前不久的某月某日、某月底（截至10月18日，全县已完成秋播21.3万亩）：讲话时的现状，是回顾之年的实际数（中心现有干部职工104人）；“在现有……的基础上”、写了年份的“截至2027年底”不算。',
    pattern: new RegExp(
      `${CLAUSE_OPEN}(?:${SUBJECT}${STANDING}(?!的基础|基础上)|截至\\s*\\d{1,2}\\s*月(?:\\s*\\d{1,2}\\s*日|底|末))`,
    ),
    matches: [
      '中心现有干部职工104人，其中在编人员46人、聘用人员58人',
      '全县现有A级旅游景区12家，其中4A级景区3家',
      '目前全县还有3个行政村未通客车，年底前要全部通达',
      // progress up to a day just before the meeting (农业, 住建, 人社)
      '截至10月18日，全县已完成秋播21.3万亩，占计划的25.2%',
      '截至11月底，全市已完成棚改安置房建设2,860套',
      '截至9月30日，全县已发放创业担保贷款1.2亿元',
    ],
    rejects: [
      '在现有48.6万户的基础上突破52万户',
      '力争新增A级旅游景区3家',
      '确保截至12月底完成整改任务的100%',
      '截至2027年底，全县建成高标准农田90万亩',
    ],
  },
  {
    id: 'this-year-given-before',
    purpose:
      '年底讲、部署明年的讲话（讲话这一年就是回顾的那一年），任务部分里以“今年”开头的小句说的是这一年的实际数（今年未完工的5个项目，要在明年4月底前全部完工）；“今年以来”“比今年”“在今年……的基础上”“今年是”“今年要”不是，力争、确保以后的数字也不是。只在讲话的年份早于部署年时才算。',
    pattern: new RegExp(`${CLAUSE_OPEN}${SUBJECT}今年(?!以来|同期|的基础|基础上|相比|是|要|将)`),
    matches: [
      // 水利 移民, 应急, 住建
      '今年未完工的5个项目，要在明年4月底前全部完工并组织验收',
      '今年排查出的126处隐患中，已整改118处',
      '全县今年尚未开工的3个老旧小区，明年汛期前完成改造',
    ],
    rejects: ['今年以来，全县排查隐患126处', '今年是“十五五”开局之年', '今年要确保新增就业3300人'],
  },
  {
    id: 'earlier-year',
    purpose:
      '任务部分里以早于计划年的年份开头的小句（2025年，全县排查矛盾纠纷2.36万件）说的是那一年的实际数；“2021年以来”“2025—2027年”不是。',
    pattern: new RegExp(`${CLAUSE_OPEN}(${YEAR})\\s*年(?:度|底|末|全年)?(?!以来|${RANGE_JOIN}|[底末]?前|是)`),
    matches: ['2025年，全县排查矛盾纠纷2.36万件，化解率97.9%', '2025年全市接待游客1,260万人次，同比增长8.6%'],
    rejects: ['2021年以来，累计培训1.2万人次', '2025—2027年，每年新建12个', '2025年是“十四五”收官之年'],
  },
]

const GLOBAL = PAST_YEAR_PHRASES.map((p) => ({ id: p.id, re: new RegExp(p.pattern.source, 'g') }))
/**
 * A clause after which the sentence speaks of another time, or of what is to be done: 今年, 2026年,
 * 要, 力争. It ends the reach of the year before. 全年 and 年内 do so only with what is to be done
 * in their clause (全年化解率达到98%以上, 年内要建成): after "去年秋收期间，……" a clause "全年查处……7起"
 * tells the whole of that year.
 */
const TURN = new RegExp(
  `[，：；,:;]\\s*(?:但|可|而)?(?:${YEAR}\\s*年|今年|明年|(?:全年|年内)(?=[^，。；！？,;!?]*?(?:要|将|必须|务必|力争|确保|争取|计划|预计|达到|以上|以内))|要|必须|务必|力争|确保|争取|计划|着力|努力|坚持|推动|加快)`,
)

/** Words of an aim: the clause holding one says what is to be done, not what was. */
const AIM = /力争|确保|争取|力求|预计|目标/

export interface PastYearScope {
  from: number
  to: number
  year: number
}

/**
 * The stretches of a tasks paragraph that a year before the planned `year` governs. What stands now
 * (现有, 目前) stands at the end of the year reviewed, `review` where the speech knows it (a meeting
 * that reviews the year it plans: no year before), else the year before. `given`, the year the
 * speech is given in: the year before the plan makes its 今年 that year.
 */
export function pastYearScopes(
  text: string,
  year: number | null,
  review?: number | null,
  given?: number | null,
): PastYearScope[] {
  if (year === null) return []
  const scopes: PastYearScope[] = []
  for (const { id, re } of GLOBAL) {
    // 今年 is the year before the plan only in a speech given then (a December meeting that plans 明年).
    if (id === 'this-year-given-before' && given !== year - 1) continue
    for (const m of text.matchAll(re)) {
      const named = m[1] ? Number(m[1]) : id === 'standing' && review != null ? review : year - 1
      if (named >= year) continue
      const from = m.index + m[0].length
      const rest = text.slice(from)
      // To the sentence's end: a list of last year's figures runs on past ；, until a clause turns.
      const end = rest.search(/[。！？!?]/)
      const sentence = end < 0 ? rest : rest.slice(0, end)
      const turn = TURN.exec(sentence)?.index ?? sentence.length
      // "2025年，全平台阅读量力争突破4亿次": an aim is no restatement, whatever year it is dated.
      const aim = AIM.exec(sentence)?.index
      const aimClause =
        aim === undefined ? sentence.length : Math.max(0, ...[...'，：；,:;'].map((m) => sentence.lastIndexOf(m, aim)))
      const to = Math.min(turn, aimClause)
      if (to > 0) scopes.push({ from, to: from + to, year: named })
    }
  }
  return scopes
}

/**
 * The year so far, told outside the tasks and the review: a clause that opens with this year or
 * its stretch up to now (今年, 今年一季度, 今年1—3月, 今年以来) or with a day just before the meeting
 * (截至4月25日) governs its sentence as last year's phrases do. In the 形势 part of an April
 * campaign that reviews last year, its figures are the actuals of the year the speech is given in.
 */
export const YEAR_SO_FAR_PHRASES: readonly PastYearPhrase[] = [
  {
    id: 'this-year-so-far',
    purpose:
      '任务、回顾以外的部分（形势、认识）里以“今年”“今年以来”“今年一季度”“今年1—3月”开头的小句：说的是讲话这一年到目前的实际数（今年一季度，全市已查处违规捕捞案件9起；今年我院毕业生3,512人，比上年增加226人）；“今年是……”“今年要……”不算，力争、确保、目标以后的数字也不算（scope 到那里为止）。',
    pattern: new RegExp(
      `${CLAUSE_OPEN}${SUBJECT}今年(?:以来|[一二三四1-4]季度|第[一二三]季度|上半年|前[两三四五]个月|1\\s*[—–\\-至到]\\s*\\d{1,2}\\s*月(?:份)?)?(?![是要将])`,
    ),
    matches: [
      // 渔业, 城管, 应急, 人社
      '今年一季度，全市已查处违规捕捞案件9起，其中有5起是利用夜间作掩护',
      '今年1—2月，全区12345热线受理市容环境类诉求1518件',
      '今年以来，全县共发生生产安全事故3起',
      '全县今年一季度新增城镇就业860人',
      // 高校 就业: this year's whole, set against last year's
      '一方面，今年我院毕业生3,512人，比上年增加226人，同比增长6.9%',
    ],
    rejects: ['今年是“十五五”开局之年', '今年要确保新增就业3300人', '与今年一季度相比，案件下降12%', '比今年增加120人'],
  },
  {
    id: 'to-a-day',
    purpose:
      '形势部分里以“截至某月某日”开头、没写年份的小句：讲话前不久的现状，是讲话这一年的实际数（截至4月25日，全市纳入今年休渔管理的渔船共1,302艘）；写了年份的“截至2025年底”不算。',
    pattern: new RegExp(`${CLAUSE_OPEN}截至\\s*\\d{1,2}\\s*月(?:\\s*\\d{1,2}\\s*日|底|末)`),
    matches: [
      // 渔业, 农业, 住建
      '截至4月25日，全市纳入今年休渔管理的渔船共1,302艘，比去年增加16艘',
      '截至3月底，全县已完成春播12.6万亩',
      '截至5月20日，全市已排查自建房8,620栋',
    ],
    rejects: ['截至2025年底，全县累计建成高标准农田28.6万亩', '确保截至12月底完成整改任务的100%'],
  },
]

const SO_FAR = new RegExp(YEAR_SO_FAR_PHRASES.map((p) => `(?:${p.pattern.source})`).join('|'), 'g')

/**
 * A part headed by the year so far (今年以来汛前准备工作进展, 今年以来征兵工作开展情况, 今年春播以来
 * 农业生产进展) outside the tasks and the review: its heading governs its paragraphs as the phrase
 * governs a sentence, each sentence up to an aim (力争, 确保). A heading that plans (今年要……,
 * 今年重点任务) or says what 今年 is (今年是……) is not this.
 */
export const YEAR_SO_FAR_HEADING = {
  id: 'year-so-far-heading',
  purpose:
    '形势、进展一类部分的标题以“今年”开头、说到目前的进展或情况（今年以来汛前准备工作进展、今年汛前准备工作进展、今年一季度防汛准备情况）：整个部分说的是讲话这一年到目前的情况，各段的数字都是这一年的实际数，不必每句再写“今年”；力争、确保以后的数字不算。说今年要做什么（任务、打算、安排、目标、部署）、今年是什么的不算。同一个定义也决定这个部分记作“其他”（kinds.ts plan-year-so-far-heading）。',
  pattern:
    /^今年(?![是要])[^，。；！？\d]{0,12}?(?:以来|进展|开展情况|准备情况|进度|情况)(?![^，。；]*(?:任务|打算|安排|目标|部署))/,
  matches: [
    // 水利, 征兵, 农业农村
    '今年以来汛前准备工作进展',
    '今年以来征兵工作开展情况',
    '今年春播以来农业生产进展',
    // review 29c: the same headings without 以来 (水利, 应急)
    '今年汛前准备工作进展',
    '今年一季度防汛准备情况',
    '今年入汛前准备工作进展情况',
  ],
  rejects: ['今年以来工作进展和下一步工作打算', '今年要重点抓好四项工作', '今年是“十五五”开局之年', '去年以来工作进展'],
}

/**
 * The stretches of a paragraph that the year so far governs, of `year`: the year the speech is
 * given in; the whole paragraph, each sentence to its aim, under a heading of the year so far.
 */
export function yearSoFarScopes(text: string, year: number, heading = ''): PastYearScope[] {
  const scopes: PastYearScope[] = []
  if (YEAR_SO_FAR_HEADING.pattern.test(heading)) {
    let from = 0
    for (const sentence of text.split(/(?<=[。！？!?])/)) {
      const to = AIM.exec(sentence)?.index ?? sentence.length
      if (to > 0) scopes.push({ from, to: from + to, year })
      from += sentence.length
    }
  }
  for (const m of text.matchAll(SO_FAR)) {
    const from = m.index + m[0].length
    const rest = text.slice(from)
    const end = rest.search(/[。！？!?]/)
    const sentence = end < 0 ? rest : rest.slice(0, end)
    const to = Math.min(TURN.exec(sentence)?.index ?? sentence.length, AIM.exec(sentence)?.index ?? sentence.length)
    if (to > 0) scopes.push({ from, to: from + to, year })
  }
  return scopes
}

/** The earlier year a figure at `at` is an actual of, if a phrase governs it. */
export function pastYearAt(scopes: PastYearScope[], at: number): number | undefined {
  return scopes.filter((s) => s.from <= at && at < s.to).sort((a, b) => b.from - a.from)[0]?.year
}
