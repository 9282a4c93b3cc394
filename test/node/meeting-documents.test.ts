import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { Transform } from 'prosemirror-transform'
import {
  generateDocument,
  parseMeetingTemplate,
  refreshFields,
  setMeetingValue,
  addEntry,
  staleEntries,
  staleFields,
  withFreshFields,
  ACTIONS,
  ENTRY_FIELDS,
  fieldInfo,
  MEETING_FIELDS,
  parseFieldLabel,
  type MeetingDocKind,
} from '../../src/core/meeting'
import { bundledMeetingTemplate } from '../../src/core/meeting/bundled'
import { TemplateError } from '../../src/core/template'
import { speechToText } from '../../src/core/text'
import { checkDocument } from '../../src/core/checks/engine'
import { speechFromJSON, speechToJSON } from '../../src/core/serialize'
import { schema } from '../../src/core/schema'
import { templateSource } from './helpers'
import { documents, exampleMeeting, SUMMARY } from './meeting-helpers'

const m = exampleMeeting()
const withSummary = setMeetingValue(m, 'items.1.summary', SUMMARY)

describe('the bundled templates', () => {
  for (const kind of ['notice', 'agenda', 'script'] as MeetingDocKind[]) {
    it(`meeting-${kind}.txt parses, names its kind and makes a document of that kind`, () => {
      const t = parseMeetingTemplate(templateSource(`meeting-${kind}.txt`), kind)
      expect(t.kind).toBe(kind)
      const doc = generateDocument(t, withSummary)
      expect(doc.attrs.docKind).toBe(kind)
      expect(speechFromJSON(JSON.stringify(speechToJSON(doc))).eq(doc)).toBe(true)
      // A complete record gives documents without a finding.
      expect(checkDocument(doc)).toEqual([])
    })
  }
})

describe('the three documents of the example meeting', () => {
  const docs = documents(m)
  it('the notice names the meeting, the date with its weekday, start, place, each attendee group and the deadline', () => {
    expect(speechToText(docs.notice)).toBe(
      [
        '关于召开2027年全县农业农村工作会议的通知',
        '各乡镇人民政府，县直有关部门：',
        '经研究，定于2027年2月12日召开全县农业农村工作会议，总结2026年工作，部署2027年重点任务。现将有关事项通知如下：',
        '一、会议时间',
        '2027年2月12日（星期五）上午9:00，会期半天。',
        '二、会议地点',
        '县行政中心三楼会议室。',
        '三、参会人员',
        '1.各乡镇分管农业工作的负责同志；',
        '2.县农业农村局班子成员。',
        '四、会议议程',
        '1.县政府办主任李华宣读表彰决定；',
        '2.县长张强讲话。',
        '五、有关要求',
        '1.请于2027年2月8日（星期一）前将参会人员名单报县农业农村局办公室。',
        '2.参会人员要准时出席，不得缺席；确因特殊情况不能参会的，须提前向会议主办单位请假。',
        '3.请参会人员提前10分钟到达会场，会议期间将手机调至静音状态。',
        '县农业农村局',
        '2027年2月1日',
        '',
      ].join('\n'),
    )
    expect(docs.notice.lastChild!.type.name).toBe('issue_date')
    expect(docs.notice.child(1).type.name).toBe('greeting')
  })

  it('the agenda lists the items in order with their speakers, numbered 一、二、', () => {
    expect(speechToText(docs.agenda)).toBe(
      '2027年全县农业农村工作会议议程\n时间：2027年2月12日（星期五）上午9:00\n地点：县行政中心三楼会议室\n主持：副县长王明\n一、县政府办主任李华宣读表彰决定\n二、县长张强讲话\n',
    )
  })

  it('the script opens the meeting, announces the items in Chinese numerals and calls each speaker by title and name', () => {
    const text = speechToText(docs.script)
    expect(text).toContain('同志们：\n现在开会。\n')
    expect(text).toContain('今天的会议有两项议程：一是县政府办主任李华宣读表彰决定；二是县长张强讲话。')
    const first = text.indexOf('下面进行会议第一项议程，请县政府办主任李华同志宣读表彰决定。')
    const second = text.indexOf('下面进行会议第二项议程，请县长张强同志讲话。')
    expect(first).toBeGreaterThan(0)
    expect(second).toBeGreaterThan(first)
    // After the main speech, the summary to write (an empty field until the record has it), then 散会.
    expect(text).toContain('刚才，张强县长作了重要讲话，{{议程2.小结}}大家要认真学习领会')
    expect(text.trimEnd().endsWith('散会。')).toBe(true)
    expect(checkDocument(docs.script).map((f) => f.message)).toEqual([
      '会议信息“第二项议程讲话后的小结”还没有填写：请在会议记录里填写，或把这里改写成文字。',
    ])
  })

  it('shows every meeting value as a field slot labelled by the record', () => {
    const labels: string[] = []
    docs.agenda.descendants((n) => {
      if (n.type.name === 'slot') labels.push(`${n.attrs.role}:${n.attrs.label}`)
    })
    expect(labels).toEqual([
      'field:会议.全称',
      'field:会议.时间',
      'field:会议.地点',
      'field:会议.主持人',
      'field:议程1.事项',
      'field:议程2.事项',
    ])
  })

  it('calls each of several speakers 同志', () => {
    // Tryout 4: 请城关镇党委副书记张伟、石桥乡乡长李娜同志作交流发言 named only the last one 同志.
    const two = {
      ...m,
      items: [
        {
          ...m.items[0],
          who: [
            { title: '城关镇党委副书记', name: '张伟' },
            { title: '石桥乡乡长', name: '李娜' },
          ],
        },
        m.items[1],
      ],
    }
    const text = speechToText(generateDocument(bundledMeetingTemplate('script'), two))
    expect(text).toContain('请城关镇党委副书记张伟同志、石桥乡乡长李娜同志宣读表彰决定')
    // The agenda names them without 同志.
    expect(speechToText(generateDocument(bundledMeetingTemplate('agenda'), two))).toContain(
      '城关镇党委副书记张伟、石桥乡乡长李娜宣读表彰决定',
    )
  })

  it('has the summary line only after the main speech: the item linked to the speech', () => {
    const moved = { ...m, items: [{ ...m.items[1] }, { ...m.items[0] }] }
    const text = speechToText(generateDocument(bundledMeetingTemplate('script'), moved))
    expect(text.indexOf('刚才，张强县长')).toBeGreaterThan(text.indexOf('第一项议程，请县长张强'))
    expect(text.indexOf('刚才，张强县长')).toBeLessThan(text.indexOf('第二项议程'))
  })
})

describe('keeping a document in step with the record', () => {
  it('refreshes field slots in one transform and keeps the prose the user wrote', () => {
    const notice = documents(m).notice
    // The user rewrites the opening paragraph.
    const opening = notice.child(2)
    const edited = new Transform(notice).replaceWith(
      3,
      3 + opening.firstChild!.nodeSize,
      schema.nodes.paragraph.create(null, schema.text('经县政府同意，决定召开会议。现将有关事项通知如下：')),
    ).doc
    const moved = setMeetingValue(setMeetingValue(m, 'date', '2027-02-19'), 'items.1.who.0.name', '张刚')
    // The rewritten paragraph had the date in it; it is the user's words now.
    expect(staleFields(edited, moved).map((s) => s.label)).toEqual(['会议.时间', '议程2.事项'])
    const tr = new Transform(edited)
    expect(refreshFields(tr, moved)).toBe(2)
    const text = speechToText(tr.doc)
    expect(text).toContain('经县政府同意，决定召开会议。')
    expect(text).toContain('2027年2月19日（星期五）上午9:00，会期半天。')
    expect(text).toContain('2.县长张刚讲话。')
    expect(staleFields(tr.doc, moved)).toEqual([])
    expect(withFreshFields(edited, moved).eq(tr.doc)).toBe(true)
  })

  it('says when the lists changed and the document must be made again', () => {
    const agenda = documents(m).agenda
    expect(staleEntries(agenda, m)).toEqual([])
    const more = addEntry(m, 'items')
    expect(staleEntries(agenda, more).map((s) => s.message)).toEqual([
      '会议记录里的会议议程现在有3项，这份文件是按2项写的。请重新生成，或手工增删相应的行。',
    ])
  })
})

describe('lists the record gets after the document was made (tryout 12 B5)', () => {
  const none = { ...m, attendees: [], deadlines: [] }
  /** The document without the lines showing this list's entries: a notice made before a list was kept. */
  const without = (doc: ReturnType<typeof documents>['notice'], group: string) => {
    const tr = new Transform(doc)
    doc.descendants((node, pos) => {
      if (!node.isTextblock) return true
      let shows = false
      node.forEach((c) => {
        shows ||= c.type.name === 'slot' && String(c.attrs.label).startsWith(group)
      })
      if (shows) tr.delete(tr.mapping.map(pos), tr.mapping.map(pos + node.nodeSize))
      return false
    })
    return tr.doc
  }

  it('the attendees: the notice keeps their line while there are none, and the first one is filled in there', () => {
    const notice = documents(none).notice
    expect(speechToText(notice)).toContain('参会人员\n1.{{参会1.名称}}。')
    expect(staleEntries(notice, none)).toEqual([])
    const added = setMeetingValue(addEntry(none, 'attendees'), 'attendees.0', '各乡镇中心学校校长')
    const tr = new Transform(notice)
    expect(refreshFields(tr, added)).toBeGreaterThanOrEqual(1)
    expect(speechToText(tr.doc)).toContain('参会人员\n1.各乡镇中心学校校长。')
    expect(staleEntries(tr.doc, added)).toEqual([])
  })

  it('a list the document has no line of is stale once the record has entries: regenerate, not a silent refresh', () => {
    const added = setMeetingValue(addEntry(none, 'attendees'), 'attendees.0', '各乡镇中心学校校长')
    expect(staleEntries(without(documents(none).notice, '参会'), added).map((s) => s.message)).toEqual([
      '会议记录里的参会人员现在有1项，这份文件是按0项写的。请重新生成，或手工增删相应的行。',
    ])
    const due = setMeetingValue(
      setMeetingValue(addEntry(none, 'deadlines'), 'deadlines.0.date', '2027-02-08'),
      'deadlines.0.what',
      '参会人员名单报县教育局办公室',
    )
    expect(staleEntries(documents(none).notice, due).map((s) => s.group)).toEqual(['截止'])
    // Near miss: no deadline in the record and none in the notice; a template that has no such list.
    expect(staleEntries(documents(none).notice, none)).toEqual([])
    expect(staleEntries(documents(due).agenda, due)).toEqual([])
  })
})

function templateError(body: string, head = '名称：测试\n文种：通知\n'): TemplateError {
  try {
    parseMeetingTemplate(`${head}---\n${body}`, 't')
  } catch (e) {
    if (e instanceof TemplateError) return e
    throw e
  }
  throw new Error('the template was accepted')
}

describe('meeting templates name the line of a mistake', () => {
  it('a missing or unknown 文种', () => {
    expect(templateError('标题\n', '名称：测试\n').detail).toMatch(/缺少“文种：…”/)
    const e = templateError('标题\n', '名称：测试\n文种：纪要\n')
    expect([e.line, e.detail]).toEqual([2, '文种“纪要”不对；可用：通知、议程、主持词。'])
  })
  it('an unknown field, with the fields there are', () => {
    const e = templateError('标题\n定于{{会议.日子}}召开。\n')
    expect(e.line).toBe(5)
    expect(e.detail).toMatch(/^不认识的会议信息“\{\{会议\.日子\}\}”；可用：\{\{会议\.名称\}\}/)
  })
  it('an entry field outside its repeated line', () => {
    const e = templateError('标题\n发言人：{{议程.发言人}}\n')
    expect([e.line, e.detail]).toEqual([
      5,
      '“{{议程.发言人}}”是每项议程各自的信息，只能用在以 {{#议程}} 开头的行里（或写明第几项，如 {{议程1.发言人}}）。',
    ])
    // Near miss: on its repeated line, or numbered, it is fine.
    expect(() =>
      parseMeetingTemplate('名称：测试\n文种：通知\n---\n标题\n{{#议程}}{{议程.发言人}}\n{{议程1.发言人}}\n', 't'),
    ).not.toThrow()
  })
  it('an unknown repeat, a line mark or a broken marker', () => {
    expect(templateError('标题\n{{#领导}}{{领导.姓名}}\n').detail).toMatch(/不认识的重复标记“\{\{#领导\}\}”/)
    expect(templateError('标题\n县农业农村局 #盖章\n').detail).toMatch(/不认识的行标记“#盖章”/)
    expect(templateError('标题\n正文{{会议.名称\n').line).toBe(5)
  })
  it('anything after the signoff, and a greeting that is not first', () => {
    expect(templateError('标题\n正文。\n{{会议.主办}} #署名\n{{会议.成文日期}} #成文日期\n正文。\n').line).toBe(8)
    expect(templateError('标题\n正文。\n各乡镇： #主送\n').detail).toMatch(/主送机关/)
  })
})

describe('the README documents the fields and actions there are', () => {
  const readme = readFileSync(fileURLToPath(new URL('../../README.md', import.meta.url)), 'utf8')
  it('names every field, and no field that does not exist', () => {
    for (const f of MEETING_FIELDS) expect(readme).toContain(`{{会议.${f.name}}}`)
    for (const [group, fields] of Object.entries(ENTRY_FIELDS))
      for (const f of fields) expect(readme).toContain(`{{${group}.${f.name}}}`)
    // Every field named is one there is, except in the example of the message for one that is not.
    for (const m of readme.matchAll(/(不认识的会议信息“)?\{\{((?:会议|议程|参会|截止|联系人)\d*\.[^{}]+)\}\}/g))
      if (!m[1]) expect(fieldInfo(parseFieldLabel(m[2])!), m[0]).toBeDefined()
  })
  it('names every action with the phrase it makes', () => {
    for (const a of ACTIONS) expect(readme).toMatch(new RegExp(`\\| ${a.id} \\|.*\\| ${a.example}`))
  })
})

describe('the meeting as the notice, agenda and script name it (tryout 10 #6)', () => {
  const titles = (meeting: typeof m) => {
    const d = documents(meeting)
    return [d.notice, d.agenda, d.script].map((doc) => speechToText(doc).split('\n')[0])
  }
  it('puts the year in front of a name without one, and no second year in front of a name that says one', () => {
    // Names from several offices: a 街道's review-and-plan meeting, a 学年度 of a 教育局, a county's 年度.
    const cases: [name: string, full: string][] = [
      ['全县农业农村工作会议', '2027年全县农业农村工作会议'],
      ['东湖街道2026年度工作总结暨2027年工作部署会议', '东湖街道2026年度工作总结暨2027年工作部署会议'],
      ['2027年全县农业农村工作会议', '2027年全县农业农村工作会议'],
      ['全区2026—2027学年度教育工作会议', '全区2026—2027学年度教育工作会议'],
      ['县市场监管局2026年度述职评议会议', '县市场监管局2026年度述职评议会议'],
      ['全市“十五五”开局之年经济工作会议', '2027年全市“十五五”开局之年经济工作会议'],
    ]
    for (const [name, full] of cases) {
      expect(titles(setMeetingValue(m, 'name', name))).toEqual([
        `关于召开${full}的通知`,
        `${full}议程`,
        `${full}主持词`,
      ])
    }
    const script = speechToText(documents(setMeetingValue(m, 'name', cases[1][0])).script)
    expect(script).toContain('今天，我们召开东湖街道2026年度工作总结暨2027年工作部署会议，')
  })
  it('prints the 主送机关 with one colon, typed with or without its own', () => {
    for (const typed of ['驻街各单位', '驻街各单位：', '驻街各单位:', '驻街各单位： '])
      expect(speechToText(documents(setMeetingValue(m, 'addressees', typed)).notice).split('\n')[1]).toBe(
        '驻街各单位：',
      )
  })
  it('writes the deadline line as a sentence whether the 事项 says what to do or only what to hand in', () => {
    const line = (what: string) => {
      const text = speechToText(documents(setMeetingValue(m, 'deadlines.0.what', what)).notice)
      return text.split('\n').find((l) => l.startsWith('1.请于'))
    }
    const cases: [what: string, sentence: string][] = [
      ['参会人员名单报县农业农村局办公室', '前将参会人员名单报县农业农村局办公室。'],
      ['报送参会人员名单', '前报送参会人员名单。'],
      ['报送参会人员名单。', '前报送参会人员名单。'],
      ['将参会回执发送至jdb@example.cn', '前将参会回执发送至jdb@example.cn。'],
      ['上报2026年度述职报告', '前上报2026年度述职报告。'],
      ['向区委办反馈参会人员名单', '前向区委办反馈参会人员名单。'],
      ['报名', '前报名。'],
      ['报告材料报区委办', '前将报告材料报区委办。'],
      ['交流材料电子版发至邮箱', '前将交流材料电子版发至邮箱。'],
    ]
    for (const [what, sentence] of cases) expect(line(what)).toBe(`1.请于2027年2月8日（星期一）${sentence}`)
  })
  it('leaves an empty deadline field as a slot to fill, the words around it unchanged', () => {
    const notice = documents(setMeetingValue(setMeetingValue(m, 'deadlines.0.what', ''), 'deadlines.0.date', '')).notice
    const slots: string[] = []
    notice.descendants((n) => {
      if (n.type.name === 'slot') slots.push(String(n.attrs.label))
    })
    expect(slots).toContain('截止1.日期星期')
    expect(slots).toContain('截止1.要求')
    expect(speechToText(notice)).not.toContain('前将')
  })
})
