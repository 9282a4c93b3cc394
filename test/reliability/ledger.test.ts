/**
 * RELIABILITY.md as a whole: every row is measured by some suite, every area a suite measures
 * has a row, and the totals line adds the rows up. (Each row's numbers are checked by the
 * suite that measures them.)
 */
import { expect, it } from 'vitest'
import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { readRows, type Figure } from './ledger'
import { RELIABILITY_MD } from './ledger-node'

const md = readFileSync(RELIABILITY_MD, 'utf8')
const dir = fileURLToPath(new URL('.', import.meta.url))

/** Areas the suites measure, read from their sources: each Tally they make, and the fuzzer's row. */
function measuredAreas(): string[] {
  const areas: string[] = []
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
    const source = readFileSync(`${dir}/${file}`, 'utf8')
    for (const m of source.matchAll(/new Tally\('([^']+)', '([^']+)'\)/g)) areas.push(`${m[1]} | ${m[2]}`)
    for (const m of source.matchAll(/figure: '([^']+)',\s*area: '([^']+)'/g)) areas.push(`${m[1]} | ${m[2]}`)
  }
  return areas.sort()
}

it('every row is measured by a suite, and every measured area has a row', () => {
  const rows = readRows(md).map((r) => `${r.figure} | ${r.area}`)
  expect(rows.sort()).toEqual(measuredAreas())
  expect(new Set(rows).size).toBe(rows.length)
})

it('the totals line adds up the rows', () => {
  const rows = readRows(md)
  const sum = (figure: Figure) =>
    rows.filter((r) => r.figure === figure).reduce((s, r) => [s[0] + r.first, s[1] + r.second], [0, 0])
  const [kept, run] = sum('故障试验')
  const [handled, tried] = sum('恶意输入')
  const [cases, failures] = sum('模糊测试')
  expect(md).toContain(
    `合计：故障试验 保住 ${kept} / 试验 ${run}；恶意输入 已处理 ${handled} / 尝试 ${tried}；模糊测试 用例 ${cases} / 失败 ${failures}。`,
  )
})
