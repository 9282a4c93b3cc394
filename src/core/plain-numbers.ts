/**
 * Numbers written as plain text that a roll-over leaves as they were: the safety net under the
 * figure reader. Whatever the reader did not make a slot (a unit it does not know, a count in
 * the opening, a table's cells) would go to print with last year's value unseen (tryout 14 A1:
 * 烘干能力1260吨/批 printed in the 2026 speech). Every number is listed except those that are
 * not figures of a year: years, dates and times, ordinals, list and heading numbers, weekdays,
 * numbers inside a document's name. Each such kind is a row with examples it must pass over and
 * examples it must leave listed (test/node/plain-numbers.test.ts).
 */
import { insideBookTitle } from './lang/punctuation'
import { isYear } from './schema'
import { asciiDigits } from './import/normalize'
import { RANGE_JOIN } from './lang/years'

/** After a year: 年, or a span's join (2021—2025), or a list's mark (2024、2025年). */
const YEAR_OR_SPAN_AFTER = new RegExp(`^\\s*(?:年|${RANGE_JOIN}|、)`)
/** Before a year: the join of a span it ends. */
const SPAN_BEFORE = new RegExp(`${RANGE_JOIN}\\s*$`)

/** A number as written: ASCII or full-width digits, thousands commas, a decimal point. */
const NUMBER = /[0-9０-９]+(?:,[0-9０-９]{3})*(?:[.．][0-9０-９]+)?/g

/** Where a number stands in its text, read by the rows below. */
export interface NumberAt {
  text: string
  from: number
  to: number
}

const before = (n: NumberAt, reach = 8) => n.text.slice(Math.max(0, n.from - reach), n.from)
const after = (n: NumberAt, reach = 8) => n.text.slice(n.to, n.to + reach)
const digits = (n: NumberAt) => asciiDigits(n.text.slice(n.from, n.to))

export interface NotListed {
  id: string
  purpose: string
  applies(n: NumberAt): boolean
  /** Texts whose every number this row passes over. */
  passes: string[]
  /** Texts whose first number this row leaves listed. */
  lists: string[]
}

/** One row per kind of number that is no figure of a year. Adding a kind is adding a row. */
export const NOT_LISTED: readonly NotListed[] = [
  {
    id: 'year',
    purpose: '年份和年份区间：2025年、2021—2025年、2025、2026年（表头）；换年时年份另有提示。',
    applies: (n) =>
      /^\d{4}$/.test(digits(n)) &&
      isYear(Number(digits(n))) &&
      (YEAR_OR_SPAN_AFTER.test(after(n)) || SPAN_BEFORE.test(before(n))),
    passes: ['到2025年全省', '2021—2025年', '2021-2025', '指标 2025年 2026年 增长'],
    lists: ['拥有大中型拖拉机2140台', '全县农机总动力2025万千瓦'],
  },
  {
    id: 'date-or-time',
    purpose: '日期和时刻：2月18日、3月底前、上午9时、8点30分、15号文件所说的日子。',
    applies: (n) => /^\s*(?:月|日|号|时|点|分(?!之))/.test(after(n)) && !/个\s*$/.test(before(n)),
    passes: ['（2026年2月18日）', '确保3月底前完成', '上午9时30分', '每月15号前报送'],
    lists: ['用时缩短到15个工作日', '排查整改安全隐患312处'],
  },
  {
    id: 'ordinal',
    purpose:
      '序数：第3次、第2批、第3季度、第5届、前3个月。名次（全市第4位、第3名、前10位、前50强）是当年的数，要列出（tryout 15：换年后“第15位”“第4位”原样留着）。',
    applies: (n) => /(?:第|前)\s*$/.test(before(n)) && !/^\s*(?:位|名|强)/.test(after(n)),
    passes: ['第3次全体会议', '列入第2批试点', '第3季度', '第5届运动会', '前3个月'],
    lists: [
      '营商环境综合评价居全省县域第15位',
      '我县地区生产总值虽居全市第4位',
      '排名由2020年的第46位上升到第31位',
      '获得全省职业技能大赛第3名',
      '力争进入全省县域前10位',
      '倒数第2名',
      '跻身全国前50强',
      '组织开展演示会18场次',
    ],
  },
  {
    id: 'list-number',
    purpose: '段首的条目编号：1. 2、（3）。',
    applies: (n) => /^\s*[（(]?\s*$/.test(n.text.slice(0, n.from)) && /^\s*[、.．)）]/.test(after(n)),
    passes: ['1.加强组织领导', '2、强化资金保障', '（3）改进作风'],
    lists: ['全年报废更新老旧农机具326台。', '3.2万亩'],
  },
  {
    id: 'weekday',
    purpose: '星期几写成数字：星期3、周5。',
    applies: (n) => /(?:星期|礼拜|周)\s*$/.test(before(n)),
    passes: ['定于星期3上午', '每周5下午'],
    lists: ['完成检修机具4600台'],
  },
  {
    id: 'document-name',
    purpose: '文件名里、文号里的数字：《2025年农机购置补贴实施方案》、〔2025〕3号。',
    applies: (n) => insideBookTitle(n.text, n.from) || /[〔［[]\s*$/.test(before(n)) || /〕\s*$/.test(before(n)),
    passes: ['按照《农机购置补贴3年行动方案》', '县政办发〔2025〕3号'],
    lists: ['新建农机维修网点23个'],
  },
  {
    id: 'caption-number',
    purpose: '表、图、附件的编号：表1、图2、附件3。',
    applies: (n) =>
      /(?:表|图|附件|附表)\s*$/.test(before(n, 2)) && !/^\s*[^\s，。；、]*[万亿]?[个家台人项]/.test(after(n)),
    passes: ['表1 全县农业机械化主要指标', '见附件3'],
    lists: ['列入统计报表12家'],
  },
  {
    id: 'round-the-clock',
    purpose: '全天候的说法：24小时热线、7×24小时服务，是机制的名字，不是当年的数。',
    applies: (n) =>
      (digits(n) === '24' && /^\s*小时/.test(after(n))) || (digits(n) === '7' && /^\s*[×xX*]\s*24/.test(after(n))),
    passes: ['用好24小时农技服务热线', '提供7×24小时服务'],
    lists: ['累计服务24万小时', '办理时限压缩到12小时'],
  },
  {
    id: 'name-with-digits',
    purpose: '名称里带的数字：5G、4A级景区、北斗3号（字母或“号”“代”紧跟着数字）。',
    applies: (n) => /^[A-Za-zＡ-Ｚａ-ｚ]/.test(after(n)) || /[A-Za-z]$/.test(before(n, 1)),
    passes: ['推广5G农机作业终端', '北斗B3信号'],
    lists: ['推广北斗导航自动驾驶系统120套'],
  },
]

/**
 * The numbers of `text` a roll-over should name: each as [from, to), in order. `text` may hold
 * U+FFFC for slots (checks/blocks viewOf): a slot is not a number written in the text.
 */
export function plainNumbers(text: string): { from: number; to: number }[] {
  const out: { from: number; to: number }[] = []
  for (const m of text.matchAll(NUMBER)) {
    const n = { text, from: m.index, to: m.index + m[0].length }
    if (!NOT_LISTED.some((row) => row.applies(n))) out.push({ from: n.from, to: n.to })
  }
  return out
}
