import { describe, expect, it } from 'vitest'
import { importText } from '../../src/core/import'
import { speechFromJSON, speechToJSON, SpeechFormatError } from '../../src/core/serialize'
import { speechToText } from '../../src/core/text'
import { schema } from '../../src/core/schema'
import { fixture } from './helpers'

const seedDoc = () => importText(fixture('seed-hrss-2022.txt')).doc

describe('speech JSON', () => {
  it('round-trips a whole speech exactly', () => {
    const doc = seedDoc()
    const back = speechFromJSON(JSON.stringify(speechToJSON(doc)))
    expect(back.eq(doc)).toBe(true)
    expect(back.attrs).toEqual(doc.attrs)
  })

  it('says so when the text is not JSON', () => {
    expect(() => speechFromJSON('{"format": "jianggao/speech", ')).toThrow(/不是有效的 JSON/)
  })

  it('refuses a foreign JSON file', () => {
    expect(() => speechFromJSON('{"hello": 1}')).toThrow(/不是讲稿助手的讲稿文件/)
  })

  it('refuses a newer version with a hint to upgrade', () => {
    expect(() => speechFromJSON({ format: 'jianggao/speech', version: 99, doc: {} })).toThrow(/升级/)
  })

  it('refuses a tree the schema does not allow, never returning half of it', () => {
    const json = speechToJSON(seedDoc())
    const doc = json.doc as { content: { type: string }[] }
    doc.content.unshift({ type: 'closing' })
    expect(() => speechFromJSON(json)).toThrow(SpeechFormatError)
  })

  it('refuses bad attribute values', () => {
    const json = speechToJSON(seedDoc()) as { doc: { attrs: Record<string, unknown> } }
    json.doc.attrs.reviewYear = 'last year'
    expect(() => speechFromJSON(json)).toThrow(/结构不对/)
    const slotJson = speechToJSON(
      schema.node('doc', null, [
        schema.node('title'),
        schema.node('opening', null, [schema.node('paragraph', null, [schema.nodes.slot.create({ label: '就业' })])]),
      ]),
    ) as unknown as { doc: { content: { content: { content: { attrs: Record<string, unknown> }[] }[] }[] } }
    slotJson.doc.content[1].content[0].content[0].attrs.role = 'robot'
    expect(() => speechFromJSON(slotJson)).toThrow(SpeechFormatError)
  })

  it('renders a speech back to numbered text that imports to the same structure', () => {
    const doc = seedDoc()
    const again = importText(speechToText(doc)).doc
    expect(speechToText(again)).toBe(speechToText(doc))
    expect(again.eq(doc)).toBe(true)
  })
})
