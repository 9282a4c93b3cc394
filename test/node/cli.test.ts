import { describe, expect, it } from 'vitest'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { makeZip } from './zip'
import { fx, jianggao, tmp } from './cli-helpers'
import { speechToJSON } from '../../src/core/serialize'
import { doc, fig, h2, opening, p, part, title } from './build'

describe('jianggao outline', () => {
  it('prints the outline as JSON in the documented shape', () => {
    const r = jianggao(['outline', fx('seed-hrss-2022.txt'), '--json'])
    expect(r.code).toBe(0)
    const o = JSON.parse(r.stdout)
    expect(Object.keys(o)).toEqual(['title', 'subtitle', 'greeting', 'parts', 'slots'])
    expect(Object.keys(o.parts[1])).toEqual(['kind', 'number', 'heading', 'year', 'sections'])
    expect(Object.keys(o.parts[1].sections[0])).toEqual(['number', 'heading'])
    expect(Object.keys(o.slots[0])).toEqual(['label', 'unit', 'value', 'role', 'partKind', 'year', 'kind'])
    expect(o.parts.map((p: { kind: string }) => p.kind)).toEqual([
      'opening',
      'review',
      'tasks',
      'requirements',
      'closing',
    ])
    expect(o.slots.find((s: { label: string }) => s.label === '时效内结案率')).toEqual({
      label: '时效内结案率',
      unit: '%',
      value: 100,
      role: 'metric',
      partKind: 'review',
      year: 2021,
      kind: 'actual',
    })
  })

  it('prints a readable outline without --json', () => {
    const r = jianggao(['outline', fx('seed-hrss-2022.txt')])
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('一、2021年工作回顾')
    expect(r.stdout).toContain('  （一）实施就业优先战略，千方百计稳定和扩大就业。')
    expect(r.stdout).toMatch(/数字空位 55 个/)
    expect(r.stdout).toContain('  · 一要始终把政治建设摆在首位。')
    expect(r.stdout).toContain('  · 四要加强党风廉政建设。')
  })

  it('reads a real .docx the same as its text', () => {
    const fromDocx = JSON.parse(jianggao(['outline', fx('seed-hrss-2022.docx'), '--json']).stdout)
    const fromText = JSON.parse(jianggao(['outline', fx('seed-hrss-2022.txt'), '--json']).stdout)
    expect(fromDocx).toEqual(fromText)
  })

  it('reads GB18030 text and standard input', () => {
    const gb = JSON.parse(jianggao(['outline', fx('edu-notitle.gb18030.txt'), '--json']).stdout)
    const piped = JSON.parse(
      jianggao(
        ['outline', '-', '--json'],
        new TextEncoder().encode('同志们：\n开场。\n一、2023年教育工作回顾\n正文。\n'),
      ).stdout,
    )
    expect(gb.parts[1].heading).toBe('2023年教育工作回顾')
    expect(piped.parts[1].heading).toBe('2023年教育工作回顾')
  })

  it.each([
    ['empty', '', /空/],
    ['binary', new Uint8Array([0, 1, 2, 3, 0, 255, 0, 7]), /不是文本或 Word 文档/],
    ['not Chinese', 'hello world, this is not a speech', /没有中文/],
    ['old Word', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), /另存为/],
  ])('refuses %s input with a message and exit code 2', (_, content, message) => {
    const file = join(tmp, `bad-${_}.${_ === 'old Word' ? 'doc' : 'txt'}`)
    writeFileSync(file, content)
    const r = jianggao(['outline', file, '--json'])
    expect(r.code).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toMatch(message)
  })

  it('refuses a missing file and a zip that would unpack to an absurd size', () => {
    expect(jianggao(['outline', join(tmp, 'nope.txt')])).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/找不到文件/),
    })
    const bomb = join(tmp, 'bomb.docx')
    writeFileSync(
      bomb,
      makeZip([{ name: 'word/document.xml', data: new Uint8Array(10), claimedSize: 4000 * 1024 * 1024 }]),
    )
    expect(jianggao(['outline', bomb])).toMatchObject({ code: 2, stderr: expect.stringMatching(/解压后/) })
  })

  it('explains its usage on a wrong call, exit code 2', () => {
    expect(jianggao([])).toMatchObject({ code: 2, stdout: '', stderr: expect.stringContaining('用法') })
    expect(jianggao(['--help'])).toMatchObject({ code: 0, stdout: expect.stringContaining('jianggao outline') })
    expect(jianggao(['frobnicate', 'x'])).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/没有“frobnicate”这个命令/),
    })
    expect(jianggao(['outline'])).toMatchObject({ code: 2, stderr: expect.stringMatching(/缺少讲稿文件/) })
  })
})

describe('jianggao check', () => {
  it('prints findings as JSON in the documented shape, offsets into the speech text, exit 1 on errors', async () => {
    const r = jianggao(['check', fx('seed-hrss-2022.txt'), '--json'])
    expect(r.code).toBe(1)
    const findings = JSON.parse(r.stdout) as {
      rule: string
      severity: string
      message: string
      excerpt: string
      from: number
      to: number
    }[]
    expect(Object.keys(findings[0])).toEqual(['rule', 'severity', 'message', 'excerpt', 'from', 'to'])
    expect(new Set(findings.map((f) => f.severity))).toEqual(new Set(['error', 'warning', 'info']))
    const { importText } = await import('../../src/core/import')
    const { speechToText } = await import('../../src/core/text')
    const { readFileSync } = await import('node:fs')
    const text = speechToText(importText(readFileSync(fx('seed-hrss-2022.txt'), 'utf8')).doc)
    const year = findings.find((f) => f.rule === 'wrong-year')!
    expect(text.slice(year.from, year.to)).toBe('2022')
    const slot = findings.find((f) => f.rule === 'empty-slot' && f.message.includes('城镇新增就业'))!
    expect(text.slice(slot.from, slot.to)).toBe('{{城镇新增就业|人}}')
    const comma = findings.find((f) => f.rule === 'halfwidth-punct')!
    expect(text.slice(comma.from, comma.to)).toBe(', ')
  })

  it('exits 0 with warnings only, and prints a readable list without --json', () => {
    // The agri speech with 今年以来 in its review: a warning, no error.
    const file = join(tmp, 'agri-relative.txt')
    writeFileSync(file, readFileSync(fx('agri-2023.txt'), 'utf8').replace('2022年，全县粮食', '今年以来，全县粮食'))
    const r = jianggao(['check', file])
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('警告  回顾部分里的“今年以来”指哪一年不明确')
    expect(r.stdout).toContain('共 1 处：错误 0，警告 1，提示 0。')
  })

  it('exits 2 on unusable input', () => {
    expect(jianggao(['check', join(tmp, 'missing.txt')]).code).toBe(2)
  })
})

describe('jianggao fill and export', () => {
  it('fill writes the text with slots filled and lists the empty ones on stderr', () => {
    const r = jianggao(['fill', fx('seed-hrss-2022.txt'), '--figures', fx('figures-gb18030.csv')])
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('全年实现城镇新增就业3250人')
    expect(r.stdout).toContain('发放创业担保贷款1.2亿元')
    expect(r.stderr).toContain('数字文件第 7 行没有使用')
    expect(r.stderr).toMatch(/已填写 5 个空位，还有 \d+ 个空着/)
    expect(r.stderr).toContain('  就业困难人员就业（人，2021年实际）')
  })

  it('fill reads a statistics sheet as the app does: a title row skipped, one column a year, said on stderr', () => {
    const speech = join(tmp, 'by-year.txt')
    writeFileSync(
      speech,
      '2026年全县就业工作会议讲话\n同志们：\n今天召开会议。\n一、2025年工作回顾\n全年城镇新增就业***人。\n二、2026年主要任务\n全年城镇新增就业***人以上。\n同志们，谢谢！\n',
    )
    const r = jianggao(['fill', speech, '--figures', fx('figures-by-year-gbk.csv')])
    expect(r.code, r.stderr).toBe(0)
    expect(r.stdout).toContain('全年城镇新增就业3250人。')
    expect(r.stdout).toContain('全年城镇新增就业3300人以上')
    expect(r.stderr).toContain('数字文件表头上面的 1 行当作标题')
    expect(r.stderr).toContain('“2026年”列是 2026年目标')
    expect(r.stderr).toContain('“同比增减（%）”')
  })

  it('fill gives what the app gives on the same speech and CSV: converted, refused, and ambiguous pairs left and listed', async () => {
    const { paritySpeech, PARITY_CSV, expectedFill } = await import('../shared/fill-parity')
    const { speechToJSON } = await import('../../src/core/serialize')
    const speech = join(tmp, 'parity.json')
    const csv = join(tmp, 'parity.csv')
    writeFileSync(speech, JSON.stringify(speechToJSON(paritySpeech())))
    writeFileSync(csv, PARITY_CSV)
    const r = jianggao(['fill', speech, '--figures', csv])
    expect(r.code).toBe(0)
    const expected = expectedFill()
    expect(r.stdout).toBe(expected.text)
    expect(expected).toMatchObject({ filled: 2, refused: 1, ambiguous: 1 })
    expect(r.stdout).toContain('基金支出3.5亿元')
    expect(r.stdout).toContain('分别达到{{参保率|%}}、{{参保率|%}}')
    expect(r.stderr).toContain('“参保率”在讲稿里有 2 处，去年分别是 97.1%、98.4%')
    expect(r.stderr).toContain('不能换算')
  })

  // Tryout 9 (A3): a CSV's -3 for 新增限上商贸企业 (家) printed 新增限上商贸企业-3家.
  it('fill leaves a count below zero out and says what to write', () => {
    const speech = join(tmp, 'negative-count.txt')
    const csv = join(tmp, 'negative-count.csv')
    writeFileSync(
      speech,
      '同志们：\n开场。\n一、2025年工作回顾\n新增限上商贸企业{{新增限上商贸企业|家}}，利润总额{{利润总额|万元}}。\n',
    )
    writeFileSync(csv, '指标,年度,数值,单位\n新增限上商贸企业,2025,-3,家\n利润总额,2025,-260,万元\n')
    const r = jianggao(['fill', speech, '--figures', csv])
    expect(r.stdout).toContain('新增限上商贸企业{{新增限上商贸企业|家}}，利润总额-260万元')
    expect(r.stderr).toContain('不能是负数（-3）。数目减少了，请在讲稿里用文字写明，如“减少3家”，数值只写 3')
  })

  it('fill -o writes a file; --year picks the review year', () => {
    const out = join(tmp, 'filled.txt')
    const r = jianggao([
      'fill',
      fx('market-december.txt'),
      '--figures',
      fx('figures-utf8.csv'),
      '--year',
      '2021',
      '-o',
      out,
    ])
    expect(r.code).toBe(0)
    expect(r.stdout).toBe('')
    expect(
      jianggao(['fill', fx('seed-hrss-2022.txt'), '--figures', fx('figures-utf8.csv'), '--year', 'last']).code,
    ).toBe(2)
    expect(jianggao(['fill', fx('seed-hrss-2022.txt')]).stderr).toContain('--figures')
  })

  it('export writes docx, txt and html; a speech with errors goes out marked as a draft', async () => {
    const { readFileSync } = await import('node:fs')
    const docx = join(tmp, 'seed.docx')
    const r = jianggao(['export', fx('agri-2023.txt'), '--format', 'docx', '-o', docx])
    expect(r.code).toBe(0)
    expect([...readFileSync(docx).subarray(0, 2)]).toEqual([0x50, 0x4b])
    expect(r.stderr).toBe('')
    const html = join(tmp, 'seed.html')
    expect(
      jianggao([
        'export',
        fx('seed-hrss-2022.txt'),
        '--format',
        'html',
        '--figures',
        fx('figures-utf8.csv'),
        '-o',
        html,
        '--layout',
        'reading',
      ]).stderr,
    ).toContain('已作为草稿导出')
    const page = readFileSync(html, 'utf8')
    expect(page).toContain('全年实现城镇新增就业3250人')
    expect(page).toContain('class="watermark"')
    const txt = join(tmp, 'agri.txt')
    jianggao(['export', fx('agri-2023.txt'), '--format', 'txt', '-o', txt])
    expect(readFileSync(txt, 'utf8')).toContain(
      '二、一年来农业农村工作取得的成绩\n2022年，全县粮食播种面积稳定在15.03万亩',
    )
    // -o - writes the text to the screen, the same text as the file.
    const screen = jianggao(['export', fx('agri-2023.txt'), '--format', 'txt', '-o', '-'])
    expect(screen.code).toBe(0)
    expect(screen.stdout).toBe(readFileSync(txt, 'utf8'))
    expect(jianggao(['export', fx('agri-2023.txt'), '--format', 'pdf', '-o', txt]).code).toBe(2)
    expect(jianggao(['export', fx('agri-2023.txt'), '--format', 'txt']).code).toBe(2)
  })
})

describe('jianggao rollover', () => {
  it("writes next year's draft with empty slots as markers and prints the flags on stderr", () => {
    const r = jianggao(['rollover', fx('seed-hrss-2022.txt')])
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('一、2022年工作回顾')
    expect(r.stdout).toContain('二、2023年工作任务')
    expect(r.stdout).toContain('全年实现城镇新增就业{{城镇新增就业|人}}')
    expect(r.stderr).toContain('回顾2022年、部署2023年（原稿回顾2021年、部署2022年）')
    // The year sentence holds a time-bound phrase, which says more: flagged once, by it (tryout 13).
    expect(r.stderr).toContain('时效性提法  党的二十大的召开之年是2022年，这里说的却是2023年，前后矛盾。')
    expect(r.stderr).not.toContain('描述年份的句子  “2023年是党的二十大召开之年”')
    expect(r.stderr).toContain('相对时间词')
  })

  it('rolls to a chosen year into a file; says so when there are no years', () => {
    const out = join(tmp, 'next.txt')
    const r = jianggao(['rollover', fx('county-plan-2024.txt'), '--to', '2026', '-o', out])
    expect(r.stdout).toBe('')
    expect(r.stderr).toContain('其他年份（请确认）  “1958年”')
    expect(jianggao(['rollover', fx('market-december.txt')]).stderr).toContain('讲稿里没有任何年份')
    expect(jianggao(['rollover', fx('seed-hrss-2022.txt'), '--to', 'next']).code).toBe(2)
  })

  it('keeps a figure of a year the text fixes, and lists a number typed as text as one more flag line', () => {
    const fixed = jianggao(['rollover', fx('corpus/81-xwb-county-economic-work-december.txt')])
    expect(fixed.stdout).toContain('由2020年的221.5亿元增加到{{地区生产总值|亿元}}')
    const file = join(tmp, 'typed.json')
    const typed = doc(
      { reviewYear: 2025, planYear: 2026 },
      title('讲话'),
      opening(p('同志们：')),
      part(
        { kind: 'review' },
        h2('2025年工作回顾'),
        p('全年投入就业补助资金1200万元，新增就业', fig('新增就业', '3250', '人'), '。'),
      ),
    )
    writeFileSync(file, JSON.stringify(speechToJSON(typed)))
    const r = jianggao(['rollover', file])
    expect(r.code).toBe(0)
    expect(r.stderr.split('\n').filter((l) => l.startsWith('写成文字的数字'))).toEqual([
      '写成文字的数字  “1200万元”是直接写在文字里的去年数字（不是数字空位），换年时不会清空：请改成今年的数字，或改成数字空位。  〔…投入就业补助资金1200万元，新增就业＿＿人。〕',
    ])
  })
})
