/**
 * Two figures under one name: slots of one metric, year and kind that hold different numbers
 * (46280元 and 23950元 read under one label from a 分别 list) are never given one number, by a
 * panel edit, by typing into one of them, or by a fill that overwrites.
 */
import { describe, expect, it } from 'vitest'
import { Transform } from 'prosemirror-transform'
import { FigureIndex, figuresFromRows, normalizeLabel } from '../../src/core/figures/model'
import {
  ambiguousMessage,
  fillSlots,
  setFigure,
  slotPlace,
  twoFigures,
  type FigureEdit,
} from '../../src/core/figures/fill'
import { slotsOf } from '../../src/core/outline'
import { doc, fig, opening, p, title } from './build'

const LABEL = '城乡居民人均可支配收入'
const income = (a: string | null, b: string | null) =>
  doc(
    { reviewYear: 2025, planYear: 2026 },
    title('讲话'),
    opening(
      p(`${LABEL}分别达到`, fig(LABEL, a, '元', { year: 2025 }), '和', fig(LABEL, b, '元', { year: 2025 }), '。'),
    ),
  )
const values = (d: ReturnType<typeof doc>) => slotsOf(d).map((s) => s.attrs.value)
const same = (l: string) => normalizeLabel(l) === LABEL
const edit: FigureEdit = { label: LABEL, year: 2025, kind: 'actual', value: '46281', unit: '元' }

/** Type `value` into the slot at `i` the way the editor does: set it, then let its figure follow. */
function typeInto(d: ReturnType<typeof doc>, i: number, value: string) {
  const at = slotsOf(d)[i].pos
  const tr = new Transform(d).setNodeAttribute(at, 'value', value)
  const r = setFigure(tr, { ...edit, value }, same, at, d)
  return { changed: r.changed, split: r.split !== null, values: values(tr.doc) }
}

describe('two figures under one name', () => {
  it('are slots holding different numbers now, in base units; equal or empty ones are one figure', () => {
    const slots = (d: ReturnType<typeof doc>) => slotsOf(d)
    expect(twoFigures(slots(income('46280', '23950')))).toBe(true)
    expect(twoFigures(slots(income('46280', '46280')))).toBe(false)
    expect(twoFigures(slots(income('46280', null)))).toBe(false)
    expect(twoFigures(slots(income(null, null)))).toBe(false)
  })
  it('a panel edit writes none of them and lists them', () => {
    const d = income('46280', '23950')
    const tr = new Transform(d)
    const r = setFigure(tr, edit, same)
    expect(r.changed).toBe(0)
    expect(r.split?.map((s) => s.attrs.value)).toEqual(['46280', '23950'])
    expect(tr.steps).toHaveLength(0)
  })
  it('a number typed into one changes only that one', () => {
    expect(typeInto(income('46280', '23950'), 0, '46281')).toEqual({
      changed: 0,
      split: true,
      values: ['46281', '23950'],
    })
    expect(typeInto(income('46280', '23950'), 1, '23951')).toEqual({
      changed: 0,
      split: true,
      values: ['46280', '23951'],
    })
  })
  it('slots holding the number the typed one held, or empty, follow the edit', () => {
    expect(typeInto(income('46280', '46280'), 0, '46281')).toEqual({
      changed: 1,
      split: false,
      values: ['46281', '46281'],
    })
    expect(typeInto(income('46280', null), 0, '46281').values).toEqual(['46281', '46281'])
  })
  it('a slot holding a number the typed one did not is another statement of it, and is left (tryout 7)', () => {
    // 力争到2028年达到95% kept, 94 typed into the plan year's empty slot of the same target: the
    // two statements differ, which the checks then say, rather than one silently taking the other.
    expect(typeInto(income(null, '46280'), 0, '46281')).toMatchObject({ split: true, values: ['46281', '46280'] })
  })
  it('set from the panel, every slot of one number or empty takes it', () => {
    const tr = new Transform(income('46280', null))
    expect(setFigure(tr, edit, same)).toEqual({ changed: 2, clashes: 0, split: null })
    expect(values(tr.doc)).toEqual(['46281', '46281'])
  })
  it('a fill that overwrites leaves them, and says why', () => {
    const f = figuresFromRows([{ label: LABEL, year: 2025, value: '46281', unit: '元', kind: 'actual' }], 1)
    const r = fillSlots(income('46280', '23950'), new FigureIndex(f.metrics, f.values), { overwrite: true })
    expect(values(r.doc)).toEqual(['46280', '23950'])
    expect(r.filled).toBe(0)
    expect(ambiguousMessage(r.ambiguous[0])).toBe(
      '“城乡居民人均可支配收入”在讲稿里有 2 处，现在分别是 46280元、23950元，是同名的不同数字，数字库只有一个数，都没有改动，请在正文里逐个核对。',
    )
  })
  it('names each place by the words before it', () => {
    const d = income('46280', '23950')
    expect(slotsOf(d).map((s) => slotPlace(d, s.pos))).toEqual([
      '…民人均可支配收入分别达到46280元',
      '…入分别达到46280元和23950元',
    ])
  })
})
