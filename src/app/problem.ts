/**
 * What to tell the user about an error. Our own errors speak Chinese and say what to do; the
 * browser's and libraries' speak English ("TypeError", "DataError") and must not reach a
 * secretary, so for those the caller's Chinese fallback is shown instead.
 */
const CHINESE = /[\u4e00-\u9fff]/

export function userMessage(e: unknown, fallback: string): string {
  const message = e instanceof Error ? e.message : typeof e === 'string' ? e : ''
  return CHINESE.test(message) ? message : fallback
}
