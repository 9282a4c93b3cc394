/**
 * The meeting around the speech: one record (model.ts) → the notice, the agenda and the chair's
 * script (documents of the speech schema, generated from templates), kept consistent with the
 * record and the speech by the checks across them. What the app and the CLI use:
 *
 *   create      meetingFromSpeech(draft, link) · emptyMeeting() · parseMeetingFile(json)
 *   change      setMeetingValue(m, path, text) · addEntry/removeEntry/moveEntry · rollMeetingForward(m)
 *   documents   generateDocument(template, m) · refreshFields(tr, m) · staleEntries(doc, m)
 *   check       checkMeeting({ meeting, docs, speeches }) · checkMeetingAll(…) · meetingProblems(m)
 */
export * from './model'
export * from './file'
export * from './fields'
export * from './template'
export * from './generate'
export * from './refresh'
export * from './edit'
export * from './from-speech'
export * from './rollover'
export * from './checks'
export * from './summary'
