/**
 * The one storage module. Everything the app keeps lives in IndexedDB in this browser,
 * behind the domain functions below; components never touch IndexedDB.
 *
 * Upgrades are a ladder: each version adds what it needs and never drops user data.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb'
import type { SpeechJSON } from '../../core/serialize'
import { makeBackup, type Backup, type BackupDraft } from '../../core/backup'
import type { FigureValue, Metric } from '../../core/figures/model'
import type { RolloverFlag } from '../../core/rollover'
import { DEFAULT_CHECK_OPTIONS, DEFAULT_TIME_BOUND_PHRASES } from '../../core/checks/types'

/** A draft as stored. `origin` says where it came from: a template id, "import", or "rollover". */
export interface DraftRecord extends BackupDraft {
  /** Checks this speech has switched off or ignored. */
  checks?: DraftChecks
  /** For a draft rolled from last year's speech: that speech, to compare with. */
  reference?: { title: string; speech: SpeechJSON }
  /** What the roll-over flagged, and which flags the user has dealt with. */
  rollover?: RolloverReport
}

export interface RolloverReport {
  from: { reviewYear: number | null; planYear: number | null }
  to: { reviewYear: number | null; planYear: number | null }
  noYears: boolean
  flags: RolloverFlag[]
  /** Indexes into `flags` the user marked as dealt with. */
  done: number[]
}

export interface DraftChecks {
  disabledRules: string[]
  ignored: string[]
}

export type DraftSummary = Omit<DraftRecord, 'speech'>

export interface Settings {
  /** Speaking rate for time estimates, characters a minute. */
  charsPerMinute: number
  /** Phrases bound to one year, flagged by the checks and by the roll-over. */
  timeBoundPhrases: string[]
  /** The longest sentence, in characters, that the checks let pass. */
  maxSentenceChars: number
}

export const DEFAULT_SETTINGS: Settings = {
  charsPerMinute: 200,
  timeBoundPhrases: DEFAULT_TIME_BOUND_PHRASES,
  maxSentenceChars: DEFAULT_CHECK_OPTIONS.maxSentenceChars,
}

interface JiangGaoDB extends DBSchema {
  drafts: { key: string; value: DraftRecord; indexes: { updatedAt: number } }
  settings: { key: string; value: { key: string; value: unknown } }
  metrics: { key: string; value: Metric }
  figures: { key: [string, number, string]; value: FigureValue; indexes: { metric: string } }
}

export const DB_NAME = 'jianggao'
export const DB_VERSION = 2
/** The stores a backup carries besides drafts and settings. */
const DATA_STORES = ['metrics', 'figures'] as const

export class StorageError extends Error {
  constructor(
    message: string,
    override readonly cause?: unknown,
  ) {
    super(message)
  }
}

/** A Chinese message for a failed write that says what happened and what to do. */
export function storageMessage(e: unknown): string {
  const name = (e as DOMException)?.name
  if (name === 'QuotaExceededError')
    return '浏览器的存储空间已满，这次修改没有保存。内容还在编辑器里：请先导出或复制讲稿，再删除不用的旧草稿后重试。'
  if (name === 'InvalidStateError' || name === 'TransactionInactiveError')
    return '与浏览器存储的连接已断开，这次修改没有保存。内容还在编辑器里：请刷新前先复制讲稿，或稍后点“重试保存”。'
  if (name === 'VersionError') return '浏览器里保存的数据来自更新版本的讲稿助手。请使用最新版本打开，以免数据丢失。'
  return `保存失败（${name || (e as Error)?.message || '未知原因'}）。内容还在编辑器里，请点“重试保存”；如仍失败，请先导出讲稿备份。`
}

export class Store {
  private constructor(private readonly db: IDBPDatabase<JiangGaoDB>) {}

  static async open(name = DB_NAME): Promise<Store> {
    try {
      const db = await openDB<JiangGaoDB>(name, DB_VERSION, {
        upgrade(db, oldVersion) {
          if (oldVersion < 1) {
            const drafts = db.createObjectStore('drafts', { keyPath: 'id' })
            drafts.createIndex('updatedAt', 'updatedAt')
            db.createObjectStore('settings', { keyPath: 'key' })
          }
          if (oldVersion < 2) {
            db.createObjectStore('metrics', { keyPath: 'key' })
            const figures = db.createObjectStore('figures', { keyPath: ['metric', 'year', 'kind'] })
            figures.createIndex('metric', 'metric')
          }
        },
        blocking() {
          // A newer version of the app wants to upgrade in another tab: let it.
          db.close()
        },
      })
      return new Store(db)
    } catch (e) {
      throw new StorageError(`无法打开浏览器存储：${storageMessage(e)}`, e)
    }
  }

  close() {
    this.db.close()
  }

  /** Drafts without their content, newest first. */
  async listDrafts(): Promise<DraftSummary[]> {
    const all = await this.db.getAllFromIndex('drafts', 'updatedAt')
    return all.reverse().map(({ speech: _speech, ...summary }) => summary)
  }

  async getDraft(id: string): Promise<DraftRecord | undefined> {
    return this.db.get('drafts', id)
  }

  /** Writes a draft; resolves only once the transaction has committed. */
  async saveDraft(draft: DraftRecord): Promise<void> {
    const tx = this.db.transaction('drafts', 'readwrite')
    await Promise.all([tx.store.put(draft), tx.done])
  }

  async deleteDraft(id: string): Promise<void> {
    const tx = this.db.transaction('drafts', 'readwrite')
    await Promise.all([tx.store.delete(id), tx.done])
  }

  /** Everything, read in one transaction, as a backup. */
  async backup(): Promise<Backup> {
    const tx = this.db.transaction(['drafts', 'settings', ...DATA_STORES], 'readonly')
    const [drafts, settings, metrics, figures] = await Promise.all([
      tx.objectStore('drafts').getAll(),
      tx.objectStore('settings').get('app'),
      tx.objectStore('metrics').getAll(),
      tx.objectStore('figures').getAll(),
      tx.done,
    ])
    return makeBackup(drafts, (settings?.value as Record<string, unknown>) ?? null, { metrics, figures })
  }

  /** Replace everything with a (validated) backup, in one transaction: all of it or nothing. */
  async restore(backup: Backup): Promise<void> {
    const tx = this.db.transaction(['drafts', 'settings', ...DATA_STORES], 'readwrite')
    const drafts = tx.objectStore('drafts')
    const settings = tx.objectStore('settings')
    const metrics = tx.objectStore('metrics')
    const figures = tx.objectStore('figures')
    await Promise.all([
      drafts.clear(),
      settings.clear(),
      metrics.clear(),
      figures.clear(),
      ...backup.drafts.map((d) => drafts.put(d)),
      ...(backup.settings ? [settings.put({ key: 'app', value: backup.settings })] : []),
      ...((backup.stores.metrics ?? []) as Metric[]).map((m) => metrics.put(m)),
      ...((backup.stores.figures ?? []) as FigureValue[]).map((f) => figures.put(f)),
      tx.done,
    ])
  }

  /** All metrics and figures. */
  async loadFigures(): Promise<{ metrics: Metric[]; values: FigureValue[] }> {
    const tx = this.db.transaction(['metrics', 'figures'], 'readonly')
    const [metrics, values] = await Promise.all([
      tx.objectStore('metrics').getAll(),
      tx.objectStore('figures').getAll(),
      tx.done,
    ])
    return { metrics, values }
  }

  /** Store values (creating their metrics when new), all in one transaction. */
  async saveFigures(metrics: Metric[], values: FigureValue[]): Promise<void> {
    const tx = this.db.transaction(['metrics', 'figures'], 'readwrite')
    const ms = tx.objectStore('metrics')
    const existing = new Set(await ms.getAllKeys())
    await Promise.all([
      ...metrics.filter((m) => !existing.has(m.key)).map((m) => ms.put(m)),
      ...values.map((v) => tx.objectStore('figures').put(v)),
      tx.done,
    ])
  }

  async deleteFigure(metric: string, year: number, kind: string): Promise<void> {
    const tx = this.db.transaction('figures', 'readwrite')
    await Promise.all([tx.store.delete([metric, year, kind]), tx.done])
  }

  /**
   * Two metrics that mean the same thing become one: `drop`'s label becomes an alias of
   * `keep`, and its values move over (keep's own values win where both have one).
   */
  async mergeMetrics(keep: string, drop: string): Promise<void> {
    if (keep === drop) return
    const tx = this.db.transaction(['metrics', 'figures'], 'readwrite')
    const ms = tx.objectStore('metrics')
    const fs = tx.objectStore('figures')
    const [kept, dropped] = await Promise.all([ms.get(keep), ms.get(drop)])
    if (!kept || !dropped) throw new StorageError('要合并的指标已不存在，请刷新后重试。')
    const moving = await fs.index('metric').getAll(drop)
    for (const v of moving) {
      if (!(await fs.get([keep, v.year, v.kind]))) await fs.put({ ...v, metric: keep })
      await fs.delete([drop, v.year, v.kind])
    }
    await ms.put({ ...kept, aliases: [...new Set([...kept.aliases, dropped.label, ...dropped.aliases])] })
    await ms.delete(drop)
    await tx.done
  }

  async getSettings(): Promise<Settings> {
    const row = await this.db.get('settings', 'app')
    return { ...DEFAULT_SETTINGS, ...(row?.value as Partial<Settings> | undefined) }
  }

  async saveSettings(settings: Settings): Promise<void> {
    const tx = this.db.transaction('settings', 'readwrite')
    await Promise.all([tx.store.put({ key: 'app', value: settings }), tx.done])
  }
}

export function newId(): string {
  return crypto.randomUUID()
}
