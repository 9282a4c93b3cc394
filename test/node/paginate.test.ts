/** Lines and pages on the layout's grid: pure, so the preview, the print and the .docx agree. */
import { describe, expect, it } from 'vitest'
import { importText } from '../../src/core/import'
import { paginate, breakLines, cellWidth, type Page } from '../../src/core/export/paginate'
import { centredLines } from '../../src/core/export/title-lines'
import { LAYOUTS } from '../../src/core/export/layout'
import { printBlocks } from '../../src/core/text'
import { fixture } from './helpers'
import { doc, fig, greeting, h2, h3, issueDate, opening, p, part, section, signer, title } from './build'

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
    // paginated inside each test: a mutant is active only while a test runs
    const pagesOf = () => paginate(seed, layout)
    it('keeps every line within the grid and every page within its lines', () => {
      const pages = pagesOf()
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
      const pages = pagesOf()
      for (const p of pages.slice(0, -1))
        expect(['h1', 'h2', 'title', 'subtitle'].includes(p.lines.at(-1)!.style)).toBe(false)
    })
    it('loses no text: the pages hold the whole speech, empty slots as blanks', () => {
      const pages = pagesOf()
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

describe('pagination on the grid, exact (GB/T 9704: 22 lines of 28 cells)', () => {
  const layout = LAYOUTS.gongwen
  /** A body paragraph of exactly one full line: two cells of indent and 26 characters. */
  const line = (ch = '一') => p(ch.repeat(26))
  /** A speech whose title and opening fill `filled` lines of the first page. */
  const speech = (filled: number, ...parts: ReturnType<typeof part>[]) =>
    doc(title('讲话'), opening(...Array.from({ length: filled - 1 }, () => line())), ...parts)
  const shape = (pages: Page[]) => pages.map((pg) => pg.lines.length)
  const firstLine = (pg: Page) => `${pg.lines[0].style}:${lineText(pg.lines[0])}`

  it('moves a part heading that would fall on the last line of a page to the next page, with its first line', () => {
    const pages = paginate(speech(21, part(h2('工作回顾'), line('二'))), layout)
    expect(shape(pages)).toEqual([21, 2])
    expect(firstLine(pages[1])).toBe('h1:一、工作回顾')
    expect(pages[0].lines.at(-1)!.style).toBe('body')
  })
  it('leaves the heading where it is when it and its first line both fit', () => {
    const pages = paginate(speech(20, part(h2('工作回顾'), line('二'))), layout)
    expect(shape(pages)).toEqual([22])
    expect(pages[0].lines.map((l) => l.style).slice(-2)).toEqual(['h1', 'body'])
  })
  it('keeps a run of headings (a part and its first section) together with the line after them', () => {
    const run = () => part(h2('工作回顾'), section(h3('稳就业'), line('三')))
    const moved = paginate(speech(20, run()), layout)
    expect(shape(moved)).toEqual([20, 3])
    expect(moved[1].lines.map(lineText)).toEqual(['一、工作回顾', '（一）稳就业', '三'.repeat(26)])
    expect(shape(paginate(speech(19, run()), layout))).toEqual([22])
  })
  it('lets a heading with nothing after it take the last line', () => {
    expect(shape(paginate(speech(21, part(h2('工作回顾'))), layout))).toEqual([22])
  })
  it('does not move a heading longer than a page: it could never fit', () => {
    const pages = paginate(speech(3, part(h2('长'.repeat(26 * 23)), line('二'))), layout)
    expect(pages[0].lines.length).toBe(22)
    expect(pages[0].lines[3].style).toBe('h1')
  })
  // Tryout 6: the printed 主持词's page 2 began with “话。” alone, the last line of a paragraph on page 1.
  describe('never leaves one line of a paragraph alone at the head or foot of a page', () => {
    /** A body paragraph of `n` full lines. */
    const lines = (n: number, ch = '二') => p(ch.repeat(26 + 28 * (n - 1)))
    /** Title and opening filling `filled` lines, then a paragraph of `n` lines. */
    const following = (filled: number, n: number) =>
      doc(title('讲话'), opening(...Array.from({ length: filled - 1 }, () => line()), lines(n)))
    it('a paragraph of three lines with room for two goes whole to the next page, not two and “话。”', () => {
      const pages = paginate(following(20, 3), layout)
      expect(shape(pages)).toEqual([20, 3])
      expect(lineText(pages[1].lines[0])).toBe('二'.repeat(26))
    })
    it('its first line does not stay alone at the foot of a page', () => {
      expect(shape(paginate(following(21, 3), layout))).toEqual([21, 3])
      expect(shape(paginate(following(21, 6), layout))).toEqual([21, 6])
    })
    it('a longer paragraph gives the next page its last two lines', () => {
      expect(shape(paginate(following(18, 5), layout))).toEqual([21, 2])
      expect(shape(paginate(following(19, 5), layout))).toEqual([22, 2])
      expect(shape(paginate(following(20, 5), layout))).toEqual([22, 3])
    })
    it('a paragraph that fits stays where it is, and a heading goes with as many lines as may begin a page', () => {
      expect(shape(paginate(following(19, 3), layout))).toEqual([22])
      const headed = (filled: number) => speech(filled, part(h2('工作回顾'), lines(3)))
      expect(shape(paginate(headed(19), layout))).toEqual([19, 4])
      expect(shape(paginate(headed(18), layout))).toEqual([22])
    })
  })
  it('does not carry a blank line to the top of a page', () => {
    const long = doc(title('题'.repeat(20 * 22)), greeting('同志们：'), opening(line()))
    const pages = paginate(long, layout)
    expect(shape(pages)).toEqual([22, 2])
    expect(firstLine(pages[1])).toBe('greeting:同志们：')
  })
  it('paginates only the paragraphs of one part when asked', () => {
    const d = speech(2, part(h2('工作回顾'), line('二')), part(h2('工作任务'), line('三')))
    let from = 0
    let to = 0
    d.forEach((node, offset, index) => {
      if (index === 3) [from, to] = [offset, offset + node.nodeSize]
    })
    const pages = paginate(d, layout, { within: { from, to } })
    expect(pages.flatMap((pg) => pg.lines.map(lineText))).toEqual(['二、工作任务', '三'.repeat(26)])
  })
  it('sets each line: indent on the first line only, justified but for the last, titles and signers aligned', () => {
    const d = doc(title('讲话'), opening(p('一'.repeat(30))), signer('某某县人民政府'), issueDate('2025年1月6日'))
    const lines = paginate(d, layout)[0].lines.map((l) => [
      l.style,
      lineText(l),
      l.indent,
      l.align,
      l.rightIndent,
      l.justify,
    ])
    expect(lines).toEqual([
      ['title', '讲话', 0, 'center', 0, false],
      ['body', '一'.repeat(26), 2, 'left', 0, true],
      ['body', '一'.repeat(4), 0, 'left', 0, false],
      ['blank', '', 0, 'left', 0, false],
      ['blank', '', 0, 'left', 0, false],
      ['signer', '某某县人民政府', 0, 'right', expect.any(Number), false],
      ['issue-date', '2025年1月6日', 0, 'right', 4, false],
    ])
  })
  it('numbers the pages from 1, prints an empty heading with its number and an empty figure as a blank', () => {
    const pages = paginate(
      speech(21, part(h2(''), p('新增就业', fig('新增就业', null, '人'), '。')), part(h2('任务'), line('三'))),
      layout,
    )
    expect(pages.map((pg) => pg.number)).toEqual([1, 2])
    expect(pages[1].lines.map(lineText)).toEqual(['一、', '新增就业＿＿人。', '二、任务', '三'.repeat(26)])
  })
  it('breaks a signer set in from the right on the narrower line', () => {
    const d = doc(title('讲话'), opening(line()), signer('某'.repeat(27)))
    const signed = paginate(d, layout)[0].lines.filter((l) => l.style === 'signer')
    expect(signed.map((l) => [[...lineText(l)].length, l.rightIndent])).toEqual([
      [26, 2],
      [1, 2],
    ])
  })
  it('sets a title in fewer, larger characters', () => {
    // 28 cells of 三号 make 20 of 二号: floor(28 × 16 / 22)
    const widths = (n: number) =>
      paginate(doc(title('题'.repeat(n)), opening(line())), layout)[0]
        .lines.filter((l) => l.style === 'title')
        .map((l) => [...lineText(l)].length)
    expect(widths(20)).toEqual([20])
    expect(widths(21)).toEqual([10, 11])
    const centred = paginate(doc(title('题'.repeat(21)), opening(line())), layout)[0].lines.slice(0, 2)
    expect(centred.map((l) => [l.align, l.justify])).toEqual([
      ['center', false],
      ['center', false],
    ])
  })
})

describe('line breaking, exact', () => {
  const text = (lines: ReturnType<typeof breakLines>) => lines.map((l) => l.map((r) => r.text).join(''))
  const body = (t: string) => [{ text: t, style: 'body' as const }]
  it('hangs a comma or a full stop past a full line, after a Chinese character', () => {
    expect(text(breakLines(body(`${'一'.repeat(28)}。二`), 28, 0))).toEqual([`${'一'.repeat(28)}。`, '二'])
  })
  it('hangs one mark only: a second brings the last character down with both', () => {
    expect(text(breakLines(body(`${'一'.repeat(28)}。。`), 28, 0))).toEqual(['一'.repeat(27), '一。。'])
  })
  it('brings the character before a closing quote down with it: a quote does not hang', () => {
    expect(text(breakLines(body(`${'一'.repeat(28)}”`), 28, 0))).toEqual(['一'.repeat(27), '一”'])
  })
  it('carries at most three closing marks and the character before them, so no line is only punctuation', () => {
    expect(text(breakLines(body(`${'一'.repeat(23)}”）》」』”`), 28, 0))).toEqual([`${'一'.repeat(23)}”`, '）》」』”'])
    expect(text(breakLines(body(`${'一'.repeat(26)}）》”`), 28, 0))).toEqual(['一'.repeat(25), '一）》”'])
  })
  it('brings a number down with its full stop rather than hang the stop after a digit', () => {
    expect(text(breakLines(body(`${'一'.repeat(24)}12345678。`), 28, 0))).toEqual(['一'.repeat(24), '12345678。'])
  })
  it('cuts a run of digits wider than the line into pieces that fit, the first beside the indent', () => {
    expect(text(breakLines(body('1'.repeat(70)), 28, 2))).toEqual(['1'.repeat(52), '1'.repeat(18)])
  })
  it('never empties a line to carry a mark: one token filling a line keeps it, the mark goes on', () => {
    expect(text(breakLines(body(`${'1'.repeat(56)}。`), 28, 0))).toEqual(['1'.repeat(56), '。'])
  })
  it('adds no empty line for a space at the end', () => {
    expect(text(breakLines(body(`${'一'.repeat(28)} `), 28, 0))).toEqual(['一'.repeat(28)])
  })
  it('drops the spaces a line breaks at', () => {
    expect(text(breakLines(body(`${'一'.repeat(28)} 二`), 28, 0))).toEqual(['一'.repeat(28), '二'])
    expect(text(breakLines(body(`${'一'.repeat(28)}   二`), 28, 0))).toEqual(['一'.repeat(28), '二'])
  })
  it('keeps the runs of a line apart by style, merged within one', () => {
    const runs = [
      { text: '（一）', style: 'h2-runin' as const },
      { text: '稳就业。', style: 'h2-runin' as const },
      { text: '全年新增就业。', style: 'body' as const },
    ]
    expect(breakLines(runs, 28, 2)).toEqual([
      [
        { text: '（一）稳就业。', style: 'h2-runin' },
        { text: '全年新增就业。', style: 'body' },
      ],
    ])
  })
  it('gives an empty text one empty line', () => {
    expect(breakLines(body(''), 28, 2)).toEqual([[]])
  })
})
