/**
 * The structure rules (structure-rules.ts) read exactly: required parts (what is missing, where,
 * how severe), the parts' order, empty parts and sections, and the points announced in the
 * opening and in a part, on speeches built in one line.
 */
import type { Node as PMNode } from 'prosemirror-model'
import { describe, expect, it } from 'vitest'
import { checkDocument } from '../../src/core/checks/engine'
import { announcedCount } from '../../src/core/checks/structure-rules'
import type { RequiredId } from '../../src/core/schema'
import { closing, doc, fig, greeting, h2, h3, item, opening, p, part, section, title } from './build'

const years = { reviewYear: 2025, planYear: 2026 }
const review = () => part({ kind: 'review' }, h2('2025年工作回顾'), p('完成了任务。'))
const tasks = () => part({ kind: 'tasks' }, h2('2026年工作任务'), p('确保完成。'))
const requirements = () => part({ kind: 'requirements' }, h2('工作要求'), p('一要严。'))

/** Each finding of the rule: [the words it points at, message, severity]. */
const findings = (d: PMNode, rule: string) =>
  checkDocument(d)
    .filter((f) => f.rule === rule)
    .map((f) => [d.textBetween(f.from, f.to, '\n', () => '□'), f.message, f.severity])

/** Where each finding of the rule starts and ends. */
const places = (d: PMNode, rule: string) =>
  checkDocument(d)
    .filter((f) => f.rule === rule)
    .map((f) => [f.from, f.to, f.excerpt])

describe('required parts', () => {
  it('reports an empty title at the start: a warning without a template (an error from one: checks.test)', () => {
    const d = doc(
      years,
      title(''),
      greeting('同志们：'),
      opening(p('开场。')),
      review(),
      tasks(),
      requirements(),
      closing(p('谢谢！')),
    )
    expect(places(d, 'required-parts')).toEqual([[1, 1, '标题']])
    expect(findings(d, 'required-parts')).toEqual([['', '缺少必需的部分：标题。', 'warning']])
  })
  it('reports a missing greeting where the opening starts, a missing closing at the end', () => {
    const d = doc(years, title('讲话'), opening(p('开场。')), review(), tasks(), requirements())
    const openingAt = d.child(0).nodeSize
    expect(places(d, 'required-parts')).toEqual([
      [openingAt, openingAt, '称呼'],
      [d.content.size, d.content.size, '结束语'],
    ])
    expect(findings(d, 'required-parts').map((f) => [f[1], f[2]])).toEqual([
      ['缺少必需的部分：称呼。', 'warning'],
      ['缺少必需的部分：结束语。', 'warning'],
    ])
  })
  it('reports a missing part where the parts start, or at the end when there is none', () => {
    // from a template, which asks for the requirements an imported speech is not told it lacks
    const drafted = { ...years, templateId: 'hrss' }
    const d = doc(drafted, title('讲话'), greeting('同志们：'), opening(p('开场。')), tasks(), closing(p('谢谢！')))
    const partsAt = d.child(0).nodeSize + d.child(1).nodeSize + d.child(2).nodeSize
    expect(places(d, 'required-parts')).toEqual([
      [partsAt, partsAt, '回顾'],
      [partsAt, partsAt, '要求'],
    ])
    const none = doc(drafted, title('讲话'), greeting('同志们：'), opening(p('开场。')))
    expect(places(none, 'required-parts').map((f) => f.slice(0, 2))).toEqual([
      [none.content.size, none.content.size],
      [none.content.size, none.content.size],
      [none.content.size, none.content.size],
      [none.content.size, none.content.size],
    ])
  })
  it('reports an opening without words when the speech requires one', () => {
    const required: RequiredId[] = ['title', 'opening']
    const d = doc(
      { ...years, required },
      title('讲话'),
      greeting('同志们：'),
      opening(p('')),
      review(),
      closing(p('谢谢！')),
    )
    const openingAt = d.child(0).nodeSize + d.child(1).nodeSize
    expect(places(d, 'required-parts')).toEqual([[openingAt, openingAt, '开头']])
    const withWords = doc({ ...years, required }, title('讲话'), opening(p('开场。')), review())
    expect(places(withWords, 'required-parts')).toEqual([])
    const noGreeting = doc({ ...years, required: ['greeting'] }, title('讲话'), opening(p('开场。')), review())
    expect(places(noGreeting, 'required-parts')).toEqual([
      [noGreeting.child(0).nodeSize, noGreeting.child(0).nodeSize, '称呼'],
    ])
  })
  it('takes a greeting or closing of blanks for none', () => {
    const d = doc(
      years,
      title('讲话'),
      greeting('  '),
      opening(p('开场。')),
      review(),
      tasks(),
      requirements(),
      closing(p(' ')),
    )
    expect(findings(d, 'required-parts').map((f) => f[1])).toEqual([
      '缺少必需的部分：称呼。',
      '缺少必需的部分：结束语。',
    ])
  })
  it('reports parts out of order at the part that comes too early, once for each part it precedes', () => {
    const d = doc(
      years,
      title('讲话'),
      greeting('同志们：'),
      opening(p('开场。')),
      requirements(),
      tasks(),
      review(),
      closing(p('谢谢！')),
    )
    expect(findings(d, 'required-parts')).toEqual([
      ['工作要求\n一要严。', '“要求”部分排在了“回顾”部分前面，通常应先回顾、再部署任务、最后提要求。', 'warning'],
      ['工作要求\n一要严。', '“要求”部分排在了“任务”部分前面，通常应先回顾、再部署任务、最后提要求。', 'warning'],
      [
        '2026年工作任务\n确保完成。',
        '“任务”部分排在了“回顾”部分前面，通常应先回顾、再部署任务、最后提要求。',
        'warning',
      ],
    ])
    const inOrder = doc(
      years,
      title('讲话'),
      greeting('同志们：'),
      opening(p('开场。')),
      review(),
      tasks(),
      requirements(),
      closing(p('谢谢！')),
    )
    expect(findings(inOrder, 'required-parts')).toEqual([])
  })
  it('shows a part out of order by its first twenty characters', () => {
    const long = part({ kind: 'tasks' }, h2('2026年工作任务'), p('确保全面完成全年各项目标任务，推动高质量发展。'))
    const d = doc(
      years,
      title('讲话'),
      greeting('同志们：'),
      opening(p('开场。')),
      long,
      review(),
      requirements(),
      closing(p('谢谢！')),
    )
    expect(places(d, 'required-parts').map((f) => f[2])).toEqual(['2026年工作任务\n确保全面完成全年各项'])
  })
})

describe('empty parts and sections', () => {
  const speech = (...parts: PMNode[]) =>
    doc(years, title('讲话'), greeting('同志们：'), opening(p('开场。')), ...parts, closing(p('谢谢！')))

  it('reports a part without a heading, or with nothing under it, at its heading', () => {
    const d = speech(
      part({ kind: 'review' }, h2('2025年工作回顾')),
      part({ kind: 'tasks' }, h2(''), p('确保完成。')),
      part({ kind: 'other' }, h2(' ')),
    )
    expect(findings(d, 'empty-part')).toEqual([
      ['2025年工作回顾', '“2025年工作回顾”下面还没有内容。', 'error'],
      ['', '这个部分没有标题。', 'error'],
      [' ', '这个部分没有标题。', 'error'],
      [' ', '“ ”下面还没有内容。', 'error'],
    ])
    expect(
      checkDocument(d)
        .filter((f) => f.rule === 'empty-part')
        .map((f) => f.excerpt),
    ).toEqual(['2025年工作回顾', '（无标题部分）', '（无标题部分）', ' '])
  })
  it('takes blank paragraphs for nothing, and a figure alone for something', () => {
    const d = speech(
      part({ kind: 'review' }, h2('回顾'), p('  '), p('')),
      part({ kind: 'tasks' }, h2('任务'), p(fig('新增就业', null, '人'))),
    )
    expect(findings(d, 'empty-part')).toEqual([['回顾', '“回顾”下面还没有内容。', 'error']])
    const untitled = speech(part({ kind: 'review' }, h2('')))
    expect(findings(untitled, 'empty-part').map((f) => f[1])).toEqual([
      '这个部分没有标题。',
      '“这个部分”下面还没有内容。',
    ])
  })
  it('warns of a section without a heading or without content, at its heading', () => {
    const d = speech(
      part(
        { kind: 'tasks' },
        h2('任务'),
        p('重点抓好以下工作。'),
        section(h3('稳就业')),
        section(h3(''), p('确保完成。')),
        section(h3('保民生'), p(' ')),
        section({ runIn: true }, h3('抓落实。')),
        section(h3('促发展'), item('新建项目。')),
      ),
    )
    expect(findings(d, 'empty-part')).toEqual([
      ['稳就业', '“稳就业”这一节下面还没有内容。', 'warning'],
      ['', '这一节没有标题。', 'warning'],
      ['保民生', '“保民生”这一节下面还没有内容。', 'warning'],
    ])
    expect(
      checkDocument(d)
        .filter((f) => f.rule === 'empty-part')
        .map((f) => f.excerpt),
    ).toEqual(['稳就业', '（无标题节）', '保民生'])
  })
})

describe('the points announced in the opening', () => {
  it('are read as a count', () => {
    expect(announcedCount('下面，我讲两点意见：')).toEqual({ count: 2, index: 4, length: 5 })
    expect(announcedCount('下面，我讲十二个问题。')?.count).toBe(12)
    expect(announcedCount('今天召开会议。')).toBeNull()
  })
  it('must be the parts that follow', () => {
    const speech = (announce: string, ...parts: PMNode[]) =>
      doc(
        years,
        title('讲话'),
        greeting('同志们：'),
        opening(p('今天召开会议。'), p(announce)),
        ...parts,
        closing(p('谢谢！')),
      )
    const two = speech('下面，我讲两点意见：', review(), tasks(), requirements())
    expect(findings(two, 'announced-count')).toEqual([['讲两点意见', '开头说讲2点，正文却有3个部分。', 'error']])
    expect(findings(speech('下面，我讲三点意见：', review(), tasks(), requirements()), 'announced-count')).toEqual([])
    expect(findings(speech('下面，我讲三点意见：', review(), tasks()), 'announced-count').map((f) => f[1])).toEqual([
      '开头说讲3点，正文却有2个部分。',
    ])
    expect(findings(speech('下面，我讲几点意见：', review()), 'announced-count')).toEqual([])
  })
})

describe('the points a part announces', () => {
  const speech = (...body: PMNode[]) =>
    doc(
      years,
      title('讲话'),
      greeting('同志们：'),
      opening(p('开场。')),
      review(),
      part({ kind: 'tasks' }, h2('任务'), ...body),
      requirements(),
      closing(p('谢谢！')),
    )

  it('are counted in the paragraph that lists them', () => {
    const d = speech(p('今年重点抓好四个方面工作：一是稳就业；二是保民生；三是促发展。'))
    expect(findings(d, 'announced-count')).toEqual([
      ['抓好四个方面工作', '这里说抓好四个方面工作，下面却有3个方面。', 'error'],
    ])
    expect(
      findings(speech(p('今年做好两项工作：（1）稳就业；（2）保民生；（3）促发展。')), 'announced-count').map(
        (f) => f[1],
      ),
    ).toEqual(['这里说做好两项工作，下面却有3个方面。'])
    expect(
      findings(speech(p('今年重点抓好三个方面工作：一是稳就业；二是保民生；三是促发展。')), 'announced-count'),
    ).toEqual([])
  })
  it('are counted in the sections of the part', () => {
    const sections = (n: number) => Array.from({ length: n }, (_, i) => section(h3(`第${i + 1}节`), p('确保完成。')))
    expect(findings(speech(p('重点抓好三个方面工作。'), ...sections(2)), 'announced-count').map((f) => f[1])).toEqual([
      '这里说抓好三个方面工作，下面却有2个方面。',
    ])
    expect(findings(speech(p('重点抓好两个方面工作。'), ...sections(2)), 'announced-count')).toEqual([])
  })
  it('are counted in the items after the announcement, one level down from an item', () => {
    const d = speech(p('开展三件实事。'), item('第一件。'), item('第二件。'), item({ level: 4 }, '其中一项。'))
    expect(findings(d, 'announced-count').map((f) => f[1])).toEqual(['这里说开展三件实事，下面却有2个方面。'])
    const nested = speech(
      item('抓好隐患治理，推进三项工作。'),
      item({ level: 4 }, '排查。'),
      item({ level: 4 }, '执法。'),
      item('提升应急能力。'),
    )
    expect(findings(nested, 'announced-count').map((f) => f[1])).toEqual(['这里说推进三项工作，下面却有2个方面。'])
    const before = speech(item('第一件。'), p('开展两件实事。'), item('第二件。'), item('第三件。'))
    expect(findings(before, 'announced-count')).toEqual([])
  })
  it('are counted in a section’s own items', () => {
    const d = speech(
      section(h3('守牢安全底线'), p('重点做好三件事情。'), item('开展隐患排查。'), item('强化执法检查。')),
    )
    expect(findings(d, 'announced-count')).toEqual([['做好三件事情', '这里说做好三件事情，下面却有2个方面。', 'error']])
  })
  it('are not checked when nothing follows, and once in a part', () => {
    expect(findings(speech(p('重点抓好三个方面工作。')), 'announced-count')).toEqual([])
    const twice = speech(
      p('重点抓好四个方面工作：一是稳就业；二是保民生。'),
      p('重点抓好五个方面工作：一是稳就业；二是保民生。'),
    )
    expect(findings(twice, 'announced-count').map((f) => f[0])).toEqual(['抓好四个方面工作'])
  })
})
