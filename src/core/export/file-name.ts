/**
 * What an exported file is called, so drafts of different years and meetings can be told apart
 * in a folder: the plan year, then the meeting's name from the subtitle and 讲话
 * ("2027年全县农业农村工作会议讲话"), or the title when there is no subtitle to read it from.
 */
import type { Node as PMNode } from 'prosemirror-model'
import { inlineText, slotReading } from '../text'
import { meetingInSubtitle } from '../subtitle'
import { SAYS_ITS_YEAR } from '../lang/years'

/** Characters Windows does not allow in a file name. */
const NOT_IN_NAMES = /[\\/:*?"<>|\r\n\t]/g
const MAX_CHARS = 60

/** The name of a document's files, without the draft mark and the extension. */
export function documentName(doc: PMNode): string {
  const title = doc.firstChild?.type.name === 'title' ? inlineText(doc.firstChild, slotReading).trim() : ''
  const subtitle =
    doc.childCount > 1 && doc.child(1).type.name === 'subtitle' ? inlineText(doc.child(1), slotReading) : ''
  const meeting = doc.attrs.docKind === 'speech' ? meetingInSubtitle(subtitle) : null
  const name = (meeting ? `${meeting}讲话` : title || '讲稿').replace(NOT_IN_NAMES, '').replace(/\s+/g, ' ').trim()
  const year: number | null = doc.attrs.planYear
  // A name that already says which year it is keeps its own.
  const dated = year === null || SAYS_ITS_YEAR.test(name)
  return [...`${dated ? '' : `${year}年`}${name}`].slice(0, MAX_CHARS).join('')
}
