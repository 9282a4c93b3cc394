/**
 * What kind a part is, exactly: each example of the kind rules is decided by its own rule (no
 * earlier rule takes it), what the body's words and years say when no rule applies, what a
 * heading alone says, and how the order of the parts corrects a part only its body judged.
 */
import { describe, expect, it } from 'vitest'
import { importText } from '../../src/core/import'
import { bodyKind, headingKind, inferPartKind, KIND_RULES, type PartView } from '../../src/core/import/kinds'
import { parseSpeech } from '../../src/core/import/structure'
import { yearsIn } from '../../src/core/lang/years'
import { slotsOf } from '../../src/core/outline'
import { type JudgedPart, partsByOrder, REVIEW_PART, TASKS_PART } from './helpers'

// Given early in the year it plans, as most speeches are: 今年 is the plan year.
const years = { review: 2025, plan: 2026, now: 2026 }

/** A part written as its heading, then its body lines after a newline. */
function partOf(text: string, last = false): PartView {
  const [heading, ...body] = text.split('\n')
  return {
    heading,
    year: yearsIn(heading)[0] ?? null,
    body,
    sections: body.filter((l) => /^（[一二三四五六七八九十]+）/.test(l)).length,
    items: body.filter((l) => /^\d+[.．]/.test(l)).length,
    last,
  }
}

describe.each(KIND_RULES.map((r) => [r.id, r] as const))('rule %s', (id, rule) => {
  it.each(rule.matches)('is the rule that decides %s', (text) => {
    expect(inferPartKind(partOf(text), years)).toEqual({ kind: rule.kind, rule: id })
  })
})

describe('a part no rule decides', () => {
  it.each([
    ['主题\n完成了任务。实现了目标。取得了成效。', 'review'],
    ['主题\n完成了任务。实现了目标。', 'other'],
    ['主题\n完成了任务。实现了目标。2025年', 'review'],
    ['主题\n同比增长。累计完成。开展了活动。', 'review'],
    ['主题\n全年实现增长。比上年提高。一年来成效明显。', 'review'],
    ['主题\n达到9家', 'other'],
    ['主题\n确保完成。力争突破。着力推进。', 'tasks'],
    ['主题\n确保完成。力争突破。', 'other'],
    ['主题\n2026年确保', 'tasks'],
    ['主题\n2026年\n2026年', 'tasks'],
    ['主题\n2026年确保。2025年完成了', 'other'],
    ['主题\n完成了。实现了。取得了。确保。力争。着力。', 'other'],
    ['主题\n完成了。实现了。取得了。确保。力争。', 'review'],
    ['主题\n深化改革。健全机制。完善制度。', 'tasks'],
    // A level the speech sets (必须、要、应达到) is a task, not a result reached (教育 考务, 卫健, 市场监管).
    ['主题\n视频监控覆盖率必须达到100%。培训合格率必须达到100%。确保万无一失。确保安全。', 'tasks'],
    ['主题\n适龄儿童免疫规划疫苗接种率要达到95%。重点人群签约率应达到80%。确保落实。', 'tasks'],
    ['主题\n食品抽检合格率应当达到98%。确保安全。力争突破。', 'tasks'],
    // 达到 in a goal is a level set (住建 百日攻坚, 教育, 卫健)
    ['主题\n总的目标是：检查覆盖率达到100%，整改率达到100%，论证率达到100%。确保完成。力争突破。', 'tasks'],
    ['主题\n确保义务教育巩固率达到98%，入园率达到92%。力争突破。着力推进。', 'tasks'],
    // a level reached stays a result (农业农村, 林业)
    ['主题\n粮食总产量达到36万吨。森林覆盖率达到62.3%。完成了造林任务。', 'review'],
  ] as const)('%s', (text, kind) => {
    expect(inferPartKind(partOf(text), years)).toEqual({ kind, rule: null })
    expect(bodyKind(partOf(text), years)).toBe(kind)
  })

  it('without the years of the speech only the words count', () => {
    expect(bodyKind(partOf('主题\n2026年确保'), { review: null, plan: null })).toBe('other')
    expect(bodyKind(partOf('主题\n2025年完成了'), { review: null, plan: null })).toBe('other')
    expect(bodyKind(partOf('主题\n2025年完成了'), { review: 2025, plan: null })).toBe('review')
    // a heading without a year is no review or plan year when the speech has none either
    expect(inferPartKind(partOf('心往一处想\n正文。'), { review: null, plan: null })).toEqual({
      kind: 'other',
      rule: null,
    })
  })
})

describe('a heading of shortcomings', () => {
  // 住建 燃气整治, 人社 年中会, 市场监管 专项整治, 人大 年终会
  const parts = [
    '存在的问题\n（一）隐患整改还不彻底。目前全县尚有137处隐患没有整改到位。',
    '存在的主要问题\n一是部分企业主体责任落实不到位。二是执法力量不足。',
    '存在的问题和不足\n上半年新增就业完成进度偏慢，仅完成年度目标的42%。',
    '存在的不足\n成绩来之不易，但也要看到不足：一是少数代表履职意识不强。二是监督刚性不够。',
  ]
  it.each(parts)('in a review of last year is the review: %s', (text) => {
    expect(inferPartKind(partOf(text), years)).toEqual({ kind: 'review', rule: 'shortcomings-heading' })
  })
  it.each(parts)('in a meeting that reviews the year it plans is not decided by its heading: %s', (text) => {
    expect(inferPartKind(partOf(text), { review: 2026, plan: 2026 }).rule).not.toBe('shortcomings-heading')
  })
})

describe('the kind a heading says', () => {
  it('a heading of 形势 is another part, unless it is the last or its body reviews the year with figures', () => {
    const text = '清醒认识当前安全生产面临的严峻形势\n形势严峻。'
    expect(inferPartKind(partOf(text), years)).toEqual({ kind: 'other', rule: 'other-heading' })
    expect(inferPartKind(partOf(text, true), years).rule).not.toBe('other-heading')
    expect(inferPartKind(partOf('2025年安全形势分析\n形势严峻。'), years).rule).not.toBe('other-heading')
  })

  it('the review year names the review, the plan year the tasks, one year being both names neither', () => {
    expect(inferPartKind(partOf('全力抓好2025年安全生产'), years)).toEqual({ kind: 'review', rule: 'review-heading' })
    expect(inferPartKind(partOf('全力抓好2026年安全生产'), years)).toEqual({ kind: 'tasks', rule: 'plan-year-heading' })
    expect(inferPartKind(partOf('全力抓好2025年安全生产'), { review: 2025, plan: 2025 })).toEqual({
      kind: 'tasks',
      rule: 'plan-year-heading',
    })
    expect(inferPartKind(partOf('全力抓好2024年安全生产'), years).rule).toBeNull()
  })

  it('总体要求 opens the tasks unless the heading asks for more', () => {
    expect(inferPartKind(partOf('总体要求'), years)).toEqual({ kind: 'tasks', rule: 'plan-outline-heading' })
    expect(inferPartKind(partOf('总体要求和作风纪律'), years)).toEqual({
      kind: 'requirements',
      rule: 'requirements-heading',
    })
  })

  it('a heading naming the review year over a body that plans the next is a tasks part whose year is wrong', () => {
    const part = partOf(
      '突出重点，全力推动2025年交通运输高质量发展\n2026年，确保新改建农村公路120公里，力争客运量增长5%，着力推进城乡客运一体化。',
    )
    expect(inferPartKind(part, years).kind).toBe('tasks')
    expect(
      inferPartKind(partOf('2025年交通运输高质量发展取得新成效\n全年完成了投资12亿元，同比增长8%。'), years).kind,
    ).toBe('review')
  })

  it('own ranks or a guarantee with figures in the heading are a field of work', () => {
    expect(inferPartKind(partOf('加强队伍建设，培训干部300人次\n一是学习。二是实践。'), years).rule).not.toBe(
      'own-ranks-heading',
    )
    expect(inferPartKind(partOf('为800户群众提供坚强保障\n一是学习。二是实践。'), years).rule).not.toBe(
      'guarantee-heading',
    )
  })

  it('points from one without sections or figures are the requirements; from two, with sections or with figures they are not', () => {
    const heading = '压实责任，推动各项工作落地落实'
    expect(inferPartKind(partOf(`${heading}\n一是强化担当。二是强化协同。`), years).rule).toBe('enumerated-body')
    expect(inferPartKind(partOf(`${heading}\n二是强化担当。三是强化协同。`), years).rule).not.toBe('enumerated-body')
    expect(inferPartKind(partOf(`${heading}\n一是强化担当。`), years).rule).not.toBe('enumerated-body')
    expect(inferPartKind(partOf(`${heading}\n（一）一是强化担当。二是强化协同。`), years).rule).not.toBe(
      'enumerated-body',
    )
    expect(inferPartKind(partOf(`${heading}\n一是新建学校3所。二是强化协同。`), years).rule).not.toBe('enumerated-body')
  })

  it.each([
    ['工作要求', 'requirements'],
    ['2025年工作回顾', 'review'],
    ['2026年重点任务', 'tasks'],
    ['切实抓好落实，确保完成任务', 'requirements'],
    ['清醒认识面临的形势', null],
    ['心往一处想，劲往一处使', null],
  ] as const)('the heading %s alone says %s', (heading, kind) => {
    expect(headingKind(heading)).toBe(kind)
  })
})

describe('the order of the parts', () => {
  const order = partsByOrder
  const review = REVIEW_PART
  const tasks = TASKS_PART
  const themed = (body: string): JudgedPart => ['凝心聚力', 'other', false, body]

  it('a part with figures before the tasks, where none reviews, is the review', () => {
    expect(order(themed('改造小区56个。'), tasks)).toEqual(['review', 'tasks'])
    expect(order(themed('改造小区56个。'), themed('没有数字。'))).toEqual(['review', 'other'])
    expect(order(review, themed('改造小区56个。'), tasks)).toEqual(['review', 'other', 'tasks'])
    expect(order(tasks, themed('改造小区56个。'))).toEqual(['tasks', 'other'])
  })

  it('a part with figures after the review, where none sets tasks, is the tasks', () => {
    expect(order(review, themed('改造小区40个。'))).toEqual(['review', 'tasks'])
    expect(order(themed('改造小区40个。'), review)).toEqual(['other', 'review'])
    expect(order(review, tasks, themed('改造小区40个。'))).toEqual(['review', 'tasks', 'other'])
    // tasks first, then the review: a part with figures after them is neither
    expect(order(tasks, review, themed('改造小区40个。'))).toEqual(['tasks', 'review', 'other'])
  })

  it('a part decided by its heading, or of another kind, stays', () => {
    expect(order(['清醒认识形势', 'other', true, '改造小区56个。'], tasks)).toEqual(['other', 'tasks'])
    expect(order(['主题', 'review', false, '改造小区56个。'], tasks)).toEqual(['review', 'tasks'])
  })

  it('a last part of points after the tasks: requirements when most points carry no figure', () => {
    expect(order(review, tasks, themed('一是狠抓落实。二是学法4次。三是节约。四是廉洁。'))).toEqual([
      'review',
      'tasks',
      'requirements',
    ])
    expect(order(review, tasks, themed('一是狠抓落实。二是学法4次。'))).toEqual(['review', 'tasks', 'requirements'])
    expect(order(tasks, themed('一是狠抓落实。二是节约。'))).toEqual(['tasks', 'requirements'])
    expect(order(review, tasks, themed('一是新建3所。二是学法4次。'))).toEqual(['review', 'tasks', 'other'])
    // not before the tasks, and not when it is not the last
    expect(order(review, themed('一是狠抓落实。二是学法4次。三是节约。'), tasks)).toEqual(['review', 'other', 'tasks'])
    expect(order(themed('一是狠抓落实。二是节约。'), review, tasks)).toEqual(['other', 'review', 'tasks'])
  })

  it('a last part after the tasks whose heading gives the guarantee is the requirements, its figures notwithstanding', () => {
    // 国企 (党建), 教育, 统计: the ranks that carry the work counted in the closing part
    const company = [
      '加强党的建设，为集团高质量发展提供坚强保证',
      'other',
      false,
      '全年公开招聘专业人才40名，组织全集团1,286名职工分批轮训。',
    ] as JudgedPart
    const school = [
      '凝心聚力，为建设教育强区提供坚强保障',
      'other',
      false,
      '全年培训校长和骨干教师860人次。',
    ] as JudgedPart
    const statistics = ['压实责任，为统计工作提供坚强保障', 'other', false, '全年培训统计人员1,200人次。'] as JudgedPart
    for (const closing of [company, school, statistics])
      expect(order(review, tasks, closing)).toEqual(['review', 'tasks', 'requirements'])
    // not when it is not the last part, nor before the tasks, nor without the guarantee (气象, 林业)
    expect(order(review, tasks, company, themed('一是狠抓落实。二是节约。'))).toEqual([
      'review',
      'tasks',
      'other',
      'requirements',
    ])
    expect(order(review, company, tasks)).toEqual(['review', 'other', 'tasks'])
    expect(order(review, tasks, ['精准服务，做好防汛救灾气象服务', 'other', false, '全年发布预警信息120期。'])).toEqual(
      ['review', 'tasks', 'other'],
    )
    expect(order(review, tasks, ['加强森林防火，守护绿水青山', 'other', false, '建设防火通道30公里。'])).toEqual([
      'review',
      'tasks',
      'other',
    ])
  })
})

describe('a heading that places the responsibility', () => {
  it('over loose sentences on who answers for the work, without figures, is the requirements', () => {
    const closing =
      '压实责任，把好事办好\n各单位主要负责同志要把机关事务工作当成分内事。区机关事务局要敢于较真碰硬，该整改的整改。'
    expect(inferPartKind(partOf(closing, true), years).kind).toBe('requirements')
  })
  it('over a year of figures is a field of work, not the requirements', () => {
    const work = '压实安全生产责任，守牢底线\n2026年，确保生产安全事故起数控制在12起以内，力争较大事故零发生。'
    expect(inferPartKind(partOf(work), years).kind).toBe('tasks')
  })
})

describe('a closing part in numbered items', () => {
  it('is read with its items, and without figures after the tasks is the requirements', () => {
    const speech = [
      '在公司职工代表大会上的讲话',
      '各位代表、同志们：',
      '一、2025年工作回顾',
      '2025年，公司完成售电量18.62亿千瓦时，同比增长6.8%。',
      '二、2026年重点任务',
      '2026年，确保售电量达到19.5亿千瓦时。',
      '三、加强党的建设，凝聚干事创业强大合力',
      '1.把牢政治方向。坚持“第一议题”制度。',
      '2.锤炼过硬作风。驰而不息纠治“四风”。',
      '3.关心关爱职工。认真办好职工代表提案。',
    ].join('\n')
    expect(parseSpeech(speech).parts.map((p) => p.kind)).toEqual(['review', 'tasks', 'requirements'])
  })
})

describe('a part that asks to build a capacity', () => {
  it('after the tasks, over the year plans with figures, is tasks, and its figures are the plan year targets', () => {
    const speech = [
      '在全县医疗保障工作会议上的讲话',
      '同志们：',
      '一、2025年工作回顾',
      '2025年，全县基本医疗保险参保人数达到41.26万人，同比增长1.2%。',
      '二、2026年重点任务',
      '2026年，确保基本医疗保险参保率稳定在96%以上。',
      '三、着力提升医保经办服务能力',
      '（一）推进服务下沉。新建村级医保服务点24个，实现行政村全覆盖。',
      '（二）提升数字化水平。力争医保移动支付开通率达到85%。',
      '（三）加强队伍建设。全年组织医保业务培训6期，培训经办人员420人次。',
      '四、切实加强组织领导',
      '（一）强化责任落实。主要负责同志要亲自抓、负总责。',
    ].join('\n')
    const { doc, speech: parsed } = importText(speech)
    expect(parsed.parts.map((p) => p.kind)).toEqual(['review', 'tasks', 'tasks', 'requirements'])
    const planned = slotsOf(doc).filter((s) => ['24', '85', '6', '420'].includes(s.attrs.value ?? ''))
    expect(planned.map((s) => [s.attrs.value, s.attrs.kind, s.attrs.year])).toEqual([
      ['24', 'target', 2026],
      ['85', 'target', 2026],
      ['6', 'target', 2026],
      ['420', 'target', 2026],
    ])
  })
})

describe('a part headed by the time ahead it works for', () => {
  it('is tasks in plain points, between the review and next year’s tasks (街道, 林业)', () => {
    const kinds = (text: string) => parseSpeech(text).parts.map((p) => p.kind)
    expect(
      kinds(
        '（2026年12月18日）\n同志们：\n开场。\n一、今年工作：社区治理有了新气象\n全年新建示范小区14个，同比增长20%。\n二、年底工作：抓好收尾，不松劲\n一是抓好设施收尾。二是抓好节日保障。三是抓好考核总结。\n三、明年工作：重点抓好四件事\n（一）再创建示范小区6个。',
      ),
    ).toEqual(['review', 'tasks', 'tasks'])
    expect(
      kinds(
        '同志们：\n开场。\n一、2026年森林防火工作回顾\n全年未发生重大森林火灾，完成造林1.2万亩。\n二、下一步工作\n一是抓好秋冬季森林防火。二是抓好林长制年度考核。',
      ),
    ).toEqual(['review', 'tasks'])
  })
})
