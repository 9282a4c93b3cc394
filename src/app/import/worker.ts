/// <reference lib="webworker" />
/**
 * The import worker's work: decoding, .docx conversion and structure recognition run off
 * the main thread, so a large file never freezes the page. The entry points (worker-entry.ts,
 * worker-single.ts) differ only in how they load mammoth.
 */
import { loadSpeechFile, textToSpeech } from '../../core/import/source'
import { ImportError } from '../../core/import/decode'
import type { ParsedSpeech } from '../../core/import/structure'
import { SpeechFormatError, speechToJSON } from '../../core/serialize'
import { outlineJSON } from '../../core/outline'
import type { ImportPreview, ImportRequest, ImportResponse } from './protocol'
import { zh } from '../../i18n/zh'
import { errorMessage } from '../../core/guards'

export type Mammoth = { convertToHtml(input: { arrayBuffer: ArrayBuffer }): Promise<{ value: string }> }
type MammothLoader = () => Promise<Mammoth>

/** mammoth's browser build is a UMD bundle: bundled, it is the default export; as a plain module it puts itself on `self`. */
export function mammothFrom(mod: { default?: Mammoth }): Mammoth {
  // The UMD bundle, loaded as a plain module, has just set self.mammoth.
  // biome-ignore lint/nursery/noUnsafeTypeAssertion: the reason is the comment above
  return mod.default ?? (self as unknown as { mammoth: Mammoth }).mammoth
}

async function handle(req: ImportRequest, loadMammoth: MammothLoader): Promise<ImportPreview> {
  // Size limits are the core's (limits.ts), the same as the command line's.
  const options = { keepWebLines: req.keepWebLines === true }
  const article = (speech: ParsedSpeech | null) => ({
    webLines: speech?.webLines ?? [],
    keptWebLines: options.keepWebLines,
    joinedLines: speech?.joinedLines ?? [],
    articleHeadings: speech?.articleHeadings ?? [],
  })
  if (req.kind === 'text') {
    const { doc, speech } = textToSpeech(req.text, req.kinds, options)
    return {
      speech: speechToJSON(doc),
      outline: outlineJSON(doc),
      notes: speech.notes,
      source: 'paste',
      encoding: null,
      ...article(speech),
    }
  }
  const loaded = await loadSpeechFile(req.bytes, req.name, loadMammoth, req.kinds, options)
  return {
    speech: speechToJSON(loaded.doc),
    outline: outlineJSON(loaded.doc),
    notes: loaded.speech?.notes ?? [],
    source: loaded.source,
    encoding: loaded.encoding,
    ...article(loaded.speech),
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
      // Not the user's doing: the details are for whoever maintains the app, the words for the user.
      if (!known) console.error(err)
      res = {
        id: req.id,
        ok: false,
        message: known ? errorMessage(err) : zh.workers.importFailed,
      }
    }
    postMessage(res)
  }
}
