/**
 * Getting a speech out of the app: printing (through a print-only copy of the pages in the
 * page's light DOM) and downloads. Everything stays on this computer.
 */
import type { Node as PMNode } from 'prosemirror-model'
import { paginate } from '../core/export/paginate'
import { pageCss, pagesHtml } from '../core/export/html'
import { LAYOUTS, type LayoutId } from '../core/export/layout'
import { documentName } from '../core/export/file-name'
import { zh } from '../i18n/zh'

const PRINT_ID = 'jg-print'

/** Put the paginated speech where the print stylesheet shows it, and print. */
export function printSpeech(doc: PMNode, layoutId: LayoutId, draft: boolean, print: () => void = () => window.print()) {
  const layout = LAYOUTS[layoutId]
  document.getElementById(PRINT_ID)?.remove()
  const host = document.createElement('div')
  host.id = PRINT_ID
  host.innerHTML = `<style>
@page { size: A4; margin: 0; }
@media screen { #${PRINT_ID} { display: none; } }
@media print { body > *:not(#${PRINT_ID}) { display: none !important; } html, body { margin: 0; padding: 0; background: #fff; } }
${pageCss(layout, `#${PRINT_ID}`)}
</style>${pagesHtml(paginate(doc, layout), layout, { draft })}`
  document.body.append(host)
  print()
}

/** 2027年全县农业农村工作会议讲话（草稿）.docx: the year, the meeting, and the draft mark while errors remain. */
export function fileName(doc: PMNode, ext: string, draft: boolean): string {
  return `${documentName(doc)}${draft ? zh.output.draftMark : ''}.${ext}`
}

export function download(data: Uint8Array | string, name: string, type: string) {
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
