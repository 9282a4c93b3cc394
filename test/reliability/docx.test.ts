/**
 * Hostile and broken .docx files (issue #13, items 9, 12, 15): zip bombs that lie about their
 * sizes, damaged archives, XML entities (XXE, "billion laughs"), external images and
 * javascript: links. Each is read through the same path as the app's import worker and the
 * CLI, and ends in its text or in a Chinese message; nothing reaches the network or the disk.
 */
import { describe, expect, it } from 'vitest'
import { createRequire } from 'node:module'
import http from 'node:http'
import https from 'node:https'
import net from 'node:net'
import JSZip from 'jszip'
import { loadSpeechFile } from '../../src/core/import/source'
import { ImportError } from '../../src/core/import/decode'
import { DOCX_LIMITS } from '../../src/core/import/limits'
import { speechToText } from '../../src/core/text'
import { speechHtml } from '../../src/core/export/html'
import { LAYOUTS } from '../../src/core/export/layout'
import { makeZip } from '../node/zip'
import { deflateBomb } from './bomb'
import { cliBinary, inputFile } from './cli'
import { Tally } from './ledger'
import { expectLedger } from './ledger-node'
import { expectUserMessage } from './messages'

const require = createRequire(import.meta.url)
const mammoth = async () => require('mammoth')
const tally = new Tally('恶意输入', '.docx 文件')
const trial = (name: string, run: () => unknown) => {
  tally.plan()
  it(name, () => tally.trial(name, run), 30_000)
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
const para = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`
const SPEECH = ['同志们：', '今天召开会议。', '一、2025年工作回顾', '全年实现城镇新增就业3250人。'].map(para).join('')

/** A small real .docx: the parts Word writes and mammoth reads, with the body and relations given. */
async function docx({
  body = SPEECH,
  prolog = '',
  rels = '',
  extra = {},
}: {
  body?: string
  prolog?: string
  rels?: string
  extra?: Record<string, string | Uint8Array>
} = {}) {
  const zip = new JSZip()
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  )
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  )
  zip.file(
    'word/_rels/document.xml.rels',
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>`,
  )
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>${prolog}<w:document xmlns:w="${W}" xmlns:r="${R}" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><w:body>${body}</w:body></w:document>`,
  )
  for (const [name, data] of Object.entries(extra)) zip.file(name, data)
  return new Uint8Array(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }))
}

/** Any use of the network while `run` goes is a failure: the import must never reach out. */
async function offline<T>(run: () => Promise<T>): Promise<T> {
  const reached: string[] = []
  const originals = [
    http.request,
    http.get,
    https.request,
    https.get,
    net.connect,
    net.createConnection,
    globalThis.fetch,
  ]
  const spy =
    (what: string) =>
    (...args: unknown[]) => {
      reached.push(`${what} ${String(args[0])}`)
      throw new Error('network used')
    }
  Object.assign(http, { request: spy('http'), get: spy('http') })
  Object.assign(https, { request: spy('https'), get: spy('https') })
  Object.assign(net, { connect: spy('net'), createConnection: spy('net') })
  globalThis.fetch = spy('fetch') as typeof fetch
  try {
    return await run()
  } finally {
    ;[http.request, http.get, https.request, https.get, net.connect, net.createConnection, globalThis.fetch] =
      originals as [
        typeof http.request,
        typeof http.get,
        typeof https.request,
        typeof https.get,
        typeof net.connect,
        typeof net.createConnection,
        typeof fetch,
      ]
    expect(reached).toEqual([])
  }
}

/** The file is read, within `ms`, to a speech whose text is given back. */
async function reads(bytes: Uint8Array, ms = 5000): Promise<string> {
  const started = performance.now()
  const loaded = await offline(() => loadSpeechFile(bytes, 'speech.docx', mammoth))
  expect(performance.now() - started).toBeLessThan(ms)
  return speechToText(loaded.doc)
}

/**
 * Either outcome is fine for some files (mammoth may skip what it cannot use): the text, or a
 * refusal with a Chinese message. Any other exception fails.
 */
async function readsOrRefuses(bytes: Uint8Array, ms = 5000): Promise<{ text: string } | { refusal: string }> {
  try {
    return { text: await reads(bytes, ms) }
  } catch (e) {
    if (!(e instanceof ImportError)) throw e
    expectUserMessage(e.message)
    return { refusal: e.message }
  }
}

/** The file is refused, within `ms`, with a Chinese message matching `message`. */
async function refused(bytes: Uint8Array, message: RegExp, ms = 5000): Promise<void> {
  const started = performance.now()
  const error = await offline(() => loadSpeechFile(bytes, 'speech.docx', mammoth)).then(
    () => null,
    (e: unknown) => e,
  )
  expect(performance.now() - started).toBeLessThan(ms)
  expect(error).toBeInstanceOf(ImportError)
  expect((error as Error).message).toMatch(message)
  expectUserMessage((error as Error).message)
}

describe('zip bombs and damaged archives (item 9)', () => {
  trial('an entry that declares 1 KB and unpacks to 2.5 GB stops at the first byte too many', async () => {
    const bomb = makeZip([{ name: 'word/document.xml', data: deflateBomb(2.5e9), claimedSize: 1000, method: 8 }])
    const before = process.memoryUsage().arrayBuffers
    await refused(bomb, /比它记录的大小还大/, 2000)
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(64 * 1024 * 1024)
  })
  trial('the same bomb through the command line: exit 2 with a message', () => {
    const bomb = makeZip([{ name: 'word/document.xml', data: deflateBomb(2.5e9), claimedSize: 1000, method: 8 }])
    const r = cliBinary(['outline', inputFile('bomb.docx', bomb)])
    expect(r.code).toBe(2)
    expectUserMessage(r.stderr)
  })
  trial('bombs spread over many entries, each lying a little', async () => {
    const entries = Array.from({ length: 40 }, (_, i) => ({
      name: i ? `word/media/image${i}.png` : 'word/document.xml',
      data: deflateBomb(50e6),
      claimedSize: 4e6,
      method: 8,
    }))
    await refused(makeZip(entries), /比它记录的大小还大/, 3000)
  })
  trial('an honest archive that would unpack past the limit is refused before unpacking', () =>
    refused(
      makeZip([
        { name: 'word/document.xml', data: deflateBomb(1e6), claimedSize: DOCX_LIMITS.unpackedBytes + 1, method: 8 },
      ]),
      /解压后将超过/,
      500,
    ),
  )
  trial(
    'an entry that declares more than it holds (jszip would say "Bug : uncompressed data size mismatch")',
    async () => {
      const good = await docx()
      const zip = await JSZip.loadAsync(good)
      const xml = await zip.file('word/document.xml')!.async('uint8array')
      await refused(makeZip([{ name: 'word/document.xml', data: xml, claimedSize: xml.length + 5 }]), /内容不完整/)
    },
  )
  trial('an encrypted entry', () =>
    refused(makeZip([{ name: 'word/document.xml', data: new Uint8Array(10), flags: 1 }]), /密码/),
  )
  trial('an entry packed with a method Word does not use', () =>
    refused(makeZip([{ name: 'word/document.xml', data: new Uint8Array(10), method: 14 }]), /压缩方式/),
  )
  trial('deflate data that is garbage', () =>
    refused(
      makeZip([{ name: 'word/document.xml', data: new Uint8Array(64).fill(0xff), claimedSize: 100, method: 8 }]),
      /压缩数据有误/,
    ),
  )
  trial('a file cut in half', async () => {
    const good = await docx()
    await refused(good.subarray(0, good.length >> 1), /已损坏/)
  })
  trial('an entry whose data lies past the end of the file', () => {
    const zip = makeZip([{ name: 'word/document.xml', data: new Uint8Array(10) }])
    new DataView(zip.buffer).setUint32(zip.length - 22 - 46 - 'word/document.xml'.length + 42, 1e6, true)
    return refused(zip, /位置不对|已损坏/)
  })
  trial('more entries than any Word file has', () =>
    refused(
      makeZip(
        Array.from({ length: DOCX_LIMITS.entries + 1 }, (_, i) => ({ name: `f${i}.xml`, data: new Uint8Array(1) })),
      ),
      /内部文件/,
    ),
  )
  trial('a zip without a Word body', () =>
    refused(makeZip([{ name: 'hello.txt', data: new Uint8Array(3) }]), /不是 Word 文档/),
  )
  trial('a ZIP64 marker', () => {
    const zip = makeZip([{ name: 'word/document.xml', data: new Uint8Array(1) }])
    new DataView(zip.buffer).setUint16(zip.length - 22 + 10, 0xffff, true)
    return refused(zip, /ZIP64/)
  })
  trial('zip magic with nothing after it', () => refused(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), /压缩目录/))
})

describe('hostile XML and relations (item 15)', () => {
  trial('a document body that is not XML ([xmldom error] stays inside)', () =>
    refused(
      makeZip([{ name: 'word/document.xml', data: new TextEncoder().encode('<w:document><w:body><<<>') }]),
      /正文已损坏/,
    ),
  )
  trial('XXE: an external entity naming a local file', async () => {
    const r = await readsOrRefuses(
      await docx({
        prolog: '<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
        body: SPEECH + para('机密&xxe;结束'),
      }),
    )
    expect(JSON.stringify(r)).not.toMatch(/root:/)
  })
  trial('XXE: an external DTD on the network', async () => {
    const r = await readsOrRefuses(
      await docx({ prolog: '<!DOCTYPE w:document SYSTEM "http://198.51.100.7/evil.dtd">' }),
    )
    if ('text' in r) expect(r.text).toContain('全年实现城镇新增就业3250人。')
  })
  trial('a "billion laughs" of nested entities', async () => {
    const entities = ['<!ENTITY a0 "哈哈哈哈哈哈哈哈哈哈">']
    for (let i = 1; i < 10; i++) entities.push(`<!ENTITY a${i} "${`&a${i - 1};`.repeat(10)}">`)
    const r = await readsOrRefuses(
      await docx({ prolog: `<!DOCTYPE w:document [${entities.join('')}]>`, body: SPEECH + para('&a9;') }),
      3000,
    )
    if ('text' in r) expect(r.text.length).toBeLessThan(100_000)
  })
  trial('an image linked from a web address and one from a local file', async () => {
    const drawing = (id: string) =>
      `<w:p><w:r><w:drawing><wp:inline><wp:docPr id="1" name="p"/><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic><pic:nvPicPr><pic:cNvPr id="1" name="p"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:link="${id}" r:embed="${id}"/></pic:blipFill><pic:spPr/></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>`
    const text = await reads(
      await docx({
        body: SPEECH + drawing('rIdWeb') + drawing('rIdFile'),
        rels:
          '<Relationship Id="rIdWeb" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="http://198.51.100.7/track.png" TargetMode="External"/>' +
          '<Relationship Id="rIdFile" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="file:///etc/passwd" TargetMode="External"/>',
      }),
    )
    expect(text).toContain('全年实现城镇新增就业3250人。')
    expect(text).not.toMatch(/root:|track\.png/)
  })
  trial('a javascript: link keeps its words and loses its address', async () => {
    const doc = await offline(
      async () =>
        (
          await loadSpeechFile(
            await docx({
              body: `${SPEECH}<w:p><w:hyperlink r:id="rIdJs"><w:r><w:t>点这里</w:t></w:r></w:hyperlink></w:p>`,
              rels: '<Relationship Id="rIdJs" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="javascript:alert(document.cookie)" TargetMode="External"/>',
            }),
            'a.docx',
            mammoth,
          )
        ).doc,
    )
    expect(speechToText(doc)).toContain('点这里')
    expect(speechHtml(doc, LAYOUTS.gongwen)).not.toMatch(/javascript:|<a\b/)
  })
  trial('markup written as text in the document stays text in every export', async () => {
    const text = await reads(
      await docx({ body: SPEECH + para('&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;') }),
    )
    expect(text).toContain('<script>alert(1)</script>')
    const loaded = await loadSpeechFile(
      await docx({ body: SPEECH + para('&lt;script&gt;alert(1)&lt;/script&gt;') }),
      'a.docx',
      mammoth,
    )
    expect(speechHtml(loaded.doc, LAYOUTS.gongwen)).not.toMatch(/<script>alert|<img/)
  })
  trial('40,000 nested elements', async () => {
    const deep = `${'<w:sdt><w:sdtContent>'.repeat(20_000)}${para('深处')}${'</w:sdtContent></w:sdt>'.repeat(20_000)}`
    const r = await readsOrRefuses(await docx({ body: SPEECH + deep }), 10_000)
    if ('text' in r) expect(r.text).toContain('深处')
  })
  trial('40,000 nested elements around a paragraph in a Word list', async () => {
    const numbered = `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>深处</w:t></w:r></w:p>`
    const deep = `${'<w:sdt><w:sdtContent>'.repeat(20_000)}${numbered}${'</w:sdtContent></w:sdt>'.repeat(20_000)}`
    const numbering = `<w:numbering xmlns:w="${W}"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/><w:suff w:val="nothing"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`
    const r = await readsOrRefuses(
      await docx({
        body: SPEECH + deep,
        rels: '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>',
        extra: { 'word/numbering.xml': numbering },
      }),
      10_000,
    )
    if ('text' in r) expect(r.text).toContain('一、深处')
  })
})

it('RELIABILITY.md shows what was measured', () => {
  expectLedger(tally)
})
