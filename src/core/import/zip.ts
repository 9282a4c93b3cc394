/**
 * Zip archives (a .docx is one) read without trusting what their headers claim. The central
 * directory lists the entries; every entry is then inflated in small steps with a running
 * byte count and stopped as soon as it makes more than it declared or the archive passes
 * its limit, so an archive that understates its sizes costs at most the limit, never the
 * gigabytes it would unpack to. An archive that passes has entries exactly as large as
 * declared, which is what mammoth's zip reader (jszip) relies on.
 */
import { Inflate } from 'fflate'
import { ImportError } from './decode'

export interface ZipEntry {
  name: string
  /** 0 stored, 8 deflated; others are refused. */
  method: number
  flags: number
  compressedSize: number
  /** The unpacked size the archive declares. */
  size: number
  /** Where the entry's local header starts. */
  offset: number
}

const RESAVE = '请在 Word 或 WPS 里打开它，另存为 .docx 后再导入；打不开时请复制正文粘贴导入。'
const broken = (what: string) => new ImportError(`这个 .docx 文件已损坏（${what}），无法读取。${RESAVE}`)

/** Compressed input per inflation step: one step makes at most about a thousand times this. */
const STEP = 4096

/** The entries of a zip's central directory; nothing is unpacked. */
export function zipEntries(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let eocd = -1
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i
      break
    }
  }
  if (eocd < 0) throw broken('找不到压缩目录')
  const count = view.getUint16(eocd + 10, true)
  let at = view.getUint32(eocd + 16, true)
  if (count === 0xffff || at === 0xffffffff)
    throw new ImportError(`这个 .docx 使用了超大压缩包格式（ZIP64），不像是讲稿。${RESAVE}`)
  const entries: ZipEntry[] = []
  const names = new TextDecoder()
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) throw broken('压缩目录不完整')
    const nameLength = view.getUint16(at + 28, true)
    if (at + 46 + nameLength > bytes.length) throw broken('压缩目录不完整')
    entries.push({
      name: names.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      flags: view.getUint16(at + 8, true),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      offset: view.getUint32(at + 42, true),
    })
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true)
  }
  return entries
}

/** Where an entry's packed data lies, from its local header. */
function packedData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const at = entry.offset
  if (at + 30 > bytes.length || view.getUint32(at, true) !== 0x04034b50) throw broken(`“${entry.name}”的位置不对`)
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true)
  const end = start + entry.compressedSize
  if (end > bytes.length) throw broken(`“${entry.name}”不完整`)
  return bytes.subarray(start, end)
}

/**
 * Unpack every entry with a running count and throw at the first that is not what it
 * declares: larger (stopped there), smaller, undecodable, encrypted or packed another way.
 */
export function verifyZip(bytes: Uint8Array, entries: ZipEntry[], limitBytes: number): void {
  let total = 0
  for (const entry of entries) {
    if (entry.flags & 1)
      throw new ImportError(`这个 .docx 设置了密码（已加密），无法读取。请在 Word 或 WPS 里取消密码后另存，再导入。`)
    const data = packedData(bytes, entry)
    let made = 0
    if (entry.method === 0) made = data.length
    else if (entry.method === 8) {
      const inflate = new Inflate((chunk) => {
        made += chunk.length
      })
      try {
        for (let at = 0; at < data.length || at === 0; at += STEP) {
          inflate.push(data.subarray(at, at + STEP), at + STEP >= data.length)
          if (made > entry.size || total + made > limitBytes) break
        }
      } catch {
        throw broken(`“${entry.name}”的压缩数据有误`)
      }
    } else throw broken(`“${entry.name}”用了 Word 不用的压缩方式`)
    if (made > entry.size) throw broken(`“${entry.name}”解压后比它记录的大小还大，文件可能被改动过`)
    if (made < entry.size) throw broken(`“${entry.name}”解压后比它记录的大小小，内容不完整`)
    total += made
    if (total > limitBytes) throw broken('解压后的大小超出记录')
  }
}
