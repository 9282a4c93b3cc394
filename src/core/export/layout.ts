/**
 * The two print layouts. Everything is on a grid: a line holds `charsPerLine` full-width
 * characters and a page `linesPerPage` lines, so pagination can be computed here, exactly,
 * and the preview, the printout and the .docx agree page for page.
 */

export type LayoutId = 'gongwen' | 'reading'
export const LAYOUT_IDS: readonly LayoutId[] = ['gongwen', 'reading']

export interface Layout {
  id: LayoutId
  name: string
  /** Page margins in millimetres (A4: 210 × 297). */
  margin: { top: number; right: number; bottom: number; left: number }
  charsPerLine: number
  linesPerPage: number
  /** Point sizes. */
  bodyPt: number
  titlePt: number
  pageNumberPt: number
  /** Where the page number sits: outside edge (odd right, even left) or centred. */
  pageNumber: 'outside' | 'center'
}

export const LAYOUTS: Record<LayoutId, Layout> = {
  // GB/T 9704-2012: text block 156 × 225 mm, 28 characters × 22 lines, 三号 body, 二号 title.
  gongwen: {
    id: 'gongwen',
    name: '公文格式（GB/T 9704）',
    margin: { top: 37, right: 26, bottom: 35, left: 28 },
    charsPerLine: 28,
    linesPerPage: 22,
    bodyPt: 16,
    titlePt: 22,
    pageNumberPt: 14,
    pageNumber: 'outside',
  },
  // For the lectern: 二号 body, looser lines, fewer of them, page number centred.
  reading: {
    id: 'reading',
    name: '讲话稿（大字）',
    margin: { top: 25, right: 22, bottom: 28, left: 25 },
    charsPerLine: 20,
    linesPerPage: 16,
    bodyPt: 22,
    titlePt: 26,
    pageNumberPt: 14,
    pageNumber: 'center',
  },
}

export const PAGE_MM = { width: 210, height: 297 }

export function textBlockMm(layout: Layout) {
  return {
    width: PAGE_MM.width - layout.margin.left - layout.margin.right,
    height: PAGE_MM.height - layout.margin.top - layout.margin.bottom,
  }
}

/** "— 1 —" in GB/T 9704; "- 1 -" for the reading copy. */
export function pageNumberText(layout: Layout, n: number): string {
  return layout.pageNumber === 'outside' ? `— ${n} —` : `- ${n} -`
}
