/** Messages between the page and the import worker. */
import type { SpeechJSON } from '../../core/serialize'
import type { OutlineJSON } from '../../core/outline'
import type { PartKind } from '../../core/schema'
import type { ArticleHeadings } from '../../core/import/article'

/**
 * `kinds`: the numbered parts' kinds as the user set them in the preview; the worker builds the
 * speech again with them, so the figures in each part are typed by its kind.
 */
export type ImportRequest =
  | { id: number; kind: 'file'; name: string; bytes: Uint8Array; kinds?: PartKind[]; keepWebLines?: boolean }
  | { id: number; kind: 'text'; text: string; kinds?: PartKind[]; keepWebLines?: boolean }

export interface ImportPreview {
  speech: SpeechJSON
  outline: OutlineJSON
  /** What the recogniser repaired (numbering) and the user should know. */
  notes: string[]
  source: 'docx' | 'text' | 'json' | 'paste'
  encoding: string | null
  /** Lines of the web page around the speech (原创/来源, 图为…, 编辑/审核), left out of it. */
  webLines: string[]
  /** Whether the user asked to keep those lines in the speech. */
  keptWebLines: boolean
  /** Lines broken inside a sentence and joined: the end of one line and the start of the next. */
  joinedLines: [string, string][]
  /** Headings read in an article's styles (【…】, ▲, 第一部分, unnumbered). */
  articleHeadings: ArticleHeadings[]
}

export type ImportResponse =
  | { id: number; ok: true; preview: ImportPreview }
  | { id: number; ok: false; message: string }
