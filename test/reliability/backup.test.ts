/**
 * Backups checked field by field before anything is written (issue #13, items 4 and 15): each
 * tampered or broken backup is refused with a Chinese message naming what is wrong, and a
 * "__proto__" anywhere changes no prototype. A valid backup comes back exactly as it went.
 */
import { describe, expect, it } from 'vitest'
import { BACKUP_VERSION, BackupError, makeBackup, parseBackup, type Backup } from '../../src/core/backup'
import { importText } from '../../src/core/import'
import { rollover } from '../../src/core/rollover'
import { speechToJSON } from '../../src/core/serialize'
import { Tally } from './ledger'
import { expectLedger } from './ledger-node'
import { expectUserMessage } from './messages'

const tally = new Tally('恶意输入', '备份文件')
const trial = (name: string, run: () => unknown) => {
  tally.plan()
  it(name, () => tally.trial(name, run))
}

const text =
  '全县人社工作会议讲话\n同志们：\n今天召开会议。2025年是收官之年。\n一、2025年工作回顾\n全年实现城镇新增就业3250人。\n'

function goodBackup(): Backup {
  const doc = importText(text).doc
  const rolled = rollover(doc)
  const draft = {
    id: '3f1c9a2e-8b7d-4c6a-9e5f-1a2b3c4d5e6f',
    title: '全县人社工作会议讲话',
    createdAt: 1_760_000_000_000,
    updatedAt: 1_760_000_100_000,
    origin: 'rollover',
    speech: speechToJSON(rolled.doc),
    checks: { disabledRules: ['long-sentence'], ignored: ['wrong-year|总结2024年'] },
    reference: { title: '去年的讲话', speech: speechToJSON(doc) },
    rollover: { from: rolled.from, to: rolled.to, noYears: rolled.noYears, flags: rolled.flags, done: [0] },
    layout: 'reading' as const,
  }
  return makeBackup(
    [
      draft,
      { ...draft, id: 'second', checks: undefined, reference: undefined, rollover: undefined, layout: undefined },
    ].map((d) => JSON.parse(JSON.stringify(d))),
    { charsPerMinute: 230, timeBoundPhrases: ['开局之年'], maxSentenceChars: 90 },
    {
      metrics: [{ key: '城镇新增就业', label: '城镇新增就业', unit: '人', aliases: ['新增城镇就业'] }],
      figures: [
        {
          metric: '城镇新增就业',
          year: 2025,
          kind: 'actual',
          value: '0.00001',
          unit: '人',
          changedAt: 1_760_000_000_000,
        },
        {
          metric: '城镇新增就业',
          year: 2026,
          kind: 'target',
          value: '3300',
          unit: '人',
          source: '统计年报',
          changedAt: 1,
        },
      ],
    },
    new Date('2026-11-13T08:00:00Z'),
  )
}

/** A good backup as JSON after `change`; refused with a message matching `message`, naming the place. */
function refused(change: (b: Record<string, any>) => void, message: RegExp) {
  const b = JSON.parse(JSON.stringify(goodBackup()))
  change(b)
  const error = (() => {
    try {
      parseBackup(JSON.stringify(b))
      return null
    } catch (e) {
      return e
    }
  })()
  expect(error).toBeInstanceOf(BackupError)
  expect((error as Error).message).toMatch(message)
  expect((error as Error).message).toContain('当前数据没有任何改动')
  expectUserMessage((error as Error).message)
}

/** The JSON text with `"__proto__"` put where `at` says, as an attacker writes it (JSON.parse keeps it as a key). */
function withProto(at: (b: Record<string, any>) => Record<string, unknown>, value: unknown): string {
  const b = JSON.parse(JSON.stringify(goodBackup()))
  at(b).MARK = value
  return JSON.stringify(b).replace('"MARK"', '"__proto__"')
}

describe('a valid backup', () => {
  it('comes back exactly as it went, every optional field included', () => {
    const b = goodBackup()
    expect(parseBackup(JSON.stringify(b))).toEqual(JSON.parse(JSON.stringify(b)))
  })
})

describe('tampered or broken backups are refused before anything is written (item 4)', () => {
  trial('not JSON', () =>
    expect(() => parseBackup('{"format": "jianggao/backup", "drafts": [')).toThrow(/无法读取 JSON/),
  )
  trial('another program’s JSON', () => refused((b) => (b.format = 'other'), /不是讲稿助手的备份/))
  trial('a newer version', () =>
    refused((b) => (b.version = BACKUP_VERSION + 1), new RegExp(`版本是 ${BACKUP_VERSION + 1}`)),
  )
  trial('no version at all (would say "undefined")', () => refused((b) => delete b.version, /版本信息已损坏/))
  trial('a speech without its version', () => refused((b) => delete b.drafts[0].speech.version, /版本信息已损坏/))
  trial('an unknown top-level field', () => refused((b) => (b.extra = 1), /不认识的项“extra”/))
  trial('a backup time that is no date (would show "Invalid Date")', () =>
    refused((b) => (b.createdAt = 'yesterday'), /备份时间不是有效的日期/),
  )
  trial('drafts that are not a list', () => refused((b) => (b.drafts = {}), /缺少草稿列表/))
  trial('a draft id with a slash', () => refused((b) => (b.drafts[0].id = '../../x'), /第 1 篇草稿.*编号不对/))
  trial('a draft id with spaces', () => refused((b) => (b.drafts[0].id = 'a b'), /编号不对/))
  trial('a draft id of absurd length', () => refused((b) => (b.drafts[0].id = 'x'.repeat(101)), /编号不对/))
  trial('two drafts with one id', () => refused((b) => (b.drafts[1].id = b.drafts[0].id), /编号重复/))
  trial('a draft time stamp past what a date can show', () =>
    refused((b) => (b.drafts[0].updatedAt = 1e20), /修改时间应是/),
  )
  trial('a draft time stamp that is text', () => refused((b) => (b.drafts[0].createdAt = '2026'), /建立时间应是/))
  trial('a draft title of ten megabytes', () =>
    refused((b) => (b.drafts[0].title = '长'.repeat(10_001)), /标题长得不合常理/),
  )
  trial('a draft without its speech', () => refused((b) => delete b.drafts[0].speech, /缺少“speech”/))
  trial('a speech with a node the schema does not have', () =>
    refused((b) => (b.drafts[1].speech.doc.content[0].type = 'nonsense'), /第 2 篇草稿.*内容损坏/),
  )
  trial('a speech with a figure whose year is 99999', () =>
    refused((b) => {
      const para = b.drafts[0].speech.doc.content.find((n: { type: string }) => n.type === 'part').content[1]
      para.content.find((n: { type: string }) => n.type === 'slot').attrs.year = 99999
    }, /内容损坏/),
  )
  trial('checks that are not lists of text', () =>
    refused((b) => (b.drafts[0].checks = { disabledRules: [1], ignored: [] }), /关闭的规则第 1 项应是文字/),
  )
  trial('a reference speech that is broken', () =>
    refused((b) => (b.drafts[0].reference.speech.format = 'x'), /去年讲稿损坏/),
  )
  trial('roll-over flags of an unknown kind', () =>
    refused((b) => (b.drafts[0].rollover.flags[0].kind = 'exploit'), /第 1 条提示的种类/),
  )
  trial('roll-over "done" pointing past the flags', () => refused((b) => (b.drafts[0].rollover.done = [999]), /已处理/))
  trial('roll-over years out of range', () => refused((b) => (b.drafts[0].rollover.to.planYear = 3000), /计划年/))
  trial('a layout the app does not have', () => refused((b) => (b.drafts[0].layout = 'gigantic'), /版式/))
  trial('an unknown draft field', () => refused((b) => (b.drafts[0].script = 'alert(1)'), /不认识的项“script”/))
  trial('settings of the wrong type', () => refused((b) => (b.settings.charsPerMinute = '快'), /语速/))
  trial('a speaking rate out of range', () => refused((b) => (b.settings.charsPerMinute = 0), /50 到 600/))
  trial('a sentence limit out of range', () => refused((b) => (b.settings.maxSentenceChars = 1e9), /10 到 1000/))
  trial('time-bound phrases that are not text', () =>
    refused((b) => (b.settings.timeBoundPhrases = [{}]), /时效性提法/),
  )
  trial('an unknown setting', () => refused((b) => (b.settings.theme = 'dark'), /不认识的项“theme”/))
  trial('an unknown store', () => refused((b) => (b.stores.passwords = []), /不认识的项“passwords”/))
  trial('a metric without a label', () => refused((b) => (b.stores.metrics[0].label = ''), /指标的名称是空的/))
  trial('two metrics with one key', () =>
    refused((b) => b.stores.metrics.push(b.stores.metrics[0]), /与前面的指标重复/),
  )
  trial('a figure that is not a number', () => refused((b) => (b.stores.figures[0].value = '1e+26'), /数值不是数字/))
  trial('a figure of a metric that does not exist', () =>
    refused((b) => (b.stores.figures[0].metric = '不存在'), /不存在的指标/),
  )
  trial('a figure year out of range', () => refused((b) => (b.stores.figures[0].year = 12), /年度应是/))
  trial('two figures for one metric, year and kind', () =>
    refused((b) => b.stores.figures.push(b.stores.figures[0]), /与前面的数字重复/),
  )
})

describe('"__proto__" keys are harmless (item 15)', () => {
  const places: [string, (b: Record<string, any>) => Record<string, unknown>][] = [
    ['the top level', (b) => b],
    ['a draft', (b) => b.drafts[0]],
    ['the settings', (b) => b.settings],
    ['the stores', (b) => b.stores],
    ['a metric', (b) => b.stores.metrics[0]],
    ['a figure', (b) => b.stores.figures[0]],
    ['a roll-over flag', (b) => b.drafts[0].rollover.flags[0]],
  ]
  for (const [where, at] of places)
    trial(`"__proto__" in ${where} is refused and pollutes nothing`, () => {
      const json = withProto(at, { polluted: true, charsPerMinute: 1 })
      expect(json).toContain('"__proto__"')
      expect(() => parseBackup(json)).toThrow(/不认识的项“__proto__”/)
      expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    })
  trial('"__proto__" inside a speech is dropped with everything else the schema does not know', () => {
    const json = withProto((b) => b.drafts[0].speech.doc, { polluted: true })
    const restored = parseBackup(json)
    expect(JSON.stringify(restored)).not.toContain('__proto__')
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
})

it('RELIABILITY.md shows what was measured', () => {
  expectLedger(tally)
})
