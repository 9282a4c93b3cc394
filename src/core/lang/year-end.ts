/**
 * Words that say a speech is given as the calendar year ends (a December speech), for a speech
 * with no date line to say so: "岁末将至，我们召开年终工作会议", "今年即将过去". Only words that
 * cannot be said in January: 年关将至, 年终岁末 and 岁末年初 may mean the lunar year's end (a
 * January or February meeting), and 年终总结, 年终考核 are often held after the year is out.
 * A meeting that says it plans 明年's work is held in the year it reviews, whatever month.
 */
export interface YearEndPhrase {
  id: string
  purpose: string
  pattern: RegExp
  matches: string[]
  rejects: string[]
}

/** A year said to be passing, after it (今年就要过去) and before it (即将过去的一年, 即将过去的2025年). */
export const PASSING_AFTER = '(?:马上|眼看|很快)?(?:就要|即将|就快)(?:过去|结束)'
export const PASSING_BEFORE = '(?:即将|就要)(?:过去|结束)的'

/**
 * An occasion said to be about to begin, after it (伏季休渔就要开始了, 高考即将来临, 高考就要开考了,
 * 运动会即将开幕) and before it
 * (即将到来的汛期): it falls in the year the speech is given in, or later.
 */
export const COMING_AFTER =
  '(?:马上|眼看|很快)?(?:就要|即将|就快)(?:开始|到来|来临|拉开帷幕|开考|开幕|开赛|开学)了?(?=[，。；！？,]|$)'
export const COMING_BEFORE = '(?:即将|就要)(?:开始|到来|来临)的'

export const YEAR_END_PHRASES: readonly YearEndPhrase[] = [
  {
    id: 'year-end-near',
    purpose: '“岁末将至”“岁末之际”：年底，公历岁末。',
    pattern: /岁末(?:将至|临近|之际)|时近岁末|时值岁末/,
    matches: ['岁末将至，我们召开全局年终工作会议', '时值岁末，我们在这里召开会议', '岁末之际，回顾一年来的工作'],
    rejects: ['岁末年初，要抓好安全生产', '年终岁末，春节将至', '年关将至，我们召开会议'],
  },
  {
    id: 'year-passing',
    purpose: '“今年即将过去”“即将过去的一年”：说话时这一年还没过完。',
    pattern: new RegExp(`(?:今年|这一年|一年)${PASSING_AFTER}|${PASSING_BEFORE}(?:这)?一年`),
    matches: ['今年马上就要过去了', '即将过去的一年，是极不平凡的一年', '这一年即将结束，大家辛苦了'],
    rejects: ['刚刚过去的一年，是极不平凡的一年', '过去的一年，全县上下团结奋斗', '一年来，全县上下团结奋斗'],
  },
  {
    id: 'next-year-planned',
    purpose:
      '开头说会议“安排明年的重点任务”“部署明年工作”“谋划明年重点”，或先说明年的工作再说安排（“对明年经济工作作出安排”“就明年工作进行部署”“对“十五五”规划编制和明年经济工作作出安排”）：部署的是明年，会议就在回顾的这一年里开。只说“明年”的某件事（明年接受验收）不算。',
    pattern:
      /(?:安排|部署|谋划|研究)(?:好|部署)?明年(?:的)?(?:[^。；！？，,]{0,6}?)(?:工作|任务|思路|打算|重点)|(?:对|为|就)[^。；！？，,]{0,12}?明年(?:的)?[^。；！？，,]{0,8}?(?:工作|任务)(?:作出|做出|进行)(?:安排|部署)|[对就][^。；！？]{0,24}?[和及、]明年(?:的)?[^。；！？，,]{0,8}?(?:工作|任务)(?:作出|做出|进行)(?:安排|部署)/,
    matches: [
      '我们召开全场工作总结会议，主要是回顾一年来的工作，安排明年的重点任务',
      '今天召开会议，总结今年以来工作，部署明年工作。',
      '回顾总结全年工作，研究部署明年全县档案工作',
      // the work named first, the arranging after (发改, 财政, 教育)
      '对“十五五”规划编制和明年经济工作作出安排。',
      '今天的会议，主要是对明年全县财政工作作出部署',
      '总结今年工作，就明年的教育重点任务进行安排',
      // the plan said after what it is made for (发改, 财政)
      '主要任务是全面总结“十四五”规划实施情况，对“十五五”规划编制和明年经济工作作出安排',
      '今天召开全县财政工作会议，对明年财政工作进行部署',
      // the plan named by its priorities alone (水利 移民, 人社, 商务)
      '主要任务是盘点今年工作，查找差距不足，谋划明年重点。',
      '总结一年来的工作，研究部署明年重点',
      '年终岁末召开这次会议，就是要总结成绩，安排部署明年各项重点。',
    ],
    rejects: [
      '确保年底前完成整治，明年接受验收。',
      '今天召开会议，总结2025年工作，部署2026年任务。',
      '为明年秋季招生打好基础',
      '对今年工作作出安排，明年再作总结。',
      '对2026年经济工作作出安排',
      '对明年接受验收的项目作出说明',
      '对明年接受验收作出承诺',
      '对今年工作作出安排',
      '谋划今年重点，部署下半年工作',
      '明年重点项目要提前谋划',
    ],
  },
]

const ANY = new RegExp(YEAR_END_PHRASES.map((p) => p.pattern.source).join('|'))

/** Whether the text says it is spoken as the calendar year ends. */
export const saysYearEnds = (text: string): boolean => ANY.test(text)

/** A speech given from this month on reviews the year it is given in (a year-end meeting). */
export const YEAR_END_MONTH = 11
/**
 * From this month until the year-end months, a speech may review the year it is given in (an
 * autumn meeting that works towards next year) or plan it (a mid-year or campaign meeting): its
 * words tell, not its date.
 */
export const SECOND_HALF_MONTH = 7

/**
 * The year a speech or meeting in `month` reviews, as its month alone tells: the year it is held
 * in ('held', a November or December meeting), the year before ('before', the first half of the
 * year), or either ('words', July to October): its words decide (明年 in its title, the year it
 * names). The one reading of the months, for the importer, the date line's check and the meeting record.
 */
export function reviewedByMonth(month: number): 'held' | 'before' | 'words' {
  if (month >= YEAR_END_MONTH) return 'held'
  return month >= SECOND_HALF_MONTH ? 'words' : 'before'
}

/**
 * From the year's second quarter a meeting may count what the year has done so far (今年以来): a
 * June campaign (暑期学生安全专项行动) that reviews no year but the one it is held in. Before the
 * year's second half its words must say so without a review of last year beside them.
 */
export const YEAR_SO_FAR_MONTH = 4

/**
 * A November or December meeting that works to finish the year it is held in (a tax bureau's
 * 组织收入 sprint, a 决战四季度 push): it counts the year so far (1—11月, 今年以来), has no review
 * part, names neither next year nor 明年, and says it works to finish this year's task. Like a
 * mid-year meeting it reviews and plans the year it is held in. Its words, each way; the speech's
 * shape (no review part, no next year) is judged by the importer.
 */
export const FINISH_OWN_YEAR: YearEndPhrase = {
  id: 'finish-own-year',
  purpose:
    '年底冲刺会：说要完成的是今年的任务（“确保圆满完成全年组织收入任务”“全力冲刺收官”“打好收官战”“12月31日前完成”），或在年关、春节前了结（岁末年初的冬季专项行动：“春节前全部收官”“春节前办结全部积案”）。只说“全年”的成绩、“明年”的任务或春节前后、春节期间的事不算。',
  pattern:
    /(?:确保|全力|力争|坚决)[^。；！？]{0,12}完成(?:今年|全年|年度|\d{4}年)[^。；！？，,]{0,10}(?:任务|目标)|冲刺收官|收官战|决战(?:四季度|年底|决胜)|决战决胜|(?:12月(?:31日|底)|年底|春节)前(?:[^。；！？]{0,8})?(?:完成|清缴|办结|到位|收官)/,
  matches: [
    '确保圆满完成全年组织收入任务',
    '全力冲刺收官 确保完成全年目标任务',
    '全力打好收入收官战',
    '确保12月底前清缴欠税2,000万元以上',
    '决战四季度，确保全年项目投资目标实现',
    '力争年底前完成全部整改',
    '到2027年2月5日结束，即春节前全部收官',
    '力争春节前办结全部信访积案',
    '确保农民工工资春节前全部支付到位',
  ],
  rejects: [
    '全年完成组织收入31.5亿元，圆满完成了年度任务。',
    '确保明年各项目标任务顺利完成',
    '研究部署明年工作',
    '年底各项工作交织叠加',
    '春节前后要走访慰问困难群众',
    '春节期间加强值班值守，完成应急保障',
  ],
}

/**
 * An opening that says the meeting plans this year's work (全面部署今年防汛抗旱工作, 安排部署今年的
 * 重点任务): held in the year it plans, so a review of the year before says 去年 of it rightly.
 * Not this year's half or quarter still ahead (部署今年下半年工作: a mid-year meeting), nor 明年.
 */
export const THIS_YEAR_PLANNED: YearEndPhrase = {
  id: 'this-year-planned',
  purpose:
    '开头说会议“部署今年……工作”“安排今年的重点任务”：部署的是今年，会议就在计划的这一年里开，回顾的是去年。只部署今年下半年、四季度的（年中会）或明年的不算。',
  pattern:
    /(?:安排|部署|谋划|研究)(?:好|部署)?今年(?!下半年|上半年|[一二三四]季度|后|剩余|余下)(?:的)?(?:[^。；！？，,]{0,8}?)(?:工作|任务)/,
  matches: [
    '今天，县政府召开全县防汛抗旱工作会议，全面部署今年防汛抗旱工作',
    '主要任务一是总结去年工作，三是部署今年任务',
    '今天召开全市安全生产工作会议，安排部署今年的重点任务',
    '研究部署今年全县征兵工作',
  ],
  rejects: [
    '今天召开会议，总结上半年工作，部署今年下半年工作',
    '部署明年工作',
    '今天召开会议，总结2025年工作，部署2026年任务。',
    '今年以来，全县上下扎实工作',
  ],
}

/**
 * Words that a speech looks to next year (明年, 来年, 新的一年, 今冬明春): a November or December
 * meeting that says them plans next year, whatever it reviews.
 */
// Not the 来年 inside 近年来年均增长 or 多年来年年: a 年 right before it.
export const NEXT_YEAR_WORDS = /明年|(?<!年)来年|新的一年|新一年|新年度|今冬明春/

/**
 * A campaign over the turn of the year (根治欠薪冬季专项行动, 岁末年初信访积案化解) runs to 春节,
 * which falls from late January to mid-February: a date of next year's first this many months is
 * its deadline ("到2027年2月5日结束", "12月1日至2027年1月20日"), not a plan for next year.
 */
export const TURN_OF_YEAR_MONTHS = 2
