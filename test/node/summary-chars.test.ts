import type { Node as PMNode } from 'prosemirror-model'
import { Transform } from 'prosemirror-transform'
import { describe, expect, it } from 'vitest'
import { summaryOf, type DraftRecord } from '../../src/app/store/db'
import { speechToJSON } from '../../src/core/serialize'
import { schema } from '../../src/core/schema'
import { fig, h2, p, part, speechOf } from './build'

const record = (d: PMNode): DraftRecord => ({
  id: 'x',
  title: '讲话',
  createdAt: 0,
  updatedAt: 0,
  origin: 'template',
  speech: speechToJSON(d),
})

describe('the character count the library lists', () => {
  it('counts the text and the values of filled figures, and follows an edit', () => {
    const d = speechOf(
      part(
        { kind: 'review' },
        h2('回顾'),
        p('新增就业', fig('新增就业', '3250', '人'), '，培训', fig('培训', null, '人次'), '。'),
      ),
    )
    const text = '讲话同志们：今天召开会议。回顾新增就业3250，培训。同志们，谢谢！'
    expect(summaryOf(record(d)).chars).toBe(text.length)
    let at = -1
    d.descendants((n, pos) => {
      if (at < 0 && n.isText && n.text === '同志们，谢谢！') at = pos
    })
    const edited = new Transform(d).insert(at, schema.text('最后，')).doc
    expect(summaryOf(record(edited)).chars).toBe(text.length + 3)
    // The first speech's count is unchanged: the count is kept by the JSON of each node.
    expect(summaryOf(record(d)).chars).toBe(text.length)
  })
})

describe('the figures a summary says the speech shows (other drafts named when a number changes)', () => {
  it('keeps each filled metric slot of a year once, and follows an edit', () => {
    const jobs = (value: string | null) => fig('新增就业', value, '人', { year: 2025, kind: 'actual' })
    const d = speechOf(
      part(
        { kind: 'review' },
        h2('回顾'),
        p('新增就业', jobs('3250'), '，再说一次', jobs('3250'), '，培训', fig('培训', null, '人次', { year: 2025 })),
        p('五年累计', fig('新增就业', '16000', '人', { year: 2025, kind: 'actual', period: '2021-2025' })),
        p('没有年度', fig('参保', '9', '万人', { year: null })),
      ),
    )
    const shown = (doc: PMNode) => summaryOf(record(doc)).figures
    expect(shown(d)).toEqual([
      { label: '新增就业', year: 2025, kind: 'actual', span: '', value: '3250', unit: '人' },
      { label: '新增就业', year: 2025, kind: 'actual', span: '2021-2025', value: '16000', unit: '人' },
    ])
    let at = -1
    d.descendants((n, pos) => {
      if (at < 0 && n.type.name === 'slot' && n.attrs.value === '3250') at = pos
    })
    const edited = new Transform(d).setNodeAttribute(at, 'value', '3330').doc
    expect(shown(edited).map((s) => s.value)).toEqual(['3330', '3250', '16000'])
    // The first speech's are unchanged: they are kept by the JSON of each node.
    expect(shown(d).map((s) => s.value)).toEqual(['3250', '16000'])
  })
})
