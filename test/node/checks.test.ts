import { describe, expect, it } from 'vitest'
import { importText } from '../../src/core/import'
import { CheckEngine, checkDocument } from '../../src/core/checks/engine'
import { findingKey, type CheckOptions } from '../../src/core/checks/types'
import { RULES } from '../../src/core/checks/rules'
import { schema } from '../../src/core/schema'
import { Fragment, Slice, type Node as PMNode } from 'prosemirror-model'
import { buildDoc, plainInline } from '../../src/core/import/build'
import { parseSpeech } from '../../src/core/import/structure'
import { fixture } from './helpers'

/** A complete, clean speech reviewing 2025 and planning 2026; tests vary one thing at a time. */
const clean = {
  title: '真抓实干 推动工作再上新台阶',
  greeting: '同志们：',
  opening: '今天召开全县工作会议，总结2025年工作，部署2026年任务。下面，我讲三点意见：',
  review: '全年实现城镇新增就业3250人，城镇登记失业率3.2%。',
  tasks: '确保全年新增城镇就业3300人。',
  requirements: '一要加强领导。二要压实责任。三要改进作风。',
  closing: '同志们，让我们奋发有为，再创佳绩！',
}
type Parts = typeof clean

function speech(p: Partial<Parts> = {}, extra = ''): string {
  const s = { ...clean, ...p }
  return `${s.title}\n${s.greeting}\n${s.opening}\n一、2025年工作回顾\n${s.review}\n二、2026年工作任务\n${s.tasks}\n三、工作要求\n${s.requirements}\n${extra}${s.closing}\n`
}

/** The clean speech with the tasks part's body replaced by these paragraphs, as a user might type them. */
function withTaskParagraphs(paras: string[]): PMNode {
  const doc = importText(speech()).doc
  let index = -1
  doc.forEach((n, _p, i) => {
    if (n.attrs.kind === 'tasks') index = i
  })
  const part = doc.child(index)
  const body = paras.map((t) => schema.nodes.paragraph.create(null, schema.text(t)))
  return doc.copy(doc.content.replaceChild(index, part.copy(Fragment.from([part.firstChild!, ...body]))))
}

/** A speech whose text is taken as typed: no figure becomes a slot. */
const typed = (text: string) => buildDoc(parseSpeech(text), plainInline)

const run = (text: string, options: Partial<CheckOptions> = {}) => checkDocument(importText(text).doc, options)
const fired = (text: string, rule: string, options: Partial<CheckOptions> = {}) =>
  run(text, options).filter((f) => f.rule === rule)

describe('the clean speech', () => {
  it('has no findings at all', () => {
    expect(run(speech())).toEqual([])
  })
})

describe('structure rules', () => {
  it('required parts: fires when the closing is missing, quiet when present', () => {
    const f = fired(speech({ closing: '' }), 'required-parts')
    expect(f.map((x) => x.message)).toEqual(['缺少必需的部分：结束语。'])
    expect(fired(speech(), 'required-parts')).toEqual([])
  })
  it('required parts: fires for a missing tasks part and for parts out of order', () => {
    const noTasks = `标题\n同志们：\n开场。\n一、2025年工作回顾\n正文。\n二、工作要求\n一要严。\n同志们，谢谢！\n`
    expect(fired(noTasks, 'required-parts').map((x) => x.message)).toEqual(['缺少必需的部分：任务。'])
    const swapped = `标题\n同志们：\n开场。\n一、2026年工作任务\n确保完成任务。\n二、2025年工作回顾\n完成了任务。\n三、工作要求\n一要严。\n同志们，谢谢！\n`
    expect(fired(swapped, 'required-parts').map((x) => x.severity)).toEqual(['warning'])
  })
  it('headings typed as paragraphs: the missing parts say how to make them parts (tryout 16, C1)', () => {
    const para = (t: string) => schema.nodes.paragraph.create(null, schema.text(t))
    const opening = ['今天召开会议。下面，我讲三点意见：', '一、认清形势，今年以来成绩明显', '（一）事故指标持续下降']
      .concat(['全县事故起数下降。', '二、突出重点，全力抓好百日攻坚', '三、强化保障', '一要严。'])
      .map(para)
    const doc = schema.node('doc', { templateId: 'generic-annual' }, [
      schema.nodes.title.create(null, schema.text('标题')),
      schema.nodes.greeting.create(null, schema.text('同志们：')),
      schema.nodes.opening.create(null, opening),
    ])
    const findings = checkDocument(doc)
    const missing = findings.filter((f) => f.rule === 'required-parts').map((f) => f.message)
    expect(missing[0]).toContain('“一、认清形势，今年以来成绩明显”等3段是手写编号的标题')
    for (const words of ['点“新增部分”', 'Ctrl+Enter', 'Ctrl+A 全选后粘贴']) expect(missing[0]).toContain(words)
    // Once, not with every missing part.
    expect(missing.filter((m) => m.includes('新增部分'))).toHaveLength(1)
    const count = findings.find((f) => f.rule === 'announced-count')?.message
    expect(count).toContain('正文却有0个部分')
    expect(count).toContain('点“新增部分”')
    // A speech with parts: no such hint.
    expect(run(speech({ closing: '' })).some((f) => f.message.includes('手写编号'))).toBe(false)
  })
  // Parts many real speeches go without (schema OFTEN_LEFT_OUT): a warning in an imported speech, an error when a template asks for it.
  it.each([
    // a mobilisation that looks only ahead (网信, 巡察)
    [
      '回顾',
      `标题\n同志们：\n今天召开全县动员会议。\n一、2026年工作任务\n确保完成。\n二、工作要求\n一要严。\n同志们，谢谢！\n`,
    ],
    // Held-out 157 (县爱卫会): the speech stops on its last requirement (四要……); so may a 林业 or 税务 one.
    [
      '结束语',
      `标题\n同志们：\n开场。\n一、2025年工作回顾\n完成了任务。\n二、2026年工作任务\n确保完成。\n三、工作要求\n一要压实责任。二要强化督查。三要强化全民参与，让讲卫生成为全县人民的自觉行动。\n`,
    ],
    // Held-out 234 (燃气公司): only the body was pasted, from 同志们，今天我们召开…… on; so may a 司法 one.
    [
      '标题',
      `同志们，今天我们召开全县司法行政工作会议，总结2025年工作，部署2026年任务。\n一、2025年工作回顾\n完成了任务。\n二、2026年工作任务\n确保完成。\n三、工作要求\n一要严。\n同志们，谢谢！\n`,
    ],
    [
      '称呼',
      `标题\n这次会议的主要任务是总结2025年工作。\n一、2025年工作回顾\n完成了任务。\n二、2026年工作任务\n确保完成。\n三、工作要求\n一要严。\n同志们，谢谢！\n`,
    ],
  ])('required parts: a missing %s part is a warning in an imported speech, an error from a template', (part, text) => {
    expect(fired(text, 'required-parts').map((x) => [x.severity, x.message])).toEqual([
      ['warning', `缺少必需的部分：${part}。`],
    ])
    const imported = importText(text).doc
    const fromTemplate = imported.type.create({ ...imported.attrs, templateId: 'hrss' }, imported.content)
    expect(
      checkDocument(fromTemplate)
        .filter((x) => x.rule === 'required-parts')
        .map((x) => x.severity),
    ).toEqual(['error'])
  })
  // The requirements (schema IMPORTED_MAY_LACK): an imported speech is not told it lacks them; a template's
  // draft is, unless its closing asks twice (一要……二要……, 各乡镇要……县直部门要……).
  it.each([
    [
      'a closing that calls to work hard (交通, 水利)',
      '同志们，全县水利系统要以更加务实的作风埋头苦干。谢谢大家！',
      ['error'],
    ],
    [
      'a closing of 一要……二要…… (档案, 医保)',
      '同志们，在此我提三点希望：一要提高站位；二要密切配合；三要守牢底线。谢谢大家！',
      [],
    ],
    [
      'a closing of asks by whom (文旅, 教育)',
      '同志们，各乡镇要切实履行属地责任；县直有关部门要主动靠前、协同配合。谢谢大家！',
      [],
    ],
  ])('required parts: requirements and %s', (_name, closing, fromTemplate) => {
    const text = `标题\n同志们：\n开场。\n一、2025年工作回顾\n完成了任务。\n二、2026年工作任务\n确保完成。\n${closing}\n`
    expect(fired(text, 'required-parts')).toEqual([])
    const imported = importText(text).doc
    const drafted = imported.type.create({ ...imported.attrs, templateId: 'hrss' }, imported.content)
    expect(
      checkDocument(drafted)
        .filter((x) => x.rule === 'required-parts')
        .map((x) => x.severity),
    ).toEqual(fromTemplate)
  })
  it('kinds given 分别 over their whole: a warning when the table knows they share nothing, else a note', () => {
    const sev = (t: string) => fired(speech({ review: t }), 'arithmetic').map((x) => x.severity)
    expect(sev('全年接待游客1,250万人次，省内游客、省外游客分别为860万人次和420万人次。')).toEqual(['warning'])
    expect(sev('全县共走访慰问老干部1,260人次，县级领导带队走访和各单位自行走访分别为426人次、864人次。')).toEqual([
      'info',
    ])
    expect(sev('全县注册志愿者3.2万名，党员志愿者和青年志愿者分别为1.8万名、1.6万名。')).toEqual(['info'])
    // named unalike, over a whole before them or given their total after them: a note (they may overlap)
    expect(
      sev('共培训党员干部10,935人次，县管干部、村党组织书记、农村党员分别为1,260人次、1,350人次、8,640人次。'),
    ).toEqual(['info'])
    expect(sev('全县有中小学生5.2万人，寄宿学生和留守儿童分别为3.1万人、2.5万人。')).toEqual(['info'])
    expect(sev('县级学会、农村专业技术协会、企业科协分别发展到18个、42个、28个，基层科协组织总数达到86个。')).toEqual([
      'info',
    ])
  })
  it('a 其中 part said again that differs is a note; a count qualified before it is no restatement', () => {
    const said = (t: string) =>
      checkDocument(importText(speech({ review: t })).doc)
        .filter((f) => f.rule === 'inconsistent-figure')
        .map((x) => x.severity)
    expect(
      said('全年建档困难职工486户，其中深度困难职工132户、相对困难职工291户，123户深度困难职工全部落实帮扶措施。'),
    ).toEqual(['info'])
    expect(
      said('全年建档困难职工486户，其中深度困难职工132户、相对困难职工291户，年内新增的18户深度困难职工全部纳入帮扶。'),
    ).toEqual([])
  })
  it('an opening 今年 of last year’s figures is told once the speech says its 今年 is the plan year, also when that is typed later', () => {
    const text = (closing: string) =>
      `标题\n同志们：\n今年，中心全年发布各类稿件1.86万条。\n一、2026年工作任务\n确保完成。\n二、工作要求\n一要严。\n${closing}同志们，谢谢！\n`
    const engine = new CheckEngine()
    const relative = (t: string) => engine.run(importText(t).doc).findings.filter((f) => f.rule === 'relative-time')
    expect(relative(text(''))).toEqual([])
    // The same engine, its blocks cached: the closing typed in decides the opening's finding.
    expect(relative(text('今年是“十五五”开局之年，')).map((f) => f.excerpt)).toEqual([
      expect.stringContaining('今年，中心全年发'),
    ])
  })
  it('empty part: fires for a part with only its heading', () => {
    expect(fired(speech({ requirements: '' }), 'empty-part')).toHaveLength(1)
    expect(fired(speech(), 'empty-part')).toHaveLength(0)
  })
  it('announced count: fires when the opening promises four points for three parts', () => {
    const f = fired(
      speech({ opening: '今天召开会议，总结2025年工作，部署2026年任务。下面，我讲四点意见：' }),
      'announced-count',
    )
    expect(f.map((x) => [x.message, x.excerpt])).toEqual([['开头说讲4点，正文却有3个部分。', '讲四点意见']])
    expect(fired(speech({ opening: '下面，我讲三个方面的意见。总结2025年工作。' }), 'announced-count')).toHaveLength(0)
  })
  it('numbering: skipped and repeated enumerations fire, a continuous one does not', () => {
    expect(fired(speech({ requirements: '一要加强领导。三要改进作风。' }), 'numbering').map((x) => x.message)).toEqual([
      '“一要、二要”编号不连续：第1项之后是第3项。',
    ])
    expect(
      fired(speech({ requirements: '一要加强领导。二要压实责任。二要改进作风。' }), 'numbering')[0].message,
    ).toMatch(/重复/)
    expect(fired(speech({ requirements: '一要加强领导。二是压实责任。' }), 'numbering')[0].message).toMatch(
      /格式不一致/,
    )
  })
  it('numbering: a skip in the imported text is reported with the number the export prints', () => {
    const skipped = speech().replace('二、2026年工作任务', '三、2026年工作任务').replace('三、工作要求', '四、工作要求')
    // Reported where the text's numbering breaks; 四、 follows on from 三、 and is not reported again.
    expect(fired(skipped, 'numbering').map((x) => [x.severity, x.message])).toEqual([
      ['warning', '原文这里的编号是“三、”，导出时按顺序印为“二、”；请确认中间没有漏掉内容。'],
    ])
    // Numbering that starts again at 一 is a new list, not a skip.
    const restarted = speech({ tasks: '确保全年新增城镇就业3300人。\n1.抓就业。\n2.抓社保。\n1.抓人才。' })
    expect(fired(restarted, 'numbering')).toEqual([])
    const items = speech({ tasks: '确保全年新增城镇就业3300人。\n1.抓就业。\n2.抓社保。\n4.抓人才。' })
    expect(fired(items, 'numbering').map((x) => x.message)).toEqual([
      '原文这里的编号是“4.”，导出时按顺序印为“3.”；请确认中间没有漏掉内容。',
    ])
  })
  it('numbering: hand-typed numbers in paragraphs must run on; a typed number on a generated heading fires', () => {
    const skip = checkDocument(withTaskParagraphs(['（一）抓就业。', '（三）抓人才。'])).filter(
      (x) => x.rule === 'numbering',
    )
    expect(skip.map((x) => x.message)).toEqual(['手写编号不连续：第1项之后是第3项。'])
    const mixed = checkDocument(withTaskParagraphs(['1.抓就业。', '2、抓社保。'])).filter((x) => x.rule === 'numbering')
    expect(mixed.map((x) => x.severity)).toEqual(['warning'])
    expect(
      checkDocument(withTaskParagraphs(['（一）抓就业。', '（二）抓社保。'])).filter((x) => x.rule === 'numbering'),
    ).toEqual([])
    const headingTyped = importText(speech().replace('一、2025年工作回顾', '一、一、2025年工作回顾')).doc
    expect(
      checkDocument(headingTyped)
        .filter((x) => x.rule === 'numbering')
        .map((x) => x.message),
    ).toEqual(['编号会自动生成，这里又手写了“一、”，印出来会重复。'])
  })
})

describe('figure rules', () => {
  it('empty slot: an unfilled figure fires as an error; a filled one does not', () => {
    const f = fired(speech({ review: '全年实现城镇新增就业****人。' }), 'empty-slot')
    expect(f.map((x) => [x.severity, x.message])).toEqual([['error', '“城镇新增就业”（人）还没有填写。']])
    expect(fired(speech(), 'empty-slot')).toEqual([])
  })
  it('placeholder text: leftovers fire, a product name does not', () => {
    for (const left of ['×××', 'XX', '＿＿', '【】', '***', '{{就业|人']) {
      const found = checkDocument(typed(speech({ review: `全年工作由${left}负责完成。` }))).filter(
        (f) => f.rule === 'placeholder-text',
      )
      expect(found.length, left).toBe(1)
    }
    expect(
      checkDocument(typed(speech({ review: '推广XXL-Job平台，完成了任务。' }))).filter(
        (f) => f.rule === 'placeholder-text',
      ),
    ).toEqual([])
  })
  it('the same figure twice with two values fires; the same value in other units does not', () => {
    const two = speech({ review: '全年发放创业担保贷款1.2亿元。其中，发放创业担保贷款1.5亿元。' })
    expect(fired(two, 'inconsistent-figure').map((x) => x.message)).toEqual([
      '“发放创业担保贷款”前面写的是1.2亿元，这里是1.5亿元，前后不一致。',
    ])
    expect(
      fired(
        speech({ review: '全年发放创业担保贷款1.2亿元。其中，发放创业担保贷款12000万元。' }),
        'inconsistent-figure',
      ),
    ).toEqual([])
    // the same label as actual (review) and target (tasks) may differ
    expect(fired(speech({ tasks: '确保全年城镇新增就业3300人。' }), 'inconsistent-figure')).toEqual([])
  })
  it('a rate over 100% fires as a warning; 100% does not', () => {
    expect(fired(speech({ review: '时效内结案率108%。' }), 'rate-over-100').map((x) => x.severity)).toEqual(['warning'])
    expect(fired(speech({ review: '时效内结案率100%，完成省下达任务的126%。' }), 'rate-over-100')).toEqual([])
  })
})

describe('year and time rules', () => {
  it('wrong year: "总结<plan year>年工作" in the opening fires (the seed has it)', () => {
    const f = fired(fixture('seed-hrss-2022.txt'), 'wrong-year')
    expect(f.map((x) => x.excerpt)).toEqual(['…议精神，总结2022年工作，安排…'])
    expect(fired(speech(), 'wrong-year')).toEqual([])
  })
  it('wrong year: last year\'s "YYYY年是…之年" in the tasks fires, this year\'s does not', () => {
    expect(fired(speech({ tasks: '2025年是关键一年。确保全年新增城镇就业3300人。' }), 'wrong-year')).toHaveLength(1)
    expect(fired(speech({ tasks: '2026年是关键一年。确保全年新增城镇就业3300人。' }), 'wrong-year')).toHaveLength(0)
  })
  it('wrong year: a later year inside the review warns; a range does not', () => {
    expect(fired(speech({ review: '2026年招聘教师20人。' }), 'wrong-year').map((x) => x.severity)).toEqual(['warning'])
    expect(fired(speech({ review: '编制2021—2025年规划，完成了任务。' }), 'wrong-year')).toEqual([])
  })
  it('relative time words fire in the review, not in the tasks', () => {
    expect(fired(speech({ review: '今年以来，全县新增就业3250人。' }), 'relative-time').map((x) => x.excerpt)).toEqual([
      '今年以来，全县新增就…',
    ])
    expect(fired(speech({ tasks: '今年要确保新增就业3300人。' }), 'relative-time')).toEqual([])
  })
  it("time-bound phrases from the user's list fire when said of another year than the speech's; others do not", () => {
    // The same sentence is right in a speech planning 2026 and stale in the 2027 draft.
    const right = '2026年是“十五五”开局之年。确保新增就业3300人。'
    expect(fired(speech({ tasks: right }), 'time-bound')).toEqual([])
    const stale = speech({ tasks: '（任务）' })
      .replace(/2026年/g, '2027年')
      .replace(/2025年/g, '2026年')
      .replace('（任务）', right)
    expect(fired(stale, 'time-bound').map((x) => [x.severity, x.excerpt])).toEqual([
      ['warning', '…是“十五五”开局之年。确保新增就…'],
    ])
    expect(fired(speech({ tasks: '2026年是“十四五”收官之年。' }), 'time-bound')[0].message).toBe(
      '“十四五”的收官之年是2025年，这里说的却是2026年，前后矛盾。',
    )
    expect(
      fired(speech({ tasks: '以优异成绩向大会献礼。' }), 'time-bound', { timeBoundPhrases: ['开局之年'] }),
    ).toEqual([])
    expect(
      fired(speech({ tasks: '推进乡村振兴示范之年建设。' }), 'time-bound', { timeBoundPhrases: ['示范之年'] }),
    ).toHaveLength(1)
  })
})

describe('text rules', () => {
  it('half-width punctuation between Chinese fires; decimals and English do not', () => {
    expect(
      fired(speech({ review: '按照要求, 抓好落实.下一步(重点)工作。' }), 'halfwidth-punct').map((x) => x.message),
    ).toEqual([
      '中文里用了半角“,”，应为全角“，”。',
      '中文里用了半角“.”，应为全角“。”。',
      '中文里用了半角“(”，应为全角“（”。',
      '中文里用了半角“)”，应为全角“）”。',
    ])
    expect(fired(speech({ review: '增长3.5%，推广Office (x64, beta)，提高效率。' }), 'halfwidth-punct')).toEqual([])
    expect(fired(speech({ review: '实现“一网通办”,提升服务水平。' }), 'halfwidth-punct')).toHaveLength(1)
  })
  it('unpaired quotes and brackets fire; nested pairs do not', () => {
    expect(fired(speech({ review: '扎实做好“六稳工作，完成任务）。' }), 'unpaired')).toHaveLength(2)
    expect(fired(speech({ review: '落实《关于“六稳”（试行）的意见》。' }), 'unpaired')).toEqual([])
  })
  it('doubled punctuation fires; an ellipsis and a dash do not', () => {
    expect(fired(speech({ review: '完成任务，，成效明显。。' }), 'doubled-punct')).toHaveLength(2)
    expect(fired(speech({ review: '就业、社保、人才……各项工作——都有进展。' }), 'doubled-punct')).toEqual([])
  })
  it('a phrase repeated in one sentence fires; the same phrase in two sentences does not', () => {
    expect(
      fired(
        speech({ review: '做好专业技术人员职称申报、职务聘任和专业技术人员职称申报工作。' }),
        'repeated-phrase',
      ).map((x) => x.message),
    ).toEqual(['“专业技术人员职称申报”在同一句里出现了两次。'])
    expect(
      fired(speech({ review: '做好专业技术人员职称申报工作。专业技术人员职称申报要规范。' }), 'repeated-phrase'),
    ).toEqual([])
  })
  it('a sentence over the adjustable limit fires', () => {
    const long = `${'加强领导、'.repeat(30)}完成任务。`
    expect(fired(speech({ review: long }), 'long-sentence')).toHaveLength(1)
    expect(fired(speech({ review: long }), 'long-sentence', { maxSentenceChars: 200 })).toEqual([])
  })
})

describe('the engine', () => {
  it('every rule has a Chinese name and a severity', () => {
    for (const r of RULES) expect(r.name).toMatch(/[\u4e00-\u9fff]/)
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length)
  })

  it('ranges point at the words', () => {
    const doc = importText(speech({ review: '按照要求, 抓好落实。' })).doc
    const [f] = checkDocument(doc).filter((x) => x.rule === 'halfwidth-punct')
    expect(doc.textBetween(f.from, f.to)).toBe(', ')
  })

  it('re-checks only the block that changed', () => {
    const doc = importText(fixture('seed-hrss-2022.txt')).doc
    const engine = new CheckEngine()
    const first = engine.run(doc)
    expect(first.changed.length).toBeGreaterThan(30)
    const comma = first.findings.find((f) => f.rule === 'halfwidth-punct')!
    const edited = doc.replace(comma.from, comma.to, new Slice(Fragment.from(schema.text('，')), 0, 0))
    const second = engine.run(edited)
    expect(second.changed).toHaveLength(1)
    expect(second.findings.filter((f) => f.rule === 'halfwidth-punct')).toHaveLength(
      first.findings.filter((f) => f.rule === 'halfwidth-punct').length - 1,
    )
    expect(engine.run(edited).changed).toHaveLength(0)
  })

  it('a rule switched off and an ignored finding stay out of the list', () => {
    const text = fixture('seed-hrss-2022.txt')
    const all = run(text)
    // The seed's time-bound phrases are all of its plan year (2022年是党的二十大召开之年); its
    // relative time words are findings to ignore.
    const oneRelative = all.find((f) => f.rule === 'relative-time')!
    const filtered = run(text, { disabledRules: ['long-sentence'], ignored: [findingKey(oneRelative)] })
    expect(filtered.some((f) => f.rule === 'long-sentence')).toBe(false)
    expect(filtered.length).toBe(all.length - all.filter((f) => f.rule === 'long-sentence').length - 1)
    expect(filtered.filter((f) => f.rule === 'relative-time').length).toBe(
      all.filter((f) => f.rule === 'relative-time').length - 1,
    )
  })
})
