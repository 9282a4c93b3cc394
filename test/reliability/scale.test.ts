/**
 * Speeches far larger than any department writes (issue #13, item 10): the roll-over and the
 * other whole-speech steps grow with the speech, not with the square of its figures, and the
 * CLI refuses what the app refuses.
 */
import { describe, expect, it } from 'vitest'
import type { Node as PMNode } from 'prosemirror-model'
import { importText } from '../../src/core/import'
import { rollover } from '../../src/core/rollover'
import { fillSlots } from '../../src/core/figures/fill'
import { FigureIndex, figuresFromRows } from '../../src/core/figures/model'
import { checkDocument } from '../../src/core/checks/engine'
import { speechToJSON } from '../../src/core/serialize'
import { schema } from '../../src/core/schema'
import { IMPORT_LIMITS } from '../../src/core/import/limits'
import { cli, inputFile, tmp } from './cli'
import { Tally } from './ledger'
import { expectLedger } from './ledger-node'
import { expectUserMessage } from './messages'

const tally = new Tally('恶意输入', '超大讲稿（换年、填写、检查、命令行）')
const trial = (name: string, run: () => unknown) => {
  tally.plan()
  it(name, () => tally.trial(name, run), 120_000)
}

/** `n` figures in one paragraph: the shape that made each figure cost a walk of all the others. */
const onePara = (n: number, figure = (i: number) => `${i}`) =>
  `全县人社工作会议讲话\n同志们：\n今天召开会议。\n一、2025年工作回顾\n${Array.from({ length: n }, (_, i) => `新增就业${figure(i)}人`).join('，')}。\n二、2026年工作任务\n确保新增就业3300人。\n`

function timed<T>(run: () => T): { result: T; ms: number } {
  const t = performance.now()
  const result = run()
  return { result, ms: performance.now() - t }
}

/** A speech document with `n` figures, built directly (no import), in paragraphs of 50. */
function bigDoc(n: number): PMNode {
  const { nodes } = schema
  const paras: PMNode[] = []
  for (let i = 0; i < n; i += 50)
    paras.push(
      nodes.paragraph.create(
        null,
        Array.from({ length: Math.min(50, n - i) }, (_, k) => [
          schema.text(`第${i + k}项新增就业`),
          // One name a figure: figures of one name with different numbers are not carried (rollover.ts, oneEach).
          nodes.slot.create({ label: `第${i + k}项新增就业`, unit: '人', value: String(i + k), year: 2025 }),
        ]).flat(),
      ),
    )
  return nodes.doc.create({ reviewYear: 2025, planYear: 2026 }, [
    nodes.title.create(null, schema.text('讲话')),
    nodes.opening.create(null, nodes.paragraph.create(null, schema.text('开场。'))),
    nodes.part.create({ kind: 'review' }, [nodes.part_heading.create(null, schema.text('2025年工作回顾')), ...paras]),
  ])
}

describe('whole-speech steps grow with the speech', () => {
  trial('roll-over of 16,000 figures in one paragraph (was 12 s)', () => {
    const doc = importText(onePara(16_000)).doc
    const { result, ms } = timed(() => rollover(doc))
    expect(result.emptied).toBe(16_001)
    expect(ms).toBeLessThan(3000)
  })
  trial('roll-over of 120,000 figures (ran out of memory)', () => {
    const doc = bigDoc(120_000)
    const { result, ms } = timed(() => rollover(doc))
    expect(result.carried).toHaveLength(120_000)
    expect(ms).toBeLessThan(15_000)
  })
  trial('filling 16,000 empty slots in one paragraph (was 14 s for 8,000)', () => {
    const doc = importText(onePara(16_000, () => '****')).doc
    const { metrics, values } = figuresFromRows([
      { label: '新增就业', year: 2025, value: '5', unit: '人', kind: 'actual' },
    ])
    const { result, ms } = timed(() => fillSlots(doc, new FigureIndex(metrics, values)))
    expect(result.filled).toBe(16_000)
    expect(result.doc.textContent.length).toBe(doc.textContent.length)
    expect(ms).toBeLessThan(3000)
  })
  trial('checks of 16,000 figures', () => {
    const doc = importText(onePara(16_000)).doc
    expect(timed(() => checkDocument(doc)).ms).toBeLessThan(5000)
  })
})

describe('the CLI takes what the app takes, and no more', () => {
  trial('check --json of one paragraph with 20,000 findings (each used to walk the paragraph)', async () => {
    const text = `全县人社工作会议讲话\n同志们：\n今天召开会议。\n一、2025年工作回顾\n${'新增就业3250人,'.repeat(20_000)}。\n`
    const started = performance.now()
    const r = await cli(['check', inputFile('many-findings.txt', text), '--json'])
    expect(r.code).toBeLessThanOrEqual(1)
    expect(JSON.parse(r.stdout).length).toBeGreaterThan(20_000)
    expect(performance.now() - started).toBeLessThan(10_000)
  })
  trial('rollover of a 16,000-figure speech from the command line', async () => {
    const r = await cli(['rollover', inputFile('big.txt', onePara(16_000)), '-o', `${tmp}/big-rolled.txt`])
    expect(r.code, r.stderr).toBe(0)
  })
  trial('a speech JSON larger than the app takes is refused with a message', async () => {
    const json = JSON.stringify(speechToJSON(bigDoc(60_000)))
    expect(json.length).toBeGreaterThan(IMPORT_LIMITS.textFileBytes)
    const r = await cli(['rollover', inputFile('big.json', json)])
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/文本讲稿不会这么大/)
    expectUserMessage(r.stderr)
  })
  trial('text longer than the app takes is refused with a message', async () => {
    const r = await cli(['check', inputFile('long.txt', onePara(40_000))])
    expect(onePara(40_000).length).toBeGreaterThan(IMPORT_LIMITS.textChars)
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/内容太长/)
  })
})

it('RELIABILITY.md shows what was measured', () => {
  expectLedger(tally)
})
