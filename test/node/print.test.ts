import { describe, expect, it } from 'vitest'
import { importText } from '../../src/core/import'
import { paginate, breakLines, cellWidth, type Page } from '../../src/core/export/paginate'
import { centredLines } from '../../src/core/export/title-lines'
import { LAYOUTS } from '../../src/core/export/layout'
import { speechHtml } from '../../src/core/export/html'
import { printBlocks } from '../../src/core/text'
import { fixture } from './helpers'
import { htmlToPdf, withBrowser } from './pdf'

const seed = importText(fixture('seed-hrss-2022.txt')).doc
const cells = (s: string) => [...s].reduce((n, ch) => n + cellWidth(ch), 0)
const lineText = (l: Page['lines'][number]) => l.runs.map((r) => r.text).join('')

describe('line breaking on the grid', () => {
  it('fills 28 cells, digits count half', () => {
    const lines = breakLines([{ text: '一'.repeat(30), style: 'body' }], 28, 2)
    expect(lines.map((l) => l[0].text.length)).toEqual([26, 4])
    expect(cells('2021年')).toBe(3)
  })
  it('never starts a line with closing punctuation nor ends one with opening punctuation', () => {
    const closing = breakLines([{ text: '一'.repeat(28) + '。二', style: 'body' }], 28, 0)
    expect(closing[0][0].text.endsWith('。')).toBe(true)
    const opening = breakLines([{ text: '一'.repeat(27) + '“二三”', style: 'body' }], 28, 0)
    expect(opening[0][0].text.endsWith('“')).toBe(false)
    expect(opening[1][0].text.startsWith('“')).toBe(true)
    // Two closing marks at the end: the second cannot hang too, so a character comes down with them.
    const two = breakLines([{ text: '一'.repeat(27) + '二”，三', style: 'body' }], 28, 0)
    expect(two.map((l) => l[0].text)).toEqual(['一'.repeat(27), '二”，三'])
  })
  it('does not break inside a number', () => {
    const lines = breakLines([{ text: '一'.repeat(27) + '3250人', style: 'body' }], 28, 0)
    expect(lines[1][0].text).toBe('3250人')
  })
})

for (const layout of Object.values(LAYOUTS)) {
  describe(`pagination, ${layout.name}`, () => {
    const pages = paginate(seed, layout)
    it('keeps every line within the grid and every page within its lines', () => {
      for (const p of pages) {
        expect(p.lines.length).toBeLessThanOrEqual(layout.linesPerPage)
        for (const l of p.lines) {
          const capacity =
            l.style === 'title'
              ? Math.floor((layout.charsPerLine * layout.bodyPt) / layout.titlePt)
              : layout.charsPerLine
          expect(cells(lineText(l)) + l.indent).toBeLessThanOrEqual(capacity + 1)
          expect('，。、；：？！”’）》'.includes(lineText(l)[0] ?? 'x')).toBe(false)
        }
      }
    })
    it('never leaves a heading alone at the bottom of a page', () => {
      for (const p of pages.slice(0, -1))
        expect(['h1', 'h2', 'title', 'subtitle'].includes(p.lines.at(-1)!.style)).toBe(false)
    })
    it('loses no text: the pages hold the whole speech, empty slots as blanks', () => {
      const paged = pages
        .flatMap((p) => p.lines.map(lineText))
        .join('')
        .replace(/\s/g, '')
      const printed = printBlocks(seed, { slots: 'blank' })
        .flatMap((b) => b.runs.map((r) => r.text))
        .join('')
      expect(paged).toBe(printed.replace(/\s/g, ''))
      expect(paged).not.toContain('{{')
      expect(paged).toContain('全年实现城镇新增就业＿＿人')
    })
  })
}

describe('printing to PDF in Chromium', () => {
  it('prints A4 pages with the text and the page numbers, in both layouts, and marks a draft', async () => {
    await withBrowser(async (browser) => {
      const gongwen = await htmlToPdf(browser, speechHtml(seed, LAYOUTS.gongwen))
      expect(gongwen.info['Page size']).toMatch(/^59[45](\.\d+)? x 84[12](\.\d+)? pts \(A4\)$/)
      expect(gongwen.pages).toHaveLength(paginate(seed, LAYOUTS.gongwen).length)
      const all = gongwen.pages.join('').replace(/\s/g, '')
      expect(all).toContain('聚力同心真抓实干推动人力资源和社会保障')
      expect(all).toContain('一、2021年工作回顾')
      expect(all).toContain('谢谢大家！')
      // pdftotext drops the thin spaces around the digits
      gongwen.pages.forEach((text, i) => {
        expect(text.replace(/\s/g, '')).toContain(`—${i + 1}—`)
      })
      expect(gongwen.pages.some((t) => t.includes('草稿'))).toBe(false)

      const reading = await htmlToPdf(browser, speechHtml(seed, LAYOUTS.reading, { draft: true }))
      expect(reading.pages).toHaveLength(paginate(seed, LAYOUTS.reading).length)
      expect(reading.pages.length).toBeGreaterThan(gongwen.pages.length)
      reading.pages.forEach((text, i) => {
        expect(text.replace(/\s/g, '')).toContain(`-${i + 1}-`)
        expect(text).toContain('草稿')
      })
    })
  }, 60_000)
})

describe('centred lines (the title) break between phrases, never inside a word', () => {
  const lines = (text: string, capacity: number) =>
    centredLines([{ text, style: 'title' }], capacity).map((l) => l.map((r) => r.text).join(''))
  it('breaks at the spaces between phrases when they fit', () => {
    expect(lines('凝心聚力 真抓实干 推动人力资源和社会保障工作再上新台阶', 20)).toEqual([
      '凝心聚力 真抓实干',
      '推动人力资源和社会保障工作再上新台阶',
    ])
    expect(lines('坚定信心　砥砺奋进　奋力谱写新时代农业农村现代化建设新篇章', 16)[0]).toBe(
      '坚定信心　砥砺奋进　奋力谱写',
    )
  })
  it('breaks a phrase longer than the line between words, after 和 rather than inside 人力资源 or 社会保障', () => {
    expect(lines('推动人力资源和社会保障工作再上新台阶', 16)).toEqual(['推动人力资源和', '社会保障工作再上新台阶'])
    expect(lines('——在全县人力资源和社会保障工作会议上的讲话', 20)).toEqual([
      '——在全县人力资源和',
      '社会保障工作会议上的讲话',
    ])
  })
  it('keeps a line that fits whole, and a number whole', () => {
    expect(lines('在2024年全县教育工作会议上的讲话', 20)).toEqual(['在2024年全县教育工作会议上的讲话'])
    for (const l of lines('奋力推动2024年全县教育事业高质量发展再上新台阶', 12)) expect(l).not.toMatch(/^\d|\d$/)
  })
  it('prints the 讲话稿 title of the seed on whole words', () => {
    const title = paginate(seed, LAYOUTS.reading)[0]
      .lines.filter((l) => l.style === 'title')
      .map(lineText)
    expect(title).toEqual(['聚力同心 真抓实干 推动人力资源和', '社会保障工作再上新台阶'])
  })
})
