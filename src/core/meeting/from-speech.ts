/**
 * A meeting record started from a speech draft: the meeting's name from the subtitle
 * (——在全县农业农村工作会议上的讲话) or the opening (今天我们召开……会议), its date and the
 * speaker from the lines under the title, and the items the opening says have happened
 * (刚才，李华同志宣读了表彰决定；…作了交流发言). The speech itself is the last item, linked.
 * What could not be read stays empty for the user to fill; notes say what was found.
 */
import { meetingInSubtitle } from '../subtitle'
import type { Node as PMNode } from 'prosemirror-model'
import { isoDate, isRealDate } from '../dates'
import { inlineText } from '../text'
import { slotAttrs, type SlotAttrs } from '../schema'
import { emptyItem, emptyMeeting, type ActionId, type AgendaItem, type Meeting, type Person } from './model'
import { surnameFirst, titleAfter, titleBefore } from './names'
import { YEAR } from '../lang/years'

/** An item the opening reports, as a department's speech words it. */
export interface ItemRecogniser {
  action: ActionId
  /** Group `who` (before the verb) and `what`, when the item has them. */
  pattern: RegExp
  /** Must be recognised, with the who and what it gives. */
  example: { text: string; who: string; what: string }
  /** Must not be recognised. */
  counter: string
}

const W = '[^，。；！？]'
export const ITEM_RECOGNISERS: readonly ItemRecogniser[] = [
  {
    action: '传达',
    pattern: new RegExp(`(?<who>${W}{0,30}?)传达(?:学习)?了(?<what>${W}{2,40}?精神)`, 'g'),
    example: { text: '刚才，王五同志传达了省委农村工作会议精神', who: '王五同志', what: '省委农村工作会议精神' },
    counter: '会后要及时传达会议精神',
  },
  {
    action: '宣读',
    pattern: new RegExp(`(?<who>${W}{0,30}?)宣读了(?<what>${W}{2,40})`, 'g'),
    example: { text: '刚才，李华同志宣读了县政府的表彰决定', who: '李华同志', what: '县政府的表彰决定' },
    counter: '请认真宣读文件',
  },
  {
    action: '表彰',
    pattern: new RegExp(`(?<who>)(?:会议)?(?:对|为)(?<what>${W}{2,120}?)进行了(?:通报)?表彰`, 'g'),
    example: { text: '会议对2026年度先进集体和先进个人进行了表彰', who: '', what: '2026年度先进集体和先进个人' },
    counter: '向受到表彰的单位和个人表示热烈祝贺',
  },
  {
    action: '签订',
    pattern: new RegExp(`(?<who>)签订了(?<what>${W}{2,30}?责任书)`, 'g'),
    example: { text: '会上还签订了2027年度目标责任书', who: '', what: '2027年度目标责任书' },
    counter: '要签订责任书',
  },
  {
    action: '交流发言',
    pattern: new RegExp(`(?<who>${W}{1,40}?)(?:分别)?(?:作|做)了(?:典型|大会)?(?:交流|表态)发言(?<what>)`, 'g'),
    example: { text: '石门镇、城关镇作了交流发言', who: '石门镇、城关镇', what: '' },
    counter: '大家要积极交流发言',
  },
  {
    action: '报告',
    pattern: new RegExp(`(?<who>${W}{1,30}?)(?:作|做)了(?<what>${W}{0,10}?工作报告)`, 'g'),
    example: { text: '陈七局长作了工作报告', who: '陈七局长', what: '工作报告' },
    counter: '要认真学习工作报告',
  },
  {
    action: '讲话',
    pattern: new RegExp(
      `(?<who>${W}{1,40}?)(?:(?:作|做)了(?:重要|很好的)?讲话|对${W}{2,40}?(?:进行了总结和部署|作了(?:要求|部署|安排)))(?<what>)`,
      'g',
    ),
    example: {
      text: '县纪委派驻纪检组组长赵六对全系统党风廉政建设工作作了要求',
      who: '县纪委派驻纪检组组长赵六',
      what: '',
    },
    counter: '我完全同意，请大家认真抓好落实',
  },
]

/** A stretch of opening text with its name slots: masked names are one U+FFFC each. */
interface Clause {
  text: string
  slots: SlotAttrs[]
}

const LEAD = /^(?:刚才|会上|会议上|首先|随后|接着|同时|还|并|另外|此外|今天|上午|下午)+/

/** Who performed an item, from the words before the verb. */
export function readWho(words: string, slots: SlotAttrs[]): Person[] {
  const text = words.replace(LEAD, '').replace(/等\S{0,4}$/, '')
  if (!text) return []
  return text
    .split(/[、和及]/)
    .filter(Boolean)
    .map((part) => {
      const slotAt = part.indexOf('\uFFFC')
      if (slotAt >= 0) {
        // A masked or filled name slot: its label is the title the text gives it.
        const a = slots[countSlots(words.slice(0, words.indexOf(part))) + countSlots(part.slice(0, slotAt))]
        // The title as written before the name (县统计局副局长) when it ends in the slot's (副局长): the whole of it.
        const written = part.slice(0, slotAt)
        const title = a?.label && a.label !== '同志' && !written.endsWith(a.label) ? a.label : written
        return { name: a?.value ?? '', title: title.replace(/同志$/, '') }
      }
      const bare = part.replace(/同志$/, '')
      // A name is a surname and one or two characters: 市政府副秘书长 is a unit and a title, not
      // the name 市政府 (tryout 13), nor is 县政府办主任 the name 县政 before a title.
      for (const len of [2, 3]) {
        const [head, tail] = [bare.slice(0, -len), bare.slice(-len)]
        if (head && /^[\u4e00-\u9fff]+$/.test(tail) && surnameFirst(tail) && titleBefore(head) === head)
          return { title: head, name: tail }
        const [name, title] = [bare.slice(0, len), bare.slice(len)]
        if (title && surnameFirst(name) && titleAfter(title) === title) return { name, title }
      }
      // A unit (石门镇) or a bare name: as the title, for the user to complete.
      return part.endsWith('同志') ? { name: bare, title: '' } : { name: '', title: bare }
    })
}

const countSlots = (s: string) => [...s].filter((c) => c === '\uFFFC').length

/** The items an opening paragraph reports, in the order it reports them. */
export function itemsInOpening(clause: Clause): AgendaItem[] {
  const found: { index: number; item: AgendaItem }[] = []
  let offset = 0
  for (const sentence of clause.text.split(/(?<=[。；！？])/)) {
    for (const r of ITEM_RECOGNISERS) {
      for (const m of sentence.matchAll(r.pattern)) {
        const index = offset + m.index
        if (found.some((f) => Math.abs(f.index - index) < 2)) continue
        const before = clause.slots.slice(0, countSlots(clause.text.slice(0, index)))
        const who = readWho(m.groups?.who ?? '', clause.slots.slice(before.length))
        const what = (m.groups?.what ?? '').replace(/\uFFFC/g, '')
        found.push({ index, item: { ...emptyItem(r.action), what, who } })
      }
    }
    offset += sentence.length
  }
  return found.sort((a, b) => a.index - b.index).map((f) => f.item)
}

function clauseOf(block: PMNode): Clause {
  let text = ''
  const slots: SlotAttrs[] = []
  block.forEach((child) => {
    if (child.isText) text += child.text
    else if (child.type.name === 'slot') {
      const a = slotAttrs(child)
      if (a.role === 'person') {
        slots.push(a)
        text += '\uFFFC'
      } else text += a.value === null ? '' : a.value + a.unit
    }
  })
  return { text, slots }
}

/**
 * The speaker a line under the title names: 县长　张强 as written, or a name slot after its title
 * (县委常委、副县长　{{@县委常委、副县长|王建国}}). A name slot emptied by the roll forward gives an
 * empty name for the user to fill, never its marker; null when the line names nobody.
 */
function bylineSpeaker(line: Clause): Person | null {
  const slotAt = line.text.indexOf('\uFFFC')
  if (slotAt >= 0) {
    const a = line.slots[0]
    const title = line.text.slice(0, slotAt).replace(/[\s\u3000]+/g, '') || (a.label === '同志' ? '' : a.label)
    return { title, name: a.value ?? '' }
  }
  const parts = line.text.trim().split(/[\s\u3000]+/)
  return parts.length >= 2 ? { title: parts.slice(0, -1).join(''), name: parts[parts.length - 1] } : null
}

const NAME_IN_OPENING =
  /(?:召开|举行)(?:了)?(?:这次|本次|今天的)?([^，。；！？]{2,40}?会议)|(?:这次|本次)([^，。；！？]{2,40}?会议)/
const DATE_LINE = new RegExp(`(${YEAR})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日`)

export interface FromSpeech {
  meeting: Meeting
  /** What was read from the speech, and what the user should complete. */
  notes: string[]
}

/** A record begun from a speech; `link` is how the record refers to this speech (a draft id). */
export function meetingFromSpeech(doc: PMNode, link: string | null = null): FromSpeech {
  const m = emptyMeeting()
  const notes: string[] = []
  let subtitle = ''
  const bylines: Clause[] = []
  const opening: PMNode[] = []
  doc.forEach((top) => {
    if (top.type.name === 'subtitle') subtitle = inlineText(top)
    else if (top.type.name === 'byline') bylines.push(clauseOf(top))
    else if (top.type.name === 'opening')
      top.forEach((p) => {
        opening.push(p)
      })
  })
  const fromSubtitle = meetingInSubtitle(subtitle) ?? undefined
  const openingText = opening.map((p) => clauseOf(p).text).join('')
  const fromOpening = NAME_IN_OPENING.exec(openingText)
  m.name = fromSubtitle ?? fromOpening?.[1] ?? fromOpening?.[2] ?? ''
  notes.push(
    fromSubtitle
      ? `会议名称取自副标题：${m.name}。`
      : m.name
        ? `会议名称取自开头：${m.name}，请核对。`
        : '没有找到会议名称，请填写。',
  )
  let speaker: Person | null = null
  for (const line of bylines) {
    const d = DATE_LINE.exec(line.text)
    const ymd = d && { year: Number(d[1]), month: Number(d[2]), day: Number(d[3]) }
    if (ymd && isRealDate(ymd)) m.date = isoDate(ymd)
    else if (!d) speaker = bylineSpeaker(line) ?? speaker
  }
  notes.push(m.date ? `会议日期取自讲稿的日期行：${m.date}。` : '讲稿里没有会议日期，请填写。')
  m.items = opening.flatMap((p) => itemsInOpening(clauseOf(p)))
  const main: AgendaItem = { ...emptyItem('讲话'), who: speaker ? [speaker] : [], speech: link }
  m.items.push(main)
  notes.push(
    m.items.length > 1
      ? `从开头读出${m.items.length - 1}项议程（${m.items
          .slice(0, -1)
          .map((i) => i.action)
          .join('、')}），这篇讲话作为最后一项，请核对顺序和发言人。`
      : '开头没有提到其他议程，这篇讲话是唯一一项，请补充其他议程。',
  )
  if (m.items.some((i) => i.who.some((p) => !p.name))) notes.push('有的发言人姓名在讲稿里被隐去或没有写，请填写。')
  return { meeting: m, notes }
}
