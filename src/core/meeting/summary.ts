/**
 * The chair's summary after the main speech. The script's template writes it inside a frame,
 *
 *   {{议程.小结开头}}{{议程.小结}}大家要认真学习领会，抓好贯彻落实。
 *
 * and secretaries write the summary either as the middle alone (全面总结了……，安排部署了……，)
 * or as the whole sentence, the way the chair reads it (刚才，周建国局长作了讲话，……抓好贯彻落实。).
 * The 小结 field takes off what the frame says itself, so the script never says it twice; the
 * words of the office's own are kept. The opening is hers as she wrote it (作了讲话 stays 作了讲话,
 * tryout 14 C6); only where she wrote none does the frame write its own, 刚才，张强县长作了重要讲话，
 * (summaryLead). A frame worded otherwise is left alone (and the check for repeated words points
 * at the doubling).
 */

/** One part of the frame, with a summary it must be taken from and one it must not. */
export interface FramePart {
  pattern: RegExp
  example: { text: string; rest: string }
  counter: string
}

/** 刚才，周建国局长作了讲话，: the opening that names the speaker. */
export const SUMMARY_LEAD: FramePart = {
  pattern: /^\s*刚才[，,]\s*[^，,。；！？]{1,30}?(?:作|做)了(?:重要)?讲话[，,]\s*/,
  example: { text: '刚才，周建国局长作了讲话，全面总结了全年工作，', rest: '全面总结了全年工作，' },
  counter: '刚才的讲话全面总结了全年工作，',
}

/** 大家要认真学习领会，抓好贯彻落实。: the charge the frame ends with. */
export const SUMMARY_CLOSE: FramePart = {
  pattern: /(?<=^|[，,。；])\s*大家要认真学习领会[，,]\s*抓好贯彻落实[。.]?\s*$/,
  example: {
    text: '安排部署了重点任务，大家要认真学习领会，抓好贯彻落实。',
    rest: '安排部署了重点任务，',
  },
  counter: '安排部署了重点任务，希望大家结合实际抓好贯彻落实。',
}

/** The summary without what the script's frame writes around it. */
export function summaryBody(summary: string): string {
  return summary.trim().replace(SUMMARY_LEAD.pattern, '').replace(SUMMARY_CLOSE.pattern, '')
}

/** The opening naming the speaker as she wrote it in the summary (刚才，周建国局长作了讲话，), or null. */
export function writtenLead(summary: string): string | null {
  return SUMMARY_LEAD.pattern.exec(summary.trim())?.[0].trim() ?? null
}

/**
 * The summary's opening as the script reads it: hers where she wrote one, else the frame's own
 * words about the speakers (刚才，周建国局长作了重要讲话，); null when nobody is named.
 */
export function summaryLead(summary: string, speakers: string): string | null {
  return writtenLead(summary) ?? (speakers ? `刚才，${speakers}作了重要讲话，` : null)
}
