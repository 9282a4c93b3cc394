/**
 * Getting a speech out of the app: printing (through a print-only copy of the pages in the
 * page's light DOM) and downloads. Everything stays on this computer.
 */
import type { Node as PMNode } from 'prosemirror-model'
import { paginate, type Page } from '../core/export/paginate'
import { pageCss, pagesHtml } from '../core/export/html'
import { LAYOUTS, type Layout, type LayoutId } from '../core/export/layout'
import { documentName } from '../core/export/file-name'
import { zh } from '../i18n/zh'

const PRINT_ID = 'jg-print'

/** What to print: the whole speech, one part (pos: the part's position), or pages from–to (1-based). */
export type PrintRange = { kind: 'all' } | { kind: 'part'; pos: number } | { kind: 'pages'; from: number; to: number }
export const RANGE_KINDS: readonly PrintRange['kind'][] = ['all', 'part', 'pages']

/**
 * The pages a range prints. One part is laid out on its own (its numbers as in the whole speech,
 * pages from 1); a page range keeps the pages and their numbers as the whole speech has them.
 * Throws a RangeError with the message to show for a range that is not there.
 */
export function rangePages(doc: PMNode, layout: Layout, range: PrintRange): Page[] {
  if (range.kind === 'part') {
    const part = doc.nodeAt(range.pos)
    if (!part || part.type.name !== 'part') throw new RangeError(zh.print.noPart)
    return paginate(doc, layout, { within: { from: range.pos, to: range.pos + part.nodeSize } })
  }
  const pages = paginate(doc, layout)
  if (range.kind === 'all') return pages
  const { from, to } = range
  if (!Number.isInteger(from) || !Number.isInteger(to) || from < 1 || to < from || to > pages.length)
    throw new RangeError(zh.print.badPages(pages.length))
  return pages.slice(from - 1, to)
}

/** Put the paginated speech (or the range of it) where the print stylesheet shows it, and print. */
export function printSpeech(
  doc: PMNode,
  layoutId: LayoutId,
  draft: boolean,
  print: () => void = () => window.print(),
  range: PrintRange = { kind: 'all' },
) {
  putPrintCopy(doc, layoutId, draft, range)
  print()
}

/**
 * The print copy goes once its print is over: left in the page, the browser's own 打印 (its menu,
 * not the app's button or Ctrl+P) printed the last document printed, not the one on screen
 * (tryout 6, finding 7).
 */
export function removePrintCopy() {
  document.getElementById(PRINT_ID)?.remove()
}

export const hasPrintCopy = () => document.getElementById(PRINT_ID) !== null

/** The paginated speech (or the range of it) where the print stylesheet shows it, in place of any copy before. */
export function putPrintCopy(doc: PMNode, layoutId: LayoutId, draft: boolean, range: PrintRange = { kind: 'all' }) {
  const layout = LAYOUTS[layoutId]
  const pages = rangePages(doc, layout, range)
  removePrintCopy()
  const host = document.createElement('div')
  host.id = PRINT_ID
  host.innerHTML = `<style>
@page { size: A4; margin: 0; }
@media screen { #${PRINT_ID} { display: none; } }
@media print { body > *:not(#${PRINT_ID}) { display: none !important; } html, body { margin: 0; padding: 0; background: #fff; } }
${pageCss(layout, `#${PRINT_ID}`)}
</style>${pagesHtml(pages, layout, { draft })}`
  document.body.append(host)
}

/** 2027年全县农业农村工作会议讲话（草稿）.docx: the year, the meeting, and the draft mark while errors remain. */
export function fileName(doc: PMNode, ext: string, draft: boolean): string {
  return `${documentName(doc)}${draft ? zh.output.draftMark : ''}.${ext}`
}

export function download(data: Uint8Array | string, name: string, type: string) {
  // A Uint8Array over an ArrayBuffer is a BlobPart; TypeScript's DOM types do not see that its buffer is no
  // SharedArrayBuffer.
  // biome-ignore lint/nursery/noUnsafeTypeAssertion: the reason is the comment above
  const blob = new Blob([data as BlobPart], { type })
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = name
  a.style.display = 'none'
  document.body.append(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

export async function speechDocxBytes(doc: PMNode, layoutId: LayoutId, draft: boolean): Promise<Uint8Array> {
  const { speechDocx } = await import('../core/export/docx')
  return speechDocx(doc, LAYOUTS[layoutId], { draft })
}
