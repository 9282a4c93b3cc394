/**
 * Hostile and broken text for the import and for every command after it (issue #13, items
 * 5, 8, 10, 12): each ends in a result or in a Chinese message with exit code 2, never in a
 * crash, and nothing the user wrote vanishes without a note.
 */
import { describe, expect, it } from 'vitest'
import { join } from 'node:path'
import { importText } from '../../src/core/import'
import { speechToText } from '../../src/core/text'
import { speechToJSON } from '../../src/core/serialize'
import { outlineJSON } from '../../src/core/outline'
import { checkDocument } from '../../src/core/checks/engine'
import { schema } from '../../src/core/schema'
import { IMPORT_LIMITS, MAX_FILE_BYTES } from '../../src/core/import/limits'
import { cli, cliBinary, everyCommand, inputFile, tmp } from './cli'
import { Tally } from './ledger'
import { expectLedger } from './ledger-node'
import { expectUserMessage } from './messages'
import { expectKept } from './text-kept'

const tally = new Tally('恶意输入', '文本导入与全部命令')
const trial = (name: string, run: () => unknown, timeout = 30_000) => {
  tally.plan()
  it(name, () => tally.trial(name, run), timeout)
}

/** Every command ends 0 or 1, and the text export keeps every character of the input (or notes a renumbering). */
async function survives(name: string, text: string, { notes = false } = {}) {
  const file = inputFile(name, text)
  for (const [command, r] of Object.entries(await everyCommand(file))) {
    expect(r.code, `${command}: ${r.stderr}`).toBeLessThanOrEqual(1)
  }
  const { doc, speech } = importText(text)
  if (notes) expect(speech.notes.length, '改了编号却没有说明').toBeGreaterThan(0)
  expectKept(text, speechToText(doc), speech.notes)
  return { doc, speech }
}

async function refused(name: string, data: string | Uint8Array, message: RegExp, args: string[] = []) {
  const r = await cli(['outline', inputFile(name, data), ...args])
  expect(r.code).toBe(2)
  expect(r.stderr).toMatch(message)
  expectUserMessage(r.stderr)
}

const head = '全县人社工作会议讲话\n同志们：\n今天召开会议。\n'
const parts = (n: number, body = '做好工作。') =>
  head + Array.from({ length: n }, (_, i) => `一、第${i + 1}项工作\n${body}`).join('\n') + '\n同志们，谢谢大家！\n'

describe('text that crashed every command (item 8)', () => {
  trial('a last part that opens with 同志们， and goes on with sections', async () => {
    const text = `${head}一、2025年工作回顾\n（一）就业\n全年新增就业3250人。\n二、有关要求\n同志们，我们要努力。\n（一）第一节\n内容。\n（二）第二节\n内容。\n`
    const { doc } = await survives('closing-then-sections.txt', text)
    expect(
      outlineJSON(doc)
        .parts.at(-1)
        ?.sections.map((s) => s.heading),
    ).toEqual(['第一节', '第二节'])
    const r = cliBinary(['outline', inputFile('closing-then-sections.txt', text)])
    expect(r.code, r.stderr).toBe(0)
  })

  trial('enumerations after a masked name: every check finding stays inside the speech', async () => {
    const text = `${head}一、有关要求\n一要****同志牵头；二要抓落实；四要{{@县长}}同志督办；\n`
    await survives('enum-after-slot.txt', text)
    const doc = importText(text).doc
    const findings = checkDocument(doc).filter((f) => f.rule === 'numbering')
    expect(findings.length).toBeGreaterThan(0)
    for (const f of findings) expect(f.to).toBeLessThanOrEqual(doc.content.size)
    expect(doc.textBetween(findings[0].from, findings[0].to, '', '\uFFFC')).toBe('四要')
  })

  trial('1,000 parts', async () => {
    const { doc } = await survives('1000-parts.txt', parts(1000), { notes: true })
    expect(
      outlineJSON(doc)
        .parts.filter((p) => p.number)
        .at(-1)?.number,
    ).toBe('一千、')
  })

  trial('1,000 sections in one part', async () => {
    const sections = Array.from(
      { length: 1000 },
      (_, i) => `（${i < 9 ? '一二三四五六七八九'[i] : '一'}）第${i + 1}节\n内容。`,
    )
    const { doc } = await survives('1000-sections.txt', `${head}一、2025年工作回顾\n${sections.join('\n')}\n`, {
      notes: true,
    })
    expect(outlineJSON(doc).parts[1].sections.at(-1)?.number).toBe('（一千）')
  })

  trial('1,200 numbered items in one section', async () => {
    const items = Array.from({ length: 1200 }, (_, i) => `${(i % 99) + 1}. 第${i + 1}条。`)
    await survives('items.txt', `${head}一、2025年工作回顾\n（一）就业\n${items.join('\n')}\n`, { notes: true })
  })
})

describe('numbers and words the user wrote (item 5)', () => {
  trial('（一） and 1. lines before the first 一、 keep their numbers', async () => {
    const text = `${head}（一）开头的事\n1. 第一条\n2. 第二条\n一、2025年工作回顾\n（一）就业\n正文。\n`
    const { doc } = await survives('numbers-before-parts.txt', text)
    expect(speechToText(doc)).toContain('（一）开头的事\n1.第一条\n2.第二条\n')
  })

  trial('items numbered out of order are renumbered with a note', async () => {
    const { speech, doc } = await survives('gaps.txt', `${head}一、2025年工作回顾\n1. 甲。\n2. 乙。\n5. 丙。\n`, {
      notes: true,
    })
    expect(speech.notes).toEqual([expect.stringMatching(/1 个条目.*原文“5\.”改为“3\.”/)])
    expect(speechToText(doc)).toContain('3.丙。')
  })

  trial('numbered items in the closing keep their numbers', async () => {
    const { doc } = await survives(
      'closing-items.txt',
      `${head}一、2025年工作回顾\n正文。\n同志们，我提两点希望：\n1. 要团结。\n2. 要实干。\n`,
    )
    expect(speechToText(doc)).toMatch(/同志们，我提两点希望：\n1\.要团结。\n2\.要实干。\n$/)
  })

  trial('a part-kind marker (#回顾) is taken out with a note', async () => {
    const { speech } = await survives('marker.txt', `${head}一、过去一年的工作 #回顾\n正文。\n`, { notes: true })
    expect(speech.notes).toEqual([expect.stringContaining('#回顾')])
    expect(speech.parts[0].kind).toBe('review')
  })

  trial('malformed {{ }} markers stay as text', async () => {
    const { doc } = await survives(
      'markers.txt',
      `${head}一、2025年工作回顾\n新增就业{{人。\n多了}}一个。\n{{城镇新增就业}}和{{a|b|c|d}}以及{{@}}。\n`,
    )
    expect(speechToText(doc)).toContain('{{a|b|c|d}}')
  })

  trial('characters XML forbids, and unpaired surrogates, in the text', async () => {
    await survives('xml-illegal.txt', `${head}一、2025年工作回顾\n新增\uFFFE就业\u0001三千人\uD800。\n`)
  })
})

describe('pathological lines finish quickly', () => {
  const slow = (name: string, line: string) =>
    trial(name, async () => {
      const started = performance.now()
      await survives(`${name}.txt`, `${head}一、2025年工作回顾\n${line}\n`)
      expect(performance.now() - started).toBeLessThan(20_000)
    })
  slow('one line of 200,000 characters', '新增就业三千人，'.repeat(25_000))
  slow('100,000 digits before a unit', `${'1'.repeat(100_000)}人`)
  slow('100,000 opening brackets', '（'.repeat(100_000))
  slow('20,000 part numbers on one line', '一、'.repeat(20_000))
  slow('50,000 unclosed markers', '{{'.repeat(50_000))
})

describe('inputs refused with a message (items 10 and 12)', () => {
  trial('more characters than a speech can have', () =>
    refused('long.txt', `${head}${'字'.repeat(IMPORT_LIMITS.textChars)}`, /内容太长/),
  )
  trial('nothing but blank lines', () => refused('blank.txt', '\n \u3000\n'.repeat(1000), /没有读到任何文字/))
  trial('no Chinese at all', () => refused('latin.txt', 'Hello world.\n'.repeat(100), /没有中文/))
  trial('binary bytes', () => refused('bin.txt', new Uint8Array([1, 2, 0, 4, 5, 0, 7]), /不是文本/))
  trial('neither UTF-8 nor GB18030', () =>
    refused('enc.txt', new Uint8Array([0xff, 0x30, 0x81, 0x20, 0xfe, 0x7f]), /编码/),
  )
  trial('a text file larger than the limit', () =>
    refused('big.txt', '字'.repeat(IMPORT_LIMITS.textFileBytes / 3 + 10), /文本讲稿不会这么大/),
  )
  trial('a file larger than any speech is not read', async () => {
    const file = join(tmp, 'huge.txt')
    const { truncateSync, writeFileSync } = await import('node:fs')
    writeFileSync(file, '')
    truncateSync(file, MAX_FILE_BYTES + 1)
    const r = await cli(['outline', file])
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/上限/)
  })
  trial('standard input larger than any speech', () => {
    const r = cliBinary(['outline', '-'], new Uint8Array(MAX_FILE_BYTES + 10).fill(0x41))
    expect(r.code).toBe(2)
    expectUserMessage(r.stderr)
  })
  trial('a speech JSON with a node the schema does not have', () => {
    const json = speechToJSON(importText(`${head}一、2025年工作回顾\n正文。\n`).doc) as {
      doc: { content: { type: string }[] }
    }
    json.doc.content[0].type = 'script'
    return refused('bad.json', JSON.stringify(json), /结构不对/)
  })
  trial('a speech JSON nested 100,000 deep', () =>
    refused(
      'deep.json',
      `{"format":"jianggao/speech","version":1,"doc":${'{"content":['.repeat(100_000)}`,
      /JSON|结构/,
    ),
  )
  trial('a speech JSON whose plan year would roll past 2200', async () => {
    const doc = importText(`${head}一、2025年工作回顾\n正文。\n`).doc
    const late = schema.nodeFromJSON({ ...doc.toJSON(), attrs: { ...doc.attrs, reviewYear: 2199, planYear: 2200 } })
    const r = await cli(['rollover', inputFile('late.json', JSON.stringify(speechToJSON(late)))])
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/1901 到 2200/)
    expectUserMessage(r.stderr)
  })
  trial('a path that is a folder, a missing file, an unwritable output', async () => {
    for (const args of [
      ['outline', tmp],
      ['outline', join(tmp, 'nope.txt')],
      ['export', inputFile('ok.txt', parts(2)), '--format', 'txt', '-o', join(tmp, 'no/such/dir/out.txt')],
    ]) {
      const r = await cli(args)
      expect(r.code).toBe(2)
      expectUserMessage(r.stderr)
    }
  })
})

it('RELIABILITY.md shows what was measured', () => {
  expectLedger(tally)
})
