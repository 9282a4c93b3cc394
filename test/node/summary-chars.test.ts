import { Transform } from 'prosemirror-transform'
import { describe, expect, it } from 'vitest'
import { summaryOf, type DraftRecord } from '../../src/app/store/db'
import { speechToJSON } from '../../src/core/serialize'
import { schema } from '../../src/core/schema'
import { closing, doc, fig, greeting, h2, opening, p, part, title } from './build'

const record = (d: ReturnType<typeof doc>): DraftRecord => ({
  id: 'x',
  title: '讲话',
  createdAt: 0,
  updatedAt: 0,
  origin: 'template',
  speech: speechToJSON(d),
})

describe('the character count the library lists', () => {
  it('counts the text and the values of filled figures, and follows an edit', () => {
    const d = doc(
      { reviewYear: 2025, planYear: 2026 },
      title('讲话'),
      greeting('同志们：'),
      opening(p('今天召开会议。')),
      part(
        { kind: 'review' },
        h2('回顾'),
        p('新增就业', fig('新增就业', '3250', '人'), '，培训', fig('培训', null, '人次'), '。'),
      ),
      closing(p('谢谢！')),
    )
    const text = '讲话同志们：今天召开会议。回顾新增就业3250，培训。谢谢！'
    expect(summaryOf(record(d)).chars).toBe(text.length)
    let at = -1
    d.descendants((n, pos) => {
      if (at < 0 && n.isText && n.text === '谢谢！') at = pos
    })
    const edited = new Transform(d).insert(at, schema.text('同志们，')).doc
    expect(summaryOf(record(edited)).chars).toBe(text.length + 4)
    // The first speech's count is unchanged: the count is kept by the JSON of each node.
    expect(summaryOf(record(d)).chars).toBe(text.length)
  })
})
