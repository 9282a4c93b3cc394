/**
 * .docx files: checked as zip archives before mammoth sees them (file size, entry count and
 * declared unpacked size first, then every entry unpacked with a running cap, see zip.ts),
 * then Word's automatic numbers written into the text (docx-parts.ts), then converted with
 * mammoth, which is loaded only when a .docx comes.
 */
import { CELL_GAP } from '../table-rows'
import { ImportError } from './decode'
import { htmlToText } from './html'
import { verifyZip, zipEntries } from './zip'
import { DOCX_LIMITS, mb } from './limits'
import { withListNumbers } from './docx-parts'
import { withoutNotes } from './docx-extras'

export { DOCX_LIMITS } from './limits'

/**
 * Refuse a .docx that is too large, that declares an absurd unpacked size, or whose entries
 * unpack to more than they declare (stopped at the first byte too many).
 */
export function checkDocx(bytes: Uint8Array): void {
  if (bytes.length > DOCX_LIMITS.fileBytes)
    throw new ImportError(
      `文件有 ${mb(bytes.length)}，超过 ${mb(DOCX_LIMITS.fileBytes)} 的上限。讲稿一般只有几十 KB，请删去图片后另存，或复制正文粘贴导入。`,
    )
  const entries = zipEntries(bytes)
  if (entries.length > DOCX_LIMITS.entries)
    throw new ImportError(
      `这个 .docx 里有 ${entries.length} 个内部文件，远多于正常讲稿，已拒绝打开。请复制正文粘贴导入。`,
    )
  const unpackedBytes = entries.reduce((n, e) => n + e.size, 0)
  if (unpackedBytes > DOCX_LIMITS.unpackedBytes)
    throw new ImportError(
      `这个 .docx 解压后将超过 ${mb(DOCX_LIMITS.unpackedBytes)}，已拒绝打开。请删去图片后另存，或复制正文粘贴导入。`,
    )
  if (!entries.some((e) => e.name === 'word/document.xml'))
    throw new ImportError(
      entries.some((e) => e.name === 'xl/workbook.xml')
        ? '这是 Excel 表格（.xlsx），不是 Word 讲稿。讲稿请选 .docx；数字请在 Excel 里“另存为”→“CSV（逗号分隔）”，再在“数字”里导入。'
        : entries.some((e) => e.name === 'ppt/presentation.xml')
          ? '这是 PowerPoint 演示文稿（.pptx），不是 Word 讲稿。请选择 .docx 讲稿，或复制正文粘贴导入。'
          : '这个文件是压缩包，但不是 Word 文档（没有正文部分）。请选择 .docx 讲稿。',
    )
  verifyZip(bytes, entries, DOCX_LIMITS.unpackedBytes)
}

type Mammoth = {
  convertToHtml(
    input: { arrayBuffer?: ArrayBuffer; buffer?: unknown },
    options?: { convertImage?: unknown },
  ): Promise<{ value: string }>
  images?: { imgElement(f: () => Promise<{ src: string }>): unknown }
}

/** The text of a .docx, one paragraph a line. `load` supplies mammoth (Node and browser builds differ). */
export async function docxToText(bytes: Uint8Array, load: () => Promise<Mammoth>): Promise<string> {
  return (await readDocx(bytes, load)).text
}

/**
 * The text of a .docx, its automatic numbers (一、（一）made by Word) written as Word shows them,
 * and notes for the user on what could not be read as it is shown.
 */
export async function readDocx(
  checked: Uint8Array,
  load: () => Promise<Mammoth>,
): Promise<{ text: string; notes: string[] }> {
  checkDocx(checked)
  const { bytes, notes } = withListNumbers(checked)
  const mammoth = await load()
  // The bytes were read from a file, so their buffer is an ArrayBuffer, never a SharedArrayBuffer.
  // biome-ignore lint/nursery/noUnsafeTypeAssertion: the reason is the comment above
  const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
  let html: string
  try {
    html = (
      await mammoth.convertToHtml(
        { arrayBuffer, buffer: typeof Buffer !== 'undefined' ? Buffer.from(arrayBuffer) : undefined },
        // Only the text is wanted: images (embedded or linked from outside) are never read.
        { convertImage: mammoth.images?.imgElement(async () => ({ src: '' })) },
      )
    ).value
  } catch {
    // mammoth's own words ("[xmldom error] …") mean nothing to the user; the file's parts are broken.
    throw new ImportError(
      '这个 .docx 文件的正文已损坏（不是有效的 Word 内容），无法读取。请在 Word 或 WPS 里打开它，另存为 .docx 后再导入；打不开时请复制正文粘贴导入。',
    )
  }
  const body = withoutNotes(html)
  const tables = tablesAsRows(body.html)
  return {
    text: htmlToText(tables.html, { listNumbers: false }),
    notes: [...notes, ...body.notes, ...tables.notes],
  }
}

/** A table of the body (not one nested in another's cell, which stays inside its row). */
const TABLE = /<table\b[^>]*>((?:(?!<table\b)[\s\S])*?)<\/table>/gi
const ROW = /<tr\b[^>]*>([\s\S]*?)<\/tr>/gi
const CELL = /<t[dh]\b[^>]*>([\s\S]*?)<\/t[dh]>/gi

/**
 * A Word table as lines, one a row, its cells side by side (指标　2023年　2024年), not one line a
 * cell; and a note for each: its numbers are words, not slots (tryout 11 A2: a table of two
 * years' figures became twelve loose lines, and after the roll its header said 2025年 above 2024's
 * numbers, no one told).
 */
export function tablesAsRows(html: string): { html: string; notes: string[] } {
  const notes: string[] = []
  const out = html.replace(TABLE, (_t, body: string) => {
    const cells = [...body.matchAll(ROW)].map((r) => [...r[1].matchAll(CELL)])
    // A table of one cell is a frame around text (a speech, a section boxed for layout): its
    // paragraphs stay paragraphs, its headings headings (review 27: read as one row, a boxed speech
    // lost its parts).
    if (cells.length === 1 && cells[0].length === 1) return cells[0][0][1]
    const rows = [...body.matchAll(ROW)].map((r) =>
      [...r[1].matchAll(CELL)]
        .map((c) =>
          c[1]
            .replace(/<\/p>\s*<p\b[^>]*>/gi, ' ')
            .replace(/<[^>]+>/g, '')
            .trim(),
        )
        .join(CELL_GAP),
    )
    const header = (rows[0] ?? '').replaceAll(CELL_GAP, '、')
    // A table without figures (a box around a sentence, a layout table) asks nothing.
    if (!/\d/.test(rows.join(''))) return rows.map((r) => `<p>${r}</p>`).join('')
    notes.push(
      `第 ${notes.length + 1} 张有数字的表格（${header.length > 24 ? `${header.slice(0, 24)}…` : header}）按行读成了 ${rows.length} 段文字：表里的数字不是数字空位，换年时不会清空，也不会存入数字库，请逐一核对；需要随年份更新的数，最好写进正文的句子里。`,
    )
    return rows.map((r) => `<p>${r}</p>`).join('')
  })
  return { html: out, notes }
}

/** What to tell a user who brings a file the importer cannot read. */
export function unsupportedMessage(kind: string): string | null {
  switch (kind) {
    case 'doc':
      return '这是旧版 Word 文档（.doc）。请在 Word 或 WPS 里打开，选择“另存为”→“Word 文档（.docx）”，再导入新文件。'
    case 'wps':
      return '这是 WPS 文字格式（.wps）。请在 WPS 里打开，选择“另存为”→“Word 文件（*.docx）”，再导入新文件。'
    case 'pdf':
      return '暂不支持直接导入 PDF。请在 PDF 阅读器里全选复制正文，粘贴到导入框里。'
    case 'binary':
      return '这个文件不是文本或 Word 文档，无法导入。请选择 .txt 或 .docx 格式的讲稿。'
    case 'empty':
      return '文件是空的，没有可导入的内容。请选择保存了讲稿正文的文件。'
    default:
      return null
  }
}
