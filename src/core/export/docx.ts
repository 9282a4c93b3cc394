/**
 * The speech as a .docx that lays out like the printout, line for line and page for page, where
 * the declared fonts are installed (docx-styles.ts says how): A4, the layout's margins, an exact
 * line pitch that fits the layout's lines on a page, a character spacing that fits exactly its
 * characters on a line (half of it for half-width characters), centred lines (the title) broken
 * where the printout breaks them, page numbers in the footer (outside edge on odd and even pages
 * for GB/T 9704), empty slots as blanks. The docx package is loaded only when a .docx is asked for.
 */
import type { Node as PMNode } from 'prosemirror-model'
import { textBlockMm, type Layout } from './layout'
import { blockLines } from './paginate'
import { inlineText, printBlocks, type RunStyle } from '../text'
import { byWidth, fontTableXml, halfSpacing, layoutSpacing, styleId, stylesXml } from './docx-styles'
import { TYPEFACES } from './fonts'
import { firstOf } from '../schema'

const TWIPS_PER_MM = 1440 / 25.4
const twips = (mm: number) => Math.round(mm * TWIPS_PER_MM)

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
  // Rounded down: the layout's lines must all fit on the page.
  const lineTwips = Math.floor(twips(block.height) / layout.linesPerPage)
  const cellTwips = twips(block.width) / layout.charsPerLine
  const spacing = layoutSpacing(layout)
  /** Runs of one style: Chinese text at the style's spacing, Latin letters and digits at half of it (half a cell each). */
  const runsOf = (text: string, style: RunStyle | undefined, own: RunStyle, lineBreak: boolean) =>
    byWidth(text).map(
      (part, i) =>
        new d.TextRun({
          text: part.text,
          style: style && styleId(style),
          break: lineBreak && i === 0 ? 1 : 0,
          characterSpacing: part.half ? halfSpacing(spacing[own === 'title' ? 'title' : 'body']) : undefined,
        }),
    )
  const children = printBlocks(doc, { slots: 'blank' }).map((para) => {
    // A centred line (the title) breaks where the printout breaks it, between phrases, not where Word would.
    const lines = para.center ? blockLines(para, layout).map((l) => l.runs) : [para.runs]
    const runs = lines.flatMap((line, i) =>
      line
        .filter((r) => r.text)
        .flatMap((r, j) => runsOf(r.text, r.style === para.style ? undefined : r.style, para.style, i > 0 && j === 0)),
    )
    return new d.Paragraph({
      style: styleId(para.style),
      children: runs,
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
      keepNext: para.keepWithNext,
    })
  })
  /** A line in the header or footer: low enough that it never takes room from the text block. */
  const marginLine = { line: Math.round(layout.pageNumberPt * 20 * 1.2), lineRule: d.LineRuleType.EXACT }
  const pageNumber = (align: (typeof d.AlignmentType)[keyof typeof d.AlignmentType]) =>
    new d.Footer({
      children: [
        new d.Paragraph({
          alignment: align,
          spacing: marginLine,
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
              characterSpacing: 0,
              font: { eastAsia: TYPEFACES.song.primary, ascii: 'Times New Roman', hAnsi: 'Times New Roman' },
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
          spacing: marginLine,
          children: [
            new d.TextRun({
              text: '草稿',
              bold: true,
              color: 'C00000',
              size: 32,
              font: { eastAsia: TYPEFACES.hei.primary },
            }),
          ],
        }),
      ],
    })
  const outside = layout.pageNumber === 'outside'
  const document = new d.Document({
    creator: '讲稿助手',
    title: inlineText(firstOf(doc)) || '讲稿',
    evenAndOddHeaderAndFooters: outside,
    externalStyles: stylesXml(layout, lineTwips),
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
              header: twips(Math.min(12, layout.margin.top / 2)),
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
  return new Uint8Array(
    await d.Packer.toArrayBuffer(document, false, [{ path: 'word/fontTable.xml', data: fontTableXml() }]),
  )
}
