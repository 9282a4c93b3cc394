/** Running an import in a worker of its own, torn down afterwards so its memory goes with it. */
import type { ImportPreview, ImportRequest, ImportResponse } from './protocol'
import { zh } from '../../i18n/zh'

let nextId = 1

type Request = DistributiveOmit<ImportRequest, 'id'>
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never

/** The single-file build (opened from disk) cannot load a worker file: there the worker is inlined. */
async function createWorker(): Promise<Worker> {
  if (typeof __JIANGGAO_SINGLE_FILE__ !== 'undefined' && __JIANGGAO_SINGLE_FILE__) {
    const { default: InlineWorker } = await import('./worker-single.ts?worker&inline')
    return new InlineWorker()
  }
  return new Worker(new URL('./worker-entry.ts', import.meta.url), { type: 'module' })
}

export async function importInWorker(request: Request): Promise<ImportPreview> {
  const worker = await createWorker()
  const id = nextId++
  return new Promise<ImportPreview>((resolve, reject) => {
    worker.onmessage = (e: MessageEvent<ImportResponse>) => {
      if (e.data.id !== id) return
      if (e.data.ok) resolve(e.data.preview)
      else reject(new Error(e.data.message))
    }
    worker.onerror = (e) => {
      e.preventDefault()
      // e.message is the browser's English ("Uncaught …"); the user needs to know what to do.
      console.error(e.message)
      reject(new Error(zh.workers.importStopped))
    }
    const message: ImportRequest = { id, ...request }
    if (request.kind === 'file') worker.postMessage(message, [request.bytes.buffer])
    else worker.postMessage(message)
  }).finally(() => worker.terminate())
}
