// Which other drafts show a number the library is about to change (a CSV's preview, a figure
// typed over it): read from the drafts' summaries in one read, however many drafts there are,
// and right after another draft is saved, deleted, or a backup restored.
import { expect } from '@open-wc/testing'
import { newDraft } from '../../src/app/drafts'
import type { JgEditor } from '../../src/app/components/jg-editor'
import { figuresFromRows } from '../../src/core/figures/model'
import { importText } from '../../src/core/import'
import { speechToJSON } from '../../src/core/serialize'
import { mountApp, openDraftOf, SPEECH } from './helpers'

type Env = Awaited<ReturnType<typeof mountApp>>

const DRAFTS = 40

/** The transactions the page opens while `run` runs: their stores and mode. */
async function transactionsDuring(run: () => Promise<void>): Promise<{ stores: string[]; mode: string }[]> {
  const seen: { stores: string[]; mode: string }[] = []
  const original = IDBDatabase.prototype.transaction
  IDBDatabase.prototype.transaction = function (this: IDBDatabase, names, mode, options) {
    seen.push({ stores: typeof names === 'string' ? [names] : [...names], mode: mode ?? 'readonly' })
    return original.call(this, names, mode, options)
  }
  try {
    await run()
  } finally {
    IDBDatabase.prototype.transaction = original
  }
  return seen
}

/** The CSV preview's names of the drafts that show the library's 3250人 (城镇新增就业 2025). */
async function namedInPreview(page: JgEditor): Promise<string[]> {
  const csv = ['指标,年度,数值,单位,类型', '城镇新增就业,2025,3330,人,实际'].join('\n')
  await page.figures.readCsv(new File([csv], '人社统计.csv'), page.editor!.editorView!.state.doc)
  const [change] = page.figures.csvPreview!.changes
  return [...(change.shownIn ?? [])].sort()
}

describe('the drafts that show a number, among many', () => {
  let env: Env
  beforeEach(async () => {
    env = await mountApp()
  })
  afterEach(async () => {
    await env.dispose()
  })

  it('are read in one transaction of the summaries, and stay right after a save, a delete and a restore', async () => {
    const store = env.app.store!
    const { metrics, values } = figuresFromRows([
      { label: '城镇新增就业', year: 2025, kind: 'actual', value: '3250', unit: '人' },
    ])
    await store.saveFigures(metrics, values)
    // Every third draft shows 3250人; the rest another number.
    const drafts = Array.from({ length: DRAFTS }, (_, i) => ({
      ...newDraft(importText(i % 3 === 0 ? SPEECH : SPEECH.replace('3250', '3320')).doc, 'test', 1000 + i),
      name: `第${String(i).padStart(2, '0')}稿`,
    }))
    for (const d of drafts) await store.saveDraft(d)
    const showing = drafts.filter((_, i) => i % 3 === 0).map((d) => d.name)
    const backup = await store.backup()
    // The open draft shows 3250人 too, and is never named.
    const { page } = await openDraftOf(env, importText(SPEECH).doc)

    let named: string[] = []
    const during = await transactionsDuring(async () => {
      named = await namedInPreview(page)
    })
    expect(named).to.deep.equal(showing)
    // One read of the list (the summaries), and no speech read, for forty drafts.
    const reads = during.filter((t) => t.mode === 'readonly')
    expect(reads.filter((t) => t.stores.includes('summaries'))).to.have.length(1)
    expect(reads.filter((t) => t.stores.includes('drafts'))).to.have.length(0)

    // Another tab saves one of them with another number: no longer named.
    const changed = drafts[0]
    await store.writeDraft(
      { ...changed, speech: speechToJSON(importText(SPEECH.replace('3250', '3320')).doc), updatedAt: 9000 },
      1,
    )
    // And a draft that did not show it now does.
    const now = drafts[1]
    await store.writeDraft({ ...now, speech: speechToJSON(importText(SPEECH).doc), updatedAt: 9001 }, 1)
    expect(await namedInPreview(page)).to.deep.equal([...showing.slice(1), now.name].sort())

    // One deleted: no longer named.
    await store.deleteDraft(drafts[3].id)
    expect(await namedInPreview(page)).to.deep.equal([...showing.slice(2), now.name].sort())

    // The backup restored: as it was then (the open draft is not in it, and so not named either).
    await store.restore(backup)
    expect(await namedInPreview(page)).to.deep.equal(showing)
  })
})
