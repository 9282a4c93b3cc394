/**
 * A small record, kept outside IndexedDB (in localStorage), of how many drafts and meeting records
 * a database last held, and when. A browser can drop a database whose files broke (a full disk):
 * the app cannot stop that, but on the next start the census still says what was there, so the
 * loss is told, not shown as a library that was never used. One census per database name.
 */
export interface Census {
  drafts: number
  meetings: number
  /** When the counts were taken (ms since the epoch). */
  at: number
}

export const censusKey = (dbName: string) => `jianggao:census:${dbName}`

/** The census of database `dbName`, or null when none is kept (or it cannot be read). */
export function readCensus(storage: Storage | null, dbName: string): Census | null {
  let text: string | null = null
  try {
    text = storage?.getItem(censusKey(dbName)) ?? null
  } catch {
    return null
  }
  if (!text) return null
  try {
    const v: unknown = JSON.parse(text)
    if (typeof v !== 'object' || v === null) return null
    // Only numbers are taken: anything else written under the key is no census.
    const [drafts, meetings, at]: unknown[] = ['drafts', 'meetings', 'at'].map((k) => Reflect.get(v, k))
    if (typeof drafts !== 'number' || typeof meetings !== 'number' || typeof at !== 'number') return null
    return { drafts, meetings, at }
  } catch {
    return null
  }
}

/** Keep the census; a storage that refuses (full, switched off) keeps none, and nothing else fails. */
export function writeCensus(storage: Storage | null, dbName: string, census: Census): void {
  try {
    storage?.setItem(censusKey(dbName), JSON.stringify(census))
  } catch {
    // No census this time: the next listing tries again.
  }
}

/**
 * What the census says was lost: it named drafts or meeting records, and the database now holds
 * none. Null when nothing is known to be missing.
 */
export function lostSince(census: Census | null, drafts: number, meetings: number): Census | null {
  if (!census || census.drafts + census.meetings === 0) return null
  return drafts + meetings === 0 ? census : null
}

/** When a census was taken, as the pages say it (2026/11/28 00:41:56). */
export const censusWhen = (census: Census) => new Date(census.at).toLocaleString('zh-CN', { hour12: false })

/** This page's localStorage, or null where the browser switched it off. */
export function pageStorage(): Storage | null {
  try {
    return window.localStorage
  } catch {
    return null
  }
}
