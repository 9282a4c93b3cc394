import { describe, expect, it } from 'vitest'
import { importText } from '../../src/core/import'
import { paginate } from '../../src/core/export/paginate'
import { LAYOUTS } from '../../src/core/export/layout'
import { speechHtml } from '../../src/core/export/html'
import { fixture } from './helpers'
import { htmlToPdf, withBrowser } from './pdf'

const seed = importText(fixture('seed-hrss-2022.txt')).doc

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

/**
 * Tryout 10 #10: large print ended page 5 with "…达到4.3" and began page 6 with "亿元". One paragraph
 * per offset of the figure in its line, so that in both layouts some line ends where the figure is,
 * with figures of several departments: money with 亿, 余/多 with 万, a count, a share.
 */
describe('a figure and its unit on one line (tryout 10 #10)', () => {
  const FIGURES = ['4.3亿元', '4万余户', '2000人', '160家', '97%', '3.6个百分点', '15.03万亩']
  const paragraphs = Array.from(
    { length: 30 },
    (_, k) => `${'各'.repeat(k)}全年力争${FIGURES[k % FIGURES.length]}以上。`,
  )
  const speech = importText(`讲话\n同志们：\n${paragraphs.join('\n')}\n谢谢大家！\n`).doc
  /** Each line break inside a figure: the end of one line and the start of the next. */
  const splits = (lines: string[]) =>
    lines.flatMap((line, i) => {
      const next = lines[i + 1] ?? ''
      return FIGURES.filter((f) =>
        [...f].some(
          (_c, j) => j > 0 && line.trimEnd().endsWith(f.slice(0, j)) && next.trimStart().startsWith(f.slice(j)),
        ),
      ).map((f) => `${line.trim()} | ${next.trim()} (${f})`)
    })

  for (const name of ['gongwen', 'reading'] as const) {
    it(`${name}: no line break inside a figure, read back from the printed PDF`, async () => {
      const pages = paginate(speech, LAYOUTS[name])
      const lines = pages.flatMap((p) => p.lines.map((l) => l.runs.map((r) => r.text).join('')))
      expect(splits(lines)).toEqual([])
      // The paragraphs reach every place in a line: figures stand where lines break, and go down whole.
      expect(lines.filter((l) => FIGURES.some((f) => l.trimStart().startsWith(f))).length).toBeGreaterThan(2)
      await withBrowser(async (browser) => {
        const pdf = await htmlToPdf(browser, speechHtml(speech, LAYOUTS[name]))
        const printed = pdf.pages.flatMap((t) => t.split('\n')).filter((l) => l.trim())
        expect(printed.join('').replace(/\s/g, '')).toContain('全年力争4.3亿元以上。')
        expect(splits(printed)).toEqual([])
      })
    }, 60_000)
  }
})
