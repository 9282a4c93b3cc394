import { describe, expect, it } from 'vitest'
import { readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { parseTemplate, TemplateError } from '../../src/core/template'
import { instantiate } from '../../src/core/instantiate'
import { outlineJSON, slotsOf } from '../../src/core/outline'
import { splitMarkers } from '../../src/core/markers'
import { speechToText } from '../../src/core/text'
import { rollover } from '../../src/core/rollover'
import { checkDocument } from '../../src/core/checks/engine'
import { Transform } from 'prosemirror-transform'
import { templateSource } from './helpers'

/** The speech templates; the meeting's (meeting-*.txt) are tested in meeting-template.test.ts. */
const bundled = readdirSync(fileURLToPath(new URL('../../templates/', import.meta.url))).filter(
  (f) => f.endsWith('.txt') && !f.startsWith('meeting-'),
)

function errorOf(source: string): TemplateError {
  try {
    parseTemplate(source, 't')
  } catch (e) {
    if (e instanceof TemplateError) return e
    throw e
  }
  throw new Error('template was accepted')
}

describe('bundled templates', () => {
  it('there are at least two, one for 人社 and one generic', () => {
    expect(bundled).toEqual(expect.arrayContaining(['hrss-annual.txt', 'generic-annual.txt']))
  })

  for (const file of bundled) {
    it(`${file} makes a complete speech for the chosen year`, () => {
      const t = parseTemplate(templateSource(file), file)
      const doc = instantiate(t, 2027)
      const o = outlineJSON(doc)
      expect(o.title).not.toBe('')
      expect(o.greeting).toBe('同志们：')
      const kinds = o.parts.map((p) => p.kind)
      expect(kinds[0]).toBe('opening')
      expect(kinds.at(-1)).toBe('closing')
      expect(kinds).toEqual(expect.arrayContaining(['review', 'tasks', 'requirements']))
      expect(o.parts.find((p) => p.kind === 'review')!.year).toBe(2026)
      expect(o.parts.find((p) => p.kind === 'tasks')!.year).toBe(2027)
      expect(doc.attrs.planYear).toBe(2027)
      expect(doc.textContent).not.toMatch(/\{\{|计划年|回顾年/)
      const metrics = o.slots.filter((s) => s.role === 'metric')
      expect(metrics.length).toBeGreaterThan(5)
      expect(metrics.every((s) => s.value === null)).toBe(true)
      expect(metrics.filter((s) => s.partKind === 'tasks').every((s) => s.kind === 'target' && s.year === 2027)).toBe(
        true,
      )
      expect(metrics.filter((s) => s.partKind === 'review').every((s) => s.kind === 'actual' && s.year === 2026)).toBe(
        true,
      )
    })
  }

  it('keeps the required parts the template declares', () => {
    const t = parseTemplate(templateSource('hrss-annual.txt'), 'hrss')
    expect(t.required).toEqual(['title', 'greeting', 'opening', 'review', 'tasks', 'requirements', 'closing'])
    expect(instantiate(t, 2027).attrs.required).toEqual(t.required)
  })
})

describe('malformed templates name the line', () => {
  const ok = '名称：测试\n---\n同志们：\n开场。\n一、回顾\n正文{{就业|人}}。\n'
  it('accepts a minimal template', () => {
    expect(parseTemplate(ok, 't').name).toBe('测试')
  })
  it('missing separator', () => {
    const e = errorOf('名称：测试\n一、回顾\n')
    expect([e.line, e.message]).toEqual([1, expect.stringContaining('---')])
  })
  it('unknown header key', () => {
    expect(errorOf('名称：测试\n作者：某某\n---\n一、回顾\n').line).toBe(2)
  })
  it('no name', () => {
    expect(errorOf('说明：无名\n---\n一、回顾\n').message).toMatch(/名称/)
  })
  it('unknown required part', () => {
    const e = errorOf('名称：测试\n必需：标题 附件\n---\n一、回顾\n')
    expect([e.line, e.detail]).toEqual([2, expect.stringContaining('附件')])
  })
  it('unclosed marker', () => {
    const e = errorOf(ok.replace('{{就业|人}}', '{{就业|人'))
    expect(e.line).toBe(6)
    expect(e.message).toMatch(/第6行.*闭合/)
  })
  it('stray closing braces', () => {
    expect(errorOf(ok.replace('{{就业|人}}', '就业|人}}')).line).toBe(6)
  })
  it('metric without unit', () => {
    expect(errorOf(ok.replace('{{就业|人}}', '{{就业}}')).detail).toMatch(/单位/)
  })
  it('value that is not a number', () => {
    expect(errorOf(ok.replace('{{就业|人}}', '{{就业|人|很多}}')).detail).toMatch(/不是数字/)
  })
  it('unknown part kind', () => {
    expect(errorOf(ok.replace('一、回顾', '一、回顾 #总结')).line).toBe(5)
  })
  it('no numbered part', () => {
    expect(errorOf('名称：测试\n---\n同志们：\n开场。\n').detail).toMatch(/一、/)
  })
})

describe('text slots: words of the speech the user fills once', () => {
  const generic = () => instantiate(parseTemplate(templateSource('generic-annual.txt'), 'generic-annual'), 2027)
  const textSlots = (doc: ReturnType<typeof generic>) => slotsOf(doc).filter((s) => s.attrs.role === 'text')

  it('{{文字:名称}} and {{文字:名称|内容}} are text, not names or figures', () => {
    expect(splitMarkers('{{文字:部门}}、{{文字：工作领域|人力资源和社会保障}}').filter((s) => 'marker' in s)).toEqual([
      { marker: { type: 'text', label: '部门', value: null }, raw: '{{文字:部门}}' },
      {
        marker: { type: 'text', label: '工作领域', value: '人力资源和社会保障' },
        raw: '{{文字：工作领域|人力资源和社会保障}}',
      },
    ])
    expect(splitMarkers('{{@部门}}')[0]).toMatchObject({ marker: { type: 'person' } })
    expect(errorOf('名称：测试\n---\n{{文字:}}工作会议讲话\n同志们：\n一、回顾\n正文。\n').detail).toMatch(/缺少名称/)
    expect(errorOf('名称：测试\n---\n{{文字:部门|甲|乙}}讲话\n同志们：\n一、回顾\n正文。\n').line).toBe(3)
  })

  it("the generic template's 部门 and 工作领域 are text slots, empty, with no year", () => {
    const doc = generic()
    expect(textSlots(doc).map((s) => [s.attrs.label, s.attrs.value, s.attrs.year])).toEqual([
      ['部门', null, null],
      ['工作领域', null, null],
    ])
    expect(slotsOf(doc).filter((s) => s.attrs.role === 'person')).toEqual([])
    // Plain text writes an empty one as its marker, which reads back as the same slot.
    expect(speechToText(doc)).toContain('{{文字:部门}}2027年工作会议讲话')
  })

  it('filled, they print as their text and survive a roll-over while figures are emptied', () => {
    const doc = generic()
    const tr = new Transform(doc)
    for (const s of textSlots(doc))
      tr.setNodeAttribute(s.pos, 'value', s.attrs.label === '部门' ? '县人力资源和社会保障局' : '人力资源和社会保障')
    const metric = slotsOf(tr.doc).find((s) => s.attrs.role === 'metric')!
    tr.setNodeAttribute(metric.pos, 'value', '12')
    expect(speechToText(tr.doc)).toMatch(
      /^县人力资源和社会保障局2027年工作会议讲话\n——在全县人力资源和社会保障工作会议上的讲话/,
    )
    const rolled = rollover(tr.doc).doc
    expect(textSlots(rolled).map((s) => s.attrs.value)).toEqual(['县人力资源和社会保障局', '人力资源和社会保障'])
    expect(
      slotsOf(rolled)
        .filter((s) => s.attrs.role === 'metric')
        .every((s) => s.attrs.value === null),
    ).toBe(true)
    expect(speechToText(rolled)).toMatch(/^县人力资源和社会保障局2028年工作会议讲话/)
  })

  it('an empty one is an error of the 空位未填 check, named as text', () => {
    const found = checkDocument(generic()).filter((f) => f.rule === 'empty-slot')
    expect(found.map((f) => f.message)).toEqual(
      expect.arrayContaining(['“部门”还没有填写。', '“工作领域”还没有填写。']),
    )
  })
})
