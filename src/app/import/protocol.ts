/** Messages between the page and the import worker. */
import type { SpeechJSON } from '../../core/serialize'
import type { OutlineJSON } from '../../core/outline'
import type { PartKind } from '../../core/schema'

/**
 * `kinds`: the numbered parts' kinds as the user set them in the preview; the worker builds the
 * speech again with them, so the figures in each part are typed by its kind.
 */
export type ImportRequest =
  | { id: number; kind: 'file'; name: string; bytes: Uint8Array; kinds?: PartKind[] }
  | { id: number; kind: 'text'; text: string; kinds?: PartKind[] }

export interface ImportPreview {
  speech: SpeechJSON
  outline: OutlineJSON
  /** What the recogniser repaired (numbering) and the user should know. */
  notes: string[]
  source: 'docx' | 'text' | 'json' | 'paste'
  encoding: string | null
}

export type ImportResponse =
  | { id: number; ok: true; preview: ImportPreview }
  | { id: number; ok: false; message: string }
