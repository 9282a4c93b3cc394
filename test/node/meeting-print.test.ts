import { describe, expect, it } from 'vitest'
import { execFileSync } from 'node:child_process'
import { createRequire } from 'node:module'
import JSZip from 'jszip'
import { speechHtml } from '../../src/core/export/html'
import { speechDocx } from '../../src/core/export/docx'
import { LAYOUTS, textBlockMm } from '../../src/core/export/layout'
import { paginate } from '../../src/core/export/paginate'
import { docxToText } from '../../src/core/import/docx'
import { DEFAULT_LAYOUT, parseMeetingFile, setMeetingValue, type MeetingDocKind } from '../../src/core/meeting'
import { documents, exampleMeeting, SUMMARY } from './meeting-helpers'
import { htmlToPdf, withBrowser } from './pdf'

const require = createRequire(import.meta.url)
const mammoth = async () => require('mammoth')
const docs = documents(setMeetingValue(exampleMeeting(), 'items.1.summary', SUMMARY))
const PT_PER_MM = 72 / 25.4
const flat = (s: string) => s.replace(/\s/g, '')

/** Words of a PDF page with their boxes (pdftotext -bbox), in points. */
function words(file: string, page: number): { text: string; xMax: number; yMin: number }[] {
  const html = execFileSync('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), file, '-'], {
    encoding: 'utf8',
  })
  return [...html.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g)].map(
    (m) => ({ text: m[3], yMin: Number(m[1]), xMax: Number(m[2]) }),
  )
}

/** Each of `parts` appears in the text, each after the one before. */
function inOrder(text: string, parts: string[]) {
  let at = 0
  for (const part of parts) {
    const found = flat(text).indexOf(flat(part), at)
    expect(found, `“${part}” after position ${at} in ${flat(text)}`).toBeGreaterThanOrEqual(0)
    at = found + flat(part).length
  }
}

describe('the meeting’s documents printed to PDF in Chromium and read back', () => {
  it('the notice in the GB/T 9704 layout: title, weekday, items in order, signer and date 右空四字', async () => {
    const layout = LAYOUTS[DEFAULT_LAYOUT.notice]
    await withBrowser(async (browser) => {
      const pdf = await htmlToPdf(browser, speechHtml(docs.notice, layout))
      expect(pdf.info['Page size']).toMatch(/\(A4\)$/)
      expect(pdf.pages).toHaveLength(paginate(docs.notice, layout).length)
      const text = pdf.pages.join('')
      inOrder(text, [
        '关于召开2027年全县农业农村工作会议的通知',
        '各乡镇人民政府，县直有关部门：',
        '2027年2月12日（星期五）上午9:00',
        '1.县政府办主任李华宣读表彰决定；',
        '2.县长张强讲话。',
        '县农业农村局',
        '2027年2月1日',
      ])
      // On the last page the date's right edge is four characters in from the text block's, the signer's too.
      const last = words(pdf.file, pdf.pages.length)
      const date = last.find((w) => w.text === '2027年2月1日')!
      const signer = last.find((w) => w.text === '县农业农村局')!
      const cell = textBlockMm(layout).width / layout.charsPerLine
      const edge = (210 - layout.margin.right - 4 * cell) * PT_PER_MM
      expect(Math.abs(date.xMax - edge)).toBeLessThan(1.5)
      expect(Math.abs(signer.xMax - edge)).toBeLessThan(1.5)
      expect(date.yMin).toBeGreaterThan(signer.yMin)
      // The signoff never stands alone on a page.
      expect(last.some((w) => /[\u4e00-\u9fff]/.test(w.text) && w.yMin < signer.yMin - 40)).toBe(true)
    })
  }, 60_000)

  it('the agenda on one page: title, weekday, items in order', async () => {
    await withBrowser(async (browser) => {
      const pdf = await htmlToPdf(browser, speechHtml(docs.agenda, LAYOUTS[DEFAULT_LAYOUT.agenda]))
      expect(pdf.pages).toHaveLength(1)
      inOrder(pdf.pages[0], [
        '2027年全县农业农村工作会议议程',
        '2027年2月12日（星期五）上午9:00',
        '一、县政府办主任李华宣读表彰决定',
        '二、县长张强讲话',
      ])
    })
  }, 60_000)

  it('the script in the reading layout: title, 现在开会, the items announced and called in order', async () => {
    const layout = LAYOUTS[DEFAULT_LAYOUT.script]
    expect(layout.id).toBe('reading')
    await withBrowser(async (browser) => {
      const pdf = await htmlToPdf(browser, speechHtml(docs.script, layout))
      expect(pdf.pages).toHaveLength(paginate(docs.script, layout).length)
      pdf.pages.forEach((page, i) => {
        expect(flat(page)).toContain(`-${i + 1}-`)
      })
      inOrder(pdf.pages.join(''), [
        '2027年全县农业农村工作会议主持词',
        '同志们：',
        '现在开会。',
        '今天的会议有两项议程',
        '下面进行会议第一项议程，请县政府办主任李华同志宣读表彰决定。',
        '下面进行会议第二项议程，请县长张强同志讲话。',
        '散会。',
      ])
    })
  }, 60_000)

  // Tryout 6: her 主持词 printed with page 2 beginning “话。” and page 3 holding only “散会。”.
  it('the script of a district meeting: no page begins with one line of a paragraph, nor holds 散会。 alone', async () => {
    const meeting = parseMeetingFile(
      JSON.stringify({
        format: 'jianggao-meeting',
        name: '全区住房和城乡建设工作会议',
        organiser: '区住房和城乡建设局',
        date: '2027-02-10',
        start: '09:00',
        place: '区政务服务中心五楼会议室',
        issued: '2027-02-01',
        chair: { name: '刘晓燕', title: '副局长' },
        attendees: ['各街道、镇分管住建工作的负责同志', '区住建局班子成员、各科室和二级单位主要负责人'],
        items: [
          { action: '宣读', what: '表彰决定', who: { name: '刘晓燕', title: '副局长' } },
          {
            action: '交流发言',
            who: [
              { name: '赵志刚', title: '区建工集团有限公司董事长' },
              { name: '孙丽', title: '白云街道办事处主任' },
            ],
          },
          {
            action: '讲话',
            who: { name: '李卫东', title: '区住房和城乡建设局局长' },
            summary: '全面总结了2026年全区住房和城乡建设工作，安排部署了2027年重点任务，',
          },
        ],
      }),
    )
    const script = documents(meeting).script
    await withBrowser(async (browser) => {
      const pdf = await htmlToPdf(browser, speechHtml(script, LAYOUTS.reading))
      const lines = pdf.pages.map((page) =>
        page
          .split('\n')
          .map(flat)
          .filter((l) => l && !/^-\d+-$/.test(l)),
      )
      expect(lines.length).toBe(3)
      // Page 2 begins with two lines of the paragraph page 1 ends in, not with 话。 alone.
      expect(lines[1].slice(0, 2)).toEqual(['发言；三是区住房和城乡建设局局长李卫东讲', '话。'])
      expect(lines[2].at(-1)).toBe('散会。')
      expect(lines[2].length).toBeGreaterThan(1)
    })
  }, 60_000)
})

describe('the meeting’s documents as .docx', () => {
  for (const kind of ['notice', 'agenda', 'script'] as MeetingDocKind[]) {
    it(`${kind}: a real file whose text reads back with the title and the items in order`, async () => {
      const bytes = await speechDocx(docs[kind], LAYOUTS[DEFAULT_LAYOUT[kind]])
      const text = await docxToText(bytes, mammoth)
      const items =
        kind === 'script'
          ? ['请县政府办主任李华同志宣读表彰决定', '请县长张强同志讲话']
          : ['县政府办主任李华宣读表彰决定', '县长张强讲话']
      inOrder(text, ['2027年全县农业农村工作会议', ...items])
    })
  }

  it('notice: the signer and the date are right-aligned, four characters in', async () => {
    const layout = LAYOUTS.gongwen
    const zip = await JSZip.loadAsync(await speechDocx(docs.notice, layout))
    const xml = await zip.file('word/document.xml')!.async('string')
    const cellTwips = (textBlockMm(layout).width / layout.charsPerLine) * (1440 / 25.4)
    // A paragraph by its text (digits sit in runs of their own: they are set half a cell wide).
    const textOf = (p: string) => [...p.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')
    const paragraph = (words: string) => xml.split('</w:p>').find((p) => textOf(p) === words)!
    for (const words of ['县农业农村局', '2027年2月1日']) {
      expect(paragraph(words)).toContain('<w:jc w:val="right"/>')
      expect(paragraph(words)).toContain(`<w:ind w:right="${Math.round(4 * cellTwips)}"/>`)
    }
    expect(paragraph('各乡镇人民政府，县直有关部门：')).not.toContain('w:firstLine')
  })
})

describe('the meeting’s document titles, printed and in .docx', () => {
  // Names as departments write them, long enough that the title takes two lines in some layout.
  const NAMES = [
    '2023年全县人力资源和社会保障工作会议',
    '全县农业农村工作暨乡村振兴推进会议',
    '2027年全市教育系统党风廉政建设工作会议',
  ]
  const titleLines = (doc: ReturnType<typeof documents>[MeetingDocKind], layout: (typeof LAYOUTS)['gongwen']) =>
    paginate(doc, layout)[0]
      .lines.filter((l) => l.style === 'title')
      .map((l) => l.runs.map((r) => r.text).join(''))

  it('break between words as the speech’s title does: no character alone, 议程 and 会议 whole', async () => {
    let broken = 0
    for (const name of NAMES) {
      const named = documents(setMeetingValue(exampleMeeting(), 'name', name))
      for (const kind of ['notice', 'agenda', 'script'] as MeetingDocKind[])
        for (const layout of Object.values(LAYOUTS)) {
          const lines = titleLines(named[kind], layout)
          if (lines.length > 1) broken++
          const where = `${kind} in ${layout.id}: ${lines.join(' | ')}`
          for (const line of lines) expect([...line].length, where).toBeGreaterThan(1)
          for (let i = 1; i < lines.length; i++) {
            const seam = lines[i - 1].slice(-1) + lines[i][0]
            expect(['议程', '会议', '工作', '通知', '资源', '保障'], where).not.toContain(seam)
          }
          // The .docx breaks its title where the printout does.
          const zip = await JSZip.loadAsync(await speechDocx(named[kind], layout))
          const xml = await zip.file('word/document.xml')!.async('string')
          const title = xml.slice(0, xml.indexOf('</w:p>', xml.indexOf('<w:body>')))
          const docxLines = title
            .split('<w:br/>')
            .map((part) => [...part.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
          expect(docxLines, where).toEqual(lines)
        }
    }
    // The rule was put to work: some titles did take two lines.
    expect(broken).toBeGreaterThan(3)
  }, 60_000)
})
