/** Messages between the page and the import worker. */
import type { SpeechJSON } from '../../core/serialize'
import type { OutlineJSON } from '../../core/outline'

export type ImportRequest =
  | { id: number; kind: 'file'; name: string; bytes: Uint8Array }
  | { id: number; kind: 'text'; text: string }

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
