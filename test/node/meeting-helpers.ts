import type { Node as PMNode } from 'prosemirror-model'
import { parseMeetingFile, generateDocument, type Meeting, type MeetingDocKind } from '../../src/core/meeting'
import { bundledMeetingTemplate } from '../../src/core/meeting/bundled'
import { importText } from '../../src/core/import'
import { fixture } from './helpers'

/** The meeting of the example (test/fixtures/meeting-2027.json), with the summary it lacks when asked. */
export function exampleMeeting(): Meeting {
  return parseMeetingFile(fixture('meeting-2027.json'))
}

export const SUMMARY = '深刻分析了当前农业农村工作面临的形势，对今年的重点工作作了全面部署，讲得很全面、很深刻。'

/** The three documents from the bundled templates. */
export function documents(m: Meeting): Record<MeetingDocKind, PMNode> {
  return {
    notice: generateDocument(bundledMeetingTemplate('notice'), m),
    agenda: generateDocument(bundledMeetingTemplate('agenda'), m),
    script: generateDocument(bundledMeetingTemplate('script'), m),
  }
}

/** The example's linked speech (test/fixtures/meeting-speech-2027.txt). */
export const exampleSpeech = () => importText(fixture('meeting-speech-2027.txt')).doc
