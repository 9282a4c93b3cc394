/** What a speech's subtitle says: "——在全县农业农村工作会议上的讲话" names the meeting. */

/** A speech named by the meeting it is given at: "在全县农业农村工作会议上的讲话" (group 1 the meeting). */
export const SPEECH_AT_MEETING = /在(.+?)(?:上)?的(?:讲话|发言|报告|主持词)/
const NAME_IN_SUBTITLE = SPEECH_AT_MEETING

/** The meeting a subtitle names ("——在全县农业农村工作会议上的讲话" → 全县农业农村工作会议), or null. */
export function meetingInSubtitle(subtitle: string): string | null {
  return NAME_IN_SUBTITLE.exec(subtitle)?.[1] ?? null
}
