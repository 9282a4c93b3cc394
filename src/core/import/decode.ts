/**
 * From the bytes of a file to the text of a speech: which kind of file it is, and which
 * encoding a text file has. Chinese Windows editors save GB18030/GBK; a text that is not
 * valid UTF-8 is read as GB18030, and a text that is neither is refused rather than shown garbled.
 */

export type FileKind = 'text' | 'docx' | 'doc' | 'wps' | 'pdf' | 'binary' | 'empty'

export class ImportError extends Error {}

/** Judge a file by its first bytes, falling back on its name. */
export function sniffFile(bytes: Uint8Array, name = ''): FileKind {
  if (bytes.length === 0) return 'empty'
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? ''
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b)
  if (starts(0x50, 0x4b, 0x03, 0x04)) return ext === 'wps' ? 'wps' : 'docx'
  if (starts(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) return ext === 'wps' ? 'wps' : 'doc'
  if (starts(0x25, 0x50, 0x44, 0x46)) return 'pdf'
  if (ext === 'doc') return 'doc'
  if (ext === 'wps') return 'wps'
  return looksBinary(bytes) ? 'binary' : 'text'
}

function looksBinary(bytes: Uint8Array): boolean {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return false
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return false
  const n = Math.min(bytes.length, 8192)
  let control = 0
  for (let i = 0; i < n; i++) {
    const b = bytes[i]
    if (b === 0) return true
    if (b < 9 || (b > 13 && b < 32)) control++
  }
  return control / n > 0.02
}

/** Decode a text file: BOMs, then strict UTF-8, then GB18030. */
export function decodeText(bytes: Uint8Array): {
  text: string
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030'
} {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' }
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' }
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' }
  } catch {
    // not UTF-8: the other encoding Chinese Windows uses
  }
  let text: string
  try {
    text = new TextDecoder('gb18030', { fatal: true }).decode(bytes)
  } catch {
    throw new ImportError(
      '无法识别这个文本文件的编码（既不是 UTF-8，也不是 GB18030/GBK）。请在记事本或 WPS 里“另存为”UTF-8 编码后再导入。',
    )
  }
  if (!/[\u4e00-\u9fff]/.test(text)) {
    throw new ImportError('这个文件里没有读到中文文字，可能不是讲稿文本。请确认选择的是上一年的讲稿。')
  }
  return { text, encoding: 'gb18030' }
}
