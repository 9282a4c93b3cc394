/**
 * The meeting templates that come with the program (templates/meeting-*.txt). Imported as text
 * by the bundler: Vite for the app and the tests, esbuild (scripts/build-cli.mjs) for the CLI.
 */
import notice from '../../../templates/meeting-notice.txt?raw'
import agenda from '../../../templates/meeting-agenda.txt?raw'
import script from '../../../templates/meeting-script.txt?raw'
import { parseMeetingTemplate, type MeetingDocKind, type MeetingTemplate } from './template'

const SOURCES: Record<MeetingDocKind, [id: string, source: string]> = {
  notice: ['meeting-notice', notice],
  agenda: ['meeting-agenda', agenda],
  script: ['meeting-script', script],
}

/** The bundled template for each of the meeting's documents. */
export function bundledMeetingTemplate(kind: MeetingDocKind): MeetingTemplate {
  const [id, source] = SOURCES[kind]
  return parseMeetingTemplate(source, id, `${id}.txt`)
}
