/**
 * A checked .docx (docx.ts: checkDocx) opened to write Word's automatic numbers into its main
 * document (docx-numbering.ts) and packed again for mammoth. The parts are found as mammoth
 * finds them, through the package's relationships, with Word's usual names when those are
 * missing. The archive is packed again without compression: only mammoth reads it, at once.
 */
import { unzipSync, zipSync, type Unzipped } from 'fflate'
import { writeListNumbers } from './docx-numbering'
import { elements, parseXml, XmlError } from './xml'
import { wordExtras } from './docx-extras'

const UNREADABLE =
  '这个文件的自动编号（Word 或 WPS 的“编号”“多级列表”生成的一、（一）等）无法读取，导入的讲稿里没有这些编号，识别出的提纲可能不全。请在 Word 里核对，或把编号改为手写后再导入。'

/** The .docx with its automatic numbers written as text, and what the user should be told (of those and of docx-extras.ts). */
export function withListNumbers(bytes: Uint8Array): { bytes: Uint8Array; notes: string[] } {
  const files = unzipSync(bytes)
  const text = (path: string | null) => (path && files[path] ? new TextDecoder().decode(files[path]) : null)
  try {
    const main = related(files, '', 'officeDocument') ?? 'word/document.xml'
    // What the speech does not take from the file (comments, headers, text boxes) is said.
    const extras = wordExtras(files, main)
    const numbering = text(related(files, main, 'numbering') ?? 'word/numbering.xml')
    const document = text(main)
    if (!numbering || !document) return { bytes, notes: extras }
    const styles = text(related(files, main, 'styles') ?? 'word/styles.xml')
    const numbered = writeListNumbers({ document, numbering, styles })
    if (numbered.document === null) return { bytes, notes: [...numbered.notes, ...extras] }
    files[main] = new TextEncoder().encode(numbered.document)
    return { bytes: zipSync(files, { level: 0 }), notes: [...numbered.notes, ...extras] }
  } catch (e) {
    // A part that is not XML: mammoth reads the file as it is and says whether it can.
    if (e instanceof XmlError) return { bytes, notes: [UNREADABLE] }
    throw e
  }
}

/** The part a relationship of type `type` (its last segment) leads to from `from` ('' for the package). */
function related(files: Unzipped, from: string, type: string): string | null {
  const slash = from.lastIndexOf('/')
  const dir = from.slice(0, slash + 1)
  const rels = files[`${dir}_rels/${from.slice(slash + 1)}.rels`]
  if (!rels) return null
  const root = parseXml(new TextDecoder().decode(rels))
  const targets = elements(root)
    .filter((r) => r.name.endsWith('Relationship') && r.attrs.Type?.endsWith(`/${type}`))
    .filter((r) => r.attrs.Target && r.attrs.TargetMode !== 'External')
    .map((r) => resolvePath(dir, r.attrs.Target))
  // As mammoth: the first target that is in the package; without one, Word's usual name.
  return targets.find((t) => files[t]) ?? null
}

/** A relationship's target, relative to its source's folder or absolute from the package root. */
function resolvePath(dir: string, target: string): string {
  const parts: string[] = []
  for (const seg of (target.startsWith('/') ? target.slice(1) : dir + target).split('/')) {
    if (seg === '..') parts.pop()
    else if (seg && seg !== '.') parts.push(seg)
  }
  return parts.join('/')
}
