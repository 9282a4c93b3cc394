import { expect } from '@open-wc/testing'
import './helpers'
import { deleteDB, openDB } from 'idb'
import { DraftConflictError, DraftGoneError, Store } from '../../src/app/store/db'
import { newDraft } from '../../src/app/drafts'
import { parseTemplate } from '../../src/core/template'
import { instantiate } from '../../src/core/instantiate'
import hrss from '../../templates/hrss-annual.txt?raw'
import { speechFromJSON, speechToJSON } from '../../src/core/serialize'

const DB = 'jianggao-test-store'

describe('Store (real IndexedDB)', () => {
  let store: Store
  beforeEach(async () => {
    store = await Store.open(DB)
  })
  afterEach(async () => {
    store.close()
    await deleteDB(DB)
  })

  it('saves, lists newest first, loads exactly and deletes drafts', async () => {
    const doc = instantiate(parseTemplate(hrss, 'hrss'), 2027)
    const a = newDraft(doc, 'hrss', 1000)
    const b = { ...newDraft(doc, 'hrss', 2000), title: '第二篇' }
    await store.saveDraft(a)
    await store.saveDraft(b)
    expect((await store.listDrafts()).map((d) => d.id)).to.deep.equal([b.id, a.id])
    const back = await store.getDraft(a.id)
    expect(speechFromJSON(back!.speech).eq(doc)).to.equal(true)
    await store.deleteDraft(a.id)
    expect((await store.listDrafts()).map((d) => d.id)).to.deep.equal([b.id])
  })

  it('keeps data across connections', async () => {
    const doc = instantiate(parseTemplate(hrss, 'hrss'), 2027)
    const a = newDraft(doc, 'hrss')
    await store.saveDraft(a)
    store.close()
    store = await Store.open(DB)
    expect((await store.getDraft(a.id))!.title).to.equal(a.title)
  })

  it('stores speeches as JSON text (a cheap clone on every autosave) and reads them, and older object ones, alike', async () => {
    const doc = instantiate(parseTemplate(hrss, 'hrss'), 2027)
    const last = instantiate(parseTemplate(hrss, 'hrss'), 2026)
    const fresh = { ...newDraft(doc, 'hrss', 1000), reference: { title: '去年', speech: speechToJSON(last) } }
    await store.saveDraft(fresh)
    const rev = await store.writeDraft({ ...fresh, title: '改过' }, 1)
    expect(rev).to.equal(2)
    // What IndexedDB holds: texts, which JSON.parse back to the speeches.
    const raw = await openDB(DB)
    const stored = await raw.get('drafts', fresh.id)
    expect(typeof stored.speech).to.equal('string')
    expect(typeof stored.reference.speech).to.equal('string')
    expect(JSON.parse(stored.speech)).to.deep.equal(speechToJSON(doc))
    // A draft an older version wrote, its speeches as objects, next to it.
    const old = { ...newDraft(last, 'hrss', 500), rev: 4 }
    await raw.put('drafts', old)
    raw.close()
    const back = await store.getDraft(fresh.id)
    expect(back!.title).to.equal('改过')
    expect(speechFromJSON(back!.speech).eq(doc)).to.equal(true)
    expect(speechFromJSON(back!.reference!.speech).eq(last)).to.equal(true)
    expect(speechFromJSON((await store.getDraft(old.id))!.speech).eq(last)).to.equal(true)
    // An old record is saved as text from then on, its revision checked as before.
    expect(await store.writeDraft({ ...old, title: '旧稿改过' }, 4)).to.equal(5)
    // A backup carries speeches as objects, whichever way they were stored.
    const backup = await store.backup()
    for (const d of backup.drafts) expect(typeof d.speech).to.equal('object')
    expect(speechFromJSON(backup.drafts.find((d) => d.id === fresh.id)!.speech).eq(doc)).to.equal(true)
  })

  it('saves a draft only over the revision it was based on, gone or not, with or without a summary', async () => {
    const doc = instantiate(parseTemplate(hrss, 'hrss'), 2027)
    const a = newDraft(doc, 'hrss', 1000)
    await store.saveDraft(a)
    expect(await store.writeDraft({ ...a, title: '甲' }, 1)).to.equal(2)
    // Another tab's save (based on 1) came second: refused, the stored draft left as it was.
    const refused = await store.writeDraft({ ...a, title: '乙' }, 1).catch((e: unknown) => e)
    expect(refused).to.be.instanceOf(DraftConflictError)
    expect((refused as DraftConflictError).storedRev).to.equal(2)
    expect((await store.getDraft(a.id))!.title).to.equal('甲')
    expect((await store.listDrafts()).map((d) => [d.title, d.rev])).to.deep.equal([['甲', 2]])
    // A draft with no summary (written outside the store) is checked against its own revision.
    const raw = await openDB(DB)
    const bare = { ...newDraft(doc, 'hrss', 500), rev: 7 }
    await raw.put('drafts', bare)
    raw.close()
    expect(await store.writeDraft({ ...bare, title: '丙' }, 6).catch((e: unknown) => e)).to.be.instanceOf(
      DraftConflictError,
    )
    expect(await store.writeDraft({ ...bare, title: '丙' }, 7)).to.equal(8)
    // Deleted elsewhere: the save says so and writes nothing back.
    await store.deleteDraft(a.id)
    expect(await store.writeDraft({ ...a, title: '丁' }, 2).catch((e: unknown) => e)).to.be.instanceOf(DraftGoneError)
    expect(await store.getDraft(a.id)).to.equal(undefined)
  })

  it('keeps settings with defaults', async () => {
    expect((await store.getSettings()).charsPerMinute).to.equal(200)
    await store.saveSettings({ ...(await store.getSettings()), charsPerMinute: 240 })
    expect((await store.getSettings()).charsPerMinute).to.equal(240)
  })
})

describe('Store upgrades keep what an older version stored', () => {
  const OLD = 'jianggao-test-upgrade'
  afterEach(async () => {
    await deleteDB(OLD)
  })

  it('from version 2: drafts get their summaries, figures keep their values under one-year spans', async () => {
    const doc = instantiate(parseTemplate(hrss, 'hrss'), 2027)
    const draft = newDraft(doc, 'hrss', 5000)
    const { rev: _rev, ...oldDraft } = { ...draft, rev: undefined }
    const v2 = await openDB(OLD, 2, {
      upgrade(db) {
        const drafts = db.createObjectStore('drafts', { keyPath: 'id' })
        drafts.createIndex('updatedAt', 'updatedAt')
        db.createObjectStore('settings', { keyPath: 'key' })
        db.createObjectStore('metrics', { keyPath: 'key' })
        db.createObjectStore('figures', { keyPath: ['metric', 'year', 'kind'] }).createIndex('metric', 'metric')
      },
    })
    await v2.put('drafts', oldDraft)
    await v2.put('metrics', { key: '城镇新增就业', label: '城镇新增就业', unit: '人', aliases: [] })
    await v2.put('figures', {
      metric: '城镇新增就业',
      year: 2026,
      kind: 'actual',
      value: '3250',
      unit: '人',
      changedAt: 1,
    })
    v2.close()
    const store = await Store.open(OLD)
    try {
      const list = await store.listDrafts()
      expect(list.map((d) => [d.id, d.title, d.planYear, d.reviewYear])).to.deep.equal([
        [draft.id, draft.title, 2027, 2026],
      ])
      const { values } = await store.loadFigures()
      expect(values).to.deep.equal([
        { metric: '城镇新增就业', year: 2026, kind: 'actual', value: '3250', unit: '人', changedAt: 1, span: '' },
      ])
      // and a total over five years sits beside the year's value, not over it
      await store.saveFigures(
        [],
        [
          {
            metric: '城镇新增就业',
            year: 2026,
            kind: 'actual',
            span: '2022-2026',
            value: '16000',
            unit: '人',
            changedAt: 2,
          },
        ],
      )
      expect((await store.loadFigures()).values.map((v) => v.value).sort()).to.deep.equal(['16000', '3250'])
      // and open drafts' write-ahead logs have a place (version 7)
      await store.putWal(draft.id, { session: 's', baseRev: 1, entries: [], at: 1 })
      expect(await store.getWal(draft.id)).to.deep.equal({ session: 's', baseRev: 1, entries: [], at: 1 })
    } finally {
      store.close()
    }
  })
})
