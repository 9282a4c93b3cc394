/**
 * Work that may wait for the browser to be idle (it must not lengthen a task the user waits on).
 * Browsers without requestIdleCallback run it after the current tasks.
 */
export function whenIdle(work: () => void, timeout = 5000): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => work(), { timeout })
  else setTimeout(work, 0)
}
