/**
 * From the bytes of a file to the text of a speech, exactly: which kind of file the first bytes
 * say it is, which encoding a text file has, what a paragraph of Word's HTML keeps, which zip
 * archives pass as a .docx, and the exact message each refusal gives the user.
 */
import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import JSZip from 'jszip'
import { decodeText, ImportError, sniffFile } from '../../src/core/import/decode'
import { htmlParagraphs, htmlToText } from '../../src/core/import/html'
import { checkDocx, docxToText, unsupportedMessage } from '../../src/core/import/docx'
import { DOCX_LIMITS, IMPORT_LIMITS, MAX_FILE_BYTES, mb } from '../../src/core/import/limits'
import { checkTextLength, fileToText, loadSpeechFile, textToSpeech } from '../../src/core/import/source'
import { verifyZip, zipEntries } from '../../src/core/import/zip'
import { speechToJSON } from '../../src/core/serialize'
import { outlineJSON } from '../../src/core/outline'
import { makeZip } from './zip'

const require = createRequire(import.meta.url)
const mammoth = async () => require('mammoth')
const bytes = (...b: number[]) => new Uint8Array(b)
const utf8 = (s: string) => new TextEncoder().encode(s)
/** The message a call throws, or null when it does not. */
const thrown = (run: () => unknown): string | null => {
  try {
    run()
    return null
  } catch (e) {
    expect(e).toBeInstanceOf(ImportError)
    return (e as Error).message
  }
}
const rejected = (run: () => Promise<unknown>): Promise<string | null> =>
  run().then(
    () => null,
    (e: unknown) => {
      expect(e).toBeInstanceOf(ImportError)
      return (e as Error).message
    },
  )

const ZIP = [0x50, 0x4b, 0x03, 0x04]
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]
const PDF = [0x25, 0x50, 0x44, 0x46]

describe('the kind of a file, by its first bytes and then its name', () => {
  it.each([
    ['nothing at all', [], 'a.txt', 'empty'],
    ['a zip', ZIP, 'a.docx', 'docx'],
    ['a zip named without an extension', ZIP, 'speech', 'docx'],
    ['a zip named .wps (WPS saves its new format as a zip)', ZIP, 'a.wps', 'wps'],
    ['a zip named .WPS in capitals', ZIP, '讲话.WPS', 'wps'],
    ['an OLE file (old Word)', OLE, 'a.doc', 'doc'],
    ['an OLE file named .wps', OLE, 'a.wps', 'wps'],
    ['an OLE file named .txt', OLE, 'a.txt', 'doc'],
    ['a PDF', PDF, 'a.pdf', 'pdf'],
    ['a PDF named .doc', PDF, 'a.doc', 'pdf'],
    ['text named .doc', [...utf8('同志们：')], 'a.doc', 'doc'],
    ['text named .wps', [...utf8('同志们：')], 'a.wps', 'wps'],
    ['text named .txt', [...utf8('同志们：')], 'a.txt', 'text'],
    ['text with no name', [...utf8('同志们：')], '', 'text'],
    ['text whose name only ends in doc', [...utf8('同志们：')], 'adoc', 'text'],
    ['text whose name has .doc before its extension', [...utf8('同志们：')], '讲话.doc.txt', 'text'],
    ['only part of the zip signature', [0x50, 0x4b, 0x03, 0x05, ...utf8('A'.repeat(100))], 'a.docx', 'text'],
    ['only part of the OLE signature', [...OLE.slice(0, 7), 0], 'a.bin', 'binary'],
  ])('%s', (_what, head, name, kind) => {
    expect(sniffFile(bytes(...head), name)).toBe(kind)
  })

  it('a NUL byte makes a file binary, unless it is UTF-16 with its byte-order mark', () => {
    expect(sniffFile(bytes(0x41, 0x00, 0x42))).toBe('binary')
    expect(sniffFile(bytes(0x00))).toBe('binary')
    expect(sniffFile(bytes(0xff, 0xfe, 0x0c, 0x54))).toBe('text')
    expect(sniffFile(bytes(0xfe, 0xff, 0x54, 0x0c))).toBe('text')
    expect(sniffFile(bytes(0xff, 0xfe, 0x41, 0x00))).toBe('text')
    expect(sniffFile(bytes(0xfe, 0xff, 0x00, 0x41))).toBe('text')
    // half a mark is none
    for (const head of [
      [0xff, 0x00, 0x41],
      [0xfe, 0x00, 0x41],
      [0x41, 0xfe, 0x00],
      [0x41, 0xff, 0x00],
      [0xfe, 0x41, 0x00],
      [0xff, 0x41, 0x00],
    ])
      expect(sniffFile(bytes(...head))).toBe('binary')
  })

  it('control characters past 2 in 100 make a file binary; tabs and line ends are text', () => {
    const withControls = (n: number, code: number) => {
      const b = new Uint8Array(100).fill(0x41)
      for (let i = 0; i < n; i++) b[10 + i] = code
      return sniffFile(b, 'a.txt')
    }
    expect(withControls(2, 0x01)).toBe('text')
    expect(withControls(3, 0x01)).toBe('binary')
    expect(withControls(3, 0x08)).toBe('binary')
    expect(withControls(3, 0x0e)).toBe('binary')
    expect(withControls(3, 0x1f)).toBe('binary')
    for (const code of [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20]) expect(withControls(50, code)).toBe('text')
  })

  it('only the first 8 KB are looked at', () => {
    const b = new Uint8Array(9000).fill(0x41)
    b[8192] = 0
    expect(sniffFile(b, 'a.txt')).toBe('text')
    b[8191] = 0
    expect(sniffFile(b, 'a.txt')).toBe('binary')
    // 163 control characters in the first 8192 bytes are under 2 %, 164 are over
    const c = new Uint8Array(9000).fill(0x41)
    c.fill(0x01, 0, 163)
    c.fill(0x01, 8192, 9000)
    expect(sniffFile(c, 'a.txt')).toBe('text')
    c[163] = 0x01
    expect(sniffFile(c, 'a.txt')).toBe('binary')
  })
})

describe('the encoding of a text file', () => {
  it.each([
    ['UTF-8 with its mark', [0xef, 0xbb, 0xbf, ...utf8('讲话')], '讲话', 'utf-8'],
    ['UTF-8 without a mark', [...utf8('讲话')], '讲话', 'utf-8'],
    ['UTF-16LE with its mark', [0xff, 0xfe, 0xb2, 0x8b, 0xdd, 0x8b], '讲话', 'utf-16le'],
    ['UTF-16BE with its mark', [0xfe, 0xff, 0x8b, 0xb2, 0x8b, 0xdd], '讲话', 'utf-16be'],
    ['GB18030', [0xbd, 0xb2, 0xbb, 0xb0], '讲话', 'gb18030'],
    // EF BB alone is no mark: not UTF-8, and in GB18030 a character of its own
    ['only the first two bytes of the UTF-8 mark', [0xef, 0xbb, 0x41], '锘A', 'gb18030'],
    ['the UTF-16LE mark alone', [0xff, 0xfe], '', 'utf-16le'],
    // the last two bytes of the UTF-8 mark without its first
    ['BB BF after a letter', [0x41, 0xbb, 0xbf], 'A豢', 'gb18030'],
    ['EF and BF around another byte', [0xef, 0xbc, 0xbf, 0x41], '＿A', 'utf-8'],
  ])('%s', (_what, b, text, encoding) => {
    expect(decodeText(bytes(...b))).toEqual({ text, encoding })
  })

  it('refuses bytes that are neither UTF-8 nor GB18030, saying how to save them', () => {
    // half a UTF-16 mark is none
    for (const b of [
      [0x41, 0xff],
      [0xff, 0x41],
      [0x41, 0xfe],
    ])
      expect(thrown(() => decodeText(bytes(...b)))).toBe(
        '无法识别这个文本文件的编码（既不是 UTF-8，也不是 GB18030/GBK）。请在记事本或 WPS 里“另存为”UTF-8 编码后再导入。',
      )
    expect(thrown(() => decodeText(bytes(0xfe, 0x41)))).toMatch(/^这个文件里没有读到中文文字/)
  })

  it('refuses a GB18030 reading without a Chinese character', () => {
    // 0x80 is not UTF-8; GB18030 reads it as €
    expect(thrown(() => decodeText(bytes(0x41, 0x80)))).toBe(
      '这个文件里没有读到中文文字，可能不是讲稿文本。请确认选择的是上一年的讲稿。',
    )
  })
})

describe('the paragraphs of Word HTML', () => {
  it.each([
    ['&amp;&lt;&gt;&quot;&apos;', '&<>"\''],
    ['甲&nbsp;乙&ensp;丙&emsp;丁', '甲 乙 丙　丁'],
    ['&ldquo;六稳&rdquo;&lsquo;六保&rsquo;', '“六稳”‘六保’'],
    ['2021&mdash;2025年&hellip;&middot;', '2021—2025年…·'],
    ['甲&NBSP;乙&Amp;', '甲 乙&'],
    ['&#20013;&#x56fd;&#X56FD;', '中国国'],
    ['a&#0;b&#x110000;c', 'abc'],
    ['&copy;&unknown;', '&copy;&unknown;'],
    ['& 和 &;', '& 和 &;'],
  ])('%s', (html, text) => {
    expect(htmlToText(`<p>${html}</p>`)).toBe(text)
  })

  it('ends a paragraph at every block element and at a line break that starts one (line-breaks.test.ts), at nothing else', () => {
    const blocks = ['p', 'div', 'h1', 'h6', 'li', 'tr', 'table', 'ul', 'ol', 'blockquote', 'section']
    for (const tag of [...blocks, 'article', 'header', 'footer', 'pre', 'P', 'DIV'])
      expect(htmlToText(`甲<${tag} class="x">乙</${tag}>丙`)).toBe('甲\n乙\n丙')
    for (const br of ['<br>', '<br/>', '<br />', '<BR>']) {
      expect(htmlToText(`甲。${br}乙`)).toBe('甲。\n乙')
      expect(htmlToText(`甲，${br}乙`)).toBe('甲，乙')
    }
    for (const inline of ['span', 'b', 'font', 'a', 'td', 'param', 'hr', 'h7'])
      expect(htmlToText(`甲<${inline} x="1">乙</${inline}>丙`)).toBe('甲乙丙')
  })

  it('drops comments, styles, scripts, Office XML, the head and its title with what they hold', () => {
    expect(
      htmlToText(
        '<head><title>标题</title></head><style>p{}</style><script>x()</script><xml>w</xml><!--注释\n--><o:p>空</o:p><p>正文</p><STYLE>a</STYLE>',
      ),
    ).toBe('正文')
    // Word's conditional comments hold markup and text that is not the speech
    expect(
      htmlToText(
        '<!--[if gte mso 9]><xml><w:WordDocument>隐藏</w:WordDocument></xml><![endif]--><!-- a > b --><!----><p>正文</p>',
      ),
    ).toBe('正文')
    expect(
      htmlToText(
        '<style>\np { color: red }\n</style><o:OfficeDocumentSettings>设置</o:OfficeDocumentSettings><p>正文</p>',
      ),
    ).toBe('正文')
    // a comment ends at its first -->
    expect(htmlToText('<!--a-->甲<!--b-->')).toBe('甲')
    // an element is dropped up to its own closing tag only
    expect(htmlToText('<style>a</style>甲<script>b</script>')).toBe('甲')
    expect(htmlToText('<titles>甲</titles>')).toBe('甲')
  })

  it('writes the numbers of ordered lists into their items, as the list shows them (tryout 10, item 2)', () => {
    // As a WeChat article copied in a browser gives it: the numbers are drawn, not text.
    expect(
      htmlToText(
        '<p>全街道上下要做到：</p><ol style="list-style-type: decimal;"><li><p><span>提高政治站位。</span></p></li>\n<li><p>强化责任落实。</p></li></ol><p>同志们，</p>',
      ),
    ).toBe('全街道上下要做到：\n1.提高政治站位。\n2.强化责任落实。\n同志们，')
    // A Chinese-numeral style, a start, an item's value, and a list inside a list one level down.
    expect(
      htmlToText(
        '<ol style="list-style-type:cjk-ideographic"><li>重点任务<ol><li>稳增长。</li><li>促改革。</li></ol></li><li>工作要求</li></ol>',
      ),
    ).toBe('一、重点任务\n1.稳增长。\n2.促改革。\n二、工作要求')
    expect(
      htmlToText('<ol start="3"><li>甲。</li><li value="7">乙。</li><li>丙。<ol type="1"><li>丁。</li></ol></li></ol>'),
    ).toBe('3.甲。\n7.乙。\n8.丙。\n（1）丁。')
    expect(
      htmlToText(
        '<ol style="list-style-type: simp-chinese-informal"><li>甲<ol style="list-style-type: cjk-ideographic"><li>乙</li></ol></li></ol>',
      ),
    ).toBe('一、甲\n（一）乙')
    // Bullets have no number to keep; a .docx's lists are numbered by docx-numbering.ts instead.
    expect(htmlToText('<ul><li>甲。</li><li>乙。</li></ul>')).toBe('甲。\n乙。')
    expect(htmlToText('<ol><li>甲。</li></ol>', { listNumbers: false })).toBe('甲。')
    expect(htmlParagraphs('<ol><li><p>　　提高政治站位。</p></li></ol>')).toEqual(['1.提高政治站位。'])
  })

  it('collapses space and blank lines around a paragraph end and trims the whole', () => {
    expect(htmlToText(' \t<p>甲</p> \r\n\t <p></p>\n\n<p>乙 </p>  ')).toBe('甲\n乙')
    expect(htmlToText('甲  乙')).toBe('甲  乙')
  })
})

const RESAVE = '请在 Word 或 WPS 里打开它，另存为 .docx 后再导入；打不开时请复制正文粘贴导入。'
const broken = (what: string) => `这个 .docx 文件已损坏（${what}），无法读取。${RESAVE}`
/** Pseudo-random bytes: data that deflate cannot shrink, so it spans several inflation steps. */
const noise = (n: number) => {
  const out = new Uint8Array(n)
  let x = 2463534242
  for (let i = 0; i < n; i++) {
    x ^= x << 13
    x ^= x >>> 17
    x ^= x << 5
    out[i] = x & 0xff
  }
  return out
}
const deflate = async (data: Uint8Array) => (await import('fflate')).deflateSync(data)

describe('the entries of a zip, read from its directory', () => {
  it('lists each entry with its name, flags, method, sizes and offset', () => {
    const zip = makeZip([
      { name: 'word/document.xml', data: utf8('<w/>'), claimedSize: 9, flags: 2 },
      { name: '图.png', data: new Uint8Array(3), method: 8 },
    ])
    expect(zipEntries(zip)).toEqual([
      { name: 'word/document.xml', flags: 2, method: 0, compressedSize: 4, size: 9, offset: 0 },
      { name: '图.png', flags: 0, method: 8, compressedSize: 3, size: 3, offset: 30 + 17 + 4 },
    ])
  })

  it('steps over each entry’s extra field and comment, and finds the directory before a comment of the archive', async () => {
    const zip = new JSZip()
    zip.file('word/document.xml', '<w/>', { comment: '正文' })
    zip.file('b.xml', '<b/>', { comment: 'second' })
    const bytes = await zip.generateAsync({ type: 'uint8array', comment: '归档说明'.repeat(10), platform: 'UNIX' })
    expect(zipEntries(bytes).map((e) => [e.name, e.size])).toEqual([
      ['word/', 0],
      ['word/document.xml', 4],
      ['b.xml', 4],
    ])
    expect(() => verifyZip(bytes, zipEntries(bytes), 100)).not.toThrow()
  })

  it('reads an archive with no entries, its directory at the very start', () => {
    expect(zipEntries(makeZip([]))).toEqual([])
    expect(thrown(() => checkDocx(makeZip([])))).toBe(
      '这个文件是压缩包，但不是 Word 文档（没有正文部分）。请选择 .docx 讲稿。',
    )
  })

  it('says an Excel or PowerPoint file given for a speech is one', () => {
    expect(thrown(() => checkDocx(makeZip([{ name: 'xl/workbook.xml', data: utf8('<w/>') }])))).toBe(
      '这是 Excel 表格（.xlsx），不是 Word 讲稿。讲稿请选 .docx；数字请在 Excel 里“另存为”→“CSV（逗号分隔）”，再在“数字”里导入。',
    )
    expect(thrown(() => checkDocx(makeZip([{ name: 'ppt/presentation.xml', data: utf8('<p/>') }])))).toBe(
      '这是 PowerPoint 演示文稿（.pptx），不是 Word 讲稿。请选择 .docx 讲稿，或复制正文粘贴导入。',
    )
  })

  it('refuses an archive without a directory, or with one cut short or damaged', () => {
    expect(thrown(() => zipEntries(bytes(...ZIP, 1, 2, 3)))).toBe(broken('找不到压缩目录'))
    const zip = makeZip([{ name: 'word/document.xml', data: utf8('<w/>') }])
    const central = zip.length - 22 - 46 - 17
    const damaged = zip.slice()
    damaged[central] = 0
    expect(thrown(() => zipEntries(damaged))).toBe(broken('压缩目录不完整'))
    // the directory says it starts nearer the end than 46 bytes
    const late = zip.slice()
    new DataView(late.buffer).setUint32(late.length - 22 + 16, late.length - 22 - 45, true)
    expect(thrown(() => zipEntries(late))).toBe(broken('压缩目录不完整'))
    // the directory said to start in the last bytes of the file
    const end = zip.slice()
    new DataView(end.buffer).setUint32(end.length - 22 + 16, end.length - 2, true)
    expect(thrown(() => zipEntries(end))).toBe(broken('压缩目录不完整'))
    // a name running past the end of the file
    const long = zip.slice()
    new DataView(long.buffer).setUint16(central + 28, 17 + 23, true)
    expect(thrown(() => zipEntries(long))).toBe(broken('压缩目录不完整'))
    new DataView(long.buffer).setUint16(central + 28, 17 + 22, true)
    expect(zipEntries(long)[0].name).toMatch(/^word\/document\.xml/)
  })

  it('refuses the ZIP64 format by its count or by its directory offset', () => {
    const zip64 = `这个 .docx 使用了超大压缩包格式（ZIP64），不像是讲稿。${RESAVE}`
    const byCount = makeZip([{ name: 'word/document.xml', data: new Uint8Array(1) }])
    new DataView(byCount.buffer).setUint16(byCount.length - 22 + 10, 0xffff, true)
    expect(thrown(() => zipEntries(byCount))).toBe(zip64)
    const byOffset = makeZip([{ name: 'word/document.xml', data: new Uint8Array(1) }])
    new DataView(byOffset.buffer).setUint32(byOffset.length - 22 + 16, 0xffffffff, true)
    expect(thrown(() => zipEntries(byOffset))).toBe(zip64)
  })
})

describe('every entry unpacked to exactly its declared size', () => {
  const verify = (zip: Uint8Array, limit = 1000) => thrown(() => verifyZip(zip, zipEntries(zip), limit))

  it('passes stored and deflated entries of their declared sizes, over many inflation steps', async () => {
    const big = noise(20_000)
    const packed = await deflate(big)
    expect(packed.length).toBeGreaterThan(3 * 4096)
    expect(
      verify(
        makeZip([
          { name: 'a.xml', data: utf8('stored') },
          { name: 'b.bin', data: packed, claimedSize: big.length, method: 8 },
          { name: 'empty.xml', data: await deflate(new Uint8Array(0)), claimedSize: 0, method: 8 },
        ]),
        30_000,
      ),
    ).toBeNull()
    // one byte more declared than the noise unpacks to
    expect(verify(makeZip([{ name: 'b.bin', data: packed, claimedSize: big.length + 1, method: 8 }]), 30_000)).toBe(
      broken('“b.bin”解压后比它记录的大小小，内容不完整'),
    )
    expect(verify(makeZip([{ name: 'b.bin', data: packed, claimedSize: big.length - 1, method: 8 }]), 30_000)).toBe(
      broken('“b.bin”解压后比它记录的大小还大，文件可能被改动过'),
    )
  })

  it('names the entry that is larger, smaller, damaged, encrypted or packed another way', async () => {
    expect(verify(makeZip([{ name: 'a.xml', data: utf8('12345'), claimedSize: 4 }]))).toBe(
      broken('“a.xml”解压后比它记录的大小还大，文件可能被改动过'),
    )
    expect(verify(makeZip([{ name: 'a.xml', data: utf8('12345'), claimedSize: 6 }]))).toBe(
      broken('“a.xml”解压后比它记录的大小小，内容不完整'),
    )
    expect(
      verify(makeZip([{ name: 'a.xml', data: await deflate(utf8('x'.repeat(100))), claimedSize: 99, method: 8 }])),
    ).toBe(broken('“a.xml”解压后比它记录的大小还大，文件可能被改动过'))
    expect(verify(makeZip([{ name: 'a.xml', data: new Uint8Array(64).fill(0xff), claimedSize: 9, method: 8 }]))).toBe(
      broken('“a.xml”的压缩数据有误'),
    )
    expect(verify(makeZip([{ name: 'a.xml', data: utf8('12345'), method: 12 }]))).toBe(
      broken('“a.xml”用了 Word 不用的压缩方式'),
    )
    expect(verify(makeZip([{ name: 'a.xml', data: utf8('12345'), flags: 1 }]))).toBe(
      '这个 .docx 设置了密码（已加密），无法读取。请在 Word 或 WPS 里取消密码后另存，再导入。',
    )
    // bit 3 (sizes after the data) is not encryption
    expect(verify(makeZip([{ name: 'a.xml', data: utf8('12345'), flags: 8 }]))).toBeNull()
  })

  it('stops at the limit over all entries together, each honest', async () => {
    const ten = { name: 'a.xml', data: utf8('0123456789') }
    expect(verify(makeZip([ten, { ...ten, name: 'b.xml' }]), 20)).toBeNull()
    expect(verify(makeZip([ten, { ...ten, name: 'b.xml' }]), 19)).toBe(broken('解压后的大小超出记录'))
    const packed = { name: 'c.xml', data: await deflate(utf8('x'.repeat(5000))), claimedSize: 5000, method: 8 }
    expect(verify(makeZip([packed]), 5000)).toBeNull()
    expect(verify(makeZip([packed]), 4999)).toBe(broken('解压后的大小超出记录'))
  })

  it('refuses an entry whose local header is not where the directory says, or whose data runs past the end', () => {
    const zip = makeZip([{ name: 'a.xml', data: utf8('12345') }])
    const moved = zip.slice()
    moved[0] = 0
    expect(verify(moved)).toBe(broken('“a.xml”的位置不对'))
    const cut = zip.slice()
    // the local header's name length reaches past the end of the data
    new DataView(cut.buffer).setUint16(26, 5 + 1000, true)
    expect(verify(cut)).toBe(broken('“a.xml”不完整'))
    // a local extra field is stepped over: the data then starts later and ends past the file
    const extra = zip.slice()
    new DataView(extra.buffer).setUint16(28, 1000, true)
    expect(verify(extra)).toBe(broken('“a.xml”不完整'))
    // an entry said to start in the last bytes of the file
    const last = zip.slice()
    new DataView(last.buffer).setUint32(zip.length - 22 - 46 - 5 + 42, zip.length - 2, true)
    expect(verify(last)).toBe(broken('“a.xml”的位置不对'))
    const offset = zip.slice()
    new DataView(offset.buffer).setUint32(zip.length - 22 - 46 - 5 + 42, zip.length - 29, true)
    expect(verify(offset)).toBe(broken('“a.xml”的位置不对'))
  })
})

describe('.docx files: the checks before mammoth, then their text', () => {
  const doc = (extra: { name: string; data: Uint8Array; claimedSize?: number }[] = []) =>
    makeZip([{ name: 'word/document.xml', data: utf8('<w/>') }, ...extra])

  it('refuses a file over 20 MB with its size, and takes one of exactly 20 MB to the next check', () => {
    const big = new Uint8Array(DOCX_LIMITS.fileBytes + 600 * 1024)
    big.set(ZIP)
    expect(thrown(() => checkDocx(big))).toBe(
      '文件有 21 MB，超过 20 MB 的上限。讲稿一般只有几十 KB，请删去图片后另存，或复制正文粘贴导入。',
    )
    const edge = new Uint8Array(DOCX_LIMITS.fileBytes)
    edge.set(ZIP)
    expect(thrown(() => checkDocx(edge))).toBe(broken('找不到压缩目录'))
  })

  it('refuses more than 2000 entries with their count, and takes 2000', () => {
    const many = (n: number) =>
      doc(Array.from({ length: n - 1 }, (_, i) => ({ name: `f${i}.xml`, data: new Uint8Array(0) })))
    expect(thrown(() => checkDocx(many(2001)))).toBe(
      '这个 .docx 里有 2001 个内部文件，远多于正常讲稿，已拒绝打开。请复制正文粘贴导入。',
    )
    expect(thrown(() => checkDocx(many(2000)))).toBeNull()
  })

  it('refuses entries that declare more than 200 MB together, before unpacking any', () => {
    const half = DOCX_LIMITS.unpackedBytes / 2
    expect(
      thrown(() =>
        checkDocx(
          doc([
            { name: 'a.bin', data: new Uint8Array(1), claimedSize: half },
            { name: 'b.bin', data: new Uint8Array(1), claimedSize: half },
          ]),
        ),
      ),
    ).toBe('这个 .docx 解压后将超过 200 MB，已拒绝打开。请删去图片后另存，或复制正文粘贴导入。')
    // exactly the limit declared passes to unpacking, where the lie is found
    expect(thrown(() => checkDocx(doc([{ name: 'a.bin', data: new Uint8Array(1), claimedSize: half * 2 - 4 }])))).toBe(
      broken('“a.bin”解压后比它记录的大小小，内容不完整'),
    )
  })

  it('checks the entries by unpacking them', () => {
    expect(thrown(() => checkDocx(doc([{ name: 'a.bin', data: utf8('12'), claimedSize: 1 }])))).toBe(
      broken('“a.bin”解压后比它记录的大小还大，文件可能被改动过'),
    )
  })

  it('reads the paragraphs of a real .docx and refuses one whose body is not Word XML', async () => {
    const zip = new JSZip()
    zip.file(
      'word/document.xml',
      '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>同志们：</w:t></w:r></w:p><w:p><w:r><w:t>一、2025年工作回顾</w:t></w:r></w:p></w:body></w:document>',
    )
    zip.file(
      '_rels/.rels',
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    )
    const good = new Uint8Array(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }))
    expect(await docxToText(good, mammoth)).toBe('同志们：\n一、2025年工作回顾')
    zip.file('word/document.xml', '<w:document <<<')
    const bad = new Uint8Array(await zip.generateAsync({ type: 'uint8array' }))
    expect(await rejected(() => docxToText(bad, mammoth))).toBe(
      '这个 .docx 文件的正文已损坏（不是有效的 Word 内容），无法读取。请在 Word 或 WPS 里打开它，另存为 .docx 后再导入；打不开时请复制正文粘贴导入。',
    )
  })

  it.each([
    ['doc', '这是旧版 Word 文档（.doc）。请在 Word 或 WPS 里打开，选择“另存为”→“Word 文档（.docx）”，再导入新文件。'],
    ['wps', '这是 WPS 文字格式（.wps）。请在 WPS 里打开，选择“另存为”→“Word 文件（*.docx）”，再导入新文件。'],
    ['pdf', '暂不支持直接导入 PDF。请在 PDF 阅读器里全选复制正文，粘贴到导入框里。'],
    ['binary', '这个文件不是文本或 Word 文档，无法导入。请选择 .txt 或 .docx 格式的讲稿。'],
    ['empty', '文件是空的，没有可导入的内容。请选择保存了讲稿正文的文件。'],
    ['text', null],
    ['docx', null],
  ])('what a user bringing a %s file is told', (kind, message) => {
    expect(unsupportedMessage(kind)).toBe(message)
  })
})

describe('a file or a text to a speech, with the same refusals in the app and the CLI', () => {
  const SPEECH = '同志们：\n开场。\n一、2025年工作回顾\n全年新增就业3250人。\n'

  it('reads a text file with its encoding, a .docx without one, and refuses the kinds it cannot read', async () => {
    expect(await fileToText(utf8(SPEECH), 'a.txt', mammoth)).toEqual({
      text: SPEECH,
      source: 'text',
      encoding: 'utf-8',
      notes: [],
    })
    const gb = bytes(0xbd, 0xb2, 0xbb, 0xb0)
    expect(await fileToText(gb, 'a.txt', mammoth)).toEqual({
      text: '讲话',
      source: 'text',
      encoding: 'gb18030',
      notes: [],
    })
    const zip = new JSZip()
    zip.file(
      'word/document.xml',
      '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>讲话</w:t></w:r></w:p></w:body></w:document>',
    )
    zip.file(
      '_rels/.rels',
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    )
    const docx = new Uint8Array(await zip.generateAsync({ type: 'uint8array' }))
    expect(await fileToText(docx, 'a.docx', mammoth)).toEqual({
      text: '讲话',
      source: 'docx',
      encoding: null,
      notes: [],
    })
    expect(await rejected(() => fileToText(bytes(...PDF), 'a.pdf', mammoth))).toBe(unsupportedMessage('pdf'))
    expect(await rejected(() => fileToText(bytes(), 'a.txt', mammoth))).toBe(unsupportedMessage('empty'))
  })

  it('refuses a text file over 5 MB with its size, and reads one of exactly 5 MB', async () => {
    const over = new Uint8Array(IMPORT_LIMITS.textFileBytes + 600 * 1024).fill(0x41)
    expect(await rejected(() => fileToText(over, 'a.txt', mammoth))).toBe(
      '文件有 6 MB，文本讲稿不会这么大（上限 5 MB）。请确认选择的是讲稿文件。',
    )
    const edge = new Uint8Array(IMPORT_LIMITS.textFileBytes).fill(0x41)
    expect((await fileToText(edge, 'a.txt', mammoth)).text).toHaveLength(IMPORT_LIMITS.textFileBytes)
    // a .docx over 5 MB is not a text file: its own limit is 20 MB
    const docx = new Uint8Array(IMPORT_LIMITS.textFileBytes + 1)
    docx.set(ZIP)
    expect(await rejected(() => fileToText(docx, 'a.docx', mammoth))).toBe(broken('找不到压缩目录'))
  })

  it('refuses a text longer than 300,000 characters, saying about how long it is', () => {
    expect(thrown(() => checkTextLength(IMPORT_LIMITS.textChars))).toBeNull()
    expect(thrown(() => checkTextLength(IMPORT_LIMITS.textChars + 1))).toBe(
      '内容太长（约 30 万字），不像一篇讲稿（一般不超过 2 万字，上限 30 万字）。请确认选择或粘贴的是讲稿正文。',
    )
    expect(thrown(() => checkTextLength(456_789))).toMatch(/^内容太长（约 46 万字）/)
  })

  it('refuses a text with no words or no Chinese before recognising it', () => {
    expect(thrown(() => textToSpeech(' \n\u3000\n'))).toBe('没有读到任何文字。请确认文件或粘贴的内容是讲稿正文。')
    expect(thrown(() => textToSpeech('Hello, world.'))).toBe(
      '内容里没有中文文字，不像是讲稿。请确认选择的是上一年的讲稿。',
    )
    expect(thrown(() => textToSpeech(`同志们：${'字'.repeat(IMPORT_LIMITS.textChars)}`))).toMatch(/^内容太长/)
    expect(outlineJSON(textToSpeech(SPEECH).doc).parts.map((p) => p.kind)).toEqual(['opening', 'review'])
  })

  it('opens our own JSON by its name or by its first bytes, and imports anything else as a speech', async () => {
    const json = utf8(JSON.stringify(speechToJSON(textToSpeech(SPEECH).doc)))
    for (const [file, name] of [
      [json, 'a.json'],
      [json, 'A.JSON'],
      [json, 'speech.txt'],
      [new Uint8Array([0x20, 0x0a, ...json]), 'speech'],
    ] as const) {
      const loaded = await loadSpeechFile(file, name, mammoth)
      expect([loaded.source, loaded.encoding, loaded.speech]).toEqual(['json', 'utf-8', null])
      expect(loaded.doc.textContent).toContain('全年新增就业')
    }
    const text = await loadSpeechFile(utf8(SPEECH), 'a.txt', mammoth, ['tasks'])
    expect([text.source, text.encoding, text.speech?.parts.map((p) => p.kind)]).toEqual(['text', 'utf-8', ['tasks']])
    // JSON without our format's name is text, and a name ending in json only by chance is not JSON
    const other = await loadSpeechFile(utf8(`{"a":1}\n${SPEECH}`), 'a.txt', mammoth)
    expect(other.source).toBe('text')
    expect((await loadSpeechFile(utf8(SPEECH), '讲话.json.txt', mammoth)).source).toBe('text')
    expect(await rejected(() => loadSpeechFile(utf8(`${SPEECH}jianggao/speech`), 'ajson', mammoth))).toBeNull()
  })

  it('refuses our JSON over 5 MB or holding more than 300,000 characters', async () => {
    const big = new Uint8Array(IMPORT_LIMITS.textFileBytes + 1).fill(0x20)
    big.set(utf8('{"format":"jianggao/speech"'))
    expect(await rejected(() => loadSpeechFile(big, 'a.json', mammoth))).toBe(
      '文件有 5 MB，文本讲稿不会这么大（上限 5 MB）。请确认选择的是讲稿文件。',
    )
    const long = textToSpeech(`同志们：\n${'字'.repeat(IMPORT_LIMITS.textChars - 10)}\n`).doc
    const json = JSON.parse(JSON.stringify(speechToJSON(long)))
    const text = JSON.stringify(json).replace('字字字字', '字'.repeat(20))
    expect(await rejected(() => loadSpeechFile(utf8(text), 'a.json', mammoth))).toMatch(/^内容太长（约 30 万字）/)
  })

  it('states sizes in whole megabytes', () => {
    expect([mb(1024 * 1024), mb(1.4 * 1024 * 1024), mb(1.5 * 1024 * 1024), mb(0)]).toEqual([
      '1 MB',
      '1 MB',
      '2 MB',
      '0 MB',
    ])
    expect(MAX_FILE_BYTES).toBe(20 * 1024 * 1024)
  })
})
