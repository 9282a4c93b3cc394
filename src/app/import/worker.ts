/// <reference lib="webworker" />
/**
 * The import worker's work: decoding, .docx conversion and structure recognition run off
 * the main thread, so a large file never freezes the page. The entry points (worker-entry.ts,
 * worker-single.ts) differ only in how they load mammoth.
 */
import { loadSpeechFile, textToSpeech } from '../../core/import/source'
import { ImportError } from '../../core/import/decode'
import { SpeechFormatError, speechToJSON } from '../../core/serialize'
import { outlineJSON } from '../../core/outline'
import type { ImportPreview, ImportRequest, ImportResponse } from './protocol'
import { MAX_TEXT_CHARS, MAX_TEXT_FILE_BYTES } from './protocol'

export type Mammoth = { convertToHtml(input: { arrayBuffer: ArrayBuffer }): Promise<{ value: string }> }
type MammothLoader = () => Promise<Mammoth>

/** mammoth's browser build is a UMD bundle: bundled, it is the default export; as a plain module it puts itself on `self`. */
export function mammothFrom(mod: { default?: Mammoth }): Mammoth {
  return mod.default ?? (self as unknown as { mammoth: Mammoth }).mammoth
}

function tooLong(chars: number): ImportError {
  return new ImportError(
    `内容太长（约 ${Math.round(chars / 10000)} 万字），不像一篇讲稿（一般不超过 2 万字）。请确认选择或粘贴的是讲稿正文。`,
  )
}

async function handle(req: ImportRequest, loadMammoth: MammothLoader): Promise<ImportPreview> {
  if (req.kind === 'text') {
    if (req.text.length > MAX_TEXT_CHARS) throw tooLong(req.text.length)
    const { doc, speech } = textToSpeech(req.text, req.kinds)
    return {
      speech: speechToJSON(doc),
      outline: outlineJSON(doc),
      notes: speech.notes,
      source: 'paste',
      encoding: null,
    }
  }
  if (!/\.docx$/i.test(req.name) && req.bytes.length > MAX_TEXT_FILE_BYTES && !/\.(doc|wps)$/i.test(req.name)) {
    throw new ImportError(
      `文件有 ${Math.round(req.bytes.length / 1024 / 1024)} MB，文本讲稿不会这么大。请确认选择的是讲稿文件。`,
    )
  }
  const loaded = await loadSpeechFile(req.bytes, req.name, loadMammoth, req.kinds)
  const chars = loaded.doc.textContent.length
  if (chars > MAX_TEXT_CHARS) throw tooLong(chars)
  return {
    speech: speechToJSON(loaded.doc),
    outline: outlineJSON(loaded.doc),
    notes: loaded.speech?.notes ?? [],
    source: loaded.source,
    encoding: loaded.encoding,
  }
}

/** Answer import requests posted to this worker. */
export function serveImports(loadMammoth: MammothLoader) {
  self.onmessage = async (e: MessageEvent<ImportRequest>) => {
    const req = e.data
    let res: ImportResponse
    try {
      res = { id: req.id, ok: true, preview: await handle(req, loadMammoth) }
    } catch (err) {
      const known = err instanceof ImportError || err instanceof SpeechFormatError
      res = {
        id: req.id,
        ok: false,
        message: known
          ? (err as Error).message
          : `导入时出错：${(err as Error).message}。请把文件另存为 .docx 或 .txt 后再试。`,
      }
    }
    postMessage(res)
  }
}
