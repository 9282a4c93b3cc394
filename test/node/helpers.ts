import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { byOrder } from '../../src/core/import/kinds'
import type { PartKind } from '../../src/core/schema'

export const fixture = (name: string) =>
  readFileSync(fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url)), 'utf8')
export const fixtureBytes = (name: string) =>
  new Uint8Array(readFileSync(fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url))))
export const templateSource = (name: string) =>
  readFileSync(fileURLToPath(new URL(`../../templates/${name}`, import.meta.url)), 'utf8')

/** A part as judged alone: its heading, its kind, whether the heading decided it, its body. */
export type JudgedPart = [heading: string, kind: PartKind, decided: boolean, body: string]

/** The kinds `byOrder` gives parts judged alone; the last is the speech's last part. */
export const partsByOrder = (...parts: JudgedPart[]) =>
  byOrder(
    parts.map(([heading, kind, decided, body], i) => ({
      kind,
      decided,
      view: {
        heading,
        year: null,
        body: [body],
        sections: body.startsWith('（') ? 1 : 0,
        items: body.split('\n').filter((l) => /^\d+[.．]/.test(l)).length,
        last: i === parts.length - 1,
      },
    })),
  )
export const REVIEW_PART: JudgedPart = ['2025年工作回顾', 'review', true, '全年新增就业3250人。']
export const TASKS_PART: JudgedPart = ['2026年重点任务', 'tasks', true, '确保新增就业3300人。']
