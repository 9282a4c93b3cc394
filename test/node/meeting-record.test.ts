import { describe, expect, it } from 'vitest'
import {
  addEntry,
  type AgendaItem,
  emptyItem,
  emptyMeeting,
  ENTRY_FIELDS,
  ENTRY_GROUPS,
  fieldPath,
  fieldValue,
  MEETING_FIELDS,
  isMeetingJSON,
  ITEM_RECOGNISERS,
  itemsInOpening,
  meetingFromSpeech,
  MeetingFormatError,
  meetingProblems,
  meetingToJSON,
  meetingYears,
  MeetingValueError,
  moveEntry,
  parseMeetingFile,
  removeEntry,
  rollMeetingForward,
  setMeetingValue,
} from '../../src/core/meeting'
import { importText } from '../../src/core/import'
import { rollover } from '../../src/core/rollover'
import { fixture } from './helpers'
import { exampleMeeting } from './meeting-helpers'

const example = () => JSON.parse(fixture('meeting-2027.json'))

function problemsOf(value: unknown): string[] {
  try {
    parseMeetingFile(value)
  } catch (e) {
    if (e instanceof MeetingFormatError) return e.problems
    throw e
  }
  throw new Error('the file was accepted')
}

describe('the meeting file', () => {
  it('reads the issue’s example, one deadline and one speaker as objects', () => {
    const m = exampleMeeting()
    expect(m.name).toBe('全县农业农村工作会议')
    expect(m.deadlines).toEqual([{ date: '2027-02-08', what: '参会人员名单报县农业农村局办公室' }])
    expect(m.items.map((i) => [i.action, i.who])).toEqual([
      ['宣读', [{ name: '李华', title: '县政府办主任' }]],
      ['讲话', [{ name: '张强', title: '县长' }]],
    ])
    expect(m.items[1].speech).toBe('meeting-speech-2027.txt')
    expect(meetingProblems(m)).toEqual([])
  })

  it('writes a file it reads back the same', () => {
    const m = exampleMeeting()
    expect(parseMeetingFile(JSON.stringify(meetingToJSON(m)))).toEqual(m)
  })

  it('is recognised by its content', () => {
    expect(isMeetingJSON(new TextEncoder().encode(fixture('meeting-2027.json')))).toBe(true)
    expect(isMeetingJSON(new TextEncoder().encode('{"format":"jianggao/speech","doc":{}}'))).toBe(false)
    expect(isMeetingJSON(new TextEncoder().encode('{"format": "jianggao-meeting", '))).toBe(true)
  })

  it('says in Chinese what is wrong, all at once, with the field', () => {
    expect(problemsOf('{"format": "jianggao-meeting", ')[0]).toMatch(/不是有效的 JSON/)
    expect(problemsOf({ hello: 1 })).toEqual(['这不是会议文件（缺少 "format": "jianggao-meeting"）。'])
    const typed = problemsOf({ ...example(), date: 20270212, atendees: [], chair: '王明' })
    expect(typed).toEqual([
      '会议文件有不认识的字段“atendees”；可用：format、version、name、organiser、addressees、date、start、place、issued、chair、attendees、deadline、deadlines、contact、contacts、items、rolledFrom。',
      '会议文件的“date”应为文字（用双引号括起来），现在是 20270212。',
      '主持人（chair）应写成 { "name": "姓名", "title": "职务" }。',
    ])
    const values = problemsOf({
      ...example(),
      date: '2027-02-30',
      start: '9点',
      items: [
        { action: '发言', who: { name: '李华', title: '' } },
        { action: '宣读', who: [] },
      ],
    })
    expect(values).toEqual([
      '会议日期“2027-02-30”不是有效的日期，请写成 2027-02-12 这样。（date）',
      '会议开始时间“9点”不对，请写成 09:00 这样（24 小时制）。（start）',
      '第一项议程的类型“发言”不对；可用：传达、宣读、表彰、签订、交流发言、报告、讲话、总结讲话、其他。（items.0.action）',
      '第二项议程（宣读）还没有写由谁来做。（items.1.who）',
      '第二项议程（宣读）还没有写宣读什么（内容）。（items.1.what）',
    ])
  })

  it('a record being filled in (as the app keeps one) is read when only its shape is asked for', () => {
    const empty = { format: 'jianggao-meeting', ...emptyMeeting() }
    expect(parseMeetingFile(empty, { complete: false })).toEqual(emptyMeeting())
    expect(problemsOf(empty).length).toBeGreaterThan(0)
    expect(() => parseMeetingFile({ ...empty, items: 'x' }, { complete: false })).toThrow(/应为列表/)
  })

  it('near miss: the same values written correctly are accepted', () => {
    expect(() => parseMeetingFile({ ...example(), date: '2027-02-28', start: '14:30' })).not.toThrow()
  })
})

describe('fields of the record', () => {
  const m = exampleMeeting()
  it('write dates with the weekday, times with 上午, counts in Chinese numerals', () => {
    expect(fieldValue(m, '会议.时间')).toBe('2027年2月12日（星期五）上午9:00')
    expect(fieldValue(m, '会议.全称')).toBe('2027年全县农业农村工作会议')
    expect(fieldValue({ ...m, name: '2027年全县农业农村工作会议' }, '会议.全称')).toBe('2027年全县农业农村工作会议')
    expect(fieldValue(m, '会议.议程数')).toBe('两')
    expect(fieldValue(m, '会议.议程概要')).toBe('一是县政府办主任李华宣读表彰决定；二是县长张强讲话')
    expect(fieldValue(m, '会议.主持人')).toBe('副县长王明')
    expect(fieldValue(m, '会议.成文日期')).toBe('2027年2月1日')
    expect(fieldValue(m, '截止1.日期星期')).toBe('2027年2月8日（星期一）')
  })
  it('write each item as the agenda and the chair say it', () => {
    expect(fieldValue(m, '议程1.事项')).toBe('县政府办主任李华宣读表彰决定')
    expect(fieldValue(m, '议程1.请')).toBe('请县政府办主任李华同志宣读表彰决定')
    expect(fieldValue(m, '议程2.称谓')).toBe('张强县长')
    const commend = { ...m, items: [{ action: '表彰' as const, what: '先进集体', who: [], speech: null, summary: '' }] }
    expect(fieldValue(commend, '议程1.请')).toBe('表彰先进集体')
  })
  it('are null when the record does not say, undefined when there is no such field', () => {
    expect(fieldValue(m, '议程3.事项')).toBeNull()
    expect(fieldValue(m, '议程2.小结')).toBeNull()
    expect(fieldValue(m, '会议.颜色')).toBeUndefined()
  })
  it('each name the place in the record where the user changes them', () => {
    expect(fieldPath('会议.时间')).toBe('date')
    expect(fieldPath('会议.主持人姓名')).toBe('chair.name')
    expect(fieldPath('议程2.发言人')).toBe('items.1.who')
    expect(fieldPath('截止1.日期星期')).toBe('deadlines.0.date')
    expect(fieldPath('联系人1.电话')).toBe('contacts.0.phone')
    expect(fieldPath('议程.发言人')).toBe('items')
    expect(fieldPath('会议.颜色')).toBeNull()
    expect(fieldPath('城镇新增就业')).toBeNull()
    // Every field's path is a place the example record has (entry 1 of each list).
    const full = { ...m, contacts: [{ name: '赵敏', phone: '0795-1234567' }] }
    const labels = [
      ...MEETING_FIELDS.map((f) => `会议.${f.name}`),
      ...ENTRY_GROUPS.flatMap((g) => ENTRY_FIELDS[g].map((f) => `${g}1.${f.name}`)),
    ]
    for (const label of labels) {
      const path = fieldPath(label)!
      const at = path.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown>)?.[k], full)
      expect(at, `${label} → ${path}`).not.toBeUndefined()
    }
  })
})

describe('changing the record as a form does', () => {
  const m = exampleMeeting()
  it('reads dates and times as people type them, and leaves the old record alone', () => {
    const next = setMeetingValue(setMeetingValue(m, 'date', '2027年2月13日'), 'start', '14:30')
    expect([next.date, next.start]).toEqual(['2027-02-13', '14:30'])
    expect(m.date).toBe('2027-02-12')
    // As the notice writes it (tryout 10 #8): 上午9:00 is what the notice prints for 09:00.
    for (const [typed, stored] of [
      ['上午9:00', '09:00'],
      ['下午2:30', '14:30'],
      ['9：00', '09:00'],
      ['9时', '09:00'],
      ['九时三十分', '09:30'],
    ])
      expect(setMeetingValue(m, 'start', typed).start).toBe(stored)
    expect(setMeetingValue(m, 'items.0.who.0.name', ' 李明 ').items[0].who[0].name).toBe('李明')
    expect(m.items[0].who[0].name).toBe('李华')
  })
  it('refuses what cannot be used, saying what to type', () => {
    expect(() => setMeetingValue(m, 'date', '下周五')).toThrow(MeetingValueError)
    expect(() => setMeetingValue(m, 'start', '九点钟以后')).toThrow(/9:00/)
    expect(() => setMeetingValue(m, 'start', '上午15:00')).toThrow(/上午、下午要和钟点对得上/)
    expect(() => setMeetingValue(m, 'items.0.action', '发言')).toThrow(/可用/)
  })
  it('adds, removes and moves entries', () => {
    const added = addEntry(m, 'items', 0)
    expect(added.items.map((i) => i.action)).toEqual(['讲话', '宣读', '讲话'])
    expect(moveEntry(m, 'items', 1, 0).items.map((i) => i.action)).toEqual(['讲话', '宣读'])
    expect(removeEntry(m, 'attendees', 0).attendees).toEqual(['县农业农村局班子成员'])
  })
})

describe('a record started from a speech draft', () => {
  it('every recogniser reads its example and not its counter-example', () => {
    for (const r of ITEM_RECOGNISERS) {
      const items = itemsInOpening({ text: r.example.text, slots: [] })
      expect(
        items.map((i) => i.action),
        r.example.text,
      ).toEqual([r.action])
      expect(items[0].what).toBe(r.example.what)
      expect(itemsInOpening({ text: r.counter, slots: [] }), r.counter).toEqual([])
    }
  })

  it('splits who into title and name, or keeps a unit as the title', () => {
    const [read, talk, exchange] = itemsInOpening({
      text: '刚才，县政府办主任李华同志宣读了表彰决定，陈七局长作了工作报告，石门镇、城关镇作了交流发言。',
      slots: [],
    })
    expect(read.who).toEqual([{ title: '县政府办主任', name: '李华' }])
    expect(talk).toMatchObject({ action: '报告', who: [{ name: '陈七', title: '局长' }] })
    expect(exchange.who).toEqual([
      { name: '', title: '石门镇' },
      { name: '', title: '城关镇' },
    ])
  })

  it('reads no name out of a unit before a title: 市政府副秘书长 is a title to complete, 王芳副秘书长 a name', () => {
    // Tryout 13: 市政府副秘书长宣读了表彰决定 gave 姓名 “市政府”, 职务 “副秘书长”.
    const [unit, named, deputy] = itemsInOpening({
      text: '刚才，市政府副秘书长宣读了表彰决定，王芳副秘书长作了工作报告；县委办副主任作了交流发言。',
      slots: [],
    })
    expect(unit.who).toEqual([{ name: '', title: '市政府副秘书长' }])
    expect(named.who).toEqual([{ name: '王芳', title: '副秘书长' }])
    expect(deputy.who).toEqual([{ name: '', title: '县委办副主任' }])
  })

  it('from the seed: the name from the subtitle, the opening’s items in order, the speech last and linked', () => {
    const { meeting, notes } = meetingFromSpeech(importText(fixture('seed-hrss-2022.txt')).doc, 'draft-7')
    expect(meeting.name).toBe('全县人力资源和社会保障工作会议')
    expect(meeting.items.map((i) => i.action)).toEqual(['宣读', '表彰', '讲话', '讲话', '讲话'])
    expect(meeting.items[0].what).toBe('常务副县长对全县人社工作的批示')
    expect(meeting.items[3].who).toEqual([{ name: '', title: '县纪委监委第四派驻纪检组组长' }])
    expect(meeting.items.at(-1)!.speech).toBe('draft-7')
    expect(notes).toContain('有的发言人姓名在讲稿里被隐去或没有写，请填写。')
    // Masked names leave the record incomplete, and it says where.
    expect(meetingProblems(meeting).map((p) => p.path)).toContain('items.0.who.0.name')
  })

  it('takes the whole title written before a name, not only the title the name slot is labelled with', () => {
    // Tryout 4: 县统计局副局长刘建军同志宣读了表彰决定 gave the title 副局长.
    const text = [
      '全县统计工作会议讲话',
      '同志们：',
      '今天召开全县统计工作会议。刚才，县统计局副局长刘建军同志宣读了表彰决定，城关镇党委副书记张伟、石桥乡乡长李娜同志作了交流发言。',
      '一、2025年工作回顾',
      '完成了任务。',
      '二、2026年工作任务',
      '确保完成。',
      '同志们，谢谢！',
    ].join('\n')
    const { meeting } = meetingFromSpeech(importText(text).doc)
    expect(meeting.items.slice(0, 2).map((i) => i.who)).toEqual([
      [{ name: '刘建军', title: '县统计局副局长' }],
      [
        { name: '张伟', title: '城关镇党委副书记' },
        { name: '李娜', title: '石桥乡乡长' },
      ],
    ])
  })

  it('from a speech with a date line and the speaker under the title', () => {
    const { meeting } = meetingFromSpeech(importText(fixture('agri-2023.txt')).doc)
    expect([meeting.name, meeting.date]).toEqual(['全县农业农村工作会议', '2023-01-12'])
    expect(meeting.items).toMatchObject([{ action: '讲话', who: [{ title: '县农业农村局局长', name: '王某某' }] }])
  })
})

describe('a record started from a speech rolled forward (tryout 12 A1)', () => {
  // The speaker under the title is a name slot; the roll forward empties it for this year's name.
  const text = [
    '凝心聚力办好人民满意教育',
    '——在2026年全县教育工作会议上的讲话',
    '（2026年2月26日）',
    '县委常委、副县长　王建国',
    '同志们：',
    '今天召开全县教育工作会议。刚才，会议表彰了2025年度教育工作先进集体和先进个人。',
    '一、回顾2025年，全县教育事业取得新成效',
    '全县共有各级各类学校126所。',
    '二、突出重点，全力抓好2026年各项工作',
    '新增学位3600个。',
    '同志们，谢谢！',
  ].join('\n')

  it('leaves the emptied name box empty and 未填, never the slot’s marker', () => {
    const rolled = rollover(importText(text).doc).doc
    const { meeting } = meetingFromSpeech(rolled, 'draft-2027')
    expect(meeting.items.at(-1)!.who).toEqual([{ title: '县委常委、副县长', name: '' }])
    expect(JSON.stringify(meeting)).not.toContain('{{')
    expect(meetingProblems(meeting)).toContainEqual({
      path: 'items.0.who.0.name',
      message: '第一项议程（讲话）第1位发言人的姓名还没有填写。',
    })
  })

  it('near miss: the speech as imported, its name slot filled, gives the name', () => {
    const { meeting } = meetingFromSpeech(importText(text).doc)
    expect(meeting.items.at(-1)!.who).toEqual([{ title: '县委常委、副县长', name: '王建国' }])
  })

  it('a record that holds a marker already (stored before) says so beside the box', () => {
    const m = setMeetingValue(exampleMeeting(), 'items.1.who.0.name', '{{@县委常委、副县长}}')
    expect(meetingProblems(m)).toEqual([
      {
        path: 'items.1.who.0.name',
        message: '第二项议程（讲话）第1位发言人的姓名是占位符“{{@县委常委、副县长}}”，不是实际内容，请填写。',
      },
    ])
  })
})

describe('the years a meeting reviews and plans, by its month as a speech’s date is read (lang/year-end)', () => {
  const years = (date: string, name = '全县农业农村工作会议') => {
    const y = meetingYears({ ...exampleMeeting(), date, name })
    return [y.reviewYear, y.planYear]
  }
  it('in the first half of the year, the year before; in November and December, its own year', () => {
    expect(years('2027-02-12')).toEqual([2026, 2027])
    expect(years('2027-06-30')).toEqual([2026, 2027])
    expect(years('2027-11-20')).toEqual([2027, 2028])
    expect(years('2027-12-28')).toEqual([2027, 2028])
  })
  it('from July to October, its own year when its name works towards next year, else it plans its own year', () => {
    expect(years('2027-10-15', '全县秋冬种暨明年春耕备耕工作会议')).toEqual([2027, 2028])
    expect(years('2027-09-20', '2028年度全县农业农村工作务虚会')).toEqual([2027, 2028])
    expect(years('2027-07-10', '全县2027年上半年工作推进会')).toEqual([2026, 2027])
    expect(years('2027-09-20', '全县根治欠薪冬季攻坚行动动员会')).toEqual([2026, 2027])
    // A span's end is no year the meeting works towards; in February 明年 is as early as the month says.
    expect(years('2027-10-15', '全县2027—2028年度冬春水利建设会议')).toEqual([2026, 2027])
    expect(years('2027-02-12', '全县暨明年工作谋划会')).toEqual([2026, 2027])
  })
  it('agree with the importer’s reading of the speech the record is made from', () => {
    const speech = (date: string, meeting: string) =>
      importText(
        [
          '真抓实干 推动工作再上新台阶',
          `——在${meeting}上的讲话`,
          `（${date}）`,
          '同志们：',
          '今天召开会议。',
          '一、工作回顾',
          '全年完成了各项工作任务。',
          '二、工作任务',
          '确保完成全年目标任务。',
          '三、工作要求',
          '一要加强领导。',
          '同志们，谢谢！',
        ].join('\n'),
      ).doc
    for (const [date, meeting] of [
      ['2027年2月12日', '全县农业农村工作会议'],
      ['2027年10月15日', '全县秋冬种暨明年春耕备耕工作会议'],
      ['2027年9月20日', '全县农田水利建设现场推进会'],
      ['2027年12月28日', '全县农业农村工作会议'],
    ]) {
      const doc = speech(date, meeting)
      const y = meetingYears(meetingFromSpeech(doc).meeting)
      expect([y.reviewYear, y.planYear], `${date} ${meeting}`).toEqual([doc.attrs.reviewYear, doc.attrs.planYear])
    }
  })
})

describe('rolling a meeting forward a year', () => {
  const m = { ...exampleMeeting(), name: '全县第十一次农业农村工作会议' }
  const { meeting, flags } = rollMeetingForward(m, { speechLink: () => 'draft-2028' })
  it('moves every date a year on and keeps last year’s name and date', () => {
    expect([meeting.date, meeting.issued, meeting.deadlines[0].date]).toEqual([
      '2028-02-12',
      '2028-02-01',
      '2028-02-08',
    ])
    expect(meeting.rolledFrom).toEqual({ name: '全县第十一次农业农村工作会议', date: '2027-02-12' })
    expect(fieldValue(meeting, '会议.日期星期')).toBe('2028年2月12日（星期六）')
  })
  it('moves the ordinal on, flags it, and flags a weekend', () => {
    expect(meeting.name).toBe('全县第十二次农业农村工作会议')
    expect(flags.find((f) => f.path === 'name')!.message).toBe(
      '会议名称里的届次由“第十一次”改为“第十二次”，请确认今年确是第十二次。',
    )
    expect(flags.find((f) => f.path === 'date')).toMatchObject({
      severity: 'warning',
      message: expect.stringContaining('是周末'),
    })
    expect(flags.find((f) => f.path === 'issued')).toMatchObject({ severity: 'info' })
  })
  it('links the new speech and moves a year written in the name', () => {
    expect(meeting.items[1].speech).toBe('draft-2028')
    expect(rollMeetingForward({ ...m, name: '2027年全县农业农村工作会议' }).meeting.name).toBe(
      '2028年全县农业农村工作会议',
    )
    const kept = rollMeetingForward(m).flags.find((f) => f.path === 'items.1.speech')
    expect(kept?.message).toBe('第二项议程仍连着去年的讲话稿，请改连今年的讲话稿。')
  })
  it('moves the review and plan years written in the agenda, as the speech’s, and flags what it kept', () => {
    // A meeting of 2027-02-12 reviews 2026 and plans 2027.
    const item = (action: AgendaItem['action'], what: string): AgendaItem => ({ ...emptyItem(action), what })
    const agenda = {
      ...m,
      items: [
        item('表彰', '2026年度农业农村工作先进集体和先进个人'),
        item('签订', '2027年度乡村振兴目标责任书'),
        item('传达', '省委农村工作会议精神'),
        item('其他', '观看2021—2025年农业农村发展成就专题片'),
        item('其他', '学习《2035年远景目标纲要》和2018年以来的经验'),
      ],
    }
    const rolled = rollMeetingForward(agenda)
    expect(rolled.meeting.items.map((i) => i.what)).toEqual([
      '2027年度农业农村工作先进集体和先进个人',
      '2028年度乡村振兴目标责任书',
      '省委农村工作会议精神',
      '观看2021—2025年农业农村发展成就专题片',
      '学习《2035年远景目标纲要》和2018年以来的经验',
    ])
    const said = (i: number) => rolled.flags.filter((f) => f.path === `items.${i}.what`).map((f) => f.message)
    expect(said(0)).toEqual(['第一项议程里的“2026年”已改为“2027年”，请确认。'])
    expect(said(1)).toEqual(['第二项议程里的“2027年”已改为“2028年”，请确认。'])
    expect(said(2)).toEqual([])
    expect(said(3)[0]).toMatch(/^第四项议程里的“2021年”“2025年”没有顺延/)
    expect(said(4)[0]).toMatch(/^第五项议程里的“2035年”“2018年”没有顺延/)
    // Two years on (--to 2029): by two.
    expect(rollMeetingForward(agenda, { years: 2 }).meeting.items[0].what).toBe(
      '2028年度农业农村工作先进集体和先进个人',
    )
  })
})
