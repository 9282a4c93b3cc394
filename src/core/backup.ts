/**
 * Backups: everything the app keeps, in one JSON file. Reading one validates all of it
 * (every speech against the schema) before anything is replaced, so a corrupt or foreign
 * file changes nothing and says why.
 */
import { speechFromJSON, SpeechFormatError, type SpeechJSON } from './serialize'

export const BACKUP_FORMAT = 'jianggao/backup'
export const BACKUP_VERSION = 1

/** What a backup needs of a draft; the app's stored record has more (optional) fields and is kept whole. */
export interface BackupDraft {
  id: string
  title: string
  createdAt: number
  updatedAt: number
  origin: string
  speech: SpeechJSON
}

export interface Backup {
  format: typeof BACKUP_FORMAT
  version: number
  createdAt: string
  drafts: BackupDraft[]
  settings: Record<string, unknown> | null
  /** Other stores, by name, as lists of records (figures, phrase lists …). */
  stores: Record<string, unknown[]>
}

export class BackupError extends Error {}

export function makeBackup(
  drafts: BackupDraft[],
  settings: Record<string, unknown> | null,
  stores: Record<string, unknown[]> = {},
  now = new Date(),
): Backup {
  const badRecord = (name: string, check: (r: Record<string, unknown>) => boolean) =>
    ((stores as Record<string, unknown[]>)[name] ?? []).some((r) => !isObject(r) || !check(r))
  if (
    badRecord(
      'metrics',
      (m) =>
        typeof m.key === 'string' &&
        typeof m.label === 'string' &&
        typeof m.unit === 'string' &&
        Array.isArray(m.aliases),
    ) ||
    badRecord(
      'figures',
      (f) =>
        typeof f.metric === 'string' &&
        Number.isInteger(f.year) &&
        (f.kind === 'actual' || f.kind === 'target') &&
        typeof f.value === 'string' &&
        /^-?\d+(\.\d+)?$/.test(f.value),
    )
  ) {
    throw new BackupError('备份文件中的数字库已损坏。当前数据没有任何改动。')
  }
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, createdAt: now.toISOString(), drafts, settings, stores }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

/** Parse and check a backup file's text; throws BackupError with a message for the user. */
export function parseBackup(text: string): Backup {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    throw new BackupError('这个文件不是有效的备份（无法读取 JSON），可能已损坏。当前数据没有任何改动。')
  }
  if (!isObject(value) || value.format !== BACKUP_FORMAT)
    throw new BackupError('这不是讲稿助手的备份文件。当前数据没有任何改动。')
  if (value.version !== BACKUP_VERSION)
    throw new BackupError(
      `备份文件的版本是 ${String(value.version)}，本程序只能读取版本 ${BACKUP_VERSION}。请升级讲稿助手后再恢复。当前数据没有任何改动。`,
    )
  if (!Array.isArray(value.drafts)) throw new BackupError('备份文件不完整（缺少草稿列表）。当前数据没有任何改动。')
  const ids = new Set<string>()
  value.drafts.forEach((d, i) => {
    const where = `备份中的第 ${i + 1} 篇草稿`
    if (
      !isObject(d) ||
      typeof d.id !== 'string' ||
      !d.id ||
      typeof d.title !== 'string' ||
      typeof d.createdAt !== 'number' ||
      typeof d.updatedAt !== 'number' ||
      typeof d.origin !== 'string' ||
      (d.name !== undefined && typeof d.name !== 'string')
    ) {
      throw new BackupError(`${where}缺少必要的信息，备份文件可能已损坏。当前数据没有任何改动。`)
    }
    if (ids.has(d.id)) throw new BackupError(`${where}与前面的草稿重复，备份文件可能已损坏。当前数据没有任何改动。`)
    ids.add(d.id)
    try {
      speechFromJSON(d.speech)
    } catch (e) {
      throw new BackupError(
        `${where}（“${d.title}”）内容损坏：${e instanceof SpeechFormatError ? e.message : String(e)}当前数据没有任何改动。`,
      )
    }
  })
  if (value.settings !== null && value.settings !== undefined && !isObject(value.settings))
    throw new BackupError('备份文件中的设置已损坏。当前数据没有任何改动。')
  const stores = value.stores ?? {}
  if (!isObject(stores) || Object.values(stores).some((s) => !Array.isArray(s)))
    throw new BackupError('备份文件中的数字或其他数据已损坏。当前数据没有任何改动。')
  const badRecord = (name: string, check: (r: Record<string, unknown>) => boolean) =>
    ((stores as Record<string, unknown[]>)[name] ?? []).some((r) => !isObject(r) || !check(r))
  if (
    badRecord(
      'metrics',
      (m) =>
        typeof m.key === 'string' &&
        typeof m.label === 'string' &&
        typeof m.unit === 'string' &&
        Array.isArray(m.aliases),
    ) ||
    badRecord(
      'figures',
      (f) =>
        typeof f.metric === 'string' &&
        Number.isInteger(f.year) &&
        (f.kind === 'actual' || f.kind === 'target') &&
        typeof f.value === 'string' &&
        /^-?\d+(\.\d+)?$/.test(f.value),
    )
  ) {
    throw new BackupError('备份文件中的数字库已损坏。当前数据没有任何改动。')
  }
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    createdAt: String(value.createdAt ?? ''),
    drafts: value.drafts as BackupDraft[],
    settings: (value.settings as Record<string, unknown>) ?? null,
    stores: stores as Record<string, unknown[]>,
  }
}
