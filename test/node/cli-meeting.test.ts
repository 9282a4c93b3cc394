import { describe, expect, it } from 'vitest'
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { docxToText } from '../../src/core/import/docx'
import { speechToText } from '../../src/core/text'
import { importText } from '../../src/core/import'
import { fixture } from './helpers'
import { documents, exampleMeeting, SUMMARY } from './meeting-helpers'
import { fx, jianggao, tmp } from './cli-helpers'

const require = createRequire(import.meta.url)
const mammoth = async () => require('mammoth')

/** A meeting file in the temporary folder, beside its speech, changed as given. */
function meetingFile(name: string, change: (json: Record<string, unknown>) => void = () => {}): string {
  const json = JSON.parse(fixture('meeting-2027.json'))
  change(json)
  copyFileSync(fx('meeting-speech-2027.txt'), join(tmp, 'meeting-speech-2027.txt'))
  const file = join(tmp, name)
  writeFileSync(file, JSON.stringify(json, null, 2))
  return file
}
const withSummary = (json: Record<string, unknown>) => {
  ;(json.items as { summary?: string }[])[1].summary = SUMMARY
}

describe('jianggao meeting', () => {
  it('writes the notice as text naming the meeting, weekday, start, place, attendees and deadline', () => {
    const out = join(tmp, 'notice.txt')
    const r = jianggao(['meeting', fx('meeting-2027.json'), '--doc', 'notice', '--format', 'txt', '-o', out])
    expect([r.code, r.stdout, r.stderr]).toEqual([0, '', ''])
    const text = readFileSync(out, 'utf8')
    for (const words of [
      '关于召开2027年全县农业农村工作会议的通知',
      '2027年2月12日（星期五）上午9:00',
      '县行政中心三楼会议室',
      '各乡镇分管农业工作的负责同志',
      '县农业农村局班子成员',
      '请于2027年2月8日（星期一）前将参会人员名单报县农业农村局办公室。',
    ])
      expect(text).toContain(words)
    expect(text).toBe(speechToText(documents(exampleMeeting()).notice))
  })

  it('writes the script: 现在开会, the count in Chinese numerals, each speaker in order; a draft until the summary is written', () => {
    const r = jianggao(['meeting', fx('meeting-2027.json'), '--doc', 'script', '--format', 'txt', '-o', '-'])
    expect(r.code).toBe(0)
    expect(r.stderr).toBe(
      '主持词还有 1 处错误，已作为草稿导出（每页标明“草稿”）。用 jianggao check ' +
        fx('meeting-2027.json') +
        ' 查看。\n',
    )
    expect(r.stdout.startsWith('【草稿】')).toBe(true)
    expect(r.stdout).toContain('现在开会。')
    expect(r.stdout).toContain('会议有两项议程')
    expect(r.stdout.indexOf('请县政府办主任李华同志宣读表彰决定')).toBeLessThan(r.stdout.indexOf('请县长张强同志讲话'))
    const done = jianggao([
      'meeting',
      meetingFile('done.json', withSummary),
      '--doc',
      'script',
      '--format',
      'txt',
      '-o',
      '-',
    ])
    expect([done.code, done.stderr]).toEqual([0, ''])
    expect(done.stdout).toContain(`刚才，张强县长作了重要讲话，${SUMMARY}大家要认真学习领会`)
  })

  it('writes the agenda as a real .docx, and html pages', async () => {
    const docx = join(tmp, 'agenda.docx')
    expect(jianggao(['meeting', fx('meeting-2027.json'), '--doc', 'agenda', '--format', 'docx', '-o', docx]).code).toBe(
      0,
    )
    const text = await docxToText(new Uint8Array(readFileSync(docx)), mammoth)
    expect(text.indexOf('一、县政府办主任李华宣读表彰决定')).toBeLessThan(text.indexOf('二、县长张强讲话'))
    const html = join(tmp, 'notice.html')
    expect(jianggao(['meeting', fx('meeting-2027.json'), '--doc', 'notice', '--format', 'html', '-o', html]).code).toBe(
      0,
    )
    expect(readFileSync(html, 'utf8')).toMatch(/class="line issue-date right"/)
  })

  it('uses an office’s own template, and names the line of a mistake in it', () => {
    const template = join(tmp, 'my-agenda.txt')
    writeFileSync(template, '名称：我局议程\n文种：议程\n---\n{{会议.名称}}日程\n{{#议程}}一、{{议程.事项}}\n')
    const r = jianggao(['meeting', fx('meeting-2027.json'), '--template', template, '--format', 'txt', '-o', '-'])
    expect(r.stdout).toBe('全县农业农村工作会议日程\n一、县政府办主任李华宣读表彰决定\n二、县长张强讲话\n')
    writeFileSync(template, '名称：我局议程\n文种：议程\n---\n{{会议.名字}}日程\n')
    const bad = jianggao(['meeting', fx('meeting-2027.json'), '--template', template, '--format', 'txt', '-o', '-'])
    expect(bad.code).toBe(2)
    expect(bad.stderr).toMatch(/my-agenda\.txt：第4行：不认识的会议信息“\{\{会议\.名字\}\}”/)
  })

  it('exits 2 on a wrong call', () => {
    expect(jianggao(['meeting', fx('meeting-2027.json'), '--doc', 'memo', '--format', 'txt', '-o', '-'])).toMatchObject(
      {
        code: 2,
        stderr: expect.stringContaining('--doc 只能是 notice'),
      },
    )
    expect(jianggao(['meeting', fx('meeting-2027.json'), '--doc', 'notice', '--format', 'txt']).code).toBe(2)
  })
})

describe('jianggao check on a meeting file', () => {
  it('checks the record, the three documents and the linked speech; exit 1 while the summary is missing', () => {
    const r = jianggao(['check', fx('meeting-2027.json')])
    expect(r.code).toBe(1)
    expect(r.stdout).toBe(
      [
        '【主持词】',
        '错误  会议信息“第二项议程讲话后的小结”还没有填写：请在会议记录里填写，或把这里改写成文字。  〔刚才，张强县长作了重要讲话，＿＿大家要认真学…〕',
        '',
        '共 1 处：错误 1，警告 0，提示 0。',
        '',
      ].join('\n'),
    )
    const done = jianggao(['check', meetingFile('done.json', withSummary)])
    expect([done.code, done.stdout]).toEqual([0, '没有发现问题。\n'])
  })

  it('finds a speaker named otherwise in the linked speech, with --json giving the document and text offsets', () => {
    writeFileSync(
      join(tmp, 'other-speech.txt'),
      fixture('meeting-speech-2027.txt').replace('县长　张强', '副县长　张强'),
    )
    const file = meetingFile('other.json', (json) => {
      withSummary(json)
      ;(json.items as { speech?: string }[])[1].speech = 'other-speech.txt'
    })
    const r = jianggao(['check', file, '--json'])
    expect(r.code).toBe(1)
    const [f] = JSON.parse(r.stdout)
    expect(Object.keys(f)).toEqual(['doc', 'speech', 'rule', 'severity', 'message', 'excerpt', 'from', 'to'])
    expect(f).toMatchObject({ doc: 'speech', speech: 'other-speech.txt', rule: 'meeting-speaker' })
    // Offsets are into the speech's text as `jianggao export --format txt` writes it.
    const text = speechToText(importText(readFileSync(join(tmp, 'other-speech.txt'), 'utf8')).doc)
    expect(text.slice(f.from, f.to)).toMatch(/^副县长\s张强$/)
  })

  it('reports the record’s dates', () => {
    const r = jianggao([
      'check',
      meetingFile('late.json', (json) => {
        withSummary(json)
        json.deadline = { date: '2027-02-12', what: '材料报送' }
      }),
      '--json',
    ])
    expect(r.code).toBe(1)
    expect(JSON.parse(r.stdout)).toEqual([
      {
        doc: 'record',
        path: 'deadlines.0.date',
        rule: 'meeting-dates',
        severity: 'error',
        message: '截止日期2027年2月12日（材料报送）不早于会议日期2027年2月12日。',
        excerpt: '截止日期2027年2月12日（材料报送）不早于会议日期2027年2月12日。',
        from: 0,
        to: 0,
      },
    ])
  })

  it('refuses a bad meeting file with every problem in Chinese, exit 2', () => {
    const r = jianggao([
      'check',
      meetingFile('bad.json', (json) => {
        json.date = '2027-2-12'
        delete json.place
      }),
    ])
    expect(r.code).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toBe('错误：会议文件不能使用：\n  - 会议文件缺少“place”。\n')
    const bad = jianggao([
      'check',
      meetingFile('bad2.json', (json) => {
        json.date = '2027-2-12'
      }),
    ])
    expect(bad.stderr).toBe(
      '错误：会议文件不能使用：\n  - 会议日期“2027-2-12”不是有效的日期，请写成 2027-02-12 这样。（date）\n',
    )
    const missing = jianggao([
      'check',
      meetingFile('nospeech.json', (json) => {
        ;(json.items as { speech?: string }[])[1].speech = 'nowhere.docx'
      }),
    ])
    expect(missing).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('找不到第2项议程的讲话稿文件“nowhere.docx”'),
    })
  })

  it('says when a speech is a draft of the app it cannot read', () => {
    const r = jianggao([
      'check',
      meetingFile('draft.json', (json) => {
        withSummary(json)
        ;(json.items as { speech?: string }[])[1].speech = 'draft-42'
      }),
    ])
    expect([r.code, r.stderr]).toEqual([
      0,
      '第2项议程的讲话稿“draft-42”是程序里的草稿编号，命令行读不到，没有对照讲话稿。\n',
    ])
  })
})

describe('jianggao rollover on a meeting file', () => {
  it('writes next year’s meeting file, listing what to confirm; refuses a year not after it', () => {
    const out = join(tmp, 'meeting-2028.json')
    const r = jianggao(['rollover', fx('meeting-2027.json'), '-o', out])
    expect([r.code, r.stdout]).toEqual([0, ''])
    const next = JSON.parse(readFileSync(out, 'utf8'))
    expect(next).toMatchObject({
      date: '2028-02-12',
      issued: '2028-02-01',
      deadlines: [{ date: '2028-02-08' }],
      rolledFrom: { name: '全县农业农村工作会议', date: '2027-02-12' },
    })
    expect(r.stderr.split('\n').slice(0, 2)).toEqual([
      '已生成2028年的会议文件（原为2027年）。需要确认的地方：',
      '请确认  会议日期顺延为2028年2月12日（星期六），是周末，请按今年的安排核对。',
    ])
    expect(jianggao(['rollover', fx('meeting-2027.json'), '--to', '2029', '-o', '-']).stdout).toContain(
      '"date": "2029-02-12"',
    )
    expect(jianggao(['rollover', fx('meeting-2027.json'), '--to', '2027']).code).toBe(2)
  })
})

describe('jianggao check on any speech', () => {
  it('checks the weekday beside a date', () => {
    const file = join(tmp, 'weekday.txt')
    writeFileSync(file, '标题\n同志们：\n会议定于2027年2月12日（星期四）召开。\n一、2026年工作回顾\n正文。\n')
    const r = jianggao(['check', file, '--json'])
    expect(r.code).toBe(1)
    expect(JSON.parse(r.stdout).find((f: { rule: string }) => f.rule === 'weekday')).toMatchObject({
      message: '2027年2月12日是星期五，这里写的是“星期四”。',
    })
  })
})
