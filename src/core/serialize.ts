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

/**
 * A speech as JSON: `doc.toJSON()` under the format's name and version. The JSON of every block
 * is made once per node, so saving after a keystroke makes JSON only for the block typed in and
 * the nodes that hold it; the JSON returned is shared with later calls and must not be changed.
 * Its text is written whole at each save (JSON.stringify, about 3 ms for fifty seeds): keeping
 * each block's text between saves saved a millisecond and held the speech's text once more.
 */
export function speechToJSON(doc: PMNode): SpeechJSON {
  return { format: SPEECH_FORMAT, version: SPEECH_VERSION, doc: jsonOf(doc) }
}

const jsonOfNode = new WeakMap<PMNode, unknown>()

/**
 * A node's JSON, as Node.toJSON makes it, cached by node: a node holding blocks is made from its
 * children's (type, attrs when there are any, content when there is some; a block has no marks).
 */
function jsonOf(node: PMNode): unknown {
  let json = jsonOfNode.get(node)
  if (json) return json
  if (node.isTextblock || node.isLeaf || node.inlineContent) json = node.toJSON()
  else {
    const head: { type: string; attrs?: PMNode['attrs']; content?: unknown[] } = { type: node.type.name }
    for (const _ in node.attrs) {
      head.attrs = node.attrs
      break
    }
    const content: unknown[] = []
    node.forEach((child) => {
      content.push(jsonOf(child))
    })
    if (content.length) head.content = content
    json = head
  }
  jsonOfNode.set(node, json)
  return json
}

/** The JSON text of speeches read by speechFromText: written out again as it was read. */
const texts = new WeakMap<SpeechJSON, () => string>()

/** A speech's JSON text: `JSON.stringify(speech)`, from the parts already serialised when it has them. */
export function speechText(speech: SpeechJSON): string {
  return texts.get(speech)?.() ?? JSON.stringify(speech)
}

/**
 * A speech stored as JSON text, parsed but not validated (speechFromJSON does that when it is
 * opened, with its clear messages). Writing it out again gives back the very same text without a
 * walk — also when it does not parse: a stored copy is never rewritten from a misreading.
 */
export function speechFromText(text: string): SpeechJSON {
  let value: unknown = null
  try {
    value = JSON.parse(text)
  } catch {
    // Read as a speech without a doc: opening it says the content is broken; the text stays as stored.
  }
  const read = isRecord(value) ? value : {}
  const speech: SpeechJSON = {
    format: SPEECH_FORMAT,
    version: typeof read.version === 'number' ? read.version : SPEECH_VERSION,
    doc: read.format === SPEECH_FORMAT ? read.doc : null,
  }
  texts.set(speech, () => text)
  return speech
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
