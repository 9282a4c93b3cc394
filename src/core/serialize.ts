/**
 * Speeches as JSON: `{ format: "jianggao/speech", version: 1, doc }`. Reading validates the
 * whole tree against the schema (structure and attribute values), so a bad file gives a
 * clear error and never a half document.
 */
import { Node as PMNode } from 'prosemirror-model'
import { isOneOf, isRecord } from './guards'
import { DOC_KINDS, type DocKind, schema } from './schema'

export const SPEECH_FORMAT = 'jianggao/speech'
export const SPEECH_VERSION = 1

export interface SpeechJSON {
  format: typeof SPEECH_FORMAT
  version: number
  doc: unknown
}

export class SpeechFormatError extends Error {}

export function speechToJSON(doc: PMNode): SpeechJSON {
  return { format: SPEECH_FORMAT, version: SPEECH_VERSION, doc: doc.toJSON() }
}

/**
 * The years a stored speech's doc JSON names at its top (what a list or a roll-over needs),
 * read without parsing the whole tree; a year that is not a number reads as none.
 */
export function storedYears(doc: unknown): { reviewYear: number | null; planYear: number | null } {
  const attrs = isRecord(doc) && isRecord(doc.attrs) ? doc.attrs : {}
  const year = (v: unknown) => (typeof v === 'number' ? v : null)
  return { reviewYear: year(attrs.reviewYear), planYear: year(attrs.planYear) }
}

/** Which document a stored doc JSON is (its docKind attribute), 'speech' when it names none of DOC_KINDS. */
export function storedDocKind(doc: unknown): DocKind {
  const kind = isRecord(doc) && isRecord(doc.attrs) ? doc.attrs.docKind : undefined
  return isOneOf(DOC_KINDS, kind) ? kind : 'speech'
}

/** Parse and validate a speech from JSON text or an already-parsed value. */
export function speechFromJSON(input: unknown): PMNode {
  let value = input
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input)
    } catch {
      throw new SpeechFormatError(
        '文件不是有效的 JSON，可能已损坏或不是讲稿助手保存的文件。请换用讲稿助手保存的 .json，或导入 .docx、.txt 讲稿。',
      )
    }
  }
  if (!isRecord(value) || value.format !== SPEECH_FORMAT) {
    throw new SpeechFormatError(
      '这不是讲稿助手的讲稿文件（缺少 format: "jianggao/speech"）。请换用讲稿助手保存的 .json，或导入 .docx、.txt 讲稿。',
    )
  }
  const { version, doc } = value
  if (version !== SPEECH_VERSION) {
    throw new SpeechFormatError(
      typeof version === 'number' && Number.isInteger(version) && version > SPEECH_VERSION
        ? `讲稿文件版本为 ${version}，本程序只能读取版本 ${SPEECH_VERSION}。请升级讲稿助手后再打开。`
        : '讲稿文件的版本信息已损坏，无法读取。请换用讲稿助手保存的 .json，或导入 .docx、.txt 讲稿。',
    )
  }
  return docFromJSON(doc)
}

/** A document from its ProseMirror JSON, checked against the schema. */
export function docFromJSON(json: unknown): PMNode {
  try {
    const doc = PMNode.fromJSON(schema, json)
    doc.check()
    if (doc.type !== schema.topNodeType) throw new RangeError(`Top node is ${doc.type.name}`)
    return doc
  } catch {
    // ProseMirror's reason ("Invalid content for node part") names internals, not anything the user can fix.
    throw new SpeechFormatError(
      '讲稿内容的结构不对（文件可能已损坏，或被别的程序改动过），未能读取。请用备份恢复，或重新导入原来的讲稿。',
    )
  }
}
