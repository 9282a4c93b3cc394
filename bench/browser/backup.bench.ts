/** In Chromium with real IndexedDB: backing up 200 drafts (read all, serialise) and restoring them. */
import { deleteDB } from 'idb'
import { Store } from '../../src/app/store/db'
import { newDraft } from '../../src/app/drafts'
import { importText } from '../../src/core/import'
import { measureAsync, reportLines } from '../harness'
import seed from '../../test/fixtures/seed-hrss-2022.txt?raw'

async function main() {
  const name = 'jianggao-bench-backup'
  await deleteDB(name)
  const store = await Store.open(name)
  const doc = importText(seed).doc
  for (let i = 0; i < 200; i++) await store.saveDraft(newDraft(doc, 'bench', i))
  let size = 0
  const backup = await measureAsync('backup of 200 drafts (read all + JSON)', async () => {
    size = JSON.stringify(await store.backup()).length
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
  return reportLines(
    [backup, restore, one],
    [
      {
        label: 'backup of 200 drafts under 1 s',
        ok: backup.medianMs < 1000,
        detail: `${backup.medianMs.toFixed(0)} ms for ${(size / 1024 / 1024).toFixed(1)} MB`,
      },
    ],
  )
}

export const result = main()
