import { describe, expect, it } from 'vitest'
import type { Node as PMNode } from 'prosemirror-model'
import { Transform } from 'prosemirror-transform'
import {
  addEntry,
  checkMeeting,
  checkMeetingAll,
  emptyMeeting,
  generateDocument,
  MEETING_RULES,
  rollMeetingForward,
  setMeetingValue,
  withFreshFields,
  type Meeting,
  type MeetingDocs,
} from '../../src/core/meeting'
import { bundledMeetingTemplate } from '../../src/core/meeting/bundled'
import { nameAfterTitle } from '../../src/core/meeting/names'
import { schema } from '../../src/core/schema'
import { inlineText } from '../../src/core/text'
import { importText } from '../../src/core/import'
import { fixture } from './helpers'
import { documents, exampleMeeting, exampleSpeech, SUMMARY } from './meeting-helpers'

const LINK = 'meeting-speech-2027.txt'
const meeting = setMeetingValue(exampleMeeting(), 'items.1.summary', SUMMARY)
const docs = documents(meeting)

/** The document with the first block containing `needle` retyped by the user as `text`. */
function retype(doc: PMNode, needle: string, text: string): PMNode {
  let at = -1
  doc.descendants((node, pos) => {
    if (at >= 0 || !node.isTextblock) return at < 0
    if (inlineText(node).includes(needle)) at = pos
    return false
  })
  if (at < 0) throw new Error(`no block with ${needle}`)
  const block = doc.nodeAt(at)!
  return new Transform(doc).replaceWith(at + 1, at + 1 + block.content.size, schema.text(text)).doc
}

function run(rule: string, change: { meeting?: Meeting; docs?: Partial<MeetingDocs>; speech?: PMNode | null } = {}) {
  const speech = change.speech === undefined ? exampleSpeech() : change.speech
  return checkMeeting({
    meeting: change.meeting ?? meeting,
    docs: { ...docs, ...change.docs },
    speeches: speech ? { [LINK]: speech } : {},
  }).filter((f) => f.rule === rule)
}
const messages = (findings: { message: string }[]) => findings.map((f) => f.message)

describe('the example meeting, its documents and its speech', () => {
  it('agree: not one finding', () => {
    expect(checkMeetingAll({ meeting, docs, speeches: { [LINK]: exampleSpeech() } })).toEqual([])
  })
  it('every rule has a Chinese name, a severity and the 会议 group', () => {
    for (const r of MEETING_RULES) expect([r.name, r.group]).toEqual([expect.stringMatching(/[\u4e00-\u9fff]/), '会议'])
  })
})

describe('meeting-record: what the record still lacks', () => {
  it('fires for a record begun empty, with the field', () => {
    const f = run('meeting-record', { meeting: { ...emptyMeeting(), name: '全县农业农村工作会议' } })
    expect(f.find((x) => x.path === 'chair.name')).toMatchObject({ doc: 'record', message: '主持人姓名还没有填写。' })
  })
  it('near miss: the complete record', () => {
    expect(run('meeting-record')).toEqual([])
  })
})

describe('meeting-placeholder: a marker printed as a field’s value (tryout 12 A1)', () => {
  const marked = setMeetingValue(meeting, 'items.1.who.0.name', '{{@县委常委、副县长}}')
  it('fires in each document that prints it, as an error, and the record says it too', () => {
    const f = run('meeting-placeholder', { meeting: marked, docs: documents(marked) })
    expect(f.map((x) => [x.doc, x.severity, x.excerpt])).toContainEqual([
      'agenda',
      'error',
      '县长{{@县委常委、副县长}}讲话',
    ])
    expect(new Set(f.map((x) => x.doc))).toEqual(new Set(['notice', 'agenda', 'script']))
    expect(f.find((x) => x.doc === 'agenda')!.message).toBe(
      '文中还留着占位符“{{@县委常委、副县长}}”，请换成实际内容（来自会议记录的“第二项议程的事项”，请在会议记录里改）。',
    )
    expect(run('meeting-record', { meeting: marked }).map((x) => x.path)).toEqual(['items.1.who.0.name'])
  })
  it('near miss: the record’s real name, and an empty field (the record’s 未填, not a placeholder)', () => {
    expect(run('meeting-placeholder')).toEqual([])
    const empty = setMeetingValue(meeting, 'place', '')
    expect(run('meeting-placeholder', { meeting: empty, docs: documents(empty) })).toEqual([])
  })
})

describe('meeting-summary-speaker: the summary names the speaker the record has (tryout 12 B5)', () => {
  const said = (title: string, name: string, summary: string) => {
    let m = setMeetingValue(meeting, 'items.1.who.0.title', title)
    m = setMeetingValue(setMeetingValue(m, 'items.1.who.0.name', name), 'items.1.summary', summary)
    return run('meeting-summary-speaker', { meeting: m, docs: documents(m) }).map((f) => [f.path, f.message])
  }
  it('fires for a person the record does not name, from several offices', () => {
    expect(said('县委常委、常务副县长', '赵刚', '王建国副县长的讲话全面总结了2026年全县教育工作，讲得很好，')).toEqual([
      [
        'items.1.summary',
        '第二项议程讲话后的小结里写的是“王建国副县长”，会议记录里这项的发言人是县委常委、常务副县长赵刚，请核对小结。',
      ],
    ])
    expect(said('县水利局局长', '李志强', '刚才，周建国局长作了讲话，全面总结了全县水利工作，')).toHaveLength(1)
    expect(said('县长', '张强', '刚才，刘洋县长作了重要讲话，讲得很好，')).toHaveLength(1)
  })
  it('near miss: the speaker, another person of the record, or nobody named', () => {
    expect(said('县委常委、常务副县长', '赵刚', '赵刚常务副县长的讲话全面总结了全年工作，')).toEqual([])
    expect(said('县水利局局长', '周建国', '刚才，周建国局长作了讲话，全面总结了全县水利工作，')).toEqual([])
    expect(said('县长', '张强', '李华主任宣读的表彰决定和张强县长的讲话，讲得很好，')).toEqual([])
    expect(said('县长', '张强', SUMMARY)).toEqual([])
    // The chair (王明副县长) is a person of the record too.
    expect(said('县长', '张强', '全面总结了全年工作，王明副县长要抓好落实，')).toEqual([])
  })
})

describe('meeting-deadline-what: a deadline says how the thing gets there (tryout 10 #6)', () => {
  const what = (w: string, organiser = '县农业农村局') =>
    messages(
      run('meeting-deadline-what', { meeting: { ...setMeetingValue(meeting, 'deadlines.0.what', w), organiser } }),
    )
  it('fires for a 事项 that only names the thing due, from several offices', () => {
    expect(what('参会回执')).toEqual([
      '第1个截止日期要办的事“参会回执”只写了要交的东西，通知里读作“请于……前将参会回执。”：请写上交给谁、怎么交，如“参会回执报县农业农村局”。',
    ])
    expect(what('参会人员名单', '东湖街道办事处')).toHaveLength(1)
    expect(what('典型交流材料', '区教育局')).toHaveLength(1)
    expect(what('2026年度述职报告', '市市场监管局')).toHaveLength(1)
  })
  it('near miss: one that says to whom or how, an empty one (meeting-record asks for it)', () => {
    for (const w of [
      '参会人员名单报县农业农村局办公室',
      '报送参会人员名单',
      '将参会回执发送至jdb@example.cn',
      '向区委办反馈参会人员名单',
      '报名',
      '交流材料电子版传至区教育局邮箱',
      '',
    ])
      expect(what(w)).toEqual([])
  })
})

describe('meeting-dates: the notice before the meeting, deadlines between', () => {
  it('fires when the notice is dated the day of the meeting', () => {
    expect(messages(run('meeting-dates', { meeting: { ...meeting, issued: '2027-02-12' } }))).toEqual([
      '通知的成文日期（2027年2月12日）不早于会议日期（2027年2月12日）：通知要在会前发出，请核对。',
      '截止日期2027年2月8日（参会人员名单报县农业农村局办公室）早于通知的成文日期2027年2月12日，收到通知时已经过了。',
    ])
  })
  it('fires for a deadline before the notice and one on the meeting day', () => {
    const early = run('meeting-dates', { meeting: setMeetingValue(meeting, 'deadlines.0.date', '2027-01-31') })
    expect(early.map((f) => [f.path, f.message])).toEqual([
      [
        'deadlines.0.date',
        '截止日期2027年1月31日（参会人员名单报县农业农村局办公室）早于通知的成文日期2027年2月1日，收到通知时已经过了。',
      ],
    ])
    expect(run('meeting-dates', { meeting: setMeetingValue(meeting, 'deadlines.0.date', '2027-02-12') })).toHaveLength(
      1,
    )
  })
  it('near miss: a deadline on the day of the notice, or the day before the meeting', () => {
    expect(run('meeting-dates', { meeting: setMeetingValue(meeting, 'deadlines.0.date', '2027-02-01') })).toEqual([])
    expect(run('meeting-dates', { meeting: setMeetingValue(meeting, 'deadlines.0.date', '2027-02-11') })).toEqual([])
    expect(run('meeting-dates', { meeting: { ...meeting, issued: '2027-02-08' } })).toEqual([])
  })
})

describe('meeting-count: the items announced, listed and called', () => {
  const announce = (text: string) => ({ script: retype(docs.script, '今天的会议有', text) })
  it('fires when the script announces another number of items', () => {
    const f = run('meeting-count', { docs: announce('今天的会议有三项议程：一是宣读表彰决定；二是县长张强讲话。') })
    expect(messages(f)).toEqual(['这里说会议有三项议程，会议记录里有两项。'])
    expect(f[0].doc).toBe('script')
  })
  it('fires when the list after it has another number of items', () => {
    const f = run('meeting-count', {
      docs: announce('今天的会议有两项议程：一是宣读表彰决定；二是观看警示片；三是县长张强讲话。'),
    })
    expect(messages(f)).toEqual(['这里逐项列了3项议程，会议记录里有2项。'])
  })
  it('near miss: two items announced and listed', () => {
    expect(run('meeting-count', { docs: announce('会议共有两项议程：一是宣读表彰决定；二是县长张强讲话。') })).toEqual(
      [],
    )
  })
  it('fires for a call past the last item, and for a script that stops early', () => {
    const past = retype(docs.script, '第二项议程', '下面进行会议第三项议程，请县长张强同志讲话。')
    expect(messages(run('meeting-count', { docs: { script: past } }))).toEqual(['这里是第三项议程，但会议只有两项。'])
    const more = addEntry(meeting, 'items')
    const short = run('meeting-count', { meeting: more, docs: { script: withFreshFields(docs.script, more) } })
    expect(messages(short)).toContain('主持词只进行到第二项议程，会议有三项，后面的议程没有主持。')
  })
  it('fires when the agenda lists an item the record does not have', () => {
    const agenda = docs.agenda
    const opening = agenda.child(1)
    const extra = schema.nodes.item.create({ level: 1 }, schema.text('观看警示教育片'))
    const added = new Transform(agenda).insert(1 + agenda.child(0).nodeSize + opening.nodeSize - 1, extra).doc
    const f = run('meeting-count', { docs: { agenda: added } })
    expect(f.map((x) => [x.doc, x.message])).toEqual([['agenda', '这里列了3项议程，会议记录里有2项。']])
  })
})

describe('meeting-speaker: each person named the same way everywhere', () => {
  it('fires for another title before the name in the agenda', () => {
    const agenda = retype(docs.agenda, '县长张强讲话', '副县长张强讲话')
    const f = run('meeting-speaker', { docs: { agenda } })
    expect(f.map((x) => [x.doc, x.message, x.excerpt])).toEqual([
      ['agenda', '张强在会议记录里是“县长张强”，这里写作“副县长张强”。', '副县长张强讲话'],
    ])
  })
  it('fires for another name after the title in the script, and another title after the name', () => {
    const script = retype(docs.script, '第二项议程', '下面进行会议第二项议程，请县长张刚同志讲话。')
    expect(messages(run('meeting-speaker', { docs: { script } }))).toEqual([
      '会议记录里的县长是张强，这里写作“县长张刚”。',
    ])
    const after = retype(docs.script, '刚才，', `刚才，张强副县长作了重要讲话，${SUMMARY}`)
    expect(messages(run('meeting-speaker', { docs: { script: after } }))).toEqual([
      '张强在会议记录里是“县长张强”，这里写作“张强副县长”。',
    ])
  })
  it('near miss: title before, short title after, 同志, and a title held by the record', () => {
    const script = retype(
      docs.script,
      '刚才，',
      `刚才，张强县长作了重要讲话，李华主任宣读了决定，张强同志${SUMMARY}主任李华也讲了。副县长王明主持会议。`,
    )
    expect(run('meeting-speaker', { docs: { script } })).toEqual([])
    const agenda = retype(docs.agenda, '县长张强讲话', '县长张强同志讲话')
    expect(run('meeting-speaker', { docs: { agenda } })).toEqual([])
  })
  it('fires for a name slot of the speech that names another 县长, and for the speech’s own byline', () => {
    const text = fixture(LINK).replace('刚才，', '刚才，{{@县长|张刚}}县长主持')
    expect(messages(run('meeting-speaker', { speech: importText(text).doc }))).toEqual([
      '这里的县长写作“张刚”，会议记录里的县长是张强。',
    ])
    const byline = importText(fixture(LINK).replace('县长　张强', '副县长　张强')).doc
    expect(run('meeting-speaker', { speech: byline }).map((f) => [f.doc, f.speech])).toEqual([['speech', LINK]])
  })
  it('fires for a title of several posts written otherwise by hand (tryout 12 B5)', () => {
    const m = setMeetingValue(meeting, 'items.1.who.0.title', '县委常委、常务副县长')
    const agenda = retype(documents(m).agenda, '主持：', '出席领导：县委副书记、常务副县长张强')
    const only = (a: PMNode) =>
      run('meeting-speaker', { meeting: m, docs: { ...documents(m), agenda: a }, speech: null })
    expect(only(agenda).map((f) => [f.message, f.excerpt])).toEqual([
      [
        '张强在会议记录里是“县委常委、常务副县长张强”，这里写作“县委副书记、常务副县长张强”。',
        '出席领导：县委副书记、常务副县长张强',
      ],
    ])
    // Near miss: the record's title written whole; a list of people; one who holds two posts, the record naming one.
    for (const line of ['出席领导：县委常委、常务副县长张强', '出席领导：县委书记刘八、县委常委、常务副县长张强'])
      expect(only(retype(documents(m).agenda, '主持：', line)), line).toEqual([])
    const both = retype(docs.agenda, '主持：', '出席领导：县委副书记、县长张强，县政府办主任李华')
    expect(run('meeting-speaker', { docs: { agenda: both } })).toEqual([])
  })
  it('near miss: the speech’s slot filled with the record’s name', () => {
    const text = fixture(LINK).replace('刚才，', '刚才，{{@县长|张强}}县长主持')
    expect(run('meeting-speaker', { speech: importText(text).doc })).toEqual([])
  })
})

describe('meeting-name: one name in the notice, the script and the speech', () => {
  it('fires for another meeting in the notice title, quoting it', () => {
    const notice = retype(docs.notice, '关于召开', '关于召开全县农业工作会议的通知')
    expect(messages(run('meeting-name', { docs: { notice } }))).toEqual([
      '通知标题里的会议名称是“全县农业工作会议”，会议记录里是“全县农业农村工作会议”。',
    ])
  })
  it('fires for last year’s year before the name; near miss: this year’s', () => {
    const notice = retype(docs.notice, '关于召开', '关于召开2026年全县农业农村工作会议的通知')
    expect(messages(run('meeting-name', { docs: { notice } }))).toEqual([
      '这里写的是2026年的全县农业农村工作会议，会议在2027年召开。',
    ])
    const right = retype(docs.notice, '关于召开', '关于召开2027年全县农业农村工作会议的通知')
    expect(run('meeting-name', { docs: { notice: right } })).toEqual([])
  })
  it('fires for the speech’s subtitle and the script’s title', () => {
    const speech = importText(fixture(LINK).replace('在全县农业农村工作会议上', '在全县农业工作会议上')).doc
    expect(run('meeting-name', { speech }).map((f) => [f.doc, f.message])).toEqual([
      ['speech', '讲稿副标题里的会议名称是“全县农业工作会议”，会议记录里是“全县农业农村工作会议”。'],
    ])
    const script = retype(retype(docs.script, '主持词', '全县经济工作会议主持词'), '今天，我们召开', '今天，我们开会。')
    expect(messages(run('meeting-name', { docs: { script } }))).toEqual([
      '主持词里的会议名称是“全县经济工作会议”，会议记录里是“全县农业农村工作会议”。',
    ])
  })
})

describe('meeting-leftover: last year’s ordinal, date or name after a roll forward', () => {
  const last = { ...meeting, name: '全县第十一次农业农村工作会议', date: '2026-02-13' }
  const { meeting: rolled } = rollMeetingForward(last)
  const rolledDocs = documents(rolled)
  it('near miss: the documents made for the new year', () => {
    expect(run('meeting-leftover', { meeting: rolled, docs: rolledDocs, speech: null })).toEqual([])
  })
  it('fires for last year’s ordinal and date left in the text', () => {
    const script = retype(rolledDocs.script, '今天，我们召开', '今天，我们召开全县第十一次农业农村工作会议。')
    const notice = retype(rolledDocs.notice, '经研究', '经研究，定于2026年2月13日召开会议。')
    const f = run('meeting-leftover', { meeting: rolled, docs: { ...rolledDocs, script, notice }, speech: null })
    expect(f.map((x) => [x.doc, x.severity, x.message])).toEqual([
      ['notice', 'warning', '“2026年2月13日”是去年会议的日期，请改为今年的。'],
      ['script', 'warning', '“第十一次”是去年会议的届次，今年是“第十二次”，请确认。'],
    ])
  })
  it('near miss: the same words in a record that was not rolled forward', () => {
    const script = retype(docs.script, '今天，我们召开', '今天，我们召开全县第十一次农业农村工作会议。')
    expect(run('meeting-leftover', { docs: { script } })).toEqual([])
  })
})

describe('meeting-field: documents showing what the record no longer says', () => {
  const moved = { ...meeting, place: '县行政中心一楼报告厅' }
  it('fires for a field the record changed since', () => {
    const f = run('meeting-field', { meeting: moved })
    expect(f.map((x) => [x.doc, x.excerpt])).toEqual([
      ['notice', '会议地点'],
      ['agenda', '会议地点'],
    ])
    expect(f[0].message).toBe(
      '“会议地点”这里是“县行政中心三楼会议室”，会议记录里现在是“县行政中心一楼报告厅”。请刷新会议信息。',
    )
  })
  it('near miss: after the refresh', () => {
    const fresh = { notice: withFreshFields(docs.notice, moved), agenda: withFreshFields(docs.agenda, moved) }
    expect(run('meeting-field', { meeting: moved, docs: fresh })).toEqual([])
  })
})

describe('meeting-agenda-page: the agenda on one page', () => {
  it('fires for an agenda of thirty items; near miss: the example’s two', () => {
    let long = meeting
    for (let i = 0; i < 30; i++) long = setMeetingValue(addEntry(long, 'items'), `items.${i + 2}.action`, '其他')
    long = { ...long, items: long.items.map((it, i) => (i > 1 ? { ...it, what: `第${i}个单位作典型发言` } : it)) }
    const agenda = generateDocument(bundledMeetingTemplate('agenda'), long)
    expect(messages(run('meeting-agenda-page', { meeting: long, docs: { agenda } }))).toEqual([
      '议程排出来有2页，应在一页之内：请精简文字。',
    ])
    expect(run('meeting-agenda-page')).toEqual([])
  })
})

describe('all checks of a meeting', () => {
  it('include each document’s own checks, the weekday beside a date among them', () => {
    const notice = retype(docs.notice, '上午9:00', '2027年2月12日（星期四）上午9:00，会期半天。')
    const f = checkMeetingAll({ meeting, docs: { ...docs, notice } })
    expect(f.map((x) => [x.doc, x.rule, x.message])).toEqual([
      ['notice', 'weekday', '2027年2月12日是星期五，这里写的是“星期四”。'],
    ])
  })
})

describe('names written after a title', () => {
  it('are read as names only when a surname starts them and the agenda’s words follow', () => {
    expect(nameAfterTitle('张刚讲话。')).toBe('张刚')
    expect(nameAfterTitle('欧阳明同志')).toBe('欧阳明')
    expect(nameAfterTitle('讲话。')).toBeNull()
    expect(nameAfterTitle('和副县长，')).toBeNull()
    expect(nameAfterTitle('高度重视')).toBeNull()
  })
})

describe('meeting-repeat: words said twice in one paragraph', () => {
  const summaryLine = (summary: string) =>
    run('meeting-repeat', { docs: { script: documents(setMeetingValue(meeting, 'items.1.summary', summary)).script } })
  it('fires for a doubled opening, at its second 刚才', () => {
    const script = retype(
      docs.script,
      '刚才，',
      '刚才，张强县长作了重要讲话，刚才，张强县长作了讲话，全面部署了今年工作。大家要认真学习领会，抓好贯彻落实。',
    )
    const f = run('meeting-repeat', { docs: { script } })
    expect(messages(f)).toEqual(['这一段把“刚才”说了两遍：请删去重复的部分。'])
    expect(f[0]).toMatchObject({ doc: 'script', severity: 'error', excerpt: '…长作了重要讲话，刚才，张强县长作了讲…' })
  })
  it('fires for a summary whose own closing the script says again, and points to the record', () => {
    expect(messages(summaryLine('全面部署了今年工作，希望大家结合实际抓好贯彻落实。'))).toEqual([
      '这一段把“抓好贯彻落实”说了两遍：小结在会议记录里改：只写讲话的内容，或写成完整的一句，主持词不会再重复开头和结尾。',
    ])
  })
  it('fires for a sentence said twice and for a paragraph pasted twice', () => {
    const twice = retype(docs.script, '现在开会', '现在开会。请大家把手机调至静音。请大家把手机调至静音。')
    expect(messages(run('meeting-repeat', { docs: { script: twice } }))).toEqual([
      '这一段把“请大家把手机调至静音”说了两遍：请删去重复的部分。',
    ])
    const line = '下面进行会议第一项议程，请县政府办主任李华同志宣读表彰决定。'
    const pasted = retype(docs.script, '第二项议程', line)
    expect(messages(run('meeting-repeat', { docs: { script: pasted } }))).toEqual([
      '这一段和上一段一字不差，请删去一段。',
    ])
  })
  it('near miss: the summary written whole, lists sharing an ending, short words said again', () => {
    expect(summaryLine(`刚才，张强县长作了讲话，${SUMMARY}大家要认真学习领会，抓好贯彻落实。`)).toEqual([])
    const list = retype(
      docs.script,
      '出席今天会议的有',
      '出席今天会议的有：各乡镇分管农业工作的负责同志，县直有关部门分管农业工作的负责同志。',
    )
    expect(run('meeting-repeat', { docs: { script: list } })).toEqual([])
    const phones = retype(docs.notice, '会期半天', '联系人：李明，电话：1234567；联系人：赵芳，电话：7654321。')
    expect(run('meeting-repeat', { docs: { notice: phones } })).toEqual([])
  })
})

describe('meeting-speech-date: the linked speech dated as the meeting', () => {
  /** The example speech with a date line under its subtitle. */
  const dated = (line: string) =>
    importText(fixture('meeting-speech-2027.txt').replace('\n县长　张强', `\n${line}\n县长　张强`)).doc
  it('fires when the meeting is moved and the speech still has the old day, naming the new one with its weekday', () => {
    const moved = setMeetingValue(meeting, 'date', '2027-02-11')
    const f = run('meeting-speech-date', { meeting: moved, speech: dated('（2027年2月12日，星期五）') })
    expect(messages(f)).toEqual([
      '讲话稿的日期行写的是2027年2月12日（星期五），会议记录里的会议日期是2027年2月11日（星期四）：请改正讲话稿的日期行。',
    ])
    expect(f[0]).toMatchObject({ doc: 'speech', speech: LINK, excerpt: '（2027年2月12日，星期五）' })
  })
  it('fires for the right day with another weekday', () => {
    expect(messages(run('meeting-speech-date', { speech: dated('（2027年2月12日，星期四）') }))).toEqual([
      '2027年2月12日是星期五，讲话稿的日期行写的是“星期四”。',
    ])
  })
  it('near miss: the meeting’s day, with or without its weekday; a speech with no date line', () => {
    expect(run('meeting-speech-date', { speech: dated('（2027年2月12日，星期五）') })).toEqual([])
    expect(run('meeting-speech-date', { speech: dated('（2027年2月12日）') })).toEqual([])
    expect(run('meeting-speech-date')).toEqual([])
  })
})

// Tryout 11 (B4): the rolled record kept 主持人 局长王建国 after the speaker was corrected to 局长李志强.
describe('meeting-chair-office: the chair recorded with a post a speaker holds', () => {
  const withPeople = (chair: { name: string; title: string }, ...who: { name: string; title: string }[]): Meeting => ({
    ...meeting,
    chair,
    items: who.map((w, i) => ({ ...meeting.items[Math.min(i, meeting.items.length - 1)], who: [w] })),
  })
  it('fires for last year’s 局长 chairing beside this year’s 局长 speaking (卫健, and a 县政府办主任)', () => {
    const health = withPeople(
      { name: '王建国', title: '县卫生健康局党组书记、局长' },
      { name: '李志强', title: '县卫生健康局局长' },
    )
    const f = run('meeting-chair-office', { meeting: health })
    expect(f.map((x) => [x.doc, x.path, x.message])).toEqual([
      [
        'record',
        'chair',
        '主持人写的是“县卫生健康局党组书记、局长王建国”，议程里的发言人是“县卫生健康局局长李志强”：同一个职务写了两个人，其中一个多半是去年的，请核对主持人。',
      ],
    ])
    const office = withPeople({ name: '周明', title: '县政府办主任' }, { name: '李华', title: '县政府办主任' })
    expect(run('meeting-chair-office', { meeting: office }).length).toBe(1)
  })
  it('near miss: 副县长 chairing for the 县长, two 副县长, two bureaus’ 局长, the chair also speaking, the example', () => {
    for (const [chair, who] of [
      [
        { name: '王明', title: '副县长' },
        { name: '张强', title: '县长' },
      ],
      [
        { name: '王明', title: '副县长' },
        { name: '赵刚', title: '副县长' },
      ],
      [
        { name: '王建国', title: '县卫生健康局党组书记、局长' },
        { name: '钱进', title: '县财政局局长' },
      ],
      [
        { name: '王建国', title: '县卫生健康局局长' },
        { name: '王建国', title: '县卫生健康局局长' },
      ],
      [
        { name: '孙丽', title: '县委常委、宣传部部长' },
        { name: '张强', title: '县长' },
      ],
      // One unit the other's start is another unit; a post with no unit named may be of any (review 27).
      [
        { name: '陈国栋', title: '县委书记' },
        { name: '刘洋', title: '县委政法委书记' },
      ],
      [
        { name: '吴刚', title: '县人大常委会主任' },
        { name: '郑丽', title: '县人大常委会办公室主任' },
      ],
      [
        { name: '王建国', title: '局长' },
        { name: '李志强', title: '县医保局局长' },
      ],
    ] as const)
      expect(run('meeting-chair-office', { meeting: withPeople(chair, who) }), chair.title + who.title).toEqual([])
    expect(run('meeting-chair-office')).toEqual([])
  })
})
