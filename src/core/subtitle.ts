/** What a speech's subtitle says: "——在全县农业农村工作会议上的讲话" names the meeting. */

const NAME_IN_SUBTITLE = /在(.+?)(?:上)?的(?:讲话|发言|报告|主持词)/

/** The meeting a subtitle names ("——在全县农业农村工作会议上的讲话" → 全县农业农村工作会议), or null. */
export function meetingInSubtitle(subtitle: string): string | null {
  return NAME_IN_SUBTITLE.exec(subtitle)?.[1] ?? null
}
