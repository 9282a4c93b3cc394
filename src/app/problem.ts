/**
 * What to tell the user about an error. Our own errors speak Chinese and say what to do; the
 * browser's and libraries' speak English ("TypeError", "DataError") and must not reach a
 * secretary, so for those the caller's Chinese fallback is shown instead.
 */
const CHINESE = /[\u4e00-\u9fff]/

/** Whether a message is written in Chinese (ours), not in English (the browser's or a library's). */
export const speaksChinese = (message: string): boolean => CHINESE.test(message)

export function userMessage(e: unknown, fallback: string): string {
  const message = e instanceof Error ? e.message : typeof e === 'string' ? e : ''
  return speaksChinese(message) ? message : fallback
}
