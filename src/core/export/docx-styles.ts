/**
 * The parts of a .docx that keep Word on the printout's grid: the fonts, the character spacing
 * that puts exactly a layout's characters on a line, and the paragraph settings, as styles.xml
 * (named styles, so the file reads well in Word's style list) and fontTable.xml.
 *
 * The fonts are the GB/T 9704 ones for Chinese and Latin text alike: in them a digit or a Latin
 * letter is half as wide as a Chinese character, which is what the line grid assumes (Times New
 * Roman's "%" or "m" are not). Word's extra space between Chinese and Latin text (autoSpaceDE/DN)
 * is off for the same reason, and punctuation may hang past the margin (overflowPunct), as the
 * printout lets "，。、；：？！" hang.
 */
import { textBlockMm, type Layout } from './layout'
import { cellWidth, type BlockStyle, type RunStyle } from '../text'
import { TYPEFACES } from './fonts'

const PT_PER_MM = 72 / 25.4

/** The font of each kind of line. */
export const DOCX_FONTS: Record<RunStyle, string> = {
  title: TYPEFACES.title.primary,
  subtitle: TYPEFACES.kai.primary,
  byline: TYPEFACES.kai.primary,
  greeting: TYPEFACES.body.primary,
  blank: TYPEFACES.body.primary,
  body: TYPEFACES.body.primary,
  h1: TYPEFACES.hei.primary,
  h2: TYPEFACES.kai.primary,
  'h2-runin': TYPEFACES.kai.primary,
  signer: TYPEFACES.body.primary,
  'issue-date': TYPEFACES.body.primary,
}

const STYLE_NAMES: Record<BlockStyle, string> = {
  title: '讲稿标题',
  subtitle: '讲稿副标题',
  byline: '讲稿题注',
  greeting: '讲稿称呼',
  blank: '讲稿空行',
  body: '讲稿正文',
  h1: '讲稿一级标题',
  h2: '讲稿二级标题',
  signer: '讲稿署名',
  'issue-date': '讲稿成文日期',
}

/** The style id of a kind of line: JgBody, JgH2Runin … */
export const styleId = (style: RunStyle) => `Jg${style.replace(/(^|-)(\w)/g, (_m, _d, c: string) => c.toUpperCase())}`

/** How many characters of the title's size fit on a line. */
export const titleChars = (layout: Layout) => Math.floor((layout.charsPerLine * layout.bodyPt) / layout.titlePt)

/**
 * Character spacing (in twentieths of a point) that puts `chars` characters of `pt` points on a
 * line of `widthMm`, and never one more: a twentieth under the exact value, so the line still
 * holds them after rounding.
 */
export function characterSpacing(widthMm: number, chars: number, pt: number): number {
  const cellPt = (widthMm * PT_PER_MM) / chars
  return Math.floor((cellPt - pt) * 20) - 1
}

/** A half-width character takes half the spacing of a full-width one, so it stays half as wide. */
export const halfSpacing = (spacing: number) => Math.floor(spacing / 2)

/** The spacing of a layout's body text and of its title. */
export function layoutSpacing(layout: Layout) {
  const width = textBlockMm(layout).width
  return {
    body: characterSpacing(width, layout.charsPerLine, layout.bodyPt),
    title: characterSpacing(width, titleChars(layout), layout.titlePt),
  }
}

/** Text in stretches of full-width and of half-width characters (half a cell each on the grid). */
export function byWidth(text: string): { text: string; half: boolean }[] {
  const out: { text: string; half: boolean }[] = []
  for (const ch of text) {
    const half = cellWidth(ch) < 1
    const last = out.at(-1)
    if (last && last.half === half) last.text += ch
    else out.push({ text: ch, half })
  }
  return out
}

/**
 * Paragraph settings that keep text on the grid, in the defaults and again in Normal (LibreOffice
 * reads kinsoku and overflowPunct there; it ignores autoSpaceDE/DN, see README). Widow control
 * breaks pages as paginate.ts does: at least two lines of a paragraph on each side.
 */
const GRID_PPR =
  '<w:widowControl/><w:kinsoku/><w:overflowPunct/><w:autoSpaceDE w:val="0"/><w:autoSpaceDN w:val="0"/><w:snapToGrid w:val="0"/>'

const rFonts = (font: string) =>
  `<w:rFonts w:ascii="${font}" w:hAnsi="${font}" w:eastAsia="${font}" w:cs="${font}" w:hint="eastAsia"/>`

const rPr = (font: string, pt: number, spacing: number, extra = '') =>
  `<w:rPr>${rFonts(font)}<w:spacing w:val="${spacing}"/><w:kern w:val="0"/><w:sz w:val="${pt * 2}"/><w:szCs w:val="${pt * 2}"/>${extra}</w:rPr>`

/**
 * The outline level (w:outlineLvl, 0 is Word's 级别 1) of the kinds of line that are headings: the
 * title, a part's heading (一、), a section's heading on its own line (（一）). Word's navigation
 * pane, LibreOffice's Navigator and a table of contents list a paragraph by its level; a custom
 * style without one is body text to them (tryout 14 C5). A run-in section heading is a character
 * style inside a body paragraph, so it has none.
 */
export const OUTLINE_LEVELS: Partial<Record<BlockStyle, number>> = { title: 0, h1: 1, h2: 2 }

/** styles.xml: document defaults that keep the grid, and one named style per kind of line. */
export function stylesXml(layout: Layout, lineTwips: number): string {
  const spacing = layoutSpacing(layout)
  const keepNext = new Set<BlockStyle>(['title', 'subtitle', 'byline', 'h1', 'h2'])
  const paragraphStyle = (style: BlockStyle) => {
    const title = style === 'title'
    const level = OUTLINE_LEVELS[style]
    const pPr =
      (keepNext.has(style) ? '<w:keepNext/>' : '') + (level === undefined ? '' : `<w:outlineLvl w:val="${level}"/>`)
    return (
      `<w:style w:type="paragraph" w:customStyle="1" w:styleId="${styleId(style)}"><w:name w:val="${STYLE_NAMES[style]}"/>` +
      `<w:basedOn w:val="Normal"/><w:qFormat/>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}` +
      `${rPr(DOCX_FONTS[style], title ? layout.titlePt : layout.bodyPt, title ? spacing.title : spacing.body)}</w:style>`
    )
  }
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
    `<w:docDefaults><w:rPrDefault>${rPr(DOCX_FONTS.body, layout.bodyPt, spacing.body, '<w:lang w:val="en-US" w:eastAsia="zh-CN"/>')}</w:rPrDefault>` +
    `<w:pPrDefault><w:pPr>${GRID_PPR}<w:spacing w:before="0" w:after="0" w:line="${lineTwips}" w:lineRule="exact"/><w:jc w:val="both"/></w:pPr></w:pPrDefault></w:docDefaults>` +
    `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/><w:pPr>${GRID_PPR}</w:pPr></w:style>` +
    // STYLE_NAMES is keyed by BlockStyle only; Object.keys types its keys as string.
    // biome-ignore lint/nursery/noUnsafeTypeAssertion: the reason is the comment above
    (Object.keys(STYLE_NAMES) as BlockStyle[]).map(paragraphStyle).join('') +
    `<w:style w:type="character" w:customStyle="1" w:styleId="${styleId('h2-runin')}"><w:name w:val="讲稿段首标题"/>` +
    `${rPr(DOCX_FONTS['h2-runin'], layout.bodyPt, spacing.body)}</w:style></w:styles>`
  )
}

/** fontTable.xml: each font with the one Word takes where it is missing, and its kind (GB2312, fixed pitch). */
export function fontTableXml(): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
    Object.values(TYPEFACES)
      .map(
        (face) =>
          `<w:font w:name="${face.primary}"><w:altName w:val="${face.docxAlt}"/><w:charset w:val="86"/><w:family w:val="${face.generic === 'sans-serif' ? 'modern' : 'roman'}"/><w:pitch w:val="fixed"/></w:font>`,
      )
      .join('') +
    '</w:fonts>'
  )
}
