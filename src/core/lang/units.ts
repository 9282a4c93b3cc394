/**
 * Units as speeches write them: a base unit (人, 元, 亩, 吨, %) with an optional magnitude
 * (万, 亿, 千万, 百万) and an approximation mark (余, 多): "万元", "亿美元", "万余户".
 * The vocabulary lives here; conversion between units is units.ts one floor up.
 */
import { escapeRegExp } from './regexp'

/**
 * Magnitudes a unit may start with, and their factors. Longer first: 千万 and 万亿 before 万
 * (a 市's GDP or five-year investment is written 1.52万亿元, which is no 1.52万 of 亿元).
 */
export const MAGNITUDES: readonly (readonly [string, number])[] = [
  ['千万', 1e7],
  ['百万', 1e6],
  ['万亿', 1e12],
  ['万', 1e4],
  ['亿', 1e8],
]

/** A magnitude as a pattern: 万, 亿, 千万, 百万, 万亿. */
export const MAGNITUDE = `(?:${MAGNITUDES.map(([prefix]) => prefix).join('|')})`

/** The 万/亿 a unit starts with ("万元" → "万"), or ''. */
export function magnitudeOf(unit: string): string {
  return MAGNITUDES.find(([prefix]) => unit.startsWith(prefix))?.[0] ?? ''
}

/** Base units that are the same thing under two names. */
export const SYNONYMS: Readonly<Record<string, string>> = {
  名: '人',
  吨标煤: '吨标准煤',
  千克标煤: '千克标准煤',
  公斤标煤: '千克标准煤',
  公斤标准煤: '千克标准煤',
  公斤: '千克',
  千米: '公里',
  百分点: '个百分点',
  // A container throughput in TEU: 万标准箱 and 万标箱 are the same count.
  标准箱: '标箱',
}

/** Base units whose values are rates or shares, and the unit of a difference between two of them. */
export const POINTS_OF: Readonly<Record<string, string>> = { '%': '个百分点', 个百分点: '个百分点', '‰': '个千分点' }

/**
 * Every base unit a figure may carry, as written after the number. Adding a unit is adding
 * a row; test/node/lang.test.ts checks that each is read as a figure's unit.
 */
export const BASE_UNITS: readonly string[] = [
  // shares and rates
  '个百分点',
  '百分点',
  '%',
  '‰',
  '倍',
  // concentrations and levels
  '微克/立方米',
  '毫克/立方米',
  '毫克/升',
  '分贝',
  // money
  '美元',
  '欧元',
  '港元',
  '元',
  // area, length, volume, mass, energy
  '平方公里',
  '平方米',
  '立方米',
  '千瓦时',
  '千瓦',
  '兆瓦时',
  '兆瓦',
  // transformer capacity (apparent power): 新增配变容量4.8万千伏安, 主变容量120兆伏安. Not 千伏
  // alone: 110千伏 names a voltage class (110千伏城东输变电工程), no figure.
  '千伏安',
  '兆伏安',
  // sown and forest areas in statistical yearbooks: 粮食播种面积63.8千公顷 (千 is no magnitude
  // elsewhere: 千克, 千瓦 are units of their own)
  '千公顷',
  '公顷',
  '公里',
  '千米',
  '延米',
  // rainfall and depth: 降水量986.5毫米
  '毫米',
  '厘米',
  '米',
  '亩',
  '公斤',
  '千克',
  '斤',
  '吨',
  // containers (TEU): 集装箱吞吐量126.8万标准箱
  '标准箱',
  '标箱',
  // varieties of drugs, seeds or goods, counted as 品种 after their class: 执行集采药品586个品种
  '个品种',
  // time
  '个工作日',
  '工作日',
  '个月',
  '小时',
  '分钟',
  '天',
  // people and households
  '人次',
  '人日',
  '户次',
  '家次',
  '场次',
  '批次',
  '架次',
  '车次',
  // 检查过境车辆3.2万辆次
  '辆次',
  '件次',
  '台次',
  '艘次',
  // trips of a ship or patrol boat, each voyage once: 出动执法船艇612航次, 海上巡航1,260航次
  '航次',
  '班次',
  // forecasts, tests or checks counted per station each time (水文, 气象, 环境监测): 发布洪水预报126站次,
  // 开展水质监测1,860站次
  '站次',
  // equipment counted per set of machine and fittings: 新购置养护设备10台套, 推广农机具1,200台套, 更新检测设备36台套
  '台套',
  // 开展安全生产督导检查46轮次; 刊发稿件86篇次; 外借图书42.6万册次 (a library's loans)
  '轮次',
  '篇次',
  '册次',
  // animals immunised, counted per dose: 免疫生猪186.4万头次、家禽1265万羽次、羊18.3万只次
  '头次',
  '羽次',
  '只次',
  // land served more than once a year, per pass: 托管服务面积60万亩次, 机耕机播120万亩次
  '亩次',
  // archives and records: 接收档案4350卷, 数字化扫描318万页; looked up, per time: 调阅档案9,120卷次
  '卷次',
  '卷',
  '页',
  '人',
  '名',
  '户',
  '家',
  '位',
  '岁',
  // things counted
  '个',
  '只',
  '头',
  '匹',
  '羽',
  '株',
  '棵',
  '张',
  '批',
  '起',
  '件',
  '对',
  '轮',
  '种',
  '类',
  '项',
  '次',
  '所',
  '座',
  '条',
  '套',
  '台',
  '辆',
  '艘',
  '间',
  '场',
  '期',
  '篇',
  '部',
  '册',
  '本',
  '份',
  '处',
  '支',
  '架',
  '栋',
  '幢',
  '箱',
  '床',
  '笔',
  '宗',
  '课时',
  '学时',
  // doses and cases: 接种12.8万剂次, 流感疫苗3.6万剂, 异常反应126例次, 免疫2.4万头份
  '剂次',
  '剂',
  '例次',
  '人份',
  '头份',
  '例',
  // edible fungi counted by the stick or bag of substrate they grow on (农业, 林业, 乡村振兴):
  // 食用菌年生产规模1.8亿棒, 发展香菇3,000万棒, 黑木耳5,000万袋
  '棒',
  '袋',
  // fixtures and works counted by their own words: 路灯1260盏, 机井12眼, 山塘30口
  '盏',
  '根',
  '眼',
  '口',
  '块',
  '片',
  // medals: 金牌3枚
  '枚',
  // runs of a bus, train or ship: 开通返岗直通车32趟, 开行旅游专列12趟, 日均安排客运班次1,050班
  '趟',
  '班',
]

/**
 * A unit made of two words: a measure and what it is of or per ("吨标准煤", "元/平方米", "万吨/日").
 * Read whole, with a magnitude before it ("万吨标准煤"); read by its first word alone, the rest
 * would stay behind as text and the figure would carry a wrong unit (0.38吨 of what?).
 */
export interface CompoundUnit {
  id: string
  purpose: string
  /** The unit without magnitude, as a pattern source. */
  pattern: string
  /** Units the row reads whole. */
  matches: string[]
  /** Units alike that it must not take: the figure keeps only the first word. */
  rejects: string[]
}

/** One row per family of compound units. Adding a family is adding a row. */
export const COMPOUND_UNITS: readonly CompoundUnit[] = [
  {
    id: 'energy-equivalent',
    purpose:
      '折算成标准煤、油当量的能耗，和按人、按面积、按产值摊的能耗：吨标准煤、千克标煤、千克标准煤/人、吨标准煤/万元。',
    pattern: '(?:吨|千克|公斤)(?:标准煤|标煤|油当量)(?:\\/(?:人|平方米|万元))?',
    matches: ['吨标准煤', '千克标准煤', '公斤标煤', '吨油当量', '千克标准煤/人', '千克标煤/平方米', '吨标准煤/万元'],
    rejects: ['吨煤炭', '吨原煤', '吨标准煤/台'],
  },
  {
    id: 'per-population',
    purpose: '每千人、每万人拥有或发生的数：张/千人、名/万人、件/万人（万人投诉量）、起/十万人。',
    pattern: '(?:人次|张|人|名|个|床|所|件|起|例|次|家|户)\\/(?:千人|万人|十万人|百人|平方公里)',
    matches: ['张/千人', '名/万人', '个/平方公里', '件/万人', '起/十万人', '人次/万人'],
    rejects: ['张/年', '件/月'],
  },
  {
    id: 'rate-per-population',
    purpose:
      '按人口算的发病率、死亡率，数字后写“/10万”“/万人”：报告发病率612.35/10万、孕产妇死亡率8.56/10万人、3.8/万人；“/10”“/年”不是。',
    pattern: '\\/(?:(?:10万|十万|1万|万)(?:人口|人)?|千人(?:口)?)',
    matches: ['/10万', '/10万人', '/十万人口', '/万人', '/千人'],
    rejects: ['/10', '/1000', '/年', '/10亿'],
  },
  {
    id: 'yield-per-area',
    purpose: '按面积计的产量、用量：单产426公斤/亩、化肥用量21.5千克/亩、吨/公顷。',
    pattern: '(?:公斤|千克|斤|吨)\\/(?:亩|公顷)',
    matches: ['公斤/亩', '千克/亩', '斤/亩', '吨/公顷'],
    rejects: ['公斤/月', '吨/月'],
  },
  {
    id: 'ratio-to-one',
    purpose:
      '比值写成“几比一”：生师比16.8：1、床护比1.2:1；写成“1：1”的是配套比例，不是数字（not-figures.ts 的 matching-ratio）。',
    pattern: '[：:]1(?![\\d.．：:])',
    matches: ['：1', ':1'],
    rejects: ['：10', ':15', '：1.5'],
  },
  {
    id: 'per-head',
    purpose:
      '人均、户均的面积、体积、重量和册数，单位后写“/人”“/户”：平方米/人（人均公园绿地面积）、平方米/户、千克/人、册/人、立方米/人·年。',
    pattern: '(?:平方米|立方米|千克|公斤|吨|册|千瓦时)\\/(?:人|户)(?:·[日天月年])?',
    matches: ['平方米/人', '平方米/户', '千克/人', '公斤/人', '册/人', '立方米/人·年'],
    rejects: ['平方米/年', '千克/月', '吨/月'],
  },
  {
    id: 'unit-price',
    purpose:
      '单价和人均标准：元/平方米、元/吨、元/亩、元/人·月、元/月/人（高龄津贴每人每月）；按天的标准：伙食费12元/天、住院伙食补助100元/人·天、误工补贴150元/日；按包装、按头只计的价：卷烟单箱结构38,650元/箱、元/条，生猪补贴元/头，粮价元/公斤。',
    pattern:
      '(?:元|美元)\\/(?:平方米|立方米|吨|亩|千瓦时|人(?:·[日天月年]|\\/[日天月年])?|户|[日天](?:\\/人)?|月(?:\\/人)?|年(?:\\/人)?|箱|条|头|只|公斤|千克|斤)',
    matches: [
      '元/平方米',
      '元/吨',
      '美元/吨',
      '元/人·月',
      '元/箱',
      '元/条',
      '元/头',
      '元/公斤',
      '元/斤',
      '元/月/人',
      '元/人/月',
      '元/天',
      '元/日',
      '元/人·天',
      '元/天/人',
    ],
    rejects: ['元/件', '元/次'],
  },
  {
    id: 'unit-or-unit',
    purpose:
      '按两种单位计、括号里写第二种的数：档案1.86万卷（件）、利用9610卷（件）次、图书12万册（件）；括号里是别的话（卷（含…））不是。',
    pattern: '(?:卷|册|件|宗)[（(](?:件|卷|册|宗)[）)]次?',
    matches: ['卷（件）', '卷（件）次', '册（件）', '卷(件)'],
    rejects: ['卷（含', '件（次）', '卷（其中'],
  },
  {
    id: 'capacity-per-time',
    purpose: '按时间计的能力和流量：吨/日、立方米/秒、人次/日、标箱/年。',
    pattern: '(?:吨|立方米|千瓦时|人次|辆|标准箱|标箱)\\/(?:日|天|年|小时|秒)',
    matches: ['吨/日', '立方米/秒', '人次/日', '标箱/年', '标准箱/年'],
    rejects: ['吨/月'],
  },
  {
    id: 'capacity-per-run',
    purpose:
      '按一批、一次、一台计的能力和作业量：烘干能力1260吨/批（农机）、处理能力50吨/次、单机作业量300亩/台（农机、环保、水务）。',
    pattern: '(?:吨|千克|公斤|立方米|亩)\\/(?:批|次|台)',
    matches: ['吨/批', '吨/次', '立方米/次', '亩/台', '千克/批'],
    rejects: ['吨/月', '元/批', '人/次'],
  },
]

/** Any compound unit, as a pattern source. */
export const COMPOUND_UNIT = `(?:${COMPOUND_UNITS.map((u) => u.pattern).join('|')})`

/**
 * Words a department counts its own work in, that also open other words: 门 of courses (not
 * 门诊), 首 of songs (not 首批), 字 of a book (not a “20字”方针). Read as a unit only where they do
 * not open such a word; left out, the number loses its unit (a bare 136万, or no figure at all).
 */
export interface WorkUnit {
  id: string
  purpose: string
  /** Whether the words count whole things (32门 of courses), exact to the last digit; 字 counts a length. */
  whole: boolean
  /** Each word, and a pattern of what may not follow it for it to be a unit ('' when anything may). */
  words: readonly (readonly [word: string, notBefore: string])[]
  /** Sentences each holding a figure in one of the words: the sentence, the value and the unit as written. */
  matches: readonly (readonly [text: string, value: string, unit: string])[]
  /** Sentences where a number before one of the words is not counted in it. */
  rejects: readonly string[]
  /**
   * Words the clause says before the number, for a word that is a unit only after them (分 of a
   * score: 满意度测评得分92.6分, not 9时30分), as a pattern source.
   */
  after?: string
}

/**
 * Words of a score said before its number: 分 after them is a point of the score. 分数 of an exam's
 * line too (录取分数线提高11分, 合格分数线为90分).
 */
const SCORE_WORDS = '得分|评分|打分|分值|分数|总分|平均分|满意度|测评|考核|考评|评估|评价|绩效|成绩|指数'

/** One row per kind of work counted. Adding a kind is adding a row. */
export const WORK_UNITS: readonly WorkUnit[] = [
  {
    id: 'text-length',
    purpose:
      '志书、年鉴、书稿、调研报告的字数（收集资料1,860余万字、完成初稿136万字、形成调研报告5.6万字）；“20字”方针、“8字工作法”这类提法里的字数是名称的一部分。',
    whole: false,
    words: [['字', '[”"’」]?[\\u4e00-\\u9fff]{0,3}?(?:方针|要求|诀|工作法|标准|原则|口号)']],
    matches: [
      ['累计收集资料1,860余万字，完成初稿136万字', '1860', '余万字'],
      ['全县累计出版各类志书27部、1,350万字，', '1350', '万字'],
      ['形成调研报告12篇、5.6万字，', '5.6', '万字'],
      ['撰写理论文章8000字，', '8000', '字'],
    ],
    rejects: ['始终坚持“20字”方针不动摇', '推广“8字工作法”，', '落实“16字”工作要求'],
  },
  {
    id: 'works',
    purpose:
      '图片、书画、歌曲、专题片这类作品的件数：图片420幅、征集书画作品860余幅、创作原创歌曲12首、拍摄专题片6集；首批、首位产业、集团、集中安置点里的首、集不是单位。',
    whole: true,
    words: [
      ['幅', '度'],
      ['首', '[批次位家创台套届个日轮期发]'],
      ['集', '[团体中成聚约镇市群装散]'],
    ],
    matches: [
      ['全书68.5万字、图片420幅，', '420', '幅'],
      ['征集书画摄影作品860余幅，', '860', '余幅'],
      ['创作原创歌曲12首，', '12', '首'],
      ['拍摄乡村振兴专题片6集，', '6', '集'],
    ],
    rejects: ['每个乡镇明确1首位产业，', '全县3首批试点村全部验收', '组建2集团公司，', '建成12集中安置点，'],
  },
  {
    id: 'lessons',
    purpose:
      '老年大学、党校、学校开的课和上的课：开设课程32门、新开课程5门、宣讲微党课86堂、录制精品微课120节；门诊、门店、节点、节假日里的门、节不是单位。',
    whole: true,
    words: [
      ['门', '[诊户类槛店面前口禁卫市路]'],
      ['堂', ''],
      ['节', '[点能约日庆假水气目奏]'],
    ],
    matches: [
      ['县老年大学开设课程32门，在校学员1,620人', '32', '门'],
      ['新开课程5门，在校学员突破1,800人', '5', '门'],
      ['开展“微党课”宣讲86堂，', '86', '堂'],
      ['录制精品微课120节，', '120', '节'],
    ],
    rejects: ['新增社区卫生服务站12个，3门诊部完成改造', '抽查连锁药店126门店，', '紧盯元旦、春节等2节点开展检查'],
  },
  {
    id: 'case-groups',
    purpose:
      '医保支付方式改革里的病组、病种分组按组计：DRG组数达到612组、DIP入组病组覆盖1,260组；只在说病组、DRG、DIP、组数的话后面算，村民小组、第3组、专班6组里的组不是单位。',
    whole: true,
    words: [['组', '[织建长员成团别长合件]']],
    after: 'DRG|DIP|病组|组数',
    matches: [
      // 医院, 医保局, 卫健委
      ['医疗服务能力稳步增强，DRG组数达到612组，', '612', '组'],
      ['全院DIP入组病组覆盖1,260组，', '1260', '组'],
      ['全市医疗机构病组数由586组增加到640组，', '640', '组'],
    ],
    rejects: ['王湾村3组完成改厕，', '全镇分成6组开展巡查，', '抽调人员组建3组督查专班，'],
  },
  {
    id: 'fry',
    purpose: '增殖放流的鱼苗按尾计：放流鱼苗360万尾；尾矿库、尾款里的尾不是单位。',
    whole: true,
    words: [['尾', '[矿款气水声数号]']],
    matches: [
      ['全年增殖放流鱼苗360万尾，', '360', '万尾'],
      ['放流鲢鳙鱼种1.2万余尾，', '1.2', '万余尾'],
    ],
    rejects: ['全县3尾矿库全部完成闭库，'],
  },
  {
    id: 'times-counted',
    purpose:
      '按“对象×次数”计的工作量：抽查应用50款次、发布预警信息1.2万条次、抽检食品126项次、检查企业320个次；次干道、次支路、次要、次生灾害里的次不是单位。',
    whole: true,
    words: [
      ['款次', ''],
      ['条次', '[干支]'],
      ['项次', '要'],
      ['个次', '[要生级干支]'],
    ],
    matches: [
      ['全年抽查AI类应用不少于50款次，', '50', '款次'],
      ['发布气象预警信息1.2万条次，', '1.2', '万条次'],
      ['抽检食品样品126项次，', '126', '项次'],
      ['检查生产经营单位320个次，', '320', '个次'],
    ],
    rejects: ['新建城市3条次干道，', '排查出2个次生灾害隐患点，', '梳理出5项次要问题，'],
  },
  {
    id: 'score',
    purpose:
      '满意度、测评、考核、评估的得分按分计：满意度测评得分92.6分、综合考核得分96.5分、营商环境评价86分；只在说得分的话后面算，分钟、分别、分局、分公司、9时30分里的分不是单位。',
    whole: false,
    words: [['分', '钟|[别期批层类级局区院厂队站所社会部公支行红钱数项值管]']],
    // or after a change said in the next clause of the same sentence: 测评得分97.86分，同比提高0.62分
    after: `${SCORE_WORDS}|(?:${SCORE_WORDS})[^。；！？]{0,24}[，,]\\s*(?:同比|比上年|较上年|比去年|较去年)?(?:提高|提升|增加|上升|下降|降低|减少|回落)了?`,
    matches: [
      ['零售客户满意度测评得分92.6分。', '92.6', '分'],
      ['全县营商环境评价得分86分，居全市第3位', '86', '分'],
      ['在全市综合考核中得分96.5分，', '96.5', '分'],
      ['群众满意度达到95.2分，', '95.2', '分'],
      // a change of the score, in the clause after it (政法 安全感, 营商环境, 文明城市, 教育)
      ['全县群众安全感测评得分97.86分，同比提高0.62分，', '0.62', '分'],
      ['营商环境评价得分88.6分，比上年提升2.4分。', '2.4', '分'],
      ['文明城市测评总分91.2分，较上年下降1.5分。', '1.5', '分'],
      // an exam's pass or admission line and its change (教育 中考, 人社 招考, 公安 驾考)
      ['县一中、县二中录取分数线分别比去年提高11分和8分。', '11', '分'],
      ['笔试最低合格分数线为125分，', '125', '分'],
      ['科目一考试合格分数线为90分，', '90', '分'],
    ],
    rejects: [
      '会议于9时30分准时开始，',
      '平均出警时间12分钟，',
      '成立3分公司，',
      '全县1,200名考生中，3分局参与',
      // a change in a sentence with no score before it
      '出警时间同比缩短，到场时间提高到9时30分。',
      '分数线划定后，志愿填报于9时30分开始，',
    ],
  },
  {
    id: 'volume',
    purpose:
      '献血量、疫苗和药品、用水用油按毫升、升计：无偿献血286.4万毫升、采集全血12.6万升、节约燃油1.8万升；升至、升为、升级、升格里的升是排名、等级的变化，不是单位。',
    whole: false,
    words: [
      ['毫升', ''],
      ['升', '[至到为级格入档位]'],
    ],
    matches: [
      ['献血量达到286.4万毫升，', '286.4', '万毫升'],
      ['全年采集全血12.6万升，', '12.6', '万升'],
      ['公务用车节约燃油1.8万余升，', '1.8', '万余升'],
      ['储备消毒液3,600升，', '3600', '升'],
    ],
    rejects: ['全省排名由第15升至第9，', '综合考核由第5升为第3', '推动3升级改造项目落地'],
  },
  {
    id: 'computing-power',
    purpose:
      '数据中心、智算中心的算力按P（PFLOPS，每秒千万亿次浮点运算）、EFLOPS计：智能算力规模达到320P、新增智能算力200P，总规模达到520P、算力总规模达到1.2万P；只在说算力的话后面算，P2P、PPP、PUE里的P不是单位。',
    whole: false,
    words: [
      ['PFLOPS', ''],
      ['EFLOPS', ''],
      ['P', '[A-Za-z\\d]'],
    ],
    // or in the next clause of the same sentence: 新增智能算力200P，总规模达到520P
    after: '算力|算力[^。；！？]{0,24}[，,]',
    matches: [
      // 数据局, 工信局, 发改委, 大数据中心
      ['县智算中心一期建成投用，智能算力规模达到320P。', '320', 'P'],
      ['新增智能算力200P，总规模达到520P；', '520', 'P'],
      ['全市算力总规模达到1.2万P，', '1.2', '万P'],
      ['城市大数据中心算力达到150PFLOPS，', '150', 'PFLOPS'],
      ['全省智能算力规模突破5EFLOPS，', '5', 'EFLOPS'],
    ],
    rejects: ['全年清退P2P网贷机构3家，', '推进5PPP项目落地，', '算力中心PUE值降至1.25，', '新建5G基站245个，'],
  },
]

/** Any word of WORK_UNITS where it is a unit, as a pattern source. */
export const WORK_UNIT = `(?:${WORK_UNITS.flatMap((u) =>
  u.words.map(([word, notBefore]) => {
    const unit = notBefore ? `${word}(?!${notBefore})` : word
    // The number and a few words may stand between the words it needs and the unit.
    return u.after ? `(?<=(?:${u.after})[^，。；：！？]{0,16})${unit}` : unit
  }),
).join('|')})`

/**
 * Units that count whole things (名 of people, 家 of firms, 起 of cases), not a size (万元, 亩):
 * a count in one is exact to its last digit, and may count the noun after it.
 */
export const COUNTING_UNITS: readonly string[] = [
  '人次',
  '批次',
  '家次',
  '户次',
  '车次',
  '架次',
  '台次',
  '航次',
  '站次',
  '台套',
  '剂次',
  '例次',
  '名',
  '人',
  '户',
  '家',
  '个',
  '所',
  '座',
  '项',
  '件',
  '台',
  '辆',
  '套',
  '处',
  '场',
  '次',
  '批',
  '条',
  '只',
  '头',
  '株',
  '棵',
  '间',
  '支',
  '起',
  '例',
  '枚',
  // Runs of a bus or train: 直通车32趟, 客运班次1,050班.
  '趟',
  '班',
  // Works and volumes: 志书6部, 图书1.2万册, 论文32篇.
  '部',
  '本',
  '册',
  '篇',
  ...WORK_UNITS.filter((u) => u.whole).flatMap((u) => u.words.map(([word]) => word)),
]
export const COUNTING_UNIT = new RegExp(`^(?:${COUNTING_UNITS.join('|')})$`)

/**
 * Words before a number that make it an amount per head, per area or per time, not a count of
 * the whole: "由每人每月560元提高到620元", "每千人3.6批次", "人均可支配收入".
 */
export const PER_QUALIFIER = '(?:(?:每(?:[人户亩月年日天吨]|千人|万人|百人|平方公里)){1,2}|人均|户均|亩均)'

/**
 * An average said just before a number: "由上年的平均4.2分钟缩短到2.8分钟", "由日均1.2万辆次增加到…".
 * At either end of a change it is the same metric (平均处置时间, where 平均 opens the name, is not this).
 */
export const AVERAGE_QUALIFIER = '(?:平均|日均|月均)'

/**
 * Words that make a clause an amount per so many people, households or units of area, wherever
 * they stand in it: "每千名老年人拥有养老床位32张", "每万人拥有执业医师28.6人", "每百户拥有家用汽车42辆",
 * "万人拥有公共文化设施面积", "人均藏书1.2册". Not 每年 or 每个乡镇: what is done each year is a count.
 */
export const PER_CLAUSE = /每(?:十万|百万|[十百千万]|平方公里)|(?:十万|[百千万])(?:人口|人|户)拥有|人均|户均|亩均/

export type Approx = '' | '余' | '多'
/** Whether a character is a word of approximation a unit may carry: 余 or 多 (lang imports nothing, so no isOneOf). */
const isApproxWord = (c: string | undefined): c is Approx => c === '余' || c === '多'
export type ApproxPos = 'number' | 'magnitude'

/**
 * A unit as the text writes it, split into the unit itself and its approximation:
 * "余场" → 场, 余 after the number; "万余户" → 万户, 余 after 万; "余万元" → 万元, 余 after the number.
 */
export function splitWrittenUnit(written: string): { unit: string; approx: Approx; approxPos: ApproxPos } {
  const w = written.trim()
  const lead = w[0]
  if (isApproxWord(lead)) return { unit: w.slice(1), approx: lead, approxPos: 'number' }
  const mag = magnitudeOf(w)
  const afterMag = mag ? w[mag.length] : undefined
  if (mag && isApproxWord(afterMag)) {
    return { unit: mag + w.slice(mag.length + 1), approx: afterMag, approxPos: 'magnitude' }
  }
  return { unit: w, approx: '', approxPos: 'number' }
}

/** The base unit as written, without magnitude or approximation: "万余户" → 户, "亿美元" → 美元. */
export function writtenBase(written: string): string {
  const { unit } = splitWrittenUnit(written)
  return unit.slice(magnitudeOf(unit).length)
}

/** The unit as the text writes it, its approximation put back where it was. */
export function writtenUnit(unit: string, approx: Approx = '', pos: ApproxPos = 'number'): string {
  if (!approx) return unit
  const mag = pos === 'magnitude' ? magnitudeOf(unit) : ''
  return mag + approx + unit.slice(mag.length)
}

/** 余 or 多 after a number or its magnitude: 860余万元, 4万多人. */
const APPROX_MARK = '(?:余|多)'
/**
 * A unit as written after a number, its 余/多 and 万/亿 included: 人, 亿元, 万余户, 余人, 个百分点,
 * 吨标准煤, 万; the importer reads figures with it, and print keeps it on the line of its number.
 */
export const WRITTEN_UNIT = `(?:${APPROX_MARK}?${MAGNITUDE}?${APPROX_MARK}?(?:${COMPOUND_UNIT}|${WORK_UNIT}|${[
  ...BASE_UNITS,
]
  .sort((a, b) => b.length - a.length)
  .map(escapeRegExp)
  .join('|')})|${MAGNITUDE}${APPROX_MARK}?)`
