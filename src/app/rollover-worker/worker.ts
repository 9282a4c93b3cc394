/// <reference lib="webworker" />
/**
 * The roll-over worker: next year's draft is computed off the main thread, so a speech with
 * tens of thousands of figures never blocks the page. The same file serves both builds.
 */
import { rollover, RolloverError } from '../../core/rollover'
import { SpeechFormatError, speechFromJSON, speechToJSON } from '../../core/serialize'
import type { RolledSpeech, RolloverRequest, RolloverResponse } from './protocol'

function roll(req: RolloverRequest): RolledSpeech {
  const { doc, ...rest } = rollover(speechFromJSON(req.speech), {
    toPlanYear: req.toPlanYear,
    timeBoundPhrases: req.timeBoundPhrases,
  })
  return { ...rest, speech: speechToJSON(doc) }
}

self.onmessage = (e: MessageEvent<RolloverRequest>) => {
  const req = e.data
  let res: RolloverResponse
  try {
    res = { id: req.id, ok: true, result: roll(req) }
  } catch (err) {
    const known = err instanceof RolloverError || err instanceof SpeechFormatError
    // Not the user's doing: the details are for whoever maintains the app, the words for the user.
    if (!known) console.error(err)
    res = {
      id: req.id,
      ok: false,
      message: known
        ? `没有生成新草稿，原来的草稿没有改动：${(err as Error).message}`
        : '生成新一年草稿时出了意外的错误，原来的草稿没有改动。请刷新页面后重试；仍不行时，请先备份数据，再把这篇草稿复制出来另建。',
    }
  }
  postMessage(res)
}
