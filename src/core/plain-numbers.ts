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
import { RANGE_JOIN, YEAR } from './lang/years'

/** A year's ending: 年, or nothing counted (a table's header, 2021-2025 alone). */
const YEAR_ENDS = /^\s*(?:年|$|[\s，。；、：:）)】」”])/
/** A span of years, or a list of them, from the number on: —2025年, 至2025, 、2025年. */
const SPAN_ON = new RegExp(`^\\s*(?:${RANGE_JOIN}|、)\\s*(${YEAR})`)
/** A span of years up to the number: 2021—. */
const SPAN_UP_TO = new RegExp(`(${YEAR})\\s*${RANGE_JOIN}\\s*$`)
/** A year in the cell after the number, or before it (a header without 年: 指标 2025 2026 增长). */
const YEAR_CELL_AFTER = new RegExp(`^\\s+${YEAR}(?!\\d)`)
const YEAR_CELL_BEFORE = new RegExp(`${YEAR}\\s+$`)

/** A unit written in Latin letters right after a number: 30MW, 12km, 110kV, 500TB, 5kg (not 5G, 4A). */
const LATIN_UNIT =
  /^\s*(?:[kKMGT]?W[hp]?|[kKcm]?m(?![a-z])|[kKcm]?m[²³23]|kg|kV|kVA|[KMGT]B|[MG]bps|ha|mL|ml|MPa|dB|mAh|t(?![a-zA-Z]))/

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
    applies: (n) => {
      if (!/^\d{4}$/.test(digits(n)) || !isYear(Number(digits(n)))) return false
      if (/^\s*年/.test(after(n))) return true
      // A span's or a list's year: its other end a year too, the last followed by 年 or nothing
      // counted (1500—2000公斤, 2000—3000元 are ranges of amounts).
      const on = SPAN_ON.exec(after(n, 12))
      if (on) return YEAR_ENDS.test(after(n, 16).slice(on[0].length))
      const upTo = SPAN_UP_TO.exec(before(n, 12))
      if (upTo) return YEAR_ENDS.test(after(n))
      // A header's year without 年 (指标 2025 2026 增长): a year in the cell beside it too, not a row's
      // number (大中型拖拉机（台） 2140 2230).
      return YEAR_CELL_AFTER.test(after(n, 6)) || YEAR_CELL_BEFORE.test(before(n, 6))
    },
    passes: [
      '到2025年全省',
      '2021—2025年',
      '2021-2025',
      '指标 2025年 2026年 增长',
      '指标 2025 2026 增长',
      '2024、2025年连续两年',
    ],
    lists: [
      '拥有大中型拖拉机【2140】台',
      '全县农机总动力【2025】万千瓦',
      '亩产1500—【2000】公斤',
      '月薪【2000】—3000元',
      '全年接待游客【2026】万人次',
      '大中型拖拉机（台） 【2140】 2230 4.2%',
    ],
  },
  {
    id: 'date-or-time',
    purpose:
      '日期和时刻：2月18日、3月底前、上午9时、8点30分、15号文件所说的日子。分只在时、点之后是时刻（15分钟、95.5分是数）。',
    applies: (n) =>
      !/个\s*$/.test(before(n)) &&
      (/^\s*(?:月(?!份?[内左])|日|号|时(?!限)|点)/.test(after(n)) ||
        (/^\s*分(?!钟|之)/.test(after(n)) && /[时点]\s*$/.test(before(n, 1)))),
    passes: ['（2026年2月18日）', '确保3月底前完成', '上午9时30分', '每月15号前报送', '8点30分开会'],
    lists: [
      '用时缩短到【15】个工作日',
      '平均响应时间缩短到【15】分钟',
      '考核得分【95.5】分',
      '群众满意度测评得【92】分',
      '排查整改安全隐患【312】处',
    ],
  },
  {
    id: 'ordinal',
    purpose:
      '序数：第3次、第2批、第3季度、第5届、前3个月。名次（全市第4位、第3名、前10位、前50强）是当年的数，要列出（tryout 15：换年后“第15位”“第4位”原样留着）。',
    // 前 of 提前、目前、以前、之前… is no ordinal: 提前15天, 目前126家 are figures.
    applies: (n) =>
      /(?:第|(?<![提目以之当此眼超空向面门跟])前)\s*$/.test(before(n)) && !/^\s*(?:位|名|强)/.test(after(n)),
    passes: ['第3次全体会议', '列入第2批试点', '第3季度', '第5届运动会', '前3个月'],
    lists: [
      '营商环境综合评价居全省县域第【15】位',
      '我县地区生产总值虽居全市第【4】位',
      '排名由2020年的第【46】位上升到第31位',
      '获得全省职业技能大赛第【3】名',
      '力争进入全省县域前【10】位',
      '倒数第【2】名',
      '跻身全国前【50】强',
      '提前【15】天完成全年任务',
      '目前【126】家企业已完成改造',
      '比上年提前【3】个月',
    ],
  },
  {
    id: 'list-number',
    purpose: '段首的条目编号：1. 2、（3）。',
    applies: (n) => /^\s*[（(]?\s*$/.test(n.text.slice(0, n.from)) && /^\s*[、.．)）]/.test(after(n)),
    passes: ['1.加强组织领导', '2、强化资金保障', '（3）改进作风'],
    lists: ['【3】个乡镇完成改造', '【3.2】万亩', '【1.5】万亩高标准农田'],
  },
  {
    id: 'weekday',
    purpose: '星期几写成数字：星期3、周5。“每周2次”“周边3个乡镇”的数不是星期。',
    applies: (n) =>
      /^[1-7]$/.test(digits(n)) &&
      /(?:星期|礼拜|(?<![一每两三四五六七八九十])周)\s*$/.test(before(n)) &&
      !/^\s*[次个天人场回遍批家项]/.test(after(n)),
    passes: ['定于星期3上午', '周5下午召开', '礼拜6值班'],
    lists: ['坚持每周【2】次调度', '完成检修机具【4600】台', '连续【3】周开展督查', '每周【1】次例会'],
  },
  {
    id: 'document-name',
    purpose: '文件名里、文号里的数字：《2025年农机购置补贴实施方案》、〔2025〕3号。',
    applies: (n) => insideBookTitle(n.text, n.from) || /[〔［[]\s*$/.test(before(n)) || /〕\s*$/.test(before(n)),
    passes: ['按照《农机购置补贴3年行动方案》', '县政办发〔2025〕3号', '印发《关于做好2026年稳就业工作的10条措施》'],
    lists: ['新建农机维修网点【23】个', '《方案》印发后，新增备案企业【36】家', '制定“【10】条措施”'],
  },
  {
    id: 'caption-number',
    purpose: '表、图、附件的编号：表1、图2、附件3。编号只有一两位，后面不跟量词（挂图5000张、附件1200份是数）。',
    applies: (n) =>
      /(?:表|图|附件|附表)\s*$/.test(before(n, 2)) &&
      digits(n).length <= 2 &&
      /^(?:\s|$|[，。；、：:）)的中所])/.test(after(n)),
    passes: ['表1 全县农业机械化主要指标', '见附件3', '详见附表2。'],
    lists: ['列入统计报表【12】家', '印制宣传挂图【5000】张', '发放政策解读附件【1200】份', '绘制作战图【3】张'],
  },
  {
    id: 'round-the-clock',
    purpose:
      '全天候的说法：24小时热线、24小时值班、7×24小时服务，是机制的名字，不是当年的数；“办结时限24小时”“平均24小时办结”是数。',
    // 24小时 names a way of working (热线, 值班, 调度保障机制) unless it is a time a thing takes: a limit
    // or an average before it (时限, 压缩到, 平均), or 内/以内 after it.
    applies: (n) =>
      (digits(n) === '24' &&
        /^\s*小时/.test(after(n)) &&
        !/^\s*小时(?:内|以内|之内|以上|左右|后)/.test(after(n)) &&
        !/(?:时限|压缩到|压缩至|缩短到|缩短至|平均|用时|控制在|不超过|超过|累计|共|达到?)\s*$/.test(before(n))) ||
      (digits(n) === '7' && /^\s*[×xX*]\s*24/.test(after(n))),
    passes: [
      '用好24小时农技服务热线',
      '提供7×24小时服务',
      '实行24小时值班值守',
      '24小时自助服务区',
      '建立了24小时重点企业用工调度保障机制',
    ],
    lists: ['累计服务【24】万小时', '办理时限压缩到【12】小时', '平均办结时限【24】小时', '【24】小时内办结率100%'],
  },
  {
    id: 'name-with-digits',
    purpose: '名称里带的数字：5G、4A级景区、北斗B3（字母紧挨着数字）。字母写的单位不算：30MW、12km、50kV、500GB是数。',
    applies: (n) =>
      (/^[A-Za-zＡ-Ｚａ-ｚ]/.test(after(n)) && !LATIN_UNIT.test(after(n))) || /[A-Za-z]$/.test(before(n, 1)),
    passes: ['推广5G农机作业终端', '北斗B3信号', '创成4A级景区'],
    lists: [
      '推广北斗导航自动驾驶系统【120】套',
      '新增光伏装机【30】MW',
      '改造输水管网【12】km',
      '新建【110】kV变电站',
      '政务云扩容【500】TB',
    ],
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
