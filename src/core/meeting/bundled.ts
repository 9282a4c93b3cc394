/**
 * The meeting templates that come with the program (templates/meeting-*.txt). Imported as text
 * by the bundler: Vite for the app and the tests, esbuild (scripts/build-cli.mjs) for the CLI.
 */
import notice from '../../../templates/meeting-notice.txt?raw'
import agenda from '../../../templates/meeting-agenda.txt?raw'
import script from '../../../templates/meeting-script.txt?raw'
import { MEETING_DOC_KINDS, parseMeetingTemplate, type MeetingDocKind, type MeetingTemplate } from './template'
import type { EntryGroup } from './fields'

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

const groups = new Map<string, ReadonlySet<EntryGroup>>()

/**
 * The lists a bundled template repeats a line for, by the template's id (a document's templateId);
 * null for any other template, whose lines are not known here.
 */
export function templateGroups(id: unknown): ReadonlySet<EntryGroup> | null {
  const kind = MEETING_DOC_KINDS.find((k) => SOURCES[k][0] === id)
  if (!kind) return null
  let found = groups.get(kind)
  if (!found) {
    found = new Set(bundledMeetingTemplate(kind).lines.flatMap((l) => (l.group ? [l.group] : [])))
    groups.set(kind, found)
  }
  return found
}
