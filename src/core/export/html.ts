/**
 * Pages as HTML: the print view, the live preview and `jianggao export --format html`.
 * Each line is its own element that may not wrap, so the browser prints exactly the lines
 * paginate.ts computed; full lines are spread to the width of the text block.
 */
import type { Node as PMNode } from 'prosemirror-model'
import { paginate, type Line, type Page } from './paginate'
import { pageNumberText, textBlockMm, PAGE_MM, type Layout } from './layout'
import { inlineText } from '../text'
import { cssFontStack } from './fonts'
import { firstOf } from '../schema'

const FONTS = {
  body: cssFontStack('body'),
  title: cssFontStack('title'),
  hei: cssFontStack('hei'),
  kai: cssFontStack('kai'),
  song: cssFontStack('song'),
}

const PT_MM = 25.4 / 72
const round = (n: number) => Math.round(n * 1000) / 1000

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => ESCAPES[c] ?? c)
}

/** The stylesheet of the pages of a layout (screen and print alike). */
export function pageCss(layout: Layout, scope = ''): string {
  const block = textBlockMm(layout)
  const cell = block.width / layout.charsPerLine
  const lineMm = block.height / layout.linesPerPage
  const spacing = (pt: number) => round(cell * (pt === layout.bodyPt ? 1 : 1) - pt * PT_MM)
  const s = scope ? `${scope} ` : ''
  return `
${s}.page { position: relative; box-sizing: border-box; width: ${PAGE_MM.width}mm; height: ${PAGE_MM.height}mm; overflow: hidden; background: #fff; color: #000;
  padding: ${layout.margin.top}mm ${layout.margin.right}mm ${layout.margin.bottom}mm ${layout.margin.left}mm; break-after: page; page-break-after: always; }
${s}.page:last-child { break-after: auto; page-break-after: auto; }
${s}.line { height: ${round(lineMm)}mm; line-height: ${round(lineMm)}mm; white-space: pre; font-family: ${FONTS.body}; font-size: ${layout.bodyPt}pt;
  letter-spacing: ${spacing(layout.bodyPt)}mm; font-kerning: none; }
${s}.line.justify { text-align: justify; text-align-last: justify; text-justify: inter-character; }
${s}.line.center { text-align: center; letter-spacing: normal; }
${s}.line.right { text-align: right; }
${s}.title { font-family: ${FONTS.title}; font-size: ${layout.titlePt}pt; }
${s}.subtitle, ${s}.byline, ${s}.h2, ${s}.h2-runin { font-family: ${FONTS.kai}; }
${s}.h1 { font-family: ${FONTS.hei}; }
${s}.page-number { position: absolute; bottom: ${round(layout.margin.bottom - 7 - layout.pageNumberPt * PT_MM)}mm; font-family: ${FONTS.song}; font-size: ${layout.pageNumberPt}pt; }
${s}.page-number.odd { right: ${round(layout.margin.right + cell)}mm; }
${s}.page-number.even { left: ${round(layout.margin.left + cell)}mm; }
${s}.page-number.center { left: 0; right: 0; text-align: center; }
${s}.watermark { position: absolute; left: 0; right: 0; top: 40%; text-align: center; font: 120pt ${FONTS.hei}; color: rgba(200, 0, 0, .12);
  transform: rotate(-30deg); pointer-events: none; }
${s}.draft-mark { position: absolute; top: 12mm; right: ${layout.margin.right}mm; font: 16pt ${FONTS.hei}; color: #c00; border: 1.5pt solid #c00; padding: 0 2mm; }
`
}

function lineHtml(line: Line, cellMm: number): string {
  const classes = ['line', line.style, line.align === 'left' ? '' : line.align, line.justify ? 'justify' : '']
    .filter(Boolean)
    .join(' ')
  const indent = line.indent
    ? ` style="padding-left:${round(line.indent * cellMm)}mm"`
    : line.align === 'right' && line.rightIndent
      ? ` style="padding-right:${round(line.rightIndent * cellMm)}mm"`
      : ''
  const runs = line.runs
    .map((r) => (r.style === line.style ? escapeHtml(r.text) : `<span class="${r.style}">${escapeHtml(r.text)}</span>`))
    .join('')
  return `<div class="${classes}"${indent}>${runs}</div>`
}

export interface RenderOptions {
  /** Mark every page as a draft (草稿): for a speech that still has errors. */
  draft?: boolean
}

export function pagesHtml(pages: Page[], layout: Layout, { draft = false }: RenderOptions = {}): string {
  const cell = textBlockMm(layout).width / layout.charsPerLine
  return pages
    .map((p) => {
      const side = layout.pageNumber === 'center' ? 'center' : p.number % 2 ? 'odd' : 'even'
      return (
        `<section class="page" data-page="${p.number}">` +
        (draft ? '<div class="watermark" aria-hidden="true">草稿</div><div class="draft-mark">草稿</div>' : '') +
        p.lines.map((l) => lineHtml(l, cell)).join('') +
        `<div class="page-number ${side}">${pageNumberText(layout, p.number)}</div></section>`
      )
    })
    .join('\n')
}

/** A complete, self-contained HTML document of the speech, ready to print. */
export function speechHtml(doc: PMNode, layout: Layout, options: RenderOptions = {}): string {
  const title = escapeHtml(inlineText(firstOf(doc)) || '讲稿')
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${title}</title>
<style>
@page { size: A4; margin: 0; }
html, body { margin: 0; padding: 0; }
@media screen { body { background: #e5e5e5; } .page { margin: 8mm auto; box-shadow: 0 1px 6px rgba(0,0,0,.2); } }
${pageCss(layout)}
</style></head>
<body>
${pagesHtml(paginate(doc, layout), layout, options)}
</body></html>
`
}
