/**
 * The speech as a .docx with the same layout as the printout: A4, the layout's margins and
 * line grid, East Asian fonts set explicitly per heading level, page numbers in the footer
 * (outside edge on odd and even pages for GB/T 9704), slots written as their values.
 * The docx package is loaded only when a .docx is asked for.
 */
import type { Node as PMNode } from 'prosemirror-model'
import { textBlockMm, type Layout } from './layout'
import { inlineText, printBlocks, type RunStyle } from '../text'

const TWIPS_PER_MM = 1440 / 25.4
const twips = (mm: number) => Math.round(mm * TWIPS_PER_MM)

const FONT: Record<RunStyle, string> = {
  title: '方正小标宋简体',
  subtitle: '楷体_GB2312',
  byline: '楷体_GB2312',
  greeting: '仿宋_GB2312',
  blank: '仿宋_GB2312',
  body: '仿宋_GB2312',
  h1: '黑体',
  h2: '楷体_GB2312',
  'h2-runin': '楷体_GB2312',
  signer: '仿宋_GB2312',
  'issue-date': '仿宋_GB2312',
}

export interface DocxOptions {
  draft?: boolean
}

/** The .docx file's bytes. */
export async function speechDocx(
  doc: PMNode,
  layout: Layout,
  { draft = false }: DocxOptions = {},
): Promise<Uint8Array> {
  const d = await import('docx')
  const block = textBlockMm(layout)
  const lineTwips = Math.round(twips(block.height) / layout.linesPerPage)
  const cellTwips = twips(block.width) / layout.charsPerLine
  const run = (text: string, style: RunStyle, size = style === 'title' ? layout.titlePt : layout.bodyPt) =>
    new d.TextRun({
      text,
      size: size * 2,
      font: { eastAsia: FONT[style], ascii: 'Times New Roman', hAnsi: 'Times New Roman' },
    })
  const children = printBlocks(doc).map(
    (para) =>
      new d.Paragraph({
        children: para.runs.filter((r) => r.text).map((r) => run(r.text, r.style)),
        alignment: para.center
          ? d.AlignmentType.CENTER
          : para.rightIndent !== undefined
            ? d.AlignmentType.RIGHT
            : d.AlignmentType.JUSTIFIED,
        indent: para.indent
          ? { firstLine: Math.round(2 * cellTwips) }
          : para.rightIndent
            ? { right: Math.round(para.rightIndent * cellTwips) }
            : undefined,
        spacing: { line: lineTwips, lineRule: d.LineRuleType.EXACT, before: 0, after: 0 },
        keepNext: para.keepWithNext,
      }),
  )
  const pageNumber = (align: (typeof d.AlignmentType)[keyof typeof d.AlignmentType]) =>
    new d.Footer({
      children: [
        new d.Paragraph({
          alignment: align,
          indent:
            align === d.AlignmentType.RIGHT
              ? { right: Math.round(cellTwips) }
              : align === d.AlignmentType.LEFT
                ? { left: Math.round(cellTwips) }
                : undefined,
          children: [
            new d.TextRun({
              children: [
                layout.pageNumber === 'outside' ? '— ' : '- ',
                d.PageNumber.CURRENT,
                layout.pageNumber === 'outside' ? ' —' : ' -',
              ],
              size: layout.pageNumberPt * 2,
              font: { eastAsia: '宋体', ascii: 'Times New Roman', hAnsi: 'Times New Roman' },
            }),
          ],
        }),
      ],
    })
  const draftHeader = () =>
    new d.Header({
      children: [
        new d.Paragraph({
          alignment: d.AlignmentType.RIGHT,
          children: [
            new d.TextRun({ text: '草稿', bold: true, color: 'C00000', size: 32, font: { eastAsia: '黑体' } }),
          ],
        }),
      ],
    })
  const outside = layout.pageNumber === 'outside'
  const document = new d.Document({
    creator: '讲稿助手',
    title: inlineText(doc.firstChild!) || '讲稿',
    evenAndOddHeaderAndFooters: outside,
    sections: [
      {
        properties: {
          page: {
            size: { width: twips(210), height: twips(297) },
            margin: {
              top: twips(layout.margin.top),
              bottom: twips(layout.margin.bottom),
              left: twips(layout.margin.left),
              right: twips(layout.margin.right),
              footer: twips(layout.margin.bottom - 7 - 5),
            },
          },
          grid: { type: d.DocumentGridType.LINES, linePitch: lineTwips },
        },
        headers: draft ? { default: draftHeader(), ...(outside ? { even: draftHeader() } : {}) } : undefined,
        footers: outside
          ? { default: pageNumber(d.AlignmentType.RIGHT), even: pageNumber(d.AlignmentType.LEFT) }
          : { default: pageNumber(d.AlignmentType.CENTER) },
        children,
      },
    ],
  })
  return new Uint8Array(await d.Packer.toArrayBuffer(document))
}
