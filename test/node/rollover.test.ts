import { describe, expect, it } from 'vitest'
import { importText } from '../../src/core/import'
import { FLAG_NAMES, locateFlag, rollover, RolloverError } from '../../src/core/rollover'
import { flagWords, openFlagCount, rewrittenFlags } from '../../src/core/rollover-flags'
import type { Node as PMNode } from 'prosemirror-model'
import { Fragment, Slice } from 'prosemirror-model'
import { Transform } from 'prosemirror-transform'
import { schema } from '../../src/core/schema'
import { FLAG_KINDS } from '../../src/core/backup'
import { present } from '../../src/core/guards'
import { byline, closing, doc, fig, greeting, h2, opening, p, part, person, title } from './build'
import { outlineJSON, slotsOf } from '../../src/core/outline'
import { speechToText } from '../../src/core/text'
import { diffText, compareSpeeches } from '../../src/core/diff'
import { fixture } from './helpers'
import { compareSlot } from '../../src/core/figures/compare'
import { FigureIndex } from '../../src/core/figures/model'
import { keptRows } from '../../src/core/figures/incoming'

const roll = (name: string, options = {}) => rollover(importText(fixture(name)).doc, options)

/** A speech reviewing `review` whose review part is one paragraph of `content`, rolled to the next year. */
const rollReviewParagraph = (review: number, ...content: (PMNode | string)[]) =>
  rollover(
    doc(
      { reviewYear: review, planYear: review + 1 },
      title('讲话'),
      opening(p('同志们：')),
      part({ kind: 'review' }, h2('工作回顾'), p(...content)),
    ),
  )

describe('rolling a speech forward a year', () => {
  it('the seed becomes a draft reviewing 2022 and planning 2023, every year heading right', () => {
    const r = roll('seed-hrss-2022.txt')
    expect([r.to.reviewYear, r.to.planYear]).toEqual([2022, 2023])
    const o = outlineJSON(r.doc)
    expect(o.parts.filter((p) => p.number).map((p) => [p.kind, p.heading, p.year])).toEqual([
      ['review', '2022年工作回顾', 2022],
      ['tasks', '2023年工作任务', 2023],
      ['requirements', '做好2023年人社工作有关要求', 2023],
    ])
    const text = speechToText(r.doc)
    expect(text).toContain('持续加大基层工作人员招聘力度，2022年招聘事业单位工作人员')
    expect(text).not.toMatch(/2021年/)
  })

  it("empties every figure, keeping last year's value and moving its year", () => {
    const text = fixture('seed-hrss-2022.txt').replace('城镇新增就业****人', '城镇新增就业3250人')
    const r = rollover(importText(text).doc)
    const slots = slotsOf(r.doc)
    expect(slots.every((s) => s.attrs.value === null)).toBe(true)
    const jobs = slots.find((s) => s.attrs.label === '城镇新增就业')!
    expect([jobs.attrs.prev, jobs.attrs.year, jobs.attrs.kind]).toEqual(['3250', 2022, 'actual'])
    expect(slots.filter((s) => s.attrs.kind === 'target').every((s) => s.attrs.year === 2023)).toBe(true)
    expect(r.carried).toEqual(
      expect.arrayContaining([
        { label: '城镇新增就业', unit: '人', year: 2021, kind: 'actual', span: '', value: '3250' },
      ]),
    )
    expect(r.emptied).toBe(slotsOf(importText(text).doc).length)
  })

  it("carries a year's figure and a total over years under one name as two figures, and no figure whose name holds two numbers", () => {
    // Tryout 4: “全年开展统计执法检查2轮……“十四五”期间累计开展统计执法检查9轮” stored 9 as 2025's figure.
    const r = rollover(importText(fixture('stats-bureau-2026-spans.txt')).doc)
    const of = (label: string) =>
      r.carried.filter((c) => c.label === label && c.kind === 'actual').map((c) => [c.span, c.value])
    expect(of('开展统计执法检查')).toEqual([
      ['', '2'],
      ['2021-2025', '9'],
    ])
    expect(of('查处统计违法案件')).toEqual([
      ['', '7'],
      ['2021-2025', '38'],
    ])
    // Two numbers under one name, year and span (a 分别 list read under one name): neither is carried;
    // the same number twice is one figure.
    const twice = rollover(
      doc(
        { reviewYear: 2025, planYear: 2026 },
        title('讲话'),
        opening(p('开场。')),
        part(
          { kind: 'review' },
          h2('一、2025年工作回顾'),
          p(
            fig('居民人均可支配收入', '46280', '元', { year: 2025 }),
            fig('居民人均可支配收入', '23950', '元', { year: 2025 }),
            fig('新增就业', '3250', '人', { year: 2025 }),
            fig('新增就业', '3250', '人', { year: 2025 }),
          ),
        ),
      ),
    )
    expect(twice.carried.map((c) => [c.label, c.value])).toEqual([['新增就业', '3250']])
  })

  // Review 28b #6: a figure of a stretch of its year went to the library as the year's (今年一季度…9起 as
  // 2026's 违规捕捞案件; 1—11月…11.8亿元 as 2025's 一般公共预算收入), and next year's review slot
  // would be filled with it.
  it.each([
    // 财政 (December, 1—11月), 渔业 (April, 今年一季度 in the 形势 part), 人社 (截至10月底), 应急 (前三季度)
    ['1—11月，全县一般公共预算收入完成11.8亿元，增长5.2%。', '一般公共预算收入'],
    ['截至10月底，全县城镇新增就业2860人。', '城镇新增就业'],
    ['前三季度，全县共发生生产安全事故6起。', '生产安全事故'],
  ])('does not carry a figure of part of its year: %s', (sentence, label) => {
    const text = `全县工作会议讲话\n（2025年12月20日）\n同志们：\n今天召开会议。\n一、2025年工作回顾\n${sentence}全年完成固定资产投资45亿元。\n二、2026年工作安排\n确保完成目标。\n三、工作要求\n一要严。\n同志们，谢谢！`
    const r = rollover(importText(text).doc)
    expect(r.carried.filter((c) => c.label.includes(label))).toEqual([])
    // The sentence's whole-year figure after 全年 is carried.
    expect(r.carried.map((c) => c.value)).toContain('45')
  })
  it('carries a figure of 今年以来 in a year-end review: the year so far is the year (the seed)', () => {
    const r = rollover(importText(fixture('seed-hrss-2022.txt')).doc)
    expect(r.carried.filter((c) => c.label === '时效内结案率').map((c) => c.value)).toEqual(['100'])
  })
  it('does not carry 今年以来 in a meeting that reviews its own year: there it is part of the year (应急, July)', () => {
    const text =
      '全县安全生产工作推进会讲话\n（2026年7月10日）\n同志们：\n今天召开会议，总结上半年工作，部署下半年任务。\n一、上半年工作回顾\n今年以来，全县共发生生产安全事故6起。全年完成隐患排查1.2万处。\n二、下半年工作任务\n确保完成。\n三、工作要求\n一要严。\n同志们，谢谢！'
    const r = rollover(importText(text).doc)
    expect(r.carried.filter((c) => c.label.includes('生产安全事故'))).toEqual([])
    expect(r.carried.map((c) => c.value)).toContain('1.2')
  })

  it('carries the old targets, which the new review is measured against', () => {
    const r = rollover(
      importText(fixture('seed-hrss-2022.txt').replace('确保全年新增城镇就业****人', '确保全年新增城镇就业3300人')).doc,
    )
    expect(r.carried).toEqual(
      expect.arrayContaining([
        { label: '新增城镇就业', unit: '人', year: 2022, kind: 'target', span: '', value: '3300' },
      ]),
    )
  })

  it('leaves historical years, ranges and document names alone, and lists them to confirm', () => {
    const r = roll('county-plan-2024.txt')
    const text = speechToText(r.doc)
    expect(text).toContain('（2025年1月15日）')
    expect(text).toContain('一、2024年工作回顾\n2024年，全县地区生产总值')
    expect(text).toContain('《2021—2025年县域经济发展规划》')
    expect(text).toContain('2035年远景目标')
    expect(text).toContain('自1958年建县以来')
    expect(text).toContain('二、2025年重点工作\n2025年是实现“十四五”规划目标任务的关键一年')
    const historical = r.flags.filter((f) => f.kind === 'historical-year').map((f) => r.doc.textBetween(f.from, f.to))
    expect(historical).toEqual(['2021', '2025', '2035', '1958'])
    const date = r.flags.find((f) => f.kind === 'date')!
    expect([date.message, date.excerpt]).toEqual([
      '讲话日期已改为2025年1月15日，这一天是星期三，请核对月、日。',
      '2025年1月15日）',
    ])
  })

  it('flags every kind of stale phrase', () => {
    const r = roll('county-plan-2024.txt')
    const kinds = (k: string) => r.flags.filter((f) => f.kind === k).map((f) => r.doc.textBetween(f.from, f.to))
    expect(kinds('year-sentence')).toEqual(['2025年是实现“十四五”规划目标任务的关键一年'])
    expect(kinds('relative-time')).toEqual(['今年以来'])
    expect(kinds('time-bound')).toEqual(['献礼'])
    const custom = roll('county-plan-2024.txt', { timeBoundPhrases: ['75周年'] })
    expect(
      custom.flags.filter((f) => f.kind === 'time-bound').map((f) => custom.doc.textBetween(f.from, f.to)),
    ).toEqual(['75周年'])
  })

  it('says a sentence characterising a year once when a time-bound phrase in it says more', () => {
    // Tryout 13: “2026年是“十四五”规划收官之年” came twice, as a year sentence and as a time-bound phrase.
    const text = [
      '标题',
      '同志们：',
      '今天召开会议，总结2024年工作，部署2025年任务。',
      '一、2024年工作回顾',
      '全年新增就业3250人。',
      '二、2025年工作任务',
      '2025年是“十四五”规划收官之年，也是承上启下的关键一年。2025年是攻坚之年。',
      '三、工作要求',
      '一要严。',
      '同志们，谢谢！',
    ].join('\n')
    const r = rollover(importText(text).doc)
    const words = (k: string) => r.flags.filter((f) => f.kind === k).map((f) => r.doc.textBetween(f.from, f.to))
    expect(words('time-bound')).toEqual(['收官之年'])
    // The sentence without a time-bound phrase is still a year sentence.
    expect(words('year-sentence')).toEqual(['2026年是攻坚之年'])
  })

  it('rolls to a chosen year', () => {
    const r = roll('seed-hrss-2022.txt', { toPlanYear: 2025 })
    expect([r.to.reviewYear, r.to.planYear]).toEqual([2024, 2025])
    expect(outlineJSON(r.doc).parts[1].heading).toBe('2024年工作回顾')
  })

  it('a speech with no years at all rolls without damage and says so', () => {
    const doc = importText(fixture('market-december.txt')).doc
    const r = rollover(doc)
    expect(r.noYears).toBe(true)
    expect(r.shifted).toBe(0)
    expect(speechToText(r.doc).replace(/\{\{[^}]+\}\}/g, 'X')).toBe(
      speechToText(doc).replace(/\d+(\.\d+)?(户|件|万元|%)/g, 'X'),
    )
  })
})

describe('comparing with last year', () => {
  it('diffs by sentence and then by character', () => {
    expect(diffText('甲乙丙。丁戊。', '甲乙丙。丁己。')).toEqual([
      { op: 'equal', text: '甲乙丙。丁' },
      { op: 'delete', text: '戊' },
      { op: 'insert', text: '己' },
      { op: 'equal', text: '。' },
    ])
    expect(diffText('', '新。')).toEqual([{ op: 'insert', text: '新。' }])
    expect(diffText('同。', '同。')).toEqual([{ op: 'equal', text: '同。' }])
  })

  it("pairs the parts and measures how much is still last year's text", () => {
    const old = importText(fixture('seed-hrss-2022.txt')).doc
    const rolled = rollover(old).doc
    const parts = compareSpeeches(old, rolled)
    expect(parts.map((p) => p.kind)).toEqual(['opening', 'review', 'tasks', 'requirements', 'closing'])
    expect(parts[3].unchanged).toBeGreaterThan(0.95)
    // The rolled review differs from last year's only in its years and figures, which read as blanks, not markup.
    const review = parts[1]
    expect(
      review.segments
        .filter((s) => s.op === 'insert')
        .map((s) => s.text)
        .join(''),
    ).toMatch(/^[\d＿]*$/)
    for (const p of parts) expect(p.segments.map((s) => s.text).join('')).not.toMatch(/\{\{|\}\}/)
    // Numbers show as printed.
    expect(review.title).toBe('一、2022年工作回顾')
    expect(review.new).toContain('（一）过去的一年，我们全力以赴做好就业创业工作')
    expect(review.unchanged).toBeGreaterThan(0.8)
    expect(review.unchanged).toBeLessThan(1)
  })
})

describe('finding a flag again after edits', () => {
  it('follows the words when text before them changes, and says when they are gone', async () => {
    const { locateFlag } = await import('../../src/core/rollover')
    const { Fragment, Slice } = await import('prosemirror-model')
    const { schema } = await import('../../src/core/schema')
    const r = roll('county-plan-2024.txt')
    const flag = r.flags.find((f) => f.kind === 'relative-time')!
    expect(locateFlag(r.doc, flag)).toEqual({ from: flag.from, to: flag.to })
    // insert text at the start of the review paragraph: the flag moves with its words
    const para = r.doc.resolve(flag.from).start()
    const moved = r.doc.replace(para, para, new Slice(Fragment.from(schema.text('新增一句。')), 0, 0))
    const found = locateFlag(moved, flag)!
    expect(moved.textBetween(found.from, found.to)).toBe('今年以来')
    expect(found.from).toBe(flag.from + 5)
    const gone = moved.replace(found.from, found.to, new Slice(Fragment.from(schema.text('2024年以来')), 0, 0))
    expect(locateFlag(gone, flag)).toBeNull()
  })

  it('counts a flag whose words were rewritten away as dealt with, and open again when they come back', async () => {
    const { openFlagCount, rewrittenFlags } = await import('../../src/core/rollover-flags')
    const { Fragment, Slice } = await import('prosemirror-model')
    const { schema } = await import('../../src/core/schema')
    const r = roll('county-plan-2024.txt')
    const i = r.flags.findIndex((f) => f.kind === 'relative-time')
    const flag = r.flags[i]
    const report = { flags: r.flags, done: [] }
    expect(rewrittenFlags(r.doc, r.flags).size).toBe(0)
    expect(openFlagCount(r.doc, report)).toBe(r.flags.length)
    const edited = r.doc.replace(flag.from, flag.to, new Slice(Fragment.from(schema.text('2024年以来')), 0, 0))
    expect([...rewrittenFlags(edited, r.flags)]).toContain(i)
    expect(openFlagCount(edited, report)).toBeLessThan(r.flags.length)
    // Marked 已处理 and rewritten: counted once, as neither is open.
    expect(openFlagCount(edited, { flags: r.flags, done: [i] })).toBe(openFlagCount(edited, report))
  })
})

describe('a date hint after the date is corrected (tryout 10 #7)', () => {
  const dated = (line: string, plan: number) => {
    const year = Number(/\d{4}/.exec(line)?.[0])
    const years = { reviewYear: year - 1, planYear: year }
    return rollover(doc(years, title('讲话'), byline(line), opening(p('开场。'))), { toPlanYear: plan })
  }
  const retype = (d: PMNode, from: number, to: number, text: string) =>
    d.replace(from, to, new Slice(Fragment.from(schema.text(text)), 0, 0))
  const cases: [line: string, plan: number, corrected: string][] = [
    // A Saturday, a Sunday, a line spaced as PDFs give it, and a date with its weekday.
    ['（2026年1月16日）', 2027, '（2027年1月15日）'],
    ['（2024年2月8日）', 2026, '（2026年2月9日）'],
    ['（2024 年 12 月 8 日）', 2025, '（2025 年 12 月 9 日）'],
    ['（2025年2月14日，星期五）', 2026, '（2026年2月16日，星期一）'],
  ]
  it.each(cases)('%s: open while the date stands, dealt with once its day is corrected', (line, plan, corrected) => {
    const r = dated(line, plan)
    const i = r.flags.findIndex((f) => f.kind === 'date')
    expect(i).toBeGreaterThanOrEqual(0)
    const report = { flags: r.flags, done: [] }
    expect(openFlagCount(r.doc, report)).toBe(r.flags.length)
    const b = r.doc.child(1)
    const at = r.doc.child(0).nodeSize
    const edited = retype(r.doc, at + 1, at + 1 + b.content.size, corrected)
    expect([...rewrittenFlags(edited, r.flags)]).toEqual([i])
    expect(openFlagCount(edited, report)).toBe(r.flags.length - 1)
    expect(locateFlag(edited, r.flags[i])).toBeNull()
    // An edit elsewhere leaves it open: the date still stands.
    const opening = r.doc.child(2)
    const elsewhere = retype(
      r.doc,
      at + b.nodeSize + opening.nodeSize - 2,
      at + b.nodeSize + opening.nodeSize - 2,
      '再说一句。',
    )
    expect(rewrittenFlags(elsewhere, r.flags).size).toBe(0)
  })
  it('reads a flag stored with the year alone (before this change) by its excerpt', () => {
    const r = dated('（2026年1月16日）', 2027)
    const stored = r.flags.map((f) => (f.kind === 'date' ? { ...f, words: '2027', to: f.from + 4 } : f))
    const i = stored.findIndex((f) => f.kind === 'date')
    expect(flagWords(stored[i])).toBe('2027年1月16日')
    const at = r.doc.child(0).nodeSize
    const edited = retype(r.doc, at + 1, at + 1 + r.doc.child(1).content.size, '（2027年1月22日）')
    expect([...rewrittenFlags(edited, stored)]).toEqual([i])
    expect(rewrittenFlags(r.doc, stored).size).toBe(0)
  })
})

describe('rolling a speech built in one line, exactly', () => {
  const old = doc(
    { reviewYear: 2023, planYear: 2024 },
    title('在2024年全县工作会议上的讲话'),
    byline('（2024年1月8日）'),
    greeting('同志们：'),
    opening(p('今天召开会议，总结2023年工作，部署2024年任务。')),
    part(
      { kind: 'review' },
      h2('2023年工作回顾'),
      p(
        '全年新增就业',
        fig('新增就业', '3250', '人', { year: 2023 }),
        '，2021—2025年规划提前完成。今年以来，《2023年行动方案》全面落实，',
        person('负责人', '张三'),
        '牵头。',
      ),
    ),
    part(
      { kind: 'tasks' },
      h2('2024年重点工作'),
      p(
        '2024年是承上启下的关键一年。确保新增就业',
        fig('新增就业', '3300', '人', { year: 2024, kind: 'target' }),
        '。',
      ),
      p('自1958年建县以来，', fig('部门', '人社局', '', { role: 'text' }), '始终走在前列。'),
    ),
  )
  // rolled inside each test: a mutant is active only while a test runs
  const rolled = () => rollover(old)
  const text = (d: typeof old) => {
    const out: string[] = []
    d.descendants((n) => {
      if (n.isTextblock) out.push(n.textContent)
      return !n.isTextblock
    })
    return out
  }

  it('moves the review and plan years, and only those, in every block', () => {
    const r = rolled()
    expect([r.from, r.to]).toEqual([
      { reviewYear: 2023, planYear: 2024 },
      { reviewYear: 2024, planYear: 2025 },
    ])
    expect([r.doc.attrs.reviewYear, r.doc.attrs.planYear]).toEqual([2024, 2025])
    expect(text(r.doc)).toEqual([
      '在2025年全县工作会议上的讲话',
      '（2025年1月8日）',
      '同志们：',
      '今天召开会议，总结2024年工作，部署2025年任务。',
      '2024年工作回顾',
      '全年新增就业，2021—2025年规划提前完成。今年以来，《2023年行动方案》全面落实，牵头。',
      '2025年重点工作',
      '2025年是承上启下的关键一年。确保新增就业。',
      '自1958年建县以来，始终走在前列。',
    ])
    expect(r.shifted).toBe(7)
    expect(r.noYears).toBe(false)
  })

  it('empties figures and names, keeps text slots, and carries the stated figures', () => {
    const r = rolled()
    const slots: Record<string, unknown>[] = []
    r.doc.descendants((n) => {
      if (n.type.name === 'slot') slots.push({ ...n.attrs })
    })
    expect(slots.map((a) => [a.label, a.role, a.value, a.prev, a.year, a.kind])).toEqual([
      ['新增就业', 'metric', null, '3250', 2024, 'actual'],
      ['负责人', 'person', null, '张三', null, 'actual'],
      ['新增就业', 'metric', null, '3300', 2025, 'target'],
      ['部门', 'text', '人社局', null, null, 'actual'],
    ])
    expect(r.emptied).toBe(3)
    expect(r.carried).toEqual([
      { label: '新增就业', unit: '人', year: 2023, kind: 'actual', span: '', value: '3250' },
      { label: '新增就业', unit: '人', year: 2024, kind: 'target', span: '', value: '3300' },
    ])
  })

  it('lists what it left or what reads stale, in order, with the words where they now are', () => {
    const r = rolled()
    expect(r.flags.map((f) => [f.kind, f.words, r.doc.textBetween(f.from, f.to)])).toEqual([
      ['date', '2025年1月8日', '2025年1月8日'],
      ['historical-year', '2021', '2021'],
      ['historical-year', '2025', '2025'],
      ['relative-time', '今年以来', '今年以来'],
      ['historical-year', '2023', '2023'],
      ['year-sentence', '2025年是承上启下的关键一年', '2025年是承上启下的关键一年'],
      ['historical-year', '1958', '1958'],
    ])
    const date = r.flags[0]
    expect([date.message, date.excerpt]).toEqual([
      '讲话日期已改为2025年1月8日，这一天是星期三，请核对月、日。',
      '2025年1月8日）',
    ])
    expect(r.flags[5].message).toBe('“2025年是承上启下的关键一年”描述的是某一年的特点，换年后多半已不适用，请改写。')
    expect(r.flags[1].message).toBe('“2021年”不是这篇讲话的回顾年或计划年，没有改动，请确认。')
    // the excerpt is of the text around the year, up to the figure before it
    expect(r.flags[1].excerpt).toBe('，2021—2025年规划提…')
  })

  it('says of a year kept as written what it is in the new draft: its plan year, not “another year”', () => {
    const speech = `2026年全县医疗保障工作会议讲话
同志们：
今天召开会议，总结2025年工作，部署2026年任务。
一、2025年工作回顾
医保电子凭证激活率达到78.5%。
二、2026年工作任务
到2027年，医保电子凭证激活率达到90%。落实《2025—2027年医保信息化行动方案》，2035年基本建成智慧医保。
三、工作要求
一要严。
同志们，谢谢！`
    const r = rollover(importText(speech).doc)
    expect([r.to.reviewYear, r.to.planYear]).toEqual([2026, 2027])
    const kept = r.flags.filter((f) => f.kind === 'historical-year').map((f) => [f.words, f.message])
    expect(kept).toEqual([
      ['2027', '“2027年”是这篇讲话的计划年，原文写的就是这一年，没有改动，请确认说的是这一年的事。'],
      ['2025', '“2025年”不是这篇讲话的回顾年或计划年，没有改动，请确认。'],
      ['2027', '“2027年”写在年份区间里，不随讲稿顺延，没有改动，请确认。'],
      ['2035', '“2035年”不是这篇讲话的回顾年或计划年，没有改动，请确认。'],
    ])
    // Rolled to 2028 instead, the 2027 kept is last year's plan: now the review year.
    const later = rollover(importText(speech).doc, { toPlanYear: 2028 })
    expect(later.flags.find((f) => f.words === '2027')!.message).toBe(
      '“2027年”是这篇讲话的回顾年，原文写的就是这一年，没有改动，请确认说的是这一年的事。',
    )
  })

  it('leaves a speech without a plan year as it is, and refuses a plan year out of range', () => {
    const none = rollover(doc(title('讲话'), opening(p('2020年以来，成效明显。'))))
    expect([none.shifted, none.emptied, none.noYears, none.to.planYear]).toEqual([0, 0, false, null])
    expect(text(none.doc)).toEqual(['讲话', '2020年以来，成效明显。'])
    expect(none.flags.map((f) => [f.kind, f.words])).toEqual([['historical-year', '2020']])
    expect(() => rollover(old, { toPlanYear: 2201 })).toThrow(RolloverError)
    // the new review year must be a year too
    expect(() => rollover(old, { toPlanYear: 1900 })).toThrow('新草稿部署的年度“1900”不对')
    expect(rollover(old, { toPlanYear: 1901 }).to).toEqual({ reviewYear: 1900, planYear: 1901 })
    expect(rollover(old, { toPlanYear: 2200 }).to.planYear).toBe(2200)
  })
})

describe('rolling, the edges', () => {
  const R = { reviewYear: 2023, planYear: 2024 }
  const roll = (...blocks: ReturnType<typeof p>[]) => rollover(doc(R, title('讲话'), opening(...blocks)))
  const texts = (r: ReturnType<typeof rollover>) => {
    const out: string[] = []
    r.doc.descendants((n) => {
      if (n.type.name === 'paragraph') out.push(n.textContent)
      return !n.isTextblock
    })
    return out
  }

  it('leaves a range that contains the review or plan year as written, and lists its years', () => {
    const r = roll(p('2020—2024年累计新增，2023年至2025年规划，2023～2024年度，2024-2026年行动。'))
    expect(texts(r)).toEqual(['2020—2024年累计新增，2023年至2025年规划，2023～2024年度，2024-2026年行动。'])
    expect(r.shifted).toBe(0)
    expect(r.flags.map((f) => f.words)).toEqual(['2020', '2024', '2023', '2025', '2023', '2024', '2024', '2026'])
  })
  it('moves the years of a figure’s name as it moves the text’s, but not those of a range or a document', () => {
    const r = roll(
      p(
        '万元GDP用水量比2023年下降',
        fig('万元GDP用水量比2023年下降', '3.2', '%', { year: 2024, kind: 'target' }),
        '。',
      ),
      p('落实', fig('《2023—2025年行动方案》2024年度任务', '12', '项', { year: 2024, kind: 'target' }), '。'),
    )
    expect(slotsOf(r.doc).map((s) => s.attrs.label)).toEqual([
      '万元GDP用水量比2024年下降',
      '《2023—2025年行动方案》2025年度任务',
    ])
    expect(texts(r)[0]).toBe('万元GDP用水量比2024年下降。')
  })
  it('asks to check a byline date however it is spaced', () => {
    const r = rollover(doc(R, title('讲话'), byline('（2024 年 12 月 8 日）'), opening(p('开场。'))))
    expect(r.flags.map((f) => [f.kind, f.message])).toEqual([
      ['date', '讲话日期已改为2025年12月8日，这一天是星期一，请核对月、日。'],
    ])
  })
  it('says when the rolled date falls on a weekend, and asks only for the month and day when it has none', () => {
    // Tryout 4: 2026年2月6日 rolled to 2027年2月6日, a Saturday, and the hint did not say so.
    const weekend = rollover(doc(R, title('讲话'), byline('（2024年2月6日）'), opening(p('开场。'))))
    expect(weekend.flags.map((f) => f.message)).toEqual(['讲话日期已改为2025年2月6日，这一天是星期四，请核对月、日。'])
    const saturday = rollover(doc(R, title('讲话'), byline('（2024年2月8日）'), opening(p('开场。'))), {
      toPlanYear: 2026,
    })
    expect(saturday.flags.map((f) => f.message)).toContain(
      '讲话日期已改为2026年2月8日，这一天是星期日，是周末，请核对月、日。',
    )
    const noDay = rollover(doc(R, title('讲话'), byline('（2024年12月）'), opening(p('开场。'))))
    expect(noDay.flags.filter((f) => f.kind === 'date').map((f) => f.message)).toEqual([
      '讲话日期已改为2025年，请核对月、日。',
    ])
  })
  it('moves a year after words that only contain a dash or 至 somewhere before it', () => {
    const r = roll(p('截至目前，2024年工作；2024年，2019—2020年。'))
    expect(texts(r)).toEqual(['截至目前，2025年工作；2025年，2019—2020年。'])
  })
  it('moves a date outside the byline without asking to check it', () => {
    const r = roll(p('2024年1月8日召开。'))
    expect(texts(r)).toEqual(['2025年1月8日召开。'])
    expect(r.flags).toEqual([])
  })
  it('carries only stated figures with a year; a metric left empty hands on no two-year-old prev, a name keeps its last; keeps a year it cannot move', () => {
    const r = roll(
      p(
        fig('甲', '1', '个', { year: null }),
        fig('乙', null, '个', { year: 2023, prev: '7' }),
        fig('丙', '3', '个', { year: 2200 }),
        fig('负责人', '张三', '', { role: 'person', year: 2023 }),
      ),
    )
    const slots: unknown[] = []
    r.doc.descendants((n) => {
      if (n.type.name === 'slot') slots.push([n.attrs.label, n.attrs.value, n.attrs.prev, n.attrs.year])
    })
    expect(slots).toEqual([
      ['甲', null, '1', null],
      ['乙', null, null, 2024],
      ['丙', null, '3', 2200],
      ['负责人', null, '张三', 2024],
    ])
    // names are not figures: not carried
    expect(r.carried.map((c) => c.label)).toEqual(['丙'])
    expect(r.emptied).toBe(4)
  })
  it('a mid-year meeting’s speech rolls to next year’s mid-year meeting: it reviews the year it plans', () => {
    const r = rollover(
      doc(
        { reviewYear: 2026, planYear: 2026 },
        title('讲话'),
        opening(p('2026年上半年，全区新开工项目', fig('新开工项目', '18', '个', { year: 2026 }), '。')),
      ),
    )
    expect([r.doc.attrs.reviewYear, r.doc.attrs.planYear]).toEqual([2027, 2027])
    expect(texts(r)).toEqual(['2027年上半年，全区新开工项目。'])
  })

  it('rolled twice, a figure left empty in between shows no 上年 from two years back; a name keeps its last', () => {
    const once = roll(p(fig('改造面积', '46.8', '万平方米', { year: 2023 }), '，', person('主讲人', '李四')))
    const twice = rollover(once.doc)
    const slots = slotsOf(twice.doc).map((s) => [s.attrs.label, s.attrs.value, s.attrs.prev, s.attrs.year])
    expect(slots).toEqual([
      ['改造面积', null, null, 2025],
      ['主讲人', null, '李四', null],
    ])
    // What the slot is compared with comes from the library alone, which has no 2024 figure.
    const [area] = slotsOf(twice.doc)
    expect(compareSlot(new FigureIndex([], []), area.attrs).previous).toBe(null)
  })
  it('says a speech has years when it names its review year, even with none in the text', () => {
    const r = roll(p('开场。'))
    expect([r.noYears, r.shifted, r.flags]).toEqual([false, 0, []])
    expect(rollover(doc(title('讲话'), opening(p('开场。')))).noYears).toBe(true)
    expect(rollover(doc({ reviewYear: 2023 }, title('讲话'), opening(p('开场。')))).noYears).toBe(false)
    expect(rollover(doc({ planYear: 2024 }, title('讲话'), opening(p('开场。')))).noYears).toBe(false)
  })
  it('gives each flag an excerpt of the words around it, cut with … where the text goes on', () => {
    const r = roll(p('这是一段很长很长的开场白，自1958年建县以来，全县人民艰苦奋斗，取得了显著成就。'))
    expect(r.flags.map((f) => f.excerpt)).toEqual(['…很长的开场白，自1958年建县以来，全县人…'])
    expect(roll(p('自1958年建县以来。')).flags.map((f) => f.excerpt)).toEqual(['自1958年建县以来。'])
    // eight characters before and after are shown whole, without …
    expect(roll(p('一二三四五六七八1958年建县以来全县发展')).flags.map((f) => f.excerpt)).toEqual([
      '一二三四五六七八1958年建县以来全县发展',
    ])
  })
})

describe('rolling: what is flagged where, and finding a flag again', () => {
  it('flags relative time in the review only, and time-bound phrases everywhere', () => {
    const everywhere = p('今年以来，献礼。')
    const r = rollover(
      doc(
        { reviewYear: 2023, planYear: 2024 },
        title('今年以来献礼'),
        opening(everywhere),
        part({ kind: 'review' }, h2('回顾'), everywhere),
        part({ kind: 'tasks' }, h2('任务'), everywhere),
        part({ kind: 'other' }, h2('其他'), everywhere),
        closing(everywhere),
      ),
    )
    const where = (pos: number) => {
      const $pos = r.doc.resolve(pos)
      return $pos.depth > 1 ? `${$pos.node(1).type.name}:${$pos.node(1).attrs.kind ?? ''}` : $pos.parent.type.name
    }
    expect(r.flags.map((f) => [f.kind, f.words, where(f.from)])).toEqual([
      ['time-bound', '献礼', 'title'],
      ['time-bound', '献礼', 'opening:'],
      ['relative-time', '今年以来', 'part:review'],
      ['time-bound', '献礼', 'part:review'],
      ['time-bound', '献礼', 'part:tasks'],
      ['time-bound', '献礼', 'part:other'],
      ['time-bound', '献礼', 'closing:'],
    ])
  })
  it('leaves a range with spaces around its dash as written', () => {
    const r = rollover(
      doc(
        { reviewYear: 2023, planYear: 2024 },
        title('讲话'),
        opening(p('2023 — 2024年，2023年 至 2024年，2024年工作。')),
      ),
    )
    expect(r.doc.lastChild!.textContent).toBe('2023 — 2024年，2023年 至 2024年，2025年工作。')
    expect([r.shifted, r.flags.map((f) => f.words)]).toEqual([1, ['2023', '2024', '2023', '2024']])
  })
  it('moves nothing when rolled to the year it already plans, and lists only the other years', () => {
    const r = rollover(
      doc({ reviewYear: 2023, planYear: 2024 }, title('讲话'), opening(p('2023年，2024年，2019年。'))),
      {
        toPlanYear: 2024,
      },
    )
    expect([r.shifted, r.flags.map((f) => f.words), r.doc.lastChild!.textContent]).toEqual([
      0,
      ['2019'],
      '2023年，2024年，2019年。',
    ])
  })
  it('finds a flag by the words around it rather than by the nearest place, and counts slots as positions', () => {
    const r = rollover(
      doc({ reviewYear: 2023, planYear: 2024 }, title('讲话'), opening(p('自1958年建县以来，全县发展。'))),
    )
    const flag = r.flags[0]
    const found = (d: typeof r.doc) => {
      const at = locateFlag(d, flag)
      return at && [d.textBetween(at.from, at.to), d.resolve(at.from).parent.textContent, at.from - flag.from]
    }
    expect(found(r.doc)).toEqual(['1958', '自1958年建县以来，全县发展。', 0])
    const moved = doc(
      title('讲话'),
      opening(p('1958年的照片。'), p(fig('甲', null, '个'), '前言。自1958年建县以来，全县发展。')),
    )
    expect(found(moved)).toEqual(['1958', '前言。自1958年建县以来，全县发展。', 15])
    const twice = doc(title('讲话'), opening(p('自1958年建县以来，全县发展。自1958年建县以来。')))
    expect(found(twice)).toEqual(['1958', '自1958年建县以来，全县发展。自1958年建县以来。', 0])
    expect(found(doc(title('讲话'), opening(p('建县以来。'))))).toBe(null)
  })
})

describe('rolling figures whose year the text fixes', () => {
  const YEARS = { reviewYear: 2025, planYear: 2026 }
  const rollReview = (...content: (ReturnType<typeof p> | string)[]) =>
    rollover(
      doc(YEARS, title('讲话'), opening(p('同志们：')), part({ kind: 'review' }, h2('2025年工作回顾'), p(...content))),
    )
  const attrs = (r: ReturnType<typeof rollover>) =>
    slotsOf(r.doc).map((s) => [s.attrs.label, s.attrs.value, s.attrs.prev, s.attrs.year, s.attrs.period])

  it('keeps the year, span and value of a figure of a written past year or a fixed span; moves the speech’s own', () => {
    const r = rollReview(
      '“十四五”以来，全县地区生产总值由2020年的',
      fig('地区生产总值', '221.5', '亿元', { year: 2020 }),
      '增加到',
      fig('地区生产总值', '306.8', '亿元', { year: 2025 }),
      '，五年累计完成固定资产投资',
      fig('固定资产投资', '1200', '亿元', { year: 2025, period: '2021-2025' }),
      '。',
    )
    expect(attrs(r)).toEqual([
      ['地区生产总值', '221.5', null, 2020, null],
      ['地区生产总值', null, '306.8', 2026, null],
      ['固定资产投资', '1200', null, 2025, '2021-2025'],
    ])
    expect(r.emptied).toBe(1)
    expect(r.flags.filter((f) => f.kind === 'historical-year').map((f) => f.words)).toEqual(['2020'])
  })

  it('moves a span named in words that move with the speech (五年来, 近三年): emptied, the span a year later', () => {
    const r = rollReview(
      '五年来，全县新增、更新防空警报器',
      fig('防空警报器', '48', '台', { year: 2025, period: '2021-2025' }),
      '；近三年累计培训',
      fig('培训', '4800', '人次', { year: 2025, period: '2023-2025' }),
      '。',
    )
    expect(attrs(r)).toEqual([
      ['防空警报器', null, '48', 2026, '2022-2026'],
      ['培训', null, '4800', 2026, '2024-2026'],
    ])
    expect(r.emptied).toBe(2)
  })

  // Tryout 11 (A3): “十四五”以来累计完成投资5.62亿元 was kept filled at the roll, and 7.08 typed
  // over it in the 2025 draft was filed under 2021-2024.
  it('empties a running total since a fixed year (“十四五”以来, 2021年以来): its span ends at the new review year', () => {
    const rollFrom = rollReviewParagraph
    // 卫健, rolled 2024 → 2025.
    const health = rollFrom(
      2024,
      '“十四五”以来，全县卫生健康领域累计完成投资',
      fig('累计完成投资', '5.62', '亿元', { year: 2024, period: '2021-2024' }),
      '。',
    )
    expect(attrs(health)).toEqual([['累计完成投资', null, '5.62', 2025, '2021-2025']])
    expect(health.emptied).toBe(1)
    // 人社, rolled 2023 → 2024; 教育, 2025 → 2026.
    expect(
      attrs(
        rollFrom(
          2023,
          '“十四五”规划以来，全县累计新增城镇就业',
          fig('就业', '1.2', '万人', { year: 2023, period: '2021-2023' }),
          '。',
        ),
      ),
    ).toEqual([['就业', null, '1.2', 2024, '2021-2024']])
    // 规划实施以来 is a running total too (review 27).
    expect(
      attrs(
        rollFrom(
          2024,
          '“十四五”规划实施以来，全县累计完成投资',
          fig('累计完成投资', '5.62', '亿元', { year: 2024, period: '2021-2024' }),
          '。',
        ),
      ),
    ).toEqual([['累计完成投资', null, '5.62', 2025, '2021-2025']])
    expect(
      attrs(
        rollFrom(
          2025,
          '2021年以来，全区累计新建学校',
          fig('学校', '16', '所', { year: 2025, period: '2021-2025' }),
          '。',
        ),
      ),
    ).toEqual([['学校', null, '16', 2026, '2021-2026']])
    // Once “十四五”以来 has reached the plan's last year it is the plan's total, and stays (its words are flagged).
    expect(
      attrs(
        rollFrom(
          2025,
          '“十四五”以来，全县累计完成投资',
          fig('投资', '7.08', '亿元', { year: 2025, period: '2021-2025' }),
          '。',
        ),
      ),
    ).toEqual([['投资', '7.08', null, 2025, '2021-2025']])
    // Must not: a closed span keeps its total; 五年来 and 近三年 move whole; 截至目前累计 is the year's own.
    expect(
      attrs(
        rollFrom(
          2025,
          '“十四五”期间，全县累计投入',
          fig('投入', '8.6', '亿元', { year: 2025, period: '2021-2025' }),
          '。',
        ),
      ),
    ).toEqual([['投入', '8.6', null, 2025, '2021-2025']])
    expect(
      attrs(
        rollFrom(2025, '五年来，全县累计投入', fig('投入', '8.6', '亿元', { year: 2025, period: '2021-2025' }), '。'),
      ),
    ).toEqual([['投入', null, '8.6', 2026, '2022-2026']])
    expect(
      attrs(rollFrom(2025, '近三年累计培训', fig('培训', '3280', '人次', { year: 2025, period: '2023-2025' }), '。')),
    ).toEqual([['培训', null, '3280', 2026, '2024-2026']])
    expect(attrs(rollFrom(2025, '截至目前，全市累计建成', fig('建成', '46', '个', { year: 2025 }), '。'))).toEqual([
      ['建成', null, '46', 2026, null],
    ])
  })

  it('flags “十四五”以来 in a draft that reviews a year after the plan ended, not before or for a plan still running', () => {
    const planFlags = (review: number, text: string) =>
      rollover(
        doc(
          { reviewYear: review - 1, planYear: review },
          title('讲话'),
          opening(p('同志们：')),
          part({ kind: 'review' }, h2('工作回顾'), p(text)),
        ),
      ).flags.filter((f) => f.kind === 'time-bound' && f.message.includes('期间'))
    const over = planFlags(2026, '“十四五”以来，全县累计完成投资7.08亿元。')
    expect(over.map((f) => [f.words, f.message])).toEqual([
      [
        '“十四五”以来',
        '“十四五”以来：“十四五”已在2025年结束，这篇讲话回顾的是2026年。请改为“十四五”期间（累计数用2021—2025年的），或改写，并核对后面的累计数。',
      ],
    ])
    expect(planFlags(2026, '十四五规划以来，全市累计新建学校14所。').map((f) => f.words)).toEqual(['十四五规划以来'])
    // 时期以来, 实施以来, 开局以来 run to the year reviewed too (review 27).
    for (const words of ['“十四五”时期以来', '“十四五”规划实施以来', '“十四五”开局以来'])
      expect(planFlags(2026, `${words}，全县累计完成投资7.08亿元。`).map((f) => f.words)).toEqual([words])

    for (const [review, text] of [
      [2025, '“十四五”以来，全县累计完成投资7.08亿元。'],
      [2026, '“十四五”期间，全县累计完成投资7.08亿元。'],
      [2027, '“十五五”以来，全县累计完成投资2.1亿元。'],
      [2026, '五年来，全县累计完成投资7.08亿元。'],
    ] as const)
      expect(planFlags(review, text), text).toEqual([])
  })

  it('moves a figure its sentence reaches by 上年 (last year whichever year is reviewed), also after a written year', () => {
    const r = rollReview(
      '2025年，城镇新增就业由上年的',
      fig('城镇新增就业', '3000', '人', { year: 2024 }),
      '增加到',
      fig('城镇新增就业', '3250', '人', { year: 2025 }),
      '。',
    )
    expect(attrs(r)).toEqual([
      ['城镇新增就业', null, '3000', 2025, null],
      ['城镇新增就业', null, '3250', 2026, null],
    ])
  })

  it('keeps a figure of the year before a span its sentence names no year of (由……增加到 after “十四五”以来)', () => {
    const r = rollReview(
      '“十四五”以来，产值由',
      fig('产值', '80', '亿元', { year: 2020 }),
      '增加到',
      fig('产值', '120', '亿元', { year: 2025 }),
      '。',
    )
    expect(attrs(r)).toEqual([
      ['产值', '80', null, 2020, null],
      ['产值', null, '120', 2026, null],
    ])
  })

  it('moves a figure of a year its text leaves to the reader (由27人下降到22人: last year to this)', () => {
    const r = rollReview(
      '道路交通事故死亡人数由',
      fig('死亡人数', '27', '人', { year: 2024 }),
      '下降到',
      fig('死亡人数', '22', '人', { year: 2025 }),
      '。',
    )
    expect(attrs(r)).toEqual([
      ['死亡人数', null, '27', 2025, null],
      ['死亡人数', null, '22', 2026, null],
    ])
  })

  it('keeps the year before a span named by its years (2021年以来, 2021—2025年) and by a plan', () => {
    for (const span of ['2021年以来，', '2021—2025年，', '“十四五”期间，'])
      expect(
        attrs(
          rollReview(
            span,
            '产值由',
            fig('产值', '80', '亿元', { year: 2020 }),
            '增加到',
            fig('产值', '120', '亿元', { year: 2025 }),
            '。',
          ),
        )[0],
      ).toEqual(['产值', '80', null, 2020, null])
  })

  // Tryout 8 (A1): “十四五”期间……毛入园率由2020年的83.2%提高到92.6%: 92.6% (2025, where 十四五
  // ended) was emptied and tied to 2026, so a 2026 figure printed as 十四五's result.
  it('keeps the end value of a span over before the new review year, where its sentence names the span or runs from the year before it', () => {
    const cases = [
      // 教育: the span in the sentence before, the figure's sentence from 2020.
      ['“十四五”期间，全县累计新建学校14所。学前三年毛入园率由2020年的', '83.2', '提高到', '92.6', '%'],
      // 人社: the sentence names the span itself.
      ['“十四五”期间，全县累计新增城镇就业1.6万人，城乡居民养老保险参保率由', '90', '%提高到', '96.5', '%'],
      // 农业: a range written in years.
      ['2021—2025年，全县粮食产量由2020年的', '30.2', '万吨增加到', '32.8', '万吨'],
      // 水利: “十四五”时期.
      ['“十四五”时期，农村自来水普及率从', '85', '%提高到', '98', '%'],
    ] as const
    for (const [words, start, link, end, unit] of cases) {
      const r = rollReview(
        words,
        fig('起点', start, unit, { year: 2020 }),
        link,
        fig('终点', end, unit, { year: 2025 }),
        '。',
      )
      expect(attrs(r)[1], words).toEqual(['终点', end, null, 2025, null])
    }
    // 卫健: a rate in the sentence naming the span, no start value.
    const rate = rollReview(
      '“十四五”期间，全县累计投入卫生经费',
      fig('卫生经费', '8.6', '亿元', { year: 2025, period: '2021-2025' }),
      '，村卫生室标准化建设达标率',
      fig('达标率', '100', '%', { year: 2025 }),
      '。',
    )
    expect(attrs(rate)[1]).toEqual(['达标率', '100', null, 2025, null])
    expect(rate.emptied).toBe(0)
  })

  it('still empties a figure of the speech’s year after a span that runs on (以来), is not over, or is not its sentence’s', () => {
    const cases = [
      // “十四五”以来 runs up to whichever year is reviewed.
      [2025, ['“十四五”以来，农村自来水普及率从', fig('普及率', '85', '%', { year: 2020 }), '%提高到']],
      // 十四五 is not over when the new draft reviews 2024.
      [2023, ['“十四五”期间，农村自来水普及率从', fig('普及率', '85', '%', { year: 2020 }), '%提高到']],
      // The span is the sentence before's; this one is the year's own.
      [2025, ['“十四五”期间，累计新增城镇就业1.6万人。全年城镇新增就业']],
      // 2025年 written beside it moves, and the figure with it.
      [2025, ['“十四五”期间，参保率由2020年的90%提高到2025年的']],
    ] as const
    for (const [year, words] of cases) {
      const r = rollover(
        doc(
          { reviewYear: year, planYear: year + 1 },
          title('讲话'),
          opening(p('同志们：')),
          part({ kind: 'review' }, h2('工作回顾'), p(...words, fig('终点', '98', '%', { year }), '。')),
        ),
      )
      expect(attrs(r).at(-1), String(words[0])).toEqual(['终点', null, '98', year + 1, null])
    }
  })

  it('keeps the end of a closed span at the roll after next too (2027 → 2028)', () => {
    const once = rollReview(
      '“十四五”期间，累计新建学校14所，标准化建设达标率',
      fig('达标率', '100', '%', { year: 2025 }),
      '。',
    )
    expect(attrs(rollover(rollover(once.doc).doc))).toEqual([['达标率', '100', null, 2025, null]])
  })

  it('imported: the 2020 end of 81’s “由2020年的221.5亿元” stays 2020 with its value', () => {
    const r = roll('corpus/81-xwb-county-economic-work-december.txt')
    const kept = slotsOf(r.doc).filter((s) => s.attrs.value !== null)
    expect(kept.map((s) => [s.attrs.label, s.attrs.value, s.attrs.year, s.attrs.period])).toEqual([
      ['地区生产总值', '221.5', 2020, null],
      ['地区生产总值年均增长', '6.7', 2025, '2021-2025'],
      ['固定资产投资', '1200', 2025, '2021-2025'],
    ])
    expect(r.emptied).toBe(slotsOf(r.doc).length - 3)
  })
})

describe('rolling numbers typed as plain text', () => {
  const YEARS = { reviewYear: 2025, planYear: 2026 }
  const speech = () =>
    doc(
      YEARS,
      title('讲话'),
      opening(p('今年投入资金500万元。')),
      part(
        { kind: 'review' },
        h2('2025年工作回顾'),
        p('全年投入就业补助资金1200万元，新增就业', fig('新增就业', '3250', '人'), '，培训800人次。'),
      ),
      part({ kind: 'tasks' }, h2('2026年重点工作'), p('计划新建保障房300套。')),
      part({ kind: 'requirements' }, h2('工作要求'), p('安排经费50万元。')),
    )
  const typed = (r: ReturnType<typeof rollover>) => r.flags.filter((f) => f.kind === 'typed-figure')

  // Tryout 14 (A1): the opening's 表彰了8个…和25名 went to print unnamed. A number the figure
  // reader does not read there (the opening, the requirements) is named by the safety net.
  it('flags each figure typed as text in the review and the tasks, and names every other number left as text', () => {
    const r = rollover(speech())
    expect(typed(r).map((f) => [f.words, r.doc.textBetween(f.from, f.to)])).toEqual([
      ['500', '500'],
      ['1200万元', '1200万元'],
      ['800人次', '800人次'],
      ['300套', '300套'],
      ['50', '50'],
    ])
    expect(typed(r)[0].message).toBe(
      '这些数字没有变成空位，请逐一核对：“500”是去年讲稿里直接写的数，换年时不会清空。请改成今年的数，或确认不用改。',
    )
    expect(typed(r)[1].message).toBe(
      '“1200万元”是直接写在文字里的去年数字（不是数字空位），换年时不会清空：请改成今年的数字，或改成数字空位。',
    )
    expect(FLAG_NAMES['typed-figure']).toBe('写成文字的数字')
  })

  it('flags a place in a ranking in the opening, the review and the tasks, not in the requirements', () => {
    const r = rollover(
      doc(
        YEARS,
        title('讲话'),
        opening(p('全区住建工作综合考核居全市第3位。')),
        part({ kind: 'review' }, h2('2025年工作回顾'), p('开工量全市排名第2，列入第二批试点。')),
        part({ kind: 'tasks' }, h2('2026年重点工作'), p('力争进入全省前十。')),
        part({ kind: 'requirements' }, h2('工作要求'), p('始终位列全市第一方阵，把安全放在首位。')),
      ),
    )
    expect(typed(r).map((f) => [f.words, r.doc.textBetween(f.from, f.to)])).toEqual([
      ['居全市第3位', '居全市第3位'],
      ['全市排名第2', '全市排名第2'],
      ['进入全省前十', '进入全省前十'],
    ])
    expect(typed(r)[1].message).toBe('“全市排名第2”是去年讲稿里的名次，换年时不会改：请改成今年的名次，或删去。')
  })

  // Tryout 8 (B7): “九年义务教育巩固率达到98.7%，全市第二” was not among the hints.
  it('flags a place written after a comma (，全市第二), not a batch or a session of the city’s', () => {
    const r = rollover(
      doc(
        YEARS,
        title('讲话'),
        opening(p('同志们：')),
        part(
          { kind: 'review' },
          h2('2025年工作回顾'),
          p('九年义务教育巩固率达到', fig('九年义务教育巩固率', '98.7', '%'), '，全市第二。'),
          p('成功承办全市第二届中小学生运动会，全市第一批试点落户我县。'),
        ),
      ),
    )
    expect(typed(r).map((f) => [f.words, r.doc.textBetween(f.from, f.to)])).toEqual([['全市第二', '全市第二']])
  })

  it('finds a typed figure again after edits before it, and not once it is replaced', () => {
    const r = rollover(speech())
    const flag = present(
      typed(r).find((f) => f.words === '1200万元'),
      'the typed figure of the review',
    )
    const para = r.doc.resolve(flag.from).start()
    const moved = r.doc.replace(para, para, new Slice(Fragment.from(schema.text('新增一句。')), 0, 0))
    const found = locateFlag(moved, flag)!
    expect([moved.textBetween(found.from, found.to), found.from]).toEqual(['1200万元', flag.from + 5])
    const gone = moved.replace(found.from, found.to, new Slice(Fragment.from(fig('就业补助资金', null, '万元')), 0, 0))
    expect(locateFlag(gone, flag)).toBeNull()
  })

  it('a backup takes every kind of flag, the new one included', () => {
    expect([...FLAG_KINDS].sort()).toEqual(Object.keys(FLAG_NAMES).sort())
  })

  it('leaves a speech with every figure a slot, and masks, unflagged', () => {
    const r = rollover(
      doc(
        YEARS,
        title('讲话'),
        opening(p('同志们：')),
        part({ kind: 'review' }, h2('2025年工作回顾'), p('新增就业****人，', fig('新增', '3', '人'), '。')),
      ),
    )
    expect(typed(r)).toEqual([])
  })
})

describe('tryout 11: the 卫健 speech of 2024', () => {
  it('rolls its “十四五”以来 total empty, filed 2021-2025, and twice on keeps what was typed with a hint', () => {
    const once = roll('tryout11/health-2024.txt')
    const total = (d: PMNode) =>
      slotsOf(d)
        .filter((s) => /投资|医疗中心/.test(s.attrs.label))
        .map((s) => [s.attrs.label, s.attrs.value, s.attrs.year, s.attrs.period])
    expect(total(once.doc)).toEqual([
      ['卫生健康领域累计完成投资', null, 2025, '2021-2025'],
      ['建成县级医疗中心', null, 2025, '2021-2025'],
    ])
    // She types the 2021-2025 totals; the next roll (2026) keeps them as 十四五's and flags the words.
    const typed = new Transform(once.doc)
    once.doc.descendants((node, pos) => {
      if (node.type.name === 'slot' && /投资|医疗中心/.test(node.attrs.label))
        typed.setNodeMarkup(pos, null, { ...node.attrs, value: node.attrs.label.includes('投资') ? '7.08' : '3' })
    })
    const twice = rollover(typed.doc)
    expect(total(twice.doc)).toEqual([
      ['卫生健康领域累计完成投资', '7.08', 2025, '2021-2025'],
      ['建成县级医疗中心', '3', 2025, '2021-2025'],
    ])
    expect(twice.flags.filter((f) => f.words === '“十四五”以来').length).toBe(1)
    expect(once.flags.filter((f) => f.words === '“十四五”以来')).toEqual([])
  })
})

describe('tryout 11: one label, figures in two units', () => {
  it('carries 乡镇卫生院 412人 and 15所 both, and the library keeps them as two metrics', () => {
    const r = roll('tryout11/health-2024.txt')
    const both = r.carried.filter((c) => c.label === '乡镇卫生院')
    expect(both.map((c) => [c.value, c.unit, c.year])).toEqual([
      ['412', '人', 2024],
      ['15', '所', 2024],
    ])
    expect(keptRows(new FigureIndex([], []), both).map((c) => c.label)).toEqual(['乡镇卫生院', '乡镇卫生院（所）'])
    // A library that already counts 乡镇卫生院 in 所 keeps 412人 apart instead.
    const counted = new FigureIndex([{ key: '乡镇卫生院', label: '乡镇卫生院', unit: '所', aliases: [] }], [])
    expect(keptRows(counted, both).map((c) => c.label)).toEqual(['乡镇卫生院（人）', '乡镇卫生院'])
  })
})

// Tryout 15 (A4): the “十四五” totals the roll keeps were printed in 2027's draft with no prompt.
describe('a figure of a span over before the year the draft now reviews', () => {
  const periodFlags = (review: number, ...content: (PMNode | string)[]) =>
    rollReviewParagraph(review, ...content).flags.filter(
      (f) => f.kind === 'time-bound' && f.message.includes('年的数，这篇讲话回顾的是'),
    )

  it('is named in 换年提示, with the others of its sentence (统计, 人社, 卫健, 交通)', () => {
    const [stats] = periodFlags(
      2025,
      '“十四五”期间累计完成固定资产投资',
      fig('固定资产投资', '1286', '亿元', { year: 2025, period: '2021-2025' }),
      '，累计实施亿元以上项目',
      fig('实施亿元以上项目', '418', '个', { year: 2025, period: '2021-2025' }),
      '。',
    )
    expect(stats.message).toBe(
      '“1286亿元”“418个”是2021—2025年的数，这篇讲话回顾的是2026年，换年时原样保留了：请确认还要这样讲，或改写、删去。',
    )
    expect(stats.words).toBe('“十四五”期间累计完成固定资产投资')
    const jobs = periodFlags(
      2025,
      '2021—2025年，全市累计新增城镇就业',
      fig('新增城镇就业', '3.1', '万人', { year: 2025, period: '2021-2025' }),
      '。',
    )
    expect(jobs.map((f) => f.words)).toEqual(['全市累计新增城镇就业'])
    expect(
      periodFlags(
        2025,
        '“十四五”期间，全县累计新增医疗床位',
        fig('新增医疗床位', '1260', '张', { year: 2025, period: '2021-2025' }),
        '。',
      ),
    ).toHaveLength(1)
    expect(
      periodFlags(
        2026,
        '“十四五”期间，全县累计新改建农村公路',
        fig('新改建农村公路', '865', '公里', { year: 2025, period: '2021-2025' }),
        '。',
      ),
    ).toHaveLength(1)
  })

  it('is not named while its span runs on to the year reviewed, nor for a year’s own figure or a start of a change', () => {
    // “十四五”以来 rolled 2024 → 2025: the span becomes 2021-2025 and is emptied.
    expect(
      periodFlags(
        2024,
        '“十四五”以来，全县累计完成投资',
        fig('累计完成投资', '5.62', '亿元', { year: 2024, period: '2021-2024' }),
        '。',
      ),
    ).toEqual([])
    // 五年来 moves whole; a year's figure is emptied; 由2020年的 is a start, kept but of no span.
    expect(
      periodFlags(
        2025,
        '五年来累计新增就业',
        fig('新增就业', '3.1', '万人', { year: 2025, period: '2021-2025' }),
        '。',
      ),
    ).toEqual([])
    expect(periodFlags(2025, '全年城镇新增就业', fig('城镇新增就业', '6320', '人', { year: 2025 }), '。')).toEqual([])
    expect(
      periodFlags(
        2025,
        '全县地区生产总值由2020年的',
        fig('地区生产总值', '198.6', '亿元', { year: 2020 }),
        '增加到',
        fig('地区生产总值', '286.5', '亿元', { year: 2025 }),
        '。',
      ),
    ).toEqual([])
  })
})
