/**
 * .docx files: checked as zip archives before anything is unpacked (size, entry count,
 * unpacked size), then converted with mammoth, which is loaded only when a .docx comes.
 */
import { ImportError } from './decode'
import { htmlToText } from './html'

export const DOCX_LIMITS = {
  fileBytes: 20 * 1024 * 1024,
  unpackedBytes: 200 * 1024 * 1024,
  entries: 2000,
}

/** Read a zip's central directory without unpacking: entry count and total unpacked size. */
export function zipStats(bytes: Uint8Array): { entries: number; unpackedBytes: number; names: string[] } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let eocd = -1
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i
      break
    }
  }
  if (eocd < 0)
    throw new ImportError('这个 .docx 文件已损坏（找不到压缩目录），无法打开。请在 Word 或 WPS 里重新另存为 .docx。')
  const entries = view.getUint16(eocd + 10, true)
  let at = view.getUint32(eocd + 16, true)
  let unpackedBytes = 0
  const names: string[] = []
  for (let i = 0; i < entries; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) {
      throw new ImportError('这个 .docx 文件已损坏（压缩目录不完整），无法打开。请在 Word 或 WPS 里重新另存为 .docx。')
    }
    unpackedBytes += view.getUint32(at + 24, true)
    const nameLen = view.getUint16(at + 28, true)
    names.push(new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLen)))
    at += 46 + nameLen + view.getUint16(at + 30, true) + view.getUint16(at + 32, true)
  }
  return { entries, unpackedBytes, names }
}

/** Refuse a .docx that is too large or that would unpack to an absurd size, before unzipping it. */
export function checkDocx(bytes: Uint8Array): void {
  const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`
  if (bytes.length > DOCX_LIMITS.fileBytes)
    throw new ImportError(
      `文件有 ${mb(bytes.length)}，超过 ${mb(DOCX_LIMITS.fileBytes)} 的上限。讲稿一般只有几十 KB，请删去图片后另存，或复制正文粘贴导入。`,
    )
  const stats = zipStats(bytes)
  if (stats.entries > DOCX_LIMITS.entries)
    throw new ImportError(
      `这个 .docx 里有 ${stats.entries} 个内部文件，远多于正常讲稿，已拒绝打开。请复制正文粘贴导入。`,
    )
  if (stats.unpackedBytes > DOCX_LIMITS.unpackedBytes)
    throw new ImportError(
      `这个 .docx 解压后将超过 ${mb(DOCX_LIMITS.unpackedBytes)}，已拒绝打开。请删去图片后另存，或复制正文粘贴导入。`,
    )
  if (!stats.names.includes('word/document.xml'))
    throw new ImportError('这个文件是压缩包，但不是 Word 文档（没有正文部分）。请选择 .docx 讲稿。')
}

type Mammoth = { convertToHtml(input: { arrayBuffer?: ArrayBuffer; buffer?: unknown }): Promise<{ value: string }> }

/** The text of a .docx, one paragraph a line. `load` supplies mammoth (Node and browser builds differ). */
export async function docxToText(bytes: Uint8Array, load: () => Promise<Mammoth>): Promise<string> {
  checkDocx(bytes)
  const mammoth = await load()
  const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
  let html: string
  try {
    html = (
      await mammoth.convertToHtml({
        arrayBuffer,
        buffer: typeof Buffer !== 'undefined' ? Buffer.from(arrayBuffer) : undefined,
      })
    ).value
  } catch (e) {
    throw new ImportError(
      `这个 .docx 文件无法读取（${(e as Error).message}）。请在 Word 或 WPS 里重新另存为 .docx 后再试。`,
    )
  }
  return htmlToText(html)
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
      return '文件是空的，没有可导入的内容。'
    default:
      return null
  }
}
