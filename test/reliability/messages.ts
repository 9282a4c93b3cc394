/**
 * What a message for the user must be: Chinese, saying what to do ("请…"), and free of the
 * words of the machinery underneath (issue #13, item 12).
 */
const MACHINERY = [
  /\b[A-Z][A-Za-z]*Error\b/, // TypeError, DataError, RangeError …
  /Bug :|size mismatch/,
  /\[xmldom/,
  /Invalid Date|NaN|undefined|\[object /,
  /Uncaught|Cannot read|is not a function/,
  /\bat \S+ \(/, // a stack line
]

/** Throws unless `message` is Chinese and free of the machinery's words. */
export function expectChinese(message: string): void {
  if (!/[\u4e00-\u9fff]/.test(message)) throw new Error(`不是中文：${message}`)
  for (const m of MACHINERY) if (m.test(message)) throw new Error(`含有程序内部的字眼（${m}）：${message}`)
}

/** Throws with the reason when `message` is not one a user can act on: Chinese, and saying what to do. */
export function expectUserMessage(message: string): void {
  expectChinese(message)
  if (!/请/.test(message)) throw new Error(`没有告诉用户怎么办：${message}`)
}
