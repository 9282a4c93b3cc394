import { describe, expect, it } from 'vitest'
import { importText, findFigures } from '../../src/core/import'
import { outlineJSON } from '../../src/core/outline'
import { decodeText, sniffFile } from '../../src/core/import/decode'
import { htmlToText } from '../../src/core/import/html'
import { fixture, fixtureBytes } from './helpers'

const outline = (text: string) => outlineJSON(importText(text).doc)
const metrics = (text: string) => outline(text).slots.filter((s) => s.role === 'metric')
const yearsOf = (text: string) => {
  const { doc } = importText(text)
  return [doc.attrs.reviewYear, doc.attrs.planYear]
}

/** Share of expected labels found exactly, in order. The figure count must match first. */
/**
 * The labels and units found, exactly: the reader's label for each figure, except at the places
 * listed in `differs`, where the importer's label (given) keeps more words than a reader would.
 * Fixing one of those makes this fail: then move it out of `differs`.
 */
function expectLabels(
  found: { label: string; unit: string }[],
  expected: [string, string][],
  differs: Record<number, string>,
) {
  expect(found.map((f) => [f.label, f.unit])).toEqual(expected.map(([label, unit], i) => [differs[i] ?? label, unit]))
}

/** The seed speech's outline, read inside each test (a value read in a describe is read before any mutant is active). */
const seed = () => outline(fixture('seed-hrss-2022.txt'))

describe('structure of the seed speech', () => {
  it('finds title, subtitle and greeting', () => {
    const o = seed()
    expect(o.title).toBe('聚力同心 真抓实干 推动人力资源和社会保障工作再上新台阶')
    expect(o.subtitle).toBe('——在全县人力资源和社会保障工作会议上的讲话')
    expect(o.greeting).toBe('同志们：')
  })

  it('finds every part with its kind and year, opening and closing included', () => {
    const o = seed()
    expect(o.parts.map((p) => [p.kind, p.number, p.heading, p.year])).toEqual([
      ['opening', null, null, null],
      ['review', '一、', '2021年工作回顾', 2021],
      ['tasks', '二、', '2022年工作任务', 2022],
      ['requirements', '三、', '做好2022年人社工作有关要求', 2022],
      ['closing', null, null, null],
    ])
  })

  it('finds own-line and run-in sections', () => {
    const o = seed()
    expect(o.parts[1].sections.map((s) => s.number)).toEqual([
      '（一）',
      '（二）',
      '（三）',
      '（四）',
      '（五）',
      '（六）',
    ])
    expect(o.parts[1].sections[0].heading).toBe('过去的一年，我们全力以赴做好就业创业工作')
    expect(o.parts[2].sections[0].heading).toBe('实施就业优先战略，千方百计稳定和扩大就业。')
    const doc = importText(fixture('seed-hrss-2022.txt')).doc
    const runIns: boolean[] = []
    doc.descendants((n) => {
      if (n.type.name === 'section') runIns.push(n.attrs.runIn)
    })
    expect(runIns).toEqual([false, false, false, false, false, false, true, true, true, true, true, true])
  })

  it('keeps the year-summary paragraphs at part level, not in the last section', () => {
    const doc = importText(fixture('seed-hrss-2022.txt')).doc
    const review = doc.child(4)
    expect(review.attrs.kind).toBe('review')
    expect(review.lastChild!.type.name).toBe('paragraph')
    expect(review.lastChild!.textContent).toMatch(/^同时，我们也清醒地看到/)
  })

  it('reads the years the speech reviews and plans', () => {
    const doc = importText(fixture('seed-hrss-2022.txt')).doc
    expect([doc.attrs.reviewYear, doc.attrs.planYear]).toEqual([2021, 2022])
  })
})

describe('figures of the seed speech', () => {
  const expected: [string, string][] = [
    ['城镇新增就业', '人'],
    ['就业困难人员就业', '人'],
    ['城镇登记失业率', '%'],
    ['新增转移农村劳动力', '人'],
    ['企业职工岗位技能培训', '人'],
    ['创业培训', '人'],
    ['失业保险参保', '人'],
    ['发放创业担保贷款', '亿元'],
    ['社会保险累计参保', '万人次'],
    ['收缴保费', '亿元'],
    ['发放各项养老保险待遇', '亿元'],
    ['资金滚存结余', '亿元'],
    ['新增职工参加养老保险', '人'],
    ['社保卡新增发行', '张'],
    ['总发行量', '万张'],
    ['办理助保贷款', '批'],
    ['办理助保贷款人次', '人次'],
    ['发放金额', '万元'],
    ['被征地农民', '名'],
    ['认定工伤', '起'],
    ['支付工伤保险待遇人次', '人次'],
    ['支付工伤保险待遇', '万元'],
    ['招聘事业单位工作人员', '人'],
    ['“三定向”培养计划', '人'],
    ['“三支一扶”招募', '人'],
    ['教育、卫生专业技术人员', '人'],
    ['高层次人才引进', '人'],
    ['正高级资格', '人'],
    ['高级资格', '人'],
    ['中级资格', '人'],
    ['初级资格', '人'],
    ['聘任专业技术职务', '人'],
    ['农民工工资保证金', '万元'],
    ['退付农民工工资保证金', '万元'],
    ['保证金累计结余', '万元'],
    ['接待群众咨询举报投诉', '起'],
    ['涉及人员', '人次'],
    ['落实工资待遇', '万元'],
    ['受理调处欠薪信访', '起'],
    ['职工', '名'],
    ['解决被拖欠工资', '万元'],
    ['收到劳动仲裁申请', '起'],
    ['立案受理', '起'],
    ['调解结案', '起'],
    ['裁决结案', '起'],
    ['时效内结案率', '%'],
    ['劳动者', '名'],
    ['维护各项待遇', '万元'],
    ['各项优惠政策补贴', '万元'],
    ['建档立卡农村贫困劳动力', '人'],
    ['实现就业', '人'],
    ['就业率', '%'],
    ['新增城镇就业', '人'],
    ['发放创业担保贷款', '亿元'],
    ['城镇登记失业率', '%'],
  ]
  const seedMetrics = () => seed().slots.filter((s) => s.role === 'metric')

  it('turns every masked figure into a slot with its unit', () => {
    const found = seedMetrics()
    expectLabels(found, expected, {
      27: '申报正高级资格',
      30: '认定初级资格',
      32: '收取企业缴纳的农民工工资保证金',
      37: '劳动者落实工资待遇',
      51: '实现就业率',
    })
  })

  it('keeps masked values empty and written values as numbers', () => {
    const found = seedMetrics()
    expect(found.filter((s) => s.value !== null).map((s) => [s.label, s.value])).toEqual([['时效内结案率', 100]])
  })

  it('marks review figures as actuals of the review year and task figures as targets of the plan year', () => {
    const found = seedMetrics()
    expect(found.filter((s) => s.partKind === 'review').every((s) => s.kind === 'actual' && s.year === 2021)).toBe(true)
    const targets = found.filter((s) => s.partKind === 'tasks')
    expect(targets.map((s) => s.label)).toEqual(['新增城镇就业', '发放创业担保贷款', '城镇登记失业率'])
    expect(targets.every((s) => s.kind === 'target' && s.year === 2022)).toBe(true)
  })

  it('turns masked names into person slots labelled by role', () => {
    const o = seed()
    const people = o.slots.filter((s) => s.role === 'person')
    expect(people.map((p) => p.label)).toEqual([
      '同志',
      '常务副县长',
      '同志',
      '县纪委监委第四派驻纪检组组长',
      '姓名',
      '姓名',
      '姓名',
    ])
    expect(people.every((p) => p.value === null)).toBe(true)
  })

  it('leaves years, dates, ordinals, names and mechanisms alone', () => {
    const doc = importText(fixture('seed-hrss-2022.txt')).doc
    const text = doc.textContent
    for (const kept of [
      '2021年',
      '去年8月份',
      '24小时重点企业用工调度保障机制',
      '第二届',
      '三年行动计划',
      '“六稳”',
      '第四派驻',
      '一个省级创业孵化基地',
    ]) {
      expect(text).toContain(kept)
    }
  })
})

describe('other layouts', () => {
  it('a speech with date and speaker lines, full-width indents, half-width brackets and full-width digits', () => {
    const text = fixture('agri-2023.txt')
    const doc = importText(text).doc
    const o = outlineJSON(doc)
    expect(o.title).toBe('坚定信心 真抓实干 奋力推进农业农村现代化')
    expect(o.greeting).toBe('各位领导、同志们：')
    const bylines: string[] = []
    const names: unknown[] = []
    doc.forEach((n) => {
      if (n.type.name !== 'byline') return
      bylines.push(n.textContent)
      n.forEach((c) => {
        if (c.type.name === 'slot') names.push([c.attrs.role, c.attrs.value, c.attrs.label])
      })
    })
    expect(bylines).toEqual(['（2023年1月12日）', '县农业农村局局长 '])
    // the speaker's name on the byline changes with the speaker: a name to fill, as in the body,
    // labelled by the whole title written before it
    expect(names).toEqual([['person', '王某某', '县农业农村局局长']])
    expect(o.parts.map((p) => [p.kind, p.year, p.sections.length])).toEqual([
      ['opening', null, 0],
      ['other', null, 0],
      ['review', 2022, 3],
      ['tasks', 2023, 3],
      ['requirements', 2023, 0],
      ['closing', null, 0],
    ])
    // 1. items inside a run-in section
    const items: string[] = []
    doc.descendants((n) => {
      if (n.type.name === 'item') items.push(n.textContent)
    })
    expect(items).toEqual([
      '抓好耕地保护。坚决遏制耕地“非农化”。',
      expect.stringMatching(/^抓好高标准农田建设。新建高标准农田/),
    ])
  })

  it('figures with decimals, 万 units, spaces, 余, companions and full-width digits', () => {
    const found = metrics(fixture('agri-2023.txt'))
    const expected: [string, string][] = [
      ['粮食播种面积', '万亩'],
      ['粮食总产量', '万吨'],
      ['粮食总产量同比增长', '%'],
      ['生猪出栏', '万头'],
      ['家禽出栏', '万羽'],
      ['农村居民人均可支配收入', '元'],
      ['农村居民人均可支配收入比上年增加', '元'],
      ['农村居民人均可支配收入增长', '%'],
      ['新建高标准农田', '万亩'],
      ['新增市级以上农业产业化龙头企业', '家'],
      ['培育家庭农场', '个'],
      ['培育农民合作社', '家'], // the first item's verb is every item's (labels shared-verb)
      ['农户', '万户'],
      ['农村改厕', '户'],
      ['新建通组公路', '公里'],
      ['农村生活垃圾收运处置体系覆盖率', '%'],
      ['农村集体经济收入10万元以上的村', '个'],
      ['农村集体经济收入10万元以上的村占行政村总数', '%'],
      ['粮食播种面积', '万亩'],
      // 粮食播种面积……，总产量……: the crop's output, the same metric as the review's
      ['粮食总产量', '万吨'],
      ['新建高标准农田', '万亩'],
      ['新培育市级以上龙头企业', '家'],
      ['农产品加工产值增长', '%'],
      ['农村改厕', '户'],
      ['实施“四好农村路”项目', '个'],
    ]
    expectLabels(found, expected, { 12: '农户增收' })
    expect(found.find((f) => f.label === '家禽出栏')!.value).toBe(368.5)
    expect(found.find((f) => f.label === '农村居民人均可支配收入')!.value).toBe(18652)
  })

  it('a speech without title that starts at the greeting, with run-in one-sentence sections', () => {
    const o = outline(fixture('edu-notitle.txt'))
    expect(o.title).toBe('')
    expect(o.greeting).toBe('同志们：')
    expect(o.parts.map((p) => p.kind)).toEqual(['opening', 'review', 'tasks', 'requirements', 'closing'])
    expect(o.parts[2].sections[0].heading).toBe('推进学前教育普及普惠，确保毛入园率达到93%以上。')
  })

  it('a December speech with no greeting, no title and no years', () => {
    const r = importText(fixture('market-december.txt'))
    const o = outlineJSON(r.doc)
    expect(o.greeting).toBeNull()
    expect(o.parts.map((p) => p.kind)).toEqual(['opening', 'review', 'tasks', 'requirements', 'closing'])
    expect([r.doc.attrs.reviewYear, r.doc.attrs.planYear]).toEqual([null, null])
  })

  it('reads the years from the opening and the date line when headings name none', () => {
    const themed =
      '同志们：\n今天召开会议，总结2025年全县财政工作，安排部署2026年重点任务。\n一、过去一年的工作回顾\n完成了任务。\n二、聚焦重点，推动提质增效\n确保完成。\n'
    expect(yearsOf(themed)).toEqual([2025, 2026])
    const december =
      '（2025年12月26日）\n同志们：\n今天召开会议。\n一、今年以来的主要成效\n完成了任务。\n二、突出重点，抓好明年工作\n确保完成。\n'
    expect(yearsOf(december)).toEqual([2025, 2026])
    expect(yearsOf(december.replace('12月26日', '2月6日'))).toEqual([2024, 2025])
  })

  it('a date line kept from last year is outvoted by the year the body states', () => {
    const december =
      '（2024年12月26日）\n同志们：\n今天召开会议。\n一、今年以来的主要成效\n完成了任务。\n二、明年经济工作的总体要求和主要目标\n2026年是“十五五”规划开局之年。确保完成。\n'
    expect(yearsOf(december)).toEqual([2025, 2026])
    const themed =
      '（2026年1月9日）\n同志们：\n今天召开会议，总结2024年工作。\n一、园区安全形势保持总体平稳\n2025年，开发区安全生产形势持续稳定。\n二、突出重点，全力防范化解重大安全风险\n确保完成。\n'
    expect(yearsOf(themed)).toEqual([2025, 2026])
  })

  it('reads the years from a part that says its year as a subject when headings and opening name none', () => {
    const tasks =
      '同志们：\n今天召开全县水利工作会议。\n一、凝心聚力，水利建设取得新成效\n全年完成水利投资3.2亿元，同比增长8%。\n二、锚定目标，推动水利高质量发展\n2027年是全面推进水网建设的关键之年。确保完成投资3.5亿元。\n'
    expect(yearsOf(tasks)).toEqual([2026, 2027])
    const review = tasks.replace('全年完成', '2026年是极不平凡的一年。全年完成').replace('2027年是', '新的一年，')
    expect(yearsOf(review)).toEqual([2026, 2027])
    // A year ahead said in passing is not the subject: "到2035年是" names no year of the speech.
    expect(yearsOf(tasks.replace('2027年是', '到2035年是基本建成水网的目标，'))).toEqual([null, null])
  })

  it('a themed part with figures before the tasks, where no part reviews, is the review', () => {
    const o = outline(
      '标题\n同志们：\n今天总结2025年工作，部署2026年工作。\n一、凝心聚力、攻坚克难，各项工作迈上新台阶\n（一）城市更新。全年改造老旧小区56个，完成投资8.6亿元。\n二、锚定目标，全力推动高质量发展\n（一）全年改造老旧小区40个。\n三、强化担当，以钉钉子精神抓好落实\n一是提高站位。二是加强作风建设。\n同志们，谢谢！\n',
    )
    expect(o.parts.map((p) => p.kind)).toEqual(['opening', 'review', 'tasks', 'requirements', 'closing'])
  })

  it('a closing without 同志们：the last paragraph that rallies the audience', () => {
    const o = outline(
      '标题\n同志们：\n开场。\n一、2025年工作回顾\n完成了任务。\n二、2026年工作任务\n确保完成。\n三、工作要求\n一要严。二要实。\n新的一年，任务艰巨，使命光荣。让我们团结一心，奋力谱写新篇章！\n',
    )
    expect(o.parts.map((p) => p.kind)).toEqual(['opening', 'review', 'tasks', 'requirements', 'closing'])
  })

  it('reads GB18030 text exactly like the UTF-8 original', () => {
    const bytes = fixtureBytes('edu-notitle.gb18030.txt')
    expect(sniffFile(bytes, 'a.txt')).toBe('text')
    const { text, encoding } = decodeText(bytes)
    expect(encoding).toBe('gb18030')
    expect(text).toBe(fixture('edu-notitle.txt'))
  })

  it('renumbers a speech numbered by hand with gaps and says so', () => {
    const r = importText('同志们：\n开场。\n一、回顾\n正文。\n三、任务\n正文。\n')
    expect(outlineJSON(r.doc).parts.map((p) => p.number)).toEqual([null, '一、', '二、'])
    expect(r.speech.notes).toEqual([expect.stringContaining('三、')])
  })

  it('keeps paragraphs of pasted Word HTML and drops the rest', () => {
    const html =
      '<html><head><style>p{}</style></head><body><!--[if gte mso 9]><xml><o:x/></xml><![endif]--><p class=MsoNormal><span style="font-family:仿宋">同志们：</span></p><p>一、2021年&nbsp;工作回顾</p><p>全年实现城镇新增就业<b>3250</b>人。</p><table><tr><td>表格</td></tr></table></body></html>'
    expect(htmlToText(html).split('\n')).toEqual([
      '同志们：',
      '一、2021年 工作回顾',
      '全年实现城镇新增就业3250人。',
      '表格',
    ])
  })
})

describe('what is and is not a figure', () => {
  const one = (text: string) => findFigures(text).map((f) => [f.label, f.value, f.unit])
  it.each([
    ['全年实现城镇新增就业3250人', [['城镇新增就业', '3250', '人']]],
    ['发放贷款1.2亿元', [['发放贷款', '1.2', '亿元']]],
    ['粮食产量368.5 万吨', [['粮食产量', '368.5', '万吨']]],
    ['失业率下降0.3个百分点', [['失业率下降', '0.3', '个百分点']]],
    ['共有1200名被征地农民缴交了养老保险费', [['被征地农民', '1200', '名']]],
    ['城镇登记失业率控制在***%以内', [['城镇登记失业率', null, '%']]],
    ['投资3,250万元', [['投资', '3250', '万元']]],
  ])('%s', (text, want) => {
    expect(one(text)).toEqual(want)
  })
  it.each([
    '2021年是开局之年',
    '8月份召开',
    '2月2日',
    '第3名',
    '第二届表彰',
    '三年行动计划',
    '建立24小时值班服务机制',
    '《2022年工作要点》',
    '抓好“六稳”工作',
  ])('not a figure: %s', (text) => {
    expect(findFigures(text)).toEqual([])
  })
})

describe('tolerated variants', () => {
  it('reads ．and half-width brackets, ASCII and full-width indents, blank lines', () => {
    const o = outline(
      '  同志们：\n\n    开场白。\n一．2024年工作回顾\n\u3000\u3000(一) 成绩\n1．第一条。\n（1）细项。\n\n二. 2025年工作任务\n(二)任务。正文。\n',
    )
    expect(o.parts.map((p) => [p.number, p.heading])).toEqual([
      [null, null],
      ['一、', '2024年工作回顾'],
      ['二、', '2025年工作任务'],
    ])
    expect(o.parts[1].sections).toEqual([{ number: '（一）', heading: '成绩' }])
    expect(o.parts[2].sections).toEqual([{ number: '（一）', heading: '任务。' }])
  })

  it('reads masks written with X and × as empty figures and names', () => {
    const found = findFigures('XX同志宣读了决定，全年新增就业××人，培训XXX人次，APP注册用户')
    expect(found.map((f) => [f.role, f.label, f.unit, f.value])).toEqual([
      ['person', '同志', '', null],
      ['metric', '新增就业', '人', null],
      ['metric', '培训', '人次', null],
    ])
  })
})

describe('enumerations inside a paragraph', () => {
  it('finds 一要…四要 in the seed requirements and 一是/一要 in another speech', async () => {
    const { enumerations } = await import('../../src/core/lang/numbering')
    const doc = importText(fixture('seed-hrss-2022.txt')).doc
    const requirements = doc.child(6)
    expect(requirements.attrs.kind).toBe('requirements')
    expect(enumerations(requirements.child(1).textContent).map((e) => e.marker)).toEqual([
      '一要',
      '二要',
      '三要',
      '四要',
    ])
    expect(
      enumerations('我们要深刻认识，一是要提高站位，二是要把握形势，三是要强化担当。').map((e) => e.number),
    ).toEqual([1, 2, 3])
    expect(enumerations('第一，加强领导。第二，压实责任。').map((e) => e.marker)).toEqual(['第一，', '第二，'])
    expect(enumerations('一个省级基地和一个市级基地。')).toEqual([])
  })
})

describe('.docx guards, before anything is unzipped', () => {
  it('refuses too many entries, too large a file, and a zip that is not a Word document', async () => {
    const { checkDocx, DOCX_LIMITS } = await import('../../src/core/import/docx')
    const { makeZip } = await import('./zip')
    const entries = Array.from({ length: DOCX_LIMITS.entries + 1 }, (_, i) => ({
      name: `f${i}.xml`,
      data: new Uint8Array(1),
    }))
    expect(() => checkDocx(makeZip(entries))).toThrow(/内部文件/)
    const big = new Uint8Array(DOCX_LIMITS.fileBytes + 1)
    big.set([0x50, 0x4b, 0x03, 0x04])
    expect(() => checkDocx(big)).toThrow(/超过 20 MB/)
    expect(() => checkDocx(makeZip([{ name: 'hello.txt', data: new Uint8Array(3) }]))).toThrow(/不是 Word 文档/)
  })
})

describe('importing with the kinds the user corrected', () => {
  const text =
    '标题\n同志们：\n总结2025年工作，部署2026年任务。\n一、2025年工作回顾\n完成3250人。\n二、下一步的几点考虑\n新增3300人。\n同志们，谢谢大家！'
  const kindsAndSlots = (doc: ReturnType<typeof importText>['doc']) =>
    outlineJSON(doc).slots.map((s) => [s.partKind, s.kind, s.year])

  it('types the figures of each part by the kind given, not the one guessed', () => {
    expect(kindsAndSlots(importText(text, ['review', 'other']).doc)).toEqual([
      ['review', 'actual', 2025],
      ['other', 'actual', 2025],
    ])
    expect(kindsAndSlots(importText(text, ['review', 'tasks']).doc)).toEqual([
      ['review', 'actual', 2025],
      ['tasks', 'target', 2026],
    ])
  })
})

describe('the years a tasks heading votes for', () => {
  const speech = (review: string, tasksHeading: string, tasksBody: string) =>
    `标题\n同志们：\n今天召开会议。\n一、过去一年工作回顾\n${review}一年来，完成了各项任务。\n二、${tasksHeading}\n${tasksBody}\n三、工作要求\n一要严。\n同志们，谢谢！`

  it('weighs less when the body names a later year as its subject (a heading kept from last year)', () => {
    expect(yearsOf(speech('', '2025年工作打算', '2026年是“十五五”开局之年，确保完成各项任务。'))).toEqual([2025, 2026])
  })

  it('keeps its weight when the body recalls an earlier year', () => {
    const recalled = speech(
      '2024年，我们启动了三年行动。',
      '2026年工作任务',
      '2025年是极不平凡的一年。确保完成各项任务。',
    )
    expect(yearsOf(recalled)).toEqual([2025, 2026])
  })
})
