/**
 * One fuzz case: a generated speech through everything a user can do with it, as the CLI and
 * the app's workers do it. A case fails on any exception that is not a refusal with a
 * Chinese message (ImportError and its kin), on text lost between stages, on a line that
 * runs off the page, or on taking too long.
 */
import { createRequire } from 'node:module'
import type { Node as PMNode } from 'prosemirror-model'
import { loadSpeechFile } from '../../../src/core/import/source'
import { ImportError } from '../../../src/core/import/decode'
import { checkDocument } from '../../../src/core/checks/engine'
import { rollover, RolloverError, locateFlag } from '../../../src/core/rollover'
import { printBlocks, speechToText, textOffsets } from '../../../src/core/text'
import { outlineJSON } from '../../../src/core/outline'
import { speechHtml } from '../../../src/core/export/html'
import { paginate, cellWidth } from '../../../src/core/export/paginate'
import { speechDocx } from '../../../src/core/export/docx'
import { LAYOUTS, type Layout } from '../../../src/core/export/layout'
import { docxToText } from '../../../src/core/import/docx'
import { figuresToCsv, parseFiguresCsv } from '../../../src/core/figures/csv'
import { FigureIndex, figuresFromRows, normalizeLabel } from '../../../src/core/figures/model'
import { fillSlots } from '../../../src/core/figures/fill'
import { slotsOf } from '../../../src/core/outline'
import { BackupError, makeBackup, parseBackup } from '../../../src/core/backup'
import { speechToJSON } from '../../../src/core/serialize'
import { damage, random, roughSpeech, type Random } from './generate'
import { expectKept } from '../text-kept'
import { expectChinese, expectUserMessage } from '../messages'

const require = createRequire(import.meta.url)
const mammoth = async () => require('mammoth')

/** The most one case may take; a slower one is a failure (a near-hang), with its seed. */
export const CASE_MS = 10_000

export interface Outcome {
  seed: number
  /** The stage that failed and why; null when the case went through. */
  failure: { stage: string; message: string } | null
  /** The input was refused with a message (counted, not a failure). */
  refused: boolean
}

class StageError extends Error {
  constructor(
    readonly stage: string,
    message: string,
  ) {
    super(message)
  }
}

/** Time spent per stage, for tuning what CI can afford. */
export const stageMs = new Map<string, number>()

async function stage<T>(name: string, run: () => T | Promise<T>): Promise<T> {
  const t = performance.now()
  try {
    return await run()
  } catch (e) {
    if (e instanceof StageError) throw e
    throw new StageError(name, e instanceof Error ? `${e.constructor.name}: ${e.message}` : String(e))
  } finally {
    stageMs.set(name, (stageMs.get(name) ?? 0) + performance.now() - t)
  }
}

/** UTF-8 mostly; sometimes UTF-16 with its BOM, written unit by unit so broken surrogates go through as they are. */
function encode(r: Random, text: string): Uint8Array {
  if (!r.chance(0.1)) return new TextEncoder().encode(text)
  const out = new Uint8Array(2 + text.length * 2)
  out.set([0xff, 0xfe])
  for (let i = 0; i < text.length; i++) {
    out[2 + i * 2] = text.charCodeAt(i) & 0xff
    out[3 + i * 2] = text.charCodeAt(i) >> 8
  }
  return out
}

/** The text of an HTML export, as a reader of the page sees it. */
function htmlText(html: string): string {
  return html
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
}

/** The speech as a person reads it: an empty slot is a blank (＿＿万元), not its {{…}} marker. */
const readingText = (doc: PMNode) =>
  printBlocks(doc, { slots: 'blank' })
    .map((b) => b.runs.map((x) => x.text).join(''))
    .join('\n')

/** What XML 1.0 forbids goes out as U+FFFD, as in every export. */
const xml10 = (t: string) => t.replace(/[^\t\n\r\x20-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, '\ufffd')

/** A refusal must be one the user can act on; anything else thrown is a failure. */
function refusal(e: unknown): boolean {
  if (!(e instanceof ImportError || e instanceof RolloverError || e instanceof BackupError)) throw e
  expectUserMessage(e.message)
  return true
}

function checkPages(doc: PMNode, layout: Layout) {
  for (const page of paginate(doc, layout)) {
    for (const line of page.lines) {
      const cells = line.runs.reduce((n, run) => n + [...run.text].reduce((m, ch) => m + cellWidth(ch), 0), 0)
      const room =
        (line.style === 'title'
          ? Math.floor((layout.charsPerLine * layout.bodyPt) / layout.titlePt)
          : layout.charsPerLine) - line.indent
      // Closing punctuation may hang one cell past the end.
      if (cells > room + 1)
        throw new Error(`一行排了 ${cells} 格，超出版心（${room} 格）：${line.runs.map((x) => x.text).join('')}`)
    }
  }
}

export interface CaseOptions {
  /** Also export and read back a .docx and try damaged copies of it (slower). */
  docx: boolean
}

export async function runCase(seed: number, { docx }: CaseOptions): Promise<Outcome> {
  const r = random(seed)
  const text = roughSpeech(r)
  const outcome: Outcome = { seed, failure: null, refused: false }
  try {
    const loaded = await stage('import', async () => {
      try {
        return await loadSpeechFile(encode(r, text), 'speech.txt', mammoth)
      } catch (e) {
        outcome.refused = refusal(e)
        return null
      }
    })
    if (!loaded) return outcome
    const doc = loaded.doc
    const notes = loaded.speech?.notes ?? []
    const txt = await stage('text export', () => speechToText(doc))
    await stage('no lost text after import', () => expectKept(text.replace(/\uFEFF/g, ''), txt, notes))
    await stage('outline', () => outlineJSON(doc))
    await stage('checks', () => {
      const offset = textOffsets(doc)
      for (const f of checkDocument(doc)) {
        if (f.from < 0 || f.to > doc.content.size || f.from > f.to)
          throw new Error(`检查结果的位置不对：${f.rule} ${f.from}-${f.to}`)
        const [a, b] = [offset(f.from), offset(f.to)]
        if (a < 0 || b > txt.length || a > b) throw new Error(`检查结果在文本中的位置不对：${f.rule} ${a}-${b}`)
        // Where the finding covers plain text of one block, the offsets must land on those very words.
        const [$from, $to] = [doc.resolve(f.from), doc.resolve(f.to)]
        const words = doc.textBetween(f.from, f.to, '\n', '\uFFFC')
        const inOneBlock = $from.parent === $to.parent && $from.parent.isTextblock && !words.includes('\uFFFC')
        if (inOneBlock && xml10(words) !== txt.slice(a, b))
          throw new Error(`检查结果在文本中指错了地方：${f.rule}“${words}”≠“${txt.slice(a, b)}”`)
        expectChinese(f.message)
      }
    })
    await stage('roll-over', () => {
      let rolled: ReturnType<typeof rollover>
      try {
        rolled = rollover(doc, r.chance(0.2) ? { toPlanYear: 1901 + r.int(300) } : {})
      } catch (e) {
        refusal(e)
        return
      }
      expectKept(doc.textContent.replace(/\d/g, ''), rolled.doc.textContent, [], '换年')
      for (const flag of rolled.flags)
        if (flag.from < 0 || flag.to > rolled.doc.content.size) throw new Error(`换年提示的位置不对：${flag.kind}`)
      // Finding a flag again walks the speech: a few are enough to exercise it.
      for (const flag of rolled.flags.slice(0, 3)) locateFlag(rolled.doc, flag)
      speechToText(rolled.doc)
    })
    const layout = r.pick(Object.values(LAYOUTS))
    await stage('html export', () => {
      const html = speechHtml(doc, layout, { draft: r.chance(0.3) })
      // A person reads an empty slot as a blank (＿＿万元), not as its {{…}} marker.
      expectKept(readingText(doc), htmlText(html), [], 'HTML 导出')
    })
    await stage('pages', () => checkPages(doc, layout))
    await stage('figures CSV and fill', () => {
      const rows = slotsOf(doc)
        .filter(
          (s) => s.attrs.role === 'metric' && s.attrs.value !== null && s.attrs.year !== null && s.attrs.label.trim(),
        )
        .map((s) => ({
          label: s.attrs.label,
          year: s.attrs.year!,
          value: s.attrs.value!,
          unit: s.attrs.unit,
          kind: s.attrs.kind,
        }))
      const back = parseFiguresCsv(new TextEncoder().encode(figuresToCsv(rows)))
      const key = (x: { label: string; year: number; value: string; kind: string }) =>
        `${xml10(x.label).trim()}|${x.year}|${x.value}|${x.kind}`
      // Rows that give one figure (name, year, kind) different numbers are none of them imported,
      // and said (csv.ts): a random speech may state one figure twice with two numbers. What comes
      // back is the rows in their order, less only such rows.
      const figure = (x: (typeof rows)[number]) => `${normalizeLabel(xml10(x.label).trim())}|${x.year}|${x.kind}`
      const backKeys = back.rows.map(key)
      let at = 0
      const left: (typeof rows)[number][] = []
      for (const x of rows) {
        if (at < backKeys.length && backKeys[at] === key(x)) at++
        else left.push(x)
      }
      const conflicting = (x: (typeof rows)[number]) =>
        rows.some((o) => figure(o) === figure(x) && (o.value !== x.value || o.unit !== x.unit))
      const lost = left.filter((x) => !conflicting(x))
      if (left.length && !back.errors.some((e) => e.message.includes('不同的数')))
        throw new Error(`CSV 导出再导入后少了 ${left.length} 行，却没有说`)
      if (at < backKeys.length || lost.length)
        throw new Error(`CSV 导出再导入后不同：${back.errors.map((e) => e.message).join('；')}`)
      const { metrics, values } = figuresFromRows(back.rows)
      fillSlots(doc, new FigureIndex(metrics, values), { reviewYear: r.chance(0.3) ? 1900 + r.int(300) : null })
      try {
        parseFiguresCsv(encode(r, text.replace(/\n/g, r.pick(['\n', ',', '\t']))))
      } catch (e) {
        refusal(e)
      }
    })
    await stage('backup', () => {
      const now = Date.now()
      const backup = makeBackup(
        [{ id: `d${seed}`, title: 't', createdAt: now, updatedAt: now, origin: 'import', speech: speechToJSON(doc) }],
        null,
      )
      let json = JSON.stringify(backup)
      for (let i = r.int(4); i > 0; i--) {
        const at = r.int(json.length)
        json =
          json.slice(0, at) +
          r.pick(['"__proto__":{},', 'null', '1e999', '"', '{', ']', '-1', '"x"', '']) +
          json.slice(at + r.int(8))
      }
      try {
        parseBackup(json)
      } catch (e) {
        refusal(e)
      }
    })
    if (docx) {
      // The input as a .docx a department would send: a paragraph a line, runs split inside words and figures.
      await stage('docx import', async () => {
        const d = await import('docx')
        const paragraphs = text
          .split(/\r\n|\r|\n/)
          .map(
            (line) =>
              new d.Paragraph({ children: (line.match(/[\s\S]{1,7}/gu) ?? []).map((t) => new d.TextRun({ text: t })) }),
          )
        const bytes = new Uint8Array(
          await d.Packer.toArrayBuffer(new d.Document({ sections: [{ children: paragraphs }] })),
        )
        let loaded: Awaited<ReturnType<typeof loadSpeechFile>>
        try {
          loaded = await loadSpeechFile(bytes, 'speech.docx', mammoth)
        } catch (e) {
          refusal(e)
          return
        }
        expectKept(text.replace(/\uFEFF/g, ''), speechToText(loaded.doc), loaded.speech?.notes ?? [], '.docx 导入')
      })
      const bytes = await stage('docx export', () =>
        speechDocx(doc, r.pick(Object.values(LAYOUTS)), { draft: r.chance(0.3) }),
      )
      await stage('docx read back', async () =>
        expectKept(readingText(doc), await docxToText(bytes, mammoth), [], '.docx 导出'),
      )
      await stage('damaged docx', async () => {
        for (let i = 0; i < 3; i++) {
          try {
            await loadSpeechFile(damage(r, bytes), 'speech.docx', mammoth)
          } catch (e) {
            refusal(e)
          }
        }
      })
    }
  } catch (e) {
    const s = e instanceof StageError ? e : new StageError('?', String(e))
    outcome.failure = { stage: s.stage, message: s.message.slice(0, 500) }
  }
  return outcome
}
