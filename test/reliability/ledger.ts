/**
 * The figures RELIABILITY.md shows, one table row per area, each checked by the suite that
 * measures it, so the document cannot say more than the tests do. Pure: the Node suites
 * and the browser suites both read rows with it.
 *
 *   | 恶意输入 | .docx 文件 | 已处理 12 / 尝试 12 |
 */
export type Figure = '故障试验' | '恶意输入' | '模糊测试'

/** How each figure's two numbers read: kept of run, handled of tried, cases and failures. */
const WORDS: Record<Figure, [string, string]> = {
  故障试验: ['保住', '试验'],
  恶意输入: ['已处理', '尝试'],
  模糊测试: ['用例', '失败'],
}

export interface Row {
  figure: Figure
  area: string
  first: number
  second: number
}

const ROW = /^\| (故障试验|恶意输入|模糊测试) \| (.+?) \| \S+ (\d+) \/ \S+ (\d+) \|$/

export function rowText(r: Row): string {
  const [a, b] = WORDS[r.figure]
  return `| ${r.figure} | ${r.area} | ${a} ${r.first} / ${b} ${r.second} |`
}

export function readRows(md: string): Row[] {
  return md.split('\n').flatMap((line) => {
    const m = ROW.exec(line)
    return m ? [{ figure: m[1] as Figure, area: m[2], first: Number(m[3]), second: Number(m[4]) }] : []
  })
}

/** Whether the whole area ran: a row is only judged (or rewritten) after all its trials. */
export function partial(tally: Tally): string | null {
  return tally.tried === tally.planned
    ? null
    : `只运行了“${tally.area}”的 ${tally.tried} / ${tally.planned} 项，无法核对 RELIABILITY.md。请运行整个文件。`
}

/** The document's row for an area, or a message saying what the row should read. */
export function checkRow(md: string, measured: Row): string | null {
  const row = readRows(md).find((r) => r.figure === measured.figure && r.area === measured.area)
  if (row && row.first === measured.first && row.second === measured.second) return null
  return `RELIABILITY.md 应有这一行（测得的数字）：\n${rowText(measured)}\n现在是：${row ? rowText(row) : '（没有这一行）'}`
}

/** Counts trials of one area: each either ends as it should or is a failure with its reason. */
export class Tally {
  /** Trials defined: a run that tried fewer (a filtered run) measured only part of the area. */
  planned = 0
  tried = 0
  handled = 0
  readonly failures: string[] = []

  constructor(
    readonly figure: Figure,
    readonly area: string,
  ) {}

  /** Count a trial as it is defined, before the tests run. */
  plan(): void {
    this.planned++
  }

  /** Run one trial; a failure is counted and thrown again, so its own test fails too. */
  async trial(name: string, run: () => unknown): Promise<void> {
    this.tried++
    try {
      await run()
      this.handled++
    } catch (e) {
      this.failures.push(`${name}: ${(e as Error).message}`)
      throw e
    }
  }

  row(): Row {
    return this.figure === '模糊测试'
      ? { figure: this.figure, area: this.area, first: this.tried, second: this.tried - this.handled }
      : { figure: this.figure, area: this.area, first: this.handled, second: this.tried }
  }
}
