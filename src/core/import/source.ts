/**
 * One entry for every way a speech arrives as a file: our own JSON, a .docx, or a text file
 * in any encoding Chinese offices use. Used by the CLI and the app's import worker, so both
 * refuse the same inputs with the same words (limits.ts).
 */
import type { Node as PMNode } from 'prosemirror-model'
import { SPEECH_FORMAT, speechFromJSON } from '../serialize'
import { decodeText, ImportError, sniffFile } from './decode'
import { readDocx, unsupportedMessage } from './docx'
import { importText } from './index'
import { IMPORT_LIMITS, mb } from './limits'
import type { ParseOptions, ParsedSpeech } from './structure'
import type { PartKind } from '../schema'

export type MammothLoader = Parameters<typeof readDocx>[1]

export interface LoadedSpeech {
  doc: PMNode
  /** The recognised structure, for a file that was imported rather than opened. */
  speech: ParsedSpeech | null
  source: 'json' | 'docx' | 'text'
  encoding: string | null
}

/** Text from a file, refusing what is not a speech with a message the user can act on. */
export async function fileToText(
  bytes: Uint8Array,
  name: string,
  loadMammoth: MammothLoader,
): Promise<{ text: string; source: 'docx' | 'text'; encoding: string | null; notes: string[] }> {
  const kind = sniffFile(bytes, name)
  const refusal = unsupportedMessage(kind)
  if (refusal) throw new ImportError(refusal)
  if (kind === 'text') checkTextFileSize(bytes)
  if (kind === 'docx') return { ...(await readDocx(bytes, loadMammoth)), source: 'docx', encoding: null }
  const { text, encoding } = decodeText(bytes)
  return { text, source: 'text', encoding, notes: [] }
}

function checkTextFileSize(bytes: Uint8Array) {
  if (bytes.length > IMPORT_LIMITS.textFileBytes)
    throw new ImportError(
      `文件有 ${mb(bytes.length)}，文本讲稿不会这么大（上限 ${mb(IMPORT_LIMITS.textFileBytes)}）。请确认选择的是讲稿文件。`,
    )
}

/** Refuse text far longer than any speech, before recognising it. */
export function checkTextLength(chars: number): void {
  if (chars > IMPORT_LIMITS.textChars)
    throw new ImportError(
      `内容太长（约 ${Math.round(chars / 10000)} 万字），不像一篇讲稿（一般不超过 2 万字，上限 ${IMPORT_LIMITS.textChars / 10000} 万字）。请确认选择或粘贴的是讲稿正文。`,
    )
}

export function textToSpeech(
  text: string,
  kinds?: readonly PartKind[],
  options: ParseOptions = {},
): { doc: PMNode; speech: ParsedSpeech } {
  checkTextLength(text.length)
  if (!text.trim()) throw new ImportError('没有读到任何文字。请确认文件或粘贴的内容是讲稿正文。')
  if (!/[\u4e00-\u9fff]/.test(text))
    throw new ImportError('内容里没有中文文字，不像是讲稿。请确认选择的是上一年的讲稿。')
  return importText(text, kinds, options)
}

export async function loadSpeechFile(
  bytes: Uint8Array,
  name: string,
  loadMammoth: MammothLoader,
  /** The parts' kinds as the user corrected them (not for our own JSON, which states them). */
  kinds?: readonly PartKind[],
  options: ParseOptions = {},
): Promise<LoadedSpeech> {
  if (/\.json$/i.test(name) || isSpeechJSON(bytes)) {
    checkTextFileSize(bytes)
    const doc = speechFromJSON(new TextDecoder().decode(bytes))
    checkTextLength(doc.textContent.length)
    return { doc, speech: null, source: 'json', encoding: 'utf-8' }
  }
  const { text, source, encoding, notes } = await fileToText(bytes, name, loadMammoth)
  const imported = textToSpeech(text, kinds, options)
  // What reading the file found comes before what recognising its text found.
  imported.speech.notes.unshift(...notes)
  return { ...imported, source, encoding }
}

function isSpeechJSON(bytes: Uint8Array): boolean {
  const head = new TextDecoder().decode(bytes.subarray(0, 200)).trimStart()
  return head.startsWith('{') && head.includes(SPEECH_FORMAT)
}
