/**
 * The check engine (engine.ts): where each finding points in the speech, in what order, which are
 * hidden, and which blocks are checked again after an edit, a fill or a change of settings.
 */
import { readFileSync } from 'node:fs'
import type { Node as PMNode } from 'prosemirror-model'
import { Transform } from 'prosemirror-transform'
import { describe, expect, it, vi } from 'vitest'
import { CheckEngine, type CheckRun, checkDocument } from '../../src/core/checks/engine'
import { findingKey, type Finding } from '../../src/core/checks/types'
import { BLOCK_RULES, isIgnored, RULES, SPLIT_FROM } from '../../src/core/checks/rules'
import { importText } from '../../src/core/import'
import { schema, slotAttrs } from '../../src/core/schema'
import { slotReading } from '../../src/core/text'
import {
  byline,
  closing,
  doc,
  fig,
  greeting,
  h2,
  h3,
  opening,
  p,
  part,
  section,
  speechOf,
  title,
  withSlotValue,
} from './build'

const years = { reviewYear: 2025, planYear: 2026 }

const words = (d: PMNode, f: Pick<Finding, 'from' | 'to'>) =>
  d.textBetween(f.from, f.to, '\n', (n) => slotReading(slotAttrs(n)))

const clean =
  '真抓实干 推动工作再上新台阶\n同志们：\n今天召开全县工作会议，总结2025年工作，部署2026年任务。下面，我讲三点意见：\n一、2025年工作回顾\n全年完成了各项工作任务。\n二、2026年工作任务\n确保完成全年目标任务。\n三、工作要求\n一要加强领导。二要压实责任。\n同志们，让我们奋发有为，再创佳绩！\n'

/** Every textblock's range, as the engine reports blocks checked afresh. */
function blockRanges(d: PMNode) {
  const out: { from: number; to: number }[] = []
  d.descendants((n, pos) => {
    if (!n.isTextblock) return true
    out.push({ from: pos, to: pos + n.nodeSize })
    return false
  })
  return out
}

/** The range of the first textblock whose text includes `text`. */
function rangeOf(d: PMNode, text: string) {
  const r = blockRanges(d).find((b) => d.textBetween(b.from, b.to).includes(text))
  if (!r) throw new Error(`no block with ${text}`)
  return r
}

describe('where findings point', () => {
  it('points at the words in every place of the speech: head, opening, parts, sections, closing', () => {
    const d = doc(
      { reviewYear: 2025, planYear: 2026 },
      title('讲话＿＿稿'),
      greeting('同志们：'),
      opening(p('今天召开会议，请于＿＿前报送。')),
      part({ kind: 'review' }, h2('2025年工作回顾'), p('全年完成了＿＿任务。')),
      part(
        { kind: 'tasks' },
        h2('2026年工作任务'),
        section(h3('稳就业'), p('确保完成。'), p('由＿＿牵头。')),
        section(h3('保民生'), p('落实【】政策。')),
      ),
      closing(p('同志们，＿＿谢谢！')),
    )
    const found = checkDocument(d).filter((f) => f.rule === 'placeholder-text')
    expect(found.map((f) => [words(d, f), f.excerpt])).toEqual([
      ['＿＿', '讲话＿＿稿'],
      ['＿＿', '…开会议，请于＿＿前报送。'],
      ['＿＿', '全年完成了＿＿任务。'],
      ['＿＿', '由＿＿牵头。'],
      ['【】', '落实【】政策。'],
      ['＿＿', '同志们，＿＿谢谢！'],
    ])
  })
  it('points a part’s own finding at its heading', () => {
    const d = speechOf(
      part({ kind: 'review' }, h2('2025年工作回顾'), p('完成了任务。')),
      part({ kind: 'tasks' }, h2('2026年工作任务'), section(h3('稳就业')), section(h3('保民生'), p('确保完成。'))),
    )
    const found = checkDocument(d).filter((f) => f.rule === 'empty-part')
    expect(found.map((f) => [words(d, f), f.message, f.severity])).toEqual([
      ['稳就业', '“稳就业”这一节下面还没有内容。', 'warning'],
    ])
  })
})

describe('the order of findings', () => {
  it('is the speech’s order, a finding that starts earlier first even when it ends later', () => {
    const long = `${'加强领导、'.repeat(30)}完成任务, 再创佳绩。`
    const found = checkDocument(importText(clean.replace('全年完成了各项工作任务。', long)).doc)
    expect(found.map((f) => f.rule)).toEqual(['long-sentence', 'halfwidth-punct'])
  })
  it('is by position within a block, whatever the order of the rules', () => {
    const d = importText(clean.replace('全年完成了各项工作任务。', '按照要求, 请于＿＿前报送。')).doc
    const run = new CheckEngine().run(d)
    expect(run.blockFindings.map((f) => [f.rule, words(d, f)])).toEqual([
      ['halfwidth-punct', ', '],
      ['placeholder-text', '＿＿'],
    ])
  })
  it('gives each finding its rule, severity, message, place and words', () => {
    const d = importText(clean.replace('全年完成了各项工作任务。', '按照要求, 抓好落实。')).doc
    const [f] = checkDocument(d)
    expect(f).toEqual({
      rule: 'halfwidth-punct',
      severity: 'warning',
      message: '中文里用了半角“,”，应为全角“，”。',
      from: f.from,
      to: f.from + 2,
      excerpt: '按照要求, 抓好落实。',
    })
    expect(words(d, f)).toBe(', ')
  })
})

describe('the order of findings of the speech and of its blocks', () => {
  it('puts a part’s own finding and the speech’s finding on it in place, the shorter first', () => {
    const d = speechOf(
      part({ kind: 'tasks' }, h2('2026年工作任务')),
      part({ kind: 'review' }, h2('2025年工作回顾'), p('完成了＿＿任务。')),
      part({ kind: 'requirements' }, h2('工作要求'), p('一要严。')),
    )
    expect(checkDocument(d).map((f) => [f.rule, words(d, f)])).toEqual([
      ['empty-part', '2026年工作任务'],
      ['required-parts', '2026年工作任务'],
      ['placeholder-text', '＿＿'],
    ])
  })
  it('puts a missing part where it would go, before the blocks after it', () => {
    const d = doc(
      years,
      title('讲话'),
      opening(p('今天召开会议。')),
      part({ kind: 'review' }, h2('2025年工作回顾'), p('完成了＿＿任务。')),
      part({ kind: 'tasks' }, h2('2026年工作任务'), p('确保完成。')),
      part({ kind: 'requirements' }, h2('工作要求'), p('一要严。')),
      closing(p('同志们，谢谢！'), p('请于＿＿前报送。')),
    )
    expect(checkDocument(d).map((f) => [f.rule, words(d, f)])).toEqual([
      ['required-parts', ''],
      ['placeholder-text', '＿＿'],
      ['placeholder-text', '＿＿'],
    ])
  })
})

describe('a block’s place in the speech', () => {
  it('decides how the year rules read it: done in the tasks, in a section too, is last year’s words', () => {
    const done = '圆满完成了2024年各项目标任务。'
    const d = doc(
      years,
      title('讲话'),
      greeting('同志们：'),
      opening(p('今天召开会议。')),
      part({ kind: 'review' }, h2('2025年工作回顾'), p('完成了任务。')),
      part({ kind: 'tasks' }, h2('2026年工作任务'), p(done), section(h3('稳就业'), p(done))),
      part({ kind: 'requirements' }, h2('工作要求'), p('一要严。')),
      closing(p('同志们，谢谢！'), p(done)),
    )
    expect(
      checkDocument(d)
        .filter((f) => f.rule === 'wrong-year')
        .map((f) => [words(d, f), f.message]),
    ).toEqual([
      ['2024', '任务部分说要完成2024年的目标任务，但这篇讲话部署的是2026年，可能是去年的原话。'],
      ['2024', '任务部分说要完成2024年的目标任务，但这篇讲话部署的是2026年，可能是去年的原话。'],
      ['2024', '这里说完成的是2024年的目标任务，但这篇讲话回顾的是2025年，应为2025年。'],
    ])
  })

  it('is read again when a part changes kind, its sections unchanged', () => {
    const done = '圆满完成了2024年各项目标任务。'
    const d = speechOf(part({ kind: 'tasks' }, h2('2026年工作任务'), section(h3('稳就业'), p(done))))
    const engine = new CheckEngine()
    const wrongYears = (run: CheckRun) => run.findings.filter((f) => f.rule === 'wrong-year').length
    expect(wrongYears(engine.run(d))).toBe(1)
    let at = -1
    d.forEach((n, pos) => {
      if (n.type.name === 'part') at = pos
    })
    const other = new Transform(d).setNodeMarkup(at, undefined, { ...d.nodeAt(at)?.attrs, kind: 'other' }).doc
    expect(wrongYears(engine.run(other))).toBe(wrongYears(new CheckEngine().run(other)))
    expect(wrongYears(engine.run(other))).toBe(0)
  })
})

describe('the day the speech is given', () => {
  const given = (...lines: string[]) =>
    doc(
      years,
      title('讲话'),
      ...lines.map((l) => byline(l)),
      greeting('同志们：'),
      opening(p('今天召开会议。')),
      part({ kind: 'review' }, h2('2025年工作回顾'), p('今年以来，完成了任务。')),
      part({ kind: 'tasks' }, h2('2026年工作任务'), p('确保完成。')),
      part({ kind: 'requirements' }, h2('工作要求'), p('一要严。')),
      closing(p('同志们，谢谢！')),
    )
  const relative = (d: PMNode) =>
    checkDocument(d)
      .filter((f) => f.rule === 'relative-time')
      .map((f) => words(d, f))
  it('is the first date of the byline: in the year reviewed, its 今年 is that year', () => {
    expect(relative(given('县长 张三', '（2025年12月26日）'))).toEqual([])
  })
  it('in the year planned, or not given, leaves 今年 in the review unclear', () => {
    expect(relative(given('（2026年2月10日）'))).toEqual(['今年以来'])
    expect(relative(given())).toEqual(['今年以来'])
  })
})

describe('findings hidden by the user', () => {
  const d = () =>
    importText(
      clean
        .replace('全年完成了各项工作任务。', '按照要求, 抓好落实，，成效明显。')
        .replace('同志们，让我们奋发有为，再创佳绩！\n', ''),
    ).doc
  it('are all shown by default', () => {
    const run = new CheckEngine().run(d())
    expect(run.findings.map((f) => f.rule)).toEqual(['halfwidth-punct', 'doubled-punct', 'required-parts'])
    expect(run.hidden).toBe(0)
  })
  it('leave out a rule switched off, in the block and in the document findings', () => {
    const run = new CheckEngine({ disabledRules: ['halfwidth-punct', 'required-parts'] }).run(d())
    expect(run.findings.map((f) => f.rule)).toEqual(['doubled-punct'])
    expect(run.blockFindings.map((f) => f.rule)).toEqual(['doubled-punct'])
    expect(run.documentFindings).toEqual([])
    expect(run.hidden).toBe(2)
  })
  it('leave out a finding ignored by its words, the rest of its rule kept', () => {
    const all = checkDocument(d())
    const ignored = [findingKey(all[1])]
    const run = new CheckEngine({ ignored }).run(d())
    expect(run.findings.map((f) => f.rule)).toEqual(['halfwidth-punct', 'required-parts'])
    expect(run.hidden).toBe(1)
    const both = new CheckEngine({ ignored, disabledRules: ['required-parts'] }).run(d())
    expect(both.findings.map((f) => f.rule)).toEqual(['halfwidth-punct'])
    expect(both.hidden).toBe(2)
  })
})

describe('findings ignored under the older id of a rule split out of it', () => {
  // A one-year review opening with an older year (older-review-year, once wrong-year) and a count
  // restated a slip apart (restated-count, once inconsistent-figure), each ignored before the split.
  const speech = () =>
    importText(
      [
        '真抓实干 推动工作再上新台阶',
        '同志们：',
        '今天召开全县工作会议，总结2025年工作，部署2026年任务。',
        '一、2025年工作回顾',
        '2023年，县烟草专卖局在县委的坚强领导下，各项工作取得新成效。',
        '全县持证零售户1,862户，办证审批时限压缩至3个工作日。要对全县1,826户零售户实施分档分类管理。',
        '二、2026年工作任务',
        '确保完成全年目标任务。',
        '三、工作要求',
        '一要加强领导。二要压实责任。',
        '同志们，谢谢！',
      ].join('\n'),
    ).doc
  const split = (d: PMNode) => checkDocument(d).filter((f) => f.rule in SPLIT_FROM)
  const olderKey = (f: Finding) => findingKey({ rule: SPLIT_FROM[f.rule] ?? '', excerpt: f.excerpt })

  it('stay ignored under the new id at the same words', () => {
    const d = speech()
    const found = split(d)
    expect(found.map((f) => f.rule).sort()).toEqual(['older-review-year', 'restated-count'])
    const run = new CheckEngine({ ignored: found.map(olderKey) }).run(d)
    expect(run.findings.filter((f) => f.rule in SPLIT_FROM)).toEqual([])
    expect(run.hidden).toBe(2)
  })
  it('cover nothing else: the new rule at other words, other rules at the same words, nor the older rule by the new id', () => {
    const d = speech()
    const elsewhere = split(d).map((f) => findingKey({ rule: SPLIT_FROM[f.rule] ?? '', excerpt: `${f.excerpt}。` }))
    expect(new CheckEngine({ ignored: elsewhere }).run(d).findings.filter((f) => f.rule in SPLIT_FROM)).toHaveLength(2)
    const at = (rule: string) => ({ rule, excerpt: '1826户' })
    expect(isIgnored(at('restated-count'), ['inconsistent-figure|1826户'])).toBe(true)
    expect(isIgnored(at('arithmetic'), ['inconsistent-figure|1826户'])).toBe(false)
    expect(isIgnored(at('inconsistent-figure'), ['restated-count|1826户'])).toBe(false)
    expect(isIgnored(at('older-review-year'), ['inconsistent-figure|1826户'])).toBe(false)
  })
  it('are named in the table by rules that exist, each split from another', () => {
    const ids = new Set(RULES.map((r) => r.id))
    for (const [rule, older] of Object.entries(SPLIT_FROM)) {
      expect(ids.has(rule), rule).toBe(true)
      expect(ids.has(older ?? ''), older).toBe(true)
      expect(older).not.toBe(rule)
    }
  })
})

/** The ranges of the blocks a run checked afresh. */
const ranges = (run: CheckRun) => run.changed.map(({ from, to }) => ({ from, to }))

describe('what is checked again', () => {
  it('checks every block once, then only a block whose words changed', () => {
    const engine = new CheckEngine()
    const d = importText(clean).doc
    expect(ranges(engine.run(d))).toEqual(blockRanges(d))
    expect(ranges(engine.run(d))).toEqual([])
    const at = rangeOf(d, '全年完成了').from + 2
    const edited = new Transform(d).insert(at, schema.text('按照要求, ')).doc
    const run = engine.run(edited)
    expect(ranges(run)).toEqual([rangeOf(edited, '按照要求')])
    // With each changed block, its findings as the whole list has them: what the editor redraws.
    const [{ from, to, findings }] = run.changed
    expect(findings).toEqual(run.blockFindings.filter((f) => f.from >= from && f.to <= to))
    expect(run.findings.map((f) => [f.rule, words(edited, f)])).toEqual([['halfwidth-punct', ', ']])
  })
  it('checks every block again when the settings change, keeping the settings not given', () => {
    const engine = new CheckEngine()
    const d = importText(clean).doc
    engine.run(d)
    engine.setOptions({ maxSentenceChars: 20 })
    expect(engine.currentOptions.maxSentenceChars).toBe(20)
    expect(engine.currentOptions.timeBoundPhrases).toContain('开局之年')
    const run = engine.run(d)
    expect(ranges(run)).toEqual(blockRanges(d))
    expect(run.findings.map((f) => words(d, f))).toEqual(['今天召开全县工作会议，总结2025年工作，部署2026年任务。'])
    engine.setOptions({ timeBoundPhrases: ['再创佳绩'] })
    expect(engine.currentOptions.maxSentenceChars).toBe(20)
    expect(
      engine
        .run(d)
        .findings.filter((f) => f.rule === 'time-bound')
        .map((f) => words(d, f)),
    ).toEqual(['再创佳绩'])
  })
  it('checks every block again when the figures behind the checks change', () => {
    const engine = new CheckEngine()
    const d = importText(clean).doc
    engine.run(d)
    engine.setOptions({ figuresVersion: 1 })
    expect(ranges(engine.run(d))).toEqual(blockRanges(d))
    expect(ranges(engine.run(d))).toEqual([])
    engine.setOptions({ figuresVersion: 2 })
    expect(ranges(engine.run(d))).toEqual(blockRanges(d))
  })
  it('after a figure is filled, checks again the blocks with figures only', () => {
    const d = speechOf(
      part(
        { kind: 'review' },
        h2('2025年工作回顾'),
        p('新增就业', fig('新增就业', '3250', '人'), '。'),
        p('培训', fig('培训', null, '人次'), '。'),
        p('完成了任务。'),
        p('新设企业', fig('新设企业', null, '家'), '。'),
      ),
    )
    const engine = new CheckEngine({ disabledRules: ['required-parts'] })
    expect(engine.run(d).findings.map((f) => f.rule)).toEqual(['empty-slot', 'empty-slot'])
    const after = withSlotValue(d, (s) => s.attrs.label === '培训', '1200')
    const run = engine.run(after)
    // Most figures are now filled: the one still empty is a placeholder left behind.
    expect(run.findings.map((f) => [f.rule, words(after, f)])).toEqual([['placeholder-text', '＿＿家']])
    expect(ranges(run)).toEqual([rangeOf(after, '新增就业'), rangeOf(after, '培训'), rangeOf(after, '新设企业')])
  })
})

describe('the words of a block with figures', () => {
  it('are not read again after a fill, and are after an edit', () => {
    const d = speechOf(
      part(
        { kind: 'review' },
        h2('2025年工作回顾'),
        p(
          '新增就业',
          fig('新增就业', '3250', '人'),
          '，培训',
          fig('培训', '1200', '人次'),
          '，新设企业',
          fig('新设企业', null, '家'),
          '。',
        ),
      ),
    )
    const textRule = BLOCK_RULES.find((r) => !r.usesSlots)
    if (!textRule) throw new Error('no text rule')
    const engine = new CheckEngine()
    engine.run(d)
    const spy = vi.spyOn(textRule, 'check')
    try {
      let slot = -1
      d.descendants((n, pos) => {
        if (n.type.name === 'slot' && n.attrs.value === null) slot = pos
      })
      const filled = new Transform(d).setNodeMarkup(slot, undefined, { ...d.nodeAt(slot)?.attrs, value: '86' }).doc
      expect(ranges(engine.run(filled))).toEqual([rangeOf(filled, '新增就业')])
      expect(spy).not.toHaveBeenCalled()
      const edited = new Transform(filled).insert(slot + 2, schema.text('全面')).doc
      engine.run(edited)
      expect(spy).toHaveBeenCalledTimes(1)
      // A run of one block is a key: its words are not kept (the next key changes them), so a
      // fill in that block reads them again. A run of many keeps them.
      const refilled = new Transform(edited).setNodeMarkup(slot, undefined, {
        ...edited.nodeAt(slot)?.attrs,
        value: '87',
      }).doc
      engine.run(refilled)
      expect(spy).toHaveBeenCalledTimes(2)
    } finally {
      spy.mockRestore()
    }
  })
})

describe('blocks alike in one run', () => {
  it('have their words read once', () => {
    const same = () => p('新增就业', fig('新增就业', null, '人'), '，完成了任务。')
    const d = speechOf(part({ kind: 'review' }, h2('2025年工作回顾'), same(), same(), same()))
    const textRule = BLOCK_RULES.find((r) => !r.usesSlots)
    if (!textRule) throw new Error('no text rule')
    const spy = vi.spyOn(textRule, 'check')
    try {
      new CheckEngine().run(d)
      const reads = spy.mock.calls.filter(([view]) => view.text.startsWith('新增就业')).length
      expect(reads).toBe(1)
    } finally {
      spy.mockRestore()
    }
  })
})

describe('a fill in one part', () => {
  it('reads an empty figure in another, unchanged part again once most figures are filled', () => {
    const d = speechOf(
      part({ kind: 'review' }, h2('2025年工作回顾'), p('新增就业', fig('新增就业', null, '人'), '。')),
      part({ kind: 'tasks' }, h2('2026年工作任务'), section(h3('稳就业'), p('培训', fig('培训', null, '人次'), '。'))),
    )
    const engine = new CheckEngine({ disabledRules: ['required-parts'] })
    expect(engine.run(d).findings.map((f) => f.rule)).toEqual(['empty-slot', 'empty-slot'])
    const after = withSlotValue(d, (s) => s.attrs.label === '新增就业', '3250')
    // One filled, one empty: not most filled yet, so the empty one is still a figure to come.
    expect(engine.run(after).findings.map((f) => f.rule)).toEqual(['empty-slot'])
    const slot = rangeOf(after, '新增就业').from + 1 + '新增就业'.length
    const more = new Transform(after).insert(slot + 1, [schema.text('，其中'), fig('高校毕业生', '1200', '人')]).doc
    expect(engine.run(more).findings.map((f) => [f.rule, words(more, f)])).toEqual([['placeholder-text', '＿＿人次']])
    expect(engine.run(more).findings).toEqual(new CheckEngine({ disabledRules: ['required-parts'] }).run(more).findings)
  })
})

describe('an engine that has checked earlier versions', () => {
  /** A small deterministic random sequence (the same edits on every run). */
  function random(seed: number) {
    let s = seed
    return (n: number) => {
      s = (s * 1103515245 + 12345) % 2 ** 31
      return s % n
    }
  }
  const snippets = ['，', ', ', '2019年', '。。', '同比增长12%', '开局之年', '的的', '（一）', '今年', '']

  it('finds what a fresh check finds, after edits in sections and parts, kinds, years and figures changed', () => {
    const text = readFileSync(new URL('../fixtures/corpus/02-wjw-city-health.txt', import.meta.url), 'utf8')
    let d = importText(text).doc
    const engine = new CheckEngine()
    const next = random(7)
    const kinds = ['review', 'tasks', 'requirements', 'other'] as const
    let sectionEdits = 0
    let kindChanges = 0
    for (let step = 0; step < 120; step++) {
      const blocks: { pos: number; node: PMNode; inSection: boolean }[] = []
      const parts: number[] = []
      d.descendants((n, pos, parent) => {
        if (n.type.name === 'part') parts.push(pos)
        if (!n.isTextblock) return true
        blocks.push({ pos, node: n, inSection: parent?.type.name === 'section' })
        return false
      })
      const tr = new Transform(d)
      const what = next(10)
      if (what < 6) {
        const b = blocks[next(blocks.length)]
        const at = b.pos + 1 + next(b.node.content.size + 1)
        const snippet = snippets[next(snippets.length)]
        if (snippet) tr.insert(at, schema.text(snippet))
        else if (b.node.content.size > 2) tr.delete(b.pos + 1, b.pos + 3)
        if (b.inSection) sectionEdits++
      } else if (what < 8 && parts.length) {
        const pos = parts[next(parts.length)]
        tr.setNodeMarkup(pos, undefined, { ...d.nodeAt(pos)?.attrs, kind: kinds[next(kinds.length)] })
        kindChanges++
      } else if (what < 9) {
        const year = 2020 + next(8)
        tr.setDocAttribute('reviewYear', year).setDocAttribute('planYear', year + 1)
      } else {
        const slots: number[] = []
        d.descendants((n, pos) => {
          if (n.type.name === 'slot') slots.push(pos)
        })
        if (slots.length) {
          const pos = slots[next(slots.length)]
          const value = next(3) ? String(next(5000)) : null
          tr.setNodeMarkup(pos, undefined, { ...d.nodeAt(pos)?.attrs, value })
        }
      }
      d = tr.doc
      const kept = engine.run(d)
      const fresh = new CheckEngine().run(d)
      expect(kept.findings, `step ${step}`).toEqual(fresh.findings)
    }
    // The sequence reached what it is meant to test.
    expect(sectionEdits).toBeGreaterThan(5)
    expect(kindChanges).toBeGreaterThan(5)
    // Two hundred fresh checks of a whole speech: about 4 s on an idle machine.
  }, 30_000)
})

describe('checking a speech a slice at a time (warm)', () => {
  const text = readFileSync(new URL('../fixtures/corpus/02-wjw-city-health.txt', import.meta.url), 'utf8')
  const speech = importText(text).doc

  it('stops when told, and the next run checks only the blocks it had not reached', () => {
    const engine = new CheckEngine()
    let asked = 0
    // Three blocks checked, then enough.
    expect(engine.warm(speech, () => ++asked > 3)).toBe(false)
    const run = engine.run(speech)
    expect(run.changed).toHaveLength(blockRanges(speech).length - 3)
  })

  it('warmed to the end, leaves the run nothing to check, and the run finds what a fresh engine finds', () => {
    const engine = new CheckEngine()
    let slices = 0
    // A block a slice, as an editor's tasks would take them: enough once a block is checked.
    const oneBlock = () => {
      let asked = 0
      return () => asked++ > 0
    }
    while (!engine.warm(speech, oneBlock())) slices++
    // Each slice but the last stops at the next block; the last reaches the end.
    expect(slices).toBe(blockRanges(speech).length - 1)
    const run = engine.run(speech)
    expect(run.changed).toEqual([])
    expect(run.findings).toEqual(new CheckEngine().run(speech).findings)
  })
})
