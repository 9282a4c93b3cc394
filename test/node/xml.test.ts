/** The small XML reader the .docx parts are read with: what it keeps, where, and what it refuses. */
import { describe, expect, it } from 'vitest'
import { child, descendants, escapeXml, parseXml, wordNames, XmlError } from '../../src/core/import/xml'

describe('reading a part', () => {
  it('keeps elements, attributes, text with its entities, and where each tag lies', () => {
    const xml =
      '<?xml version="1.0"?><!-- c --><a x="1 &amp; 2" y=\'&#x4e00;\'><b>&lt;一&gt;<![CDATA[<二>]]></b><c/></a>'
    const root = parseXml(xml)
    expect(root.name).toBe('a')
    expect(root.attrs).toEqual({ x: '1 & 2', y: '一' })
    const b = child(root, 'b')
    expect(b?.children).toEqual(['<一>', '<二>'])
    expect(xml.slice(b?.start, b?.openEnd)).toBe('<b>')
    expect(xml.slice(b?.closeStart, b?.end)).toBe('</b>')
    const c = child(root, 'c')
    expect(c?.empty).toBe(true)
    expect(xml.slice(c?.start, c?.end)).toBe('<c/>')
  })

  it.each([
    ['a DOCTYPE', '<!DOCTYPE a [<!ENTITY e "x">]><a>&e;</a>'],
    ['an entity it does not know', '<a>&e;</a>'],
    ['a tag closed by another', '<a><b></a></b>'],
    ['an element left open', '<a><b></b>'],
    ['two roots', '<a/><b/>'],
    ['a broken tag', '<a <b/></a>'],
  ])('refuses %s', (_what, xml) => {
    expect(() => parseXml(xml)).toThrow(XmlError)
  })

  it('finds elements below one, not looking inside those it skips', () => {
    const root = parseXml('<r><p id="1"><box><p id="2"/></box></p><p id="3"/></r>')
    expect(descendants(root, 'p').map((p) => p.attrs.id)).toEqual(['1', '2', '3'])
    expect(descendants(root, 'p', new Set(['box'])).map((p) => p.attrs.id)).toEqual(['1', '3'])
  })

  it('names WordprocessingML elements with the prefix the part binds to it', () => {
    const main = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
    expect(wordNames(parseXml(`<w:document xmlns:w="${main}"/>`))('p')).toBe('w:p')
    expect(wordNames(parseXml(`<x:document xmlns:x="${main}"/>`))('p')).toBe('x:p')
    expect(wordNames(parseXml(`<document xmlns="${main}"/>`))('p')).toBe('p')
    expect(escapeXml('<一> & "二"')).toBe('&lt;一&gt; &amp; &quot;二&quot;')
  })
})
