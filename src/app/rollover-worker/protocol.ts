/** Messages between the page and the roll-over worker. */
import type { SpeechJSON } from '../../core/serialize'
import type { RolloverResult } from '../../core/rollover'

export interface RolloverRequest {
  id: number
  speech: SpeechJSON
  toPlanYear?: number
  timeBoundPhrases?: string[]
}

/** The roll-over's result with the new speech as JSON (a document does not cross to the page). */
export type RolledSpeech = Omit<RolloverResult, 'doc'> & { speech: SpeechJSON }

export type RolloverResponse =
  | { id: number; ok: true; result: RolledSpeech }
  | { id: number; ok: false; message: string }
