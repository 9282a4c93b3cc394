/**
 * A mid-year meeting (上半年工作推进会, 年中工作会议, 半年工作总结暨下半年工作部署会): its opening or
 * headings say it reviews the first half of the year it is held in and plans the second. Such a
 * speech reviews and plans one year, and its headings say 上半年 of the review, 下半年 of the tasks.
 */
import { TURN_OF_YEAR_MONTHS } from '../lang/year-end'
import { TERM_AFTER } from '../lang/years'
import type { NamedPattern } from './patterns'

export const FIRST_HALF_REVIEWED_ENTRY: NamedPattern = {
  id: 'first-half-reviewed',
  purpose:
    '年中召开的会议回顾当年上半年：开头“总结（盘点、回顾）上半年工作”、回顾部分的标题“上半年工作完成情况”“2026年上半年工作回顾”；与“部署下半年”一起说明回顾年和部署年都是会议的那一年。回顾里顺带说的“2025年上半年，我们……”和“上半年征兵”不算。',
  pattern:
    /(?:总结|盘点|回顾|通报|小结)[^。；！？]{0,12}?上半年|^(?:\d{4}年)?上半年(?:主要|重点)?(?:工作)?(?:完成情况|回顾|总结|进展|成效|主要工作)/,
  matches: [
    '今天召开全局年中工作会议，主要任务是总结上半年工作，分析当前形势，部署下半年任务。',
    '今天召开这次会议，主要是回顾全市今年上半年统计工作，安排下半年重点工作。',
    '上半年主要工作完成情况',
    '2026年上半年工作回顾',
    '刚才，办公室通报了上半年重点工作进展情况。',
  ],
  rejects: [
    '2025年上半年，我们启动了老旧小区改造三年行动。',
    '上半年完成招聘计划的60%，下半年要加快进度。',
    '——在全县2026年上半年征兵工作会议上的讲话',
    '2025年工作回顾',
  ],
}

export const SECOND_HALF_PLANNED_ENTRY: NamedPattern = {
  id: 'second-half-planned',
  purpose:
    '年中召开的会议部署下半年：开头“部署（安排）下半年工作”、任务部分的标题“下半年重点任务”“扎实做好下半年各项工作”。“下半年，我们……”说的是过去的下半年，不算。',
  pattern:
    /(?:部署|安排|谋划|做好|抓好)[^。；！？]{0,8}?下半年|^(?:\d{4}年)?下半年(?:的)?(?:主要|重点)?(?:工作|任务|打算|安排)/,
  matches: [
    '今天召开全局年中工作会议，主要任务是总结上半年工作，分析当前形势，部署下半年任务。',
    '下半年重点任务',
    '下半年工作打算',
    '凝心聚力，扎实做好下半年各项工作',
  ],
  rejects: [
    '下半年，我们启动了智慧税务建设，全年办税时间压缩40%。',
    '2025年下半年以来，房地产市场持续回暖。',
    '确保项目下半年开工建设。',
  ],
}

/**
 * An autumn meeting whose tasks are the rest of the year (a 前三季度 analysis meeting, a 四季度 push):
 * a part heading, or the title, sets its work for the last quarter or the year's end. It plans the
 * year it is held in, though a section of its tasks readies next year (提前谋划明年工作).
 */
export const LAST_QUARTER_PLANNED_ENTRY: NamedPattern = {
  id: 'last-quarter-planned',
  purpose:
    '秋季的季度分析会、推进会，任务部分的标题（或讲话标题）把工作定在今年余下的时间：“打好第四季度攻坚战”“冲刺四季度目标任务”“决战四季度”“第四季度重点工作”“奋力冲刺全年目标”。这样的会议回顾今年以来、部署的也是今年，任务里顺带“提前谋划明年工作”不改变这一点。回顾里的“前三季度”“四季度以来”和正文里的“第四季度开展检查”不算。',
  pattern:
    /(?:冲刺|打好|决战|抓好|做好|奋战|部署)[^。；！？，,]{0,6}(?:第?四季度|年底|全年目标)|^(?:\d{4}年)?第?四季度(?:主要|重点)?(?:工作|任务)/,
  matches: [
    // 县政府 经济运行分析会, 政法委 平安建设, 商务 外贸, 商务 直播电商
    '全力以赴打好第四季度攻坚战',
    '全力冲刺四季度，确保完成全年目标任务',
    '突出重点，全力冲刺四季度目标',
    '聚焦重点，全力冲刺第四季度目标任务',
    '第四季度重点工作',
    // 税务 组织收入
    '决战四季度 确保完成全年收入任务',
  ],
  rejects: [
    '客观看待前三季度经济运行态势',
    '今年以来水利工作取得明显成效',
    '科学谋划明年农业生产',
    '四季度以来，企业订单明显回升。',
    '第四季度开展检疫检查不少于400次',
    '2025年第四季度，全市新签约项目12个。',
  ],
}

export const FIRST_HALF_REVIEWED = FIRST_HALF_REVIEWED_ENTRY.pattern
export const LAST_QUARTER_PLANNED = LAST_QUARTER_PLANNED_ENTRY.pattern
export const SECOND_HALF_PLANNED = SECOND_HALF_PLANNED_ENTRY.pattern

/**
 * A review of the whole of last year: a speech that says it reviews last year (一年来, 过去的一年,
 * 去年的工作) is not one that reviews the year so far, whatever 今年以来 it says in passing.
 */
export const LAST_YEAR_REVIEWED_ENTRY: NamedPattern = {
  id: 'last-year-reviewed',
  purpose:
    '回顾去年一整年：“一年来”“过去的一年”“去年防汛工作经受住了考验”“去年全年”，一段以“去年，”开头（“去年，全县……”），或“去年，”的一句报了数字（“去年，全县完成植树造林2.6万亩”）。讲话有这样的话，回顾的就是去年，顺带说的“今年以来”不改变这一点。“去年暑期”“去年同期”“去年以来”只说去年的一段时间或跨年；段中一句不带数字的“去年，我县高考实现了‘零差错’”只是提一下去年的结果（谈形势时常有），不算。',
  pattern:
    /(?:过去|刚刚过去)的一年|过去一年|一年来|去年(?:全年|[^。；！？，,]{0,6}?工作)|^去年[，,]|去年[，,][^。；！？]*?\d/,
  matches: [
    '一、去年防汛工作经受住了严峻考验',
    '一年来，全县教育系统攻坚克难，各项工作取得新进展。',
    '过去的一年，全局上下团结奋斗。',
    '去年，全县完成植树造林2.6万亩。',
    '去年全年，全市共受理信访事项1,260件。',
    // 林业, 统计, 卫健: last year's work opening a paragraph, or reported with its figures
    '去年，全市统计执法检查实现全覆盖，统计数据质量稳步提高。',
    '当前，全县经济运行总体平稳。去年，全县地区生产总值增长6.2%。',
    '形势总体向好。去年，全区家庭医生签约服务覆盖率达到68.5%，比上年提高3.2个百分点。',
  ],
  rejects: [
    '去年暑期，全市共发生中小学生溺水事故4起、死亡5人。',
    '与去年同期相比，交通事故下降12.5%。',
    '去年以来，我们持续推进老旧小区改造。',
    '今年以来，全区排查出危险水域127处。',
    // 教育 考务, 应急 防汛, 文旅 节会: last year's result recalled in passing while speaking of this year's event
    '高考是社会关注度最高的考试。去年，我县高考实现了“零差错、零事故”，得到了省教育考试院的肯定。',
    '汛期即将来临。去年，我县成功抵御了特大暴雨，但也暴露出不少短板。',
    '今年的旅游节规模更大。去年，首届旅游节办得热烈隆重，但交通组织还有不足。',
  ],
}

export const LAST_YEAR_REVIEWED = LAST_YEAR_REVIEWED_ENTRY.pattern

/**
 * A deadline at the end of a named year: "到2026年12月底结束", "2026年底前完成". A meeting with no
 * date line that counts the year so far and works to such a deadline (a June campaign, an October
 * rectification push) is held in that year: it reviews and plans it.
 */
export const NAMED_YEAR_END_ENTRY: NamedPattern = {
  id: 'named-year-end',
  purpose:
    '期限写到某一年的年底：“到2026年12月底结束”“确保2026年底前完成”“2026年12月31日前全部办结”“力争到2026年末实现全覆盖”。没有日期行、又盘点“今年以来”的专项整治会、推进会，做到的就是这一年，回顾的也是这一年。“截至2025年底”“由2025年底的31.2万户”是过去某一年年底的数，不算。',
  pattern:
    /(?<!截|截止)(?:到|至)\s*(\d{4})\s*年\s*(?:底|末|12\s*月\s*(?:底|末|31\s*日))(?!的)|(\d{4})\s*年\s*(?:底|末|12\s*月\s*(?:底|末|31\s*日))\s*(?:前|以前|之前)/,
  matches: [
    // 住建, 生态环境, 信访, 医保, 农业农村
    '这次专项整治从现在开始到2026年12月底结束，分三个阶段推进。',
    '要加强宣传引导，确保2026年底前完成全部年度整改任务。',
    '对排查出的信访积案，2026年12月31日前全部办结。',
    '力争到2026年末实现城乡居民医保参保全覆盖。',
    '高标准农田建设项目要在2026年底以前全部完工。',
  ],
  rejects: [
    '截至2025年底，全县累计建成高标准农田28.6万亩。',
    '截止到2025年12月底，全市共有养老机构46家。',
    '家庭医生签约人数由2025年底的31.2万人增加到34.6万人。',
    '2025年末全县常住人口52.3万人。',
    // 卫健 托育, 住建: a level reached at a year's end (增加到2025年底的1,890个) is no deadline
    '全县托位由2020年底的440个增加到2025年底的1,890个。',
    '改造老旧小区由2020年的12个增加到2025年末的126个。',
    '确保年底前完成全部整改。',
  ],
}

export const NAMED_YEAR_END = new RegExp(NAMED_YEAR_END_ENTRY.pattern.source, 'g')

/**
 * A deadline at the turn of the year: a campaign that runs to 春节 (根治欠薪冬季专项行动, 岁末年初
 * 信访积案化解) ends in the first TURN_OF_YEAR_MONTHS months of the next year ("到2027年春节前",
 * "到2027年2月5日（星期五）结束", "2027年1月15日前"). A meeting with no date line that counts the year
 * so far and works to such a deadline is held in the year before it. Group 1 or 2 is the deadline's year.
 */
const TURN_MONTH = `0?[1-${TURN_OF_YEAR_MONTHS}]\\s*月`
export const TURN_OF_YEAR_DEADLINE_ENTRY: NamedPattern = {
  id: 'turn-of-year-deadline',
  purpose:
    '期限写到下一年的春节前或头两个月：“从现在起到2027年春节前”“到2027年2月5日（星期五）结束”“2027年1月15日前全部办结”。没有日期行、又盘点“今年以来”的冬季专项行动，是在这个期限的前一年开的，回顾和部署的都是那一年。“截至2026年2月底”“2026年1—2月”是过去的数，“到2027年底”“到2027年6月”不是跨年的期限，都不算。',
  pattern: new RegExp(
    `(?<!截|截止)(?:到|至)\\s*(\\d{4})\\s*年\\s*(?:春节|元旦|${TURN_MONTH}(?:[底末]|\\s*\\d{1,2}\\s*日)?)(?![\\d底末的])|(\\d{4})\\s*年\\s*(?:春节|${TURN_MONTH}(?:\\s*\\d{1,2}\\s*日)?)\\s*(?:[（(][^）)]{0,6}[）)])?\\s*(?:前|以前|之前)`,
  ),
  matches: [
    // 人社 欠薪, 信访, 应急 消防, 市场监管
    '对我县从现在起到2027年春节前的专项行动作出部署。',
    '这次专项行动从11月20日开始，到2027年2月5日（星期五）结束。',
    '对排查出的信访积案，2027年1月15日前全部办结。',
    '冬季火灾防控集中整治从12月1日至2027年1月20日。',
    '年货市场食品安全专项检查要在2027年春节前完成全覆盖。',
    '岁末年初安全生产大检查到2027年2月底结束。',
  ],
  rejects: [
    '截至2026年2月底，全县累计受理投诉1,518件。',
    '2026年1—2月，全区受理投诉1,518件。',
    '确保到2027年底完成全部整改任务。',
    '力争到2027年6月底前全面完成改造。',
    '全县托位由2020年底的440个增加到2025年底的1,890个。',
    '到2027年2月底的存量还有3.2万吨。',
    '由2025年1月的86.3%提高到2026年1月的92.1%。',
  ],
}

export const TURN_OF_YEAR_DEADLINE = new RegExp(TURN_OF_YEAR_DEADLINE_ENTRY.pattern.source, 'g')

/**
 * Work listed among a year's promises to the public: "老年助餐点建设列入县政府2026年十件民生实事",
 * "纳入2026年市级民生实事项目". The list is of the year whose work it is: in a review, the year
 * reviewed (a mid-year meeting's first half, or last year at an annual meeting); in the tasks, the
 * year planned. A speech with no date line may name its year only so. Group 1 is the year.
 */
export const LISTED_IN_YEAR_ENTRY: NamedPattern = {
  id: 'listed-in-year',
  purpose:
    '把一项工作列入（纳入、列为、作为）某一年的民生实事、为民办实事项目、民生工程：“老年助餐点建设列入县政府2026年十件民生实事”“纳入2026年市级民生实事项目”。清单就是那一年的：回顾里说的是回顾之年，任务里说的是部署之年。“争取列入2027年省重点项目”是申报以后的项目，不算；跨年的规划、没写年份的也不算。',
  pattern:
    /(?:列入|纳入|列为|作为)[^，。；！？\d]{0,10}?((?:19|20)\d{2})\s*年(?:度)?(?![—\-–~～至到])[^，。；！？\d]{0,8}?(?:民生实事|为民办实事|实事项目|民生工程)/,
  matches: [
    // 民政, 水利, 住建, 教育
    '老年助餐点建设列入县政府2026年十件民生实事，上半年新建老年助餐点22个。',
    '农村饮水安全巩固提升工程纳入2025年市级民生实事项目。',
    '城区公共停车场建设作为区政府2026年为民办实事项目之一。',
    '学校食堂改造被列为2025年度县级民生工程。',
  ],
  rejects: [
    '争取列入2027年省重点项目。',
    '纳入2026—2028年民生实事项目库。',
    '老年助餐点建设列入县政府十件民生实事。',
    '2025年十件民生实事全部完成。',
  ],
}

export const LISTED_IN_YEAR = new RegExp(LISTED_IN_YEAR_ENTRY.pattern.source, 'g')

/**
 * A review of a working year that crosses the turn of the calendar year: a school year (上学年,
 * 过去一学年: September to July), a pest-control year (上一防治年度: autumn to spring), a heating
 * season (上一采暖季), a sugar-pressing season (上一榨季), a ski season (上个雪季). Such a year ends
 * in the first half of the calendar year, and the meeting that reviews it is held after it ends:
 * in that same calendar year, whose new season it plans. Like a mid-year meeting, it reviews and
 * plans the year it is held in (an August school-opening meeting, a September survey meeting).
 */
export const SEASON_YEAR_REVIEWED_ENTRY: NamedPattern = {
  id: 'season-year-reviewed',
  purpose:
    '回顾一个跨年的工作年度：学年（上学年、过去一学年）、防治年度（上一防治年度）、采暖季（上一采暖季）、榨季（上一榨季）、雪季（上个雪季）。这样的年度在上半年结束，回顾它的会议在它结束以后、同一年里召开，部署的也是这一年开始的新一季：回顾年和部署年都是会议的那一年。“上一年度”“上年度”是去年，“去年汛期”“上学期”不算。',
  pattern: /(?:上|过去)一?个?(?:学年(?!度)|(?:防治|防控|采暖|供暖|供热|榨|雪|冬春)(?:年度|季|期))/,
  matches: [
    // 教育, 林业, 住建 供热, 工信 制糖, 文旅 冰雪
    '今天召开这次会议，就是要回顾上学年工作，对秋季开学和校园安全工作进行再部署。',
    '上学年全县教育工作取得新成绩',
    '过去一学年，全县教育系统上下同心、攻坚克难。',
    '今天召开这次部署会，主要是总结上一防治年度工作，部署秋季普查和新一轮疫木除治。',
    '上一采暖季全市供热运行平稳有序',
    '回顾上一榨季，全县糖料蔗收购工作总体顺利。',
    '上个雪季，全县滑雪场共接待游客42.6万人次。',
  ],
  rejects: [
    '对上一年度考核优秀的单位给予通报表扬。',
    '上年度全县财政收入完成12.6亿元。',
    '去年汛期，全县转移群众3,842户。',
    '上学期全校期末考试合格率98.5%。',
    '2024—2025学年度优秀教师名单已经公布。',
  ],
}

export const SEASON_YEAR_REVIEWED = SEASON_YEAR_REVIEWED_ENTRY.pattern

/**
 * A review of the school term just past (上学期): the opening says it reviews it (总结上学期工作),
 * or a heading names it (上学期工作回顾, 肯定成绩，上学期各项工作扎实有效). At the autumn term's
 * opening that term is the spring of the same calendar year, so the meeting reviews and plans the
 * year it is held in (AUTUMN_TERM_MEETING or a date from the year's second half says when); at
 * the spring term's opening it is last year's autumn, and the meeting reviews last year as usual.
 */
export const LAST_TERM_REVIEWED_ENTRY: NamedPattern = {
  id: 'last-term-reviewed',
  purpose:
    '回顾上学期：开头“总结（回顾、盘点）上学期工作”，或回顾部分的标题“上学期工作回顾”“肯定成绩，上学期各项工作扎实有效”。秋季开学时开的会，上学期是当年的春季学期：回顾年和部署年都是会议的那一年；春季开学时上学期是去年秋季，照常回顾去年。只说上学期某个结果的一句（“上学期全校期末考试合格率98.5%”）、“上学年”（另有规则）不算。',
  pattern: new RegExp(
    `(?:总结|盘点|回顾|小结|通报)[^。；！？]{0,6}?上${TERM_AFTER}|(?:^|[，,])上${TERM_AFTER}(?:的)?(?:各项|主要|重点)?(?:工作|教育教学工作)(?:回顾|总结|成效|完成情况|扎实|取得|稳步|成绩)`,
  ),
  matches: [
    // 教育局, 中学, 职业学校, 幼儿园
    '今天我们召开秋季开学工作会议，主要是总结上学期工作，安排部署秋季开学和本学期重点任务。',
    '肯定成绩，上学期各项工作扎实有效',
    '上学期工作回顾',
    '今天的会议，先回顾一下上学期的教育教学工作，再对本学期工作作出安排。',
    '上学期主要工作完成情况',
    '今天召开秋季开学工作会，回顾上个学期工作，部署本学期任务。',
    '上一学期各项工作稳步推进',
  ],
  rejects: [
    '上学期全校期末考试合格率98.5%。',
    '今天召开这次会议，就是要回顾上学年工作，部署秋季开学工作。',
    '上学期，全县教育系统克服春季流感多发等困难。',
    '本学期工作安排',
  ],
}

export const LAST_TERM_REVIEWED = LAST_TERM_REVIEWED_ENTRY.pattern

/**
 * A meeting of the autumn term named so in its title or subtitle (2026年秋季开学工作会议, 秋季学期
 * 教育教学工作会议): held from late summer, in the calendar year whose spring term is its 上学期.
 */
export const AUTUMN_TERM_MEETING_ENTRY: NamedPattern = {
  id: 'autumn-term-meeting',
  purpose:
    '会议名说是秋季学期的会：“秋季开学工作会议”“秋季学期教育教学工作会议”“秋学期开学工作会”。这样的会在夏末秋初开，它的“上学期”是当年春季学期。“春季开学”“秋季招生”“秋季征兵”不算。',
  pattern: /秋季(?:学期|开学)|秋学期/,
  matches: [
    '——在全县2026年秋季开学工作会议上的讲话',
    '在市第一中学2026年秋季学期教育教学工作会议上的讲话',
    '——在全区2026年秋学期开学工作会上的讲话',
  ],
  rejects: [
    '——在县第一中学2026年春季学期教育教学工作会议上的讲话',
    '——在全县2026年秋季征兵工作会议上的讲话',
    '——在全市2026年秋季招生工作会议上的讲话',
  ],
}

export const AUTUMN_TERM_MEETING = AUTUMN_TERM_MEETING_ENTRY.pattern

/**
 * A level stated at the end of a named year: "截至2025年底，全县累计建成……", "由2020年底的440个增加到
 * 2025年底的1,890个". A meeting with no date line that counts the year so far (今年以来) and states
 * its levels at last year's end is held the year after the latest such end (a September meeting:
 * "……增加到2025年底的1,890个；今年以来又新增托位270个"). Group 1 or 2 is the year.
 */
export const LEVEL_AT_YEAR_END_ENTRY: NamedPattern = {
  id: 'level-at-year-end',
  purpose:
    '某一年年底（年末）的数：“截至2025年底，全县累计建成高标准农田28.6万亩”“全县托位由2020年底的440个增加到2025年底的1,890个”。没有日期行、盘点“今年以来”的会议，报的是去年年底的数，会议就在那以后的一年。“到2026年底前完成”“力争到2026年末实现”是期限，不算。',
  pattern:
    /(?:截至|截止到?)\s*(\d{4})\s*年\s*(?:底|末|12\s*月\s*(?:底|末|31\s*日))|(?:到|至)\s*(\d{4})\s*年\s*(?:底|末|12\s*月\s*(?:底|末|31\s*日))的/,
  matches: [
    // 卫健, 农业农村, 民政, 人社
    '全县托位由2020年底的440个增加到2025年底的1,890个，今年以来又新增托位270个。',
    '截至2025年底，全县累计建成高标准农田28.6万亩。',
    '截止到2025年12月底，全市共有养老机构46家。',
    '全县参保人数由2020年末的21.6万人提高到2025年末的26.4万人。',
  ],
  rejects: [
    '这次专项整治从现在开始到2026年12月底结束。',
    '确保2026年底前完成全部年度整改任务。',
    '力争到2026年末实现城乡居民医保参保全覆盖。',
    '到2026年底，全县高标准农田达到30万亩。',
  ],
}

export const LEVEL_AT_YEAR_END = new RegExp(LEVEL_AT_YEAR_END_ENTRY.pattern.source, 'g')

/**
 * A named year's level restated as the base of the tasks' targets: "到2030年，全县地区生产总值在2025年
 * 286.4亿元的基础上突破400亿元", "在2025年底12.6万户的基础上新增1万户". The latest level a plan
 * builds on is of the year reviewed (corpus README: last year's level restated as a base in the
 * tasks). A base with no figure ("在2020年的基础上翻一番", a long-range goal) names no level. Group 1.
 */
export const BASE_YEAR_LEVEL_ENTRY: NamedPattern = {
  id: 'base-year-level',
  purpose:
    '任务里把某一年的实际数作为目标的基数：“在2025年286.4亿元的基础上突破400亿元”“在2025年底12.6万户的基础上新增1万户”。这一年就是回顾之年（计划年的前一年）。只写年份不写数的“在2020年的基础上翻一番”是远景目标的基年，不算；“在上年……的基础上”没写年份，也不在这里。',
  pattern: /在\s*(\d{4})\s*年(?:底|末)?(?:的)?[^，。；！？\d]{0,16}?\d[\d,.]*\s*[^，。；！？\d]{0,6}?的?基础上/,
  matches: [
    // 发改, 财政, 人社, 农业农村
    '到2030年，全县地区生产总值在2025年286.4亿元的基础上突破400亿元。',
    '一般公共预算收入在2025年12.6亿元的基础上增长6%。',
    '城乡居民养老保险参保人数在2025年底的31.2万人基础上新增1万人。',
    '粮食总产量在2025年46.8万吨的基础上稳定在47万吨以上。',
  ],
  rejects: [
    '到2035年，人均地区生产总值在2020年的基础上翻一番。',
    '在上年48.6亿元的基础上增长7%。',
    '在2021—2025年累计投入28.6亿元的基础上，继续加大投入。',
    '在巩固2025年成果的基础上，全面推进。',
  ],
}

export const BASE_YEAR_LEVEL = new RegExp(BASE_YEAR_LEVEL_ENTRY.pattern.source, 'g')
