/**
 * Names that change with each meeting: who read the commendation, who will speak next
 * ("刚才，王海燕同志宣读了……", "某某副县长对……提出了具体要求", "龚常务还要作重要讲话"), and
 * masked names ("**同志"). A name is a surname with one or two characters, a placeholder
 * (某某) or a mask. Each way a speech names someone is one pattern below: the name before its
 * title and what the person does or said, 请 with a name and title, the title before the name
 * (ended by 同志, the next of a list, or what the person does), and the speaker line.
 */
import { MASK } from '../lang/masks'
import { NAME_PLACEHOLDER, SURNAMES, TITLES } from '../lang/names'
import type { NamedPattern } from './patterns'

export interface FoundPerson {
  from: number
  to: number
  /** The title beside the name: 同志, 副县长, 常务 … */
  label: string
  /** The name as written; null for a mask. */
  value: string | null
}

/**
 * A title, maybe of an organ first: 书记, 县委书记, 区政府副区长. 团县委书记 heads the Youth League,
 * not the county's party committee: its 县委 is no organ of the title.
 */
export const TITLE = `(?:(?:(?<!团)[县市区省镇乡](?:委|政府|人大|政协))?(?:${TITLES.join('|')}))`
/**
 * The organ a person speaks for, or their seat in it, before the name: 管委会吴志军副主任, 党组成员孙伟副局长,
 * 市住房公积金管理中心周丽华主任, 城关派出所李强所长, 人民银行某某市分行何晓东行长, 县图书馆刘晓梅馆长.
 */
const ORGAN =
  '管委会|党工委|委员会|政府办|办公室|人民政府|政府|人大|政协|党组成员|成员|委员|中心|公司|集团|协会|联合会|[局委办处所站院队社行馆厅]'
/**
 * Where a name can start: after a mark, the words that introduce a speaker, an organ, or a
 * title ("常务副县长张伟同志", group `before`).
 */
// The title first: one that ends in an organ's character (政委: 委) is still the title before the name.
const BEFORE_NAME = `(?<=(?<before>${TITLES.filter((t) => t !== '同志').join('|')})|^|——|[，。；、：！？（(“]|刚才|请|由|和|与|及|领导|待会儿|等一会儿|一会儿|会议结束前|随后|接下来|下面|${ORGAN})`
/** What a person does at the meeting that is said right after the name: the words a speaker is introduced by. */
const SPEAKS = '宣读|通报|传达|主持|介绍|作了|作重要|作工作|作讲话|讲话|讲了|发言|致辞|表态|代表|还将|还要|将要|将作'
/**
 * The meeting a subtitle says the speech was given at, after the speaker's title and name:
 * "——副县长孙红梅在全县城镇燃气安全专项整治动员部署会上的讲话".
 */
const SPOKEN_AT = '在[^，。；]{2,40}?上的(?:讲话|致辞|发言|总结讲话|工作报告|主持词)'
/**
 * What a named person does at the meeting, or is asked to do, or that they came to it (出席,
 * 到会, 亲临: a leader from above or beside is named by it), or what they said when the speech
 * quotes them (强调, 指出, 要求: 李某某书记在调度会上反复强调) or praises how they said it (讲得,
 * 说得: 刚才，李文斌局长把全年工作讲得很全面), within a few characters of the title; or the meeting the
 * speech was given at, as its title or subtitle names the speaker first (李文涛副县长在全县……会议上的讲话).
 */
const DOES = `(?:(?=[^，。；]{0,12}?(?:${SPEAKS}|讲得|说得|谈得|强调|指出|要求|提到|讲到|提出|部署|总结|牵头|负责|带队|督办|听取|批示|审定|出席|列席|到会|亲临|莅临|参加|赶来|到场|对|就))|(?=${SPOKEN_AT}))`
/**
 * A work a person named for it made, said right after the name: 县作家协会主席王秀兰创作的长篇小说,
 * 文化馆馆长张明编排的小品, 县摄影家协会主席赵刚拍摄的组照. A speech to a federation, a hospital
 * or a school praises its own people so, not only the officials at the meeting.
 */
const AUTHORED = '创作|撰写|编著|主编|执导|拍摄|演唱|作词|作曲|编排|主演'
/** Words after a title that start with a surname's character but are no name: 主席团, 会长单位. */
const NOT_FULL_NAME = '单位|文艺|文化|文学'

/**
 * Words that start with a surname's character but name an organ or a line of work: 党组书记 is no
 * 党 named 党组, 人大常委会副主任 no 常 named 常委会, and a title said short after its field
 * (卫生院长, 林业站长, 司法所长, 应急局长) no 卫, 林, 司 or 应 named 卫生, 林业, 司法 or 应急.
 */
const NOT_NAME = [
  '党组|党委|党工委|党支部|党总支|党校|常委会|常委',
  '文化|文旅|文广|文联|文秘|林业|林草|农业|农机|农经|农技|安监|安全|房管|房产|卫生|卫健',
  '商务|石油|司法|金融|应急|纪检|史志|路政|武装|高新',
].join('|')
/**
 * What ends an organ, and so no given name, right before a title: 文化局局长 is no 文 named 文化局,
 * 纪委书记 no 纪 named 纪委, 高新区主任 no 高 named 高新区.
 */
const NOT_NAME_END = '局委办处所站院队社行馆厅部司组区县市乡镇村'
const NAME = `(?!${NOT_NAME})[${SURNAMES}](?:[\\u4e00-\\u9fff]{0,1}?(?![${NOT_NAME_END}])[\\u4e00-\\u9fff])??|${NAME_PLACEHOLDER}`
/**
 * The level of a second title after 、, before the chief's title: 县长、县总林长, 副县长、县级副总田长,
 * 镇党委副书记、镇长.
 */
const CHIEF_LEVEL = '(?:[县市区省镇乡]级?)?'
/** A full name after its title, ended by what bounds it: 同志, the next of a list, or what the person does. */
export const FULL_NAME = `[${SURNAMES}][\\u4e00-\\u9fff]{1,2}`
/**
 * A two-character name set with a space between its characters, as a byline or a list pads it to
 * the width of three-character names (园长　陈　静, 局长 王 强): one name, written as it stands.
 */
export const SPACED_NAME = `[${SURNAMES}][ \u3000]{1,2}[\\u4e00-\\u9fff]`

export const PERSON_PATTERNS: readonly NamedPattern[] = [
  {
    id: 'name-title',
    purpose:
      '姓名（或“某某”、打码）在职务前，后面说他在会上做什么、会前听取了什么、要他做什么或他讲过什么：王海燕同志宣读了……，某常务专门听取了……，请某常务牵头……，李某某书记……反复强调',
    pattern: new RegExp(`${BEFORE_NAME}(?!${TITLE})(?<name>${NAME})(?<title>${TITLE})${DOES}`, 'g'),
    matches: [
      '刚才，王海燕同志宣读了表彰决定',
      '某某副县长对全年工作提出了具体要求',
      '等一会儿，刘晓燕副区长还将作重要讲话',
      '龚常务还要作重要讲话',
      '刚才，**同志宣读了决定',
      '县委常委、常务副县长张伟同志还将作重要讲话',
      '某某县委书记还将作重要讲话',
      '刚才，王局长就全年工作作了部署',
      '刚才，区委办公室李明主任宣读了表彰决定',
      '区卫健委党组成员何静副主任通报了考核结果',
      '会后请某某副县长牵头，抓好任务分解',
      '会前，某常务专门听取了县应急管理局的工作汇报',
      '孙伟副市长专门作出批示',
      '区委常委、常务副区长王海涛同志专门出席会议',
      '市政府副秘书长李建华同志亲临会议指导',
      '某某副县长专门到会指导',
      '刚才，市住房公积金管理中心周丽华主任通报了今年的工作情况',
      '城关派出所李强所长作了交流发言',
      '李某某书记在多次工作调度会上反复强调',
      '王海涛副区长在调研时明确指出',
      '孙局长多次要求各科室压实责任',
      '上周，刘建华副市长在专题会上提到',
      '刚才，人民银行临江市分行何晓东行长通报了全市金融运行情况',
      '农业发展银行县支行王建军行长作了表态发言',
      '县图书馆刘晓梅馆长介绍了全民阅读推广情况',
      '省财政厅周明副厅长亲临会议指导',
      // named as the leader in charge, or as the county's leader, before the name (自然资源, 教育, 应急)
      '县政府分管领导周建平副县长亲临会议，稍后还要作重要讲话',
      '市委领导王建华书记专门作出批示',
      '分管领导刘敏副区长多次听取汇报',
      // how well they said it, as the leader who speaks last sums up
      '刚才，李文斌局长把全年工作讲得很全面',
      '王建国主任把问题说得很透',
      '刚才，某某副县长讲得很好，我完全同意',
      // a leader from above who came to the meeting (村, 社区, 协会, 学校)
      '镇党委刘建华书记也专门赶来参加会议',
      '街道党工委李强书记参加了今天的会议',
      '县残疾人联合会王丽理事长专程赶来，给大家鼓劲',
      '县教育局周明副局长到场指导',
      // the political commissar of the county's military department, at 征兵 and 民兵 meetings
      '刚才，县人武部政委刘志强同志传达了全市征兵工作会议精神',
      '军分区副政委陈建军同志专门出席会议',
      // the speaker named first in the speech's title or subtitle, before the meeting (金融, 应急, 教育)
      '李文涛副县长在全县2026年金融工作会议上的讲话',
      '——王海涛同志在全区安全生产工作会议上的讲话',
      '——周建平局长在全县教育工作会议上的总结讲话',
    ],
    rejects: [
      '紧密团结在以习近平同志为核心的党中央周围',
      '市卫生健康委主任作了报告',
      '请常务副县长讲话',
      '要学习黄大年同志的先进事迹',
      '全市三级医院达到9家',
      '市场监管局局长办公会研究部署了全年工作',
      '各科室负责同志出席会议',
      '县财政局党组书记作了讲话',
      '县疾控中心党委书记作了讲话',
      '区人大常委会副主任出席会议',
      '请文化局局长作表态发言',
      '县委书记在会上强调',
      '局长办公会要求各科室抓好落实',
      '林业局局长指出',
      '请卫生院长作表态发言',
      '刚才，司法所长作了交流发言',
      '应急局长对汛期工作作了部署',
      '向阳镇镇长作了表态发言',
      '江北区区长对全年工作作了部署',
      '各位领导、同志们，下面我讲几点意见',
      '书记处书记出席会议',
      '人民银行临江市分行行长通报了全市金融运行情况',
      '请纪委书记对全年工作提出要求',
      '高新区主任作了讲话',
      '刚才，局长把全年工作讲得很全面',
      '文化局局长讲得很好',
      '镇党委书记也专门赶来参加会议',
      '各村党支部书记参加了培训',
      '分管领导要亲自抓',
      '主要领导干部要带头讲话',
      // a meeting named, but no speaker's name before the title, or a speech quoted, not given
      '县委书记在全县经济工作会议上的讲话精神要认真传达',
      '——在全县金融工作会议上的讲话',
      '认真学习习近平总书记在中央经济工作会议上的重要讲话精神',
    ],
  },
  {
    id: 'asked',
    purpose:
      '“请”后面紧跟姓名（或“某某”）和职务：会上点名请某人做事，后面说什么都算：请何晓东行长按季度向市委、市政府报告……，请王局长会后……',
    pattern: new RegExp(`(?<=请)(?!${TITLE})(?<name>${NAME})(?<title>${TITLE})`, 'g'),
    matches: [
      '请何晓东行长按季度向市委、市政府报告全市金融运行情况',
      '请王局长会后把方案报县政府',
      '会后请李某某书记再把把关',
      '请刘晓燕副区长抓好督促落实',
      '请陈主任带领有关科室逐项核实',
    ],
    rejects: [
      '请常务副县长讲话',
      '请农业局局长会后抓落实',
      '请纪委书记把好廉政关',
      '请各位领导多提宝贵意见',
      '请同志们认真抓好落实',
      '请县长办公会审定',
      '请局长办公会研究',
      '请主要负责同志亲自抓',
      '请林业站长会后牵头',
      '请文化站长介绍经验',
      '请安监站长带队检查',
      '请向阳镇镇长作表态发言',
      '请江北区区长讲话',
    ],
  },
  {
    id: 'title-name',
    purpose:
      '职务在前（或以顿号连着的两个职务：县长、县总林长）、姓名在后，后面紧接着“同志”（不是“同志们”）、他在会上做什么、他创作了什么（县作家协会主席王秀兰创作的长篇小说）或列出下一位：团县委书记张婷同志把全年工作讲得很实在，县公证处主任刘晓燕作了交流发言，……所长张卫东、……',
    // After a title, 和 and 向 join the next words (县委书记和各位同志) far oftener than they start a name.
    pattern: new RegExp(
      `(?<title>(?:${TITLE}、${CHIEF_LEVEL})?${TITLE})(?![和向]|${NOT_FULL_NAME})(?<name>${FULL_NAME}|${NAME_PLACEHOLDER})(?=同志(?!们)|、[^，。；]{0,16}?${TITLE}[${SURNAMES}]|${SPEAKS}|${AUTHORED}|${SPOKEN_AT})`,
      'g',
    ),
    matches: [
      '城关司法所所长张卫东作了交流发言',
      '会上，县妇联主席陈红致辞',
      '随后，县农业农村局局长王立新宣读了表彰决定',
      '县供销合作社理事长陈国庆作了表态发言',
      '会上，县个体劳动者协会会长刘建军致辞',
      '县人民检察院副检察长李明通报了典型案例',
      '县人民法院民事审判庭庭长王丽介绍了诉源治理经验',
      '县融媒体中心社长陈晓东作了交流发言',
      '刚才，团县委书记张婷同志把全年工作讲得很实在',
      '刚才，市水务局局长赵立新同志把情况讲得很全面',
      '县人民医院院长孙文华同志带头下沉坐诊',
      '感谢区民政局副局长某某同志的精心组织',
      '镇党委书记李国栋同志多次深入村组调研',
      // a committee's chair, the post a leader holds beside his own (住房公积金, 人大, 民主党派)
      '市政府副市长、市住房公积金管理委员会主任委员李振华同志专门作出批示',
      '县人大常委会副主任、财政经济委员会主任委员王立平同志到会指导',
      '民盟市委主任委员陈静同志出席会议',
      // the federation's, the culture centre's, the hospital's own people, praised for their work
      '县作家协会主席王秀兰创作的长篇小说《清河两岸》由省作家出版社出版',
      '县文化馆馆长张明编排的小品《邻里》获省群星奖',
      '县摄影家协会主席赵刚拍摄的组照入选全国影展',
      '县人民医院院长孙文华主编的《基层急救手册》正式出版',
      // two titles joined by 、, the second a chief's of the 林长制 or 河湖长制 (林业, 水利) or a post (乡镇)
      '刚才，县长、县总林长孙晓东同志通报了考核结果',
      '副县长、县总河长王立新同志对河湖清四乱作了部署',
      '镇党委副书记、镇长张国强同志作了工作报告',
      // a chief of the 田长制 or 湖长制 by the level of the post (自然资源, 水利)
      '刚才，副县长、县级副总田长刘建军同志作了动员讲话',
      '副区长、区级副总湖长陈立新同志通报了巡湖情况',
      // the first chief, the party secretary's second title (水利, 林业), and a village's 第一书记 (组织)
      '刚才，县委书记、县第一总河长周明远同志签发了总河长令',
      '市委书记、市第一总林长李国强同志作了讲话',
      '驻村第一书记王志刚同志介绍了帮扶经验',
      // the speaker named in the subtitle, before the meeting (住建, 发改, 教育)
      '——副县长孙红梅在全县城镇燃气安全专项整治动员部署会上的讲话',
      '——县委书记周明远在全县经济工作会议上的讲话',
      '——局长某某某在全局年中工作会议上的讲话',
    ],
    rejects: [
      '县委书记高度重视，亲自部署',
      '县长常务会议研究部署了全年工作',
      '请分管副局长作表态发言',
      '局长办公会专题研究',
      '感谢县委书记和各位同志的辛勤付出',
      '局长向全体同志表示感谢',
      '办公室主任常和同志们谈心',
      '中央书记处同志',
      '感谢县长和同志们的支持',
      '协会会长单位编排的节目获得好评',
      '县文联主席文艺创作经验丰富',
      '各协会主席创作的作品集中展出',
      '县级林长、各乡镇总林长都参加了会议',
      '——在全县经济工作会议上的讲话',
      '县委书记在全县经济工作会议上的讲话精神要认真传达',
    ],
  },
  {
    id: 'byline',
    purpose:
      '讲话人署名行：职务后空一格写姓名（或“某某某”等占位），如“市住房和城乡建设局党组书记、局长 周海涛”“县委书记 某某某”。空位标为整行职务：一串职务里主要的那个（县纪委书记、县政府副县长）常不是最后一个。',
    // The whole run of titles is the label: 县委常委、县纪委书记、县监委主任 speaks as 县纪委书记, not as
    // 主任; and a record begun from the speech takes the same run as the speaker's title (meeting/from-speech).
    pattern: new RegExp(
      `^\\s*(?<title>[^。，；！？：]*?(?:，[^。，；！？：]*?)?${TITLE})[\\s\u3000]+(?<name>${FULL_NAME}|${SPACED_NAME}|${NAME_PLACEHOLDER})\\s*$`,
      'g',
    ),
    matches: [
      '市住房和城乡建设局党组书记、局长 周海涛',
      '县人民政府副县长　李明',
      '县委书记 某某某',
      '县档案馆馆长　周文斌',
      '县委常委、县纪委书记、县监委主任　刘志刚',
      '县人民政府副县长、县残疾人工作委员会主任 某某',
      '市卫生健康委员会党委书记、主任 李晓梅',
      '镇党委副书记、镇长　张某某',
      // two runs of titles, parted by a comma: a post and a seat on a committee (编委, 安委会, 防指)
      '县委常委、组织部部长，县委编委副主任 孙国强',
      '副县长，县安委会副主任　王立军',
      // a post and the command it heads in a season's campaign (防汛, 森林防火, 疫情防控)
      '副县长、县防汛抗旱指挥部指挥长　王立新',
      '县长、县防汛抗旱指挥部总指挥 李国栋',
      '县应急管理局局长、县森林防火指挥部副指挥长 赵强',
      // a two-character name padded to three characters' width (幼儿园, 住建, 档案)
      '园长　陈　静',
      '县住房和城乡建设局局长 王 强',
      '县档案馆馆长　周　平',
    ],
    rejects: [
      '局长 周海涛讲话。',
      '市住房和城乡建设局党组书记、局长',
      '各位领导 同志们',
      '局长办公会 纪要',
      '各位领导，同志们 大家好',
    ],
  },
]

const IS_MASK = new RegExp(MASK)

/** A title anywhere: paragraphs without one (most of them) need no closer look. */
const ANY_TITLE = new RegExp(TITLE)

/** Two titles joined by 、 right before a name: 县长、县总林长, 镇党委副书记、镇长. */
const TWO_TITLES_END = new RegExp(`${TITLE}、${CHIEF_LEVEL}(?:${TITLES.filter((t) => t !== '同志').join('|')})$`)

/** The patterns as findPersons runs them: every match, with the name's place (flag d). */
const FIND_PATTERNS = PERSON_PATTERNS.map((p) => new RegExp(p.pattern.source, 'gd'))

/** A full name, as a whole: the only kind a later mention can be known by. */
const WHOLE_NAME = new RegExp(`^${FULL_NAME}$`)

/**
 * The post a person named with only 同志 is given, said right after: "由赵志勇同志兼任办公室主任",
 * "由李红同志担任联络员" — the role the speech names them by (住建, 民政, 应急: a campaign's office).
 */
const POST_GIVEN = new RegExp(`^(?:兼任|担任|出任)(?<post>[^，。；、]{0,10}?(?:${TITLE}|联络员|负责人))`)

/** The label of a name with `title`, ending at `end` of `text`: the post given after 同志, else the title. */
function labelAt(text: string, end: number, title: string): string {
  return (title === '同志' && POST_GIVEN.exec(text.slice(end))?.groups?.post) || title
}

/**
 * A person named again, by name with 同志 or a short title, once a pattern above has found them
 * by their full title: "王立新同志和县总工会班子成员要带头……" after "常务副主席王立新同志作了工作
 * 报告", "李红梅部长一直讲" after "宣传部部长李红梅同志对中心工作给予了充分肯定". What the person
 * does need not follow: the name is known. Only a full name is: a surname alone (王局长) or a
 * placeholder (某某) names no one in particular.
 */
export function namedAgain(text: string, known: Iterable<string>): FoundPerson[] {
  const names = [...new Set(known)].filter((n) => WHOLE_NAME.test(n)).sort((a, b) => b.length - a.length)
  if (!names.length) return []
  const pattern = new RegExp(`(?<name>${names.join('|')})(?<title>${TITLE})(?!们)`, 'g')
  return [...text.matchAll(pattern)].map((m) => {
    // `pattern` has the groups name and title.
    // biome-ignore lint/nursery/noUnsafeTypeAssertion: the reason is the comment above
    const { name, title } = m.groups as { name: string; title: string }
    return { from: m.index, to: m.index + name.length, label: labelAt(text, m.index + m[0].length, title), value: name }
  })
}

/**
 * The persons a text names; `known` are the names found earlier in the speech, which a later
 * mention may give with only 同志 or a short title (namedAgain).
 */
export function findPersons(text: string, known: Iterable<string> = []): FoundPerson[] {
  const out: FoundPerson[] = []
  if (!ANY_TITLE.test(text)) return out
  for (const pattern of FIND_PATTERNS) {
    for (const m of text.matchAll(pattern)) {
      // Every pattern of FIND_PATTERNS has the groups name and title, and before optionally.
      // biome-ignore lint/nursery/noUnsafeTypeAssertion: the reason is the comment above
      const { before, name, title } = m.groups as { before?: string; name: string; title: string }
      const at = m.indices?.groups?.name?.[0] ?? m.index ?? 0
      // "常务副县长张伟同志": the title before the name says more than 同志 (the longest that ends there),
      // and two titles joined by 、 more than the second alone ("县长、县总林长孙晓东同志").
      const head =
        before && (TWO_TITLES_END.exec(text.slice(0, at))?.[0] ?? TITLES.find((t) => text.slice(0, at).endsWith(t)))
      if (out.some((f) => f.from === at)) continue
      const label = head || labelAt(text, at + name.length + title.length, title)
      out.push({ from: at, to: at + name.length, label, value: IS_MASK.test(name) ? null : name })
    }
  }
  const names = [...known, ...out.flatMap((f) => (f.value === null ? [] : [f.value]))]
  for (const again of namedAgain(text, names)) if (!out.some((f) => f.from === again.from)) out.push(again)
  return out.sort((a, b) => a.from - b.from)
}
