/** Running a roll-over in a worker of its own, torn down afterwards so its memory goes with it. */
import type { RolledSpeech, RolloverRequest, RolloverResponse } from './protocol'
import { zh } from '../../i18n/zh'

let nextId = 1

/** A roll-over that did not happen, with a message for the user; the source draft is untouched. */
export class RolloverWorkerError extends Error {}

/** The single-file build (opened from disk) cannot load a worker file: there the worker is inlined. */
async function createWorker(): Promise<Worker> {
  if (typeof __JIANGGAO_SINGLE_FILE__ !== 'undefined' && __JIANGGAO_SINGLE_FILE__) {
    const { default: InlineWorker } = await import('./worker.ts?worker&inline')
    return new InlineWorker()
  }
  return new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' })
}

const STOPPED = zh.workers.rolloverStopped

export async function rolloverInWorker(request: Omit<RolloverRequest, 'id'>): Promise<RolledSpeech> {
  let worker: Worker
  try {
    worker = await createWorker()
  } catch (e) {
    console.error(e)
    throw new RolloverWorkerError(STOPPED)
  }
  const id = nextId++
  return new Promise<RolledSpeech>((resolve, reject) => {
    worker.onmessage = (e: MessageEvent<RolloverResponse>) => {
      if (e.data.id !== id) return
      if (e.data.ok) resolve(e.data.result)
      else reject(new RolloverWorkerError(e.data.message))
    }
    worker.onerror = (e) => {
      e.preventDefault()
      // e.message is the browser's English ("Uncaught …"); the user needs to know what to do.
      console.error(e.message)
      reject(new RolloverWorkerError(STOPPED))
    }
    worker.postMessage({ id, ...request } satisfies RolloverRequest)
  }).finally(() => worker.terminate())
}
