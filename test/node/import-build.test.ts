/**
 * From recognised text to the document, exactly: the blocks a speech becomes, the number each
 * item and heading wrote where it differs from the printed one, what each figure is by where it
 * stands (its kind and year), the markers a text may carry, and the notes the preview shows.
 * Also the clean-up of lines and the candidates a paragraph offers the recognisers.
 */
import type { Node as PMNode } from 'prosemirror-model'
import { describe, expect, it } from 'vitest'
import { checkDocument } from '../../src/core/checks/engine'
import { importText } from '../../src/core/import'
import { after as textAfter, before as textBefore, candidates } from '../../src/core/import/candidates'
import { asciiDigits, speechLines } from '../../src/core/import/normalize'
import { itemNumber } from '../../src/core/text'

/**
 * A document in one line per block: `type[attrs]: text`, each slot as {role|unit|value|kind|year}
 * (its label too when `labels`), containers as nested arrays.
 */
function view(doc: PMNode, labels = false): unknown[] {
  const block = (n: PMNode): unknown => {
    const attrs = Object.entries(n.attrs)
      .filter(([k, v]) => v !== null && v !== false && k !== 'required')
      .map(([k, v]) => `${k}=${v}`)
      .join(',')
    const name = `${n.type.name}${attrs ? `[${attrs}]` : ''}`
    if (!n.isTextblock) {
      const kids: unknown[] = [name]
      n.forEach((c) => {
        kids.push(block(c))
      })
      return kids
    }
    let text = ''
    n.forEach((c) => {
      if (c.isText) text += c.text
      else {
        const a = c.attrs
        const fields = [a.role, a.unit ?? '', a.value, a.kind, a.year, ...(a.period ? [a.period] : [])]
        text += `{${labels ? `${a.label}|` : ''}${fields.join('|')}}`
      }
    })
    return `${name}: ${text}`
  }
  const out: unknown[] = []
  doc.forEach((c) => {
    out.push(block(c))
  })
  return out
}

describe('the document a speech becomes', () => {
  it('head blocks, opening, parts and closing, each figure typed by where it stands', () => {
    const r = importText(
      [
        '奋力实现投资100亿元',
        '——在全县2025年工作会议上的讲话（投资50亿元）',
        '县长 王某某',
        '（2026年1月5日）',
        '同志们：',
        '今年完成投资80亿元。',
        '一、2025年工作回顾',
        '完成投资90亿元。',
        '二、2026年工作任务',
        '完成投资100亿元。',
        '三、其他',
        '完成投资7亿元。',
        '同志们，投资要达到110亿元！',
      ].join('\n'),
    )
    expect(r.doc.attrs.reviewYear).toBe(2025)
    expect(r.doc.attrs.planYear).toBe(2026)
    expect(view(r.doc)).toEqual([
      'title: 奋力实现投资{metric|亿元|100|actual|2025}',
      'subtitle: ——在全县2025年工作会议上的讲话（投资{metric|亿元|50|actual|2025}）',
      'byline: 县长 {person||王某某|actual|}',
      'byline: （2026年1月5日）',
      'greeting: 同志们：',
      ['opening', 'paragraph: 今年完成投资{metric|亿元|80|actual|2025}。'],
      ['part[kind=review]', 'part_heading: 2025年工作回顾', 'paragraph: 完成投资{metric|亿元|90|actual|2025}。'],
      ['part[kind=tasks]', 'part_heading: 2026年工作任务', 'paragraph: 完成投资{metric|亿元|100|target|2026}。'],
      ['part[kind=other]', 'part_heading: 其他', 'paragraph: 完成投资{metric|亿元|7|actual|2025}。'],
      ['closing', 'paragraph: 同志们，投资要达到{metric|亿元|110|actual|2025}！'],
    ])
  })

  it('no subtitle, byline, greeting or closing when the text has none; an empty opening kept as one empty paragraph', () => {
    const r = importText('一、回顾\n正文。\n二、任务\n正文。')
    expect(view(r.doc)).toEqual([
      'title: ',
      ['opening', 'paragraph: '],
      ['part[kind=review]', 'part_heading: 回顾', 'paragraph: 正文。'],
      ['part[kind=tasks]', 'part_heading: 任务', 'paragraph: 正文。'],
    ])
    expect([r.doc.attrs.reviewYear, r.doc.attrs.planYear]).toEqual([null, null])
    expect(r.speech.notes).toEqual([])
  })

  it('keeps the number the text wrote where the printed one differs, and says so', () => {
    const r = importText(
      '同志们：\n开场。\n一、回顾\n1.甲。\n（1）子。\n（3）子。\n3.乙。\n（一）节\n1.丙。\n5.丁。\n二、任务\n（三）节\n(四)节\n正文。\n',
    )
    expect(view(r.doc).slice(3)).toEqual([
      [
        'part[kind=review]',
        'part_heading: 回顾',
        'item[level=3]: 甲。',
        'item[level=4]: 子。',
        'item[level=4,sourceNumber=（3）]: 子。',
        'item[level=3,sourceNumber=3.]: 乙。',
        ['section', 'section_heading: 节', 'item[level=3]: 丙。', 'item[level=3,sourceNumber=5.]: 丁。'],
      ],
      [
        'part[kind=tasks]',
        'part_heading: 任务',
        ['section[sourceNumber=（三）]', 'section_heading: 节'],
        ['section[sourceNumber=(四)]', 'section_heading: 节', 'paragraph: 正文。'],
      ],
    ])
    expect(r.speech.notes).toEqual([
      '“任务”中第1节编号写成了“（三）”，已按顺序重新编号。',
      '“任务”中第2节编号写成了“（四）”，已按顺序重新编号。',
      '“回顾”中有 3 个条目的编号与顺序不符，已按顺序重新编号（如原文“（3）”改为“（2）”）。',
    ])
  })

  it('counts items afresh after a paragraph, and sub-items afresh under each item', () => {
    const r = importText(
      '同志们：\n开场。\n一、回顾\n1.甲。\n（1）子。\n2.乙。\n（1）子。\n（2）子。\n段落。\n1.丙。\n2.丁。\n（1）子。\n二、任务\n正文。\n',
    )
    expect(view(r.doc)[3]).toEqual([
      'part[kind=review]',
      'part_heading: 回顾',
      'item[level=3]: 甲。',
      'item[level=4]: 子。',
      'item[level=3]: 乙。',
      'item[level=4]: 子。',
      'item[level=4]: 子。',
      'paragraph: 段落。',
      'item[level=3]: 丙。',
      'item[level=3]: 丁。',
      'item[level=4]: 子。',
    ])
    expect(r.speech.notes).toEqual([])
  })

  it('numbers on across a paragraph of an item’s body where the text does (1. / 段落 / 2. 3.), and prints so', () => {
    const r = importText(
      '同志们：\n开场。\n一、回顾\n1.甲。\n甲的正文。\n2.乙。\n3.丙。\n段落。\n4.丁。\n二、任务\n1.抓就业。\n段落。\n1.抓社保。\n2.抓住房。\n',
    )
    expect(view(r.doc).slice(3)).toEqual([
      [
        'part[kind=review]',
        'part_heading: 回顾',
        'item[level=3]: 甲。',
        'paragraph: 甲的正文。',
        'item[level=3,sourceNumber=2.]: 乙。',
        'item[level=3]: 丙。',
        'paragraph: 段落。',
        'item[level=3,sourceNumber=4.]: 丁。',
      ],
      [
        'part[kind=tasks]',
        'part_heading: 任务',
        'item[level=3]: 抓就业。',
        'paragraph: 段落。',
        'item[level=3]: 抓社保。',
        'item[level=3]: 抓住房。',
      ],
    ])
    const review = r.doc.child(3)
    expect([1, 3, 4, 6].map((i) => itemNumber(review, i))).toEqual([1, 2, 3, 4])
    const tasks = r.doc.child(4)
    expect([1, 3, 4].map((i) => itemNumber(tasks, i))).toEqual([1, 1, 2])
    expect(r.speech.notes).toEqual([])
    expect(checkDocument(r.doc).filter((f) => f.rule === 'numbering')).toEqual([])
  })

  it('keeps half-width marks and a full stop after a part or section number, not a full-width one or one after an item', () => {
    const r = importText('同志们：\n开场。\n一.回顾\n（一）节\n(二)节\n1.条。\n二．任务\n（一）.节\n（二）节\n')
    expect(view(r.doc).slice(3)).toEqual([
      [
        'part[kind=review,sourceNumber=一.]',
        'part_heading: 回顾',
        ['section', 'section_heading: 节'],
        ['section[sourceNumber=(二)]', 'section_heading: 节', 'item[level=3]: 条。'],
      ],
      [
        'part[kind=tasks]',
        'part_heading: 任务',
        ['section[sourceNumber=（一）.]', 'section_heading: 节'],
        ['section', 'section_heading: 节'],
      ],
    ])
  })

  it('a run-in section keeps its first sentence as the heading and the rest as its first paragraph', () => {
    const r = importText(
      '同志们：\n开场。\n一、2024年工作回顾\n(一)就业。新增就业3250人。\n（二）社保\n二、任务\n正文。\n',
    )
    expect(view(r.doc)[3]).toEqual([
      'part[kind=review]',
      'part_heading: 2024年工作回顾',
      [
        'section[runIn=true,sourceNumber=(一)]',
        'section_heading: 就业。',
        'paragraph: 新增就业{metric|人|3250|actual|2024}。',
      ],
      ['section', 'section_heading: 社保'],
    ])
  })

  it('a run-in part heading is its first sentence; the rest is the part’s first paragraph, its figures read', () => {
    const r = importText(
      '同志们：\n开场。\n一、2025年工作回顾\n新增就业3250人。\n二、聚焦中心大局，扎实做好2026年各项工作。力争新增就业3300人。\n三、压实责任，狠抓落实。各单位要倒排工期。\n',
    )
    expect(view(r.doc).slice(4)).toEqual([
      [
        'part[kind=tasks]',
        'part_heading: 聚焦中心大局，扎实做好2026年各项工作。',
        'paragraph: 力争新增就业{metric|人|3300|target|2026}。',
      ],
      ['part[kind=requirements]', 'part_heading: 压实责任，狠抓落实。', 'paragraph: 各单位要倒排工期。'],
    ])
    expect(checkDocument(r.doc).filter((f) => f.rule === 'empty-part')).toEqual([])
  })
})

describe('markers in an imported text and the figures around them', () => {
  it('turns each well-formed marker into its slot and reads the figures between them', () => {
    const r = importText(
      '同志们：\n开场。\n一、2025年工作回顾\n新增就业{{新增就业|万人}}，{{投资|亿元|3.5}}，{{@县长}}，{{@县长|张三}}，{{文字:部门}}，{{文字:部门|人社局}}，{{会议.时间}}，{{回顾年}}，培训300人。\n二、2026年工作任务\n新增{{就业|人}}。\n',
    )
    expect(view(r.doc, true).slice(3)).toEqual([
      [
        'part[kind=review]',
        'part_heading: 2025年工作回顾',
        'paragraph: 新增就业{新增就业|metric|万人||actual|2025}，{投资|metric|亿元|3.5|actual|2025}，{县长|person|||actual|}，{县长|person||张三|actual|}，{部门|text|||actual|}，{部门|text||人社局|actual|}，{会议.时间|field|||actual|}，{{回顾年}}，培训{培训|metric|人|300|actual|2025}。',
      ],
      ['part[kind=tasks]', 'part_heading: 2026年工作任务', 'paragraph: 新增{就业|metric|人||target|2026}。'],
    ])
  })

  it('leaves a malformed marker as text, and still reads the figures of its paragraph', () => {
    const r = importText('同志们：\n开场。\n一、2025年工作回顾\n新增{{就业|人，培训300人。\n二、任务\n正文。\n')
    expect(view(r.doc, true)[3]).toEqual([
      'part[kind=review]',
      'part_heading: 2025年工作回顾',
      'paragraph: 新增{{就业|人，培训{培训|metric|人|300|actual|2025}。',
    ])
  })
})

describe('the year and kind of a figure said against last year', () => {
  it('in tasks the first end of a change is last year’s actual and the second the target', () => {
    const r = importText('同志们：\n开场。\n一、2025年工作回顾\n正文。\n二、2026年工作任务\n由上年的86%提高到92%。\n')
    expect(view(r.doc)[4]).toEqual([
      'part[kind=tasks]',
      'part_heading: 2026年工作任务',
      'paragraph: 由上年的{metric|%|86|actual|2025}提高到{metric|%|92|target|2026}。',
    ])
  })

  it('in a review the first end at last year’s end (上年末, 去年底, 年初) is the year before’s actual', () => {
    const r = importText(
      '同志们：\n开场。\n一、2025年工作回顾\n不良贷款率由上年末的1.86%降至1.52%；结余由去年底的8.6亿元增加到9.2亿元；覆盖率由年初的61.4%提高到62.5%。\n二、2026年工作任务\n确保增长8%。\n',
    )
    expect(view(r.doc)[3]).toEqual([
      'part[kind=review]',
      'part_heading: 2025年工作回顾',
      'paragraph: 不良贷款率由上年末的{metric|%|1.86|actual|2024}降至{metric|%|1.52|actual|2025}；结余由去年底的{metric|亿元|8.6|actual|2024}增加到{metric|亿元|9.2|actual|2025}；覆盖率由年初的{metric|%|61.4|actual|2024}提高到{metric|%|62.5|actual|2025}。',
    ])
  })

  it('in tasks a second end in a later year is a target of that year', () => {
    const r = importText(
      '同志们：\n开场。\n一、2025年工作回顾\n正文。\n二、2026年工作任务\n覆盖率由2025年的86%提高到2027年的92%。\n',
    )
    expect(view(r.doc)[4]).toEqual([
      'part[kind=tasks]',
      'part_heading: 2026年工作任务',
      'paragraph: 覆盖率由2025年的{metric|%|86|actual|2025}提高到2027年的{metric|%|92|target|2027}。',
    ])
  })

  it('without years, both ends keep the part’s kind and no year', () => {
    const r = importText('同志们：\n一、工作回顾\n由上年的86%提高到92%。\n二、工作任务\n由上年的86%提高到92%。\n')
    expect(view(r.doc).slice(3)).toEqual([
      [
        'part[kind=review]',
        'part_heading: 工作回顾',
        'paragraph: 由上年的{metric|%|86|actual|}提高到{metric|%|92|actual|}。',
      ],
      [
        'part[kind=tasks]',
        'part_heading: 工作任务',
        'paragraph: 由上年的{metric|%|86|target|}提高到{metric|%|92|target|}。',
      ],
    ])
  })

  it('a total over the years a heading names is dated by the last of them', () => {
    const r = importText('同志们：\n一、“十四五”以来工作回顾\n累计完成投资120亿元。\n二、2026年任务\n确保增长8%。\n')
    expect(view(r.doc).slice(3)).toEqual([
      [
        'part[kind=review]',
        'part_heading: “十四五”以来工作回顾',
        'paragraph: 累计完成投资{metric|亿元|120|actual|2025|2021-2025}。',
      ],
      ['part[kind=tasks]', 'part_heading: 2026年任务', 'paragraph: 确保增长{metric|%|8|target|2026}。'],
    ])
  })
})

describe('a total over a span that ended before the part’s year', () => {
  it('is dated by the span’s last year, and more kinds given than parts are ignored', () => {
    const r = importText(
      '同志们：\n一、2027年工作回顾\n“十四五”期间，累计完成投资120亿元。\n二、2028年任务\n确保增长8%。\n',
      ['review', 'tasks', 'other'],
    )
    expect(view(r.doc).slice(3)).toEqual([
      [
        'part[kind=review]',
        'part_heading: 2027年工作回顾',
        'paragraph: “十四五”期间，累计完成投资{metric|亿元|120|actual|2025|2021-2025}。',
      ],
      ['part[kind=tasks]', 'part_heading: 2028年任务', 'paragraph: 确保增长{metric|%|8|target|2028}。'],
    ])
  })
})

describe('the lines of a text', () => {
  it('splits at every kind of line end, drops blank lines and the byte-order mark', () => {
    expect(speechLines('\uFEFF甲\r\n乙\r丙\n丁\u2028戊\u2029己\n\n \u3000\n庚')).toEqual([
      '甲',
      '乙',
      '丙',
      '丁',
      '戊',
      '己',
      '庚',
    ])
    // a mark inside the text is not a byte-order mark but a space
    expect(speechLines('甲\uFEFF乙')).toEqual(['甲 乙'])
  })

  it('drops indents and trailing space of every kind, and makes inner runs one ASCII space', () => {
    expect(speechLines('\u3000\u3000一、回顾 \u00a0\n  \t甲\u3000 \u200b乙\t\u3000\n丙\u00a0丁')).toEqual([
      '一、回顾',
      '甲 乙',
      '丙 丁',
    ])
  })

  it('makes full-width digits, their decimal point and the percent sign ASCII', () => {
    expect(speechLines('增长１２．５％，共０至９项')).toEqual(['增长12.5%，共0至9项'])
    expect(asciiDigits('１２．５％')).toBe('12.5%')
    // a full-width point not between two digits stays
    expect(asciiDigits('一．回顾，第１．项．')).toBe('一．回顾，第1．项．')
    expect(asciiDigits('ＡＢ１')).toBe('ＡＢ1')
  })
})

describe('candidate figures in a paragraph', () => {
  it('each number or mask with its unit as written, and where it stands', () => {
    const text =
      '全年实现城镇新增就业3250人，增长-1.2%，投资1,286.4亿元，***万元，XX同志，368.5 万吨，860余万元，4万多人'
    expect(
      candidates(text).map(({ from, to, num, unit, masked }) => [text.slice(from, to), num, unit, masked]),
    ).toEqual([
      ['3250人', '3250', '人', false],
      ['-1.2%', '-1.2', '%', false],
      ['1,286.4亿元', '1,286.4', '亿元', false],
      ['***万元', '***', '万元', true],
      ['XX', 'XX', '', true],
      ['368.5 万吨', '368.5', '万吨', false],
      ['860余万元', '860', '余万元', false],
      ['4万多人', '4', '万多人', false],
    ])
    expect(candidates(text).every((c) => c.text === text)).toBe(true)
  })

  it('offers the recognisers the 24 characters on either side', () => {
    const text = `${'甲'.repeat(30)}3250人${'乙'.repeat(30)}`
    const [c] = candidates(text)
    expect([textBefore(c), textAfter(c)]).toEqual(['甲'.repeat(24), '乙'.repeat(24)])
    const [near] = candidates('共3250人。')
    expect([textBefore(near), textAfter(near)]).toEqual(['共', '。'])
  })
})
