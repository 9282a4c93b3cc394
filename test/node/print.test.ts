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
