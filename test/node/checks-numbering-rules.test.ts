/**
 * The numbering rules (numbering-rules.ts) read exactly: a number typed on a numbered heading,
 * hand numbers and 一要…二要… that skip, repeat, start late or change style, and the numbers an
 * imported text wrote where the export prints others.
 */
import type { Node as PMNode } from 'prosemirror-model'
import { describe, expect, it } from 'vitest'
import { checkDocument } from '../../src/core/checks/engine'
import { importText } from '../../src/core/import'
import { closing, doc, greeting, h2, h3, item, opening, p, part, section, title } from './build'

const years = { reviewYear: 2025, planYear: 2026 }

/** Each finding of the rule: [the words it points at, message, severity, excerpt]. */
const findings = (d: PMNode, rule: string) =>
  checkDocument(d)
    .filter((f) => f.rule === rule)
    .map((f) => [d.textBetween(f.from, f.to, '\n'), f.message, f.severity, f.excerpt])

const speech = (...body: PMNode[]) =>
  doc(
    years,
    title('讲话'),
    greeting('同志们：'),
    opening(p('开场。')),
    part({ kind: 'review' }, h2('2025年工作回顾'), p('完成了任务。')),
    part({ kind: 'tasks' }, h2('2026年工作任务'), ...body),
    part({ kind: 'requirements' }, h2('工作要求'), p('一要严。')),
    closing(p('谢谢！')),
  )

/** An imported speech with these lines as its tasks part. */
const imported = (tasks: string) =>
  importText(
    `标题\n同志们：\n开场。\n一、2025年工作回顾\n完成了。\n二、2026年工作任务\n${tasks}\n三、工作要求\n一要严。\n同志们，谢谢！\n`,
  ).doc

describe('a number typed on a heading the program numbers', () => {
  it('is reported on part and section headings and items, not on paragraphs', () => {
    const d = speech(section(h3('（一）稳就业'), p('一、这是段落。'), item('1.抓好就业。')))
    const withPart = d.type.create(
      d.attrs,
      d.content.replaceChild(3, part({ kind: 'review' }, h2('一、2025年工作回顾'), p('完成了任务。'))),
    )
    expect(findings(withPart, 'numbering').map((f) => f.slice(0, 3))).toEqual([
      ['一、', '编号会自动生成，这里又手写了“一、”，印出来会重复。', 'error'],
      ['（一）', '编号会自动生成，这里又手写了“（一）”，印出来会重复。', 'error'],
      ['1.', '编号会自动生成，这里又手写了“1.”，印出来会重复。', 'error'],
    ])
  })
})

describe('numbers typed by hand in paragraphs', () => {
  it('must run on: a skip is reported where it is', () => {
    const d = speech(p('（一）稳就业。'), p('（三）保民生。'))
    expect(findings(d, 'numbering')).toEqual([
      ['（三）', '手写编号不连续：第1项之后是第3项。', 'error', '（三）保民生。'],
    ])
  })
  it('must not repeat', () => {
    const d = speech(p('（一）稳就业。'), p('（二）保民生。'), p('（二）促发展。'))
    expect(findings(d, 'numbering').map((f) => [f[0], f[1]])).toEqual([['（二）', '手写编号重复：又一个第2项。']])
  })
  it('must start at one', () => {
    const d = speech(p('（二）保民生。'), p('（三）促发展。'))
    expect(findings(d, 'numbering').map((f) => [f[0], f[1]])).toEqual([
      ['（二）', '这里手写了编号“（二）”，前面没有“（一）”。'],
    ])
  })
  it('must start at one, said with the number as written', () => {
    const d = speech(p('二要压实责任。三要改进作风。'))
    expect(findings(d, 'numbering').map((f) => [f[0], f[1]])).toEqual([['二要', '这里从“二要”说起，前面没有“一要”。']])
    expect(findings(speech(p('2.抓好服务。')), 'numbering').map((f) => f[1])).toEqual([
      '这里手写了编号“2.”，前面没有“1.”。',
    ])
  })
  it('start again at one without a finding, and keep each level apart', () => {
    const d = speech(p('（一）稳就业。'), p('1.抓好培训。'), p('2.抓好服务。'), p('（二）保民生。'), p('1.抓好社保。'))
    expect(findings(d, 'numbering')).toEqual([])
  })
  it('keep one style', () => {
    const d = speech(p('（一）稳就业。'), p('(二)保民生。'))
    expect(findings(d, 'numbering').map((f) => [f[0], f[1], f[2]])).toEqual([
      ['(二)', '手写编号格式不一致：前面用“（一）”，这里用“(一)”。', 'warning'],
    ])
  })
  it('one that goes on from its section’s own number reads as the next section, and is told how to make it one', () => {
    const d = speech(
      section(h3('稳就业'), p('确保完成。')),
      section(h3('保民生'), p('确保完成。')),
      section(h3('促发展'), p('确保完成。'), p('（四）推动建筑业转型升级。全区建筑业总产值增长6.6%。')),
    )
    expect(findings(d, 'numbering').map((f) => [f[0], f[1]])).toEqual([
      [
        '（四）',
        '“（四）”接着上面的（三），像是新的一节，但它只是（三）里的一段，不会编为一节。节的编号由程序生成：光标放在这一段，按 Ctrl+Enter 或点“新增一节”，这一段就成为新的一节（手写的编号随之去掉）。',
      ],
    ])
    // a number that does not go on from the section's is still a gap
    const gap = speech(section(h3('稳就业'), p('确保完成。'), p('（三）抓服务。')))
    expect(findings(gap, 'numbering').map((f) => f[1])).toEqual(['这里手写了编号“（三）”，前面没有“（一）”。'])
  })
  it('go on from the items the program numbers before them (tryout 12 B4)', () => {
    const i3 = (text: string) => item({ level: 3 }, text)
    const i4 = (text: string) => item({ level: 4 }, text)
    const quiet = [
      // A notice's 有关要求: two generated items, the third typed by hand (教育局).
      speech(i3('参会人员要准时出席。'), i3('会议期间将手机调至静音状态。'), p('3.请于3月1日前报送参会人员名单。')),
      // In a section, at the 1. level (农业农村局) and at the （1） level (市场监管局).
      speech(section(h3('稳粮保供'), i3('抓好春耕。'), i3('抓好秋收。'), p('3.抓好仓储。'), p('4.抓好调运。'))),
      speech(section(h3('食品安全'), i4('抽检。'), p('（2）约谈。'))),
      // Hand numbers that start again after the items, and a level of their own below them (人社局).
      speech(i3('抓好就业。'), p('1.抓好培训。'), p('2.抓好服务。')),
      speech(i3('抓好就业。'), i3('抓好社保。'), p('（1）抓好培训。')),
    ]
    for (const d of quiet) expect(findings(d, 'numbering'), d.textContent).toEqual([])
    // What does not go on from them is still reported, at the hand number only.
    const said = (...body: PMNode[]) => findings(speech(...body), 'numbering').map((f) => [f[0], f[1]])
    expect(said(i3('抓好春耕。'), i3('抓好秋收。'), p('2.抓好仓储。'))).toEqual([['2.', '手写编号重复：又一个第2项。']])
    expect(said(i3('抓好春耕。'), i3('抓好秋收。'), p('4.抓好仓储。'))).toEqual([
      ['4.', '手写编号不连续：第2项之后是第4项。'],
    ])
    expect(said(i4('抽检。'), p('3.抓好仓储。'))).toEqual([['3.', '这里手写了编号“3.”，前面没有“1.”。']])
  })
  it('are read in sections too, where they are', () => {
    const d = speech(section(h3('稳就业'), p('确保完成。'), p('（一）抓培训。'), p('（三）抓服务。')))
    expect(findings(d, 'numbering').map((f) => [f[0], f[1]])).toEqual([
      ['（三）', '手写编号不连续：第1项之后是第3项。'],
    ])
  })
})

describe('一要…二要… in a part', () => {
  it('must run on, wherever in the paragraphs they are', () => {
    const d = speech(p('一要加强领导。'), p('工作中，三要改进作风。'))
    expect(findings(d, 'numbering')).toEqual([
      ['三要', '“一要、二要”编号不连续：第1项之后是第3项。', 'error', '三要改进作风。'],
    ])
  })
  it('are named in their own words: a 一是 list is “一是、二是” (tryout 16 called it “一要、二要”)', () => {
    const d = speech(p('一是加强领导。三是改进作风。'))
    expect(findings(d, 'numbering').map((f) => f[1])).toEqual(['“一是、二是”编号不连续：第1项之后是第3项。'])
  })
  it('keep one style: 第一 and 一 are two', () => {
    const d = speech(p('第一要加强领导。第二要压实责任。三要改进作风。'))
    expect(findings(d, 'numbering').map((f) => [f[0], f[1], f[2]])).toEqual([
      ['三要', '“第一要、第二要”编号格式不一致：前面用“第一要”，这里用“一要”。', 'warning'],
    ])
  })
})

describe('numbers the imported text wrote', () => {
  it('are reported where sections skip one, with what the export prints', () => {
    const d = imported('（一）就业\n完成了。\n（三）社保\n完成了。')
    expect(findings(d, 'numbering')).toEqual([
      ['社保', '原文这里的编号是“（三）”，导出时按顺序印为“（二）”；请确认中间没有漏掉内容。', 'warning', '社保'],
    ])
  })
  it('are reported where items skip one, and not again for those that follow on', () => {
    const d = imported('1.抓就业。\n2.抓社保。\n4.抓医保。\n5.抓养老。')
    expect(findings(d, 'numbering')).toEqual([
      ['抓医保。', '原文这里的编号是“4.”，导出时按顺序印为“3.”；请确认中间没有漏掉内容。', 'warning', '抓医保。'],
    ])
  })
  it('are reported for a number written twice', () => {
    const d = imported('（一）就业\n完成了。\n（二）社保\n完成了。\n（二）医保\n完成了。')
    expect(findings(d, 'numbering').map((f) => [f[0], f[1]])).toEqual([
      ['医保', '原文这里的编号是“（二）”，导出时按顺序印为“（三）”；请确认中间没有漏掉内容。'],
    ])
  })
  it('are reported for items in a section', () => {
    const d = imported('（一）就业\n1.抓培训。\n3.抓服务。')
    expect(findings(d, 'numbering').map((f) => [f[0], f[1]])).toEqual([
      ['抓服务。', '原文这里的编号是“3.”，导出时按顺序印为“2.”；请确认中间没有漏掉内容。'],
    ])
  })
  it('are reported where parts skip one', () => {
    const d = importText(
      '标题\n同志们：\n开场。\n一、2025年工作回顾\n完成了。\n三、2026年工作任务\n确保完成。\n四、工作要求\n一要严。\n同志们，谢谢！\n',
    ).doc
    expect(findings(d, 'numbering').map((f) => [f[1], f[2], f[3]])).toEqual([
      ['原文这里的编号是“三、”，导出时按顺序印为“二、”；请确认中间没有漏掉内容。', 'warning', '2026年工作任务'],
    ])
  })
  it('are reported where half-width brackets stand among full-width ones', () => {
    const d = imported('（一）就业\n完成了。\n(二)社保\n完成了。\n（三）医保\n完成了。')
    expect(findings(d, 'halfwidth-punct')).toEqual([
      ['社保', '原文编号“(二)”用了半角标点，和同级的其他编号不一致；导出时印为全角。', 'warning', '社保'],
    ])
    const items = imported('（1）抓培训。\n(2)抓服务。\n（3）抓就业。')
    expect(findings(items, 'halfwidth-punct').map((f) => [f[0], f[1]])).toEqual([
      ['抓服务。', '原文编号“(2)”用了半角标点，和同级的其他编号不一致；导出时印为全角。'],
    ])
    const mixedInSection = imported('（一）就业\n（1）抓培训。\n(2)抓服务。\n（3）抓就业。')
    expect(findings(mixedInSection, 'halfwidth-punct').map((f) => [f[0], f[1]])).toEqual([
      ['抓服务。', '原文编号“(2)”用了半角标点，和同级的其他编号不一致；导出时印为全角。'],
    ])
    // Each level is its own set of siblings: 1. among （1） is no mix.
    expect(findings(imported('1.抓培训。\n(1)细化措施。\n(2)压实责任。\n2.抓服务。'), 'halfwidth-punct')).toEqual([])
    const inSection = imported('（一）就业\n1.抓培训。\n2．抓服务。\n3.抓就业。')
    expect(findings(inSection, 'halfwidth-punct')).toEqual([])
    expect(findings(imported('(一)就业\n完成了。\n(二)社保\n完成了。'), 'halfwidth-punct')).toEqual([])
  })
})
