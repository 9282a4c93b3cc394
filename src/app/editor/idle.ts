/**
 * Work that may wait for the browser to be idle (it must not lengthen a task the user waits on).
 * Browsers without requestIdleCallback run it after the current tasks.
 */
export function whenIdle(work: () => void, timeout = 5000): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => work(), { timeout })
  else setTimeout(work, 0)
}

/**
 * Work for right after the next frame is painted: in the pause before the next key rather than in
 * the task of the key that asked for it, or in the frame that shows that key. A page that draws no
 * frames (hidden) runs it after `hiddenMs`. Returns a function that cancels it.
 */
export function afterFrame(work: () => void, hiddenMs = 100): () => void {
  let due = true
  const run = () => {
    if (!due) return
    due = false
    clearTimeout(timer)
    work()
  }
  const timer = setTimeout(run, hiddenMs)
  const frame = requestAnimationFrame(() => {
    // A message posted from a frame's callback arrives after that frame is painted.
    const channel = new MessageChannel()
    channel.port1.onmessage = run
    channel.port2.postMessage(null)
  })
  return () => {
    due = false
    clearTimeout(timer)
    cancelAnimationFrame(frame)
  }
}

/**
 * Resolves in a task of its own, after the tasks already queued (input first): the rest of a long
 * piece of work goes on there, so that neither half is a long task. A message, not a timer: timers
 * are held back in a page the browser has put in the background.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel()
    channel.port1.onmessage = () => resolve()
    channel.port2.postMessage(null)
  })
}
