/// <reference lib="webworker" />
/**
 * The roll-over worker: next year's draft is computed off the main thread, so a speech with
 * tens of thousands of figures never blocks the page. The same file serves both builds.
 */
import { rollover, RolloverError } from '../../core/rollover'
import { SpeechFormatError, speechFromJSON, speechToJSON } from '../../core/serialize'
import type { RolledSpeech, RolloverRequest, RolloverResponse } from './protocol'
import { zh } from '../../i18n/zh'
import { errorMessage } from '../../core/guards'

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
      message: known ? zh.workers.rolloverRefused(errorMessage(err)) : zh.workers.rolloverFailed,
    }
  }
  postMessage(res)
}
