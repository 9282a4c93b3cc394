import { describe, expect, it } from 'vitest'
import { DOMParser } from 'prosemirror-model'
import { schema } from '../../src/core/schema'
import { speechFromJSON, speechToJSON } from '../../src/core/serialize'
import { importText } from '../../src/core/import'
import { printBlocks, speechToText, textCells } from '../../src/core/text'
import { paginate } from '../../src/core/export/paginate'
import { LAYOUTS } from '../../src/core/export/layout'
import { speechHtml } from '../../src/core/export/html'
import { splitMarkers } from '../../src/core/markers'
import { fixture } from './helpers'
import { checkDocument } from '../../src/core/checks/engine'

const { nodes } = schema
const p = (text: string) => nodes.paragraph.create(null, text ? schema.text(text) : null)
const field = (label: string, value: string | null) => nodes.slot.create({ role: 'field', label, value })

/** A short notice: 主送, one numbered part, the signer and the issue date. */
function notice(signer = '县农业农村局', date = '2027年2月1日') {
  return nodes.doc.create({ docKind: 'notice', required: ['title', 'greeting', 'opening'] }, [
    nodes.title.create(null, schema.text('关于召开全县农业农村工作会议的通知')),
    nodes.greeting.create(null, schema.text('各乡镇人民政府，县直有关部门：')),
    nodes.opening.create(null, [p('经县政府同意，定于近期召开会议。现将有关事项通知如下：')]),
    nodes.part.create(null, [nodes.part_heading.create(null, schema.text('会议时间')), p('2027年2月12日。')]),
    nodes.signer.create(null, schema.text(signer)),
    nodes.issue_date.create(null, field('会议.成文日期', date)),
  ])
}

describe('documents of the meeting in the speech schema', () => {
  it('every existing speech still loads, as a speech', () => {
    const doc = importText(fixture('seed-hrss-2022.txt')).doc
    const json = speechToJSON(doc) as { doc: { attrs: Record<string, unknown> } }
    delete json.doc.attrs.docKind
    const back = speechFromJSON(JSON.stringify(json))
    expect(back.attrs.docKind).toBe('speech')
    expect(speechToText(back)).toBe(speechToText(doc))
  })

  it('reads a signer and an issue date back from the editor’s HTML as themselves, not as paragraphs', () => {
    const tags = DOMParser.fromSchema(schema).rules.map((r) => ('tag' in r ? r.tag : ''))
    for (const cls of ['p.signer', 'p.issue-date', 'p.greeting'])
      expect(tags.indexOf(cls), cls).toBeLessThan(tags.indexOf('p'))
  })

  it('a notice round-trips through JSON with its signer, issue date and field slots', () => {
    const doc = notice()
    doc.check()
    expect(speechFromJSON(JSON.stringify(speechToJSON(doc))).eq(doc)).toBe(true)
    expect(() => nodes.doc.create({ docKind: 'memo' })).toThrow(/Expected one of/)
  })

  it('numbers level-1 items in the opening 一、二、 as an agenda does', () => {
    const doc = nodes.doc.create({ docKind: 'agenda' }, [
      nodes.title.create(null, schema.text('会议议程')),
      nodes.opening.create(null, [
        p('时间：2月12日'),
        nodes.item.create({ level: 1 }, schema.text('宣读表彰决定')),
        nodes.item.create({ level: 1 }, schema.text('县长讲话')),
      ]),
    ])
    expect(speechToText(doc)).toBe('会议议程\n时间：2月12日\n一、宣读表彰决定\n二、县长讲话\n')
  })

  it('writes a field slot as its value, or as its marker while empty; the marker reads back as a field', () => {
    expect(speechToText(notice(undefined, '2027年2月1日'))).toContain('\n县农业农村局\n2027年2月1日\n')
    const empty = nodes.doc.create(null, [
      nodes.title.create(null, field('会议.名称', null)),
      nodes.opening.create(null, [p('x')]),
    ])
    expect(speechToText(empty)).toBe('{{会议.名称}}\nx\n')
    expect(splitMarkers('{{会议.名称}}与{{议程2.发言人}}')).toEqual([
      { marker: { type: 'field', label: '会议.名称' }, raw: '{{会议.名称}}' },
      { text: '与' },
      { marker: { type: 'field', label: '议程2.发言人' }, raw: '{{议程2.发言人}}' },
    ])
    const slot = importText('标题 {{会议.名称}}\n同志们：\n开头。\n一、回顾\n正文。\n').doc.firstChild!.lastChild!
    expect(slot.attrs).toMatchObject({ role: 'field', label: '会议.名称', value: null, year: null })
  })
})

describe('the signoff in the GB/T 9704 layout', () => {
  it('sets the issue date 右空四字 and centres the signer over it, two blank lines below the text', () => {
    const blocks = printBlocks(notice())
    const signer = blocks.find((b) => b.style === 'signer')!
    const date = blocks.find((b) => b.style === 'issue-date')!
    expect(date.rightIndent).toBe(4)
    // 县农业农村局 and 2027年2月1日 are both six cells wide: the same right edge.
    expect(signer.rightIndent).toBe(4)
    const longer = printBlocks(notice('县人民政府办公室')).find((b) => b.style === 'signer')!
    expect(longer.rightIndent).toBe(4 + (textCells('2027年2月1日') - textCells('县人民政府办公室')) / 2)
    const i = blocks.indexOf(signer)
    expect(blocks.slice(i - 2, i).map((b) => b.style)).toEqual(['blank', 'blank'])
    expect(blocks[i - 3].keepWithNext).toBe(true)
  })

  it('prints the signoff right-aligned in the pages, and never on a page without text', () => {
    const pages = paginate(notice(), LAYOUTS.gongwen)
    const lines = pages.flatMap((pg) => pg.lines)
    expect(lines.at(-1)).toMatchObject({ style: 'issue-date', align: 'right', rightIndent: 4 })
    const html = speechHtml(notice(), LAYOUTS.gongwen)
    expect(html).toMatch(/<div class="line issue-date right" style="padding-right:22.286mm">2027年2月1日<\/div>/)

    // A text that fills the page to its last line: the last paragraph goes over with the signoff.
    const filler = Array.from({ length: 9 }, () => p('一'.repeat(40)))
    const full = nodes.doc.create({ docKind: 'notice' }, [
      nodes.title.create(null, schema.text('通知')),
      nodes.opening.create(null, filler),
      nodes.signer.create(null, schema.text('县农业农村局')),
      nodes.issue_date.create(null, schema.text('2027年2月1日')),
    ])
    const paged = paginate(full, LAYOUTS.gongwen)
    expect(paged).toHaveLength(2)
    const last = paged[1].lines
    expect(last[0].style).toBe('body')
    expect(last.slice(-2).map((l) => l.style)).toEqual(['signer', 'issue-date'])
  })

  it('a notice without its 主送 line is missing its 主送机关; a speech without a greeting, its 称呼', () => {
    const missing = (doc: ReturnType<typeof notice>) =>
      checkDocument(doc)
        .filter((f) => f.rule === 'required-parts')
        .map((f) => f.message)
    const n = notice()
    const withoutGreeting = n.copy(n.content.cut(0).replaceChild(1, nodes.greeting.create()))
    expect(missing(withoutGreeting)).toEqual(['缺少必需的部分：主送机关。'])
    expect(missing(n)).toEqual([])
    const speech = nodes.doc.create({ required: ['title', 'greeting'] }, [
      nodes.title.create(null, schema.text('讲话')),
      nodes.greeting.create(),
      nodes.opening.create(null, [p('开头。')]),
    ])
    expect(missing(speech)).toEqual(['缺少必需的部分：称呼。'])
  })
})
