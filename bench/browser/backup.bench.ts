/** In Chromium with real IndexedDB: backing up 200 drafts (read all, serialise) and restoring them. */
import { deleteDB } from 'idb'
import { Store } from '../../src/app/store/db'
import { newDraft } from '../../src/app/drafts'
import { importText } from '../../src/core/import'
import { measureAsync, reportLines } from '../harness'
import type { Entry } from '../results'
import seed from '../../test/fixtures/seed-hrss-2022.txt?raw'

async function main() {
  const name = 'jianggao-bench-backup'
  await deleteDB(name)
  const store = await Store.open(name)
  const doc = importText(seed).doc
  for (let i = 0; i < 200; i++) await store.saveDraft(newDraft(doc, 'bench', i))
  let size = 0
  const samples: number[] = []
  const backup = await measureAsync('backup of 200 drafts (read all + JSON)', async () => {
    const t0 = performance.now()
    size = JSON.stringify(await store.backup()).length
    samples.push(performance.now() - t0)
  })
  const data = await store.backup()
  const restore = await measureAsync('restore of 200 drafts (one transaction)', () => store.restore(data))
  const one = await measureAsync('backup of 1 draft (baseline)', async () => {
    const s = await Store.open(`${name}-one`)
    await s.saveDraft(newDraft(doc, 'bench'))
    JSON.stringify(await s.backup())
    s.close()
  })
  store.close()
  await deleteDB(name)
  await deleteDB(`${name}-one`)
  // The warm-up call is the first sample: left out, as measureAsync leaves it out.
  const timed = samples.slice(1).sort((a, b) => a - b)
  const third = Math.ceil(timed.length / 3)
  const rounds = [0, 1, 2].map((i) => samples.slice(1 + i * third, 1 + (i + 1) * third)).filter((r) => r.length)
  const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
  const entry: Entry = {
    name: 'backup-200',
    medianMs: backup.medianMs,
    p95Ms: timed[Math.min(timed.length - 1, Math.ceil(0.95 * timed.length) - 1)],
    baselineMs: one.medianMs,
    ratio: backup.medianMs / one.medianMs,
    goal: '< 1 s',
    met: backup.medianMs < 1000,
    runs: backup.runs,
    spread: [Math.min(...rounds.map(med)), Math.max(...rounds.map(med))],
    note: `${(size / 1024 / 1024).toFixed(1)} MB; spread over thirds of the runs in order; baseline: opening a store with one draft and backing it up`,
  }
  return {
    entries: [entry],
    ...reportLines(
      [backup, restore, one],
      [
        {
          label: 'backup of 200 drafts under 1 s',
          ok: backup.medianMs < 1000,
          detail: `${backup.medianMs.toFixed(0)} ms for ${(size / 1024 / 1024).toFixed(1)} MB`,
        },
      ],
    ),
  }
}

export const result = main()
