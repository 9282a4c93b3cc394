/**
 * Speeches as JSON: `{ format: "jianggao/speech", version: 1, doc }`. Reading validates the
 * whole tree against the schema (structure and attribute values), so a bad file gives a
 * clear error and never a half document.
 */
import { Node as PMNode } from 'prosemirror-model'
import { isOneOf, isRecord } from './guards'
import { DOC_KINDS, type DocKind, schema } from './schema'
import { once } from './once'

export const SPEECH_FORMAT = 'jianggao/speech'
export const SPEECH_VERSION = 1

export interface SpeechJSON {
  format: typeof SPEECH_FORMAT
  version: number
  doc: unknown
}

export class SpeechFormatError extends Error {}

/**
 * A speech as JSON: `doc.toJSON()` under the format's name and version. The JSON (and the text)
 * of every block is made once per node, so saving after a keystroke serialises only the block
 * typed in and the nodes that hold it; the JSON returned is shared with later calls and must
 * not be changed.
 */
export function speechToJSON(doc: PMNode): SpeechJSON {
  const written = writtenNode(doc)
  const speech: SpeechJSON = { format: SPEECH_FORMAT, version: SPEECH_VERSION, doc: written.json }
  texts.set(
    speech,
    () => `{"format":${JSON.stringify(SPEECH_FORMAT)},"version":${SPEECH_VERSION},"doc":${written.text()}}`,
  )
  return speech
}

/** A node's JSON, as Node.toJSON makes it, and its text, as JSON.stringify writes that. */
interface Written {
  json: unknown
  text: () => string
}

const writtenNodes = new WeakMap<PMNode, Written>()

/**
 * A block node written out, cached by node. A textblock's text is made once and kept; a node
 * holding blocks writes its text from its children's on each call (a join, not a walk), in
 * Node.toJSON's shape and key order (type, attrs when there are any, content when there is some;
 * a block has no marks). Keeping the texts of parts and of the whole speech too would hold the
 * speech's text three times over between saves.
 */
function writtenNode(node: PMNode): Written {
  let w = writtenNodes.get(node)
  if (w) return w
  if (node.isTextblock || node.isLeaf || node.inlineContent) {
    const json = node.toJSON()
    w = { json, text: once(() => JSON.stringify(json)) }
  } else {
    const head: { type: string; attrs?: PMNode['attrs'] } = { type: node.type.name }
    for (const _ in node.attrs) {
      head.attrs = node.attrs
      break
    }
    const kids: Written[] = []
    node.forEach((child) => {
      kids.push(writtenNode(child))
    })
    w = kids.length
      ? {
          json: { ...head, content: kids.map((k) => k.json) },
          // `head` written ends with its closing brace: the content goes before it.
          text: () => `${JSON.stringify(head).slice(0, -1)},"content":[${kids.map((k) => k.text()).join(',')}]}`,
        }
      : { json: head, text: () => JSON.stringify(head) }
  }
  writtenNodes.set(node, w)
  return w
}

/** The JSON text of speeches made by speechToJSON or read by speechFromText: written without walking them again. */
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
